/* normalize/calendar: day numbers, weekdays, ISO weeks, month ends and leap
 * years, table-driven, including far past and far future years. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "normalize/calendar.h"

typedef struct day_case {
    int y, m, d;
    int64_t days;    /* since 1970-01-01 */
    int weekday;     /* 1 Monday .. 7 Sunday */
    int wyear, week; /* ISO week */
} day_case;

static const day_case days[] = {
    {1970, 1, 1, 0, 4, 1970, 1},          {1969, 12, 31, -1, 3, 1970, 1},
    {2000, 1, 1, 10957, 6, 1999, 52},     {2000, 2, 29, 11016, 2, 2000, 9},
    {2000, 3, 1, 11017, 3, 2000, 9},      {2004, 12, 31, 12783, 5, 2004, 53},
    {2005, 1, 1, 12784, 6, 2004, 53},     {2005, 1, 2, 12785, 7, 2004, 53},
    {2005, 1, 3, 12786, 1, 2005, 1},      {2008, 12, 29, 14242, 1, 2009, 1},
    {2009, 12, 31, 14609, 4, 2009, 53},   {2010, 1, 3, 14612, 7, 2009, 53},
    {2015, 12, 31, 16800, 4, 2015, 53},   {2016, 1, 3, 16803, 7, 2015, 53},
    {2016, 1, 4, 16804, 1, 2016, 1},      {2020, 12, 31, 18627, 4, 2020, 53},
    {2021, 1, 1, 18628, 5, 2020, 53},     {2021, 1, 4, 18631, 1, 2021, 1},
    {2024, 2, 29, 19782, 4, 2024, 9},     {2024, 3, 6, 19788, 3, 2024, 10},
    {2024, 12, 30, 20087, 1, 2025, 1},    {2026, 12, 31, 20818, 4, 2026, 53},
    {2027, 1, 1, 20819, 5, 2026, 53},     {1900, 3, 1, -25508, 4, 1900, 9},
    {1600, 2, 29, -135081, 2, 1600, 9},   {1, 1, 1, -719162, 1, 1, 1},
    {9999, 12, 31, 2932896, 5, 9999, 52}, {-1, 12, 31, -719529, 5, -1, 52},
};

static void test_days(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
        const day_case *c = &days[i];
        ns_ymd t = {c->y, c->m, c->d};
        assert_int_equal(ns_cal_to_days(t), c->days);
        ns_ymd back = ns_cal_from_days(c->days);
        assert_int_equal(back.y, c->y);
        assert_int_equal(back.m, c->m);
        assert_int_equal(back.d, c->d);
        assert_int_equal(ns_cal_weekday(t), c->weekday);
        int wy, w;
        ns_cal_iso_week(t, &wy, &w);
        assert_int_equal(wy, c->wyear);
        assert_int_equal(w, c->week);
        /* the Monday of that week is at most six days before */
        ns_ymd mon = ns_cal_iso_week_monday(wy, w);
        int64_t gap = ns_cal_to_days(t) - ns_cal_to_days(mon);
        assert_true(gap >= 0 && gap <= 6);
        assert_int_equal(gap, c->weekday - 1);
    }
}

static void test_round_trip_everywhere(void **state)
{
    (void)state;
    /* every day from 1600 to 2400: next day follows, weekday cycles */
    ns_ymd prev = {1599, 12, 31};
    int pw = ns_cal_weekday(prev);
    for (int64_t z = ns_cal_to_days((ns_ymd){1600, 1, 1});
         z <= ns_cal_to_days((ns_ymd){2400, 12, 31}); z++) {
        ns_ymd t = ns_cal_from_days(z);
        assert_true(ns_cal_valid(t.y, t.m, t.d));
        assert_int_equal(ns_cal_to_days(t), z);
        int w = ns_cal_weekday(t);
        assert_int_equal(w, pw % 7 + 1);
        pw = w;
        prev = t;
    }
    (void)prev;
}

typedef struct leap_case {
    int y, leap, feb;
} leap_case;

static const leap_case leaps[] = {
    {1900, 0, 28}, {2000, 1, 29}, {2023, 0, 28}, {2024, 1, 29}, {2100, 0, 28},
    {2400, 1, 29}, {1600, 1, 29}, {1700, 0, 28}, {1996, 1, 29}, {1999, 0, 28},
    {4, 1, 29},    {0, 1, 29},    {-4, 1, 29},   {-100, 0, 28}, {3000, 0, 28},
};

static void test_leap(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof leaps / sizeof leaps[0]; i++) {
        assert_int_equal(ns_cal_is_leap(leaps[i].y), leaps[i].leap);
        assert_int_equal(ns_cal_days_in_month(leaps[i].y, 2), leaps[i].feb);
        assert_int_equal(ns_cal_valid(leaps[i].y, 2, 29), leaps[i].leap);
    }
    assert_int_equal(ns_cal_days_in_month(2024, 4), 30);
    assert_int_equal(ns_cal_days_in_month(2024, 12), 31);
    assert_int_equal(ns_cal_days_in_month(2024, 0), 0);
    assert_int_equal(ns_cal_days_in_month(2024, 13), 0);
    assert_false(ns_cal_valid(2023, 2, 30));
    assert_false(ns_cal_valid(2024, 4, 31));
    assert_false(ns_cal_valid(2024, 6, 0));
    assert_true(ns_cal_valid(2024, 12, 31));
}

typedef struct move_case {
    int y, m, d, months;
    int64_t add_days;
    int ry, rm, rd; /* after add_months */
    int dy, dm, dd; /* after add_days */
} move_case;

static const move_case moves[] = {
    {2024, 1, 31, 1, 1, 2024, 2, 29, 2024, 2, 1},
    {2023, 1, 31, 1, 29, 2023, 2, 28, 2023, 3, 1},
    {2024, 3, 31, -1, -31, 2024, 2, 29, 2024, 2, 29},
    {2024, 12, 15, 1, 17, 2025, 1, 15, 2025, 1, 1},
    {2025, 1, 1, -1, -1, 2024, 12, 1, 2024, 12, 31},
    {2024, 5, 31, -3, 366, 2024, 2, 29, 2025, 6, 1},
    {2000, 2, 29, 12, 365, 2001, 2, 28, 2001, 2, 28},
    {2000, 2, 29, 48, 1461, 2004, 2, 29, 2004, 2, 29},
    {1999, 12, 31, 0, 1, 1999, 12, 31, 2000, 1, 1},
    {2024, 8, 31, -6, -184, 2024, 2, 29, 2024, 2, 29},
    {1, 1, 1, -1, -1, 0, 12, 1, 0, 12, 31},
    {9999, 12, 31, 1, 1, 10000, 1, 31, 10000, 1, 1},
    {2024, 10, 31, 1, 30, 2024, 11, 30, 2024, 11, 30},
    {2024, 1, 15, -25, -400, 2021, 12, 15, 2022, 12, 11},
};

static void test_moves(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof moves / sizeof moves[0]; i++) {
        const move_case *c = &moves[i];
        ns_ymd t = {c->y, c->m, c->d};
        ns_ymd a = ns_cal_add_months(t, c->months);
        assert_int_equal(a.y, c->ry);
        assert_int_equal(a.m, c->rm);
        assert_int_equal(a.d, c->rd);
        ns_ymd b = ns_cal_add_days(t, c->add_days);
        assert_int_equal(b.y, c->dy);
        assert_int_equal(b.m, c->dm);
        assert_int_equal(b.d, c->dd);
    }
}

typedef struct weeks_case {
    int wyear, weeks;
    int my, mm, md; /* Monday of week 1 */
} weeks_case;

static const weeks_case weeks[] = {
    {2004, 53, 2003, 12, 29}, {2009, 53, 2008, 12, 29}, {2015, 53, 2014, 12, 29},
    {2020, 53, 2019, 12, 30}, {2026, 53, 2025, 12, 29}, {2021, 52, 2021, 1, 4},
    {2023, 52, 2023, 1, 2},   {2024, 52, 2024, 1, 1},   {2025, 52, 2024, 12, 30},
    {1998, 53, 1997, 12, 29}, {1999, 52, 1999, 1, 4},   {2032, 53, 2031, 12, 29},
};

static void test_weeks(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof weeks / sizeof weeks[0]; i++) {
        const weeks_case *c = &weeks[i];
        assert_int_equal(ns_cal_iso_weeks_in_year(c->wyear), c->weeks);
        ns_ymd mon = ns_cal_iso_week_monday(c->wyear, 1);
        assert_int_equal(mon.y, c->my);
        assert_int_equal(mon.m, c->mm);
        assert_int_equal(mon.d, c->md);
        /* the week after the last is week 1 of the next year */
        ns_ymd after = ns_cal_iso_week_monday(c->wyear, c->weeks + 1);
        int wy, w;
        ns_cal_iso_week(after, &wy, &w);
        assert_int_equal(wy, c->wyear + 1);
        assert_int_equal(w, 1);
    }
    for (int m = 1; m <= 12; m++)
        assert_int_equal(ns_cal_quarter(m), (m - 1) / 3 + 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_days),  cmocka_unit_test(test_round_trip_everywhere),
        cmocka_unit_test(test_leap),  cmocka_unit_test(test_moves),
        cmocka_unit_test(test_weeks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
