#include "api/extractor.h"
#include "document/docpass.h"
#include "normalize/normalize.h"

int ns_pipeline_run(const newsent_extractor *ex, ns_doc *doc)
{
    if (ns_tokenize(doc->mem, doc->text, doc->len, &doc->toks))
        return NEWSENT_ENOMEM;
    int rc;
    if ((rc = ns_dates_find(ex->dates, doc)) != NEWSENT_OK)
        return rc;
    if ((rc = ns_quantities_find(ex->quantities, doc)) != NEWSENT_OK)
        return rc;
    if (doc->labels & (NEWSENT_LABEL_PERSON | NEWSENT_LABEL_PLACE | NEWSENT_LABEL_ORG))
        if ((rc = ns_tagger_run(ex->model, doc)) != NEWSENT_OK)
            return rc;
    if ((rc = ns_document_pass(doc)) != NEWSENT_OK)
        return rc;
    if ((rc = ns_timex_normalize(doc)) != NEWSENT_OK)
        return rc;
    return ns_places_link(doc);
}
