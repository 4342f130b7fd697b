/* The gazetteer: a read-only hash table from names (ASCII lower-cased, tokens
 * joined by one space) to class bits and, for places, a GeoNames record.
 * Built by tools/build_gazetteer.py into data/gazetteer.bin, which the
 * library embeds. Depends on util/ only.
 *
 * Layout (little-endian), after a 64-byte header
 *   "NSGAZ\0\0\0", u32 version, nslots, nentries, ngeo, pool_len,
 *   payload_len, crc32(payload):
 *   u32 slots[nslots]        0 = empty, else entry index + 1 (linear probing)
 *   ns_gaz_entry[nentries]   16 bytes each
 *   ns_gaz_geo[ngeo]         24 bytes each
 *   char pool[pool_len]      place names, NUL-terminated */
#ifndef NS_TAGGER_GAZETTEER_H
#define NS_TAGGER_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

enum {
    NS_GZ_COUNTRY = 1u << 0,
    NS_GZ_ADMIN1 = 1u << 1,
    NS_GZ_CITY = 1u << 2,
    NS_GZ_CITY_BIG = 1u << 3,
    NS_GZ_FIRST = 1u << 4,
    NS_GZ_LAST = 1u << 5,
    NS_GZ_TITLE = 1u << 6,
    NS_GZ_ORG_SUFFIX = 1u << 7,
    NS_GZ_ORG_HEAD = 1u << 8,
    NS_GZ_TIMEWORD = 1u << 9,
    NS_GZ_CONTINENT = 1u << 10,
    NS_GZ_FIRST_COMMON = 1u << 11,
    NS_GZ_LAST_COMMON = 1u << 12,
    NS_GZ_COMPANY = 1u << 13, /* ends a company's name: the document pass's, not a feature */
    /* A listed company's name (tools/data/companies.txt), and, with it, one
     * that is also a lower-case word ("Shell"): the document pass's too. */
    NS_GZ_ORG_KNOWN = 1u << 14,
    NS_GZ_ORG_WORD = 1u << 15,
    NS_GZ_PLACE = NS_GZ_COUNTRY | NS_GZ_ADMIN1 | NS_GZ_CITY | NS_GZ_CONTINENT,
    /* The classes the tagger's features see. */
    NS_GZ_FEATURES = (1u << 13) - 1
};

#define NS_GAZ_VERSION 1u

typedef struct ns_gaz_entry {
    uint64_t hash;
    uint32_t geo; /* index + 1 into geo, 0 for none */
    uint16_t flags;
    uint16_t pad;
} ns_gaz_entry;

typedef struct ns_gaz_geo {
    uint32_t id;
    float lat, lon;
    uint32_t name_off, name_len;
    char cc[2];
    uint16_t pad;
} ns_gaz_geo;

typedef struct ns_gazetteer {
    const uint32_t *slots;
    uint32_t mask;
    const ns_gaz_entry *ents;
    uint32_t nents;
    const ns_gaz_geo *geo;
    uint32_t ngeo;
    const char *pool;
    uint32_t pool_len;
} ns_gazetteer;

/* Checks a gazetteer image (sizes, every slot, entry and name offset, and the
 * checksum when verify is set) and fills g. data must be 8-byte aligned and
 * outlive g. Returns 0, or -1 with a static reason in *why. */
int ns_gaz_open(const void *data, size_t len, int verify, ns_gazetteer *g, const char **why);

/* The gazetteer compiled into the library (checked by the tests; the image
 * is ours, so only its header is checked here). Never fails for a good
 * build; g is zeroed (every lookup misses) otherwise. */
void ns_gaz_default(ns_gazetteer *g);

const ns_gaz_entry *ns_gaz_find(const ns_gazetteer *g, uint64_t hash);

/* Hints for a lookup of hash soon: the slot it starts at, then (once that
 * has arrived) the entry the slot names. They change nothing else. */
static inline void ns_gaz_prefetch_slot(const ns_gazetteer *g, uint64_t hash)
{
    if (g->slots)
        __builtin_prefetch(&g->slots[(uint32_t)hash & g->mask]);
}

static inline void ns_gaz_prefetch_entry(const ns_gazetteer *g, uint64_t hash)
{
    if (!g->slots)
        return;
    uint32_t e = g->slots[(uint32_t)hash & g->mask];
    if (e)
        __builtin_prefetch(&g->ents[e - 1]);
}

/* The FNV-1a 64 hash the keys use, continued from h (start with
 * NS_FNV_INIT); ns_hash_lower lower-cases ASCII and Latin-1 capitals as it
 * goes (as tools/build_gazetteer.py does). */
#define NS_FNV_INIT 0xCBF29CE484222325ull
uint64_t ns_hash_bytes(uint64_t h, const char *s, size_t n);
uint64_t ns_hash_lower(uint64_t h, const char *s, size_t n);

uint32_t ns_crc32(const unsigned char *p, size_t n);

#endif
