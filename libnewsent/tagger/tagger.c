#include "tagger/tagger.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "data/embedded.h"
#include "tagger/features.h"
#include "tagger/gazetteer.h"
#include "util/cpu.h"
#include "util/error.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error                                                                                             \
    "the model image is read in place, little-endian (and the emissions split its rows by byte order)"
#endif

/* The allowed moves from the labels that close a name (O, L-*, U-*) into
 * those that start one (O, B-*, U-*), packed 7 x 8 (one pad) for
 * forward_bilou. Plain int32 so that no allocator needs to align them. */
typedef struct bilou_trans {
    int32_t tc[7][8];
} bilou_trans;

struct ns_model {
    unsigned bits, bits2;
    uint32_t mask, mask2;
    float scale;
    const int8_t *w;
    const int16_t *w2;
    int32_t ctrans[NS_NTRANS], ctrans2[NS_NTRANS];
    /* The transitions packed for forward_bilou; has_bt: they qualify. */
    int has_bt, has_bt2;
    bilou_trans bt, bt2;
    void *owned; /* the copied image, or NULL for the embedded one */
};

/* A score no path survives, yet far from overflow when a few are added. */
#define FORBID (-(1 << 28))

static uint32_t rd32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static uint64_t rd64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static size_t block_size(unsigned bits)
{
    return NS_NTRANS * 4 + ((size_t)1 << bits) * NS_LSTRIDE * 2;
}

/* The first pass's weights are int8 (quantising them from int16 cost
 * nothing on dev, and halves the table the emissions read). */
static size_t block1_size(unsigned bits)
{
    return NS_NTRANS * 4 + ((size_t)1 << bits) * NS_LSTRIDE;
}

size_t ns_model_image_size(unsigned bits, unsigned bits2)
{
    return NS_MODEL_HEADER + block1_size(bits) + (bits2 ? block_size(bits2) : 0);
}

float ns_model_scale(const ns_model *m)
{
    return m->scale;
}

/* A table-driven CRC-32; the table is built on the stack per call (1 KiB),
 * which costs less than the checksum of any real model. */
static uint32_t crc32_fast(const unsigned char *p, size_t n)
{
    uint32_t t[256];
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[i] = c;
    }
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++)
        c = t[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void ns_model_image_write(unsigned char *out, unsigned bits, float scale, const int32_t *trans,
                          const int8_t *w, unsigned bits2, const int32_t *trans2, const int16_t *w2)
{
    size_t total = ns_model_image_size(bits, bits2), payload = total - NS_MODEL_HEADER;
    memset(out, 0, NS_MODEL_HEADER);
    memcpy(out, "NSMODEL\0", 8);
    uint32_t h[6] = {NS_MODEL_VERSION, NS_MODEL_HEADER, NS_FEATURE_VERSION, NS_NLABELS, bits, 2};
    memcpy(out + 8, h, 24);
    memcpy(out + 32, &scale, 4);
    uint32_t b2 = bits2;
    memcpy(out + 36, &b2, 4);
    uint64_t pl = payload;
    memcpy(out + 40, &pl, 8);
    unsigned char *q = out + NS_MODEL_HEADER;
    memcpy(q, trans, NS_NTRANS * 4);
    memcpy(q + NS_NTRANS * 4, w, ((size_t)1 << bits) * NS_LSTRIDE);
    if (bits2) {
        q += block1_size(bits);
        memcpy(q, trans2, NS_NTRANS * 4);
        memcpy(q + NS_NTRANS * 4, w2, ((size_t)1 << bits2) * NS_LSTRIDE * 2);
    }
    uint32_t crc = crc32_fast(out + NS_MODEL_HEADER, payload);
    memcpy(out + 48, &crc, 4);
}

static int allowed(int prev, int cur)
{
    /* prev = -1: the start of a sentence; cur = -1: its end. */
    int open = prev > 0 && NS_LABEL_POS(prev) <= 1; /* after B or I */
    if (cur < 0)
        return !open;
    if (open)
        return cur > 0 && NS_LABEL_TYPE(cur) == NS_LABEL_TYPE(prev) &&
               (NS_LABEL_POS(cur) == 1 || NS_LABEL_POS(cur) == 2);
    return cur == 0 || NS_LABEL_POS(cur) == 0 || NS_LABEL_POS(cur) == 3;
}

void ns_trans_constrain(const int32_t *trans, int32_t *out)
{
    for (int j = 0; j < NS_NLABELS; j++)
        out[j] = allowed(-1, j) ? trans[j] : FORBID;
    for (int p = 0; p < NS_NLABELS; p++)
        for (int j = 0; j < NS_NLABELS; j++)
            out[(p + 1) * NS_NLABELS + j] =
                allowed(p, j) ? trans[(p + 1) * NS_NLABELS + j] : FORBID;
    for (int p = 0; p < NS_NLABELS; p++)
        out[(NS_NLABELS + 1) * NS_NLABELS + p] =
            allowed(p, -1) ? trans[(NS_NLABELS + 1) * NS_NLABELS + p] : FORBID;
}

/* Checks an image; on success *w points at its weights. */
static int check_image(const unsigned char *p, size_t len, int verify_crc, unsigned *bits,
                       unsigned *bits2, float *scale, newsent_error *err)
{
    if (!p || len < NS_MODEL_HEADER || memcmp(p, "NSMODEL\0", 8) != 0)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "not a newsent model (bad magic)");
    uint32_t version = rd32(p + 8), hsize = rd32(p + 12), fver = rd32(p + 16),
             nlabels = rd32(p + 20), b = rd32(p + 24), kind = rd32(p + 28), b2 = rd32(p + 36);
    uint64_t payload = rd64(p + 40);
    if (version != NS_MODEL_VERSION)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX,
                       "model format version %u is not supported (this library reads %u)", version,
                       NS_MODEL_VERSION);
    if (hsize != NS_MODEL_HEADER)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "bad model header size %u", hsize);
    if (fver != NS_FEATURE_VERSION)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX,
                       "model trained on feature set %u; this library computes %u", fver,
                       NS_FEATURE_VERSION);
    if (nlabels != NS_NLABELS || kind != 2)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "model label set or weight kind unknown");
    if (b < 10 || b > 24)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "model hash size 2^%u out of range", b);
    if (b2 != 0 && (b2 < 8 || b2 > 20))
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "model second-pass size 2^%u out of range",
                       b2);
    size_t need = ns_model_image_size(b, b2);
    if (payload != need - NS_MODEL_HEADER)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "model payload size inconsistent");
    if (len < need)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "model truncated: %zu bytes, %zu expected",
                       len, need);
    if (len > need)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "model has %zu trailing bytes", len - need);
    float s;
    memcpy(&s, p + 32, 4);
    if (!(s > 0.0f && s < 1e30f))
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "bad model scale");
    if (verify_crc && crc32_fast(p + NS_MODEL_HEADER, (size_t)payload) != rd32(p + 48))
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "model checksum mismatch (corrupt file)");
    *bits = b;
    *bits2 = b2;
    *scale = s;
    return NEWSENT_OK;
}

static int read_trans(const unsigned char *p, int32_t *ctrans)
{
    int32_t trans[NS_NTRANS];
    memcpy(trans, p, sizeof trans);
    for (size_t i = 0; i < NS_NTRANS; i++)
        if (trans[i] < -(1 << 24) || trans[i] > (1 << 24))
            return -1;
    ns_trans_constrain(trans, ctrans);
    return 0;
}

static int forbids_exactly(const int32_t *ctrans);
static void bilou_pack(const int32_t *ctrans, bilou_trans *bt);

static int make_model(const ns_mem *mem, const unsigned char *img, size_t len, int trusted,
                      void *owned, ns_model **out, newsent_error *err)
{
    unsigned bits = 0, bits2 = 0;
    float scale = 0;
    int rc = check_image(img, len, !trusted, &bits, &bits2, &scale, err);
    if (rc != NEWSENT_OK)
        return rc;
    ns_model *m = ns_calloc(mem, 1, sizeof *m);
    if (!m)
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    const unsigned char *q = img + NS_MODEL_HEADER;
    if (read_trans(q, m->ctrans) || (bits2 && read_trans(q + block1_size(bits), m->ctrans2))) {
        ns_free(mem, m);
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "model transition out of range");
    }
    m->bits = bits;
    m->mask = (uint32_t)(((uint64_t)1 << bits) - 1);
    m->scale = scale;
    m->w = (const int8_t *)(const void *)(q + NS_NTRANS * 4);
    m->bits2 = bits2;
    if (bits2) {
        m->mask2 = (uint32_t)(((uint64_t)1 << bits2) - 1);
        m->w2 = (const int16_t *)(const void *)(q + block1_size(bits) + NS_NTRANS * 4);
    }
    m->has_bt = forbids_exactly(m->ctrans);
    if (m->has_bt)
        bilou_pack(m->ctrans, &m->bt);
    m->has_bt2 = bits2 && forbids_exactly(m->ctrans2);
    if (m->has_bt2)
        bilou_pack(m->ctrans2, &m->bt2);
    m->owned = owned;
    *out = m;
    return NEWSENT_OK;
}

int ns_model_load_buffer(const ns_mem *mem, const void *data, size_t len, ns_model **out,
                         newsent_error *err)
{
    *out = NULL;
    if (!data || len < NS_MODEL_HEADER)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "model truncated: %zu bytes", len);
    /* Check before copying, so a bad header never costs an allocation of
     * the size it claims. */
    unsigned bits = 0, bits2 = 0;
    float scale = 0;
    int rc = check_image(data, len, 1, &bits, &bits2, &scale, err);
    if (rc != NEWSENT_OK)
        return rc;
    unsigned char *copy = ns_malloc(mem, len);
    if (!copy)
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    memcpy(copy, data, len);
    rc = make_model(mem, copy, len, 1, copy, out, err);
    if (rc != NEWSENT_OK)
        ns_free(mem, copy);
    return rc;
}

/* The largest image check_image can accept (2^24 first-pass rows of int8,
 * 2^20 second-pass rows of int16): a longer file, or one that does not
 * start like a model, is refused before it is read whole, so that
 * `--model /dev/zero` fails at once instead of filling memory. */
#define NS_MODEL_MAX_BYTES                                                                         \
    ((size_t)NS_MODEL_HEADER + 2 * (size_t)NS_NTRANS * 4 + ((size_t)1 << 24) * NS_LSTRIDE +        \
     ((size_t)1 << 20) * NS_LSTRIDE * 2)

static int load_file(const ns_mem *mem, const char *path, ns_model **out, newsent_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return ns_fail(err, NEWSENT_EIO, SIZE_MAX, "%s: %s", path, strerror(errno));
    unsigned char *buf = NULL;
    size_t n = 0, cap = 0;
    int rc = NEWSENT_OK;
    for (;;) {
        if (n == cap && ns_grow(mem, (void **)&buf, &cap, cap ? cap * 2 : 1 << 20, 1)) {
            rc = ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
            break;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n >= 8 && memcmp(buf, "NSMODEL", 8) != 0) {
            rc = ns_fail(err, NEWSENT_EMODEL, 0, "%s: not a newsent model (bad magic)", path);
            break;
        }
        if (n > NS_MODEL_MAX_BYTES) {
            rc = ns_fail(err, NEWSENT_EMODEL, NS_MODEL_MAX_BYTES,
                         "%s: longer than any newsent model can be", path);
            break;
        }
        if (got == 0) {
            if (ferror(f))
                rc = ns_fail(err, NEWSENT_EIO, SIZE_MAX, "%s: read error", path);
            break;
        }
    }
    fclose(f);
    if (rc == NEWSENT_OK) {
        rc = check_image(buf, n, 1, &(unsigned){0}, &(unsigned){0}, &(float){0}, err);
        if (rc == NEWSENT_OK)
            rc = make_model(mem, buf, n, 1, buf, out, err);
        if (rc == NEWSENT_EMODEL) {
            char msg[sizeof err->message];
            snprintf(msg, sizeof msg, "%s", err ? err->message : "");
            ns_fail(err, rc, SIZE_MAX, "%s: %s", path, msg);
        }
    }
    if (rc != NEWSENT_OK)
        ns_free(mem, buf);
    return rc;
}

int ns_model_load(const ns_mem *mem, const char *path, ns_model **out, newsent_error *err)
{
    *out = NULL;
    if (path)
        return load_file(mem, path, out, err);
    size_t len = (size_t)(ns_embedded_model_end - ns_embedded_model);
    return make_model(mem, ns_embedded_model, len, 1, NULL, out, err);
}

void ns_model_free(const ns_mem *mem, ns_model *m)
{
    if (!m)
        return;
    ns_free(mem, m->owned);
    ns_free(mem, m);
}

_Static_assert(NS_LSTRIDE == 16, "the emission vectors are 16 lanes");
typedef int16_t v8i16 __attribute__((vector_size(16)));
typedef uint16_t v8u16 __attribute__((vector_size(16)));

static inline void prefetch_rows(const ns_model *m, const uint32_t *f)
{
    for (int k = 0; k < NS_NFEAT; k++)
        __builtin_prefetch(m->w + (size_t)(f[k] & m->mask) * NS_LSTRIDE);
}

/* NS_NFEAT int8 weights sum to at most 26 * 128 in magnitude: int16 lanes
 * hold every partial sum exactly, twice as many per vector. */
_Static_assert(NS_NFEAT * 128 <= INT16_MAX, "int16 sums of int8 weights");

static inline void emission_row(const ns_model *m, const uint32_t *f, int32_t *e)
{
    /* Each int16 lane holds two weights, of labels 2k (low byte, the image
     * is little-endian) and 2k + 1 (high byte): shifts sign-extend them in
     * place, in 16-byte registers (a 32-byte vector would be spilled where
     * there are none). */
    v8i16 even = {0}, odd = {0};
    for (int k = 0; k < NS_NFEAT; k++) {
        v8i16 x;
        memcpy(&x, m->w + (size_t)(f[k] & m->mask) * NS_LSTRIDE, sizeof x);
        even += (v8i16)((v8u16)x << 8) >> 8; /* unsigned: no signed overflow */
        odd += x >> 8;
    }
    int16_t se[8], so[8];
    memcpy(se, &even, sizeof se);
    memcpy(so, &odd, sizeof so);
    for (int k = 0; k < 8; k++) {
        e[2 * k] = se[k];
        e[2 * k + 1] = so[k];
    }
}

/* The rows are scattered over megabytes: fetch a few tokens ahead so the
 * misses overlap instead of queueing. */
enum { EMIT_AHEAD = 2 };

void ns_model_emissions(const ns_model *m, const uint32_t *feats, size_t n, int32_t *emit)
{
    for (size_t i = 0; i < n && i < EMIT_AHEAD; i++)
        prefetch_rows(m, feats + i * NS_NFEAT);
    for (size_t i = 0; i < n; i++) {
        if (i + EMIT_AHEAD < n)
            prefetch_rows(m, feats + (i + EMIT_AHEAD) * NS_NFEAT);
        emission_row(m, feats + i * NS_NFEAT, emit + i * NS_LSTRIDE);
    }
}

/* The same for the tokens idx[0..k) only. */
static void emissions_at(const ns_model *m, const uint32_t *feats, const uint32_t *idx, size_t k,
                         int32_t *emit)
{
    for (size_t j = 0; j < k && j < EMIT_AHEAD; j++)
        prefetch_rows(m, feats + (size_t)idx[j] * NS_NFEAT);
    for (size_t j = 0; j < k; j++) {
        if (j + EMIT_AHEAD < k)
            prefetch_rows(m, feats + (size_t)idx[j + EMIT_AHEAD] * NS_NFEAT);
        emission_row(m, feats + (size_t)idx[j] * NS_NFEAT, emit + (size_t)idx[j] * NS_LSTRIDE);
    }
}

/* acc[j] = max over p of prev[p] + ctrans[p][j], every move added. */
static void forward_dense(const int32_t *prev, const int32_t *ctrans, int32_t *acc)
{
    for (int j = 0; j < NS_NLABELS; j++)
        acc[j] = prev[0] + ctrans[NS_NLABELS + j];
    for (int p = 1; p < NS_NLABELS; p++) {
        const int32_t c = prev[p], *tr = ctrans + (p + 1) * NS_NLABELS;
        for (int j = 0; j < NS_NLABELS; j++) {
            int32_t v = c + tr[j];
            acc[j] = v > acc[j] ? v : acc[j];
        }
    }
}

/* Whether every move the BILOU constraints forbid costs exactly FORBID, as
 * ns_trans_constrain makes them; forward_bilou relies on it. */
static int forbids_exactly(const int32_t *ctrans)
{
    for (int p = 0; p < NS_NLABELS; p++)
        for (int j = 0; j < NS_NLABELS; j++)
            if (!allowed(p, j) && ctrans[(p + 1) * NS_NLABELS + j] != FORBID)
                return 0;
    return 1;
}

/* The labels that close a name (O, L-*, U-*), after which only O, B or U
 * may come; after an open one (B-*, I-*) only I or L of its type. */
static const uint8_t closed_labels[7] = {0, 3, 4, 7, 8, 11, 12};
static const uint8_t starting_labels[7] = {0, 1, 4, 5, 8, 9, 12}; /* O, B-*, U-* */

typedef int32_t v4i32 __attribute__((vector_size(16)));
typedef uint32_t v4u32 __attribute__((vector_size(16)));

static inline v4i32 vmax(v4i32 a, v4i32 b)
{
    v4i32 m = a > b;
    return (a & m) | (b & ~m);
}

static inline int32_t max32(int32_t a, int32_t b)
{
    return a > b ? a : b;
}

static void bilou_pack(const int32_t *ctrans, bilou_trans *bt)
{
    for (int q = 0; q < 7; q++) {
        for (int k = 0; k < 7; k++)
            bt->tc[q][k] = ctrans[(closed_labels[q] + 1) * NS_NLABELS + starting_labels[k]];
        bt->tc[q][7] = 0;
    }
}

/* The same maxima as forward_dense when every forbidden move costs exactly
 * FORBID: the forbidden moves into a label then add up to FORBID + the
 * largest score they come from, so only the 49 moves from closing into
 * starting labels and the 12 within a name are added one by one. Integer
 * max is exact and order-free, so the scores are bit-identical. */
/* Inlined into each build of viterbi, to be compiled for its CPU. */
__attribute__((always_inline)) static inline void
forward_bilou(const int32_t *prev, const bilou_trans *bt, const int32_t *ctrans, int32_t *acc)
{
    v4i32 t0, t1;
    memcpy(&t0, bt->tc[0], sizeof t0);
    memcpy(&t1, bt->tc[0] + 4, sizeof t1);
    v4i32 a0 = prev[0] + t0, a1 = prev[0] + t1;
    int32_t mc = prev[0];
    for (int q = 1; q < 7; q++) {
        const int32_t c = prev[closed_labels[q]];
        memcpy(&t0, bt->tc[q], sizeof t0);
        memcpy(&t1, bt->tc[q] + 4, sizeof t1);
        a0 = vmax(a0, c + t0);
        a1 = vmax(a1, c + t1);
        mc = max32(mc, c);
    }
    int32_t m[3];
    for (int t = 0; t < 3; t++)
        m[t] = max32(prev[1 + 4 * t], prev[2 + 4 * t]);
    const int32_t open_any = FORBID + max32(m[0], max32(m[1], m[2]));
    a0 = vmax(a0, open_any + (v4i32){0, 0, 0, 0});
    a1 = vmax(a1, open_any + (v4i32){0, 0, 0, 0});
    int32_t st[8];
    memcpy(st, &a0, sizeof a0);
    memcpy(st + 4, &a1, sizeof a1);
    for (int k = 0; k < 7; k++)
        acc[starting_labels[k]] = st[k];
    for (int t = 0; t < 3; t++) {
        int b = 1 + 4 * t, i = 2 + 4 * t;
        const int32_t others = FORBID + max32(mc, max32(m[(t + 1) % 3], m[(t + 2) % 3]));
        const int32_t *trb = ctrans + (b + 1) * NS_NLABELS, *tri = ctrans + (i + 1) * NS_NLABELS;
        for (int j = i; j <= i + 1; j++)
            acc[j] = max32(others, max32(prev[b] + trb[j], prev[i] + tri[j]));
    }
}

/* bt: the packed moves when every forbidden move costs exactly FORBID, or
 * NULL to add every move. */
/* Baseline x86-64 spells a 32-bit integer max, which the forward pass is
 * made of, with four instructions; SSE4.1 and AVX2 with one. */
NS_CLONES("avx2", "sse4.1")
static void viterbi(const int32_t *emit, size_t n, const int32_t *ctrans, const bilou_trans *bt,
                    const int32_t *first, const int32_t *last_move, int32_t *score, uint8_t *path)
{
    if (!n)
        return;
    /* Forward: only the best scores, back pointers recomputed along the one
     * best path afterwards. int32 is enough: each step moves the best score
     * to 0 and clamps the others at 3 * FORBID. */
    int32_t *s = score;
    for (int j = 0; j < NS_NLABELS; j++)
        s[j] = first[j] + emit[j];
    /* The three pad lanes stay at INT32_MIN, under every real score, with
     * 0 added: they never make the top, and clamp to 3 * FORBID. */
    int32_t acc[NS_LSTRIDE] = {[NS_NLABELS] = INT32_MIN, INT32_MIN, INT32_MIN};
    const v4i32 real_tail = {-1, 0, 0, 0}, floor = {3 * FORBID, 3 * FORBID, 3 * FORBID, 3 * FORBID};
    for (size_t t = 1; t < n; t++) {
        const int32_t *prev = score + (t - 1) * NS_LSTRIDE, *e = emit + t * NS_LSTRIDE;
        if (bt)
            forward_bilou(prev, bt, ctrans, acc);
        else
            forward_dense(prev, ctrans, acc);
        v4i32 a[4], ev[4];
        memcpy(a, acc, sizeof a);
        memcpy(ev, e, sizeof ev);
        ev[3] &= real_tail;
        for (int k = 0; k < 4; k++)
            a[k] += ev[k];
        v4i32 m4 = vmax(vmax(a[0], a[1]), vmax(a[2], a[3]));
        int32_t m[4];
        memcpy(m, &m4, sizeof m);
        const int32_t top = max32(max32(m[0], m[1]), max32(m[2], m[3]));
        /* max(acc, top + 3F) - top = max(acc - top, 3F), with no overflow
         * in the pad lanes. */
        s = score + t * NS_LSTRIDE;
        for (int k = 0; k < 4; k++) {
            v4i32 v = vmax(a[k], (top + floor)) - top;
            memcpy(s + 4 * k, &v, sizeof v);
        }
    }
    const int32_t *last = score + (n - 1) * NS_LSTRIDE;
    int32_t best = INT32_MIN;
    int arg = 0;
    for (int p = 0; p < NS_NLABELS; p++) {
        int32_t sc = last[p] + last_move[p];
        if (sc > best)
            best = sc, arg = p;
    }
    for (size_t t = n - 1; t > 0; t--) {
        path[t] = (uint8_t)arg;
        const int32_t *prev = score + (t - 1) * NS_LSTRIDE;
        int32_t bs = INT32_MIN;
        int ba = 0;
        for (int p = 0; p < NS_NLABELS; p++) {
            int32_t sc = prev[p] + ctrans[(p + 1) * NS_NLABELS + arg];
            if (sc > bs)
                bs = sc, ba = p;
        }
        arg = ba;
    }
    path[0] = (uint8_t)arg;
}

void ns_viterbi(const int32_t *emit, size_t n, const int32_t *ctrans, int32_t *score, uint8_t *path)
{
    bilou_trans bt;
    int packed = n > 1 && forbids_exactly(ctrans);
    if (packed)
        bilou_pack(ctrans, &bt);
    viterbi(emit, n, ctrans, packed ? &bt : NULL, ctrans, ctrans + (NS_NLABELS + 1) * NS_NLABELS,
            score, path);
}

/* Tokens that can never be (part of) a name, and punctuation that can only
 * be inside one ("Procter & Gamble"), never start or end it. */
void ns_tagger_mask(const ns_tokens *toks, int32_t *emit)
{
    for (size_t i = 0; i < toks->n; i++) {
        int32_t *e = emit + i * NS_LSTRIDE;
        switch (toks->v[i].kind) {
        case NS_TOK_OPAQUE:
        case NS_TOK_URL:
        case NS_TOK_EMAIL:
            for (int l = 1; l < NS_NLABELS; l++)
                e[l] = FORBID;
            break;
        case NS_TOK_PUNCT:
        case NS_TOK_SYMBOL:
        case NS_TOK_CLITIC:
            for (int l = 1; l < NS_NLABELS; l++)
                if (NS_LABEL_POS(l) != 1)
                    e[l] = FORBID;
            break;
        default: break;
        }
    }
}

/* Whether a token may be in a name or next to one: capitalised, with a
 * capital inside ("eBay"), or not plain ASCII. */
static int name_like(const char *text, const ns_token *t)
{
    if (t->flags & (NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER | NS_TF_NON_ASCII))
        return 1;
    for (size_t k = t->start; k < t->end; k++)
        if ((unsigned)(unsigned char)text[k] - 'A' < 26u)
            return 1;
    return 0;
}

static int same_sent(const ns_tokens *toks, size_t i, size_t j)
{
    return i < toks->n && j < toks->n && toks->v[i].sent == toks->v[j].sent;
}

/* Whether a name could reach token i from next door: token j, i's
 * neighbour, is name_like, or is punctuation with a name_like token
 * beyond it ("Lord 's", "Fla. ,"), in i's sentence. like[] holds
 * name_like. */
static int reached(const ns_tokens *toks, const uint8_t *like, size_t i, size_t j, size_t beyond)
{
    if (!same_sent(toks, i, j))
        return 0;
    if (like[j])
        return 1;
    unsigned kind = toks->v[j].kind;
    return (kind == NS_TOK_PUNCT || kind == NS_TOK_SYMBOL || kind == NS_TOK_CLITIC) &&
           same_sent(toks, i, beyond) && like[beyond];
}

/* quiet[i] (NS_SKIP_QUIET or _DEEP): no name could take in token i:
 * neither it nor its neighbours in the sentence are name_like. Such a token is labelled O unscored:
 * on CoNLL-2003 train 21 of 29,450 name tokens are quiet (in "interior ministry" and the like), and
 * more than half of all news tokens are, so scoring them costs half the tagger to find almost
 * nothing. The indices of the other tokens go to idx; returns how many there are. like is scratch
 * of n bytes. */
static size_t quiet_tokens(const char *text, const ns_tokens *toks, uint8_t *like, uint8_t *quiet,
                           uint32_t *idx)
{
    size_t n = toks->n, k = 0;
    for (size_t i = 0; i < n; i++)
        like[i] = (uint8_t)name_like(text, &toks->v[i]);
    for (size_t i = 0; i < n; i++) {
        quiet[i] = (uint8_t) !(like[i] || (i > 0 && reached(toks, like, i, i - 1, i - 2)) ||
                               reached(toks, like, i, i + 1, i + 2));
        if (!quiet[i])
            idx[k++] = (uint32_t)i;
    }
    /* Deep in a quiet run, no token that is scored is next door: its
     * features need nothing of this one but its word (NS_SKIP_DEEP). */
    for (size_t i = 0; i < n; i++)
        if (quiet[i] && (i == 0 || !same_sent(toks, i, i - 1) || quiet[i - 1]) &&
            (!same_sent(toks, i, i + 1) || quiet[i + 1]))
            quiet[i] = NS_SKIP_DEEP;
    return k;
}

/* Decodes each sentence whole (quiet NULL), or each stretch of tokens that
 * are not quiet: a quiet token is O, so a sentence's best path is its
 * stretches' best paths end to end, each starting with a move from O
 * where a quiet token comes before it and ending with a move to O where
 * one comes after; quiet runs cost no step of Viterbi. */
static void decode(const ns_tokens *toks, const uint8_t *quiet, const int32_t *emit,
                   const int32_t *ctrans, const bilou_trans *bt, int32_t *score, uint8_t *path)
{
    size_t n = toks->n;
    const int32_t *from_start = ctrans, *from_o = ctrans + NS_NLABELS,
                  *to_end = ctrans + (NS_NLABELS + 1) * NS_NLABELS;
    int32_t to_o[NS_NLABELS];
    for (int p = 0; p < NS_NLABELS; p++)
        to_o[p] = ctrans[(p + 1) * NS_NLABELS];
    if (quiet)
        memset(path, 0, n);
    for (size_t i = 0; i < n;) {
        if (quiet && quiet[i]) {
            i++;
            continue;
        }
        const uint32_t sent = toks->v[i].sent;
        size_t a = i, b = i + 1;
        while (b < n && toks->v[b].sent == sent && !(quiet && quiet[b]))
            b++;
        int after_o = a > 0 && toks->v[a - 1].sent == sent;
        int before_o = b < n && toks->v[b].sent == sent;
        viterbi(emit + a * NS_LSTRIDE, b - a, ctrans, bt, after_o ? from_o : from_start,
                before_o ? to_o : to_end, score + a * NS_LSTRIDE, path + a);
        i = b;
    }
}

/* Adds the second pass's weights to the emissions of the tokens idx[0..k)
 * (idx NULL: of all n). */
static void add_stage2(const ns_model *m, const uint32_t *feats2, const uint32_t *idx, size_t k,
                       int32_t *emit)
{
    /* As in emission_row: each int32 lane of a row holds the int16 weights
     * of labels 2k (low half) and 2k + 1, sign-extended by shifts in
     * 16-byte registers. NS_NFEAT2 int16 weights sum exactly in int32. */
    for (size_t j = 0; j < k; j++) {
        size_t i = idx ? idx[j] : j;
        v4i32 even[2] = {{0}}, odd[2] = {{0}};
        for (int f = 0; f < NS_NFEAT2; f++) {
            const int16_t *row =
                m->w2 + (size_t)(feats2[i * NS_NFEAT2 + f] & m->mask2) * NS_LSTRIDE;
            for (int h = 0; h < 2; h++) {
                v4i32 x;
                memcpy(&x, row + 8 * h, sizeof x);
                even[h] += (v4i32)((v4u32)x << 16) >> 16; /* unsigned: no signed overflow */
                odd[h] += x >> 16;
            }
        }
        int32_t se[8], so[8];
        memcpy(se, even, sizeof se);
        memcpy(so, odd, sizeof so);
        int32_t *e = emit + i * NS_LSTRIDE;
        for (int l = 0; l < 8; l++) {
            e[2 * l] += se[l];
            e[2 * l + 1] += so[l];
        }
    }
}

int ns_tagger_label_ex(const ns_model *m, const ns_doc *doc, uint8_t *path, int32_t *emit1,
                       uint8_t *path1, uint32_t *feats2)
{
    size_t n = doc->toks.n;
    if (!n)
        return NEWSENT_OK;
    if (n > SIZE_MAX / 1024)
        return NEWSENT_ENOMEM;
    size_t o_info = 0, o_feat = o_info + n * sizeof(ns_tokinfo),
           o_emit = o_feat + n * NS_NFEAT * sizeof(uint32_t),
           o_bp = o_emit + n * NS_LSTRIDE * sizeof(int32_t),
           o_idx = o_bp + n * NS_LSTRIDE * sizeof(int32_t),
           o_quiet = o_idx + (n * sizeof(uint32_t) + 7) / 8 * 8,
           o_scr = o_quiet + (2 * n + 7) / 8 * 8, total = o_scr + ns_features_scratch_size(n);
    unsigned char *blk = ns_malloc(doc->mem, total);
    if (!blk)
        return NEWSENT_ENOMEM;
    ns_tokinfo *info = (ns_tokinfo *)(void *)(blk + o_info);
    uint32_t *feats = (uint32_t *)(void *)(blk + o_feat);
    int32_t *emit = (int32_t *)(void *)(blk + o_emit);
    int32_t *score = (int32_t *)(void *)(blk + o_bp);
    uint32_t *idx = (uint32_t *)(void *)(blk + o_idx);
    /* The trainer asks for the first pass's outputs: it gets them for every
     * token, as it learnt them. */
    int all = emit1 || path1 || feats2;
    uint8_t *quiet = all ? NULL : blk + o_quiet;
    size_t k = quiet ? quiet_tokens(doc->text, &doc->toks, quiet + n, quiet, idx) : n;
    ns_gazetteer gz;
    ns_gaz_default(&gz);
    ns_features_doc(&gz, doc->text, &doc->toks, quiet, info, feats, blk + o_scr);
    if (quiet) {
        emissions_at(m, feats, idx, k, emit);
    } else {
        ns_model_emissions(m, feats, n, emit);
    }
    if (emit1)
        memcpy(emit1, emit, n * NS_LSTRIDE * sizeof *emit);
    ns_tagger_mask(&doc->toks, emit);
    decode(&doc->toks, quiet, emit, m->ctrans, m->has_bt ? &m->bt : NULL, score, path);
    if (path1)
        memcpy(path1, path, n);
    if (m->bits2 || feats2) {
        /* The first pass's features are spent: their room holds the
         * second pass's. */
        uint32_t *f2 = feats;
        ns_features_stage2(&doc->toks, info, path, quiet, f2, blk + o_scr);
        if (feats2)
            memcpy(feats2, f2, n * NS_NFEAT2 * sizeof *f2);
        if (m->bits2) {
            add_stage2(m, f2, quiet ? idx : NULL, k, emit);
            decode(&doc->toks, quiet, emit, m->ctrans2, m->has_bt2 ? &m->bt2 : NULL, score, path);
        }
    }
    ns_free(doc->mem, blk);
    return NEWSENT_OK;
}

int ns_tagger_label(const ns_model *m, const ns_doc *doc, uint8_t *path)
{
    return ns_tagger_label_ex(m, doc, path, NULL, NULL, NULL);
}

static const unsigned type_label[3] = {NEWSENT_LABEL_PERSON, NEWSENT_LABEL_PLACE,
                                       NEWSENT_LABEL_ORG};

int ns_tagger_run(const ns_model *m, ns_doc *doc)
{
    size_t n = doc->toks.n;
    if (!n)
        return NEWSENT_OK;
    uint8_t *path = ns_malloc(doc->mem, n);
    if (!path)
        return NEWSENT_ENOMEM;
    int rc = ns_tagger_label(m, doc, path);
    for (size_t i = 0; rc == NEWSENT_OK && i < n; i++) {
        int l = path[i];
        if (l == 0 || (NS_LABEL_POS(l) != 0 && NS_LABEL_POS(l) != 3))
            continue;
        size_t j = i;
        if (NS_LABEL_POS(l) == 0)
            while (j + 1 < n && path[j + 1] && NS_LABEL_POS(path[j + 1]) == 1)
                j++;
        if (NS_LABEL_POS(l) == 0 && j + 1 < n)
            j++; /* the L */
        newsent_entity e;
        memset(&e, 0, sizeof e);
        e.byte_start = doc->toks.v[i].start;
        e.byte_end = doc->toks.v[j].end;
        e.tok_start = (uint32_t)i;
        e.tok_end = (uint32_t)(j + 1);
        e.label = type_label[NS_LABEL_TYPE(l)];
        e.confidence = 0.85f;
        if (!ns_doc_add_entity(doc, &e)) {
            if (doc->nents < NEWSENT_MAX_ENTITIES)
                rc = NEWSENT_ENOMEM;
            break;
        }
        i = j;
    }
    ns_free(doc->mem, path);
    return rc;
}
