/* Compares two builds of libnewsent on the bench corpus, like with like: both
 * shared libraries are loaded into one process (dlopen, RTLD_LOCAL, so each
 * keeps its own symbols and embedded data) and whole passes over the corpus
 * alternate between them, A B, B A, ... On a shared machine whose speed
 * drifts from minute to minute, two runs made apart compare the host as much
 * as the code; passes a fraction of a second apart see the same host, and
 * the median of their ratios is what changed. Not a test: it asserts nothing.
 *
 * Usage: newsent-ab OLD.so NEW.so CORPUS.jsonl [PAIRS]   (default 12)
 * Prints each build's median pass (CPU time of this thread) and the median,
 * first and third quartile of NEW/OLD over the pairs (below 1: NEW faster). */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "corpus.h"
#include "newsent.h"

typedef struct build {
    void *handle;
    int (*create)(const newsent_extractor_options *, newsent_extractor **, newsent_error *);
    int (*extract)(const newsent_extractor *, const char *, size_t, const newsent_extract_options *,
                   newsent_result **, newsent_error *);
    void (*result_free)(newsent_result *);
    newsent_extractor *ex;
} build;

static double thread_secs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int open_build(const char *path, build *b)
{
    b->handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!b->handle) {
        fprintf(stderr, "newsent-ab: %s\n", dlerror());
        return -1;
    }
    /* POSIX guarantees a function pointer survives the round trip through
     * void *, which dlsym needs. */
    *(void **)&b->create = dlsym(b->handle, "newsent_extractor_new");
    *(void **)&b->extract = dlsym(b->handle, "newsent_extract");
    *(void **)&b->result_free = dlsym(b->handle, "newsent_result_free");
    if (!b->create || !b->extract || !b->result_free) {
        fprintf(stderr, "newsent-ab: %s is not a newsent library\n", path);
        return -1;
    }
    if (b->create(NULL, &b->ex, NULL) != NEWSENT_OK) {
        fprintf(stderr, "newsent-ab: %s: cannot create an extractor\n", path);
        return -1;
    }
    return 0;
}

/* One pass over the corpus with every label; its CPU time, or -1. */
static double pass(const build *b, const bench_doc *docs, size_t n)
{
    double t0 = thread_secs();
    for (size_t i = 0; i < n; i++) {
        newsent_extract_options xo = NEWSENT_EXTRACT_OPTIONS_INIT;
        xo.ref_year = docs[i].y;
        xo.ref_month = docs[i].m;
        xo.ref_day = docs[i].d;
        newsent_result *r = NULL;
        if (b->extract(b->ex, docs[i].text, docs[i].len, &xo, &r, NULL) != NEWSENT_OK)
            return -1;
        b->result_free(r);
    }
    return thread_secs() - t0;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: newsent-ab OLD.so NEW.so CORPUS.jsonl [PAIRS]\n");
        return 2;
    }
    int pairs = argc > 4 ? atoi(argv[4]) : 12;
    if (pairs < 1)
        pairs = 1;
    build b[2];
    if (open_build(argv[1], &b[0]) || open_build(argv[2], &b[1]))
        return 1;
    size_t n;
    bench_doc *docs = bench_load(argv[3], &n);
    double *t[2], *ratio = malloc((size_t)pairs * sizeof *ratio);
    t[0] = malloc((size_t)pairs * sizeof *t[0]);
    t[1] = malloc((size_t)pairs * sizeof *t[1]);
    if (!ratio || !t[0] || !t[1])
        return 1;
    for (int p = 0; p < pairs; p++) {
        /* Each build goes first in every other pair: neither always runs
         * on the caches the other just filled. */
        for (int q = 0; q < 2; q++) {
            int k = (p & 1) ? 1 - q : q;
            t[k][p] = pass(&b[k], docs, n);
            if (t[k][p] < 0) {
                fprintf(stderr, "newsent-ab: extraction failed in %s\n", argv[1 + k]);
                return 1;
            }
        }
        ratio[p] = t[1][p] / t[0][p];
    }
    qsort(t[0], (size_t)pairs, sizeof *t[0], cmp_double);
    qsort(t[1], (size_t)pairs, sizeof *t[1], cmp_double);
    qsort(ratio, (size_t)pairs, sizeof *ratio, cmp_double);
    printf("%zu documents, %d pairs of passes\n", n, pairs);
    printf("OLD median pass %.3f s\nNEW median pass %.3f s\n", t[0][pairs / 2], t[1][pairs / 2]);
    printf("NEW/OLD median %.3f (quartiles %.3f, %.3f)\n", ratio[pairs / 2], ratio[pairs / 4],
           ratio[3 * pairs / 4]);
    return 0;
}
