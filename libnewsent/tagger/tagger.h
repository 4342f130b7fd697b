/* The sequence tagger for PERSON, PLACE and ORG: a linear model over hashed
 * features (tagger/features.h) with BILOU labels, decoded by Viterbi under
 * the BILOU constraints. The model is loaded from the embedded default or a
 * file. Depends on text/, tagger/features and pipeline/doc.
 *
 * Two passes: the second adds document features computed from the first
 * pass's labels (ns_features_stage2) to the first pass's emission scores,
 * and decodes again with its own transitions.
 *
 * Model image, little-endian, after a 64-byte header
 *   0  "NSMODEL\0"       8  u32 format version (NS_MODEL_VERSION)
 *   12 u32 header size   16 u32 feature version (NS_FEATURE_VERSION)
 *   20 u32 labels (13)   24 u32 hash bits (10..24)
 *   28 u32 weight kind (2 = int8)    32 f32 scale (score units per int)
 *   36 u32 second-pass hash bits (0: no second pass, else 8..20)
 *   40 u64 payload size  48 u32 crc32(payload)
 *   payload: i32 trans[(labels + 2) * labels]  (from start, from each
 *            label, to end), then i8 w[2^bits][16] (labels padded to 16);
 *            then, with a second pass, i32 trans2[...] and i16 w2[2^bits2][16]
 * A file is checked completely (every size, the checksum) before use. */
#ifndef NS_TAGGER_TAGGER_H
#define NS_TAGGER_TAGGER_H

#include "newsent.h"
#include "pipeline/doc.h"

#define NS_MODEL_VERSION 3u
#define NS_MODEL_HEADER 64u
#define NS_NLABELS 13
#define NS_LSTRIDE 16
#define NS_NTRANS ((NS_NLABELS + 2) * NS_NLABELS)

/* Labels: 0 is O; type t (0 PER, 1 LOC, 2 ORG) at position p (0 B, 1 I,
 * 2 L, 3 U) is 1 + 4t + p. */
#define NS_LABEL(t, p) (1 + 4 * (t) + (p))
#define NS_LABEL_TYPE(l) (((l)-1) / 4)
#define NS_LABEL_POS(l) (((l)-1) % 4)

typedef struct ns_model ns_model;

/* path NULL: the model compiled into the library. Returns NEWSENT_OK, or
 * NEWSENT_EIO / NEWSENT_EMODEL / NEWSENT_ENOMEM with err set. */
int ns_model_load(const ns_mem *mem, const char *path, ns_model **out, newsent_error *err);

/* A model from an image in memory. The image is checked completely (the
 * checksum too) and copied, so data may be freed afterwards; returns
 * NEWSENT_OK, NEWSENT_EMODEL or NEWSENT_ENOMEM. */
int ns_model_load_buffer(const ns_mem *mem, const void *data, size_t len, ns_model **out,
                         newsent_error *err);
void ns_model_free(const ns_mem *mem, ns_model *m);

/* The size of a model image with 2^bits rows (and 2^bits2 second-pass rows,
 * bits2 0 for none), and the image itself, written into out (that many
 * bytes): for the trainer and the tests. */
size_t ns_model_image_size(unsigned bits, unsigned bits2);
void ns_model_image_write(unsigned char *out, unsigned bits, float scale, const int32_t *trans,
                          const int8_t *w, unsigned bits2, const int32_t *trans2,
                          const int16_t *w2);
/* The image's scale (score units per weight unit). */
float ns_model_scale(const ns_model *m);

/* trans with the BILOU constraints applied: forbidden moves get a score no
 * path can afford. */
void ns_trans_constrain(const int32_t *trans, int32_t *out);

/* The best label path for n tokens given emission scores emit[n][NS_LSTRIDE]
 * and constrained transitions; score is scratch of n * NS_LSTRIDE. */
void ns_viterbi(const int32_t *emit, size_t n, const int32_t *ctrans, int32_t *score,
                uint8_t *path);

/* Emission scores of n tokens' features under the model. */
void ns_model_emissions(const ns_model *m, const uint32_t *feats, size_t n, int32_t *emit);

/* Forbids labels a token's kind rules out (an opaque byte is never in a
 * name; punctuation is only ever inside one), in emit[toks->n][NS_LSTRIDE]. */
void ns_tagger_mask(const ns_tokens *toks, int32_t *emit);

/* Labels doc's tokens into path[0..doc->toks.n) (for the trainer and the
 * tests). */
int ns_tagger_label(const ns_model *m, const ns_doc *doc, uint8_t *path);

/* The same, and also the first pass's emission scores before masking
 * (emit1, n * NS_LSTRIDE), labels (path1, n) and the second pass's features
 * computed from them (feats2, n * NS_NFEAT2); any of them may be NULL. */
int ns_tagger_label_ex(const ns_model *m, const ns_doc *doc, uint8_t *path, int32_t *emit1,
                       uint8_t *path1, uint32_t *feats2);

/* Appends PERSON, PLACE and ORG entities to doc. */
int ns_tagger_run(const ns_model *m, ns_doc *doc);

#endif
