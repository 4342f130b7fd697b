/* UTF-8 decoding under newsent's one policy (see TEXT POLICY in newsent.h):
 * a well-formed sequence (Unicode Table 3-7) is one code point; any other
 * byte is one opaque character of its own. Depends only on util/. */
#ifndef NS_TEXT_UTF8_H
#define NS_TEXT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* A code point or, for a byte that starts no well-formed sequence, this
 * value: it is not a character, so every class test below says no. */
#define NS_OPAQUE_CP (-1)

/* Decodes the character at s[i] (i < len): stores the code point, or
 * NS_OPAQUE_CP, in *cp and returns its length in bytes (1 to 4). */
static inline size_t ns_utf8_decode(const unsigned char *s, size_t len, size_t i, int32_t *cp)
{
    unsigned c = s[i];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    size_t n;
    unsigned lo = 0x80, hi = 0xBF;
    int32_t v;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        v = (int32_t)(c & 0x1F);
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        v = (int32_t)(c & 0x0F);
        if (c == 0xE0)
            lo = 0xA0; /* no overlongs */
        else if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        v = (int32_t)(c & 0x07);
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        *cp = NS_OPAQUE_CP;
        return 1;
    }
    if (len - i < n) {
        *cp = NS_OPAQUE_CP;
        return 1;
    }
    for (size_t k = 1; k < n; k++) {
        unsigned b = s[i + k];
        if (b < lo || b > hi) {
            *cp = NS_OPAQUE_CP;
            return 1;
        }
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (int32_t)(b & 0x3F);
    }
    *cp = v;
    return n;
}

/* The byte offset of the first byte that is not well-formed UTF-8, or len
 * if there is none. */
size_t ns_utf8_first_invalid(const unsigned char *s, size_t len);

/* The number of characters (code points and opaque bytes) in s[0..len). */
size_t ns_utf8_count(const unsigned char *s, size_t len);

/* Character classes used by the tokenizer, on code points: a table for
 * ASCII, which is most of news text, and utf8proc for the rest.
 * NS_OPAQUE_CP is in none of them. */
enum { NS_C_LETTER = 1, NS_C_UPPER = 2, NS_C_LOWER = 4, NS_C_DIGIT = 8, NS_C_SPACE = 16 };
extern const unsigned char ns_ascii_class[128];

int ns_cp_is_letter_slow(int32_t cp);
int ns_cp_is_upper_slow(int32_t cp);
int ns_cp_is_lower_slow(int32_t cp);
int ns_cp_is_digit_slow(int32_t cp);
int ns_cp_is_space_slow(int32_t cp);

static inline int ns_cp_is_letter(int32_t cp)
{
    return cp >= 0 && cp < 0x80 ? ns_ascii_class[cp] & NS_C_LETTER : ns_cp_is_letter_slow(cp);
}
static inline int ns_cp_is_upper(int32_t cp)
{
    return cp >= 0 && cp < 0x80 ? ns_ascii_class[cp] & NS_C_UPPER : ns_cp_is_upper_slow(cp);
}
static inline int ns_cp_is_lower(int32_t cp)
{
    return cp >= 0 && cp < 0x80 ? ns_ascii_class[cp] & NS_C_LOWER : ns_cp_is_lower_slow(cp);
}
/* decimal digits, any script */
static inline int ns_cp_is_digit(int32_t cp)
{
    return cp >= 0 && cp < 0x80 ? ns_ascii_class[cp] & NS_C_DIGIT : ns_cp_is_digit_slow(cp);
}
/* white space, controls, NUL, BOM, zero-width spaces */
static inline int ns_cp_is_space(int32_t cp)
{
    return cp >= 0 && cp < 0x80 ? ns_ascii_class[cp] & NS_C_SPACE : ns_cp_is_space_slow(cp);
}
int ns_cp_is_mark(int32_t cp); /* combining marks: stay in their word */

/* s[0..n) with each Latin letter written as its base letters ("Erdoğan" ->
 * "Erdogan", "Łódź" -> "Lodz", "Straße" -> "Strasse"), combining marks
 * dropped, and anything else kept as it is. Writes at most cap bytes to out
 * and returns the length, or 0 when it would not fit. */
size_t ns_utf8_fold_latin(const char *s, size_t n, char *out, size_t cap);
int ns_cp_is_dash(int32_t cp); /* hyphen and dash punctuation */

#endif
