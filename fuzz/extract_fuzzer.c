/* Extraction: the bytes a service hands newsent_extract(), with the options
 * drawn from the first bytes. Also checks the tokenizer every stage builds
 * on, since a token that splits a character is where a bad span starts.
 *
 * Input: byte 0 labels (low 5 bits; 0 = all), byte 1 flags (bit 0 day
 * first, bit 1 strict UTF-8, bit 7 take the date bytes raw, so impossible
 * reference dates are tried too), bytes 2-4 the reference date, then text. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "text/tokenize.h"

enum { HEADER = 5 };

static void check_tokens(const fuzz_text *t)
{
    ns_mem mem;
    ns_mem_default(&mem);
    ns_tokens toks;
    memset(&toks, 0, sizeof toks);
    FUZZ_CHECK(ns_tokenize(&mem, (const char *)t->s, t->len, &toks) == 0, "tokenize failed");
    size_t prev_end = 0;
    uint32_t prev_sent = 0;
    for (size_t k = 0; k < toks.n; k++) {
        const ns_token *tk = &toks.v[k];
        FUZZ_CHECK(tk->start >= prev_end && tk->start < tk->end && tk->end <= t->len,
                   "token %zu [%u,%u) after %zu", k, tk->start, tk->end, prev_end);
        FUZZ_CHECK(t->boundary[tk->start] && t->boundary[tk->end],
                   "token %zu [%u,%u) splits a character", k, tk->start, tk->end);
        FUZZ_CHECK(tk->cp_start == t->cp[tk->start] && tk->cp_end == t->cp[tk->end],
                   "token %zu: code points [%u,%u), expected [%zu,%zu)", k, tk->cp_start,
                   tk->cp_end, t->cp[tk->start], t->cp[tk->end]);
        int opaque = t->opaque[tk->start];
        FUZZ_CHECK(opaque == (tk->kind == NS_TOK_OPAQUE) && (!opaque || tk->end == tk->start + 1),
                   "token %zu [%u,%u): opaque byte and kind %d disagree", k, tk->start, tk->end,
                   tk->kind);
        for (size_t i = tk->start; i < tk->end; i++) {
            unsigned char c = t->s[i];
            FUZZ_CHECK(c > 0x20 && c != 0x7F, "token %zu [%u,%u) holds space or control 0x%02x", k,
                       tk->start, tk->end, c);
        }
        /* the gap between tokens is white space: no character is lost */
        for (size_t i = prev_end; i < tk->start; i++)
            FUZZ_CHECK(!t->opaque[i], "opaque byte %zu is in no token", i);
        FUZZ_CHECK(tk->sent == prev_sent || tk->sent == prev_sent + 1,
                   "token %zu: sentence %u after %u", k, tk->sent, prev_sent);
        FUZZ_CHECK(!!(tk->flags & NS_TF_SENT_START) == (k == 0 || tk->sent != prev_sent),
                   "token %zu: SENT_START flag and sentence index disagree", k);
        prev_sent = tk->sent;
        prev_end = tk->end;
    }
    for (size_t i = prev_end; i < t->len; i++)
        FUZZ_CHECK(!t->opaque[i], "opaque byte %zu is in no token", i);
    FUZZ_CHECK(toks.nsent == (toks.n ? (size_t)prev_sent + 1 : 0), "nsent %zu", toks.nsent);
    ns_tokens_free(&mem, &toks);
}

static int valid_date(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= fuzz_days_in_month(y, m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < HEADER)
        return 0;
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.labels = data[0] & NEWSENT_LABEL_ALL;
    o.flags = data[1] & (NEWSENT_EXTRACT_DAY_FIRST | NEWSENT_EXTRACT_STRICT_UTF8);
    fuzz_text t;
    fuzz_text_init(&t, (const char *)data + HEADER, size - HEADER);
    if (data[1] & 0x80) {
        /* raw date fields: anything else than a real date must be EDATE */
        o.ref_year = (int8_t)data[2] * 100 + data[3] % 100;
        o.ref_month = (int8_t)data[4] / 16;
        o.ref_day = data[4] % 16 * 2;
        if (o.ref_year == 0 && o.ref_month == 0 && o.ref_day == 0)
            o.ref_day = 1; /* all zero means today, which no reproducer can pin */
        if (!valid_date(o.ref_year, o.ref_month, o.ref_day)) {
            newsent_result *r = (newsent_result *)&o; /* must be set to NULL */
            newsent_error err;
            int rc = newsent_extract(fuzz_extractor(), (const char *)t.s, t.len, &o, &r, &err);
            FUZZ_CHECK(rc == NEWSENT_EDATE && !r && err.code == rc && err.message[0],
                       "date %d-%d-%d: rc %d", o.ref_year, o.ref_month, o.ref_day, rc);
            fuzz_text_free(&t);
            return 0;
        }
    } else {
        fuzz_ref_date(data + 2, &o.ref_year, &o.ref_month, &o.ref_day);
    }
    check_tokens(&t);
    fuzz_extract_and_check(fuzz_extractor(), &t, &o);
    fuzz_text_free(&t);
    return 0;
}
