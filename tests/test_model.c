/* The model image: round trip, corruption, truncation, wrong version, and
 * files through the public API. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "newsent.h"
#include "tagger/features.h"
#include "tagger/tagger.h"
#include "util/alloc.h"

enum { BITS = 10 };

static unsigned char *make_image(size_t *len)
{
    size_t rows = (size_t)1 << BITS;
    int8_t *w = calloc(rows * NS_LSTRIDE, sizeof *w);
    int32_t trans[NS_NTRANS];
    for (size_t i = 0; i < rows * NS_LSTRIDE; i++)
        w[i] = (int8_t)((int)(i * 2654435761u % 255) - 127);
    for (size_t i = 0; i < NS_NTRANS; i++)
        trans[i] = (int32_t)i - 50;
    *len = ns_model_image_size(BITS, 0);
    unsigned char *img = malloc(*len);
    ns_model_image_write(img, BITS, 0.5f, trans, w, 0, NULL, NULL);
    free(w);
    return img;
}

static void test_round_trip(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    size_t len;
    unsigned char *img = make_image(&len);
    ns_model *m = NULL;
    newsent_error err;
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_OK);
    /* The emissions equal the sum of the rows the features pick. */
    uint32_t feats[NS_NFEAT];
    for (int k = 0; k < NS_NFEAT; k++)
        feats[k] = (uint32_t)k * 7919u + 3;
    int32_t emit[NS_LSTRIDE];
    ns_model_emissions(m, feats, 1, emit);
    const int8_t *w = (const int8_t *)(const void *)(img + NS_MODEL_HEADER + NS_NTRANS * 4);
    for (int l = 0; l < NS_LSTRIDE; l++) {
        int32_t want = 0;
        for (int k = 0; k < NS_NFEAT; k++)
            want += w[(feats[k] & ((1u << BITS) - 1)) * NS_LSTRIDE + (size_t)l];
        assert_int_equal(emit[l], want);
    }
    /* The image was copied: freeing the caller's buffer is fine. */
    memset(img, 0, len);
    free(img);
    ns_model_emissions(m, feats, 1, emit);
    ns_model_free(&mem, m);
}

static void test_corruption(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    size_t len;
    unsigned char *img = make_image(&len);
    ns_model *m = NULL;
    newsent_error err;
    size_t spots[] = {NS_MODEL_HEADER, NS_MODEL_HEADER + 100, len / 2, len - 1};
    for (size_t k = 0; k < sizeof spots / sizeof *spots; k++) {
        img[spots[k]] ^= 0x20;
        assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_EMODEL);
        assert_null(m);
        assert_non_null(strstr(err.message, "checksum"));
        img[spots[k]] ^= 0x20;
    }
    img[0] = 'X';
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_EMODEL);
    assert_non_null(strstr(err.message, "magic"));
    free(img);
}

static void test_truncation(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    size_t len;
    unsigned char *img = make_image(&len);
    ns_model *m = NULL;
    newsent_error err;
    for (size_t n = 0; n < len; n += (n < 200 ? 1 : 997)) {
        assert_int_equal(ns_model_load_buffer(&mem, img, n, &m, &err), NEWSENT_EMODEL);
        assert_null(m);
    }
    assert_int_equal(ns_model_load_buffer(&mem, img, len - 1, &m, &err), NEWSENT_EMODEL);
    assert_non_null(strstr(err.message, "truncated"));
    assert_int_equal(ns_model_load_buffer(&mem, NULL, 0, &m, &err), NEWSENT_EMODEL);
    free(img);
}

static void put32(unsigned char *p, uint32_t v)
{
    memcpy(p, &v, 4);
}

static void test_wrong_version_and_header(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    size_t len;
    unsigned char *img = make_image(&len);
    ns_model *m = NULL;
    newsent_error err;
    put32(img + 8, NS_MODEL_VERSION + 1);
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_EMODEL);
    assert_non_null(strstr(err.message, "version"));
    put32(img + 8, NS_MODEL_VERSION);
    put32(img + 16, NS_FEATURE_VERSION + 1);
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_EMODEL);
    assert_non_null(strstr(err.message, "feature set"));
    put32(img + 16, NS_FEATURE_VERSION);
    put32(img + 24, 30); /* a hash size that would claim gigabytes */
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_EMODEL);
    put32(img + 24, BITS + 1);
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_EMODEL);
    put32(img + 24, BITS);
    put32(img + 20, 7);
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_EMODEL);
    put32(img + 20, NS_NLABELS);
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_OK);
    ns_model_free(&mem, m);
    /* Trailing garbage is refused too. */
    unsigned char *big = calloc(len + 8, 1);
    memcpy(big, img, len);
    assert_int_equal(ns_model_load_buffer(&mem, big, len + 8, &m, &err), NEWSENT_EMODEL);
    free(big);
    free(img);
}

static void test_files_through_the_api(void **state)
{
    (void)state;
    size_t len;
    unsigned char *img = make_image(&len);
    char path[] = "/tmp/newsent_model_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, img, len), (ssize_t)len);
    close(fd);
    newsent_extractor_options o = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    o.model_path = path;
    newsent_extractor *ex = NULL;
    newsent_error err;
    assert_int_equal(newsent_extractor_new(&o, &ex, &err), NEWSENT_OK);
    newsent_result *r = NULL;
    assert_int_equal(newsent_extract(ex, "Angela Merkel", 13, NULL, &r, &err), NEWSENT_OK);
    newsent_result_free(r);
    newsent_extractor_free(ex);
    /* Truncated on disk. */
    assert_int_equal(truncate(path, (off_t)len - 3), 0);
    ex = NULL;
    assert_int_equal(newsent_extractor_new(&o, &ex, &err), NEWSENT_EMODEL);
    assert_null(ex);
    assert_non_null(strstr(err.message, path));
    unlink(path);
    assert_int_equal(newsent_extractor_new(&o, &ex, &err), NEWSENT_EIO);
    assert_null(ex);
    free(img);
}

static void test_second_pass_block(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    enum { BITS2 = 8 };
    size_t rows = (size_t)1 << BITS, rows2 = (size_t)1 << BITS2;
    int8_t *w = calloc(rows * NS_LSTRIDE, sizeof *w);
    int16_t *w2 = calloc(rows2 * NS_LSTRIDE, 2);
    int32_t trans[NS_NTRANS] = {0}, trans2[NS_NTRANS] = {0};
    w2[5] = 7;
    size_t len = ns_model_image_size(BITS, BITS2);
    assert_int_equal(len, ns_model_image_size(BITS, 0) + NS_NTRANS * 4 + rows2 * NS_LSTRIDE * 2);
    unsigned char *img = malloc(len);
    ns_model_image_write(img, BITS, 1.0f, trans, w, BITS2, trans2, w2);
    ns_model *m = NULL;
    newsent_error err;
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_OK);
    ns_model_free(&mem, m);
    /* Without its second block, or claiming a bigger one, it is refused. */
    assert_int_equal(ns_model_load_buffer(&mem, img, ns_model_image_size(BITS, 0), &m, &err),
                     NEWSENT_EMODEL);
    put32(img + 36, 21);
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_EMODEL);
    put32(img + 36, BITS2 + 1);
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_EMODEL);
    put32(img + 36, BITS2);
    img[len - 1] ^= 1; /* in the second block: the checksum covers it */
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_EMODEL);
    free(img);
    free(w);
    free(w2);
}

static void test_embedded_default_loads(void **state)
{
    (void)state;
    newsent_extractor *ex = NULL;
    newsent_error err;
    assert_int_equal(newsent_extractor_new(NULL, &ex, &err), NEWSENT_OK);
    newsent_extractor_free(ex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_corruption),
        cmocka_unit_test(test_truncation),
        cmocka_unit_test(test_wrong_version_and_header),
        cmocka_unit_test(test_files_through_the_api),
        cmocka_unit_test(test_second_pass_block),
        cmocka_unit_test(test_embedded_default_loads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
