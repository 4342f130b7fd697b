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
 *            870-1085, else "megabyte"; "basis point"; a rate over an
 *            area or volume, "litre per square metre"; a spaced capital
 *            "F" or "C" closing a clause, "(122 F)"); ages are measures in "year",
 *            "month", "week" or "day" ("a 25-year-old", "aged 25"). cardinal:
 *            the counted noun when one follows ("3,400 new teachers" ->
 *            "teachers"), as written.
 *   range    "X to Y" after a change word is a move and a level ("rose 3
 *            points to 45", "from 1.3 to 1.6 percent" is two numbers), except
 *            a bare X before a percent or unit at most 2.5 times it ("rose 3
 *            to 4 percent", "by 1.3 to 1.6 percentage points": a range).
 *   fraction "a third" after a change word is a fraction where no noun follows
 *            ("risen by a third since June"; "by a third party" is ordinal).
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
 * numbers and identifiers (runs of digit groups, "+45 33969650"; a number
 * after "helpline", "hotline", "line", "dial": "the emergency line 112"),
 * classes (a plain number under 100 after "type", "category", "phase",
 * "stage", "level" or "tier": "type 2 diabetes", "a Category 4 hurricane"),
 * win-loss records from nothing ("fell to 0-3"), the low end of a duration
 * range whose high end is a DATE ("10" of "10 to 14 days"), version
 * numbers, sports scores ("2-1"), list markers at a line start ("5. Isolde
 * Kostner"), shirt numbers in line-ups ("; 14 - Justin Swart"), "one" as a
 * pronoun ("one that", "one who").
 * One exception to skipping DATE spans: "three quarters" or "a quarter" that
 * the DATE stage read as a duration inside a number ("five billion and three
 * quarters", "three quarters billion"), or number words it read as a year
 * after "and" ("two hundred and two thousand"), are read as part of the
 * number (the DATE entity stays; the two labels may overlap). A bare "three
 * quarters" with nothing temporal next to it ("Three quarters said no",
 * "about three quarters."; not "the past three quarters", "for three
 * quarters", "three quarters in a row") is left by the DATE stage and is the
 * fraction 0.75.
 *
 * The Recognizers-Text English spec cases this stage misses on purpose
 * (tools: shared/tools/recognizers_eval.py --verbose), and why:
 *   - IP addresses, phone numbers and identifiers: "192.168.1.2",
 *     "+1-222-2222/2222", "SCP-173", "0000" in "423 0000" (leading zeros
 *     make a code), spoken digit strings ("three-nought-four", a code or a
 *     score, as "nine-one-one" is).
 *   - Numbers inside DATE entities: "5/17/2018", "3" in "in 3 years", "2 pm"
 *     (a time, not picometres), "2000" in "2000 over 3" (a bare year).
 *   - The number inside money: "$20", "US$ 1MM", "2mil SEK", "3 hundred
 *     and 21 yuan" are money with their currency, not bare numbers ("1MM",
 *     "2mil" and "3 hundred and 21" alone are read).
 *   - Ranges, which the guidelines keep whole: "eight to 10 feet" is 8..10
 *     foot and "75 -300mm" 75..300 millimetre, not their high ends.
 *   - Readings that differ: "100 millionths" is the fraction 0.0001 (the
 *     spec reads only "100"); "one hundred one thousand fifths" is 101000/5
 *     (the spec reads 100/1005); "twenty and three" is no English number.
 *   - "G" is no scale in news ("10G", "1,674.5 G"): 5G networks, g-force.
 * Recognizers' number model also reads numbers that newsent types
 * otherwise; where a measure, age or temperature of another spec file shows
 * up in the dimension or age cases ("24 degrees", "5,000 miles"), it counts
 * against the precision there and is still right. */
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
