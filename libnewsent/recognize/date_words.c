#include "recognize/date_words.h"

#include <stdlib.h>
#include <string.h>

#include "recognize/date_patterns.h"

#define MAXW 40
#define WLEN 24

/* strcmp(a, b) == 0, the first letters compared inline: most words differ
 * there, and the stage asks hundreds of these per match (b most often a
 * literal) */
#define STREQ(a, b) ((a)[0] == (b)[0] && strcmp((a), (b)) == 0)

typedef struct word {
    char s[WLEN]; /* lower case, periods dropped (except in decimals) */
    int sep;      /* a range separator (-, to, and, through) came before it */
    int apos;     /* written with a leading apostrophe: '98, '90s */
} word;

typedef struct entry {
    const char *w;
    int v;
} entry;

static int lookup(const entry *t, size_t n, const char *w)
{
    /* every table's words start with a lower-case letter: a number, most
     * of the words a match is split into, is in none */
    if ((unsigned char)(w[0] - 'a') >= 26u)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (t[i].w[0] == w[0] && t[i].w[1] == w[1] && strcmp(t[i].w, w) == 0)
            return t[i].v;
    return 0;
}
#define LOOKUP(t, w) lookup(t, sizeof t / sizeof t[0], w)

/* The value of w in table t, or of w without a final "s" ("summers");
 * *plural says which. */
static int lookup_plural(const entry *t, size_t nt, const char *w, int *plural)
{
    char b[WLEN];
    size_t n = strlen(w);
    memcpy(b, w, n + 1);
    *plural = 0;
    int v = lookup(t, nt, b);
    if (!v && n > 1 && b[n - 1] == 's') {
        b[n - 1] = 0;
        v = lookup(t, nt, b);
        *plural = v != 0;
    }
    return v;
}
#define LOOKUP_PLURAL(t, w, plural) lookup_plural(t, sizeof t / sizeof t[0], w, plural)

/* Whether a unit word is a fortnight, which the unit table reads as its
 * week: counts double. */
static int is_fortnight(const char *s)
{
    return strncmp(s, "fortnight", 9) == 0 && (s[9] == 0 || (s[9] == 's' && s[10] == 0));
}

static const entry months[] = {
    {"jan", 1},  {"january", 1},  {"feb", 2},    {"february", 2},  {"mar", 3},  {"march", 3},
    {"apr", 4},  {"april", 4},    {"may", 5},    {"jun", 6},       {"june", 6}, {"jul", 7},
    {"july", 7}, {"aug", 8},      {"august", 8}, {"sep", 9},       {"sept", 9}, {"september", 9},
    {"oct", 10}, {"october", 10}, {"nov", 11},   {"november", 11}, {"dec", 12}, {"december", 12}};
static const entry weekdays[] = {
    {"mon", 1},       {"monday", 1}, {"tue", 2},      {"tues", 2},  {"tuesday", 2},  {"wed", 3},
    {"wednesday", 3}, {"thu", 4},    {"thur", 4},     {"thurs", 4}, {"thursday", 4}, {"fri", 5},
    {"friday", 5},    {"sat", 6},    {"saturday", 6}, {"sun", 7},   {"sunday", 7}};
static const entry numwords[] = {
    {"a", 1},         {"an", 1},          {"another", 1},  {"one", 1},      {"two", 2},
    {"three", 3},     {"four", 4},        {"five", 5},     {"six", 6},      {"seven", 7},
    {"eight", 8},     {"nine", 9},        {"ten", 10},     {"eleven", 11},  {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14},   {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19},   {"twenty", 20},  {"thirty", 30},  {"forty", 40},
    {"fifty", 50},    {"sixty", 60},      {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
    {"hundred", 100}, {"thousand", 1000}, {"dozen", 12},   {"couple", 2}};
static const entry ordwords[] = {{"first", 1},       {"second", 2},       {"third", 3},
                                 {"fourth", 4},      {"fifth", 5},        {"sixth", 6},
                                 {"seventh", 7},     {"eighth", 8},       {"ninth", 9},
                                 {"tenth", 10},      {"eleventh", 11},    {"twelfth", 12},
                                 {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},
                                 {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18},
                                 {"nineteenth", 19}, {"twentieth", 20},   {"thirtieth", 30}};
static const entry units[] = {{"second", NS_TU_SECOND},
                              {"sec", NS_TU_SECOND},
                              {"minute", NS_TU_MINUTE},
                              {"min", NS_TU_MINUTE},
                              {"hour", NS_TU_HOUR},
                              {"hr", NS_TU_HOUR},
                              {"day", NS_TU_DAY},
                              {"night", NS_TU_DAY},
                              {"week", NS_TU_WEEK},
                              {"weekend", NS_TU_WEEKEND},
                              {"fortnight", NS_TU_WEEK},
                              {"month", NS_TU_MONTH},
                              {"quarter", NS_TU_QUARTER},
                              {"half", NS_TU_HALF},
                              {"year", NS_TU_YEAR},
                              {"yr", NS_TU_YEAR},
                              {"decade", NS_TU_DECADE},
                              {"century", NS_TU_CENTURY},
                              {"centurie", NS_TU_CENTURY},
                              {"millennium", NS_TU_MILLENNIUM},
                              {"millennia", NS_TU_MILLENNIUM},
                              {"period", NS_TU_QUARTER},
                              {"halve", NS_TU_HALF}};
static const entry seasons[] = {
    {"spring", 1}, {"summer", 2}, {"fall", 3}, {"autumn", 3}, {"winter", 4}};
static const entry pods[] = {
    {"morning", NS_POD_MO},    {"afternoon", NS_POD_AF}, {"evening", NS_POD_EV},
    {"night", NS_POD_NI},      {"overnight", NS_POD_NI}, {"tonight", NS_POD_NI},
    {"midmorning", NS_POD_MO}, {"dawn", NS_POD_MO},      {"midafternoon", NS_POD_AF}};
/* Direction words of "last week", "next Tuesday", "this year". 9: anaphoric. */
static const entry relwords[] = {
    {"last", -1},     {"past", -1},     {"previous", -1},  {"next", 1},
    {"coming", 1},    {"following", 1}, {"upcoming", 1},   {"this", 0 + 100},
    {"current", 100}, {"present", 100}, {"outgoing", 100}, {"same", 9},
    {"that", 9},      {"latest", -1},   {"recent", -1},    {"prior", -1}};
/* Words after a count of units that shift from the reference. */
static const entry shiftwords[] = {
    {"ago", -1},  {"earlier", -1}, {"before", -1}, {"back", -1}, {"previously", -1}, {"later", 1},
    {"after", 1}, {"hence", 1},    {"from", 1},    {"time", 1}}; /* in ten years' time */
static const entry setwords[] = {
    {"daily", NS_TU_DAY},       {"weekly", NS_TU_WEEK},     {"monthly", NS_TU_MONTH},
    {"annually", NS_TU_YEAR},   {"yearly", NS_TU_YEAR},     {"quarterly", NS_TU_QUARTER},
    {"hourly", NS_TU_HOUR},     {"nightly", NS_TU_DAY},     {"biweekly", NS_TU_WEEK},
    {"bimonthly", NS_TU_MONTH}, {"biannually", NS_TU_HALF}, {"semiannually", NS_TU_HALF},
    {"fortnightly", NS_TU_WEEK}};
static const entry decadewords[] = {{"twenties", 2}, {"thirties", 3}, {"forties", 4},
                                    {"fifties", 5},  {"sixties", 6},  {"seventies", 7},
                                    {"eighties", 8}, {"nineties", 9}};

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}
static int is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Splits a match into words on white space, hyphens, dashes, commas and
 * slashes, remembering which ones a range separator precedes. */
static int unit_of(const char *s, int *plural);

/* Whether the word after byte j of t is a unit of time. */
static int unit_follows(const char *t, size_t len, size_t j)
{
    while (j < len && !is_alpha((unsigned char)t[j]))
        j++;
    char b[WLEN];
    size_t k = 0;
    while (j < len && is_alpha((unsigned char)t[j]) && k < WLEN - 1)
        b[k++] = (char)(t[j++] | 0x20);
    b[k] = 0;
    int plural;
    return k > 0 && unit_of(b, &plural);
}

static size_t split(const char *t, size_t len, word *w)
{
    size_t n = 0, i = 0;
    int sep = 0, curly = 0;
    while (i < len && n < MAXW) {
        unsigned char c = (unsigned char)t[i];
        if (c == 0xe2 && i + 3 < len && (unsigned char)t[i + 1] == 0x80 &&
            (unsigned char)t[i + 2] == 0x99 && is_digit((unsigned char)t[i + 3])) {
            curly = 1; /* ’70s: a typographic apostrophe */
            i += 3;
            continue;
        }
        if (c == '-' || c >= 0x80) {
            /* a hyphen between two numbers, or any dash, separates a range */
            if (c == '-' || c == 0xe2)
                sep = 1;
            i++;
            continue;
        }
        if (!is_alpha(c) && !is_digit(c) && c != '\'') {
            /* 2023/24: a slash after a year joins a range of years */
            if (c == '/' && i >= 4 && i + 1 < len && is_digit((unsigned char)t[i + 1]) &&
                is_digit((unsigned char)t[i - 1]) && is_digit((unsigned char)t[i - 4]) &&
                (i == 4 || !is_digit((unsigned char)t[i - 5])))
                sep = 1;
            i++;
            continue;
        }
        size_t j = i, k = 0;
        int apos = curly;
        curly = 0;
        if (t[j] == '\'') {
            apos = 1;
            j++;
        }
        while (j < len) {
            unsigned char d = (unsigned char)t[j];
            if (is_alpha(d) || is_digit(d)) {
                if (k < WLEN - 1)
                    w[n].s[k++] = (char)(d | (is_alpha(d) ? 0x20 : 0));
                j++;
            } else if (d == 0xe2 && j + 3 < len && (unsigned char)t[j + 1] == 0x80 &&
                       (unsigned char)t[j + 2] == 0x99 && (t[j + 3] | 0x20) == 's' &&
                       !(j + 4 < len && is_alpha((unsigned char)t[j + 4]))) {
                /* "the 1990’s": a typographic 's reads as the ASCII one */
                if (k > 0 && w[n].s[k - 1] == '0' && j + 4 >= len)
                    w[n].s[k++] = 's';
                j += 4;
                break;
            } else if (d == ',' && k > 0 && is_digit(w[n].s[k - 1]) && j + 3 < len &&
                       is_digit((unsigned char)t[j + 1]) && is_digit((unsigned char)t[j + 2]) &&
                       is_digit((unsigned char)t[j + 3]) &&
                       !(j + 4 < len && is_digit((unsigned char)t[j + 4]))) {
                j++; /* 10,000 years: a thousands separator, not two numbers */
            } else if (d == '.' || d == ':' || d == '\'') {
                /* decimals and clock times keep their mark; "a.m." and
                 * "Sept." lose their periods; "year's" loses its 's */
                int keep = (d == ':' || d == '.') && k > 0 && is_digit(w[n].s[k - 1]) &&
                           j + 1 < len && is_digit((unsigned char)t[j + 1]);
                if (d == '\'' && j + 1 < len && (t[j + 1] | 0x20) == 's' &&
                    !(j + 2 < len && is_alpha((unsigned char)t[j + 2]))) {
                    /* the 1990's, the late 1980's end as decades; in
                     * "2023's first quarter", "fiscal 1990's first
                     * quarter" the year's part follows */
                    if (k > 0 && w[n].s[k - 1] == '0' && j + 2 >= len)
                        w[n].s[k++] = 's';
                    j += 2;
                    break;
                }
                if (keep && k < WLEN - 1)
                    w[n].s[k++] = (char)d;
                j++;
                if (d != '.' || !(j < len && is_alpha((unsigned char)t[j])))
                    if (!keep)
                        break;
            } else {
                break;
            }
        }
        w[n].s[k] = 0;
        w[n].apos = apos;
        if (k == 0) {
            i = j > i ? j : i + 1;
            continue;
        }
        int plural;
        /* (the words below start with t, s, u, a or o: the first letter
         * spares most words, and every number, the calls) */
        char c0 = w[n].s[0];
        if (sep && n > 0 && c0 == 't' && (STREQ(w[n].s, "two") || STREQ(w[n].s, "three")) &&
            unit_of(w[n - 1].s, &plural) && !unit_follows(t, len, j)) {
            /* "a year or two" hedges its unit as "or so" does; "two years
             * and three months" counts the smaller unit */
            sep = 0;
            i = j;
            continue;
        }
        if (c0 == 's' && STREQ(w[n].s, "so") && sep) {
            /* "or so" hedges what came before; it joins nothing */
            sep = 0;
            i = j;
            continue;
        }
        if ((c0 == 't' || c0 == 'u' || c0 == 'a' || c0 == 'o') &&
            (STREQ(w[n].s, "to") || STREQ(w[n].s, "through") || STREQ(w[n].s, "thru") ||
             STREQ(w[n].s, "until") || STREQ(w[n].s, "till") || STREQ(w[n].s, "and") ||
             STREQ(w[n].s, "or"))) {
            sep = 1;
            i = j;
            continue;
        }
        w[n].sep = sep;
        sep = 0;
        n++;
        i = j;
    }
    return n;
}

/* A number written in digits: its value and what follows it. */
typedef struct numinfo {
    double v;
    int digits;           /* digits before any point or suffix */
    int ordinal;          /* 21st */
    int decade;           /* 1990s */
    int hour, minute, pm; /* 15:30, 3pm; hour -1 if not a time */
    int second;           /* 9:26:14 a.m. */
} numinfo;

static int parse_num(const char *s, numinfo *ni)
{
    memset(ni, 0, sizeof *ni);
    ni->hour = -1;
    if (!is_digit((unsigned char)s[0]))
        return 0;
    const char *p = s;
    double v = 0;
    while (is_digit((unsigned char)*p)) {
        v = v * 10 + (*p - '0');
        ni->digits++;
        p++;
    }
    if (*p == ':' && is_digit((unsigned char)p[1])) {
        ni->hour = (int)v;
        ni->minute = atoi(p + 1);
        p++;
        while (is_digit((unsigned char)*p))
            p++;
        if (*p == ':' && is_digit((unsigned char)p[1]) && is_digit((unsigned char)p[2])) {
            ni->second = atoi(p + 1);
            p += 3;
        }
    } else if (*p == '.' && is_digit((unsigned char)p[1])) {
        double f = 0.1;
        p++;
        while (is_digit((unsigned char)*p)) {
            v += f * (*p - '0');
            f /= 10;
            p++;
        }
    }
    ni->v = v;
    if (STREQ(p, "st") || STREQ(p, "nd") || STREQ(p, "rd") || STREQ(p, "th"))
        ni->ordinal = 1;
    else if (STREQ(p, "s"))
        ni->decade = 1;
    else if (STREQ(p, "am") || STREQ(p, "pm")) {
        if (ni->hour < 0) {
            /* 8.30pm: the decimals are minutes */
            ni->hour = (int)v;
            ni->minute = (int)((v - ni->hour) * 100 + 0.5);
        }
        ni->pm = p[0] == 'p' ? 2 : 1;
    } else if (*p)
        return 2; /* attached letters: 90day cannot happen, 1Q can */
    return 1;
}

/* Tens v read, the units word at i that completes them ("twenty-five"
 * arrives as two words), which it skips; v when there is none. */
static int with_units(const word *w, size_t n, size_t *i, int v)
{
    if (v < 20 || v >= 100 || v % 10 || *i >= n)
        return v;
    int u = LOOKUP(numwords, w[*i].s);
    if (u < 1 || u > 9 || w[*i].s[0] == 'a') /* not "a", "an", "another" */
        return v;
    (*i)++;
    return v + u;
}

/* The tens and units after "hundred" at word i ("and fifty-nine"), which
 * it skips; 0, skipping nothing, when none follow. */
static int below_hundred(const word *w, size_t n, size_t *i)
{
    size_t j = *i < n && STREQ(w[*i].s, "and") ? *i + 1 : *i;
    int t = j < n ? LOOKUP(numwords, w[j].s) : 0;
    /* not "a", "another", "couple" or "dozen": only the words of a number */
    if (t < 1 || t > 90 || w[j].s[0] == 'a' || w[j].s[0] == 'c' || w[j].s[0] == 'd')
        return 0;
    j++;
    t = with_units(w, n, &j, t);
    *i = j;
    return t;
}

/* A count: digits or number words ("twenty-five" arrives as two words). */
static int word_count(const word *w, size_t n, size_t *i, double *out)
{
    numinfo ni;
    if (parse_num(w[*i].s, &ni) == 1 && ni.hour < 0 && !ni.ordinal && !ni.decade) {
        *out = ni.v;
        (*i)++;
        return 1;
    }
    const char *s = w[*i].s;
    if (STREQ(s, "half") && *i + 1 < n && (STREQ(w[*i + 1].s, "a") || STREQ(w[*i + 1].s, "an"))) {
        *out = 0.5; /* half an hour */
        *i += 2;
        return 1;
    }
    /* a quarter of a century, three quarters of an hour */
    size_t q = *i + (STREQ(s, "a") || STREQ(s, "three"));
    if (q + 2 < n && (STREQ(w[q].s, "quarter") || STREQ(w[q].s, "quarters")) &&
        STREQ(w[q + 1].s, "of") && (STREQ(w[q + 2].s, "a") || STREQ(w[q + 2].s, "an"))) {
        *out = s[0] == 't' ? 0.75 : 0.25;
        *i = q + 3;
        return 1;
    }
    if (q + 1 < n && STREQ(w[q].s, "quarter") && strncmp(w[q + 1].s, "centur", 6) == 0 &&
        (q == *i || s[0] == 'a')) {
        *out = 0.25; /* a quarter century, the next quarter-century */
        *i = q + 1;
        return 1;
    }
    if (q + 1 < n && STREQ(w[q].s, "half") &&
        (strncmp(w[q + 1].s, "centur", 6) == 0 || strncmp(w[q + 1].s, "decade", 6) == 0) &&
        (q == *i || s[0] == 'a')) {
        *out = 0.5; /* the past half century, a half-decade */
        *i = q + 1;
        return 1;
    }
    if (STREQ(s, "few") || STREQ(s, "several") || STREQ(s, "many") || STREQ(s, "some") ||
        STREQ(s, "dozens") || STREQ(s, "hundreds") || STREQ(s, "thousands") ||
        STREQ(s, "millions")) {
        *out = -1;
        (*i)++;
        int of_counts = STREQ(s, "hundreds") || STREQ(s, "thousands") || STREQ(s, "millions");
        if (of_counts && *i < n && STREQ(w[*i].s, "of"))
            (*i)++; /* thousands of years */
        return 1;
    }
    if (STREQ(s, "a") && *i + 2 < n && STREQ(w[*i + 1].s, "matter") && STREQ(w[*i + 2].s, "of")) {
        *out = -1; /* a matter of weeks */
        *i += 3;
        return 1;
    }
    int v = LOOKUP(numwords, s);
    if (!v)
        return 0;
    (*i)++;
    v = with_units(w, n, i, v);
    if (v >= 2 && v <= 9 && *i < n && STREQ(w[*i].s, "hundred")) {
        v *= 100; /* eight hundred years */
        (*i)++;
        v += below_hundred(w, n, i);
    } else if (STREQ(s, "a") || STREQ(s, "an") || STREQ(s, "one") || STREQ(s, "two")) {
        /* a hundred, a few, a couple of, two thousand */
        if (*i < n &&
            (STREQ(w[*i].s, "hundred") || STREQ(w[*i].s, "thousand") || STREQ(w[*i].s, "dozen"))) {
            v *= LOOKUP(numwords, w[*i].s);
            (*i)++;
            if (v < 1000 && v % 100 == 0)
                v += below_hundred(w, n, i); /* one hundred and twenty days */
        } else if (*i < n && STREQ(w[*i].s, "few")) {
            v = -1;
            (*i)++;
        } else if (*i < n && STREQ(w[*i].s, "couple")) {
            v = 2;
            (*i)++;
        }
    }
    if (*i < n && STREQ(w[*i].s, "of"))
        (*i)++;
    *out = v;
    return 1;
}

/* "and a half" or "1/2" at word i: skips it and returns 0.5, else 0. */
static double half_at(const word *w, size_t n, size_t *i)
{
    if (*i + 1 < n && w[*i].sep && STREQ(w[*i].s, "a") && STREQ(w[*i + 1].s, "half")) {
        *i += 2;
        return 0.5;
    }
    /* "an hour and a quarter" */
    if (*i + 1 < n && w[*i].sep && STREQ(w[*i].s, "a") && STREQ(w[*i + 1].s, "quarter")) {
        *i += 2;
        return 0.25;
    }
    if (*i + 1 < n && STREQ(w[*i].s, "1") && STREQ(w[*i + 1].s, "2")) {
        *i += 2;
        return 0.5;
    }
    return 0;
}

static int unit_of(const char *s, int *plural)
{
    int u = LOOKUP_PLURAL(units, s, plural);
    if (!u && STREQ(s, "seasons")) {
        u = NS_TU_YEAR; /* "the past three seasons": a sports year each */
        *plural = 1;
    }
    if (!u && STREQ(s, "centuries")) {
        u = NS_TU_CENTURY;
        *plural = 1;
    }
    if (!u && STREQ(s, "hrs")) {
        u = NS_TU_HOUR;
        *plural = 1;
    }
    if (!u && (STREQ(s, "mins") || STREQ(s, "yrs") || STREQ(s, "secs"))) {
        u = s[0] == 'm' ? NS_TU_MINUTE : s[0] == 'y' ? NS_TU_YEAR : NS_TU_SECOND;
        *plural = 1;
    }
    return u;
}

static int ordinal_of(const word *w, size_t n, size_t i)
{
    if (i >= n)
        return 0;
    int o = LOOKUP(ordwords, w[i].s);
    if (o)
        return o;
    numinfo ni;
    if (parse_num(w[i].s, &ni) == 1 && ni.ordinal)
        return (int)ni.v;
    return 0;
}

static int two_digit_year(int yy)
{
    return yy <= 40 ? 2000 + yy : 1900 + yy;
}

/* The year the digits after "FY", "Q2FY" or "3Q" write: "25" or "2025". */
static int written_year(const char *y)
{
    return strlen(y) == 2 ? two_digit_year(atoi(y)) : atoi(y);
}

static void set_clock(ns_timex_parse *p, int hour, int minute, int pm)
{
    if (pm == 2 && hour < 12)
        hour += 12;
    if (pm == 1 && hour == 12)
        hour = 0;
    p->hour = hour;
    p->minute = minute;
    p->pm = (unsigned char)pm;
    p->type = NS_TT_TIME;
}

/* The first clock time from word `from` on: 3 p.m., 15:30, noon, 9 o'clock.
 * Blanks its words; returns 1 + the index of its first word, 0 if none. */
/* (AT and NT: Atlantic and Newfoundland time, as Canadian pages write them) */
static const char *const tz_names[] = {
    "GMT", "UTC",  "BST",  "CET",  "CEST", "EST",  "EDT",  "CST",  "CDT",  "MST",  "MDT", "PST",
    "PDT", "ET",   "PT",   "IST",  "JST",  "HKT",  "SGT",  "AEST", "AEDT", "MSK",  "EET", "EEST",
    "WET", "WEST", "WAT",  "EAT",  "SAST", "NZST", "NZDT", "AWST", "ACST", "ACDT", "KST", "PHT",
    "WIB", "HST",  "AKST", "AKDT", "NDT",  "NST",  "ADT",  "AST",  "AT",   "NT"};

/* The zone of tz_names that s[0..len) spells, in any case, or NULL. */
static const char *zone_named(const char *s, size_t len)
{
    for (size_t k = 0; k < sizeof tz_names / sizeof tz_names[0]; k++) {
        if (strlen(tz_names[k]) != len)
            continue;
        size_t j = 0;
        while (j < len && (s[j] & ~0x20) == tz_names[k][j])
            j++;
        if (j == len)
            return tz_names[k];
    }
    return NULL;
}

/* A zone word as the tokens hold it, lower-cased: "1423 gmt", "2223 hkt". */
static int is_zone_word(const char *s)
{
    size_t len = strlen(s);
    return len >= 3 && zone_named(s, len) != NULL;
}

/* The hour a word says on the clock face, 1 to 12 ("nine", "11"); 0 if
 * none. */
static int hour_word(const char *s)
{
    int v = LOOKUP(numwords, s);
    numinfo ni;
    if (!v && parse_num(s, &ni) == 1 && ni.digits <= 2 && !ni.ordinal && ni.v == (int)ni.v)
        v = (int)ni.v;
    return v >= 1 && v <= 12 ? v : 0;
}

/* A clock time as it is spoken: "half past nine", "a quarter to six",
 * "eleven at night". Blanks its words; returns 1 + the index of its first
 * word, 0 if none at word i. */
static size_t read_spoken_clock(word *w, size_t n, size_t i, ns_timex_parse *p)
{
    if (STREQ(w[i].s, "a") && i + 1 < n && STREQ(w[i + 1].s, "quarter")) {
        size_t r = read_spoken_clock(w, n, i + 1, p);
        if (r)
            w[i].s[0] = 0;
        return r ? i + 1 : 0;
    }
    int half = STREQ(w[i].s, "half"), quarter = STREQ(w[i].s, "quarter");
    if ((half || quarter) && i + 2 < n && STREQ(w[i + 1].s, "past")) {
        int h = hour_word(w[i + 2].s);
        if (!h)
            return 0;
        set_clock(p, h, half ? 30 : 15, 0);
        w[i].s[0] = w[i + 1].s[0] = w[i + 2].s[0] = 0;
        return i + 1;
    }
    /* (split drops the "to" of "a quarter to six" and marks the hour) */
    if (quarter && i + 1 < n && w[i + 1].sep && hour_word(w[i + 1].s)) {
        int h = hour_word(w[i + 1].s);
        set_clock(p, h == 1 ? 12 : h - 1, 45, 0); /* 5:45 */
        w[i].s[0] = w[i + 1].s[0] = 0;
        return i + 1;
    }
    if (i + 2 < n && STREQ(w[i + 1].s, "at") && STREQ(w[i + 2].s, "night")) {
        int h = hour_word(w[i].s);
        if (h < 6)
            return 0;
        set_clock(p, h == 12 ? 24 : h, 0, 0); /* twelve at night: midnight */
        w[i].s[0] = 0;
        return i + 1;
    }
    return 0;
}

static size_t read_clock(word *w, size_t n, size_t from, ns_timex_parse *p)
{
    for (size_t i = from; i < n; i++) {
        size_t spoken = read_spoken_clock(w, n, i, p);
        if (spoken)
            return spoken;
        numinfo ni;
        int r = parse_num(w[i].s, &ni);
        int pm = i + 1 < n ? (STREQ(w[i + 1].s, "pm") ? 2 : STREQ(w[i + 1].s, "am") ? 1 : 0) : 0;
        if (r == 1 && ni.hour >= 0) {
            set_clock(p, ni.hour, ni.minute, ni.pm ? ni.pm : pm);
            p->second = ni.second < 60 ? ni.second : 0;
            w[i].s[0] = 0;
            if (pm && !ni.pm)
                w[i + 1].s[0] = 0;
            return i + 1;
        }
        int podv = i + 3 < n && STREQ(w[i + 1].s, "in") && STREQ(w[i + 2].s, "the")
                       ? LOOKUP(pods, w[i + 3].s)
                       : 0;
        if (podv && (r == 1 || LOOKUP(numwords, w[i].s))) {
            /* 4 in the morning, five in the afternoon */
            int h = r == 1 ? (int)ni.v : LOOKUP(numwords, w[i].s);
            /* "8.30 in the morning": the decimals are minutes */
            int m = r == 1 ? (int)((ni.v - h) * 100 + 0.5) : 0;
            if (h >= 1 && h <= 12 && m < 60 &&
                (r != 1 || (ni.digits <= 2 && (ni.v == h || strchr(w[i].s, '.')) && !ni.ordinal))) {
                set_clock(p, h, m, 0);
                w[i].s[0] = 0;
                return i + 1;
            }
        }
        if (r == 1 && pm && ni.digits <= 2 && !ni.ordinal) {
            int h = (int)ni.v, m = (int)((ni.v - h) * 100 + 0.5);
            set_clock(p, h, m, pm);
            w[i].s[0] = w[i + 1].s[0] = 0;
            return i + 1;
        }
        if (r == 1 && !pm && strlen(w[i].s) == 5 && w[i].s[2] == '.' && i + 1 < n &&
            is_zone_word(w[i + 1].s)) {
            /* 09.41 GMT, the Guardian's clock */
            int h = (w[i].s[0] - '0') * 10 + (w[i].s[1] - '0');
            int m = (w[i].s[3] - '0') * 10 + (w[i].s[4] - '0');
            if (h < 24 && m < 60) {
                set_clock(p, h, m, 0);
                w[i].s[0] = 0;
                return i + 1;
            }
        }
        if (r == 1 && ni.digits == 4 && ni.hour < 0 && i + 1 < n &&
            (is_zone_word(w[i + 1].s) || STREQ(w[i + 1].s, "hrs") || STREQ(w[i + 1].s, "hours") ||
             (STREQ(w[i + 1].s, "local") && i + 2 < n && STREQ(w[i + 2].s, "time"))) &&
            (int)ni.v % 100 < 60 && (int)ni.v / 100 < 24) {
            /* 1500 GMT, 2223 HKT, 1100 local time, 0830 hrs; the pattern
             * lets "hours" through only as a clock time ("at 2200 hours") */
            set_clock(p, (int)ni.v / 100, (int)ni.v % 100, 0);
            w[i].s[0] = 0;
            if (STREQ(w[i + 1].s, "hrs") || STREQ(w[i + 1].s, "hours"))
                w[i + 1].s[0] = 0;
            return i + 1;
        }
        int twelve = i > from && STREQ(w[i - 1].s, "12"); /* 12 noon */
        if (STREQ(w[i].s, "noon") || STREQ(w[i].s, "midday")) {
            set_clock(p, 12, 0, 0);
            w[i].s[0] = 0;
            if (twelve)
                w[i - 1].s[0] = 0;
            return twelve ? i : i + 1;
        }
        if (STREQ(w[i].s, "midnight")) {
            set_clock(p, 24, 0, 0);
            w[i].s[0] = 0;
            if (twelve)
                w[i - 1].s[0] = 0;
            return twelve ? i : i + 1;
        }
        /* o'clock splits at its apostrophe: "o", "clock" */
        size_t oc = STREQ(w[i].s, "oclock")                                     ? 1
                    : STREQ(w[i].s, "clock") && i > 0 && STREQ(w[i - 1].s, "o") ? 2
                                                                                : 0;
        if (oc && i >= oc) {
            size_t h = i - oc;
            int v = LOOKUP(numwords, w[h].s);
            if (!v && parse_num(w[h].s, &ni) == 1 && ni.digits <= 2 && !ni.ordinal &&
                ni.v == (int)ni.v)
                v = (int)ni.v; /* 5 o'clock */
            if (v >= 1 && v <= 12) {
                set_clock(p, v, 0, 0);
                for (size_t j = h; j <= i; j++)
                    w[j].s[0] = 0;
                return h + 1;
            }
        }
    }
    return 0;
}

static const char *find_tz(const char *t, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (t[i] < 'A' || t[i] > 'Z' || (i > 0 && is_alpha((unsigned char)t[i - 1])))
            continue;
        size_t j = i;
        while (j < len && t[j] >= 'A' && t[j] <= 'Z')
            j++;
        if (j < len && is_alpha((unsigned char)t[j]))
            continue;
        const char *z = zone_named(t + i, j - i); /* an upper-case run: exact */
        if (z)
            return z;
    }
    for (size_t i = 0; i + 10 <= len; i++)
        if (memcmp(t + i, "local time", 10) == 0)
            return "local";
    return NULL;
}

/* The words before a zone written out ("8 a.m. British Summer Time",
 * "Pacific Standard Time"), whose "summer" is no season. */
static size_t zone_start(const word *w, size_t n)
{
    for (size_t i = 2; i < n; i++)
        if (STREQ(w[i].s, "time") &&
            (STREQ(w[i - 1].s, "summer") || STREQ(w[i - 1].s, "daylight") ||
             STREQ(w[i - 1].s, "standard")))
            return i - 2;
    return n;
}

static int has_word(const word *w, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (STREQ(w[i].s, s))
            return 1;
    return 0;
}

/* The day an ordinal word at i names next to a month ("March fifth", "the
 * fourth of July", "June twenty-first"), or 0. */
static int day_ordinal(const word *w, size_t n, size_t i)
{
    int tens = STREQ(w[i].s, "twenty") ? 20 : STREQ(w[i].s, "thirty") ? 30 : 0;
    size_t j = tens ? i + 1 : i;
    int o = j < n ? LOOKUP(ordwords, w[j].s) : 0;
    if (!o || (tens && o > 9) || tens + o > 31)
        return 0;
    int after_month = i > 0 && LOOKUP(months, w[i - 1].s);
    int before_month = j + 2 < n && STREQ(w[j + 1].s, "of") && LOOKUP(months, w[j + 2].s);
    return after_month || before_month ? tens + o : 0;
}

/* A quarter or half written number first: "3q", "3q26", "1h27", "2qfy26"
 * and the "2h" of "2h 2026" (the caller has read the digit); 0 for any other
 * word. */
static int number_first_period(const char *s, ns_timex_parse *p)
{
    const char *y = s[2] == 'f' && s[3] == 'y' ? s + 4 : s + 2;
    size_t n = strlen(y);
    if (n != 0 && n != 2 && n != 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!is_digit((unsigned char)y[i]))
            return 0;
    if (s[1] == 'q' && s[0] >= '1' && s[0] <= '4')
        p->quarter = s[0] - '0';
    else if (s[1] == 'h' && (s[0] == '1' || s[0] == '2'))
        p->half = s[0] - '0';
    else
        return 0;
    if (y != s + 2)
        p->fiscal = 1;
    if (n) {
        p->year = written_year(y);
        p->ydigits = 4;
    }
    return 1;
}

/* Calendar parts: months, days, years, decades, seasons, quarters. */
static int read_calendar(const word *w, size_t n, ns_timex_parse *p)
{
    int nmon = 0, nday = 0, nyear = 0, pending = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s = w[i].s;
        int v, plural;
        numinfo ni;
        int r = parse_num(s, &ni);
        if ((v = LOOKUP(months, s)) != 0) {
            if (nmon == 0)
                p->month = v;
            else if (nmon == 1) {
                p->month2 = v;
                pending = w[i].sep && nday > 0; /* Dec. 30-Jan. 2 */
            }
            nmon++;
        } else if ((v = LOOKUP(weekdays, s)) != 0) {
            p->weekday = v;
        } else if ((v = LOOKUP(seasons, s)) != 0) {
            p->season = v;
        } else if ((v = LOOKUP(decadewords, s)) != 0) {
            p->year = 190 + v;
            p->ydigits = 3;
        } else if (r == 1 && ni.decade) {
            /* '70s; a bare 70s only follows a 1900s decade ("the 1960s
             * and 70s"), which the pattern checks */
            if (w[i].apos || ni.digits == 2)
                p->year = 190 + (int)ni.v / 10;
            else if (ni.digits == 4)
                p->year = (int)ni.v / 10;
            else
                return 0;
            p->ydigits = 3;
            if (ni.digits == 4 && (int)ni.v % 100 == 0 && (int)ni.v < 2000) {
                /* the 1800s, the early 1900s: the century, as news means it */
                p->year = (int)ni.v / 100;
                p->ydigits = 2;
            }
        } else if (r == 1 && ni.hour < 0 && (ni.digits == 4 || (w[i].apos && ni.digits == 2)) &&
                   !ni.ordinal) {
            int y = ni.digits == 4 ? (int)ni.v : two_digit_year((int)ni.v);
            if (nyear == 0) {
                p->year = y;
                p->ydigits = 4;
            } else if (nyear == 1 && w[i].sep)
                p->year2 = y;
            nyear++;
        } else if (r == 1 && ni.hour < 0 && ni.digits == 2 && nyear == 1 && w[i].sep && !nmon) {
            p->year2 = p->year / 100 * 100 + (int)ni.v; /* 2019-21 */
            if (p->year2 <= p->year)
                return 0; /* 2015-12 is a month */
            p->year2_short = 1;
            nyear++;
        } else if (r == 1 && ni.hour < 0 && ni.digits <= 2 && ni.v >= 1 && ni.v <= 31 && nmon) {
            if (nday == 0)
                p->day = (int)ni.v;
            else if (w[i].sep || pending)
                p->day2 = (int)ni.v;
            nday++;
        } else if (r == 1 && ni.hour < 0 && ni.digits <= 2 && ni.v >= 1 && ni.v <= 31 &&
                   i + 1 < n && !LOOKUP(units, w[i + 1].s)) {
            /* a day before its month: 4 March, 7-9 March */
            if (nday == 0)
                p->day = (int)ni.v;
            else if (w[i].sep)
                p->day2 = (int)ni.v;
            nday++;
        } else if (nday == 0 && (v = day_ordinal(w, n, i)) != 0) {
            /* March fifth, the twenty-first of June */
            p->day = v;
            nday++;
            if (v > 20 && LOOKUP(ordwords, s) == 0)
                i++; /* twenty first: two words */
        } else if (r == 2 && ni.digits == 1 && number_first_period(s, p)) {
            nyear += p->year != 0; /* 3Q, 3Q26, 1H27, 2QFY26 */
        } else if (s[0] == 'q' && is_digit((unsigned char)s[1]) && !s[2]) {
            p->quarter = s[1] - '0';
        } else if (s[0] == 'q' && is_digit((unsigned char)s[1]) && s[2] == 'f' && s[3] == 'y' &&
                   is_digit((unsigned char)s[4])) {
            /* Q2FY25, as Indian results write it: that fiscal year's */
            p->quarter = s[1] - '0';
            p->fiscal = 1;
            p->year = written_year(s + 4);
            p->ydigits = 4;
            nyear++;
        } else if (s[0] == 'h' && (s[1] == '1' || s[1] == '2') && !s[2]) {
            p->half = s[1] - '0';
        } else if (strncmp(s, "fy", 2) == 0) {
            p->fiscal = 1;
            if (is_digit((unsigned char)s[2])) {
                p->year = written_year(s + 2);
                p->ydigits = 4;
                nyear++;
            }
        } else if (STREQ(s, "fiscal")) {
            p->fiscal = 1;
        } else if (STREQ(s, "century") || STREQ(s, "centuries")) {
            int o = i > 0 ? ordinal_of(w, n, i - 1) : 0;
            if (!o)
                return 0;
            p->year = o - 1;
            p->ydigits = 2;
        } else if ((v = unit_of(s, &plural)) == NS_TU_QUARTER || v == NS_TU_HALF) {
            int o = i > 0 ? ordinal_of(w, n, i - 1) : 0;
            /* the final quarter, the last quarter of 2026: the fourth */
            if (i > 0 && (STREQ(w[i - 1].s, "final") ||
                          (STREQ(w[i - 1].s, "last") && i + 1 < n && STREQ(w[i + 1].s, "of"))))
                o = v == NS_TU_QUARTER ? 4 : 2;
            if (STREQ(s, "period"))
                o = 0;
            if (v == NS_TU_HALF && i > 0 &&
                (STREQ(w[i - 1].s, "back") || STREQ(w[i - 1].s, "front")))
                o = w[i - 1].s[0] == 'b' ? 2 : 1; /* the back half of the year */
            if (v == NS_TU_QUARTER && nmon == 2 && p->month % 3 == 1 && p->month2 == p->month + 2) {
                p->quarter = p->month2 / 3; /* the October-December quarter */
                p->month = p->month2 = 0;
            } else if (v == NS_TU_QUARTER && nmon == 2) {
                return 0; /* a fiscal February-April quarter: the months alone */
            } else if (v == NS_TU_QUARTER && nmon == 1 && !p->day && p->month % 3 == 0) {
                p->quarter = p->month / 3; /* the December quarter, as Reuters names it */
                p->month = 0;
            } else if (v == NS_TU_QUARTER && nmon == 1) {
                return 0; /* a fiscal November quarter: the month alone */
            } else if (v == NS_TU_QUARTER && o >= 1 && o <= 4)
                p->quarter = o;
            else if (v == NS_TU_HALF && o >= 1 && o <= 2)
                p->half = o;
            else if (v == NS_TU_HALF && i > 0 && STREQ(w[i - 1].s, "latter"))
                p->half = 2;
            else
                p->unit = (unsigned char)v; /* the latest quarter, resolved later */
        } else if (STREQ(s, "year") && i > 0 &&
                   (STREQ(w[i - 1].s, "this") || STREQ(w[i - 1].s, "last") ||
                    STREQ(w[i - 1].s, "next") || STREQ(w[i - 1].s, "current") ||
                    STREQ(w[i - 1].s, "previous") || STREQ(w[i - 1].s, "past") ||
                    /* the first half of the year: this one */
                    (STREQ(w[i - 1].s, "the") && i > 1 && STREQ(w[i - 2].s, "of")))) {
            const char *d = w[i - 1].s;
            p->has_yrel = 1;
            p->yrel = d[0] == 'n' ? 1 : (d[0] == 't' || d[0] == 'c') ? 0 : -1;
            if (i + 1 < n && (STREQ(w[i + 1].s, "earlier") || STREQ(w[i + 1].s, "ago")))
                p->yrel = -1;
        } else if ((STREQ(s, "earlier") || STREQ(s, "ago")) && i > 0 && STREQ(w[i - 1].s, "year")) {
            p->offset = -1; /* the year-earlier quarter */
        } else if (STREQ(s, "prior") && i + 1 < n && STREQ(w[i + 1].s, "year")) {
            p->offset = -1;
            i++;
        }
    }
    if (p->day2 && !p->month2 && nmon)
        p->month2 = p->month;
    if (p->month2 && !p->day2 && p->day) {
        /* "March 30 - April 2" names its second day after the month */
    }
    return 1;
}

/* The relative words of "last week", "this morning", "next Tuesday". */
static int read_relative(const word *w, size_t n, ns_timex_parse *p)
{
    if (n == 3 && STREQ(w[0].s, "the") && STREQ(w[1].s, "present") && STREQ(w[2].s, "day")) {
        /* "to the present day": the present, not the day of the story */
        p->kind = NS_TX_REFWORD;
        p->type = NS_TT_DATE;
        p->offset = NS_REF_PRESENT;
        return 1;
    }
    if (n == 3 && (STREQ(w[0].s, "full") || STREQ(w[0].s, "half")) && STREQ(w[1].s, "year") &&
        strlen(w[2].s) == 4) {
        p->kind = NS_TX_CAL; /* "full-year 2025": a year read as a date */
        return 1;
    }
    int wd0 = n >= 2 ? LOOKUP(weekdays, w[0].s) : 0;
    if (wd0 && (STREQ(w[1].s, "next") || STREQ(w[1].s, "last") || STREQ(w[1].s, "week"))) {
        /* "Monday next": the coming Monday; "Sunday last": the one just
         * gone; "Sunday week": a week after the coming one */
        p->kind = NS_TX_REL;
        p->type = NS_TT_DATE;
        p->weekday = wd0;
        p->offset = w[1].s[0] == 'l' ? -1 : w[1].s[0] == 'n' ? 1 : 2;
        p->latest = 1;
        return 1;
    }
    int dir = 0, have_dir = 0, anaphor = 0, nearest = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s = w[i].s;
        int v, plural;
        if (STREQ(s, "yesterday") || STREQ(s, "today") || STREQ(s, "tomorrow") ||
            STREQ(s, "tonight")) {
            int off = s[0] == 'y' ? -1 : s[2] == 'm' ? 1 : 0;
            if (has_word(w, n, "before"))
                off--;
            if (has_word(w, n, "after"))
                off++;
            p->unit = NS_TU_DAY;
            p->offset = off;
            have_dir = 2;
            if (s[2] == 'n')
                p->pod = NS_POD_NI;
        } else if ((v = LOOKUP(relwords, s)) != 0 && have_dir != 2) {
            if (v == 9)
                anaphor = 1;
            else
                dir = v == 100 ? 0 : v;
            /* "the week after next" */
            if (v == 1 && i > 0 && STREQ(w[i - 1].s, "after"))
                dir = 2;
            have_dir = 1;
            /* this coming Sunday, past Wednesday: the nearest one that way */
            nearest = STREQ(s, "coming") || STREQ(s, "upcoming") || STREQ(s, "past");
        } else if ((v = LOOKUP(weekdays, s)) != 0) {
            p->weekday = v;
        } else if ((v = LOOKUP(months, s)) != 0) {
            p->month = v;
        } else if ((v = LOOKUP(seasons, s)) != 0) {
            p->season = v;
        } else if (STREQ(s, "season")) {
            p->unit = NS_TU_YEAR; /* this season, last season: a sports year */
        } else if ((v = LOOKUP(pods, s)) != 0 &&
                   !(STREQ(s, "night") && p->unit && p->unit != NS_TU_DAY)) {
            p->pod = (unsigned char)v;
            p->overnight = n == 1 && STREQ(s, "overnight");
            if (!p->unit)
                p->unit = NS_TU_DAY;
        } else if ((v = unit_of(s, &plural)) != 0) {
            p->unit = (unsigned char)(v == NS_TU_DAY && STREQ(s, "night") ? NS_TU_DAY : v);
            if (STREQ(s, "night"))
                p->pod = NS_POD_NI;
        } else if (STREQ(s, "week")) {
            p->unit = NS_TU_WEEK;
        } else if (STREQ(s, "fiscal") && i + 1 == n && !p->unit) {
            p->unit = NS_TU_YEAR; /* India's "the current fiscal": its year */
        }
    }
    if (have_dir == 2) {
        p->kind = NS_TX_REL;
        return 1;
    }
    if (n == 2 && STREQ(w[0].s, "the") && STREQ(w[1].s, "day")) {
        /* earlier in the day: the day the story is on */
        p->kind = NS_TX_ANAPHOR;
        p->unit = NS_TU_DAY;
        p->offset = 0;
        return 1;
    }
    if (n == 1 && (p->pod == NS_POD_MO || p->pod == NS_POD_AF || p->pod == NS_POD_EV) &&
        !have_dir) {
        /* by early evening: on the day named near it */
        p->kind = NS_TX_CAL;
        p->unit = NS_TU_NONE;
        return 1;
    }
    if (n == 2 && STREQ(w[0].s, "the") && p->pod) {
        /* fell in the afternoon: on the day named near it, as a clock
         * time is */
        p->kind = NS_TX_CAL;
        p->unit = NS_TU_NONE;
        return 1;
    }
    int before_unit, bu_plural;
    if (n == 3 && STREQ(w[0].s, "the") &&
        ((before_unit = unit_of(w[1].s, &bu_plural)) == NS_TU_DAY || before_unit == NS_TU_WEEK ||
         before_unit == NS_TU_MONTH || before_unit == NS_TU_YEAR) &&
        !bu_plural && (STREQ(w[2].s, "before") || STREQ(w[2].s, "after"))) {
        /* the day before, the week after: from the date the story is on */
        p->kind = NS_TX_ANAPHOR;
        p->unit = (unsigned char)before_unit;
        p->offset = w[2].s[0] == 'b' ? -1 : 1;
        return 1;
    }
    int story = n > 1 && STREQ(w[0].s, "the") &&
                (STREQ(w[1].s, "following") || STREQ(w[1].s, "previous") ||
                 STREQ(w[1].s, "prior") || (STREQ(w[1].s, "next") && p->unit == NS_TU_DAY));
    /* "the previous evening", "the next morning": a part of the day before
     * or after the story's day */
    if (story && p->pod && !p->weekday && !p->month && !p->season &&
        (!p->unit || p->unit == NS_TU_POD || p->unit == NS_TU_DAY)) {
        p->kind = NS_TX_ANAPHOR;
        p->unit = NS_TU_DAY;
        p->offset = dir;
        return 1;
    }
    /* "the following January", "the previous Friday": the month or day
     * after or before the story's date */
    if (story && !p->unit && !p->pod && (p->month || p->weekday || p->season) &&
        !(p->month && p->day)) {
        p->kind = NS_TX_ANAPHOR;
        p->offset = dir;
        return 1;
    }
    if (anaphor || (story && p->unit && !p->pod && !p->weekday && !p->month && !p->season)) {
        /* the same day, that week, the next day, the following year: from
         * the date the story mentioned before */
        p->kind = NS_TX_ANAPHOR;
        p->offset = anaphor ? 0 : dir;
        return 1;
    }
    if (p->weekday && has_word(w, n, "week")) {
        /* Tuesday of next week */
        p->kind = NS_TX_REL;
        p->offset = dir;
        p->unit = NS_TU_WEEK;
        return 1;
    }
    if (!have_dir && p->unit == NS_TU_YEAR && has_word(w, n, "date")) {
        p->kind = NS_TX_REL; /* year to date: this year */
        p->offset = 0;
        return 1;
    }
    if (!have_dir && p->unit == NS_TU_YEAR && has_word(w, n, "end")) {
        /* year-end, by year's end: the end of this year */
        p->kind = NS_TX_REL;
        p->offset = 0;
        p->mod = "END";
        return 1;
    }
    if (!have_dir && n == 2 && STREQ(w[0].s, "full") && p->unit == NS_TU_YEAR) {
        p->kind = NS_TX_REL; /* full-year profit: the year reported on */
        p->offset = 0;
        return 1;
    }
    if (!have_dir && n == 2 && STREQ(w[0].s, "half") && STREQ(w[1].s, "year")) {
        p->kind = NS_TX_CAL; /* half-year results: the first half */
        p->unit = NS_TU_NONE;
        p->half = 1;
        return 1;
    }
    if (!have_dir && STREQ(w[0].s, "the") && p->unit && !p->weekday) {
        /* the quarter (the latest one), the year, the weekend */
        p->kind = NS_TX_REL;
        p->offset = p->unit == NS_TU_QUARTER ? -1 : 0;
        p->latest = p->unit == NS_TU_WEEKEND;
        return 1;
    }
    if (!have_dir) {
        /* a bare weekday, maybe with a day or part of day: resolved by tense */
        if (!p->weekday)
            return p->pod == NS_POD_NI ? (p->kind = NS_TX_REL, p->unit = NS_TU_DAY, 1) : 0;
        p->kind = NS_TX_CAL;
        return 1;
    }
    p->kind = NS_TX_REL;
    p->offset = dir;
    p->latest = (unsigned char)(nearest && (p->weekday || p->unit == NS_TU_WEEK));
    if (p->month) {
        for (size_t i = 0; i < n; i++) {
            numinfo ni;
            if (parse_num(w[i].s, &ni) == 1 && ni.hour < 0 && ni.digits <= 2 && ni.v >= 1 &&
                ni.v <= 31) {
                /* last Oct. 23: a date on the side the word says */
                p->kind = NS_TX_CAL;
                p->day = (int)ni.v;
                p->tense = (signed char)dir;
            } else if (!p->day && day_ordinal(w, n, i)) {
                /* this coming Sunday, March eighth */
                p->kind = NS_TX_CAL;
                p->day = day_ordinal(w, n, i);
                p->tense = (signed char)dir;
            }
        }
    }
    if (p->weekday || p->month || p->season)
        return 1;
    if (p->pod && p->unit == NS_TU_DAY) {
        /* this morning, last night */
        if (dir == -1 && p->pod == NS_POD_NI)
            p->offset = -1;
        else
            p->offset = 0;
        return 1;
    }
    return p->unit != 0;
}

static void clear(ns_timex_parse *p)
{
    memset(p, 0, sizeof *p);
    p->hour = p->minute = p->hour2 = -1;
}

static int read_shift(const word *w, size_t n, ns_timex_parse *p)
{
    size_t i = 0;
    double c = 1;
    if (i < n && STREQ(w[i].s, "the"))
        i++;
    /* "millions of years ago": the vague past */
    if (i + 1 < n && STREQ(w[i + 1].s, "of") &&
        (STREQ(w[i].s, "millions") || STREQ(w[i].s, "thousands") || STREQ(w[i].s, "hundreds")))
        i += 2;
    int counted = word_count(w, n, &i, &c);
    /* "three or four days ago": the first count's day (split() has
     * dropped the "or" and marked the word after it) */
    double c2;
    size_t j = i;
    if (counted && i < n && w[i].sep && word_count(w, n, &j, &c2))
        i = j;
    /* "two summers ago": the summer before last */
    if (counted && c >= 1 && c <= 20 && i + 1 < n && STREQ(w[i + 1].s, "ago")) {
        int plural, v = LOOKUP_PLURAL(seasons, w[i].s, &plural);
        if (v) {
            p->kind = NS_TX_REL;
            p->type = NS_TT_DATE;
            p->season = v;
            p->offset = -(int)c;
            return 1;
        }
    }
    int deep = 0;
    /* "66 million years ago": deep time, the past */
    if (counted && i < n && (STREQ(w[i].s, "million") || STREQ(w[i].s, "billion"))) {
        i++;
        counted = 0;
        deep = 1;
    }
    if (!counted)
        c = 1;
    else if (c > 0)
        c += half_at(w, n, &i);
    int plural, u = i < n ? unit_of(w[i].s, &plural) : 0;
    if (!u)
        return 0;
    int fortnight = is_fortnight(w[i].s);
    if ((!counted && plural) || deep)
        c = -1; /* years ago: some years */
    if (counted && c > 1 && !plural)
        return 0; /* "71,000 year ago": a table's figure beside its label */
    /* "a quarter of a century ago", "half a decade ago": in years */
    /* (a count past any calendar is no fraction to convert, and would
     * overflow the cast: "2111111111111111111111 centuries ago") */
    if (counted && c > 0 && c < 1e9 && c != (double)(long)c &&
        (u == NS_TU_CENTURY || u == NS_TU_DECADE)) {
        double years = c * (u == NS_TU_CENTURY ? 100 : 10);
        if (years == (double)(long)years) {
            c = years;
            u = NS_TU_YEAR;
        }
    }
    /* "12,000 years ago" runs before year 1, which no TIMEX3 value writes:
     * the past, as "years ago" is (a nearer count, "1,400 years ago",
     * resolves unless the reference makes it run before year 1 too) */
    if (counted && ((u == NS_TU_YEAR && c >= 10000) ||
                    ((u == NS_TU_DECADE || u == NS_TU_CENTURY) && c >= 1000)))
        c = -1;
    i++;
    if (c > 0)
        c += half_at(w, n, &i);
    if (i + 1 < n && (STREQ(w[i].s, "'") || STREQ(w[i].s, "\xe2\x80\x99")))
        i++; /* ten years' time */
    int sign = i < n ? LOOKUP(shiftwords, w[i].s) : 0;
    if (!sign)
        return 0;
    i++;
    if (sign > 0 && i + 1 < n && STREQ(w[i].s, "from") && STREQ(w[i + 1].s, "today"))
        i++; /* a week from today: to the day, as "ago today" is */
    int tonight = i < n && STREQ(w[i].s, "tonight");
    if (i < n && (STREQ(w[i].s, "today") || tonight)) {
        p->to_day = 1; /* twenty years ago today; ten years ago tonight */
        i++;
    } else if (sign < 0 && i + 1 < n && STREQ(w[i].s, "this") &&
               (STREQ(w[i + 1].s, "week") || STREQ(w[i + 1].s, "month"))) {
        /* "fifty years ago this week": that week of that year */
        p->to_day = w[i + 1].s[0] == 'w' ? 2 : 3;
        i += 2;
    }
    if (i < n) {
        /* the year-earlier quarter: the latest quarter, a year before */
        int u2 = unit_of(w[n - 1].s, &plural);
        if (u2 == NS_TU_QUARTER && u == NS_TU_YEAR) {
            p->kind = NS_TX_REL;
            p->unit = NS_TU_QUARTER;
            p->offset = -5;
            p->type = NS_TT_DATE;
            p->anchored = NS_ANCHOR_YEAR_BACK;
            return 1;
        }
    }
    /* "a year earlier", "year-ago": a year before the period discussed */
    if (u == NS_TU_YEAR && c > 1 && c <= 50 && c == (double)(long)c && sign < 0 &&
        STREQ(w[i - 1].s, "earlier"))
        /* "up from 1,700 four years earlier", after "in 2023": from that year */
        p->anchored = NS_ANCHOR_YEAR_EARLIER;
    else if (u == NS_TU_YEAR && c == 1 && sign < 0)
        /* "a year earlier" may count from a year just written; the
         * adjective "year-earlier" compares with the period discussed */
        p->anchored = STREQ(w[i - 1].s, "earlier")
                          ? (counted ? NS_ANCHOR_YEAR_EARLIER : NS_ANCHOR_YEAR_BACK)
                      : STREQ(w[i - 1].s, "ago") ? NS_ANCHOR_YEAR_BACK
                                                 : NS_ANCHOR_NONE;
    p->kind = NS_TX_SHIFT;
    p->unit = (unsigned char)u;
    p->count = c;
    if (fortnight)
        p->count = c * 2; /* "a fortnight ago": two weeks back */
    p->offset = sign;
    p->earlier = (u == NS_TU_DAY || u == NS_TU_WEEK || u == NS_TU_MONTH) && sign < 0 &&
                 !p->to_day && STREQ(w[i - 1].s, "earlier");
    /* "Updated 3 hours ago": a time of the day, its clock unknown */
    p->type = u == NS_TU_HOUR || u == NS_TU_MINUTE || u == NS_TU_SECOND ? NS_TT_TIME : NS_TT_DATE;
    if (tonight) {
        p->pod = NS_POD_NI;
        p->type = NS_TT_TIME;
    }
    return 1;
}

/* The amount of the next smaller units after a duration's unit u, as a
 * fraction of u: "two years and six months" -> 0.5, "2 hours 15 minutes"
 * -> 0.25; 0 if none follows. */
static double smaller_part(const word *w, size_t n, size_t i, int u)
{
    static const struct {
        int unit, smaller, per;
    } next[] = {{NS_TU_YEAR, NS_TU_MONTH, 12},
                {NS_TU_DAY, NS_TU_HOUR, 24},
                {NS_TU_HOUR, NS_TU_MINUTE, 60},
                {NS_TU_MINUTE, NS_TU_SECOND, 60}};
    if (i < n && STREQ(w[i].s, "and"))
        i++;
    double c = 0;
    if (i >= n || !word_count(w, n, &i, &c) || c <= 0 || i >= n)
        return 0;
    int plural, v = unit_of(w[i].s, &plural);
    /* and the next one down: "5 hours 4 minutes 11 seconds" */
    for (size_t k = 0; k < sizeof next / sizeof next[0]; k++)
        if (next[k].unit == u && next[k].smaller == v && c < next[k].per)
            return (c + smaller_part(w, n, i + 1, v)) / next[k].per;
    return 0;
}

static int read_duration(const word *w, size_t n, ns_timex_parse *p)
{
    if ((n == 2 && ((STREQ(w[0].s, "some") && STREQ(w[1].s, "time")) ||
                    (STREQ(w[0].s, "a") && STREQ(w[1].s, "while")))) ||
        (n == 3 && STREQ(w[0].s, "a") && STREQ(w[1].s, "long") && STREQ(w[2].s, "time"))) {
        /* for some time, after a while: a span of no known length */
        p->kind = NS_TX_DURATION;
        p->type = NS_TT_DURATION;
        p->unit = NS_TU_NONE;
        p->count = -1;
        return 1;
    }
    size_t i = 0;
    double c = 0, c2 = 0;
    int have = 0, lead = 0, coming = 0;
    for (; i < n; i++) {
        const char *s = w[i].s;
        if (STREQ(s, "the") || STREQ(s, "these") || STREQ(s, "each") || STREQ(s, "of"))
            continue;
        if (LOOKUP(relwords, s) || STREQ(s, "first") || STREQ(s, "final") ||
            STREQ(s, "remaining") || STREQ(s, "initial") || STREQ(s, "entire") ||
            STREQ(s, "whole") || STREQ(s, "full") || STREQ(s, "other") || STREQ(s, "trailing")) {
            lead = 1;
            coming |= STREQ(s, "coming");
            continue;
        }
        break;
    }
    size_t wl = i < n ? strlen(w[i].s) : 0;
    if (i + 1 == n && wl > 4 && wl < WLEN && strcmp(w[i].s + wl - 4, "long") == 0) {
        /* weeklong, yearlong: one unit */
        char b[WLEN];
        memcpy(b, w[i].s, wl - 4);
        b[wl - 4] = 0;
        int pl, u1 = unit_of(b, &pl);
        if (!u1 || pl)
            return 0;
        p->kind = NS_TX_DURATION;
        p->type = NS_TT_DURATION;
        p->unit = (unsigned char)u1;
        p->count = 1;
        return 1;
    }
    if (i + 2 == n && STREQ(w[i].s, "multi")) {
        /* multi-year, multi-day: some of the unit, how many unknown */
        int pl, u1 = unit_of(w[i + 1].s, &pl);
        if (!u1 || pl)
            return 0;
        p->kind = NS_TX_DURATION;
        p->type = NS_TT_DURATION;
        p->unit = (unsigned char)u1;
        p->count = -1;
        return 1;
    }
    size_t first = i;
    if (i < n && word_count(w, n, &i, &c)) {
        have = 1;
        double h = c > 0 ? half_at(w, n, &i) : 0;
        c += h;
        if (h == 0 && i < n && w[i].sep && word_count(w, n, &i, &c2))
            have = 2;
    }
    int fiscal = 0;
    while (i < n && !unit_of(w[i].s, &(int){0})) {
        fiscal |= STREQ(w[i].s, "fiscal") || STREQ(w[i].s, "financial");
        i++; /* more, additional, straight */
    }
    /* "the two fiscal years" counts years; "a fiscal year" is a kind */
    if (fiscal && have == 1 && c == 1 && (STREQ(w[first].s, "a") || STREQ(w[first].s, "an")))
        return 0;
    int plural, u = i < n ? unit_of(w[i].s, &plural) : 0;
    if (!u)
        return 0;
    if (i + 1 < n && STREQ(w[i + 1].s, "old"))
        return 0; /* an age */
    if (u == NS_TU_HOUR && have == 1 && STREQ(w[i].s, "hrs") && strlen(w[first].s) == 4 &&
        is_digit((unsigned char)w[first].s[0]) && c < 2400 && (int)c % 100 < 60)
        return 0; /* "1500 hrs": a clock time, as the forces and Indian papers write it */
    if (u == NS_TU_QUARTER && have == 2 && c2 < 4)
        return 0; /* two and three quarters: a fraction */
    if (have == 2 && c2 >= 0 && c2 < c)
        return 0; /* "a 3-0 weekend defeat": a score */
    /* "a months-long probe": the article is no count of a plural */
    if (have == 1 && plural && c == 1 && (STREQ(w[first].s, "a") || STREQ(w[first].s, "an")))
        return 0;
    if (!have && coming && !plural && u == NS_TU_YEAR) {
        /* "the coming year" is next year, as "the upcoming year" is; "the
         * coming months", "in the coming week" stay spans */
        p->kind = NS_TX_REL;
        p->type = NS_TT_DATE;
        p->unit = (unsigned char)u;
        p->offset = 1;
        return 1;
    }
    if (!have && coming && !plural && u == NS_TU_WEEKEND) {
        /* "the coming weekend": the next one, a date, as "this weekend" is */
        p->kind = NS_TX_REL;
        p->type = NS_TT_DATE;
        p->unit = NS_TU_WEEKEND;
        p->ahead = 1;
        return 1;
    }
    if (!have) {
        /* day-long, decades-long */
        int lasting = i + 1 < n && STREQ(w[i + 1].s, "long");
        if (!lead && !plural && !lasting)
            return 0;
        c = plural ? -1 : 1;
        if (plural && (u == NS_TU_YEAR || u == NS_TU_DECADE) && n == 2 && STREQ(w[0].s, "recent")) {
            /* "in recent years" is the past, a date, as TimeBank marks it;
             * recent weeks stay a span */
            p->kind = NS_TX_REFWORD;
            p->type = NS_TT_DATE;
            p->offset = NS_REF_PAST;
            return 1;
        }
    }
    /* "34.1 hours" stays as written, PT34.1H ("2.5 hours" and "three
     * quarters of an hour" go down a unit) */
    p->decimal = have == 1 && c > 0 && c < 1e9 && c * 2 != (double)(long)(c * 2) &&
                 is_digit((unsigned char)w[first].s[0]) && strchr(w[first].s, '.') != NULL;
    if ((have == 1 || (!have && c == 1)) && c > 0 && c < 1e9 && c == (double)(long)c) {
        size_t j = i + 1; /* a year and a half, the past week and a half */
        double h = half_at(w, n, &j);
        c += h;
        if (h == 0)
            c += smaller_part(w, n, i + 1, u);
    }
    p->kind = NS_TX_DURATION;
    p->type = NS_TT_DURATION;
    p->unit = (unsigned char)u;
    p->count = c;
    p->count2 = have == 2 ? c2 : 0;
    if (is_fortnight(w[i].s))
        p->count = c < 0 ? c : c * 2;
    return 1;
}

/* Fixed feasts as month and day; moving ones as NS_HOL_*. */
static const struct feast {
    /* its first word, and one more it needs ("" for none: the first
     * word must stand alone) */
    const char *a, *b;
    int month, day, hol;
} feasts[] = {{"christmas", "eve", 12, 24, 0},
              {"christmas", NULL, 12, 25, 0},
              {"new", "eve", 12, 31, 0},
              {"new", NULL, 1, 1, 0},
              {"thanksgiving", NULL, 0, 0, NS_HOL_THANKSGIVING},
              {"orthodox", "easter", 0, 0, NS_HOL_ORTHODOX_EASTER},
              {"easter", "monday", 0, 0, NS_HOL_EASTER_MONDAY},
              {"easter", NULL, 0, 0, NS_HOL_EASTER},
              {"good", NULL, 0, 0, NS_HOL_GOOD_FRIDAY},
              {"independence", NULL, 7, 4, 0},
              {"labor", NULL, 0, 0, NS_HOL_LABOR_DAY},
              {"labour", NULL, 0, 0, NS_HOL_LABOR_DAY},
              {"memorial", NULL, 0, 0, NS_HOL_MEMORIAL_DAY},
              {"veterans", NULL, 11, 11, 0},
              {"halloween", NULL, 10, 31, 0},
              {"valentine", NULL, 2, 14, 0},
              {"valentines", NULL, 2, 14, 0},
              {"election", NULL, 0, 0, NS_HOL_ELECTION_DAY},
              {"martin", NULL, 0, 0, NS_HOL_MLK_DAY},
              {"presidents", NULL, 0, 0, NS_HOL_PRESIDENTS_DAY},
              {"columbus", NULL, 0, 0, NS_HOL_COLUMBUS_DAY},
              {"boxing", NULL, 12, 26, 0},
              {"bastille", NULL, 7, 14, 0},
              {"hogmanay", NULL, 12, 31, 0},
              {"burns", "night", 1, 25, 0},
              {"bonfire", "night", 11, 5, 0},
              {"guy", "night", 11, 5, 0},
              {"ferragosto", NULL, 8, 15, 0},
              {"leap", NULL, 2, 29, 0},
              {"juneteenth", NULL, 6, 19, 0},
              {"canada", NULL, 7, 1, 0},
              {"australia", NULL, 1, 26, 0},
              {"waitangi", NULL, 2, 6, 0},
              {"armistice", NULL, 11, 11, 0},
              {"earth", NULL, 4, 22, 0},
              {"groundhog", NULL, 2, 2, 0},
              /* Kenya's and the Philippines' national days */
              {"jamhuri", NULL, 12, 12, 0},
              {"mashujaa", NULL, 10, 20, 0},
              {"madaraka", NULL, 6, 1, 0},
              {"rizal", NULL, 12, 30, 0},
              {"bonifacio", NULL, 11, 30, 0},
              {"three", "kings", 1, 6, 0},
              {"patriots", NULL, 0, 0, NS_HOL_PATRIOTS_DAY},
              {"patriot", NULL, 0, 0, NS_HOL_PATRIOTS_DAY},
              {"st", "patrick", 3, 17, 0},
              {"st", "andrew", 11, 30, 0},
              {"st", "stephen", 12, 26, 0},
              {"st", "george", 4, 23, 0},
              {"st", "david", 3, 1, 0},
              {"saint", "patrick", 3, 17, 0},
              {"saint", "andrew", 11, 30, 0},
              {"saint", "stephen", 12, 26, 0},
              {"saint", "george", 4, 23, 0},
              {"saint", "david", 3, 1, 0},
              /* the UK's bank holidays by their season */
              {"spring", "bank", 0, 0, NS_HOL_SPRING_BANK},
              {"spring", "festival", 0, 0, NS_HOL_LUNAR_NEW_YEAR}, /* China's name for it */
              {"early", "bank", 0, 0, NS_HOL_EARLY_MAY_BANK},
              {"late", "bank", 0, 0, NS_HOL_SPRING_BANK}, /* the late May bank holiday */
              {"may", "bank", 0, 0, NS_HOL_EARLY_MAY_BANK},
              {"summer", "bank", 0, 0, NS_HOL_SUMMER_BANK},
              {"august", "bank", 0, 0, NS_HOL_SUMMER_BANK},
              {"may", "day", 5, 1, 0},
              {"mother", NULL, 0, 0, NS_HOL_MOTHERS_DAY},
              {"mothers", NULL, 0, 0, NS_HOL_MOTHERS_DAY},
              {"father", NULL, 0, 0, NS_HOL_FATHERS_DAY},
              {"fathers", NULL, 0, 0, NS_HOL_FATHERS_DAY},
              {"black", NULL, 0, 0, NS_HOL_BLACK_FRIDAY},
              {"cyber", NULL, 0, 0, NS_HOL_CYBER_MONDAY},
              {"lunar", "eve", 0, 0, NS_HOL_LUNAR_EVE},
              {"lunar", NULL, 0, 0, NS_HOL_LUNAR_NEW_YEAR},
              {"gandhi", NULL, 10, 2, 0},
              {"ash", NULL, 0, 0, NS_HOL_ASH_WEDNESDAY},
              {"mardi", "gras", 0, 0, NS_HOL_SHROVE_TUESDAY},
              {"shrove", NULL, 0, 0, NS_HOL_SHROVE_TUESDAY},
              {"pancake", "day", 0, 0, NS_HOL_SHROVE_TUESDAY},
              {"feast", "assumption", 8, 15, 0},
              {"remembrance", "sunday", 0, 0, NS_HOL_REMEMBRANCE_SUN},
              {"remembrance", NULL, 11, 11, 0},
              {"anzac", NULL, 4, 25, 0},
              {"all", "saints", 11, 1, 0},
              {"all", "souls", 11, 2, 0},
              {"epiphany", NULL, 1, 6, 0},
              {"palm", NULL, 0, 0, NS_HOL_PALM_SUNDAY},
              {"holy", "thursday", 0, 0, NS_HOL_MAUNDY_THURSDAY},
              {"holy", "saturday", 0, 0, NS_HOL_HOLY_SATURDAY},
              {"maundy", NULL, 0, 0, NS_HOL_MAUNDY_THURSDAY},
              {"mothering", NULL, 0, 0, NS_HOL_MOTHERING_SUN},
              {"ascension", NULL, 0, 0, NS_HOL_ASCENSION},
              {"pentecost", NULL, 0, 0, NS_HOL_PENTECOST},
              {"whitsun", NULL, 0, 0, NS_HOL_PENTECOST},
              {"whit", "monday", 0, 0, NS_HOL_WHIT_MONDAY},
              {"whit", NULL, 0, 0, NS_HOL_PENTECOST},
              {"trinity", NULL, 0, 0, NS_HOL_TRINITY_SUNDAY},
              {"victoria", NULL, 0, 0, NS_HOL_VICTORIA_DAY},
              {"advent", NULL, 0, 0, NS_HOL_ADVENT_SUNDAY},
              {"king", "day", 0, 0, NS_HOL_KINGS_DAY},
              {"kings", "day", 0, 0, NS_HOL_KINGS_DAY},
              {"koningsdag", NULL, 0, 0, NS_HOL_KINGS_DAY},
              {"assumption", NULL, 8, 15, 0},
              {"candlemas", NULL, 2, 2, 0},
              {"fourth", "july", 7, 4, 0},
              {"fourth", "", 7, 4, 0}, /* "on the Fourth", not "every fourth year" */
              {"chinese", "eve", 0, 0, NS_HOL_LUNAR_EVE},
              {"chinese", NULL, 0, 0, NS_HOL_LUNAR_NEW_YEAR},
              {"eid", "fitr", 0, 0, NS_HOL_EID_AL_FITR},
              {"eid", "adha", 0, 0, NS_HOL_EID_AL_ADHA},
              {"eid", "azha", 0, 0, NS_HOL_EID_AL_ADHA},
              {"eid", NULL, 0, 0, NS_HOL_EID},
              {"diwali", NULL, 0, 0, NS_HOL_DIWALI},
              {"deepavali", NULL, 0, 0, NS_HOL_DIWALI},
              {"holi", NULL, 0, 0, NS_HOL_HOLI},
              {"hari", "haji", 0, 0, NS_HOL_EID_AL_ADHA},
              {"hari", "aidiladha", 0, 0, NS_HOL_EID_AL_ADHA},
              {"hari", NULL, 0, 0, NS_HOL_EID_AL_FITR}, /* Malaysia's Hari Raya */
              {"ramadan", NULL, 0, 0, NS_HOL_RAMADAN},
              {"ramzan", NULL, 0, 0, NS_HOL_RAMADAN},
              {"ashura", NULL, 0, 0, NS_HOL_ASHURA},
              {"passover", NULL, 0, 0, NS_HOL_PASSOVER},
              {"pesach", NULL, 0, 0, NS_HOL_PASSOVER},
              {"shavuot", NULL, 0, 0, NS_HOL_SHAVUOT},
              {"purim", NULL, 0, 0, NS_HOL_PURIM},
              {"rosh", NULL, 0, 0, NS_HOL_ROSH_HASHANAH},
              {"yom", "kippur", 0, 0, NS_HOL_YOM_KIPPUR},
              {"sukkot", NULL, 0, 0, NS_HOL_SUKKOT},
              {"hanukkah", NULL, 0, 0, NS_HOL_HANUKKAH},
              {"chanukah", NULL, 0, 0, NS_HOL_HANUKKAH},
              {"makar", NULL, 0, 0, NS_HOL_MAKAR_SANKRANTI},
              {"sankranti", NULL, 0, 0, NS_HOL_MAKAR_SANKRANTI},
              {"pongal", NULL, 0, 0, NS_HOL_PONGAL},
              {"maha", NULL, 0, 0, NS_HOL_MAHA_SHIVARATRI},
              {"mahashivratri", NULL, 0, 0, NS_HOL_MAHA_SHIVARATRI},
              {"ram", NULL, 0, 0, NS_HOL_RAM_NAVAMI},
              {"janmashtami", NULL, 0, 0, NS_HOL_JANMASHTAMI},
              {"ganesh", NULL, 0, 0, NS_HOL_GANESH_CHATURTHI},
              {"onam", NULL, 0, 0, NS_HOL_ONAM},
              {"dussehra", NULL, 0, 0, NS_HOL_DUSSEHRA},
              {"dasara", NULL, 0, 0, NS_HOL_DUSSEHRA},
              {"raksha", NULL, 0, 0, NS_HOL_RAKSHA_BANDHAN},
              {"vaisakhi", NULL, 0, 0, NS_HOL_VAISAKHI},
              {"baisakhi", NULL, 0, 0, NS_HOL_VAISAKHI}};

/* The feast whose name starts at word i ("Boxing" Day, "St" Patrick's Day,
 * "Christmas" Eve), or NULL. */
static const struct feast *feast_at(const word *w, size_t n, size_t i)
{
    for (size_t f = 0; i < n && f < sizeof feasts / sizeof feasts[0]; f++) {
        const char *b = feasts[f].b;
        if (STREQ(w[i].s, feasts[f].a) &&
            (!b || (b[0] ? has_word(w + i + 1, n - i - 1, b) : i + 1 == n)))
            return &feasts[f];
    }
    return NULL;
}

static int read_set(const word *w, size_t n, ns_timex_parse *p)
{
    if (n >= 5 && STREQ(w[0].s, "the") && is_digit((unsigned char)w[1].s[0]) &&
        STREQ(w[n - 1].s, "month")) {
        int d = atoi(w[1].s); /* the 15th of each month */
        p->kind = NS_TX_SET;
        p->type = NS_TT_SET;
        p->day = d >= 1 && d <= 31 ? d : 0;
        p->unit = NS_TU_MONTH;
        p->count = 1;
        return p->day != 0;
    }
    p->kind = NS_TX_SET;
    p->type = NS_TT_SET;
    p->count = 1;
    for (size_t i = 0; i < n; i++) {
        const char *s = w[i].s;
        int v, plural;
        char b[WLEN];
        if ((v = LOOKUP(setwords, s)) != 0) {
            p->unit = (unsigned char)v;
            if (s[0] == 'b' && s[1] == 'i' && s[2] != 'a')
                p->count = 2; /* biweekly */
            if (STREQ(s, "fortnightly"))
                p->count = 2;
            if (v == NS_TU_QUARTER) {
                p->unit = NS_TU_MONTH;
                p->count = 3;
            }
            if (STREQ(s, "nightly"))
                p->pod = NS_POD_NI;
            return 1;
        }
        if ((v = LOOKUP(weekdays, s)) != 0) {
            p->weekday = v;
            if (i + 1 < n) {
                /* Friday nights */
                size_t pk = strlen(w[i + 1].s);
                char pw[WLEN];
                memcpy(pw, w[i + 1].s, pk + 1);
                if (pk > 1 && pw[pk - 1] == 's')
                    pw[pk - 1] = 0;
                p->pod = (unsigned char)LOOKUP(pods, pw);
            }
            return 1;
        }
        size_t k = strlen(s);
        if (k > 1 && s[k - 1] == 's') {
            memcpy(b, s, k - 1);
            b[k - 1] = 0;
            if ((v = LOOKUP(weekdays, b)) != 0) {
                p->weekday = v;
                return 1;
            }
        }
        if ((v = LOOKUP(months, s)) != 0) {
            /* every July 20, every 8 March */
            int d = 0;
            if (i + 1 < n && is_digit((unsigned char)w[i + 1].s[0]))
                d = atoi(w[i + 1].s);
            else if (i > 0 && is_digit((unsigned char)w[i - 1].s[0]))
                d = atoi(w[i - 1].s);
            p->month = v;
            p->day = d >= 1 && d <= 31 ? d : 0;
            return 1;
        }
        /* every Christmas (Eve), each Halloween: the feasts of a fixed day */
        const struct feast *fe = feast_at(w, n, i);
        if (fe && !fe->hol && fe->month) {
            p->month = fe->month;
            p->day = fe->day;
            return 1;
        }
        if ((v = LOOKUP(pods, s)) != 0) {
            p->pod = (unsigned char)v;
            return 1;
        }
        if ((v = LOOKUP(seasons, s)) != 0) {
            p->season = v;
            return 1;
        }
        static const entry nths[] = {{"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}};
        if (STREQ(s, "half") && i + 1 < n && STREQ(w[i + 1].s, "hour")) {
            p->unit = NS_TU_MINUTE; /* every half hour: PT30M */
            p->count = 30;
            return 1;
        }
        if (STREQ(s, "other"))
            p->count = 2;
        else if (i > 0 && LOOKUP(nths, s) && STREQ(w[i - 1].s, "every"))
            p->count = LOOKUP(nths, s); /* every fourth year */
        else if (STREQ(s, "weekday")) {
            p->unit = NS_TU_DAY;
            return 1;
        } else if ((STREQ(s, "every") || STREQ(s, "each")) && i + 2 < n) {
            size_t j = i + 1;
            double c;
            double c2;
            if (word_count(w, n, &j, &c) && j < n && w[j].sep && !unit_of(w[j].s, &plural))
                word_count(w, n, &j, &c2); /* every four to six hours: the first */
            if (j < n && unit_of(w[j].s, &plural)) {
                p->count = c;
                i = j - 1;
            }
        } else if ((v = unit_of(s, &plural)) != 0) {
            /* three days a week: a set of weeks */
            int per = i + 2 < n && (STREQ(w[i + 1].s, "a") || STREQ(w[i + 1].s, "an") ||
                                    STREQ(w[i + 1].s, "per"));
            int v2 = per ? unit_of(w[i + 2].s, &plural) : 0;
            p->unit = (unsigned char)(v2 ? v2 : v);
            if (is_fortnight(w[v2 ? i + 2 : i].s))
                p->count *= 2; /* every fortnight: two weeks */
            return 1;
        }
    }
    return 0;
}

static int read_refword(const word *w, size_t n, ns_timex_parse *p)
{
    p->kind = NS_TX_REFWORD;
    p->type = NS_TT_DATE;
    const char *s = w[n - 1].s;
    int plural, u = unit_of(s, &plural);
    if (u && has_word(w, n, "recent")) {
        p->kind = NS_TX_DURATION;
        p->type = NS_TT_DURATION;
        p->unit = (unsigned char)u;
        p->count = -1;
        return 1;
    }
    if (STREQ(s, "future") || STREQ(s, "term") ||
        (STREQ(s, "date") && (has_word(w, n, "later") || has_word(w, n, "future"))))
        p->offset = NS_REF_FUTURE; /* the near term */
    else if (STREQ(s, "past") || STREQ(s, "recently") || STREQ(s, "lately"))
        p->offset = NS_REF_PAST;
    else
        p->offset = NS_REF_PRESENT;
    return 1;
}

static int read_holiday(const word *w, size_t n, ns_timex_parse *p)
{
    size_t i = 0;
    int dir = 0, week_of = 0;
    if (i < n && STREQ(w[i].s, "the"))
        i++; /* the Labor Day weekend */
    if (i + 2 < n && STREQ(w[i].s, "week") && STREQ(w[i + 1].s, "of")) {
        i += 2; /* the week of Christmas */
        week_of = 1;
    }
    if (i < n && LOOKUP(relwords, w[i].s)) {
        int v = LOOKUP(relwords, w[i].s);
        dir = v == 100 ? 0 : v;
        i++;
    }
    if (i >= n)
        return 0;
    const struct feast *fe = feast_at(w, n, i);
    if (!fe)
        return 0;
    p->kind = NS_TX_CAL;
    p->type = NS_TT_DATE;
    p->month = fe->month;
    p->day = fe->day;
    p->holiday = fe->hol;
    p->feast = 1;
    p->tense = (signed char)dir;
    p->feast_dir = (signed char)dir;
    if (STREQ(w[n - 1].s, "weekend"))
        p->unit = NS_TU_WEEKEND; /* the weekend the feast falls in or next to */
    else if (week_of || (STREQ(w[n - 1].s, "week") && n - 1 > i))
        p->week = -1; /* Christmas week, Easter week: the ISO week of the feast */
    /* Thanksgiving evening, Christmas morning; not the night of "Burns
     * Night", part of the feast's name */
    int pod = LOOKUP(pods, w[n - 1].s);
    if (pod && n - 1 > i && !(fe->b && strcmp(w[n - 1].s, fe->b) == 0)) {
        p->pod = (unsigned char)pod;
        p->type = NS_TT_TIME;
    }
    for (size_t j = i; j < n; j++) {
        numinfo ni;
        if (parse_num(w[j].s, &ni) == 1 && ni.digits == 4) {
            p->year = (int)ni.v;
            p->ydigits = 4;
        } else if (fe->hol == NS_HOL_RAMADAN && j == i + 1 && parse_num(w[j].s, &ni) == 1 &&
                   ni.digits <= 2 && ni.v >= 1 && ni.v <= 30) {
            p->day = (int)ni.v; /* "Ramadan 29": a day of the month of Ramadan */
        }
    }
    return 1;
}

/* The a.m. (1) or p.m. (2) a stamp writes after its clock, as set_clock
 * takes it; 0 if none. */
static int ampm_of(const char *t, size_t len)
{
    for (size_t i = 1; i + 1 < len; i++) {
        char c = (char)(t[i] | 0x20), n = t[i + 1] == '.' && i + 2 < len ? t[i + 2] : t[i + 1];
        if ((c == 'a' || c == 'p') && (n | 0x20) == 'm' &&
            (t[i - 1] == ' ' || (t[i - 1] >= '0' && t[i - 1] <= '9')))
            return c == 'p' ? 2 : 1;
    }
    return 0;
}

static int read_numeric(const char *t, size_t len, int day_first, ns_timex_parse *p)
{
    int a[6] = {0}, na = 0;
    size_t i = 0;
    int colon6 = 0; /* the sixth number follows a colon: seconds, not a zone's hour */
    while (i < len && na < 6) {
        if (!is_digit((unsigned char)t[i])) {
            i++;
            continue;
        }
        if (na == 5)
            colon6 = t[i - 1] == ':';
        int v = 0, d = 0;
        while (i < len && is_digit((unsigned char)t[i])) {
            v = v * 10 + (t[i] - '0');
            i++;
            d++;
        }
        a[na] = d == 2 && na == 2 && memchr(t, '/', len) ? two_digit_year(v) : v;
        na++;
    }
    p->kind = NS_TX_CAL;
    p->type = NS_TT_DATE;
    int second = na >= 6 && colon6 && a[5] < 60 ? a[5] : 0; /* 14:22:10 */
    int dashed = len >= 10 && t[2] == '-' && t[5] == '-';   /* 05-11-2024 */
    if (memchr(t, '/', len) || memchr(t, '.', len) || dashed) {
        int m = a[0], d = a[1];
        if (day_first || m > 12 || memchr(t, '.', len)) { /* 31.03.2015: always day first */
            m = a[1];
            d = a[0];
        }
        if (m < 1 || m > 12 || d < 1 || d > 31)
            return 0;
        /* "9/11", the one slashed day news writes without its year */
        p->year = na == 2 ? 2001 : a[2];
        p->month = m;
        p->day = d;
        if (na >= 5 && a[3] < 24 && a[4] < 60) { /* 1/15/2025, 2:40 PM */
            set_clock(p, a[3], a[4], ampm_of(t, len));
            p->second = second;
        }
    } else {
        p->year = a[0];
        p->month = a[1];
        p->day = na >= 3 ? a[2] : 0; /* 2015-12 */
        if (na >= 5) {
            set_clock(p, a[3], a[4], 0);
            p->second = second;
        }
    }
    p->ydigits = 4;
    return 1;
}

/* A range of clock times around the clock found at word k: "9am-5pm",
 * "10:00 to 11:30", and "5-6 pm" where the start borrows the end's a.m. or
 * p.m. The clock becomes the start; the end goes to *hour2, *minute2. */
static void clock_range(word *w, size_t n, size_t k, ns_timex_parse *clock, int *hour2,
                        int *minute2)
{
    numinfo ni;
    if (k > 0 && w[k].sep && parse_num(w[k - 1].s, &ni) == 1 && ni.hour < 0 && ni.digits <= 2 &&
        !ni.ordinal && ni.v >= 1 && ni.v <= 12 && ni.v == (int)ni.v && clock->pm) {
        /* 5-6 pm; 11-1 pm runs from 11 a.m. */
        int h = (int)ni.v, end12 = clock->hour % 12, start12 = h % 12;
        *hour2 = clock->hour;
        *minute2 = clock->minute;
        int pm = clock->pm == 2 && start12 <= end12 ? 2 : clock->pm == 2 ? 1 : 1;
        clock->hour = pm == 2 && h < 12 ? h + 12 : pm == 1 && h == 12 ? 0 : h;
        clock->minute = 0;
        w[k - 1].s[0] = 0;
        return;
    }
    size_t j = k + 1;
    while (j < n && w[j].s[0] == 0)
        j++; /* the words the first clock used */
    if (j >= n || !w[j].sep)
        return;
    ns_timex_parse end;
    memset(&end, 0, sizeof end);
    end.hour = end.minute = -1;
    if (read_clock(w, n, j, &end) == j + 1 && end.hour >= 0) {
        *hour2 = end.hour;
        *minute2 = end.minute;
        /* 2:00 - 2:30 pm: a start without a.m./p.m. borrows the end's */
        if (!clock->pm && end.pm == 2 && clock->hour >= 1 && clock->hour < 12 &&
            clock->hour <= end.hour - 12) {
            clock->hour += 12;
            clock->pm = 2;
        }
    }
}

/* A year said in words becomes its digits: "nineteen ninety six" ->
 * "1996", "two thousand one" -> "2001" (the patterns allow these only where
 * a year goes, never before a unit). Returns the new word count. */
static size_t spoken_years(word *w, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        int base = STREQ(w[i].s, "nineteen")                               ? 19
                   : STREQ(w[i].s, "eighteen")                             ? 18
                   : STREQ(w[i].s, "two") && STREQ(w[i + 1].s, "thousand") ? 20
                                                                           : 0;
        if (!base)
            continue;
        int year = -1;
        size_t j = i + 1;
        if (base == 20) {
            year = 2000;
            j = i + 2;
            int d = j < n ? LOOKUP(numwords, w[j].s) : 0;
            if (d >= 1 && d <= 9 && w[j].s[0] != 'a') {
                year += d;
                j++;
            }
        } else {
            int v = LOOKUP(numwords, w[j].s);
            if (STREQ(w[j].s, "hundred")) {
                year = base * 100;
                j++;
            } else if (STREQ(w[j].s, "oh") && j + 1 < n) {
                int d = LOOKUP(numwords, w[j + 1].s);
                if (d >= 1 && d <= 9) {
                    year = base * 100 + d;
                    j += 2;
                }
            } else if (v >= 10 && v <= 19) {
                year = base * 100 + v;
                j++;
            } else if (v >= 20 && v <= 90 && v % 10 == 0) {
                year = base * 100 + v;
                j++;
                int d = j < n ? LOOKUP(numwords, w[j].s) : 0;
                if (d >= 1 && d <= 9 && w[j].s[0] != 'a') {
                    year += d;
                    j++;
                }
            }
        }
        if (year < 0)
            continue;
        int plural;
        if (j < n && unit_of(w[j].s, &plural))
            continue; /* two thousand years */
        char b[8];
        size_t k = 0;
        for (int div = 1000; div > 0; div /= 10)
            b[k++] = (char)('0' + year / div % 10);
        b[k] = 0;
        memcpy(w[i].s, b, k + 1);
        memmove(&w[i + 1], &w[j], (n - j) * sizeof *w);
        n -= j - i - 1;
    }
    return n;
}

/* Whether "previous", "prior" or "preceding" is among the words: "down
 * from 1.1% in the previous quarter" is the quarter before the one under
 * discussion, where the story discusses one. */
static int previous_word(const word *w, size_t n)
{
    return has_word(w, n, "previous") || has_word(w, n, "prior") || has_word(w, n, "preceding");
}

int ns_date_interpret(int family, const char *text, size_t len, int day_first, ns_timex_parse *p)
{
    word w[MAXW];
    clear(p);
    if (family == NS_DF_NUMERIC)
        return read_numeric(text, len, day_first, p);
    memset(w, 0, sizeof w); /* (after the numeric dates, which read no words) */
    size_t n = split(text, len, w);
    if (family == NS_DF_CAL || family == NS_DF_TIME)
        n = spoken_years(w, n);
    if (n == 0)
        return 0;
    ns_timex_parse clock;
    clear(&clock);
    size_t at1 = 0;
    numinfo head;
    if (family == NS_DF_TIME && n == 1 && parse_num(w[0].s, &head) == 1 && head.digits == 4 &&
        head.hour < 0 && (int)head.v % 100 < 60 && (int)head.v / 100 < 24) {
        /* a live blog's head, "1647:", the only thing the time family
         * matches as four digits alone (mark_blog_stamps) */
        p->kind = NS_TX_CAL;
        set_clock(p, (int)head.v / 100, (int)head.v % 100, 0);
        return 1;
    }
    if (family == NS_DF_CAL || family == NS_DF_REL || family == NS_DF_TIME)
        at1 = read_clock(w, n, 0, &clock);
    int hour2 = -1, minute2 = 0;
    if (family == NS_DF_TIME && at1)
        clock_range(w, n, at1 - 1, &clock, &hour2, &minute2);
    p->type = NS_TT_DATE;
    switch (family) {
    case NS_DF_CAL:
        p->kind = NS_TX_CAL;
        if (n > 3 && STREQ(w[0].s, "the") && STREQ(w[1].s, "month") && STREQ(w[2].s, "of")) {
            memmove(&w[0], &w[3], (n - 3) * sizeof *w); /* the month of February */
            n -= 3;
        }
        numinfo d;
        if (n == 2 && STREQ(w[0].s, "the") && parse_num(w[1].s, &d) == 1 && d.ordinal &&
            d.digits <= 2) {
            /* the 15th: a day whose month the normaliser finds */
            if (d.v < 1 || d.v > 31)
                return 0;
            p->day = (int)d.v;
            return 1;
        }
        if (!read_calendar(w, n, p))
            return 0;
        /* "Tuesday evening, June 16th": that day's evening */
        if (n > 2 && LOOKUP(weekdays, w[0].s) && p->month && p->day && LOOKUP(pods, w[1].s))
            p->pod = (unsigned char)LOOKUP(pods, w[1].s);
        if (p->season && p->year2 && !p->month) {
            p->year2 = 0; /* "the winter of 2012-13": the winter that starts in 2012 */
            p->month2 = p->day2 = 0;
        }
        if (p->half && p->month && !p->quarter) {
            p->half = 0; /* "the second half of January": a part of the month, the month */
            p->mod = NULL;
        }
        if ((p->quarter || p->half) && !p->year && !p->offset &&
            (has_word(w, n, "previous") || has_word(w, n, "prior")))
            p->offset = -1; /* "the previous first half": a year back */
        if ((STREQ(w[0].s, "that") || has_word(w, n, "that") || has_word(w, n, "same")) &&
            (p->season || p->month) && !p->year && !p->day && !p->has_yrel)
            p->kind = NS_TX_ANAPHOR; /* that summer, March of that year: the story's */
        int weekend = n > 4 && STREQ(w[2].s, "weekend");
        if (n > 4 && (STREQ(w[3].s, "of") || STREQ(w[3].s, "in")) && p->month &&
            (LOOKUP(weekdays, w[2].s) || weekend) && STREQ(w[0].s, "the")) {
            /* the first Saturday in January, the last Monday of May; the
             * last weekend in June: the weekend of its last Saturday */
            int o = ordinal_of(w, n, 1);
            int last = STREQ(w[1].s, "last") || STREQ(w[1].s, "final");
            if (!last && (o < 1 || o > 4))
                return 0;
            p->weekday = weekend ? 6 : LOOKUP(weekdays, w[2].s);
            p->nth = last ? -1 : o;
            p->day = 0;
            if (weekend)
                p->unit = NS_TU_WEEKEND;
        }
        if (n > 4 && STREQ(w[2].s, "week") && STREQ(w[3].s, "of") && p->month) {
            /* the first (second, last) week of March: the ISO week of its
             * 4th (11th, last but three) day, the week most of whose days
             * are that month's */
            static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            int o = ordinal_of(w, n, 1);
            int last = STREQ(w[1].s, "last") || STREQ(w[1].s, "final");
            if (!last && (o < 1 || o > 4))
                return 0;
            p->day = last ? mdays[p->month - 1] - 3 : 7 * (o - 1) + 4;
            p->week = -1;
        }
        if (n > 2 && STREQ(w[1].s, "week") &&
            (STREQ(w[2].s, "of") || STREQ(w[2].s, "ended") || STREQ(w[2].s, "ending") ||
             STREQ(w[2].s, "beginning") || STREQ(w[2].s, "starting") ||
             STREQ(w[2].s, "commencing") || w[2].sep))
            p->week = -1; /* the week of (ended, beginning) March 6: the ISO week of that day */
        if (n > 3 && STREQ(w[1].s, "weekend") && STREQ(w[2].s, "of") && p->day)
            p->unit = NS_TU_WEEKEND; /* the weekend of June 8: the one that day is in or next to */
        if (!p->year && !p->month && !p->season && !p->quarter && !p->half && !p->unit &&
            !p->weekday)
            return 0;
        if (p->unit == NS_TU_QUARTER || p->unit == NS_TU_HALF) {
            /* the latest quarter, this quarter, the 1988 period */
            int dir = -1;
            for (size_t i = 0; i < n; i++) {
                int v = LOOKUP(relwords, w[i].s);
                if (v && v != 9)
                    dir = v == 100 ? 0 : v;
            }
            int same = has_word(w, n, "same") || has_word(w, n, "corresponding") ||
                       has_word(w, n, "comparable");
            /* the same period last year, the quarter a year ago: the
             * period under discussion, a year before */
            int back = p->offset == -1 || (p->has_yrel && p->yrel == -1 && !p->year);
            if (back && !p->year) {
                p->has_yrel = 0;
                p->yrel = 0;
                p->kind = NS_TX_REL;
                p->offset = -5;
                p->anchored = NS_ANCHOR_YEAR_BACK;
            } else if (p->year && p->ydigits == 4) {
                p->latest = 1;
            } else if (!p->has_yrel) {
                p->kind = NS_TX_REL;
                p->offset = dir;
                if (same)
                    p->anchored = NS_ANCHOR_SAME;
                else if (p->unit == NS_TU_QUARTER && dir == -1 && previous_word(w, n))
                    p->anchored = NS_ANCHOR_QUARTER_BACK;
            }
        }
        break;
    case NS_DF_REL:
        if (!read_relative(w, n, p))
            return 0;
        if (p->kind == NS_TX_CAL) {
            clear(p);
            p->kind = NS_TX_CAL;
            p->type = NS_TT_DATE;
            read_calendar(w, n, p);
            for (size_t i = 0; i < n && p->weekday && !p->month && !p->day; i++) {
                numinfo ni;
                if (parse_num(w[i].s, &ni) == 1 && ni.hour < 0 && ni.digits <= 2 && ni.v >= 1 &&
                    ni.v <= 31)
                    p->day = (int)ni.v; /* Friday the 7th: placed by the normaliser */
            }
            for (size_t i = 0; i < n; i++) {
                int v = LOOKUP(pods, w[i].s);
                if (v)
                    p->pod = (unsigned char)v;
            }
            if ((n == 2 || n == 3) && STREQ(w[0].s, "half") && STREQ(w[1].s, "year")) {
                p->unit = NS_TU_NONE;
                p->half = 1; /* half-year results: the first half */
            }
        }
        break;
    case NS_DF_SHIFT: return read_shift(w, n, p);
    case NS_DF_DURATION: return read_duration(w, n, p);
    case NS_DF_SET: return read_set(w, n, p);
    case NS_DF_REFWORD: return read_refword(w, n, p);
    case NS_DF_HOLIDAY: return read_holiday(w, n, p);
    case NS_DF_TIME:
        p->kind = NS_TX_CAL;
        read_calendar(w, zone_start(w, n), p);
        if (has_word(w, n, "yesterday") || has_word(w, n, "today") || has_word(w, n, "tomorrow") ||
            has_word(w, n, "tonight") || has_word(w, n, "last") || has_word(w, n, "this") ||
            has_word(w, n, "next")) {
            read_relative(w, n, p);
        }
        break;
    default: return 0;
    }
    if (clock.hour >= 1 && clock.hour <= 12 && !clock.pm) {
        /* 10 in the morning, 2:15 on Friday afternoon, 11 at night */
        for (size_t i = 0; i < n; i++) {
            int v = LOOKUP(pods, w[i].s);
            if (v == NS_POD_MO && clock.hour == 12)
                clock.hour = 0;
            else if ((v == NS_POD_AF || v == NS_POD_EV || (v == NS_POD_NI && clock.hour >= 6)) &&
                     clock.hour < 12)
                clock.hour += 12;
            if (v)
                break;
        }
    }
    if (clock.hour >= 0) {
        set_clock(p, clock.hour, clock.minute, 0);
        p->second = clock.second;
        p->pm = clock.pm;
        p->tz = find_tz(text, len);
        p->hour2 = hour2;
        p->minute2 = minute2;
    }
    if (p->pod && p->hour < 0 && p->kind != NS_TX_SET)
        p->type = NS_TT_TIME;
    /* Impossible days are no dates: February 30, April 31. */
    if (p->month && p->day &&
        p->day > (p->month == 2                                                         ? 29
                  : (p->month == 4 || p->month == 6 || p->month == 9 || p->month == 11) ? 30
                                                                                        : 31))
        return -1;
    return 1;
}

int ns_date_prefix_pod(const char *text, size_t len)
{
    word w[MAXW];
    memset(w, 0, sizeof w);
    size_t n = split(text, len, w);
    if (n < 3 || !STREQ(w[0].s, "the") || !STREQ(w[n - 1].s, "of"))
        return NS_POD_NONE;
    return LOOKUP(pods, w[n - 2].s);
}

const char *ns_date_prefix_mod(const char *text, size_t len)
{
    word w[MAXW];
    memset(w, 0, sizeof w);
    size_t n = split(text, len, w);
    for (size_t i = 0; i < n; i++) {
        const char *s = w[i].s;
        /* not TIMEX3 mods: the day itself, set by the normaliser */
        if (STREQ(s, "day") && i > 0)
            return STREQ(w[i - 1].s, "first") ? NS_MOD_FIRST_DAY : NS_MOD_LAST_DAY;
        if (STREQ(s, "early") || STREQ(s, "beginning") || STREQ(s, "start") || STREQ(s, "dawn"))
            return "START";
        if (STREQ(s, "close") && i + 1 == n)
            return "APPROX"; /* close to two hours (split drops "to"; "the close of" keeps "of") */
        if (STREQ(s, "late") || STREQ(s, "end") || STREQ(s, "close") || STREQ(s, "turn"))
            return "END";
        if (STREQ(s, "mid") || STREQ(s, "middle"))
            return "MID";
        if (STREQ(s, "about") || STREQ(s, "around") || STREQ(s, "approximately") ||
            STREQ(s, "roughly") || STREQ(s, "some"))
            return "APPROX";
        if (STREQ(s, "more") || STREQ(s, "over") || STREQ(s, "longer"))
            return "MORE_THAN";
        if (STREQ(s, "less") || STREQ(s, "fewer") || STREQ(s, "under") || STREQ(s, "shorter") ||
            STREQ(s, "nearly") || STREQ(s, "almost") || STREQ(s, "within"))
            return "LESS_THAN";
        if (STREQ(s, "least") || STREQ(s, "minimum"))
            return "EQUAL_OR_MORE";
        if (STREQ(s, "most") || STREQ(s, "maximum") || STREQ(s, "up") ||
            (STREQ(s, "no") && i + 1 < n && STREQ(w[i + 1].s, "more")))
            return "EQUAL_OR_LESS";
        if (STREQ(s, "no") && i + 1 < n && STREQ(w[i + 1].s, "less"))
            return "EQUAL_OR_MORE";
        if (STREQ(s, "not") && i + 1 < n && STREQ(w[i + 1].s, "until"))
            return "ON_OR_AFTER";
        if (STREQ(s, "as") && i + 1 < n)
            return STREQ(w[i + 1].s, "early")      ? "ON_OR_BEFORE"
                   : STREQ(w[i + 1].s, "late")     ? "ON_OR_AFTER"
                   : STREQ(w[i + 1].s, "recently") ? "ON_OR_AFTER"
                                                   : "EQUAL_OR_LESS";
    }
    return NULL;
}
