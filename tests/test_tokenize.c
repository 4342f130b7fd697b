/* The tokenizer: spans, kinds and sentence boundaries on news text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "text/tokenize.h"
#include "text/utf8.h"

typedef struct tok_case {
    const char *text;
    const char *tokens; /* the expected tokens, separated by '|' */
} tok_case;

static const tok_case cases[] = {
    {"The U.S. economy grew.", "The|U.S.|economy|grew|."},
    {"Dr. Jane Smith met Gen. Lee", "Dr.|Jane|Smith|met|Gen.|Lee"},
    {"on Jan. 5 and Sept. 9", "on|Jan.|5|and|Sept.|9"},
    {"it cost 1,000.5 dollars or 1.2bn", "it|cost|1,000.5|dollars|or|1.2bn"},
    {"a 90-day plan, a 3-for-1 split", "a|90-day|plan|,|a|3-for-1|split"},
    {"Merkel's aide and Merkel\xe2\x80\x99s car", "Merkel|'s|aide|and|Merkel|\xe2\x80\x99s|car"},
    {"They don't know", "They|do|n't|know"},
    {"O'Brien of Côte d'Ivoire", "O'Brien|of|Côte|d'Ivoire"},
    {"\xe2\x80\x9cYes,\xe2\x80\x9d he said", "\xe2\x80\x9c|Yes|,|\xe2\x80\x9d|he|said"},
    {"2019\xe2\x80\x93"
     "2021 and Okonjo-Iweala",
     "2019|\xe2\x80\x93|2021|and|Okonjo-Iweala"},
    {"see https://example.com/a?b=1. Next", "see|https://example.com/a?b=1|.|Next"},
    {"mail jane.doe@example.org now", "mail|jane.doe@example.org|now"},
    {"follow @newsent_bot and #Election2024!", "follow|@newsent_bot|and|#Election2024|!"},
    {"at 15:30 GMT on 3/4/2024", "at|15:30|GMT|on|3/4/2024"},
    {"AT&T and S&P rose 5%", "AT&T|and|S&P|rose|5|%"},
    {"wait... what -- no", "wait|...|what|--|no"},
    {"Ngozi\xc2\xa0Okonjo", "Ngozi|Okonjo"},
    {"Jones' book", "Jones|'|book"},
    {"J. K. Rowling", "J.|K.|Rowling"},
    /* Plain words end at these; everything else takes the full scan. */
    {"(Reuters) said: \"Yes!\" [sic]; NATO\tok\r\nthen?",
     "(|Reuters|)|said|:|\"|Yes|!|\"|[|sic|]|;|NATO|ok|then|?"},
    {"see www.example.org, ok", "see|www.example.org|,|ok"},
    {"x+y@example.com wrote", "x+y@example.com|wrote"},
    {"Mr. Smith, e.g. him", "Mr.|Smith|,|e.g.|him"},
};

static void check_case(const tok_case *c)
{
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens t = {0};
    assert_int_equal(ns_tokenize(&mem, c->text, strlen(c->text), &t), 0);
    char got[512] = "";
    for (size_t i = 0; i < t.n; i++) {
        if (i)
            strcat(got, "|");
        strncat(got, c->text + t.v[i].start, t.v[i].end - t.v[i].start);
    }
    if (strcmp(got, c->tokens) != 0)
        fail_msg("text \"%s\": got \"%s\", want \"%s\"", c->text, got, c->tokens);
    ns_tokens_free(&mem, &t);
}

static void test_token_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_case(&cases[i]);
}

/* The flags of plain words, which the tokenizer counts while it scans. */
static void test_plain_word_flags(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens t = {0};
    const char *s = "Merkel said NATO was\tready, A";
    assert_int_equal(ns_tokenize(&mem, s, strlen(s), &t), 0);
    assert_int_equal(t.n, 7);
    const uint16_t mask = NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER | NS_TF_HAS_ALPHA |
                          NS_TF_HAS_DIGIT | NS_TF_HAS_HYPHEN | NS_TF_NON_ASCII | NS_TF_SPACE_BEFORE;
    const uint16_t want[7] = {
        NS_TF_UPPER_INITIAL | NS_TF_HAS_ALPHA | NS_TF_SPACE_BEFORE,
        NS_TF_HAS_ALPHA | NS_TF_SPACE_BEFORE,
        NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER | NS_TF_HAS_ALPHA | NS_TF_SPACE_BEFORE,
        NS_TF_HAS_ALPHA | NS_TF_SPACE_BEFORE,
        NS_TF_HAS_ALPHA | NS_TF_SPACE_BEFORE,
        0,
        NS_TF_UPPER_INITIAL | NS_TF_ALL_UPPER | NS_TF_HAS_ALPHA | NS_TF_SPACE_BEFORE,
    };
    for (size_t i = 0; i < 7; i++) {
        assert_int_equal(t.v[i].kind, i == 5 ? NS_TOK_PUNCT : NS_TOK_WORD);
        assert_int_equal(t.v[i].flags & mask, want[i]);
    }
    ns_tokens_free(&mem, &t);
}

/* Walking ascending offsets gives what the binary search gives, from
 * white space before the first token to the end of the text. */
static void test_cp_walk_matches_cp_at(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens t = {0};
    const char *s = "  Zo\xc3\xab met \xe2\x80\x9c"
                    "Cl\xc3\xa9"
                    "ment\xe2\x80\x9d in M\xc3\xbc"
                    "nchen \xf0\x9f\x98\x80 ok ";
    size_t len = strlen(s);
    assert_int_equal(ns_tokenize(&mem, s, len, &t), 0);
    size_t cursor = 0, checked = 0;
    for (size_t b = 0; b <= len; b++) {
        if (b < len && ((unsigned char)s[b] & 0xC0) == 0x80)
            continue; /* not a character boundary */
        assert_int_equal(ns_tokens_cp_walk(&t, s, len, &cursor, b), ns_tokens_cp_at(&t, s, len, b));
        checked++;
    }
    assert_int_equal(checked, 37); /* code points, and the end */
    assert_int_equal(ns_tokens_cp_walk(&t, s, len, &cursor, len), 36);
    ns_tokens_free(&mem, &t);
}

static void test_kinds(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens t = {0};
    const char *s = "U.S. 1,000 @bob #tag https://x.org a@b.co Merkel 's $";
    assert_int_equal(ns_tokenize(&mem, s, strlen(s), &t), 0);
    static const ns_tok_kind want[] = {NS_TOK_ABBREV, NS_TOK_NUMBER, NS_TOK_HANDLE, NS_TOK_HASHTAG,
                                       NS_TOK_URL,    NS_TOK_EMAIL,  NS_TOK_WORD,   NS_TOK_PUNCT,
                                       NS_TOK_WORD,   NS_TOK_SYMBOL};
    /* "'s" after a space is a quote and a word, not a clitic */
    assert_int_equal(t.n, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < t.n; i++)
        assert_int_equal(t.v[i].kind, want[i]);
    ns_tokens_free(&mem, &t);
}

static size_t sentence_count(const char *s)
{
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens t = {0};
    assert_int_equal(ns_tokenize(&mem, s, strlen(s), &t), 0);
    size_t n = t.nsent;
    ns_tokens_free(&mem, &t);
    return n;
}

static void test_sentences(void **state)
{
    (void)state;
    assert_int_equal(sentence_count("He left. She stayed."), 2);
    assert_int_equal(sentence_count("Mr. Smith went to Washington."), 1);
    assert_int_equal(sentence_count("The U.S. economy grew. Prices fell."), 2);
    assert_int_equal(sentence_count("\"Go!\" he said."), 1);
    assert_int_equal(sentence_count("\"Go.\" He left."), 2);
    assert_int_equal(sentence_count("Quake hits Turkey\n\nANKARA, Feb 6 - A quake hit."), 2);
    assert_int_equal(sentence_count("It rose 3.5 percent. Then fell."), 2);
    assert_int_equal(sentence_count("Shares of Apple Inc. rose."), 1);
    assert_int_equal(sentence_count(""), 0);
}

static void test_headline_flag(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens t = {0};
    const char *s = "SOCCER - JAPAN GET LUCKY WIN\n\nJapan won on Friday.";
    assert_int_equal(ns_tokenize(&mem, s, strlen(s), &t), 0);
    assert_true(t.v[0].flags & NS_TF_HEADLINE);
    assert_true(t.v[2].flags & NS_TF_ALL_UPPER);
    size_t last = t.n - 2;
    assert_false(t.v[last].flags & NS_TF_HEADLINE);
    assert_true(t.v[last - 3].flags & NS_TF_SENT_START);
    ns_tokens_free(&mem, &t);
}

static void test_code_points_and_invalid_bytes(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens t = {0};
    /* é is 2 bytes, 😀 is 4, \xff and the truncated \xe2\x82 are opaque:
     * one character per byte, as Python's surrogateescape decodes them. */
    const char s[] = "Zoé \xf0\x9f\x98\x80 a\xff"
                     "b \xe2\x82 Paris";
    size_t len = sizeof s - 1;
    assert_int_equal(ns_tokenize(&mem, s, len, &t), 0);
    assert_int_equal(t.v[0].cp_start, 0);
    assert_int_equal(t.v[0].cp_end, 3);
    assert_int_equal(t.v[1].cp_start, 4);
    assert_int_equal(t.v[1].cp_end, 5);
    /* "a", opaque \xff, "b" */
    assert_int_equal(t.v[2].end - t.v[2].start, 1);
    assert_int_equal(t.v[3].kind, NS_TOK_OPAQUE);
    assert_int_equal(t.v[3].cp_start, 7);
    assert_int_equal(t.v[4].cp_start, 8);
    assert_int_equal(t.v[5].kind, NS_TOK_OPAQUE);
    assert_int_equal(t.v[6].kind, NS_TOK_OPAQUE);
    assert_int_equal(t.v[7].cp_start, 13);
    assert_int_equal(t.v[7].cp_end, 18);
    assert_int_equal(ns_utf8_count((const unsigned char *)s, len), 18);
    assert_int_equal(ns_tokens_cp_at(&t, s, len, len), 18);
    ns_tokens_free(&mem, &t);
}

static void test_utf8_policy(void **state)
{
    (void)state;
    /* overlong, surrogate, above U+10FFFF, lone continuation: all opaque */
    const unsigned char *bad[] = {
        (const unsigned char *)"\xc0\x80", (const unsigned char *)"\xed\xa0\x80",
        (const unsigned char *)"\xf4\x90\x80\x80", (const unsigned char *)"\x80"};
    const size_t lens[] = {2, 3, 4, 1};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(ns_utf8_first_invalid(bad[i], lens[i]), 0);
        assert_int_equal(ns_utf8_count(bad[i], lens[i]), lens[i]);
    }
    assert_int_equal(ns_utf8_first_invalid((const unsigned char *)"ok \xe2\x82\xac", 6), 6);
    assert_int_equal(ns_utf8_count((const unsigned char *)"ok \xe2\x82\xac", 6), 4);
}

static void test_nul_is_a_separator(void **state)
{
    (void)state;
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens t = {0};
    const char s[] = "Berlin\0Paris";
    assert_int_equal(ns_tokenize(&mem, s, sizeof s - 1, &t), 0);
    assert_int_equal(t.n, 2);
    assert_int_equal(t.v[1].start, 7);
    ns_tokens_free(&mem, &t);
}

static void test_fold_latin(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } rows[] = {
        {"Erdo\xc4\x9f"
         "an",
         "Erdogan"},
        {"\xc5\x81\xc3\xb3"
         "d\xc5\xba",
         "Lodz"}, /* Łódź */
        {"Stra\xc3\x9f"
         "e",
         "Strasse"},                        /* Straße */
        {"Dvo\xc5\x99\xc3\xa1k", "Dvorak"}, /* Dvořák */
        {"Nu\xc3\xb1"
         "ez",
         "Nunez"},                                           /* Nuñez */
        {"Jos\x65\xcc\x81", "Jose"},                         /* a combining acute */
        {"\xc3\x98stergaard", "Ostergaard"},                 /* Ø, no decomposition */
        {"Nasdaq", "Nasdaq"},                                /* ASCII as it is */
        {"\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0", /* Cyrillic kept */
         "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0"},
        {"a\xff"
         "b",
         "a\xff"
         "b"},                    /* an opaque byte kept */
        {"Erdo\xc4", "Erdo\xc4"}, /* a sequence cut short at the end: opaque */
        {"\xcc\x81"
         "a",
         "a"}, /* a combining mark with no letter before it */
    };
    char out[64];
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        size_t n = ns_utf8_fold_latin(rows[i].in, strlen(rows[i].in), out, sizeof out);
        assert_int_equal(n, strlen(rows[i].out));
        assert_memory_equal(out, rows[i].out, n);
    }
    /* What does not fit is refused, not cut. */
    assert_int_equal(ns_utf8_fold_latin("Stra\xc3\x9f"
                                        "e",
                                        7, out, 6),
                     0);
    assert_int_equal(ns_utf8_fold_latin("Strasse", 7, out, 7), 7);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_token_table),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_cp_walk_matches_cp_at),
        cmocka_unit_test(test_plain_word_flags),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_headline_flag),
        cmocka_unit_test(test_code_points_and_invalid_bytes),
        cmocka_unit_test(test_utf8_policy),
        cmocka_unit_test(test_nul_is_a_separator),
        cmocka_unit_test(test_fold_latin),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
