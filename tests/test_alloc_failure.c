/* Out of memory at every allocation: for a realistic article, allocation 1,
 * 2, 3, ... fails in turn until a call no longer reaches the failing one.
 * Every call that fails must return NEWSENT_ENOMEM with *out NULL and leave
 * nothing allocated (counted here, so the release build checks it too; ASan
 * checks it again); every call that succeeds despite a failed allocation
 * (PCRE2's JIT is optional) must give exactly the result of a run without
 * failures, since a service cannot tell a swallowed failure from a result. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsent.h"

typedef struct failing_alloc {
    size_t calls;   /* malloc and realloc calls since the last reset */
    size_t fail_at; /* the call that fails; 0 for none */
    int failed;     /* it was reached */
    long live;      /* blocks allocated and not yet freed */
} failing_alloc;

static void *fa_malloc(void *ctx, size_t size)
{
    failing_alloc *a = ctx;
    if (++a->calls == a->fail_at) {
        a->failed = 1;
        return NULL;
    }
    void *p = malloc(size);
    if (p)
        a->live++;
    return p;
}

static void *fa_realloc(void *ctx, void *p, size_t size)
{
    failing_alloc *a = ctx;
    if (++a->calls == a->fail_at) {
        a->failed = 1;
        return NULL;
    }
    void *q = realloc(p, size);
    if (q && !p)
        a->live++;
    return q;
}

static void fa_free(void *ctx, void *p)
{
    failing_alloc *a = ctx;
    if (p) {
        a->live--;
        free(p);
    }
}

static void fa_arm(failing_alloc *a, size_t n)
{
    a->calls = 0;
    a->fail_at = n;
    a->failed = 0;
}

static char *read_article(size_t *len)
{
    FILE *f = fopen(NEWSENT_SOURCE_DIR "/examples/sample-article.txt", "rb");
    assert_non_null(f);
    static char buf[1 << 16];
    *len = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    assert_true(*len > 500);
    /* a little of everything the pipeline handles besides the article */
    static const char extra[] = "\nOn 4 March 2024, 2024-03-05 and Mar. 6th, shares rose 3.5% "
                                "to 1,234.5 (caf\xc3\xa9 \xff e-mail a@b.co, U.S. Dr. Smith).";
    memcpy(buf + *len, extra, sizeof extra - 1);
    *len += sizeof extra - 1;
    return buf;
}

/* One line per entity with every field, to compare two results. */
static char *serialize(const newsent_result *r)
{
    size_t cap = 1 << 16, n = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    out[0] = '\0';
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        size_t bs, be, cs, ce, alias = SIZE_MAX;
        newsent_entity_byte_span(e, &bs, &be);
        newsent_entity_char_span(e, &cs, &ce);
        newsent_entity_alias_of(e, &alias);
        double lo = 0, hi = 0;
        int nn = newsent_entity_numbers(e, &lo, &hi);
        const char *rb = NULL, *re = NULL;
        newsent_entity_range(e, &rb, &re);
        char line[1024];
        int k = snprintf(line, sizeof line,
                         "%u %zu %zu %zu %zu %s|%s|%s|%s|%s|%s|%d %.17g %.17g %zu %.3f\n",
                         newsent_entity_label(e), bs, be, cs, ce,
                         newsent_entity_type(e) ? newsent_entity_type(e) : "-",
                         newsent_entity_value(e) ? newsent_entity_value(e) : "-",
                         newsent_entity_unit(e) ? newsent_entity_unit(e) : "-",
                         newsent_entity_mod(e) ? newsent_entity_mod(e) : "-", rb ? rb : "-",
                         re ? re : "-", nn, lo, hi, alias, newsent_entity_confidence(e));
        assert_true(k > 0 && (size_t)k < sizeof line);
        if (n + (size_t)k + 1 > cap) {
            cap = 2 * (n + (size_t)k + 1);
            out = realloc(out, cap);
            assert_non_null(out);
        }
        memcpy(out + n, line, (size_t)k + 1);
        n += (size_t)k;
    }
    return out;
}

static const newsent_extract_options *options(void)
{
    static newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.ref_year = 2025;
    o.ref_month = 11;
    o.ref_day = 19;
    return &o;
}

/* The entities of text with a fresh extractor and no failures. */
static char *reference(const char *text, size_t len)
{
    newsent_extractor *ex = NULL;
    assert_int_equal(newsent_extractor_new(NULL, &ex, NULL), NEWSENT_OK);
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(ex, text, len, options(), &r, NULL), NEWSENT_OK);
    char *s = serialize(r);
    newsent_result_free(r);
    newsent_extractor_free(ex);
    return s;
}

static void test_extractor_new_fails_cleanly(void **state)
{
    (void)state;
    size_t len;
    const char *text = read_article(&len);
    char *want = reference(text, len);
    failing_alloc a = {0};
    newsent_allocator al = {fa_malloc, fa_realloc, fa_free, &a};
    newsent_extractor_options eo = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    eo.allocator = &al;
    size_t n, failures = 0;
    for (n = 1; n < 100000; n++) {
        fa_arm(&a, n);
        newsent_extractor *ex = (newsent_extractor *)&a;
        newsent_error err;
        int rc = newsent_extractor_new(&eo, &ex, &err);
        if (rc != NEWSENT_OK) {
            assert_true(a.failed);
            assert_int_equal(rc, NEWSENT_ENOMEM);
            assert_null(ex);
            assert_int_equal(err.code, NEWSENT_ENOMEM);
            assert_true(err.message[0] != '\0');
            assert_int_equal(a.live, 0);
            failures++;
            continue;
        }
        /* made it (the failure, if any, was optional): it must work */
        int hit = a.failed;
        fa_arm(&a, 0);
        newsent_result *r = NULL;
        assert_int_equal(newsent_extract(ex, text, len, options(), &r, NULL), NEWSENT_OK);
        char *got = serialize(r);
        assert_string_equal(got, want);
        free(got);
        newsent_result_free(r);
        newsent_extractor_free(ex);
        assert_int_equal(a.live, 0);
        if (!hit)
            break; /* the call no longer reaches the failing allocation */
    }
    assert_true(n < 100000);
    assert_true(failures > 0);
    print_message("extractor creation: %zu allocation points, %zu failed cleanly\n", n - 1,
                  failures);
    free(want);
}

static void test_extract_fails_cleanly(void **state)
{
    (void)state;
    size_t len;
    const char *text = read_article(&len);
    char *want = reference(text, len);
    failing_alloc a = {0};
    newsent_allocator al = {fa_malloc, fa_realloc, fa_free, &a};
    newsent_extractor_options eo = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    eo.allocator = &al;
    newsent_extractor *ex = NULL;
    assert_int_equal(newsent_extractor_new(&eo, &ex, NULL), NEWSENT_OK);
    long base = a.live;
    size_t n, failures = 0, swallowed = 0;
    for (n = 1; n < 1000000; n++) {
        fa_arm(&a, n);
        newsent_result *r = (newsent_result *)&a;
        newsent_error err;
        int rc = newsent_extract(ex, text, len, options(), &r, &err);
        if (rc != NEWSENT_OK) {
            assert_true(a.failed);
            assert_int_equal(rc, NEWSENT_ENOMEM);
            assert_null(r);
            assert_int_equal(err.code, NEWSENT_ENOMEM);
            assert_int_equal(a.live, base);
            failures++;
            continue;
        }
        swallowed += (size_t)a.failed;
        char *got = serialize(r);
        assert_string_equal(got, want);
        free(got);
        newsent_result_free(r);
        assert_int_equal(a.live, base);
        if (!a.failed)
            break;
    }
    assert_true(n < 1000000);
    assert_true(failures > 0);
    print_message("extraction: %zu allocation points, %zu failed cleanly, %zu absorbed\n", n - 1,
                  failures, swallowed);
    newsent_extractor_free(ex);
    assert_int_equal(a.live, 0);
    free(want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_extractor_new_fails_cleanly),
        cmocka_unit_test(test_extract_fails_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
