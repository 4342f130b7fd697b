/* The QUANTITY stage end to end through the public API, driven by the
 * table in tests/data/quantities.tsv (see its header for the format), plus
 * invariants on hostile input: long digit runs, invalid UTF-8, 10^400. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsent.h"

static newsent_extractor *ex;

static int setup(void **state)
{
    (void)state;
    return newsent_extractor_new(NULL, &ex, NULL) == NEWSENT_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    newsent_extractor_free(ex);
    return 0;
}

static newsent_result *extract(const char *text)
{
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.ref_year = 2024;
    o.ref_month = 3;
    o.ref_day = 6;
    /* DATE too: the DATE stage runs only when DATE is wanted, and numbers in
     * dates are not quantities */
    o.labels = NEWSENT_LABEL_QUANTITY | NEWSENT_LABEL_DATE;
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(ex, text, strlen(text), &o, &r, NULL), NEWSENT_OK);
    return r;
}

static int split(char *line, char **col, int max)
{
    int n = 0;
    col[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = '\0';
            col[n++] = p + 1;
        }
    return n;
}

/* "\n" in a row's text is a line break (list markers need one). */
static void unescape_newlines(char *s)
{
    char *w = s;
    for (const char *r = s; *r; r++) {
        if (r[0] == '\\' && r[1] == 'n') {
            *w++ = '\n';
            r++;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
}

static int any(const char *s)
{
    return s == NULL || strcmp(s, "*") == 0;
}

static int same_num(double got, double want)
{
    if (isinf(want))
        return isinf(got);
    if (fabs(got - want) <= 1e-6 * fmax(1.0, fabs(want)))
        return 1;
    return fabs(want) < 10 && fabs(got - want) <= 5e-4; /* 0.6667 for two-thirds */
}

/* Checks one row; returns 1 when it holds and fills why otherwise. */
static int check_row(char **col, int n, char *why, size_t whylen)
{
    const char *text = col[0], *span = n > 1 ? col[1] : "-", *type = n > 2 ? col[2] : "*";
    const char *value = n > 3 ? col[3] : NULL, *unit = n > 4 ? col[4] : NULL,
               *mod = n > 5 ? col[5] : NULL;
    newsent_result *r = extract(text);
    size_t cnt = newsent_result_count(r);
    int ok = 1;
    if (strcmp(type, "ALLNONE") == 0) {
        for (size_t i = 0; i < cnt; i++) {
            const newsent_entity *e = newsent_result_get(r, i);
            if (newsent_entity_label(e) != NEWSENT_LABEL_QUANTITY)
                continue;
            snprintf(why, whylen, "unexpected \"%s\"", newsent_entity_text(e, NULL));
            ok = 0;
        }
        newsent_result_free(r);
        return ok;
    }
    const char *at = strstr(text, span);
    assert_non_null(at);
    size_t bs = (size_t)(at - text), be = bs + strlen(span);
    const newsent_entity *hit = NULL;
    for (size_t i = 0; i < cnt; i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        size_t s, t;
        if (newsent_entity_label(e) != NEWSENT_LABEL_QUANTITY)
            continue;
        newsent_entity_byte_span(e, &s, &t);
        if (strcmp(type, "NONE") == 0) {
            if (s < be && bs < t) {
                snprintf(why, whylen, "unexpected \"%s\" (%s)", newsent_entity_text(e, NULL),
                         newsent_entity_type(e));
                ok = 0;
            }
        } else if (s == bs && t == be) {
            hit = e;
        }
    }
    if (strcmp(type, "NONE") == 0) {
        newsent_result_free(r);
        return ok;
    }
    if (!hit) {
        int k = snprintf(why, whylen, "no entity \"%s\"; got:", span);
        for (size_t i = 0; i < cnt && k > 0 && (size_t)k < whylen - 1; i++)
            k += snprintf(why + k, whylen - (size_t)k, " [%s]",
                          newsent_entity_text(newsent_result_get(r, i), NULL));
        newsent_result_free(r);
        return 0;
    }
    const char *gt = newsent_entity_type(hit), *gu = newsent_entity_unit(hit),
               *gm = newsent_entity_mod(hit);
    double lo = 0, hi = 0;
    int nn = newsent_entity_numbers(hit, &lo, &hi);
    if (!any(type) && strcmp(gt, type) != 0)
        ok = 0;
    if (!any(value)) {
        const char *dots = strstr(value, "..");
        if (dots)
            ok &= nn == 2 && same_num(lo, strtod(value, NULL)) &&
                  same_num(hi, strtod(dots + 2, NULL));
        else
            ok &= nn == 1 && same_num(lo, strtod(value, NULL));
    }
    if (!any(unit))
        ok &= strcmp(unit, "-") == 0 ? gu == NULL : (gu && strcmp(gu, unit) == 0);
    if (!any(mod))
        ok &= strcmp(mod, "-") == 0 ? gm == NULL : (gm && strcmp(gm, mod) == 0);
    if (!ok)
        snprintf(why, whylen, "got type %s value %.10g..%.10g (%d) unit %s mod %s", gt, lo, hi, nn,
                 gu ? gu : "-", gm ? gm : "-");
    newsent_result_free(r);
    return ok;
}

static void test_table(void **state)
{
    (void)state;
    FILE *f = fopen(NEWSENT_SOURCE_DIR "/tests/data/quantities.tsv", "r");
    assert_non_null(f);
    char line[1024], why[512];
    int rows = 0, bad = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char copy[1024];
        memcpy(copy, line, sizeof copy);
        char *col[6];
        int n = split(line, col, 6);
        unescape_newlines(col[0]);
        rows++;
        why[0] = '\0';
        if (!check_row(col, n, why, sizeof why)) {
            print_message("FAIL: %s\n      %s\n", copy, why);
            bad++;
        }
    }
    fclose(f);
    print_message("%d rows, %d failed\n", rows, bad);
    assert_true(rows >= 200);
    assert_int_equal(bad, 0);
}

/* Entities are well-formed on hostile input: spans inside the text, on
 * character boundaries, values finite or +-HUGE_VAL, never a crash. */
static void check_wellformed(const char *text, size_t len)
{
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.ref_year = 2024;
    o.ref_month = 3;
    o.ref_day = 6;
    o.labels = NEWSENT_LABEL_QUANTITY;
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(ex, text, len, &o, &r, NULL), NEWSENT_OK);
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        size_t s, t;
        newsent_entity_byte_span(e, &s, &t);
        assert_true(s < t && t <= len);
        assert_true(((unsigned char)text[s] & 0xC0) != 0x80);
        assert_true(t == len || ((unsigned char)text[t] & 0xC0) != 0x80);
        double lo, hi;
        int nn = newsent_entity_numbers(e, &lo, &hi);
        assert_true(nn == 1 || nn == 2);
        assert_false(isnan(lo));
        assert_non_null(newsent_entity_type(e));
    }
    newsent_result_free(r);
}

static void test_hostile(void **state)
{
    (void)state;
    static char big[20000];
    /* a 10,000-digit number: one huge value */
    memset(big, '9', 10000);
    check_wellformed(big, 10000);
    /* 10^400 written out */
    big[0] = '1';
    memset(big + 1, '0', 400);
    memcpy(big + 401, " people", 7);
    check_wellformed(big, 408);
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.labels = NEWSENT_LABEL_QUANTITY;
    o.ref_year = 2024, o.ref_month = 1, o.ref_day = 1;
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(ex, big, 408, &o, &r, NULL), NEWSENT_OK);
    assert_int_equal(newsent_result_count(r), 1);
    double lo;
    newsent_entity_numbers(newsent_result_get(r, 0), &lo, NULL);
    assert_true(isinf(lo));
    newsent_result_free(r);
    /* long runs of separators, signs, scales and number words */
    size_t k = 0;
    for (int i = 0; i < 2000 && k + 8 < sizeof big; i++) {
        const char *pieces[] = {"1,",  "000",  " ",     "-", "$",        "twenty",
                                "-",   "one ", "half ", "%", "\xc2\xbd", "\xe2\x82\xac",
                                "bn ", "and ", "/",     "."};
        const char *p = pieces[(i * 7 + i / 3) % 16];
        memcpy(big + k, p, strlen(p));
        k += strlen(p);
    }
    check_wellformed(big, k);
    /* invalid UTF-8 around numbers and currency symbols */
    const char bad[] = "\xff"
                       "5\xe2\x82 \xe2\x82\xac"
                       "5\xc0\xaf"
                       "10\xed\xa0\x80"
                       "km \xc2"
                       "%";
    check_wellformed(bad, sizeof bad - 1);
    /* NUL bytes inside */
    const char nul[] = "5\0"
                       "000 people and $\0"
                       "3";
    check_wellformed(nul, sizeof nul - 1);
    /* a text that is all candidates */
    memset(big, 0, sizeof big);
    for (k = 0; k + 4 < 12000; k += 4)
        memcpy(big + k, "one ", 4);
    check_wellformed(big, k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_hostile),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
