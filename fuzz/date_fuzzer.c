/* The date resolver: text plus a reference date, DATE only. The common
 * checks cover spans and values (a DATE always has a TIMEX3 type and a
 * non-empty value); here also that the DATE-only run is the DATE part of an
 * all-labels run, and that resolution depends on the reference date only
 * through values, never through spans.
 *
 * Input: bytes 0-2 the reference date, byte 3 flags (bit 0 day first),
 * bytes 4-6 a second reference date, then the text. */
#include "fuzz_common.h"

enum { HEADER = 7 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < HEADER)
        return 0;
    fuzz_text t;
    fuzz_text_init(&t, (const char *)data + HEADER, size - HEADER);
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.labels = NEWSENT_LABEL_DATE;
    o.flags = data[3] & NEWSENT_EXTRACT_DAY_FIRST;
    fuzz_ref_date(data, &o.ref_year, &o.ref_month, &o.ref_day);
    fuzz_extract_and_check(fuzz_extractor(), &t, &o);

    /* Another reference date moves values, not what counts as a date...
     * except where the year decides whether the date exists (29 February
     * with no year written), so only compare when both years are leap
     * years or both are not. */
    newsent_extract_options o2 = o;
    fuzz_ref_date(data + 4, &o2.ref_year, &o2.ref_month, &o2.ref_day);
    int leap1 = fuzz_days_in_month(o.ref_year, 2) == 29;
    int leap2 = fuzz_days_in_month(o2.ref_year, 2) == 29;
    if (leap1 == leap2) {
        newsent_result *a = fuzz_extract_ok(fuzz_extractor(), &t, &o);
        newsent_result *b = fuzz_extract_ok(fuzz_extractor(), &t, &o2);
        size_t n = newsent_result_count(a);
        FUZZ_CHECK(n == newsent_result_count(b),
                   "ref dates %d-%d-%d and %d-%d-%d: %zu vs %zu dates", o.ref_year, o.ref_month,
                   o.ref_day, o2.ref_year, o2.ref_month, o2.ref_day, n, newsent_result_count(b));
        for (size_t i = 0; i < n; i++) {
            size_t as, ae, bs, be;
            newsent_entity_byte_span(newsent_result_get(a, i), &as, &ae);
            newsent_entity_byte_span(newsent_result_get(b, i), &bs, &be);
            FUZZ_CHECK(as == bs && ae == be, "ref date changed a span: [%zu,%zu) vs [%zu,%zu)", as,
                       ae, bs, be);
        }
        newsent_result_free(a);
        newsent_result_free(b);
    }
    fuzz_text_free(&t);
    return 0;
}
