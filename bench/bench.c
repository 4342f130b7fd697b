/* The benchmark: throughput (MB/s, tokens/s on one core), latency per
 * document (median, p99), extractor creation time, peak RSS, and the cost of
 * each stage (the whole pipeline against the pipeline without it), all in
 * one run on one corpus. Not a test: it asserts nothing and times everything.
 *
 * Stage costs come from the pipeline's own per-stage clock (ns_extract with
 * stage_secs), so each stage is measured inside the full pipeline rather
 * than by leaving it out, which would change what the later stages see.
 *
 * Usage: newsent-bench CORPUS.jsonl [SECONDS_PER_ROW]
 * The corpus comes from tools/make-bench-corpus.py; bench/run does it all. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "corpus.h"
#include "api/extractor.h"
#include "newsent.h"
#include "pipeline/doc.h"
#include "text/tokenize.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

typedef struct row {
    const char *name;
    double secs, bytes, docs;
    double median_us, p99_us;
} row;

/* Runs every document through extraction with the given labels, repeating
 * passes until min_secs have gone by; latencies come from the first pass. */
static row run(const char *name, const newsent_extractor *ex, const bench_doc *docs, size_t n,
               unsigned labels, double min_secs, double *stage_secs)
{
    row r = {name, 0, 0, 0, 0, 0};
    double *lat = malloc(n * sizeof *lat);
    double t0 = now();
    int pass = 0;
    do {
        for (size_t i = 0; i < n; i++) {
            newsent_extract_options xo = NEWSENT_EXTRACT_OPTIONS_INIT;
            xo.labels = labels;
            xo.ref_year = docs[i].y;
            xo.ref_month = docs[i].m;
            xo.ref_day = docs[i].d;
            newsent_result *res = NULL;
            double a = now();
            if (ns_extract(ex, docs[i].text, docs[i].len, &xo, &res, NULL, stage_secs) !=
                NEWSENT_OK) {
                fprintf(stderr, "bench: extraction failed on document %zu\n", i);
                exit(1);
            }
            newsent_result_free(res);
            if (pass == 0)
                lat[i] = (now() - a) * 1e6;
            r.bytes += (double)docs[i].len;
        }
        r.docs += (double)n;
        pass++;
    } while (now() - t0 < min_secs);
    r.secs = now() - t0;
    qsort(lat, n, sizeof *lat, cmp_double);
    r.median_us = lat[n / 2];
    r.p99_us = lat[(size_t)((double)(n - 1) * 0.99)];
    free(lat);
    return r;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: newsent-bench CORPUS.jsonl [SECONDS_PER_ROW]\n");
        return 2;
    }
    double min_secs = argc > 2 ? atof(argv[2]) : 3.0;
    size_t n;
    bench_doc *docs = bench_load(argv[1], &n);

    /* extractor creation: median of 21 */
    double create[21];
    for (int i = 0; i < 21; i++) {
        newsent_extractor *ex = NULL;
        double a = now();
        if (newsent_extractor_new(NULL, &ex, NULL) != NEWSENT_OK)
            return 1;
        create[i] = (now() - a) * 1e3;
        newsent_extractor_free(ex);
    }
    qsort(create, 21, sizeof create[0], cmp_double);

    newsent_extractor *ex = NULL;
    newsent_extractor_new(NULL, &ex, NULL);

    /* tokens in the corpus, by the library's own tokenizer */
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens toks = {0};
    double ntok = 0, nbytes = 0;
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        ns_tokenize(&mem, docs[i].text, docs[i].len, &toks);
        ntok += (double)toks.n;
        nbytes += (double)docs[i].len;
    }
    double tok_secs = now() - t0;
    ns_tokens_free(&mem, &toks);

    const unsigned names = NEWSENT_LABEL_PERSON | NEWSENT_LABEL_PLACE | NEWSENT_LABEL_ORG;
    double stages[NS_STAGES] = {0};
    row rows[] = {
        run("all labels", ex, docs, n, NEWSENT_LABEL_ALL, min_secs, NULL),
        run("all labels, stages timed", ex, docs, n, NEWSENT_LABEL_ALL, min_secs, stages),
        run("PERSON/PLACE/ORG only", ex, docs, n, names, min_secs, NULL),
        run("DATE and QUANTITY only", ex, docs, n, NEWSENT_LABEL_DATE | NEWSENT_LABEL_QUANTITY,
            min_secs, NULL),
    };
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);

    printf("corpus: %zu documents, %.2f MB, %.0f tokens (newsent tokenizer)\n", n, nbytes / 1e6,
           ntok);
    printf("tokenizer alone: %.1f MB/s, %.2f M tokens/s\n", nbytes / 1e6 / tok_secs,
           ntok / 1e6 / tok_secs);
    printf("extractor creation: median %.3f ms (21 runs, max %.3f ms)\n", create[10], create[20]);
    printf("\n| configuration | MB/s | M tokens/s | docs/s | latency median (us) | latency p99 "
           "(us) |\n");
    printf("|---|---:|---:|---:|---:|---:|\n");
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        row *r = &rows[i];
        double tokens = ntok * (r->bytes / nbytes);
        printf("| %s | %.1f | %.2f | %.0f | %.1f | %.1f |\n", r->name, r->bytes / 1e6 / r->secs,
               tokens / 1e6 / r->secs, r->docs / r->secs, r->median_us, r->p99_us);
    }
    static const char *const stage_names[NS_STAGES] = {
        "tokenizer",           "DATE recogniser",
        "QUANTITY recogniser", "tagger (PERSON/PLACE/ORG)",
        "document pass",       "normalisers (TIMEX3, places)",
        "result building"};
    double total = 0;
    for (int s = 0; s < NS_STAGES; s++)
        total += stages[s];
    printf("\n| stage (all labels) | share of pipeline time | MB/s alone |\n|---|---:|---:|\n");
    for (int s = 0; s < NS_STAGES; s++)
        printf("| %s | %.1f%% | %.1f |\n", stage_names[s], 100.0 * stages[s] / total,
               rows[1].bytes / 1e6 / stages[s]);
    printf("\n");
    printf("peak RSS: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    newsent_extractor_free(ex);
    for (size_t i = 0; i < n; i++)
        free(docs[i].text);
    free(docs);
    return 0;
}
