/* The number parser (recognize/numbers.h): digits, separators, scales,
 * ordinals, fractions, exponents, overflow and the number-word lexicon. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "recognize/numbers.h"

enum { NO = 0, YES = 1 };

typedef struct num_case {
    const char *s;
    int ok;           /* ns_number_parse's answer */
    double value;     /* when ok */
    unsigned flags;   /* flags that must be set */
    unsigned noflags; /* flags that must not be set */
} num_case;

#define G NS_NUM_GROUPED
#define D NS_NUM_DECIMAL
#define CD NS_NUM_COMMA_DEC
#define O NS_NUM_ORDINAL
#define F NS_NUM_FRACTION
#define S NS_NUM_SCALED
#define E NS_NUM_EXPONENT
#define OV NS_NUM_OVERFLOW
#define N NS_NUM_NEGATIVE
#define M NS_NUM_SCALE_M
#define Z NS_NUM_LEAD_ZERO

static const num_case cases[] = {
    /* plain integers */
    {"0", YES, 0, 0, G | D},
    {"7", YES, 7, 0, G | D},
    {"42", YES, 42, 0, 0},
    {"2024", YES, 2024, 0, G},
    {"123456789101231", YES, 123456789101231.0, 0, 0},
    {"007", YES, 7, Z, 0},
    {"0123", YES, 123, Z, 0},
    /* thousands separators */
    {"1,000", YES, 1000, G, D},
    {"45,000", YES, 45000, G, D},
    {"3,400", YES, 3400, G, 0},
    {"1,234,567", YES, 1234567, G, 0},
    {"22,240,260,310", YES, 22240260310.0, G, 0},
    {"1,000,000,000", YES, 1e9, G, 0},
    {"1,674,200.5", YES, 1674200.5, G | D, CD},
    {"1,234.56", YES, 1234.56, G | D, CD},
    {"12,34,567", YES, 1234567, G, 0},
    {"12,34,567.89", YES, 1234567.89, G | D, 0},
    {"1,00,000", YES, 100000, G, 0},
    {"1.000.000", YES, 1e6, G, D},
    {"1.234.567,89", YES, 1234567.89, G | D | CD, 0},
    {"1.111,11", YES, 1111.11, G | D | CD, 0},
    {"40\xc2\xa0"
     "000",
     YES, 40000, G, 0},
    {"1\xe2\x80\xaf"
     "234\xe2\x80\xaf"
     "567.89",
     YES, 1234567.89, G | D, 0},
    {"2\xe2\x80\x89"
     "500",
     YES, 2500, G, 0},
    /* decimals and the 1,000 vs 1.000 ambiguity */
    {"3.75", YES, 3.75, D, G},
    {"1.000", YES, 1.0, D, G},
    {"4.800", YES, 4.8, D, G},
    {"0.5", YES, 0.5, D, 0},
    {".08", YES, 0.08, D, 0},
    {".23456000", YES, 0.23456, D, 0},
    {"9.2321312", YES, 9.2321312, D, 0},
    {"1,5", YES, 1.5, D | CD, G},
    {"5,00", YES, 5, D | CD, G},
    {"1,3", YES, 1.3, D | CD, 0},
    {"1,0000", YES, 1.0, D | CD, G},
    /* signs */
    {"-4", YES, -4, N, 0},
    {"-9.2321312", YES, -9.2321312, N | D, 0},
    {"+3", YES, 3, 0, N},
    {"-1,000", YES, -1000, N | G, 0},
    /* inconsistent separators: not numbers */
    {"192.168.1.2", NO, 0, 0, 0},
    {"1.2.3", NO, 0, 0, 0},
    {"1,00,0", NO, 0, 0, 0},
    {"1,234,5", NO, 0, 0, 0},
    {"1,2345,678", NO, 0, 0, 0},
    {"12,3456", YES, 12.3456, D | CD, G},
    {"1234,567", NO, 0, 0, 0},
    {"22,24,26,31", NO, 0, 0, 0},
    {"1.234.56", NO, 0, 0, 0},
    {"1,234.567.8", NO, 0, 0, 0},
    {"", NO, 0, 0, 0},
    {"-", NO, 0, 0, 0},
    {".", NO, 0, 0, 0},
    {",5", NO, 0, 0, 0},
    {"abc", NO, 0, 0, 0},
    {"1.", NO, 0, 0, 0},
    {"1,", NO, 0, 0, 0},
    {"5 ", NO, 0, 0, 0},
    /* attached scales */
    {"1.2bn", YES, 1.2e9, S | D, M},
    {"5bn", YES, 5e9, S, 0},
    {"3k", YES, 3000, S, 0},
    {"10K", YES, 10000, S, 0},
    {"100k", YES, 100000, S, 0},
    {"5m", YES, 5e6, S | M, 0},
    {"10M", YES, 1e7, S, M},
    {"1.5mn", YES, 1.5e6, S, M},
    {"2mln", YES, 2e6, S, 0},
    {"2mil", YES, 2e6, S, 0},
    {"1MM", YES, 1e6, S, 0},
    {"1.2b", YES, 1.2e9, S, 0},
    {"3B", YES, 3e9, S, 0},
    {"4.5tn", YES, 4.5e12, S, 0},
    {"2trn", YES, 2e12, S, 0},
    {"10bln", YES, 1e10, S, 0},
    {"13lakh", YES, 1.3e6, S, 0},
    {"2crore", YES, 2e7, S, 0},
    {"300mm", NO, 0, 0, 0},
    {"10km", NO, 0, 0, 0},
    {"10g", NO, 0, 0, 0},
    {"40C", NO, 0, 0, 0},
    {"5x", NO, 0, 0, 0},
    {"1.2bnn", NO, 0, 0, 0},
    /* ordinals */
    {"1st", YES, 1, O, 0},
    {"2nd", YES, 2, O, 0},
    {"3rd", YES, 3, O, 0},
    {"4th", YES, 4, O, 0},
    {"11th", YES, 11, O, 0},
    {"12th", YES, 12, O, 0},
    {"13th", YES, 13, O, 0},
    {"21st", YES, 21, O, 0},
    {"22nd", YES, 22, O, 0},
    {"23rd", YES, 23, O, 0},
    {"101st", YES, 101, O, 0},
    {"111th", YES, 111, O, 0},
    {"1,000th", YES, 1000, O | G, 0},
    {"21ST", YES, 21, O, 0},
    {"21th", NO, 0, 0, 0},
    {"2st", NO, 0, 0, 0},
    {"11st", NO, 0, 0, 0},
    {"3.5th", NO, 0, 0, 0},
    /* fractions */
    {"2/3", YES, 2.0 / 3, F, 0},
    {"3/4", YES, 0.75, F, 0},
    {"1/2", YES, 0.5, F, 0},
    {"7/8", YES, 0.875, F, 0},
    {"1/16", YES, 0.0625, F, 0},
    {"-4/5", YES, -0.8, F | N, 0},
    {"1/1000", YES, 0.001, F, 0},
    {"24/7", NO, 0, 0, 0},
    {"9/11", YES, 9.0 / 11, F, 0},
    {"3/4/2024", NO, 0, 0, 0},
    {"5/0", NO, 0, 0, 0},
    {"1,000/3", NO, 0, 0, 0},
    {"\xc2\xbd", YES, 0.5, F, 0},
    {"\xc2\xbc", YES, 0.25, F, 0},
    {"\xc2\xbe", YES, 0.75, F, 0},
    {"\xe2\x85\x94", YES, 2.0 / 3, F, 0},
    {"\xe2\x85\x99", YES, 1.0 / 6, F, 0},
    {"\xe2\x85\x9b", YES, 0.125, F, 0},
    {"\xe2\x85\x9f", NO, 0, 0, 0},
    /* exponents */
    {"1e10", YES, 1e10, E, 0},
    {"1.3e6", YES, 1.3e6, E, 0},
    {"-127.32e13", YES, -1.2732e15, E | N, 0},
    {"12.32e+14", YES, 1.232e15, E, 0},
    {"-12e-1", YES, -1.2, E | N, 0},
    {"1e400", YES, HUGE_VAL, E | OV, 0},
    {"1e-400", YES, 0, E, OV},
    {"2e", NO, 0, 0, 0},
    /* mixed scripts: digits with letters of other scripts are not numbers */
    {"5\xd0\xba\xd0\xbc", NO, 0, 0, 0},
    {"\xd9\xa3", NO, 0, 0, 0},
    {"10\xe5\x85\x83", NO, 0, 0, 0},
};

static void test_parse_table(void **state)
{
    (void)state;
    char msg[256];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const num_case *c = &cases[i];
        ns_number n;
        int ok = ns_number_parse(c->s, strlen(c->s), &n);
        snprintf(msg, sizeof msg, "case %zu \"%s\": ok %d value %.17g flags %#x", i, c->s, ok,
                 n.value, n.flags);
        if (ok != c->ok)
            fail_msg("%s (want ok %d)", msg, c->ok);
        if (!ok)
            continue;
        if (isinf(c->value)) {
            if (!isinf(n.value))
                fail_msg("%s (want inf)", msg);
        } else if (fabs(n.value - c->value) > 1e-9 * fmax(1.0, fabs(c->value))) {
            fail_msg("%s (want %.17g)", msg, c->value);
        }
        if ((n.flags & c->flags) != c->flags || (n.flags & c->noflags))
            fail_msg("%s (want flags %#x, not %#x)", msg, c->flags, c->noflags);
        if (n.len != strlen(c->s))
            fail_msg("%s (len %zu)", msg, n.len);
    }
}

/* Numbers far beyond a double: 40 digits keep their magnitude, 400 digits
 * overflow to HUGE_VAL, and nothing is read out of bounds. */
static void test_long_numbers(void **state)
{
    (void)state;
    char buf[1200];
    ns_number n;
    memset(buf, '9', 40);
    assert_int_equal(ns_number_parse(buf, 40, &n), 1);
    assert_true(fabs(n.value - 1e40) / 1e40 < 1e-12);
    buf[0] = '1';
    memset(buf + 1, '0', 399);
    assert_int_equal(ns_number_parse(buf, 400, &n), 1);
    assert_true(isinf(n.value));
    assert_true(n.flags & NS_NUM_OVERFLOW);
    /* 1,000 groups of ",000" */
    size_t k = 0;
    buf[k++] = '1';
    for (int i = 0; i < 200 && k + 4 < sizeof buf; i++) {
        memcpy(buf + k, ",000", 4);
        k += 4;
    }
    assert_int_equal(ns_number_scan(buf, k, &n) > 0, 1);
    /* a long fraction part keeps precision */
    memcpy(buf, "0.", 2);
    memset(buf + 2, '3', 300);
    assert_int_equal(ns_number_parse(buf, 302, &n), 1);
    assert_true(fabs(n.value - 1.0 / 3) < 1e-12);
    /* many leading zeros after the point */
    memcpy(buf, "0.", 2);
    memset(buf + 2, '0', 500);
    buf[502] = '5';
    assert_int_equal(ns_number_parse(buf, 503, &n), 1);
    assert_true(n.value == 0.0 || n.value < 1e-300);
}

static void test_scan_prefix(void **state)
{
    (void)state;
    ns_number n;
    assert_int_equal(ns_number_scan("10km", 4, &n), 2);
    assert_true(n.value == 10);
    assert_int_equal(ns_number_scan("25-year-old", 11, &n), 2);
    assert_int_equal(ns_number_scan("10-15", 5, &n), 2);
    assert_int_equal(ns_number_scan("1.8m", 4, &n), 3);
    assert_int_equal(ns_number_scan("115USD", 6, &n), 3);
    assert_int_equal(ns_number_scan("3/4/2024", 8, &n), 1);
    assert_int_equal(ns_number_scan("x1", 2, &n), 0);
    assert_int_equal(ns_number_scan(NULL, 0, &n), 0);
    unsigned f;
    assert_true(ns_number_scale_suffix("bn", 2, &f) == 1e9);
    assert_true(ns_number_scale_suffix("m", 1, &f) == 1e6 && f == NS_NUM_SCALE_M);
    assert_true(ns_number_scale_suffix("km", 2, &f) == 0);
}

typedef struct word_case {
    const char *w;
    ns_numword_kind kind;
    double value;
} word_case;

static const word_case words[] = {
    {"zero", NS_NW_DIGIT, 0},
    {"one", NS_NW_DIGIT, 1},
    {"Nine", NS_NW_DIGIT, 9},
    {"ten", NS_NW_TEEN, 10},
    {"twelve", NS_NW_TEEN, 12},
    {"NINETEEN", NS_NW_TEEN, 19},
    {"twenty", NS_NW_TENS, 20},
    {"ninety", NS_NW_TENS, 90},
    {"hundred", NS_NW_HUNDRED, 100},
    {"thousand", NS_NW_SCALE, 1e3},
    {"million", NS_NW_SCALE, 1e6},
    {"billion", NS_NW_SCALE, 1e9},
    {"trillion", NS_NW_SCALE, 1e12},
    {"lakh", NS_NW_SCALE, 1e5},
    {"crore", NS_NW_SCALE, 1e7},
    {"dozen", NS_NW_DOZEN, 12},
    {"first", NS_NW_ORD, 1},
    {"twelfth", NS_NW_ORD, 12},
    {"twentieth", NS_NW_ORD, 20},
    {"hundredth", NS_NW_ORD, 100},
    {"thirds", NS_NW_DENOMS, 3},
    {"quarters", NS_NW_DENOMS, 4},
    {"halves", NS_NW_DENOMS, 2},
    {"half", NS_NW_HALF, 2},
    {"quarter", NS_NW_QUARTER, 4},
    {"nought", NS_NW_DIGIT, 0},
    {"naught", NS_NW_DIGIT, 0},
    {"teen", NS_NW_NONE, 0},
    {"once", NS_NW_NONE, 0},
    {"tens", NS_NW_NONE, 0},
    {"on", NS_NW_NONE, 0},
    {"twentyone", NS_NW_NONE, 0},
    {"", NS_NW_NONE, 0},
    {"millionaire", NS_NW_NONE, 0},
    {"\xc3\xa9t\xc3\xa9", NS_NW_NONE, 0},
};

static void test_words(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        ns_numword w;
        ns_numword_kind k = ns_number_word(words[i].w, strlen(words[i].w), &w);
        if (k != words[i].kind || (k && w.value != words[i].value))
            fail_msg("word \"%s\": kind %d value %g", words[i].w, (int)k, w.value);
    }
}

/* Every lexicon word is found (the quick two-letter filter lets all through)
 * and the table is sorted for the binary search. */
static void test_lexicon_complete(void **state)
{
    (void)state;
    const char *w, *prev = NULL;
    size_t i = 0;
    for (; (w = ns_number_word_at(i)) != NULL; i++) {
        ns_numword nw;
        if (ns_number_word(w, strlen(w), &nw) == NS_NW_NONE)
            fail_msg("lexicon word \"%s\" not found", w);
        if (prev && strcmp(prev, w) >= 0)
            fail_msg("lexicon not sorted at \"%s\"", w);
        prev = w;
    }
    assert_true(i > 100);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_table),      cmocka_unit_test(test_long_numbers),
        cmocka_unit_test(test_scan_prefix),      cmocka_unit_test(test_words),
        cmocka_unit_test(test_lexicon_complete),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
