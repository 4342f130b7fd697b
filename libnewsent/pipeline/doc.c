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

int ns_doc_word_is(const ns_doc *doc, size_t k, const char *const *list)
{
    if (k >= doc->toks.n)
        return 0;
    const ns_token *t = &doc->toks.v[k];
    const char *s = doc->text + t->start;
    size_t n = t->end - t->start;
    if (n > 0 && s[n - 1] == '.')
        n--;
    if (n == 0)
        return 0;
    /* folds an ASCII capital only: the bytes of "\u2019s", "\u2013" or
     * "\u00a3" in a list match themselves (| 0x20 on every byte turned 0x80
     * into 0xa0); the first byte, where most words differ, is folded once */
    unsigned char c0 = (unsigned char)s[0];
    char f0 = (char)(c0 | (unsigned char)((unsigned char)(c0 - 'A') < 26u) << 5);
    for (size_t i = 0; list[i]; i++) {
        const char *w = list[i];
        if (w[0] != f0)
            continue;
        size_t j = 1;
        while (j < n) {
            unsigned char c = (unsigned char)s[j];
            if (w[j] != (char)(c | (unsigned char)((unsigned char)(c - 'A') < 26u) << 5))
                break;
            j++;
        }
        if (j == n && w[n] == 0)
            return 1;
    }
    return 0;
}
