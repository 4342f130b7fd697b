/* newsent: the command-line front end. Everything it finds comes through
 * the public API in newsent.h; this file only reads input, checks flags and
 * writes the output formats (see README.md, "Command line"). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "newsent.h"

#define PROG "newsent"

static const char usage_text[] =
    "usage: newsent extract [--ref-date YYYY-MM-DD] [--labels L,...] [--format json|jsonl|tsv]\n"
    "                       [--day-first] [--strict-utf8] [--model FILE] FILE...|-\n"
    "       newsent extract --jsonl [--ref-date ...] [--labels ...] [FILE...|-]\n"
    "       newsent conll [--model FILE] [FILE|-]\n"
    "       newsent --help | --version\n"
    "\n"
    "extract   finds PERSON, PLACE, ORG, DATE and QUANTITY entities; each FILE (or\n"
    "          standard input, -) is one document.\n"
    "  --jsonl         read JSON Lines {\"id\", \"text\", \"ref_date\"} and write one\n"
    "                  {\"id\", \"entities\"} line per input line, in order\n"
    "  --ref-date D    the documents' date, for \"yesterday\" or \"March 4\" (default: today, "
    "UTC)\n"
    "  --labels L,...  only these labels (PERSON,PLACE,ORG,DATE,QUANTITY)\n"
    "  --format F      json (default), jsonl or tsv\n"
    "  --day-first     read 3/4/2024 as 3 April\n"
    "  --strict-utf8   refuse input that is not valid UTF-8\n"
    "  --model FILE    a model written by `newsent-train` instead of the built-in one\n"
    "conll     tags CoNLL-2003 lines (token POS chunk tag) and writes each line back\n"
    "          with the predicted IOB2 tag appended; a -DOCSTART- block is one document.\n";

typedef struct cli_opts {
    newsent_extract_options xo;
    const char *model;
    const char *format;
    int jsonl;
} cli_opts;

static void die_usage(const char *msg, const char *arg)
{
    fprintf(stderr, PROG ": %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr, "try 'newsent --help'\n");
    exit(2);
}

static int parse_date(const char *s, int *y, int *m, int *d)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return -1;
    *y = atoi(s);
    *m = atoi(s + 5);
    *d = atoi(s + 8);
    return 0;
}

static unsigned parse_labels(const char *s)
{
    unsigned mask = 0;
    while (*s) {
        const char *comma = strchr(s, ',');
        size_t n = comma ? (size_t)(comma - s) : strlen(s);
        unsigned bit = newsent_label_from_name(s, n);
        if (!bit) {
            char name[64];
            snprintf(name, sizeof name, "%.*s", (int)(n < 60 ? n : 60), s);
            die_usage("unknown label (use PERSON, PLACE, ORG, DATE, QUANTITY)", name);
        }
        mask |= bit;
        s += n;
        if (*s == ',')
            s++;
    }
    if (!mask)
        die_usage("--labels needs at least one label", NULL);
    return mask;
}

static int read_all(FILE *f, cli_buf *out)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (cli_buf_put(out, chunk, n))
            return -1;
    return ferror(f) ? -1 : 0;
}

static int read_path(const char *path, cli_buf *out)
{
    if (strcmp(path, "-") == 0)
        return read_all(stdin, out);
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    int rc = read_all(f, out);
    int saved = errno;
    fclose(f);
    errno = saved;
    return rc;
}

static int put_opt_string(cli_buf *b, const char *key, const char *v)
{
    cli_buf_puts(b, key);
    if (!v)
        return cli_buf_puts(b, "null");
    return json_put_string(b, v, strlen(v));
}

/* One entity as a JSON object (the contract in shared/tools/README.md). */
static int entity_json(cli_buf *b, const newsent_entity *e)
{
    size_t bs, be, cs, ce, tl;
    newsent_entity_byte_span(e, &bs, &be);
    newsent_entity_char_span(e, &cs, &ce);
    const char *text = newsent_entity_text(e, &tl);
    unsigned label = newsent_entity_label(e);
    char nums[160];
    cli_buf_puts(b, "{\"label\":\"");
    cli_buf_puts(b, newsent_label_name(label));
    cli_buf_puts(b, "\",\"text\":");
    json_put_string(b, text, tl);
    snprintf(nums, sizeof nums, ",\"start\":%zu,\"end\":%zu,\"byte_start\":%zu,\"byte_end\":%zu",
             cs, ce, bs, be);
    cli_buf_puts(b, nums);
    put_opt_string(b, ",\"type\":", newsent_entity_type(e));
    cli_buf_puts(b, ",\"value\":");
    double lo = 0, hi = 0;
    int nn = newsent_entity_numbers(e, &lo, &hi);
    if (label == NEWSENT_LABEL_QUANTITY && nn == 2) {
        cli_buf_puts(b, "[");
        json_put_number(b, lo);
        cli_buf_puts(b, ",");
        json_put_number(b, hi);
        cli_buf_puts(b, "]");
    } else if (label == NEWSENT_LABEL_QUANTITY && nn == 1) {
        json_put_number(b, lo);
    } else {
        put_opt_string(b, "", newsent_entity_value(e));
    }
    put_opt_string(b, ",\"unit\":", newsent_entity_unit(e));
    put_opt_string(b, ",\"mod\":", newsent_entity_mod(e));
    const char *rb, *re;
    if (newsent_entity_range(e, &rb, &re) == NEWSENT_OK) {
        put_opt_string(b, ",\"range\":[", rb);
        put_opt_string(b, ",", re);
        cli_buf_puts(b, "]");
    }
    int64_t gid;
    const char *cc;
    double lat, lon;
    if (newsent_entity_geo(e, &gid, &cc, &lat, &lon) == NEWSENT_OK) {
        snprintf(nums, sizeof nums, ",\"geonames_id\":%lld", (long long)gid);
        cli_buf_puts(b, nums);
        put_opt_string(b, ",\"country\":", cc);
        cli_buf_puts(b, ",\"lat\":");
        json_put_number(b, lat);
        cli_buf_puts(b, ",\"lon\":");
        json_put_number(b, lon);
    }
    size_t alias;
    if (newsent_entity_alias_of(e, &alias) == NEWSENT_OK) {
        snprintf(nums, sizeof nums, ",\"alias_of\":%zu", alias);
        cli_buf_puts(b, nums);
    }
    snprintf(nums, sizeof nums, ",\"confidence\":%.3f}", newsent_entity_confidence(e));
    return cli_buf_puts(b, nums);
}

static void entities_json(cli_buf *b, const newsent_result *r)
{
    cli_buf_puts(b, "[");
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        if (i)
            cli_buf_puts(b, ",");
        entity_json(b, newsent_result_get(r, i));
    }
    cli_buf_puts(b, "]");
}

static void tsv_field(cli_buf *b, const char *s)
{
    if (!s)
        return;
    for (; *s; s++) {
        if (*s == '\t')
            cli_buf_puts(b, "\\t");
        else if (*s == '\n')
            cli_buf_puts(b, "\\n");
        else if (*s == '\r')
            cli_buf_puts(b, "\\r");
        else if (*s == '\\')
            cli_buf_puts(b, "\\\\");
        else
            cli_buf_put(b, s, 1);
    }
}

static void entities_tsv(cli_buf *b, const char *doc, const newsent_result *r)
{
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        size_t bs, be, cs, ce;
        newsent_entity_byte_span(e, &bs, &be);
        newsent_entity_char_span(e, &cs, &ce);
        char nums[128];
        tsv_field(b, doc);
        snprintf(nums, sizeof nums, "\t%s\t%zu\t%zu\t%zu\t%zu\t",
                 newsent_label_name(newsent_entity_label(e)), cs, ce, bs, be);
        cli_buf_puts(b, nums);
        tsv_field(b, newsent_entity_type(e));
        cli_buf_puts(b, "\t");
        double lo, hi;
        int nn = newsent_entity_numbers(e, &lo, &hi);
        if (nn) {
            cli_buf tmp = {0};
            json_put_number(&tmp, lo);
            if (nn == 2) {
                cli_buf_puts(&tmp, "..");
                json_put_number(&tmp, hi);
            }
            tsv_field(b, tmp.p);
            cli_buf_free(&tmp);
        } else {
            tsv_field(b, newsent_entity_value(e));
        }
        cli_buf_puts(b, "\t");
        tsv_field(b, newsent_entity_unit(e));
        cli_buf_puts(b, "\t");
        tsv_field(b, newsent_entity_text(e, NULL));
        cli_buf_puts(b, "\n");
    }
}

static newsent_extractor *make_extractor(const char *model)
{
    newsent_extractor_options o = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    o.model_path = model;
    newsent_extractor *ex = NULL;
    newsent_error err;
    if (newsent_extractor_new(&o, &ex, &err) != NEWSENT_OK) {
        fprintf(stderr, PROG ": %s\n", err.message);
        exit(1);
    }
    return ex;
}

static int write_out(const cli_buf *b)
{
    if (b->n && fwrite(b->p, 1, b->n, stdout) != b->n)
        return -1;
    return 0;
}

static int run_jsonl_stream(newsent_extractor *ex, const cli_opts *o, FILE *f, const char *name)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    size_t lineno = 0;
    jsonl_doc doc = {0};
    cli_buf out = {0};
    int status = 0;
    while ((got = getline(&line, &cap, f)) >= 0) {
        lineno++;
        size_t n = (size_t)got;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        size_t k = 0;
        while (k < n && (line[k] == ' ' || line[k] == '\t'))
            k++;
        if (k == n)
            continue;
        char msg[160];
        size_t col = 0;
        if (jsonl_parse_line(line, n, &doc, msg, sizeof msg, &col)) {
            fprintf(stderr, PROG ": %s:%zu:%zu: malformed JSON line: %s\n", name, lineno, col, msg);
            status = 1;
            break;
        }
        newsent_extract_options xo = o->xo;
        if (doc.ref_date[0] && parse_date(doc.ref_date, &xo.ref_year, &xo.ref_month, &xo.ref_day)) {
            fprintf(stderr, PROG ": %s:%zu: ref_date \"%s\" is not YYYY-MM-DD\n", name, lineno,
                    doc.ref_date);
            status = 1;
            break;
        }
        newsent_result *r = NULL;
        newsent_error err;
        if (newsent_extract(ex, doc.text.p ? doc.text.p : "", doc.text.n, &xo, &r, &err) !=
            NEWSENT_OK) {
            fprintf(stderr, PROG ": %s:%zu: %s\n", name, lineno, err.message);
            status = 1;
            break;
        }
        out.n = 0;
        cli_buf_puts(&out, "{\"id\":");
        if (doc.id_len)
            cli_buf_put(&out, doc.id, doc.id_len);
        else
            cli_buf_puts(&out, "null");
        cli_buf_puts(&out, ",\"entities\":");
        entities_json(&out, r);
        cli_buf_puts(&out, "}\n");
        newsent_result_free(r);
        if (write_out(&out)) {
            status = 1;
            break;
        }
    }
    free(line);
    cli_buf_free(&doc.text);
    cli_buf_free(&out);
    return status;
}

static int cmd_extract(int argc, char **argv)
{
    cli_opts o;
    memset(&o, 0, sizeof o);
    newsent_extract_options_init(&o.xo, NEWSENT_EXTRACT_OPTIONS_VERSION);
    o.format = "json";
    int first_file = argc;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            first_file = i + 1;
            break;
        }
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            first_file = i;
            break;
        }
        if (strcmp(a, "--jsonl") == 0) {
            o.jsonl = 1;
        } else if (strcmp(a, "--day-first") == 0) {
            o.xo.flags |= NEWSENT_EXTRACT_DAY_FIRST;
        } else if (strcmp(a, "--strict-utf8") == 0) {
            o.xo.flags |= NEWSENT_EXTRACT_STRICT_UTF8;
        } else if (strcmp(a, "--ref-date") == 0 || strcmp(a, "--labels") == 0 ||
                   strcmp(a, "--format") == 0 || strcmp(a, "--model") == 0) {
            if (i + 1 >= argc)
                die_usage("missing value for", a);
            const char *v = argv[++i];
            if (strcmp(a, "--ref-date") == 0) {
                if (parse_date(v, &o.xo.ref_year, &o.xo.ref_month, &o.xo.ref_day))
                    die_usage("--ref-date must be YYYY-MM-DD", v);
            } else if (strcmp(a, "--labels") == 0) {
                o.xo.labels = parse_labels(v);
            } else if (strcmp(a, "--format") == 0) {
                if (strcmp(v, "json") && strcmp(v, "jsonl") && strcmp(v, "tsv"))
                    die_usage("--format must be json, jsonl or tsv", v);
                o.format = v;
            } else {
                o.model = v;
            }
        } else {
            die_usage("unknown option", a);
        }
    }
    if (o.xo.ref_year) {
        /* check the date once, before any input is read */
        newsent_extractor *probe = make_extractor(o.model);
        newsent_result *r = NULL;
        newsent_error err;
        if (newsent_extract(probe, "", 0, &o.xo, &r, &err) != NEWSENT_OK) {
            fprintf(stderr, PROG ": --ref-date: %s\n", err.message);
            newsent_extractor_free(probe);
            return 2;
        }
        newsent_result_free(r);
        newsent_extractor_free(probe);
    }
    newsent_extractor *ex = make_extractor(o.model);
    int status = 0;
    if (o.jsonl) {
        if (first_file >= argc) {
            status = run_jsonl_stream(ex, &o, stdin, "<stdin>");
        } else {
            for (int i = first_file; i < argc && !status; i++) {
                FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "rb");
                if (!f) {
                    fprintf(stderr, PROG ": %s: %s\n", argv[i], strerror(errno));
                    status = 1;
                    break;
                }
                status = run_jsonl_stream(ex, &o, f, argv[i]);
                if (f != stdin)
                    fclose(f);
            }
        }
        newsent_extractor_free(ex);
        return status;
    }
    if (first_file >= argc) {
        newsent_extractor_free(ex);
        die_usage("no input: give FILE... or - for standard input", NULL);
    }
    cli_buf out = {0};
    int json = strcmp(o.format, "json") == 0, tsv = strcmp(o.format, "tsv") == 0;
    if (json)
        cli_buf_puts(&out, "[");
    if (tsv)
        cli_buf_puts(&out,
                     "doc\tlabel\tstart\tend\tbyte_start\tbyte_end\ttype\tvalue\tunit\ttext\n");
    for (int i = first_file; i < argc; i++) {
        cli_buf text = {0};
        if (read_path(argv[i], &text)) {
            fprintf(stderr, PROG ": %s: %s\n", argv[i], strerror(errno ? errno : EIO));
            cli_buf_free(&text);
            status = 1;
            break;
        }
        newsent_result *r = NULL;
        newsent_error err;
        if (newsent_extract(ex, text.p ? text.p : "", text.n, &o.xo, &r, &err) != NEWSENT_OK) {
            fprintf(stderr, PROG ": %s: %s\n", argv[i], err.message);
            cli_buf_free(&text);
            status = 1;
            break;
        }
        if (tsv) {
            entities_tsv(&out, argv[i], r);
        } else {
            if (json && i > first_file)
                cli_buf_puts(&out, ",\n");
            cli_buf_puts(&out, "{\"id\":");
            json_put_string(&out, argv[i], strlen(argv[i]));
            cli_buf_puts(&out, ",\"entities\":");
            entities_json(&out, r);
            cli_buf_puts(&out, json ? "}" : "}\n");
        }
        newsent_result_free(r);
        cli_buf_free(&text);
        if (write_out(&out))
            status = 1;
        out.n = 0;
    }
    if (json && !status)
        cli_buf_puts(&out, "]\n");
    if (write_out(&out))
        status = 1;
    cli_buf_free(&out);
    newsent_extractor_free(ex);
    return status;
}

/* ---- newsent conll ------------------------------------------------------ */

typedef struct conll_line {
    size_t off, len;           /* the line in the input, without its newline */
    size_t tok_start, tok_end; /* the token's bytes in the document text; 0,0 if none */
    int is_token;
} conll_line;

static const char *conll_type(unsigned label)
{
    switch (label) {
    case NEWSENT_LABEL_PERSON: return "PER";
    case NEWSENT_LABEL_PLACE: return "LOC";
    case NEWSENT_LABEL_ORG: return "ORG";
    default: return NULL;
    }
}

/* Tags one document: the tokens joined by spaces, sentences by blank lines
 * (so the library sees a sentence break there), then entity spans mapped
 * back onto the tokens they cover. */
static int conll_document(newsent_extractor *ex, const char *in, conll_line *lines, size_t n,
                          cli_buf *out)
{
    cli_buf text = {0};
    int prev_token = 0;
    for (size_t i = 0; i < n; i++) {
        conll_line *l = &lines[i];
        if (!l->is_token) {
            if (prev_token)
                cli_buf_puts(&text, "\n\n");
            prev_token = 0;
            continue;
        }
        if (prev_token)
            cli_buf_puts(&text, " ");
        size_t tl = 0;
        while (tl < l->len && in[l->off + tl] != ' ' && in[l->off + tl] != '\t')
            tl++;
        l->tok_start = text.n;
        cli_buf_put(&text, in + l->off, tl);
        l->tok_end = text.n;
        prev_token = 1;
    }
    newsent_extract_options xo = NEWSENT_EXTRACT_OPTIONS_INIT;
    xo.labels = NEWSENT_LABEL_PERSON | NEWSENT_LABEL_PLACE | NEWSENT_LABEL_ORG;
    newsent_result *r = NULL;
    newsent_error err;
    if (newsent_extract(ex, text.p ? text.p : "", text.n, &xo, &r, &err) != NEWSENT_OK) {
        fprintf(stderr, PROG ": conll: %s\n", err.message);
        cli_buf_free(&text);
        return -1;
    }
    size_t ei = 0, count = newsent_result_count(r);
    size_t cur_end = 0;
    unsigned cur_label = 0;
    for (size_t i = 0; i < n; i++) {
        conll_line *l = &lines[i];
        cli_buf_put(out, in + l->off, l->len);
        if (!l->is_token) {
            if (l->len)
                cli_buf_puts(out, " O");
            cli_buf_puts(out, "\n");
            continue;
        }
        while (ei < count) {
            size_t bs, be;
            newsent_entity_byte_span(newsent_result_get(r, ei), &bs, &be);
            if (be > l->tok_start)
                break;
            ei++;
        }
        const char *tag = "O";
        char buf[16];
        if (cur_label && l->tok_start < cur_end) {
            snprintf(buf, sizeof buf, "I-%s", conll_type(cur_label));
            tag = buf;
        } else {
            cur_label = 0;
            for (size_t j = ei; j < count; j++) {
                const newsent_entity *e = newsent_result_get(r, j);
                size_t bs, be;
                newsent_entity_byte_span(e, &bs, &be);
                if (bs >= l->tok_end)
                    break;
                /* IOB tags cannot say "California" in "California-based":
                 * an entity that starts or ends inside a token is left out. */
                if (conll_type(newsent_entity_label(e)) && be > l->tok_start &&
                    bs == l->tok_start &&
                    (be == text.n || text.p[be] == ' ' || text.p[be] == '\n')) {
                    cur_label = newsent_entity_label(e);
                    cur_end = be;
                    snprintf(buf, sizeof buf, "B-%s", conll_type(cur_label));
                    tag = buf;
                    break;
                }
            }
        }
        cli_buf_puts(out, " ");
        cli_buf_puts(out, tag);
        cli_buf_puts(out, "\n");
    }
    newsent_result_free(r);
    cli_buf_free(&text);
    return 0;
}

static int cmd_conll(int argc, char **argv)
{
    const char *model = NULL, *path = "-";
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--model") == 0) {
            if (i + 1 >= argc)
                die_usage("missing value for", "--model");
            model = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            die_usage("unknown option", argv[i]);
        } else {
            path = argv[i];
        }
    }
    cli_buf in = {0};
    if (read_path(path, &in)) {
        fprintf(stderr, PROG ": %s: %s\n", path, strerror(errno ? errno : EIO));
        return 1;
    }
    newsent_extractor *ex = make_extractor(model);
    conll_line *lines = NULL;
    size_t n = 0, cap = 0;
    cli_buf out = {0};
    int status = 0;
    size_t pos = 0;
    while (pos < in.n || n) {
        int at_end = pos >= in.n;
        conll_line l = {0};
        if (!at_end) {
            size_t e = pos;
            while (e < in.n && in.p[e] != '\n')
                e++;
            l.off = pos;
            l.len = e - pos;
            if (l.len && in.p[pos + l.len - 1] == '\r')
                l.len--;
            pos = e < in.n ? e + 1 : e;
            size_t k = 0;
            while (k < l.len && (in.p[l.off + k] == ' ' || in.p[l.off + k] == '\t'))
                k++;
            l.is_token = k < l.len;
            if (l.is_token && l.len - k >= 10 && memcmp(in.p + l.off + k, "-DOCSTART-", 10) == 0)
                l.is_token = 0, l.tok_start = 1; /* marks a document start */
        }
        int doc_start = !at_end && l.tok_start == 1;
        if ((at_end || doc_start) && n) {
            if (conll_document(ex, in.p, lines, n, &out)) {
                status = 1;
                break;
            }
            n = 0;
            if (write_out(&out))
                status = 1;
            out.n = 0;
        }
        if (at_end)
            break;
        l.tok_start = 0;
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            conll_line *nl = realloc(lines, cap * sizeof *nl);
            if (!nl) {
                status = 1;
                break;
            }
            lines = nl;
        }
        lines[n++] = l;
    }
    free(lines);
    cli_buf_free(&out);
    cli_buf_free(&in);
    newsent_extractor_free(ex);
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage_text, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("newsent %s\n", newsent_version());
        return 0;
    }
    if (strcmp(cmd, "extract") == 0)
        return cmd_extract(argc, argv);
    if (strcmp(cmd, "conll") == 0)
        return cmd_conll(argc, argv);
    die_usage("unknown command", cmd);
    return 2;
}
