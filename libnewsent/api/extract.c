#include <string.h>
#include <time.h>

#include "api/extractor.h"
#include "text/utf8.h"
#include "util/error.h"

int newsent_extract_options_init(newsent_extract_options *opts, unsigned version)
{
    if (!opts)
        return NEWSENT_EINVAL;
    if (version != NEWSENT_EXTRACT_OPTIONS_VERSION)
        return NEWSENT_EVERSION;
    memset(opts, 0, sizeof *opts);
    opts->version = version;
    return NEWSENT_OK;
}

static int valid_date(int y, int m, int d)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= dm[m - 1] + (m == 2 && leap);
}

static void today_utc(int *y, int *m, int *d)
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    *y = tm.tm_year + 1900;
    *m = tm.tm_mon + 1;
    *d = tm.tm_mday;
}

void ns_doc_release(ns_doc *doc)
{
    ns_tokens_free(doc->mem, &doc->toks);
    ns_free(doc->mem, doc->ents);
    doc->ents = NULL;
    ns_arena_release(&doc->arena);
}

int newsent_extract(const newsent_extractor *ex, const char *text, size_t len,
                    const newsent_extract_options *opts, newsent_result **out, newsent_error *err)
{
    return ns_extract(ex, text, len, opts, out, err, NULL);
}

int ns_extract(const newsent_extractor *ex, const char *text, size_t len,
               const newsent_extract_options *opts, newsent_result **out, newsent_error *err,
               double *stage_secs)
{
    ns_clear_error(err);
    if (!out)
        return ns_fail(err, NEWSENT_EINVAL, SIZE_MAX, "out is NULL");
    *out = NULL;
    if (!ex)
        return ns_fail(err, NEWSENT_EINVAL, SIZE_MAX, "extractor is NULL");
    if (!text && len)
        return ns_fail(err, NEWSENT_EINVAL, SIZE_MAX, "text is NULL but len is %zu", len);
    newsent_extract_options defaults = NEWSENT_EXTRACT_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version != NEWSENT_EXTRACT_OPTIONS_VERSION)
        return ns_fail(err, NEWSENT_EVERSION, SIZE_MAX,
                       "extract options version %u is not known (this library knows %u)",
                       opts->version, NEWSENT_EXTRACT_OPTIONS_VERSION);
    if (opts->labels & ~NEWSENT_LABEL_ALL)
        return ns_fail(err, NEWSENT_EINVAL, SIZE_MAX, "labels 0x%x has unknown bits", opts->labels);
    if (opts->flags & ~(NEWSENT_EXTRACT_DAY_FIRST | NEWSENT_EXTRACT_STRICT_UTF8))
        return ns_fail(err, NEWSENT_EINVAL, SIZE_MAX, "flags 0x%x has unknown bits", opts->flags);
    int y = opts->ref_year, m = opts->ref_month, d = opts->ref_day;
    if (y == 0 && m == 0 && d == 0)
        today_utc(&y, &m, &d);
    else if (!valid_date(y, m, d))
        return ns_fail(err, NEWSENT_EDATE, SIZE_MAX, "reference date %04d-%02d-%02d does not exist",
                       y, m, d);
    if (len > NEWSENT_MAX_INPUT_BYTES)
        return ns_fail(err, NEWSENT_ETOOBIG, NEWSENT_MAX_INPUT_BYTES,
                       "input of %zu bytes is over the limit of %zu", len,
                       (size_t)NEWSENT_MAX_INPUT_BYTES);
    if (opts->flags & NEWSENT_EXTRACT_STRICT_UTF8) {
        size_t bad = ns_utf8_first_invalid((const unsigned char *)text, len);
        if (bad < len)
            return ns_fail(err, NEWSENT_EUTF8, bad, "invalid UTF-8 at byte %zu", bad);
    }
    ns_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.mem = &ex->mem;
    doc.text = text ? text : "";
    doc.len = len;
    ns_arena_init(&doc.arena, &ex->mem);
    doc.ref_year = y;
    doc.ref_month = m;
    doc.ref_day = d;
    doc.labels = opts->labels ? opts->labels : NEWSENT_LABEL_ALL;
    doc.flags = opts->flags;
    doc.stage_secs = stage_secs;
    int rc = ns_pipeline_run(ex, &doc);
    if (rc == NEWSENT_OK) {
        struct timespec t0, t1;
        if (stage_secs)
            clock_gettime(CLOCK_MONOTONIC, &t0);
        rc = ns_result_build(ex, &doc, out);
        if (stage_secs) {
            clock_gettime(CLOCK_MONOTONIC, &t1);
            stage_secs[NS_STAGE_RESULT] +=
                (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
        }
    }
    ns_doc_release(&doc);
    if (rc != NEWSENT_OK)
        return ns_fail(err, rc, SIZE_MAX, "%s",
                       rc == NEWSENT_ELIMIT ? "too many entities in one document"
                                            : newsent_strerror(rc));
    return NEWSENT_OK;
}
