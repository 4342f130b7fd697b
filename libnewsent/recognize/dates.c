#include "recognize/dates.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "recognize/date_patterns.h"
#include "recognize/date_words.h"
#include "recognize/timex_parse.h"
#include "util/error.h"

/* The patterns are tried only at candidate tokens: a number, or a word of
 * the trigger lexicon below (the first word any pattern can start with). */
struct ns_dates {
    pcre2_general_context *gc; /* routes match data through ns_mem */
    pcre2_code *pat[NS_DP_COUNT];
    pcre2_code *prefix;
};

/* Sorted for bsearch: every word a pattern or the prefix may start with. */
static const char *const triggers[] = {
    "a",
    "about",
    "academic",
    "afternoon",
    "almost",
    "an",
    "annually",
    "another",
    "approximately",
    "apr",
    "april",
    "around",
    "as",
    "at",
    "aug",
    "august",
    "autumn",
    "beginning",
    "between",
    "biannually",
    "bimonthly",
    "biweekly",
    "boxing",
    "calendar",
    "centuries",
    "christmas",
    "close",
    "columbus",
    "coming",
    "comparable",
    "corresponding",
    "couple",
    "current",
    "currently",
    "daily",
    "dawn",
    "day",
    "days",
    "dec",
    "decade",
    "decades",
    "december",
    "each",
    "earlier",
    "early",
    "easter",
    "eight",
    "eighteen",
    "eighty",
    "election",
    "eleven",
    "end",
    "evening",
    "every",
    "father",
    "father's",
    "fathers",
    "feb",
    "february",
    "few",
    "fewer",
    "fifteen",
    "fifty",
    "final",
    "financial",
    "first",
    "fiscal",
    "five",
    "following",
    "for",
    "fortnightly",
    "forty",
    "four",
    "fourteen",
    "fourth",
    "fri",
    "friday",
    "fridays",
    "from",
    "good",
    "half",
    "halloween",
    "hourly",
    "hours",
    "independence",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "labor",
    "labour",
    "last",
    "late",
    "lately",
    "later",
    "latest",
    "less",
    "many",
    "mar",
    "march",
    "martin",
    "may",
    "memorial",
    "midday",
    "middle",
    "midnight",
    "minutes",
    "model",
    "mon",
    "monday",
    "mondays",
    "month",
    "monthly",
    "months",
    "more",
    "morning",
    "mother",
    "mother's",
    "mothers",
    "nearly",
    "new",
    "next",
    "night",
    "nightly",
    "nine",
    "nineteen",
    "ninety",
    "no",
    "noon",
    "not",
    "nov",
    "november",
    "now",
    "nowadays",
    "oct",
    "october",
    "once",
    "one",
    "only",
    "over",
    "overnight",
    "past",
    "present",
    "presidents",
    "previous",
    "prior",
    "quarter",
    "quarterly",
    "recent",
    "recently",
    "remainder",
    "rest",
    "right",
    "roughly",
    "same",
    "sat",
    "saturday",
    "saturdays",
    "school",
    "second",
    "semiannually",
    "sep",
    "sept",
    "september",
    "seven",
    "seventeen",
    "seventy",
    "several",
    "six",
    "sixteen",
    "sixty",
    "some",
    "spring",
    "start",
    "summer",
    "sun",
    "sunday",
    "sundays",
    "tax",
    "ten",
    "thanksgiving",
    "that",
    "the",
    "these",
    "third",
    "thirteen",
    "thirty",
    "this",
    "three",
    "thrice",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "thursdays",
    "today",
    "tomorrow",
    "tonight",
    "tue",
    "tues",
    "tuesday",
    "tuesdays",
    "turn",
    "twelve",
    "twenty",
    "twice",
    "two",
    "under",
    "up",
    "upcoming",
    "valentine",
    "very",
    "veterans",
    "wed",
    "wednesday",
    "wednesdays",
    "week",
    "weekly",
    "weeks",
    "winter",
    "within",
    "year",
    "yearly",
    "years",
    "yesterday",
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void *pcre_malloc(size_t size, void *ctx)
{
    return ns_malloc(ctx, size);
}
static void pcre_free(void *p, void *ctx)
{
    ns_free(ctx, p);
}

static pcre2_code *compile(pcre2_general_context *gc, const char *re, newsent_error *err, int *rc)
{
    pcre2_compile_context *cc = pcre2_compile_context_create(gc);
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *code = cc ? pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
                                          PCRE2_ANCHORED | PCRE2_CASELESS, &ec, &eo, cc)
                          : NULL;
    pcre2_compile_context_free(cc);
    if (!code) {
        *rc = ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "cannot compile a date pattern");
        return NULL;
    }
    /* JIT is an optimisation: without it the interpreter gives the same matches. */
    (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    return code;
}

int ns_dates_new(const ns_mem *mem, ns_dates **out, newsent_error *err)
{
    *out = NULL;
    ns_dates *d = ns_calloc(mem, 1, sizeof *d);
    if (!d)
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    int rc = NEWSENT_OK;
    d->gc = pcre2_general_context_create(pcre_malloc, pcre_free, (void *)mem);
    if (!d->gc) {
        ns_free(mem, d);
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    }
    for (size_t i = 0; i < NS_DP_COUNT; i++)
        if (!(d->pat[i] = compile(d->gc, ns_date_patterns[i].re, err, &rc))) {
            ns_dates_free(mem, d);
            return rc;
        }
    if (!(d->prefix = compile(d->gc, ns_date_prefix_re, err, &rc))) {
        ns_dates_free(mem, d);
        return rc;
    }
    *out = d;
    return NEWSENT_OK;
}

void ns_dates_free(const ns_mem *mem, ns_dates *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < NS_DP_COUNT; i++)
        pcre2_code_free(d->pat[i]);
    pcre2_code_free(d->prefix);
    pcre2_general_context_free(d->gc);
    ns_free(mem, d);
}

/* The token's text in lower case, without a final period; "" if too long. */
static void lower_word(const ns_doc *doc, const ns_token *t, char *buf, size_t cap)
{
    size_t n = t->end - t->start;
    const char *s = doc->text + t->start;
    if (n > 0 && s[n - 1] == '.')
        n--;
    if (n >= cap) {
        buf[0] = 0;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        buf[i] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
    buf[n] = 0;
}

static int is_candidate(const ns_doc *doc, const ns_token *t)
{
    unsigned char c = (unsigned char)doc->text[t->start];
    if (c >= '0' && c <= '9')
        return 1;
    if (c == '\'' && t->end - t->start >= 3)
        return 1; /* '90s, '98 */
    if (t->kind != NS_TOK_WORD && t->kind != NS_TOK_ABBREV)
        return 0;
    char w[24];
    lower_word(doc, t, w, sizeof w);
    if (!w[0])
        return 0;
    if ((w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4')
        return 1; /* Q3, H1 */
    if (w[0] == 'f' && w[1] == 'y')
        return 1; /* FY2024 */
    if (strncmp(w, "mid", 3) == 0)
        return 1; /* mid-1990s, mid-November */
    char *hy = strchr(w, '-');
    if (hy)
        *hy = 0; /* third-quarter, year-earlier, two-year */
    const char *key = w;
    return bsearch(&key, triggers, sizeof triggers / sizeof triggers[0], sizeof triggers[0],
                   cmp_str) != NULL;
}

/* The index of the token that ends exactly at byte e, or SIZE_MAX. */
static size_t token_ending_at(const ns_doc *doc, size_t from, size_t e)
{
    for (size_t k = from; k < doc->toks.n; k++) {
        if (doc->toks.v[k].end == e)
            return k;
        if (doc->toks.v[k].end > e)
            break;
    }
    return SIZE_MAX;
}

static int word_is(const ns_doc *doc, size_t k, const char *const *list)
{
    if (k >= doc->toks.n)
        return 0;
    char w[24];
    lower_word(doc, &doc->toks.v[k], w, sizeof w);
    for (size_t i = 0; list[i]; i++)
        if (strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

static const char *const preps[] = {
    "in",   "of",      "since", "until", "till",      "by",   "early",  "late",       "mid",
    "last", "next",    "this",  "from",  "through",   "to",   "before", "after",      "during",
    "on",   "between", "and",   "or",    "that",      "each", "every",  "throughout", "around",
    "for",  "into",    "over",  "end",   "beginning", NULL};
/* Nouns a number counts rather than dates: "2000 people" is no year. */
static const char *const counted[] = {
    "people",     "persons",    "troops",   "soldiers",  "men",       "women",    "children",
    "students",   "workers",    "jobs",     "employees", "votes",     "seats",    "units",
    "cars",       "vehicles",   "homes",    "houses",    "tons",      "tonnes",   "barrels",
    "shares",     "dollars",    "euros",    "pounds",    "yen",       "points",   "miles",
    "kilometres", "kilometers", "km",       "metres",    "meters",    "feet",     "acres",
    "hectares",   "pages",      "words",    "calories",  "deaths",    "cases",    "copies",
    "members",    "residents",  "visitors", "fans",      "delegates", "yards",    "hp",
    "kg",         "mg",         "percent",  "%",         "per",       "patients", "cents",
    "rubles",     "dead",       "refugees", "officers",  "police",    "acres",    "flights",
    "passengers", "planes",     "aircraft", "guns",      "missiles",  "lb",       "lbs",
    "m",          "ft",         "degrees",  NULL};
static const char *const money[] = {"$",     "£",    "€",    "¥",  "no",  "#",  "number", "flight",
                                    "route", "room", "page", "rs", "us$", "a$", "c$",     NULL};

/* News convention for a bare weekday or month: what the sentence's tense
 * says, read from the nearest tense marker around the expression. */
static int sentence_tense(const ns_doc *doc, size_t k0, size_t k1)
{
    static const char *const fut[] = {
        "will",    "'ll",     "shall",    "going",  "scheduled", "expected",  "plans",   "plan",
        "planned", "due",     "upcoming", "would",  "is",        "are",       "wo",      "tomorrow",
        "next",    "set",     "slated",   "begins", "starts",    "ends",      "runs",    "opens",
        "closes",  "expires", "resumes",  "meets",  "lasts",     "continues", "returns", "arrives",
        "leaves",  "takes",   "launches", NULL};
    static const char *const past[] = {
        "was",     "were",      "had",     "did",      "said",      "says",   "told",  "ago",
        "last",    "yesterday", "earlier", "reported", "announced", "spoke",  "met",   "came",
        "went",    "took",      "gave",    "made",     "began",     "left",   "won",   "lost",
        "fell",    "rose",      "held",    "led",      "saw",       "sent",   "found", "became",
        "brought", "ran",       "wrote",   "got",      "thought",   "knew",   "felt",  "kept",
        "paid",    "sold",      "bought",  "struck",   "fought",    "flew",   "chose", "broke",
        "drove",   "stood",     "sat",     "been",     "ago",       "killed", "died",  NULL};
    uint32_t sent = doc->toks.v[k0].sent;
    for (size_t back = 1; back <= 8 && back <= k0; back++) {
        size_t k = k0 - back;
        if (doc->toks.v[k].sent != sent)
            break;
        static const char *const be[] = {"be", "been", "being", "is", "are", NULL};
        /* a participle after "be" ("will be held", "is published") is no
         * past: the auxiliary before it decides */
        if (k > 0 && word_is(doc, k - 1, be) && !word_is(doc, k, fut))
            continue;
        if (word_is(doc, k, fut))
            return 1;
        if (word_is(doc, k, past))
            return -1;
        const ns_token *t = &doc->toks.v[k];
        size_t n = t->end - t->start;
        const char *s = doc->text + t->start;
        if (n > 3 && s[n - 2] == 'e' && s[n - 1] == 'd' && s[0] >= 'a' && s[0] <= 'z')
            return -1;
    }
    for (size_t k = k1; k < doc->toks.n && k < k1 + 4; k++) {
        if (doc->toks.v[k].sent != sent)
            break;
        if (word_is(doc, k, fut))
            return 1;
        if (word_is(doc, k, past))
            return -1;
    }
    return 0;
}

/* Context checks a pattern cannot make: a bare month or season must be
 * read as one, a bare year must not count things. */
static int context_ok(const ns_doc *doc, size_t k, size_t klast, size_t at, const char *name,
                      const ns_timex_parse *p, int prefixed)
{
    const ns_token *t = &doc->toks.v[k];
    int cap = doc->text[at] >= 'A' && doc->text[at] <= 'Z';
    /* the word at the core position: "November" in "mid-November" */
    char w[24];
    size_t len = 0;
    while (at + len < t->end && len < sizeof w - 1) {
        char c = doc->text[at + len];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            break;
        w[len] = (char)(c | 0x20);
        len++;
    }
    w[len] = 0;
    int period = at + len < doc->len && doc->text[at + len] == '.';
    if (strcmp(name, "mon") == 0 && !p->month2) {
        if (!cap)
            return 0;
        int abbrev =
            len <= 4 && strcmp(w, "june") != 0 && strcmp(w, "july") != 0 && strcmp(w, "may") != 0;
        if (abbrev && !period)
            return 0;
        if ((strcmp(w, "may") == 0 || strcmp(w, "march") == 0) && !prefixed &&
            !(k > 0 && word_is(doc, k - 1, preps)))
            return 0;
        /* a name: Theresa May, June Carter */
        if (at == t->start && k > 0 && (doc->toks.v[k - 1].flags & NS_TF_UPPER_INITIAL) &&
            !(t->flags & NS_TF_SENT_START) && !word_is(doc, k - 1, preps))
            return 0;
        if (klast + 1 < doc->toks.n && (doc->toks.v[klast + 1].flags & NS_TF_UPPER_INITIAL) &&
            doc->toks.v[klast + 1].kind == NS_TOK_WORD &&
            !(doc->toks.v[klast + 1].flags & NS_TF_SENT_START))
            return 0;
    }
    if (strcmp(name, "wd") == 0 && !cap && strcmp(w, "overnight") != 0)
        return 0; /* news capitalises weekdays; "a good friday lunch" is none */
    if (strcmp(name, "holiday") == 0) {
        /* names of feasts are capitalised: "good friday" is no feast */
        const ns_token *ht = &doc->toks.v[klast];
        size_t j = k;
        static const char *const rels[] = {"last", "next", "this", NULL};
        if (word_is(doc, j, rels))
            j++;
        ht = &doc->toks.v[j];
        if (!(doc->text[ht->start] >= 'A' && doc->text[ht->start] <= 'Z'))
            return 0;
    }
    if (p->month == 3 || p->month == 5) {
        /* "may" and "march" in lower case are a verb and a walk */
        for (size_t j = k; j <= klast; j++) {
            char mw[24];
            const ns_token *mt = &doc->toks.v[j];
            lower_word(doc, mt, mw, sizeof mw);
            if ((strcmp(mw, "may") == 0 || strcmp(mw, "march") == 0) &&
                doc->text[mt->start] >= 'a' && !(mt->flags & NS_TF_SENT_START))
                return 0;
        }
    }
    if (strcmp(name, "rel") == 0 && p->month && !cap) {
        /* "this march" is a walk; a month name is capitalised */
        const ns_token *mt = &doc->toks.v[klast];
        if (doc->text[mt->start] >= 'a' && doc->text[mt->start] <= 'z' && !p->day)
            return 0;
    }
    if (strcmp(name, "duration") == 0 || strcmp(name, "set") == 0) {
        const ns_token *lt = &doc->toks.v[klast];
        char lw[24];
        lower_word(doc, lt, lw, sizeof lw);
        size_t ll = strlen(lw);
        int quarter = ll >= 7 && strstr(lw, "quarter") != NULL;
        static const char *const ofs[] = {"of", NULL};
        /* three-quarters of, more than a quarter of: fractions */
        if (quarter && word_is(doc, klast + 1, ofs))
            return 0;
        /* a quarterly dividend, a second group: adjectives and ordinals */
        if (strcmp(lw, "quarterly") == 0 && klast + 1 < doc->toks.n &&
            doc->toks.v[klast + 1].kind == NS_TOK_WORD)
            return 0;
        if (p->kind == NS_TX_DURATION && p->count == 1 && p->unit == NS_TU_SECOND)
            return 0;
        /* $500 million a year, four flights a week: a rate, not a duration */
        static const char *const arts[] = {"a", "an", NULL};
        static const char *const amounts[] = {
            "million", "billion", "trillion", "thousand", "percent", "%", "cents", "times", NULL};
        if (p->kind == NS_TX_DURATION && klast == k + 1 && word_is(doc, k, arts) && k > 0) {
            const ns_token *pt = &doc->toks.v[k - 1];
            size_t pl = pt->end - pt->start;
            if (pt->kind == NS_TOK_NUMBER || word_is(doc, k - 1, amounts) ||
                (pl > 3 && doc->text[pt->end - 1] == 's' && doc->text[pt->start] >= 'a'))
                return 0;
        }
    }
    if (strcmp(name, "season") == 0 && p->season && !p->year && !p->has_yrel && !prefixed) {
        static const char *const bare[] = {"spring", "summer", "fall", "autumn", "winter", NULL};
        if (word_is(doc, k, bare) && !(k > 0 && word_is(doc, k - 1, preps)))
            return 0;
    }
    if (strcmp(name, "year") == 0 && !p->year2 && (t->kind == NS_TOK_NUMBER)) {
        if (p->year < 1600 && !prefixed && !(k > 0 && word_is(doc, k - 1, preps)))
            return 0;
        if (klast + 1 < doc->toks.n && word_is(doc, klast + 1, counted))
            return 0;
        if (k > 0 && word_is(doc, k - 1, money))
            return 0;
        if (k > 0 && doc->toks.v[k - 1].kind == NS_TOK_NUMBER)
            return 0;
        if (klast + 1 < doc->toks.n && doc->toks.v[klast + 1].kind == NS_TOK_NUMBER &&
            doc->toks.v[klast + 1].start == t->end + 1)
            return 0;
    }
    return 1;
}

typedef struct cand {
    size_t end;
    int pat;
} cand;

/* Tries every pattern at byte `at`; fills up to NS_DP_COUNT candidates that
 * end on a token end, longest first (ties keep the table's order). */
static size_t match_all(const ns_dates *d, pcre2_match_data *md, const ns_doc *doc, size_t at,
                        size_t k, cand *out)
{
    size_t n = 0;
    for (int i = 0; i < NS_DP_COUNT; i++) {
        int rc = pcre2_match(d->pat[i], (PCRE2_SPTR)doc->text, doc->len, at, PCRE2_NO_UTF_CHECK, md,
                             NULL);
        if (rc < 0)
            continue;
        size_t e = pcre2_get_ovector_pointer(md)[1];
        if (e <= at || token_ending_at(doc, k, e) == SIZE_MAX)
            continue;
        size_t j = n++;
        while (j > 0 && out[j - 1].end < e) {
            out[j] = out[j - 1];
            j--;
        }
        out[j].end = e;
        out[j].pat = i;
    }
    return n;
}

static int starts_with_word(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    if (n < m + 1)
        return 0;
    for (size_t i = 0; i < m; i++)
        if ((s[i] | 0x20) != w[i])
            return 0;
    return s[m] == ' ' || s[m] == '\t' || s[m] == '\n';
}

static const char *const type_names[] = {"DATE", "DATE", "TIME", "DURATION", "SET"};

/* Finds the best expression starting at token k; 1 and *e filled if one. */
static int best_at(const ns_dates *d, pcre2_match_data *md, ns_doc *doc, size_t k,
                   newsent_entity *e, ns_timex_parse *p)
{
    const ns_token *t = &doc->toks.v[k];
    size_t start = t->start, core = t->start;
    const char *pmod = NULL;
    int prefixed = 0;
    if (pcre2_match(d->prefix, (PCRE2_SPTR)doc->text, doc->len, start, PCRE2_NO_UTF_CHECK, md,
                    NULL) >= 0) {
        size_t pe = pcre2_get_ovector_pointer(md)[1];
        size_t kc = ns_doc_token_at_or_after(doc, pe);
        if (kc < doc->toks.n && doc->toks.v[kc].start == pe) {
            core = pe;
            pmod = ns_date_prefix_mod(doc->text + start, pe - start);
            prefixed = 1;
        } else if (kc < doc->toks.n && pe > start && doc->toks.v[kc - 1].start < pe &&
                   doc->toks.v[kc - 1].end > pe) {
            /* "mid-1990s" is one token; the prefix ends inside it */
            core = pe;
            pmod = ns_date_prefix_mod(doc->text + start, pe - start);
            prefixed = 1;
        }
    }
    for (int pass = 0; pass < 2; pass++) {
        size_t at = pass == 0 ? core : start;
        if (pass == 1 && core == start)
            break;
        cand c[NS_DP_COUNT];
        size_t kk = ns_doc_token_at_or_after(doc, at);
        if (kk > 0 && doc->toks.v[kk - 1].end > at)
            kk--;
        size_t n = match_all(d, md, doc, at, kk, c);
        for (size_t i = 0; i < n; i++) {
            const ns_date_pattern *dp = &ns_date_patterns[c[i].pat];
            size_t s = at, end = c[i].end;
            int r = ns_date_interpret(dp->family, doc->text + s, end - s,
                                      (doc->flags & NEWSENT_EXTRACT_DAY_FIRST) != 0, p);
            if (r < 0) {
                /* February 30: nothing here, and nothing inside it either */
                e->byte_end = (uint32_t)end;
                return -1;
            }
            if (r == 0)
                continue;
            size_t klast = token_ending_at(doc, k, end);
            int pre = pass == 0 && prefixed;
            if (!context_ok(doc, kk, klast, at, dp->name, p, pre))
                continue;
            /* "from"/"between" belong to the span only when a range follows */
            if (!p->day2 && !p->month2 && !p->year2 && p->count2 <= 0) {
                size_t len = end - s;
                const char *tx = doc->text + s;
                if (starts_with_word(tx, len, "from") || starts_with_word(tx, len, "between")) {
                    size_t j = s + (tx[0] == 'f' || tx[0] == 'F' ? 4 : 7);
                    while (j < end &&
                           (doc->text[j] == ' ' || doc->text[j] == '\t' || doc->text[j] == '\n'))
                        j++;
                    if (pre)
                        continue;
                    s = j;
                }
            }
            /* "the past year" is a duration, not last year */
            if (dp->family == NS_DF_REL && p->kind == NS_TX_REL && !p->weekday && !p->month &&
                strcmp(dp->name, "theunit") != 0 && !p->season &&
                starts_with_word(doc->text + s, end - s, "the") && p->offset != 0 &&
                p->unit != NS_TU_DAY)
                continue;
            if (pre) {
                /* TimeML keeps "early", "the end of", "at least" in the
                 * extent, but not hedges and prepositions ("about", "within",
                 * "earlier"): their meaning goes to mod only */
                static const char *const outside[] = {
                    "within", "around",        "about",   "almost",  "nearly", "only",
                    "over",   "under",         "earlier", "later",   "as",     "not",
                    "some",   "approximately", "roughly", "another", "an",     NULL};
                if (!word_is(doc, k, outside))
                    s = start;
                if (pmod && !p->mod)
                    p->mod = pmod;
            } else if (dp->family == NS_DF_CAL || dp->family == NS_DF_REL) {
                const char *m = ns_date_prefix_mod(doc->text + s, end - s);
                if (m && (!strcmp(m, "START") || !strcmp(m, "END") || !strcmp(m, "MID")))
                    p->mod = m;
            }
            size_t ks = ns_doc_token_at_or_after(doc, s);
            /* "the third-quarter results", "the two-week trip": the article
             * belongs to the noun, not to the adjective */
            static const char *const the[] = {"the", NULL};
            if (klast == ks + 1 && word_is(doc, ks, the) &&
                (doc->toks.v[klast].flags & NS_TF_HAS_HYPHEN) && klast + 1 < doc->toks.n &&
                doc->toks.v[klast + 1].kind == NS_TOK_WORD) {
                ks++;
                s = doc->toks.v[ks].start;
            }
            if (!p->tense && (p->weekday || (p->month && !p->year) || p->kind == NS_TX_CAL))
                p->tense = (signed char)sentence_tense(doc, ks, klast + 1);
            memset(e, 0, sizeof *e);
            e->byte_start = (uint32_t)s;
            e->byte_end = (uint32_t)end;
            e->tok_start = (uint32_t)ks;
            e->tok_end = (uint32_t)(klast + 1);
            e->label = NEWSENT_LABEL_DATE;
            e->type = type_names[p->type <= NS_TT_SET ? p->type : 0];
            e->mod = p->mod;
            e->unit = p->tz;
            e->confidence = dp->family == NS_DF_CAL || dp->family == NS_DF_NUMERIC ? 0.95f : 0.85f;
            return 1;
        }
    }
    return 0;
}

int ns_dates_find(const ns_dates *d, ns_doc *doc)
{
    if (!(doc->labels & NEWSENT_LABEL_DATE) || doc->toks.n == 0)
        return NEWSENT_OK;
    /* The patterns are ASCII and compiled in byte mode, so invalid UTF-8 in
     * the subject is harmless to PCRE2. */
    pcre2_match_data *md = pcre2_match_data_create(4, d->gc);
    if (!md)
        return NEWSENT_ENOMEM;
    int status = NEWSENT_OK;
    size_t skip_until = 0;
    for (size_t k = 0; k < doc->toks.n; k++) {
        const ns_token *t = &doc->toks.v[k];
        if (t->start < skip_until || !is_candidate(doc, t))
            continue;
        newsent_entity e;
        ns_timex_parse p;
        int found = best_at(d, md, doc, k, &e, &p);
        if (found < 0)
            skip_until = e.byte_end;
        if (found <= 0)
            continue;
        ns_timex_parse *copy = ns_arena_alloc(&doc->arena, sizeof *copy);
        if (!copy) {
            status = NEWSENT_ENOMEM;
            break;
        }
        *copy = p;
        e.detail = copy;
        if (!ns_doc_add_entity(doc, &e)) {
            status = doc->nents >= NEWSENT_MAX_ENTITIES ? NEWSENT_ELIMIT : NEWSENT_ENOMEM;
            break;
        }
        skip_until = e.byte_end;
    }
    pcre2_match_data_free(md);
    return status;
}
