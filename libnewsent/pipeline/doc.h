/* The contract between the pipeline's stages.
 *
 * newsent_extract() makes one ns_doc per call and runs the stages in this
 * order (pipeline/pipeline.c), each reading what the stages before it wrote:
 *
 *   1. text/tokenize      text -> doc->toks (byte + code point offsets,
 *                         sentence boundaries, orthographic flags)
 *   2. recognize/dates    DATE candidates: span, TIMEX3 type, and a parse in
 *                         ent->detail for the normaliser
 *   3. recognize/quantities QUANTITY candidates with numbers, unit, type
 *                         (never inside a DATE span)
 *   4. tagger/            PERSON, PLACE, ORG from the sequence model
 *   5. document/          document pass: consistency of repeated names,
 *                         aliases (surname -> full name, acronym -> expansion)
 *   6. normalize/         TIMEX3 values against the reference date, places
 *                         linked to GeoNames
 *   7. api/result         filter by label, order, code point offsets, copy
 *                         texts -> an immutable newsent_result
 *
 * Stages append to doc->ents through ns_doc_add_entity(); a stage may drop or
 * change only the entities of its own labels. Strings an entity points to are
 * static or live in doc->arena, which the result takes over.
 *
 * Module dependencies, each only on those before it: util -> text ->
 * recognize, tagger -> document -> normalize -> pipeline -> api. */
#ifndef NS_PIPELINE_DOC_H
#define NS_PIPELINE_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "newsent.h"
#include "text/tokenize.h"
#include "util/alloc.h"

enum {
    NS_EF_RANGE = 1u << 0, /* range_begin/range_end are set */
    NS_EF_GEO = 1u << 1,   /* geonames_id, country, lat, lon are set */
    NS_EF_ALIAS = 1u << 2, /* alias_of is set */
    NS_EF_DROP = 1u << 3   /* removed by a later stage; not returned */
};

/* The public newsent_entity is this struct; only the library sees its layout. */
struct newsent_entity {
    uint32_t byte_start, byte_end; /* into the input, end exclusive */
    uint32_t char_start, char_end; /* filled by api/result */
    uint32_t tok_start, tok_end;   /* token span, end exclusive (stages) */
    unsigned label;                /* one NEWSENT_LABEL_* bit */
    unsigned flags;                /* NS_EF_* */
    const char *type;              /* static: "DATE", "cardinal", ... or NULL */
    const char *value;             /* normalised value, or NULL */
    const char *range_begin, *range_end;
    const char *unit; /* static or arena, or NULL */
    const char *mod;  /* static, or NULL */
    const char *text; /* filled by api/result */
    double num[2];
    int nnum;
    float confidence;
    uint32_t alias_of;  /* index in the final result, set by api/result */
    uint32_t alias_src; /* stage-side: index in doc->ents of the full form */
    int64_t geonames_id;
    char country[4];
    double lat, lon;
    const void *detail; /* stage-private parse (arena), e.g. a TIMEX3 parse */
};

/* The pipeline's stages, for timing them (bench/). */
enum {
    NS_STAGE_TOKENIZE,
    NS_STAGE_DATES,
    NS_STAGE_QUANTITIES,
    NS_STAGE_TAGGER,
    NS_STAGE_DOCUMENT,
    NS_STAGE_NORMALIZE,
    NS_STAGE_RESULT,
    NS_STAGES
};

typedef struct ns_doc {
    const ns_mem *mem;
    const char *text;
    size_t len;
    ns_tokens toks;
    newsent_entity *ents;
    size_t nents, ents_cap;
    ns_arena arena;
    /* per-call options, checked */
    int ref_year, ref_month, ref_day;
    unsigned labels; /* wanted labels; stages may skip work for others */
    unsigned flags;  /* NEWSENT_EXTRACT_* */
    /* NULL, or NS_STAGES slots to which each stage adds its time in seconds:
     * only the benchmark asks, so a normal call reads no clock. */
    double *stage_secs;
} ns_doc;

/* Appends an entity (copied) and returns a pointer to it, or NULL when an
 * allocation fails or NEWSENT_MAX_ENTITIES is reached. The pointer is valid
 * until the next append. */
newsent_entity *ns_doc_add_entity(ns_doc *doc, const newsent_entity *e);

/* The index of the first token with start >= byte offset b (n if none). */
size_t ns_doc_token_at_or_after(const ns_doc *doc, size_t b);

/* Whether token k is a word that starts in lower case (a verb or a common
 * noun, not a name, a number or punctuation); 0 for k past the last token. */
static inline int ns_doc_lower_word(const ns_doc *doc, size_t k)
{
    return k < doc->toks.n && doc->toks.v[k].kind == NS_TOK_WORD &&
           doc->text[doc->toks.v[k].start] >= 'a' && doc->text[doc->toks.v[k].start] <= 'z';
}

/* Whether token k is one of the lower-case words of the NULL-terminated
 * list, in any case of its ASCII letters and without a final period ("Sept."
 * is "sept"); 0 for k past the last token. Inline: the DATE stage and the
 * TIMEX3 normaliser call it from hundreds of places, mostly to miss. */
static inline int ns_doc_word_is(const ns_doc *doc, size_t k, const char *const *list)
{
    if (k >= doc->toks.n)
        return 0;
    const ns_token *t = &doc->toks.v[k];
    const char *s = doc->text + t->start;
    size_t n = t->end - t->start;
    if (n > 0 && s[n - 1] == '.')
        n--;
    if (n == 0)
        return 0;
    /* folds an ASCII capital only: the bytes of "\u2019s", "\u2013" or
     * "\u00a3" in a list match themselves (| 0x20 on every byte turned 0x80
     * into 0xa0); the first byte, where most words differ, is folded once */
    unsigned char c0 = (unsigned char)s[0];
    char f0 = (char)(c0 | (unsigned char)((unsigned char)(c0 - 'A') < 26u) << 5);
    for (size_t i = 0; list[i]; i++) {
        const char *w = list[i];
        if (w[0] != f0)
            continue;
        size_t j = 1;
        while (j < n) {
            unsigned char c = (unsigned char)s[j];
            if (w[j] != (char)(c | (unsigned char)((unsigned char)(c - 'A') < 26u) << 5))
                break;
            j++;
        }
        if (j == n && w[n] == 0)
            return 1;
    }
    return 0;
}

#endif
