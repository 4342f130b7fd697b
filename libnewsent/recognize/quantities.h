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
 *            A minor unit written alone names no currency ("cents" may be
 *            American, euro or Canadian), so the amount keeps the number as
 *            written and the minor unit's singular name: "50 cents" is 50
 *            "cent", "197 pence" and "50p" 197 and 50 "penny", "500
 *            satoshis" 500 "satoshi", "sen 100,000" 100000 "sen", "a
 *            12-cent-a-share dividend" 12 "cent" (the span ends before the
 *            rate). Where the currency is written too, the amount is in the
 *            major unit of its ISO code, which is what sums across texts:
 *            "50 US cents" 0.5 USD, "20 euro cents" 0.2 EUR, and a minor
 *            part after a whole amount joins it ("15 dollars 50", "$100 and
 *            fifty" 100.5, "15 USD 50 more" 15.5, "one kuai and five mao
 *            five" 1.55 CNY). "M" before a code is millions: "MAUD 60", "30
 *            MUSD". percent: "percent", or "percentage point" for
 *            "percentage points"; a percent whose number follows is read
 *            only where no number precedes and the number after "of" ends
 *            the clause ("per cent of 210" is 210 percent; "percent of 10
 *            people" counts people). measure: a canonical unit name,
 *            singular and British ("kilometre", "square mile", "degree
 *            Celsius", "barrel per day"; a lower-case "mb" is "millibar" at
 *            870-1085, else "megabyte"); ages are measures in "year",
 *            "month", "week" or "day" ("a 25-year-old", "aged 25"). cardinal:
 *            the counted noun when one follows ("3,400 new teachers" ->
 *            "teachers"), as written.
 *   mod      APPROX (about, around, some), LESS_THAN (less than, under,
 *            nearly, almost), MORE_THAN (more than, over, above), AT_LEAST,
 *            AT_MOST (up to, as many as, no more than).
 *   span     the number with its currency, unit or percent sign; modifier
 *            words ("about", "more than") stay outside the span, as in the
 *            Recognizers-Text conventions, but a range keeps its "between";
 *            "aged" and "years old" are inside an age. A comma list written
 *            as one token whose groups are no thousands ("nrs. 22,24,26,31")
 *            is one quantity per number, each span inside the token.
 *   value    rounded to 15 significant digits ("525.8 million" is
 *            525800000, not 525799999.99999994).
 * Not quantities: numbers in DATE spans, durations ("three months", left to
 * DATE), bare years ("in 2025", "nineteen ninety-six"), parts of names
 * ("Boeing 737", "Air Force One"; but amounts with a scale or grouped digits
 * after a capitalised word are: "Net 415 million", "Nasdaq 1,141.25"), phone
 * numbers and identifiers (runs of digit groups, "+45 33969650"), version
 * numbers, sports scores ("2-1"), list markers at a line start ("5. Isolde
 * Kostner"), shirt numbers in line-ups ("; 14 - Justin Swart"), "one" as a
 * pronoun ("one that", "one who").
 * One exception to skipping DATE spans: "three quarters" or "a quarter" that
 * the DATE stage read as a duration inside a number ("five billion and three
 * quarters", "three quarters billion"), or number words it read as a year
 * after "and" ("two hundred and two thousand"), are read as part of the
 * number (the DATE entity stays; the two labels may overlap). */
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
