/* Feature extraction for the sequence tagger, shared by inference
 * (tagger.c) and training (tools/train.c), so a model is trained on exactly
 * what it sees at run time. Every token gets NS_NFEAT hashed features (32-bit
 * ids; the model keeps the low bits). Depends on text/ and tagger/gazetteer.
 *
 * Bump NS_FEATURE_VERSION whenever a feature changes: models record it and
 * one trained on other features is refused. */
#ifndef NS_TAGGER_FEATURES_H
#define NS_TAGGER_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "tagger/gazetteer.h"
#include "text/tokenize.h"
#include "util/alloc.h"

#define NS_FEATURE_VERSION 3u
#define NS_NFEAT 26
#define NS_NFEAT2 8

/* What the features need to know about one token, computed once. */
typedef struct ns_tokinfo {
    uint64_t hw;     /* the word, digits folded to 0 */
    uint64_t hlw;    /* the same, ASCII lower-cased */
    uint64_t hshape; /* Xx, X.X., dd,dd ... (runs collapsed) */
    uint64_t hpre3, hsuf3, hsuf4;
    uint16_t gz;    /* gazetteer classes of the token alone */
    uint8_t gzspan; /* the longest place match covering it: class<<3 | BILU */
    uint8_t ctx;    /* capitalisation in context */
    uint8_t doc;    /* NS_DOCF_*: the word elsewhere in the document */
    uint8_t caprun; /* position and length of its capitalised run */
    uint8_t cue;    /* title before / organisation word after the run */
    uint8_t pad;
} ns_tokinfo;

/* What the caller will not score (skip[i]): a quiet token's features are
 * left out (its info is filled, the neighbours' features need it); a deep
 * one's info holds only its lower-cased word (hlw), and doc, ctx and the
 * capitalised run, which cost nothing more: no gazetteer lookup, no shape
 * or affixes. */
enum { NS_SKIP_NONE = 0, NS_SKIP_QUIET = 1, NS_SKIP_DEEP = 2 };

/* Fills info[0..toks->n) and feats[0..toks->n * NS_NFEAT) but for what
 * skip leaves out (skip NULL: nothing). scratch must hold
 * ns_features_scratch_size(toks->n) bytes (8-byte aligned). */
size_t ns_features_scratch_size(size_t ntoks);
void ns_features_doc(const ns_gazetteer *gz, const char *text, const ns_tokens *toks,
                     const uint8_t *skip, ns_tokinfo *info, uint32_t *feats, void *scratch);

/* The second pass's document features, from the first pass's labels
 * path1 (BILOU, tagger/tagger.h): how the same word was labelled elsewhere
 * in the document, and the label it got last time before. Fills
 * feats2[0..toks->n * NS_NFEAT2), but for the tokens with skip[i] set;
 * skip and scratch as for ns_features_doc. */
void ns_features_stage2(const ns_tokens *toks, const ns_tokinfo *info, const uint8_t *path1,
                        const uint8_t *skip, uint32_t *feats2, void *scratch);

#endif
