/* The small JSON reader and writer the CLI needs for its JSON Lines
 * contract (shared/tools/README.md). Reading: one object per line with
 * "id" (any value, echoed byte for byte), "text" and "ref_date"; other keys
 * are skipped. Writing: strings escaped, numbers in shortest round-trip form. */
#ifndef NEWSENT_CLI_JSON_H
#define NEWSENT_CLI_JSON_H

#include <stddef.h>
#include <stdio.h>

typedef struct cli_buf {
    char *p;
    size_t n, cap;
} cli_buf;

int cli_buf_put(cli_buf *b, const char *s, size_t n);
int cli_buf_puts(cli_buf *b, const char *s);
void cli_buf_free(cli_buf *b);

typedef struct jsonl_doc {
    const char *id; /* raw JSON of the id value, in the line */
    size_t id_len;  /* 0 if the line has no id (then null is written) */
    cli_buf text;   /* decoded text */
    int has_text;
    char ref_date[11]; /* "" if absent or null */
} jsonl_doc;

/* Parses one line into doc (whose text buffer is reused). Returns 0, or -1
 * with a message in msg (and the column in *col). */
int jsonl_parse_line(const char *line, size_t len, jsonl_doc *doc, char *msg, size_t msglen,
                     size_t *col);

/* Appends s[0..n) as a JSON string with quotes. */
int json_put_string(cli_buf *b, const char *s, size_t n);
/* Appends a number; NaN and infinities become null. */
int json_put_number(cli_buf *b, double v);

#endif
