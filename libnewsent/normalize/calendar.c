#include "normalize/calendar.h"

int ns_cal_is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int ns_cal_days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && ns_cal_is_leap(y) ? 29 : dm[m - 1];
}

int ns_cal_valid(int y, int m, int d)
{
    return d >= 1 && d <= ns_cal_days_in_month(y, m);
}

/* Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date,
 * with floor division so that negative years work too. */
int64_t ns_cal_to_days(ns_ymd t)
{
    int64_t y = (int64_t)t.y - (t.m <= 2);
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t mp = (t.m + 9) % 12;
    int64_t doy = (153 * mp + 2) / 5 + t.d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

ns_ymd ns_cal_from_days(int64_t z)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    ns_ymd r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(yoe + era * 400 + (r.m <= 2));
    return r;
}

int ns_cal_weekday(ns_ymd t)
{
    int64_t z = ns_cal_to_days(t); /* 1970-01-01 was a Thursday (4) */
    int64_t w = (z + 3) % 7;
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

ns_ymd ns_cal_add_days(ns_ymd t, int64_t n)
{
    return ns_cal_from_days(ns_cal_to_days(t) + n);
}

ns_ymd ns_cal_add_months(ns_ymd t, int n)
{
    int64_t k = (int64_t)t.y * 12 + (t.m - 1) + n;
    int64_t y = k >= 0 ? k / 12 : -((-k + 11) / 12);
    ns_ymd r = {(int)y, (int)(k - y * 12) + 1, t.d};
    int dim = ns_cal_days_in_month(r.y, r.m);
    if (r.d > dim)
        r.d = dim;
    return r;
}

void ns_cal_iso_week(ns_ymd t, int *wyear, int *week)
{
    /* The week belongs to the year its Thursday falls in. */
    ns_ymd thu = ns_cal_add_days(t, 4 - ns_cal_weekday(t));
    ns_ymd jan1 = {thu.y, 1, 1};
    *wyear = thu.y;
    *week = (int)((ns_cal_to_days(thu) - ns_cal_to_days(jan1)) / 7) + 1;
}

int ns_cal_iso_weeks_in_year(int wyear)
{
    ns_ymd dec28 = {wyear, 12, 28}; /* always in the year's last week */
    int y, w;
    ns_cal_iso_week(dec28, &y, &w);
    return w;
}

ns_ymd ns_cal_iso_week_monday(int wyear, int week)
{
    ns_ymd jan4 = {wyear, 1, 4}; /* always in week 1 */
    ns_ymd mon1 = ns_cal_add_days(jan4, 1 - ns_cal_weekday(jan4));
    return ns_cal_add_days(mon1, (int64_t)(week - 1) * 7);
}

int ns_cal_quarter(int m)
{
    return (m - 1) / 3 + 1;
}
