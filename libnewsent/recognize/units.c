#include "recognize/units.h"

#include <stdlib.h>
#include <string.h>

/* A counted key for bsearch over tables of NUL-terminated strings, compared
 * as bytes (the generators sort by UTF-8 bytes). */
typedef struct ckey {
    const char *s;
    size_t n;
} ckey;

static int ckey_cmp(const ckey *k, const char *w)
{
    size_t i = 0;
    for (; i < k->n; i++) {
        unsigned char a = (unsigned char)k->s[i], b = (unsigned char)w[i];
        if (b == 0 || a != b)
            return b == 0 ? 1 : a < b ? -1 : 1;
    }
    return w[i] ? -1 : 0;
}

static int code_cmp(const void *k, const void *e)
{
    return ckey_cmp(k, ((const ns_currency_code *)e)->code);
}
static int name_cmp(const void *k, const void *e)
{
    return ckey_cmp(k, ((const ns_currency_name *)e)->name);
}
static int unit_cmp(const void *k, const void *e)
{
    return ckey_cmp(k, ((const ns_unit *)e)->key);
}

const ns_currency_code *ns_currency_code_find(const char *s, size_t n)
{
    if (n != 3)
        return NULL;
    ckey k = {s, n};
    return bsearch(&k, ns_currency_codes, ns_currency_ncodes, sizeof ns_currency_codes[0],
                   code_cmp);
}

const char *ns_currency_name_find(const char *key)
{
    ckey k = {key, strlen(key)};
    const ns_currency_name *e =
        bsearch(&k, ns_currency_names, ns_currency_nnames, sizeof ns_currency_names[0], name_cmp);
    return e ? e->code : NULL;
}

const char *ns_currency_symbol_find(const char *s, size_t n)
{
    char buf[16];
    if (n == 0 || n >= sizeof buf)
        return NULL;
    for (size_t i = 0; i < n; i++)
        buf[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
    ckey k = {buf, n};
    const ns_currency_name *e = bsearch(&k, ns_currency_symbols, ns_currency_nsymbols,
                                        sizeof ns_currency_symbols[0], name_cmp);
    return e ? e->code : NULL;
}

/* Whether s[0..n) has an upper-case ASCII letter or a non-ASCII byte: only
 * then can a case-sensitive key ("MW", "μm") match. */
static int may_be_exact(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] & 0x80))
            return 1;
    return 0;
}

const ns_unit *ns_unit_find(const char *key, size_t n)
{
    char buf[48];
    if (n == 0 || n >= sizeof buf)
        return NULL;
    ckey k = {key, n};
    const ns_unit *u = may_be_exact(key, n) ? bsearch(&k, ns_units_exact, ns_units_nexact,
                                                      sizeof ns_units_exact[0], unit_cmp)
                                            : NULL;
    if (u)
        return u;
    for (size_t i = 0; i < n; i++)
        buf[i] = (key[i] >= 'A' && key[i] <= 'Z') ? (char)(key[i] + 32) : key[i];
    k.s = buf;
    return bsearch(&k, ns_units_lower, ns_units_nlower, sizeof ns_units_lower[0], unit_cmp);
}

/* Whether some key in a sorted table is longer than s[0..n) and starts
 * with it: a lower-bound search, then a look at the next entries. */
static int longer_prefix(const void *base, size_t nel, size_t size, size_t keyoff, const char *s,
                         size_t n)
{
    size_t lo = 0, hi = nel;
    ckey k = {s, n};
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *w = *(const char *const *)((const char *)base + mid * size + keyoff);
        if (ckey_cmp(&k, w) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < nel && i < lo + 2; i++) {
        const char *w = *(const char *const *)((const char *)base + i * size + keyoff);
        size_t wn = strlen(w);
        if (wn > n && memcmp(w, s, n) == 0)
            return 1;
    }
    return 0;
}

int ns_unit_has_longer(const char *key, size_t n)
{
    char buf[48];
    if (n == 0 || n >= sizeof buf)
        return 0;
    if (may_be_exact(key, n) &&
        longer_prefix(ns_units_exact, ns_units_nexact, sizeof ns_units_exact[0], 0, key, n))
        return 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = (key[i] >= 'A' && key[i] <= 'Z') ? (char)(key[i] + 32) : key[i];
    return longer_prefix(ns_units_lower, ns_units_nlower, sizeof ns_units_lower[0], 0, buf, n);
}

int ns_currency_name_has_longer(const char *key, size_t n)
{
    return longer_prefix(ns_currency_names, ns_currency_nnames, sizeof ns_currency_names[0], 0, key,
                         n);
}
