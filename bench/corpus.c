#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../cli/json.h"

static void *or_exit(void *p)
{
    if (!p) {
        fprintf(stderr, "bench: out of memory\n");
        exit(1);
    }
    return p;
}

bench_doc *bench_load(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(1);
    }
    bench_doc *docs = NULL;
    size_t cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t got;
    jsonl_doc jd = {0};
    *n = 0;
    while ((got = getline(&line, &lcap, f)) > 0) {
        char msg[128];
        size_t col;
        if (jsonl_parse_line(line, (size_t)got - 1, &jd, msg, sizeof msg, &col)) {
            fprintf(stderr, "bench: %s: %s\n", path, msg);
            exit(1);
        }
        if (*n == cap) {
            cap = cap ? cap * 2 : 256;
            docs = or_exit(realloc(docs, cap * sizeof *docs));
        }
        bench_doc *d = &docs[(*n)++];
        d->text = or_exit(malloc(jd.text.n + 1));
        memcpy(d->text, jd.text.p, jd.text.n);
        d->len = jd.text.n;
        d->y = d->m = d->d = 0;
        if (jd.ref_date[0])
            sscanf(jd.ref_date, "%d-%d-%d", &d->y, &d->m, &d->d);
    }
    free(line);
    cli_buf_free(&jd.text);
    fclose(f);
    return docs;
}
