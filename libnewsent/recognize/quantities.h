/* QUANTITY recogniser: numbers, money, percentages, measures, counts and
 * ranges with their numeric values, units and modifiers. Skips what the DATE
 * stage already claimed. Depends on text/, recognize/numbers, recognize/units
 * and pipeline/doc.
 *
 * What it writes (the conventions a user of the library sees):
 *   type     cardinal, ordinal, money, percent, fraction, measure or range.
 *   num      the value; a range has nnum 2 (low, high). "1.5 million" is
 *            1500000, "two-thirds" 0.667, "21st" 21, "-4" -4. Values beyond
 *            a double are +-HUGE_VAL.
 *   unit     money: an ISO 4217 code ("$" USD, "€" EUR, "hryvnias" UAH;
 *            bitcoin is "BTC", withdrawn currencies their old codes: FIM).
 *            Minor units are converted to the major one: "50 cents" is 0.5
 *            USD, "197 pence" 1.97 GBP. percent: "percent", or "percentage
 *            point" for "percentage points". measure: a canonical unit name,
 *            singular and British ("kilometre", "square mile", "degree
 *            Celsius", "barrel per day"); ages are measures in "year",
 *            "month", "week" or "day" ("a 25-year-old", "aged 25"). cardinal:
 *            the counted noun when one follows ("3,400 new teachers" ->
 *            "teachers"), as written.
 *   mod      APPROX (about, around, some), LESS_THAN (less than, under,
 *            nearly, almost), MORE_THAN (more than, over, above), AT_LEAST,
 *            AT_MOST (up to, as many as, no more than).
 *   span     the number with its currency, unit or percent sign; modifier
 *            words ("about", "more than") stay outside the span, as in the
 *            Recognizers-Text conventions, but a range keeps its "between";
 *            "aged" and "years old" are inside an age.
 * Not quantities: numbers in DATE spans, durations ("three months", left to
 * DATE), bare years ("in 2025"), parts of names ("Boeing 737", "Air Force
 * One"), phone numbers and identifiers (runs of digit groups), version
 * numbers, sports scores ("2-1"), "one" as a pronoun. */
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
