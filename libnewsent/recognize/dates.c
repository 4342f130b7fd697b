#include "recognize/dates.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>

#include "recognize/timex_parse.h"
#include "util/error.h"

/* The first slice: explicit calendar dates. Each pattern is anchored and
 * only tried at a candidate token (a month name or a digit). */
struct ns_dates {
    pcre2_general_context *gc; /* routes match data through ns_mem */
    pcre2_code *month_first;   /* March 4, 2024 | March 4 | Mar. 4th */
    pcre2_code *day_first;     /* 4 March 2024 */
    pcre2_code *iso;           /* 2024-03-04 */
};

#define MONTHS                                                                                     \
    "(?<mon>jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|"                 \
    "june?|july?|aug(?:ust|\\.)?|sep(?:tember|t?\\.)?|oct(?:ober|\\.)?|"                           \
    "nov(?:ember|\\.)?|dec(?:ember|\\.)?)"

static const char *const month_first_re =
    "(?i)" MONTHS "\\s+(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])"
    "(?:,?\\s+(?<year>[12][0-9]{3})(?![0-9]))?";
static const char *const day_first_re =
    "(?i)(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?" MONTHS
    "(?:,?\\s+(?<year>[12][0-9]{3})(?![0-9]))?";
static const char *const iso_re =
    "(?<year>[12][0-9]{3})-(?<m>[01][0-9])-(?<day>[0-3][0-9])(?![0-9])";

static void *pcre_malloc(size_t size, void *ctx)
{
    return ns_malloc(ctx, size);
}
static void pcre_free(void *p, void *ctx)
{
    ns_free(ctx, p);
}

static pcre2_code *compile(pcre2_general_context *gc, const char *re, newsent_error *err, int *rc)
{
    pcre2_compile_context *cc = pcre2_compile_context_create(gc);
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *code =
        cc ? pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED, PCRE2_ANCHORED, &ec, &eo, cc)
           : NULL;
    pcre2_compile_context_free(cc);
    if (!code) {
        *rc = ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "cannot compile a date pattern");
        return NULL;
    }
    /* JIT is an optimisation: without it the interpreter gives the same matches. */
    (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    return code;
}

int ns_dates_new(const ns_mem *mem, ns_dates **out, newsent_error *err)
{
    *out = NULL;
    ns_dates *d = ns_calloc(mem, 1, sizeof *d);
    if (!d)
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    int rc = NEWSENT_OK;
    d->gc = pcre2_general_context_create(pcre_malloc, pcre_free, (void *)mem);
    if (!d->gc) {
        ns_free(mem, d);
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    }
    if (!(d->month_first = compile(d->gc, month_first_re, err, &rc)) ||
        !(d->day_first = compile(d->gc, day_first_re, err, &rc)) ||
        !(d->iso = compile(d->gc, iso_re, err, &rc))) {
        ns_dates_free(mem, d);
        return rc;
    }
    *out = d;
    return NEWSENT_OK;
}

void ns_dates_free(const ns_mem *mem, ns_dates *d)
{
    if (!d)
        return;
    pcre2_code_free(d->month_first);
    pcre2_code_free(d->day_first);
    pcre2_code_free(d->iso);
    pcre2_general_context_free(d->gc);
    ns_free(mem, d);
}

static int month_number(const char *s)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    char low[3];
    for (int i = 0; i < 3; i++)
        low[i] = (char)(s[i] | 0x20);
    for (int m = 0; m < 12; m++)
        if (memcmp(low, names[m], 3) == 0)
            return m + 1;
    return 0;
}

static int group_int(pcre2_code *code, pcre2_match_data *md, const char *text, const char *name,
                     int *out)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    int n = pcre2_substring_number_from_name(code, (PCRE2_SPTR)name);
    if (n < 0 || ov[2 * n] == PCRE2_UNSET)
        return 0;
    int v = 0;
    for (PCRE2_SIZE i = ov[2 * n]; i < ov[2 * n + 1]; i++)
        v = v * 10 + (text[i] - '0');
    *out = v;
    return 1;
}

static int try_pattern(pcre2_code *code, pcre2_match_data *md, ns_doc *doc, size_t at, size_t *end,
                       ns_timex_parse *p)
{
    int rc = pcre2_match(code, (PCRE2_SPTR)doc->text, doc->len, at, PCRE2_NO_UTF_CHECK, md, NULL);
    if (rc < 0)
        return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    memset(p, 0, sizeof *p);
    int mon = pcre2_substring_number_from_name(code, (PCRE2_SPTR) "mon");
    if (mon >= 0 && ov[2 * mon] != PCRE2_UNSET)
        p->month = month_number(doc->text + ov[2 * mon]);
    else
        group_int(code, md, doc->text, "m", &p->month);
    group_int(code, md, doc->text, "day", &p->day);
    group_int(code, md, doc->text, "year", &p->year);
    *end = ov[1];
    return p->month >= 1 && p->month <= 12 && p->day >= 1 && p->day <= 31;
}

int ns_dates_find(const ns_dates *d, ns_doc *doc)
{
    if (!(doc->labels & NEWSENT_LABEL_DATE) || doc->toks.n == 0)
        return NEWSENT_OK;
    /* The patterns are ASCII and compiled in byte mode, so invalid UTF-8 in
     * the subject is harmless to PCRE2. */
    pcre2_match_data *md = pcre2_match_data_create(16, d->gc);
    if (!md)
        return NEWSENT_ENOMEM;
    int status = NEWSENT_OK;
    size_t skip_until = 0;
    for (size_t k = 0; k < doc->toks.n; k++) {
        const ns_token *t = &doc->toks.v[k];
        if (t->start < skip_until || t->kind == NS_TOK_OPAQUE)
            continue;
        unsigned char c = (unsigned char)doc->text[t->start];
        pcre2_code *order[2];
        size_t norder = 0;
        if (c >= '0' && c <= '9') {
            order[norder++] = d->iso;
            order[norder++] = d->day_first;
        } else if ((t->kind == NS_TOK_WORD || t->kind == NS_TOK_ABBREV) && t->end - t->start >= 3) {
            order[norder++] = d->month_first;
        }
        for (size_t o = 0; o < norder; o++) {
            size_t end;
            ns_timex_parse p;
            if (!try_pattern(order[o], md, doc, t->start, &end, &p))
                continue;
            /* A span must end where a token ends, or it would split a word. */
            size_t last = ns_doc_token_at_or_after(doc, end);
            if (last < doc->toks.n && doc->toks.v[last].start < end)
                continue;
            ns_timex_parse *copy = ns_arena_alloc(&doc->arena, sizeof *copy);
            if (!copy) {
                status = NEWSENT_ENOMEM;
                goto out;
            }
            *copy = p;
            newsent_entity e;
            memset(&e, 0, sizeof e);
            e.byte_start = t->start;
            e.byte_end = (uint32_t)end;
            e.tok_start = (uint32_t)k;
            e.tok_end = (uint32_t)last;
            e.label = NEWSENT_LABEL_DATE;
            e.type = "DATE";
            e.confidence = 0.95f;
            e.detail = copy;
            if (!ns_doc_add_entity(doc, &e)) {
                status = doc->nents >= NEWSENT_MAX_ENTITIES ? NEWSENT_ELIMIT : NEWSENT_ENOMEM;
                goto out;
            }
            skip_until = end;
            break;
        }
    }
out:
    pcre2_match_data_free(md);
    return status;
}
