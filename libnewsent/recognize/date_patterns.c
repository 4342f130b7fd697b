#include "recognize/date_patterns.h"

/* Building blocks. Every block ends on a word boundary of its own, so that
 * "Mar" never matches the start of "Marshal". */
#define MONW                                                                                       \
    "(?:(?:january|february|march|april|may|june|july|august|september|october|november|"          \
    "december)\\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\\.|\\b))"
/* A month name, defined once in every pattern that names one (MN_DEF at
 * its start) and called at each use */
#define MN_DEF "(?(DEFINE)(?<mn>" MONW "))"
#define MON "(?&mn)"
#define MON3 "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
#define WDFULL "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
/* (not "closest to the Sun.") */
#define WD "(?:" WDFULL "\\b|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|(?<!the\\s)sun)\\.)"
#define YEAR "(?:1[0-9]\\d\\d|20\\d\\d)(?![\\d,.]\\d|\\d|%)"
#define YY "'\\d\\d(?!\\w)"
/* A year said in words, as broadcast transcripts write it: nineteen
 * ninety-six, nineteen oh five, two thousand; never before a unit (two
 * thousand years). */
#define DIGW "(?:one|two|three|four|five|six|seven|eight|nine)"
#define SYEAR                                                                                      \
    "(?:(?:nineteen|eighteen)[-\\s]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"  \
    "(?:[-\\s]" DIGW "\\b)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"        \
    "eighteen|nineteen|hundred|oh[-\\s]" DIGW ")|two\\s+thousand(?:[-\\s]+(?:and\\s+)?" DIGW       \
    ")?)\\b(?![-\\s]+(?:and\\s+)?(?:" DIGW "\\b|(?:years?|days?|months?|weeks?|hours?|people|"     \
    "times|hundred|thousand|million|billion)\\b))"
#define YEARW "(?:" YEAR "|" SYEAR ")"
/* A year past 2099 where a climate or budget story sets a horizon ("by
 * 2100", "until 2150", "in 2100." at a clause's end); elsewhere four such
 * digits count things. */
#define FARYEAR                                                                                    \
    "(?=2[1-9]\\d\\d)(?:(?<=by |until |till |before |beyond |by the year "                         \
    ")2[1-9]\\d\\d(?![\\d,.]\\d|\\d|%|\\s*hrs\\b)|(?<=in )2[1-9]\\d\\d(?=[,.;:)](?!\\d)|\\s*$))"
/* A half after a count or a unit: two and a half years, 2 1/2 hours, a
 * year and a half; "or so" after a unit: a week or so ago. */
#define HALF "(?:[-\\s]+and[-\\s]+a[-\\s]+(?:half|quarter)\\b|\\s+1/2|-1/2)"
#define ORSO                                                                                       \
    "(?:\\s+or\\s+(?:so|two|three)\\b(?!\\s+(?:of|more|seconds?|minutes?|hours?|days?|weeks?|"     \
    "months?|years?|decades?)\\b))"
#define DAYN "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\w|[,.:]\\d)"
#define ORDDAY "(?:the\\s+)?(?:" ORDW "|" DAYN ")"
#define ORDW                                                                                       \
    "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"        \
    "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"       \
    "twenty[-\\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|"        \
    "thirty[-\\s]first)\\b"
/* What an ordinal after a month may count instead of days: "the March
 * first quarter" */
#define ORDNOUN                                                                                    \
    "(?:quarters?|half|round|time|place|week|day|anniversary|game|leg|term|year|month|period|"     \
    "straight|consecutive|of)\\b"
/* the amount of the next smaller unit after a duration's own */
#define SMALLER                                                                                    \
    ",?\\s+(?:and\\s+)?(?:\\d{1,2}(?![.,\\d])|(?:(?:twenty|thirty|forty|fifty)(?:[-\\s](?:one|"    \
    "two|"                                                                                         \
    "three|four|five|six|seven|eight|nine)\\b)?|one|two|three|four|five|six|seven|eight|nine|ten|" \
    "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b)\\s+"
/* ... defined once in the duration pattern, which takes it in six places */
#define SM_DEF "(?(DEFINE)(?<sm>" SMALLER "))"
#define SM "(?&sm)"
/* the seconds of a race time may have decimals: "one minute 56.9 seconds" */
#define SMALLERS                                                                                   \
    ",?\\s+(?:and\\s+)?\\d{1,2}\\.\\d{1,3}(?![.,\\d])\\s+(?:seconds?|secs?)|" SM                   \
    "(?:seconds?|secs?)"
/* a count below a hundred in words, alone or after "hundred": "nine
 * hundred and fifty-nine years ago" */
#define NUM99                                                                                      \
    "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|"  \
    "five|six|seven|eight|nine)\\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"     \
    "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b"
#define NUMW                                                                                       \
    "(?:(?:a|three)\\s+quarters?\\s+of\\s+an?|(?:a\\s+)?(?:quarter(?=[-\\s]centur)|half(?=[-\\s](" \
    "?:century|decade)\\b)(?<=past half|last half|next half|"                                      \
    "coming half|than half|over half|for half|nearly half|almost half|about half|previous half|"   \
    "in half))|" NUM99                                                                             \
    "|(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+hundred(?:\\s+(?:and\\s+)?" NUM99      \
    ")?|"                                                                                          \
    "(?:a|one)\\s+thousand|two\\s+thousand|a\\s+dozen|a\\s+few|a\\s+couple(?:\\s+of)?|"            \
    "couple(?:\\s+of)?|several|"                                                                   \
    "few|many|half\\s+an?|a|an|\\d+(?:\\.\\d+)?(?![\\d,])|"                                        \
    "\\d{1,3}(?:,\\d{3})+)\\b"
/* A number in words (or digits) as a subroutine: a pattern that counts in
 * several places defines NUMW once, at its start, and calls it where it
 * counts, so the JIT compiles its many words once per pattern, not at
 * every use (the shift and duration patterns took a third of their code
 * from copies of it). A call backtracks as the words written in would. */
#define NW_DEF "(?(DEFINE)(?<nw>" NUMW "))"
#define NW "(?&nw)"
#define UNITS                                                                                      \
    "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|"    \
    "years?|decades?|century|centuries|millenni(?:um|a)|hrs?|mins?|secs?|yrs?|seasons)\\b"
#define UNIT1                                                                                      \
    "(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|"    \
    "millennium)\\b"
#define SEP "(?:\\s*[-\\x{2013}\\x{2014}]\\s*|\\s+(?:to|through|thru|until|till|and|or)\\s+)"
#define SEPU                                                                                       \
    "(?:\\s*(?:-|\\xe2\\x80\\x93|\\xe2\\x80\\x94)\\s*|\\s+(?:to|through|thru|until|till|and|or)"   \
    "\\s+)"
#define AMPM "(?:a\\.m\\.|p\\.m\\.|a\\.m\\b|p\\.m\\b|am\\b|pm\\b)"
#define ZONES                                                                                      \
    "(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|IST|JST|HKT|SGT|AEST|"  \
    "AEDT|"                                                                                        \
    "MSK|EET|EEST|WET|WEST|WAT|EAT|SAST|NZST|NZDT|AWST|ACST|ACDT|KST|PHT|WIB|HST|AKST|AKDT|NDT|"   \
    "NST|"                                                                                         \
    "ADT|AST|Z|(?:AT|NT)(?!\\s+[A-Z]))(?:[+-]\\d{1,2}(?::?\\d\\d)?)?\\b"
/* The zones, defined once in every pattern that takes a zone (TAILT's and
 * the slash and time patterns) and called where TZ needs them */
#define ZN_DEF "(?(DEFINE)(?<zn>" ZONES "))"
/* A zone after a time, bare or in parentheses, never half a bracket;
 * "local time" and a place's ("4.50 a.m. Iraq time"). */
#define TZ                                                                                         \
    "(?:\\s*\\((?&zn)\\)|\\s*(?&zn)|\\s+(?:local|(?-i:UK|US|UAE))\\s+time\\b|"                     \
    "\\s+(?-i:[A-Z][a-z]{2,})"                                                                     \
    "(?:\\s+(?-i:Daylight|Standard|Summer))?\\s+time\\b|\\s+(?-i:Eastern|Pacific|Central|"         \
    "Mountain)\\b"                                                                                 \
    "(?!\\s+(?-i:[A-Z])))"
/* Military "0600 hours", "at 2200 hours": a clock time, where "1200 hours"
 * of work is a count (the digits are tested before the lookbehind). */
#define MILHOURS                                                                                   \
    "(?:(?=[0-2]\\d[0-5]\\d\\s+hours\\b)(?:(?<=at |by |until |till |before |after |from |around |" \
    "since )|(?=0))(?:[01]\\d|2[0-3])[0-5]\\d\\s+hours\\b)"
/* (the hour spoken: "half past nine at night", "a quarter to six", "11
 * o'clock at night"; not "a quarter to 10 percent") */
#define HOURW "(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
/* (a title's capitals are no clock: "a new commission, Quarter to Four") */
#define HOURL                                                                                      \
    "(?:1[0-2]|0?[1-9]|(?-i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
/* (an hour "at night" from six on: not "took one at night") */
#define HOURN "(?:1[0-2]|0?[6-9]|six|seven|eight|nine|ten|eleven|twelve)"
#define SPOKEN "(?:(?:half|(?:a\\s+)?quarter)\\s+(?:past|to)\\s+)?"
#define TOD                                                                                        \
    "(?:" SPOKEN HOURW "(?:[:.][0-5]\\d)?\\s+(?:o'clock\\s+)?in\\s+the\\s+(?:morning|afternoon|"   \
    "evening)\\b|" SPOKEN HOURN "(?:[:.][0-5]\\d)?\\s+(?:o'clock\\s+)?at\\s+night\\b"              \
    "|(?:half|(?:a\\s+)?quarter)\\s+(?:past|to)\\s+" HOURL                                         \
    "(?:\\s+o'clock)?(?![\\w-])(?!\\s*(?:%|(?:per|"                                                \
    "percent|points?|million|billion|trillion|thousand|hundred|times|of|years?|months?|weeks?|"    \
    "days?|hours?|minutes?)\\b))"                                                                  \
    "|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\\d(?::[0-5]\\d)?)?\\s*" AMPM                                  \
    "|(?:[01]?\\d|2[0-3]):[0-5]\\d(?!\\d|:\\d)"                                                    \
    "|(?:1[0-2]|0?[1-9])\\s+o'clock\\b"                                                            \
    "|(?:[01]\\d|2[0-3])[0-5]\\d(?=\\x1e)" /* a live blog's head: mark_blog_stamps */              \
    "|(?:[01]\\d|2[0-3])\\.[0-5]\\d(?=\\s*(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|AEST|AEDT|AWST|ACST|"  \
    "NZST|NZDT|IST|SGT|HKT|JST)\\b)"                                                               \
    "|(?:[01]\\d|2[0-3])[0-5]\\d(?=\\s*(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|" \
    "HKT|JST|SGT|AEST|AEDT|MSK)\\b|\\s+local\\s+time\\b)|(?:[01]\\d|2[0-3])[0-5]\\d\\s*hrs\\b"     \
    "(?:\\s*" AMPM                                                                                 \
    ")?|(?:12\\s+)?(?:noon|midnight)\\b|midday\\b|(?:one|two|three|four|five|six|seven|eight|"     \
    "nine|ten|eleven|twelve)\\s+o'clock\\b"                                                        \
    "|" MILHOURS ")"
/* The start of a clock range: 9am-5pm, 5-6 pm, 10:00 to 11:30. A word joins
 * the ends only when the start borrows the end's a.m. or p.m. ("5 to 7
 * p.m."); two full times joined by a word ("10 a.m. to 4 p.m.", "noon until
 * 3 p.m.") are two TIMEX3s, as two full dates are. After "between", "and"
 * joins the ends too: between 4 and 5 p.m. ("between" itself stays out, as
 * "from" does). */
#define TODR                                                                                       \
    "(?:(?<=between )(?<btw>))?(?:(?:(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)?\\s*" AMPM                \
    "\\s*(?:-|\\xe2\\x80\\x93)\\s*|(?!(?:0\\d|1[3-9]|2[0-3]):[0-5]\\d\\s+(?:to|until|till|and)"    \
    "\\s)"                                                                                         \
    "(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)?(?:\\s*(?:-|\\xe2\\x80\\x93)\\s*|\\s+(?:to|until|till)"   \
    "\\s+|"                                                                                        \
    "(?(<btw>)\\s+and\\s+|(?!))))(?=\\d|noon\\b|midnight\\b))?"
#define POD "(?:morning|afternoon|evening|night|overnight)\\b"
#define SEASON "(?:spring|summer|fall|autumn|winter)\\b"
#define YREF                                                                                       \
    "(?:" YEARW "|this\\s+year|last\\s+year|next\\s+year|the\\s+(?:current|previous|past)\\s+"     \
    "year)"
/* "Friday 7 p.m." is one TIME; "Friday at 7 p.m." two, "at" a preposition
 * outside both, as "on" is in "7 p.m. on Friday" */
/* What sets a clock off from the date before it: "March 21, 2013, 9:12
 * p.m."; a page's stamp uses a dash, a slash, a bar or a bullet ("January
 * 19, 2023 \u2014 2.05am", "May 10, 2016 / 06:45 AM CDT", "05/06/2019 - 16:42",
 * "12 April 2018 \u2022 7:00am") */
#define STAMPSEP "(?:,\\s+|" STAMPSEP_NC ")"
#define STAMPSEP_NC "(?:[ \\t]+|\\s*\xe2\x80[\x93\x94\xa2]\\s*|[ \\t]+[-/|][ \\t]+)"
#define TAILCLK "(?:" TOD "|(?:[01]?\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?![\\d:]))" TZ "?"
/* A clock after a date, seconds too in a stamp ("January 6, 2020 7:48:11 pm");
 * after a comma not one that opens a range, a listing's hours ("Saturday 21
 * March, 10am to 1.30pm": the day and the two times, as TimeML has them) */
/* (the clock defined once, called twice: one copy of its JIT code; no
 * pattern has two tails) */
#define TAILT                                                                                      \
    ZN_DEF "(?(DEFINE)(?<tc>" TAILCLK "))(?:,\\s+(?&tc)"                                           \
           "(?!\\.?(?:\\s*(?:-|\\xe2\\x80\\x93)\\s*\\d|\\s+(?:to|until|till)\\s+(?:\\d|"           \
           "noon\\b|midnight\\b)))|" STAMPSEP_NC "(?&tc))?"
/* A web page's dateline or an events listing abbreviates the weekday
 * without a dot ("Fri March 22, 2013", "Sun 22 Oct 2023", "Sat 8 Mar");
 * only there, with a capital and a full date or a day and a capitalised
 * month after it, since "Sun" and "sat" are words too. */
#define WDABBR                                                                                     \
    "(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=,?\\s+(?:" MON "\\s*" DAYN ",?\\s*" YEAR        \
    "|" DAYN "\\s+(?-i:[A-Z][a-z]{2})))"
/* ... and before a day with its ordinal ending ("Thu 16th", "Sat 3rd"),
 * which no other word of that spelling takes */
#define WDORD                                                                                      \
    "(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"                                                  \
    "(?=\\s+(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)\\b(?!\\s+(?!" WDORD_NEXT "\\b)(?-i:[a-z])))"
#define WDORD_NEXT "(?:at|and|or|to|in|from|for|until|till|when|before|after|with|as|but)"
/* The words "the current fiscal" may go on to, as a noun: its year */
#define FISCAL_NEXT                                                                                \
    "(?:at|and|or|to|in|is|was|will|would|as|but|on|for|with|when|than|has|had|are|were|from|"     \
    "by|so|after|before|which|that|amid|despite|compared|ending|ended|ends|through|until)"
/* (a part of the day may come between: "on Tuesday evening, June 16th") */
#define WDP                                                                                        \
    "(?:(?:" WD "|" WDABBR ")(?:\\s+(?:morning|afternoon|evening|night)(?=,))?"                    \
    ",?\\s+(?:the\\s+)?)?"
#define DASH "(?:\\s*(?:-|\\xe2\\x80\\x93|\\xe2\\x80\\x94)\\s*)"
#define FROM "(?:(?:from|between)\\s+)?"
/* Months join into one range by a dash, "to" or "through", and by "and" only
 * after "between": "April and May" are two months, as TimeML marks them. */
#define FROMB "(?:from\\s+|between\\s+(?<btw>))?"
#define MSEP                                                                                       \
    "(?:\\s*(?:-|\\xe2\\x80\\x93|\\xe2\\x80\\x94)\\s*|\\s+(?:to|through|thru|until|till)\\s+|"     \
    "(?(<btw>)\\s+and\\s+|(?!)))"
/* Two whole months joined by a word ("between April and August", "from June
 * to August") are two TIMEX3s, as TimeML marks them and as two full dates and
 * two full clock times joined by a word are; a dash makes one range
 * ("June-August"). */
#define MSEPM "(?:\\s*(?:-|\\xe2\\x80\\x93|\\xe2\\x80\\x94)\\s*)"

/* SEP with the en and em dash spelled as UTF-8 bytes: the patterns are
 * compiled in byte mode. */
#undef SEP
#define SEP SEPU

const char *const ns_date_prefix_re = MN_DEF
    "(?i)(?:(?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle|close|turn|dawn|rest|remainder)"
    "\\s+of\\s+|"
    /* "the evening of Oct. 28, 1891": that day's part, one TIME */
    "the\\s+(?:(?:early|late)\\s+)?(?:morning|afternoon|evening|night)\\s+of\\s+(?=(?:" WD
    ",?\\s+)?(?:" MON "\\s*\\d|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" MON
    "))|the\\s+(?:first|last|final)\\s+day\\s+of\\s+(?=(?:the|this|next|last)\\s+"
    "(?:month|year)\\b|" MON "|(?:1[89]|20)\\d\\d\\b)|(?:earlier|later)\\s+in\\s+(?=the\\s+(?:day|"
    "week|month|year)\\b|(?:1[89]|20)"
    "\\d\\d\\b|" MON ")|"
    "(?:early|late|mid|earlier|later)(?:-|\\s+|(?=\\d))|end-(?=[a-z\\d])|(?:about|"
    "around|"
    "approximately|roughly|nearly|almost|some|at\\s+least|at\\s+most|more\\s+than|less\\s+than|"
    "fewer\\s+than|(?:just\\s+)?(?:over|under)(?!\\s+the\\b)|(?:longer|shorter)\\s+than(?=\\s+(?:"
    "an?\\s|\\d|" DIGW "\\b|ten\\b|twelve\\b))|up\\s+to|"
    /* "for close to two hours", "took a little over an hour" */
    "close\\s+to(?=\\s+(?:an?\\s|\\d|" DIGW "\\b|ten\\b|twelve\\b))|"
    "a\\s+little\\s+(?:over|under|more\\s+than|less\\s+than)|"
    "no\\s+more\\s+than|no\\s+"
    "less\\s+than|not\\s+until|"
    "as\\s+(?:many|much|long|early|late|recently)\\s+as|a\\s+(?:minimum|maximum)\\s+of|"
    "only|within|another|an\\s+additional|the\\s+better\\s+part\\s+of)\\s+)";

const ns_date_pattern ns_date_patterns[NS_DP_COUNT] = {
    /* Month first: March 4, Sept. 30, 1989, Tuesday, March 7-9, between May
     * 23 and 25; "June 10 and 17" are two days, the second found after */
    {"md", NS_DF_CAL, C_FROM | C_WD | C_MONTH, 0, C_MONTH, 4,
     /* not "January 31 to 14th February": the second day is February's */
     MN_DEF FROMB WDP MON "\\s*(?:" DAYN "|" ORDW "(?!\\s+" ORDNOUN "))(?:" DASH MON "\\s*" DAYN
                          "|" MSEP DAYN "(?!\\s+(?:of\\s+)?" MON
                          "|\\s+(?-i:days?|weeks?|months?|years?|hours?)\\b))?(?:\\s*,?\\s*" YEARW
                          "|\\s+" YY "|\\s+(?:last|next)\\s+year\\b)?" TAILT,
     NS_DG_MD},
    /* Day first: 4 March 2024, the 4th of March; "20 and 21 March" are two
     * days (the first found by first_day), as in month-first order */
    {"dm", NS_DF_CAL, C_FROM | C_WD | C_THE | C_NUM | C_NLET | C_NSEP | C_ORD,
     C_NUM | C_NLET | C_NSEP | C_ORD | C_NUMW, C_MONTH, 6,
     MN_DEF FROMB WDP "(?:the\\s+)?(?:" DAYN "(?:" MSEP "(?:the\\s+)?" DAYN
                      ")?\\s+(?:of\\s+)?|" ORDW "\\s+of\\s+)" MON "(?:,?\\s*" YEARW
                      "|\\s+(?:last|next)\\s+year\\b)?" TAILT
                      /* a table's or a filing's "05-Aug-2016" */
                      "|(?:3[01]|[12]\\d|0?[1-9])-" MON3 "-" YEAR "(?![\\w-])",
     NS_DG_DM},
    /* Month and year, month ranges: March 2024, June to August 2023,
     * January this year */
    {"my", NS_DF_CAL, C_FROM | C_MONTH, 0, 0, 1,
     MN_DEF FROMB MON "(?:" MSEPM MON ")?(?:,?\\s+(?:of\\s+)?(?:" YEARW "|" YY
                      ")|\\s+(?:of\\s+)?(?:this|last|next)"
                      "\\s+year\\b|\\s+of\\s+(?:that|the\\s+same)\\s+year\\b)"
                      /* a table's "Dec-2023" */
                      "|" MON3 "-" YEAR "(?![\\w-])",
     NS_DG_MY},
    /* a month alone, "the month of February" as one */
    {"mon", NS_DF_CAL, C_FROM | C_MONTH | C_THE, C_UNIT, C_MONTH, 4,
     MN_DEF "(?:the\\s+month\\s+of\\s+)?" FROMB MON "(?:" MSEPM MON ")?", NS_DG_NONE},
    /* Years, fiscal years and year ranges: 1990, fiscal 1989, FY2024, 2019-2021 */
    {"year", NS_DF_CAL, C_FROM | C_THE | C_FISCAL | C_N4 | C_NISO | C_NUMW,
     C_UNIT | C_FISCAL | C_N4 | C_NISO, C_N4 | C_NISO | C_NUMW, 6,
     FROM "(?:the\\s+(?=" YEAR "(?:(?:" DASH
          "|/)\\d\\d(?:\\d\\d)?)?\\s+(?:(?:fiscal|financial|calendar|"
          "school|academic|tax)\\s+)?year\\b))?"
          "(?:(?:the\\s+)?(?:(?:fiscal|calendar|financial|model|school|academic|tax)(?:\\s+year)?|"
          /* not the clock of "from 2000 hrs" */
          "the\\s+year)\\s+)?(?:" YEARW "|" FARYEAR ")(?!\\s*hrs\\b)(?:(?:" DASH "|/)(?:" YEAR
          "|\\d\\d(?![\\w,.]\\d|\\w|/)))?"
          /* the 2012 fiscal year, the 1996 year */
          "(?:(?<=\\d)\\s+(?:(?:fiscal|financial|calendar|school|academic|tax)\\s+)?year\\b(?!\\s+("
          "?:old|ago)\\b))?",
     NS_DG_YEAR},
    /* FY2014, FY 2013-14, FY14 */
    {"fy", NS_DF_CAL, C_FISCAL, 0, 0, 1,
     "(?-i:FY)\\s?'?(?:\\d\\d|" YEAR "(?:[-/]\\d\\d(?!\\d))?)\\b", NS_DG_FY},
    /* Decades and centuries: the 1990s, the late '80s, the nineties,
     * the 20th century */
    {"decade", NS_DF_CAL, C_THE | C_NLET | C_N4 | C_MOD, C_NLET | C_N4 | C_MOD | C_PREFIX, 0, 1,
     "(?:the\\s+)?(?:(?:early|late|mid)[-\\s]*)?(?:(?:1[0-9]|20)\\d0(?:'|\xe2\x80\x99)?s\\b|(?:'|"
     "\xe2\x80\x99)"
     "\\d0s\\b"
     /* "the 1960s and 70s": a decade after a decade, its century dropped */
     "|(?=[1-9]0s\\b)(?<=19\\d0s and |19\\d0s or |19\\d0s to |19\\d0s into |19\\d0s through )"
     "[1-9]0s\\b)",
     NS_DG_DECADE},
    /* a year cut to two digits after a preposition: "in '91 or '92" */
    {"yy", NS_DF_CAL, C_NLET, 0, 0, 1,
     "(?<=in |since |of |by |until |from |and |or |to |between |In |Since )(?:'|\xe2\x80\x99)"
     "\\d\\d(?![\\w%'.,:/-]|\xe2)",
     NS_DG_YY},
    {"decadew", NS_DF_CAL, C_THE, C_FOLLOW | C_NUMW | C_MOD | C_PREFIX, C_FOLLOW, 4,
     "the\\s+(?:(?:early|late|mid)[-\\s]*)?(?:nineteen[-\\s]?)?(?:twenties|thirties|forties|"
     "fifties|sixties|seventies|eighties|nineties)\\b",
     NS_DG_DECADEW},
    {"century", NS_DF_CAL, C_THE | C_ORD | C_NLET | C_MOD, C_ORD | C_NLET | C_MOD | C_PREFIX,
     C_UNIT, 4,
     "(?:the\\s+)?(?:(?:early|late|mid)[-\\s]*)?(?:" ORDW "|\\d{1,2}(?:st|nd|rd|th))[-\\s]+"
     "century\\b",
     NS_DG_CENTURY},
    /* Seasons: last fall, the summer of 2023, spring 2024 */
    {"season", NS_DF_CAL, C_THE | C_REL | C_MOD | C_SEASON, C_SEASON | C_MOD | C_PREFIX, C_SEASON,
     4,
     "(?:(?:the|that)\\s+)?(?:(?:early|late|mid)[-\\s]*)?" SEASON "(?:\\s+(?:of\\s+)?(?:" YEAR
     "[-/]\\d\\d(?![\\d/-])|" YREF ")|\\s+of\\s+" YY ")?",
     NS_DG_SEASON},
    /* Quarters and halves: the third quarter, third-quarter, Q3 2024, the
     * first half of 2023, this year's second quarter, the latest period */
    /* the quarter, the year, the weekend: the current one */
    /* the week of March 6, the first week of March: an ISO week; the
     * first Saturday in January: a day */
    {"weekof", NS_DF_CAL, C_THE, C_UNIT | C_ORD | C_REL | C_WD, C_MONTH, 6,
     MN_DEF "the\\s+(?:week\\s+(?:of|ended|ending|to|beginning|starting|commencing)\\s+(?:" MON
            "\\s*" DAYN "|(?:the\\s+)?" DAYN "\\s+(?:of\\s+)?" MON ")|weekend\\s+of\\s+(?:" MON
            "\\s*" DAYN "(?:" DASH DAYN ")?|(?:the\\s+)?" DAYN "(?:" DASH DAYN
            ")?\\s+(?:of\\s+)?" MON
            ")|(?:first|second|third|fourth|last|final)\\s+(?:weekend|week|" WDFULL
            ")\\s+(?:of|in)\\s+" MON "(?!\\s*" DAYN "))(?:,?\\s*" YEAR ")?",
     NS_DG_NONE},
    {"yearend", NS_DF_REL, C_THE | C_UNIT, C_UNIT, 0, 1,
     "(?:the\\s+)?(?:year[-\\s]end|year's\\s+end|end[-\\s]of[-\\s]year)\\b(?:\\s+" YEAR ")?"
     /* "up 11 percent year to date": this year so far */
     "|(?<![\\w-])year[-\\s]to[-\\s]date\\b",
     NS_DG_YEAREND},
    /* full-year profit, a full year result: the year reported on; half-year
     * results: its first half */
    {"fullyear", NS_DF_REL, C_REL | C_NUMW, 0, 0, 1,
     "(?<![\\w-])(?:full|half)[-\\s]year\\b(?![-\\s](?:old|long|ly)\\b|\\s+(?:of|to|in|ago)\\b)"
     /* "full-year 2025": that year (TimeML keeps the modifier in) */
     "(?:\\s+(?:19|20)\\d\\d\\b(?![-/]\\d))?",
     NS_DG_FULLYEAR},
    {"theunit", NS_DF_REL, C_THE, C_UNIT | C_FISCAL | C_REL | C_CLOCK | C_HOL,
     C_UNIT | C_CLOCK | C_FISCAL, 6,
     /* "ringing in the new year": the year about to start or just begun */
     /* the new fiscal year: the one begun or about to begin, as "the
      * current fiscal year" */
     "the\\s+new\\s+(?:fiscal|financial)\\s+year\\b|"
     "the\\s+new\\s+year\\b(?!['\xe2]|\\s+(?:resolutions?|holidays?|celebrations?|eve|day|party|"
     "parties|honours|honors|message|address|sales?)\\b)|"
     /* "the bank holiday weekend", "the long weekend", "the holiday weekend":
      * the weekend, longer */
     "the\\s+(?:(?:bank\\s+holiday|long|holiday)\\s+(?=weekend\\b)|holiday-shortened\\s+(?=week\\b)"
     ")?"
     /* India's "in the current fiscal": its fiscal year */
     "(?:(?:current|last|next|previous|ongoing)\\s+fiscal\\b(?!-|\\s+(?!" FISCAL_NEXT
     "\\b)(?-i:[a-z]))|"
     "(?:(?:full|fiscal|financial|business|current|calendar|entire|whole|latest|outgoing)\\s+)*"
     "(?:year|"
     "quarter|week|weekend|month|decade|century)\\b"
     "(?![-\\s]old\\b)(?:\\s+ahead\\b|\\s+after\\s+next\\b|(?<=day|week|month|year)\\s+(?:before|"
     "after)\\b(?=\\s*[,.;:!?"
     ")]|"
     "\\s*$|\\s+and\\b))?"
     /* earlier in the day: the day the story is on */
     "|(?<=earlier in the |later in the )day\\b"
     /* "by the evening,", "into the evening.": only where no noun follows
      * ("destroyed by the morning attack") */
     "|(?<=into the |by the |until the "
     ")(?:morning|afternoon|evening)\\b(?=\\s*[,.;:!?)]|\\s+(?:on|in|"
     "at|and|when|as|with|before|after|of)\\b)"
     /* fell throughout the morning: a part of the day the story is on */
     "|(?:(?<=throughout the |during the |in the |through the |all the |of the )(?:morning|"
     "afternoon|evening)|(?<=throughout the |during the |through the |of the "
     ")night"
     /* "31 people spent the night at a rest centre", "spent the morning on
      * the phone": a part of the story's day */
     "|(?<=spent the |spend the |spends the |spending the "
     ")(?:morning|afternoon|evening|night))\\b(?!\\s+(?:of|hours|session|paper|papers|show|news|"
     "rush|commute|prayers?)\\b)"
     /* "she had arrived the day before.": the day before the one discussed;
      * so "the night before", also before a participle ("got a call the
      * night before telling him not to come") */
     "|(?:day|week|month|year)\\s+(?:before|after)\\b(?=\\s*[,.;:!?)]|\\s*$|\\s+and\\b)"
     "|(?<=the "
     ")night\\s+(?:before|after)\\b(?=\\s*[,.;:!?)]|\\s*$|\\s+(?:and|as|to)\\b|\\s+[a-z]+ing\\b)"
     /* "the day before Thanksgiving", "the week after Easter": placed by
      * the date that follows (the normaliser reads it) */
     "|(?:day|week)(?=\\s+(?:before|after)\\s+(?:" MONW "|" WDFULL
     "\\b|(?-i:Christmas|Thanksgiving|"
     "Easter|New\\s+Year|Election\\s+Day|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|"
     "Valentine|Halloween|Boxing\\s+Day|Good\\s+Friday|Black\\s+Friday|Diwali|Eid|Hanukkah|"
     "Passover|Ramadan)\\b)))",
     NS_DG_NONE},
    /* "by early evening", "in the late afternoon", "by evening": a part of
     * the day the story is on, after a word that only a time of day takes
     * ("early" and "late" stay in the extent, as the prefixes they are) */
    {"pod", NS_DF_REL, C_CLOCK, 0, 0, 1,
     "(?<=early |late |mid-|mid )(?:morning|afternoon|evening)\\b(?!\\s+(?:of|hours|session|paper|"
     "papers|show|news|rush|commute|prayers?|edition|service|services|flight|flights|shift|"
     "shifts|peak|light|sun|sunshine)\\b)"
     /* "by evening," but not "set by morning light" */
     "|(?<=by )(?:morning|afternoon|evening)\\b(?=\\s*[,.;:!?)]|\\s+(?:on|in|at|and|when|as|"
     "with|the|local)\\b)"
     /* "in afternoon trading", "during morning trade": the session's part
      * of the day the story is on */
     "|(?<=in |during )(?:morning|afternoon|midday|evening)\\b(?=\\s+(?:trade|trading|deals)\\b)"
     /* "by midafternoon", "at midmorning": the one word */
     "|(?<=by |at |until |till |in )mid(?:morning|afternoon)\\b(?!\\s+(?:trade|trading|session|"
     "break|snack|coffee|tea)\\b)"
     /* "waiting since dawn", "first recorded at dawn on Saturday": the
      * morning (not "a dawn raid", "the dawn of") */
     "|(?<=at |since |until |till |by )dawn\\b(?!\\s+(?:of|raid|raids|patrol|patrols|"
     "prayers?|chorus)\\b)",
     NS_DG_POD},
    {"quarter", NS_DF_CAL,
     C_THE | C_REL | C_ORD | C_FISCAL | C_N4 | C_NLET | C_UNIT | C_MOD | C_MONTH,
     C_REL | C_ORD | C_FISCAL | C_N4 | C_NLET | C_UNIT | C_MOD | C_MONTH | C_FOLLOW,
     C_UNIT | C_FOLLOW, 5,
     /* the October-December quarter, the December quarter: the calendar
      * quarter those months make or end */
     MN_DEF
     "(?:the\\s+)?" MON "(?:(?:(?:" DASH "|-to-|\\s+to\\s+)" MON
     "\\s+(?:quarter|period))|\\s+quarter)\\b(?:\\s+of\\s+(?:" YEAR
     "|(?:last|this|next)\\s+year\\b))?|"
     /* the quarter a year ago: the period discussed, a year back */
     "the\\s+(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year)\\b|"
     /* "the back half of the year": its second half, as US business news says */
     "(?:the\\s+)?(?:back|front)\\s+half\\s+of\\s+(?:the\\s+(?:(?:fiscal|financial|calendar)\\s+)?"
     "year\\b|" YREF "|" YEAR ")|"
     "(?:the\\s+)?(?:(?:(?:this|last|next)\\s+year(?:'|\xe2\x80\x99)s|" YEAR
     "(?:'|\xe2\x80\x99)s|latest|current|past|previous|prior|"
     "last|next|coming|same|recent|fiscal|calendar|first|second|third|fourth|final|1st|2nd|3rd|"
     "4th|year[-\\s](?:earlier|ago)|prior[-\\s]year|comparable|corresponding|" YEAR ")(?:\\s+|-))+"
     "(?:quarters?|half(?![-\\s](?:hour|century|decade|a\\b))|halves|period)\\b(?:\\s+of\\s+(?:(?:"
     "fiscal|calendar)\\s+(?:"
     "year\\s+(?=\\d))?)?(?:"
     "the\\s+(?:(?:fiscal|financial|calendar)\\s+)?"
     "year\\b|" YREF "|" MON "(?:\\s+" YEAR ")?)"
     "|\\s+(?:fiscal\\s+)?" YEAR "|\\s+(?:last\\s+year|a\\s+year\\s+(?:ago|earlier))\\b)?"
     /* not "the first half of the match", "the second half of the season":
      * a part of something else, not of a year */
     "(?!\\s+of\\s+(?:the|a|an|his|her|their|its|this|that|our|your)\\s+"
     "(?!(?:fiscal\\s+|financial\\s+|calendar\\s+)?year\\b|['\\d]))",
     NS_DG_QUARTER},
    /* "we open at 7 a.m. on the 15th", "reopening on the 27th": a day of
     * the month the story is in (context_ok asks for a preposition before
     * it and no noun after: "the 15th century", "the 50th anniversary") */
    {"dayonly", NS_DF_CAL, C_THE, C_NLET, 0, 1,
     "the\\s+(?:3[01]|[12]\\d|[1-9])(?:st|nd|rd|th)\\b(?![-.,]\\d)", NS_DG_DAYONLY},
    {"q", NS_DF_CAL, C_Q | C_N4 | C_NLET, 0, 0, 1,
     /* "Q1-2024" and "2024-Q1" as tables and filings write them */
     "(?:(?-i:Q[1-4]|H[12])(?:(?:\\s*(?:of\\s+)?|-)(?:" YEAR "|" YY "|(?-i:FY)\\s?'?(?:\\d\\d|" YEAR
     ")))?|(?-i:[1-4]Q)(?:\\s*" YEAR "|\\d\\d(?![\\w.])|\\s?(?-i:FY)\\s?(?:\\d\\d|" YEAR "))?|"
     /* "3Q26", "1H27", "2H 2026", "2QFY26", "1H FY27": the number first, as
      * Asian companies and brokers write them; a half only with its year */
     "(?-i:[12]H)(?:\\s*" YEAR "|\\d\\d(?![\\w.])|\\s?(?-i:FY)\\s?(?:\\d\\d|" YEAR "))|" YEAR
     "(?:\\s*|-)(?-i:Q[1-4]|H[12]))\\b",
     NS_DG_Q},
    /* Numeric dates: 2024-03-04, 2024-03-04T15:30, 2024-03-04 15:30:00 (a
     * page's stamp), 3/4/2024, 3/4/24 */
    {"iso", NS_DF_NUMERIC, C_NISO, 0, 0, 1,
     YEAR "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:(?:T|\\s+)(?:[01]\\d|2[0-3]):[0-5]\\d"
          "(?::[0-5]\\d)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?(?![\\d:]))?"
          "(?![\\w-])",
     NS_DG_NONE},
    {"isomonth", NS_DF_NUMERIC, C_NISO, 0, 0, 1, YEAR "-(?:0[1-9]|1[0-2])(?![\\w-])",
     NS_DG_ISOMONTH},
    {"slash", NS_DF_NUMERIC, C_NSLASH, 0, 0, 1,
     ZN_DEF "(?:[01]?\\d|2\\d|3[01])/(?:[01]?\\d|2\\d|3[01])/(?:\\d{4}|\\d\\d)(?![\\w/])"
            /* a page's stamp: 1/15/2025, 2:40 PM EST; 12/05/1998 09:42:00 */
            "(?:" STAMPSEP "(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?![\\d:])(?:\\s*" AMPM
            ")?" TZ "?)?"
            /* 05-11-2024, either order: dashed as Indian pages write it */
            "|(?:0[1-9]|[12]\\d|3[01])-(?:0[1-9]|[12]\\d|3[01])-(?:19|20)\\d\\d(?![\\w-]|[.,]\\d)"
            "|(?:0[1-9]|[12]\\d|3[01])\\.(?:0[1-9]|1[0-2])\\.(?:19|20)\\d\\d(?!\\w|[.,]\\d)"
            "(?:" STAMPSEP "(?:[01]\\d|2[0-3]):[0-5]\\d(?![\\d:])(?:\\s*" AMPM ")?" TZ "?)?"
            /* the day of the 2001 attacks, as news names it; not in a name ("the
             * 9/11 Commission") */
            "|9/11(?![\\w/]|\\s+(?-i:[A-Z]))",
     NS_DG_SLASH},
    /* Deictic days and parts of days: yesterday, tonight, this morning,
     * last night, the day after tomorrow */
    {"deictic", NS_DF_REL, C_THE | C_DEIC, C_UNIT, C_DEIC, 4,
     "(?:the\\s+day\\s+(?:before|after)\\s+)?(?:yesterday|today|tomorrow|tonight)\\b"
     "(?:\\s+(?:morning|afternoon|evening|night)\\b)?" TAILT,
     NS_DG_NONE},
    /* last week, this month, next Tuesday, this weekend, the same day,
     * Friday night, Tuesday */
    {"rel", NS_DF_REL, C_THE | C_REL, C_REL, 0, 1,
     MN_DEF
     "(?:(?:the\\s+|this\\s+(?=past|coming)|that\\s+(?=same))?(?:last|next|this|coming|past|"
     "previous|following|"
     "current|present|same|that|upcoming|prior)\\s+)(?:(?:fiscal|financial|calendar)\\s+(?=year\\b|"
     "quarter\\b))?"
     "(?:" UNIT1 "|" WDFULL "\\b(?:,?\\s+" MON "\\s*(?:" DAYN "|" ORDW ")|,?\\s+" DAYN "\\s+" MON
     ")?|" MON "(?:\\s*" DAYN ")?|" SEASON "|" POD "|season\\b(?!\\s+(?:tickets?|opener|pass)\\b))"
     "(?:\\s+(?:morning|afternoon|evening|night)\\b)?"
     /* a clock time belongs to a day, not to "next month" */
     "(?:(?<!month|year|week|quarter|decade|century|fortnight|millennium|hour|minute|second)" TAILT
     ")?",
     NS_DG_REL},
    {"wd", NS_DF_REL, C_WD | C_DEIC, 0, 0, 1,
     /* "on Friday, 12 people were hurt": a bare number before a word is a
      * count, not the day of the month; "Tuesday the 11th" still is, but
      * not "Thursday, the 11th Circuit" */
     "(?:" WD "|overnight\\b|" WDORD ")"
     /* a British paper's "Monday next", "Sunday last", "Sunday week" */
     "(?:\\s+(?:next|last|week)\\b(?=\\s*[,.;:!?)]|\\s+(?:and|or|at|in|to|when|for|with|from)\\b))?"
     "(?:,?\\s+(?:the\\s+)?(?:(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)"
     "(?!\\w|[,.:]\\d|\\s+(?-i:[A-Z][a-z]))|(?:3[01]|[12]\\d|0?[1-9])(?!\\w|[,.:]\\d|\\s*" AMPM
     "|\\s+(?!of\\b)(?-i:[a-z]))))?(?:\\s+(?:morning|afternoon|evening|"
     "night)\\b)?(?:\\s+of\\s+(?:this|last|next)\\s+week\\b)?" TAILT,
     NS_DG_NONE},
    /* two days ago, a year earlier, the year-earlier quarter */
    {"shift", NS_DF_SHIFT, C_NUMW | C_NUM | C_N4 | C_NLET | C_THE | C_UNIT, C_UNIT,
     C_UNIT | C_SEASON, 6,
     /* "two summers ago" */
     NW_DEF
     "(?:" NW ")\\s+(?:summers?|winters?|springs?|autumns?|falls?)\\s+ago\\b|"
     /* "three or four days ago": the first count's day, as annotators read it */
     "(?:(?:" NW ")(?:\\s+or\\s+(?:" NW "))?" HALF "?[-\\s]+" UNITS HALF "?" ORSO
     /* "two hours earlier" is the span, as "two hours later" is: a clock
      * time a count of hours before an unknown moment has no value */
     "?\\s+(?:ago(?:\\s+(?:today|tonight|this\\s+(?:week|month)\\b))?|(?<!hour |hours |hrs |minute "
     "|minutes |mins |second "
     "|seconds )"
     /* (not the "earlier" of "for about a week earlier this month") */
     "earlier(?!\\s+(?:than|this|that|today|tonight|yesterday)\\b)|back|"
     "from\\s+(?:now|today)|hence)\\b|"
     /* "in ten years' time": as "ten years from now" */
     "(?:" NW ")[-\\s]+(?:years|months|weeks|days|hours|minutes)(?:'|\xe2\x80\x99)\\s+time\\b|"
     "(?:(?:millions|thousands|hundreds)\\s+of\\s+|\\d+(?:\\.\\d+)?"
     "\\s+(?:"
     "million|"
     "billion)\\s+)?"
     "(?:years|decades|months|weeks)\\s+ago\\b|"
     "(?:the\\s+)?(?:"
     "year|month|quarter|week|day)[-\\s](?:earlier|ago)\\b"
     "(?:\\s+(?:(?:first|second|third|fourth|fiscal)[-\\s]+)*(?:quarter|period|month|year|week)\\b)"
     "?)",
     NS_DG_SHIFT},
    /* Durations: 90-day, four to five weeks, the past several months,
     * the next 12 to 18 months, a decade */
    {"duration", NS_DF_DURATION,
     C_THE | C_REL | C_REFW | C_ORD | C_NUMW | C_ANYNUM | C_UNIT | C_SET,
     C_REL | C_ORD | C_NUMW | C_ANYNUM | C_UNIT | C_FOLLOW, C_UNIT, 6,
     /* "these past two weeks", as "the past two weeks" */
     NW_DEF SM_DEF
     "(?!" MILHOURS ")(?:the\\s+|these\\s+(?=(?:past|last|coming|next)\\s))?"
     "(?:(?:last|past|next|first|coming|previous|following|trailing|"
     "final|remaining|latest|recent|initial|entire|whole|full|same|other)\\s+"
     /* not "the final last year": the match, then the year; nor "the
      * final a week later", "the final two days later": the match, then
      * when it came */
     "(?!(?:last|past|next|previous|coming|this|an?)\\s)"
     "(?!(?:\\S+\\s+){1,3}(?:later|earlier)\\b))?(?:(?:" NW ")"
     "(?:" HALF "|" SEP "(?:" NW
     "))?[-\\s]*(?:(?:more|additional|full|straight|consecutive|single|fiscal|financial|"
     "whole|extra|further|short|business|working|trading|shopping|remaining|school|"
     "(?<!\\ba\\s)(?:calendar|long))[-\\s]+)?" UNITS "(?:[-\\s](?:long|old)\\b|" HALF "|" ORSO
     /* two years and six months, 2 hours 15 minutes */
     "|(?:(?<=years|year|yrs)" SM "months?|(?<=days|day)" SM "hours?(?:" SM
     "(?:minutes?|mins?))?|(?<=hours|hour|hrs)" SM "(?:minutes?|mins?)"
     "(?:" SMALLERS ")?|(?<=minutes|minute|mins|min)(?:" SMALLERS "))"
     /* "24 hours and 39 minutes long": the span, "long" left out; "two
      * years and six months old" is an age */
     "\\b(?!-(?:long|old)\\b|\\s+old\\b)"
     ")?|the\\s+(?:first|opening|final)\\s+(?:hour|hours|minutes|days|weeks|month|months|years)\\b"
     "(?!\\s+(?:of\\s+)?(?:" MONW "|\\d))|(?:past|last|next|coming|"
     "previous|following|recent)\\s+" UNITS HALF "?" ORSO
     "?|the\\s+(?:days|weeks|months|years)\\s+ahead\\b|"
     /* another year: one more, as "a year" is one */
     "another\\s+(?:hour|week|fortnight|month|year|decade|century)\\b(?![-\\s](?:long|old)\\b)|"
     "(?:hours?|days?|weeks?|months?|years?|decades?|century|centuries)-long\\b|"
     "(?:hour|day|week|month|year|decade)long\\b|"
     /* "a new multi-year contract": some years (not the sea's "multi-year
      * ice") */
     "multi-(?:day|week|month|year|decade)\\b(?!\\s+ice\\b)|"
     "(?<=for |over |within |in )(?:years|decades|months|weeks|"
     "days|hours|minutes|centuries)\\b|"
     /* a span of no known length after a verb of waiting or needing, or a
      * contrast: "waiting weeks to unload", "will need months to read
      * them", "had gone weeks without", "within days, not weeks", "after
      * days of fighting" ("weeks or months" is one span, TE3 train's) */
     "(?<=waiting |waited |need |needs |needed |gone |went |spend |spent |lost |"
     "not |after )(?:years|decades|centuries|months|weeks|days|hours|minutes|seconds)\\b"
     "(?!\\s+(?:ago|old|or|and)\\b|-)|"
     /* "thousands of years", "a matter of weeks": a span of no known
      * length */
     "(?:(?:hundreds|thousands|millions)\\s+of|a\\s+matter\\s+of)\\s+(?:years|decades|centuries|"
     "months|weeks|days|hours|minutes)\\b(?!\\s+(?:ago|earlier|later|before|after|old)\\b|[-'\xe2])"
     "|"
     /* for some time, after a while; not "for a long time" (0 of 2 in the
      * train set) */
     "(?<=for |after |take |takes |took |taken )(?:some\\s+time|a\\s+while)\\b"
     "(?!\\s+(?:to|before|after|when|since|that|in\\s+the\\s+future)\\b)|"
     /* could take weeks, waited years, spent months, lasted hours; "can
      * add years to a program", "would last only weeks" (not "must add
      * days to the calendar", school days counted) */
     "(?:(?<=take |takes |took |taken |taking |wait |waits |waited |spend |spends |spent |"
     "lasted |lasts )(?:years|decades|centuries|months|weeks|days|hours)|(?<=add |adds |added "
     "|only )"
     "(?:years|decades|months|weeks))\\b(?!\\s+(?:of|ago|old|earlier|later|before|after)\\b|"
     "[-'\xe2])|"
     /* the feud goes back decades, a custom dating back centuries */
     "(?=(?:years|decades|centuries)\\b)(?<=go back |goes back |going back |gone back |went back |"
     "date back |dates back |dating back |stretching back |stretches back )"
     "(?:years|decades|centuries)\\b"
     "(?!\\s+(?:of|to|ago|and|or|earlier|later|before)\\b|[-'\xe2])|"
     /* over the years, through the decades */
     "(?<=over |through |across "
     ")the\\s+(?:years|decades|centuries)\\b(?!\\s+\\d|\\s+(?:of|to|since|"
     "before|after|ahead)\\b)|"
     /* in the weeks before the vote, the years that followed */
     "(?<=the )(?:days|weeks|months|years|decades)(?=\\s+(?:before|after|following|that\\s+"
     "followed|since|leading\\s+up)\\b)|"
     /* "weeks after German troops entered", "hours away", "months behind
      * schedule", "months of street protests":
      * some units, after no count (a count starts its own match before) */
     "(?<=[a-z,;] |^|\\n|\"|\xe2\x80\x9c)(?:minutes|hours|days|weeks|months|years|decades|"
     "centuries)(?=\\s+(?:after|"
     "before|later|earlier|away|behind|in\\s+advance)\\b)|"
     "(?<=[a-z,;] "
     "|\"|\xe2\x80\x9c)(?:weeks|months|years|decades)(?=\\s+of\\s+(?!(?:the|age|his|her|their|its|"
     "our|my|your|a|an|this|that|these|those|which|what|whom|it|them|us|him|me|experience)\\b)"
     "(?-i:[a-z])))",
     NS_DG_DURATION},
    /* Sets: every Sunday, each month, daily, twice a week, Sundays */
    {"set", NS_DF_SET, C_SET | C_NUMW | C_NUM | C_WD | C_THE, C_NLET,
     C_SET | C_WD | C_FOLLOW | C_UNIT, 4,
     /* "the 15th of each month": that day of every month */
     MN_DEF NW_DEF
     "(?:the\\s+(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)\\s+of\\s+(?:each|every)\\s+month\\b)|"
     "(?:(?:once\\s+)?(?:every|each)\\s+(?:other\\s+|single\\s+|half[-\\s](?=hour\\b)|(?<=every "
     ")(?:second|third|fourth|"
     "fifth)\\s+(?=(?:day|week|month|year)\\b)|(?:" NW ")(?:" SEP "(?:" NW "))?\\s+)?(?:" UNITS
     "|" WDFULL "\\b(?:\\s+(?:morning|afternoon|evening|night)\\b)?|" MON "(?:\\s*" DAYN ")?|" DAYN
     "\\s+" MON "|(?:morning|afternoon|evening|night|weekday|summer|winter|spring|fall|autumn)\\b"
     "|(?-i:Christmas(?:\\s+(?:Day|Eve))?|Halloween|Hogmanay|(?:Boxing|Bastille|Anzac|Veterans|"
     "Independence|Remembrance)\\s+Day|Burns\\s+Night|Valentine(?:'|\xe2\x80\x99)?s\\s+Day|"
     "St\\.?\\s+Patrick(?:'|\xe2\x80\x99)?s\\s+Day)\\b)|"
     "(?:daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|bimonthly|"
     "biannually|semiannually|semi-annually|fortnightly)\\b|(?:once|twice|thrice)[-\\s](?:daily|"
     "weekly|"
     "monthly|yearly|nightly|hourly)\\b|(?:" NW ")(?:" SEP "(?:" NW
     "))?\\s+(?:days|nights)\\s+a\\s+"
     "week\\b|(?:once|twice|thrice|(?:" NW ")"
     /* three or four times a week */
     "(?:" SEP "(?:" NW "))?\\s+times)\\s+(?:a|an|per|each|every)\\s+" UNIT1 "|" WDFULL
     "s\\b|" WDFULL "\\s+(?:mornings|afternoons|evenings|nights)\\b"
     /* "open on weekends", "works weekends": weekends in general */
     "|(?<=on |at |over |during |most |works |worked |work |working )weekends\\b)",
     NS_DG_SET},
    /* Clock times: 3 p.m., 15:30 GMT, noon, 4 a.m. EDT Thursday; "on"
     * stays out, as every preposition does in TimeML, and the day after
     * it is its own DATE ("at 4am on Friday") */
    {"time", NS_DF_TIME, C_NUM | C_N4 | C_NCLK | C_NLET | C_NSEP | C_CLOCK | C_NUMW, 0,
     C_CLOCK | C_NCLK | C_NLET, 4,
     /* (a stamp may set its date off by a bullet or a bar: "10:02 AM PST
      * \u2022 January 14, 2022") */
     MN_DEF ZN_DEF TODR TOD TZ
     "?(?:(?:,\\s*|\\s+|\\s*\xe2\x80\xa2\\s*|[ \\t]+[|/][ \\t]+)(?:(?:" WD "|" WDABBR ")"
     "(?:\\s+(?:morning|afternoon|evening|night)\\b|"
     ",?\\s+" MON "\\s*" DAYN "(?:,?\\s*" YEAR ")?|"
     /* a page's stamp: 14:22 GMT, Friday, 22 March 2013 */
     ",?\\s+" DAYN "\\s+" MON "(?:,?\\s*" YEAR ")?)?|"
     "(?:today|yesterday|tomorrow)(?:\\s+(?:morning|afternoon|evening|night)\\b)?|"
     "tonight|(?:this|last)\\s+(?:morning|afternoon|evening|night)\\b|"
     "(?:last|this|next)\\s+" WD "|" MON "\\s*" DAYN "(?:,?\\s*" YEAR ")?|" DAYN "\\s+" MON
     "(?:,?\\s*" YEAR ")?))?",
     NS_DG_TIME},
    /* Holidays: Christmas, Thanksgiving Day, last Easter, New Year's Eve 1999 */
    /* "the spring bank holiday": a season or month after "the", "bank" third */
    {"holiday", NS_DF_HOLIDAY, C_REL | C_HOL | C_THE, C_HOL | C_SEASON | C_MONTH | C_MOD | C_UNIT,
     C_HOL, 4,
     "(?:the\\s+(?=[a-z' "
     ".]{3,40}\\bweekend\\b|(?:spring|summer|august|may\\s+day|(?:early|late)\\s+may)"
     "\\s+bank\\s+holiday\\b)|the\\s+week\\s+of\\s+)?"
     "(?:(?:last|next|this)\\s+)?(?:christmas(?:\\s+(?:day|eve))?|new\\s+year'?s(?:\\s+(?:day|eve))"
     /* "stay open on the Fourth": Independence Day, after a verb or a
      * preposition (not the Fourth Amendment, nor Henry the Fourth) */
     "|(?<=on |marked |over |for |after |before |celebrate |celebrated |celebrating )"
     "the\\s+(?-i:Fourth)\\b(?!\\s+(?-i:[A-Z])|\\s+of\\b|-)"
     /* "over Christmas and new year", as British papers write it */
     "|(?<=christmas and )new\\s+year\\b(?!['\xe2]|\\s+(?-i:[A-Z])|\\s+(?:honours|honors|"
     "resolutions?|messages?|address|greetings|wishes|eve|day)\\b)"
     /* "over Christmas and New Year": the feast, after a word of time */
     "|(?<=and |over |at |for |until |since |after |before )(?-i:New\\s+Year)\\b(?!['\xe2]|"
     "\\s+(?-i:[A-Z])|\\s+(?:honours|honors|resolutions?|messages?|address|greetings|wishes)\\b)"
     "|"
     "thanksgiving(?:\\s+(?:day|monday))?|(?:orthodox\\s+)?easter(?:\\s+(?:sunday|monday))?|"
     "good\\s+friday|"
     "independence\\s+day|"
     "labou?r\\s+day|memorial\\s+day|veterans\\s+day|halloween|valentine'?s\\s+day|"
     "election\\s+day|martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|presidents'?\\s+day|"
     "columbus\\s+day|boxing\\s+day|patriots'?\\s+day|bastille\\s+day|hogmanay|"
     "burns\\s+night|(?:bonfire|guy\\s+fawkes)\\s+night|ferragosto|leap\\s+day|juneteenth|"
     "(?:canada|australia|waitangi|armistice|earth|groundhog|jamhuri|mashujaa|madaraka|rizal|"
     "bonifacio)\\s+day|three\\s+kings(?:'|\xe2\x80\x99)?\\s+day|(?:st\\.?|saint)\\s+(?:"
     "patrick|andrew|stephen|george|david)(?:'|\xe2\x80\x99)?"
     "s\\s+"
     "day|(?:spring|summer|august|may\\s+day|(?:early|late)\\s+may)\\s+bank\\s+holiday|(?-i:"
     "Black\\s+Friday|Spring\\s+Festival|"
     "Cyber\\s+Monday|(?:Lunar|Chinese)\\s+"
     "New\\s+Year(?:(?:'|\xe2\x80\x99)s\\s+Eve\\b|\\b(?!"
     "['\xe2])))|mother'?s\\s+day|father'?"
     "s\\s+day|(?-i:Gandhi\\s+Jayanti|Ash\\s+Wednesday|Palm\\s+Sunday|Remembrance\\s+(?:Sunday|Day)"
     "|Holy\\s+(?:Thursday|Saturday)|Maundy\\s+Thursday|Mothering\\s+Sunday|Ascension\\s+Day|"
     "Pentecost(?:\\s+Sunday)?(?!al)|Whit(?:sun(?:day)?|\\s+(?:Sunday|Monday))|Trinity\\s+Sunday|"
     "Victoria\\s+Day|Advent\\s+Sunday|Kings?(?:'|\xe2\x80\x99)?s?\\s+Day|Koningsdag|"
     "Assumption\\s+Day|Candlemas"
     "|Anzac\\s+Day|Mardi\\s+Gras|Shrove\\s+Tuesday|Pancake\\s+Day|(?:the\\s+)?Feast\\s+of\\s+"
     "the\\s+"
     "Assumption|All\\s+(?:Saints|Souls)(?:'|\xe2\x80\x99)?\\s+Day|Epiphany|Eid(?:\\s+(?i:al|ul|"
     "el)[-\\s]|-(?i:al|ul|el)-)(?:Fitr|Adha|Azha)|Eid(?![-\\w])|Diwali|"
     "Deepavali|Holi(?![-\\w])|Ramadan(?:\\s+(?:[12]?\\d|30)(?![\\d,]|\\s*(?:" MONW "|" YEAR
     ")))?|Ramzan|Ashura|Passover|Pesach|Shavuot|Purim|Rosh\\s+"
     "Hashanah?|Yom\\s+Kippur|Sukkot|Hanukkah|Chanukah|(?:Makar\\s+)?Sankranti|Pongal|Maha\\s+"
     "Shivaratri|Mahashivratri|Ram\\s+Navami|Janmashtami|Ganesh\\s+Chaturthi|Onam|Dussehra|Dasara|"
     "Raksha\\s+Bandhan|Vaisakhi|Baisakhi|May\\s+Day(?!\\s+bank)|Hari\\s+Raya(?:\\s+(?:Aidilfitri|"
     "Puasa|Haji|"
     "Aidiladha))?|Fourth\\s+"
     "of\\s+July(?=\\s+(?"
     ":holiday\\s+)?weekend\\b)))\\b(?"
     ":,?\\s+" YEAR
     "|\\s+(?:holiday\\s+|long\\s+)?weekend\\b|\\s+week\\b|\\s+(?:morning|afternoon|evening|"
     "night)\\b"
     "(?!\\s+(?:service|services|mass|masses|prayers?|dinner|lunch|show|special|speech|address|"
     "message|broadcast|edition|sales?|shoppers|shopping|traffic|football|game|games)\\b))?",
     NS_DG_HOLIDAY},
    /* now, currently, recently, the future, current */
    {"refword", NS_DF_REFWORD, C_REFW | C_THE | C_NUMW, C_REFW | C_REL, 0, 1,
     NW_DEF
     "(?:now|nowadays|currently|at\\s+present|recently|lately|"
     /* "from 1850 to the present (day)": the present, at a clause's end */
     "the\\s+present(?:\\s+day)?(?=\\s*[,.;:!?)\"']|\\s*$)|"
     /* in the near term, over the long term; not "the short-term debt" */
     "the\\s+(?:near|short|long)\\s+term\\b(?=\\s*(?:[,.;:!?)\"']|$)|\\s+(?:and|but|as|because|"
     "if|to|for|in|at|when|while|than|is|are|was|were|will|would|could|should|may|might)\\b)|"
     "the\\s+(?:near\\s+|"
     "distant\\s+|foreseeable\\s+)?future"
     /* not the adjective: "the future political status of Chechnya" */
     "(?!\\s+(?!(?:of|is|was|are|were|will|would|could|may|might|looks?|seems?|remains?|holds?|"
     "lies|depends?|belongs?|and|or|but|for|in|at|to|that|as|with|when|if|because|than|has|had|"
     "generations?|beyond)\\b)(?-i:[a-z]))|the\\s+past(?!\\s+(?:" NW ")?\\s*" UNITS
     "|\\s+(?:\\d|" NW "))|"
     "(?:a|some)\\s+(?:later|future)\\s+date\\b|"
     "these\\s+days|recent\\s+(?:years|months|weeks|"
     "days|decades))\\b",
     NS_DG_REFWORD},
};
