/* Number parsing for the QUANTITY stage: numbers written in digits
 * ("1,000", "3.75", "12,34,567.89", "1.2bn", "21st", "2/3", "1e10", "½") and
 * the vocabulary of numbers written in words ("twelve", "thousand",
 * "twenty-first", "thirds", "dozen").
 *
 * Pure functions over byte strings: no allocation, no state, any input is
 * safe (the libFuzzer harness calls ns_number_parse on arbitrary bytes).
 * Depends on nothing but libc. */
#ifndef NS_RECOGNIZE_NUMBERS_H
#define NS_RECOGNIZE_NUMBERS_H

#include <stddef.h>

enum {
    NS_NUM_GROUPED = 1u << 0,   /* thousands separators: 1,000  1.000.000  40 000 */
    NS_NUM_DECIMAL = 1u << 1,   /* a fractional part: 3.75  1,5 */
    NS_NUM_COMMA_DEC = 1u << 2, /* the decimal mark is a comma: 1,5  1.234,5 */
    NS_NUM_ORDINAL = 1u << 3,   /* 21st  3rd */
    NS_NUM_FRACTION = 1u << 4,  /* 2/3  ½ */
    NS_NUM_SCALED = 1u << 5,    /* an attached scale: 1.2bn  3k  5m */
    NS_NUM_EXPONENT = 1u << 6,  /* 1e10  -12e-1 */
    NS_NUM_OVERFLOW = 1u << 7,  /* too large for a double: value is +-HUGE_VAL */
    NS_NUM_NEGATIVE = 1u << 8,  /* a leading minus sign */
    NS_NUM_SCALE_M = 1u << 9,   /* the scale is a lower-case "m": million or metre */
    NS_NUM_LEAD_ZERO = 1u << 10 /* "007", "0123": more like a code than a count */
};

typedef struct ns_number {
    double value;
    unsigned flags;      /* NS_NUM_* */
    unsigned int_digits; /* digits before the decimal mark */
    size_t len;          /* bytes of s the number covers */
} ns_number;

/* Reads the longest number at the start of s[0..len): an optional sign,
 * digits with one consistent grouping, an optional decimal part, exponent
 * or "/denominator", or one vulgar-fraction character. Trailing letters are
 * not read (see ns_number_suffix). Returns the bytes read (out->len), or 0
 * when s does not start with a number; out is always written.
 *
 * Grouping rules, for English news: "1,000" is one thousand; "1.000" is
 * one (a decimal), "1.000.000" is a million; "12,34,567" is Indian grouping;
 * "1.234,5" and a single comma followed by other than three digits ("1,5")
 * read the comma as the decimal mark. Inconsistent separators ("1,00,0",
 * "192.168.1.2", "1.2.3") are not numbers. At most 40 significant digits
 * are kept; larger magnitudes keep their exponent (a 400-digit number is
 * HUGE_VAL with NS_NUM_OVERFLOW). */
size_t ns_number_scan(const char *s, size_t len, ns_number *out);

/* The internal entry point: parses the whole of s[0..len) as one number
 * token, i.e. ns_number_scan plus an optional attached scale ("k", "m",
 * "M", "bn", "mln", "tn", ...) or ordinal suffix ("st", "nd", "rd", "th").
 * Returns 1 and fills *out when all of s is such a number, else 0 (out is
 * still written). A lower-case "m" is read as million and flagged
 * NS_NUM_SCALE_M because it may be metres. */
int ns_number_parse(const char *s, size_t len, ns_number *out);

/* Reads an attached scale suffix filling all of s[0..len) ("bn", "k", "mln",
 * "M"); returns its multiplier, or 0 if s is not one. *flags gets
 * NS_NUM_SCALE_M for a lower-case "m". */
double ns_number_scale_suffix(const char *s, size_t len, unsigned *flags);

/* Number words. */
typedef enum ns_numword_kind {
    NS_NW_NONE = 0,
    NS_NW_DIGIT,   /* zero .. nine (value 0..9) */
    NS_NW_TEEN,    /* ten .. nineteen */
    NS_NW_TENS,    /* twenty .. ninety */
    NS_NW_HUNDRED, /* hundred */
    NS_NW_SCALE,   /* thousand, million, billion, trillion, lakh, crore (value) */
    NS_NW_DOZEN,   /* dozen */
    NS_NW_ORD,     /* first, twenty-first's "first", hundredth: value 1, 100 */
    NS_NW_DENOMS,  /* plural denominators: halves thirds quarters fifths (value 2,3,4,5) */
    NS_NW_HALF,    /* half (value 2 as a denominator) */
    NS_NW_QUARTER  /* quarter (value 4) */
} ns_numword_kind;

typedef struct ns_numword {
    ns_numword_kind kind;
    double value;
} ns_numword;

/* Looks up one number word (ASCII case-insensitive, no hyphens):
 * "twelve" -> TEEN 12, "thirds" -> DENOMS 3. Returns its kind (NS_NW_NONE
 * for any other word). */
ns_numword_kind ns_number_word(const char *w, size_t n, ns_numword *out);

/* The i-th word of the lexicon, or NULL past its end (for tests). */
const char *ns_number_word_at(size_t i);

/* The value of a vulgar fraction character (UTF-8) at s, or 0 if there is
 * none; *n gets its length in bytes. */
double ns_number_vulgar(const char *s, size_t len, size_t *n);

#endif
