/* Normalisers: TIMEX3 values for DATE entities against the reference date,
 * and GeoNames links for PLACE entities. Depend on pipeline/doc. */
#ifndef NS_NORMALIZE_NORMALIZE_H
#define NS_NORMALIZE_NORMALIZE_H

#include "pipeline/doc.h"

/* Fills value (and range ends) of every DATE entity from its parse. */
int ns_timex_normalize(ns_doc *doc);

/* Links PLACE entities the gazetteer knows to GeoNames. */
int ns_places_link(ns_doc *doc);

#endif
