/* Soak: 100,000 generated news documents through one extractor shared by
 * 4 threads. Every document's result must equal the one a single thread
 * got for it; memory must stay flat: the library's live allocations
 * (counted through newsent_allocator) return to the extractor's own after
 * every document and peak at no more than 4 documents' worth, and the
 * process's resident set does not grow between the first and second half.
 * Under ASan (slow, and its quarantine makes RSS meaningless) the default is
 * 20,000 documents and no RSS check; NEWSENT_SOAK_DOCS overrides both. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "newsent.h"

#if defined(__SANITIZE_ADDRESS__)
#define SOAK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SOAK_ASAN 1
#endif
#endif
#ifndef SOAK_ASAN
#define SOAK_ASAN 0
#endif

enum { THREADS = 4, DOC_MAX = 4096 };

/* ---- counting allocator -------------------------------------------------- */

typedef struct counting {
    atomic_long blocks, bytes, peak;
} counting;

typedef union header {
    size_t size;
    max_align_t align;
} header;

static void note(counting *c, long blocks, long bytes)
{
    atomic_fetch_add(&c->blocks, blocks);
    long now = atomic_fetch_add(&c->bytes, bytes) + bytes;
    long peak = atomic_load(&c->peak);
    while (now > peak && !atomic_compare_exchange_weak(&c->peak, &peak, now))
        ;
}

static void *c_malloc(void *ctx, size_t size)
{
    header *h = malloc(sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    note(ctx, 1, (long)size);
    return h + 1;
}

static void *c_realloc(void *ctx, void *p, size_t size)
{
    if (!p)
        return c_malloc(ctx, size);
    header *h = (header *)p - 1;
    size_t old = h->size;
    header *nh = realloc(h, sizeof *nh + size);
    if (!nh)
        return NULL;
    nh->size = size;
    note(ctx, 0, (long)size - (long)old);
    return nh + 1;
}

static void c_free(void *ctx, void *p)
{
    if (!p)
        return;
    header *h = (header *)p - 1;
    note(ctx, -1, -(long)h->size);
    free(h);
}

/* ---- documents ----------------------------------------------------------- */

static const char *const sentences[] = {
    "%s said on %s that %d,%03d jobs were at risk.",
    "Shares of %s rose %d.%d%% to $%d.%02d on %s.",
    "The %d-day ceasefire began on %d %s %d, officials in %s said.",
    "\xe2\x80\x9cWe will not leave,\xe2\x80\x9d %s told reporters in %s on %s.",
    "About %d million people (%d%%) live in S\xc3\xa3o Paulo, according to %s.",
    "Prices climbed %d percent between %s and %s, the fastest pace since %d.",
    "%s, the head of %s, met %s in %s on %s.",
    "E-mail press@%s.com or visit https://www.%s.org/news?id=%d for details.",
    "Temperatures fell to -%d\302\260C in M\303\274nchen on %s; %d,%03d homes lost power.",
    "The deal, worth EUR %d.%dbn, closes on %d/%d/%d, %s Inc. said.",
    "Bad bytes \xff\xfe do not stop %s from reading %d,%03d words on %s.",
};
static const char *const names[] = {"Angela Merkel",
                                    "Joe Biden",
                                    "Ngozi Okonjo-Iweala",
                                    "Mutahi Kagwe",
                                    "Fran\xc3\xa7ois Hollande",
                                    "Apple",
                                    "Siemens AG",
                                    "the World Food Programme",
                                    "Reuters"};
static const char *const places[] = {"Berlin",  "Nairobi", "Washington", "Z\xc3\xbcrich",
                                     "Mombasa", "Tokyo",   "Lagos"};
static const char *const months[] = {"January",   "February", "March",    "April",
                                     "May",       "June",     "July",     "August",
                                     "September", "October",  "November", "December"};
static const char *const days[] = {"Monday",        "Tuesday", "Wednesday",  "Thursday", "Friday",
                                   "March 4, 2024", "Dec. 15", "2024-03-04", "last week"};

static uint64_t next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

#define PICK(list, s) list[next(s) % (sizeof list / sizeof list[0])]

/* Document i, the same every time it is made. */
static size_t make_doc(size_t i, char *buf)
{
    uint64_t s = 0x9E3779B97F4A7C15ull ^ (i * 0x100000001B3ull + 1);
    size_t n = 0, nsent = 2 + next(&s) % 8;
    for (size_t k = 0; k < nsent && n < DOC_MAX - 512; k++) {
        size_t idx = next(&s) % (sizeof sentences / sizeof sentences[0]);
        const char *f = sentences[idx];
        const char *a = PICK(names, &s), *b = PICK(places, &s), *c = PICK(days, &s);
        int d1 = (int)(next(&s) % 999), d2 = (int)(next(&s) % 100), d3 = 1 + (int)(next(&s) % 28);
        const char *m = PICK(months, &s);
        int w;
        /* the formats read their arguments in different orders */
        switch (idx) {
        case 0: w = snprintf(buf + n, DOC_MAX - n, f, a, c, d1, d2); break;
        case 1: w = snprintf(buf + n, DOC_MAX - n, f, a, d3, d2 % 10, d1, d2, c); break;
        case 2: w = snprintf(buf + n, DOC_MAX - n, f, d1, d3, m, 1990 + d2 % 40, b); break;
        case 3: w = snprintf(buf + n, DOC_MAX - n, f, a, b, c); break;
        case 4: w = snprintf(buf + n, DOC_MAX - n, f, d1, d2, a); break;
        case 5: w = snprintf(buf + n, DOC_MAX - n, f, d2, m, c, 1950 + d2); break;
        case 6:
            w = snprintf(buf + n, DOC_MAX - n, f, a, PICK(names, &s), PICK(names, &s), b, c);
            break;
        case 7: w = snprintf(buf + n, DOC_MAX - n, f, "example", "newsent", d1); break;
        case 8: w = snprintf(buf + n, DOC_MAX - n, f, d2, c, d1, d2); break;
        case 9:
            w = snprintf(buf + n, DOC_MAX - n, f, d1, d2 % 10, d3 % 12 + 1, d3, 2000 + d2, a);
            break;
        default: w = snprintf(buf + n, DOC_MAX - n, f, a, d1, d2, c); break;
        }
        assert_true(w > 0 && (size_t)w < DOC_MAX - n);
        n += (size_t)w;
        buf[n++] = next(&s) % 5 ? ' ' : '\n';
    }
    return n;
}

/* ---- results ------------------------------------------------------------- */

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 0x100000001B3ull;
    return h;
}

static uint64_t fnv_str(uint64_t h, const char *s)
{
    return s ? fnv(h, s, strlen(s) + 1) : fnv(h, "\xff", 1);
}

/* A digest of every field of every entity. */
static uint64_t digest(const newsent_result *r)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        size_t v[5];
        newsent_entity_byte_span(e, &v[0], &v[1]);
        newsent_entity_char_span(e, &v[2], &v[3]);
        v[4] = newsent_entity_label(e);
        h = fnv(h, v, sizeof v);
        h = fnv_str(h, newsent_entity_type(e));
        h = fnv_str(h, newsent_entity_value(e));
        h = fnv_str(h, newsent_entity_unit(e));
        h = fnv_str(h, newsent_entity_mod(e));
        h = fnv_str(h, newsent_entity_text(e, NULL));
        double num[2] = {0, 0};
        int nn = newsent_entity_numbers(e, &num[0], &num[1]);
        h = fnv(h, &nn, sizeof nn);
        h = fnv(h, num, (size_t)nn * sizeof num[0]);
        size_t alias = SIZE_MAX;
        newsent_entity_alias_of(e, &alias);
        h = fnv(h, &alias, sizeof alias);
    }
    return h;
}

typedef struct soak {
    const newsent_extractor *ex;
    const uint64_t *want;
    size_t to;
    atomic_size_t cursor;
    atomic_size_t mismatches, failures, entities;
} soak;

static int extract_doc(const newsent_extractor *ex, size_t i, uint64_t *h, size_t *count)
{
    char buf[DOC_MAX];
    size_t n = make_doc(i, buf);
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.ref_year = 2024;
    o.ref_month = 3;
    o.ref_day = (int)(1 + i % 28);
    newsent_result *r = NULL;
    int rc = newsent_extract(ex, buf, n, &o, &r, NULL);
    if (rc != NEWSENT_OK)
        return rc;
    *h = digest(r);
    *count = newsent_result_count(r);
    newsent_result_free(r);
    return NEWSENT_OK;
}

static void *worker(void *arg)
{
    soak *s = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&s->cursor, 1);
        if (i >= s->to)
            break;
        uint64_t h;
        size_t count;
        if (extract_doc(s->ex, i, &h, &count) != NEWSENT_OK)
            atomic_fetch_add(&s->failures, 1);
        else if (h != s->want[i])
            atomic_fetch_add(&s->mismatches, 1);
        atomic_fetch_add(&s->entities, count);
    }
    return NULL;
}

static long rss_kib(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, rss = 0;
    if (!f)
        return -1;
    if (fscanf(f, "%ld %ld", &pages, &rss) != 2)
        rss = -1;
    fclose(f);
    return rss < 0 ? -1 : rss * (sysconf(_SC_PAGESIZE) / 1024);
}

static void run_threads(soak *s, size_t from, size_t to)
{
    s->to = to;
    atomic_store(&s->cursor, from);
    pthread_t t[THREADS];
    for (int k = 0; k < THREADS; k++)
        assert_int_equal(pthread_create(&t[k], NULL, worker, s), 0);
    for (int k = 0; k < THREADS; k++)
        assert_int_equal(pthread_join(t[k], NULL), 0);
}

static void test_soak(void **state)
{
    (void)state;
    size_t ndocs = SOAK_ASAN ? 20000 : 100000;
    const char *env = getenv("NEWSENT_SOAK_DOCS");
    if (env && atol(env) > 0)
        ndocs = (size_t)atol(env);
    counting mem;
    atomic_init(&mem.blocks, 0);
    atomic_init(&mem.bytes, 0);
    atomic_init(&mem.peak, 0);
    newsent_allocator al = {c_malloc, c_realloc, c_free, &mem};
    newsent_extractor_options eo = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    eo.allocator = &al;
    newsent_extractor *ex = NULL;
    assert_int_equal(newsent_extractor_new(&eo, &ex, NULL), NEWSENT_OK);
    long base_blocks = atomic_load(&mem.blocks), base_bytes = atomic_load(&mem.bytes);

    /* one thread: the reference, and the peak one document needs */
    uint64_t *want = malloc(ndocs * sizeof *want);
    assert_non_null(want);
    size_t entities = 0, bytes = 0;
    atomic_store(&mem.peak, base_bytes);
    for (size_t i = 0; i < ndocs; i++) {
        size_t count;
        assert_int_equal(extract_doc(ex, i, &want[i], &count), NEWSENT_OK);
        entities += count;
        char buf[DOC_MAX];
        bytes += make_doc(i, buf);
        assert_int_equal(atomic_load(&mem.blocks), base_blocks);
    }
    long one_doc_peak = atomic_load(&mem.peak) - base_bytes;
    assert_true(entities > ndocs); /* the documents do hold entities */

    /* four threads on the same extractor, in two halves to watch the RSS */
    soak s = {.ex = ex, .want = want};
    atomic_init(&s.cursor, 0);
    atomic_init(&s.mismatches, 0);
    atomic_init(&s.failures, 0);
    atomic_init(&s.entities, 0);
    atomic_store(&mem.peak, base_bytes);
    run_threads(&s, 0, ndocs / 2);
    long rss_half = rss_kib();
    run_threads(&s, ndocs / 2, ndocs);
    long rss_end = rss_kib();
    long threads_peak = atomic_load(&mem.peak) - base_bytes;

    print_message("soak: %zu documents (%zu bytes, %zu entities), %d threads; library peak "
                  "%ld bytes for one document, %ld for %d at once; RSS %ld KiB at half, %ld "
                  "KiB at the end\n",
                  ndocs, bytes, entities, THREADS, one_doc_peak, threads_peak, THREADS, rss_half,
                  rss_end);
    assert_int_equal(atomic_load(&s.failures), 0);
    assert_int_equal(atomic_load(&s.mismatches), 0);
    assert_int_equal(atomic_load(&s.entities), entities);
    assert_int_equal(atomic_load(&mem.blocks), base_blocks);
    assert_int_equal(atomic_load(&mem.bytes), base_bytes);
    assert_true(threads_peak <= THREADS * one_doc_peak);
    if (!SOAK_ASAN && rss_half > 0)
        assert_true(rss_end - rss_half < 4096); /* KiB: flat, allowing for allocator slack */
    newsent_extractor_free(ex);
    assert_int_equal(atomic_load(&mem.blocks), 0);
    free(want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_soak)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
