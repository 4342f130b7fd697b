/* The DATE recogniser's surface patterns (pcre2, case-insensitive, ASCII,
 * each anchored at a candidate token). A pattern only decides where an
 * expression ends and which family it belongs to; recognize/date_words.c
 * reads its meaning word by word. Depends on nothing. */
#ifndef NS_RECOGNIZE_DATE_PATTERNS_H
#define NS_RECOGNIZE_DATE_PATTERNS_H

/* Families: how the words of a match are read. */
enum ns_date_family {
    NS_DF_CAL,      /* calendar dates, months, years, decades, seasons, quarters */
    NS_DF_NUMERIC,  /* 2024-03-04, 3/4/2024 */
    NS_DF_REL,      /* last week, yesterday, this morning, next Tuesday */
    NS_DF_SHIFT,    /* two days ago, a year earlier, year-earlier */
    NS_DF_DURATION, /* 90-day, four to five weeks, the past several months */
    NS_DF_SET,      /* every Sunday, monthly, twice a week */
    NS_DF_TIME,     /* 3 p.m. EDT Thursday, noon */
    NS_DF_REFWORD,  /* now, recently, the future */
    NS_DF_HOLIDAY   /* Christmas, Thanksgiving Day */
};

/* Word classes of the recogniser's trigger lexicon (recognize/dates.c):
 * which patterns a word can start, and what it says about tense. */
enum {
    C_NUM = 1u << 0, /* a plain number: 12, 1,200, 4.5 */
    C_MONTH = 1u << 1,
    C_WD = 1u << 2,
    C_THE = 1u << 3,
    C_REL = 1u << 4,
    C_NUMW = 1u << 5,
    C_ORD = 1u << 6,
    C_DEIC = 1u << 7,
    C_SET = 1u << 8,
    C_CLOCK = 1u << 9,
    C_REFW = 1u << 10,
    C_SEASON = 1u << 11,
    C_FISCAL = 1u << 12,
    C_UNIT = 1u << 13,
    C_MOD = 1u << 14,
    C_FROM = 1u << 15,
    C_HOL = 1u << 16,
    C_Q = 1u << 17,
    C_PREFIX = 1u << 18, /* starts a modifier before a date: about, early */
    C_FOLLOW = 1u << 19, /* only after the, a or a number */
    C_N4 = 1u << 20,     /* four digits, 1000-2999: a year? */
    C_NSEP = 1u << 21,   /* digits with - or /: 2024-03-04, 3/4, 90-day */
    C_NCLK = 1u << 22,   /* a clock: 15:30, 3pm */
    C_NLET = 1u << 23,   /* digits with letters: 21st, 1990s, '90s, 3Q */
    C_PW = 1u << 24,     /* starts a modifier only before a C_P2 word: the end of */
    C_NISO = 1u << 25,   /* four digits and a dash: 2024-03-04, 2019-21 */
    C_NSLASH = 1u << 26, /* digits with a slash: 3/4/2024 */
    C_STARTS = (1u << 27) - 1,
    C_P2 = 1u << 27,   /* second words of modifiers: end, least, than, until */
    C_BE = 1u << 28,   /* be, is, been: a participle after it is no past */
    C_JOIN = 1u << 29, /* to, or, and, a dash: joins the ends of a range */
    C_FUT = 1u << 30,  /* a sign of the future tense: will, expected, next */
    C_PAST = 1u << 31, /* a sign of the past: said, was, ago */
    C_ANYNUM = C_NUM | C_N4 | C_NSEP | C_NCLK | C_NLET | C_NISO | C_NSLASH
};

/* Cheap token tests in recognize/dates.c that must pass before a pattern's
 * regex is run: each says what the pattern cannot match without. */
enum ns_date_gate {
    NS_DG_NONE,
    NS_DG_SET,      /* a weekday only as a plural: Sundays */
    NS_DG_Q,        /* Q3, 3Q, H1: a capital Q or H near */
    NS_DG_DECADE,   /* the number ends in s: 1990s, '80s */
    NS_DG_TIME,     /* a number only as a clock, or before a.m./GMT */
    NS_DG_HOLIDAY,  /* "new", "good", "labor": only before their second word */
    NS_DG_REL,      /* last/next/this only before a unit, weekday, month, season or part of day */
    NS_DG_ISOMONTH, /* 2024-03, not 2024-03-04 */
    NS_DG_QUARTER,  /* a word quarter, half or period near */
    NS_DG_YEAR,     /* a number word only as a spoken year: nineteen, two thousand */
    NS_DG_MD,       /* a month, then a number */
    NS_DG_MY,       /* a month, then a year (or this/last/next year) */
    NS_DG_SHIFT,    /* ago, earlier, back, from now or hence near */
    NS_DG_CENTURY,  /* a word in c near */
    NS_DG_SLASH,    /* two slashes: 3/4/2024 */
    NS_DG_DURATION, /* not from an ISO date or "this" */
    NS_DG_REFWORD,  /* "these" only before days, "the" before near/distant/future/past */
    NS_DG_FULLYEAR, /* full or half */
    NS_DG_YY,       /* an apostrophe: '91 */
    NS_DG_YEAREND,  /* year or end, after "the" if it opens */
    NS_DG_FY,       /* a capital FY */
    NS_DG_POD,      /* early, late, mid, by, at, until, in or during before it */
    NS_DG_DECADEW,  /* a word in -ties near: the nineties */
    NS_DG_SEASON,   /* a season's name near */
    NS_DG_DAYONLY,  /* a day number with its suffix next: the 15th */
    NS_DG_DM        /* a number or ordinal before the month */
};

typedef struct ns_date_pattern {
    const char *name;
    int family;
    unsigned starts;    /* the word classes a match may start with */
    unsigned after_the; /* when it starts with "the": the classes of the next word */
    unsigned needs;     /* a class one of its first `window` tokens must have, or 0 */
    unsigned window;    /* 1..NS_DP_WINDOW */
    const char *re;
    int gate; /* enum ns_date_gate */
} ns_date_pattern;

#define NS_DP_WINDOW 6
#define NS_DP_COUNT 31 /* at most 32: recognize/dates.c keeps sets of them in a uint32_t */
extern const ns_date_pattern ns_date_patterns[NS_DP_COUNT];
/* Words before a core expression that modify it (early, the end of, about). */
extern const char *const ns_date_prefix_re;

#endif
