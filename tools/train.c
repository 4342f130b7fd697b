/* newsent-train: trains the tagger's model (an averaged structured
 * perceptron over the library's own features) from CoNLL-2003 files and
 * writes a model image (tagger/tagger.h).
 *
 *   newsent-train --train FILE[,FILE...] [--dev FILE] [--epochs N] [--bits B]
 *                 [--seed S] [--fixed] [--ensemble K] [--stage2 B2 [--epochs2 N]]
 *                 --out MODEL
 *
 * Each -DOCSTART- block becomes one document built as `newsent conll`
 * builds it (tokens joined by one space, sentences by a blank line); the
 * library's tokenizer splits it, the gold IOB1/IOB2 tags are projected onto
 * those tokens by byte offsets (MISC counts as O), and the features are the
 * library's (ns_features_doc). With --dev, the epoch whose quantised model
 * scores best on dev is kept (early stopping); --fixed keeps the last epoch
 * (for a final run on train+dev with the epoch count found before).
 * --ensemble K trains K perceptrons on different shuffles and averages
 * their weights (the model stays the same size).
 * With --stage2 B2, a second pass is trained on top (2^B2 rows): its
 * document features come from first-pass labels, which for the training
 * documents are those of 5 first-pass models each trained without the fifth
 * of the documents being labelled (jackknifing), so that the second pass
 * learns how far to trust first-pass labels on unseen text.
 * Deterministic for a given seed. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline/doc.h"
#include "tagger/features.h"
#include "tagger/gazetteer.h"
#include "tagger/tagger.h"
#include "text/tokenize.h"

typedef struct tdoc {
    char *text;
    size_t len;
    ns_tokens toks;
    uint8_t *gold;   /* BILOU label per library token */
    uint32_t *feats; /* NS_NFEAT per token */
    /* For the second pass: the first pass's emission scores (in perceptron
     * units, from a model that did not see this document) and the second
     * pass's features. */
    float *emit1;
    uint32_t *feats2;
} tdoc;

typedef struct corpus {
    tdoc *d;
    size_t n, cap;
} corpus;

static ns_mem g_mem;

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        fprintf(stderr, "newsent-train: out of memory\n");
        exit(1);
    }
    return p;
}

static int type_of(const char *tag)
{
    if (strlen(tag) < 3 || tag[1] != '-')
        return -1;
    if (strcmp(tag + 2, "PER") == 0)
        return 0;
    if (strcmp(tag + 2, "LOC") == 0)
        return 1;
    if (strcmp(tag + 2, "ORG") == 0)
        return 2;
    return -1; /* MISC and anything else: out of scope */
}

typedef struct span {
    size_t bs, be;
    int type;
} span;

static void finish_doc(corpus *c, char *text, size_t len, span *sp, size_t nsp)
{
    ns_gazetteer gz;
    ns_gaz_default(&gz);
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 256;
        c->d = realloc(c->d, c->cap * sizeof *c->d);
        if (!c->d)
            exit(1);
    }
    tdoc *d = &c->d[c->n++];
    memset(d, 0, sizeof *d);
    d->text = text;
    d->len = len;
    if (ns_tokenize(&g_mem, text, len, &d->toks))
        exit(1);
    size_t n = d->toks.n;
    d->gold = xmalloc(n + 1);
    for (size_t k = 0; k < nsp; k++) {
        size_t a = 0, b;
        while (a < n && d->toks.v[a].start < sp[k].bs)
            a++;
        b = a;
        while (b < n && d->toks.v[b].start < sp[k].be)
            b++;
        if (b <= a)
            continue;
        if (b - a == 1) {
            d->gold[a] = (uint8_t)NS_LABEL(sp[k].type, 3);
        } else {
            d->gold[a] = (uint8_t)NS_LABEL(sp[k].type, 0);
            for (size_t i = a + 1; i + 1 < b; i++)
                d->gold[i] = (uint8_t)NS_LABEL(sp[k].type, 1);
            d->gold[b - 1] = (uint8_t)NS_LABEL(sp[k].type, 2);
        }
    }
    d->feats = xmalloc(n * NS_NFEAT * sizeof(uint32_t) + 4);
    ns_tokinfo *info = xmalloc(n * sizeof *info + 1);
    void *scratch = xmalloc(ns_features_scratch_size(n));
    ns_features_doc(&gz, text, &d->toks, NULL, info, d->feats, scratch);
    free(info);
    free(scratch);
}

/* Reads CoNLL-2003 lines: `token ... tag`, blank lines between sentences,
 * -DOCSTART- lines between documents. */
static void read_conll(const char *path, corpus *c)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(1);
    }
    char line[4096];
    char *text = NULL;
    size_t len = 0, cap = 0, nsp = 0, spcap = 0;
    span *sp = NULL;
    int prev_token = 0, prev_type = -1, any = 0;
    for (;;) {
        char *got = fgets(line, sizeof line, f);
        size_t ll = got ? strlen(line) : 0;
        while (ll && (line[ll - 1] == '\n' || line[ll - 1] == '\r'))
            line[--ll] = 0;
        int docstart = got && strncmp(line, "-DOCSTART-", 10) == 0;
        if (!got || docstart) {
            if (any)
                finish_doc(c, text, len, sp, nsp);
            else
                free(text);
            text = NULL;
            len = cap = nsp = 0;
            prev_token = 0, prev_type = -1, any = 0;
            if (!got)
                break;
            continue;
        }
        if (ll == 0) {
            if (prev_token) {
                if (len + 3 > cap)
                    text = realloc(text, cap = (cap + 3) * 2);
                memcpy(text + len, "\n\n", 2);
                len += 2;
            }
            prev_token = 0;
            prev_type = -1;
            continue;
        }
        char *tok = strtok(line, " \t");
        char *tag = tok, *fld;
        while ((fld = strtok(NULL, " \t")))
            tag = fld;
        size_t tl = strlen(tok);
        if (len + tl + 4 > cap)
            text = realloc(text, cap = (cap + tl + 4) * 2);
        if (!text)
            exit(1);
        if (prev_token)
            text[len++] = ' ';
        size_t bs = len;
        memcpy(text + len, tok, tl);
        len += tl;
        int t = type_of(tag);
        if (t >= 0) {
            if (tag[0] == 'B' || t != prev_type) {
                if (nsp == spcap)
                    sp = realloc(sp, (spcap = spcap ? spcap * 2 : 64) * sizeof *sp);
                sp[nsp++] = (span){bs, len, t};
            } else {
                sp[nsp - 1].be = len;
            }
        }
        prev_type = t;
        prev_token = 1;
        any = 1;
    }
    free(sp);
    fclose(f);
}

/* ---- the averaged perceptron ---------------------------------------- */

typedef struct perceptron {
    unsigned bits;
    size_t nw;
    float *w;  /* current weights, [2^bits][NS_LSTRIDE] */
    double *u; /* sum of c * update, for the average */
    double t[NS_NTRANS];
    double tu[NS_NTRANS];
    double c; /* instances seen */
} perceptron;

static uint64_t rng_state;
static uint64_t rng_next(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

static void shuffle(size_t *order, size_t n)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(rng_next() % i), t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
    }
}

static void emissions_cur(const perceptron *p, const uint32_t *feats, int nf, size_t n,
                          int32_t *emit)
{
    uint32_t mask = (uint32_t)(p->nw - 1);
    for (size_t i = 0; i < n; i++) {
        float acc[NS_LSTRIDE] = {0};
        for (int k = 0; k < nf; k++) {
            const float *row = p->w + (size_t)(feats[i * (size_t)nf + k] & mask) * NS_LSTRIDE;
            for (int l = 0; l < NS_LSTRIDE; l++)
                acc[l] += row[l];
        }
        for (int l = 0; l < NS_LSTRIDE; l++)
            emit[i * NS_LSTRIDE + (size_t)l] = (int32_t)lrintf(acc[l]);
    }
}

static void upd_feat(perceptron *p, const uint32_t *f, int nf, int label, double delta)
{
    uint32_t mask = (uint32_t)(p->nw - 1);
    for (int k = 0; k < nf; k++) {
        size_t i = (size_t)(f[k] & mask) * NS_LSTRIDE + (size_t)label;
        p->w[i] += (float)delta;
        p->u[i] += p->c * delta;
    }
}

static void upd_trans(perceptron *p, size_t i, double delta)
{
    p->t[i] += delta;
    p->tu[i] += p->c * delta;
}

static size_t trans_index(int prev, int cur)
{
    if (prev < 0)
        return (size_t)cur;
    if (cur < 0)
        return (size_t)(NS_NLABELS + 1) * NS_NLABELS + (size_t)prev;
    return (size_t)(prev + 1) * NS_NLABELS + (size_t)cur;
}

static void update(perceptron *p, const uint32_t *feats, int nf, const uint8_t *g,
                   const uint8_t *path, size_t n)
{
    if (memcmp(path, g, n) != 0) {
        for (size_t i = 0; i < n; i++) {
            if (path[i] != g[i]) {
                upd_feat(p, feats + i * (size_t)nf, nf, g[i], 1);
                upd_feat(p, feats + i * (size_t)nf, nf, path[i], -1);
            }
        }
        for (size_t i = 0; i <= n; i++) {
            int gp = i ? g[i - 1] : -1, pp = i ? path[i - 1] : -1;
            int gc = i < n ? g[i] : -1, pc = i < n ? path[i] : -1;
            if (gp != pp || gc != pc) {
                upd_trans(p, trans_index(gp, gc), 1);
                upd_trans(p, trans_index(pp, pc), -1);
            }
        }
    }
    p->c += 1;
}

static ns_tokens sub_tokens(const tdoc *d, size_t a, size_t b)
{
    ns_tokens sub = d->toks;
    sub.v += a;
    sub.n = b - a;
    return sub;
}

static void train_sentence(perceptron *p, const tdoc *d, size_t a, size_t b, int32_t *emit,
                           int32_t *bp, uint8_t *path)
{
    size_t n = b - a;
    emissions_cur(p, d->feats + a * NS_NFEAT, NS_NFEAT, n, emit);
    ns_tokens sub = sub_tokens(d, a, b);
    ns_tagger_mask(&sub, emit);
    int32_t t[NS_NTRANS], ct[NS_NTRANS];
    for (size_t i = 0; i < NS_NTRANS; i++)
        t[i] = (int32_t)lrint(p->t[i]);
    ns_trans_constrain(t, ct);
    ns_viterbi(emit, n, ct, bp, path);
    update(p, d->feats + a * NS_NFEAT, NS_NFEAT, d->gold + a, path, n);
}

/* ---- the linear-chain CRF (averaged SGD on the log-likelihood) -------- */

static double g_eta = 0.1, g_eta0 = 0.1; /* learning rate: this epoch's, the first */
static int g_crf;

static double logadd(double a, double b)
{
    if (a == -INFINITY)
        return b;
    if (b == -INFINITY)
        return a;
    return a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b));
}

static void train_sentence_crf(perceptron *p, const tdoc *d, size_t a, size_t b, int32_t *emit,
                               int32_t *bp, uint8_t *path)
{
    (void)bp;
    (void)path;
    enum { L = NS_NLABELS };
    size_t n = b - a;
    const uint8_t *g = d->gold + a;
    /* Which labels and moves are possible at all. */
    memset(emit, 0, n * NS_LSTRIDE * sizeof *emit);
    ns_tokens sub = sub_tokens(d, a, b);
    ns_tagger_mask(&sub, emit);
    int32_t zero[NS_NTRANS] = {0}, ct[NS_NTRANS];
    ns_trans_constrain(zero, ct);
    for (size_t i = 0; i < n; i++)
        if (emit[i * NS_LSTRIDE + g[i]] < 0)
            goto done; /* gold outside what the decoder can produce */
    double *E = xmalloc(n * L * sizeof *E), *al = xmalloc(n * L * sizeof *al),
           *be = xmalloc(n * L * sizeof *be);
    uint32_t mask = (uint32_t)(p->nw - 1);
    for (size_t i = 0; i < n; i++) {
        const uint32_t *f = d->feats + (a + i) * NS_NFEAT;
        for (int y = 0; y < L; y++) {
            if (emit[i * NS_LSTRIDE + (size_t)y] < 0) {
                E[i * L + (size_t)y] = -INFINITY;
                continue;
            }
            double v = 0;
            for (int k = 0; k < NS_NFEAT; k++)
                v += p->w[(size_t)(f[k] & mask) * NS_LSTRIDE + (size_t)y];
            E[i * L + (size_t)y] = v;
        }
    }
#define TR(pr, y) (ct[trans_index(pr, y)] < 0 ? -INFINITY : p->t[trans_index(pr, y)])
    for (int y = 0; y < L; y++)
        al[y] = TR(-1, y) + E[y];
    for (size_t i = 1; i < n; i++)
        for (int y = 0; y < L; y++) {
            double s = -INFINITY;
            for (int q = 0; q < L; q++)
                s = logadd(s, al[(i - 1) * L + (size_t)q] + TR(q, y));
            al[i * L + (size_t)y] = s + E[i * L + (size_t)y];
        }
    for (int y = 0; y < L; y++)
        be[(n - 1) * L + (size_t)y] = TR(y, -1);
    for (size_t i = n - 1; i-- > 0;)
        for (int y = 0; y < L; y++) {
            double s = -INFINITY;
            for (int q = 0; q < L; q++)
                s = logadd(s, TR(y, q) + E[(i + 1) * L + (size_t)q] + be[(i + 1) * L + (size_t)q]);
            be[i * L + (size_t)y] = s;
        }
    double logz = -INFINITY;
    for (int y = 0; y < L; y++)
        logz = logadd(logz, al[(n - 1) * L + (size_t)y] + be[(n - 1) * L + (size_t)y]);
    if (!isfinite(logz))
        goto out;
    for (size_t i = 0; i < n; i++) {
        const uint32_t *f = d->feats + (a + i) * NS_NFEAT;
        for (int y = 0; y < L; y++) {
            double pm = exp(al[i * L + (size_t)y] + be[i * L + (size_t)y] - logz);
            double gr = (g[i] == y) - pm;
            if (fabs(gr) > 1e-4)
                upd_feat(p, f, NS_NFEAT, y, g_eta * gr);
        }
    }
    for (int y = 0; y < L; y++) {
        double pm0 = exp(al[y] + be[y] - logz);
        if (ct[trans_index(-1, y)] >= 0)
            upd_trans(p, trans_index(-1, y), g_eta * ((g[0] == y) - pm0));
        double pmn = exp(al[(n - 1) * L + (size_t)y] + be[(n - 1) * L + (size_t)y] - logz);
        if (ct[trans_index(y, -1)] >= 0)
            upd_trans(p, trans_index(y, -1), g_eta * ((g[n - 1] == y) - pmn));
    }
    for (size_t i = 1; i < n; i++)
        for (int q = 0; q < L; q++)
            for (int y = 0; y < L; y++) {
                if (ct[trans_index(q, y)] < 0)
                    continue;
                double pm = exp(al[(i - 1) * L + (size_t)q] + p->t[trans_index(q, y)] +
                                E[i * L + (size_t)y] + be[i * L + (size_t)y] - logz);
                double gr = (g[i - 1] == q && g[i] == y) - pm;
                if (fabs(gr) > 1e-4)
                    upd_trans(p, trans_index(q, y), g_eta * gr);
            }
#undef TR
out:
    free(E);
    free(al);
    free(be);
done:
    p->c += 1;
}

/* Stage 2 scores in perceptron units: the first pass's emissions plus the
 * second pass's weights; decoded in fixed point (1/64). */
#define FIX 64.0

static void train_sentence2(perceptron *p, const tdoc *d, size_t a, size_t b, int32_t *emit,
                            int32_t *bp, uint8_t *path)
{
    size_t n = b - a;
    emissions_cur(p, d->feats2 + a * NS_NFEAT2, NS_NFEAT2, n, emit);
    for (size_t i = 0; i < n * NS_LSTRIDE; i++) {
        double v = (d->emit1[a * NS_LSTRIDE + i] + emit[i]) * FIX;
        emit[i] = (int32_t)lrint(v > 1e7 ? 1e7 : v < -1e7 ? -1e7 : v);
    }
    ns_tokens sub = sub_tokens(d, a, b);
    ns_tagger_mask(&sub, emit);
    int32_t t[NS_NTRANS], ct[NS_NTRANS];
    for (size_t i = 0; i < NS_NTRANS; i++)
        t[i] = (int32_t)lrint(p->t[i] * FIX);
    ns_trans_constrain(t, ct);
    ns_viterbi(emit, n, ct, bp, path);
    update(p, d->feats2 + a * NS_NFEAT2, NS_NFEAT2, d->gold + a, path, n);
}

static void perceptron_init(perceptron *p, unsigned bits)
{
    memset(p, 0, sizeof *p);
    p->bits = bits;
    p->nw = (size_t)1 << bits;
    p->w = xmalloc(p->nw * NS_LSTRIDE * sizeof *p->w);
    p->u = xmalloc(p->nw * NS_LSTRIDE * sizeof *p->u);
    p->c = 1;
}

static void perceptron_free(perceptron *p)
{
    free(p->w);
    free(p->u);
}

/* A first pass, quantised: what goes in the image. */
typedef struct stage {
    unsigned bits;
    double scale;
    int32_t tq[NS_NTRANS];
    double tavg[NS_NTRANS]; /* perceptron units */
    int16_t *q;             /* the second pass's weights */
    int8_t *q8;             /* the first pass's */
} stage;

/* The mean of k perceptrons' averaged weights (an ensemble of shuffles:
 * the same size as one model, and steadier). */
static double avg_weight(const perceptron *p, int k, size_t i)
{
    double v = 0;
    for (int j = 0; j < k; j++)
        v += p[j].w[i] - p[j].u[i] / p[j].c;
    return v / k;
}

static void average_stage1(const perceptron *p, int k, stage *s)
{
    double maxabs = 0;
    size_t nv = p->nw * NS_LSTRIDE;
    for (size_t i = 0; i < nv; i++) {
        double v = fabs(avg_weight(p, k, i));
        if (v > maxabs)
            maxabs = v;
    }
    s->bits = p->bits;
    s->scale = maxabs > 0 ? maxabs / 127.0 : 1.0;
    free(s->q8);
    s->q8 = xmalloc(nv * sizeof *s->q8);
    for (size_t i = 0; i < nv; i++)
        s->q8[i] = (int8_t)lrint(avg_weight(p, k, i) / s->scale);
    for (size_t i = 0; i < NS_NTRANS; i++) {
        double t = 0;
        for (int j = 0; j < k; j++)
            t += p[j].t[i] - p[j].tu[i] / p[j].c;
        s->tavg[i] = t / k;
        double v = s->tavg[i] / s->scale;
        s->tq[i] = (int32_t)lrint(v > 16000000 ? 16000000 : v < -16000000 ? -16000000 : v);
    }
}

/* The second pass, quantised in the first pass's units (s1->scale). */
static void average_stage2(const perceptron *p, const stage *s1, stage *s)
{
    size_t nv = p->nw * NS_LSTRIDE;
    s->bits = p->bits;
    s->scale = s1->scale;
    free(s->q);
    s->q = xmalloc(nv * sizeof *s->q);
    for (size_t i = 0; i < nv; i++) {
        double v = (p->w[i] - p->u[i] / p->c) / s->scale;
        s->q[i] = (int16_t)lrint(v > 32767 ? 32767 : v < -32767 ? -32767 : v);
    }
    for (size_t i = 0; i < NS_NTRANS; i++) {
        double v = (p->t[i] - p->tu[i] / p->c) / s->scale;
        s->tq[i] = (int32_t)lrint(v > 16000000 ? 16000000 : v < -16000000 ? -16000000 : v);
    }
}

static unsigned char *image_of(const stage *s1, const stage *s2, size_t *len)
{
    *len = ns_model_image_size(s1->bits, s2 ? s2->bits : 0);
    unsigned char *img = xmalloc(*len);
    ns_model_image_write(img, s1->bits, (float)s1->scale, s1->tq, s1->q8, s2 ? s2->bits : 0,
                         s2 ? s2->tq : NULL, s2 ? s2->q : NULL);
    return img;
}

static ns_model *load_image(const unsigned char *img, size_t len)
{
    ns_model *m;
    newsent_error err;
    if (ns_model_load_buffer(&g_mem, img, len, &m, &err)) {
        fprintf(stderr, "newsent-train: %s\n", err.message);
        exit(1);
    }
    return m;
}

typedef struct prf {
    size_t tp[3], np[3], ng[3];
} prf;

static void count_ents(const uint8_t *lab, size_t n, size_t *out_n, size_t (*ents)[3])
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int l = lab[i];
        if (!l || (NS_LABEL_POS(l) != 0 && NS_LABEL_POS(l) != 3))
            continue;
        size_t j = i;
        if (NS_LABEL_POS(l) == 0) {
            while (j + 1 < n && lab[j + 1] && NS_LABEL_TYPE(lab[j + 1]) == NS_LABEL_TYPE(l) &&
                   NS_LABEL_POS(lab[j + 1]) == 1)
                j++;
            if (j + 1 < n && lab[j + 1] && NS_LABEL_POS(lab[j + 1]) == 2)
                j++;
        }
        ents[k][0] = i, ents[k][1] = j, ents[k][2] = (size_t)NS_LABEL_TYPE(l);
        k++;
        i = j;
    }
    *out_n = k;
}

static ns_doc doc_of(const tdoc *d)
{
    ns_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.mem = &g_mem;
    doc.text = d->text;
    doc.len = d->len;
    doc.toks = d->toks;
    return doc;
}

static double evaluate(const ns_model *m, const corpus *dev, prf *r)
{
    memset(r, 0, sizeof *r);
    for (size_t di = 0; di < dev->n; di++) {
        const tdoc *d = &dev->d[di];
        size_t n = d->toks.n;
        uint8_t *path = xmalloc(n + 1);
        ns_doc doc = doc_of(d);
        if (ns_tagger_label(m, &doc, path))
            exit(1);
        size_t(*ge)[3] = xmalloc((n + 1) * sizeof *ge), (*pe)[3] = xmalloc((n + 1) * sizeof *pe);
        size_t ng, np;
        count_ents(d->gold, n, &ng, ge);
        count_ents(path, n, &np, pe);
        for (size_t i = 0; i < ng; i++)
            r->ng[ge[i][2]]++;
        for (size_t i = 0; i < np; i++) {
            r->np[pe[i][2]]++;
            for (size_t j = 0; j < ng; j++)
                if (ge[j][0] == pe[i][0] && ge[j][1] == pe[i][1] && ge[j][2] == pe[i][2]) {
                    r->tp[pe[i][2]]++;
                    break;
                }
        }
        free(ge);
        free(pe);
        free(path);
    }
    size_t tp = 0, np = 0, ng = 0;
    for (int t = 0; t < 3; t++)
        tp += r->tp[t], np += r->np[t], ng += r->ng[t];
    return np + ng ? 200.0 * (double)tp / (double)(np + ng) : 0;
}

static double report(const char *what, int ep, const ns_model *m, const corpus *dv)
{
    if (!dv->n) {
        fprintf(stderr, "%s epoch %2d done\n", what, ep);
        return -1;
    }
    prf r;
    double f = evaluate(m, dv, &r);
    fprintf(stderr,
            "%s epoch %2d: dev F1 %.2f (PER %zu/%zu/%zu LOC %zu/%zu/%zu ORG %zu/%zu/%zu "
            "tp/pred/gold)\n",
            what, ep, f, r.tp[0], r.np[0], r.ng[0], r.tp[1], r.np[1], r.ng[1], r.tp[2], r.np[2],
            r.ng[2]);
    return f;
}

typedef struct scratch {
    int32_t *emit;
    int32_t *bp;
    uint8_t *path;
} scratch;

static void each_sentence(const tdoc *d,
                          void (*fn)(perceptron *, const tdoc *, size_t, size_t, int32_t *,
                                     int32_t *, uint8_t *),
                          perceptron *p, scratch *sc)
{
    for (size_t a = 0; a < d->toks.n;) {
        size_t b = a + 1;
        while (b < d->toks.n && d->toks.v[b].sent == d->toks.v[a].sent)
            b++;
        fn(p, d, a, b, sc->emit, sc->bp, sc->path);
        a = b;
    }
}

/* Trains a first pass (an ensemble of k shuffles) on the documents
 * docs[0..nd) of tr; with a dev set and !fixed keeps the best epoch on dev.
 * Returns the epoch kept. */
static int train_stage1(const corpus *tr, const size_t *docs, size_t nd, const corpus *dv,
                        int epochs, int fixed, unsigned bits, uint64_t seed, int k, scratch *sc,
                        stage *out, int quiet)
{
    perceptron *p = xmalloc((size_t)k * sizeof *p);
    size_t **order = xmalloc((size_t)k * sizeof *order);
    uint64_t *rs = xmalloc((size_t)k * sizeof *rs);
    for (int j = 0; j < k; j++) {
        perceptron_init(&p[j], bits);
        order[j] = xmalloc(nd * sizeof **order);
        memcpy(order[j], docs, nd * sizeof **order);
        rs[j] = (seed + 7919u * (unsigned)j) * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull;
    }
    double best_f = -2;
    int best_epoch = 0;
    stage cur = {0};
    for (int ep = 1; ep <= epochs; ep++) {
        for (int j = 0; j < k; j++) {
            rng_state = rs[j];
            shuffle(order[j], nd);
            rs[j] = rng_state;
            g_eta = g_eta0 / (1.0 + 0.5 * (ep - 1));
            for (size_t i = 0; i < nd; i++)
                each_sentence(&tr->d[order[j][i]], g_crf ? train_sentence_crf : train_sentence,
                              &p[j], sc);
        }
        if (quiet && ep < epochs)
            continue;
        average_stage1(p, k, &cur);
        double f = -1;
        if (!quiet) {
            size_t len;
            unsigned char *img = image_of(&cur, NULL, &len);
            ns_model *m = load_image(img, len);
            f = report("pass 1", ep, m, dv);
            ns_model_free(&g_mem, m);
            free(img);
        }
        if (fixed || f > best_f) {
            free(out->q8);
            *out = cur;
            cur.q8 = NULL;
            best_f = f, best_epoch = ep;
        }
    }
    free(cur.q8);
    for (int j = 0; j < k; j++) {
        perceptron_free(&p[j]);
        free(order[j]);
    }
    free(p);
    free(order);
    free(rs);
    return best_epoch;
}

/* First-pass emissions and second-pass features for documents docs[0..nd),
 * from the first pass s1. */
static void first_pass_outputs(corpus *c, const size_t *docs, size_t nd, const stage *s1)
{
    size_t len;
    unsigned char *img = image_of(s1, NULL, &len);
    ns_model *m = load_image(img, len);
    for (size_t k = 0; k < nd; k++) {
        tdoc *d = &c->d[docs[k]];
        size_t n = d->toks.n;
        int32_t *e = xmalloc(n * NS_LSTRIDE * sizeof *e + 4);
        uint8_t *path = xmalloc(n + 1);
        free(d->emit1);
        free(d->feats2);
        d->emit1 = xmalloc(n * NS_LSTRIDE * sizeof *d->emit1 + 4);
        d->feats2 = xmalloc(n * NS_NFEAT2 * sizeof *d->feats2 + 4);
        ns_doc doc = doc_of(d);
        if (ns_tagger_label_ex(m, &doc, path, e, NULL, d->feats2))
            exit(1);
        for (size_t i = 0; i < n * NS_LSTRIDE; i++)
            d->emit1[i] = (float)(e[i] * s1->scale);
        free(e);
        free(path);
    }
    ns_model_free(&g_mem, m);
    free(img);
}

static void usage(void)
{
    fprintf(stderr,
            "usage: newsent-train --train FILE[,FILE...] [--dev FILE] [--epochs N]\n"
            "                     [--bits B] [--seed S] [--fixed]\n"
            "                     [--ensemble K] [--stage2 B2 [--epochs2 N]] --out MODEL\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *out = NULL;
    int epochs = 12, epochs2 = 6, fixed = 0, ens = 1;
    unsigned bits = 18, bits2 = 0;
    unsigned long long seed = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--fixed") == 0) {
            fixed = 1;
            continue;
        }
        if (strcmp(a, "--crf") == 0) {
            g_crf = 1;
            continue;
        }
        if (!v)
            usage();
        if (strcmp(a, "--train") == 0)
            train = v;
        else if (strcmp(a, "--dev") == 0)
            dev = v;
        else if (strcmp(a, "--out") == 0)
            out = v;
        else if (strcmp(a, "--epochs") == 0)
            epochs = atoi(v);
        else if (strcmp(a, "--eta") == 0)
            g_eta0 = atof(v);
        else if (strcmp(a, "--ensemble") == 0)
            ens = atoi(v);
        else if (strcmp(a, "--epochs2") == 0)
            epochs2 = atoi(v);
        else if (strcmp(a, "--bits") == 0)
            bits = (unsigned)atoi(v);
        else if (strcmp(a, "--stage2") == 0)
            bits2 = (unsigned)atoi(v);
        else if (strcmp(a, "--seed") == 0)
            seed = strtoull(v, NULL, 10);
        else
            usage();
        i++;
    }
    if (!train || !out || bits < 10 || bits > 22 || epochs < 1 || epochs2 < 1 || ens < 1 ||
        (bits2 && (bits2 < 8 || bits2 > 20)))
        usage();
    ns_mem_default(&g_mem);
    corpus tr = {0}, dv = {0};
    char *list = strdup(train);
    /* read_conll uses strtok itself, so split the list with strtok_r. */
    char *save = NULL;
    for (char *s = strtok_r(list, ",", &save); s; s = strtok_r(NULL, ",", &save))
        read_conll(s, &tr);
    free(list);
    if (dev)
        read_conll(dev, &dv);
    size_t ntok = 0, maxn = 1;
    for (size_t i = 0; i < tr.n; i++) {
        ntok += tr.d[i].toks.n;
        if (tr.d[i].toks.n > maxn)
            maxn = tr.d[i].toks.n;
    }
    fprintf(stderr, "train: %zu documents, %zu tokens; dev: %zu documents\n", tr.n, ntok, dv.n);
    scratch sc = {xmalloc(maxn * NS_LSTRIDE * sizeof(int32_t)),
                  xmalloc(maxn * NS_LSTRIDE * sizeof(int32_t)), xmalloc(maxn)};
    size_t *all = xmalloc(tr.n * sizeof *all);
    for (size_t i = 0; i < tr.n; i++)
        all[i] = i;
    stage s1 = {0};
    int e1 = train_stage1(&tr, all, tr.n, &dv, epochs, fixed, bits, seed, ens, &sc, &s1, 0);
    fprintf(stderr, "pass 1: epoch %d kept\n", e1);
    stage s2 = {0};
    int e2 = 0;
    if (bits2) {
        /* Jackknifed first-pass outputs for the training documents. */
        enum { FOLDS = 5 };
        size_t *in = xmalloc(tr.n * sizeof *in), *held = xmalloc(tr.n * sizeof *held);
        for (int f = 0; f < FOLDS; f++) {
            size_t nin = 0, nheld = 0;
            for (size_t i = 0; i < tr.n; i++)
                if ((int)(i % FOLDS) == f)
                    held[nheld++] = i;
                else
                    in[nin++] = i;
            stage sf = {0};
            train_stage1(&tr, in, nin, &dv, e1, 1, bits, seed + 1 + (unsigned)f, ens, &sc, &sf, 1);
            first_pass_outputs(&tr, held, nheld, &sf);
            free(sf.q8);
            fprintf(stderr, "pass 1 fold %d done\n", f + 1);
        }
        free(in);
        free(held);
        perceptron p;
        perceptron_init(&p, bits2);
        for (size_t i = 0; i < NS_NTRANS; i++)
            p.t[i] = s1.tavg[i]; /* start from the first pass's moves */
        size_t *order = xmalloc(tr.n * sizeof *order);
        memcpy(order, all, tr.n * sizeof *order);
        rng_state = (seed + 100) * 0x9E3779B97F4A7C15ull + 1;
        double best_f = -2;
        stage cur = {0};
        for (int ep = 1; ep <= epochs2; ep++) {
            shuffle(order, tr.n);
            for (size_t k = 0; k < tr.n; k++)
                each_sentence(&tr.d[order[k]], train_sentence2, &p, &sc);
            average_stage2(&p, &s1, &cur);
            size_t len;
            unsigned char *img = image_of(&s1, &cur, &len);
            ns_model *m = load_image(img, len);
            double f = report("pass 2", ep, m, &dv);
            ns_model_free(&g_mem, m);
            free(img);
            if (fixed || f > best_f) {
                free(s2.q);
                s2 = cur;
                cur.q = NULL;
                best_f = f, e2 = ep;
            }
        }
        free(cur.q);
        free(order);
        perceptron_free(&p);
        fprintf(stderr, "pass 2: epoch %d kept\n", e2);
    }
    size_t len;
    unsigned char *img = image_of(&s1, bits2 ? &s2 : NULL, &len);
    FILE *fo = fopen(out, "wb");
    if (!fo || fwrite(img, 1, len, fo) != len || fclose(fo)) {
        perror(out);
        return 1;
    }
    fprintf(stderr, "wrote %s (%zu bytes) from epochs %d/%d%s\n", out, len, e1, e2,
            dv.n && !fixed ? " (best on dev)" : "");
    return 0;
}
