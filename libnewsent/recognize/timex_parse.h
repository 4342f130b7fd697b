/* What the DATE recogniser understood of an expression, before it is
 * resolved against the reference date (normalize/timex). Fields not written
 * in the text are 0. */
#ifndef NS_RECOGNIZE_TIMEX_PARSE_H
#define NS_RECOGNIZE_TIMEX_PARSE_H

typedef struct ns_timex_parse {
    int year;  /* 0: not written */
    int month; /* 1-12, 0: not written */
    int day;   /* 1-31, 0: not written */
} ns_timex_parse;

#endif
