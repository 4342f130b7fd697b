/* The tokenizer: bytes -> tokens with byte and code point offsets, kinds,
 * orthographic flags and sentence boundaries. Depends on text/utf8 and
 * util/. Every token is a non-empty span that starts and ends on character
 * boundaries; tokens are in order and never overlap; white space (including
 * NUL and other controls) is never inside a token; an opaque (invalid UTF-8)
 * byte is a token of its own of kind NS_TOK_OPAQUE. */
#ifndef NS_TEXT_TOKENIZE_H
#define NS_TEXT_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

#include "util/alloc.h"

typedef enum ns_tok_kind {
    NS_TOK_WORD,   /* letters, possibly with digits, hyphens, apostrophes */
    NS_TOK_NUMBER, /* starts with a digit: 1,000.5  1.2bn  21st  90-day  15:30 */
    NS_TOK_ABBREV, /* a word with its period: U.S.  Dr.  Jan.  J. */
    NS_TOK_PUNCT,  /* one punctuation character, or a run of dashes/dots */
    NS_TOK_SYMBOL, /* currency, %, math and other symbols */
    NS_TOK_URL,
    NS_TOK_EMAIL,
    NS_TOK_HANDLE,  /* @name */
    NS_TOK_HASHTAG, /* #name */
    NS_TOK_CLITIC,  /* 's  ’s  n't  're ... split from the word before */
    NS_TOK_OPAQUE   /* one byte that is not well-formed UTF-8 */
} ns_tok_kind;

enum {
    NS_TF_UPPER_INITIAL = 1u << 0, /* the first letter is upper case */
    NS_TF_ALL_UPPER = 1u << 1,     /* has letters, none lower case */
    NS_TF_HAS_DIGIT = 1u << 2,
    NS_TF_HAS_ALPHA = 1u << 3,
    NS_TF_HAS_HYPHEN = 1u << 4,
    NS_TF_SENT_START = 1u << 5,     /* the first token of a sentence */
    NS_TF_SPACE_BEFORE = 1u << 6,   /* white space or the start of text before */
    NS_TF_NEWLINE_BEFORE = 1u << 7, /* a line break in the white space before */
    NS_TF_PARA_START = 1u << 8,     /* a blank line (or the start) before */
    NS_TF_HEADLINE = 1u << 9,       /* in a sentence written mostly in capitals */
    NS_TF_NON_ASCII = 1u << 10,
    NS_TF_SENT_END = 1u << 11 /* the last token of a sentence */
};

typedef struct ns_token {
    uint32_t start, end;       /* bytes, end exclusive */
    uint32_t cp_start, cp_end; /* code points, end exclusive */
    uint32_t sent;             /* sentence index, from 0 */
    uint16_t flags;            /* NS_TF_* */
    uint8_t kind;              /* ns_tok_kind */
    uint8_t pad;
} ns_token;

typedef struct ns_tokens {
    ns_token *v;
    size_t n, cap;
    size_t nsent;
} ns_tokens;

/* Tokenizes text[0..len) (len < 4 GiB, checked by the caller) into *out,
 * which must be zeroed or reused (its n is reset). Returns 0, or -1 when an
 * allocation fails (out stays valid and must still be freed). */
int ns_tokenize(const ns_mem *mem, const char *text, size_t len, ns_tokens *out);

void ns_tokens_free(const ns_mem *mem, ns_tokens *t);

/* The code point offset of byte offset b, which must be on a character
 * boundary, found from the tokens (binary search, then a short decode). */
size_t ns_tokens_cp_at(const ns_tokens *t, const char *text, size_t len, size_t b);

/* The same for offsets visited in ascending order: *cursor (0 at first)
 * remembers the token reached, so a document's worth of calls walks the
 * tokens once. b must not be before the previous call's b. */
size_t ns_tokens_cp_walk(const ns_tokens *t, const char *text, size_t len, size_t *cursor,
                         size_t b);

#endif
