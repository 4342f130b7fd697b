/* QUANTITY recogniser: numbers, money, percentages, measures, counts and
 * ranges with their numeric values, units and modifiers. Skips what the DATE
 * stage already claimed. Depends on text/ and pipeline/doc. */
#ifndef NS_RECOGNIZE_QUANTITIES_H
#define NS_RECOGNIZE_QUANTITIES_H

#include "newsent.h"
#include "pipeline/doc.h"

typedef struct ns_quantities ns_quantities;

int ns_quantities_new(const ns_mem *mem, ns_quantities **out, newsent_error *err);
void ns_quantities_free(const ns_mem *mem, ns_quantities *q);

/* Appends QUANTITY entities to doc. Returns NEWSENT_OK or a NEWSENT_E* code. */
int ns_quantities_find(const ns_quantities *q, ns_doc *doc);

#endif
