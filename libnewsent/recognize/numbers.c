#include "recognize/numbers.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SIG 40 /* significant digits kept; a double holds 17 */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}
static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

/* The length of a group separator at s[i] other than ',' and '.': U+00A0
 * (no-break space), U+2009 (thin space), U+202F (narrow no-break space). */
static size_t space_sep(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (i + 1 < len && u[i] == 0xC2 && u[i + 1] == 0xA0)
        return 2;
    if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x89 || u[i + 2] == 0xAF))
        return 3;
    return 0;
}

/* Digits collected for strtod: the significant digits and a decimal
 * exponent, so that no locale-dependent radix character is involved and
 * numbers of any length fit. */
typedef struct digits {
    char sig[MAX_SIG + 1];
    int nsig;
    long exp10;
    int nonzero;
} digits;

static void digits_add(digits *d, char c, int fractional)
{
    if (!d->nonzero && c == '0') {
        if (fractional)
            d->exp10--;
        return;
    }
    d->nonzero = 1;
    if (d->nsig < MAX_SIG) {
        d->sig[d->nsig++] = c;
        if (fractional)
            d->exp10--;
    } else if (!fractional) {
        d->exp10++;
    }
}

static double digits_value(const digits *d, long extra_exp, int *overflow)
{
    char buf[MAX_SIG + 32];
    if (!d->nonzero)
        return 0.0;
    long e = d->exp10 + extra_exp;
    if (d->nsig <= 15 && e >= -22 && e <= 22) {
        /* exact: a mantissa below 2^53 times or over an exact power of ten
         * rounds once, as strtod would (Clinger's fast path) */
        static const double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        int64_t m = 0;
        for (int i = 0; i < d->nsig; i++)
            m = m * 10 + (d->sig[i] - '0');
        return e >= 0 ? (double)m * p10[e] : (double)m / p10[-e];
    }
    if (e > 100000)
        e = 100000;
    if (e < -100000)
        e = -100000;
    memcpy(buf, d->sig, (size_t)d->nsig);
    size_t k = (size_t)d->nsig;
    buf[k++] = 'e';
    /* write e in decimal by hand: snprintf would do, but this is simple */
    char tmp[24];
    int nt = 0, neg = e < 0;
    unsigned long ue = neg ? (unsigned long)(-e) : (unsigned long)e;
    do {
        tmp[nt++] = (char)('0' + ue % 10);
        ue /= 10;
    } while (ue);
    if (neg)
        buf[k++] = '-';
    while (nt)
        buf[k++] = tmp[--nt];
    buf[k] = '\0';
    errno = 0;
    double v = strtod(buf, NULL);
    if (isinf(v) || (errno == ERANGE && fabs(v) > 1.0)) {
        *overflow = 1;
        v = HUGE_VAL;
    }
    return v;
}

double ns_number_vulgar(const char *s, size_t len, size_t *n)
{
    static const struct {
        unsigned short cp;
        double v;
    } vf[] = {{0xBC, 0.25},      {0xBD, 0.5},       {0xBE, 0.75},      {0x2150, 1.0 / 7},
              {0x2151, 1.0 / 9}, {0x2152, 0.1},     {0x2153, 1.0 / 3}, {0x2154, 2.0 / 3},
              {0x2155, 0.2},     {0x2156, 0.4},     {0x2157, 0.6},     {0x2158, 0.8},
              {0x2159, 1.0 / 6}, {0x215A, 5.0 / 6}, {0x215B, 0.125},   {0x215C, 0.375},
              {0x215D, 0.625},   {0x215E, 0.875}};
    const unsigned char *u = (const unsigned char *)s;
    unsigned cp = 0;
    *n = 0;
    if (len >= 2 && u[0] == 0xC2 && u[1] >= 0xBC && u[1] <= 0xBE) {
        cp = u[1];
        *n = 2;
    } else if (len >= 3 && u[0] == 0xE2 && u[1] == 0x85 && u[2] >= 0x90 && u[2] <= 0x9E) {
        cp = 0x2150u + (u[2] - 0x90u);
        *n = 3;
    } else {
        return 0;
    }
    for (size_t i = 0; i < sizeof vf / sizeof vf[0]; i++)
        if (vf[i].cp == cp)
            return vf[i].v;
    *n = 0;
    return 0;
}

/* Reads "/denominator" after an integer numerator: a fraction only when it
 * reads like one (2/3, 7/8, 1/16), not a date (3/4/2024) or a ratio (24/7). */
static size_t scan_fraction(const char *s, size_t len, size_t i, double num, double *out)
{
    if (i + 1 >= len || s[i] != '/' || !is_digit(s[i + 1]))
        return 0;
    size_t j = i + 1;
    double den = 0;
    while (j < len && is_digit(s[j]) && j - i <= 4)
        den = den * 10 + (s[j++] - '0');
    if (j < len && (is_digit(s[j]) || s[j] == '/' || s[j] == '.' || s[j] == ','))
        return 0;
    if (den < 2 || num >= den || (den > 100 && num != 1))
        return 0;
    *out = num / den;
    return j;
}

size_t ns_number_scan(const char *s, size_t len, ns_number *out)
{
    memset(out, 0, sizeof *out);
    if (!s || len == 0)
        return 0;
    size_t i = 0;
    int neg = 0;
    if (s[0] == '-' || s[0] == '+') {
        neg = s[0] == '-';
        i = 1;
    }
    size_t vn;
    double vv = ns_number_vulgar(s + i, len - i, &vn);
    if (vn) {
        out->value = neg ? -vv : vv;
        out->flags = NS_NUM_FRACTION | (neg ? NS_NUM_NEGATIVE : 0u);
        out->len = i + vn;
        return out->len;
    }
    if (i >= len || !(is_digit(s[i]) || (s[i] == '.' && i + 1 < len && is_digit(s[i + 1]))))
        return 0;
    {
        /* the common case, a plain run of up to 15 digits ("72", "2019"):
         * exact in a double, read without the grouping machinery */
        size_t j = i;
        uint64_t v = 0;
        while (j < len && is_digit(s[j]) && j - i < 16)
            v = v * 10 + (uint64_t)(s[j++] - '0');
        unsigned char nx = j < len ? (unsigned char)s[j] : 0;
        if (j > i && j - i <= 15 &&
            !(nx == ',' || nx == '.' || nx == 'e' || nx == 'E' || nx == '/' || nx >= 0xC2 ||
              (nx >= '0' && nx <= '9'))) {
            out->value = neg ? -(double)v : (double)v;
            out->flags = (neg ? NS_NUM_NEGATIVE : 0u) |
                         (j - i > 1 && s[i] == '0' ? (unsigned)NS_NUM_LEAD_ZERO : 0u);
            out->int_digits = (unsigned)(j - i);
            out->len = j;
            return j;
        }
    }

    /* The run of digits and separators, each separator between digits. */
    enum { MAXG = 64 };
    size_t gstart[MAXG], glen[MAXG];
    char sep[MAXG]; /* separator before group g (g >= 1): ',', '.', ' ' */
    size_t ng = 0, j = i;
    while (ng < MAXG) {
        size_t b = j;
        while (j < len && is_digit(s[j]))
            j++;
        gstart[ng] = b;
        glen[ng] = j - b;
        ng++;
        if (j >= len)
            break;
        size_t sl = 0;
        char c = s[j];
        if ((c == ',' || c == '.') && j + 1 < len && is_digit(s[j + 1]))
            sl = 1;
        else if ((sl = space_sep(s, len, j)) != 0 && j + sl < len && is_digit(s[j + sl]))
            c = ' ';
        else
            break;
        if (ng >= MAXG)
            break;
        sep[ng] = c;
        j += sl;
    }
    /* Decide which separator, if any, is the decimal mark. */
    size_t ncomma = 0, ndot = 0, nspace = 0;
    for (size_t g = 1; g < ng; g++) {
        ncomma += sep[g] == ',';
        ndot += sep[g] == '.';
        nspace += sep[g] == ' ';
    }
    size_t int_end = ng; /* groups [0, int_end) are the integer part */
    unsigned flags = 0;
    char gsep = 0;
    if (ng > 1) {
        char last = sep[ng - 1];
        size_t nlast = last == ',' ? ncomma : last == '.' ? ndot : nspace;
        if (last != ' ' && nlast == 1 && ng > 2) {
            int_end = ng - 1; /* 1,234.5  1.234,5  40 000.5 */
            gsep = sep[1];
        } else if (ng == 2 && last == '.') {
            int_end = 1; /* 3.75  1.000 */
        } else if (ng == 2 && last == ',' && glen[1] != 3) {
            int_end = 1; /* 1,5 */
        } else {
            gsep = last;
        }
        if (int_end < ng && sep[ng - 1] == ',')
            flags |= NS_NUM_COMMA_DEC;
        if (int_end < ng && int_end > 1 && sep[int_end] == gsep)
            return 0; /* 1,234,5 */
        /* The integer groups must be consistent: one separator kind, the
         * first group 1-3 digits, then groups of three, or Indian 2s then 3. */
        if (int_end > 1) {
            for (size_t g = 1; g < int_end; g++)
                if (sep[g] != gsep)
                    return 0;
            if (glen[0] == 0 || glen[0] > 3)
                return 0;
            int western = 1, indian = gsep == ',' && int_end > 2 && glen[int_end - 1] == 3;
            for (size_t g = 1; g < int_end; g++) {
                if (glen[g] != 3)
                    western = 0;
                if (g < int_end - 1 && glen[g] != 2)
                    indian = 0;
            }
            if (indian && glen[0] > 2)
                indian = 0;
            if (!western && !indian)
                return 0;
            flags |= NS_NUM_GROUPED;
        }
    }
    digits d;
    memset(&d, 0, sizeof d);
    unsigned idig = 0;
    for (size_t g = 0; g < int_end; g++)
        for (size_t k = 0; k < glen[g]; k++) {
            digits_add(&d, s[gstart[g] + k], 0);
            idig++;
        }
    size_t end = gstart[int_end - 1] + glen[int_end - 1];
    if (int_end < ng) {
        flags |= NS_NUM_DECIMAL;
        for (size_t k = 0; k < glen[ng - 1]; k++)
            digits_add(&d, s[gstart[ng - 1] + k], 1);
        end = gstart[ng - 1] + glen[ng - 1];
    } else if (glen[0] == 0) {
        return 0;
    }
    if (idig > 1 && s[gstart[0]] == '0' && !(flags & NS_NUM_GROUPED))
        flags |= NS_NUM_LEAD_ZERO;
    long ex = 0;
    int overflow = 0;
    double frac = 0;
    size_t fe;
    if (end < len && (s[end] == 'e' || s[end] == 'E')) {
        size_t k = end + 1;
        int eneg = 0;
        if (k < len && (s[k] == '+' || s[k] == '-'))
            eneg = s[k++] == '-';
        if (k < len && is_digit(s[k])) {
            while (k < len && is_digit(s[k])) {
                if (ex < 1000000)
                    ex = ex * 10 + (s[k] - '0');
                k++;
            }
            if (eneg)
                ex = -ex;
            end = k;
            flags |= NS_NUM_EXPONENT;
        }
    } else if (!(flags & (NS_NUM_DECIMAL | NS_NUM_GROUPED)) && idig <= 4 &&
               (fe = scan_fraction(s, len, end, digits_value(&d, 0, &overflow), &frac)) != 0) {
        out->value = neg ? -frac : frac;
        out->flags = NS_NUM_FRACTION | (neg ? NS_NUM_NEGATIVE : 0u);
        out->int_digits = idig;
        out->len = fe;
        return fe;
    }
    double v = digits_value(&d, ex, &overflow);
    if (overflow)
        flags |= NS_NUM_OVERFLOW;
    if (neg) {
        v = -v;
        flags |= NS_NUM_NEGATIVE;
    }
    out->value = v;
    out->flags = flags;
    out->int_digits = idig;
    out->len = end;
    return end;
}

double ns_number_scale_suffix(const char *s, size_t len, unsigned *flags)
{
    static const struct {
        const char *w;
        unsigned char n; /* strlen(w) */
        double mult;
        int exact_case; /* 1: only as written ("M", "B", "T", "MM") */
    } sfx[] = {
        {"k", 1, 1e3, 0},   {"K", 1, 1e3, 1},    {"m", 1, 1e6, 1},     {"M", 1, 1e6, 1},
        {"mn", 2, 1e6, 0},  {"mln", 3, 1e6, 0},  {"mil", 3, 1e6, 0},   {"MM", 2, 1e6, 1},
        {"b", 1, 1e9, 1},   {"B", 1, 1e9, 1},    {"bn", 2, 1e9, 0},    {"bln", 3, 1e9, 0},
        {"tn", 2, 1e12, 0}, {"trn", 3, 1e12, 0}, {"tln", 3, 1e12, 0},  {"tr", 2, 1e12, 0},
        {"T", 1, 1e12, 1},  {"lakh", 4, 1e5, 0}, {"crore", 5, 1e7, 0},
    };
    *flags = 0;
    if (len == 0 || len > 5)
        return 0;
    for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
        const char *w = sfx[i].w;
        size_t n = sfx[i].n;
        if (n != len)
            continue;
        size_t k = 0;
        if (sfx[i].exact_case)
            while (k < n && s[k] == w[k])
                k++;
        else
            while (k < n && lower(s[k]) == w[k])
                k++;
        if (k == n) {
            if (strcmp(w, "m") == 0)
                *flags = NS_NUM_SCALE_M;
            return sfx[i].mult;
        }
    }
    return 0;
}

static int ordinal_suffix_ok(const char *s, size_t len, double v)
{
    if (len != 2)
        return 0;
    char a = lower(s[0]), b = lower(s[1]);
    long n = (long)fmod(v, 100.0);
    long last = n % 10;
    const char *want = "th";
    if (n < 11 || n > 13)
        want = last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return a == want[0] && b == want[1];
}

int ns_number_parse(const char *s, size_t len, ns_number *out)
{
    size_t n = ns_number_scan(s, len, out);
    if (n == 0)
        return 0;
    if (n == len)
        return 1;
    const char *r = s + n;
    size_t rl = len - n;
    if (!(out->flags & (NS_NUM_DECIMAL | NS_NUM_FRACTION | NS_NUM_EXPONENT | NS_NUM_NEGATIVE)) &&
        ordinal_suffix_ok(r, rl, out->value)) {
        out->flags |= NS_NUM_ORDINAL;
        out->len = len;
        return 1;
    }
    if (out->flags & (NS_NUM_FRACTION | NS_NUM_EXPONENT))
        return 0;
    unsigned f;
    double mult = ns_number_scale_suffix(r, rl, &f);
    if (mult == 0)
        return 0;
    out->value *= mult;
    if (isinf(out->value))
        out->flags |= NS_NUM_OVERFLOW;
    out->flags |= NS_NUM_SCALED | f;
    out->len = len;
    return 1;
}

/* ---- words --------------------------------------------------------------- */

typedef struct numword_entry {
    const char *w;
    unsigned char kind;
    double value;
} numword_entry;

/* Sorted by w (strcmp order) for bsearch. */
static const numword_entry numwords[] = {
    {"billion", NS_NW_SCALE, 1e9},
    {"billionth", NS_NW_ORD, 1e9},
    {"billionths", NS_NW_DENOMS, 1e9},
    {"crore", NS_NW_SCALE, 1e7},
    {"dozen", NS_NW_DOZEN, 12},
    {"dozens", NS_NW_DOZEN, 12},
    {"dozs", NS_NW_DOZEN, 12},
    {"dzs", NS_NW_DOZEN, 12},
    {"eight", NS_NW_DIGIT, 8},
    {"eighteen", NS_NW_TEEN, 18},
    {"eighteenth", NS_NW_ORD, 18},
    {"eighteenths", NS_NW_DENOMS, 18},
    {"eighth", NS_NW_ORD, 8},
    {"eighths", NS_NW_DENOMS, 8},
    {"eightieth", NS_NW_ORD, 80},
    {"eightieths", NS_NW_DENOMS, 80},
    {"eighty", NS_NW_TENS, 80},
    {"eleven", NS_NW_TEEN, 11},
    {"eleventh", NS_NW_ORD, 11},
    {"elevenths", NS_NW_DENOMS, 11},
    {"fifteen", NS_NW_TEEN, 15},
    {"fifteenth", NS_NW_ORD, 15},
    {"fifteenths", NS_NW_DENOMS, 15},
    {"fifth", NS_NW_ORD, 5},
    {"fifths", NS_NW_DENOMS, 5},
    {"fiftieth", NS_NW_ORD, 50},
    {"fiftieths", NS_NW_DENOMS, 50},
    {"fifty", NS_NW_TENS, 50},
    {"first", NS_NW_ORD, 1},
    {"firsts", NS_NW_DENOMS, 1},
    {"five", NS_NW_DIGIT, 5},
    {"fortieth", NS_NW_ORD, 40},
    {"fortieths", NS_NW_DENOMS, 40},
    {"forty", NS_NW_TENS, 40},
    {"four", NS_NW_DIGIT, 4},
    {"fourteen", NS_NW_TEEN, 14},
    {"fourteenth", NS_NW_ORD, 14},
    {"fourteenths", NS_NW_DENOMS, 14},
    {"fourth", NS_NW_ORD, 4},
    {"fourths", NS_NW_DENOMS, 4},
    {"half", NS_NW_HALF, 2},
    {"halves", NS_NW_DENOMS, 2},
    {"hundred", NS_NW_HUNDRED, 100},
    {"hundreds", NS_NW_HUNDRED, 100},
    {"hundredth", NS_NW_ORD, 100},
    {"hundredths", NS_NW_DENOMS, 100},
    {"lakh", NS_NW_SCALE, 1e5},
    {"million", NS_NW_SCALE, 1e6},
    {"millionth", NS_NW_ORD, 1e6},
    {"millionths", NS_NW_DENOMS, 1e6},
    {"naught", NS_NW_DIGIT, 0},
    {"nine", NS_NW_DIGIT, 9},
    {"nineteen", NS_NW_TEEN, 19},
    {"nineteenth", NS_NW_ORD, 19},
    {"nineteenths", NS_NW_DENOMS, 19},
    {"ninetieth", NS_NW_ORD, 90},
    {"ninetieths", NS_NW_DENOMS, 90},
    {"ninety", NS_NW_TENS, 90},
    {"ninth", NS_NW_ORD, 9},
    {"ninths", NS_NW_DENOMS, 9},
    {"nought", NS_NW_DIGIT, 0},
    {"one", NS_NW_DIGIT, 1},
    {"quadrillion", NS_NW_SCALE, 1e15},
    {"quarter", NS_NW_QUARTER, 4},
    {"quarters", NS_NW_DENOMS, 4},
    {"second", NS_NW_ORD, 2},
    {"seven", NS_NW_DIGIT, 7},
    {"seventeen", NS_NW_TEEN, 17},
    {"seventeenth", NS_NW_ORD, 17},
    {"seventeenths", NS_NW_DENOMS, 17},
    {"seventh", NS_NW_ORD, 7},
    {"sevenths", NS_NW_DENOMS, 7},
    {"seventieth", NS_NW_ORD, 70},
    {"seventieths", NS_NW_DENOMS, 70},
    {"seventy", NS_NW_TENS, 70},
    {"six", NS_NW_DIGIT, 6},
    {"sixteen", NS_NW_TEEN, 16},
    {"sixteenth", NS_NW_ORD, 16},
    {"sixteenths", NS_NW_DENOMS, 16},
    {"sixth", NS_NW_ORD, 6},
    {"sixths", NS_NW_DENOMS, 6},
    {"sixtieth", NS_NW_ORD, 60},
    {"sixtieths", NS_NW_DENOMS, 60},
    {"sixty", NS_NW_TENS, 60},
    {"ten", NS_NW_TEEN, 10},
    {"tenth", NS_NW_ORD, 10},
    {"tenths", NS_NW_DENOMS, 10},
    {"third", NS_NW_ORD, 3},
    {"thirds", NS_NW_DENOMS, 3},
    {"thirteen", NS_NW_TEEN, 13},
    {"thirteenth", NS_NW_ORD, 13},
    {"thirteenths", NS_NW_DENOMS, 13},
    {"thirtieth", NS_NW_ORD, 30},
    {"thirtieths", NS_NW_DENOMS, 30},
    {"thirty", NS_NW_TENS, 30},
    {"thousand", NS_NW_SCALE, 1e3},
    {"thousandth", NS_NW_ORD, 1e3},
    {"thousandths", NS_NW_DENOMS, 1e3},
    {"three", NS_NW_DIGIT, 3},
    {"trillion", NS_NW_SCALE, 1e12},
    {"trillionth", NS_NW_ORD, 1e12},
    {"trillionths", NS_NW_DENOMS, 1e12},
    {"twelfth", NS_NW_ORD, 12},
    {"twelfths", NS_NW_DENOMS, 12},
    {"twelve", NS_NW_TEEN, 12},
    {"twentieth", NS_NW_ORD, 20},
    {"twentieths", NS_NW_DENOMS, 20},
    {"twenty", NS_NW_TENS, 20},
    {"two", NS_NW_DIGIT, 2},
    {"zero", NS_NW_DIGIT, 0},
};

const char *ns_number_word_at(size_t i)
{
    return i < sizeof numwords / sizeof numwords[0] ? numwords[i].w : NULL;
}

ns_numword_kind ns_number_word(const char *w, size_t n, ns_numword *out)
{
    char buf[16];
    out->kind = NS_NW_NONE;
    out->value = 0;
    if (n < 3 || n > 12)
        return NS_NW_NONE;
    /* The first four letters (or all three) of the lexicon's words, packed
     * and sorted: most words stop at this test (test_numbers checks that
     * every lexicon word passes it). */
    static const uint32_t prefixes[] = {
        0x62696c6c, 0x63726f72, 0x646f7a65, 0x646f7a73, 0x647a7300, 0x65696768, 0x656c6576,
        0x66696674, 0x66697273, 0x66697665, 0x666f7274, 0x666f7572, 0x68616c66, 0x68616c76,
        0x68756e64, 0x6c616b68, 0x6d696c6c, 0x6e617567, 0x6e696e65, 0x6e696e74, 0x6e6f7567,
        0x6f6e6500, 0x71756164, 0x71756172, 0x7365636f, 0x73657665, 0x73697800, 0x73697874,
        0x74656e00, 0x74656e74, 0x74686972, 0x74686f75, 0x74687265, 0x7472696c, 0x7477656c,
        0x7477656e, 0x74776f00, 0x7a65726f};
    uint32_t key = 0;
    for (size_t i = 0; i < 4; i++)
        key = (key << 8) | (i < n ? (unsigned char)lower(w[i]) : 0u);
    size_t plo = 0, phi = sizeof prefixes / sizeof prefixes[0];
    while (plo < phi) {
        size_t mid = plo + (phi - plo) / 2;
        if (prefixes[mid] < key)
            plo = mid + 1;
        else
            phi = mid;
    }
    if (plo == sizeof prefixes / sizeof prefixes[0] || prefixes[plo] != key)
        return NS_NW_NONE;
    for (size_t i = 0; i < n; i++) {
        char c = lower(w[i]);
        if (c < 'a' || c > 'z')
            return NS_NW_NONE;
        buf[i] = c;
    }
    buf[n] = '\0';
    const numword_entry *e = NULL;
    size_t lo = 0, hi = sizeof numwords / sizeof numwords[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *cand = numwords[mid].w;
        int c =
            buf[0] != cand[0] ? (unsigned char)buf[0] - (unsigned char)cand[0] : strcmp(buf, cand);
        if (c == 0) {
            e = &numwords[mid];
            break;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    if (!e)
        return NS_NW_NONE;
    out->kind = (ns_numword_kind)e->kind;
    out->value = e->value;
    return out->kind;
}
