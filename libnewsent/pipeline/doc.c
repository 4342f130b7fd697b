#include "pipeline/doc.h"

#include <string.h>

newsent_entity *ns_doc_add_entity(ns_doc *doc, const newsent_entity *e)
{
    if (doc->nents >= NEWSENT_MAX_ENTITIES)
        return NULL;
    if (ns_grow(doc->mem, (void **)&doc->ents, &doc->ents_cap, doc->nents + 1,
                sizeof(newsent_entity)))
        return NULL;
    newsent_entity *dst = &doc->ents[doc->nents++];
    *dst = *e;
    return dst;
}

size_t ns_doc_token_at_or_after(const ns_doc *doc, size_t b)
{
    size_t lo = 0, hi = doc->toks.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->toks.v[mid].start < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
