/* util/regex: PCRE2 with newsent's allocator and limits. A pattern that
 * backtracks catastrophically stops at the limit in little time instead of
 * running away, with and without JIT; allocation failure inside a match is
 * NEWSENT_ENOMEM, never "no match"; every byte PCRE2 allocates goes through
 * ns_mem; a pattern nested past the limit is refused with a message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "util/regex.h"

typedef struct counting {
    long live, calls, fail_at;
} counting;

static void *c_malloc(void *ctx, size_t size)
{
    counting *c = ctx;
    if (++c->calls == c->fail_at)
        return NULL;
    void *p = malloc(size);
    c->live += p != NULL;
    return p;
}

static void *c_realloc(void *ctx, void *p, size_t size)
{
    counting *c = ctx;
    if (++c->calls == c->fail_at)
        return NULL;
    void *q = realloc(p, size);
    c->live += q && !p;
    return q;
}

static void c_free(void *ctx, void *p)
{
    counting *c = ctx;
    c->live -= p != NULL;
    free(p);
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void test_runaway_pattern_stops(void **state)
{
    (void)state;
    counting c = {0};
    ns_mem mem = {{c_malloc, c_realloc, c_free, &c}};
    ns_regex_env env;
    assert_int_equal(ns_regex_env_init(&env, &mem, NULL), NEWSENT_OK);
    pcre2_code *code;
    assert_int_equal(ns_regex_compile(&env, "(?:a+)+$", PCRE2_ANCHORED, &code, NULL), NEWSENT_OK);
    pcre2_match_data *md = ns_regex_match_data(&env, code);
    assert_non_null(md);
    char subject[64];
    memset(subject, 'a', 48);
    subject[48] = 'b'; /* 2^48 ways to fail without the limit */
    const uint32_t modes[] = {0, PCRE2_NO_JIT};
    for (size_t m = 0; m < 2; m++) {
        double t0 = seconds();
        int rc = ns_regex_match(&env, code, subject, 49, 0, modes[m], md);
        double took = seconds() - t0;
        print_message("%s: rc %d in %.4f s\n", m ? "interpreter" : "JIT", rc, took);
        assert_int_equal(rc, NS_REGEX_LIMIT);
        assert_true(took < 2.0);
        /* and an ordinary subject still matches */
        assert_int_equal(ns_regex_match(&env, code, "aaa", 3, 0, modes[m], md), NS_REGEX_MATCH);
        assert_int_equal(ns_regex_match(&env, code, "aab", 3, 0, modes[m], md), NS_REGEX_NOMATCH);
    }
    assert_int_equal(ns_regex_match(&env, code, "aaa", 3, 4, 0, md), NS_REGEX_NOMATCH);
    pcre2_match_data_free(md);
    pcre2_code_free(code);
    assert_true(c.live > 0); /* PCRE2 did allocate through ns_mem */
    ns_regex_env_free(&env);
    assert_int_equal(c.live, 0);
}

/* An anchored pattern with a required character ('s'), tried at every
 * candidate of a long text without one, must cost each attempt a few steps,
 * not a scan to the end: 1 MB of "a+" at half a million candidates. */
static void test_anchored_attempts_do_not_look_ahead(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    ns_regex_env env;
    assert_int_equal(ns_regex_env_init(&env, &mem, NULL), NEWSENT_OK);
    pcre2_code *code;
    assert_int_equal(
        ns_regex_compile(&env, "(?:the\\s+)?(?:(?:early|late|mid)[-\\s]*)?(?:1[0-9]|20)\\d0'?s\\b",
                         PCRE2_ANCHORED | PCRE2_CASELESS, &code, NULL),
        NEWSENT_OK);
    pcre2_match_data *md = ns_regex_match_data(&env, code);
    assert_non_null(md);
    enum { LEN = 1 << 20 };
    char *s = malloc(LEN);
    assert_non_null(s);
    for (size_t i = 0; i < LEN; i++)
        s[i] = i % 2 ? '+' : 'a';
    const uint32_t modes[] = {0, PCRE2_NO_JIT};
    for (size_t m = 0; m < 2; m++) {
        double t0 = seconds();
        for (size_t i = 0; i < LEN; i += 2)
            assert_true(ns_regex_match(&env, code, s, LEN, i, modes[m], md) != NS_REGEX_MATCH);
        double took = seconds() - t0;
        print_message("%s: %d attempts over 1 MiB in %.3f s\n", m ? "interpreter" : "JIT", LEN / 2,
                      took);
        assert_true(took < 5.0); /* linear: under a second; looking ahead: 17 s */
    }
    free(s);
    pcre2_match_data_free(md);
    pcre2_code_free(code);
    ns_regex_env_free(&env);
}

static void test_nomemory_is_not_nomatch(void **state)
{
    (void)state;
    counting c = {0};
    ns_mem mem = {{c_malloc, c_realloc, c_free, &c}};
    ns_regex_env env;
    assert_int_equal(ns_regex_env_init(&env, &mem, NULL), NEWSENT_OK);
    pcre2_code *code;
    /* backtracking deep enough that the interpreter needs heap frames */
    assert_int_equal(ns_regex_compile(&env, "(?:(a)|b)*c", 0, &code, NULL), NEWSENT_OK);
    pcre2_match_data *md = ns_regex_match_data(&env, code);
    assert_non_null(md);
    char subject[4001];
    memset(subject, 'a', 4000);
    subject[4000] = 'c';
    c.calls = 0;
    c.fail_at = 1;
    int rc = ns_regex_match(&env, code, subject, sizeof subject, 0, PCRE2_NO_JIT, md);
    assert_true(rc == NEWSENT_ENOMEM || rc == NS_REGEX_MATCH || rc == NS_REGEX_LIMIT);
    print_message("interpreter, first allocation refused: rc %d after %ld calls\n", rc, c.calls);
    if (c.calls >= 1) /* the interpreter did ask for memory and was refused */
        assert_int_equal(rc, NEWSENT_ENOMEM);
    c.fail_at = 0;
    pcre2_match_data_free(md);
    pcre2_code_free(code);
    ns_regex_env_free(&env);
    assert_int_equal(c.live, 0);
}

static void test_limits_at_compile(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    ns_regex_env env;
    assert_int_equal(ns_regex_env_init(&env, &mem, NULL), NEWSENT_OK);
    char deep[2 * 40 + 2];
    size_t n = 0;
    for (int i = 0; i < 40; i++)
        deep[n++] = '(';
    deep[n++] = 'a';
    for (int i = 0; i < 40; i++)
        deep[n++] = ')';
    deep[n] = '\0';
    pcre2_code *code = NULL;
    newsent_error err;
    assert_int_equal(ns_regex_compile(&env, deep, 0, &code, &err), NEWSENT_EINTERNAL);
    assert_null(code);
    assert_non_null(strstr(err.message, "pattern"));
    assert_int_equal(ns_regex_compile(&env, "(((a)))", 0, &code, &err), NEWSENT_OK);
    pcre2_code_free(code);
    ns_regex_env_free(&env);
}

static void test_env_init_out_of_memory(void **state)
{
    (void)state;
    for (long n = 1; n <= 3; n++) {
        counting c = {0};
        c.fail_at = n;
        ns_mem mem = {{c_malloc, c_realloc, c_free, &c}};
        ns_regex_env env;
        newsent_error err;
        assert_int_equal(ns_regex_env_init(&env, &mem, &err), NEWSENT_ENOMEM);
        assert_int_equal(err.code, NEWSENT_ENOMEM);
        assert_int_equal(c.live, 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_runaway_pattern_stops),
        cmocka_unit_test(test_anchored_attempts_do_not_look_ahead),
        cmocka_unit_test(test_nomemory_is_not_nomatch),
        cmocka_unit_test(test_limits_at_compile),
        cmocka_unit_test(test_env_init_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
