/* The extractor's layout, private to the library. */
#ifndef NS_API_EXTRACTOR_H
#define NS_API_EXTRACTOR_H

#include "newsent.h"
#include "recognize/dates.h"
#include "recognize/quantities.h"
#include "tagger/tagger.h"
#include "util/alloc.h"

struct newsent_extractor {
    ns_mem mem;
    ns_dates *dates;
    ns_quantities *quantities;
    ns_model *model;
};

/* Runs every stage on doc (pipeline/pipeline.c). */
int ns_pipeline_run(const newsent_extractor *ex, ns_doc *doc);

/* Turns a finished doc into a result (api/result.c). On success the result
 * owns doc's arena; doc must still be released with ns_doc_release. */
int ns_result_build(const newsent_extractor *ex, ns_doc *doc, newsent_result **out);

void ns_doc_release(ns_doc *doc);

/* newsent_extract, and when stage_secs is not NULL (NS_STAGES slots) the
 * time of each stage added to it: for the benchmark. */
int ns_extract(const newsent_extractor *ex, const char *text, size_t len,
               const newsent_extract_options *opts, newsent_result **out, newsent_error *err,
               double *stage_secs);

#endif
