/* The CLI's JSON Lines reader (cli/json.c), which reads whatever a pipeline
 * feeds `newsent extract --jsonl`. Checks: a failure has a message and a
 * column inside the line; a success has a text, an id that lies inside the
 * line, a ref_date of 0 or 10 bytes; valid UTF-8 in gives valid UTF-8 out;
 * and the writer and the reader agree: json_put_string of the decoded text,
 * read back, gives the same bytes, and numbers survive json_put_number. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_roundtrip(const char *s, size_t n)
{
    cli_buf line = {0};
    FUZZ_CHECK(cli_buf_puts(&line, "{\"text\":") == 0 && json_put_string(&line, s, n) == 0 &&
                   cli_buf_puts(&line, ",\"id\":7}") == 0,
               "writer failed");
    jsonl_doc doc = {0};
    char msg[160];
    size_t col = 0;
    int rc = jsonl_parse_line(line.p, line.n, &doc, msg, sizeof msg, &col);
    FUZZ_CHECK(rc == 0, "reader refuses what the writer wrote: %s at %zu", msg, col);
    FUZZ_CHECK(doc.text.n == n && (n == 0 || memcmp(doc.text.p, s, n) == 0),
               "string round trip changed %zu bytes into %zu", n, doc.text.n);
    FUZZ_CHECK(doc.id_len == 1 && doc.id[0] == '7', "id lost in round trip");
    cli_buf_free(&doc.text);
    cli_buf_free(&line);
}

static void check_number(const uint8_t *data, size_t size)
{
    double v;
    if (size < sizeof v)
        return;
    memcpy(&v, data, sizeof v);
    cli_buf b = {0};
    FUZZ_CHECK(json_put_number(&b, v) == 0, "json_put_number failed");
    if (!isfinite(v)) {
        FUZZ_CHECK(strcmp(b.p, "null") == 0, "non-finite %g written as %s", v, b.p);
    } else {
        char *end;
        double back = strtod(b.p, &end);
        FUZZ_CHECK(*end == '\0' && back == v, "%.17g written as %s", v, b.p);
    }
    cli_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *line = (const char *)data;
    jsonl_doc doc = {0};
    char msg[160];
    size_t col = 0;
    int rc = jsonl_parse_line(line, size, &doc, msg, sizeof msg, &col);
    FUZZ_CHECK(rc == 0 || rc == -1, "parse returned %d", rc);
    if (rc) {
        FUZZ_CHECK(msg[0] && col >= 1 && col <= size + 1, "error \"%s\" at column %zu of %zu", msg,
                   col, size);
    } else {
        FUZZ_CHECK(doc.has_text, "success without a text");
        FUZZ_CHECK(doc.id_len == 0 || (doc.id >= line && doc.id + doc.id_len <= line + size),
                   "id outside the line");
        size_t rl = strlen(doc.ref_date);
        FUZZ_CHECK(rl == 0 || rl == 10, "ref_date of %zu bytes", rl);
        fuzz_text in, out;
        fuzz_text_init(&in, line, size);
        fuzz_text_init(&out, doc.text.p ? doc.text.p : "", doc.text.n);
        FUZZ_CHECK(in.first_invalid < in.len || out.first_invalid == out.len,
                   "valid UTF-8 line gave invalid text at byte %zu", out.first_invalid);
        fuzz_text_free(&in);
        fuzz_text_free(&out);
        /* the same line again (the buffer is reused) gives the same text */
        cli_buf first = {0};
        cli_buf_put(&first, doc.text.p ? doc.text.p : "", doc.text.n);
        FUZZ_CHECK(jsonl_parse_line(line, size, &doc, msg, sizeof msg, &col) == 0 &&
                       doc.text.n == first.n && memcmp(doc.text.p, first.p, first.n) == 0,
                   "second parse differs");
        cli_buf_free(&first);
    }
    check_roundtrip(line, size);
    check_number(data, size);
    cli_buf_free(&doc.text);
    return 0;
}
