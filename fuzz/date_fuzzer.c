/* The date resolver: text plus a reference date, DATE only. The common
 * checks cover spans and values (a DATE always has a TIMEX3 type and a
 * non-empty value); here also that the DATE-only run is the DATE part of an
 * all-labels run, and that resolution depends on the reference date only
 * through values, never through spans; and that a date written in full
 * ("2024-03-04", "March 4, 2024") resolves to itself.
 *
 * Input: bytes 0-2 the reference date, byte 3 flags (bit 0 day first),
 * bytes 4-6 a second reference date, then the text. */
#include <stdio.h>
#include <string.h>

#include "fuzz_common.h"

enum { HEADER = 7 };

/* What a fully written date must resolve to, whatever the reference date:
 * "2024-03-04" and "March 4, 2024" are 2024-03-04. Returns 1 and the value
 * when text is exactly one of those forms (a real date), else 0. */
static int explicit_date(const char *text, size_t len, char out[11])
{
    static const char *const months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    int y, m, d, n = 0;
    char name[16];
    if (len == 10 && sscanf(text, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && n == 10 &&
        text[4] == '-' && text[7] == '-') {
        /* digits only, no signs or spaces that sscanf would allow */
        for (int i = 0; i < 10; i++)
            if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
                return 0;
    } else if (len < 32 && sscanf(text, "%15[A-Za-z] %2d, %4d%n", name, &d, &y, &n) == 3 &&
               (size_t)n == len) {
        for (m = 1; m <= 12 && strcmp(name, months[m - 1]) != 0; m++)
            ;
        char canon[32];
        snprintf(canon, sizeof canon, "%s %d, %04d", name, d, y);
        if (m > 12 || strlen(canon) != len || memcmp(canon, text, len) != 0)
            return 0;
    } else {
        return 0;
    }
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > fuzz_days_in_month(y, m))
        return 0;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return 1;
}

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

    newsent_result *r = fuzz_extract_ok(fuzz_extractor(), &t, &o);
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        size_t len;
        const char *text = newsent_entity_text(e, &len);
        char want[11];
        if (explicit_date(text, len, want))
            FUZZ_CHECK(strcmp(newsent_entity_value(e), want) == 0 &&
                           strcmp(newsent_entity_type(e), "DATE") == 0,
                       "\"%s\" resolved to %s %s, not DATE %s", text, newsent_entity_type(e),
                       newsent_entity_value(e), want);
    }
    newsent_result_free(r);

    /* Another reference date moves values, not what counts as a date...
     * except where the resolved year decides whether the date exists: 29
     * February with no year written resolves to a year near the reference
     * date, leap or not (found on main: "Feb. ... February 29" after 2024-03-01
     * is 2024-02-29, after 9332-09-03 it would be 9333-02-29). So compare
     * only texts without "29". */
    newsent_extract_options o2 = o;
    fuzz_ref_date(data + 4, &o2.ref_year, &o2.ref_month, &o2.ref_day);
    int has29 = 0;
    for (size_t i = 0; i + 1 < t.len && !has29; i++)
        has29 = t.s[i] == '2' && t.s[i + 1] == '9';
    if (!has29) {
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
