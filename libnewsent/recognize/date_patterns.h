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

typedef struct ns_date_pattern {
    const char *name;
    int family;
    const char *re;
} ns_date_pattern;

#define NS_DP_COUNT 24
extern const ns_date_pattern ns_date_patterns[NS_DP_COUNT];
/* Words before a core expression that modify it (early, the end of, about). */
extern const char *const ns_date_prefix_re;

#endif
