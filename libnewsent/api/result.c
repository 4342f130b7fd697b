#include <stdlib.h>
#include <string.h>

#include "api/extractor.h"

struct newsent_result {
    ns_mem mem;
    newsent_entity *ents;
    size_t n;
    ns_arena arena;
};

/* An entity's place in the result: by start, the longer first, then by
 * label; idx is where it was. */
typedef struct sort_key {
    uint64_t pos; /* start << 32 | ~end */
    uint32_t label, idx;
} sort_key;

static int key_before(const sort_key *a, const sort_key *b)
{
    return a->pos != b->pos ? a->pos < b->pos : a->label < b->label;
}

/* Merges the sorted k[a..m) and k[m..b) into out[a..b), stably. */
static void merge(const sort_key *k, size_t a, size_t m, size_t b, sort_key *out)
{
    size_t i = a, j = m, o = a;
    while (i < m && j < b)
        out[o++] = key_before(&k[j], &k[i]) ? k[j++] : k[i++];
    while (i < m)
        out[o++] = k[i++];
    while (j < b)
        out[o++] = k[j++];
}

/* Stable natural merge sort: the stages hand their entities over in a few
 * sorted runs, so a pass or two usually does it. tmp holds n keys. Returns
 * where the sorted keys are, k or tmp. */
static sort_key *merge_sort(sort_key *k, sort_key *tmp, size_t n)
{
    for (;;) {
        size_t runs = 0;
        for (size_t a = 0; a < n;) {
            size_t m = a + 1;
            while (m < n && !key_before(&k[m], &k[m - 1]))
                m++;
            size_t b = m < n ? m + 1 : n;
            while (b < n && !key_before(&k[b], &k[b - 1]))
                b++;
            merge(k, a, m, b, tmp);
            runs++;
            a = b;
        }
        sort_key *t = k;
        k = tmp;
        tmp = t;
        if (runs <= 1)
            return k;
    }
}

/* Sorts ents by position through 16-byte keys, then moves each entity
 * once: the entities are large. */
static int sort_entities(const ns_mem *mem, newsent_entity *ents, size_t n)
{
    sort_key *buf = ns_malloc(mem, 2 * n * sizeof *buf);
    if (!buf)
        return NEWSENT_ENOMEM;
    for (size_t i = 0; i < n; i++)
        buf[i] = (sort_key){(uint64_t)ents[i].byte_start << 32 | (uint32_t)~ents[i].byte_end,
                            ents[i].label, (uint32_t)i};
    sort_key *k = merge_sort(buf, buf + n, n);
    /* Position i takes entity k[i].idx: follow each cycle of the
     * permutation with one entity in hand, marking the places filled. */
    for (size_t i = 0; i < n; i++) {
        if (k[i].idx == i || k[i].idx == UINT32_MAX)
            continue;
        newsent_entity held = ents[i];
        size_t at = i;
        while (k[at].idx != i) {
            size_t from = k[at].idx;
            ents[at] = ents[from];
            k[at].idx = UINT32_MAX;
            at = from;
        }
        ents[at] = held;
        k[at].idx = UINT32_MAX;
    }
    ns_free(mem, buf);
    return NEWSENT_OK;
}

static int is_name_label(unsigned l)
{
    return l == NEWSENT_LABEL_PERSON || l == NEWSENT_LABEL_PLACE || l == NEWSENT_LABEL_ORG;
}

/* Spans of one label never overlap, nor do PERSON, PLACE and ORG with each
 * other (a name inside a longer name belongs to the longer one): of two that
 * do, the earlier and then the longer is kept. ents is sorted by position. */
static void drop_overlaps(newsent_entity *ents, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (ents[i].flags & NS_EF_DROP)
            continue;
        for (size_t j = i + 1; j < n && ents[j].byte_start < ents[i].byte_end; j++) {
            if (ents[j].flags & NS_EF_DROP)
                continue;
            if (ents[j].label == ents[i].label ||
                (is_name_label(ents[j].label) && is_name_label(ents[i].label)))
                ents[j].flags |= NS_EF_DROP;
        }
    }
}

/* Stages keep alias links as indexes into doc->ents; remember each
 * entity's original index in alias_of while sorting, then translate. */
int ns_result_build(const newsent_extractor *ex, ns_doc *doc, newsent_result **out)
{
    newsent_result *r = ns_calloc(&ex->mem, 1, sizeof *r);
    if (!r)
        return NEWSENT_ENOMEM;
    r->mem = ex->mem;
    size_t n = doc->nents;
    for (size_t i = 0; i < n; i++)
        doc->ents[i].alias_of = (uint32_t)i;
    if (n > 1 && sort_entities(&ex->mem, doc->ents, n) != NEWSENT_OK) {
        ns_free(&ex->mem, r);
        return NEWSENT_ENOMEM;
    }
    drop_overlaps(doc->ents, n);
    uint32_t *final_index = n ? ns_malloc(&ex->mem, n * sizeof *final_index) : NULL;
    if (n && !final_index) {
        ns_free(&ex->mem, r);
        return NEWSENT_ENOMEM;
    }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        newsent_entity *e = &doc->ents[i];
        int keep =
            !(e->flags & NS_EF_DROP) && (e->label & doc->labels) && e->byte_end > e->byte_start;
        final_index[e->alias_of] = keep ? (uint32_t)kept : UINT32_MAX;
        if (keep)
            doc->ents[kept++] = *e;
    }
    int rc = NEWSENT_OK;
    size_t at = 0; /* starts ascend: one walk over the tokens finds them all */
    for (size_t i = 0; i < kept; i++) {
        newsent_entity *e = &doc->ents[i];
        if ((e->flags & NS_EF_ALIAS) && e->alias_src < n && final_index[e->alias_src] != UINT32_MAX)
            e->alias_of = final_index[e->alias_src];
        else
            e->flags &= ~(unsigned)NS_EF_ALIAS;
        e->char_start =
            (uint32_t)ns_tokens_cp_walk(&doc->toks, doc->text, doc->len, &at, e->byte_start);
        size_t to_end = at;
        e->char_end =
            (uint32_t)ns_tokens_cp_walk(&doc->toks, doc->text, doc->len, &to_end, e->byte_end);
        e->detail = NULL;
        e->text =
            ns_arena_strndup(&doc->arena, doc->text + e->byte_start, e->byte_end - e->byte_start);
        if (!e->text)
            rc = NEWSENT_ENOMEM;
    }
    ns_free(&ex->mem, final_index);
    if (rc != NEWSENT_OK) {
        ns_free(&ex->mem, r);
        return rc;
    }
    /* the result takes the entity array and the arena */
    r->ents = doc->ents;
    r->n = kept;
    doc->ents = NULL;
    doc->nents = doc->ents_cap = 0;
    r->arena = doc->arena;
    r->arena.mem = &r->mem;
    ns_arena_init(&doc->arena, doc->mem);
    *out = r;
    return NEWSENT_OK;
}

void newsent_result_free(newsent_result *r)
{
    if (!r)
        return;
    ns_mem mem = r->mem;
    ns_arena_release(&r->arena);
    ns_free(&mem, r->ents);
    ns_free(&mem, r);
}

size_t newsent_result_count(const newsent_result *r)
{
    return r ? r->n : 0;
}

const newsent_entity *newsent_result_get(const newsent_result *r, size_t i)
{
    return r && i < r->n ? &r->ents[i] : NULL;
}

unsigned newsent_entity_label(const newsent_entity *e)
{
    return e ? e->label : 0;
}

const char *newsent_entity_type(const newsent_entity *e)
{
    return e ? e->type : NULL;
}

int newsent_entity_byte_span(const newsent_entity *e, size_t *start, size_t *end)
{
    if (!e || !start || !end)
        return NEWSENT_EINVAL;
    *start = e->byte_start;
    *end = e->byte_end;
    return NEWSENT_OK;
}

int newsent_entity_char_span(const newsent_entity *e, size_t *start, size_t *end)
{
    if (!e || !start || !end)
        return NEWSENT_EINVAL;
    *start = e->char_start;
    *end = e->char_end;
    return NEWSENT_OK;
}

const char *newsent_entity_text(const newsent_entity *e, size_t *len)
{
    if (!e)
        return NULL;
    if (len)
        *len = e->byte_end - e->byte_start;
    return e->text;
}

const char *newsent_entity_value(const newsent_entity *e)
{
    return e ? e->value : NULL;
}

int newsent_entity_range(const newsent_entity *e, const char **begin, const char **end)
{
    if (!e || !begin || !end)
        return NEWSENT_EINVAL;
    if (!(e->flags & NS_EF_RANGE)) {
        *begin = *end = NULL;
        return 1;
    }
    *begin = e->range_begin;
    *end = e->range_end;
    return NEWSENT_OK;
}

int newsent_entity_numbers(const newsent_entity *e, double *low, double *high)
{
    if (!e)
        return 0;
    if (low && e->nnum > 0)
        *low = e->num[0];
    if (high && e->nnum > 1)
        *high = e->num[1];
    return e->nnum;
}

const char *newsent_entity_unit(const newsent_entity *e)
{
    return e ? e->unit : NULL;
}

const char *newsent_entity_mod(const newsent_entity *e)
{
    return e ? e->mod : NULL;
}

double newsent_entity_confidence(const newsent_entity *e)
{
    return e ? e->confidence : 0.0;
}

int newsent_entity_geo(const newsent_entity *e, int64_t *geonames_id, const char **country,
                       double *lat, double *lon)
{
    if (!e)
        return NEWSENT_EINVAL;
    if (!(e->flags & NS_EF_GEO))
        return 1;
    if (geonames_id)
        *geonames_id = e->geonames_id;
    if (country) /* continents and oceans are in no country: NULL, not "" */
        *country = e->country[0] ? e->country : NULL;
    if (lat)
        *lat = e->lat;
    if (lon)
        *lon = e->lon;
    return NEWSENT_OK;
}

int newsent_entity_alias_of(const newsent_entity *e, size_t *index)
{
    if (!e || !index)
        return NEWSENT_EINVAL;
    if (!(e->flags & NS_EF_ALIAS))
        return 1;
    *index = e->alias_of;
    return NEWSENT_OK;
}
