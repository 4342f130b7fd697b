/* The DATE stage end to end through the public API: table-driven cases from
 * tests/data/dates_cases.tsv (span, TIMEX3 type and value, mod, range ends,
 * and texts that must give no DATE at all). */
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
    newsent_extractor_options o;
    newsent_extractor_options_init(&o, NEWSENT_EXTRACTOR_OPTIONS_VERSION);
    return newsent_extractor_new(&o, &ex, NULL) == NEWSENT_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    newsent_extractor_free(ex);
    return 0;
}

static size_t split_tabs(char *line, char **f, size_t max)
{
    size_t n = 0;
    char *s = line;
    while (n < max) {
        f[n++] = s;
        char *t = strchr(s, '\t');
        if (!t)
            break;
        *t = 0;
        s = t + 1;
    }
    return n;
}

/* The text column writes a line break as \n (a live blog's time stamps). */
static void unescape_newlines(char *s)
{
    char *o = s;
    for (; *s; s++) {
        if (s[0] == '\\' && s[1] == 'n') {
            *o++ = '\n';
            s++;
        } else {
            *o++ = *s;
        }
    }
    *o = 0;
}

static int check_case(char **f, size_t nf, int lineno)
{
    newsent_extract_options o;
    newsent_extract_options_init(&o, NEWSENT_EXTRACT_OPTIONS_VERSION);
    if (sscanf(f[0], "%d-%d-%d", &o.ref_year, &o.ref_month, &o.ref_day) != 3)
        return 0;
    o.labels = NEWSENT_LABEL_DATE;
    if (strcmp(f[1], "dayfirst") == 0)
        o.flags |= NEWSENT_EXTRACT_DAY_FIRST;
    newsent_result *res = NULL;
    if (newsent_extract(ex, f[2], strlen(f[2]), &o, &res, NULL) != NEWSENT_OK) {
        printf("line %d: extract failed\n", lineno);
        return 0;
    }
    int ok = 1;
    size_t n = newsent_result_count(res);
    if (strcmp(f[3], "-") == 0) {
        if (n != 0) {
            const newsent_entity *e = newsent_result_get(res, 0);
            printf("line %d: %s: expected no DATE, got '%s' %s\n", lineno, f[2],
                   newsent_entity_text(e, NULL), newsent_entity_value(e));
            ok = 0;
        }
        newsent_result_free(res);
        return ok;
    }
    const newsent_entity *hit = NULL;
    for (size_t i = 0; i < n; i++) {
        const newsent_entity *e = newsent_result_get(res, i);
        if (strcmp(newsent_entity_text(e, NULL), f[3]) == 0)
            hit = e;
    }
    if (!hit) {
        printf("line %d: %s: no DATE '%s'; got:", lineno, f[2], f[3]);
        for (size_t i = 0; i < n; i++)
            printf(" '%s'=%s", newsent_entity_text(newsent_result_get(res, i), NULL),
                   newsent_entity_value(newsent_result_get(res, i)));
        printf("\n");
        newsent_result_free(res);
        return 0;
    }
    const char *type = newsent_entity_type(hit), *value = newsent_entity_value(hit);
    if (!type || strcmp(type, f[4]) != 0 || !value || strcmp(value, f[5]) != 0) {
        printf("line %d: %s: '%s' expected %s %s, got %s %s\n", lineno, f[2], f[3], f[4], f[5],
               type ? type : "(null)", value ? value : "(null)");
        ok = 0;
    }
    if (nf > 6 && strncmp(f[6], "not=", 4) == 0) {
        /* and no DATE with this text beside it: "21 March" but not "$20" */
        for (size_t i = 0; i < n; i++)
            if (strcmp(newsent_entity_text(newsent_result_get(res, i), NULL), f[6] + 4) == 0) {
                printf("line %d: %s: unexpected DATE '%s'\n", lineno, f[2], f[6] + 4);
                ok = 0;
            }
    } else if (nf > 6 && strncmp(f[6], "mod=", 4) == 0) {
        const char *mod = newsent_entity_mod(hit);
        if (!mod || strcmp(mod, f[6] + 4) != 0) {
            printf("line %d: %s: mod expected %s got %s\n", lineno, f[2], f[6] + 4,
                   mod ? mod : "(null)");
            ok = 0;
        }
    } else if (nf > 6 && strncmp(f[6], "range=", 6) == 0) {
        const char *b = NULL, *e = NULL;
        char want[128];
        int r = newsent_entity_range(hit, &b, &e);
        snprintf(want, sizeof want, "%s,%s", b ? b : "", e ? e : "");
        if (r != NEWSENT_OK || strcmp(want, f[6] + 6) != 0) {
            printf("line %d: %s: range expected %s got %s\n", lineno, f[2], f[6] + 6, want);
            ok = 0;
        }
    } else if (strcmp(f[4], "DATE") == 0 || strcmp(f[4], "TIME") == 0) {
        const char *b, *e;
        if (f[5][0] != '(' && newsent_entity_range(hit, &b, &e) == NEWSENT_OK) {
            printf("line %d: %s: unexpected range\n", lineno, f[2]);
            ok = 0;
        }
    }
    newsent_result_free(res);
    return ok;
}

static void test_cases(void **state)
{
    (void)state;
    FILE *fp = fopen(NEWSENT_SOURCE_DIR "/tests/data/dates_cases.tsv", "r");
    assert_non_null(fp);
    char line[1024];
    int lineno = 0, cases = 0, failed = 0;
    while (fgets(line, sizeof line, fp)) {
        lineno++;
        size_t l = strlen(line);
        while (l > 0 && (line[l - 1] == '\n' || line[l - 1] == '\r'))
            line[--l] = 0;
        if (l == 0 || line[0] == '#')
            continue;
        char *f[8] = {0};
        size_t nf = split_tabs(line, f, 8);
        if (nf < 4 || (strcmp(f[3], "-") != 0 && nf < 6)) {
            printf("line %d: malformed\n", lineno);
            failed++;
            continue;
        }
        cases++;
        unescape_newlines(f[2]);
        if (!check_case(f, nf, lineno))
            failed++;
    }
    fclose(fp);
    printf("%d cases, %d failed\n", cases, failed);
    assert_true(cases >= 250);
    assert_int_equal(failed, 0);
}

/* Offsets stay on characters and tokens with non-ASCII text around. */
static void test_offsets_utf8(void **state)
{
    (void)state;
    const char *text = "Am 4. März – no: on March 4, 2024 — “yesterday” – and \xff 2019\xe2\x80\x93"
                       "2021.";
    newsent_extract_options o;
    newsent_extract_options_init(&o, NEWSENT_EXTRACT_OPTIONS_VERSION);
    o.ref_year = 2024;
    o.ref_month = 3;
    o.ref_day = 6;
    o.labels = NEWSENT_LABEL_DATE;
    newsent_result *res = NULL;
    assert_int_equal(newsent_extract(ex, text, strlen(text), &o, &res, NULL), NEWSENT_OK);
    size_t n = newsent_result_count(res);
    assert_int_equal(n, 3);
    const char *want[] = {"March 4, 2024", "yesterday",
                          ("2019\xe2\x80\x93"
                           "2021")};
    for (size_t i = 0; i < n; i++) {
        const newsent_entity *e = newsent_result_get(res, i);
        size_t bs, be;
        assert_int_equal(newsent_entity_byte_span(e, &bs, &be), NEWSENT_OK);
        assert_memory_equal(text + bs, want[i], strlen(want[i]));
        assert_int_equal(be - bs, strlen(want[i]));
    }
    newsent_result_free(res);
}

/* No DATE entity when DATE is not asked for, and the reference date moves
 * every relative value. */
static void test_labels_and_reference(void **state)
{
    (void)state;
    const char *text = "He left yesterday.";
    newsent_extract_options o;
    newsent_extract_options_init(&o, NEWSENT_EXTRACT_OPTIONS_VERSION);
    o.labels = NEWSENT_LABEL_PERSON;
    newsent_result *res = NULL;
    assert_int_equal(newsent_extract(ex, text, strlen(text), &o, &res, NULL), NEWSENT_OK);
    for (size_t i = 0; i < newsent_result_count(res); i++)
        assert_int_not_equal(newsent_entity_label(newsent_result_get(res, i)), NEWSENT_LABEL_DATE);
    newsent_result_free(res);
    static const int refs[][3] = {{1, 1, 1}, {1970, 1, 1}, {2000, 3, 1}, {9999, 12, 31}};
    static const char *const want[] = {"0000-12-31", "1969-12-31", "2000-02-29", "9999-12-30"};
    for (size_t i = 0; i < 4; i++) {
        o.labels = NEWSENT_LABEL_DATE;
        o.ref_year = refs[i][0];
        o.ref_month = refs[i][1];
        o.ref_day = refs[i][2];
        assert_int_equal(newsent_extract(ex, text, strlen(text), &o, &res, NULL), NEWSENT_OK);
        assert_int_equal(newsent_result_count(res), 1);
        assert_string_equal(newsent_entity_value(newsent_result_get(res, 0)), want[i]);
        newsent_result_free(res);
    }
}

/* A DATE's value does not hang on which other labels are asked for: the
 * QUANTITY "0" after "3:30" once moved the clock to the day before when all
 * labels were on (a fuzzer's finding). */
static void test_values_ignore_other_labels(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "It was yesterday at midnight 3:30 0",
        "Mr M said on Friday that the vote, set for Sunday, would start at 7 a.m. with 40 "
        "polling stations open until 9 p.m.",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        newsent_extract_options o;
        newsent_extract_options_init(&o, NEWSENT_EXTRACT_OPTIONS_VERSION);
        o.ref_year = 2024;
        o.ref_month = 3;
        o.ref_day = 1;
        newsent_result *all = NULL, *dates = NULL;
        assert_int_equal(newsent_extract(ex, texts[t], strlen(texts[t]), &o, &all, NULL),
                         NEWSENT_OK);
        o.labels = NEWSENT_LABEL_DATE;
        assert_int_equal(newsent_extract(ex, texts[t], strlen(texts[t]), &o, &dates, NULL),
                         NEWSENT_OK);
        size_t j = 0, others = 0;
        for (size_t i = 0; i < newsent_result_count(all); i++) {
            const newsent_entity *e = newsent_result_get(all, i);
            if (newsent_entity_label(e) != NEWSENT_LABEL_DATE) {
                others++;
                continue;
            }
            assert_true(j < newsent_result_count(dates));
            assert_string_equal(newsent_entity_value(e),
                                newsent_entity_value(newsent_result_get(dates, j)));
            j++;
        }
        assert_int_equal(j, newsent_result_count(dates));
        assert_true(j >= 2 && others >= 1); /* the case holds both kinds */
        newsent_result_free(all);
        newsent_result_free(dates);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_offsets_utf8),
        cmocka_unit_test(test_labels_and_reference),
        cmocka_unit_test(test_values_ignore_other_labels),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
