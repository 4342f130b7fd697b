/* DATE recogniser: finds temporal expressions and records, per entity, a
 * parse (ent->detail) that normalize/timex turns into a TIMEX3 value. Only
 * candidate positions (digits, month and weekday words, trigger words) are
 * matched, never the whole text. Depends on text/ and pipeline/doc. */
#ifndef NS_RECOGNIZE_DATES_H
#define NS_RECOGNIZE_DATES_H

#include "newsent.h"
#include "pipeline/doc.h"

typedef struct ns_dates ns_dates;

/* Compiles the patterns. Returns NEWSENT_OK or a NEWSENT_E* code (err set). */
int ns_dates_new(const ns_mem *mem, ns_dates **out, newsent_error *err);
void ns_dates_free(const ns_mem *mem, ns_dates *d);

/* Appends DATE entities to doc. Returns NEWSENT_OK or a NEWSENT_E* code. */
int ns_dates_find(const ns_dates *d, ns_doc *doc);

#endif
