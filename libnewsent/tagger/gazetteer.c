#include "tagger/gazetteer.h"

#include <string.h>

#include "data/embedded.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the gazetteer and model images are little-endian"
#endif

_Static_assert(sizeof(ns_gaz_entry) == 16, "gazetteer entry layout");
_Static_assert(sizeof(ns_gaz_geo) == 24, "gazetteer geo layout");

enum { GAZ_HEADER = 64 };

uint64_t ns_hash_bytes(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001B3ull;
    }
    return h;
}

uint64_t ns_hash_lower(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        if (c - 'A' < 26u) {
            c += 32;
        } else if (c == 0xC3 && i + 1 < n) {
            /* Latin-1 capitals (U+00C0..U+00DE but U+00D7): "SÃO PAULO". */
            unsigned d = (unsigned char)s[i + 1];
            if (d >= 0x80 && d <= 0x9E && d != 0x97)
                d += 0x20;
            h = (h ^ c) * 0x100000001B3ull;
            c = d;
            i++;
        }
        h ^= c;
        h *= 0x100000001B3ull;
    }
    return h;
}

uint32_t ns_crc32(const unsigned char *p, size_t n)
{
    /* Bitwise CRC-32 (zlib's polynomial): only model loading and the tests
     * use it, on a few MB, so no table. Four bits at a time keeps it at a
     * few ms. */
    static const uint32_t t16[16] = {0x00000000u, 0x1DB71064u, 0x3B6E20C8u, 0x26D930ACu,
                                     0x76DC4190u, 0x6B6B51F4u, 0x4DB26158u, 0x5005713Cu,
                                     0xEDB88320u, 0xF00F9344u, 0xD6D6A3E8u, 0xCB61B38Cu,
                                     0x9B64C2B0u, 0x86D3D2D4u, 0xA00AE278u, 0xBDBDF21Cu};
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        c = (c >> 4) ^ t16[c & 15];
        c = (c >> 4) ^ t16[c & 15];
    }
    return c ^ 0xFFFFFFFFu;
}

static uint32_t rd32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

int ns_gaz_open(const void *data, size_t len, int verify, ns_gazetteer *g, const char **why)
{
    const unsigned char *p = data;
    memset(g, 0, sizeof *g);
    *why = NULL;
    if (!p || len < GAZ_HEADER || memcmp(p, "NSGAZ\0\0\0", 8) != 0)
        return *why = "not a gazetteer image", -1;
    if ((uintptr_t)p % 8)
        return *why = "gazetteer image not aligned", -1;
    uint32_t version = rd32(p + 8), nslots = rd32(p + 12), nents = rd32(p + 16),
             ngeo = rd32(p + 20), pool_len = rd32(p + 24), payload = rd32(p + 28),
             crc = rd32(p + 32);
    if (version != NS_GAZ_VERSION)
        return *why = "gazetteer version not supported", -1;
    if (nslots == 0 || (nslots & (nslots - 1)) || nents >= nslots)
        return *why = "bad gazetteer slot count", -1;
    uint64_t need = (uint64_t)nslots * 4 + (uint64_t)nents * 16 + (uint64_t)ngeo * 24 + pool_len;
    if (need != payload || payload > len - GAZ_HEADER)
        return *why = "gazetteer truncated or sizes inconsistent", -1;
    const unsigned char *q = p + GAZ_HEADER;
    if (verify && ns_crc32(q, payload) != crc)
        return *why = "gazetteer checksum mismatch", -1;
    g->slots = (const uint32_t *)(const void *)q;
    g->ents = (const ns_gaz_entry *)(const void *)(q + (size_t)nslots * 4);
    g->geo = (const ns_gaz_geo *)(const void *)(q + (size_t)nslots * 4 + (size_t)nents * 16);
    g->pool = (const char *)(q + (size_t)nslots * 4 + (size_t)nents * 16 + (size_t)ngeo * 24);
    g->mask = nslots - 1;
    g->nents = nents;
    g->ngeo = ngeo;
    g->pool_len = pool_len;
    if (verify) {
        for (uint32_t i = 0; i < nslots; i++)
            if (g->slots[i] > nents)
                return memset(g, 0, sizeof *g), *why = "bad gazetteer slot", -1;
        for (uint32_t i = 0; i < nents; i++)
            if (g->ents[i].geo > ngeo)
                return memset(g, 0, sizeof *g), *why = "bad gazetteer entry", -1;
        for (uint32_t i = 0; i < ngeo; i++)
            if ((uint64_t)g->geo[i].name_off + g->geo[i].name_len >= pool_len ||
                g->pool[g->geo[i].name_off + g->geo[i].name_len] != '\0')
                return memset(g, 0, sizeof *g), *why = "bad gazetteer name", -1;
    }
    return 0;
}

void ns_gaz_default(ns_gazetteer *g)
{
    const char *why;
    size_t len = (size_t)(ns_embedded_gazetteer_end - ns_embedded_gazetteer);
    if (ns_gaz_open(ns_embedded_gazetteer, len, 0, g, &why))
        memset(g, 0, sizeof *g);
}

const ns_gaz_entry *ns_gaz_find(const ns_gazetteer *g, uint64_t hash)
{
    if (!g->slots)
        return NULL;
    /* Load factor <= 1/2, so a probe run ends at an empty slot soon. */
    for (uint32_t s = (uint32_t)hash & g->mask, k = 0; k <= g->mask; s = (s + 1) & g->mask, k++) {
        uint32_t e = g->slots[s];
        if (!e)
            return NULL;
        if (g->ents[e - 1].hash == hash)
            return &g->ents[e - 1];
    }
    return NULL;
}
