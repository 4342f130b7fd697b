/* The number parser, for now through its public face: QUANTITY only. The
 * common checks hold the value string and the numbers to each other; here
 * also a differential check against strtod for plain digit strings, which
 * every number parser must read exactly.
 *
 * Where recognize/numbers.h exists (the QUANTITY stage's parser), the
 * parser's entries are also called directly on the text and on every
 * piece of it between spaces: ns_number_scan reads a prefix within bounds
 * and on a character boundary, ns_number_parse accepts only what it reads
 * whole, values are never NaN (and finite unless flagged as overflow), the
 * same call twice agrees, and plain and comma-grouped digit strings read
 * exactly as strtod reads them without the commas.
 *
 * Input: byte 0 flags (bit 0 day first), then the text. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"

#if defined(__has_include)
#if __has_include("recognize/numbers.h")
#include "recognize/numbers.h"
#define FUZZ_NUMBER_PARSER 1
#endif
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* "123456": digits only, at most 15 of them (exact in a double). */
static int plain_digits(const char *s, size_t n)
{
    if (n == 0 || n > 15)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

#ifdef FUZZ_NUMBER_PARSER
/* "1,234,567": 1-3 digits without a leading zero, then ,ddd groups; the
 * digits without commas go to out (at most 15 digits, exact in a double). */
static int canonical_grouped(const char *s, size_t n, char *out)
{
    size_t k = 0, lead = 0;
    while (lead < n && s[lead] >= '0' && s[lead] <= '9')
        lead++;
    if (lead == 0 || lead > 3 || (s[0] == '0' && lead > 1) || lead == n)
        return 0;
    memcpy(out, s, lead);
    k = lead;
    for (size_t i = lead; i < n; i += 4) {
        if (n - i < 4 || s[i] != ',')
            return 0;
        for (size_t j = 1; j < 4; j++)
            if (s[i + j] < '0' || s[i + j] > '9')
                return 0;
        if (k + 3 > 15)
            return 0;
        memcpy(out + k, s + i + 1, 3);
        k += 3;
    }
    out[k] = '\0';
    return 1;
}

static void check_parser(const fuzz_text *t, size_t a, size_t b)
{
    const char *s = (const char *)t->s + a;
    size_t n = b - a;
    ns_number x, y;
    size_t r = ns_number_scan(s, n, &x);
    FUZZ_CHECK(r <= n && r == x.len, "scan [%zu,%zu): read %zu, len %zu", a, b, r, x.len);
    FUZZ_CHECK(t->boundary[a + r], "scan [%zu,%zu) stops inside a character at %zu", a, b, a + r);
    FUZZ_CHECK(ns_number_scan(s, n, &y) == r &&
                   (r == 0 || memcmp(&x.value, &y.value, sizeof x.value) == 0),
               "scan [%zu,%zu) twice differs", a, b);
    if (r) {
        FUZZ_CHECK(!isnan(x.value), "scan [%zu,%zu) gives NaN", a, b);
        FUZZ_CHECK(isfinite(x.value) || (x.flags & NS_NUM_OVERFLOW),
                   "scan [%zu,%zu) gives %g without the overflow flag", a, b, x.value);
    }
    int ok = ns_number_parse(s, n, &x);
    FUZZ_CHECK(ok == 0 || ok == 1, "parse returned %d", ok);
    if (!ok)
        return;
    FUZZ_CHECK(x.len == n, "parse [%zu,%zu) accepted %zu bytes", a, b, x.len);
    FUZZ_CHECK(!isnan(x.value) && (isfinite(x.value) || (x.flags & NS_NUM_OVERFLOW)),
               "parse [%zu,%zu) gives %g", a, b, x.value);
    FUZZ_CHECK(ns_number_parse(s, n, &y) == 1 && memcmp(&x.value, &y.value, sizeof x.value) == 0 &&
                   x.flags == y.flags,
               "parse [%zu,%zu) twice differs", a, b);
    char digits[16];
    int exact;
    if (plain_digits(s, n)) {
        memcpy(digits, s, n);
        digits[n] = '\0';
        exact = 1;
    } else {
        exact = canonical_grouped(s, n, digits);
    }
    if (exact)
        FUZZ_CHECK(x.value == strtod(digits, NULL), "\"%.*s\" parsed as %.17g", (int)n, s, x.value);
}
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    fuzz_text t;
    fuzz_text_init(&t, (const char *)data + 1, size - 1);
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.labels = NEWSENT_LABEL_QUANTITY;
    o.flags = data[0] & NEWSENT_EXTRACT_DAY_FIRST;
    o.ref_year = 2024;
    o.ref_month = 3;
    o.ref_day = 4;
    fuzz_extract_and_check(fuzz_extractor(), &t, &o);
#ifdef FUZZ_NUMBER_PARSER
    check_parser(&t, 0, t.len);
    for (size_t a = 0; a < t.len;) {
        size_t b = a;
        while (b < t.len && t.s[b] != ' ')
            b++;
        if (b > a)
            check_parser(&t, a, b);
        a = b + 1;
    }
#endif

    newsent_result *r = fuzz_extract_ok(fuzz_extractor(), &t, &o);
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        size_t len;
        const char *text = newsent_entity_text(e, &len);
        const char *type = newsent_entity_type(e);
        double lo;
        if (!plain_digits(text, len) || strcmp(type, "cardinal") != 0)
            continue;
        FUZZ_CHECK(newsent_entity_numbers(e, &lo, NULL) == 1 && lo == strtod(text, NULL),
                   "cardinal \"%s\" read as %.17g", text, lo);
    }
    newsent_result_free(r);
    fuzz_text_free(&t);
    return 0;
}
