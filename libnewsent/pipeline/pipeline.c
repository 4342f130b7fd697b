#include <time.h>

#include "api/extractor.h"
#include "document/docpass.h"
#include "normalize/normalize.h"

/* The labels the stages must find so that the caller's labels come out as
 * they would in an all-labels run: QUANTITY skips what DATE claimed, so
 * without the DATE stage "2024" in "March 4, 2024" would turn into a number;
 * the document pass leaves alone the words a date or a number holds, so
 * without them "EUR" of "EUR 1.2 billion" could open an ORG. The labels
 * only filter the output (api/result), never change it. */
static unsigned labels_needed(unsigned wanted)
{
    if (wanted & (NEWSENT_LABEL_PERSON | NEWSENT_LABEL_PLACE | NEWSENT_LABEL_ORG))
        wanted |= NEWSENT_LABEL_DATE | NEWSENT_LABEL_QUANTITY;
    if (wanted & NEWSENT_LABEL_QUANTITY)
        wanted |= NEWSENT_LABEL_DATE;
    return wanted;
}

static double clock_secs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Ends stage s: adds the time since *t to its slot when the doc is timed. */
static void stage_done(ns_doc *doc, int s, double *t)
{
    if (!doc->stage_secs)
        return;
    double now = clock_secs();
    doc->stage_secs[s] += now - *t;
    *t = now;
}

static int run_stages(const newsent_extractor *ex, ns_doc *doc)
{
    double t = doc->stage_secs ? clock_secs() : 0.0;
    if (ns_tokenize(doc->mem, doc->text, doc->len, &doc->toks))
        return NEWSENT_ENOMEM;
    stage_done(doc, NS_STAGE_TOKENIZE, &t);
    int rc;
    if ((rc = ns_dates_find(ex->dates, doc)) != NEWSENT_OK)
        return rc;
    stage_done(doc, NS_STAGE_DATES, &t);
    if ((rc = ns_quantities_find(ex->quantities, doc)) != NEWSENT_OK)
        return rc;
    stage_done(doc, NS_STAGE_QUANTITIES, &t);
    if (doc->labels & (NEWSENT_LABEL_PERSON | NEWSENT_LABEL_PLACE | NEWSENT_LABEL_ORG))
        if ((rc = ns_tagger_run(ex->model, doc)) != NEWSENT_OK)
            return rc;
    stage_done(doc, NS_STAGE_TAGGER, &t);
    if ((rc = ns_document_pass(doc)) != NEWSENT_OK)
        return rc;
    stage_done(doc, NS_STAGE_DOCUMENT, &t);
    if ((rc = ns_timex_normalize(doc)) != NEWSENT_OK)
        return rc;
    rc = ns_places_link(doc);
    stage_done(doc, NS_STAGE_NORMALIZE, &t);
    return rc;
}

int ns_pipeline_run(const newsent_extractor *ex, ns_doc *doc)
{
    unsigned wanted = doc->labels;
    doc->labels = labels_needed(wanted);
    int rc = run_stages(ex, doc);
    doc->labels = wanted;
    return rc;
}
