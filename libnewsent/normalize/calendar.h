/* Proleptic Gregorian calendar arithmetic for TIMEX3 resolution: day
 * numbers, weekdays, ISO 8601 weeks, month ends and leap years. Pure
 * functions, no state; years may be far in the past or future (|y| < 10^6). */
#ifndef NS_NORMALIZE_CALENDAR_H
#define NS_NORMALIZE_CALENDAR_H

#include <stdint.h>

typedef struct ns_ymd {
    int y, m, d;
} ns_ymd;

int ns_cal_is_leap(int y);
/* 28..31; 0 for a month outside 1..12. */
int ns_cal_days_in_month(int y, int m);
/* 1 when y-m-d names a real day (no 30 February). */
int ns_cal_valid(int y, int m, int d);
/* Days since 1970-01-01 (negative before), and back. */
int64_t ns_cal_to_days(ns_ymd t);
ns_ymd ns_cal_from_days(int64_t z);
/* ISO weekday: 1 Monday .. 7 Sunday. */
int ns_cal_weekday(ns_ymd t);
ns_ymd ns_cal_add_days(ns_ymd t, int64_t n);
/* Moves by whole months, clamping the day to the new month's end
 * (31 January + 1 month = 29 February in a leap year). */
ns_ymd ns_cal_add_months(ns_ymd t, int n);
/* The ISO 8601 week-numbering year and week (1..53) of a day. */
void ns_cal_iso_week(ns_ymd t, int *wyear, int *week);
/* 52 or 53. */
int ns_cal_iso_weeks_in_year(int wyear);
/* The Monday of ISO week (wyear, week); week may run past the year's last
 * week or below 1, moving into the neighbouring years. */
ns_ymd ns_cal_iso_week_monday(int wyear, int week);
/* The quarter (1..4) a month lies in. */
int ns_cal_quarter(int m);

#endif
