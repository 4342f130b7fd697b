#include "text/tokenize.h"

#include <string.h>

#include "text/utf8.h"

/* The scanner's view of the text. */
typedef struct scan {
    const unsigned char *s;
    size_t len;
    /* Where the last failed e-mail and dotted-abbreviation scans stopped: a
     * scan from any later start before that point fails the same way, so
     * it is not repeated. Without this, text like "a+a+a+..." or
     * "a.a.a...ab" costs a scan to the end of the run at every token:
     * quadratic time. */
    size_t email_miss, dotted_miss;
} scan;

/* Out of line, so that peek's ASCII path, nearly every call in news text,
 * inlines small. */
__attribute__((noinline)) static size_t peek_multibyte(const scan *sc, size_t i, int32_t *cp)
{
    return ns_utf8_decode(sc->s, sc->len, i, cp);
}

static inline size_t peek(const scan *sc, size_t i, int32_t *cp)
{
    if (i >= sc->len) {
        *cp = 0;
        return 0;
    }
    if (sc->s[i] < 0x80) {
        *cp = sc->s[i];
        return 1;
    }
    return peek_multibyte(sc, i, cp);
}

static int is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019;
}

/* Hyphens that join the parts of a compound (Okonjo-Iweala, 90-day); en and
 * em dashes separate instead (2019–2021 is a range of two tokens). */
static int is_joining_hyphen(int32_t cp)
{
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static int is_alnum(int32_t cp)
{
    return ns_cp_is_letter(cp) || ns_cp_is_digit(cp);
}

static int ascii_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static int starts_with_ci(const scan *sc, size_t i, const char *lit)
{
    size_t n = strlen(lit);
    if (sc->len - i < n)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (ascii_lower(sc->s[i + k]) != lit[k])
            return 0;
    return 1;
}

/* Words that keep their period. Titles never end a sentence; the others may
 * (see ends_sentence_after_abbrev). Kept sorted by nothing: it is short and
 * only consulted when a word is directly followed by a period. */
static const char *const abbrevs[] = {
    "mr",   "mrs",  "ms",   "dr",   "prof", "gen",    "sen", "rep",  "gov",  "lt",
    "col",  "sgt",  "capt", "cmdr", "adm",  "maj",    "cpl", "pvt",  "rev",  "hon",
    "pres", "supt", "insp", "det",  "st",   "mt",     "ft",  "ave",  "blvd", "rd",
    "jr",   "sr",   "inc",  "corp", "co",   "ltd",    "plc", "bros", "dept", "univ",
    "assn", "jan",  "feb",  "mar",  "apr",  "jun",    "jul", "aug",  "sep",  "sept",
    "oct",  "nov",  "dec",  "mon",  "tue",  "tues",   "wed", "thu",  "thur", "thurs",
    "fri",  "sat",  "sun",  "vs",   "etc",  "approx", "no",  "nos",  "vol",  "fig",
    "al",   "ca",   "cf",   "e.g",  "i.e",  "u.s",    "u.k", "u.n"};

static const char *const titles[] = {"mr",  "mrs", "ms",  "dr",  "prof", "gen",  "sen",  "rep",
                                     "gov", "lt",  "col", "sgt", "capt", "cmdr", "adm",  "maj",
                                     "cpl", "pvt", "rev", "hon", "pres", "supt", "insp", "det",
                                     "st",  "mt",  "ft",  "no",  "nos",  "vs",   "cf"};

static int in_list(const scan *sc, size_t a, size_t b, const char *const *list, size_t n)
{
    size_t wl = b - a;
    if (wl == 0 || wl > 6)
        return 0;
    for (size_t k = 0; k < n; k++) {
        const char *w = list[k];
        size_t j = 0;
        while (j < wl && w[j] && ascii_lower(sc->s[a + j]) == w[j])
            j++;
        if (j == wl && w[j] == '\0')
            return 1;
    }
    return 0;
}

/* A clitic starting at an apostrophe at i: 's, 're, 've, 'll, 'd, 'm followed
 * by a non-letter. Returns its length in bytes, or 0. */
static size_t clitic_at(const scan *sc, size_t i)
{
    int32_t cp;
    size_t n = peek(sc, i, &cp);
    if (!n || !is_apostrophe(cp))
        return 0;
    static const char *const tails[] = {"s", "re", "ve", "ll", "d", "m"};
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        size_t tl = strlen(tails[k]);
        if (!starts_with_ci(sc, i + n, tails[k]))
            continue;
        int32_t after;
        size_t an = peek(sc, i + n + tl, &after);
        if (an == 0 || !is_alnum(after))
            return n + tl;
    }
    return 0;
}

/* "n't" at i (the 'n'), followed by a non-letter: its length, or 0. */
static size_t nt_at(const scan *sc, size_t i)
{
    if (i >= sc->len || ascii_lower(sc->s[i]) != 'n')
        return 0;
    int32_t cp;
    size_t n = peek(sc, i + 1, &cp);
    if (!n || !is_apostrophe(cp))
        return 0;
    if (i + 1 + n >= sc->len || ascii_lower(sc->s[i + 1 + n]) != 't')
        return 0;
    int32_t after;
    size_t an = peek(sc, i + 2 + n, &after);
    if (an && is_alnum(after))
        return 0;
    return 2 + n;
}

/* Scans a run of letters, digits and marks with the joiners a word or a
 * number may have inside, from i. Returns the end. */
static size_t scan_word(const scan *sc, size_t i, int numeric)
{
    size_t start = i;
    for (;;) {
        /* ASCII letters and digits first: most of every word. */
        while (i < sc->len && sc->s[i] < 0x80 &&
               (ns_ascii_class[sc->s[i]] & (NS_C_LETTER | NS_C_DIGIT))) {
            if ((sc->s[i] | 0x20) == 'n' && i > start && nt_at(sc, i))
                return i; /* do|n't */
            i++;
        }
        int32_t cp;
        size_t n = peek(sc, i, &cp);
        if (!n)
            break;
        if (is_alnum(cp) || (ns_cp_is_mark(cp) && i > start)) {
            if (nt_at(sc, i) && i > start)
                break; /* do|n't */
            i += n;
            continue;
        }
        int32_t next;
        size_t nn = peek(sc, i + n, &next);
        if (!nn || i == start)
            break;
        int32_t prev;
        /* the character before i: scan back over continuation bytes */
        size_t pb = i - 1;
        while (pb > start && (sc->s[pb] & 0xC0) == 0x80)
            pb--;
        peek(sc, pb, &prev);
        if (is_joining_hyphen(cp) && is_alnum(prev) && is_alnum(next)) {
            i += n;
            continue;
        }
        if (numeric && (cp == '.' || cp == ',' || cp == ':' || cp == '/') && ns_cp_is_digit(prev) &&
            ns_cp_is_digit(next)) {
            i += n;
            continue;
        }
        if (is_apostrophe(cp) && ns_cp_is_letter(prev) && ns_cp_is_letter(next) &&
            !clitic_at(sc, i)) {
            i += n;
            continue;
        }
        if (cp == '&' && ns_cp_is_upper(prev) && ns_cp_is_upper(next)) {
            i += n; /* AT&T, S&P */
            continue;
        }
        break;
    }
    return i;
}

/* letter(.letter)+ with an optional final period: U.S.  p.m.  U.S.A. Returns
 * the end, or 0 when the text at i is not such an abbreviation. */
static size_t scan_dotted(scan *sc, size_t i)
{
    if (i < sc->dotted_miss)
        return 0;
    size_t j = i;
    int groups = 0;
    for (;;) {
        int32_t cp;
        size_t n = peek(sc, j, &cp);
        if (!n || !ns_cp_is_letter(cp))
            break;
        size_t k = j + n;
        int32_t dot;
        size_t dn = peek(sc, k, &dot);
        if (!dn || dot != '.')
            break;
        j = k + dn;
        groups++;
    }
    int32_t after;
    size_t an = peek(sc, j, &after);
    if (groups < 2 || (an && is_alnum(after))) {
        sc->dotted_miss = j;
        return 0;
    }
    return j;
}

static size_t scan_url(const scan *sc, size_t i)
{
    size_t j = i;
    while (j < sc->len) {
        int32_t cp;
        size_t n = peek(sc, j, &cp);
        if (cp == NS_OPAQUE_CP || ns_cp_is_space(cp) || cp == '"' || cp == '<' || cp == '>' ||
            cp == 0x201C || cp == 0x201D)
            break;
        j += n;
    }
    /* trailing punctuation belongs to the sentence, not the address */
    while (j > i && strchr(".,;:!?)]}'", sc->s[j - 1]) && sc->s[j - 1] != 0)
        j--;
    return j;
}

/* Byte tests for the ASCII-only scanners: a byte is not a code point, and
 * calling a lead byte like 0xC3 a letter ('Ã') would end a token inside a
 * character. */
static int ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* An e-mail address starting at i, or 0. ASCII only: the local part and
 * the domain of an address in news text are ASCII in practice. */
static size_t scan_email(scan *sc, size_t i)
{
    if (i < sc->email_miss)
        return 0;
    size_t j = i;
    while (j < sc->len && (ascii_alnum(sc->s[j]) || strchr("._%+-", sc->s[j])) && sc->s[j])
        j++;
    if (j == i || j >= sc->len || sc->s[j] != '@') {
        sc->email_miss = j;
        return 0;
    }
    size_t at = j++;
    size_t dots = 0, last = j;
    while (j < sc->len && (ascii_alnum(sc->s[j]) || sc->s[j] == '.' || sc->s[j] == '-')) {
        if (sc->s[j] == '.')
            dots++;
        j++;
    }
    while (j > at + 1 && (sc->s[j - 1] == '.' || sc->s[j - 1] == '-')) {
        if (sc->s[j - 1] == '.')
            dots--;
        j--;
    }
    (void)last;
    if (dots == 0 || j <= at + 2) {
        sc->email_miss = at;
        return 0;
    }
    return j;
}

static uint16_t orthography(const scan *sc, size_t a, size_t b)
{
    uint16_t f = 0;
    int letters = 0, lowers = 0, first_letter_seen = 0;
    for (size_t i = a; i < b;) {
        unsigned char c = sc->s[i];
        if (c < 0x80) {
            /* The ASCII classes straight from the table. */
            unsigned cls = ns_ascii_class[c];
            if (cls & NS_C_LETTER) {
                letters++;
                if (cls & NS_C_LOWER)
                    lowers++;
                if (!first_letter_seen) {
                    first_letter_seen = 1;
                    if (cls & NS_C_UPPER)
                        f |= NS_TF_UPPER_INITIAL;
                }
            } else if (cls & NS_C_DIGIT) {
                f |= NS_TF_HAS_DIGIT;
            } else if (c == '-') {
                f |= NS_TF_HAS_HYPHEN;
            }
            i++;
            continue;
        }
        int32_t cp;
        size_t n = peek(sc, i, &cp);
        if (n > 1 || cp == NS_OPAQUE_CP)
            f |= NS_TF_NON_ASCII;
        if (ns_cp_is_letter(cp)) {
            letters++;
            if (ns_cp_is_lower(cp))
                lowers++;
            if (!first_letter_seen) {
                first_letter_seen = 1;
                if (ns_cp_is_upper(cp))
                    f |= NS_TF_UPPER_INITIAL;
            }
        } else if (ns_cp_is_digit(cp)) {
            f |= NS_TF_HAS_DIGIT;
        } else if (is_joining_hyphen(cp)) {
            f |= NS_TF_HAS_HYPHEN;
        }
        i += n;
    }
    if (letters) {
        f |= NS_TF_HAS_ALPHA;
        if (!lowers)
            f |= NS_TF_ALL_UPPER;
    }
    return f;
}

static int push(const ns_mem *mem, ns_tokens *t, size_t a, size_t b, ns_tok_kind kind,
                uint16_t flags)
{
    if (t->n == t->cap && ns_grow(mem, (void **)&t->v, &t->cap, t->n + 1, sizeof(ns_token)))
        return -1;
    ns_token *k = &t->v[t->n++];
    memset(k, 0, sizeof *k);
    k->start = (uint32_t)a;
    k->end = (uint32_t)b;
    k->kind = (uint8_t)kind;
    k->flags = flags;
    return 0;
}

/* The bytes after which an e-mail address's local part may go on. */
static inline int is_email_char(unsigned char c)
{
    return c == '@' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* One token at i (not white space). Sets *kind and returns its end. */
static size_t next_token(scan *sc, size_t i, size_t prev_end, ns_tok_kind *kind)
{
    int32_t cp;
    size_t n = peek(sc, i, &cp);
    if (cp == NS_OPAQUE_CP) {
        *kind = NS_TOK_OPAQUE;
        return i + 1;
    }
    if ((cp == 'h' || cp == 'H' || cp == 'w' || cp == 'W') &&
        (starts_with_ci(sc, i, "http://") || starts_with_ci(sc, i, "https://") ||
         starts_with_ci(sc, i, "www."))) {
        size_t e = scan_url(sc, i);
        if (e > i + 4) {
            *kind = NS_TOK_URL;
            return e;
        }
    }
    if (cp < 0x80 && is_alnum(cp)) {
        /* only where the local part can end, to keep plain words cheap */
        size_t w = i;
        while (w < sc->len && sc->s[w] < 0x80 &&
               (ns_ascii_class[sc->s[w]] & (NS_C_LETTER | NS_C_DIGIT)))
            w++;
        if (w < sc->len && is_email_char(sc->s[w])) {
            size_t e = scan_email(sc, i);
            if (e) {
                *kind = NS_TOK_EMAIL;
                return e;
            }
        }
    }
    if ((cp == '@' || cp == '#') && i + 1 < sc->len) {
        int32_t nx;
        peek(sc, i + 1, &nx);
        if (ns_cp_is_letter(nx) || (cp == '@' && (ns_cp_is_digit(nx) || nx == '_'))) {
            size_t j = i + 1;
            while (j < sc->len) {
                int32_t c2;
                size_t n2 = peek(sc, j, &c2);
                if (!(is_alnum(c2) || c2 == '_' || ns_cp_is_mark(c2)))
                    break;
                j += n2;
            }
            *kind = cp == '@' ? NS_TOK_HANDLE : NS_TOK_HASHTAG;
            return j;
        }
    }
    if (is_apostrophe(cp) && prev_end == i) {
        size_t cl = clitic_at(sc, i);
        if (cl) {
            *kind = NS_TOK_CLITIC;
            return i + cl;
        }
    }
    if (ns_cp_is_letter(cp)) {
        size_t nt = nt_at(sc, i);
        if (nt && prev_end == i) {
            *kind = NS_TOK_CLITIC;
            return i + nt;
        }
        size_t d = scan_dotted(sc, i);
        if (d) {
            *kind = NS_TOK_ABBREV;
            return d;
        }
        size_t e = scan_word(sc, i, 0);
        int32_t after;
        size_t an = peek(sc, e, &after);
        if (an && after == '.') {
            int single = (e - i == n) && ns_cp_is_upper(cp);
            if (single || in_list(sc, i, e, abbrevs, sizeof abbrevs / sizeof abbrevs[0])) {
                *kind = NS_TOK_ABBREV;
                return e + 1;
            }
        }
        *kind = NS_TOK_WORD;
        return e;
    }
    if (ns_cp_is_digit(cp)) {
        *kind = NS_TOK_NUMBER;
        return scan_word(sc, i, 1);
    }
    if (cp == '-' || cp == '.') {
        size_t j = i;
        while (j < sc->len && sc->s[j] == (unsigned char)cp)
            j++;
        *kind = NS_TOK_PUNCT;
        return j;
    }
    *kind = NS_TOK_PUNCT;
    if (cp == '%' || cp == '$' || cp == '+' || cp == '=' || cp == '<' || cp == '>' || cp == '^' ||
        cp == '|' || cp == '~' || cp == '&') {
        *kind = NS_TOK_SYMBOL;
    } else if (cp >= 0x80 && !ns_cp_is_mark(cp)) {
        /* currency, math and other symbols outside ASCII */
        static const int32_t puncts[] = {0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026,
                                         0x00AB, 0x00BB, 0x2010, 0x2011, 0x2012, 0x2015, 0x00A1,
                                         0x00BF, 0x00B7, 0x2022, 0x201E, 0x2039, 0x203A};
        int is_p = 0;
        for (size_t k = 0; k < sizeof puncts / sizeof puncts[0]; k++)
            if (puncts[k] == cp)
                is_p = 1;
        if (!is_p)
            *kind = NS_TOK_SYMBOL;
    }
    return i + n;
}

static int is_final_punct(const scan *sc, const ns_token *t)
{
    if (t->kind != NS_TOK_PUNCT)
        return 0;
    unsigned char c = sc->s[t->start];
    if (c == '!' || c == '?')
        return 1;
    if (c == '.')
        return 1;
    return t->end - t->start == 3 && c == 0xE2 && sc->s[t->start + 1] == 0x80 &&
           sc->s[t->start + 2] == 0xA6; /* … */
}

static int is_closing(const scan *sc, const ns_token *t)
{
    if (t->kind != NS_TOK_PUNCT)
        return 0;
    unsigned char c = sc->s[t->start];
    if (c == '"' || c == '\'' || c == ')' || c == ']')
        return 1;
    /* ’ and ” */
    return t->end - t->start == 3 && c == 0xE2 && sc->s[t->start + 1] == 0x80 &&
           (sc->s[t->start + 2] == 0x99 || sc->s[t->start + 2] == 0x9D);
}

/* Could token t open a sentence? Lower-case words and most punctuation
 * cannot ("said the U.S. official"). */
static int can_open(const scan *sc, const ns_token *t)
{
    if (t->flags & NS_TF_UPPER_INITIAL)
        return 1;
    if (t->kind == NS_TOK_NUMBER || t->kind == NS_TOK_SYMBOL || t->kind == NS_TOK_HANDLE ||
        t->kind == NS_TOK_HASHTAG || t->kind == NS_TOK_URL)
        return 1;
    if (t->kind == NS_TOK_PUNCT) {
        unsigned char c = sc->s[t->start];
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0xE2;
    }
    return 0;
}

static int ends_sentence_after_abbrev(const scan *sc, const ns_token *t, const ns_token *next)
{
    /* A title or an initial binds to the name after it; other abbreviations
     * (Inc., U.S., etc.) end a sentence only before a new paragraph or a
     * word that usually opens one. */
    if (in_list(sc, t->start, t->end - 1, titles, sizeof titles / sizeof titles[0]))
        return 0;
    if (t->end - t->start == 2)
        return 0;
    if (next->flags & NS_TF_PARA_START)
        return 1;
    static const char *const openers[] = {"the", "he",  "she",   "it",   "they", "we",    "i",
                                          "but", "in",  "a",     "this", "that", "there", "his",
                                          "her", "its", "their", "on",   "at"};
    return in_list(sc, next->start, next->end, openers, sizeof openers / sizeof openers[0]) &&
           (next->flags & NS_TF_UPPER_INITIAL);
}

static int line_break_ends(const scan *sc, const ns_token *prev, const ns_token *next)
{
    /* A line break with no sentence punctuation ends a headline or a list
     * item when the next line starts like a sentence and the line before did
     * not stop on a comma or a joining word. */
    if (!(next->flags & NS_TF_NEWLINE_BEFORE) || !can_open(sc, next))
        return 0;
    if (prev->kind == NS_TOK_PUNCT) {
        unsigned char c = sc->s[prev->start];
        if (c == ',' || c == ':' || c == ';' || c == '(' || c == '-')
            return 0;
    }
    if (prev->kind == NS_TOK_WORD && !(prev->flags & (NS_TF_UPPER_INITIAL | NS_TF_HAS_DIGIT)))
        return 0;
    return 1;
}

static void mark_sentences(const scan *sc, ns_tokens *t)
{
    size_t sent = 0;
    for (size_t k = 0; k < t->n; k++) {
        ns_token *tok = &t->v[k];
        if (k == 0) {
            tok->flags |= NS_TF_SENT_START;
        } else {
            const ns_token *prev = &t->v[k - 1];
            int brk = 0;
            if (tok->flags & NS_TF_PARA_START)
                brk = 1;
            else if (line_break_ends(sc, prev, tok))
                brk = 1;
            else if (can_open(sc, tok) && (tok->flags & NS_TF_SPACE_BEFORE)) {
                /* walk back over closing quotes to the punctuation */
                size_t j = k - 1;
                while (j > 0 && is_closing(sc, &t->v[j]) && !(t->v[j].flags & NS_TF_SPACE_BEFORE))
                    j--;
                if (is_final_punct(sc, &t->v[j]))
                    brk = 1;
                else if (j == k - 1 && t->v[j].kind == NS_TOK_ABBREV)
                    brk = ends_sentence_after_abbrev(sc, &t->v[j], tok);
            }
            if (brk) {
                sent++;
                tok->flags |= NS_TF_SENT_START;
                t->v[k - 1].flags |= NS_TF_SENT_END;
            }
        }
        tok->sent = (uint32_t)sent;
    }
    if (t->n)
        t->v[t->n - 1].flags |= NS_TF_SENT_END;
    t->nsent = t->n ? sent + 1 : 0;
}

static void mark_headlines(ns_tokens *t)
{
    size_t a = 0;
    while (a < t->n) {
        size_t b = a + 1;
        while (b < t->n && !(t->v[b].flags & NS_TF_SENT_START))
            b++;
        size_t words = 0, upper = 0;
        for (size_t k = a; k < b; k++) {
            if (!(t->v[k].flags & NS_TF_HAS_ALPHA))
                continue;
            words++;
            if (t->v[k].flags & NS_TF_ALL_UPPER)
                upper++;
        }
        if (words >= 2 && upper * 10 >= words * 7)
            for (size_t k = a; k < b; k++)
                t->v[k].flags |= NS_TF_HEADLINE;
        a = b;
    }
}

/* Characters in s[0..n): one a byte up to the first non-ASCII byte, which
 * in news text is usually none. */
static inline size_t count_chars(const unsigned char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] < 0x80)
        k++;
    return k == n ? n : k + ns_utf8_count(s + k, n - k);
}

static void mark_code_points(const scan *sc, ns_tokens *t)
{
    size_t pos = 0, cp = 0;
    for (size_t k = 0; k < t->n; k++) {
        ns_token *tok = &t->v[k];
        cp += count_chars(sc->s + pos, tok->start - pos);
        tok->cp_start = (uint32_t)cp;
        cp += count_chars(sc->s + tok->start, tok->end - tok->start);
        tok->cp_end = (uint32_t)cp;
        pos = tok->end;
    }
}

/* A word of ASCII letters ended by white space, the end of the text or
 * punctuation that never joins a word (",;()[]\"?!"): most tokens of news
 * text. None of next_token's special cases (URLs and e-mail addresses,
 * dotted abbreviations, "n't", hyphens, apostrophes, "AT&T") can start or
 * go on at such a word, so it is one WORD token, and its flags are counted
 * on the way. Returns its end, or 0 for any other text at i. */
static size_t plain_word(const scan *sc, size_t i, uint16_t *flags)
{
    size_t j = i;
    unsigned lowers = 0;
    while (j < sc->len && sc->s[j] < 0x80 && (ns_ascii_class[sc->s[j]] & NS_C_LETTER))
        lowers += (ns_ascii_class[sc->s[j++]] & NS_C_LOWER) != 0;
    if (j < sc->len) {
        unsigned char c = sc->s[j];
        if (!(c == ' ' || c == '\n' || c == ',' || c == ';' || c == '(' || c == ')' || c == '"' ||
              c == '?' || c == '!' || c == '[' || c == ']' || c == '\t' || c == '\r'))
            return 0;
    }
    uint16_t f = NS_TF_HAS_ALPHA;
    if (ns_ascii_class[sc->s[i]] & NS_C_UPPER)
        f |= NS_TF_UPPER_INITIAL;
    if (!lowers)
        f |= NS_TF_ALL_UPPER;
    *flags = f;
    return j;
}

int ns_tokenize(const ns_mem *mem, const char *text, size_t len, ns_tokens *out)
{
    scan sc = {(const unsigned char *)text, len, 0, 0};
    out->n = 0;
    out->nsent = 0;
    size_t i = 0, prev_end = 0;
    uint16_t ws = NS_TF_SPACE_BEFORE | NS_TF_NEWLINE_BEFORE | NS_TF_PARA_START;
    while (i < len) {
        unsigned char c = sc.s[i];
        if (c == ' ') {
            ws |= NS_TF_SPACE_BEFORE;
            i++;
            continue;
        }
        uint16_t pf;
        size_t pe = c < 0x80 && (ns_ascii_class[c] & NS_C_LETTER) ? plain_word(&sc, i, &pf) : 0;
        if (pe) {
            if (push(mem, out, i, pe, NS_TOK_WORD, (uint16_t)(ws | pf)))
                return -1;
            prev_end = i = pe;
            ws = 0;
            continue;
        }
        int32_t cp;
        size_t n = peek(&sc, i, &cp);
        if (ns_cp_is_space(cp)) {
            if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                if (ws & NS_TF_NEWLINE_BEFORE)
                    ws |= NS_TF_PARA_START;
                ws |= NS_TF_NEWLINE_BEFORE;
            }
            ws |= NS_TF_SPACE_BEFORE;
            i += n;
            continue;
        }
        ns_tok_kind kind;
        size_t e = next_token(&sc, i, prev_end, &kind);
        uint16_t f = ws;
        if (kind != NS_TOK_PUNCT && kind != NS_TOK_OPAQUE)
            f |= orthography(&sc, i, e);
        if (push(mem, out, i, e, kind, f))
            return -1;
        prev_end = e;
        i = e;
        ws = 0;
    }
    mark_sentences(&sc, out);
    mark_headlines(out);
    mark_code_points(&sc, out);
    return 0;
}

void ns_tokens_free(const ns_mem *mem, ns_tokens *t)
{
    ns_free(mem, t->v);
    t->v = NULL;
    t->n = t->cap = t->nsent = 0;
}

size_t ns_tokens_cp_at(const ns_tokens *t, const char *text, size_t len, size_t b)
{
    /* the last token starting at or before b */
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->v[mid].start <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t pos = 0, cp = 0;
    if (lo > 0) {
        pos = t->v[lo - 1].start;
        cp = t->v[lo - 1].cp_start;
    }
    if (b > len)
        b = len;
    return cp + ns_utf8_count((const unsigned char *)text + pos, b - pos);
}

size_t ns_tokens_cp_walk(const ns_tokens *t, const char *text, size_t len, size_t *cursor, size_t b)
{
    size_t k = *cursor;
    if (k >= t->n || t->v[k].start > b)
        return ns_tokens_cp_at(t, text, len, b);
    while (k + 1 < t->n && t->v[k + 1].start <= b)
        k++;
    *cursor = k;
    if (b > len)
        b = len;
    return t->v[k].cp_start +
           ns_utf8_count((const unsigned char *)text + t->v[k].start, b - t->v[k].start);
}
