/* The CLI's JSON Lines reader (cli/json.c), which reads whatever a pipeline
 * feeds `newsent extract --jsonl`. Checks: a failure has a message and a
 * column inside the line; a success has a text, an id that lies inside the
 * line, a ref_date that is empty or YYYY-MM-DD in shape; what it accepts is JSON (checked by a
 * strict validator here), so the id it echoes is too; valid UTF-8 in gives valid UTF-8 out;
 * and the writer and the reader agree: json_put_string of the decoded text,
 * read back, gives the same bytes, and numbers survive json_put_number. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A strict RFC 8259 validator, independent of cli/json.c: what the reader
 * accepts must be JSON, or the id it echoes makes the output invalid. Like
 * the reader, it takes any byte from 0x20 up inside strings (it does not
 * check UTF-8). */
typedef struct vj {
    const char *s;
    size_t n, i;
} vj;

static int vj_value(vj *v, int depth);

static void vj_ws(vj *v)
{
    while (v->i < v->n && strchr(" \t\r\n", v->s[v->i]) && v->s[v->i])
        v->i++;
}

static int vj_digits(vj *v)
{
    size_t st = v->i;
    while (v->i < v->n && v->s[v->i] >= '0' && v->s[v->i] <= '9')
        v->i++;
    return v->i > st;
}

static int vj_string(vj *v)
{
    v->i++;
    while (v->i < v->n) {
        unsigned char c = (unsigned char)v->s[v->i++];
        if (c == '"')
            return 1;
        if (c < 0x20)
            return 0;
        if (c != '\\')
            continue;
        if (v->i >= v->n)
            return 0;
        c = (unsigned char)v->s[v->i++];
        if (c == 'u') {
            for (int k = 0; k < 4; k++, v->i++)
                if (v->i >= v->n || !strchr("0123456789abcdefABCDEF", v->s[v->i]) || !v->s[v->i])
                    return 0;
        } else if (!strchr("\"\\/bfnrt", c) || !c) {
            return 0;
        }
    }
    return 0;
}

static int vj_container(vj *v, char close, int depth)
{
    v->i++;
    vj_ws(v);
    if (v->i < v->n && v->s[v->i] == close) {
        v->i++;
        return 1;
    }
    for (;;) {
        vj_ws(v);
        if (close == '}') {
            if (v->i >= v->n || v->s[v->i] != '"' || !vj_string(v))
                return 0;
            vj_ws(v);
            if (v->i >= v->n || v->s[v->i++] != ':')
                return 0;
        }
        if (!vj_value(v, depth + 1))
            return 0;
        vj_ws(v);
        if (v->i >= v->n)
            return 0;
        char c = v->s[v->i++];
        if (c == close)
            return 1;
        if (c != ',')
            return 0;
    }
}

static int vj_value(vj *v, int depth)
{
    if (depth > 1000)
        return 0;
    vj_ws(v);
    if (v->i >= v->n)
        return 0;
    char c = v->s[v->i];
    if (c == '"')
        return vj_string(v);
    if (c == '{' || c == '[')
        return vj_container(v, c == '{' ? '}' : ']', depth);
    static const char *const words[] = {"true", "false", "null"};
    for (int k = 0; k < 3; k++) {
        size_t wl = strlen(words[k]);
        if (v->n - v->i >= wl && memcmp(v->s + v->i, words[k], wl) == 0) {
            v->i += wl;
            return 1;
        }
    }
    if (c == '-')
        v->i++;
    if (v->i < v->n && v->s[v->i] == '0')
        v->i++;
    else if (!vj_digits(v))
        return 0;
    if (v->i < v->n && v->s[v->i] == '.') {
        v->i++;
        if (!vj_digits(v))
            return 0;
    }
    if (v->i < v->n && (v->s[v->i] == 'e' || v->s[v->i] == 'E')) {
        v->i++;
        if (v->i < v->n && (v->s[v->i] == '+' || v->s[v->i] == '-'))
            v->i++;
        if (!vj_digits(v))
            return 0;
    }
    return 1;
}

static int json_valid(const char *s, size_t n)
{
    vj v = {s, n, 0};
    if (!vj_value(&v, 0))
        return 0;
    vj_ws(&v);
    return v.i == n;
}

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
        FUZZ_CHECK(json_valid(line, size), "the reader accepts a line that is not JSON");
        FUZZ_CHECK(doc.id_len == 0 || json_valid(doc.id, doc.id_len),
                   "the id the CLI echoes is not JSON: %.*s", (int)doc.id_len, doc.id);
        FUZZ_CHECK(doc.id_len == 0 || (doc.id >= line && doc.id + doc.id_len <= line + size),
                   "id outside the line");
        size_t rl = strlen(doc.ref_date);
        FUZZ_CHECK(rl == 0 || (rl == 10 && strspn(doc.ref_date, "0123456789-") == 10 &&
                               doc.ref_date[4] == '-' && doc.ref_date[7] == '-'),
                   "ref_date \"%s\" is not YYYY-MM-DD in shape", doc.ref_date);
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
