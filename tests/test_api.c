/* The public API under misuse and load: NULL pointers, bad options, empty,
 * invalid and huge input, embedded NUL, and many threads on one extractor. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "newsent.h"

static newsent_extractor *shared_ex;

static int setup(void **state)
{
    (void)state;
    newsent_error err;
    return newsent_extractor_new(NULL, &shared_ex, &err) == NEWSENT_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    newsent_extractor_free(shared_ex);
    return 0;
}

static newsent_extract_options ref_opts(void)
{
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.ref_year = 2024;
    o.ref_month = 3;
    o.ref_day = 6;
    return o;
}

static void test_version(void **state)
{
    (void)state;
    assert_string_equal(newsent_version(), NEWSENT_VERSION_STRING);
    assert_int_equal(newsent_version_number(), NEWSENT_VERSION_NUMBER);
}

static void test_strerror_and_labels(void **state)
{
    (void)state;
    for (int c = 0; c >= NEWSENT_EINTERNAL; c--) {
        assert_non_null(newsent_strerror(c));
        assert_string_not_equal(newsent_strerror(c), "unknown error");
    }
    assert_string_equal(newsent_strerror(-1000), "unknown error");
    assert_string_equal(newsent_label_name(NEWSENT_LABEL_PLACE), "PLACE");
    assert_null(newsent_label_name(NEWSENT_LABEL_PLACE | NEWSENT_LABEL_ORG));
    assert_null(newsent_label_name(0));
    assert_int_equal(newsent_label_from_name("ORG", 3), NEWSENT_LABEL_ORG);
    assert_int_equal(newsent_label_from_name("org", 3), 0);
    assert_int_equal(newsent_label_from_name(NULL, 3), 0);
}

static void test_null_arguments(void **state)
{
    (void)state;
    newsent_error err;
    newsent_result *r = (newsent_result *)(uintptr_t)1;
    assert_int_equal(newsent_extractor_new(NULL, NULL, &err), NEWSENT_EINVAL);
    assert_int_equal(err.code, NEWSENT_EINVAL);
    assert_true(strlen(err.message) > 0);
    assert_int_equal(newsent_extract(NULL, "x", 1, NULL, &r, &err), NEWSENT_EINVAL);
    assert_null(r);
    assert_int_equal(newsent_extract(shared_ex, NULL, 5, NULL, &r, &err), NEWSENT_EINVAL);
    assert_int_equal(newsent_extract(shared_ex, "x", 1, NULL, NULL, &err), NEWSENT_EINVAL);
    /* err is optional */
    assert_int_equal(newsent_extract(shared_ex, NULL, 5, NULL, &r, NULL), NEWSENT_EINVAL);
    /* NULL handles are harmless everywhere */
    newsent_extractor_free(NULL);
    newsent_result_free(NULL);
    assert_int_equal(newsent_result_count(NULL), 0);
    assert_null(newsent_result_get(NULL, 0));
    assert_int_equal(newsent_entity_label(NULL), 0);
    assert_null(newsent_entity_type(NULL));
    assert_null(newsent_entity_text(NULL, NULL));
    assert_null(newsent_entity_value(NULL));
    assert_null(newsent_entity_unit(NULL));
    assert_null(newsent_entity_mod(NULL));
    size_t a, b;
    assert_int_equal(newsent_entity_byte_span(NULL, &a, &b), NEWSENT_EINVAL);
    assert_int_equal(newsent_entity_char_span(NULL, &a, &b), NEWSENT_EINVAL);
    assert_int_equal(newsent_entity_numbers(NULL, NULL, NULL), 0);
    assert_int_equal(newsent_entity_geo(NULL, NULL, NULL, NULL, NULL), NEWSENT_EINVAL);
    assert_int_equal(newsent_entity_alias_of(NULL, &a), NEWSENT_EINVAL);
    const char *x, *y;
    assert_int_equal(newsent_entity_range(NULL, &x, &y), NEWSENT_EINVAL);
    assert_int_equal(newsent_extractor_options_init(NULL, 1), NEWSENT_EINVAL);
    assert_int_equal(newsent_extract_options_init(NULL, 1), NEWSENT_EINVAL);
}

static void test_options_versions(void **state)
{
    (void)state;
    newsent_error err;
    newsent_extractor *ex = (newsent_extractor *)(uintptr_t)1;
    newsent_extractor_options eo;
    assert_int_equal(newsent_extractor_options_init(&eo, 99), NEWSENT_EVERSION);
    assert_int_equal(newsent_extractor_options_init(&eo, NEWSENT_EXTRACTOR_OPTIONS_VERSION),
                     NEWSENT_OK);
    eo.version = 2;
    assert_int_equal(newsent_extractor_new(&eo, &ex, &err), NEWSENT_EVERSION);
    assert_null(ex);
    assert_non_null(strstr(err.message, "version"));

    newsent_extract_options xo = ref_opts();
    newsent_result *r = NULL;
    xo.version = 0;
    assert_int_equal(newsent_extract(shared_ex, "a", 1, &xo, &r, &err), NEWSENT_EVERSION);
    xo = ref_opts();
    xo.labels = 1u << 7;
    assert_int_equal(newsent_extract(shared_ex, "a", 1, &xo, &r, &err), NEWSENT_EINVAL);
    xo = ref_opts();
    xo.flags = 1u << 20;
    assert_int_equal(newsent_extract(shared_ex, "a", 1, &xo, &r, &err), NEWSENT_EINVAL);
    assert_null(r);
}

static void test_bad_reference_dates(void **state)
{
    (void)state;
    static const int bad[][3] = {{2023, 2, 29}, {2024, 13, 1}, {2024, 4, 31}, {0, 1, 1},
                                 {2024, 0, 10}, {10000, 1, 1}, {2024, 1, 0},  {-5, 1, 1}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        newsent_extract_options xo = ref_opts();
        xo.ref_year = bad[i][0];
        xo.ref_month = bad[i][1];
        xo.ref_day = bad[i][2];
        newsent_result *r = NULL;
        newsent_error err;
        assert_int_equal(newsent_extract(shared_ex, "today", 5, &xo, &r, &err), NEWSENT_EDATE);
        assert_null(r);
        assert_non_null(strstr(err.message, "reference date"));
    }
    newsent_extract_options ok = ref_opts();
    ok.ref_year = 2024;
    ok.ref_month = 2;
    ok.ref_day = 29;
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(shared_ex, "x", 1, &ok, &r, NULL), NEWSENT_OK);
    newsent_result_free(r);
}

static void test_empty_input(void **state)
{
    (void)state;
    newsent_result *r = NULL;
    newsent_error err;
    assert_int_equal(newsent_extract(shared_ex, NULL, 0, NULL, &r, &err), NEWSENT_OK);
    assert_int_equal(err.code, NEWSENT_OK);
    assert_int_equal(newsent_result_count(r), 0);
    assert_null(newsent_result_get(r, 0));
    newsent_result_free(r);
    assert_int_equal(newsent_extract(shared_ex, "", 0, NULL, &r, &err), NEWSENT_OK);
    newsent_result_free(r);
    assert_int_equal(newsent_extract(shared_ex, "   \n\n\t ", 7, NULL, &r, &err), NEWSENT_OK);
    assert_int_equal(newsent_result_count(r), 0);
    newsent_result_free(r);
}

/* Checks every entity's spans against the text: bytes and code points agree
 * with the text, in order, and within one label nothing overlaps. */
static void check_spans(const char *text, size_t len, const newsent_result *r)
{
    size_t prev_start = 0;
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        size_t bs, be, cs, ce, tl;
        assert_int_equal(newsent_entity_byte_span(e, &bs, &be), NEWSENT_OK);
        assert_int_equal(newsent_entity_char_span(e, &cs, &ce), NEWSENT_OK);
        assert_true(bs < be && be <= len);
        assert_true(bs >= prev_start);
        prev_start = bs;
        const char *t = newsent_entity_text(e, &tl);
        assert_int_equal(tl, be - bs);
        assert_memory_equal(t, text + bs, tl);
        assert_int_equal(t[tl], '\0');
        assert_true(cs < ce && ce - cs <= be - bs);
        for (size_t j = i + 1; j < newsent_result_count(r); j++) {
            const newsent_entity *f = newsent_result_get(r, j);
            size_t fs, fe;
            newsent_entity_byte_span(f, &fs, &fe);
            if (fs >= be)
                break;
            assert_int_not_equal(newsent_entity_label(e), newsent_entity_label(f));
        }
    }
}

static void test_offsets_with_multibyte_and_invalid_bytes(void **state)
{
    (void)state;
    /* "Zoë 😀 \xff" before the date: 4 + 1 + 1 + 1 + 1 + 1 code points */
    const char text[] = "Zo\xc3\xab \xf0\x9f\x98\x80 \xff paid on March 4, 2024.";
    size_t len = sizeof text - 1;
    newsent_extract_options xo = ref_opts();
    xo.labels = NEWSENT_LABEL_DATE;
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(shared_ex, text, len, &xo, &r, NULL), NEWSENT_OK);
    check_spans(text, len, r);
    assert_true(newsent_result_count(r) >= 1);
    const newsent_entity *e = newsent_result_get(r, 0);
    size_t bs, be, cs, ce;
    newsent_entity_byte_span(e, &bs, &be);
    newsent_entity_char_span(e, &cs, &ce);
    assert_int_equal(bs, (size_t)(strstr(text, "March") - text));
    assert_int_equal(cs, 16);
    assert_int_equal(ce - cs, 13);
    assert_string_equal(newsent_entity_value(e), "2024-03-04");
    assert_string_equal(newsent_entity_type(e), "DATE");
    newsent_result_free(r);

    /* strict mode refuses the same text, pointing at the bad byte */
    xo.flags = NEWSENT_EXTRACT_STRICT_UTF8;
    newsent_error err;
    assert_int_equal(newsent_extract(shared_ex, text, len, &xo, &r, &err), NEWSENT_EUTF8);
    assert_int_equal(err.position, 10);
    assert_null(r);
}

static void test_embedded_nul(void **state)
{
    (void)state;
    const char text[] = "Rates rose\0 on March 4, 2024 by 25 percent\0.";
    size_t len = sizeof text - 1;
    newsent_extract_options xo = ref_opts();
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(shared_ex, text, len, &xo, &r, NULL), NEWSENT_OK);
    check_spans(text, len, r);
    int saw_date = 0, saw_percent = 0;
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        if (newsent_entity_label(e) == NEWSENT_LABEL_DATE)
            saw_date = 1;
        if (newsent_entity_type(e) && strcmp(newsent_entity_type(e), "percent") == 0)
            saw_percent = 1;
    }
    assert_true(saw_date);
    assert_true(saw_percent);
    newsent_result_free(r);
}

static void test_label_filter(void **state)
{
    (void)state;
    const char *text = "On March 4, 2024 some 3,400 teachers were hired.";
    newsent_extract_options xo = ref_opts();
    xo.labels = NEWSENT_LABEL_QUANTITY;
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(shared_ex, text, strlen(text), &xo, &r, NULL), NEWSENT_OK);
    assert_true(newsent_result_count(r) >= 1);
    for (size_t i = 0; i < newsent_result_count(r); i++)
        assert_int_equal(newsent_entity_label(newsent_result_get(r, i)), NEWSENT_LABEL_QUANTITY);
    newsent_result_free(r);
}

static void test_result_outlives_extractor(void **state)
{
    (void)state;
    newsent_extractor *ex = NULL;
    assert_int_equal(newsent_extractor_new(NULL, &ex, NULL), NEWSENT_OK);
    const char *text = "It happened on March 4, 2024.";
    newsent_extract_options xo = ref_opts();
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(ex, text, strlen(text), &xo, &r, NULL), NEWSENT_OK);
    newsent_extractor_free(ex);
    assert_true(newsent_result_count(r) >= 1);
    assert_string_equal(newsent_entity_text(newsent_result_get(r, 0), NULL), "March 4, 2024");
    newsent_result_free(r);
}

static void test_ten_megabytes(void **state)
{
    (void)state;
    const char *para = "Kenya imported 450,000 tonnes of maize on March 4, 2024, up 30%. ";
    size_t plen = strlen(para), len = 10u * 1024 * 1024;
    char *text = malloc(len);
    assert_non_null(text);
    for (size_t i = 0; i < len; i++)
        text[i] = para[i % plen];
    newsent_extract_options xo = ref_opts();
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(shared_ex, text, len, &xo, &r, NULL), NEWSENT_OK);
    size_t reps = len / plen;
    assert_true(newsent_result_count(r) >= reps * 2);
    check_spans(text, len, r);
    newsent_result_free(r);
    free(text);
}

/* The result is sorted from the stages' several runs (dates, quantities,
 * names, the document pass's additions) with entities moved whole: an
 * alias still names its full form, before it, with the same label. */
static void test_aliases_survive_sorting(void **state)
{
    (void)state;
    const char *para = "Angela Merkel met Olaf Scholz in Berlin on March 4, 2024, for 3 hours. "
                       "Merkel said 12% of voters agreed, and Scholz left on Tuesday.\n\n";
    size_t plen = strlen(para), len = plen * 20;
    char *text = malloc(len + 1);
    assert_non_null(text);
    for (size_t i = 0; i < 20; i++)
        memcpy(text + i * plen, para, plen);
    text[len] = '\0';
    newsent_extract_options xo = ref_opts();
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(shared_ex, text, len, &xo, &r, NULL), NEWSENT_OK);
    assert_true(newsent_result_count(r) > 64);
    check_spans(text, len, r);
    size_t aliases = 0;
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        size_t to, el, fl;
        if (newsent_entity_alias_of(e, &to) != NEWSENT_OK)
            continue;
        aliases++;
        assert_true(to < i);
        const newsent_entity *full = newsent_result_get(r, to);
        assert_int_equal(newsent_entity_label(full), newsent_entity_label(e));
        const char *et = newsent_entity_text(e, &el), *ft = newsent_entity_text(full, &fl);
        assert_true(fl > el);
        assert_memory_equal(ft + fl - el, et, el);
    }
    assert_true(aliases >= 20);
    newsent_result_free(r);
    free(text);
}

static void test_too_big_is_refused(void **state)
{
    (void)state;
    /* the length alone is checked before the text is read */
    newsent_result *r = NULL;
    newsent_error err;
    char c = 'a';
    assert_int_equal(newsent_extract(shared_ex, &c, NEWSENT_MAX_INPUT_BYTES + 1, NULL, &r, &err),
                     NEWSENT_ETOOBIG);
    assert_null(r);
}

typedef struct thread_job {
    const char *text;
    size_t len;
    size_t count;
    size_t checksum;
    int failed;
} thread_job;

static size_t digest(const newsent_result *r)
{
    size_t h = 0;
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        size_t bs, be;
        const newsent_entity *e = newsent_result_get(r, i);
        newsent_entity_byte_span(e, &bs, &be);
        h = h * 31 + bs * 7 + be + newsent_entity_label(e);
        const char *v = newsent_entity_value(e);
        for (; v && *v; v++)
            h = h * 131 + (unsigned char)*v;
    }
    return h;
}

static void *worker(void *arg)
{
    thread_job *j = arg;
    newsent_extract_options xo = ref_opts();
    for (int k = 0; k < 200; k++) {
        newsent_result *r = NULL;
        if (newsent_extract(shared_ex, j->text, j->len, &xo, &r, NULL) != NEWSENT_OK) {
            j->failed = 1;
            return NULL;
        }
        size_t d = digest(r);
        if (k == 0) {
            j->checksum = d;
            j->count = newsent_result_count(r);
        } else if (d != j->checksum) {
            j->failed = 1;
        }
        newsent_result_free(r);
    }
    return NULL;
}

static void test_many_threads_share_one_extractor(void **state)
{
    (void)state;
    const char *text = "NAIROBI, March 4, 2024 - Kenya will import 450,000 tonnes of maize, "
                       "up 30 percent from 2019-01-15, Agriculture Secretary Mutahi Kagwe said.";
    enum { N = 8 };
    pthread_t th[N];
    thread_job jobs[N];
    for (int i = 0; i < N; i++) {
        jobs[i] = (thread_job){text, strlen(text), 0, 0, 0};
        assert_int_equal(pthread_create(&th[i], NULL, worker, &jobs[i]), 0);
    }
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < N; i++) {
        assert_false(jobs[i].failed);
        assert_int_equal(jobs[i].checksum, jobs[0].checksum);
        assert_true(jobs[i].count >= 3);
    }
}

static void test_unreadable_model_file(void **state)
{
    (void)state;
    newsent_extractor_options eo = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    eo.model_path = "/nonexistent/dir/model.bin";
    newsent_extractor *ex = (newsent_extractor *)(uintptr_t)1;
    newsent_error err;
    int rc = newsent_extractor_new(&eo, &ex, &err);
    assert_true(rc == NEWSENT_EIO || rc == NEWSENT_EMODEL);
    assert_null(ex);
    assert_non_null(strstr(err.message, "/nonexistent/dir/model.bin"));
}

static void test_endless_model_file_refused(void **state)
{
    (void)state;
    /* a device that never ends must be refused from its first bytes, not
     * read until memory runs out */
    newsent_extractor_options eo = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    eo.model_path = "/dev/zero";
    newsent_extractor *ex = NULL;
    newsent_error err;
    assert_int_equal(newsent_extractor_new(&eo, &ex, &err), NEWSENT_EMODEL);
    assert_null(ex);
    assert_non_null(strstr(err.message, "/dev/zero"));
}

static void test_incomplete_allocator_refused(void **state)
{
    (void)state;
    newsent_allocator a = {NULL, NULL, NULL, NULL};
    newsent_extractor_options eo = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    eo.allocator = &a;
    newsent_extractor *ex = NULL;
    assert_int_equal(newsent_extractor_new(&eo, &ex, NULL), NEWSENT_EINVAL);
    assert_null(ex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_strerror_and_labels),
        cmocka_unit_test(test_null_arguments),
        cmocka_unit_test(test_options_versions),
        cmocka_unit_test(test_bad_reference_dates),
        cmocka_unit_test(test_empty_input),
        cmocka_unit_test(test_offsets_with_multibyte_and_invalid_bytes),
        cmocka_unit_test(test_embedded_nul),
        cmocka_unit_test(test_label_filter),
        cmocka_unit_test(test_result_outlives_extractor),
        cmocka_unit_test(test_ten_megabytes),
        cmocka_unit_test(test_aliases_survive_sorting),
        cmocka_unit_test(test_too_big_is_refused),
        cmocka_unit_test(test_many_threads_share_one_extractor),
        cmocka_unit_test(test_unreadable_model_file),
        cmocka_unit_test(test_endless_model_file_refused),
        cmocka_unit_test(test_incomplete_allocator_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
