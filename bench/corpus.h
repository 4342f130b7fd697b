/* The bench corpus (tools/make-bench-corpus.py: JSON lines with "text" and
 * an optional "ref_date"), read whole into memory for the benchmarks. */
#ifndef NEWSENT_BENCH_CORPUS_H
#define NEWSENT_BENCH_CORPUS_H

#include <stddef.h>

typedef struct bench_doc {
    char *text;
    size_t len;
    int y, m, d; /* the reference date, 0 when the line has none */
} bench_doc;

/* The documents of the corpus at path and their number in *n; on an
 * unreadable file or a malformed line, a message on stderr and exit(1):
 * the benchmarks have nothing to measure without it. */
bench_doc *bench_load(const char *path, size_t *n);

#endif
