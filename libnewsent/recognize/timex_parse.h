/* What the DATE recogniser understood of an expression, before it is
 * resolved against the reference date (normalize/timex). The recogniser
 * only reads the text; every use of the reference date, the calendar and
 * the rest of the document is the normaliser's. Fields not written in the
 * text are 0 (hour and minute: -1). */
#ifndef NS_RECOGNIZE_TIMEX_PARSE_H
#define NS_RECOGNIZE_TIMEX_PARSE_H

/* How the value is resolved. */
enum ns_tx_kind {
    NS_TX_CAL = 1,  /* calendar parts as written: March 4, 2024; Q3; the 1990s */
    NS_TX_REL,      /* an offset in `unit` from the reference: last week,
                       yesterday, next Tuesday, this spring */
    NS_TX_SHIFT,    /* count units before/after the reference: two days ago */
    NS_TX_DURATION, /* P90D, four to five weeks */
    NS_TX_SET,      /* every Sunday, monthly, twice a week */
    NS_TX_REFWORD,  /* now, recently, the future: PRESENT_REF etc. */
    NS_TX_ANAPHOR   /* the same day: the date mentioned before */
};

/* TIMEX3 types, and granularity units. */
enum ns_tx_type { NS_TT_DATE = 1, NS_TT_TIME, NS_TT_DURATION, NS_TT_SET };
enum ns_tx_unit {
    NS_TU_NONE = 0,
    NS_TU_SECOND,
    NS_TU_MINUTE,
    NS_TU_HOUR,
    NS_TU_POD, /* a part of a day: morning, night */
    NS_TU_DAY,
    NS_TU_WEEKEND,
    NS_TU_WEEK,
    NS_TU_MONTH,
    NS_TU_QUARTER,
    NS_TU_HALF,
    NS_TU_SEASON,
    NS_TU_YEAR,
    NS_TU_DECADE,
    NS_TU_CENTURY,
    NS_TU_MILLENNIUM
};
/* Parts of a day, as TIMEX3 writes them. */
enum ns_tx_pod {
    NS_POD_NONE = 0,
    NS_POD_MO,
    NS_POD_MI,
    NS_POD_AF,
    NS_POD_EV,
    NS_POD_NI,
    NS_POD_DT
};
enum ns_tx_ref { NS_REF_PRESENT = 1, NS_REF_PAST, NS_REF_FUTURE };
/* Holidays whose date moves with the year (the fixed ones are month/day). */
enum ns_tx_holiday {
    NS_HOL_EASTER = 1,
    NS_HOL_GOOD_FRIDAY,
    NS_HOL_EASTER_MONDAY,
    NS_HOL_THANKSGIVING,    /* US: fourth Thursday of November */
    NS_HOL_LABOR_DAY,       /* US: first Monday of September */
    NS_HOL_MEMORIAL_DAY,    /* US: last Monday of May */
    NS_HOL_MLK_DAY,         /* third Monday of January */
    NS_HOL_PRESIDENTS_DAY,  /* third Monday of February */
    NS_HOL_COLUMBUS_DAY,    /* second Monday of October */
    NS_HOL_MOTHERS_DAY,     /* US: second Sunday of May */
    NS_HOL_FATHERS_DAY,     /* third Sunday of June */
    NS_HOL_ELECTION_DAY,    /* US: the Tuesday after the first Monday of November */
    NS_HOL_BLACK_FRIDAY,    /* the day after Thanksgiving */
    NS_HOL_CYBER_MONDAY,    /* the Monday after Thanksgiving */
    NS_HOL_LUNAR_NEW_YEAR,  /* the first day of the Chinese calendar's year, 1990-2040 */
    NS_HOL_ASH_WEDNESDAY,   /* 46 days before Easter */
    NS_HOL_PALM_SUNDAY,     /* the Sunday before Easter */
    NS_HOL_REMEMBRANCE_SUN, /* UK: the second Sunday of November */
    NS_HOL_EID_AL_FITR,     /* from a table (normalize/feasts.inc), 2000-2040 */
    NS_HOL_EID_AL_ADHA,
    NS_HOL_EID,    /* "Eid" alone: whichever of the two the text means */
    NS_HOL_DIWALI, /* from a table, 2001-2035 */
    NS_HOL_HOLI,
    NS_HOL_PATRIOTS_DAY,    /* US (Massachusetts, Maine): third Monday of April */
    NS_HOL_EARLY_MAY_BANK,  /* UK: first Monday of May */
    NS_HOL_SPRING_BANK,     /* UK: last Monday of May */
    NS_HOL_SUMMER_BANK,     /* UK: last Monday of August */
    NS_HOL_SHROVE_TUESDAY,  /* Mardi Gras, Pancake Day: 47 days before Easter */
    NS_HOL_ORTHODOX_EASTER, /* the Julian calendar's Easter, in the Gregorian */
    NS_HOL_CA_THANKSGIVING, /* Canada: second Monday of October */
    NS_HOL_LUNAR_EVE,       /* the day before the Lunar New Year */
    NS_HOL_RAMADAN,         /* from tables: the month its middle falls in, 2000-2040 */
    NS_HOL_ASHURA,
    NS_HOL_PASSOVER, /* the Hebrew calendar's feasts, 1950-2060 */
    NS_HOL_SHAVUOT,
    NS_HOL_PURIM,
    NS_HOL_ROSH_HASHANAH,
    NS_HOL_YOM_KIPPUR,
    NS_HOL_SUKKOT,
    NS_HOL_HANUKKAH,
    NS_HOL_MAKAR_SANKRANTI, /* India's lists, 2001-2035 */
    NS_HOL_PONGAL,
    NS_HOL_MAHA_SHIVARATRI,
    NS_HOL_RAM_NAVAMI,
    NS_HOL_JANMASHTAMI,
    NS_HOL_GANESH_CHATURTHI,
    NS_HOL_ONAM,
    NS_HOL_DUSSEHRA,
    NS_HOL_RAKSHA_BANDHAN,
    NS_HOL_VAISAKHI,
    NS_HOL_MAUNDY_THURSDAY, /* Holy Thursday: 3 days before Easter */
    NS_HOL_HOLY_SATURDAY,   /* the day before Easter */
    NS_HOL_MOTHERING_SUN,   /* UK: 21 days before Easter */
    NS_HOL_ASCENSION,       /* 39 days after Easter */
    NS_HOL_PENTECOST,       /* Whit Sunday: 49 days after Easter */
    NS_HOL_WHIT_MONDAY,     /* 50 days after Easter */
    NS_HOL_TRINITY_SUNDAY,  /* 56 days after Easter */
    NS_HOL_VICTORIA_DAY,    /* Canada: the Monday before May 25 */
    NS_HOL_ADVENT_SUNDAY,   /* the fourth Sunday before Christmas */
    NS_HOL_KINGS_DAY        /* the Netherlands: April 27, the 26th when that is a Sunday */
};

/* Expressions placed by the period the text is discussing rather than by
 * the reference date: business news compares "the third quarter" with "a
 * year earlier" (the third quarter of the year before). */
enum ns_tx_anchor {
    NS_ANCHOR_NONE = 0,
    NS_ANCHOR_SAME,         /* the same period, the corresponding quarter */
    NS_ANCHOR_YEAR_BACK,    /* a year ago, year-ago, the same period last year */
    NS_ANCHOR_YEAR_EARLIER, /* a year earlier: also from a year just written */
    NS_ANCHOR_QUARTER_BACK  /* the previous quarter: the one before the one discussed */
};

/* Not TIMEX3 mods but what a prefix names: "the first (last) day of the
 * month" is that day; the normaliser turns the period into it. */
#define NS_MOD_FIRST_DAY "FIRST_DAY"
#define NS_MOD_LAST_DAY "LAST_DAY"

typedef struct ns_timex_parse {
    unsigned char kind, type, unit, pod;
    signed char tense; /* the sentence's tense: -1 past, 1 future, 0 unknown */
    unsigned char fiscal;
    unsigned char dayfirst_ambiguous; /* 3/4/2024 read per the day-first flag */
    unsigned char latest;             /* "the latest quarter": the last completed one */
    unsigned char anchored;           /* NS_ANCHOR_*: placed by the period under discussion */
    signed char before_after;         /* "the week before Christmas": -1 before, 1 after the
                                         DATE that follows; 0 none */
    unsigned char ahead;              /* "the week ahead": this one, or the next near its end */
    unsigned char earlier;     /* "a day earlier", "a month earlier": from the date just named */
    unsigned char to_day;      /* "twenty years ago today": that day, not the year (1);
                                  "... this week", "... this month": that week (2), month (3) */
    unsigned char feast;       /* named by a feast ("New Year's Day"), not a date */
    signed char feast_dir;     /* "last Easter" -1, "next Easter" 1, else 0 */
    unsigned char decimal;     /* the count written with a decimal ("34.1 hours") */
    unsigned char overnight;   /* "overnight" alone: the night just gone */
    unsigned char year2_short; /* the range's end year written with two digits
                                  ("2023-24": one season, not two years) */
    int year;                  /* 0: not written; with century digits only, see ydigits */
    int ydigits;               /* 4: a year, 3: a decade (199), 2: a century (19) */
    int month, day;            /* 0: not written */
    int weekday;               /* 1 Monday .. 7 Sunday */
    int nth;                   /* with month and weekday: the nth such day of the
                                  month (1..4), -1 the last ("the first Saturday
                                  in January") */
    int season;                /* 1 spring, 2 summer, 3 fall, 4 winter */
    int quarter, half;         /* 1..4, 1..2 */
    int week;                  /* -1: the ISO week of the date (the week of March 6) */
    int hour, minute;          /* -1: none */
    int second;                /* 1..59 as written; 0: none or ":00" */
    int hour2, minute2;        /* the end of a clock range (5-6 pm); hour2 -1: none */
    int year2, month2, day2;   /* the end of a range; 0: no range */
    int offset;                /* NS_TX_REL/SHIFT: signed units; REFWORD: ns_tx_ref */
    int yrel;                  /* with has_yrel: the year is the reference's plus yrel
                                  ("the first half of next year") */
    unsigned char has_yrel;
    unsigned char pm;     /* 1: a.m., 2: p.m. written */
    unsigned char rate;   /* a SET that is a rate ("$5 a day"), no habit */
    double count, count2; /* durations and sets; < 0: unknown count (X) */
    int holiday;          /* NS_HOL_*: a feast resolved per year, 0: none */
    const char *tz;       /* a time zone as written (static), or NULL */
    const char *mod;      /* TIMEX3 mod (static), or NULL */
} ns_timex_parse;

#endif
