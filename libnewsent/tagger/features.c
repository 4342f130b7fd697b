#include "tagger/features.h"

#include <string.h>

#include "text/utf8.h"

enum {
    T_BIAS,
    T_W,
    T_LW,
    T_SHAPE,
    T_PRE3,
    T_SUF3,
    T_SUF4,
    T_LWM1,
    T_LWP1,
    T_LWM2,
    T_LWP2,
    T_BIM,
    T_BIP,
    T_SHAPE3,
    T_CTX,
    T_GZ,
    T_GZM1,
    T_GZP1,
    T_GZSPAN,
    T_DOC,
    T_CAPRUN,
    T_LWM1_SHAPE,
    T_SHAPE_LWP1,
    T_SHAPE_CTX,
    T_CUE,
    T_GZ_CTX,
    T_COUNT
};
_Static_assert(T_COUNT == NS_NFEAT, "NS_NFEAT must match the templates");

enum { BOS = 0x5BD1E995u, EOS = 0x1B873593u };

enum {
    DOCF_CAP_ELSEWHERE = 1, /* capitalised mid-sentence somewhere else */
    DOCF_LOWER_ELSEWHERE = 2,
    DOCF_AFTER_FIRST = 4, /* elsewhere right after a capitalised given name */
    DOCF_REPEATED = 8
};

static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return x;
}

static inline uint64_t comb(uint64_t a, uint64_t b)
{
    return mix64(a * 0x100000001B3ull ^ b);
}

static inline uint32_t fid(unsigned t, uint64_t v)
{
    return (uint32_t)mix64(v ^ ((uint64_t)(t + 1) * 0x9E3779B97F4A7C15ull));
}

static int is_wordish(const ns_token *t)
{
    return (t->kind == NS_TOK_WORD || t->kind == NS_TOK_ABBREV) && (t->flags & NS_TF_HAS_ALPHA);
}

static int is_cap(const ns_token *t)
{
    return is_wordish(t) && (t->flags & (NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER));
}

/* ns_hash_lower on ASCII bytes, where it only lower-cases A-Z, inlined for
 * the affixes of nearly every word. */
static inline uint64_t hash_lower_ascii(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        h = (h ^ (c - 'A' < 26u ? c + 32 : c)) * 0x100000001B3ull;
    }
    return h;
}

/* Returns whether hlw is also the word's gazetteer key, ns_hash_lower of it:
 * so it is unless a digit (folded here) or a Latin-1 capital (lower-cased
 * there) changed a byte. */
static int word_hashes(const char *s, size_t n, ns_tokinfo *ti)
{
    unsigned folded = 0, high = 0;
    uint64_t hw = NS_FNV_INIT, hl = NS_FNV_INIT, hs = NS_FNV_INIT;
    char last = 0;
    int shape_len = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        char sc;
        if (c - '0' < 10u)
            folded |= c ^ '0', c = '0', sc = 'd';
        else if (c == 0xC3)
            folded = 1, sc = 'u';
        else if (c - 'A' < 26u)
            sc = 'X';
        else if (c - 'a' < 26u)
            sc = 'x';
        else if (c >= 0xC0)
            sc = 'u';
        else if (c >= 0x80)
            sc = 0; /* continuation byte */
        else
            sc = (char)c;
        high |= c;
        hw = (hw ^ c) * 0x100000001B3ull;
        unsigned lc = c - 'A' < 26u ? c + 32 : c;
        hl = (hl ^ lc) * 0x100000001B3ull;
        if (sc && sc != last && shape_len < 12) {
            hs = (hs ^ (unsigned char)sc) * 0x100000001B3ull;
            last = sc;
            shape_len++;
        }
    }
    ti->hw = hw;
    ti->hlw = hl;
    ti->hshape = hs;
    size_t k3 = n < 3 ? n : 3, k4 = n < 4 ? n : 4;
    if (high < 0x80) {
        ti->hpre3 = hash_lower_ascii(NS_FNV_INIT ^ 3, s, k3);
        ti->hsuf3 = hash_lower_ascii(NS_FNV_INIT ^ 5, s + n - k3, k3);
        ti->hsuf4 = hash_lower_ascii(NS_FNV_INIT ^ 7, s + n - k4, k4);
    } else {
        ti->hpre3 = ns_hash_lower(NS_FNV_INIT ^ 3, s, k3);
        ti->hsuf3 = ns_hash_lower(NS_FNV_INIT ^ 5, s + n - k3, k3);
        ti->hsuf4 = ns_hash_lower(NS_FNV_INIT ^ 7, s + n - k4, k4);
    }
    return !folded;
}

/* word_hashes' hlw alone, for a word with no capital and nothing outside
 * ASCII, where lower-casing changes nothing. */
static uint64_t folded_lower_hash(const char *s, size_t n)
{
    uint64_t h = NS_FNV_INIT;
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        h = (h ^ (c - '0' < 10u ? '0' : c)) * 0x100000001B3ull;
    }
    return h;
}

static uint8_t ctx_of(const ns_token *t)
{
    unsigned f = t->flags, k = t->kind > NS_TOK_SYMBOL ? NS_TOK_SYMBOL + 1 : t->kind;
    return (uint8_t)(((f & NS_TF_UPPER_INITIAL) ? 1 : 0) | ((f & NS_TF_ALL_UPPER) ? 2 : 0) |
                     ((f & NS_TF_SENT_START) ? 4 : 0) | ((f & NS_TF_HEADLINE) ? 8 : 0) | (k << 4));
}

static unsigned place_class(unsigned gz)
{
    if (gz & NS_GZ_COUNTRY)
        return 1;
    if (gz & NS_GZ_CONTINENT)
        return 2;
    if (gz & NS_GZ_CITY_BIG)
        return 3;
    if (gz & NS_GZ_ADMIN1)
        return 4;
    return 5; /* a smaller city */
}

/* The gazetteer keys of the names of two to four tokens (in one sentence)
 * that start on each capitalised token and end on another one:
 * spans[3 * i + k - 1] for the k + 1 tokens from i, 0 where there is none.
 * keys[i] is token i's own. Each slot is fetched as its key is made, each
 * entry once all the slots are on their way, so that gazetteer_pass finds
 * them at hand. */
static void span_keys(const ns_gazetteer *gz, const char *text, const ns_tokens *toks,
                      const uint64_t *keys, uint64_t *spans)
{
    size_t n = toks->n;
    for (size_t i = 0; i < n; i++) {
        const ns_token *t = &toks->v[i];
        uint64_t *sp = spans + 3 * i;
        sp[0] = sp[1] = sp[2] = 0;
        if (!is_cap(t))
            continue;
        uint64_t h = keys[i];
        for (size_t k = 1; k < 4 && i + k < n; k++) {
            const ns_token *u = &toks->v[i + k];
            if (u->sent != t->sent)
                break;
            h = ns_hash_bytes(h, " ", 1);
            h = ns_hash_lower(h, text + u->start, u->end - u->start);
            /* Only spans that end on a capitalised word can be names. */
            if (is_cap(u)) {
                sp[k - 1] = h;
                ns_gaz_prefetch_slot(gz, h);
            }
        }
    }
    for (size_t i = 0; i < 3 * n; i++)
        if (spans[i])
            ns_gaz_prefetch_entry(gz, spans[i]);
}

/* Gazetteer hits: the longest place name (up to four tokens, within a
 * sentence) starting at each token; info[].gz holds each token's own,
 * spans the keys of the longer names (span_keys). */
static void gazetteer_pass(const ns_gazetteer *gz, const ns_tokens *toks, const uint64_t *spans,
                           ns_tokinfo *info)
{
    size_t n = toks->n;
    for (size_t i = 0; i < n;) {
        size_t best = 0;
        unsigned cls = 0;
        if (is_cap(&toks->v[i])) {
            if (info[i].gz & NS_GZ_PLACE)
                best = 1, cls = place_class(info[i].gz);
            for (size_t k = 1; k < 4; k++) {
                const ns_gaz_entry *e =
                    spans[3 * i + k - 1] ? ns_gaz_find(gz, spans[3 * i + k - 1]) : NULL;
                if (e && (e->flags & NS_GZ_PLACE))
                    best = k + 1, cls = place_class(e->flags);
            }
        }
        if (!best) {
            i++;
            continue;
        }
        for (size_t k = 0; k < best; k++) {
            unsigned pos = best == 1 ? 3 : k == 0 ? 0 : k + 1 == best ? 2 : 1;
            info[i + k].gzspan = (uint8_t)(cls << 3 | 4 | pos);
        }
        i += best;
    }
}

typedef struct doc_slot {
    uint64_t key;
    uint16_t capmid, lower, after_first, total;
} doc_slot;

static size_t doc_slots(size_t n)
{
    size_t s = 16;
    while (s < 2 * n)
        s *= 2;
    return s;
}

size_t ns_features_scratch_size(size_t ntoks)
{
    /* Two tables (words; and, in the second pass, whole names), then each
     * token's slot in the first, so that it is probed for once. */
    return 2 * doc_slots(ntoks) * sizeof(doc_slot) + (ntoks + 1) / 2 * 8;
}

static uint32_t *slot_index(void *scratch, size_t ntoks)
{
    return (uint32_t *)(void *)((char *)scratch + 2 * doc_slots(ntoks) * sizeof(doc_slot));
}

static doc_slot *doc_find(doc_slot *tab, size_t mask, uint64_t key)
{
    key |= 1; /* 0 marks an empty slot */
    size_t s = (size_t)key & mask;
    while (tab[s].key && tab[s].key != key)
        s = (s + 1) & mask;
    tab[s].key = key;
    return &tab[s];
}

static int cap_mid(const ns_token *t)
{
    return is_wordish(t) && (t->flags & NS_TF_UPPER_INITIAL) &&
           !(t->flags & (NS_TF_SENT_START | NS_TF_HEADLINE | NS_TF_ALL_UPPER));
}

/* How the same word is written elsewhere in the document: a capitalised
 * word at the start of a sentence or in a headline says little by itself. */
static void document_pass(const ns_tokens *toks, ns_tokinfo *info, void *scratch)
{
    /* The table is sized for the words it will hold, not for every token:
     * clearing it is a good part of its cost. */
    size_t n = toks->n, words = 0;
    for (size_t i = 0; i < n; i++)
        words += (size_t)is_wordish(&toks->v[i]);
    size_t nslots = doc_slots(words), mask = nslots - 1;
    doc_slot *tab = scratch;
    uint32_t *slot = slot_index(scratch, n);
    memset(tab, 0, nslots * sizeof *tab);
    for (size_t i = 0; i < n; i++) {
        const ns_token *t = &toks->v[i];
        if (!is_wordish(t))
            continue;
        doc_slot *s = doc_find(tab, mask, info[i].hlw);
        slot[i] = (uint32_t)(s - tab);
        if (s->total < UINT16_MAX)
            s->total++;
        if (cap_mid(t) && s->capmid < UINT16_MAX) {
            s->capmid++;
            if (i && toks->v[i - 1].sent == t->sent && (info[i - 1].gz & NS_GZ_FIRST) &&
                is_cap(&toks->v[i - 1]) && s->after_first < UINT16_MAX)
                s->after_first++;
        }
        if (!(t->flags & (NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER)) && s->lower < UINT16_MAX)
            s->lower++;
    }
    for (size_t i = 0; i < n; i++) {
        const ns_token *t = &toks->v[i];
        info[i].doc = 0;
        if (!is_wordish(t))
            continue;
        const doc_slot *s = &tab[slot[i]];
        int self_cap = cap_mid(t);
        int self_first = self_cap && i && toks->v[i - 1].sent == t->sent &&
                         (info[i - 1].gz & NS_GZ_FIRST) && is_cap(&toks->v[i - 1]);
        int self_lower = !(t->flags & (NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER));
        unsigned d = 0;
        if (s->capmid > self_cap)
            d |= DOCF_CAP_ELSEWHERE;
        if (s->lower > self_lower)
            d |= DOCF_LOWER_ELSEWHERE;
        if (s->after_first > self_first)
            d |= DOCF_AFTER_FIRST;
        if (s->total > 1)
            d |= DOCF_REPEATED;
        info[i].doc = (uint8_t)d;
    }
}

/* Capitalised runs (maximal sequences of capitalised words in a sentence),
 * and the cue words around them. */
static void run_pass(const ns_tokens *toks, ns_tokinfo *info)
{
    size_t n = toks->n;
    for (size_t i = 0; i < n;) {
        const ns_token *t = &toks->v[i];
        if (!is_cap(t)) {
            info[i].caprun = 0;
            info[i].cue =
                (i && toks->v[i - 1].sent == t->sent && (info[i - 1].gz & NS_GZ_TITLE)) ? 1 : 0;
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && toks->v[j].sent == t->sent && is_cap(&toks->v[j]))
            j++;
        size_t len = j - i;
        int title_before = i && toks->v[i - 1].sent == t->sent && (info[i - 1].gz & NS_GZ_TITLE);
        int suffix_after_run =
            j < n && toks->v[j].sent == t->sent && (info[j].gz & NS_GZ_ORG_SUFFIX);
        /* Left to right for what comes before each token, then right to left
         * for what comes after: linear in the run, however long. */
        unsigned before = 0;
        for (size_t k = i; k < j; k++) {
            unsigned pos = len == 1 ? 3 : k == i ? 0 : k + 1 == j ? 2 : 1;
            unsigned lb = len > 4 ? 3 : (unsigned)len - 1;
            info[k].caprun = (uint8_t)(16 | pos << 2 | lb);
            info[k].cue =
                (uint8_t)(before | (title_before ? 1u : 0u) | (suffix_after_run ? 16u : 0u));
            if (info[k].gz & NS_GZ_TITLE)
                before |= 2;
            if (info[k].gz & NS_GZ_ORG_HEAD)
                before |= 4;
        }
        unsigned after = 0;
        for (size_t k = j; k-- > i;) {
            info[k].cue = (uint8_t)(info[k].cue | after);
            if (info[k].gz & NS_GZ_ORG_SUFFIX)
                after = 8;
        }
        i = j;
    }
}

void ns_features_doc(const ns_gazetteer *gz, const char *text, const ns_tokens *toks,
                     const uint8_t *skip, ns_tokinfo *info, uint32_t *feats, void *scratch)
{
    size_t n = toks->n;
    /* The gazetteer keys wait in feats, which is filled last: each token's
     * lookup is two dependent reads in megabytes of table, so the slots
     * are fetched well ahead and the entries they name a little ahead,
     * and the misses overlap instead of queueing. */
    uint64_t *keys = (uint64_t *)(void *)feats;
    for (size_t i = 0; i < n; i++) {
        const ns_token *t = &toks->v[i];
        ns_tokinfo *ti = &info[i];
        ti->ctx = ctx_of(t);
        ti->gzspan = 0;
        ti->gz = 0;
        keys[i] = 0;
        if (skip && skip[i] == NS_SKIP_DEEP) {
            ti->hlw = folded_lower_hash(text + t->start, t->end - t->start);
            continue;
        }
        /* The word's own features read "Erdoğan" as "Erdogan": CoNLL-2003
         * is ASCII, so a letter with a diacritic would make every word
         * feature of a name one the model never saw. The gazetteer key
         * stays the word as written. */
        const char *w = text + t->start;
        size_t wn = t->end - t->start;
        char fold[64];
        size_t fn = (t->flags & NS_TF_NON_ASCII) ? ns_utf8_fold_latin(w, wn, fold, sizeof fold) : 0;
        int plain = 0; /* a folded word's hlw is not its gazetteer key */
        if (fn)
            word_hashes(fold, fn, ti);
        else
            plain = word_hashes(w, wn, ti);
        if (t->flags & NS_TF_HAS_ALPHA)
            keys[i] = plain ? ti->hlw : ns_hash_lower(NS_FNV_INIT, w, wn);
    }
    enum { SLOT_AHEAD = 16, ENTRY_AHEAD = 8 };
    for (size_t i = 0; i < n; i++) {
        if (i + SLOT_AHEAD < n && keys[i + SLOT_AHEAD])
            ns_gaz_prefetch_slot(gz, keys[i + SLOT_AHEAD]);
        if (i + ENTRY_AHEAD < n && keys[i + ENTRY_AHEAD])
            ns_gaz_prefetch_entry(gz, keys[i + ENTRY_AHEAD]);
        if (!keys[i])
            continue;
        const ns_gaz_entry *e = ns_gaz_find(gz, keys[i]);
        if (e)
            info[i].gz = (uint16_t)(e->flags & NS_GZ_FEATURES);
    }
    uint64_t *spans = keys + n;
    _Static_assert(NS_NFEAT * sizeof(uint32_t) >= 4 * sizeof(uint64_t),
                   "a token's features hold its key and its three span keys");
    span_keys(gz, text, toks, keys, spans);
    gazetteer_pass(gz, toks, spans, info);
    document_pass(toks, info, scratch);
    run_pass(toks, info);
    for (size_t i = 0; i < n; i++) {
        if (skip && skip[i])
            continue;
        const ns_tokinfo *ti = &info[i];
        uint32_t sent = toks->v[i].sent;
        int has_m1 = i >= 1 && toks->v[i - 1].sent == sent;
        int has_m2 = i >= 2 && toks->v[i - 2].sent == sent;
        int has_p1 = i + 1 < n && toks->v[i + 1].sent == sent;
        int has_p2 = i + 2 < n && toks->v[i + 2].sent == sent;
        uint64_t lwm1 = has_m1 ? info[i - 1].hlw : BOS, lwm2 = has_m2 ? info[i - 2].hlw : BOS;
        uint64_t lwp1 = has_p1 ? info[i + 1].hlw : EOS, lwp2 = has_p2 ? info[i + 2].hlw : EOS;
        uint64_t shm1 = has_m1 ? info[i - 1].hshape : BOS;
        uint64_t shp1 = has_p1 ? info[i + 1].hshape : EOS;
        uint32_t *f = feats + i * NS_NFEAT;
        f[T_BIAS] = fid(T_BIAS, 0);
        f[T_W] = fid(T_W, ti->hw);
        f[T_LW] = fid(T_LW, ti->hlw);
        f[T_SHAPE] = fid(T_SHAPE, ti->hshape);
        f[T_PRE3] = fid(T_PRE3, ti->hpre3);
        f[T_SUF3] = fid(T_SUF3, ti->hsuf3);
        f[T_SUF4] = fid(T_SUF4, ti->hsuf4);
        f[T_LWM1] = fid(T_LWM1, lwm1);
        f[T_LWP1] = fid(T_LWP1, lwp1);
        f[T_LWM2] = fid(T_LWM2, lwm2);
        f[T_LWP2] = fid(T_LWP2, lwp2);
        f[T_BIM] = fid(T_BIM, comb(lwm1, ti->hlw));
        f[T_BIP] = fid(T_BIP, comb(ti->hlw, lwp1));
        f[T_SHAPE3] = fid(T_SHAPE3, comb(comb(shm1, ti->hshape), shp1));
        f[T_CTX] = fid(T_CTX, ti->ctx);
        f[T_GZ] = fid(T_GZ, ti->gz);
        f[T_GZM1] = fid(T_GZM1, has_m1 ? info[i - 1].gz : 0x10000u);
        f[T_GZP1] = fid(T_GZP1, has_p1 ? info[i + 1].gz : 0x10000u);
        f[T_GZSPAN] = fid(T_GZSPAN, ti->gzspan);
        f[T_DOC] = fid(T_DOC, (uint64_t)ti->doc << 8 | ti->ctx);
        f[T_CAPRUN] = fid(T_CAPRUN, ti->caprun);
        f[T_LWM1_SHAPE] = fid(T_LWM1_SHAPE, comb(lwm1, ti->hshape));
        f[T_SHAPE_LWP1] = fid(T_SHAPE_LWP1, comb(ti->hshape, lwp1));
        f[T_SHAPE_CTX] = fid(T_SHAPE_CTX, comb(ti->hshape, ti->ctx));
        f[T_CUE] = fid(T_CUE, (uint64_t)ti->cue << 8 | ti->caprun);
        f[T_GZ_CTX] = fid(T_GZ_CTX, (uint64_t)ti->gz << 8 | ti->ctx);
    }
}

/* ---- the second pass ------------------------------------------------ */

typedef struct label_slot {
    uint64_t key;
    uint8_t cnt[4];   /* capitalised occurrences labelled O, PER, LOC, ORG */
    uint8_t multi[3]; /* ... inside a multi-token name of each type */
    uint8_t last;     /* while scanning: 1 + the type last seen (0 = O), 0 none */
} label_slot;
_Static_assert(sizeof(label_slot) == sizeof(doc_slot), "both tables share the scratch");

static label_slot *label_find(label_slot *tab, size_t mask, uint64_t key)
{
    key |= 1;
    size_t s = (size_t)key & mask;
    while (tab[s].key && tab[s].key != key)
        s = (s + 1) & mask;
    tab[s].key = key;
    return &tab[s];
}

static void sat_inc(uint8_t *c)
{
    if (*c < UINT8_MAX)
        (*c)++;
}

/* The entity type (1 PER, 2 LOC, 3 ORG; 0 none) of label l, and whether its
 * name spans several tokens. */
static unsigned type_of(uint8_t l)
{
    return l ? 1u + (l - 1u) / 4u : 0u;
}
static int multi_of(uint8_t l)
{
    return l && (l - 1u) % 4u != 3u;
}

static unsigned majority(const uint8_t *cnt, unsigned self)
{
    unsigned best = 0, bc = 0, total = 0;
    for (unsigned t = 1; t < 4; t++) {
        unsigned c = cnt[t] - (t == self ? 1u : 0u);
        total += c;
        if (c > bc)
            bc = c, best = t;
    }
    /* 2 bits of type, 1 bit: was it unanimous. */
    return best | (bc && bc == total ? 4u : 0u);
}

static uint64_t span_key(const ns_tokinfo *info, size_t a, size_t b)
{
    uint64_t h = 0x51ED270B;
    for (size_t k = a; k < b; k++)
        h = comb(h, info[k].hlw);
    return h;
}

/* The end (exclusive) of the first-pass name starting at i, or i. */
static size_t name_end(const uint8_t *path1, size_t i, size_t n)
{
    if (!path1[i])
        return i;
    unsigned pos = (path1[i] - 1u) % 4u;
    if (pos == 3)
        return i + 1;
    if (pos != 0)
        return i;
    size_t j = i + 1;
    while (j < n && path1[j] && (path1[j] - 1u) % 4u == 1)
        j++;
    if (j < n && path1[j] && (path1[j] - 1u) % 4u == 2)
        j++;
    return j;
}

static const label_slot *label_lookup(const label_slot *tab, size_t mask, uint64_t key)
{
    key |= 1;
    for (size_t s = (size_t)key & mask;; s = (s + 1) & mask) {
        if (!tab[s].key)
            return NULL;
        if (tab[s].key == key)
            return &tab[s];
    }
}

/* Whole names: how the same name was labelled elsewhere by the first pass,
 * and, for words it left out, whether they spell a name it found elsewhere. */
static void span_features(const ns_tokens *toks, const ns_tokinfo *info, const uint8_t *path1,
                          uint32_t *feats2, label_slot *tab)
{
    /* No more names than tokens in names. */
    size_t n = toks->n, named = 0;
    for (size_t i = 0; i < n; i++)
        named += path1[i] != 0;
    size_t mask = doc_slots(named) - 1;
    memset(tab, 0, (mask + 1) * sizeof *tab);
    for (size_t i = 0; i < n;) {
        size_t j = name_end(path1, i, n);
        if (j == i) {
            i++;
            continue;
        }
        sat_inc(&label_find(tab, mask, span_key(info, i, j))->cnt[type_of(path1[i])]);
        i = j;
    }
    for (size_t i = 0; i < n;) {
        size_t j = name_end(path1, i, n);
        if (j > i) {
            unsigned ty = type_of(path1[i]);
            unsigned maj = majority(label_find(tab, mask, span_key(info, i, j))->cnt, ty);
            for (size_t k = i; k < j; k++)
                feats2[k * NS_NFEAT2 + 6] = fid(106, maj | ty << 4);
            i = j;
            continue;
        }
        const ns_token *t = &toks->v[i];
        size_t best = 0;
        unsigned bt = 0;
        if (is_cap(t)) {
            uint64_t h = 0x51ED270B;
            for (size_t k = i; k < n && k < i + 4; k++) {
                if (path1[k] || toks->v[k].sent != t->sent || !is_cap(&toks->v[k]))
                    break;
                h = comb(h, info[k].hlw);
                const label_slot *s = label_lookup(tab, mask, h);
                unsigned m = s ? majority(s->cnt, 0) & 3 : 0;
                if (m)
                    best = k + 1 - i, bt = m;
            }
        }
        if (!best) {
            i++;
            continue;
        }
        for (size_t k = 0; k < best; k++) {
            unsigned pos = best == 1 ? 3 : k == 0 ? 0 : k + 1 == best ? 2 : 1;
            feats2[(i + k) * NS_NFEAT2 + 7] = fid(107, bt << 2 | pos);
        }
        i += best;
    }
}

void ns_features_stage2(const ns_tokens *toks, const ns_tokinfo *info, const uint8_t *path1,
                        const uint8_t *skip, uint32_t *feats2, void *scratch)
{
    size_t n = toks->n, caps = 0;
    for (size_t i = 0; i < n; i++)
        caps += (size_t)is_cap(&toks->v[i]);
    size_t mask = doc_slots(caps) - 1;
    label_slot *tab = scratch;
    uint32_t *slot = slot_index(scratch, n);
    memset(tab, 0, (mask + 1) * sizeof *tab);
    for (size_t i = 0; i < n; i++) {
        const ns_token *t = &toks->v[i];
        if (!is_cap(t))
            continue;
        label_slot *s = label_find(tab, mask, info[i].hlw);
        slot[i] = (uint32_t)(s - tab);
        unsigned ty = type_of(path1[i]);
        sat_inc(&s->cnt[ty]);
        if (ty && multi_of(path1[i]))
            sat_inc(&s->multi[ty - 1]);
    }
    /* What a word that is not capitalised gets, the same every time. */
    uint32_t none[NS_NFEAT2];
    for (unsigned k = 0; k < NS_NFEAT2; k++)
        none[k] = fid(100 + k, 0xFFFF);
    for (size_t i = 0; i < n; i++) {
        const ns_token *t = &toks->v[i];
        uint32_t *f = feats2 + i * NS_NFEAT2;
        if (skip && skip[i])
            continue;
        if (!is_cap(t)) {
            memcpy(f, none, sizeof none);
            continue;
        }
        label_slot *s = &tab[slot[i]];
        unsigned ty = type_of(path1[i]), ctx = info[i].ctx & 0xF;
        unsigned maj = majority(s->cnt, ty);
        unsigned o_other = s->cnt[0] - (ty == 0 ? 1u : 0u) > 0;
        unsigned multi = 0;
        for (unsigned k = 0; k < 3; k++)
            if (s->multi[k] - (ty == k + 1 && multi_of(path1[i]) ? 1u : 0u) > 0)
                multi |= 1u << k;
        f[0] = fid(100, maj | o_other << 3 | ctx << 4);
        f[1] = fid(101, s->last | (unsigned)(info[i].ctx & 4) << 4);
        f[2] = fid(102, multi | (multi_of(path1[i]) ? 8u : 0u) | ty << 4);
        f[3] = fid(103, ty | maj << 2);
        s->last = (uint8_t)(1 + ty);
    }
    /* The neighbours' document majority, with one's own. */
    for (size_t i = 0; i < n; i++) {
        if (skip && skip[i])
            continue;
        uint32_t *f = feats2 + i * NS_NFEAT2;
        const ns_token *t = &toks->v[i];
        unsigned self = is_cap(t) ? majority(tab[slot[i]].cnt, type_of(path1[i])) : 8;
        unsigned prev = 8, next = 8;
        if (i && toks->v[i - 1].sent == t->sent && is_cap(&toks->v[i - 1]))
            prev = majority(tab[slot[i - 1]].cnt, type_of(path1[i - 1]));
        if (i + 1 < n && toks->v[i + 1].sent == t->sent && is_cap(&toks->v[i + 1]))
            next = majority(tab[slot[i + 1]].cnt, type_of(path1[i + 1]));
        f[4] = fid(104, prev | self << 4);
        f[5] = fid(105, next | self << 4);
        f[6] = none[6];
        f[7] = none[7];
    }
    span_features(toks, info, path1, feats2, tab + doc_slots(n));
}
