#include "recognize/quantities.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "recognize/numbers.h"
#include "recognize/units.h"
#include "util/error.h"

/* The QUANTITY stage: a hand-written scanner over tokens. A candidate starts
 * at a number token, a number word or a currency symbol/code; from there
 * number_phrase() reads the number (digits, words or both: "1.5 million",
 * "twelve thousand four hundred and five", "two-thirds"), and the words
 * around it decide the type: a currency before or after (money), % or
 * percent (percent), a unit (measure), "years old" (age, a measure in
 * years), another number after "to"/"-" (range), or else a cardinal whose
 * counted noun, when one follows, is its unit. Modifier words before the
 * span ("about", "more than") set ent->mod and are not part of the span,
 * as in the Recognizers-Text conventions.
 *
 * Numbers inside DATE entities are skipped (the DATE stage ran first), as
 * are numbers that are parts of names ("Air Force One", "Boeing 737"),
 * phone numbers and identifiers (runs of digit groups), version numbers
 * and sports scores ("2-1"). */
enum { TRI = 1 << 15 };
struct ns_quantities {
    /* A hash of the first three letters of every number word and sign word (trigram()), as a
     * bitmap: most words fail this one lookup before any string compare.
     * Built once per extractor from the lexicon in numbers.c. */
    unsigned char tri[TRI / 8];
    /* The same for every word that can follow a number as its unit,
     * currency, percent, age or span of time (from the unit and currency
     * tables): a number before "people" skips all those lookups. */
    unsigned char suf[TRI / 8];
};

/* A 15-bit hash of the first three bytes of s[0..n), or -1 when n < 3: the
 * low five bits of each byte, so that letters fold case. Other bytes alias
 * letters, which only costs a full lookup later. */
static int trigram(const char *s, size_t n)
{
    if (n < 3)
        return -1;
    return ((s[0] & 31) << 10) | ((s[1] & 31) << 5) | (s[2] & 31);
}

static void bit_set(unsigned char *map, const char *w)
{
    int t = trigram(w, strlen(w));
    if (t >= 0)
        map[t >> 3] |= (unsigned char)(1u << (t & 7));
}

static int bit_has(const unsigned char *map, int t)
{
    return t >= 0 && (map[t >> 3] & (1u << (t & 7)));
}

/* The words after a number that quantity_at looks up, besides the unit
 * and currency tables. */
static const char *const suffix_words[] = {
    "percent",   "percents", "pct",     "per",       "percentage", "cents",     "cent",
    "pence",     "penny",    "pennies", "satoshi",   "sen",        "year",      "month",
    "week",      "day",      "century", "centuries", "decade",     "fortnight", "hour",
    "millennia", "minute",   "night",   "second",    "weekend",    "sterling",  NULL};

int ns_quantities_new(const ns_mem *mem, ns_quantities **out, newsent_error *err)
{
    *out = ns_calloc(mem, 1, sizeof **out);
    if (!*out)
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    ns_quantities *q = *out;
    const char *w;
    for (size_t i = 0; (w = ns_number_word_at(i)) != NULL; i++)
        bit_set(q->tri, w);
    bit_set(q->tri, "minus");
    bit_set(q->tri, "negative");
    for (size_t i = 0; suffix_words[i]; i++)
        bit_set(q->suf, suffix_words[i]);
    for (size_t i = 0; i < ns_units_nlower; i++)
        bit_set(q->suf, ns_units_lower[i].key);
    for (size_t i = 0; i < ns_units_nexact; i++)
        bit_set(q->suf, ns_units_exact[i].key);
    for (size_t i = 0; i < ns_currency_nnames; i++)
        bit_set(q->suf, ns_currency_names[i].name);
    for (size_t i = 0; i < ns_currency_nsymbols; i++)
        bit_set(q->suf, ns_currency_symbols[i].name);
    for (size_t i = 0; i < ns_currency_ncodes; i++) {
        char m[4] = {'M', ns_currency_codes[i].code[0], ns_currency_codes[i].code[1], 0};
        bit_set(q->suf, ns_currency_codes[i].code);
        bit_set(q->suf, m); /* 30 MUSD */
    }
    return NEWSENT_OK;
}

void ns_quantities_free(const ns_mem *mem, ns_quantities *q)
{
    ns_free(mem, q);
}

/* ---- per-call context ---------------------------------------------------- */

typedef struct qctx {
    const ns_quantities *qs;
    ns_doc *doc;
    const char *t;
    const ns_token *v;
    size_t n;
    unsigned char *in_date; /* per token: inside a DATE entity */
} qctx;

static const char *ts(const qctx *c, size_t k)
{
    return c->t + c->v[k].start;
}
static size_t tl(const qctx *c, size_t k)
{
    return c->v[k].end - c->v[k].start;
}
static char lc(char ch)
{
    return (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
}

static int eqi(const char *s, size_t n, const char *w)
{
    size_t i = 0;
    for (; i < n && w[i]; i++)
        if (lc(s[i]) != w[i])
            return 0;
    return i == n && w[i] == '\0';
}

static int tok_is(const qctx *c, size_t k, const char *w)
{
    return k < c->n && eqi(ts(c, k), tl(c, k), w);
}

/* Whether token k is one of the NULL-terminated words. */
static int tok_in(const qctx *c, size_t k, const char *const *ws)
{
    if (k >= c->n)
        return 0;
    const char *s = ts(c, k);
    size_t n = tl(c, k);
    char first = lc(s[0]);
    for (; *ws; ws++)
        if ((*ws)[0] == first && eqi(s, n, *ws))
            return 1;
    return 0;
}

/* Whether token k, in lower case, is in the sorted list ws[0..n): a
 * binary search that compares bytes inline (the words are short; most
 * probes differ at the first byte). */
static int tok_in_sorted(const qctx *c, size_t k, const char *const *ws, size_t n)
{
    char buf[24];
    size_t l = k < c->n ? tl(c, k) : 0;
    if (l == 0 || l >= sizeof buf)
        return 0;
    for (size_t i = 0; i < l; i++)
        buf[i] = lc(ts(c, k)[i]);
    buf[l] = '\0';
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const unsigned char *a = (const unsigned char *)buf, *b = (const unsigned char *)ws[mid];
        while (*a && *a == *b) {
            a++;
            b++;
        }
        if (*a == *b)
            return 1;
        if (*a < *b)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}
#define TOK_IN_SORTED(c, k, list) tok_in_sorted((c), (k), (list), sizeof(list) / sizeof(list)[0])

static int adjacent(const qctx *c, size_t k)
{
    return k < c->n && !(c->v[k].flags & NS_TF_SPACE_BEFORE);
}
static int same_sent(const qctx *c, size_t a, size_t b)
{
    return c->v[a].sent == c->v[b].sent;
}

/* ---- number phrases ------------------------------------------------------ */

enum { NK_CARD, NK_ORD, NK_FRAC };
enum {
    PH_DIGITS = 1u << 0,  /* written with digits */
    PH_WORDS = 1u << 1,   /* has number words */
    PH_SCALE_M = 1u << 2, /* an attached lower-case m: million or metre */
    PH_PLAIN = 1u << 3,   /* one digit token, no separators: 2019, 737 */
    PH_LEAD0 = 1u << 4,
    PH_A = 1u << 5,         /* starts with "a"/"an" */
    PH_SINGLE_ONE = 1u << 6 /* just the word "one" */
};

typedef struct nphrase {
    double v;
    double scale; /* the last scale applied (1 if none), for "5 to 7 million" */
    int kind;
    unsigned flags;
    size_t tok_end;    /* tokens [start, tok_end) */
    uint32_t byte_end; /* may be inside token tok_end-1: the rest is a suffix */
    double hi;         /* an attached range "10-15": hi, has_hi */
    int has_hi;
} nphrase;

/* One element of a number phrase: a hyphen-separated part of a word token,
 * a digit token, or a spaced dash. */
enum { IT_WORD, IT_NUM, IT_DASH };
typedef struct item {
    int type;
    size_t tok;
    uint32_t b, e; /* bytes */
    int last_in_tok;
    ns_numword w;  /* IT_WORD */
    int special;   /* IT_WORD: SP_* */
    ns_number num; /* IT_NUM */
    int num_rest;  /* IT_NUM: the token has more after the number */
} item;
enum { SP_NONE, SP_A, SP_AND, SP_POINT, SP_OVER, SP_OF, SP_OUT, SP_IN };

#define MAX_ITEMS 24

/* Appends a zeroed item of the given type for token tok, spanning bytes
 * [b, e) and ending where its token ends. */
static item *add_item(item *it, size_t *ni, int type, size_t tok, uint32_t b, uint32_t e)
{
    item *x = &it[(*ni)++];
    memset(x, 0, sizeof *x);
    x->type = type;
    x->tok = tok;
    x->b = b;
    x->e = e;
    x->last_in_tok = 1;
    return x;
}

/* Scientific notation split by the tokenizer: "1.1^23", "2.5^-1",
 * "1.3x10^6", "12.32e+14". num holds the base read from token j; on success
 * it gets the value and *tok, *e the last token and byte. */
static int power_suffix(const qctx *c, size_t j, ns_number *num, size_t *tok, uint32_t *e)
{
    const char *s = ts(c, j);
    size_t n = tl(c, j), r = num->len;
    int times10 = 0, eform = 0;
    if (r < n) {
        if (n - r == 3 && (s[r] == 'x' || s[r] == 'X') && s[r + 1] == '1' && s[r + 2] == '0')
            times10 = 1;
        else if (n - r == 1 && (s[r] == 'e' || s[r] == 'E'))
            eform = 1;
        else
            return 0;
    }
    size_t k = j + 1;
    if (!eform) {
        if (k >= c->n || !adjacent(c, k) || tl(c, k) != 1 || ts(c, k)[0] != '^')
            return 0;
        k++;
    }
    int neg = 0, signs = 0;
    while (k < c->n && adjacent(c, k) &&
           (c->v[k].kind == NS_TOK_PUNCT || c->v[k].kind == NS_TOK_SYMBOL) &&
           (ts(c, k)[0] == '-' || ts(c, k)[0] == '+')) {
        for (size_t i = 0; i < tl(c, k); i++) {
            if (ts(c, k)[i] != '-' && ts(c, k)[i] != '+')
                return 0;
            neg ^= ts(c, k)[i] == '-';
            signs++;
        }
        k++;
    }
    if (k >= c->n || !adjacent(c, k) || c->v[k].kind != NS_TOK_NUMBER || (eform && signs == 0))
        return 0;
    ns_number ex;
    if (!ns_number_parse(ts(c, k), tl(c, k), &ex) || ex.flags || ex.value > 400)
        return 0;
    double p = neg ? -ex.value : ex.value;
    if (num->value == 0)
        ; /* zero stays zero, whatever the power: no 0 * inf */
    else if (times10 || eform)
        num->value *= pow(10.0, p);
    else
        num->value = (num->value < 0 ? -1 : 1) * pow(fabs(num->value), p);
    if (isinf(num->value))
        num->flags |= NS_NUM_OVERFLOW;
    num->flags |= NS_NUM_EXPONENT;
    *tok = k;
    *e = c->v[k].end;
    return 1;
}

/* The words with a role inside a number phrase: "a", "and", "point",
 * "over", "of", "out", "in". */
static int special_word(const char *w, size_t n)
{
    if (n == 0 || n > 5)
        return SP_NONE;
    switch (lc(w[0])) {
    case 'a': return (n == 1 || eqi(w, n, "an")) ? SP_A : eqi(w, n, "and") ? SP_AND : SP_NONE;
    case 'p': return eqi(w, n, "point") ? SP_POINT : SP_NONE;
    case 'o':
        return eqi(w, n, "over")  ? SP_OVER
               : eqi(w, n, "of")  ? SP_OF
               : eqi(w, n, "out") ? SP_OUT
                                  : SP_NONE;
    case 'i': return eqi(w, n, "in") ? SP_IN : SP_NONE;
    default: return SP_NONE;
    }
}

static size_t gather_items(const qctx *c, size_t k, item *it)
{
    size_t ni = 0;
    for (size_t j = k; j < c->n && ni < MAX_ITEMS; j++) {
        const ns_token *t = &c->v[j];
        if (j > k && (!same_sent(c, j, k) || (c->in_date[j] && !c->in_date[k])))
            break;
        if (j == k && t->kind == NS_TOK_PUNCT && tl(c, j) == 1 && ts(c, j)[0] == '.' &&
            j + 1 < c->n && c->v[j + 1].kind == NS_TOK_NUMBER && adjacent(c, j + 1)) {
            /* ".08": a decimal without its zero */
            item *x = &it[ni++];
            memset(x, 0, sizeof *x);
            size_t n = c->v[j + 1].end - t->start;
            if (!ns_number_parse(ts(c, j), n, &x->num))
                return 0;
            x->type = IT_NUM;
            x->tok = j + 1;
            x->b = t->start;
            x->e = c->v[j + 1].end;
            x->last_in_tok = 1;
            j++;
            continue;
        }
        if (t->kind == NS_TOK_SYMBOL) {
            /* vulgar fractions: ½ ¾ ⅔ */
            size_t vn;
            double vv = ns_number_vulgar(ts(c, j), tl(c, j), &vn);
            if (!vn || vn != tl(c, j))
                break;
            item *x = add_item(it, &ni, IT_NUM, j, t->start, t->end);
            x->num.value = vv;
            x->num.flags = NS_NUM_FRACTION;
            x->num.len = vn;
            continue;
        }
        if (t->kind == NS_TOK_NUMBER) {
            /* a number right after a number continues the phrase only as
             * the fraction of a mixed number ("2 1/4"): a column of figures
             * ("72 70 71 69") is read one number at a time */
            if (ni > 0 && it[ni - 1].type == IT_NUM && !memchr(ts(c, j), '/', tl(c, j)))
                break;
            item *x = &it[ni++];
            memset(x, 0, sizeof *x);
            x->type = IT_NUM;
            x->tok = j;
            x->b = t->start;
            x->last_in_tok = 1;
            size_t n = tl(c, j);
            if (ns_number_parse(ts(c, j), n, &x->num)) {
                x->e = t->end;
                if (ni == 1 && power_suffix(c, j, &x->num, &x->tok, &x->e))
                    break;
            } else if (ns_number_scan(ts(c, j), n, &x->num)) {
                if (ni == 1 && power_suffix(c, j, &x->num, &x->tok, &x->e))
                    break;
                x->e = t->start + (uint32_t)x->num.len;
                x->num_rest = 1;
                break;
            } else {
                ni--;
                break;
            }
            if (x->num.flags & NS_NUM_ORDINAL)
                break;
            /* digit groups separated by one space: "40 000", "1 234 567" */
            if (!(x->num.flags & ~(unsigned)NS_NUM_GROUPED) && x->num.int_digits <= 3 &&
                !(x->num.flags & NS_NUM_GROUPED) &&
                !(j > 0 && c->v[j - 1].kind == NS_TOK_NUMBER)) { /* not in a column of figures */
                while (j + 1 < c->n && c->v[j + 1].kind == NS_TOK_NUMBER && tl(c, j + 1) >= 3 &&
                       (c->v[j + 1].start - c->v[j].end == 1
                            ? c->t[c->v[j].end] == ' '
                            : c->v[j + 1].start - c->v[j].end <= 3 &&
                                  (unsigned char)c->t[c->v[j].end] >= 0xC2)) {
                    const char *d = ts(c, j + 1);
                    if (!(d[0] >= '0' && d[0] <= '9' && d[1] >= '0' && d[1] <= '9' && d[2] >= '0' &&
                          d[2] <= '9'))
                        break;
                    size_t gap = c->v[j + 1].start - c->v[j].end;
                    /* "40 737 MAX jets": a group before a capitalised word
                     * is a model's number, not thousands (outside
                     * headlines; a no-break space still groups). */
                    if (gap == 1 && j + 2 < c->n && same_sent(c, j + 1, j + 2) &&
                        (c->v[j + 2].flags & NS_TF_UPPER_INITIAL) &&
                        !(c->v[j + 2].flags & NS_TF_HEADLINE))
                        break;
                    if (gap > 1) {
                        const unsigned char *g = (const unsigned char *)c->t + c->v[j].end;
                        int nb = (gap == 2 && g[0] == 0xC2 && g[1] == 0xA0) ||
                                 (gap == 3 && g[0] == 0xE2 && g[1] == 0x80 &&
                                  (g[2] == 0xAF || g[2] == 0x89));
                        if (!nb)
                            break;
                    }
                    ns_number g;
                    if (tl(c, j + 1) > 3 && (!ns_number_parse(d, tl(c, j + 1), &g) ||
                                             g.flags != NS_NUM_DECIMAL || g.int_digits != 3))
                        break;
                    if (tl(c, j + 1) == 3)
                        g.value = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
                    x->num.value = x->num.value * 1000 + g.value;
                    x->num.flags |= NS_NUM_GROUPED;
                    x->e = c->v[j + 1].end;
                    x->tok = j + 1;
                    j++;
                }
            }
        } else if (t->kind == NS_TOK_WORD) {
            const char *s = ts(c, j);
            size_t n = tl(c, j), p = 0;
            while (p <= n && ni < MAX_ITEMS) {
                size_t q = p;
                while (q < n && s[q] != '-')
                    q++;
                item *x = &it[ni++];
                memset(x, 0, sizeof *x);
                x->type = IT_WORD;
                x->tok = j;
                x->b = t->start + (uint32_t)p;
                x->e = t->start + (uint32_t)q;
                x->last_in_tok = q >= n;
                const char *w = s + p;
                size_t wl = q - p;
                unsigned sf;
                double mult;
                if (!ns_number_word(w, wl, &x->w) && ni >= 2 && it[ni - 2].type == IT_NUM &&
                    !it[ni - 2].num_rest && wl >= 1 && p == 0 && q == n &&
                    (mult = ns_number_scale_suffix(w, wl, &sf)) > 0 && !sf &&
                    !(j + 1 < c->n && c->v[j + 1].start == c->v[j].end && ts(c, j + 1)[0] == '/')) {
                    /* "10 bln", "2.33 k": a scale abbreviation written apart;
                     * not the first letter of a rate ("600,000 b/d") */
                    x->w.kind = NS_NW_SCALE;
                    x->w.value = mult;
                }
                if (x->w.kind == NS_NW_NONE && (x->special = special_word(w, wl)) == SP_NONE)
                    return ni; /* a plain word: the end (kept for the caller) */
                p = q + 1;
            }
        } else if (t->kind == NS_TOK_PUNCT && tl(c, j) == 1 && ts(c, j)[0] == '-' &&
                   (t->flags & NS_TF_SPACE_BEFORE)) {
            add_item(it, &ni, IT_DASH, j, t->start, t->end);
        } else {
            break;
        }
    }
    return ni;
}

static int is_w(const item *x, ns_numword_kind k)
{
    return x->type == IT_WORD && x->w.kind == k;
}
static int is_sp(const item *x, int sp)
{
    return x->type == IT_WORD && x->w.kind == NS_NW_NONE && x->special == sp;
}
static int is_small(const item *x)
{
    return x->type == IT_WORD &&
           (x->w.kind == NS_NW_DIGIT || x->w.kind == NS_NW_TEEN || x->w.kind == NS_NW_TENS);
}
/* A plain digit item usable inside a word phrase ("4 thousand 3 hundred"). */
static int is_numitem(const item *x)
{
    return x->type == IT_NUM && !x->num_rest &&
           !(x->num.flags & (NS_NUM_ORDINAL | NS_NUM_FRACTION | NS_NUM_SCALED | NS_NUM_NEGATIVE));
}

/* Reads a small cardinal (< 1000) in words at it[i]: "twenty-one", "one
 * hundred and six", "fifty - two". Returns items used (0 if none). */
static size_t small_words(const item *it, size_t ni, size_t i, double *out)
{
    size_t j = i;
    double v = 0;
    if (j < ni && is_small(&it[j])) {
        v = it[j].w.value;
        int tens = it[j].w.kind == NS_NW_TENS;
        j++;
        if (tens) {
            size_t d = j;
            if (d < ni && it[d].type == IT_DASH)
                d++;
            if (d < ni && is_w(&it[d], NS_NW_DIGIT) && it[d].w.value > 0) {
                v += it[d].w.value;
                j = d + 1;
            }
        }
    } else {
        return 0;
    }
    *out = v;
    return j - i;
}

/* A denominator at it[i]: "thirds", "fifth", "twenty-first(s)". Returns
 * the items it covers; *plural tells "fifths" from "fifth". */
static size_t denom_at(const item *it, size_t ni, size_t i, double *den, int *plural)
{
    if (i < ni && (is_w(&it[i], NS_NW_DENOMS) || is_w(&it[i], NS_NW_ORD))) {
        *den = it[i].w.value;
        *plural = it[i].w.kind == NS_NW_DENOMS;
        return 1;
    }
    if (i + 1 < ni && is_w(&it[i], NS_NW_TENS)) {
        size_t d = i + 1;
        if (it[d].type == IT_DASH)
            d++;
        if (d < ni && (is_w(&it[d], NS_NW_DENOMS) || is_w(&it[d], NS_NW_ORD)) &&
            it[d].w.value < 10) {
            *den = it[i].w.value + it[d].w.value;
            *plural = it[d].w.kind == NS_NW_DENOMS;
            return d + 1 - i;
        }
    }
    return 0;
}

/* Whether it[j] is a scale no smaller than the last one: "490 million 412
 * million" in a table is two numbers, not 490000412. */
static int next_scale_breaks(const item *it, size_t ni, size_t j, double last_scale)
{
    return j < ni && is_w(&it[j], NS_NW_SCALE) && it[j].w.value >= last_scale;
}

/* A denominator written as an ordinal with a scale at it[i]: "one hundred
 * fifth(s)", "one hundred and fifth", "one thousandth". Returns the items
 * it covers and its value in *den. */
static size_t compound_denom(const item *it, size_t ni, size_t i, double *den)
{
    double v1, d;
    int plural;
    size_t j = i + small_words(it, ni, i, &v1);
    if (j == i || j >= ni || v1 <= 0)
        return 0;
    if ((is_w(&it[j], NS_NW_ORD) || is_w(&it[j], NS_NW_DENOMS)) && it[j].w.value >= 100) {
        *den = v1 * it[j].w.value;
        return j + 1 - i;
    }
    if (!is_w(&it[j], NS_NW_HUNDRED) && !is_w(&it[j], NS_NW_SCALE))
        return 0;
    double base = v1 * it[j].w.value;
    j++;
    if (j < ni && is_sp(&it[j], SP_AND))
        j++;
    size_t du = denom_at(it, ni, j, &d, &plural);
    if (!du || d >= 100)
        return 0;
    *den = base + d;
    return j + du - i;
}

/* The grammar of number phrases over items; fills *r with the longest
 * reading that ends where a number may end. Returns items used. */
static size_t phrase_items(const item *it, size_t ni, nphrase *r)
{
    double total = 0, cur = 0, last_scale = INFINITY, scale = 1;
    size_t i = 0, best = 0;
    int have = 0, a_start = 0;
    double part = 0; /* the last value added to cur: "two" in "three hundred and two" */
    unsigned flags = 0;
    memset(r, 0, sizeof *r);
    r->scale = 1;
#define ACCEPT(kindv, val)                                                                         \
    do {                                                                                           \
        best = i;                                                                                  \
        r->v = (val);                                                                              \
        r->kind = (kindv);                                                                         \
        r->flags = flags;                                                                          \
        r->scale = scale;                                                                          \
    } while (0)

    if (ni == 0)
        return 0;
    /* "a"/"an" + hundred/thousand/dozen/half/quarter/third: the "a" is one. */
    if (is_sp(&it[0], SP_A)) {
        double d0;
        int p0;
        if (ni < 2 || !(is_w(&it[1], NS_NW_HUNDRED) || is_w(&it[1], NS_NW_SCALE) ||
                        is_w(&it[1], NS_NW_DOZEN) || is_w(&it[1], NS_NW_HALF) ||
                        is_w(&it[1], NS_NW_QUARTER) || denom_at(it, ni, 1, &d0, &p0)))
            return 0;
        double den;
        int plural;
        size_t du = denom_at(it, ni, 1, &den, &plural);
        if (du && !is_w(&it[1], NS_NW_HALF) && !is_w(&it[1], NS_NW_QUARTER)) {
            /* a third / a fifth / a twenty-first: a fraction (the caller wants "of") */
            if (den < 3 || plural)
                return 0;
            i = 1 + du;
            flags |= PH_WORDS | PH_A;
            ACCEPT(NK_FRAC, 1.0 / den);
            return best;
        }
        a_start = 1;
        flags |= PH_A;
        cur = 1;
        part = 1;
        have = 1;
        i = 1;
    }
    /* "half" / "quarter" at the start: "half a million", "quarter million". */
    if (!have && (is_w(&it[0], NS_NW_HALF) || is_w(&it[0], NS_NW_QUARTER))) {
        double f = 1.0 / it[0].w.value;
        flags |= PH_WORDS;
        i = 1;
        size_t j = i;
        if (j < ni && is_sp(&it[j], SP_A))
            j++;
        if (j < ni && (is_w(&it[j], NS_NW_SCALE) || is_w(&it[j], NS_NW_DOZEN) ||
                       is_w(&it[j], NS_NW_HUNDRED))) {
            i = j + 1;
            scale = it[j].w.value;
            ACCEPT(NK_CARD, f * it[j].w.value);
            return best;
        }
        ACCEPT(NK_FRAC, f);
        return best;
    }
    if (a_start && (is_w(&it[1], NS_NW_HALF) || is_w(&it[1], NS_NW_QUARTER))) {
        double f = 1.0 / it[1].w.value;
        i = 2;
        flags |= PH_WORDS;
        if (i < ni && (is_w(&it[i], NS_NW_SCALE) || is_w(&it[i], NS_NW_DOZEN))) {
            scale = it[i].w.value;
            i++;
            ACCEPT(NK_CARD, f * scale);
            return best;
        }
        ACCEPT(NK_FRAC, f);
        return best;
    }
    int last = 0;      /* 1 value, 2 hundred, 3 scale, 4 dozen */
    int simple = 0;    /* cur is one value item: "322 hundred", "2.12 hundred" */
    int after_and = 0; /* the item before this one was an "and" */
    if (a_start)
        last = 1;
    while (i < ni) {
        const item *x = &it[i];
        double sv;
        size_t used;
        double cden;
        int cpl;
        size_t cdu;
        int and_before = after_and;
        after_and = 0;
        if (last == 1 && total == 0 && cur > 0 && !(flags & PH_DIGITS) && is_small(x) &&
            (cdu = compound_denom(it, ni, i, &cden)) != 0) {
            /* "one one hundred fifth": the numerator, then the ordinal */
            i += cdu;
            ACCEPT(NK_FRAC, cur / cden);
            break;
        }
        if (last == 2 && total == 0 && !and_before && is_w(x, NS_NW_TENS) &&
            (cdu = denom_at(it, ni, i, &cden, &cpl)) > 1 && cpl) {
            /* "one hundred thirty-fifths": 100/35 (with "and" it is 130/5) */
            i += cdu;
            flags |= PH_WORDS;
            ACCEPT(NK_FRAC, cur / cden);
            break;
        }
        if (last != 1 && (used = small_words(it, ni, i, &sv)) != 0) {
            /* a value after a scale or at the start */
            if (last == 2 && fmod(cur, 100.0) != 0)
                break;
            if (last == 3 && next_scale_breaks(it, ni, i + used, last_scale))
                break;
            simple = cur == 0;
            cur += sv;
            part = sv;
            i += used;
            flags |= PH_WORDS;
            have = 1;
            last = 1;
            ACCEPT(NK_CARD, total + cur);
            continue;
        }
        if (last != 1 && is_numitem(x) && (last == 0 || last == 3 || last == 2) &&
            !(last == 3 && next_scale_breaks(it, ni, i + 1, last_scale))) {
            simple = cur == 0;
            cur += x->num.value;
            part = x->num.value;
            flags |= PH_DIGITS;
            if (i == 0 && !(x->num.flags & (NS_NUM_GROUPED | NS_NUM_DECIMAL | NS_NUM_EXPONENT)))
                flags |= PH_PLAIN;
            if (x->num.flags & NS_NUM_LEAD_ZERO)
                flags |= PH_LEAD0;
            i++;
            have = 1;
            last = 1;
            ACCEPT(NK_CARD, total + cur);
            /* mixed fractions: "2 1/4", "10 ½" */
            if (i == 1 && i < ni && it[i].type == IT_NUM && !it[i].num_rest &&
                (it[i].num.flags & NS_NUM_FRACTION) && !(it[i].num.flags & NS_NUM_NEGATIVE) &&
                !(x->num.flags & NS_NUM_DECIMAL)) {
                cur += it[i].num.value;
                i++;
                ACCEPT(NK_CARD, total + cur);
                break;
            }
            continue;
        }
        if (i == 0 && x->type == IT_NUM) {
            /* a number token with a scale, an ordinal, a fraction or a rest */
            flags |= PH_DIGITS;
            if (x->num.flags & NS_NUM_SCALE_M)
                flags |= PH_SCALE_M;
            if (x->num.flags & NS_NUM_LEAD_ZERO)
                flags |= PH_LEAD0;
            if (!x->num_rest &&
                !(x->num.flags & (NS_NUM_GROUPED | NS_NUM_DECIMAL | NS_NUM_EXPONENT |
                                  NS_NUM_SCALED | NS_NUM_FRACTION)))
                flags |= PH_PLAIN;
            i = 1;
            if (x->num.flags & NS_NUM_SCALED)
                scale = x->num.value; /* marks that a scale was applied */
            int k = (x->num.flags & NS_NUM_ORDINAL)    ? NK_ORD
                    : (x->num.flags & NS_NUM_FRACTION) ? NK_FRAC
                                                       : NK_CARD;
            ACCEPT(k, x->num.value);
            if (k != NK_CARD || x->num_rest)
                return best;
            cur = x->num.value;
            part = cur;
            simple = 1;
            have = 1;
            last = (x->num.flags & NS_NUM_SCALED) ? 3 : 1;
            if (last == 3) {
                total = cur;
                cur = 0;
            }
            continue;
        }
        if (is_w(x, NS_NW_HUNDRED) && last == 1 && cur > 0 && (cur < 100 || simple)) {
            cur *= 100;
            i++;
            last = 2;
            flags |= PH_WORDS;
            ACCEPT(NK_CARD, total + cur);
            continue;
        }
        if (is_w(x, NS_NW_SCALE) && last == 3 && cur == 0 && x->w.value == 1e7 &&
            last_scale == 1e5) {
            /* "three lakh crore": lakh crore is 10^12 */
            total *= 1e7;
            last_scale = 1e12;
            scale = 1e12;
            i++;
            ACCEPT(NK_CARD, total);
            continue;
        }
        if (is_w(x, NS_NW_SCALE) && (last == 1 || last == 2) && cur > 0) {
            double s = x->w.value;
            if (s >= last_scale) {
                /* "three lakh crore": a larger scale multiplies the whole */
                if (!(s == 1e7 && last_scale == 1e5))
                    break;
                total = (total + cur) * s;
            } else {
                total += cur * s;
            }
            cur = 0;
            last_scale = s;
            scale = s;
            i++;
            last = 3;
            flags |= PH_WORDS;
            ACCEPT(NK_CARD, total);
            continue;
        }
        if (is_w(x, NS_NW_DOZEN) && last == 1 && cur > 0 && total == 0) {
            /* "three hundred and two dozen" is 300 + 24 */
            cur += part * 11;
            i++;
            last = 4;
            flags |= PH_WORDS;
            ACCEPT(NK_CARD, cur);
            continue;
        }
        /* "and": between a hundred/scale and what follows, or before a fraction */
        if (is_sp(x, SP_AND) && i + 1 < ni && (last == 2 || last == 3 || last == 1)) {
            const item *y = &it[i + 1];
            /* and a half / and a quarter / and a third / and three quarters */
            if ((is_sp(y, SP_A) || (is_w(y, NS_NW_DIGIT) && y->w.value == 1)) && i + 2 < ni &&
                (is_w(&it[i + 2], NS_NW_HALF) || is_w(&it[i + 2], NS_NW_QUARTER) ||
                 (is_w(&it[i + 2], NS_NW_ORD) && it[i + 2].w.value >= 3))) {
                double f = 1.0 / it[i + 2].w.value;
                i += 3;
                flags |= PH_WORDS;
                if (cur == 0 && last == 3) {
                    double sc = last_scale; /* 3 million and a half */
                    if (i < ni && is_w(&it[i], NS_NW_SCALE) && it[i].w.value < last_scale) {
                        sc = it[i].w.value; /* one billion and a half million */
                        i++;
                    }
                    total += f * sc;
                    ACCEPT(NK_CARD, total);
                    break;
                }
                cur += f;
                last = 1;
                ACCEPT(NK_CARD, total + cur);
                /* five and a half million */
                if (i < ni && is_w(&it[i], NS_NW_SCALE) && it[i].w.value < last_scale) {
                    total += cur * it[i].w.value;
                    scale = it[i].w.value;
                    cur = 0;
                    i++;
                    ACCEPT(NK_CARD, total);
                }
                break;
            }
            double fv;
            size_t u2;
            if ((u2 = small_words(it, ni, i + 1, &fv)) != 0 && i + 1 + u2 < ni &&
                (is_w(&it[i + 1 + u2], NS_NW_DENOMS) || is_w(&it[i + 1 + u2], NS_NW_ORD)) &&
                fv > 0 && fv < it[i + 1 + u2].w.value) {
                /* and three quarters / and two thirds */
                double f = fv / it[i + 1 + u2].w.value;
                i += 2 + u2;
                flags |= PH_WORDS;
                if (cur == 0 && last == 3) {
                    double sc = last_scale;
                    if (i < ni && is_w(&it[i], NS_NW_SCALE) && it[i].w.value < last_scale) {
                        sc = it[i].w.value;
                        i++;
                    }
                    total += f * sc;
                    ACCEPT(NK_CARD, total);
                    break;
                }
                cur += f;
                ACCEPT(NK_CARD, total + cur);
                break;
            }
            if (last == 2 || last == 3) {
                size_t u3 = small_words(it, ni, i + 1, &fv);
                if (!u3 && is_numitem(y)) {
                    u3 = 1;
                    fv = y->num.value;
                }
                /* "4 thousand 3 hundred and 0": a zero after "and" is a
                 * number of its own */
                if (u3 && fv > 0 &&
                    !(last == 2 && i + 1 + u3 < ni && is_w(&it[i + 1 + u3], NS_NW_HUNDRED))) {
                    i++;
                    last = last == 2 ? 2 : 3;
                    after_and = 1;
                    /* the value after "and" must be below the last scale */
                    continue;
                }
            }
            break;
        }
        /* fractions: "two thirds", "three quarters", "5 eighths", "a hundred trillionths" */
        double den;
        int plural;
        size_t du;
        size_t dash = (i + 1 < ni && it[i].type == IT_DASH && last == 1) ? 1 : 0;
        if ((last == 1 || last == 2 || last == 3) && total + cur > 0 &&
            (du = denom_at(it, ni, i + dash, &den, &plural)) != 0 && den > 1 &&
            (plural || (total + cur == 1 && den >= 3 && !(flags & PH_A)))) {
            double f = (total + cur) / den;
            i += du + dash;
            flags |= PH_WORDS;
            ACCEPT(NK_FRAC, f);
            /* "three quarters billion", "two thirds of a million" */
            size_t j = i;
            if (j + 1 < ni && is_sp(&it[j], SP_OF) && is_sp(&it[j + 1], SP_A))
                j += 2;
            if (j < ni && is_w(&it[j], NS_NW_SCALE)) {
                scale = it[j].w.value;
                i = j + 1;
                ACCEPT(NK_CARD, f * scale);
            }
            break;
        }
        /* ordinals: "first", "twenty-first", "hundredth" */
        if (is_w(x, NS_NW_ORD) && x->w.value >= 1) {
            if (last == 0) {
                i++;
                flags |= PH_WORDS;
                ACCEPT(NK_ORD, x->w.value);
            } else if (last == 1 && x->w.value < 10 && fmod(cur, 10.0) == 0 && cur >= 20 &&
                       total == 0 && !(flags & PH_DIGITS) && i > 0 && it[i - 1].tok == x->tok) {
                i++;
                ACCEPT(NK_ORD, cur + x->w.value);
            }
            break;
        }
        /* decimals in words: "five point five", "two hundred point zero three" */
        if (is_sp(x, SP_POINT) && have && (flags & PH_WORDS) && !(flags & PH_DIGITS) &&
            i + 1 < ni) {
            double frac = 0, div = 1;
            size_t j = i + 1;
            while (j < ni) {
                double sv2;
                size_t u;
                if (is_w(&it[j], NS_NW_DIGIT)) {
                    div *= 10;
                    frac += it[j].w.value / div;
                    j++;
                } else if ((u = small_words(it, ni, j, &sv2)) != 0 && sv2 >= 10) {
                    div *= 100;
                    frac += sv2 / div;
                    j += u;
                } else {
                    break;
                }
            }
            if (j > i + 1) {
                i = j;
                ACCEPT(NK_CARD, total + cur + frac);
            }
            break;
        }
        /* "one over three", "one out of three", "one in five" */
        if ((is_sp(x, SP_OVER) || is_sp(x, SP_IN) || is_sp(x, SP_OUT)) && last == 1 && cur > 0 &&
            i + 1 < ni) {
            size_t j = i + 1;
            if (is_sp(x, SP_OUT)) {
                if (!is_sp(&it[j], SP_OF))
                    break;
                j++;
            }
            nphrase sub;
            size_t u = phrase_items(it + j, ni - j, &sub);
            double num = total + cur;
            if (!u || sub.kind != NK_CARD || sub.v <= 0 || (sub.flags & PH_A))
                break;
            if (!is_sp(x, SP_OVER) && !(num < sub.v))
                break;
            if (is_sp(x, SP_OVER) && j + u < ni && it[j + u].type == IT_WORD)
                break; /* "over 3 years" is no division */
            if (is_sp(x, SP_IN) && num > 10)
                break;
            i = j + u;
            ACCEPT(NK_FRAC, num / sub.v);
            break;
        }
        break;
    }
    (void)have;
#undef ACCEPT
    return best;
}

/* Reads the number phrase starting at token k. Returns 1 and fills *r. */
static int number_phrase(const qctx *c, size_t k, nphrase *r)
{
    item it[MAX_ITEMS];
    size_t ni = gather_items(c, k, it);
    if (ni == 0)
        return 0;
    size_t used = phrase_items(it, ni, r);
    if (used == 0)
        return 0;
    const item *lastit = &it[used - 1];
    r->tok_end = lastit->tok + 1;
    r->byte_end = lastit->e;
    if (lastit->type == IT_NUM && lastit->num_rest) {
        /* an attached range: 10-15, 1.5-2 */
        const char *s = c->t + lastit->e;
        size_t rl = c->v[lastit->tok].end - lastit->e;
        ns_number hi;
        if (rl > 1 && s[0] == '-' && ns_number_parse(s + 1, rl - 1, &hi) &&
            !(hi.flags & (NS_NUM_NEGATIVE | NS_NUM_ORDINAL | NS_NUM_FRACTION))) {
            r->hi = hi.value;
            r->has_hi = 1;
            if (hi.flags & NS_NUM_SCALED) {
                /* "5-7bn": the scale is the high end's and applies to both */
                ns_number core;
                unsigned f;
                size_t cl = ns_number_scan(s + 1, rl - 1, &core);
                double mult = ns_number_scale_suffix(s + 1 + cl, rl - 1 - cl, &f);
                if (mult > 1 && r->scale == 1 && r->v * mult < hi.value * 1.0000001) {
                    r->v *= mult;
                    r->scale = mult;
                }
            }
            r->byte_end = c->v[lastit->tok].end;
        }
    }
    if (used == 1 && it[0].type == IT_WORD && it[0].w.kind == NS_NW_DIGIT && it[0].w.value == 1)
        r->flags |= PH_SINGLE_ONE;
    /* A phrase that ends inside a word token ("three-year") leaves the rest
     * for a suffix; one that ends inside an item cannot happen. */
    return 1;
}

/* ---- context ------------------------------------------------------------- */

static const char *const determiners[] = {"the",  "this", "that",    "which", "each",   "every",
                                          "any",  "no",   "another", "some",  "what",   "whichever",
                                          "last", "next", "only",    "no-",   "little", NULL};
static const char *const after_one_pron[] = {"another", "could", "would",  "should", "can",  "must",
                                             "might",   "may",   "cannot", "will",   "does", "did",
                                             "that",    "who",   "whose",  "which",  NULL};
static const char *const version_words[] = {"version", "v",   "ver",     "release", "build", "no.",
                                            "number",  "ios", "android", "windows", "#",     NULL};
/* Words after which a small plain number names a class, not a count: "type 2
 * diabetes", "a Category 4 hurricane", "a Phase 3 trial", "stage 4 cancer",
 * "Level 3 alert", "Tier 1 capital". */
static const char *const class_words[] = {"type",  "category", "phase", "stage",
                                          "level", "tier",     NULL};
static const char *const score_words[] = {
    "beat",     "beating", "defeat",  "draw",  "drew",      "lead",     "leading",
    "loss",     "lost",    "routed",  "score", "scoreline", "thrashed", "trailed",
    "trailing", "triumph", "victory", "win",   "winning",   "won",
};
static const char *const change_words[] = {
    "boosted", "by",       "climbed", "cut",     "declined", "decrease",  "decreased", "dipped",
    "down",    "dropped",  "eased",   "edged",   "expanded", "fall",      "falling",   "fell",
    "from",    "gained",   "grew",    "hiked",   "increase", "increased", "jumped",    "lower",
    "lowered", "narrowed", "plunged", "raise",   "raised",   "rallied",   "reduced",   "rise",
    "rising",  "rose",     "sank",    "shrank",  "slid",     "slipped",   "soared",    "surged",
    "trimmed", "tumbled",  "up",      "widened",
};

/* Words that never are counted nouns; a counted noun search stops at them. */
static const char *const function_words[] = {
    "a",       "about", "across",  "after",   "again", "ago",     "all",     "also",   "always",
    "an",      "and",   "are",     "as",      "at",    "be",      "been",    "before", "besides",
    "both",    "but",   "by",      "can",     "cent",  "could",   "did",     "do",     "does",
    "down",    "each",  "earlier", "for",     "from",  "had",     "has",     "have",   "he",
    "her",     "here",  "his",     "i",       "if",    "in",      "into",    "is",     "it",
    "its",     "just",  "later",   "less",    "may",   "might",   "minus",   "more",   "must",
    "my",      "news",  "no",      "not",     "now",   "of",      "on",      "only",   "onto",
    "or",      "our",   "out",     "over",    "per",   "percent", "perhaps", "plus",   "said",
    "says",    "she",   "should",  "since",   "so",    "than",    "that",    "the",    "their",
    "then",    "there", "these",   "they",    "this",  "those",   "thus",    "times",  "to",
    "towards", "under", "unless",  "until",   "up",    "us",      "was",     "we",     "were",
    "what",    "when",  "where",   "whereas", "which", "while",   "who",     "will",   "with",
    "would",   "yes",   "you",     "your",
};
static const char *const irregular_plurals[] = {
    "aircraft", "cattle",    "children", "clergy",    "crew",  "deer",  "faithful", "feet",
    "fish",     "geese",     "infantry", "livestock", "men",   "mice",  "militia",  "offspring",
    "people",   "personnel", "police",   "sheep",     "staff", "teeth", "women",    "youth",
};

static const char *const sent_start_ok[] = {
    "about",  "against", "age",     "aged",          "ages",   "all",     "almost",  "although",
    "among",  "and",     "another", "approximately", "around", "barely",  "because", "between",
    "day",    "despite", "during",  "even",          "every",  "exactly", "fewer",   "including",
    "just",   "least",   "like",    "minus",         "month",  "most",    "nearly",  "nor",
    "once",   "only",    "over",    "page",          "pages",  "per",     "plus",    "roughly",
    "since",  "some",    "step",    "still",         "these",  "those",   "though",  "through",
    "total",  "toward",  "towards", "under",         "unlike", "week",    "whether", "while",
    "within", "without", "year",    "yet",
};

static const char *find_mod(const qctx *c, size_t k);

static int is_month(const qctx *c, size_t k)
{
    if (k >= c->n || tl(c, k) < 3 || tl(c, k) > 9 || !strchr("JFMASONDjfmasond", ts(c, k)[0]))
        return 0;
    static const char *const months[] = {
        "january",   "february", "march",    "april",    "may",  "june", "july", "august",
        "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
        "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec",
        "jan.",      "feb.",     "aug.",     "sept.",    "oct.", "nov.", "dec.", NULL};
    return tok_in(c, k, months);
}

/* Whether token k (a number or number word) reads as part of a name: right
 * after a capitalised word mid-sentence ("Boeing 737", "Air Force One"). */
static int name_context(const qctx *c, size_t k)
{
    const ns_token *t = &c->v[k];
    if (t->flags & NS_TF_HEADLINE)
        return 0;
    if (k == 0)
        return 0;
    const ns_token *p = &c->v[k - 1];
    int camel = 0; /* "iPhone 15", "eBay" */
    if (p->kind == NS_TOK_WORD && !(p->flags & NS_TF_UPPER_INITIAL))
        for (size_t i = 1; i < tl(c, k - 1) && !camel; i++)
            camel = ts(c, k - 1)[i] >= 'A' && ts(c, k - 1)[i] <= 'Z';
    if (camel && same_sent(c, k - 1, k))
        return 1;
    if (!same_sent(c, k - 1, k) || !(p->flags & (NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER)) ||
        !(p->flags & NS_TF_HAS_ALPHA))
        return 0;
    /* at the start of a sentence only a word that is no function word or
     * modifier names something: "Apollo 11", not "About 300" */
    if ((p->flags & NS_TF_SENT_START) &&
        (TOK_IN_SORTED(c, k - 1, function_words) || TOK_IN_SORTED(c, k - 1, sent_start_ok) ||
         find_mod(c, k) || p->kind == NS_TOK_ABBREV || tl(c, k - 1) == 1))
        return 0;
    if (p->kind != NS_TOK_WORD && p->kind != NS_TOK_ABBREV)
        return 0;
    if (is_month(c, k - 1))
        return 0;
    if (ns_currency_symbol_find(ts(c, k - 1), tl(c, k - 1)) ||
        (tl(c, k - 1) == 3 && ns_currency_code_find(ts(c, k - 1), 3)))
        return 0;
    return 1;
}

/* A capitalised number word mid-sentence is a name ("Formula One",
 * "Second World War", "First Lady"). */
static int capitalised_word_name(const qctx *c, size_t k)
{
    const ns_token *t = &c->v[k];
    if (t->kind != NS_TOK_WORD || !(t->flags & NS_TF_UPPER_INITIAL) ||
        (t->flags & (NS_TF_SENT_START | NS_TF_HEADLINE)))
        return 0;
    /* after a dateline's dash, a colon or an opening quote the text starts
     * anew: "(Reuters) - Two missiles struck", "He said: Three people" */
    if (k > 0 && (c->v[k - 1].kind == NS_TOK_PUNCT || c->v[k - 1].kind == NS_TOK_SYMBOL) &&
        tok_in(c, k - 1,
               (const char *const[]){"-", "\xe2\x80\x93", "\xe2\x80\x94", ":", "\"", "\xe2\x80\x9c",
                                     NULL}))
        return 0;
    return 1;
}

/* Runs of digit groups joined by - . ( ) / + or single spaces, three groups
 * or more, are phone numbers or identifiers: +1-222-2222, (020) 7946 0958.
 * [a, b) is the quantity's token span, which counts as one group. */
static int joins_digits(const qctx *c, size_t j)
{
    const ns_token *p = &c->v[j];
    if ((p->kind != NS_TOK_PUNCT && p->kind != NS_TOK_SYMBOL) || tl(c, j) != 1)
        return 0;
    switch (ts(c, j)[0]) {
    case '-':
    case '(':
    case ')':
    case '.':
    case '+':
    case '/': return 1;
    default: return 0;
    }
}

static int digit_run(const qctx *c, size_t a, size_t b)
{
    int groups = 1;
    /* "+45 33969650": the number after a country code */
    if (a >= 2 && c->v[a - 1].kind == NS_TOK_NUMBER && tl(c, a - 2) == 1 &&
        ts(c, a - 2)[0] == '+' && adjacent(c, a - 1) &&
        (a == 2 || (c->v[a - 2].flags & NS_TF_SPACE_BEFORE)) && same_sent(c, a - 2, a))
        return 1;
    /* "+44 20 7946 0958", "+358-0-680": an international phone number */
    if (a > 0 && tl(c, a - 1) == 1 && ts(c, a - 1)[0] == '+' && adjacent(c, a) &&
        (a == 1 || (c->v[a - 1].flags & NS_TF_SPACE_BEFORE)) && b < c->n &&
        (c->v[b].kind == NS_TOK_NUMBER || joins_digits(c, b)))
        return 1;
    /* Three groups decide it, and no phone number or identifier spans more
     * than a dozen tokens: both bounds keep a long run of numbers linear. */
    const size_t reach = 12;
    size_t j = a;
    while (j > 0 && a - j < reach && same_sent(c, j - 1, a)) {
        if (c->v[j - 1].kind == NS_TOK_NUMBER && !(c->v[j - 1].flags & NS_TF_HAS_ALPHA)) {
            if (++groups >= 3)
                return 1;
        } else if (!joins_digits(c, j - 1) ||
                   (ts(c, j - 1)[0] != '(' && (c->v[j].flags & NS_TF_SPACE_BEFORE) &&
                    (c->v[j - 1].flags & NS_TF_SPACE_BEFORE))) {
            break;
        }
        j--;
    }
    j = b;
    while (j < c->n && j - b < reach && same_sent(c, j, a)) {
        if (c->v[j].kind == NS_TOK_NUMBER && !(c->v[j].flags & NS_TF_HAS_ALPHA)) {
            if (++groups >= 3)
                return 1;
        } else if (!joins_digits(c, j) ||
                   (j + 1 < c->n && ts(c, j)[0] != ')' && (c->v[j].flags & NS_TF_SPACE_BEFORE) &&
                    (c->v[j + 1].flags & NS_TF_SPACE_BEFORE))) {
            break;
        }
        j++;
    }
    return groups >= 3;
}

/* A list marker at the start of a line: "5. Isolde Kostner", "10= Martina
 * Ertl", "3) Oslo". A rank in a list, not a count. */
static int list_marker(const qctx *c, size_t k)
{
    if (!(k == 0 || (c->v[k].flags & NS_TF_NEWLINE_BEFORE)) || k + 2 >= c->n ||
        c->v[k].kind != NS_TOK_NUMBER || tl(c, k) > 3 || (c->v[k].flags & NS_TF_HAS_ALPHA))
        return 0;
    const ns_token *p = &c->v[k + 1], *w = &c->v[k + 2];
    return adjacent(c, k + 1) && tl(c, k + 1) == 1 && strchr(".)=", ts(c, k + 1)[0]) &&
           (p->kind == NS_TOK_PUNCT || p->kind == NS_TOK_SYMBOL) &&
           (w->flags & NS_TF_UPPER_INITIAL) && (w->flags & NS_TF_HAS_ALPHA) &&
           !(w->flags & NS_TF_NEWLINE_BEFORE);
}

/* A shirt number in a line-up: "; 14 - Justin Swart", "France - 1 -
 * Bernard Lama". The number follows punctuation or a line break and a dash
 * and a capitalised name follow it. */
static int shirt_number(const qctx *c, size_t a, size_t b)
{
    if (b != a + 1 || b + 1 >= c->n || c->v[a].kind != NS_TOK_NUMBER || tl(c, a) > 2 ||
        !tok_is(c, b, "-") || !(c->v[b + 1].flags & NS_TF_UPPER_INITIAL) ||
        c->v[b + 1].kind != NS_TOK_WORD || !same_sent(c, a, b + 1))
        return 0;
    if (a == 0 || (c->v[a].flags & NS_TF_NEWLINE_BEFORE))
        return 1;
    const char *p = ts(c, a - 1);
    return tl(c, a - 1) == 1 && strchr(",;:(-", p[0]) != NULL;
}

/* Whether the word at k makes "a second" before it an ordinal ("a second
 * term", "a second time"): a lower-case word of the sentence that is no word
 * time goes on with ("a second later", "a second or two", "a second ago"). */
static int ordinal_after_a(const qctx *c, size_t k)
{
    static const char *const time_words[] = {
        "a",     "after",  "ago",    "and",  "apart", "at",    "away", "before", "behind", "each",
        "early", "faster", "for",    "in",   "late",  "later", "left", "longer", "more",   "of",
        "or",    "per",    "slower", "than", "the",   "to",    "too",  "when",   "while",
    };
    return k < c->n && same_sent(c, k - 1, k) && c->v[k].kind == NS_TOK_WORD &&
           !(c->v[k].flags & NS_TF_UPPER_INITIAL) && !TOK_IN_SORTED(c, k, time_words);
}

/* Words after which a plain number dials or names a line: "call the helpline
 * 1070", "the emergency line 112", "dial 999". Identifiers, not counts. */
static const char *const phone_words[] = {"dial",     "dialled",   "dialling", "extension", "fax",
                                          "helpline", "hotline",   "line",     "phone",     "tel",
                                          "tel.",     "telephone", NULL};

/* ---- modifiers ------------------------------------------------------------ */

typedef struct modphrase {
    const char *w[3];
    const char *mod;
} modphrase;

static const modphrase mods[] = {
    {{"about", NULL, NULL}, "APPROX"},         {{"around", NULL, NULL}, "APPROX"},
    {{"approximately", NULL, NULL}, "APPROX"}, {{"roughly", NULL, NULL}, "APPROX"},
    {{"some", NULL, NULL}, "APPROX"},          {{"circa", NULL, NULL}, "APPROX"},
    {{"approx.", NULL, NULL}, "APPROX"},       {{"estimated", NULL, NULL}, "APPROX"},
    {{"close", "to", NULL}, "APPROX"},         {{"nearly", NULL, NULL}, "LESS_THAN"},
    {{"almost", NULL, NULL}, "LESS_THAN"},     {{"just", "under", NULL}, "LESS_THAN"},
    {{"less", "than", NULL}, "LESS_THAN"},     {{"fewer", "than", NULL}, "LESS_THAN"},
    {{"lower", "than", NULL}, "LESS_THAN"},    {{"under", NULL, NULL}, "LESS_THAN"},
    {{"below", NULL, NULL}, "LESS_THAN"},      {{"more", "than", NULL}, "MORE_THAN"},
    {{"greater", "than", NULL}, "MORE_THAN"},  {{"higher", "than", NULL}, "MORE_THAN"},
    {{"over", NULL, NULL}, "MORE_THAN"},       {{"above", NULL, NULL}, "MORE_THAN"},
    {{"exceeding", NULL, NULL}, "MORE_THAN"},  {{"in", "excess", "of"}, "MORE_THAN"},
    {{"upwards", "of", NULL}, "MORE_THAN"},    {{"at", "least", NULL}, "AT_LEAST"},
    {{"no", "less", "than"}, "AT_LEAST"},      {{"no", "fewer", "than"}, "AT_LEAST"},
    {{"not", "less", "than"}, "AT_LEAST"},     {{"a", "minimum", "of"}, "AT_LEAST"},
    {{"at", "most", NULL}, "AT_MOST"},         {{"up", "to", NULL}, "AT_MOST"},
    {{"no", "more", "than"}, "AT_MOST"},       {{"not", "more", "than"}, "AT_MOST"},
    {{"as", "many", "as"}, "AT_MOST"},         {{"as", "much", "as"}, "AT_MOST"},
    {{"a", "maximum", "of"}, "AT_MOST"},
};

/* The modifier whose words end right before token k, or NULL. */
static const char *find_mod(const qctx *c, size_t k)
{
    /* the last words of the modifiers, sorted: a quick test first */
    static const char *const last_words[] = {
        "about", "above", "almost",    "approx.",   "approximately", "around", "as",
        "below", "circa", "estimated", "exceeding", "least",         "most",   "nearly",
        "of",    "over",  "roughly",   "some",      "than",          "to",     "under"};
    if (k == 0 || !TOK_IN_SORTED(c, k - 1, last_words))
        return NULL;
    const char *best = NULL;
    size_t bestn = 0;
    for (size_t m = 0; m < sizeof mods / sizeof mods[0]; m++) {
        size_t nw = 0;
        while (nw < 3 && mods[m].w[nw])
            nw++;
        if (k < nw || nw <= bestn)
            continue;
        size_t j = nw;
        for (; j > 0; j--) { /* last word first: most fail at once */
            size_t tk = k - nw + j - 1;
            if (!same_sent(c, tk, k) || !tok_is(c, tk, mods[m].w[j - 1]))
                break;
        }
        if (j == 0) {
            best = mods[m].mod;
            bestn = nw;
        }
    }
    return best;
}

/* ---- quantities ----------------------------------------------------------- */

/* The types, compared by address. */
static const char T_CARDINAL[] = "cardinal", T_ORDINAL[] = "ordinal", T_FRACTION[] = "fraction",
                  T_RANGE[] = "range", T_MONEY[] = "money", T_PERCENT[] = "percent",
                  T_MEASURE[] = "measure";

typedef struct quantity {
    size_t tok_start, tok_end;
    uint32_t b, e;
    const char *type;
    double lo, hi;
    int nnum;
    const char *unit; /* static or arena */
    size_t noun_tok;  /* counted noun token, or SIZE_MAX */
    double scale;     /* the low end's scale, for ranges */
    int kind;         /* NK_* of the number */
    unsigned flags;   /* PH_* */
    float conf;
    uint32_t
        cut; /* where the span ends inside its last token ("12-cent" of "12-cent-a-share"), or 0 */
} quantity;

static void q_init(quantity *q, size_t k, uint32_t b)
{
    memset(q, 0, sizeof *q);
    q->tok_start = k;
    q->b = b;
    q->noun_tok = SIZE_MAX;
    q->scale = 1;
    q->conf = 0.9f;
}

/* The text of tokens [a, b) as a unit key: tokens joined with one space
 * where the text has white space. Returns the key length (0: too long). */
static size_t join_key(const qctx *c, size_t a, size_t b, uint32_t from, char *buf, size_t cap)
{
    size_t n = 0;
    for (size_t j = a; j < b; j++) {
        uint32_t s = j == a ? from : c->v[j].start;
        if (j > a && (c->v[j].flags & NS_TF_SPACE_BEFORE)) {
            if (n + 1 >= cap)
                return 0;
            buf[n++] = ' ';
        }
        size_t l = c->v[j].end - s;
        if (n + l >= cap)
            return 0;
        memcpy(buf + n, c->t + s, l);
        n += l;
    }
    buf[n] = '\0';
    return n;
}

/* A unit written in tokens [k, ...) (from byte `from` of token k, for an
 * attached rest). Longest first; sets *end to the token after it. */
static const ns_unit *unit_at(const qctx *c, size_t k, uint32_t from, int attached, size_t *end,
                              int *trim)
{
    char buf[48];
    *trim = 0;
    if (k >= c->n)
        return NULL;
    size_t m0 = 4;
    {
        /* multi-token units only after a word that starts one */
        uint32_t fs = from > c->v[k].start ? from : c->v[k].start;
        size_t fl = c->v[k].end - fs;
        if (fl == 0 || !ns_unit_has_longer(c->t + fs, fl))
            m0 = 1;
    }
    for (size_t m = m0; m >= 1; m--) {
        if (k + m > c->n || !same_sent(c, k, k + m - 1))
            continue;
        size_t n = join_key(c, k, k + m, from, buf, sizeof buf);
        if (!n)
            continue;
        const ns_unit *u = ns_unit_find(buf, n);
        /* "30°C." at the end of a sentence: the tokenizer keeps "C." whole */
        const ns_token *last = &c->v[k + m - 1];
        int dot = 0;
        if (!u && n > 1 && buf[n - 1] == '.' && last->kind == NS_TOK_ABBREV &&
            (last->flags & NS_TF_SENT_END)) {
            u = ns_unit_find(buf, n - 1);
            dot = 1;
        }
        /* attached letters as written: "5m", "100t" are units, "5G", "4T" not
         * (the temperatures "40C", "98F" are checked by the caller) */
        if (u && u->attached_only && u->kind != NS_UNIT_TEMP && n == 1 && buf[0] != u->key[0])
            u = NULL;
        if (u && (!u->attached_only || (attached && m == 1))) {
            *end = k + m;
            *trim = dot;
            return u;
        }
    }
    return NULL;
}

/* A currency name after an amount: "euros", "Swiss francs", "US dollars".
 * Longest match over up to three words; the last may be plural. */
static const char *currency_name_at(const qctx *c, size_t k, size_t *end)
{
    char buf[48];
    size_t m0 = 3;
    if (k >= c->n)
        return NULL;
    {
        size_t l = tl(c, k);
        if (l + 1 >= sizeof buf)
            return NULL;
        for (size_t i = 0; i < l; i++)
            buf[i] = lc(ts(c, k)[i]);
        buf[l] = ' ';
        if (!ns_currency_name_has_longer(buf, l + 1))
            m0 = 1;
    }
    for (size_t m = m0; m >= 1; m--) {
        if (k + m > c->n || !same_sent(c, k, k + m - 1))
            continue;
        size_t n = 0;
        int ok = 1;
        for (size_t j = k; j < k + m && ok; j++) {
            const ns_token *t = &c->v[j];
            if (t->kind != NS_TOK_WORD && t->kind != NS_TOK_ABBREV)
                ok = 0;
            size_t l = tl(c, j);
            if (n + l + 2 >= sizeof buf)
                ok = 0;
            if (!ok)
                break;
            if (j > k)
                buf[n++] = ' ';
            for (size_t i = 0; i < l; i++)
                buf[n++] = lc(ts(c, j)[i]);
        }
        if (!ok)
            continue;
        buf[n] = '\0';
        const char *code = ns_currency_name_find(buf);
        if (!code && n > 3 && buf[n - 1] == 's') {
            buf[n - 1] = '\0';
            code = ns_currency_name_find(buf);
        }
        if (code) {
            *end = k + m;
            return code;
        }
    }
    return NULL;
}

/* An ISO code token: capitals, or lower case for the common ones. */
static const char *iso_code_tok(const qctx *c, size_t k, int next_to_number)
{
    if (k >= c->n)
        return NULL;
    /* "usd." at the end of a sentence is one abbreviation token */
    int dot = c->v[k].kind == NS_TOK_ABBREV && tl(c, k) == 4 && ts(c, k)[3] == '.' &&
              (c->v[k].flags & NS_TF_SENT_END);
    if ((tl(c, k) != 3 || c->v[k].kind != NS_TOK_WORD) && !dot)
        return NULL;
    const char *s = ts(c, k);
    char up[4] = {0, 0, 0, 0};
    int lower = 0;
    for (int i = 0; i < 3; i++) {
        up[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
        lower |= s[i] >= 'a' && s[i] <= 'z';
    }
    const ns_currency_code *cc = ns_currency_code_find(up, 3);
    if (!cc)
        return NULL;
    if (lower) {
        static const char *const common = "USD EUR GBP JPY CNY CHF CAD AUD NZD HKD INR RUB MXN "
                                          "SEK NOK DKK BRL ZAR KRW SGD TRY UAH RMB";
        if (!strstr(common, up) ||
            (s[0] >= 'A' && s[0] <= 'Z' && !(c->v[k].flags & NS_TF_ALL_UPPER)))
            return NULL;
    }
    (void)next_to_number;
    if (cc->wordlike)
        return NULL;
    return cc->code;
}

/* A currency written before an amount at token k: "$", "US$", "US $",
 * "C $", "HK$", "usd$", "€", "Rs", "USD", "Rs." Returns the code and the
 * token where the amount starts. */
static const char *currency_prefix(const qctx *c, size_t k, size_t *amount)
{
    const ns_token *t = &c->v[k];
    const char *code;
    /* "u.s $", "U.S$" split by the tokenizer at the inner period */
    if (tl(c, k) == 1 && lc(ts(c, k)[0]) == 'u' && k + 3 < c->n && tok_is(c, k + 1, ".") &&
        adjacent(c, k + 1) && tok_is(c, k + 2, "s") && adjacent(c, k + 2)) {
        size_t d = k + 3;
        if (tok_is(c, d, ".") && adjacent(c, d) && d + 1 < c->n)
            d++;
        if (tl(c, d) == 1 && ts(c, d)[0] == '$' && same_sent(c, k, d)) {
            *amount = d + 1;
            return "USD";
        }
    }
    /* MAUD 60, MSEK 100: millions of the currency (the caller scales) */
    if (t->kind == NS_TOK_WORD && tl(c, k) == 4 && ts(c, k)[0] == 'M' &&
        (t->flags & NS_TF_ALL_UPPER) && k + 1 < c->n && c->v[k + 1].kind == NS_TOK_NUMBER &&
        same_sent(c, k, k + 1)) {
        const ns_currency_code *cc = ns_currency_code_find(ts(c, k) + 1, 3);
        if (cc && !cc->wordlike) {
            *amount = k + 1;
            return cc->code;
        }
    }
    /* letters + "$": US$, HK$, usd$, c $ */
    if ((t->kind == NS_TOK_WORD || t->kind == NS_TOK_ABBREV) && k + 1 < c->n && tl(c, k + 1) == 1 &&
        ts(c, k + 1)[0] == '$' && same_sent(c, k, k + 1) && tl(c, k) <= 4) {
        char buf[8];
        size_t n = 0;
        for (size_t i = 0; i < tl(c, k); i++)
            buf[n++] = ts(c, k)[i];
        buf[n++] = '$';
        code = ns_currency_symbol_find(buf, n);
        if (!code && n == 4) {
            char up[3] = {(char)(lc(buf[0]) - 32), (char)(lc(buf[1]) - 32),
                          (char)(lc(buf[2]) - 32)};
            const ns_currency_code *cc = ns_currency_code_find(up, 3);
            code = cc ? cc->code : NULL;
        }
        /* spaced only for "US $", "HK $", "C $" (tokenised text); never "a $" */
        int single = tl(c, k) == 1;
        if (code &&
            (adjacent(c, k + 1) || (!single && tl(c, k) >= 2) ||
             (single && lc(ts(c, k)[0]) == 'c')) &&
            !(single && (lc(ts(c, k)[0]) == 'a' || ts(c, k)[0] == 's') && !adjacent(c, k + 1))) {
            *amount = k + 2;
            return code;
        }
    }
    if (t->kind == NS_TOK_SYMBOL || (t->flags & NS_TF_NON_ASCII)) {
        code = ns_currency_symbol_find(ts(c, k), tl(c, k));
        if (code) {
            *amount = k + 1;
            return code;
        }
    }
    /* a code or "Rs" only right before digits: "USD 200", "Rs 500" */
    if ((t->kind == NS_TOK_WORD || t->kind == NS_TOK_ABBREV) && k + 1 < c->n &&
        c->v[k + 1].kind == NS_TOK_NUMBER && tl(c, k) <= 4) {
        if ((tok_is(c, k, "rs") || tok_is(c, k, "rs.")) && (t->flags & NS_TF_UPPER_INITIAL)) {
            *amount = k + 1;
            return "INR";
        }
        if (tok_is(c, k, "sen") && !(t->flags & (NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER))) {
            *amount = k + 1; /* lower case: "Sen." is a senator, "Sen" a name */
            return "sen";
        }
        if ((code = iso_code_tok(c, k, 1)) != NULL) {
            *amount = k + 1;
            return code;
        }
    }
    return NULL;
}

/* The minor unit of a currency named by token k alone, in its canonical
 * name: "cents" "cent", "pence" "penny", "satoshis" "satoshi", "sen"; NULL
 * if none. Such a word says no currency ("cents" may be American, euro or
 * Canadian), so the amount keeps the number as written with this unit. */
static const char *minor_unit_at(const qctx *c, size_t k)
{
    if (k >= c->n || c->v[k].kind != NS_TOK_WORD)
        return NULL;
    if (tok_in(c, k, (const char *const[]){"cents", "cent", NULL}))
        return "cent";
    if (tok_in(c, k, (const char *const[]){"pence", "penny", "pennies", NULL}))
        return "penny";
    if (c->v[k].flags & NS_TF_UPPER_INITIAL)
        return NULL; /* "Satoshi Higashi", "Amartya Sen" */
    if (tok_in(c, k, (const char *const[]){"satoshi", "satoshis", NULL}))
        return "satoshi";
    if (tok_is(c, k, "sen"))
        return "sen";
    return NULL;
}

/* Whether a money unit is a minor unit ("cent") rather than an ISO code. */
static int is_minor_unit(const char *unit)
{
    return unit && unit[0] >= 'a' && unit[0] <= 'z';
}

/* How many of a minor unit make the major one, or 0 for other units. */
static double minor_per_major(const char *unit)
{
    if (!is_minor_unit(unit))
        return 0;
    return strcmp(unit, "satoshi") == 0 ? 1e8 : 100;
}

/* The currency a word before "cents" names: "US cents", "euro cents",
 * "Canadian cents" ("canadian dollar" is a currency name). */
static const char *cents_currency(const qctx *c, size_t k)
{
    char buf[32];
    size_t l = k < c->n ? tl(c, k) : 0;
    if (l == 0 || l + 8 > sizeof buf ||
        (c->v[k].kind != NS_TOK_WORD && c->v[k].kind != NS_TOK_ABBREV))
        return NULL;
    for (size_t i = 0; i < l; i++)
        buf[i] = lc(ts(c, k)[i]);
    buf[l] = '\0';
    const char *code = ns_currency_name_find(buf);
    if (code)
        return code;
    memcpy(buf + l, " dollar", 8);
    return ns_currency_name_find(buf);
}

/* A currency written after an amount ending at token k (exclusive):
 * names, codes, cents and pence. *div gets 100 for minor units converted to
 * their currency ("50 US cents"); a minor unit alone ("50 cents") comes
 * back as its own name (minor_unit_at). */
static const char *currency_suffix(const qctx *c, size_t k, const nphrase *np, size_t *end,
                                   double *div)
{
    *div = 1;
    if (k >= c->n || !same_sent(c, k - 1, k))
        return NULL;
    const char *minor = minor_unit_at(c, k);
    if (minor) {
        *end = k + 1;
        return minor;
    }
    if (k + 1 < c->n && same_sent(c, k, k + 1) &&
        tok_in(c, k + 1, (const char *const[]){"cents", "cent", NULL})) {
        const char *code = cents_currency(c, k);
        if (code) {
            *end = k + 2;
            *div = 100;
            return code;
        }
    }
    const char *code = iso_code_tok(c, k, 1);
    if (code) {
        *end = k + 1;
        return code;
    }
    /* MUSD, MEUR: millions of the currency */
    if (tl(c, k) == 4 && ts(c, k)[0] == 'M' && (c->v[k].flags & NS_TF_ALL_UPPER)) {
        const ns_currency_code *cc = ns_currency_code_find(ts(c, k) + 1, 3);
        if (cc && !cc->wordlike) {
            *end = k + 1;
            *div = 1e-6;
            return cc->code;
        }
    }
    if ((c->v[k].kind == NS_TOK_SYMBOL || (c->v[k].flags & NS_TF_NON_ASCII)) &&
        !(k + 1 < c->n && adjacent(c, k + 1) && c->v[k + 1].kind == NS_TOK_NUMBER)) {
        code = ns_currency_symbol_find(ts(c, k), tl(c, k));
        if (code) {
            *end = k + 1;
            return code;
        }
    }
    code = currency_name_at(c, k, end);
    if (code && strcmp(code, "GBP") == 0 &&
        tok_in(c, k, (const char *const[]){"pound", "pounds", NULL})) {
        /* pounds are money when large or said to be sterling, else weight */
        if (tok_is(c, *end, "sterling"))
            (*end)++;
        else if (np->scale < 1000 && np->v < 1e5)
            return NULL;
    }
    /* "won" is a verb, except after an amount no subject is counted in:
     * "fell 2.4% to 51,400 won." */
    if (code && strcmp(code, "KRW") == 0 && np->scale < 1000 &&
        !(np->v >= 1000 && tok_is(c, k, "won") &&
          (*end >= c->n || !same_sent(c, k, *end) || c->v[*end].kind == NS_TOK_PUNCT ||
           tok_in(c, *end,
                  (const char *const[]){"a", "apiece", "at", "each", "from", "in", "on", "per",
                                        "to", NULL}))))
        return NULL;
    return code;
}

/* A whole number below 100 in words or digits at token j, ending on a
 * token boundary; 0 if none. */
static double small_amount(const qctx *c, size_t j, size_t *end)
{
    nphrase cp;
    if (j >= c->n || c->in_date[j] || !same_sent(c, j - 1, j) ||
        (c->v[j].flags & NS_TF_NEWLINE_BEFORE) || !number_phrase(c, j, &cp) || cp.kind != NK_CARD ||
        cp.has_hi || cp.v < 1 || cp.v >= 100 || cp.v != floor(cp.v) ||
        cp.byte_end != c->v[cp.tok_end - 1].end)
        return 0;
    *end = cp.tok_end;
    return cp.v;
}

/* Whether token k ends the words of an amount: the end of the sentence or
 * punctuation. */
static int amount_ends(const qctx *c, size_t k)
{
    return k >= c->n || !same_sent(c, k - 1, k) || c->v[k].kind == NS_TOK_PUNCT;
}

/* The minor units after a whole amount of currency `code` that ends before
 * token *end: "50 cents", "and forty-five cents", "and five mao five", or a
 * bare "50" that ends the phrase ("15 dollars 50", "one dollar and one").
 * with_and: the amount was a symbol and a number ("$100 and fifty"), where
 * only "and" can join the minor part. Returns the value to add in major
 * units and moves *end past it; 0 (and *end unchanged) when there is none.
 * start: the amount's first token. */
static double minor_part(const qctx *c, size_t start, const char *code, int with_and, size_t *end)
{
    static const char *const cents[] = {"cents", "cent", NULL};
    static const char *const pence[] = {"pence", "penny", "p", NULL};
    static const char *const mao[] = {"mao", "jiao", NULL};
    size_t j = *end, e;
    int and = tok_is(c, j, "and");
    /* "between $5 and 7" is a range */
    if (and&&start > 0 && tok_is(c, start - 1, "between"))
        return 0;
    if (and)
        j++;
    else if (with_and)
        return 0;
    double v = small_amount(c, j, &e);
    if (v == 0)
        return 0;
    int cny = strcmp(code, "CNY") == 0;
    if (tok_in(c, e, strcmp(code, "GBP") == 0 ? pence : cents) && same_sent(c, j, e)) {
        *end = e + 1;
        return v / 100;
    }
    if (cny && v < 10 && tok_in(c, e, mao) && same_sent(c, j, e)) {
        /* "one kuai and five mao five": jiao, then fen */
        double add = v / 10, f;
        size_t e2;
        *end = e + 1;
        if ((f = small_amount(c, e + 1, &e2)) != 0 && f < 10) {
            if (tok_is(c, e2, "fen") && same_sent(c, e, e2)) {
                *end = e2 + 1;
                add += f / 100;
            } else if (amount_ends(c, e2)) {
                *end = e2;
                add += f / 100;
            }
        }
        return add;
    }
    /* a bare number: only where nothing it could count follows ("one dollar
     * and one and one point of credit" is a dollar and a cent) */
    if (amount_ends(c, e) || (and&&tok_is(c, e, "and") && c->v[j].kind == NS_TOK_WORD) ||
        (!and&&c->v[j].kind == NS_TOK_NUMBER && same_sent(c, j, e) &&
         tok_in(c, e, (const char *const[]){"more", "less", "extra", NULL}) &&
         !tok_is(c, e + 1, "than"))) {
        /* "15 USD 50 more": what follows counts nothing */
        *end = e;
        return cny ? v / (v < 10 ? 10 : 100) : v / 100;
    }
    return 0;
}

static int plural_like(const char *s, size_t n)
{
    if (n < 3 || s[n - 1] != 's')
        return 0;
    if (s[n - 2] == 's' || s[n - 2] == 'u' || s[n - 2] == 'i' || s[n - 2] == '\'')
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (i == 0 && s[i] >= 'A' && s[i] <= 'Z') ||
              (s[i] == '-' && i > 0)))
            return 0;
    return 1;
}

/* The counted noun after a cardinal ending before token k: the first
 * plural-looking word among the next three, stopping at function words. */
static size_t counted_noun(const qctx *c, size_t k)
{
    for (size_t j = k; j < k + 3 && j < c->n; j++) {
        const ns_token *t = &c->v[j];
        if (!same_sent(c, j, k - 1) || t->kind != NS_TOK_WORD)
            return SIZE_MAX;
        if ((t->flags & NS_TF_ALL_UPPER) && !(t->flags & NS_TF_HEADLINE) && tl(c, j) > 1)
            continue; /* "3 US soldiers" */
        if (TOK_IN_SORTED(c, j, function_words))
            return SIZE_MAX;
        if (TOK_IN_SORTED(c, j, irregular_plurals))
            return j;
        if (plural_like(ts(c, j), tl(c, j))) {
            /* capitalised: "12 Palestinians", "40 Democrats", not "66 Goydos" */
            const char *w = ts(c, j);
            size_t n = tl(c, j);
            if ((t->flags & NS_TF_UPPER_INITIAL) && !(t->flags & NS_TF_HEADLINE) &&
                !(n > 3 && (w[n - 2] == 'n' || w[n - 2] == 't' || w[n - 2] == 'r')))
                return SIZE_MAX;
            return j;
        }
    }
    return SIZE_MAX;
}

/* A unit of time after a number: the number belongs to a duration. */
static int time_unit_at(const qctx *c, size_t k)
{
    static const char *const units[] = {"centuries", "century",   "day",        "days",    "decade",
                                        "decades",   "fortnight", "fortnights", "hour",    "hours",
                                        "millennia", "minute",    "minutes",    "month",   "months",
                                        "night",     "nights",    "second",     "seconds", "week",
                                        "weekend",   "weekends",  "weeks",      "year",    "years"};
    return k < c->n && same_sent(c, k - 1, k) && TOK_IN_SORTED(c, k, units);
}

/* "per hour", "/ms", "/h" after a unit: the denominator of a rate; also a
 * written-out area or volume ("litres per square metre", "tonnes per
 * hectare", "grams per litre"), which rainfall, yields and densities are
 * given in. A mass or length after "per" stays out ("37.8 micrograms per
 * gram", as the Recognizers-Text dimension cases read it). */
static const char *per_unit(const qctx *c, size_t k, size_t *end)
{
    static const struct {
        const char *w, *name;
    } dens[] = {{"hour", "hour"},      {"hr", "hour"},    {"h", "hour"},
                {"second", "second"},  {"sec", "second"}, {"s", "second"},
                {"minute", "minute"},  {"min", "minute"}, {"millisecond", "millisecond"},
                {"ms", "millisecond"}, {"day", "day"},    {"d", "day"},
                {"year", "year"},      {"yr", "year"},    {"week", "week"}};
    if (k + 1 >= c->n || !same_sent(c, k - 1, k + 1))
        return NULL;
    int slash = tl(c, k) == 1 && ts(c, k)[0] == '/' && adjacent(c, k) && adjacent(c, k + 1);
    if (!slash && !tok_is(c, k, "per"))
        return NULL;
    for (size_t i = 0; i < sizeof dens / sizeof dens[0]; i++) {
        if (!slash && strlen(dens[i].w) < 3)
            continue;
        if (tok_is(c, k + 1, dens[i].w)) {
            *end = k + 2;
            return dens[i].name;
        }
    }
    size_t e;
    int trim;
    const ns_unit *u = slash ? NULL : unit_at(c, k + 1, c->v[k + 1].start, 0, &e, &trim);
    if (u && !trim && !u->attached_only && (u->kind == NS_UNIT_AREA || u->kind == NS_UNIT_VOLUME)) {
        *end = e;
        return u->name;
    }
    return NULL;
}

/* Age: "N years old", "N-year-old", "N years of age", "N yo", "N months old". */
static const char *age_suffix(const qctx *c, size_t k, uint32_t rest, size_t *end)
{
    static const char *const units[] = {"year",  "years", "month", "months", "week",
                                        "weeks", "day",   "days",  NULL};
    static const char *const names[] = {"year", "year", "month", "month",
                                        "week", "week", "day",   "day"};
    /* attached: -year-old, -year-olds */
    if (rest) {
        const char *s = c->t + rest;
        size_t n = c->v[k - 1].end - rest;
        if (n > 1 && s[0] == '-') {
            for (int u = 0; units[u]; u++) {
                size_t ul = strlen(units[u]);
                if (n >= 1 + ul + 4 && eqi(s + 1, ul, units[u]) && s[1 + ul] == '-' &&
                    (eqi(s + 2 + ul, n - 2 - ul, "old") || eqi(s + 2 + ul, n - 2 - ul, "olds"))) {
                    *end = k;
                    return names[u];
                }
            }
            /* "25-year" "-old": the tokenizer may split "old" off */
            for (int u = 0; units[u]; u++)
                if (eqi(s + 1, n - 1, units[u]) && k < c->n && tok_is(c, k, "-") &&
                    adjacent(c, k) && (tok_is(c, k + 1, "old") || tok_is(c, k + 1, "olds"))) {
                    *end = k + 2;
                    return names[u];
                }
        }
        return NULL;
    }
    if (k >= c->n)
        return NULL;
    if (tok_is(c, k, "yo") || tok_is(c, k, "y/o")) {
        *end = k + 1;
        return "year";
    }
    for (int u = 0; units[u]; u++) {
        if (!tok_is(c, k, units[u]))
            continue;
        if (tok_is(c, k + 1, "old") && same_sent(c, k, k + 1)) {
            *end = k + 2;
            return names[u];
        }
        if (tok_is(c, k + 1, "of") && tok_is(c, k + 2, "age")) {
            *end = k + 3;
            return names[u];
        }
        /* "25 - year - old" (spec tokenisation) */
        if (tok_is(c, k + 1, "-") && tok_is(c, k + 2, "old")) {
            *end = k + 3;
            return names[u];
        }
    }
    return NULL;
}

static int is_percent_sign(const qctx *c, size_t k)
{
    return k < c->n && tl(c, k) == 1 && ts(c, k)[0] == '%';
}

/* Percent after an amount: %, percent, per cent, pct, percentage points. */
static const char *percent_suffix(const qctx *c, size_t k, size_t *end)
{
    if (k >= c->n || !same_sent(c, k - 1, k))
        return NULL;
    if (is_percent_sign(c, k)) {
        *end = k + 1;
        return "percent";
    }
    size_t j = k;
    if (tok_in(c, k, (const char *const[]){"percent", "percents", "pct", NULL}))
        j = k + 1;
    else if (tok_is(c, k, "per") && tok_is(c, k + 1, "cent"))
        j = k + 2;
    else if (tok_is(c, k, "percentage")) {
        if (tok_is(c, k + 1, "points") || tok_is(c, k + 1, "point")) {
            *end = k + 2;
            return "percentage point";
        }
        *end = k + 1;
        return "percent";
    } else
        return NULL;
    *end = j;
    return "percent";
}

/* Whether another length is written within a few tokens after token k in
 * its sentence ("1m is equal to 10 dm", "2m by 30cm"), and token k is no
 * noun the number could count: then a bare "1m" is a metre, not a million. */
static int length_near(const qctx *c, size_t k)
{
    if (k >= c->n || counted_noun(c, k) != SIZE_MAX)
        return 0;
    for (size_t j = k; j < k + 6 && j < c->n && same_sent(c, k, j); j++) {
        const char *s = ts(c, j);
        size_t n = tl(c, j);
        if (c->v[j].kind == NS_TOK_NUMBER) {
            ns_number num;
            size_t r = ns_number_scan(s, n, &num);
            s += r;
            n -= r;
        } else if (c->v[j].kind != NS_TOK_WORD || j == k) {
            continue;
        }
        const ns_unit *u = n ? ns_unit_find(s, n) : NULL;
        if (u && u->kind == NS_UNIT_LENGTH && !u->attached_only) /* not another "2m" */
            return 1;
    }
    return 0;
}

/* The canonical name of unit u after value v: a lower-case "mb" at an
 * air pressure (870-1085) is millibars, else megabytes. */
static const char *unit_name(const ns_unit *u, double v)
{
    if (strcmp(u->key, "mb") == 0 && v >= 870 && v <= 1085)
        return "millibar";
    return u->name;
}

/* A minus sign written apart from its number, after a word that a
 * temperature can follow: "convert - 20 degrees", "fell to - 5C". Only a
 * temperature may follow it (checked by the caller): elsewhere a spaced
 * dash is punctuation. */
static int spaced_minus(const qctx *c, size_t k)
{
    static const char *const before[] = {"convert", "converts", "to",      "from", "at",
                                         "is",      "was",      "were",    "of",   "reached",
                                         "hit",     "be",       "hitting", NULL};
    return k > 0 && k + 1 < c->n && c->v[k].kind == NS_TOK_PUNCT && tl(c, k) == 1 &&
           ts(c, k)[0] == '-' && (c->v[k].flags & NS_TF_SPACE_BEFORE) &&
           (c->v[k + 1].flags & NS_TF_SPACE_BEFORE) && c->v[k + 1].kind == NS_TOK_NUMBER &&
           same_sent(c, k - 1, k + 1) && tok_in(c, k - 1, before);
}

/* Whether token k, right after a number, may be its unit, currency,
 * percent, age or span of time: not when it is another number, or a word
 * whose first three letters start none of those words. */
static int suffix_possible(const qctx *c, size_t k)
{
    if (k >= c->n)
        return 0;
    if (c->v[k].kind == NS_TOK_NUMBER)
        return 0;
    if (c->v[k].kind == NS_TOK_PUNCT && tl(c, k) == 1 && !strchr("\"([{<-/", ts(c, k)[0]))
        return 0; /* "72," "(6)" */
    if (c->v[k].kind != NS_TOK_WORD)
        return 1;
    int t = trigram(ts(c, k), tl(c, k));
    return t < 0 || bit_has(c->qs->suf, t);
}

/* Reads the quantity whose number starts at token k (after any currency
 * prefix handled by the caller). Returns 1 and fills *q. */
static int quantity_at(qctx *c, size_t k, quantity *q, const char *prefix_code, size_t prefix_tok)
{
    nphrase np;
    int neg = 0, spaced = 0;
    size_t nk = k;
    /* signs: "-4" (attached), "minus 5", "negative one" */
    if (tok_is(c, k, "minus") || tok_is(c, k, "negative")) {
        neg = 1;
        nk = k + 1;
    } else if (c->v[k].kind == NS_TOK_PUNCT && tl(c, k) == 1 &&
               (ts(c, k)[0] == '-' || ts(c, k)[0] == '+') && k + 1 < c->n &&
               c->v[k + 1].kind == NS_TOK_NUMBER &&
               (adjacent(c, k + 1) || (c->v[k].flags & NS_TF_SENT_START)) &&
               (k == 0 || (c->v[k].flags & NS_TF_SPACE_BEFORE) ||
                c->v[k - 1].kind == NS_TOK_PUNCT)) {
        neg = ts(c, k)[0] == '-';
        nk = k + 1;
    } else if (spaced_minus(c, k)) {
        neg = spaced = 1;
        nk = k + 1;
    }
    if (nk >= c->n || !number_phrase(c, nk, &np))
        return 0;
    if (neg && nk == k + 1 && c->v[k].kind != NS_TOK_PUNCT && !(np.flags & PH_WORDS) &&
        !(np.flags & PH_DIGITS))
        return 0;
    q_init(q, prefix_code ? prefix_tok : k, prefix_code ? c->v[prefix_tok].start : c->v[k].start);
    q->lo = neg ? -np.v : np.v;
    q->nnum = 1;
    q->scale = np.scale;
    q->kind = np.kind;
    q->flags = np.flags;
    q->type = np.kind == NK_ORD ? T_ORDINAL : np.kind == NK_FRAC ? T_FRACTION : T_CARDINAL;
    size_t end = np.tok_end;
    uint32_t rest = np.byte_end < c->v[end - 1].end ? np.byte_end : 0;
    if (np.has_hi) {
        q->hi = np.hi;
        q->nnum = 2;
        q->type = T_RANGE;
        rest = 0;
    }
    double div = 1;
    int trim = 0; /* drop a sentence period glued to the last token */
    const char *code = prefix_code;
    size_t e2;
    if (code) {
        if (rest)
            return 0;
        if (np.kind == NK_ORD)
            return 0;
        q->type = q->nnum == 2 ? T_RANGE : T_MONEY;
        q->unit = code;
        if (prefix_tok + 1 == k && tl(c, prefix_tok) == 4 && ts(c, prefix_tok)[0] == 'M' &&
            c->v[prefix_tok].kind == NS_TOK_WORD) { /* MAUD 60: millions */
            q->lo *= 1e6;
            q->hi *= 1e6;
            np.scale = 1e6;
        }
        /* a code or name repeated after: "$5 billion USD" */
        size_t e3;
        double d2;
        const char *c2 = currency_suffix(c, end, &np, &e3, &d2);
        if (c2 && d2 == 1 && strcmp(c2, code) == 0 && c->v[end].kind != NS_TOK_SYMBOL &&
            (c->v[end].flags & NS_TF_ALL_UPPER))
            end = e3;
        else if (np.v == floor(np.v) && np.scale == 1 && q->nnum == 1 && tok_is(c, end, "and"))
            q->lo += minor_part(c, q->tok_start, code, 1, &end); /* "$100 and fifty cents" */
        goto done;
    }
    if (rest) {
        /* attached: 10km, 40C, 115USD, 100元, 6-foot, 25-year-old, 50p, 1.8m */
        const char *s = c->t + rest;
        size_t rl = c->v[end - 1].end - rest;
        const char *age;
        if ((age = age_suffix(c, end, rest, &e2)) != NULL) {
            q->type = T_MEASURE;
            q->unit = age;
            end = e2;
            goto done;
        }
        if (np.kind == NK_CARD && (eqi(s, rl, "pc") || eqi(s, rl, "pct"))) {
            q->type = T_PERCENT; /* "5pc", British newspaper style */
            q->unit = "percent";
            goto done;
        }
        size_t off = (s[0] == '-' && rl > 1) ? 1 : 0;
        if (off && np.kind != NK_CARD)
            return 0;
        if (np.kind == NK_ORD)
            return 0;
        const char *cc = NULL;
        if (off && np.kind == NK_CARD && !(q->flags & PH_WORDS)) {
            /* "a 12-cent-a-share dividend", "a 50-cent-an-hour raise": the
             * amount ends before the rate */
            size_t h = 1;
            while (h < rl && s[h] != '-')
                h++;
            const char *r = s + h;
            size_t left = rl - h;
            if (h < rl && (eqi(s + 1, h - 1, "cent") || eqi(s + 1, h - 1, "penny")) &&
                ((left > 3 && (r[1] == 'a' || r[1] == 'A') && r[2] == '-') ||
                 (left > 4 && eqi(r + 1, 3, "an-")) || (left > 5 && eqi(r + 1, 4, "per-")))) {
                q->type = T_MONEY;
                q->unit = lc(s[1]) == 'c' ? "cent" : "penny";
                q->cut = rest + (uint32_t)h;
                goto done;
            }
        }
        if (rl - off == 3) {
            char up[3] = {(char)(lc(s[off]) - 32), (char)(lc(s[off + 1]) - 32),
                          (char)(lc(s[off + 2]) - 32)};
            const ns_currency_code *e = ns_currency_code_find(up, 3);
            if (e && !off)
                cc = e->code;
        }
        if (!cc)
            cc = ns_currency_symbol_find(s + off, rl - off);
        if (!cc && off) {
            char key[32];
            if (rl - off < sizeof key) {
                for (size_t i = 0; i < rl - off; i++)
                    key[i] = lc(s[off + i]);
                key[rl - off] = '\0';
                cc = ns_currency_name_find(key);
                if (!cc && eqi(s + off, rl - off, "cent"))
                    cc = "cent"; /* "a 12-cent rise" */
            }
        }
        if (!cc && !off && rl == 1 && s[0] == 'p' && (np.flags & PH_DIGITS))
            cc = "penny"; /* "50p" */
        if (cc) {
            q->type = T_MONEY;
            q->unit = cc;
            goto done;
        }
        const ns_unit *u = unit_at(c, end - 1, rest + (uint32_t)off, 1, &e2, &trim);
        if (u) {
            end = e2;
            /* "40C" and "13F": only as temperatures at plausible values and
             * not before a noun ("13F filing", "777F") */
            if (u->kind == NS_UNIT_TEMP && rl == 1) {
                /* "40C" yes; "11c" is cents, "13F filing" and "777F" are names */
                static const char *const after_temp[] = {
                    "in", "on",    "at",        "and",     "or",    "with", "by", "as",
                    "to", "today", "yesterday", "degrees", "while", "but",  NULL};
                if (s[0] == 'c' || s[0] == 'f')
                    return 0;
                if (end < c->n && same_sent(c, end - 1, end) &&
                    !(c->v[end].kind == NS_TOK_PUNCT && !tok_is(c, end, "/")) &&
                    !tok_in(c, end, after_temp) &&
                    (s[0] == 'F' || (c->v[end].flags & NS_TF_UPPER_INITIAL) ||
                     c->v[end].kind != NS_TOK_WORD))
                    return 0; /* "1.5C rise" is fine, "13F filing" is not */
                if (q->lo > 60 && s[0] == 'C')
                    return 0;
            }
            q->type = T_MEASURE;
            q->unit = unit_name(u, q->lo);
            goto done;
        }
        /* 5m: read as million above; metres before "tall", "high", ... */
        return 0;
    }
    if (np.flags & PH_SCALE_M) {
        static const char *const metre_ctx[] = {
            "tall",   "high",  "long",        "deep",      "wide",    "away",
            "sprint", "race",  "final",       "freestyle", "hurdles", "below",
            "above",  "under", "underground", "metres",    "meters",  NULL};
        if (tok_in(c, end, metre_ctx) || (end >= c->n) || length_near(c, end)) {
            q->lo = neg ? -np.v / 1e6 : np.v / 1e6;
            q->type = T_MEASURE;
            q->unit = "metre";
            goto done;
        }
    }
    /* words after the number */
    if (!suffix_possible(c, end))
        goto noun;
    const char *pct = percent_suffix(c, end, &e2);
    if (pct && np.kind != NK_ORD) {
        q->type = T_PERCENT;
        q->unit = pct;
        end = e2;
        goto done;
    }
    if (np.kind == NK_ORD)
        goto done;
    const char *age = age_suffix(c, end, 0, &e2);
    if (age) {
        q->type = T_MEASURE;
        q->unit = age;
        end = e2;
        goto done;
    }
    code = currency_suffix(c, end, &np, &e2, &div);
    if (code) {
        q->type = T_MONEY;
        q->unit = code;
        end = e2;
        if (is_minor_unit(code))
            goto done;
        /* "75 USD million" */
        ns_numword sw;
        if (np.scale == 1 && end < c->n && c->v[end].kind == NS_TOK_WORD &&
            ns_number_word(ts(c, end), tl(c, end), &sw) == NS_NW_SCALE &&
            same_sent(c, end - 1, end)) {
            q->lo *= sw.value;
            end++;
        }
        /* 3 dollars 50 cents, thirteen dollars and forty-five cents */
        if (div == 1 && np.v == floor(np.v) && q->nnum == 1)
            q->lo += minor_part(c, q->tok_start, code, 0, &end);
        goto done;
    }
    /* units in brackets: "20 (kg)", "20 [kg]" */
    if (end + 2 < c->n && tl(c, end) == 1 && strchr("([{<", ts(c, end)[0]) &&
        same_sent(c, end - 1, end)) {
        size_t e5;
        int trim2;
        const ns_unit *bu = unit_at(c, end + 1, c->v[end + 1].start, 0, &e5, &trim2);
        static const char open_b[] = "([{<", close_b[] = ")]}>";
        char want = close_b[strchr(open_b, ts(c, end)[0]) - open_b];
        if (bu && e5 < c->n && tl(c, e5) == 1 && ts(c, e5)[0] == want && adjacent(c, e5) &&
            adjacent(c, end + 1)) {
            q->type = T_MEASURE;
            q->unit = bu->name;
            end = e5 + 1;
            goto done;
        }
    }
    /* the inch mark: ″ always, a straight quote only before a dimension
     * ("a 10" long pen", "a 55" screen"), where it cannot close a quote */
    if (end < c->n && same_sent(c, end - 1, end) &&
        (tok_is(c, end, "\xe2\x80\xb3") ||
         (tok_is(c, end, "\"") &&
          tok_in(c, end + 1,
                 (const char *const[]){"long", "wide", "tall", "high", "deep", "thick", "across",
                                       "diameter", "diagonal", "x", "by", "screen", "display",
                                       "monitor", "tv", NULL})))) {
        q->type = T_MEASURE;
        q->unit = "inch";
        end++;
        goto done;
    }
    /* a spaced "m" is metres only where nothing else can follow: "1 m x 1 m" */
    if (end < c->n && tl(c, end) == 1 && ts(c, end)[0] == 'm' && same_sent(c, end - 1, end) &&
        (end + 1 >= c->n || !same_sent(c, end, end + 1) || c->v[end + 1].kind == NS_TOK_NUMBER ||
         c->v[end + 1].kind == NS_TOK_PUNCT ||
         tok_in(c, end + 1,
                (const char *const[]){"x", "by", "long", "tall", "high", "wide", "deep", NULL}))) {
        q->type = T_MEASURE;
        q->unit = "metre";
        end++;
        goto done;
    }
    /* a spaced capital "F" or "C" closing a clause: "50 degrees Celsius (122 F)",
     * "highs of 35 C." */
    /* Also before its conversion in brackets: "34 C (93 F)". */
    if (end < c->n && tl(c, end) == 1 && (ts(c, end)[0] == 'F' || ts(c, end)[0] == 'C') &&
        same_sent(c, end - 1, end) && (np.flags & PH_DIGITS) && !neg && q->nnum == 1 &&
        q->lo <= (ts(c, end)[0] == 'F' ? 140 : 60) &&
        (end + 1 >= c->n || !same_sent(c, end, end + 1) ||
         tok_in(c, end + 1, (const char *const[]){")", ",", ".", ";", NULL}) ||
         (tok_is(c, end + 1, "(") && end + 3 < c->n && c->v[end + 2].kind == NS_TOK_NUMBER &&
          tl(c, end + 3) == 1 && (ts(c, end + 3)[0] == 'F' || ts(c, end + 3)[0] == 'C') &&
          ts(c, end + 3)[0] != ts(c, end)[0]))) {
        q->type = T_MEASURE;
        q->unit = ts(c, end)[0] == 'F' ? "degree Fahrenheit" : "degree Celsius";
        end++;
        goto done;
    }
    const ns_unit *u = unit_at(c, end, c->v[end < c->n ? end : 0].start, 0, &e2, &trim);
    if (u && end < c->n && same_sent(c, end - 1, end)) {
        int ok = 1;
        if (u->kind == NS_UNIT_LENGTH && tok_is(c, end, "in"))
            ok = 0;
        if (ok) {
            q->type = T_MEASURE;
            q->unit = unit_name(u, q->lo);
            end = e2;
            /* speeds: "188 miles an hour" */
            if (u->kind == NS_UNIT_LENGTH &&
                (tok_is(c, end, "an") || tok_is(c, end, "a") || tok_is(c, end, "per")) &&
                tok_is(c, end + 1, "hour")) {
                if (strcmp(u->name, "mile") == 0) {
                    q->unit = "mile per hour";
                    end += 2;
                } else if (strcmp(u->name, "kilometre") == 0) {
                    q->unit = "kilometre per hour";
                    end += 2;
                }
            }
            /* rates: "50 km/ms", "2 million barrels per day" */
            const char *den;
            size_t e6;
            if (!strstr(q->unit, " per ") && (den = per_unit(c, end, &e6)) != NULL) {
                const char *r = ns_arena_printf(&c->doc->arena, "%s per %s", q->unit, den);
                if (r) {
                    q->unit = r;
                    end = e6;
                }
            }
            /* 5 feet 2 inches, 5 ft 2 in */
            if (strcmp(u->name, "foot") == 0) {
                size_t j = end;
                if (tok_is(c, j, "and"))
                    j++;
                nphrase ip;
                size_t e4;
                if (j < c->n && c->v[j].kind == NS_TOK_NUMBER && number_phrase(c, j, &ip) &&
                    ip.kind == NK_CARD && ip.v < 12 && ip.byte_end == c->v[ip.tok_end - 1].end &&
                    (tok_in(c, ip.tok_end, (const char *const[]){"inches", "inch", "in", NULL}))) {
                    e4 = ip.tok_end + 1;
                    q->lo += ip.v / 12;
                    end = e4;
                }
            }
            goto done;
        }
    }
    /* "three months", "90 days": a duration, which is the DATE stage's */
    if (np.kind == NK_CARD && time_unit_at(c, end))
        return 0;
noun:
    /* a cardinal: look for the counted noun */
    if (np.kind == NK_CARD && !neg) {
        size_t nt = counted_noun(c, end);
        if (nt != SIZE_MAX)
            q->noun_tok = nt;
    }
done:
    if (spaced && !(q->unit && q->type == T_MEASURE && strncmp(q->unit, "degree", 6) == 0))
        return 0;
    if (q->nnum == 2)
        q->type = T_RANGE; /* "10-15%", "$5-7bn": the unit stays, the type is range */
    /* minor units and millions of a currency ("50 cents", "30 MUSD") */
    if (div != 1 && q->unit && strlen(q->unit) == 3 && ns_currency_code_find(q->unit, 3)) {
        q->lo /= div;
        q->hi /= div;
    }
    q->tok_end = end;
    q->e = q->cut ? q->cut : c->v[end - 1].end;
    if (trim && q->unit && q->type == T_MEASURE)
        q->e--;
    if (c->v[end - 1].kind == NS_TOK_ABBREV && c->t[q->e - 1] == '.' && q->type == T_MONEY &&
        (c->v[end - 1].flags & NS_TF_SENT_END))
        q->e--; /* "20 usd." */
    return 1;
}

/* A cheap look ahead before reading an age inside a DATE span: "old",
 * "olds" or "age" within four tokens, or a token ending in "-old(s)". */
static int age_ahead(const qctx *c, size_t k)
{
    for (size_t j = k; j < k + 5 && j < c->n; j++) {
        const char *s = ts(c, j);
        size_t n = tl(c, j);
        if ((n >= 3 && eqi(s + n - 3, 3, "old")) || (n >= 4 && eqi(s + n - 4, 4, "olds")) ||
            eqi(s, n, "age"))
            return 1;
    }
    return 0;
}

static int is_age_unit(const char *u)
{
    return u && (strcmp(u, "year") == 0 || strcmp(u, "month") == 0 || strcmp(u, "week") == 0 ||
                 strcmp(u, "day") == 0);
}

/* v rounded to 15 significant digits: "525.8 million" is 525.8 * 1e6,
 * which a double holds as 525799999.99999994; the text meant 525800000. */
static double tidy(double v)
{
    if (!isfinite(v) || v == floor(v))
        return v;
    int e = (int)floor(log10(fabs(v)));
    if (e > 14 || e < -8)
        return v; /* 10^(14-e) must stay an exact double */
    double p = pow(10.0, 14 - e);
    return round(v * p) / p;
}

/* The value as text, as "%.15g" writes it; integers and decimals with up
 * to 15 significant digits (nearly all values) without printf. */
static const char *value_string(ns_arena *a, double v)
{
    static const double p10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    double m = fabs(v);
    int d = 0; /* decimals */
    while (d < 15 && m * p10[d] < 1e15 && round(m * p10[d]) / p10[d] != m)
        d++;
    if (!(m < 1e15) || m * p10[d] >= 1e15 || floor(m * p10[d]) / p10[d] != m ||
        (m != 0 && m < 1e-4)) {
        /* "%g" writes these with an exponent, and with the host's radix
         * character: a process in a comma-decimal locale would get "1,5e+20" */
        char *r = ns_arena_printf(a, "%.15g", v);
        for (char *c = r; c && *c; c++)
            if (!(*c >= '0' && *c <= '9') && *c != 'e' && *c != '-' && *c != '+' && *c != 'i' &&
                *c != 'n' && *c != 'f' && *c != 'a')
                *c = '.';
        return r;
    }
    uint64_t u = (uint64_t)round(m * p10[d]);
    char tmp[32];
    int n = 0;
    for (int i = 0; i < d; i++) {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    }
    if (d)
        tmp[n++] = '.';
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    int neg = v < 0;
    char *s = ns_arena_alloc(a, (size_t)n + (size_t)neg + 1);
    if (!s)
        return NULL;
    size_t k = 0;
    if (neg)
        s[k++] = '-';
    while (n)
        s[k++] = tmp[--n];
    s[k] = '\0';
    return s;
}

static int emit(qctx *c, const quantity *q, const char *mod)
{
    newsent_entity e;
    memset(&e, 0, sizeof e);
    e.byte_start = q->b;
    e.byte_end = q->e;
    e.tok_start = (uint32_t)q->tok_start;
    e.tok_end = (uint32_t)q->tok_end;
    e.label = NEWSENT_LABEL_QUANTITY;
    e.type = q->type;
    e.num[0] = tidy(q->lo);
    e.num[1] = q->nnum == 2 ? tidy(q->hi) : 0;
    e.nnum = q->nnum;
    e.unit = q->unit;
    e.mod = mod;
    e.confidence = q->conf;
    if (q->noun_tok != SIZE_MAX) {
        e.unit = ns_arena_strndup(&c->doc->arena, ts(c, q->noun_tok), tl(c, q->noun_tok));
        if (!e.unit)
            return NEWSENT_ENOMEM;
    }
    e.value = value_string(&c->doc->arena, e.num[0]);
    if (!e.value)
        return NEWSENT_ENOMEM;
    if (!ns_doc_add_entity(c->doc, &e))
        return c->doc->nents >= NEWSENT_MAX_ENTITIES ? NEWSENT_ELIMIT : NEWSENT_ENOMEM;
    return NEWSENT_OK;
}

/* A comma-separated list of whole numbers written as one token, whose
 * groups are no thousands ("nrs. 22,24,26,31"): each group is a number of
 * its own. Emits them and returns 1; 0 (nothing emitted) when the token is
 * no such list. Three groups at least, so that "1,5" stays a decimal, and
 * no group with a leading zero (an identifier). */
static int number_list(qctx *c, size_t k, int *rc)
{
    const char *s = ts(c, k);
    size_t n = tl(c, k), groups = 0, g = 0;
    ns_number num;
    /* a list someone wrote is short; a megabyte of "1,1,1" is no list */
    if (n > 64 || !memchr(s, ',', n) || ns_number_parse(s, n, &num))
        return 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == ',') {
            if (g == 0 || g > 4 || (g > 1 && s[i - g] == '0'))
                return 0;
            groups++;
            g = 0;
        } else if (s[i] >= '0' && s[i] <= '9') {
            g++;
        } else {
            return 0;
        }
    }
    if (groups < 3)
        return 0;
    size_t a = 0;
    for (size_t i = 0; i <= n && *rc == NEWSENT_OK; i++) {
        if (i < n && s[i] != ',')
            continue;
        quantity q;
        q_init(&q, k, c->v[k].start + (uint32_t)a);
        q.tok_end = k + 1;
        q.e = c->v[k].start + (uint32_t)i;
        q.type = T_CARDINAL;
        q.kind = NK_CARD;
        q.nnum = 1;
        for (size_t d = a; d < i; d++)
            q.lo = q.lo * 10 + (s[d] - '0');
        *rc = emit(c, &q, NULL);
        a = i + 1;
    }
    return 1;
}

/* A year said in words: a number from 10 to 99 in words followed by another
 * ("nineteen ninety-six", "twenty twenty-four", "eighteen twelve").
 * Returns the token after the year, or 0. */
static size_t year_in_words(const qctx *c, const quantity *q)
{
    ns_numword w;
    size_t k = q->tok_end;
    if (!(q->flags & PH_WORDS) || (q->flags & (PH_DIGITS | PH_A)) || q->kind != NK_CARD ||
        q->nnum != 1 || q->lo < 10 || q->lo > 99 || q->lo != floor(q->lo) || q->unit ||
        q->noun_tok != SIZE_MAX || k >= c->n || c->v[k].kind != NS_TOK_WORD ||
        !same_sent(c, k - 1, k))
        return 0;
    const char *s = ts(c, k);
    size_t n = tl(c, k), h = 0;
    while (h < n && s[h] != '-')
        h++;
    ns_numword_kind kind = ns_number_word(s, h, &w);
    if (kind != NS_NW_TEEN && kind != NS_NW_TENS)
        return 0;
    if (kind == NS_NW_TENS && h == n && k + 1 < c->n && same_sent(c, k, k + 1) &&
        c->v[k + 1].kind == NS_TOK_WORD &&
        ns_number_word(ts(c, k + 1), tl(c, k + 1), &w) == NS_NW_DIGIT)
        return k + 2; /* "nineteen ninety six" */
    return k + 1;
}

/* Whether the quantity q read at token k is an amount no name has: one
 * with a scale ("415 million") or grouped digits ("1,141.25"). */
static int is_amount(const qctx *c, const quantity *q, size_t k)
{
    ns_number nb;
    return q->scale > 1 ||
           (c->v[k].kind == NS_TOK_NUMBER && ns_number_parse(ts(c, k), tl(c, k), &nb) &&
            (nb.flags & NS_NUM_GROUPED));
}

/* Whether the DATE span of tokens [a, b) is "three quarters" or "a quarter"
 * as part of a number rather than a span of time: after "and" and a number
 * ("five billion and three quarters", "3 million and a quarter") or before a
 * scale ("three quarters billion"). The QUANTITY stage reads such tokens as
 * its own. */
static int cardinal_word(const char *s, size_t n)
{
    ns_numword w;
    switch (ns_number_word(s, n, &w)) {
    case NS_NW_DIGIT:
    case NS_NW_TEEN:
    case NS_NW_TENS:
    case NS_NW_HUNDRED:
    case NS_NW_SCALE:
    case NS_NW_DOZEN: return 1;
    default: return 0;
    }
}

/* Whether the DATE span of tokens [a, b) is number words only, after "and"
 * and a number: "two hundred and two thousand" is 202000, not a hundred
 * and the year 2000. */
static int words_after_and(const qctx *c, size_t a, size_t b)
{
    if (a < 2 || !tok_is(c, a - 1, "and") || !same_sent(c, a - 2, b - 1) || c->in_date[a - 2])
        return 0;
    for (size_t k = a; k < b; k++)
        if (c->v[k].kind != NS_TOK_WORD || !cardinal_word(ts(c, k), tl(c, k)))
            return 0;
    return c->v[a - 2].kind == NS_TOK_WORD && cardinal_word(ts(c, a - 2), tl(c, a - 2));
}

static int quarter_of_number(const qctx *c, size_t a, size_t b)
{
    if (b <= a || b - a > 2 || !same_sent(c, a, b - 1))
        return 0;
    const char *s = ts(c, b - 1);
    size_t n = tl(c, b - 1), h = n;
    while (h > 0 && s[h - 1] != '-')
        h--;
    if (!eqi(s + h, n - h, "quarter") && !eqi(s + h, n - h, "quarters"))
        return words_after_and(c, a, b);
    /* the count: "three quarters", "a quarter", "three-quarters"; not "fourth" */
    if (b - a == 2 ? !(tok_is(c, a, "a") || tok_is(c, a, "an") || cardinal_word(ts(c, a), tl(c, a)))
                   : !(h > 1 && cardinal_word(s, h - 1)))
        return 0;
    ns_numword w;
    if (b < c->n && same_sent(c, a, b) && c->v[b].kind == NS_TOK_WORD &&
        ns_number_word(ts(c, b), tl(c, b), &w) == NS_NW_SCALE)
        return 1;
    if (a < 2 || !tok_is(c, a - 1, "and") || !same_sent(c, a - 2, a) || c->in_date[a - 2])
        return 0; /* DATE entities come in text order: a year before is marked */
    ns_number num;
    if (c->v[a - 2].kind == NS_TOK_NUMBER)
        return ns_number_parse(ts(c, a - 2), tl(c, a - 2), &num) && !(num.flags & NS_NUM_ORDINAL);
    return c->v[a - 2].kind == NS_TOK_WORD && cardinal_word(ts(c, a - 2), tl(c, a - 2));
}

/* "percent of 10", "per cent of twenty-two": a percentage whose number
 * follows. Read only where no number precedes the word and the number
 * after "of" ends the clause: "percent of 10 people" counts people. */
static int percent_first(qctx *c, size_t k, quantity *q)
{
    size_t j;
    if (tok_in(c, k, (const char *const[]){"percent", "percents", NULL}))
        j = k + 1;
    else if (tok_is(c, k, "per") && tok_is(c, k + 1, "cent") && same_sent(c, k, k + 1))
        j = k + 2;
    else
        return 0;
    if (!tok_is(c, j, "of") || j + 1 >= c->n || !same_sent(c, k, j + 1) || c->in_date[j + 1])
        return 0;
    /* "a percent of 30" is one percent; "what percent of 10" asks */
    static const char *const before[] = {"a",    "an",    "the",  "one",   "what", "which",
                                         "this", "that",  "each", "every", "any",  "no",
                                         "per",  "whose", "half", NULL};
    ns_numword w;
    if (k > 0 && same_sent(c, k - 1, k) &&
        (c->v[k - 1].kind == NS_TOK_NUMBER || tok_in(c, k - 1, before) ||
         (c->v[k - 1].kind == NS_TOK_WORD && ns_number_word(ts(c, k - 1), tl(c, k - 1), &w))))
        return 0;
    quantity n;
    if (!quantity_at(c, j + 1, &n, NULL, 0) || n.type != T_CARDINAL || n.kind != NK_CARD ||
        n.unit || n.noun_tok != SIZE_MAX)
        return 0;
    if (n.tok_end < c->n && same_sent(c, n.tok_end - 1, n.tok_end) &&
        c->v[n.tok_end].kind != NS_TOK_PUNCT)
        return 0;
    *q = n;
    q->tok_start = k;
    q->b = c->v[k].start;
    q->type = T_PERCENT;
    q->unit = "percent";
    return 1;
}

/* Whether a candidate at token k is worth reading: a number, a number word,
 * a sign word, "a"/"an"/"half", or a currency prefix. */
static int candidate(const qctx *c, size_t k)
{
    const ns_token *t = &c->v[k];
    switch (t->kind) {
    case NS_TOK_NUMBER: return 1;
    case NS_TOK_SYMBOL: return 1;
    case NS_TOK_PUNCT: {
        char ch = ts(c, k)[0];
        if (tl(c, k) != 1 || (ch != '-' && ch != '+' && ch != '.') || k + 1 >= c->n ||
            c->v[k + 1].kind != NS_TOK_NUMBER)
            return 0;
        if (ch == '-' && spaced_minus(c, k))
            return 1;
        return (adjacent(c, k + 1) || (c->v[k].flags & NS_TF_SENT_START)) &&
               (ch != '.' || k == 0 || (c->v[k].flags & NS_TF_SPACE_BEFORE));
    }
    case NS_TOK_WORD:
    case NS_TOK_ABBREV: {
        /* most words are rejected here with a few byte tests */
        size_t n = tl(c, k);
        const char *s = ts(c, k);
        /* a currency written before an amount (US$, USD 200, Rs 500, u.s $)
         * is found from the amount: see prefix_start */
        if (n <= 4 && lc(s[0]) == 'a') {
            switch (n) {
            case 1: return 1;
            case 2: return lc(s[1]) == 'n';
            case 3: return eqi(s, n, "age");
            default: return eqi(s, n, "aged");
            }
        }
        if (lc(s[0]) == 'p' && (n == 3 || n == 7 || n == 8) &&
            (eqi(s, n, "per") || eqi(s, 7, "percent")))
            return 1; /* percent_first: "per cent of 210" */
        if (t->flags & (NS_TF_HAS_DIGIT | NS_TF_NON_ASCII)) {
            if ((t->flags & NS_TF_HAS_DIGIT) && n > 3)
                return 1; /* USD115 */
            if ((t->flags & NS_TF_NON_ASCII) && n <= 8)
                return 1; /* currency signs written as letters */
        }
        if (!bit_has(c->qs->tri, trigram(s, n)))
            return 0;
        size_t h = 0;
        while (h < n && s[h] != '-')
            h++;
        ns_numword w;
        return ns_number_word(s, h, &w) != NS_NW_NONE || eqi(s, n, "minus") ||
               eqi(s, n, "negative");
    }
    default: return 0;
    }
}

/* Where the quantity whose amount or "$" is token k starts: at a currency
 * written before it as a short word ("USD 200", "Rs 500", "US$", "HK $",
 * "u.s $") when that word belongs to no quantity yet (tokens before done
 * do), else at k. The candidate test leaves short words alone, so that
 * most words cost no look at the token after them. */
static size_t prefix_start(const qctx *c, size_t k, size_t done)
{
    const ns_token *t = &c->v[k];
    int dollar = tl(c, k) == 1 && ts(c, k)[0] == '$';
    if (!(t->kind == NS_TOK_NUMBER || dollar) || k == 0 || k - 1 < done)
        return k;
    size_t amount;
    if (dollar && k >= 3 && k - 3 >= done && tl(c, k - 3) == 1 && !c->in_date[k - 3] &&
        currency_prefix(c, k - 3, &amount))
        return k - 3; /* u.s $ */
    const ns_token *p = &c->v[k - 1];
    if ((p->kind == NS_TOK_WORD || p->kind == NS_TOK_ABBREV) && tl(c, k - 1) <= 4 &&
        !c->in_date[k - 1] && same_sent(c, k - 1, k) && currency_prefix(c, k - 1, &amount))
        return k - 1;
    return k;
}

int ns_quantities_find(const ns_quantities *qs, ns_doc *doc)
{
    if (!(doc->labels & NEWSENT_LABEL_QUANTITY) || doc->toks.n == 0)
        return NEWSENT_OK;
    qctx c;
    c.qs = qs;
    c.doc = doc;
    c.t = doc->text;
    c.v = doc->toks.v;
    c.n = doc->toks.n;
    c.in_date = ns_calloc(doc->mem, c.n, 1);
    if (!c.in_date)
        return NEWSENT_ENOMEM;
    size_t ndates = doc->nents;
    for (size_t i = 0; i < ndates; i++) {
        const newsent_entity *d = &doc->ents[i];
        if (d->label != NEWSENT_LABEL_DATE)
            continue;
        size_t a = ns_doc_token_at_or_after(doc, d->byte_start), b = a;
        while (b < c.n && c.v[b].start < d->byte_end)
            b++;
        if (quarter_of_number(&c, a, b))
            continue;
        for (size_t k = a; k < b; k++)
            c.in_date[k] = 1;
    }
    int rc = NEWSENT_OK;
    size_t done = 0; /* tokens before this one belong to a quantity already */
    for (size_t k = 0; k < c.n && rc == NEWSENT_OK; k++) {
        if (!candidate(&c, k))
            continue;
        if (c.v[k].kind == NS_TOK_NUMBER && !c.in_date[k] &&
            !(k > 0 && (c.v[k - 1].kind == NS_TOK_SYMBOL) && adjacent(&c, k)) &&
            number_list(&c, k, &rc)) {
            done = k + 1;
            continue;
        }
        size_t k0 = prefix_start(&c, k, done);
        if (k0 != k) {
            done = k; /* one try: if the prefix fails, the amount stands alone */
            k = k0;
        }
        quantity q, q2;
        size_t amount;
        const char *code = NULL;
        int got = 0;
        if (c.in_date[k]) {
            /* ages the DATE stage read as durations: "25-year-old", "five years old" */
            if ((c.v[k].kind == NS_TOK_NUMBER || c.v[k].kind == NS_TOK_WORD) && age_ahead(&c, k) &&
                quantity_at(&c, k, &q, NULL, 0) && q.type == T_MEASURE && is_age_unit(q.unit))
                got = 1;
            if (!got)
                continue;
        } else if ((tok_is(&c, k, "aged") || tok_is(&c, k, "age")) && k + 1 < c.n &&
                   !c.in_date[k + 1] && same_sent(&c, k, k + 1) &&
                   quantity_at(&c, k + 1, &q, NULL, 0) && q.type == T_CARDINAL &&
                   q.kind == NK_CARD && q.lo > 0 && q.lo < 150) {
            /* "aged 25", "age 87": an age in years, the word in the span */
            q.tok_start = k;
            q.b = c.v[k].start;
            q.type = T_MEASURE;
            q.unit = "year";
            q.noun_tok = SIZE_MAX;
            got = 1;
        } else if ((code = currency_prefix(&c, k, &amount)) != NULL) {
            if (amount >= c.n || c.in_date[amount] ||
                !(c.v[amount].kind == NS_TOK_NUMBER || c.v[amount].kind == NS_TOK_WORD ||
                  c.v[amount].kind == NS_TOK_PUNCT) ||
                !same_sent(&c, k, amount) || !quantity_at(&c, amount, &q, code, k))
                continue;
            got = 1;
        } else {
            size_t vn;
            if (c.v[k].kind == NS_TOK_SYMBOL &&
                (ns_number_vulgar(ts(&c, k), tl(&c, k), &vn) == 0 || vn != tl(&c, k)))
                continue;
            /* "USD115", "EUR125m" written as one word token */
            if (c.v[k].kind == NS_TOK_WORD && tl(&c, k) > 3 && (c.v[k].flags & NS_TF_HAS_DIGIT)) {
                const char *s = ts(&c, k);
                char up[3] = {(char)(lc(s[0]) - 32), (char)(lc(s[1]) - 32), (char)(lc(s[2]) - 32)};
                const ns_currency_code *cc = ns_currency_code_find(up, 3);
                ns_number nb;
                size_t last = k;
                /* "USD115.5": the tokenizer splits at the point */
                if (k + 2 < c.n && tl(&c, k + 1) == 1 && ts(&c, k + 1)[0] == '.' &&
                    adjacent(&c, k + 1) && adjacent(&c, k + 2) && c.v[k + 2].kind == NS_TOK_NUMBER)
                    last = k + 2;
                if (cc && !cc->wordlike &&
                    ns_number_parse(s + 3, c.v[last].end - c.v[k].start - 3, &nb) &&
                    !(nb.flags & (NS_NUM_ORDINAL | NS_NUM_NEGATIVE))) {
                    q_init(&q, k, c.v[k].start);
                    q.tok_end = last + 1;
                    q.e = c.v[last].end;
                    q.type = T_MONEY;
                    q.unit = cc->code;
                    q.lo = nb.value;
                    q.nnum = 1;
                    got = 1;
                }
            }
            if (!got && c.v[k].kind == NS_TOK_WORD && lc(ts(&c, k)[0]) == 'p')
                got = percent_first(&c, k, &q);
            if (!got) {
                if (c.v[k].kind == NS_TOK_WORD) {
                    ns_numword w;
                    const char *s = ts(&c, k);
                    size_t n = tl(&c, k), h = 0;
                    while (h < n && s[h] != '-')
                        h++;
                    int art = eqi(s, n, "a") || eqi(s, n, "an");
                    if (art) {
                        /* "a" starts a number only before one: "a dozen", "a third" */
                        ns_numword w2;
                        size_t n2 = k + 1 < c.n ? tl(&c, k + 1) : 0, h2 = 0;
                        while (h2 < n2 && ts(&c, k + 1)[h2] != '-')
                            h2++;
                        if (!n2 || c.v[k + 1].kind != NS_TOK_WORD ||
                            !ns_number_word(ts(&c, k + 1), h2, &w2))
                            continue;
                    } else if (!ns_number_word(s, h, &w) && !eqi(s, n, "minus") &&
                               !eqi(s, n, "negative")) {
                        continue;
                    }
                    if (capitalised_word_name(&c, k) && !(ns_number_word(s, h, &w) == NS_NW_NONE))
                        continue;
                }
                if (!quantity_at(&c, k, &q, NULL, 0))
                    continue;
                size_t yend = year_in_words(&c, &q);
                if (yend) {
                    k = yend - 1; /* "nineteen ninety-six": a year, the DATE stage's */
                    continue;
                }
                /* "Boeing 737", "Air Force One"; "Turn 90 degrees" has a unit,
                 * "Net 415 million" and "Nasdaq 1,141.25" are amounts */
                if (name_context(&c, k) && !is_amount(&c, &q, k) &&
                    !(tok_is(&c, k, "a") || tok_is(&c, k, "an")) &&
                    (q.type == T_CARDINAL || q.type == T_ORDINAL || q.type == T_RANGE ||
                     q.type == T_FRACTION || q.tok_end == q.tok_start + 1))
                    continue;
                got = 1;
            }
        }
        /* filters on what was read */
        const ns_token *t0 = &c.v[q.tok_start];
        if (t0->kind == NS_TOK_NUMBER && !code) {
            if (digit_run(&c, q.tok_start, q.tok_end) || list_marker(&c, q.tok_start) ||
                shirt_number(&c, q.tok_start, q.tok_end))
                continue;
            if (q.flags & PH_LEAD0)
                continue;
            if (q.tok_start > 0 && tok_in(&c, q.tok_start - 1, version_words))
                continue;
            if (q.tok_start > 0 && q.type == T_CARDINAL && q.tok_end == q.tok_start + 1 &&
                (q.flags & PH_PLAIN) && q.lo < 100 && tok_in(&c, q.tok_start - 1, class_words))
                continue;
            if (q.tok_start > 0 && q.type == T_CARDINAL && q.tok_end == q.tok_start + 1 &&
                (q.flags & PH_PLAIN) && tok_in(&c, q.tok_start - 1, phone_words))
                continue;
        }
        if (q.nnum == 2 && !(q.lo < q.hi))
            continue; /* "$7-5", "2-1": no range */
        if (q.type == T_RANGE && t0->kind == NS_TOK_NUMBER && q.nnum == 2) {
            /* 2-1 is a score; 555-1234 a phone number */
            int score = q.hi <= q.lo;
            for (size_t j = q.tok_start > 3 ? q.tok_start - 3 : 0; j < q.tok_end + 3 && j < c.n;
                 j++)
                if (TOK_IN_SORTED(&c, j, score_words))
                    score = 1;
            if (score)
                continue;
            if (q.lo >= 100 && q.lo < 1000 && q.hi >= 1000 && q.hi < 10000)
                continue;
            /* "fell to 0-3 in finals": a record; a range from nothing names
             * what it counts ("0-3 years", "aged 0-5 months") */
            if (q.lo == 0 && !q.unit && q.noun_tok == SIZE_MAX)
                continue;
        }
        /* a bare year: "in 2025", "the 2025 budget" */
        if (q.type == T_CARDINAL && (q.flags & PH_PLAIN) && q.noun_tok == SIZE_MAX && !q.unit &&
            q.lo >= 1800 && q.lo <= 2100 && tl(&c, q.tok_start) == 4 &&
            q.tok_end == q.tok_start + 1)
            continue;
        /* word-only phrases that are pronouns or names */
        if ((q.flags & PH_SINGLE_ONE) && (!q.unit || q.noun_tok != SIZE_MAX)) {
            if ((q.tok_start > 0 && tok_in(&c, q.tok_start - 1, determiners)) ||
                (tok_in(&c, q.tok_end, after_one_pron) &&
                 !(q.tok_end < c.n && c.in_date[q.tok_end])) ||
                (q.tok_start > 0 && tok_is(&c, q.tok_start - 1, "no")))
                continue;
        }
        if (q.kind == NK_ORD && (q.flags & PH_WORDS) && q.type == T_ORDINAL) {
            /* "a second", "per second", "split second": time, not an ordinal;
             * but "a second term", "a second straight loss" count */
            if (tok_is(&c, q.tok_start, "second") &&
                (q.tok_start == 0 ||
                 tok_in(&c, q.tok_start - 1, (const char *const[]){"per", "split", "one", NULL}) ||
                 (tok_is(&c, q.tok_start - 1, "a") && !ordinal_after_a(&c, q.tok_end)) ||
                 q.tok_end >= c.n || c.v[q.tok_end].kind == NS_TOK_PUNCT))
                continue;
        }
        if (q.kind == NK_FRAC && (q.flags & PH_A) && !tok_is(&c, q.tok_end, "of") &&
            q.type == T_FRACTION) {
            /* "a third term": the ordinal alone; but a change by "a third" is a
             * fraction where no noun follows ("risen by a third since June",
             * not "bought by a third party") */
            if (!(q.tok_end >= c.n || c.v[q.tok_end].kind == NS_TOK_PUNCT) &&
                !(q.tok_start > 0 && TOK_IN_SORTED(&c, q.tok_start - 1, change_words) &&
                  tok_in(&c, q.tok_end,
                         (const char *const[]){"since", "in", "on", "from", "over", "after",
                                               "compared", "last", "this", "and", "but", "while",
                                               "as", "during", "between", NULL})))
                continue;
        }
        if (q.type == T_FRACTION && (q.flags & PH_WORDS) && !(q.flags & PH_A)) {
            /* bare "half"/"quarter": "first half", "the quarter", "half-time" */
            const char *s = ts(&c, q.tok_start);
            if ((eqi(s, tl(&c, q.tok_start), "half") || eqi(s, tl(&c, q.tok_start), "quarter")) &&
                q.tok_end == q.tok_start + 1) {
                int ok = tok_in(&c, q.tok_end,
                                (const char *const[]){"of", "the", "a", "an", "its", "their", "his",
                                                      "her", "all", "our", "that", "those", "these",
                                                      NULL}) ||
                         find_mod(&c, q.tok_start) != NULL ||
                         (q.tok_start > 0 &&
                          tok_in(&c, q.tok_start - 1, (const char *const[]){"by", "in", NULL}) &&
                          (q.tok_end >= c.n || c.v[q.tok_end].kind == NS_TOK_PUNCT));
                if (eqi(s, tl(&c, q.tok_start), "quarter") && !tok_is(&c, q.tok_end, "of"))
                    ok = 0;
                if (q.tok_start > 0 &&
                    (tok_is(&c, q.tok_start - 1, "the") ||
                     c.v[q.tok_start - 1].kind == NS_TOK_NUMBER ||
                     tok_in(&c, q.tok_start - 1,
                            (const char *const[]){"first", "second", "third", "fourth", "last",
                                                  "latter", "other", NULL})))
                    ok = 0;
                if (!ok)
                    continue;
            }
        }
        /* "Aug 23", "May 22/96": a day of the month the DATE stage left */
        if ((q.type == T_ORDINAL || (q.type == T_FRACTION && !(q.flags & PH_WORDS))) &&
            q.tok_start > 0 && is_month(&c, q.tok_start - 1))
            continue;
        /* ranges across tokens: "two to three", "10 - 15", "between 5 and 7" */
        const char *mod = NULL;
        int between = q.tok_start > 0 && tok_is(&c, q.tok_start - 1, "between");
        if (q.nnum == 1 && q.kind == NK_CARD && q.tok_end + 1 < c.n &&
            same_sent(&c, q.tok_start, q.tok_end + 1)) {
            size_t j = q.tok_end;
            int conn = between ? tok_is(&c, j, "and")
                               : (tok_is(&c, j, "to") || tok_is(&c, j, "-") ||
                                  tok_is(&c, j, "\xe2\x80\x93") || tok_is(&c, j, "\xe2\x80\x94"));
            int change = conn && q.tok_start > 0 &&
                         (TOK_IN_SORTED(&c, q.tok_start - 1, change_words) ||
                          (q.tok_start > 1 && TOK_IN_SORTED(&c, q.tok_start - 2, change_words) &&
                           find_mod(&c, q.tok_start)));
            nphrase hp;
            if (conn && !change && !c.in_date[j + 1] && number_phrase(&c, j + 1, &hp) &&
                time_unit_at(&c, hp.tok_end))
                continue; /* "two to three days": a duration range */
            if (conn && !change && c.in_date[j + 1] && !q.unit && q.noun_tok == SIZE_MAX &&
                (c.v[j + 1].kind == NS_TOK_NUMBER || number_phrase(&c, j + 1, &hp)))
                continue; /* "10 to 14 days" where DATE took "14 days": its low end */
            /* After a change word "X to Y" is usually a move and a level ("rose 3
             * points to 45"), but a bare low end close below a high end with a
             * percent or unit is a range ("rose 3 to 4 percent", "cut it by 1.3
             * to 1.6 percentage points"); "from 3 to 4 percent" stays two. */
            int move_range = change && !q.unit && q.noun_tok == SIZE_MAX && !tok_is(&c, j, "-") &&
                             !tok_is(&c, q.tok_start - 1, "from") &&
                             !(q.tok_start > 1 && tok_is(&c, q.tok_start - 2, "from"));
            /* A change after "to" or a modal is a forecast, and a forecast
             * gives its spread as a range of two percentages ("expects
             * revenue to rise 8% to 10%", "sales will fall 3% to 5%"); a
             * change reported in the past is a move and a level ("rose 8% to
             * $10"). */
            int forecast = change && q.type == T_PERCENT && q.tok_start > 1 &&
                           !tok_is(&c, j, "-") &&
                           TOK_IN_SORTED(&c, q.tok_start - 1, change_words) &&
                           !tok_in(&c, q.tok_start - 1,
                                   (const char *const[]){"by", "from", "up", "down", NULL}) &&
                           tok_in(&c, q.tok_start - 2,
                                  (const char *const[]){"to", "will", "would", "could", "may",
                                                        "might", "should", NULL});
            move_range = move_range || forecast;
            if (conn && (!change || move_range) && !c.in_date[j + 1]) {
                size_t a2;
                const char *code2 = currency_prefix(&c, j + 1, &a2);
                int ok2 = code2 ? (a2 < c.n && quantity_at(&c, a2, &q2, code2, j + 1))
                                : quantity_at(&c, j + 1, &q2, NULL, 0);
                if (ok2 && change &&
                    !(q2.unit && (q2.type == T_PERCENT || q2.type == T_MEASURE) && q.lo > 0 &&
                      q2.lo <= 2.5 * q.lo))
                    ok2 = 0;
                if (ok2 && forecast && q2.type != T_PERCENT)
                    ok2 = 0;
                if (ok2 && q2.nnum == 1 && q2.kind == NK_CARD) {
                    double lo = q.lo;
                    /* "95 cents to one dollar": the high end names the currency */
                    double per = minor_per_major(q.unit);
                    if (q.type == T_MONEY && per > 0 && q2.type == T_MONEY && q2.unit &&
                        !is_minor_unit(q2.unit) && q.scale == 1) {
                        lo /= per;
                        q.unit = q2.unit;
                    }
                    if (q.scale == 1 && q2.scale > 1 && lo * q2.scale < q2.lo * 1.0000001 &&
                        !(q.unit && q.type == T_MEASURE))
                        lo *= q2.scale;
                    int same = (!q.unit || q.noun_tok != SIZE_MAX ||
                                (q2.unit && strcmp(q.unit, q2.unit) == 0));
                    int score = 0;
                    for (size_t s2 = q.tok_start > 3 ? q.tok_start - 3 : 0;
                         s2 < q2.tok_end + 2 && s2 < c.n; s2++)
                        if (TOK_IN_SORTED(&c, s2, score_words))
                            score = 1;
                    if (same && lo < q2.lo && !score && !(code && !code2 && !q2.unit)) {
                        q.lo = lo;
                        q.hi = q2.lo;
                        q.nnum = 2;
                        q.unit = q2.unit ? q2.unit : q.unit;
                        q.noun_tok = q2.noun_tok != SIZE_MAX ? q2.noun_tok : q.noun_tok;
                        if (q2.unit)
                            q.noun_tok = q2.noun_tok;
                        q.type = T_RANGE;
                        q.tok_end = q2.tok_end;
                        q.e = q2.e;
                        if (between) { /* "between 5 and 7 km" is one span */
                            q.tok_start--;
                            q.b = c.v[q.tok_start].start;
                        }
                    }
                }
            }
        }
        if (!between)
            mod = find_mod(&c, q.tok_start);
        rc = emit(&c, &q, mod);
        k = q.tok_end - 1;
        done = q.tok_end;
    }
    ns_free(doc->mem, c.in_date);
    return rc;
}
