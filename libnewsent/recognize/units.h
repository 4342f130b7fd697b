/* Units and currencies for the QUANTITY stage: lookups from what news writes
 * ("km", "square miles", "°F", "MW", "euros", "US$", "₹") to canonical names
 * (a unit name such as "kilometre", or an ISO 4217 code).
 *
 * The currency tables are generated (data/currencies.c by
 * tools/gen_currencies.py from iso-codes); the measure units are a
 * hand-kept table in units.c (there is no packaged source of English unit
 * spellings). All tables are static, sorted and searched with bsearch.
 * Depends on nothing but libc. */
#ifndef NS_RECOGNIZE_UNITS_H
#define NS_RECOGNIZE_UNITS_H

#include <stddef.h>

typedef struct ns_currency_code {
    const char *code; /* "USD" */
    const char *name; /* "US Dollar" (iso-codes) */
    int wordlike;     /* also an English word or acronym: "ALL", "TOP" */
} ns_currency_code;

typedef struct ns_currency_name {
    const char *name; /* lower-case name, or a symbol */
    const char *code;
} ns_currency_name;

extern const ns_currency_code ns_currency_codes[];
extern const size_t ns_currency_ncodes;
extern const ns_currency_name ns_currency_names[];
extern const size_t ns_currency_nnames;
extern const ns_currency_name ns_currency_symbols[];
extern const size_t ns_currency_nsymbols;

/* The ISO code entry for s[0..n) written in capitals ("USD"), or NULL. */
const ns_currency_code *ns_currency_code_find(const char *s, size_t n);

/* The code for a lower-case currency name key ("swiss franc", "euro"), or
 * NULL. The key must be NUL-terminated. */
const char *ns_currency_name_find(const char *key);

/* The code for a symbol or prefix ("$", "US$", "€", "RS."; ASCII letters
 * compared in upper case), or NULL. */
const char *ns_currency_symbol_find(const char *s, size_t n);

enum ns_unit_kind {
    NS_UNIT_LENGTH = 1,
    NS_UNIT_AREA,
    NS_UNIT_VOLUME,
    NS_UNIT_MASS,
    NS_UNIT_TEMP,   /* degree Celsius, degree Fahrenheit */
    NS_UNIT_DEGREE, /* a bare "degrees": temperature or angle */
    NS_UNIT_SPEED,
    NS_UNIT_ENERGY,
    NS_UNIT_POWER,
    NS_UNIT_DATA,
    NS_UNIT_OTHER
};

typedef struct ns_unit {
    const char *key;  /* as written: lower case, or exact case for "MW", "GB" */
    const char *name; /* canonical: "kilometre", "degree Celsius" */
    unsigned char kind;
    unsigned char attached_only; /* only written against the number: "40C", "5m" */
} ns_unit;

extern const ns_unit ns_units_exact[];
extern const size_t ns_units_nexact;
extern const ns_unit ns_units_lower[];
extern const size_t ns_units_nlower;

/* The unit written as key[0..n) (tokens joined by single spaces where the
 * text has space; see quantities.c), case-sensitive entries first, then
 * lower case; NULL if none. */
const ns_unit *ns_unit_find(const char *key, size_t n);

/* Whether a longer unit key starts with key[0..n) ("square" for "square
 * mile", "km" for "km/h"): multi-token lookups are tried only then. */
int ns_unit_has_longer(const char *key, size_t n);

/* The same for lower-case currency names ("swiss" for "swiss franc"). */
int ns_currency_name_has_longer(const char *key, size_t n);

#endif
