/* newsent-ner-bench: the whole pipeline's speed on a text file, in tokens
 * per second on one thread, and the extractor's creation time.
 *
 *   newsent-ner-bench FILE [REPEATS]
 *
 * The file is cut into documents at blank-line pairs ("\n\n\n") or taken
 * whole; every document is extracted REPEATS times (default 5) with all
 * labels, then with PERSON|PLACE|ORG only. Times are the thread's CPU time,
 * best of the repeats. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsent.h"
#include "text/tokenize.h"

/* CPU time of this thread: the machine is shared, and wall time would
 * count other processes' turns. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: newsent-ner-bench FILE [REPEATS]\n");
        return 2;
    }
    int reps = argc > 2 ? atoi(argv[2]) : 5;
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)len + 1);
    if (!text || fread(text, 1, (size_t)len, f) != (size_t)len)
        return 1;
    fclose(f);
    text[len] = 0;
    /* documents */
    size_t ndocs = 0, cap = 1024;
    size_t *starts = malloc(cap * sizeof *starts), *ends = malloc(cap * sizeof *ends);
    size_t s = 0;
    for (;;) {
        char *e = strstr(text + s, "\n\n\n");
        size_t end = e ? (size_t)(e - text) : (size_t)len;
        if (ndocs == cap) {
            cap *= 2;
            starts = realloc(starts, cap * sizeof *starts);
            ends = realloc(ends, cap * sizeof *ends);
        }
        starts[ndocs] = s, ends[ndocs] = end, ndocs++;
        if (!e)
            break;
        s = end + 3;
    }
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens toks = {0};
    size_t ntok = 0;
    for (size_t d = 0; d < ndocs; d++) {
        ns_tokenize(&mem, text + starts[d], ends[d] - starts[d], &toks);
        ntok += toks.n;
    }
    ns_tokens_free(&mem, &toks);
    newsent_extractor *ex = NULL;
    newsent_error err;
    double best_new = 1e9;
    for (int k = 0; k < 20; k++) {
        double t0 = now();
        if (newsent_extractor_new(NULL, &ex, &err) != NEWSENT_OK) {
            fprintf(stderr, "%s\n", err.message);
            return 1;
        }
        double dt = now() - t0;
        if (dt < best_new)
            best_new = dt;
        if (k < 19)
            newsent_extractor_free(ex);
    }
    printf("extractor creation: %.2f ms (best of 20)\n", best_new * 1e3);
    unsigned label_sets[2] = {0, NEWSENT_LABEL_PERSON | NEWSENT_LABEL_PLACE | NEWSENT_LABEL_ORG};
    const char *names[2] = {"all labels", "PERSON|PLACE|ORG"};
    for (int ls = 0; ls < 2; ls++) {
        newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
        o.labels = label_sets[ls];
        o.ref_year = 2024, o.ref_month = 6, o.ref_day = 1;
        double best = 1e9;
        size_t nents = 0;
        for (int r = 0; r < reps; r++) {
            double t0 = now();
            nents = 0;
            for (size_t d = 0; d < ndocs; d++) {
                newsent_result *res = NULL;
                if (newsent_extract(ex, text + starts[d], ends[d] - starts[d], &o, &res, &err)) {
                    fprintf(stderr, "%s\n", err.message);
                    return 1;
                }
                nents += newsent_result_count(res);
                newsent_result_free(res);
            }
            double dt = now() - t0;
            if (dt < best)
                best = dt;
        }
        printf("%s: %zu docs, %zu tokens, %zu entities, %.3f s, %.0f tokens/s\n", names[ls], ndocs,
               ntok, nents, best, (double)ntok / best);
    }
    newsent_extractor_free(ex);
    free(text);
    free(starts);
    free(ends);
    return 0;
}
