#include "document/docpass.h"

#include <string.h>

#include "tagger/gazetteer.h"

/* The labels this pass works on; DATE and QUANTITY are not its business. */
#define NAME_LABELS (NEWSENT_LABEL_PERSON | NEWSENT_LABEL_PLACE | NEWSENT_LABEL_ORG)
#define MAX_NAME_TOKS 6
#define MAX_CUE_SPREAD 32

/* The detail of an ORG a cue of this pass found (a company title, "shares
 * in", a company word, a dateline), which the pass then spreads. */
static const char cue_mark = 0;

typedef struct name_slot {
    uint64_t key; /* 0: empty */
    unsigned label;
    uint32_t ntok;
} name_slot;

static int is_name(const newsent_entity *e)
{
    return (e->label & NAME_LABELS) && !(e->flags & NS_EF_DROP) && e->tok_end > e->tok_start;
}

static uint64_t tok_hash(const ns_doc *doc, size_t i)
{
    const ns_token *t = &doc->toks.v[i];
    return ns_hash_lower(NS_FNV_INIT, doc->text + t->start, t->end - t->start);
}

static uint64_t seq_step(uint64_t h, uint64_t th)
{
    return (h ^ th) * 0x9E3779B97F4A7C15ull + 1;
}

/* A name the tagger found once is the same name wherever else it is written
 * the same way, capitalised, in the document: tag the other mentions it
 * missed (a sentence-initial "Merkel", a headline). */
static int propagate(ns_doc *doc, unsigned char *covered, name_slot *tab, size_t mask)
{
    size_t n = doc->toks.n, nents = doc->nents;
    unsigned maxlen = 0;
    for (size_t k = 0; k < nents; k++) {
        const newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->tok_end - e->tok_start > MAX_NAME_TOKS)
            continue;
        uint64_t h = 0;
        for (size_t i = e->tok_start; i < e->tok_end; i++)
            h = seq_step(h, tok_hash(doc, i));
        h |= 1;
        size_t s = h & mask;
        while (tab[s].key && tab[s].key != h)
            s = (s + 1) & mask;
        if (!tab[s].key) {
            tab[s].key = h;
            tab[s].label = e->label;
            tab[s].ntok = e->tok_end - e->tok_start;
        } else if (tab[s].label != e->label) {
            tab[s].label = 0; /* labelled both ways: leave it */
        }
        if (tab[s].ntok > maxlen)
            maxlen = tab[s].ntok;
    }
    for (size_t i = 0; i < n; i++) {
        const ns_token *t = &doc->toks.v[i];
        /* Only where capitals say little: the model already weighs the same
         * word elsewhere in the document, and in running text a repeated
         * mistake would only spread. */
        if (covered[i] || !(t->flags & (NS_TF_SENT_START | NS_TF_HEADLINE)) ||
            !(t->flags & (NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER)) ||
            (t->kind != NS_TOK_WORD && t->kind != NS_TOK_ABBREV))
            continue;
        uint64_t h = 0;
        size_t best = 0;
        unsigned label = 0;
        for (size_t k = 0; k < maxlen && i + k < n; k++) {
            if (covered[i + k] || doc->toks.v[i + k].sent != t->sent)
                break;
            h = seq_step(h, tok_hash(doc, i + k));
            uint64_t key = h | 1;
            size_t s = key & mask;
            while (tab[s].key && tab[s].key != key)
                s = (s + 1) & mask;
            if (tab[s].key && tab[s].label && tab[s].ntok == k + 1)
                best = k + 1, label = tab[s].label;
        }
        /* A longer capitalised name goes on ("Merkel" inside "Merkel Bank"). */
        if (!best || (i + best < n && !covered[i + best] && !(t->flags & NS_TF_HEADLINE) &&
                      doc->toks.v[i + best].sent == t->sent &&
                      (doc->toks.v[i + best].flags & NS_TF_UPPER_INITIAL) &&
                      doc->toks.v[i + best].kind == NS_TOK_WORD))
            continue;
        if (i && !covered[i - 1] && !(t->flags & NS_TF_HEADLINE) &&
            doc->toks.v[i - 1].sent == t->sent &&
            (doc->toks.v[i - 1].flags & NS_TF_UPPER_INITIAL) &&
            !(doc->toks.v[i - 1].flags & NS_TF_SENT_START) &&
            doc->toks.v[i - 1].kind == NS_TOK_WORD)
            continue;
        newsent_entity e;
        memset(&e, 0, sizeof e);
        e.byte_start = t->start;
        e.byte_end = doc->toks.v[i + best - 1].end;
        e.tok_start = (uint32_t)i;
        e.tok_end = (uint32_t)(i + best);
        e.label = label;
        e.confidence = 0.7f;
        if (!ns_doc_add_entity(doc, &e))
            return doc->nents >= NEWSENT_MAX_ENTITIES ? NEWSENT_OK : NEWSENT_ENOMEM;
        memset(covered + i, 1, best);
        i += best - 1;
    }
    return NEWSENT_OK;
}

/* Which tokens some entity covers (any label), and which name entity
 * (index + 1, 0 for none) each token belongs to, kept up to date by the
 * rules below, so that none of them searches the entity list. */
typedef struct marks {
    unsigned char *covered;
    uint32_t *owner;
} marks;

static void own(marks *mk, size_t a, size_t b, size_t k)
{
    for (size_t i = a; i < b; i++)
        mk->owner[i] = (uint32_t)(k + 1);
}

static newsent_entity *name_at(ns_doc *doc, const marks *mk, size_t i)
{
    uint32_t o = mk->owner[i];
    return o && is_name(&doc->ents[o - 1]) ? &doc->ents[o - 1] : NULL;
}

/* Appends a name entity and marks its tokens. Returns -1 when an
 * allocation fails; at the entity limit it adds nothing and returns 0. */
static int add_name(ns_doc *doc, marks *mk, const newsent_entity *e)
{
    if (!ns_doc_add_entity(doc, e))
        return doc->nents >= NEWSENT_MAX_ENTITIES ? 0 : -1;
    memset(mk->covered + e->tok_start, 1, e->tok_end - e->tok_start);
    own(mk, e->tok_start, e->tok_end, doc->nents - 1);
    return 0;
}

/* add_name for the name over tokens [a, b); cue marks a name a document
 * cue found (spread_cue_orgs spreads those). */
static int add_span(ns_doc *doc, marks *mk, size_t a, size_t b, unsigned label, float confidence,
                    int cue)
{
    newsent_entity e;
    memset(&e, 0, sizeof e);
    e.byte_start = doc->toks.v[a].start;
    e.byte_end = doc->toks.v[b - 1].end;
    e.tok_start = (uint32_t)a;
    e.tok_end = (uint32_t)b;
    e.label = label;
    e.confidence = confidence;
    e.detail = cue ? &cue_mark : NULL;
    return add_name(doc, mk, &e);
}

static int tok_is(const ns_doc *doc, size_t i, const char *s)
{
    const ns_token *t = &doc->toks.v[i];
    size_t n = strlen(s);
    return t->end - t->start == n && memcmp(doc->text + t->start, s, n) == 0;
}

static uint16_t gaz_flags(const ns_gazetteer *gz, uint64_t h)
{
    const ns_gaz_entry *g = ns_gaz_find(gz, h);
    return g ? g->flags : 0;
}

static int is_cap_word(const ns_doc *doc, size_t i);
static int lower_is_one_of(const ns_doc *doc, size_t i, const char *const *w, size_t nw);

/* A title word, also joined by a hyphen to another ("Director-General",
 * "Secretary-General", "Attorney-General"). */
static int title_word(const ns_doc *doc, const ns_gazetteer *gz, size_t i)
{
    /* "St." opens saints' places and teams more than it titles a person
     * ("St. Louis Cardinals", "St. Gallen") */
    static const char *const saints[] = {"saint", "st", "st.", "ste", "ste."};
    const ns_token *t = &doc->toks.v[i];
    if ((doc->text[t->start] | 0x20) == 's' && lower_is_one_of(doc, i, saints, 5))
        return 0;
    uint16_t f = gaz_flags(gz, tok_hash(doc, i));
    if (f & NS_GZ_TITLE)
        return !(f & NS_GZ_FIRST_COMMON);
    if (!(t->flags & NS_TF_HAS_HYPHEN))
        return 0;
    for (uint32_t b = t->start + 1; b + 1 < t->end; b++)
        if (doc->text[b] == '-') {
            uint16_t l =
                gaz_flags(gz, ns_hash_lower(NS_FNV_INIT, doc->text + t->start, b - t->start));
            uint16_t r =
                gaz_flags(gz, ns_hash_lower(NS_FNV_INIT, doc->text + b + 1, t->end - b - 1));
            return ((l | r) & NS_GZ_TITLE) && !((l | r) & NS_GZ_FIRST_COMMON);
        }
    return 0;
}

/* Where the title words that lead tokens [a, b) end: a run of capitalised
 * title words, with the words of a compound title between two of them
 * ("Chief Financial Officer", "Deputy Foreign Minister"; not a word people
 * are named), leaving a capitalised word after it. a when there is none. */
static size_t title_end(const ns_doc *doc, const ns_gazetteer *gz, size_t a, size_t b)
{
    size_t end = a;
    for (size_t i = a; i + 1 < b; i++) {
        const ns_token *t = &doc->toks.v[i], *u = &doc->toks.v[i + 1];
        if (!(t->flags & NS_TF_UPPER_INITIAL) || !(u->flags & NS_TF_UPPER_INITIAL) ||
            (u->kind != NS_TOK_WORD && u->kind != NS_TOK_ABBREV) ||
            (t->kind != NS_TOK_WORD && t->kind != NS_TOK_ABBREV))
            break;
        if (title_word(doc, gz, i))
            end = i + 1;
        else if (gaz_flags(gz, tok_hash(doc, i)) & (NS_GZ_FIRST | NS_GZ_LAST | NS_GZ_PLACE))
            break;
    }
    return end;
}

/* "President Joe Biden", "Chief Executive Jensen Huang": titles and roles
 * are not part of a PERSON (the guidelines), so leading title words go as
 * long as a capitalised word is left. The tagger's ORG that is a title and
 * a name ("Director-General Tedros Adhanom Ghebreyesus") is that PERSON,
 * unless a word of what is left names an organisation or a place ("General
 * Motors", "Prince Edward Island"). */
static void trim_titles(ns_doc *doc, const ns_gazetteer *gz)
{
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if ((e->label != NEWSENT_LABEL_PERSON && e->label != NEWSENT_LABEL_ORG) || !is_name(e) ||
            e->tok_end > doc->toks.n)
            continue;
        size_t i = title_end(doc, gz, e->tok_start, e->tok_end), a = e->tok_start;
        /* the tagger's ORG may also start just after the title */
        int after = e->label == NEWSENT_LABEL_ORG && i == a && a > 0 &&
                    doc->toks.v[a - 1].sent == doc->toks.v[a].sent &&
                    (doc->toks.v[a - 1].flags & NS_TF_UPPER_INITIAL) &&
                    !(doc->toks.v[a - 1].flags & NS_TF_HEADLINE) && title_word(doc, gz, a - 1);
        if (i == a && !after)
            continue;
        if (e->label == NEWSENT_LABEL_ORG) {
            if (!after && !title_word(doc, gz, e->tok_start))
                continue;
            int named = 1;
            for (size_t j = i; j < e->tok_end && named; j++)
                named =
                    is_cap_word(doc, j) && !(gaz_flags(gz, tok_hash(doc, j)) &
                                             (NS_GZ_ORG_SUFFIX | NS_GZ_ORG_HEAD | NS_GZ_COMPANY |
                                              NS_GZ_PLACE | NS_GZ_TITLE | NS_GZ_ORG_KNOWN));
            if (!named)
                continue;
            e->label = NEWSENT_LABEL_PERSON;
        }
        e->tok_start = (uint32_t)i;
        e->byte_start = doc->toks.v[i].start;
    }
}

static uint64_t span_key(const ns_doc *doc, size_t a, size_t b);

/* "London Mayor Sadiq Khan", "Texas Governor Greg Abbott": a PERSON the
 * tagger ran over a place and a title before the name is the place, then
 * the person (trim_titles then takes the title off). Only a place the
 * gazetteer knows: "Martin Luther King" and "Gladys Knight" end on title
 * words with nothing after, and no given name is a place here. Returns -1
 * when an allocation fails. */
static int split_place_titles(ns_doc *doc, const ns_gazetteer *gz)
{
    size_t nents = doc->nents;
    for (size_t k = 0; k < nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (e->label != NEWSENT_LABEL_PERSON || !is_name(e) || e->tok_end > doc->toks.n ||
            e->tok_end - e->tok_start < 3)
            continue;
        size_t a = e->tok_start, j = a + 1;
        while (j + 1 < e->tok_end && title_end(doc, gz, j, e->tok_end) == j)
            j++;
        if (j + 1 >= e->tok_end || j - a > 3 || !(gaz_flags(gz, span_key(doc, a, j)) & NS_GZ_PLACE))
            continue;
        newsent_entity place = *e;
        place.label = NEWSENT_LABEL_PLACE;
        place.tok_end = (uint32_t)j;
        place.byte_end = doc->toks.v[j - 1].end;
        e->tok_start = (uint32_t)j;
        e->byte_start = doc->toks.v[j].start;
        if (!ns_doc_add_entity(doc, &place) && doc->nents < NEWSENT_MAX_ENTITIES)
            return -1;
    }
    return 0;
}

/* A word of small letters only, written apart ("fell"; not "s" of "'s",
 * not "al-Saadani"). */
static int plain_lower_word(const ns_doc *doc, size_t i)
{
    const ns_token *t = &doc->toks.v[i];
    if (t->kind != NS_TOK_WORD || !(t->flags & NS_TF_SPACE_BEFORE) || t->end - t->start < 2)
        return 0;
    for (uint32_t b = t->start; b < t->end; b++)
        if (doc->text[b] < 'a' || doc->text[b] > 'z')
            return 0;
    return 1;
}

/* A name does not end on a lower-case word ("Novo Nordisk fell"). */
static void trim_lower_tails(ns_doc *doc)
{
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->tok_end > doc->toks.n)
            continue;
        size_t j = e->tok_end;
        while (j - 1 > e->tok_start) {
            if (!plain_lower_word(doc, j - 1) || doc->toks.v[j - 1].end != e->byte_end)
                break;
            j--;
            e->byte_end = doc->toks.v[j - 1].end;
        }
        e->tok_end = (uint32_t)j;
    }
}

/* A capitalised word, not an adjective made with a hyphen
 * ("France-registered", "Paris-based"; "Rolls-Royce" is a name). */
static int is_cap_word(const ns_doc *doc, size_t i)
{
    const ns_token *t = &doc->toks.v[i];
    if (!(t->flags & NS_TF_UPPER_INITIAL) || (t->kind != NS_TOK_WORD && t->kind != NS_TOK_ABBREV))
        return 0;
    if (!(t->flags & NS_TF_HAS_HYPHEN)) /* the tokenizer saw no '-' in it */
        return 1;
    for (uint32_t b = t->start + 1; b + 1 < t->end; b++)
        if (doc->text[b] == '-' && doc->text[b + 1] >= 'a' && doc->text[b + 1] <= 'z')
            return 0;
    return 1;
}

static int is_dash(const ns_doc *doc, size_t i)
{
    return tok_is(doc, i, "-") || tok_is(doc, i, "--") || tok_is(doc, i, "\xe2\x80\x94") ||
           tok_is(doc, i, "\xe2\x80\x93");
}

/* Makes tokens [a,b) a name of this label, over the name entities the
 * tagger put inside them (a span that reaches out of them is left, and so
 * is this one). Returns -1 when an allocation fails. */
static int set_name(ns_doc *doc, marks *mk, size_t a, size_t b, unsigned label)
{
    size_t nin = 0;
    newsent_entity *same = NULL, *prev = NULL;
    for (size_t i = a; i < b; i++) {
        newsent_entity *e = name_at(doc, mk, i);
        if (!e || e == prev)
            continue;
        if (e->tok_start < a || e->tok_end > b)
            return 0;
        if (e->tok_start == a && e->tok_end == b)
            same = e;
        prev = e;
        nin++;
    }
    if (same && nin == 1) {
        same->label = label;
        same->detail = &cue_mark;
        return 0;
    }
    for (size_t i = a; i < b; i++) {
        newsent_entity *e = name_at(doc, mk, i);
        if (e)
            e->flags |= NS_EF_DROP;
        mk->owner[i] = 0;
    }
    return add_span(doc, mk, a, b, label, 0.8f, 1);
}

/* The places of a dateline's [a,b), split at commas: those the gazetteer
 * knows are PLACE ("SANTA CLARA, California, Feb 26"). */
static int dateline_places(ns_doc *doc, marks *mk, const ns_gazetteer *gz, size_t a, size_t b)
{
    while (a < b) {
        size_t c = a;
        int words = 1;
        uint64_t h = NS_FNV_INIT;
        for (; c < b && !tok_is(doc, c, ","); c++) {
            const ns_token *t = &doc->toks.v[c];
            if (!is_cap_word(doc, c))
                words = 0;
            if (c > a)
                h = ns_hash_bytes(h, " ", 1);
            h = ns_hash_lower(h, doc->text + t->start, t->end - t->start);
        }
        if (c > a && words && c - a <= 4 && (gaz_flags(gz, h) & NS_GZ_PLACE) &&
            set_name(doc, mk, a, c, NEWSENT_LABEL_PLACE) < 0)
            return -1;
        a = c + 1;
    }
    return 0;
}

/* A dateline, "LONDON, March 3 (AFP) -" or "NEW DELHI -": at a paragraph's
 * start, capitalised words, numbers and commas, then one to three
 * capitalised words in brackets and a dash, or, after a place in capitals,
 * the dash at once. The guidelines make its places PLACE and its news agency
 * ORG. Returns -1 when an allocation fails. */
static int datelines(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n;
    for (size_t p = 0; p < n; p++) {
        if (p && !(doc->toks.v[p].flags & NS_TF_PARA_START))
            continue;
        size_t i = p;
        for (; i < n && i < p + 12; i++) {
            const ns_token *t = &doc->toks.v[i];
            if (tok_is(doc, i, "(") || is_dash(doc, i) ||
                !((t->flags & NS_TF_UPPER_INITIAL) || t->kind == NS_TOK_NUMBER ||
                  tok_is(doc, i, ",")))
                break;
        }
        /* The place opens it: "LONDON", "Kyiv", not a team in a results
         * line ("Radnicki (N) - Spartak"). */
        int caps = (doc->toks.v[p].flags & NS_TF_ALL_UPPER) != 0;
        if (i == p || i >= n || !(caps || (gaz_flags(gz, tok_hash(doc, p)) & NS_GZ_PLACE)))
            continue;
        if (is_dash(doc, i)) {
            if (caps && dateline_places(doc, mk, gz, p, i) < 0)
                return -1;
            continue;
        }
        if (!tok_is(doc, i, "("))
            continue;
        size_t a = i + 1, b = a;
        while (b < n && b < a + 3 && (doc->toks.v[b].flags & NS_TF_UPPER_INITIAL) &&
               (doc->toks.v[b].kind == NS_TOK_WORD || doc->toks.v[b].kind == NS_TOK_ABBREV))
            b++;
        if (b == a || b + 1 >= n || !tok_is(doc, b, ")") || !is_dash(doc, b + 1) ||
            doc->toks.v[b - 1].end - doc->toks.v[a].start < 2)
            continue;
        if (dateline_places(doc, mk, gz, p, i) < 0 ||
            set_name(doc, mk, a, b, NEWSENT_LABEL_ORG) < 0)
            return -1;
    }
    return 0;
}

/* "California-based", "New York-born": the tokenizer keeps a hyphen
 * compound whole, so the place in it is a PLACE that ends inside the token
 * (the one good reason for that), when the gazetteer knows it as a place.
 * Adjectives ("U.S.-led", "Russian-backed") are not places. */
static int compound_places(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    unsigned char *covered = mk->covered;
    static const char *const tails[] = {"based", "born", "headquartered", "bound", "listed"};
    size_t n = doc->toks.n;
    for (size_t i = 0; i < n; i++) {
        const ns_token *t = &doc->toks.v[i];
        if (covered[i] || t->kind != NS_TOK_WORD || !(t->flags & NS_TF_HAS_HYPHEN))
            continue;
        const char *s = doc->text + t->start;
        size_t len = t->end - t->start, h = len;
        while (h && s[h - 1] != '-')
            h--;
        if (h < 2)
            continue;
        int tail = 0;
        for (size_t k = 0; k < sizeof tails / sizeof *tails; k++)
            if (strlen(tails[k]) == len - h && memcmp(tails[k], s + h, len - h) == 0)
                tail = 1;
        if (!tail)
            continue;
        /* The longest place ending here: up to two capitalised words before
         * the compound ("New York-based"). */
        size_t from = SIZE_MAX;
        for (size_t back = 0; back <= 2 && back <= i; back++) {
            size_t j = i - back;
            const ns_token *f = &doc->toks.v[j];
            if (back && (covered[j] || f->sent != t->sent || f->kind != NS_TOK_WORD))
                break;
            if (!(f->flags & NS_TF_UPPER_INITIAL))
                continue;
            uint64_t hh = NS_FNV_INIT;
            for (size_t m = j; m < i; m++) {
                const ns_token *x = &doc->toks.v[m];
                hh = ns_hash_lower(hh, doc->text + x->start, x->end - x->start);
                hh = ns_hash_bytes(hh, " ", 1);
            }
            hh = ns_hash_lower(hh, s, h - 1);
            if (gaz_flags(gz, hh) & NS_GZ_PLACE)
                from = j;
        }
        if (from == SIZE_MAX)
            continue;
        newsent_entity e;
        memset(&e, 0, sizeof e);
        e.byte_start = doc->toks.v[from].start;
        e.byte_end = (uint32_t)(t->start + h - 1);
        e.tok_start = (uint32_t)from;
        e.tok_end = (uint32_t)(i + 1);
        e.label = NEWSENT_LABEL_PLACE;
        e.confidence = 0.8f;
        if (add_name(doc, mk, &e) < 0)
            return -1;
    }
    return 0;
}

/* The capitalised word after a name's last token, in its sentence: a name
 * that goes on ("Energy Secretary") is not closed by a company word. */
static int cap_word_after(const ns_doc *doc, size_t i)
{
    return i + 1 < doc->toks.n && doc->toks.v[i + 1].sent == doc->toks.v[i].sent &&
           is_cap_word(doc, i + 1);
}

static int company_word(const ns_doc *doc, const ns_gazetteer *gz, size_t i)
{
    return is_cap_word(doc, i) && (gaz_flags(gz, tok_hash(doc, i)) & NS_GZ_COMPANY);
}

static int lower_is_one_of(const ns_doc *doc, size_t i, const char *const *w, size_t nw)
{
    const ns_token *t = &doc->toks.v[i];
    size_t n = t->end - t->start;
    char c0 = (char)(doc->text[t->start] | 0x20);
    for (size_t k = 0; k < nw; k++) {
        if (w[k][0] != c0)
            continue;
        size_t j = 0;
        while (j < n && w[k][j] && (doc->text[t->start + j] | 0x20) == w[k][j])
            j++;
        if (j == n && w[k][n] == '\0')
            return 1;
    }
    return 0;
}

/* lower_is_one_of for a list in strcmp order, by bisection: the long lists
 * below are read for every capitalised run. */
static int lower_in_sorted(const ns_doc *doc, size_t i, const char *const *w, size_t nw)
{
    const ns_token *t = &doc->toks.v[i];
    size_t n = t->end - t->start;
    char buf[16];
    if (n >= sizeof buf)
        return 0;
    for (size_t j = 0; j < n; j++)
        buf[j] = (char)(doc->text[t->start + j] | 0x20);
    buf[n] = '\0';
    size_t lo = 0, hi = nw;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *x = buf, *y = w[mid];
        while (*x && *x == *y)
            x++, y++;
        int c = (unsigned char)*x - (unsigned char)*y;
        if (!c)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* Words that open a capitalised run without being part of a name. */
static int run_opener(const ns_doc *doc, size_t i)
{
    /* Articles, possessives, and what starts a sentence before a name
     * (sorted: lower_in_sorted). */
    static const char *const w[] = {
        "a",       "acting",  "after",      "also",    "among",       "an",        "and",
        "another", "as",      "at",         "before",  "billionaire", "both",      "but",
        "by",      "despite", "during",     "earlier", "fellow",      "for",       "former",
        "from",    "her",     "his",        "if",      "in",          "including", "incoming",
        "interim", "its",     "last",       "later",   "many",        "meanwhile", "most",
        "new",     "now",     "of",         "on",      "other",       "our",       "outgoing",
        "rival",   "rivals",  "separately", "shares",  "since",       "so",        "some",
        "tech",    "that",    "the",        "their",   "then",        "these",     "this",
        "those",   "today",   "under",      "unlike",  "when",        "while",     "with"};
    return lower_in_sorted(doc, i, w, sizeof w / sizeof *w);
}

/* Whether the word at i opens a sentence or a quotation, where a capital
 * says nothing. */
static int sentence_opener(const ns_doc *doc, size_t i)
{
    if (doc->toks.v[i].flags & NS_TF_SENT_START)
        return 1;
    return i && doc->toks.v[i - 1].kind == NS_TOK_PUNCT &&
           (tok_is(doc, i - 1, "\"") || tok_is(doc, i - 1, "\xe2\x80\x9c") ||
            tok_is(doc, i - 1, "(") || tok_is(doc, i - 1, ":") || is_dash(doc, i - 1));
}

/* "Meta Platforms", "BAE Systems", "Lightspeed Venture Partners": a name
 * closed by a company word (gazetteer COMPANY class: words that end
 * companies' names and never people's) is an ORG. A PERSON or PLACE the
 * tagger ended on one is relabelled, a name it stopped just before one is
 * extended, and an untagged capitalised run of two or more words ending on
 * one becomes an ORG. */
static int company_names(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    unsigned char *covered = mk->covered;
    size_t n = doc->toks.n;
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->tok_end > n)
            continue;
        size_t last = e->tok_end - 1, j = e->tok_end;
        if (e->label != NEWSENT_LABEL_ORG && e->tok_end - e->tok_start >= 2 &&
            company_word(doc, gz, last) && !cap_word_after(doc, last)) {
            e->label = NEWSENT_LABEL_ORG;
            e->detail = &cue_mark;
            /* "Advanced" in "Advanced Micro Devices", left out as no part
             * of a person's name. */
            size_t a = e->tok_start;
            while (a > 0 && !covered[a - 1] && is_cap_word(doc, a - 1) &&
                   doc->toks.v[a - 1].sent == doc->toks.v[a].sent &&
                   !(doc->toks.v[a - 1].flags & NS_TF_SENT_START) && !run_opener(doc, a - 1))
                a--;
            memset(covered + a, 1, e->tok_start - a);
            own(mk, a, e->tok_start, k);
            e->tok_start = (uint32_t)a;
            e->byte_start = doc->toks.v[a].start;
        } else if (j < n && !covered[j] && doc->toks.v[j].sent == doc->toks.v[last].sent &&
                   e->byte_end == doc->toks.v[last].end && company_word(doc, gz, j) &&
                   !cap_word_after(doc, j) && !(doc->toks.v[j].flags & NS_TF_HEADLINE)) {
            e->tok_end = (uint32_t)(j + 1);
            e->byte_end = doc->toks.v[j].end;
            e->label = NEWSENT_LABEL_ORG;
            e->detail = &cue_mark;
            covered[j] = 1;
            own(mk, j, j + 1, k);
        }
    }
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !covered[j] && is_cap_word(doc, j) &&
               !(doc->toks.v[j].flags & NS_TF_HEADLINE) &&
               doc->toks.v[j].sent == doc->toks.v[i].sent)
            j++;
        if (j == i) {
            i++;
            continue;
        }
        size_t a = i;
        if (sentence_opener(doc, a))
            while (a < j && run_opener(doc, a))
                a++;
        if (j - a >= 2 && company_word(doc, gz, j - 1) && !cap_word_after(doc, j - 1)) {
            if (add_span(doc, mk, a, j, NEWSENT_LABEL_ORG, 0.7f, 1) < 0)
                return -1;
        }
        i = j;
    }
    return 0;
}

/* A nationality rather than a company before a title ("the American chief
 * executive"): one word ending as demonyms do. */
static int demonym_like(const ns_doc *doc, size_t i)
{
    static const char *const ends[] = {"an", "ese", "ish", "ch", "i"};
    const ns_token *t = &doc->toks.v[i];
    size_t n = t->end - t->start;
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t m = strlen(ends[k]);
        if (n > m + 2 && memcmp(doc->text + t->end - m, ends[k], m) == 0)
            return 1;
    }
    return 0;
}

/* "Nvidia Chief Executive Jensen Huang", "Anduril co-founder Palmer
 * Luckey": the name just before a company title that comes before a person
 * is the company. Only titles that belong to companies: "President" and
 * "Minister" follow countries and nationalities. */
static int companies_before_titles(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    unsigned char *covered = mk->covered;
    static const char *const one[] = {"ceo", "founder", "co-founder", "cofounder"};
    size_t n = doc->toks.n, nents = doc->nents;
    for (size_t k = 0; k < nents; k++) {
        const newsent_entity *p = &doc->ents[k];
        if (p->label != NEWSENT_LABEL_PERSON || !is_name(p) || p->tok_start < 2 || p->tok_end > n)
            continue;
        size_t t = p->tok_start, end;
        uint32_t sent = doc->toks.v[t].sent;
        if (lower_is_one_of(doc, t - 1, one, sizeof one / sizeof *one))
            end = t - 1;
        else if (t >= 3 && lower_is_one_of(doc, t - 1, (const char *const[]){"executive"}, 1) &&
                 lower_is_one_of(doc, t - 2, (const char *const[]){"chief"}, 1))
            end = t - 2;
        else
            continue;
        if (!end || doc->toks.v[end - 1].sent != sent || doc->toks.v[end].sent != sent)
            continue;
        newsent_entity *same = name_at(doc, mk, end - 1);
        if (same && (same->tok_end != end || same->byte_end != doc->toks.v[end - 1].end))
            same = NULL;
        if (same) {
            /* A PERSON there is the company read as a person; an ORG is
             * confirmed. */
            if (same->label == NEWSENT_LABEL_PERSON || same->label == NEWSENT_LABEL_ORG) {
                same->label = NEWSENT_LABEL_ORG;
                same->detail = &cue_mark;
            }
            continue;
        }
        size_t a = end;
        while (a > 0 && end - a < 3 && !covered[a - 1] && is_cap_word(doc, a - 1) &&
               doc->toks.v[a - 1].sent == sent &&
               !(gaz_flags(gz, tok_hash(doc, a - 1)) & (NS_GZ_TITLE | NS_GZ_TIMEWORD)))
            a--;
        /* An ORG the tagger ended short of the title ("JPMorgan" of
         * "JPMorgan Chase Chief Executive") takes the words up to it. */
        if (a > 0 && a < end && covered[a - 1]) {
            newsent_entity *o = name_at(doc, mk, a - 1);
            if (o && o->label == NEWSENT_LABEL_ORG && o->tok_end == a &&
                o->byte_end == doc->toks.v[a - 1].end) {
                o->tok_end = (uint32_t)end;
                o->byte_end = doc->toks.v[end - 1].end;
                o->detail = &cue_mark;
                memset(covered + a, 1, end - a);
                own(mk, a, end, (size_t)(o - doc->ents));
            }
            continue;
        }
        /* Not the tail of a longer name. */
        if (a > 0 && doc->toks.v[a - 1].sent == sent && is_cap_word(doc, a - 1))
            continue;
        while (a < end && run_opener(doc, a))
            a++;
        if (a == end || (end - a == 1 && demonym_like(doc, a)))
            continue;
        if (add_span(doc, mk, a, end, NEWSENT_LABEL_ORG, 0.7f, 1) < 0)
            return -1;
    }
    return 0;
}

/* "Shares in Novo Nordisk", "analysts at Jefferies": a name after these
 * cues is a company unless the gazetteer knows it as a place ("shares in
 * Tokyo"). */
static int companies_after_cues(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    unsigned char *covered = mk->covered;
    static const char *const first[] = {"shares",    "analysts",    "analyst",   "economists",
                                        "economist", "strategists", "strategist"};
    size_t n = doc->toks.n;
    for (size_t i = 2; i < n; i++) {
        /* The short word between first: it rules out most names at once. */
        const ns_token *w = &doc->toks.v[i - 1];
        if (w->end - w->start != 2 || !is_cap_word(doc, i) ||
            doc->toks.v[i - 2].sent != doc->toks.v[i].sent ||
            !lower_is_one_of(doc, i - 2, first, sizeof first / sizeof *first))
            continue;
        int shares = lower_is_one_of(doc, i - 2, first, 1);
        if (!(shares ? lower_is_one_of(doc, i - 1, (const char *const[]){"in", "of"}, 2)
                     : tok_is(doc, i - 1, "at")))
            continue;
        size_t b = i;
        uint64_t h = NS_FNV_INIT;
        while (b < n && b < i + 4 && is_cap_word(doc, b) &&
               doc->toks.v[b].sent == doc->toks.v[i].sent) {
            const ns_token *t = &doc->toks.v[b];
            if (b > i)
                h = ns_hash_bytes(h, " ", 1);
            h = ns_hash_lower(h, doc->text + t->start, t->end - t->start);
            b++;
        }
        newsent_entity *at = name_at(doc, mk, i);
        if (at && at->tok_start != i)
            at = NULL;
        if (at) {
            /* The tagger's span, unless it is a place the gazetteer knows. */
            uint64_t g = span_key(doc, at->tok_start, at->tok_end < n ? at->tok_end : n);
            if (at->label == NEWSENT_LABEL_ORG ||
                !(gaz_flags(gz, g) & (NS_GZ_PLACE | NS_GZ_TIMEWORD))) {
                at->label = NEWSENT_LABEL_ORG;
                at->detail = &cue_mark;
            }
            continue;
        }
        if (b == i || covered[i] || (gaz_flags(gz, h) & (NS_GZ_PLACE | NS_GZ_TIMEWORD)))
            continue;
        for (size_t m = i; m < b; m++)
            if (covered[m])
                b = m;
        if (set_name(doc, mk, i, b, NEWSENT_LABEL_ORG) < 0)
            return -1;
    }
    return 0;
}

/* "OpenAI", "BlackRock": a capital after a small letter inside a word
 * marks a company's name, not a place's, unless the gazetteer knows the place
 * or the capital follows a surname prefix ("McAllen", "LaGuardia"). */
static int camel_company(const ns_doc *doc, const ns_gazetteer *gz, size_t i)
{
    static const char *const prefixes[] = {"Mc", "Mac", "De",  "Di",  "Da", "Du",
                                           "La", "Le",  "Van", "Von", "Kwa"};
    const ns_token *t = &doc->toks.v[i];
    const char *s = doc->text + t->start;
    size_t n = t->end - t->start, k = 1;
    while (k < n && !(s[k - 1] >= 'a' && s[k - 1] <= 'z' && s[k] >= 'A' && s[k] <= 'Z'))
        k++;
    if (k >= n || t->kind != NS_TOK_WORD)
        return 0;
    for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++)
        if (strlen(prefixes[p]) == k && memcmp(prefixes[p], s, k) == 0)
            return 0;
    return !(gaz_flags(gz, tok_hash(doc, i)) & NS_GZ_PLACE);
}

/* Two capitals before a small letter ("JPMorgan", "UBSWarburg"): how
 * companies are written, never a person's name. */
static int capital_pair_word(const ns_doc *doc, size_t i)
{
    const ns_token *t = &doc->toks.v[i];
    const char *s = doc->text + t->start;
    size_t n = t->end - t->start, k = 0;
    while (k < n && s[k] >= 'A' && s[k] <= 'Z')
        k++;
    return t->kind == NS_TOK_WORD && k >= 2 && k < n && s[k] >= 'a' && s[k] <= 'z';
}

/* The tagger's PLACE or PERSON that is a company ("OpenAI", "JPMorgan
 * Chase"), and the tagger's ORG that
 * is two companies ("NextEra Energy and First Solar": a name closed by a
 * company word, "and", capitalised words that are no collective name). */
static int fix_company_spans(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    unsigned char *covered = mk->covered;
    size_t n = doc->toks.n, nents = doc->nents;
    for (size_t k = 0; k < nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->tok_end > n)
            continue;
        if ((e->label == NEWSENT_LABEL_PLACE && e->tok_end - e->tok_start == 1 &&
             camel_company(doc, gz, e->tok_start)) ||
            (e->label == NEWSENT_LABEL_PERSON && capital_pair_word(doc, e->tok_start))) {
            e->label = NEWSENT_LABEL_ORG;
            continue;
        }
        if (e->label != NEWSENT_LABEL_ORG)
            continue;
        size_t c = e->tok_start;
        while (c < e->tok_end && is_cap_word(doc, c))
            c++;
        size_t last = e->tok_end - 1;
        if (c - e->tok_start < 2 || c + 2 > last + 1 || !tok_is(doc, c, "and") ||
            !company_word(doc, gz, c - 1) ||
            (gaz_flags(gz, tok_hash(doc, last)) & (NS_GZ_ORG_SUFFIX | NS_GZ_ORG_HEAD)) ||
            e->byte_end != doc->toks.v[last].end)
            continue;
        size_t m = c + 1;
        while (m <= last && is_cap_word(doc, m))
            m++;
        if (m <= last)
            continue;
        newsent_entity second = *e;
        second.tok_start = (uint32_t)(c + 1);
        second.byte_start = doc->toks.v[c + 1].start;
        second.value = NULL;
        e->tok_end = (uint32_t)c;
        e->byte_end = doc->toks.v[c - 1].end;
        covered[c] = 0;
        mk->owner[c] = 0;
        if (add_name(doc, mk, &second) < 0)
            return -1;
    }
    return 0;
}

/* A word written in small letters from its first ("drugmaker", "start-up"). */
static int lower_initial(const ns_doc *doc, size_t i)
{
    const ns_token *t = &doc->toks.v[i];
    return t->kind == NS_TOK_WORD && doc->text[t->start] >= 'a' && doc->text[t->start] <= 'z';
}

/* Nouns that name a company's kind: before a name ("drugmaker Seagen",
 * "consultancy Drewry", "start-up DeepSeek") or at the head of an apposition
 * after it ("xAI, the artificial intelligence company"). None of them comes
 * before a person's name as a title does ("lawmaker", "producer" and
 * "investor" do, and are not here). */
static int company_noun(const ns_doc *doc, size_t i)
{
    static const char *const w[] = {
        "agency",      "airline",   "automaker", "bank",       "broadcaster",  "brokerage",
        "carmaker",    "carrier",   "chipmaker", "company",    "conglomerate", "consultancy",
        "cooperative", "drugmaker", "exchange",  "firm",       "fund",         "giant",
        "group",       "insurer",   "lender",    "maker",      "manufacturer", "miner",
        "newspaper",   "operator",  "outlet",    "planemaker", "publisher",    "regulator",
        "retailer",    "shipper",   "start-up",  "startup",    "steelmaker",   "subsidiary",
        "utility",     "venture",   "watchdog"};
    return lower_initial(doc, i) && lower_in_sorted(doc, i, w, sizeof w / sizeof *w) &&
           !(i && tok_is(doc, i - 1, "aircraft")); /* "aircraft carrier Carl Vinson" */
}

static int is_clitic_s(const ns_doc *doc, size_t i)
{
    return doc->toks.v[i].kind == NS_TOK_CLITIC &&
           (tok_is(doc, i, "'s") || tok_is(doc, i, "\xe2\x80\x99s"));
}

/* "slid 3%", "rose 4 percent": a share price's move. */
static int price_move(const ns_doc *doc, size_t i)
{
    static const char *const verbs[] = {
        "added", "advanced", "climbed", "climbs",  "declined", "dipped", "dropped",
        "drops", "edged",    "falls",   "fell",    "gained",   "gains",  "jumped",
        "jumps", "lost",     "plunged", "rallied", "rises",    "rose",   "sank",
        "slid",  "slides",   "slipped", "slumped", "soared",   "surged", "tumbled"};
    size_t n = doc->toks.n;
    if (!lower_initial(doc, i) || !lower_in_sorted(doc, i, verbs, sizeof verbs / sizeof *verbs))
        return 0;
    size_t j = i + 1;
    if (j < n && lower_is_one_of(doc, j, (const char *const[]){"up", "down", "nearly", "about"}, 4))
        j++;
    if (j >= n || doc->toks.v[j].kind != NS_TOK_NUMBER)
        return 0;
    const ns_token *t = &doc->toks.v[j];
    return doc->text[t->end - 1] == '%' ||
           (j + 1 < n && (tok_is(doc, j + 1, "%") || tok_is(doc, j + 1, "percent") ||
                          tok_is(doc, j + 1, "pct")));
}

/* What the words around the name [a,b) say of a company and never of a
 * person: a company noun before it or at the head of an apposition after it,
 * "'s chief executive" or "'s shareholders" after it, its shares or its
 * price moving. */

/* A company noun just before the name at a, or before a comma there. */
/* Plural company nouns, which head a list of names ("grid operators Fingrid
 * and Elering", "its partners Hess and CNOOC") but, before a comma, may end a clause ("local-call
 * operators, Horinouchi said"). */
static int company_plural(const ns_doc *doc, size_t i)
{
    static const char *const w[] = {"airlines",   "automakers", "banks",      "carmakers",
                                    "chipmakers", "companies",  "drugmakers", "firms",
                                    "insurers",   "lenders",    "miners",     "operators",
                                    "partners",   "retailers",  "utilities"};
    return lower_initial(doc, i) && lower_in_sorted(doc, i, w, sizeof w / sizeof *w);
}

static int company_before(const ns_doc *doc, size_t a)
{
    size_t p = a;
    if (p >= 2 && tok_is(doc, p - 1, ","))
        p--;
    if (p >= 1 && doc->toks.v[p - 1].sent == doc->toks.v[a].sent &&
        (company_noun(doc, p - 1) || (p == a && company_plural(doc, p - 1))))
        return 1;
    /* "grid operators Fingrid and Elering": a plural noun heads the list */
    if (a < 3 || !lower_is_one_of(doc, a - 1, (const char *const[]){"and", "or"}, 2))
        return 0;
    size_t j = a - 1;
    while (j > 0 && a - j < 8 && doc->toks.v[j - 1].sent == doc->toks.v[a].sent &&
           (is_cap_word(doc, j - 1) || tok_is(doc, j - 1, ",")))
        j--;
    return j > 0 && j < a - 1 && is_cap_word(doc, j) &&
           doc->toks.v[j - 1].sent == doc->toks.v[a].sent && company_plural(doc, j - 1);
}

static int company_context(const ns_doc *doc, const ns_gazetteer *gz, size_t a, size_t b)
{
    static const char *const owned[] = {"ceo",      "shareholders", "subsidiary",
                                        "revenue",  "profit",       "profits",
                                        "earnings", "stockholders", "headquarters"};
    static const char *const said[] = {"said",      "says",     "added", "told",
                                       "announced", "reported", "wrote"};
    static const char *const after_shares[] = {"are",  "climbed", "closed", "dropped", "ended",
                                               "fell", "gained",  "had",    "have",    "jumped",
                                               "rose", "slid",    "surged", "tumbled", "were"};
    size_t n = doc->toks.n;
    uint32_t sent = doc->toks.v[a].sent;
    if (company_before(doc, a))
        return 1;
    if (b >= n || doc->toks.v[b].sent != sent)
        return 0;
    if (is_clitic_s(doc, b) && b + 1 < n) {
        if (lower_is_one_of(doc, b + 1, owned, sizeof owned / sizeof *owned))
            return 1;
        if (b + 2 < n && lower_is_one_of(doc, b + 1, (const char *const[]){"chief"}, 1) &&
            lower_is_one_of(doc, b + 2, (const char *const[]){"executive"}, 1))
            return 1;
        return 0;
    }
    if (b + 1 < n && lower_initial(doc, b) &&
        lower_is_one_of(doc, b, (const char *const[]){"shares", "stock"}, 2) &&
        lower_in_sorted(doc, b + 1, after_shares, sizeof after_shares / sizeof *after_shares))
        return 1;
    if (price_move(doc, b))
        return 1;
    /* ", the Danish shipping group," but not ", the company said" (a
     * quotation's source) nor ", the bank's chief" (a person's role). */
    if (tok_is(doc, b, ",") && b + 2 < n &&
        lower_is_one_of(doc, b + 1, (const char *const[]){"the", "a", "an"}, 3)) {
        for (size_t k = b + 2; k < n && k < b + 8 && doc->toks.v[k].sent == sent; k++) {
            if (company_noun(doc, k))
                return k + 1 >= n ||
                       !(is_clitic_s(doc, k + 1) ||
                         lower_is_one_of(doc, k + 1, said, sizeof said / sizeof *said));
            const ns_token *t = &doc->toks.v[k];
            if ((t->kind != NS_TOK_WORD && !is_clitic_s(doc, k) && t->kind != NS_TOK_ABBREV) ||
                tok_is(doc, k, "of") || (gaz_flags(gz, tok_hash(doc, k)) & NS_GZ_TITLE))
                break;
        }
    }
    return 0;
}

/* A capitalised word of a run of them, with "&" between two ("Procter &
 * Gamble"), in sentence sent and not in a headline. */
static int run_word(const ns_doc *doc, size_t i, uint32_t sent)
{
    const ns_token *t = &doc->toks.v[i];
    if (t->sent != sent || (t->flags & NS_TF_HEADLINE))
        return 0;
    if (is_cap_word(doc, i))
        return 1;
    return t->end - t->start == 1 && doc->text[t->start] == '&' && i + 1 < doc->toks.n &&
           doc->toks.v[i + 1].sent == sent && is_cap_word(doc, i + 1);
}

/* Whether the one-word name at i is an ORG, or a listed company that is
 * not a place, nor a common word opening a sentence. */
static int org_word_at(const ns_doc *doc, const marks *mk, const ns_gazetteer *gz, size_t i)
{
    if (i >= doc->toks.n || !is_cap_word(doc, i))
        return 0;
    const newsent_entity *e = name_at((ns_doc *)doc, mk, i);
    if (e && e->label == NEWSENT_LABEL_ORG)
        return 1;
    uint16_t f = gaz_flags(gz, tok_hash(doc, i));
    return (f & NS_GZ_ORG_KNOWN) && !(f & NS_GZ_PLACE) &&
           !((f & NS_GZ_ORG_WORD) && sentence_opener(doc, i));
}

/* "Meta and Alphabet", "Alphabet, Apple and Meta": a name listed with a
 * company is one too. */
static int coordinated_org(const ns_doc *doc, const marks *mk, const ns_gazetteer *gz, size_t a,
                           size_t b)
{
    static const char *const joins[] = {"and", "or", ","};
    size_t n = doc->toks.n;
    uint32_t sent = doc->toks.v[a].sent;
    if (b + 1 < n && doc->toks.v[b + 1].sent == sent && lower_is_one_of(doc, b, joins, 3) &&
        org_word_at(doc, mk, gz, b + 1))
        return 1;
    return a >= 2 && doc->toks.v[a - 2].sent == sent && lower_is_one_of(doc, a - 1, joins, 3) &&
           org_word_at(doc, mk, gz, a - 2);
}

/* ", Mo.", ", Ohio": a place's state or country after the name ending at b
 * ("Fulton, Mo."). */
static int place_follows(const ns_doc *doc, const marks *mk, const ns_gazetteer *gz, size_t b)
{
    size_t n = doc->toks.n;
    if (b + 1 >= n || !tok_is(doc, b, ",") || !is_cap_word(doc, b + 1))
        return 0;
    const newsent_entity *e = name_at((ns_doc *)doc, mk, b + 1);
    if (e)
        return e->label == NEWSENT_LABEL_PLACE;
    /* "Mo." is one token before a space, two before a comma. */
    return doc->toks.v[b + 1].kind == NS_TOK_ABBREV || (b + 2 < n && tok_is(doc, b + 2, ".")) ||
           (gaz_flags(gz, tok_hash(doc, b + 1)) & NS_GZ_PLACE);
}

/* The capitalised run [a,b) is a company's name: listed companies
 * (gazetteer ORG_KNOWN) unless the words around it say otherwise, and any
 * name the words around it say is a company's. What says otherwise: "the"
 * before ("the Amazon"), a title before ("founder Charles Schwab"), a place
 * of that name ("Meta", a Colombian department), a sentence that starts with
 * a word that is also a common noun ("Shell"), a common given name or
 * surname the tagger took for a person ("Ford"); a company context
 * (company_context) overrules all but the first two. */
static int company_run(const ns_doc *doc, const marks *mk, const ns_gazetteer *gz, size_t a,
                       size_t b)
{
    const newsent_entity *e = name_at((ns_doc *)doc, mk, a);
    unsigned tagged = e && e->tok_start == a && e->tok_end == b ? e->label : 0;
    if (tagged == NEWSENT_LABEL_ORG ||
        (a && doc->toks.v[a - 1].sent == doc->toks.v[a].sent &&
         lower_is_one_of(doc, a - 1, (const char *const[]){"the"}, 1)))
        return 0;
    uint64_t h = NS_FNV_INIT;
    for (size_t i = a; i < b; i++) {
        const ns_token *t = &doc->toks.v[i];
        if (mk->covered[i] && !mk->owner[i])
            return 0; /* a date or a number */
        if (i > a)
            h = ns_hash_bytes(h, " ", 1);
        h = ns_hash_lower(h, doc->text + t->start, t->end - t->start);
    }
    uint16_t f = gaz_flags(gz, h);
    if (f & NS_GZ_TIMEWORD)
        return 0;
    int opens = sentence_opener(doc, a), yes;
    if (!(f & NS_GZ_ORG_KNOWN)) {
        /* A name nobody tagged at a sentence's start may be a common noun
         * ("Spending rose 0.2 percent"). */
        yes = !((f & NS_GZ_PLACE) || doc->toks.v[b - 1].end - doc->toks.v[a].start < 2 ||
                (opens && !tagged && !company_before(doc, a))) &&
              company_context(doc, gz, a, b);
    } else {
        /* The tagger's PERSON on a word that people are named is a judgement
         * of the context ("Puig was asked if he feared death"). */
        int doubt = (f & NS_GZ_PLACE) || ((f & NS_GZ_ORG_WORD) && opens) ||
                    (tagged == NEWSENT_LABEL_PERSON && (f & (NS_GZ_FIRST | NS_GZ_LAST))) ||
                    (tagged == NEWSENT_LABEL_PLACE && place_follows(doc, mk, gz, b));
        yes = !doubt || company_context(doc, gz, a, b) || coordinated_org(doc, mk, gz, a, b);
    }
    /* Last, as the rarest answer: a title before ("founder Charles Schwab"). */
    return yes && !(a && doc->toks.v[a - 1].sent == doc->toks.v[a].sent &&
                    (gaz_flags(gz, tok_hash(doc, a - 1)) & NS_GZ_TITLE));
}

/* An adjective that names a party's creed rather than the party
 * ("Democratic", "Socialist", "Conservative", "Nazi"). */
static int creed_like(const ns_doc *doc, size_t i)
{
    static const char *const ends[] = {"ic", "ist", "ive", "al"};
    const ns_token *t = &doc->toks.v[i];
    size_t n = t->end - t->start;
    if (demonym_like(doc, i))
        return 1;
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t m = strlen(ends[k]);
        if (n > m + 2 && memcmp(doc->text + t->end - m, ends[k], m) == 0)
            return 1;
    }
    return 0;
}

/* "the nationalist Law and Justice party", "the Congress party": the
 * capitalised words before a lower-case "party" at i name it, with "and",
 * "for" or "of" between them ("Alternative for Germany"). */
static int party_name(ns_doc *doc, marks *mk, const ns_gazetteer *gz, size_t i)
{
    static const char *const joins[] = {"and", "for", "of", "&"};
    if (!i || (!tok_is(doc, i, "party") && !tok_is(doc, i, "parties")))
        return 0;
    uint32_t sent = doc->toks.v[i].sent;
    size_t a = i;
    while (a > 0 && a + 6 > i && doc->toks.v[a - 1].sent == sent) {
        if (is_cap_word(doc, a - 1))
            a--;
        else if (a < i && a >= 2 && lower_is_one_of(doc, a - 1, joins, 4) &&
                 is_cap_word(doc, a - 2))
            a -= 2;
        else
            break;
    }
    while (a < i && run_opener(doc, a))
        a++;
    /* Not at a sentence's start, where a capital says nothing ("Ruling
     * Moslem party ends boycott"). */
    if (a == i || sentence_opener(doc, a) ||
        (i - a == 1 && (creed_like(doc, a) || (gaz_flags(gz, tok_hash(doc, a)) & NS_GZ_PLACE))))
        return 0;
    return set_name(doc, mk, a, i, NEWSENT_LABEL_ORG);
}

/* Words that head an institution's name ("World Food Programme", "Ministry
 * of Defence"). Not "union" or "house": "the Soviet Union" and "the White
 * House" are places, and the tagger knows the unions that are not; "the
 * West Bank" the gazetteer check in institution_end keeps out. Sorted:
 * lower_in_sorted. */
static int institution_head(const ns_doc *doc, size_t i)
{
    static const char *const w[] = {
        "administration", "agency",       "assembly",   "association", "authority",  "bank",
        "board",          "bureau",       "college",    "commission",  "committee",  "corporation",
        "council",        "court",        "department", "directorate", "federation", "forces",
        "foundation",     "fund",         "guard",      "institute",   "ministry",   "office",
        "organisation",   "organization", "parliament", "party",       "police",     "program",
        "programme",      "secretariat",  "service",    "tribunal",    "university"};
    return lower_in_sorted(doc, i, w, sizeof w / sizeof *w);
}

static int is_title(const ns_doc *doc, const ns_gazetteer *gz, size_t i)
{
    return (gaz_flags(gz, tok_hash(doc, i)) & NS_GZ_TITLE) != 0;
}

/* "Center for Biologics Evaluation and Research": a head that heads a
 * name only before "of" or "for" ("the World Trade Center" is a place). */
static int institution_head_of(const ns_doc *doc, size_t i)
{
    static const char *const w[] = {"center", "centre"};
    return lower_is_one_of(doc, i, w, 2);
}

/* Whether a name of the tagger's other than a place starts at i: what
 * follows "of" or "for" is then not the institution's ("the Ministry for
 * Bre-X"). */
static int other_name_starts(ns_doc *doc, const marks *mk, size_t i)
{
    const newsent_entity *e = name_at(doc, mk, i);
    return e && e->tok_start == i && e->label != NEWSENT_LABEL_PLACE;
}

/* Where the institution's name in the capitalised run [a,b) ends, or 0: at
 * its last head word, or after "of"/"for" and the capitalised words that
 * follow ("Bank of England"), with "and" between two of them unless a
 * place ends before it ("Bank of England and France"), up to a title
 * ("Reserve Bank of India Governor") or a join ("the World Bank and IMF").
 * Any other word of the run after it ("the Fund Manager Awards", "the
 * Ministry for Bre-X") leaves the run to the tagger. */
static size_t institution_end(ns_doc *doc, const marks *mk, const ns_gazetteer *gz, size_t a,
                              size_t b)
{
    static const char *const joins[] = {"and", "&"};
    size_t end = 0;
    for (size_t i = a; i < b; i++) {
        int head = institution_head(doc, i), head_of = !head && institution_head_of(doc, i);
        if (!head && !head_of)
            continue;
        size_t e = i + 1, w = e + 1;
        int by_for = e + 1 < b && tok_is(doc, e, "for");
        if (e + 1 < b && (by_for || tok_is(doc, e, "of"))) {
            for (;;) {
                /* after "for", what an institution is for ("Foreign Affairs",
                 * "Disease Control"), not a name ("the Ministry for Bre-X") */
                if (w < b && is_cap_word(doc, w) && !is_title(doc, gz, w) &&
                    !other_name_starts(doc, mk, w) &&
                    !(by_for && (doc->toks.v[w].flags & (NS_TF_HAS_HYPHEN | NS_TF_ALL_UPPER)))) {
                    w++;
                    continue;
                }
                const newsent_entity *p = name_at(doc, mk, w - 1);
                if (w > e + 1 && w + 1 < b && lower_is_one_of(doc, w, joins, 2) &&
                    is_cap_word(doc, w + 1) && !(p && p->label == NEWSENT_LABEL_PLACE) &&
                    !name_at(doc, mk, w + 1))
                    w++;
                else
                    break;
            }
        }
        if (w > e + 1) {
            end = w;
            i = w - 1;
        } else if (head) {
            end = e;
        }
    }
    if (end && end < b && !is_title(doc, gz, end) && !lower_is_one_of(doc, end, joins, 2))
        return 0;
    return end;
}

/* Where an institution's name starts in the run from a to its end: after a
 * month ("the August National Association"), a nationality ("the Turkish
 * Foreign Ministry": the tagger's call, CoNLL-2003's MISC) or a place the
 * tagger found before it ("the U.S. Federal Bureau of Investigation", "the
 * Gaza Strip and West Bank"), and the joins after those. */
static size_t institution_start(ns_doc *doc, const marks *mk, const ns_gazetteer *gz, size_t a,
                                size_t end)
{
    static const char *const joins[] = {"and", "&"};
    while (a < end) {
        const newsent_entity *e = name_at(doc, mk, a);
        if (e && e->label == NEWSENT_LABEL_PLACE && e->tok_start == a && e->tok_end < end)
            a = e->tok_end;
        else if (demonym_like(doc, a) || lower_is_one_of(doc, a, joins, 2) ||
                 (gaz_flags(gz, tok_hash(doc, a)) & NS_GZ_TIMEWORD))
            a++;
        else
            break;
    }
    return a;
}

/* Whether [a,end), or a part of it that ends with it, is a place the
 * gazetteer knows ("the West Bank", "the Jewish West Bank"). */
static int ends_on_place(const ns_doc *doc, const ns_gazetteer *gz, size_t a, size_t end)
{
    for (size_t j = end - 1; j-- > a;)
        if (gaz_flags(gz, span_key(doc, j, end)) & NS_GZ_PLACE)
            return 1;
    return 0;
}

/* "the World Food Programme", "the Kenya National Bureau of Statistics",
 * "the Ministry of Defence": a capitalised run after "the" that an
 * institution's head word closes is an ORG, over the names the tagger put
 * inside it. A sentence's "The" before one is not part of it. Headlines,
 * where every word is capitalised, are left alone. */
static int institutions(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    static const char *const joins[] = {"and", "for", "of", "&"};
    static const char *const the[] = {"the"};
    size_t n = doc->toks.n;
    for (size_t i = 0; i + 2 < n; i++) {
        const ns_token *t = &doc->toks.v[i];
        if ((doc->text[t->start] | 0x20) != 't' || (t->flags & NS_TF_HEADLINE) ||
            !lower_is_one_of(doc, i, the, 1))
            continue;
        uint32_t sent = t->sent;
        size_t b = i + 1;
        while (b < n && b - i <= 8 && doc->toks.v[b].sent == sent &&
               !(doc->toks.v[b].flags & NS_TF_HEADLINE)) {
            if (is_cap_word(doc, b))
                b++;
            else if (b > i + 1 && b + 1 < n && doc->toks.v[b + 1].sent == sent &&
                     lower_is_one_of(doc, b, joins, 4) && is_cap_word(doc, b + 1))
                b++;
            else
                break;
        }
        size_t end = institution_end(doc, mk, gz, i + 1, b);
        size_t a = end ? institution_start(doc, mk, gz, i + 1, end) : end;
        int headed = 0;
        for (size_t k = a; k < end && !headed; k++)
            headed = institution_head(doc, k) || institution_head_of(doc, k);
        if (end < a + 2 || !headed)
            continue;
        int clear = !ends_on_place(doc, gz, a, end);
        for (size_t k = a; k < end && clear; k++)
            clear = !mk->covered[k] || mk->owner[k]; /* no date or number inside */
        if (!clear)
            continue;
        newsent_entity *e = name_at(doc, mk, i);
        if (a == i + 1 && e && e->tok_start == i && e->tok_end == end &&
            e->label == NEWSENT_LABEL_ORG) {
            e->tok_start = (uint32_t)a;
            e->byte_start = doc->toks.v[a].start;
            mk->covered[i] = 0;
            mk->owner[i] = 0;
        }
        if (set_name(doc, mk, a, end, NEWSENT_LABEL_ORG) < 0)
            return -1;
        i = end - 1;
    }
    return 0;
}

/* Finds the companies company_run names, over whatever the tagger said,
 * and the parties party_name names. */
static int known_companies(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n;
    for (size_t i = 0; i < n;) {
        const ns_token *t = &doc->toks.v[i];
        /* Most words have no capital: one test each. */
        if (!(t->flags & NS_TF_UPPER_INITIAL) || !run_word(doc, i, t->sent)) {
            if (doc->text[t->start] == 'p' && party_name(doc, mk, gz, i) < 0)
                return -1;
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && run_word(doc, j, t->sent))
            j++;
        /* Openers are capitalised where a sentence starts ("Rivals Advanced
         * Micro Devices", "Later Anduril"). */
        size_t a = i;
        if (sentence_opener(doc, a))
            while (a < j && run_opener(doc, a))
                a++;
        if (a < j && j - a <= 5 && company_run(doc, mk, gz, a, j) &&
            set_name(doc, mk, a, j, NEWSENT_LABEL_ORG) < 0)
            return -1;
        i = j;
    }
    return 0;
}

/* "Hugging Face", "CMA CGM": the tagger's ORG does not start after a
 * capitalised word nobody tagged, in running text; that word is the ORG's
 * first (a sentence's first word, a title, a weekday, a month, a place, a
 * nationality, or a word after a number, "9th Circuit", is not). */
static int adjective_like(const ns_doc *doc, size_t i);

static void widen_orgs_left(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n, nents = doc->nents;
    for (size_t k = 0; k < nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (e->label != NEWSENT_LABEL_ORG || !is_name(e) || e->tok_end > n || e->tok_start < 2)
            continue;
        size_t a = e->tok_start - 1;
        const ns_token *t = &doc->toks.v[a];
        if (mk->covered[a] || t->sent != doc->toks.v[e->tok_start].sent || !is_cap_word(doc, a) ||
            !(t->flags & NS_TF_SPACE_BEFORE) || (t->flags & NS_TF_HEADLINE) ||
            t->end - t->start < 2 || doc->toks.v[a - 1].kind == NS_TOK_NUMBER ||
            sentence_opener(doc, a) || run_opener(doc, a) || demonym_like(doc, a) ||
            /* after a sentence's "The" ("The IG Metall union"), but not over
             * an adjective ("The Socialist CFDT union") */
            (is_cap_word(doc, a - 1) &&
             (adjective_like(doc, a) || !sentence_opener(doc, a - 1) ||
              !lower_is_one_of(doc, a - 1, (const char *const[]){"the"}, 1))) ||
            title_word(doc, gz, a) ||
            (gaz_flags(gz, tok_hash(doc, a)) & (NS_GZ_TITLE | NS_GZ_TIMEWORD | NS_GZ_PLACE)))
            continue;
        e->tok_start = (uint32_t)a;
        e->byte_start = t->start;
        mk->covered[a] = 1;
        own(mk, a, a + 1, k);
    }
}

static int same_token(const ns_doc *doc, size_t a, size_t b);

/* An ORG a cue found ("Anduril co-founder Palmer Luckey") is the same ORG
 * where it is written the same way on its own, without the cue ("BAE
 * Systems and Anduril will build"). */
static int spread_cue_orgs(ns_doc *doc, marks *mk)
{
    unsigned char *covered = mk->covered;
    size_t n = doc->toks.n, nents = doc->nents, spread = 0;
    for (size_t k = 0; k < nents && spread < MAX_CUE_SPREAD; k++) {
        const newsent_entity *f = &doc->ents[k];
        if (f->detail != &cue_mark || f->label != NEWSENT_LABEL_ORG || !is_name(f) ||
            f->tok_end > n || f->byte_end != doc->toks.v[f->tok_end - 1].end)
            continue;
        spread++;
        /* f moves when an entity is added. */
        size_t from = f->tok_start, len = f->tok_end - f->tok_start;
        for (size_t i = 0; i + len <= n; i++) {
            size_t m = 0;
            while (m < len && !covered[i + m] && same_token(doc, i + m, from + m) &&
                   doc->toks.v[i + m].sent == doc->toks.v[i].sent)
                m++;
            if (m < len ||
                (i && doc->toks.v[i - 1].sent == doc->toks.v[i].sent && is_cap_word(doc, i - 1) &&
                 !(doc->toks.v[i - 1].flags & NS_TF_SENT_START)) ||
                cap_word_after(doc, i + len - 1))
                continue;
            if (add_span(doc, mk, i, i + len, NEWSENT_LABEL_ORG, 0.6f, 0) < 0)
                return -1;
        }
    }
    return 0;
}

static int same_token(const ns_doc *doc, size_t a, size_t b)
{
    const ns_token *x = &doc->toks.v[a], *y = &doc->toks.v[b];
    return x->end - x->start == y->end - y->start &&
           memcmp(doc->text + x->start, doc->text + y->start, x->end - x->start) == 0;
}

/* ---- 2020s news conventions found on tests/data/news_all ------------------ */

/* The gazetteer key of tokens [a, b): lower case, joined by one space. */
static uint64_t span_key(const ns_doc *doc, size_t a, size_t b)
{
    uint64_t h = NS_FNV_INIT;
    for (size_t i = a; i < b; i++) {
        const ns_token *t = &doc->toks.v[i];
        if (i > a)
            h = ns_hash_bytes(h, " ", 1);
        h = ns_hash_lower(h, doc->text + t->start, t->end - t->start);
    }
    return h;
}

/* "the Superior Electoral Court (TSE)", "Workers' Party (PT)": capitals in
 * brackets right after an ORG are its short name, whatever its initials
 * (news gives the acronym of the name in its own language). After a listed
 * company they are its ticker ("Apple (AAPL)"), an identifier. */
static int bracketed_acronyms(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n;
    for (size_t i = 1; i + 2 < n; i++) {
        const ns_token *t = &doc->toks.v[i + 1];
        if (!tok_is(doc, i, "(") || !tok_is(doc, i + 2, ")") || !(t->flags & NS_TF_ALL_UPPER) ||
            (t->kind != NS_TOK_WORD && t->kind != NS_TOK_ABBREV) || t->end - t->start < 2 ||
            t->end - t->start > 8 || doc->toks.v[i - 1].sent != t->sent)
            continue;
        /* capitals that spell an English word are the word ("Intelligent
         * Network (IN)", a product, not the ORG the tagger may have called it) */
        static const char *const words[] = {"an", "as", "at", "be", "by", "do", "go",
                                            "in", "is", "it", "me", "my", "no", "of",
                                            "on", "or", "so", "to", "up", "us", "we"};
        const newsent_entity *e = name_at(doc, mk, i - 1);
        if (!e || e->tok_end != i || e->label != NEWSENT_LABEL_ORG ||
            lower_in_sorted(doc, i + 1, words, sizeof words / sizeof *words) ||
            /* a contract's month in a price table, "LONG GILT (SEP)" */
            (gaz_flags(gz, tok_hash(doc, i + 1)) & NS_GZ_TIMEWORD) ||
            (gaz_flags(gz, span_key(doc, e->tok_start, e->tok_end)) & NS_GZ_ORG_KNOWN))
            continue;
        newsent_entity *x = name_at(doc, mk, i + 1);
        if (x && x->tok_start == i + 1 && x->tok_end == i + 2)
            x->label = NEWSENT_LABEL_ORG;
        else if (!mk->covered[i + 1] &&
                 add_span(doc, mk, i + 1, i + 2, NEWSENT_LABEL_ORG, 0.8f, 0) < 0)
            return -1;
    }
    return 0;
}

/* The lower-case particles of Portuguese, Spanish, Dutch, German, Italian
 * and Arabic surnames ("Lula da Silva", "von der Leyen", "bin Salman"). */
static int name_particle(const ns_doc *doc, size_t i)
{
    static const char *const w[] = {"al", "bin", "da",  "das", "de",  "del", "della", "der",
                                    "di", "do",  "dos", "ibn", "ten", "ter", "van",   "von"};
    return plain_lower_word(doc, i) && lower_in_sorted(doc, i, w, sizeof w / sizeof *w);
}

/* Whether token i may join a PERSON: untagged or the tagger's PERSON, a
 * capitalised word that is no place the gazetteer knows. */
static int person_word(const ns_doc *doc, const marks *mk, const ns_gazetteer *gz, size_t i,
                       uint32_t sent)
{
    if (doc->toks.v[i].sent != sent || !is_cap_word(doc, i) ||
        (gaz_flags(gz, tok_hash(doc, i)) & (NS_GZ_PLACE | NS_GZ_TITLE)))
        return 0;
    const newsent_entity *e = name_at((ns_doc *)doc, mk, i);
    return e ? e->label == NEWSENT_LABEL_PERSON : !mk->covered[i];
}

/* "Luiz Inácio Lula da Silva": a PERSON goes on over capitalised words and a
 * surname's particles when a capitalised word follows the particles, and
 * starts at the given names before particles it starts after; a PERSON the
 * tagger found inside joins it. */
static void person_particles(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n, nents = doc->nents;
    for (size_t k = 0; k < nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (e->label != NEWSENT_LABEL_PERSON || !is_name(e) || e->tok_end > n ||
            e->byte_end != doc->toks.v[e->tok_end - 1].end)
            continue;
        uint32_t sent = doc->toks.v[e->tok_start].sent;
        size_t m = e->tok_end, end = m;
        for (int words = 0; m < n && words < 4; words++) {
            size_t p = m;
            while (p < n && p < m + 2 && doc->toks.v[p].sent == sent && name_particle(doc, p))
                p++;
            if (p < n && person_word(doc, mk, gz, p, sent)) {
                if (p > m)
                    end = p + 1;
                m = p + 1;
            } else {
                break;
            }
        }
        /* and back over particles to the given names before them, which
         * the tagger leaves at a sentence's start ("Ursula von der Leyen
         * said") */
        size_t a = e->tok_start, p = a;
        while (p > 0 && a - p < 2 && doc->toks.v[p - 1].sent == sent && name_particle(doc, p - 1))
            p--;
        size_t start = a;
        if (p < a && p > 0 && person_word(doc, mk, gz, p - 1, sent)) {
            start = p - 1;
            if (start > 0 && person_word(doc, mk, gz, start - 1, sent))
                start--;
        }
        if (start < a) {
            for (size_t i = start; i < a; i++) {
                newsent_entity *x = name_at(doc, mk, i);
                if (x && x != e)
                    x->flags |= NS_EF_DROP;
            }
            own(mk, start, a, k);
            memset(mk->covered + start, 1, a - start);
            e->tok_start = (uint32_t)start;
            e->byte_start = doc->toks.v[start].start;
        }
        if (end == e->tok_end)
            continue;
        for (size_t i = e->tok_end; i < end; i++) {
            newsent_entity *x = name_at(doc, mk, i);
            if (x && x != e)
                x->flags |= NS_EF_DROP;
        }
        own(mk, e->tok_end, end, k);
        memset(mk->covered + e->tok_end, 1, end - e->tok_end);
        e->tok_end = (uint32_t)end;
        e->byte_end = doc->toks.v[end - 1].end;
    }
}

/* Whether a PERSON of the document holds a token written as token i. */
static int person_token(const ns_doc *doc, size_t i)
{
    for (size_t k = 0; k < doc->nents; k++) {
        const newsent_entity *e = &doc->ents[k];
        if (e->label != NEWSENT_LABEL_PERSON || !is_name(e) || e->tok_end > doc->toks.n)
            continue;
        for (size_t j = e->tok_start; j < e->tok_end; j++)
            if (j != i && same_token(doc, i, j))
                return 1;
    }
    return 0;
}

/* "Lula's Workers' Party", "Brazil's Supreme Court": an ORG the tagger ran
 * over a possessive is the person's or the place's and then the ORG, when
 * the owner is a PERSON of the document or a place the gazetteer knows. */
static int possessive_orgs(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n, nents = doc->nents, looked = 0;
    for (size_t k = 0; k < nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (e->label != NEWSENT_LABEL_ORG || !is_name(e) || e->tok_end > n)
            continue;
        size_t c = e->tok_start + 1;
        while (c + 1 < e->tok_end && !is_clitic_s(doc, c))
            c++;
        if (c + 1 >= e->tok_end || !is_cap_word(doc, c + 1))
            continue;
        size_t a = e->tok_start;
        unsigned owner = 0;
        if (gaz_flags(gz, span_key(doc, a, c)) & NS_GZ_PLACE)
            owner = NEWSENT_LABEL_PLACE;
        /* person_token reads every entity: a few looks per document keep
         * the pass linear */
        else if (c == a + 1 && looked++ < MAX_CUE_SPREAD && person_token(doc, a))
            owner = NEWSENT_LABEL_PERSON;
        if (!owner)
            continue;
        e->tok_start = (uint32_t)(c + 1);
        e->byte_start = doc->toks.v[c + 1].start;
        for (size_t i = a; i <= c; i++)
            mk->owner[i] = 0, mk->covered[i] = 0;
        if (add_span(doc, mk, a, c, owner, 0.7f, 0) < 0)
            return -1;
    }
    return 0;
}

/* A word made as adjectives are ("Islamic", "Socialist", "Kenyan"). */
static int adjective_like(const ns_doc *doc, size_t i)
{
    const ns_token *t = &doc->toks.v[i];
    size_t n = t->end - t->start;
    const char *e = doc->text + t->end;
    return demonym_like(doc, i) || (n > 4 && e[-2] == 'i' && e[-1] == 'c') ||
           (n > 5 && e[-3] == 'i' && e[-2] == 's' && e[-1] == 't');
}

/* "Mistral AI" ... "Mistral's largest shareholder": an ORG closed by a
 * company word is the same ORG where its name is written without it. */
static int org_short_forms(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n, nents = doc->nents, spread = 0;
    for (size_t k = 0; k < nents && spread < MAX_CUE_SPREAD; k++) {
        const newsent_entity *f = &doc->ents[k];
        if (f->label != NEWSENT_LABEL_ORG || !is_name(f) || f->tok_end > n ||
            f->tok_end - f->tok_start < 2 || f->tok_end - f->tok_start > 4)
            continue;
        size_t last = f->tok_end - 1, from = f->tok_start, len = last - from;
        /* "Islamic Group" says nothing of "a purist Islamic state" */
        if ((!company_word(doc, gz, last) && !tok_is(doc, last, "AI")) ||
            (len == 1 && adjective_like(doc, from)))
            continue;
        int ok = doc->toks.v[last - 1].end - doc->toks.v[from].start >= 3 &&
                 !(gaz_flags(gz, span_key(doc, from, last)) &
                   (NS_GZ_PLACE | NS_GZ_TITLE | NS_GZ_TIMEWORD | NS_GZ_ORG_SUFFIX));
        for (size_t i = from; i < last && ok; i++)
            ok = is_cap_word(doc, i) && !(doc->toks.v[i].flags & NS_TF_ALL_UPPER && i == from &&
                                          doc->toks.v[i].end - doc->toks.v[i].start < 3);
        if (!ok)
            continue;
        spread++;
        for (size_t i = 0; i + len <= n; i++) {
            size_t m = 0;
            while (m < len && same_token(doc, i + m, from + m) &&
                   doc->toks.v[i + m].sent == doc->toks.v[i].sent)
                m++;
            if (m < len || i == from || cap_word_after(doc, i + len - 1) ||
                (i && doc->toks.v[i - 1].sent == doc->toks.v[i].sent && is_cap_word(doc, i - 1) &&
                 !sentence_opener(doc, i - 1)))
                continue;
            newsent_entity *x = name_at(doc, mk, i);
            if (x && x->tok_start == i && x->tok_end == i + len) {
                if (x->label == NEWSENT_LABEL_PERSON)
                    x->label = NEWSENT_LABEL_ORG;
                continue;
            }
            size_t j = i;
            while (j < i + len && !mk->covered[j])
                j++;
            if (j == i + len && add_span(doc, mk, i, i + len, NEWSENT_LABEL_ORG, 0.6f, 0) < 0)
                return -1;
        }
    }
    return 0;
}

/* Words that close a place's name ("Suez Canal", "Red Sea", "Strait of
 * Hormuz" opens with one) and words that open it ("Cape of Good Hope",
 * "Avenida Paulista"). Sorted: lower_in_sorted. */
static int place_closer(const ns_doc *doc, size_t i)
{
    static const char *const w[] = {"canal",     "desert", "gulf",      "island", "islands",
                                    "mountains", "ocean",  "peninsula", "sea",    "strait"};
    return is_cap_word(doc, i) && lower_in_sorted(doc, i, w, sizeof w / sizeof *w);
}

static int place_opener(const ns_doc *doc, size_t i)
{
    /* "Cape Argus" and "Cape Times" are newspapers: only "Cape of" opens */
    static const char *const streets[] = {"avenida", "calle", "rua"};
    static const char *const of[] = {"bay", "cape", "gulf", "isle", "sea", "strait"};
    return is_cap_word(doc, i) &&
           (lower_is_one_of(doc, i, streets, 3) ||
            (lower_is_one_of(doc, i, of, 6) && i + 1 < doc->toks.n && tok_is(doc, i + 1, "of")));
}

/* Nouns that say the name before them is a place: "Sumy, a city of about
 * 250,000", "Mare Crisium, a basin about 500 km wide". */
static int place_noun(const ns_doc *doc, size_t i)
{
    static const char *const w[] = {"basin",   "city",       "county",       "crater", "district",
                                    "enclave", "island",     "municipality", "port",   "province",
                                    "region",  "settlement", "suburb",       "town",   "township",
                                    "valley",  "village"};
    return lower_initial(doc, i) && lower_in_sorted(doc, i, w, sizeof w / sizeof *w);
}

/* Whether ", a [adjectives] city of ..." follows tokens ending at b. */
static int place_apposition(const ns_doc *doc, size_t b)
{
    size_t n = doc->toks.n;
    if (b + 2 >= n || !tok_is(doc, b, ",") ||
        !lower_is_one_of(doc, b + 1, (const char *const[]){"a", "an"}, 2))
        return 0;
    uint32_t sent = doc->toks.v[b].sent;
    for (size_t k = b + 2; k < n && k < b + 6 && doc->toks.v[k].sent == sent; k++) {
        if (place_noun(doc, k))
            return k + 1 >= n || doc->toks.v[k + 1].kind == NS_TOK_PUNCT ||
                   lower_is_one_of(doc, k + 1,
                                   (const char *const[]){"of", "in", "on", "near", "about", "with",
                                                         "where", "that", "some"},
                                   9);
        if (!lower_initial(doc, k))
            return 0;
    }
    return 0;
}

/* Places by their form: a name closed or opened by a geographic word, a
 * capitalised name before a lower-case "river" ("the Júcar river"), a name
 * in apposition with a place noun, and a state or country after "City,"
 * ("Austin, Texas"). Over the tagger's PERSON and ORG, never over a known
 * company. */
static int places_by_form(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n, nents = doc->nents;
    for (size_t k = 0; k < nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->label == NEWSENT_LABEL_PLACE || e->tok_end > n)
            continue;
        size_t a = e->tok_start, b = e->tok_end;
        uint16_t f = gaz_flags(gz, span_key(doc, a, b));
        /* a state after its city overrules even a cue or a listed company's
         * name ("Austin, Texas, the first private firm"; "Texas" of "Texas
         * Instruments"); the forms below do not */
        const newsent_entity *city = a >= 2 ? name_at(doc, mk, a - 2) : NULL;
        int place = e->label == NEWSENT_LABEL_ORG && (f & (NS_GZ_ADMIN1 | NS_GZ_COUNTRY)) && city &&
                    tok_is(doc, a - 1, ",") && city->label == NEWSENT_LABEL_PLACE &&
                    city->tok_end == a - 1;
        if (!place && e->detail != &cue_mark && !(f & NS_GZ_ORG_KNOWN)) {
            place = (e->label == NEWSENT_LABEL_ORG && b - a >= 2 &&
                     (place_closer(doc, b - 1) || place_opener(doc, a))) ||
                    (place_apposition(doc, b) && !(f & (NS_GZ_FIRST | NS_GZ_LAST)));
        }
        if (place)
            e->label = NEWSENT_LABEL_PLACE;
    }
    /* "Gulf of Finland", "Bay of Bengal", "Sea of Azov": the tagger's
     * place after "of" is part of the one place */
    for (size_t i = 0; i + 2 < n; i++) {
        if (!tok_is(doc, i + 1, "of") || !place_opener(doc, i) || !is_cap_word(doc, i + 2) ||
            doc->toks.v[i + 2].sent != doc->toks.v[i].sent ||
            (i && is_cap_word(doc, i - 1) && !sentence_opener(doc, i)))
            continue;
        size_t b = i + 3;
        while (b < n && b < i + 5 && doc->toks.v[b].sent == doc->toks.v[i].sent &&
               is_cap_word(doc, b))
            b++;
        /* a longer run names something else ("Gulf of Mexico Fishery
         * Management Council") */
        int clear = !(b < n && cap_word_after(doc, b - 1));
        for (size_t k = i; k < b && clear; k++)
            clear = !(mk->covered[k] && !mk->owner[k]);
        if (clear && set_name(doc, mk, i, b, NEWSENT_LABEL_PLACE) < 0)
            return -1;
        i = b - 1;
    }
    for (size_t i = 2; i < n; i++) {
        if (!tok_is(doc, i, "river") || !is_cap_word(doc, i - 1) || mk->covered[i - 1] ||
            doc->toks.v[i - 1].sent != doc->toks.v[i].sent || sentence_opener(doc, i - 1))
            continue;
        size_t a = i - 1;
        while (a > 0 && i - a < 3 && is_cap_word(doc, a - 1) && !mk->covered[a - 1] &&
               !sentence_opener(doc, a) && !run_opener(doc, a - 1))
            a--;
        if (demonym_like(doc, i - 1))
            continue;
        if (add_span(doc, mk, a, i, NEWSENT_LABEL_PLACE, 0.7f, 0) < 0)
            return -1;
    }
    return 0;
}

/* "PCs", "GPUs", "EVs": capitals and a plural s name kinds of things. */
static void drop_plural_acronyms(ns_doc *doc, marks *mk)
{
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->tok_end != e->tok_start + 1 || e->tok_end > doc->toks.n)
            continue;
        const ns_token *t = &doc->toks.v[e->tok_start];
        size_t len = t->end - t->start;
        if (len < 3 || doc->text[t->end - 1] != 's')
            continue;
        size_t j = 0;
        while (j + 1 < len && doc->text[t->start + j] >= 'A' && doc->text[t->start + j] <= 'Z')
            j++;
        if (j + 1 == len) {
            e->flags |= NS_EF_DROP;
            mk->owner[e->tok_start] = 0;
            mk->covered[e->tok_start] = 0;
        }
    }
}

/* "Firefly Aerospace's Blue Ghost lander", "its Le Chat assistant", "its One
 * UI 7 software": a name between an owner's possessive and a product noun
 * names a product (CoNLL-2003's MISC), not an ORG. */
static void drop_products(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    static const char *const products[] = {
        "app",        "assistant", "chatbot",    "console", "drone",     "handset",
        "lander",     "phone",     "probe",      "rocket",  "rover",     "satellite",
        "smartphone", "software",  "spacecraft", "tablet",  "telescope", "vaccine"};
    size_t n = doc->toks.n;
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        size_t a = e->tok_start, b = e->tok_end;
        if (e->label != NEWSENT_LABEL_ORG || !is_name(e) || b > n || a == 0 ||
            e->detail == &cue_mark || doc->toks.v[a - 1].sent != doc->toks.v[a].sent ||
            (gaz_flags(gz, span_key(doc, a, b)) & NS_GZ_ORG_KNOWN) ||
            !(is_clitic_s(doc, a - 1) ||
              lower_is_one_of(doc, a - 1, (const char *const[]){"its", "their"}, 2)))
            continue;
        size_t j = b;
        if (j < n && doc->toks.v[j].kind == NS_TOK_NUMBER) /* "One UI 7" */
            j++;
        if (j >= n || doc->toks.v[j].sent != doc->toks.v[a].sent || !lower_initial(doc, j) ||
            !lower_in_sorted(doc, j, products, sizeof products / sizeof *products))
            continue;
        e->flags |= NS_EF_DROP;
        for (size_t i = a; i < b; i++)
            mk->owner[i] = 0, mk->covered[i] = 0;
    }
}

/* "Rival SK Hynix", "Drugmaker Novo Nordisk": a sentence's first word that
 * names a company's kind or role is not part of the name after it. */
static void trim_sentence_nouns(ns_doc *doc, marks *mk)
{
    static const char *const w[] = {"automaker",  "carmaker",  "chipmaker", "consultancy",
                                    "drugmaker",  "fellow",    "insurer",   "lender",
                                    "planemaker", "regulator", "retailer",  "rival",
                                    "rivals",     "startup",   "watchdog"};
    /* the ones that are no company's kind: a rival may be a person */
    static const char *const who[] = {"fellow", "rival", "rivals"};
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        size_t a = e->tok_start;
        if (!is_name(e) || e->tok_end < a + 2 || e->tok_end > doc->toks.n ||
            !sentence_opener(doc, a) || !lower_in_sorted(doc, a, w, sizeof w / sizeof *w) ||
            !is_cap_word(doc, a + 1))
            continue;
        mk->owner[a] = 0;
        mk->covered[a] = 0;
        e->tok_start = (uint32_t)(a + 1);
        e->byte_start = doc->toks.v[a + 1].start;
        /* "Cooperative Cooxupé", which the tagger read as a person's name */
        if (!lower_is_one_of(doc, a, who, 3))
            e->label = NEWSENT_LABEL_ORG;
    }
}

/* ---- news conventions found on tests/data/news_all2 ----------------------- */

/* "TALLAHASSEE, Fla., Oct 10": a name does not run on over a comma into a
 * month or weekday (the tagger read "Fla., Oct" as one place). Runs before
 * the marks are made. */
static void cut_date_tails(ns_doc *doc, const ns_gazetteer *gz)
{
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->tok_end > doc->toks.n || e->tok_end - e->tok_start < 3)
            continue;
        for (size_t i = e->tok_start + 1; i + 1 < e->tok_end; i++) {
            if (!tok_is(doc, i, ",") || !(gaz_flags(gz, tok_hash(doc, i + 1)) & NS_GZ_TIMEWORD))
                continue;
            e->tok_end = (uint32_t)i;
            e->byte_end = doc->toks.v[i - 1].end;
            break;
        }
    }
}

/* ---- news conventions found on tests/data/news_all3 ----------------------- */

/* Whether token i is in a headline: a sentence in capitals, or a line of its
 * own in Title Case with a line break after it and no closing period ("Norris
 * Wins in Zandvoort as Verstappen Settles for Second"). Looks at most 40
 * tokens either way, which keeps the callers linear. */
static int in_headline(const ns_doc *doc, size_t i)
{
    static const char *const small[] = {"a",  "an", "and", "as", "at",   "by",  "for", "from",
                                        "in", "of", "on",  "or", "over", "the", "to",  "with"};
    size_t n = doc->toks.n, a = i, b = i + 1;
    if (doc->toks.v[i].flags & NS_TF_HEADLINE)
        return 1;
    while (a > 0 && i - a < 40 && !(doc->toks.v[a].flags & NS_TF_NEWLINE_BEFORE))
        a--;
    if (a > 0 && !(doc->toks.v[a].flags & NS_TF_NEWLINE_BEFORE))
        return 0;
    while (b < n && b - i < 40 && !(doc->toks.v[b].flags & NS_TF_NEWLINE_BEFORE))
        b++;
    if (b >= n || !(doc->toks.v[b].flags & NS_TF_NEWLINE_BEFORE) || tok_is(doc, b - 1, "."))
        return 0;
    size_t caps = 0, others = 0;
    for (size_t k = a; k < b; k++) {
        const ns_token *t = &doc->toks.v[k];
        if (t->kind != NS_TOK_WORD || !(t->flags & NS_TF_HAS_ALPHA))
            continue;
        if (t->flags & NS_TF_UPPER_INITIAL)
            caps++;
        else if (!lower_is_one_of(doc, k, small, sizeof small / sizeof *small))
            others++;
    }
    return caps >= 3 && others == 0;
}

/* Verbs a headline writes in the present ("Norris Wins", "Jamaica Cuts
 * Rates"). Sorted: lower_in_sorted. */
static int headline_verb(const ns_doc *doc, size_t i)
{
    static const char *const w[] = {"backs", "beats", "buys",  "calls", "claims",  "cuts",
                                    "eyes",  "faces", "falls", "hikes", "hits",    "joins",
                                    "keeps", "loses", "plans", "quits", "raises",  "rises",
                                    "says",  "sees",  "seeks", "sells", "settles", "signs",
                                    "slams", "slips", "urges", "vows",  "warns",   "wins"};
    return lower_in_sorted(doc, i, w, sizeof w / sizeof *w);
}

/* A headline's verb ends the name before it: "Norris Wins" is "Norris",
 * "Jamaica Cuts Rates" the place "Jamaica" (the tagger, which reads a
 * capitalised line as one name, said ORG). Runs before the marks are made. */
static void cut_headline_verbs(ns_doc *doc, const ns_gazetteer *gz)
{
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->tok_end > doc->toks.n || e->tok_end - e->tok_start < 2)
            continue;
        size_t j = e->tok_start + 1;
        while (j < e->tok_end && !headline_verb(doc, j))
            j++;
        if (j == e->tok_end || !in_headline(doc, j))
            continue;
        e->tok_end = (uint32_t)j;
        e->byte_end = doc->toks.v[j - 1].end;
        if (e->label == NEWSENT_LABEL_ORG &&
            (gaz_flags(gz, span_key(doc, e->tok_start, e->tok_end)) & NS_GZ_PLACE))
            e->label = NEWSENT_LABEL_PLACE;
    }
}

/* "Born on Sept. 13, 1969, in ...": a sentence's first word "Born" opens a
 * clause about a person and is no name (the tagger took it for a place). */
static void drop_born(ns_doc *doc, marks *mk)
{
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->tok_end > doc->toks.n || e->tok_end != e->tok_start + 1 ||
            !tok_is(doc, e->tok_start, "Born") || !sentence_opener(doc, e->tok_start))
            continue;
        e->flags |= NS_EF_DROP;
        /* covered by nothing named, so that no later rule names it */
        mk->owner[e->tok_start] = 0;
        mk->covered[e->tok_start] = 1;
    }
}

/* "Energy and Mineral Resources Minister Bahlil Lahadalia": the words
 * before "Minister" name a portfolio, not an ORG, unless they hold a place
 * or a known ORG ("EU ministers", "Hamas"). */
static void drop_portfolios(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n;
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (e->label != NEWSENT_LABEL_ORG || !is_name(e) || e->tok_end >= n ||
            !tok_is(doc, e->tok_end, "Minister") ||
            doc->toks.v[e->tok_end].sent != doc->toks.v[e->tok_start].sent ||
            (gaz_flags(gz, span_key(doc, e->tok_start, e->tok_end)) & NS_GZ_ORG_KNOWN))
            continue;
        int other = 0;
        for (size_t i = e->tok_start; i < e->tok_end && !other; i++)
            other = (gaz_flags(gz, tok_hash(doc, i)) &
                     (NS_GZ_PLACE | NS_GZ_ORG_KNOWN | NS_GZ_ORG_HEAD)) ||
                    (doc->toks.v[i].flags & NS_TF_ALL_UPPER);
        if (other)
            continue;
        e->flags |= NS_EF_DROP;
        for (size_t i = e->tok_start; i < e->tok_end; i++) {
            mk->owner[i] = 0;
            mk->covered[i] = 1;
        }
    }
}

/* "Vale Indonesia, Harita Nickel and Merdeka Battery Materials": an ORG
 * the tagger ran over the "and" closing a list of names is two ORGs when
 * both halves have two words or more. Not "Procter and Gamble", nor a body
 * whose name holds "of" or opens with an institution's word ("Department
 * of Energy and Climate Change"). Returns -1 when an allocation fails. */
static int split_listed_orgs(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n, nents = doc->nents;
    for (size_t k = 0; k < nents; k++) {
        newsent_entity *e = &doc->ents[k];
        size_t a = e->tok_start, b = e->tok_end;
        if (e->label != NEWSENT_LABEL_ORG || !is_name(e) || b > n || b - a < 5 || a < 2 ||
            !tok_is(doc, a - 1, ",") || !name_at(doc, mk, a - 2) ||
            (gaz_flags(gz, span_key(doc, a, b)) & NS_GZ_ORG_KNOWN) || institution_head(doc, a))
            continue;
        size_t j = a, cut = 0;
        for (; j < b; j++) {
            if (tok_is(doc, j, "and"))
                cut = cut ? SIZE_MAX : j;
            else if (!is_cap_word(doc, j))
                break;
        }
        if (j < b || !cut || cut == SIZE_MAX || cut - a < 2 || b - cut < 3)
            continue;
        e->tok_end = (uint32_t)cut;
        e->byte_end = doc->toks.v[cut - 1].end;
        mk->covered[cut] = 0;
        mk->owner[cut] = 0;
        for (size_t i = cut + 1; i < b; i++)
            mk->owner[i] = 0;
        if (add_span(doc, mk, cut + 1, b, NEWSENT_LABEL_ORG, e->confidence, 0) < 0)
            return -1;
    }
    return 0;
}

/* "Hurricane Milton", "Typhoon Yagi", "Tropical Storm Debby": a storm's name
 * is an event (CoNLL-2003's MISC), neither an ORG nor a person, here and
 * where the name is written alone. Its tokens are left covered by nothing so
 * that no later rule names them. */
static void drop_storms(ns_doc *doc, marks *mk)
{
    static const char *const storms[] = {"cyclone", "hurricane", "typhoon"};
    size_t n = doc->toks.n, seen = 0;
    for (size_t i = 0; i + 1 < n && seen < MAX_CUE_SPREAD; i++) {
        const ns_token *t = &doc->toks.v[i];
        if (!(t->flags & NS_TF_UPPER_INITIAL) || (t->flags & NS_TF_HEADLINE) ||
            !(lower_is_one_of(doc, i, storms, 3) ||
              (tok_is(doc, i, "Storm") && i > 0 && tok_is(doc, i - 1, "Tropical"))) ||
            !is_cap_word(doc, i + 1) || doc->toks.v[i + 1].sent != t->sent ||
            cap_word_after(doc, i + 1))
            continue;
        size_t a = i > 0 && tok_is(doc, i - 1, "Tropical") ? i - 1 : i, b = i + 2;
        int inside = 1;
        for (size_t j = a; j < b && inside; j++) {
            const newsent_entity *e = name_at(doc, mk, j);
            inside = !e || (e->tok_start >= a && e->tok_end <= b);
            if (mk->covered[j] && !mk->owner[j])
                inside = 0; /* a date or a number */
        }
        if (!inside)
            continue;
        seen++;
        for (size_t j = a; j < b; j++) {
            newsent_entity *e = name_at(doc, mk, j);
            if (e)
                e->flags |= NS_EF_DROP;
            mk->owner[j] = 0;
            mk->covered[j] = 1;
        }
        for (size_t k = 0; k < doc->nents; k++) {
            newsent_entity *e = &doc->ents[k];
            if (is_name(e) && e->label == NEWSENT_LABEL_PERSON && e->tok_end == e->tok_start + 1 &&
                e->tok_end <= n && same_token(doc, e->tok_start, i + 1)) {
                e->flags |= NS_EF_DROP;
                mk->owner[e->tok_start] = 0;
                mk->covered[e->tok_start] = 1;
            }
        }
        i = b - 1;
    }
}

/* Words that end a plural capitalised name after a place without making it
 * a team: places ("Cook Islands", "Golan Heights"), parties' members
 * ("Texas Democrats"), markets ("U.S. Treasuries") and events ("Paris
 * Olympics", "Oslo Accords", "Panama Papers"). Sorted: lower_in_sorted. */
static int team_stop(const ns_doc *doc, size_t i)
{
    static const char *const w[] = {
        "accords",    "agreements",  "alps",          "americas",  "antilles",  "awards",
        "banks",      "bonds",       "championships", "cliffs",    "coasts",    "democrats",
        "downs",      "emirates",    "equities",      "falls",     "fields",    "files",
        "finals",     "flats",       "forests",       "futures",   "games",     "gardens",
        "gilts",      "glades",      "heights",       "highlands", "hills",     "islands",
        "isles",      "keys",        "lakes",         "liberals",  "lowlands",  "markets",
        "marshes",    "masters",     "meadows",       "mountains", "narrows",   "olympics",
        "opens",      "papers",      "peaks",         "plains",    "provinces", "rapids",
        "reefs",      "republicans", "riots",         "sands",     "shares",    "socialists",
        "springs",    "states",      "stocks",        "straits",   "talks",     "territories",
        "treasuries", "trials",      "valleys",       "waters",    "wetlands",  "woods",
        "yields"};
    return lower_in_sorted(doc, i, w, sizeof w / sizeof *w);
}

/* "Punjab Kings", "Tampa Bay Rays", "Lucknow Super Giants": a place and one
 * or two capitalised words closed by a plural in running text name a team
 * or a company ("Kenya Airways", "Los Angeles Times"), an ORG over the
 * tagger's place. Not where the tagger saw a person, nor a given name and a
 * surname ("Jordan Peters", "Madison Keys"). */
static int place_teams(ns_doc *doc, marks *mk, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n;
    for (size_t i = 0; i < n;) {
        const ns_token *t = &doc->toks.v[i];
        if (!(t->flags & NS_TF_UPPER_INITIAL) || !run_word(doc, i, t->sent)) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && run_word(doc, j, t->sent))
            j++;
        size_t a = i, z = j - 1;
        i = j;
        if (sentence_opener(doc, a))
            while (a < j && run_opener(doc, a))
                a++;
        const ns_token *l = &doc->toks.v[z];
        size_t len = l->end - l->start;
        if (j - a < 2 || j - a > 5 || len < 4 || l->kind != NS_TOK_WORD ||
            doc->text[l->end - 1] != 's' || doc->text[l->end - 2] == 's' ||
            doc->text[l->end - 2] == 'u' || (l->flags & NS_TF_ALL_UPPER) || team_stop(doc, z) ||
            demonym_like(doc, z) || (gaz_flags(gz, tok_hash(doc, z)) & NS_GZ_PLACE) ||
            (gaz_flags(gz, span_key(doc, a, j)) & NS_GZ_PLACE))
            continue;
        int person = (l->flags & NS_TF_HAS_HYPHEN) != 0, clear = 1;
        for (size_t k = a + 1; k < z && !person; k++)
            person = demonym_like(doc, k); /* "Sydney Australian All-Ordinaries" */
        for (size_t k = a; k < j; k++) {
            const newsent_entity *e = name_at(doc, mk, k);
            person |= e && e->label == NEWSENT_LABEL_PERSON;
            clear &= !(mk->covered[k] && !mk->owner[k]);
        }
        if (person || !clear)
            continue;
        size_t m = j - 1;
        while (m > a && j - m <= 2 && !(gaz_flags(gz, span_key(doc, a, m)) & NS_GZ_PLACE))
            m--;
        /* a compass point is no place of its own ("the North Africans") */
        /* a country's name is a government's, and a team's or a company's
         * only with a company word ("Kenya Airways", company_names) */
        uint16_t pf = m > a ? gaz_flags(gz, span_key(doc, a, m)) : 0;
        if (m == a || j - m > 2 || !(pf & NS_GZ_PLACE) ||
            (pf & (NS_GZ_COUNTRY | NS_GZ_CONTINENT | NS_GZ_TIMEWORD)) ||
            (m == a + 1 && demonym_like(doc, a)) ||
            (m == a + 1 &&
             lower_is_one_of(
                 doc, a, (const char *const[]){"north", "south", "east", "west", "central"}, 5)) ||
            (m == a + 1 && j - m == 1 && (gaz_flags(gz, tok_hash(doc, a)) & NS_GZ_FIRST) &&
             (gaz_flags(gz, tok_hash(doc, z)) & NS_GZ_LAST)))
            continue;
        if (set_name(doc, mk, a, j, NEWSENT_LABEL_ORG) < 0)
            return -1;
    }
    return 0;
}

/* "Eli Lilly" ... "Lilly Chief Scientific Officer", "Exxon Mobil" ...
 * "against Exxon": a one-word PERSON that is the last or the first word of a
 * listed company's ORG (or one a cue found) in the document, and of no
 * longer PERSON, is that ORG written short. The
 * tagger's own ORG is no guide: it takes people for teams ("Youri
 * Djorkaeff scored"). */
static void person_org_short_forms(ns_doc *doc, const ns_gazetteer *gz)
{
    size_t n = doc->toks.n, nents = doc->nents, norgs = 0;
    uint32_t orgs[MAX_CUE_SPREAD];
    /* bit 1: the ORG's last word may stand for it, if the ORG is a listed
     * company or one a cue found; bit 2: its first word */
    unsigned char ends[MAX_CUE_SPREAD];
    for (size_t k = 0; k < nents && norgs < MAX_CUE_SPREAD; k++) {
        const newsent_entity *f = &doc->ents[k];
        if (f->label != NEWSENT_LABEL_ORG || !is_name(f) || f->tok_end > n ||
            f->tok_end - f->tok_start < 2 || f->tok_end - f->tok_start > 3 ||
            !is_cap_word(doc, f->tok_start) || !is_cap_word(doc, f->tok_end - 1))
            continue;
        int listed = f->detail == &cue_mark ||
                     (gaz_flags(gz, span_key(doc, f->tok_start, f->tok_end)) & NS_GZ_ORG_KNOWN);
        /* Any ORG's first word may stand for it ("Exxon Mobil" ... "Exxon"),
         * unless it is a place, a person's name or a word of many companies
         * ("American Airlines", "Eli Lilly", "General Motors"; the tagger
         * also takes "Wang Dan" for an ORG). */
        int first = !(gaz_flags(gz, tok_hash(doc, f->tok_start)) &
                      (NS_GZ_PLACE | NS_GZ_FIRST | NS_GZ_LAST | NS_GZ_ORG_WORD | NS_GZ_ORG_SUFFIX |
                       NS_GZ_ORG_HEAD | NS_GZ_TITLE));
        if (listed || first) {
            ends[norgs] = (unsigned char)((listed ? 1 : 0) | (first ? 2 : 0));
            orgs[norgs++] = (uint32_t)k;
        }
    }
    /* the ORGs whose word begins or ends a PERSON's longer name are no guide
     * for that word */
    for (size_t q = 0; q < nents && norgs; q++) {
        const newsent_entity *p = &doc->ents[q];
        if (p->label != NEWSENT_LABEL_PERSON || !is_name(p) || p->tok_end > n ||
            p->tok_end - p->tok_start < 2)
            continue;
        for (size_t o = 0; o < norgs; o++) {
            const newsent_entity *f = &doc->ents[orgs[o]];
            if (same_token(doc, p->tok_end - 1, f->tok_end - 1))
                ends[o] &= (unsigned char)~1u;
            if (same_token(doc, p->tok_end - 1, f->tok_start) ||
                same_token(doc, p->tok_start, f->tok_start))
                ends[o] &= (unsigned char)~2u;
        }
    }
    if (!norgs)
        return;
    for (size_t k = 0; k < nents; k++) {
        newsent_entity *e = &doc->ents[k];
        /* a title may follow ("Lilly Chief Scientific Officer"), a surname not */
        if (e->label != NEWSENT_LABEL_PERSON || !is_name(e) || e->tok_end != e->tok_start + 1 ||
            e->tok_end >= n ||
            (cap_word_after(doc, e->tok_start) && !title_word(doc, gz, e->tok_end)))
            continue;
        int org = 0;
        for (size_t o = 0; o < norgs && !org; o++)
            org =
                ((ends[o] & 1) && same_token(doc, e->tok_start, doc->ents[orgs[o]].tok_end - 1)) ||
                ((ends[o] & 2) && same_token(doc, e->tok_start, doc->ents[orgs[o]].tok_start));
        if (org)
            e->label = NEWSENT_LABEL_ORG;
    }
}

/* "Symphony No. 9", "Chanel No. 5", Martinů's "Sixth Symphony": a name
 * closed by "No." before a number, or a PERSON opened by an ordinal word,
 * names a work or a product (CoNLL-2003's MISC), no ORG or person. */
static void drop_works(ns_doc *doc, marks *mk)
{
    static const char *const ordinals[] = {"eighth", "fifth",   "first", "fourth", "ninth",
                                           "second", "seventh", "sixth", "tenth",  "third"};
    size_t n = doc->toks.n;
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        size_t a = e->tok_start, b = e->tok_end;
        if (!is_name(e) || e->label == NEWSENT_LABEL_PLACE || b > n)
            continue;
        int numbered =
            b < n && doc->toks.v[b].kind == NS_TOK_NUMBER && b - a >= 2 &&
            (tok_is(doc, b - 1, "No.") || (tok_is(doc, b - 1, ".") && tok_is(doc, b - 2, "No")));
        int ordinal = e->label == NEWSENT_LABEL_PERSON && b - a == 2 && is_cap_word(doc, a) &&
                      lower_in_sorted(doc, a, ordinals, sizeof ordinals / sizeof *ordinals);
        if (!numbered && !ordinal)
            continue;
        e->flags |= NS_EF_DROP;
        for (size_t i = a; i < b; i++)
            mk->owner[i] = 0, mk->covered[i] = 0;
    }
}

/* "Rs 27 crore", "Ksh 500", "RM 10 million": a currency written before a
 * number is part of an amount, not a name. */
static void drop_currency_names(ns_doc *doc, marks *mk)
{
    static const char *const w[] = {"dh", "dhs", "ksh", "rm", "rp", "rs", "rs.", "sh", "tk"};
    size_t n = doc->toks.n;
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        size_t a = e->tok_start;
        if (!is_name(e) || e->tok_end != a + 1 || a + 1 >= n ||
            doc->toks.v[a + 1].kind != NS_TOK_NUMBER || !lower_in_sorted(doc, a, w, 9))
            continue;
        e->flags |= NS_EF_DROP;
        mk->owner[a] = 0;
        mk->covered[a] = 0;
    }
}

static int is_stopword(const char *s, size_t n)
{
    static const char *const w[] = {"of", "the", "and", "for", "de", "du", "la", "&"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (strlen(w[k]) == n && memcmp(w[k], s, n) == 0)
            return 1;
    return 0;
}

/* "EU" is the acronym of "European Union": the capitals of its words
 * (stop words skipped, with or without them), dots in the acronym ignored. */
static int acronym_of(const ns_doc *doc, const newsent_entity *acr, const newsent_entity *full)
{
    if (acr->tok_end - acr->tok_start != 1 || full->tok_end - full->tok_start < 2)
        return 0;
    const ns_token *a = &doc->toks.v[acr->tok_start];
    if (!(a->flags & NS_TF_ALL_UPPER))
        return 0;
    char letters[16];
    size_t nl = 0;
    for (size_t i = a->start; i < a->end; i++) {
        char c = doc->text[i];
        if (c == '.')
            continue;
        if (c < 'A' || c > 'Z' || nl == sizeof letters)
            return 0;
        letters[nl++] = c;
    }
    if (nl < 2)
        return 0;
    for (int with_stop = 0; with_stop < 2; with_stop++) {
        size_t k = 0;
        int ok = 1;
        for (size_t i = full->tok_start; i < full->tok_end && ok; i++) {
            const ns_token *t = &doc->toks.v[i];
            const char *s = doc->text + t->start;
            size_t len = t->end - t->start;
            if (t->kind != NS_TOK_WORD && t->kind != NS_TOK_ABBREV)
                continue;
            char c = s[0];
            if (!with_stop && is_stopword(s, len))
                continue;
            if (c >= 'a' && c <= 'z')
                c = (char)(c - 32);
            if (k >= nl || c != letters[k])
                ok = 0;
            k++;
        }
        if (ok && k == nl)
            return 1;
    }
    return 0;
}

/* Links a later mention to the full form seen before it: a PERSON's surname
 * (or given name) to the full name, an acronym to its expansion. */
static int link_aliases(ns_doc *doc, size_t nents)
{
    /* The PERSON and ORG names, in list order: the only entities a full
     * form can be, so the window below skips dates and quantities unread. */
    uint32_t *cand = ns_malloc(doc->mem, (nents ? nents : 1) * sizeof *cand);
    if (!cand)
        return -1;
    size_t m = 0;
    for (size_t j = 0; j < nents; j++)
        if (is_name(&doc->ents[j]) && doc->ents[j].label != NEWSENT_LABEL_PLACE)
            cand[m++] = (uint32_t)j;
    size_t lo = 0;
    for (size_t k = 0; k < nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->label == NEWSENT_LABEL_PLACE)
            continue;
        /* Only a one-word PERSON or an ORG can be the short form. */
        if (e->label == NEWSENT_LABEL_PERSON && e->tok_end - e->tok_start != 1)
            continue;
        size_t best = SIZE_MAX;
        /* Full forms are looked for among the nearest entities before this
         * one in the list, which keeps the pass linear in long documents. */
        size_t from = k > 1000 ? k - 1000 : 0;
        while (lo < m && cand[lo] < from)
            lo++;
        for (size_t c = lo; c < m && cand[c] < k + 1000; c++) {
            size_t j = cand[c];
            const newsent_entity *f = &doc->ents[j];
            if (j == k || f->byte_start >= e->byte_start ||
                f->tok_end - f->tok_start <= e->tok_end - e->tok_start)
                continue;
            int match = 0;
            if (e->label == NEWSENT_LABEL_PERSON && f->label == NEWSENT_LABEL_PERSON &&
                e->tok_end - e->tok_start == 1)
                match = same_token(doc, e->tok_start, f->tok_end - 1) ||
                        same_token(doc, e->tok_start, f->tok_start);
            else if (e->label == NEWSENT_LABEL_ORG && f->label == NEWSENT_LABEL_ORG)
                /* Only within a label: an alias's canonical form is a name of
                 * its own kind (the API promises alias_of that much). */
                match = acronym_of(doc, e, f);
            /* The nearest full form before wins. */
            if (match && (best == SIZE_MAX || f->byte_start > doc->ents[best].byte_start))
                best = j;
        }
        if (best == SIZE_MAX)
            continue;
        const newsent_entity *f = &doc->ents[best];
        if (f->flags & NS_EF_ALIAS)
            best = f->alias_src, f = &doc->ents[best];
        e->flags |= NS_EF_ALIAS;
        e->alias_src = (uint32_t)best;
        e->value = f->value;
    }
    ns_free(doc->mem, cand);
    return 0;
}

int ns_document_pass(ns_doc *doc)
{
    size_t n = doc->toks.n;
    if (!n || !(doc->labels & NAME_LABELS))
        return NEWSENT_OK;
    ns_gazetteer gz;
    ns_gaz_default(&gz);
    if (split_place_titles(doc, &gz) < 0)
        return NEWSENT_ENOMEM;
    size_t nslots = 16;
    while (nslots < 2 * doc->nents + 2)
        nslots *= 2;
    size_t off = (n + 7) & ~(size_t)7, off2 = off + ((n * sizeof(uint32_t) + 7) & ~(size_t)7);
    unsigned char *covered = ns_calloc(doc->mem, 1, off2 + nslots * sizeof(name_slot));
    if (!covered)
        return NEWSENT_ENOMEM;
    marks mk = {covered, (uint32_t *)(void *)(covered + off)};
    name_slot *tab = (name_slot *)(void *)(covered + off2);
    trim_titles(doc, &gz);
    trim_lower_tails(doc);
    cut_date_tails(doc, &gz);
    cut_headline_verbs(doc, &gz);
    for (size_t k = 0; k < doc->nents; k++) {
        const newsent_entity *e = &doc->ents[k];
        if (e->flags & NS_EF_DROP)
            continue;
        for (size_t i = e->tok_start; i < e->tok_end && i < n; i++)
            covered[i] = 1;
        if (is_name(e) && e->tok_end <= n)
            own(&mk, e->tok_start, e->tok_end, k);
    }
    int rc = NEWSENT_OK;
    drop_storms(doc, &mk);
    drop_born(doc, &mk);
    drop_portfolios(doc, &mk, &gz);
    drop_currency_names(doc, &mk);
    drop_works(doc, &mk);
    if (datelines(doc, &mk, &gz) < 0 || compound_places(doc, &mk, &gz) < 0 ||
        fix_company_spans(doc, &mk, &gz) < 0 || company_names(doc, &mk, &gz) < 0 ||
        companies_after_cues(doc, &mk, &gz) < 0 || companies_before_titles(doc, &mk, &gz) < 0 ||
        known_companies(doc, &mk, &gz) < 0 || institutions(doc, &mk, &gz) < 0 ||
        place_teams(doc, &mk, &gz) < 0 ||
        (trim_sentence_nouns(doc, &mk), person_particles(doc, &mk, &gz),
         possessive_orgs(doc, &mk, &gz) < 0) ||
        bracketed_acronyms(doc, &mk, &gz) < 0 || split_listed_orgs(doc, &mk, &gz) < 0 ||
        places_by_form(doc, &mk, &gz) < 0 ||
        (drop_plural_acronyms(doc, &mk), drop_products(doc, &mk, &gz),
         org_short_forms(doc, &mk, &gz) < 0) ||
        (widen_orgs_left(doc, &mk, &gz), spread_cue_orgs(doc, &mk) < 0) ||
        (person_org_short_forms(doc, &gz), 0))
        rc = NEWSENT_ENOMEM;
    if (rc == NEWSENT_OK)
        rc = propagate(doc, covered, tab, nslots - 1);
    ns_free(doc->mem, covered);
    if (rc != NEWSENT_OK)
        return rc;
    /* Every name's canonical form starts as its own text. */
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (!is_name(e) || e->label == NEWSENT_LABEL_PLACE)
            continue;
        e->value =
            ns_arena_strndup(&doc->arena, doc->text + e->byte_start, e->byte_end - e->byte_start);
        if (!e->value)
            return NEWSENT_ENOMEM;
    }
    return link_aliases(doc, doc->nents) < 0 ? NEWSENT_ENOMEM : NEWSENT_OK;
}
