/* The decoder (hand-made scores with a known best path), feature
 * extraction, and the tagger end to end with hand-made weights. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "pipeline/doc.h"
#include "tagger/features.h"
#include "tagger/gazetteer.h"
#include "tagger/tagger.h"
#include "text/tokenize.h"

#define PER_B NS_LABEL(0, 0)
#define PER_I NS_LABEL(0, 1)
#define PER_L NS_LABEL(0, 2)
#define PER_U NS_LABEL(0, 3)
#define LOC_U NS_LABEL(1, 3)
#define ORG_B NS_LABEL(2, 0)
#define ORG_L NS_LABEL(2, 2)

/* The decoder as first written, every move added one by one: the BILOU
 * shortcut in ns_viterbi must give exactly its paths, ties included. */
static void reference_viterbi(const int32_t *emit, size_t n, const int32_t *ct, int32_t *score,
                              uint8_t *path)
{
    const int32_t forbid = -(1 << 28);
    for (int j = 0; j < NS_NLABELS; j++)
        score[j] = ct[j] + emit[j];
    for (size_t t = 1; t < n; t++) {
        const int32_t *prev = score + (t - 1) * NS_LSTRIDE, *e = emit + t * NS_LSTRIDE;
        int32_t acc[NS_NLABELS], top = INT32_MIN;
        for (int j = 0; j < NS_NLABELS; j++) {
            acc[j] = prev[0] + ct[NS_NLABELS + j];
            for (int p = 1; p < NS_NLABELS; p++) {
                int32_t v = prev[p] + ct[(p + 1) * NS_NLABELS + j];
                acc[j] = v > acc[j] ? v : acc[j];
            }
            acc[j] += e[j];
            top = acc[j] > top ? acc[j] : top;
        }
        for (int j = 0; j < NS_NLABELS; j++) {
            int32_t v = acc[j] - top;
            score[t * NS_LSTRIDE + (size_t)j] = v < 3 * forbid ? 3 * forbid : v;
        }
    }
    int arg = 0;
    int32_t best = INT32_MIN;
    for (int p = 0; p < NS_NLABELS; p++) {
        int32_t sc =
            score[(n - 1) * NS_LSTRIDE + (size_t)p] + ct[(NS_NLABELS + 1) * NS_NLABELS + p];
        if (sc > best)
            best = sc, arg = p;
    }
    for (size_t t = n - 1; t > 0; t--) {
        path[t] = (uint8_t)arg;
        int32_t bs = INT32_MIN;
        int ba = 0;
        for (int p = 0; p < NS_NLABELS; p++) {
            int32_t sc = score[(t - 1) * NS_LSTRIDE + (size_t)p] + ct[(p + 1) * NS_NLABELS + arg];
            if (sc > bs)
                bs = sc, ba = p;
        }
        arg = ba;
    }
    path[0] = (uint8_t)arg;
}

static void test_viterbi_matches_reference(void **state)
{
    (void)state;
    enum { N = 40 };
    int32_t trans[NS_NTRANS], ct[NS_NTRANS], emit[N * NS_LSTRIDE], s1[N * NS_LSTRIDE],
        s2[N * NS_LSTRIDE];
    uint8_t p1[N], p2[N];
    uint32_t x = 12345;
    for (int round = 0; round < 3000; round++) {
        /* Small ranges make ties common; masked tokens make whole rows
         * forbidden, as ns_tagger_mask does. */
        int range = round % 3 == 0 ? 3 : round % 3 == 1 ? 40 : 4000;
        for (int k = 0; k < NS_NTRANS; k++) {
            x = x * 1103515245u + 12345u;
            trans[k] = (int32_t)((x >> 8) % (uint32_t)(2 * range + 1)) - range;
        }
        ns_trans_constrain(trans, ct);
        size_t n = 1 + (size_t)(round % N);
        for (size_t i = 0; i < n * NS_LSTRIDE; i++) {
            x = x * 1103515245u + 12345u;
            emit[i] = (int32_t)((x >> 8) % (uint32_t)(2 * range + 1)) - range;
        }
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            if ((x >> 16) % 7 == 0)
                for (int l = 1; l < NS_NLABELS; l++)
                    emit[i * NS_LSTRIDE + (size_t)l] = -(1 << 28);
        }
        reference_viterbi(emit, n, ct, s1, p1);
        ns_viterbi(emit, n, ct, s2, p2);
        assert_memory_equal(p1, p2, n);
    }
}

static void test_viterbi_known_path(void **state)
{
    (void)state;
    int32_t trans[NS_NTRANS] = {0}, ct[NS_NTRANS];
    ns_trans_constrain(trans, ct);
    /* Token by token the best labels are B-PER, O, L-PER: an illegal path.
     * Of the legal ones U-PER O U-PER (8 + 5 + 8 = 21) beats
     * B-PER I-PER L-PER (10 - 1 + 10 = 19). */
    int32_t emit[3 * NS_LSTRIDE] = {0};
    emit[0 * NS_LSTRIDE + PER_B] = 10;
    emit[0 * NS_LSTRIDE + PER_U] = 8;
    emit[1 * NS_LSTRIDE + 0] = 5;
    emit[1 * NS_LSTRIDE + PER_I] = -1;
    emit[2 * NS_LSTRIDE + PER_L] = 10;
    emit[2 * NS_LSTRIDE + PER_U] = 8;
    int32_t bp[3 * NS_LSTRIDE];
    uint8_t path[3];
    ns_viterbi(emit, 3, ct, bp, path);
    assert_int_equal(path[0], PER_U);
    assert_int_equal(path[1], 0);
    assert_int_equal(path[2], PER_U);
    /* Make the inside token cheaper: now the span wins (10 + 4 + 10). */
    emit[1 * NS_LSTRIDE + PER_I] = 4;
    ns_viterbi(emit, 3, ct, bp, path);
    assert_int_equal(path[0], PER_B);
    assert_int_equal(path[1], PER_I);
    assert_int_equal(path[2], PER_L);
    /* A transition weight can tip it back. */
    trans[(PER_B + 1) * NS_NLABELS + PER_I] = -10;
    ns_trans_constrain(trans, ct);
    ns_viterbi(emit, 3, ct, bp, path);
    assert_int_equal(path[0], PER_U);
    /* A sentence may not end inside a name, nor start with L or I. */
    int32_t e1[NS_LSTRIDE] = {0};
    e1[PER_B] = 100;
    e1[PER_L] = 90;
    e1[ORG_L] = 80;
    e1[LOC_U] = 1;
    ns_viterbi(e1, 1, ct, bp, path);
    assert_int_equal(path[0], LOC_U);
}

static void tokenize(const char *text, ns_tokens *t)
{
    ns_mem mem;
    ns_mem_default(&mem);
    memset(t, 0, sizeof *t);
    assert_int_equal(ns_tokenize(&mem, text, strlen(text), t), 0);
}

static void features_of(const char *text, ns_tokens *t, ns_tokinfo **info, uint32_t **feats)
{
    tokenize(text, t);
    ns_gazetteer gz;
    ns_gaz_default(&gz);
    *info = calloc(t->n, sizeof **info);
    *feats = calloc(t->n * NS_NFEAT, sizeof **feats);
    void *scratch = malloc(ns_features_scratch_size(t->n));
    ns_features_doc(&gz, text, t, NULL, *info, *feats, scratch);
    free(scratch);
}

static void test_features(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    const char *text = "Merkel visited New York.\n\nOn Monday Chancellor Merkel left New York.";
    ns_tokens t;
    ns_tokinfo *info;
    uint32_t *f;
    features_of(text, &t, &info, &f);
    assert_int_equal(t.n, 13);
    /* Same word, same lexical features wherever it is. */
    assert_int_equal(f[0 * NS_NFEAT + 1], f[8 * NS_NFEAT + 1]);
    assert_int_equal(f[0 * NS_NFEAT + 2], f[8 * NS_NFEAT + 2]);
    /* ... but capitalisation in context differs: sentence-initial or not. */
    assert_int_not_equal(info[0].ctx, info[8].ctx);
    /* The sentence-initial Merkel is capitalised mid-sentence elsewhere. */
    assert_true(info[0].doc & 1);
    /* "New York" is one gazetteer place: B then L. */
    assert_int_equal(info[2].gzspan & 3, 0);
    assert_int_equal(info[3].gzspan & 3, 2);
    assert_true(info[2].gzspan & 4);
    assert_int_equal(info[1].gzspan, 0);
    /* A title before the name is a cue; a month is a time word. */
    assert_true(info[8].cue & 2 || info[8].cue & 1);
    assert_true(info[6].gz & NS_GZ_TIMEWORD);
    /* Features are deterministic. */
    ns_tokinfo *info2;
    uint32_t *f2;
    ns_tokens t2;
    features_of(text, &t2, &info2, &f2);
    assert_memory_equal(f, f2, t.n * NS_NFEAT * sizeof *f);
    ns_tokens_free(&mem, &t);
    ns_tokens_free(&mem, &t2);
    free(info);
    free(f);
    free(info2);
    free(f2);
}

/* A name with diacritics has the word features of its ASCII spelling (the
 * model learned from ASCII text), and keeps its own gazetteer key. */
static void test_diacritics_fold_in_features(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens a, b;
    ns_tokinfo *ia, *ib;
    uint32_t *fa, *fb;
    features_of("President Erdo\xc4\x9f"
                "an spoke.",
                &a, &ia, &fa);
    features_of("President Erdogan spoke.", &b, &ib, &fb);
    assert_int_equal(a.n, b.n);
    for (int k = 1; k <= 6; k++) /* word, lower-cased word, shape, affixes */
        assert_int_equal(fa[1 * NS_NFEAT + (size_t)k], fb[1 * NS_NFEAT + (size_t)k]);
    /* the context features of the next word see it the same way too */
    assert_memory_equal(fa + 2 * NS_NFEAT, fb + 2 * NS_NFEAT, NS_NFEAT * sizeof *fa);
    ns_tokens_free(&mem, &a);
    ns_tokens_free(&mem, &b);
    free(ia);
    free(fa);
    free(ib);
    free(fb);
}

/* A model whose only non-zero weights are on the word features (template 2,
 * the lower-cased word) of the words given, for the labels given. */
static ns_model *hand_model(const char *text, const int *labels, size_t n)
{
    ns_tokens t;
    ns_tokinfo *info;
    uint32_t *f;
    features_of(text, &t, &info, &f);
    assert_int_equal(t.n, n);
    enum { BITS = 16 };
    size_t rows = (size_t)1 << BITS;
    int8_t *w = calloc(rows * NS_LSTRIDE, sizeof *w);
    int32_t trans[NS_NTRANS] = {0};
    for (size_t i = 0; i < n; i++)
        w[(f[i * NS_NFEAT + 2] & (rows - 1)) * NS_LSTRIDE + (size_t)labels[i]] = 100;
    size_t len = ns_model_image_size(BITS, 0);
    unsigned char *img = malloc(len);
    ns_model_image_write(img, BITS, 1.0f, trans, w, 0, NULL, NULL);
    ns_mem mem;
    ns_mem_default(&mem);
    ns_model *m = NULL;
    newsent_error err;
    assert_int_equal(ns_model_load_buffer(&mem, img, len, &m, &err), NEWSENT_OK);
    free(img);
    free(w);
    free(info);
    free(f);
    ns_tokens_free(&mem, &t);
    return m;
}

static void test_tagger_with_hand_weights(void **state)
{
    (void)state;
    const char *train = "John Smith joined Acme Corp in Paris";
    const int labels[] = {PER_B, PER_L, 0, ORG_B, ORG_L, 0, LOC_U};
    ns_model *m = hand_model(train, labels, 7);
    ns_mem mem;
    ns_mem_default(&mem);
    const char *text = "Yesterday John Smith left Acme Corp for Paris, \xff and Paris.";
    ns_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.mem = &mem;
    doc.text = text;
    doc.len = strlen(text);
    doc.labels = NEWSENT_LABEL_ALL;
    ns_arena_init(&doc.arena, &mem);
    assert_int_equal(ns_tokenize(&mem, text, doc.len, &doc.toks), 0);
    assert_int_equal(ns_tagger_run(m, &doc), NEWSENT_OK);
    assert_int_equal(doc.nents, 4);
    const char *want[] = {"John Smith", "Acme Corp", "Paris", "Paris"};
    const unsigned lab[] = {NEWSENT_LABEL_PERSON, NEWSENT_LABEL_ORG, NEWSENT_LABEL_PLACE,
                            NEWSENT_LABEL_PLACE};
    for (size_t k = 0; k < 4; k++) {
        const newsent_entity *e = &doc.ents[k];
        assert_int_equal(e->byte_end - e->byte_start, strlen(want[k]));
        assert_memory_equal(text + e->byte_start, want[k], strlen(want[k]));
        assert_int_equal(e->label, lab[k]);
        assert_int_equal(e->tok_end - e->tok_start, k < 2 ? 2 : 1);
    }
    ns_tokens_free(&mem, &doc.toks);
    ns_free(&mem, doc.ents);
    ns_arena_release(&doc.arena);
    ns_model_free(&mem, m);
}

static void label_text(const ns_model *m, const char *text, uint8_t *path, uint8_t *all_path,
                       size_t want_n)
{
    ns_mem mem;
    ns_mem_default(&mem);
    ns_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.mem = &mem;
    doc.text = text;
    doc.len = strlen(text);
    doc.labels = NEWSENT_LABEL_ALL;
    assert_int_equal(ns_tokenize(&mem, text, doc.len, &doc.toks), 0);
    assert_int_equal(doc.toks.n, want_n);
    assert_int_equal(ns_tagger_label(m, &doc, path), NEWSENT_OK);
    /* Asking for the first pass's labels scores every token, as training
     * does. */
    uint8_t path1[16];
    assert_int_equal(ns_tagger_label_ex(m, &doc, all_path, NULL, path1, NULL), NEWSENT_OK);
    ns_tokens_free(&mem, &doc.toks);
}

/* A token with no capital next to it, nor across punctuation, is O
 * unscored, whatever the model says of it; one with a capital inside
 * ("eBay") or reached across punctuation ("Paris , xyz") is scored. */
static void test_quiet_tokens_are_o(void **state)
{
    (void)state;
    const char *train = "acme corp ebay xyz";
    const int labels[] = {ORG_B, ORG_L, NS_LABEL(2, 3), PER_U};
    ns_model *m = hand_model(train, labels, 4);
    ns_mem mem;
    ns_mem_default(&mem);
    uint8_t path[16], all[16];

    label_text(m, "we saw acme corp sell eBay to them", path, all, 8);
    assert_int_equal(all[2], ORG_B); /* scored, the model finds it */
    assert_int_equal(all[3], ORG_L);
    assert_int_equal(path[2], 0); /* quiet: O */
    assert_int_equal(path[3], 0);
    assert_int_equal(path[5], NS_LABEL(2, 3)); /* eBay */

    label_text(m, "in Paris , xyz ate ; in rome , xyz ate", path, all, 11);
    assert_int_equal(path[3], PER_U); /* reached from Paris across the comma */
    assert_int_equal(all[9], PER_U);
    assert_int_equal(path[9], 0); /* rome is not capitalised */
    ns_model_free(&mem, m);
}

/* CPU time of this thread: other processes on the machine do not count. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double extract_seconds(newsent_extractor *ex, const char *unit, size_t len)
{
    size_t ul = strlen(unit);
    char *text = malloc(len);
    for (size_t i = 0; i < len; i++)
        text[i] = unit[i % ul];
    newsent_result *r = NULL;
    double t0 = now();
    assert_int_equal(newsent_extract(ex, text, len, NULL, &r, NULL), NEWSENT_OK);
    double took = now() - t0;
    newsent_result_free(r);
    free(text);
    return took;
}

/* One capitalised run of 87,000 words, and thousands of repeated names and
 * acronyms: the features, both passes and the document pass stay linear, so
 * four times the text takes about four times as long (quadratic work would
 * take sixteen). */
static void test_long_documents_stay_linear(void **state)
{
    (void)state;
    const char *units[] = {"March ", "Angela Merkel said the EU and the European Union agreed. "};
    newsent_extractor *ex = NULL;
    assert_int_equal(newsent_extractor_new(NULL, &ex, NULL), NEWSENT_OK);
    for (size_t u = 0; u < 2; u++) {
        double small = extract_seconds(ex, units[u], 128 * 1024);
        double big = extract_seconds(ex, units[u], 512 * 1024);
        assert_true(big < 8 * small + 0.05);
    }
    newsent_extractor_free(ex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_viterbi_known_path),
        cmocka_unit_test(test_viterbi_matches_reference),
        cmocka_unit_test(test_features),
        cmocka_unit_test(test_diacritics_fold_in_features),
        cmocka_unit_test(test_tagger_with_hand_weights),
        cmocka_unit_test(test_quiet_tokens_are_o),
        cmocka_unit_test(test_long_documents_stay_linear),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
