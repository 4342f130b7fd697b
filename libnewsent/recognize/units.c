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
    size_t wn = strlen(w);
    size_t m = k->n < wn ? k->n : wn;
    int c = memcmp(k->s, w, m);
    if (c)
        return c;
    return k->n < wn ? -1 : k->n > wn ? 1 : 0;
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

const ns_unit *ns_unit_find(const char *key, size_t n)
{
    char buf[48];
    if (n == 0 || n >= sizeof buf)
        return NULL;
    ckey k = {key, n};
    const ns_unit *u =
        bsearch(&k, ns_units_exact, ns_units_nexact, sizeof ns_units_exact[0], unit_cmp);
    if (u)
        return u;
    for (size_t i = 0; i < n; i++)
        buf[i] = (key[i] >= 'A' && key[i] <= 'Z') ? (char)(key[i] + 32) : key[i];
    k.s = buf;
    return bsearch(&k, ns_units_lower, ns_units_nlower, sizeof ns_units_lower[0], unit_cmp);
}
