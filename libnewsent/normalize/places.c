#include "normalize/normalize.h"

#include <string.h>

#include "tagger/gazetteer.h"

/* Links each PLACE to the gazetteer's record of that name (the most
 * prominent place of the name: a country before a city, a big city before a
 * small one): GeoNames id, country code, coordinates, and the gazetteer's
 * spelling as the value. */
int ns_places_link(ns_doc *doc)
{
    if (!(doc->labels & NEWSENT_LABEL_PLACE))
        return NEWSENT_OK;
    ns_gazetteer gz;
    ns_gaz_default(&gz);
    for (size_t k = 0; k < doc->nents; k++) {
        newsent_entity *e = &doc->ents[k];
        if (e->label != NEWSENT_LABEL_PLACE || (e->flags & NS_EF_DROP) ||
            e->tok_end <= e->tok_start || e->tok_end > doc->toks.n)
            continue;
        uint64_t h = NS_FNV_INIT;
        for (size_t i = e->tok_start; i < e->tok_end; i++) {
            const ns_token *t = &doc->toks.v[i];
            /* A place may end inside its last token ("Paris-based"). */
            uint32_t end = t->end < e->byte_end ? t->end : e->byte_end;
            if (i > e->tok_start)
                h = ns_hash_bytes(h, " ", 1);
            if (end > t->start)
                h = ns_hash_lower(h, doc->text + t->start, end - t->start);
        }
        const ns_gaz_entry *g = ns_gaz_find(&gz, h);
        if (!g || !g->geo)
            continue;
        const ns_gaz_geo *r = &gz.geo[g->geo - 1];
        e->flags |= NS_EF_GEO;
        e->geonames_id = r->id;
        memset(e->country, 0, sizeof e->country);
        memcpy(e->country, r->cc, 2);
        e->lat = r->lat;
        e->lon = r->lon;
        e->value = gz.pool + r->name_off;
    }
    return NEWSENT_OK;
}
