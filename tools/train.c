/* newsent-train: trains the tagger's model (an averaged structured
 * perceptron over the library's own features) from CoNLL-2003 files and
 * writes a model image (tagger/tagger.h).
 *
 *   newsent-train --train FILE[,FILE...] [--dev FILE] [--epochs N] [--bits B]
 *                 [--seed S] [--fixed] --out MODEL
 *
 * Each -DOCSTART- block becomes one document built as `newsent conll`
 * builds it (tokens joined by one space, sentences by a blank line); the
 * library's tokenizer splits it, the gold IOB1/IOB2 tags are projected onto
 * those tokens by byte offsets (MISC counts as O), and the features are the
 * library's (ns_features_doc). With --dev, the epoch whose quantised model
 * scores best on dev is kept (early stopping); --fixed keeps the last epoch
 * (for a final run on train+dev with the epoch count found before).
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
    ns_features_doc(&gz, text, &d->toks, info, d->feats, scratch);
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
    int32_t *w; /* current weights, [2^bits][NS_LSTRIDE] */
    double *u;  /* sum of c * update, for the average */
    int32_t t[NS_NTRANS];
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

static void emissions_cur(const perceptron *p, const uint32_t *feats, size_t n, int32_t *emit)
{
    uint32_t mask = (uint32_t)(p->nw - 1);
    for (size_t i = 0; i < n; i++) {
        int32_t acc[NS_LSTRIDE] = {0};
        for (int k = 0; k < NS_NFEAT; k++) {
            const int32_t *row = p->w + (size_t)(feats[i * NS_NFEAT + k] & mask) * NS_LSTRIDE;
            for (int l = 0; l < NS_LSTRIDE; l++)
                acc[l] += row[l];
        }
        memcpy(emit + i * NS_LSTRIDE, acc, sizeof acc);
    }
}

static void upd_feat(perceptron *p, const uint32_t *f, int label, int delta)
{
    uint32_t mask = (uint32_t)(p->nw - 1);
    for (int k = 0; k < NS_NFEAT; k++) {
        size_t i = (size_t)(f[k] & mask) * NS_LSTRIDE + (size_t)label;
        p->w[i] += delta;
        p->u[i] += p->c * delta;
    }
}

static void upd_trans(perceptron *p, size_t i, int delta)
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

static void train_sentence(perceptron *p, const tdoc *d, size_t a, size_t b, int32_t *emit,
                           uint8_t *bp, uint8_t *path)
{
    size_t n = b - a;
    emissions_cur(p, d->feats + a * NS_NFEAT, n, emit);
    ns_tokens sub = d->toks;
    sub.v += a;
    sub.n = n;
    ns_tagger_mask(&sub, emit);
    int32_t ct[NS_NTRANS];
    ns_trans_constrain(p->t, ct);
    ns_viterbi(emit, n, ct, bp, path);
    const uint8_t *g = d->gold + a;
    if (memcmp(path, g, n) != 0) {
        for (size_t i = 0; i < n; i++) {
            if (path[i] != g[i]) {
                upd_feat(p, d->feats + (a + i) * NS_NFEAT, g[i], 1);
                upd_feat(p, d->feats + (a + i) * NS_NFEAT, path[i], -1);
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

/* The averaged weights, quantised to int16, as a model image. */
static unsigned char *average_image(const perceptron *p, size_t *len)
{
    double maxabs = 0;
    float *avg = xmalloc(p->nw * NS_LSTRIDE * sizeof *avg);
    for (size_t i = 0; i < p->nw * NS_LSTRIDE; i++) {
        double v = p->w[i] - p->u[i] / p->c;
        avg[i] = (float)v;
        if (fabs(v) > maxabs)
            maxabs = fabs(v);
    }
    double tavg[NS_NTRANS];
    for (size_t i = 0; i < NS_NTRANS; i++)
        tavg[i] = p->t[i] - p->tu[i] / p->c;
    double scale = maxabs > 0 ? maxabs / 32767.0 : 1.0;
    int16_t *q = xmalloc(p->nw * NS_LSTRIDE * sizeof *q);
    for (size_t i = 0; i < p->nw * NS_LSTRIDE; i++)
        q[i] = (int16_t)lrint(avg[i] / scale);
    int32_t tq[NS_NTRANS];
    for (size_t i = 0; i < NS_NTRANS; i++) {
        double v = tavg[i] / scale;
        tq[i] = (int32_t)lrint(v > 16000000 ? 16000000 : v < -16000000 ? -16000000 : v);
    }
    *len = ns_model_image_size(p->bits);
    unsigned char *img = xmalloc(*len);
    ns_model_image_write(img, p->bits, (float)scale, tq, q);
    free(avg);
    free(q);
    return img;
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

static double evaluate(const ns_model *m, const corpus *dev, prf *r)
{
    memset(r, 0, sizeof *r);
    for (size_t di = 0; di < dev->n; di++) {
        const tdoc *d = &dev->d[di];
        size_t n = d->toks.n;
        uint8_t *path = xmalloc(n + 1);
        ns_doc doc;
        memset(&doc, 0, sizeof doc);
        doc.mem = &g_mem;
        doc.text = d->text;
        doc.len = d->len;
        doc.toks = d->toks;
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

static void usage(void)
{
    fprintf(stderr, "usage: newsent-train --train FILE[,FILE...] [--dev FILE] [--epochs N]\n"
                    "                     [--bits B] [--seed S] [--fixed] --out MODEL\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *out = NULL;
    int epochs = 12, fixed = 0;
    unsigned bits = 18;
    unsigned long long seed = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--fixed") == 0) {
            fixed = 1;
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
        else if (strcmp(a, "--bits") == 0)
            bits = (unsigned)atoi(v);
        else if (strcmp(a, "--seed") == 0)
            seed = strtoull(v, NULL, 10);
        else
            usage();
        i++;
    }
    if (!train || !out || bits < 10 || bits > 22 || epochs < 1)
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
    size_t ntok = 0;
    for (size_t i = 0; i < tr.n; i++)
        ntok += tr.d[i].toks.n;
    fprintf(stderr, "train: %zu documents, %zu tokens; dev: %zu documents\n", tr.n, ntok, dv.n);

    perceptron p = {0};
    p.bits = bits;
    p.nw = (size_t)1 << bits;
    p.w = xmalloc(p.nw * NS_LSTRIDE * sizeof *p.w);
    p.u = xmalloc(p.nw * NS_LSTRIDE * sizeof *p.u);
    p.c = 1;
    rng_state = seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull;
    size_t maxn = 1;
    for (size_t i = 0; i < tr.n; i++)
        if (tr.d[i].toks.n > maxn)
            maxn = tr.d[i].toks.n;
    int32_t *emit = xmalloc(maxn * NS_LSTRIDE * sizeof *emit);
    uint8_t *bp = xmalloc(maxn * NS_LSTRIDE), *path = xmalloc(maxn);
    size_t *order = xmalloc(tr.n * sizeof *order);
    for (size_t i = 0; i < tr.n; i++)
        order[i] = i;
    unsigned char *best = NULL;
    size_t best_len = 0;
    double best_f = -1;
    int best_epoch = 0;
    for (int ep = 1; ep <= epochs; ep++) {
        for (size_t i = tr.n; i > 1; i--) {
            size_t j = (size_t)(rng_next() % i), t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        for (size_t k = 0; k < tr.n; k++) {
            const tdoc *d = &tr.d[order[k]];
            for (size_t a = 0; a < d->toks.n;) {
                size_t b = a + 1;
                while (b < d->toks.n && d->toks.v[b].sent == d->toks.v[a].sent)
                    b++;
                train_sentence(&p, d, a, b, emit, bp, path);
                a = b;
            }
        }
        size_t len;
        unsigned char *img = average_image(&p, &len);
        double f = -1;
        if (dv.n) {
            ns_model *m;
            newsent_error err;
            if (ns_model_load_buffer(&g_mem, img, len, &m, &err)) {
                fprintf(stderr, "newsent-train: %s\n", err.message);
                return 1;
            }
            prf r;
            f = evaluate(m, &dv, &r);
            ns_model_free(&g_mem, m);
            fprintf(stderr,
                    "epoch %2d: dev F1 %.2f (PER %zu/%zu/%zu LOC %zu/%zu/%zu ORG %zu/%zu/%zu "
                    "tp/pred/gold)\n",
                    ep, f, r.tp[0], r.np[0], r.ng[0], r.tp[1], r.np[1], r.ng[1], r.tp[2], r.np[2],
                    r.ng[2]);
        } else {
            fprintf(stderr, "epoch %2d done\n", ep);
        }
        if (fixed || f > best_f) {
            free(best);
            best = img, best_len = len, best_f = f, best_epoch = ep;
        } else {
            free(img);
        }
    }
    FILE *fo = fopen(out, "wb");
    if (!fo || fwrite(best, 1, best_len, fo) != best_len || fclose(fo)) {
        perror(out);
        return 1;
    }
    fprintf(stderr, "wrote %s (%zu bytes) from epoch %d%s\n", out, best_len, best_epoch,
            dv.n && !fixed ? " (best on dev)" : "");
    return 0;
}
