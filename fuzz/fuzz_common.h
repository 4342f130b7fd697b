/* What every newsent harness checks besides "it did not crash": the
 * invariants of newsent.h, judged against an independent UTF-8 reference
 * (not the library's own decoder, so a bug there cannot hide itself).
 * A broken invariant prints what broke and aborts, which libFuzzer and the
 * replay driver both report as a finding. */
#ifndef NEWSENT_FUZZ_COMMON_H
#define NEWSENT_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "newsent.h"

#if defined(__GNUC__)
#define FUZZ_NORETURN __attribute__((noreturn))
#define FUZZ_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define FUZZ_NORETURN
#define FUZZ_PRINTF(a, b)
#endif

void fuzz_fail(const char *file, int line, const char *fmt, ...) FUZZ_NORETURN FUZZ_PRINTF(3, 4);

#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond))                                                                               \
            fuzz_fail(__FILE__, __LINE__, __VA_ARGS__);                                            \
    } while (0)

/* The text as the TEXT POLICY in newsent.h sees it: for every byte offset
 * 0..len, whether a character starts there (boundary), whether the byte is
 * an opaque (invalid UTF-8) byte, and the code point index of the offset. */
typedef struct fuzz_text {
    const unsigned char *s;
    size_t len;
    unsigned char *boundary; /* len + 1 entries */
    unsigned char *opaque;   /* len entries */
    size_t *cp;              /* len + 1 entries; valid at boundaries */
    size_t first_invalid;    /* len if the text is valid UTF-8 */
} fuzz_text;

void fuzz_text_init(fuzz_text *t, const char *s, size_t len);
void fuzz_text_free(fuzz_text *t);

/* Every invariant of one result for text t extracted with labels (0: all):
 * spans in bounds, on character boundaries and free of opaque bytes, byte
 * and code point spans consistent, order, no overlap within a label or
 * among PERSON/PLACE/ORG, per-label types and values, texts, links. */
void fuzz_check_result(const fuzz_text *t, const newsent_result *r, unsigned labels);

/* a and b hold the same entities with the same fields. */
void fuzz_check_same(const newsent_result *a, const newsent_result *b, const char *what);

/* sub (extracted with labels) holds exactly the entities of full (all
 * labels) that have one of those labels: labels filter, never change. */
void fuzz_check_subset(const newsent_result *full, const newsent_result *sub, unsigned labels);

/* One shared extractor with the built-in model, made on first use. */
const newsent_extractor *fuzz_extractor(void);

/* Runs newsent_extract and checks that a call the harness expects to work
 * did, then every invariant; returns the result (caller frees). */
newsent_result *fuzz_extract_ok(const newsent_extractor *ex, const fuzz_text *t,
                                const newsent_extract_options *o);

/* The full check every extraction harness runs: invariants, the same input
 * twice gives the same output, and the label filter agrees with an
 * all-labels run. */
void fuzz_extract_and_check(const newsent_extractor *ex, const fuzz_text *t,
                            const newsent_extract_options *o);

/* A valid reference date from three bytes of fuzz input. */
void fuzz_ref_date(const uint8_t *b, int *y, int *m, int *d);
int fuzz_days_in_month(int y, int m);

#endif
