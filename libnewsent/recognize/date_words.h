/* Reads the meaning of a matched temporal expression word by word into an
 * ns_timex_parse: which month, which number is a day or a year, which
 * unit, which direction. Depends on recognize/timex_parse.h only. */
#ifndef NS_RECOGNIZE_DATE_WORDS_H
#define NS_RECOGNIZE_DATE_WORDS_H

#include <stddef.h>

#include "recognize/timex_parse.h"

/* Interprets text[0..len), a match of a pattern of the given family
 * (ns_date_family). day_first reads 3/4/2024 as 3 April. Returns 1 and
 * fills *p when the words make a temporal expression, 0 when they do not
 * (an age like "45-year-old"), -1 when they name an impossible day
 * ("February 30"), which no shorter reading may rescue. */
int ns_date_interpret(int family, const char *text, size_t len, int day_first, ns_timex_parse *p);

/* The TIMEX3 mod a prefix ("the end of", "about", "early") puts on what
 * follows it, or NULL. */
const char *ns_date_prefix_mod(const char *text, size_t len);

/* The part of a day a prefix "the evening of" names (an ns_tx_pod), or
 * NS_POD_NONE for another prefix. */
int ns_date_prefix_pod(const char *text, size_t len);

#endif
