#include "json.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int cli_buf_put(cli_buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            return -1;
        b->p = p;
        b->cap = cap;
    }
    if (n)
        memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
    return 0;
}

int cli_buf_puts(cli_buf *b, const char *s)
{
    return cli_buf_put(b, s, strlen(s));
}

void cli_buf_free(cli_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

typedef struct reader {
    const char *s;
    size_t n, i;
    char *msg;
    size_t msglen;
} reader;

static int fail(reader *r, const char *what)
{
    snprintf(r->msg, r->msglen, "%s", what);
    return -1;
}

static void skip_ws(reader *r)
{
    while (r->i < r->n &&
           (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\r' || r->s[r->i] == '\n'))
        r->i++;
}

static int hex4(reader *r, unsigned *out)
{
    if (r->n - r->i < 4)
        return fail(r, "truncated \\u escape");
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        char c = r->s[r->i++];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return fail(r, "bad hex digit in \\u escape");
    }
    *out = v;
    return 0;
}

static int put_utf8(cli_buf *b, unsigned cp)
{
    char t[4];
    size_t n;
    if (cp < 0x80) {
        t[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6));
        t[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return cli_buf_put(b, t, n);
}

/* Reads a string at r->i (on the quote) into out (if not NULL). */
static int read_string(reader *r, cli_buf *out)
{
    r->i++;
    size_t run = r->i;
    for (;;) {
        if (r->i >= r->n)
            return fail(r, "unterminated string");
        unsigned char c = (unsigned char)r->s[r->i];
        if (c == '"' || c == '\\' || c < 0x20) {
            if (out && cli_buf_put(out, r->s + run, r->i - run))
                return fail(r, "out of memory");
            if (c == '"') {
                r->i++;
                return 0;
            }
            if (c < 0x20)
                return fail(r, "control character in string");
            r->i++;
            if (r->i >= r->n)
                return fail(r, "unterminated escape");
            char e = r->s[r->i++];
            const char *lit = NULL;
            switch (e) {
            case '"': lit = "\""; break;
            case '\\': lit = "\\"; break;
            case '/': lit = "/"; break;
            case 'b': lit = "\b"; break;
            case 'f': lit = "\f"; break;
            case 'n': lit = "\n"; break;
            case 'r': lit = "\r"; break;
            case 't': lit = "\t"; break;
            case 'u': {
                unsigned cp;
                if (hex4(r, &cp))
                    return -1;
                if (cp >= 0xD800 && cp < 0xDC00 && r->n - r->i >= 6 && r->s[r->i] == '\\' &&
                    r->s[r->i + 1] == 'u') {
                    size_t save = r->i;
                    unsigned lo;
                    r->i += 2;
                    if (hex4(r, &lo))
                        return -1;
                    if (lo >= 0xDC00 && lo < 0xE000)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    else
                        r->i = save;
                }
                /* a lone surrogate cannot be UTF-8: it becomes U+FFFD, still
                 * one code point, so offsets stay those of the JSON string */
                if (cp >= 0xD800 && cp < 0xE000)
                    cp = 0xFFFD;
                if (out && put_utf8(out, cp))
                    return fail(r, "out of memory");
                break;
            }
            default: return fail(r, "bad escape in string");
            }
            if (lit && out && cli_buf_put(out, lit, 1))
                return fail(r, "out of memory");
            run = r->i;
            continue;
        }
        r->i++;
    }
}

static int skip_value(reader *r, int depth);

/* Skips [0-9]+ at r->i; returns how many. */
static size_t skip_digits(reader *r)
{
    size_t st = r->i;
    while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9')
        r->i++;
    return r->i - st;
}

static int skip_container(reader *r, char close, int depth)
{
    r->i++;
    skip_ws(r);
    if (r->i < r->n && r->s[r->i] == close) {
        r->i++;
        return 0;
    }
    for (;;) {
        skip_ws(r);
        if (close == '}') {
            if (r->i >= r->n || r->s[r->i] != '"')
                return fail(r, "expected a key");
            if (read_string(r, NULL))
                return -1;
            skip_ws(r);
            if (r->i >= r->n || r->s[r->i] != ':')
                return fail(r, "expected ':'");
            r->i++;
        }
        if (skip_value(r, depth + 1))
            return -1;
        skip_ws(r);
        if (r->i < r->n && r->s[r->i] == ',') {
            r->i++;
            continue;
        }
        if (r->i < r->n && r->s[r->i] == close) {
            r->i++;
            return 0;
        }
        return fail(r, "expected ',' or a closing bracket");
    }
}

static int skip_value(reader *r, int depth)
{
    if (depth > 64)
        return fail(r, "nesting too deep");
    skip_ws(r);
    if (r->i >= r->n)
        return fail(r, "expected a value");
    char c = r->s[r->i];
    if (c == '"')
        return read_string(r, NULL);
    if (c == '{')
        return skip_container(r, '}', depth);
    if (c == '[')
        return skip_container(r, ']', depth);
    static const char *const words[] = {"true", "false", "null"};
    for (int k = 0; k < 3; k++) {
        size_t wl = strlen(words[k]);
        if (r->n - r->i >= wl && memcmp(r->s + r->i, words[k], wl) == 0) {
            r->i += wl;
            return 0;
        }
    }
    /* a number, exactly as RFC 8259 has it: the id is echoed byte for
     * byte, so anything looser would make the output invalid JSON */
    size_t st = r->i;
    if (c == '-')
        r->i++;
    if (r->i < r->n && r->s[r->i] == '0') {
        r->i++;
    } else if (!skip_digits(r)) {
        r->i = st;
        return fail(r, "expected a value");
    }
    if (r->i < r->n && r->s[r->i] == '.') {
        r->i++;
        if (!skip_digits(r))
            return fail(r, "expected a digit after '.'");
    }
    if (r->i < r->n && (r->s[r->i] == 'e' || r->s[r->i] == 'E')) {
        r->i++;
        if (r->i < r->n && (r->s[r->i] == '+' || r->s[r->i] == '-'))
            r->i++;
        if (!skip_digits(r))
            return fail(r, "expected a digit in the exponent");
    }
    return 0;
}

/* Only the shape is checked here; whether the day exists is the caller's
 * question. The check matters because the value is kept as a C string: an
 * escaped NUL ("\u0000") would otherwise cut it short unseen. */
static int date_shaped(const char *s, size_t n)
{
    if (n != 10)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int want_dash = i == 4 || i == 7;
        if (want_dash ? s[i] != '-' : !isdigit((unsigned char)s[i]))
            return 0;
    }
    return 1;
}

static int key_is(const reader *r, size_t a, size_t b, const char *k)
{
    return b - a == strlen(k) && memcmp(r->s + a, k, b - a) == 0;
}

int jsonl_parse_line(const char *line, size_t len, jsonl_doc *doc, char *msg, size_t msglen,
                     size_t *col)
{
    reader r = {line, len, 0, msg, msglen};
    doc->id = NULL;
    doc->id_len = 0;
    doc->text.n = 0;
    doc->has_text = 0;
    doc->ref_date[0] = '\0';
    skip_ws(&r);
    if (r.i >= r.n || r.s[r.i] != '{') {
        fail(&r, "expected a JSON object");
        goto bad;
    }
    r.i++;
    skip_ws(&r);
    if (r.i < r.n && r.s[r.i] == '}') {
        r.i++;
    } else {
        for (;;) {
            skip_ws(&r);
            if (r.i >= r.n || r.s[r.i] != '"') {
                fail(&r, "expected a key");
                goto bad;
            }
            size_t ka = r.i + 1;
            if (read_string(&r, NULL))
                goto bad;
            size_t kb = r.i - 1;
            skip_ws(&r);
            if (r.i >= r.n || r.s[r.i] != ':') {
                fail(&r, "expected ':'");
                goto bad;
            }
            r.i++;
            skip_ws(&r);
            size_t va = r.i;
            if (key_is(&r, ka, kb, "text")) {
                if (r.i >= r.n || r.s[r.i] != '"') {
                    fail(&r, "\"text\" must be a string");
                    goto bad;
                }
                if (cli_buf_put(&doc->text, "", 0) || read_string(&r, &doc->text))
                    goto bad;
                doc->has_text = 1;
            } else if (key_is(&r, ka, kb, "ref_date")) {
                cli_buf tmp = {0};
                if (r.i < r.n && r.s[r.i] == '"') {
                    if (read_string(&r, &tmp)) {
                        cli_buf_free(&tmp);
                        goto bad;
                    }
                    if (!date_shaped(tmp.p, tmp.n)) {
                        cli_buf_free(&tmp);
                        fail(&r, "\"ref_date\" must be YYYY-MM-DD");
                        r.i = va;
                        goto bad;
                    }
                    memcpy(doc->ref_date, tmp.p, 10);
                    doc->ref_date[10] = '\0';
                    cli_buf_free(&tmp);
                } else if (skip_value(&r, 0)) {
                    goto bad;
                } else if (!(r.i - va == 4 && memcmp(r.s + va, "null", 4) == 0)) {
                    r.i = va;
                    fail(&r, "\"ref_date\" must be a string or null");
                    goto bad;
                }
            } else {
                if (skip_value(&r, 0))
                    goto bad;
                if (key_is(&r, ka, kb, "id")) {
                    doc->id = r.s + va;
                    doc->id_len = r.i - va;
                }
            }
            skip_ws(&r);
            if (r.i < r.n && r.s[r.i] == ',') {
                r.i++;
                continue;
            }
            if (r.i < r.n && r.s[r.i] == '}') {
                r.i++;
                break;
            }
            fail(&r, "expected ',' or '}'");
            goto bad;
        }
    }
    skip_ws(&r);
    if (r.i != r.n) {
        fail(&r, "text after the object");
        goto bad;
    }
    if (!doc->has_text) {
        fail(&r, "no \"text\" key");
        goto bad;
    }
    return 0;
bad:
    *col = r.i + 1;
    return -1;
}

int json_put_string(cli_buf *b, const char *s, size_t n)
{
    if (cli_buf_put(b, "\"", 1))
        return -1;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        if (cli_buf_put(b, s + run, i - run))
            return -1;
        char esc[8];
        switch (c) {
        case '"': strcpy(esc, "\\\""); break;
        case '\\': strcpy(esc, "\\\\"); break;
        case '\n': strcpy(esc, "\\n"); break;
        case '\r': strcpy(esc, "\\r"); break;
        case '\t': strcpy(esc, "\\t"); break;
        default: snprintf(esc, sizeof esc, "\\u%04x", c); break;
        }
        if (cli_buf_puts(b, esc))
            return -1;
        run = i + 1;
    }
    if (cli_buf_put(b, s + run, n - run))
        return -1;
    return cli_buf_put(b, "\"", 1);
}

int json_put_number(cli_buf *b, double v)
{
    if (!isfinite(v))
        return cli_buf_puts(b, "null");
    char t[40];
    if (v == floor(v) && fabs(v) < 1e15) {
        snprintf(t, sizeof t, "%.0f", v);
        return cli_buf_puts(b, t);
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(t, sizeof t, "%.*g", prec, v);
        if (strtod(t, NULL) == v)
            break;
    }
    return cli_buf_puts(b, t);
}
