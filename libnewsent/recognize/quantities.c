#include "recognize/quantities.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"

/* The first slice: plain cardinal numbers written in digits (1,000  3.75)
 * and percentages written with % or "percent". */
struct ns_quantities {
    int unused;
};

int ns_quantities_new(const ns_mem *mem, ns_quantities **out, newsent_error *err)
{
    *out = ns_calloc(mem, 1, sizeof **out);
    if (!*out)
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    return NEWSENT_OK;
}

void ns_quantities_free(const ns_mem *mem, ns_quantities *q)
{
    ns_free(mem, q);
}

/* Parses digits with comma thousands groups and a decimal point. Returns 1
 * and the value when the whole of s[0..n) is such a number. */
static int parse_digits(const char *s, size_t n, double *out)
{
    char buf[64];
    size_t k = 0, group = 0;
    int seen_point = 0, seen_comma = 0;
    if (n == 0 || n >= sizeof buf)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            buf[k++] = c;
            group++;
        } else if (c == ',' && !seen_point) {
            if ((seen_comma && group != 3) || group == 0 || group > 3)
                return 0;
            seen_comma = 1;
            group = 0;
        } else if (c == '.' && !seen_point) {
            if (seen_comma && group != 3)
                return 0;
            seen_point = 1;
            buf[k++] = '.';
            group = 0;
        } else {
            return 0;
        }
    }
    if (seen_comma && !seen_point && group != 3)
        return 0;
    if (group == 0)
        return 0;
    buf[k] = '\0';
    *out = strtod(buf, NULL);
    return isfinite(*out);
}

static int inside_date(const ns_doc *doc, size_t *di, size_t start)
{
    while (*di < doc->nents && doc->ents[*di].byte_end <= start)
        (*di)++;
    for (size_t i = *di; i < doc->nents && doc->ents[i].byte_start <= start; i++)
        if (doc->ents[i].label == NEWSENT_LABEL_DATE && doc->ents[i].byte_end > start)
            return 1;
    return 0;
}

static int word_is(const ns_doc *doc, const ns_token *t, const char *w)
{
    size_t n = strlen(w);
    if (t->end - t->start != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((doc->text[t->start + i] | 0x20) != w[i])
            return 0;
    return 1;
}

int ns_quantities_find(const ns_quantities *q, ns_doc *doc)
{
    (void)q;
    if (!(doc->labels & NEWSENT_LABEL_QUANTITY))
        return NEWSENT_OK;
    size_t ndates = doc->nents, di = 0;
    for (size_t k = 0; k < doc->toks.n; k++) {
        const ns_token *t = &doc->toks.v[k];
        if (t->kind != NS_TOK_NUMBER)
            continue;
        size_t save = doc->nents;
        doc->nents = ndates; /* only DATE entities are searched */
        int in_date = inside_date(doc, &di, t->start);
        doc->nents = save;
        if (in_date)
            continue;
        double v;
        if (!parse_digits(doc->text + t->start, t->end - t->start, &v))
            continue;
        newsent_entity e;
        memset(&e, 0, sizeof e);
        e.byte_start = t->start;
        e.byte_end = t->end;
        e.tok_start = (uint32_t)k;
        e.tok_end = (uint32_t)k + 1;
        e.label = NEWSENT_LABEL_QUANTITY;
        e.type = "cardinal";
        e.num[0] = v;
        e.nnum = 1;
        e.confidence = 0.9f;
        if (k + 1 < doc->toks.n) {
            const ns_token *u = &doc->toks.v[k + 1];
            if ((u->end - u->start == 1 && doc->text[u->start] == '%' && u->start == t->end) ||
                word_is(doc, u, "percent")) {
                e.type = "percent";
                e.unit = "percent";
                e.byte_end = u->end;
                e.tok_end = (uint32_t)k + 2;
                k++;
            }
        }
        e.value = ns_arena_printf(&doc->arena, "%.15g", e.num[0]);
        if (!e.value)
            return NEWSENT_ENOMEM;
        if (!ns_doc_add_entity(doc, &e))
            return doc->nents >= NEWSENT_MAX_ENTITIES ? NEWSENT_ELIMIT : NEWSENT_ENOMEM;
    }
    return NEWSENT_OK;
}
