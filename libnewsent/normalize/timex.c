/* TIMEX3 values for DATE entities: each parse from recognize/dates is
 * resolved against the reference date (and, for "the same day", against the
 * date the document mentioned before). All calendar arithmetic is in
 * normalize/calendar. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize/calendar.h"
#include "normalize/normalize.h"
#include "recognize/timex_parse.h"

typedef struct vbuf {
    char s[64];
} vbuf;

static const char *const pod_code[] = {"", "MO", "MI", "AF", "EV", "NI", "DT"};
static const char *const season_code[] = {"", "SP", "SU", "FA", "WI"};

static int season_of_month(int m)
{
    return m >= 3 && m <= 5 ? 1 : m <= 8 && m >= 6 ? 2 : m >= 9 && m <= 11 ? 3 : 4;
}

/* The season of month m in the order of its year: the winter of January
 * and February comes before spring (0), December's after fall (4). */
static int season_rank(int m)
{
    return m <= 2 ? 0 : season_of_month(m);
}

static void put_day(vbuf *b, ns_ymd t)
{
    snprintf(b->s, sizeof b->s, "%04d-%02d-%02d", t.y, t.m, t.d);
}

/* Appends the clock time or part of day a parse carries. */
static void put_time(vbuf *b, const ns_timex_parse *p)
{
    size_t n = strlen(b->s);
    if (p->hour >= 0 && p->second > 0)
        snprintf(b->s + n, sizeof b->s - n, "T%02d:%02d:%02d", p->hour, p->minute, p->second);
    else if (p->hour >= 0)
        snprintf(b->s + n, sizeof b->s - n, "T%02d:%02d", p->hour, p->minute);
    else if (p->pod)
        snprintf(b->s + n, sizeof b->s - n, "T%s", pod_code[p->pod]);
}

/* A year for a month (and day) written without one: the occurrence the
 * sentence's tense points to, else the nearest one (a later month counting
 * twice its distance). A tense of -2 ("since")
 * rules out every later date. */
static int infer_year(ns_ymd ref, int m, int d, int tense)
{
    int dd = d ? d : 15;
    int64_t r = ns_cal_to_days(ref);
    int best = ref.y;
    int64_t bestdist = -1;
    for (int y = ref.y - 1; y <= ref.y + 1; y++) {
        int dm = ns_cal_days_in_month(y, m);
        ns_ymd t = {y, m, dd > dm ? dm : dd};
        int64_t diff = ns_cal_to_days(t) - r;
        int64_t dist = diff < 0 ? -diff : diff;
        /* a tense moves the choice only for dates clearly on its wrong side */
        if (tense < 0 && diff > (tense < -1 ? 0 : d ? 60 : 14))
            dist += 1000;
        if (tense > 0 && diff < -(d ? (tense > 1 ? 0 : 60) : 31))
            dist += 1000;
        /* "will be held in December", said on 3 January: not the December
         * that has ended */
        if (tense > 0 && !d && diff + (dm - dd) < 0)
            dist += 1000;
        /* with no cue, news leans to what has happened: a later month
         * wins only when it is less than half as far as the earlier one
         * ("rising to a high in June from $29.75 in March", said in
         * October, is this March; "in January", said on 26 December, next).
         * A day keeps the nearest: "Voters go to the polls on Nov. 4",
         * said in May, is ahead. */
        if (!tense && !d && diff > 0)
            dist *= 2;
        if (bestdist < 0 || dist < bestdist) {
            best = y;
            bestdist = dist;
        }
    }
    return best;
}

/* "Monday, Sept. 1" written without a year: the year in which Sept. 1 is
 * a Monday, when that day lies within about nine months of the reference
 * (festivals and tours announce their dates that far ahead; in three years
 * running a day falls on three different weekdays, so at most one fits).
 * Further off, the weekday is more likely a slip in the
 * copy than a pointer to another year ("Labor Day, Monday, September 1"
 * in 1996, when it was Monday the 2nd): the year stays the tense's. */
static int weekday_year(ns_ymd ref, const ns_timex_parse *p, int fallback)
{
    if (!p->weekday)
        return fallback;
    int64_t r = ns_cal_to_days(ref);
    for (int y = ref.y - 1; y <= ref.y + 1; y++) {
        ns_ymd t = {y, p->month, p->day};
        int64_t diff = ns_cal_to_days(t) - r;
        /* nor against the tense: "Classes started on Monday, Sept. 1" */
        int against = (p->tense < 0 && diff > 0) || (p->tense > 0 && diff < 0);
        /* a date a future sentence announces may lie a year ahead ("the
         * first falling on Monday, February 6th", said in March) */
        int ahead = p->tense > 0 ? 366 : 270;
        if (ns_cal_valid(y, p->month, p->day) && ns_cal_weekday(t) == p->weekday && diff <= ahead &&
            diff >= -270 && !against)
            return y;
    }
    return fallback;
}

/* A bare weekday: the last one for a past sentence, the next one for a
 * future one, else the nearest (the reference day itself if it matches). */
static ns_ymd resolve_weekday(ns_ymd ref, int wd, int tense)
{
    int rw = ns_cal_weekday(ref);
    int back = (rw - wd + 7) % 7, fwd = (wd - rw + 7) % 7;
    /* without a tense the nearest, leaning to the past: news reports what
     * happened, so Thursday read on a Monday is last Thursday */
    if (tense < 0 || (tense == 0 && back <= fwd + 1))
        return ns_cal_add_days(ref, -back);
    return ns_cal_add_days(ref, fwd);
}

/* "Friday the 7th", "Tuesday 11": the day of the month that falls on that
 * weekday nearest the reference, on the tense's side; the same day of the
 * month falls on the same weekday only every few months, so a slip in the
 * copy (no such day within three months) leaves the bare weekday. */
static int weekday_of_month(ns_ymd ref, int wd, int day, int tense, ns_ymd *out)
{
    int64_t r = ns_cal_to_days(ref), best = INT64_MAX;
    for (int k = -3; k <= 3; k++) {
        ns_ymd t = ns_cal_add_months((ns_ymd){ref.y, ref.m, 1}, k);
        if (!ns_cal_valid(t.y, t.m, day))
            continue;
        t.d = day;
        int64_t diff = ns_cal_to_days(t) - r;
        if (ns_cal_weekday(t) != wd || (tense < 0 && diff > 0) || (tense > 0 && diff < 0))
            continue;
        if ((diff < 0 ? -diff : diff) < best) {
            best = diff < 0 ? -diff : diff;
            *out = t;
        }
    }
    return best != INT64_MAX;
}

static void put_week(vbuf *b, ns_ymd t, const char *suffix)
{
    int wy, w;
    ns_cal_iso_week(t, &wy, &w);
    snprintf(b->s, sizeof b->s, "%04d-W%02d%s", wy, w, suffix);
}

static int quarter_year(ns_ymd ref, int q, int tense, int fiscal)
{
    int rq = ns_cal_quarter(ref.m);
    /* "expected to vote in the first quarter", said in November: next year's;
     * the quarter just ended stays ("expects to report third-quarter
     * results", said in October) */
    if (q + 2 <= rq && tense > 0)
        return ref.y + 1;
    /* without a tense, a quarter that starts within a few weeks is nearer
     * than the one long gone ("careful in the first quarter", said on 30
     * December); news still leans to the past, so the coming one must be
     * less than half as far; not a fiscal quarter, whose months are the
     * company's */
    if (q < rq && !tense && !fiscal) {
        int64_t r = ns_cal_to_days(ref);
        int64_t gone = r - ns_cal_to_days((ns_ymd){ref.y, 3 * q, q == 1 || q == 4 ? 31 : 30});
        int64_t ahead = ns_cal_to_days((ns_ymd){ref.y + 1, 3 * q - 2, 1}) - r;
        if (2 * ahead < gone)
            return ref.y + 1;
    }
    if (q <= rq)
        return ref.y;
    return tense > 0 ? ref.y : ref.y - 1;
}

/* Easter Sunday (Gregorian computus, Anonymous algorithm). */
static ns_ymd easter(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    ns_ymd t = {y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1};
    return t;
}

/* The Orthodox churches' Easter: the Julian computus (Meeus), moved to the
 * Gregorian calendar, 13 days on from 1900 to 2099. */
static ns_ymd orthodox_easter(int y)
{
    int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    int m = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
    return ns_cal_add_days((ns_ymd){y, m, day}, y >= 2100 ? 14 : 13);
}

/* The n-th (n > 0) or last (n < 0) given weekday of a month. */
static ns_ymd nth_weekday(int y, int m, int wd, int n)
{
    if (n > 0) {
        ns_ymd first = {y, m, 1};
        int shift = (wd - ns_cal_weekday(first) + 7) % 7;
        return ns_cal_add_days(first, shift + 7 * (n - 1));
    }
    ns_ymd last = {y, m, ns_cal_days_in_month(y, m)};
    return ns_cal_add_days(last, -((ns_cal_weekday(last) - wd + 7) % 7));
}

/* The Lunar New Year's day, 1990 to 2040, as days after 20 January: the
 * Chinese calendar follows the moon and no rule a few lines long gives it.
 * (From the lunardate package's tables; outside them no day, day 0, which
 * put_feast_day writes as unknown.) */
static ns_ymd lunar_new_year(int y)
{
    static const unsigned char after_jan20[] = {7,  26, 15, 3,  21, 11, 30, 18, 8,  27, 16, 4,  23,
                                                12, 2,  20, 9,  29, 18, 6,  25, 14, 3,  21, 11, 30,
                                                19, 8,  27, 16, 5,  23, 12, 2,  21, 9,  28, 17, 6,
                                                24, 14, 3,  22, 11, 30, 19, 8,  26, 15, 4,  23};
    if (y < 1990 || y > 2040)
        return (ns_ymd){y, 1, 0};
    return ns_cal_add_days((ns_ymd){y, 1, 20}, after_jan20[y - 1990]);
}

#include "normalize/feasts.inc"

/* The days a table-kept feast falls on, ascending (YYYYMMDD); NULL when the
 * feast follows a rule. */
static const int32_t *feast_table(int hol, size_t *n)
{
#define NS_TABLE(t) (*n = sizeof(t) / sizeof(t)[0], (t))
    switch (hol) {
    case NS_HOL_EID_AL_FITR: return NS_TABLE(eid_al_fitr_days);
    case NS_HOL_EID_AL_ADHA: return NS_TABLE(eid_al_adha_days);
    case NS_HOL_DIWALI: return NS_TABLE(diwali_days);
    case NS_HOL_HOLI: return NS_TABLE(holi_days);
    case NS_HOL_RAMADAN: return NS_TABLE(ramadan_mid_days);
    case NS_HOL_ASHURA: return NS_TABLE(ashura_days);
    case NS_HOL_PASSOVER: return NS_TABLE(passover_days);
    case NS_HOL_SHAVUOT: return NS_TABLE(shavuot_days);
    case NS_HOL_PURIM: return NS_TABLE(purim_days);
    case NS_HOL_ROSH_HASHANAH: return NS_TABLE(rosh_hashanah_days);
    case NS_HOL_YOM_KIPPUR: return NS_TABLE(yom_kippur_days);
    case NS_HOL_SUKKOT: return NS_TABLE(sukkot_days);
    case NS_HOL_HANUKKAH: return NS_TABLE(hanukkah_days);
    case NS_HOL_MAKAR_SANKRANTI: return NS_TABLE(makar_sankranti_days);
    case NS_HOL_PONGAL: return NS_TABLE(pongal_days);
    case NS_HOL_MAHA_SHIVARATRI: return NS_TABLE(maha_shivaratri_days);
    case NS_HOL_RAM_NAVAMI: return NS_TABLE(ram_navami_days);
    case NS_HOL_JANMASHTAMI: return NS_TABLE(janmashtami_days);
    case NS_HOL_GANESH_CHATURTHI: return NS_TABLE(ganesh_chaturthi_days);
    case NS_HOL_ONAM: return NS_TABLE(onam_days);
    case NS_HOL_DUSSEHRA: return NS_TABLE(dussehra_days);
    case NS_HOL_RAKSHA_BANDHAN: return NS_TABLE(raksha_bandhan_days);
    case NS_HOL_VAISAKHI: return NS_TABLE(vaisakhi_days);
    default: *n = 0; return NULL;
    }
#undef NS_TABLE
}

/* A table-kept feast: the occurrence in year y when one is written, else
 * the one the tense points to, else the nearest, within a year and a half
 * of the reference (past the tables, no day: see put_feast_day). "Eid"
 * alone is either feast. */
static ns_ymd table_feast(int hol, int y, ns_ymd ref, int tense, int shift)
{
    ns_ymd best = {y ? y : ref.y, 1, 0};
    int64_t r = ns_cal_to_days(ref), bestd = -1;
    for (int pass = 0; pass < 2; pass++) {
        size_t n;
        int h = hol != NS_HOL_EID ? hol : pass ? NS_HOL_EID_AL_ADHA : NS_HOL_EID_AL_FITR;
        const int32_t *t = feast_table(h, &n);
        for (size_t i = 0; t && i < n; i++) {
            ns_ymd d = ns_cal_add_days((ns_ymd){t[i] / 10000, t[i] / 100 % 100, t[i] % 100}, shift);
            int64_t diff = ns_cal_to_days(d) - r, dist = diff < 0 ? -diff : diff;
            if (y ? d.y != y : dist > 550)
                continue;
            if ((tense < 0 && diff > 0) || (tense > 0 && diff < 0))
                dist += 100000;
            if (bestd < 0 || dist < bestd) {
                bestd = dist;
                best = d;
            }
        }
        if (hol != NS_HOL_EID)
            break;
    }
    return best;
}

static ns_ymd holiday_date(int hol, int y)
{
    switch (hol) {
    case NS_HOL_EASTER: return easter(y);
    case NS_HOL_ORTHODOX_EASTER: return orthodox_easter(y);
    case NS_HOL_GOOD_FRIDAY: return ns_cal_add_days(easter(y), -2);
    case NS_HOL_EASTER_MONDAY: return ns_cal_add_days(easter(y), 1);
    case NS_HOL_THANKSGIVING: return nth_weekday(y, 11, 4, 4);
    case NS_HOL_CA_THANKSGIVING: return nth_weekday(y, 10, 1, 2);
    case NS_HOL_LABOR_DAY: return nth_weekday(y, 9, 1, 1);
    case NS_HOL_MEMORIAL_DAY: return nth_weekday(y, 5, 1, -1);
    case NS_HOL_MLK_DAY: return nth_weekday(y, 1, 1, 3);
    case NS_HOL_PRESIDENTS_DAY: return nth_weekday(y, 2, 1, 3);
    case NS_HOL_COLUMBUS_DAY: return nth_weekday(y, 10, 1, 2);
    case NS_HOL_MOTHERS_DAY: return nth_weekday(y, 5, 7, 2);
    case NS_HOL_FATHERS_DAY: return nth_weekday(y, 6, 7, 3);
    case NS_HOL_BLACK_FRIDAY: return ns_cal_add_days(nth_weekday(y, 11, 4, 4), 1);
    case NS_HOL_CYBER_MONDAY: return ns_cal_add_days(nth_weekday(y, 11, 4, 4), 4);
    case NS_HOL_LUNAR_NEW_YEAR: return lunar_new_year(y);
    case NS_HOL_LUNAR_EVE: {
        ns_ymd t = lunar_new_year(y);
        return t.d ? ns_cal_add_days(t, -1) : t;
    }
    case NS_HOL_ASH_WEDNESDAY: return ns_cal_add_days(easter(y), -46);
    case NS_HOL_PALM_SUNDAY: return ns_cal_add_days(easter(y), -7);
    case NS_HOL_REMEMBRANCE_SUN: return nth_weekday(y, 11, 7, 2);
    case NS_HOL_PATRIOTS_DAY: return nth_weekday(y, 4, 1, 3);
    case NS_HOL_EARLY_MAY_BANK: return nth_weekday(y, 5, 1, 1);
    case NS_HOL_SPRING_BANK: return nth_weekday(y, 5, 1, -1);
    case NS_HOL_SUMMER_BANK: return nth_weekday(y, 8, 1, -1);
    case NS_HOL_SHROVE_TUESDAY: return ns_cal_add_days(easter(y), -47);
    case NS_HOL_MAUNDY_THURSDAY: return ns_cal_add_days(easter(y), -3);
    case NS_HOL_HOLY_SATURDAY: return ns_cal_add_days(easter(y), -1);
    case NS_HOL_MOTHERING_SUN: return ns_cal_add_days(easter(y), -21);
    case NS_HOL_ASCENSION: return ns_cal_add_days(easter(y), 39);
    case NS_HOL_PENTECOST: return ns_cal_add_days(easter(y), 49);
    case NS_HOL_WHIT_MONDAY: return ns_cal_add_days(easter(y), 50);
    case NS_HOL_TRINITY_SUNDAY: return ns_cal_add_days(easter(y), 56);
    case NS_HOL_VICTORIA_DAY: {
        ns_ymd t = {y, 5, 24}; /* the last Monday on or before the 24th */
        return ns_cal_add_days(t, -((ns_cal_weekday(t) - 1 + 7) % 7));
    }
    case NS_HOL_ADVENT_SUNDAY: {
        ns_ymd t = {y, 12, 24}; /* four Sundays before Christmas: the last one on or
                                   before Christmas Eve, less three weeks */
        return ns_cal_add_days(t, -(ns_cal_weekday(t) % 7) - 21);
    }
    case NS_HOL_KINGS_DAY: {
        ns_ymd t = {y, 4, 27};
        return ns_cal_weekday(t) == 7 ? ns_cal_add_days(t, -1) : t;
    }
    default: return ns_cal_add_days(nth_weekday(y, 11, 1, 1), 1); /* election day */
    }
}

/* A feast's day, or where its tables end (Eid, Diwali and Holi are kept
 * for some decades, Lunar New Year from 1990 to 2040) a value with the day
 * unknown: the feast is still a temporal expression, and whether it is one
 * must not hang on the reference date ("Eid" in a 1939 story). */
static void put_feast_day(vbuf *b, ns_ymd t, const ns_timex_parse *p)
{
    if (t.d)
        put_day(b, t);
    else if (p->year)
        snprintf(b->s, sizeof b->s, "%04d-XX-XX", p->year);
    else
        snprintf(b->s, sizeof b->s, "XXXX-XX-XX");
}

/* A moving feast without a year: the occurrence the tense points to, else
 * the nearest one. */
static void resolve_holiday(const ns_timex_parse *p, ns_ymd ref, vbuf *b)
{
    size_t n;
    if (feast_table(p->holiday, &n) || p->holiday == NS_HOL_EID) {
        /* the table keeps Ramadan's 15th day: "Ramadan 29" is 14 days on;
         * Ramadan alone, a month of fasting, is the month it mostly falls in */
        int shift = p->holiday == NS_HOL_RAMADAN && p->day ? p->day - 15 : 0;
        put_feast_day(b, table_feast(p->holiday, p->year, ref, p->tense, shift), p);
        if (p->holiday == NS_HOL_RAMADAN && !p->day)
            b->s[7] = '\0';
        return;
    }
    ns_ymd best = holiday_date(p->holiday, p->year ? p->year : ref.y);
    if (!p->year) {
        int64_t r = ns_cal_to_days(ref), bestd = -1;
        for (int y = ref.y - 1; y <= ref.y + 1; y++) {
            ns_ymd t = holiday_date(p->holiday, y);
            if (!t.d)
                continue; /* past the tables that year */
            int64_t diff = ns_cal_to_days(t) - r, dist = diff < 0 ? -diff : diff;
            /* the feast's weekend may be the one the story is in; a feast
             * of the week gone by is the one meant, whatever the tense
             * seems to say ("Black Friday sales aren't a single day
             * anymore", four days after it) */
            /* so is one a few days ahead: "its departures on Easter Sunday
             * were fully booked", said on the Saturday */
            int near = (p->unit == NS_TU_WEEKEND && dist <= 3) || (diff < 0 && dist <= 7) ||
                       (diff > 0 && dist <= 3 && !p->feast_dir);
            /* the feast may be the reference day itself, whatever the
             * tense ("markets were closed for Thanksgiving", "will open at 6
             * p.m. on Thanksgiving Day", said on it) */
            if (!near && ((p->tense < 0 && diff > 0) || (p->tense > 0 && diff < 0)))
                dist += 100000;
            if (p->feast_dir && diff == 0)
                dist += 100000; /* "next Easter", said on Easter Day */
            if (bestd < 0 || dist < bestd) {
                bestd = dist;
                best = t;
            }
        }
    }
    put_feast_day(b, best, p);
}

/* "the Labor Day weekend", "the Christmas weekend": a Monday's (or a
 * Sunday's) is the weekend just before it, another day's the next one. */
static void feast_weekend(const ns_timex_parse *p, vbuf *b)
{
    int y, m, d;
    if (p->unit != NS_TU_WEEKEND || sscanf(b->s, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
        !ns_cal_valid(y, m, d))
        return;
    ns_ymd t = {y, m, d};
    int wd = ns_cal_weekday(t);
    int64_t to_sat = wd == 1 ? -2 : wd == 7 ? -1 : 6 - wd;
    put_week(b, ns_cal_add_days(t, to_sat), "-WE");
}

static void resolve_cal(const ns_timex_parse *p, ns_ymd ref, vbuf *b)
{
    if (p->holiday) {
        resolve_holiday(p, ref, b);
        int y, m, d;
        if (p->week < 0 && sscanf(b->s, "%4d-%2d-%2d", &y, &m, &d) == 3 && ns_cal_valid(y, m, d))
            put_week(b, (ns_ymd){y, m, d}, "");
        put_time(b, p);
        return;
    }
    if (p->ydigits == 2) {
        snprintf(b->s, sizeof b->s, "%02d", p->year);
        return;
    }
    if (p->ydigits == 3) {
        snprintf(b->s, sizeof b->s, "%03d", p->year);
        return;
    }
    int y = p->year;
    if (!y && p->has_yrel)
        y = ref.y + p->yrel;
    if (p->month && p->day) {
        if (!y && p->feast_dir && ns_cal_valid(ref.y, p->month, p->day)) {
            /* next Christmas, last New Year's Eve: strictly after (before)
             * the reference, even said the day after (on) it */
            int64_t diff = ns_cal_to_days((ns_ymd){ref.y, p->month, p->day}) - ns_cal_to_days(ref);
            y = p->feast_dir > 0 ? (diff > 0 ? ref.y : ref.y + 1) : (diff < 0 ? ref.y : ref.y - 1);
        }
        if (!y)
            y = weekday_year(ref, p, infer_year(ref, p->month, p->day, p->tense));
        y += p->offset;
        ns_ymd t = {y, p->month, p->day};
        if (p->week < 0 && ns_cal_valid(y, p->month, p->day)) {
            put_week(b, t, "");
            return;
        }
        put_day(b, t);
        put_time(b, p);
        return;
    }
    if (p->month && p->nth && p->weekday) {
        /* the first Saturday in January: that month's nth such day */
        if (!y)
            y = infer_year(ref, p->month, p->nth > 0 ? 7 * p->nth - 3 : 25, p->tense);
        y += p->offset;
        int dim = ns_cal_days_in_month(y, p->month);
        int d;
        if (p->nth > 0) {
            int w1 = ns_cal_weekday((ns_ymd){y, p->month, 1});
            d = 1 + (p->weekday - w1 + 7) % 7 + 7 * (p->nth - 1);
        } else {
            int wl = ns_cal_weekday((ns_ymd){y, p->month, dim});
            d = dim - (wl - p->weekday + 7) % 7;
        }
        if (p->unit == NS_TU_WEEKEND)
            put_week(b, (ns_ymd){y, p->month, d}, "-WE"); /* the weekend of that Saturday */
        else
            put_day(b, (ns_ymd){y, p->month, d});
        return;
    }
    if (p->month) {
        /* "the train runs from June to September", said in August: the
         * months the reference lies in */
        if (!y && p->month2 && !p->year2 && !p->day && p->month <= ref.m && ref.m <= p->month2)
            y = ref.y;
        if (!y)
            y = infer_year(ref, p->month, 0, p->tense);
        snprintf(b->s, sizeof b->s, "%04d-%02d", y + p->offset, p->month);
        return;
    }
    if (p->weekday && !y) {
        ns_ymd t;
        if (!p->day || !weekday_of_month(ref, p->weekday, p->day, p->tense, &t))
            t = resolve_weekday(ref, p->weekday, p->tense);
        put_day(b, t);
        put_time(b, p);
        return;
    }
    if (p->quarter || (p->latest && y)) {
        int q = p->quarter ? p->quarter : (ns_cal_quarter(ref.m) + 2) % 4 + 1;
        if (!y)
            y = quarter_year(ref, q, p->tense, p->fiscal);
        snprintf(b->s, sizeof b->s, "%04d-Q%d", y + p->offset, q);
        return;
    }
    if (p->half) {
        if (!y)
            y = p->half == 1 || ref.m > 6 || p->tense > 0 ? ref.y : ref.y - 1;
        snprintf(b->s, sizeof b->s, "%04d-H%d", y + p->offset, p->half);
        return;
    }
    if (p->season) {
        if (!y) {
            /* "the summer" in a past sentence is last summer when this
             * one has not come yet; in a future one, next spring. A
             * winter is named by the year it starts in: from January to
             * March, the one that began last December, unless the sentence
             * looks ahead. */
            int cs = season_rank(ref.m);
            y = ref.y;
            if (p->season != 4 && p->tense < 0 && p->season > cs)
                y--;
            else if (p->season != 4 && p->tense > 0 && p->season < cs)
                y++;
            else if (p->season == 4 && ref.m <= 3 && p->tense <= 0)
                y--;
        }
        snprintf(b->s, sizeof b->s, "%04d-%s", y + p->offset, season_code[p->season]);
        return;
    }
    if (!y) {
        /* only a time: the reference day */
        put_day(b, ref);
        put_time(b, p);
        return;
    }
    snprintf(b->s, sizeof b->s, "%04d", y + p->offset);
}

static void resolve_rel(const ns_timex_parse *p, ns_ymd ref, vbuf *b)
{
    int off = p->offset;
    /* "fighting raged overnight", in the morning's paper: the night that
     * began the day before; "crews will work overnight": tonight */
    if (p->overnight && p->tense <= 0)
        off = -1;
    /* "the week ahead": this one early in it, the next from Friday; so for
     * a month from the 20th and a year from October */
    if (p->ahead)
        off = p->unit == NS_TU_WEEK      ? ns_cal_weekday(ref) >= 5
              : p->unit == NS_TU_WEEKEND ? ns_cal_weekday(ref) >= 6
              : p->unit == NS_TU_MONTH   ? ref.d >= 20
              : p->unit == NS_TU_YEAR    ? ref.m >= 10
                                         : off;
    if (p->weekday) {
        ns_ymd t;
        /* last Tuesday, next Tuesday, this Tuesday: that day of the
         * previous, next or current ISO week */
        ns_ymd mon = ns_cal_add_days(ref, 1 - ns_cal_weekday(ref));
        t = ns_cal_add_days(mon, 7 * off + p->weekday - 1);
        /* said at the weekend, "last Monday" is the one of the week now
         * ending ("banks have been shut since last Monday", on a Sunday) */
        if (off == -1 && ns_cal_weekday(ref) >= 6 && p->weekday < ns_cal_weekday(ref))
            t = ns_cal_add_days(mon, p->weekday - 1);
        if (p->latest && off != 0) {
            /* this coming Sunday, this past Wednesday: the nearest one */
            int rw = ns_cal_weekday(ref);
            int step = off > 0 ? (p->weekday - rw + 7) % 7 : -((rw - p->weekday + 7) % 7);
            t = ns_cal_add_days(ref, step ? step : off > 0 ? 7 : -7);
            if (off == 2)
                t = ns_cal_add_days(t, 7); /* "Sunday week" */
        }
        put_day(b, t);
        put_time(b, p);
        return;
    }
    if (p->month) {
        int y = ref.y;
        /* "Her first budget, last October", said in November: the month
         * just ended is "last month", so "last October" is a year before */
        if (off < 0 && p->month >= ref.m - 1)
            y--;
        if (off > 0 && p->month <= ref.m)
            y++;
        snprintf(b->s, sizeof b->s, "%04d-%02d", y, p->month);
        return;
    }
    if (p->season) {
        int cs = season_rank(ref.m), y = ref.y;
        if (off < 0 && p->season >= cs)
            y--;
        if (off > 0 && p->season <= cs)
            y++;
        if (off < -1)
            y += off + 1; /* "two summers ago": the summer before last */
        /* a winter is named by the year it starts in, as the annotators of
         * news name it (34 of 37 give that year for "this winter" said in
         * January to March): then "this winter" is the one that began last
         * December, and "last winter" the one before it */
        if (p->season == 4 && ref.m <= 3 && off <= 0)
            y--;
        snprintf(b->s, sizeof b->s, "%04d-%s", y, season_code[p->season]);
        return;
    }
    switch (p->unit) {
    case NS_TU_POD:
    case NS_TU_DAY:
    case NS_TU_HOUR:
    case NS_TU_MINUTE:
    case NS_TU_SECOND:
        put_day(b, ns_cal_add_days(ref, off));
        put_time(b, p);
        return;
    case NS_TU_WEEK:
        /* "this past week", said at the weekend, is the week now ending
         * ("last week" stays the one before, as the annotators read it) */
        if (p->latest && off == -1 && ns_cal_weekday(ref) >= 6)
            off = 0;
        put_week(b, ns_cal_add_days(ref, 7 * off), "");
        return;
    case NS_TU_WEEKEND:
        /* "the weekend": the one just past, unless it is on or ahead */
        if (p->latest && ns_cal_weekday(ref) < 6 && p->tense <= 0)
            off = -1;
        put_week(b, ns_cal_add_days(ref, 7 * off), "-WE");
        return;
    case NS_TU_MONTH: {
        ns_ymd t = ns_cal_add_months(ref, off);
        snprintf(b->s, sizeof b->s, "%04d-%02d", t.y, t.m);
        return;
    }
    case NS_TU_QUARTER: {
        int k = ref.y * 4 + ns_cal_quarter(ref.m) - 1 + off;
        int y = k >= 0 ? k / 4 : -((-k + 3) / 4);
        snprintf(b->s, sizeof b->s, "%04d-Q%d", y, k - y * 4 + 1);
        return;
    }
    case NS_TU_HALF: {
        int k = ref.y * 2 + (ref.m > 6) + off;
        int y = k >= 0 ? k / 2 : -((-k + 1) / 2);
        snprintf(b->s, sizeof b->s, "%04d-H%d", y, k - y * 2 + 1);
        return;
    }
    case NS_TU_DECADE: snprintf(b->s, sizeof b->s, "%03d", ref.y / 10 + off); return;
    case NS_TU_CENTURY: snprintf(b->s, sizeof b->s, "%02d", ref.y / 100 + off); return;
    case NS_TU_MILLENNIUM: snprintf(b->s, sizeof b->s, "%d", ref.y / 1000 + off); return;
    default: snprintf(b->s, sizeof b->s, "%04d", ref.y + off); return;
    }
}

static void resolve_shift(const ns_timex_parse *p, ns_ymd ref, vbuf *b)
{
    /* "a year and a half ago", "2 1/2 years ago": whole months back, a month */
    if (p->count > 0 && p->count != floor(p->count) && p->unit == NS_TU_YEAR &&
        p->count * 12 == floor(p->count * 12)) {
        ns_timex_parse q = *p;
        q.unit = NS_TU_MONTH;
        q.count = p->count * 12;
        resolve_shift(&q, ref, b);
        return;
    }
    if (p->count < 0 || p->count != floor(p->count)) {
        snprintf(b->s, sizeof b->s, "%s", p->offset < 0 ? "PAST_REF" : "FUTURE_REF");
        return;
    }
    /* a count that leaves the calendar ("11111111111 years ago", "3000000000
     * days ago") is a vague past or future; checked before the count
     * becomes an int it would overflow */
    double per_year = p->unit == NS_TU_DAY       ? 365.2425
                      : p->unit == NS_TU_WEEK    ? 52.1775
                      : p->unit == NS_TU_WEEKEND ? 52.1775
                      : p->unit == NS_TU_MONTH   ? 12
                      : p->unit == NS_TU_QUARTER ? 4
                      : p->unit == NS_TU_HALF    ? 2
                      : p->unit == NS_TU_YEAR    ? 1
                      : p->unit == NS_TU_DECADE  ? 0.1
                      : p->unit == NS_TU_CENTURY ? 0.01
                                                 : 0;
    double years = per_year > 0 ? p->count / per_year : 0;
    if (p->count > 1e7 || (p->offset < 0 ? ref.y - years < 1 : ref.y + years > 9999)) {
        snprintf(b->s, sizeof b->s, "%s", p->offset < 0 ? "PAST_REF" : "FUTURE_REF");
        return;
    }
    int n = (int)p->count * p->offset;
    if (p->to_day && (p->unit == NS_TU_YEAR || p->unit == NS_TU_MONTH)) {
        /* "twenty years ago today": that day of that year (28 February
         * for a 29th the year lacks) */
        int y = ref.y, m = ref.m;
        if (p->unit == NS_TU_YEAR)
            y += n;
        else {
            int mm = ref.y * 12 + (ref.m - 1) + n;
            y = mm / 12;
            m = mm % 12 + 1;
        }
        int dm = ns_cal_days_in_month(y, m);
        ns_ymd t = {y, m, ref.d > dm ? dm : ref.d};
        if (p->to_day == 2)
            put_week(b, t, ""); /* "fifty years ago this week" */
        else if (p->to_day == 3)
            snprintf(b->s, sizeof b->s, "%04d-%02d", y, m);
        else {
            put_day(b, t);
            put_time(b, p); /* "ten years ago tonight" */
        }
        return;
    }
    if (p->to_day == 1 && (p->unit == NS_TU_WEEK || p->unit == NS_TU_DAY)) {
        /* "a week from today": that day */
        put_day(b, ns_cal_add_days(ref, n * (p->unit == NS_TU_WEEK ? 7 : 1)));
        put_time(b, p);
        return;
    }
    switch (p->unit) {
    case NS_TU_SECOND:
    case NS_TU_MINUTE:
    case NS_TU_HOUR:
    case NS_TU_POD: put_day(b, ref); return;
    case NS_TU_DAY: put_day(b, ns_cal_add_days(ref, n)); return;
    case NS_TU_WEEK:
    case NS_TU_WEEKEND:
        /* six weeks ago: a week, as precise as the text */
        put_week(b, ns_cal_add_days(ref, 7 * n), "");
        return;
    case NS_TU_MONTH:
    case NS_TU_QUARTER: {
        /* n months or quarters away: the relative reading with offset n */
        ns_timex_parse q = *p;
        q.offset = n;
        resolve_rel(&q, ref, b);
        return;
    }
    case NS_TU_HALF: {
        ns_ymd t = ns_cal_add_months(ref, 6 * n);
        snprintf(b->s, sizeof b->s, "%04d", t.y);
        return;
    }
    case NS_TU_DECADE: snprintf(b->s, sizeof b->s, "%04d", ref.y + 10 * n); return;
    case NS_TU_CENTURY: snprintf(b->s, sizeof b->s, "%04d", ref.y + 100 * n); return;
    default: snprintf(b->s, sizeof b->s, "%04d", ref.y + n); return;
    }
}

/* Seconds as a race time writes them, to the thousandth: 56.9, 9.25, 12;
 * 0 when c has more decimals than that (a fraction of some other unit). */
static int seconds_text(double c, char *out, size_t cap)
{
    double milli = floor(c * 1000 + 0.5);
    if (fabs(c * 1000 - milli) > 1e-3)
        return 0;
    snprintf(out, cap, "%.3f", milli / 1000);
    char *e = out + strlen(out) - 1;
    while (*e == '0')
        *e-- = '\0';
    if (*e == '.')
        *e = '\0';
    return 1;
}

/* A count of days, hours or minutes whose fraction is two whole smaller
 * units (5 hours 4 minutes 11 seconds, the seconds to the thousandth),
 * written in those units; 0 when it is not. */
static int put_clock_parts(vbuf *b, int unit, double c)
{
    static const char *const names[] = {"D", "H", "M", "S"};
    static const double per[] = {24, 60, 60};
    int first = unit == NS_TU_DAY ? 0 : unit == NS_TU_HOUR ? 1 : unit == NS_TU_MINUTE ? 2 : -1;
    if (first < 0 || first + 2 > 3)
        return 0;
    double whole = floor(c), mid = (c - whole) * per[first];
    double mid_whole = floor(mid + 1e-9), last = (mid - mid_whole) * per[first + 1];
    double last_whole = floor(last + 0.5);
    char secs[24] = "";
    /* (seconds may keep decimals: "two hours, one minute and 9.25 seconds") */
    int exact = fabs(last - last_whole) <= 1e-4;
    if (!exact && (first + 2 != 3 || !seconds_text(last, secs, sizeof secs)))
        return 0;
    if (exact)
        snprintf(secs, sizeof secs, "%.0f", last_whole);
    if (mid_whole < 1 || last < 1 - 1e-4 || last_whole >= per[first + 1])
        return 0;
    char w[24] = "";
    if (whole > 0)
        snprintf(w, sizeof w, "%.0f%s", whole, names[first]);
    snprintf(b->s, sizeof b->s, "P%s%s%s%.0f%s%s%s", first == 0 ? "" : "T", w,
             first == 0 ? "T" : "", mid_whole, names[first + 1], secs, names[first + 2]);
    return 1;
}

/* P90D, PT3H, PXY, P1.5Y, P2E (decades), P3C (centuries), P2L (millennia). */
static void put_duration(vbuf *b, int unit, double count, int decimal)
{
    const char *u = "D";
    int t = 0;
    double c = count;
    switch (unit) {
    case NS_TU_SECOND:
        u = "S";
        t = 1;
        break;
    case NS_TU_MINUTE:
        u = "M";
        t = 1;
        break;
    case NS_TU_HOUR:
        u = "H";
        t = 1;
        break;
    case NS_TU_POD: u = "D"; break;
    case NS_TU_WEEKEND: u = "WE"; break;
    case NS_TU_WEEK: u = "W"; break;
    case NS_TU_MONTH: u = "M"; break;
    case NS_TU_QUARTER: u = "Q"; break;
    case NS_TU_HALF:
        u = "M";
        c = count < 0 ? count : count * 6;
        break;
    case NS_TU_SEASON:
        u = "M";
        c = count < 0 ? count : count * 3;
        break;
    case NS_TU_YEAR: u = "Y"; break;
    case NS_TU_DECADE:
        u = c < 0 ? "DE" : "Y";
        c = c < 0 ? c : c * 10;
        break;
    case NS_TU_CENTURY:
        u = c < 0 ? "C" : "Y";
        c = c < 0 ? c : c * 100;
        break;
    case NS_TU_MILLENNIUM:
        u = c < 0 ? "L" : "Y";
        c = c < 0 ? c : c * 1000;
        break;
    case NS_TU_NONE: u = "X"; break; /* for some time: PXX */
    default: break;
    }
    /* a day, an hour or a minute with two smaller units after it: P365DT5H49M,
     * PT5H4M11S */
    if (c > 0 && c != floor(c) && !decimal && put_clock_parts(b, unit, c))
        return;
    /* a fraction goes to the next smaller unit: P2Y6M, PT5H30M, P1DT12H */
    static const struct {
        int unit, per, t;
        const char *u;
    } smaller[] = {{NS_TU_YEAR, 12, 0, "M"},
                   {NS_TU_DAY, 24, 1, "H"},
                   {NS_TU_HOUR, 60, 1, "M"},
                   {NS_TU_MINUTE, 60, 1, "S"},
                   {NS_TU_WEEK, 7, 0, "D"}};
    double whole = floor(c);
    /* a race time: "one minute 56.9 seconds" */
    char secs[24];
    if (unit == NS_TU_MINUTE && c > 0 && c != whole && !decimal && whole >= 1 &&
        seconds_text((c - whole) * 60, secs, sizeof secs) && strchr(secs, '.')) {
        snprintf(b->s, sizeof b->s, "PT%.0fM%sS", whole, secs);
        return;
    }
    for (size_t i = 0; c > 0 && c != whole && !decimal && i < sizeof smaller / sizeof smaller[0];
         i++) {
        double part = (c - whole) * smaller[i].per;
        if (fabs(part - floor(part + 0.5)) < 1e-6)
            part = floor(part + 0.5); /* 2 + 5/12 years: 5 months */
        if (smaller[i].unit != unit || part != floor(part))
            continue;
        /* "a year and a half" in months, as the annotators write it (P18M
         * 12 times to P1Y6M 2); "two and a half years" stays P2Y6M (TE3
         * train's and the Reuters sets' way, P30M in the newer sets) */
        if (unit == NS_TU_YEAR && whole < 2 && part == 6) {
            snprintf(b->s, sizeof b->s, "P%.0fM", whole * 12 + part);
            return;
        }
        if (whole > 0)
            snprintf(b->s, sizeof b->s, "P%s%.0f%s%s%.0f%s", t ? "T" : "", whole, u,
                     smaller[i].t && !t ? "T" : "", part, smaller[i].u);
        else
            snprintf(b->s, sizeof b->s, "P%s%.0f%s", smaller[i].t ? "T" : "", part, smaller[i].u);
        return;
    }
    if (c < 0)
        snprintf(b->s, sizeof b->s, "P%sX%s", t ? "T" : "", u);
    else if (c == floor(c))
        snprintf(b->s, sizeof b->s, "P%s%.0f%s", t ? "T" : "", c, u);
    else
        snprintf(b->s, sizeof b->s, "P%s%g%s", t ? "T" : "", c, u);
}

static void resolve_set(const ns_timex_parse *p, vbuf *b)
{
    if (p->weekday) {
        if (p->pod) /* Friday nights */
            snprintf(b->s, sizeof b->s, "XXXX-WXX-%dT%s", p->weekday, pod_code[p->pod]);
        else
            snprintf(b->s, sizeof b->s, "XXXX-WXX-%d", p->weekday);
    } else if (p->month && p->day) { /* every Christmas */
        snprintf(b->s, sizeof b->s, "XXXX-%02d-%02d", p->month, p->day);
    } else if (p->month) {
        snprintf(b->s, sizeof b->s, "XXXX-%02d", p->month);
    } else if (p->day && p->unit == NS_TU_MONTH) { /* the 15th of each month */
        snprintf(b->s, sizeof b->s, "XXXX-XX-%02d", p->day);
    } else if (p->season) {
        snprintf(b->s, sizeof b->s, "XXXX-%s", season_code[p->season]);
    } else if (p->pod && !p->unit) {
        snprintf(b->s, sizeof b->s, "XXXX-XX-XXT%s", pod_code[p->pod]);
    } else if (p->unit == NS_TU_WEEKEND && p->count <= 1) {
        snprintf(b->s, sizeof b->s, "XXXX-WXX-WE"); /* every weekend */
    } else {
        /* every few minutes: PTXM */
        put_duration(b, p->unit, p->count != 0 ? p->count : 1, 0);
    }
}

/* The year a value opens with, its first four digits (the caller checked
 * them). */
static int four_digit_year(const char *v)
{
    return (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
}

/* 1 and the parts when v starts with YYYY-MM-DD. */
static int day_value(const char *v, int *y, int *m, int *d)
{
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? v[i] != '-' : !(v[i] >= '0' && v[i] <= '9'))
            return 0;
    *y = four_digit_year(v);
    *m = (v[5] - '0') * 10 + (v[6] - '0');
    *d = (v[8] - '0') * 10 + (v[9] - '0');
    return 1;
}

/* How many DATE entities back the look for an anchor goes: a few
 * sentences' worth, so that a text made only of "a year earlier" stays
 * linear. */
#define NS_ANCHOR_LOOK 12

/* The calendar point a TIMEX3 value names, and how precise it is: 1 year
 * (or a season's year), 2 month, 3 day; 0 for anything else. */
static int value_anchor(const char *v, ns_ymd *out)
{
    int y, m, d, n = 0;
    size_t len = strlen(v);
    if (len >= 10 && sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && n == 10 &&
        ns_cal_valid(y, m, d)) {
        *out = (ns_ymd){y, m, d};
        return 3;
    }
    if (len == 7 && sscanf(v, "%4d-%2d%n", &y, &m, &n) == 2 && n == 7 && m >= 1 && m <= 12) {
        *out = (ns_ymd){y, m, 1};
        return 2;
    }
    if (len == 4 && sscanf(v, "%4d%n", &y, &n) == 1 && n == 4) {
        *out = (ns_ymd){y, 1, 1};
        return 1;
    }
    /* "In the spring of 1968 ... That autumn": a season's year (not a
     * quarter's or a half's, which a report compares with its own past) */
    if (len == 7 && sscanf(v, "%4d%n", &y, &n) == 1 && n == 4 && v[4] == '-' &&
        (!strcmp(v + 5, "SP") || !strcmp(v + 5, "SU") || !strcmp(v + 5, "FA") ||
         !strcmp(v + 5, "WI"))) {
        *out = (ns_ymd){y, 1, 1};
        return 1;
    }
    return 0;
}

/* The last calendar value among the DATE entities before index i, and how
 * precise it is: 1 year, 2 month, 3 day; 0 if there is none. A distal
 * anaphor passes over the present ones. */
static ns_ymd doc_ref(const ns_doc *doc);

static int anchor_before(const ns_doc *doc, size_t i, int distal, ns_ymd *out)
{
    int looked = 0;
    /* "last seen on June 10, 1994 ... said on Tuesday she was murdered that
     * night": in a past sentence "that" points past the days the story is
     * told on (within a week of the reference) to an older day it tells
     * of, when one comes before them; near holds the first such day */
    ns_ymd near = {0, 0, 0};
    int64_t ref_days = distal == 2 && doc->ref_year > 0 ? ns_cal_to_days(doc_ref(doc)) : 0;
    while (i-- > 0) {
        const newsent_entity *e = &doc->ents[i];
        const ns_timex_parse *q = e->detail;
        const char *v = e->value;
        if (++looked > NS_ANCHOR_LOOK)
            break;
        if (!v || (e->flags & NS_EF_DROP) || (e->type && strcmp(e->type, "DURATION") == 0) ||
            (e->type && strcmp(e->type, "SET") == 0))
            continue;
        /* "that year" points away from the present ("this fall ... 50
         * years not talking about that year"): never to "this" or "today" */
        if (distal && q && q->kind == NS_TX_REL && q->offset == 0)
            continue;
        /* "on July 18-21 ... the following week": from the range's end */
        if (v[0] == '(' && e->range_end)
            v = e->range_end;
        ns_ymd t;
        int prec = value_anchor(v, &t);
        if (!prec)
            continue;
        if (ref_days && prec == 3) {
            int64_t ago = ref_days - ns_cal_to_days(t);
            if (!near.y && ago >= -7 && ago <= 7) {
                near = t;
                continue;
            }
            if (near.y && ago < 30)
                continue;
        } else if (near.y) {
            break; /* a coarser date ends the look: the day near the reference */
        }
        *out = t;
        return prec;
    }
    if (!near.y)
        return 0;
    *out = near;
    return 3;
}

/* The last calendar value before entity i (see anchor_before). */
static int previous_anchor(const ns_doc *doc, size_t i, ns_ymd *out)
{
    return anchor_before(doc, i, 0, out);
}

/* Whether entity e opens with "that": "that year", "that day". */
static int distal(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const that[] = {"that", NULL};
    return ns_doc_word_is(doc, e->tok_start, that);
}

/* Whether DATE entity e follows a reporting verb: "said on Tuesday",
 * "announced Friday". */
static int reported(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const verbs[] = {"said",  "says",   "reported",  "announced", "told",
                                        "added", "stated", "confirmed", NULL};
    static const char *const on[] = {"on", NULL};
    size_t k = e->tok_start;
    for (int back = 0; back < 2 && k > 0; back++) {
        k--;
        if (ns_doc_word_is(doc, k, on))
            continue;
        return ns_doc_word_is(doc, k, verbs);
    }
    return 0;
}

/* The token that introduces day e, past an "on" ("which ended on Dec.
 * 31"): the one before its start, or SIZE_MAX when there is none. */
static size_t word_before_day(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const on[] = {"on", NULL};
    size_t k = e->tok_start;
    if (k >= 2 && k <= doc->toks.n && ns_doc_word_is(doc, k - 1, on))
        k--;
    return k == 0 || k > doc->toks.n ? SIZE_MAX : k - 1;
}

/* Whether the word before e is "ended" or "ending": "the quarter ended
 * March 31" names the quarter, and its last day is no period of its own. */
static int period_end_day(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const ended[] = {"ended", "ending", NULL};
    return ns_doc_word_is(doc, word_before_day(doc, e), ended);
}

/* Whether day e opens or closes a period: "since Jan 1", "the 52 weeks
 * to Sept. 27", "between 1 July and 3 November", "the season that began on
 * Oct. 1". */
static int period_bound(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const bounds[] = {"since", "to",    "through", "ended", "ending",
                                         "began", "begun", "started", "from",  NULL};
    static const char *const and_[] = {"and", NULL}, *const between[] = {"between", NULL};
    size_t b = word_before_day(doc, e);
    if (ns_doc_word_is(doc, b, bounds))
        return 1;
    /* (the second day of "between 1 July and 3 November") */
    if (!ns_doc_word_is(doc, b, and_))
        return 0;
    for (size_t j = b; j > 0 && b - j < 5; j--)
        if (ns_doc_word_is(doc, j - 1, between))
            return 1;
    return 0;
}

/* The months a results period ending on day e counts: 3 for "the three
 * months ended (to, through) Sept. 30", 6 for "the six months ended Dec.
 * 31"; 0 for anything else. */
static int months_to_day(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const ended[] = {"ended", "ending", "to", "through", NULL};
    static const char *const months[] = {"months", NULL};
    static const char *const three[] = {"three", "3", NULL}, *const six[] = {"six", "6", NULL};
    size_t b = word_before_day(doc, e);
    if (b == SIZE_MAX || b < 2 || !ns_doc_word_is(doc, b, ended) ||
        !ns_doc_word_is(doc, b - 1, months))
        return 0;
    return ns_doc_word_is(doc, b - 2, three) ? 3 : ns_doc_word_is(doc, b - 2, six) ? 6 : 0;
}

/* The quarter or half that "the three (six) months ended" day v closes,
 * written to out ("2024-Q3", "2024-H2"); 0 when v ends none. */
static int period_closed_by(const char *v, int months, char out[11])
{
    int y, m, d;
    if (!day_value(v, &y, &m, &d) || !ns_cal_valid(y, m, d) || d != ns_cal_days_in_month(y, m))
        return 0;
    if (months == 3 && m % 3 == 0)
        snprintf(out, 11, "%04d-Q%c", y % 10000, (char)('0' + m / 3));
    else if (months == 6 && m % 6 == 0)
        snprintf(out, 11, "%04d-H%c", y % 10000, (char)('0' + m / 6));
    else
        return 0;
    return 1;
}

/* The quarter that month entity i closes when the DATE just before it
 * opens it ("between July and September", "from January to March"),
 * written to out ("2024-Q3"); 0 otherwise. */
static int quarter_of_months(const ns_doc *doc, size_t i, char out[11])
{
    static const char *const join[] = {"and", "to", "through", "until", "-", "\u2013", NULL};
    const newsent_entity *e = &doc->ents[i], *b = i > 0 ? &doc->ents[i - 1] : NULL;
    int y, m, y0, m0, n = 0, n0 = 0;
    if (!b || !b->value || b->tok_end + 1 != e->tok_start ||
        !ns_doc_word_is(doc, b->tok_end, join) || sscanf(e->value, "%4d-%2d%n", &y, &m, &n) != 2 ||
        n != 7 || e->value[7] || sscanf(b->value, "%4d-%2d%n", &y0, &m0, &n0) != 2 || n0 != 7 ||
        b->value[7] || y0 != y || m % 3 != 0 || m0 != m - 2 || y < 0 || y > 9999)
        return 0;
    snprintf(out, 11, "%04d-Q%c", y, (char)('0' + m / 3));
    return 1;
}

/* The sentence an entity starts in (0 for one past the tokens). */
static uint32_t ent_sent(const ns_doc *doc, const newsent_entity *e)
{
    return e->tok_start < doc->toks.n ? doc->toks.v[e->tok_start].sent : 0;
}

/* The look-backs below read the DATEs before entity *i, nearest first:
 * this steps *i back to the next one that names a point or period (not a
 * duration, a set or a dropped one) and stores its sentence in *s. NULL,
 * which ends the look, once NS_ANCHOR_LOOK DATEs were passed or one starts
 * more than max_gap sentences before sent: each look stays a few
 * sentences long, and a document's look-backs linear. */
static const newsent_entity *date_before(const ns_doc *doc, size_t *i, uint32_t sent,
                                         uint32_t max_gap, int *looked, uint32_t *s)
{
    while ((*i)-- > 0) {
        const newsent_entity *e = &doc->ents[*i];
        if (++*looked > NS_ANCHOR_LOOK)
            return NULL;
        *s = ent_sent(doc, e);
        if (sent - *s > max_gap)
            return NULL;
        if (!e->value || (e->flags & NS_EF_DROP) || !e->type || strcmp(e->type, "DURATION") == 0 ||
            strcmp(e->type, "SET") == 0)
            continue;
        return e;
    }
    return NULL;
}

/* The period a business story is discussing, for "a year earlier" and "the
 * same period": the nearest DATE before entity i that names a quarter or a
 * half (in this sentence or the three before), or a month in this sentence
 * or the one before, or with `years` a year there. Days (the day of the
 * report) and other anchored expressions are passed over; anything else, or
 * a DATE further back, ends the search (so each look is a few sentences). Returns the value's
 * length ("1989-Q3": 7, "1989-10": 7 with *month set, "1989": 4) or 0.
 * A day that bounds the period ("since Jan 1") is kept in bound (its
 * year), for discussed_period to fall back on; past it only a quarter or
 * a half counts. */
static size_t discussed_period_in(const ns_doc *doc, size_t i, int years, char out[11], int *month,
                                  char bound[5])
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]), s;
    int looked = 0, first = 1;
    for (const newsent_entity *e; (e = date_before(doc, &i, sent, 3, &looked, &s));) {
        const char *v = e->value;
        const ns_timex_parse *q = e->detail;
        if (q && q->anchored)
            continue;
        size_t n = strlen(v);
        int digits = n >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' &&
                     v[2] >= '0' && v[2] <= '9' && v[3] >= '0' && v[3] <= '9';
        if (!digits)
            continue; /* PRESENT_REF and the like */
        if (bound[0] && !(n == 7 && (v[5] == 'Q' || v[5] == 'H')))
            return 0; /* past a period's bound only its quarter or half */
        if (n == 7 && (v[5] == 'Q' || v[5] == 'H')) {
            memcpy(out, v, 8);
            *month = 0;
            return 7;
        }
        if (n == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1') {
            /* a month: in this sentence, or for "a year earlier" the one
             * before ("a sequence that began in February. A year ago
             * Villa were 16th" compares no month) */
            if (sent - s > (years ? 1u : 0u))
                return 0;
            if (quarter_of_months(doc, i, out)) {
                *month = 0;
                return 7;
            }
            memcpy(out, v, 8);
            *month = 1;
            return 7;
        }
        /* "in the three months ended Sept. 30, from $191 million a year
         * earlier": the quarter that day closes */
        if (n == 10 && s == sent && period_closed_by(v, months_to_day(doc, e), out)) {
            *month = 0;
            return 7;
        }
        /* "arrivals since Jan 1 fell 3.1% from a year earlier", "the 52
         * weeks to Sept. 27": the day bounds the period compared, which
         * is no day; its year, as the annotators have it */
        /* (unless a quarter or a month named before it is the period) */
        if (years && first && s == sent && n == 10 && v[4] == '-' && period_bound(doc, e)) {
            memcpy(bound, v, 4);
            first = 0;
            continue;
        }
        if (n >= 10 && v[4] == '-' && v[7] == '-') {
            /* a day: most often the day of the report ("said on Tuesday"),
             * passed over; but the day just before in the same sentence
             * and not after a reporting verb is the one compared ("sales
             * on Thanksgiving Day rose 3% from a year earlier") */
            if (first && s == sent && n == 10 && !reported(doc, e) && !period_end_day(doc, e)) {
                memcpy(out, v, 11);
                *month = 1;
                return 10;
            }
            first = 0;
            continue;
        }
        /* a week is when the figures came out, as a day is ("released
         * figures for December last week, showing sales up 20% from a
         * year earlier") */
        if (n == 8 && v[4] == '-' && v[5] == 'W') {
            first = 0;
            continue;
        }
        first = 0;
        if (n == 4 && years && sent - s <= 1) {
            memcpy(out, v, 5);
            *month = 0;
            return 4;
        }
        return 0;
    }
    return 0;
}

static size_t discussed_period(const ns_doc *doc, size_t i, int years, char out[11], int *month)
{
    char bound[5] = "";
    size_t n = discussed_period_in(doc, i, years, out, month, bound);
    if (n || !bound[0])
        return n;
    memcpy(out, bound, 5); /* the year of the period's bound */
    *month = 0;
    return 4;
}

/* The quarter a story discusses before entity i, for "the previous
 * quarter": the nearest DATE up to eight sentences back that names one
 * ("the first quarter", or "January-March" as a range), past any month,
 * day or year between ("at its next meeting in July"); its year in *y
 * and quarter in *q. */
static int quarter_discussed(const ns_doc *doc, size_t i, int *y, int *q)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]), s;
    int looked = 0;
    for (const newsent_entity *e; (e = date_before(doc, &i, sent, 8, &looked, &s));) {
        const char *v = e->value;
        const ns_timex_parse *d = e->detail;
        int m1, m2, y2;
        if (d && d->anchored)
            continue;
        if (strlen(v) == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4' &&
            (*y = four_digit_year(v)) > 0) {
            *q = v[6] - '0';
            return 1;
        }
        /* "(2014-01,2014-03,P3M)": a quarter's three months */
        if (sscanf(v, "(%4d-%2d,%4d-%2d,P3M)", y, &m1, &y2, &m2) == 4 && y2 == *y && m2 == m1 + 2 &&
            m1 % 3 == 1) {
            *q = (m1 + 2) / 3;
            return 1;
        }
    }
    return 0;
}

/* "a year earlier", "the same period": from the period under discussion
 * when the story has one; 1 when it wrote b. */
static int resolve_anchored(const ns_doc *doc, size_t i, const ns_timex_parse *p, vbuf *b)
{
    char v[11];
    int month = 0;
    if (p->anchored == NS_ANCHOR_QUARTER_BACK) {
        int y, q;
        if (!quarter_discussed(doc, i, &y, &q))
            return 0;
        snprintf(b->s, sizeof b->s, "%04d-Q%d", q == 1 ? y - 1 : y, q == 1 ? 4 : q - 1);
        return 1;
    }
    if (!discussed_period(doc, i, p->anchored == NS_ANCHOR_YEAR_EARLIER, v, &month))
        return 0;
    if (p->anchored == NS_ANCHOR_SAME && month)
        return 0; /* the same period: a quarter or a half */
    int y = four_digit_year(v);
    /* "ago" counts from now: a period still ahead ("a contract that runs
     * until June 2026 ... the window a year ago") is no period it compares */
    if (p->anchored == NS_ANCHOR_YEAR_BACK && y > doc->ref_year)
        return 0;
    if (p->anchored != NS_ANCHOR_SAME)
        y -= p->kind == NS_TX_SHIFT && p->count > 1 ? (int)p->count : 1;
    if (y < 0)
        return 0;
    snprintf(b->s, sizeof b->s, "%04d%s", y, v + 4);
    /* "three years earlier" than a month named: the year, as news means it */
    if (p->kind == NS_TX_SHIFT && p->count > 1 && b->s[4] == '-' && b->s[5] >= '0' &&
        b->s[5] <= '9')
        b->s[4] = 0;
    int yy, m, d;
    if (day_value(b->s, &yy, &m, &d) && !ns_cal_valid(yy, m, d))
        b->s[7] = 0; /* a year before 29 February: that February */
    return 1;
}

/* Whether a parse is a clock time, a clock range or a part of a day with
 * no day of its own: "at 8 p.m.", "6am until midnight", "in the afternoon". */
static int dayless_clock(const ns_timex_parse *p)
{
    return p->kind == NS_TX_CAL && (p->hour >= 0 || p->pod) && !p->year && !p->month && !p->day &&
           !p->weekday && !p->season && !p->quarter && !p->half && !p->holiday && !p->has_yrel;
}

/* A clock range on one day (5-6 pm): both ends and the interval; 0 if the
 * end is not after the start. */
static int clock_range_ends(ns_doc *doc, newsent_entity *e, const ns_timex_parse *p,
                            const vbuf *first)
{
    const char *t = strchr(first->s, 'T');
    int mins = (p->hour2 * 60 + p->minute2) - (p->hour * 60 + p->minute);
    if (!t || t[1] < '0' || t[1] > '9' || mins <= 0)
        return 0;
    int day = (int)(t - first->s);
    char dur[24];
    if (mins % 60 == 0)
        snprintf(dur, sizeof dur, "PT%dH", mins / 60);
    else if (mins > 60)
        snprintf(dur, sizeof dur, "PT%dH%dM", mins / 60, mins % 60);
    else
        snprintf(dur, sizeof dur, "PT%dM", mins);
    e->range_begin = ns_arena_printf(&doc->arena, "%s", first->s);
    e->range_end =
        ns_arena_printf(&doc->arena, "%.*sT%02d:%02d", day, first->s, p->hour2, p->minute2);
    if (!e->range_begin || !e->range_end)
        return -1;
    e->value = ns_arena_printf(&doc->arena, "(%s,%s,%s)", e->range_begin, e->range_end, dur);
    if (!e->value)
        return -1;
    e->flags |= NS_EF_RANGE;
    return 1;
}

/* Whether DATE n follows the clock time e at once ("10 p.m. Friday", "10
 * p.m. on Friday") or a few words later after "on" ("at midday in trading
 * on Wednesday"), with no punctuation between. */
static int near_day(const ns_doc *doc, const newsent_entity *e, const newsent_entity *n)
{
    static const char *const on[] = {"on", NULL}, *const of[] = {"of", NULL};
    static const char *const parts[] = {"night", "morning", "afternoon", "evening", NULL};
    /* "10 p.m. Friday", "10 p.m., Friday", "10 p.m. on Friday"; not
     * "nightly at midnight until Sept. 18" */
    if (n->tok_start <= e->tok_end)
        return 1;
    if (n->tok_start == e->tok_end + 1 && e->tok_end < doc->toks.n)
        return doc->toks.v[e->tok_end].kind != NS_TOK_WORD || ns_doc_word_is(doc, e->tok_end, on) ||
               ns_doc_word_is(doc, e->tok_end, of);
    /* "from 9pm to 5am on the night of Monday 24 March" */
    int night_of = n->tok_start == e->tok_end + 4 && ns_doc_word_is(doc, e->tok_end, on) &&
                   ns_doc_word_is(doc, e->tok_end + 2, parts) &&
                   ns_doc_word_is(doc, n->tok_start - 1, of);
    if (n->tok_start > e->tok_end + 4 || n->tok_start > doc->toks.n ||
        !(ns_doc_word_is(doc, n->tok_start - 1, on) || night_of))
        return 0;
    /* (past the bracket that closes a conversion, "0812 GMT) on Saturday",
     * or a comma: "9:30 a.m. to 4 p.m., on Monday") */
    for (uint32_t k = e->tok_end; k < n->tok_start; k++)
        if (doc->toks.v[k].kind != NS_TOK_WORD &&
            !(k == e->tok_end &&
              (doc->text[doc->toks.v[k].start] == ')' ||
               (doc->text[doc->toks.v[k].start] == ',' && n->tok_start == e->tok_end + 2))))
            return 0;
    return 1;
}

/* Whether the value v is on the reference date. */
static int same_as_ref(const ns_doc *doc, const char *v)
{
    int y, m, d;
    return day_value(v, &y, &m, &d) && y == doc->ref_year && m == doc->ref_month &&
           d == doc->ref_day;
}

/* Whether "tonight" comes before entity e in its sentence ("Tonight, cloud
 * thickens from the west after midnight": the midnight ahead). */
static int tonight_before(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const tonight[] = {"tonight", NULL};
    uint32_t sent = ent_sent(doc, e);
    for (size_t k = e->tok_start; k-- > 0 && doc->toks.v[k].sent == sent;)
        if (ns_doc_word_is(doc, k, tonight))
            return 1;
    return 0;
}

/* "midnight" as the T00:00 that opens a day or the T24:00 that closes it
 * (b holds the latter). In a sentence about the past, "shortly after
 * midnight" and a bare "midnight" on the story's own day ("went over the
 * fiscal cliff at midnight") opened the day, and so does "after midnight"
 * on the story's day with no tense to read ("shortly after midnight,
 * officials said"). "After midnight" still ahead is the next day's small
 * hours, written as annotators do as that day's T00:00 ("Go out after
 * midnight", said on 12 August: 08-13T00:00). A deadline's ("midnight
 * Friday", "a midnight deadline"), one ahead ("until midnight") and one
 * run past ("stayed open past midnight") close the day. */
static void midnight_form(const ns_doc *doc, const newsent_entity *e, const ns_timex_parse *p,
                          int named_day, vbuf *b)
{
    static const char *const after[] = {"after", NULL}, *const deadline[] = {"deadline", NULL};
    int y, m, d;
    if (p->hour != 24 || strlen(b->s) != 16 || strcmp(b->s + 10, "T24:00") != 0 ||
        (e->tok_end < doc->toks.n && ns_doc_word_is(doc, e->tok_end, deadline)) ||
        !day_value(b->s, &y, &m, &d) || !ns_cal_valid(y, m, d))
        return;
    int opens = e->tok_start > 0 && ns_doc_word_is(doc, e->tok_start - 1, after);
    /* the midnight of New Year's Day is the one the year turns at, not the
     * one after it ("the ball drop went ahead at midnight" in a story of
     * New Year's Day) */
    if (m == 1 && d == 1) {
        memcpy(b->s + 11, "00", 2);
        return;
    }
    if (opens && !named_day && p->tense > 0) {
        put_day(b, ns_cal_add_days((ns_ymd){y, m, d}, 1));
        strcat(b->s, "T00:00");
        return;
    }
    if (p->tense > 0 ||
        (p->tense == 0 && (!opens || !same_as_ref(doc, b->s) || tonight_before(doc, e))))
        return;
    if (opens || (!named_day && dayless_clock(p)))
        memcpy(b->s + 11, "00", 2);
}

/* Whether the word after entity e joins it to the next as a range's
 * start: "to", "until", or "and" after "between" ("between 11 pm and 1
 * am"); "and" alone joins two times, not a range ("2130 GMT and 0115 GMT
 * Sunday" are two kick-offs). */
static int clock_pair(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const joins[] = {"to", "until", "till", "through", NULL};
    static const char *const and[] = {"and", NULL}, *const between[] = {"between", NULL};
    return ns_doc_word_is(doc, e->tok_end, joins) ||
           (ns_doc_word_is(doc, e->tok_end, and) && e->tok_start > 0 &&
            ns_doc_word_is(doc, e->tok_start - 1, between));
}

/* The end of a range written as two full clock times ("10 a.m. to 4 p.m.
 * Saturday"): its clock in minutes plus one (a day and a minute when it has
 * no day of its own), else 0. The start is on the end's day, or the day
 * before when it is later on the clock. */
static int range_end_clock(const ns_doc *doc, const newsent_entity *e, const newsent_entity *n)
{
    const ns_timex_parse *q = n->detail;
    size_t nl = n->value ? strlen(n->value) : 0;
    int hh, mm;
    if (n->tok_start != e->tok_end + 1 || !clock_pair(doc, e) || !q || q->hour < 0 || nl != 16 ||
        n->value[10] != 'T' || sscanf(n->value + 11, "%2d:%2d", &hh, &mm) != 2)
        return 0;
    /* an end with no day of its own took the story's, as the start would:
     * only one that names its day, or is followed at once by one ("from 6
     * p.m. until midday on Christmas Day"), can move the start to the day
     * before */
    size_t ni = (size_t)(n - doc->ents);
    int dated = !dayless_clock(q) || (ni + 1 < doc->nents && near_day(doc, n, &doc->ents[ni + 1]));
    return dated ? hh * 60 + mm + 1 : 24 * 60 + 1;
}

/* Whether entity n gives clock time e again in brackets, in another
 * zone: "4:12 p.m. (0812 GMT)". */
static int converted_after(const ns_doc *doc, const newsent_entity *e, const newsent_entity *n)
{
    const ns_timex_parse *q = n->detail;
    return q && dayless_clock(q) && n->tok_start == e->tok_end + 1 &&
           doc->text[doc->toks.v[e->tok_end].start] == '(' && n->tok_end < doc->toks.n &&
           doc->text[doc->toks.v[n->tok_end].start] == ')';
}

/* Whether clock time n (entity j) is clock time e's sibling on one day:
 * "open at 6 a.m. and close at 6 p.m. on June 3", joined by "and", a verb
 * and "at", n dated by the day right after it. */
static int clock_sibling(const ns_doc *doc, const newsent_entity *e, const newsent_entity *n,
                         size_t j)
{
    static const char *const and_[] = {"and", NULL}, *const at[] = {"at", NULL};
    const ns_timex_parse *q = n->detail;
    if (!q || !dayless_clock(q) || n->tok_start < e->tok_end + 3 || n->tok_start > e->tok_end + 4 ||
        !ns_doc_word_is(doc, e->tok_end, and_) || !ns_doc_word_is(doc, n->tok_start - 1, at) ||
        j + 1 >= doc->nents)
        return 0;
    const newsent_entity *day = &doc->ents[j + 1];
    return day->value && strlen(day->value) == 10 && near_day(doc, n, day) &&
           strncmp(day->value, n->value, 10) == 0;
}

/* "until 10 p.m. on Christmas Eve": a bare clock time followed at once by
 * a day (or a day's part) is on that day; run when every value is known. */
static int clock_then_day(ns_doc *doc)
{
    /* backwards, so that "noon until 3 p.m. on Friday" hands Friday on */
    for (size_t i = doc->nents > 0 ? doc->nents - 1 : 0; i-- > 0;) {
        newsent_entity *e = &doc->ents[i];
        const ns_timex_parse *p = e->detail;
        if (!p || !e->value || (e->flags & NS_EF_DROP) || !dayless_clock(p))
            continue;
        const newsent_entity *from = e;
        for (size_t j = i + 1; j < doc->nents; j++) {
            const newsent_entity *n = &doc->ents[j];
            /* "at 4:12 p.m. (0812 GMT) on Saturday": the day after the
             * time given again in brackets */
            if (from == e && converted_after(doc, e, n)) {
                from = n;
                continue;
            }
            int y, m, d;
            size_t nl = n->value ? strlen(n->value) : 0;
            /* a day, or a day's part: "at 2:15 on Tuesday afternoon" */
            int part = nl == 13 && n->value[10] == 'T' && n->value[11] >= 'A';
            int end = range_end_clock(doc, e, n);
            /* "polls open at 6 a.m. and close at 6 p.m. on June 3": the
             * second clock's day, handed on from the day after it */
            int sibling =
                from == e && !end && nl == 16 && n->value[10] == 'T' && clock_sibling(doc, e, n, j);
            if ((near_day(doc, from, n) || end || sibling) && n->value &&
                !(n->flags & NS_EF_DROP) && (nl == 10 || part || end || sibling) &&
                day_value(n->value, &y, &m, &d) && ns_cal_valid(y, m, d)) {
                ns_timex_parse q = *p;
                if (end && q.hour >= 0 && q.hour * 60 + q.minute > end - 1) {
                    /* "from 10 p.m. to 5 a.m. Sunday": the night before */
                    ns_ymd prev = ns_cal_add_days((ns_ymd){y, m, d}, -1);
                    y = prev.y;
                    m = prev.m;
                    d = prev.d;
                }
                if (part && !q.pm && q.hour >= 1 && q.hour < 12 &&
                    (strcmp(n->value + 11, "AF") == 0 || strcmp(n->value + 11, "EV") == 0 ||
                     (strcmp(n->value + 11, "NI") == 0 && q.hour >= 6)))
                    q.hour += 12; /* no a.m. or p.m.: the afternoon says which */
                vbuf b;
                b.s[0] = 0;
                resolve_cal(&q, (ns_ymd){y, m, d}, &b);
                midnight_form(doc, e, &q, 1, &b);
                /* "from 6am until midnight on Friday": both ends on it */
                int r = q.hour2 >= 0 ? clock_range_ends(doc, e, &q, &b) : 0;
                if (r < 0)
                    return NEWSENT_ENOMEM;
                if (r == 0)
                    e->value = ns_arena_strndup(&doc->arena, b.s, strlen(b.s));
                if (!e->value)
                    return NEWSENT_ENOMEM;
            }
            break;
        }
    }
    return NEWSENT_OK;
}

/* Whether one of `words` stands among the n tokens before entity e in its
 * sentence. */
static int word_before(const ns_doc *doc, const newsent_entity *e, const char *const *words,
                       uint32_t n)
{
    uint32_t sent = ent_sent(doc, e);
    for (uint32_t k = e->tok_start, b = 0; k-- > 0 && b < n; b++) {
        if (doc->toks.v[k].sent != sent)
            break;
        if (ns_doc_word_is(doc, k, words))
            return 1;
    }
    return 0;
}

/* Whether a verb of moving stands a few words before entity e in its
 * sentence: "moved the ceremony from 10 a.m. to 9 a.m.". */
static int moved_before(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const moved[] = {"moved",   "move",   "moves",       "moving", "brought",
                                        "shifted", "shift",  "changed",     "change", "pushed",
                                        "bumped",  "switch", "rescheduled", NULL};
    return word_before(doc, e, moved, 12);
}

/* Sets entity e's value to day t followed by rest ("T05:00", or ""); 0,
 * or NEWSENT_ENOMEM. */
static int set_day_value(ns_doc *doc, newsent_entity *e, ns_ymd t, const char *rest)
{
    e->value = ns_arena_printf(&doc->arena, "%04d-%02d-%02d%s", t.y, t.m, t.d, rest);
    return e->value ? NEWSENT_OK : NEWSENT_ENOMEM;
}

/* "closed from 10 p.m. Friday to 5 a.m.": an end with no day of its own,
 * earlier on the clock than the start it is joined to, is on the day
 * after the start's; run once both ends have their days. */
static int overnight_end(ns_doc *doc)
{
    for (size_t i = 0; i + 1 < doc->nents; i++) {
        const newsent_entity *e = &doc->ents[i];
        newsent_entity *n = &doc->ents[i + 1];
        const ns_timex_parse *p = e->detail, *q = n->detail;
        int y, m, d, h1, m1, h2, m2;
        if (!p || !q || (e->flags & NS_EF_DROP) || (n->flags & NS_EF_DROP) || !e->value ||
            !n->value || p->hour < 0 || q->hour < 0 || !dayless_clock(q) || q->hour2 >= 0 ||
            n->tok_start != e->tok_end + 1 || !clock_pair(doc, e) || strlen(e->value) != 16 ||
            strlen(n->value) != 16 || memcmp(e->value, n->value, 10) != 0 ||
            !day_value(n->value, &y, &m, &d) || sscanf(e->value + 11, "%2d:%2d", &h1, &m1) != 2 ||
            sscanf(n->value + 11, "%2d:%2d", &h2, &m2) != 2 || h2 * 60 + m2 >= h1 * 60 + m1 ||
            !ns_cal_valid(y, m, d))
            continue;
        /* nor a time changed to another: "moved the ceremony from 10 a.m.
         * to 9 a.m." */
        if (moved_before(doc, e))
            continue;
        /* nor one dated by the day after it: "until 5 a.m. on Sunday" */
        if (i + 2 < doc->nents && near_day(doc, n, &doc->ents[i + 2]))
            continue;
        if (set_day_value(doc, n, ns_cal_add_days((ns_ymd){y, m, d}, 1), n->value + 10))
            return NEWSENT_ENOMEM;
    }
    return NEWSENT_OK;
}

/* "at 7 p.m. that day", "at 5pm the following day": a clock time and the
 * day the story counts to right after it are one TIME, as "9 p.m.
 * yesterday" is; the clock time has taken that day already. */
static int clock_with_day(ns_doc *doc)
{
    static const char *const that_the[] = {"that", "the", NULL};
    for (size_t i = 0; i + 1 < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i], *n = &doc->ents[i + 1];
        const ns_timex_parse *p = e->detail, *q = n->detail;
        if (!p || !q || (e->flags & NS_EF_DROP) || (n->flags & NS_EF_DROP) || !e->value ||
            !n->value || !dayless_clock(p) || p->hour2 >= 0 || n->tok_start != e->tok_end ||
            (q->kind != NS_TX_ANAPHOR && q->kind != NS_TX_SHIFT && q->kind != NS_TX_REL) ||
            q->hour >= 0 || !ns_doc_word_is(doc, n->tok_start, that_the) ||
            strlen(e->value) != 16 || (strlen(n->value) != 10 && strlen(n->value) != 13) ||
            memcmp(e->value, n->value, 10) != 0)
            continue;
        e->byte_end = n->byte_end;
        e->tok_end = n->tok_end;
        n->flags |= NS_EF_DROP;
    }
    return NEWSENT_OK;
}

/* A web page's stamp that ends its line, "Posted Jan 23, 2026 at 6:05 PM",
 * is one TIME as the stamps set off by a comma are ("at" parts a date and
 * its clock time in running text: "on April 20, 2026 at 16:05 -
 * Modified"); only a full date and a clock with a.m./p.m. or a zone. */
static int stamp_at_clock(ns_doc *doc)
{
    static const char *const at[] = {"at", NULL};
    for (size_t i = 0; i + 1 < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i], *n = &doc->ents[i + 1];
        const ns_timex_parse *p = e->detail, *q = n->detail;
        if (!p || !q || (e->flags & NS_EF_DROP) || (n->flags & NS_EF_DROP) || !e->value ||
            !n->value || p->kind != NS_TX_CAL || !p->year || !p->month || !p->day || p->hour >= 0 ||
            p->day2 || !dayless_clock(q) || q->hour < 0 || q->hour2 >= 0 || !(q->pm || q->tz) ||
            n->tok_start != e->tok_end + 1 || !ns_doc_word_is(doc, e->tok_end, at) ||
            strlen(e->value) != 10 || strlen(n->value) < 16 || memcmp(e->value, n->value, 10) != 0)
            continue;
        if (n->tok_end < doc->toks.n &&
            !(doc->toks.v[n->tok_end].flags & (NS_TF_NEWLINE_BEFORE | NS_TF_PARA_START)))
            continue;
        ns_timex_parse *m = ns_arena_alloc(&doc->arena, sizeof *m);
        if (!m)
            return NEWSENT_ENOMEM;
        *m = *p;
        m->hour = q->hour;
        m->minute = q->minute;
        m->second = q->second;
        m->pm = q->pm;
        m->tz = q->tz;
        m->type = NS_TT_TIME;
        e->detail = m;
        e->type = "TIME";
        e->value = n->value;
        e->byte_end = n->byte_end;
        e->tok_end = n->tok_end;
        n->flags |= NS_EF_DROP;
    }
    return NEWSENT_OK;
}

/* Whether entity e is a weekday and nothing else ("Thursday"), with a
 * day's value. */
static int bare_weekday(const newsent_entity *e)
{
    const ns_timex_parse *p = e->detail;
    return p && !(e->flags & NS_EF_DROP) && e->value && strlen(e->value) == 10 &&
           p->kind == NS_TX_CAL && p->weekday && !p->month && !p->day && !p->year && p->hour < 0;
}

/* The span "between Thursday and Tuesday", "from Friday to Sunday" that
 * holds the reference day, if one can ("expects 18 million passengers",
 * a holiday rush told in its middle, whatever the sentence's tense made of
 * its ends): its first day in *a and its length; 0 when none can. */
static int weekday_window(const ns_doc *doc, const newsent_entity *e, int len, ns_ymd ref,
                          ns_ymd *a)
{
    static const char *const opens[] = {"between", "from", NULL};
    static const char *const joins[] = {"and", "to", "until", "till", "through", NULL};
    if (e->tok_start == 0 || !ns_doc_word_is(doc, e->tok_start - 1, opens) ||
        !ns_doc_word_is(doc, e->tok_end, joins) || len == 0)
        return 0;
    int w1 = ((const ns_timex_parse *)e->detail)->weekday;
    *a = resolve_weekday(ref, w1, -1); /* the first day, on or before the reference */
    return ns_cal_to_days(*a) + len >= ns_cal_to_days(ref);
}

/* The document's reference date, or 1 January 2000 when it has none a
 * calendar holds. */
static ns_ymd doc_ref(const ns_doc *doc)
{
    ns_ymd ref = {doc->ref_year, doc->ref_month, doc->ref_day};
    if (!ns_cal_valid(ref.y, ref.m, ref.d))
        ref = (ns_ymd){2000, 1, 1};
    return ref;
}

/* Two weekdays joined into one span or pair read together: a span that can
 * hold the reference day is that one (weekday_window); of two a few days
 * apart joined by "and" or "or" ("passengers booked to fly Wednesday or
 * Thursday", "closed Sunday and Monday") the second follows the first, and
 * so does the end of a run from a weekday or its part ("waivers covering
 * Thursday through Monday", "Sunday night into Monday"). */
static int weekday_spans(ns_doc *doc)
{
    ns_ymd ref = doc_ref(doc);
    static const char *const andor[] = {"and", "or", NULL};
    static const char *const runs[] = {"through", "thru", "into", "until", "till", "to", NULL};
    for (size_t i = 0; i + 1 < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i], *n = &doc->ents[i + 1];
        ns_ymd a;
        int y, m, d;
        const ns_timex_parse *p = e->detail;
        if (p && e->value && !(e->flags & NS_EF_DROP) && p->kind == NS_TX_CAL && p->weekday &&
            !p->month && !p->day && !p->year && p->hour < 0 && bare_weekday(n) &&
            n->tok_start == e->tok_end + 1 && ns_doc_word_is(doc, e->tok_end, runs) &&
            day_value(e->value, &y, &m, &d) && ns_cal_valid(y, m, d)) {
            int run = (((const ns_timex_parse *)n->detail)->weekday - p->weekday + 7) % 7;
            if (run > 0 && !weekday_window(doc, e, run, ref, &a) &&
                set_day_value(doc, n, ns_cal_add_days((ns_ymd){y, m, d}, run), ""))
                return NEWSENT_ENOMEM;
        }
        if (!bare_weekday(e) || !bare_weekday(n) || n->tok_start != e->tok_end + 1)
            continue;
        int len = (((const ns_timex_parse *)n->detail)->weekday -
                   ((const ns_timex_parse *)e->detail)->weekday + 7) %
                  7;
        if (weekday_window(doc, e, len, ref, &a)) {
            if (set_day_value(doc, e, a, "") || set_day_value(doc, n, ns_cal_add_days(a, len), ""))
                return NEWSENT_ENOMEM;
        } else if (len >= 1 && len <= 3 && ns_doc_word_is(doc, e->tok_end, andor) &&
                   day_value(e->value, &y, &m, &d) && ns_cal_valid(y, m, d)) {
            if (set_day_value(doc, n, ns_cal_add_days((ns_ymd){y, m, d}, len), ""))
                return NEWSENT_ENOMEM;
        }
    }
    return NEWSENT_OK;
}

/* A weekday the next DATE pins down is that DATE's day when their
 * weekdays agree, whatever tense the sentence reads in: "after Thursday's
 * Independence Day picnics" (a feast it owns), "tabled on Friday (Oct 18)"
 * (a date in brackets, as papers in South Asia and Malaysia write it). */
static int weekday_of_next_day(ns_doc *doc)
{
    static const char *const owner[] = {"'s", "\u2019s", NULL};
    static const char *const paren[] = {"(", NULL};
    for (size_t i = 0; i + 1 < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i];
        const newsent_entity *n = &doc->ents[i + 1];
        const ns_timex_parse *p = e->detail, *q = n->detail;
        int y, m, d;
        if (!p || !q || !p->weekday || p->month || p->day || n->tok_start != e->tok_end + 1 ||
            !n->value || !e->value || (e->flags & NS_EF_DROP) || (n->flags & NS_EF_DROP) ||
            !day_value(n->value, &y, &m, &d) || !ns_cal_valid(y, m, d) ||
            ns_cal_weekday((ns_ymd){y, m, d}) != p->weekday || strlen(e->value) < 10 ||
            (e->value[10] != 0 && e->value[10] != 'T'))
            continue;
        int feast = (q->holiday || q->feast) && ns_doc_word_is(doc, e->tok_end, owner);
        int bracket = q->month && q->day && !q->weekday && q->hour < 0 &&
                      ns_doc_word_is(doc, e->tok_end, paren);
        if (!feast && !bracket)
            continue;
        /* (a part of the day stays: "Tuesday night (Aug. 12)") */
        const char *v = ns_arena_printf(&doc->arena, "%.10s%s", n->value, e->value + 10);
        if (!v)
            return NEWSENT_ENOMEM;
        e->value = v;
    }
    return NEWSENT_OK;
}

/* The Monday of the week the DATE just before entity i in its sentence
 * names: weekly figures compared ("in the week ending Dec. 14, up from
 * 4.1% a week earlier", "... down from 4.6% the week before"). 0 when that
 * DATE is no week. */
static int week_written_before(const ns_doc *doc, size_t i, ns_ymd *out)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]), s;
    int looked = 0, wy, w, n = 0;
    const newsent_entity *e = date_before(doc, &i, sent, 0, &looked, &s);
    if (!e || strlen(e->value) != 8 || sscanf(e->value, "%4d-W%2d%n", &wy, &w, &n) != 2 || n != 8 ||
        w < 1 || w > ns_cal_iso_weeks_in_year(wy))
        return 0;
    *out = ns_cal_iso_week_monday(wy, w);
    return 1;
}

/* The month the DATE just before entity i in its sentence names, for
 * monthly figures compared ("fell to 58 at the end of June from 71 a month
 * earlier": May's). 0 when that DATE is no month. */
static int month_written_before(const ns_doc *doc, size_t i, ns_ymd *out)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]), s;
    int looked = 0, y, m, n = 0;
    const newsent_entity *e = date_before(doc, &i, sent, 0, &looked, &s);
    if (!e || strlen(e->value) != 7 || sscanf(e->value, "%4d-%2d%n", &y, &m, &n) != 2 || n != 7 ||
        m < 1 || m > 12)
        return 0;
    *out = (ns_ymd){y, m, 1};
    return 1;
}

/* The last day written before entity i, in its sentence or the max_gap
 * before it: a DATE with a day's value, passing over clock times, whose day
 * is one they took. Coarser dates are passed over too, unless `first`: then
 * the first other DATE met must be a calendar day ("on March 3; two days
 * earlier", not a day beyond "in 2024"). 0 when there is none. */
static int written_day_before(const ns_doc *doc, size_t i, uint32_t max_gap, int first, ns_ymd *out)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]), s;
    int looked = 0;
    for (const newsent_entity *e; (e = date_before(doc, &i, sent, max_gap, &looked, &s));) {
        const ns_timex_parse *q = e->detail;
        int y, m, d;
        if (q && dayless_clock(q))
            continue;
        if (!day_value(e->value, &y, &m, &d) || !ns_cal_valid(y, m, d) ||
            (first && (!q || q->kind != NS_TX_CAL))) {
            if (first)
                return 0;
            continue;
        }
        *out = (ns_ymd){y, m, d};
        return 1;
    }
    return 0;
}

/* "the Tuesday", "the Friday": a weekday with the article is one of the
 * week a story has just named, the nearest to the last day it wrote in
 * this sentence or the three before ("Schools in Wales return on Monday,
 * Sept. 3, and most in England on the Tuesday", "The fight is on June 20
 * ... The weigh-in is on the Friday"), not one counted from the
 * reference. */
static int weekday_of_story_week(ns_doc *doc)
{
    static const char *const the[] = {"the", NULL}, *const orand[] = {"or", "and", NULL};
    for (size_t i = 0; i < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i];
        if (!bare_weekday(e) || e->tok_start == 0 || !ns_doc_word_is(doc, e->tok_start - 1, the))
            continue;
        /* (not "the Tuesday meeting": the article is the noun's) */
        if (ns_doc_lower_word(doc, e->tok_end) && !ns_doc_word_is(doc, e->tok_end, orand))
            continue;
        int wd = ((const ns_timex_parse *)e->detail)->weekday;
        ns_ymd a;
        if (!written_day_before(doc, i, 3, 0, &a))
            continue;
        int delta = (wd - ns_cal_weekday(a) + 10) % 7 - 3;
        if (set_day_value(doc, e, ns_cal_add_days(a, delta), ""))
            return NEWSENT_ENOMEM;
        e->tok_start--;
        e->byte_start = (uint32_t)doc->toks.v[e->tok_start].start;
    }
    return NEWSENT_OK;
}

/* Whether entity i, a weekday, stands in brackets after what it glosses:
 * "(Tuesday)", or the second of "(Friday to Monday)", after the bracketed
 * weekday entity before it. */
static int bracketed_weekday(const ns_doc *doc, size_t i)
{
    static const char *const open[] = {"(", NULL};
    static const char *const joins[] = {"to", "-", "\u2013", "and", "through", NULL};
    size_t k = doc->ents[i].tok_start;
    if (k > 0 && ns_doc_word_is(doc, k - 1, open))
        return 1;
    const newsent_entity *b = i > 0 ? &doc->ents[i - 1] : NULL;
    return b && k > 2 && ns_doc_word_is(doc, k - 1, joins) && bare_weekday(b) &&
           b->tok_end == k - 1 && b->tok_start == k - 2 && ns_doc_word_is(doc, k - 3, open);
}

/* Whether entity i is a weekday after a feast and "on": "With Diwali on
 * Monday", "Eid on Friday". */
static int feast_on_weekday(const ns_doc *doc, size_t i)
{
    static const char *const on[] = {"on", NULL};
    const newsent_entity *e = &doc->ents[i];
    if (i == 0 || e->tok_start < 2 || !ns_doc_word_is(doc, e->tok_start - 1, on))
        return 0;
    const newsent_entity *b = &doc->ents[i - 1];
    const ns_timex_parse *q = b->detail;
    return q && (q->holiday || q->feast) && b->tok_end + 1 == e->tok_start;
}

/* "Christmas Day, a Friday", "reopened on 4 July, a Saturday", "Feb. 29,
 * 2020, falls on a Saturday": a weekday after "a" takes the day named a few
 * words before it in its sentence when their weekdays agree, and so does
 * one after a feast and "on" ("With Diwali on Monday"); so does one
 * in brackets after one day or two, as papers in South Asia write them
 * ("on March 24 (Tuesday)", "from March 20 to March 23 (Friday to
 * Monday)"), from the nearest of them it agrees with. Run when every
 * value is known. */
static int weekday_of_day_before(ns_doc *doc)
{
    static const char *const a[] = {"a", "an", NULL};
    for (size_t i = 0; i < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i];
        const ns_timex_parse *p = e->detail;
        if (!bare_weekday(e) || e->tok_start == 0)
            continue;
        /* "culminate on Saturday, Independence Day": the feast in apposition
         * after it, when it falls on that weekday */
        const newsent_entity *f = i + 1 < doc->nents ? &doc->ents[i + 1] : NULL;
        const ns_timex_parse *fq = f ? f->detail : NULL;
        int fy, fm, fd;
        if (f && fq && fq->feast && f->tok_start == e->tok_end + 1 &&
            doc->text[doc->toks.v[e->tok_end].start] == ',' && f->value &&
            day_value(f->value, &fy, &fm, &fd) && ns_cal_valid(fy, fm, fd) &&
            ns_cal_weekday((ns_ymd){fy, fm, fd}) == p->weekday) {
            e->value = ns_arena_strndup(&doc->arena, f->value, 10);
            if (!e->value)
                return NEWSENT_ENOMEM;
            continue;
        }
        int after_a = ns_doc_word_is(doc, e->tok_start - 1, a) || feast_on_weekday(doc, i);
        if (!after_a && !bracketed_weekday(doc, i))
            continue;
        int tries = after_a ? 1 : 3;
        for (size_t j = i; j-- > 0 && tries > 0;) {
            const newsent_entity *b = &doc->ents[j];
            int y, m, d;
            if (b->flags & NS_EF_DROP)
                continue;
            if (b->tok_end + 8 < e->tok_start || ent_sent(doc, b) != ent_sent(doc, e))
                break;
            tries--;
            if (b->value && day_value(b->value, &y, &m, &d) && ns_cal_valid(y, m, d) &&
                ns_cal_weekday((ns_ymd){y, m, d}) == p->weekday) {
                e->value = ns_arena_strndup(&doc->arena, b->value, 10);
                if (!e->value)
                    return NEWSENT_ENOMEM;
                break;
            }
        }
    }
    return NEWSENT_OK;
}

/* "Mother's Day on March 30", "celebrate Easter on April 24": a feast
 * followed by "on" (or "falls on") and a written day of its year is that
 * day: a country's own Mother's Day, the Orthodox Easter. */
static int feast_on_day(ns_doc *doc)
{
    static const char *const on[] = {"on", NULL};
    static const char *const falls[] = {"falls", "fell", "fall", "falling", NULL};
    for (size_t i = 0; i + 1 < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i];
        const newsent_entity *n = &doc->ents[i + 1];
        const ns_timex_parse *p = e->detail, *q = n->detail;
        if (!p || !p->feast || (e->flags & NS_EF_DROP) || !e->value || strlen(e->value) != 10)
            continue;
        uint32_t k = e->tok_end;
        if (k < doc->toks.n && ns_doc_word_is(doc, k, falls))
            k++;
        if (q && q->month && q->day && !q->weekday && q->hour < 0 && !(n->flags & NS_EF_DROP) &&
            n->value && strlen(n->value) == 10 && k < doc->toks.n && ns_doc_word_is(doc, k, on) &&
            n->tok_start == k + 1 && memcmp(n->value, e->value, 4) == 0)
            e->value = n->value;
    }
    return NEWSENT_OK;
}

/* "the day before Thanksgiving", "the week after Easter": a day or week
 * next to the day the DATE after "before"/"after" names; run when every
 * value is known. Without such a DATE the value stays as resolved. */
static int next_to_day(ns_doc *doc)
{
    for (size_t i = 0; i + 1 < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i];
        const ns_timex_parse *p = e->detail;
        if (!p || !p->before_after || (e->flags & NS_EF_DROP))
            continue;
        const newsent_entity *n = &doc->ents[i + 1];
        int y, m, d;
        if (n->tok_start != e->tok_end + 1 || !n->value || (n->flags & NS_EF_DROP) ||
            !day_value(n->value, &y, &m, &d) || !ns_cal_valid(y, m, d))
            continue;
        vbuf b;
        ns_ymd t =
            ns_cal_add_days((ns_ymd){y, m, d}, p->before_after * (p->unit == NS_TU_WEEK ? 7 : 1));
        if (p->unit == NS_TU_WEEK)
            put_week(&b, t, "");
        else
            put_day(&b, t);
        e->value = ns_arena_strndup(&doc->arena, b.s, strlen(b.s));
        if (!e->value)
            return NEWSENT_ENOMEM;
    }
    return NEWSENT_OK;
}

/* "found on 15 February 2022 ... what happened in the early hours of 15
 * February": a day written again without its year, a few DATEs after the
 * story gave it one, is that year's; so is a day right after "the
 * following January" in its sentence ("granted the following January, and
 * on the air on Jan. 6"). 0 if neither. */
static int same_day_year(const ns_doc *doc, size_t i, int month, int day, size_t look)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]);
    for (size_t back = 0; back < look && i > 0; back++) {
        const newsent_entity *e = &doc->ents[--i];
        const ns_timex_parse *q = e->detail;
        const char *v = e->value;
        int y, m, d, n = 0;
        if (!q || !v || (e->flags & NS_EF_DROP))
            continue;
        if (q->kind == NS_TX_ANAPHOR && back == 0 && ent_sent(doc, e) == sent &&
            sscanf(v, "%4d-%2d%n", &y, &m, &n) == 2 && n == 7 && m == month)
            return y;
        if (q->kind == NS_TX_CAL && q->year && q->month == month && q->day == day &&
            sscanf(v, "%4d-%2d-%2d", &y, &m, &d) == 3)
            return y;
    }
    return 0;
}

/* A story told years after the fact: a day without its year ("on July 2",
 * "Saturday, April 29") right after a full date at least two years before
 * the reference, in its sentence or the one before ("within three weeks of
 * July 4, 1776 ... Congress had voted on July 2"), is that date's year; a
 * weekday has to fall on it there. The reference year is not the story's
 * then, and the nearer full date is. 0 when none. */
static int narrative_year(const ns_doc *doc, size_t i, ns_ymd ref, const ns_timex_parse *p)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]), s;
    int looked = 0;
    /* "has sold out every show since Aug. 9": "since" counts to now */
    static const char *const since[] = {"since", NULL};
    size_t k0 = doc->ents[i].tok_start;
    if (k0 > 0 && ns_doc_word_is(doc, k0 - 1, since))
        return 0;
    const newsent_entity *e = date_before(doc, &i, sent, 1, &looked, &s);
    /* the clock time of the day itself comes first: "surrendered at 3.30pm
     * on Saturday, April 29" */
    while (e && e->detail && dayless_clock(e->detail))
        e = date_before(doc, &i, sent, 1, &looked, &s);
    const ns_timex_parse *q = e ? e->detail : NULL;
    int y, m, d;
    /* the full date, or a day that took its year so ("... on July 8") */
    if (!q || q->kind != NS_TX_CAL || !q->month || !q->day || q->year2 || !e->value ||
        strlen(e->value) != 10 || sscanf(e->value, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
        (q->year && q->ydigits != 4) || y > ref.y - 2 || !ns_cal_valid(y, p->month, p->day))
        return 0;
    /* a feast goes by its name: in the sentence of the full date it is that
     * year's ("shot on June 19, 2021, as neighbours gathered for
     * Juneteenth"), after it the story's own ("the warmest since Dec. 31,
     * 2011. In Edinburgh, Hogmanay parties were called off") */
    if (p->feast && s != sent)
        return 0;
    if (p->weekday && ns_cal_weekday((ns_ymd){y, p->month, p->day}) != p->weekday)
        return 0;
    return y;
}

/* "found unresponsive in her flat on 12 February 2024 ... first called
 * NHS 111 at about 9pm on 10 February": a day of the past without its
 * year, within a month of a full date of the same or the month before a
 * few sentences back, is of that date's year when the reference year
 * would put it more than half a year before the reference (an episode
 * told on, not one of this year). 0 when none. */
static int episode_year(const ns_doc *doc, size_t i, ns_ymd ref, const ns_timex_parse *p)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]), s;
    int looked = 0, y, m, d;
    if (!ns_cal_valid(ref.y, p->month, p->day) ||
        ns_cal_to_days(ref) - ns_cal_to_days((ns_ymd){ref.y, p->month, p->day}) < 183)
        return 0;
    for (const newsent_entity *e; (e = date_before(doc, &i, sent, 4, &looked, &s));) {
        const ns_timex_parse *q = e->detail;
        if (!q || q->kind != NS_TX_CAL || !q->year || q->ydigits != 4 || !q->month || !q->day ||
            !e->value || strlen(e->value) < 10 ||
            sscanf(e->value, "%4d-%2d-%2d", &y, &m, &d) != 3 || y >= ref.y ||
            !ns_cal_valid(y, p->month, p->day))
            continue;
        int64_t gap =
            ns_cal_to_days((ns_ymd){y, m, d}) - ns_cal_to_days((ns_ymd){y, p->month, p->day});
        return gap >= -31 && gap <= 31 ? y : 0;
    }
    return 0;
}

/* "on Good Friday, 10 April 1998": a feast or day followed, after a comma,
 * by a date with its year is in that year; 0 otherwise. Entity i+1 is
 * resolved after i, so its year is read from its parse. */
static int appositive_year(const ns_doc *doc, size_t i)
{
    if (i + 1 >= doc->nents)
        return 0;
    const newsent_entity *e = &doc->ents[i], *n = &doc->ents[i + 1];
    const ns_timex_parse *q = n->detail;
    if (!q || q->kind != NS_TX_CAL || !q->year || q->ydigits != 4 ||
        n->tok_start != e->tok_end + 1 || doc->text[doc->toks.v[e->tok_end].start] != ',')
        return 0;
    return q->year;
}

/* "from 4 April to 24 October": the second day of a span written as two
 * dates takes the first one's year, or the next when its month comes
 * earlier ("from Dec. 20 to Jan. 5"); 0 if entity i is not such an end.
 * Entity i-1 is resolved before i, so its year is read from its value. */
static int range_end_year(const ns_doc *doc, size_t i)
{
    static const char *const to[] = {"to", "until", "till", "through", "thru", NULL};
    if (i == 0)
        return 0;
    const newsent_entity *e = &doc->ents[i], *f = &doc->ents[i - 1];
    const ns_timex_parse *p = e->detail, *q = f->detail;
    int y, m, d;
    if (!q || !f->value || q->kind != NS_TX_CAL || !q->month || q->month2 || q->year ||
        f->tok_end + 1 != e->tok_start || !ns_doc_word_is(doc, f->tok_end, to) ||
        !day_value(f->value, &y, &m, &d))
        return 0;
    return p->month < q->month ? y + 1 : y;
}

/* The words that join the two ends of a run of months: "from June to
 * August", "June through September". */
static const char *const run_words[] = {"to", "until", "till", "through", "thru", NULL};

/* Whether entity n follows entity e across one word of the list:
 * "April and May", "June to August". */
static int joined_by(const ns_doc *doc, const newsent_entity *e, const newsent_entity *n,
                     const char *const *words)
{
    return n->tok_start == e->tok_end + 1 && ns_doc_word_is(doc, e->tok_end, words);
}

/* "between April and May 2024", "from 4 April to 24 October 2025": the
 * first of two dates joined by a word takes the year the second writes (the
 * one before when its month comes later); 0 if entity i is no such start. */
static int pair_start_year(const ns_doc *doc, size_t i)
{
    static const char *const joins[] = {"and", "to", "until", "till", "through", "thru", NULL};
    if (i + 1 >= doc->nents)
        return 0;
    const newsent_entity *e = &doc->ents[i], *n = &doc->ents[i + 1];
    if (!n->detail || !e->detail)
        return 0;
    const ns_timex_parse *p = e->detail, *q = n->detail;
    /* (or says: "between September and December of last year") */
    int qy = q->has_yrel && !q->year && doc->ref_year > 0 ? doc->ref_year + q->yrel
             : q->ydigits == 4                            ? q->year
                                                          : 0;
    if (q->kind != NS_TX_CAL || !q->month || !qy || q->month2 || !joined_by(doc, e, n, joins))
        return 0;
    return p->month > q->month ? qy - 1 : qy;
}

/* "the train runs from June to September", said in August: two bare months
 * joined by "to" around the reference month are this year's run (last
 * year's start when the run wraps: "from November to March", said in
 * January); 0 if entity i is no such start. */
static int run_now_year(const ns_doc *doc, size_t i, ns_ymd ref)
{
    if (i + 1 >= doc->nents)
        return 0;
    const newsent_entity *e = &doc->ents[i], *n = &doc->ents[i + 1];
    const ns_timex_parse *p = e->detail, *q = n->detail;
    if (!q || !p || q->kind != NS_TX_CAL || !q->month || q->day || q->year || q->has_yrel ||
        q->month2 || p->day || !joined_by(doc, e, n, run_words))
        return 0;
    int m1 = p->month, m2 = q->month;
    if (m1 <= m2)
        return ref.m >= m1 && ref.m <= m2 ? ref.y : 0;
    if (ref.m >= m1)
        return ref.y;
    return ref.m <= m2 ? ref.y - 1 : 0;
}

/* Whether entity n follows entity e as the next item of a list, a few
 * words on: "a break in October and another in March", "in May and
 * again in August". */
static int listed_again(const ns_doc *doc, const newsent_entity *e, const newsent_entity *n)
{
    static const char *const andor[] = {"and", "or", NULL};
    static const char *const fillers[] = {"another", "again", "then", "in",    "a",
                                          "one",     "once",  "more", "later", NULL};
    if (n->tok_start < e->tok_end + 2 || n->tok_start > e->tok_end + 4 ||
        !ns_doc_word_is(doc, e->tok_end, andor))
        return 0;
    for (size_t k = e->tok_end + 1; k < n->tok_start; k++)
        if (!ns_doc_word_is(doc, k, fillers))
            return 0;
    return 1;
}

/* "smaller reductions in February and June", "in May or June", "from June
 * to September": the second month of a pair runs on from the first's year
 * (the year after, when it comes earlier in the calendar: "in December and
 * June"); 0 if entity i is no such second month. */
static int list_year(const ns_doc *doc, size_t i)
{
    static const char *const andor[] = {"and", "or", NULL};
    if (i == 0)
        return 0;
    const newsent_entity *b = &doc->ents[i - 1], *e = &doc->ents[i];
    const ns_timex_parse *p = e->detail, *q = b->detail;
    if (!q || !b->value || (b->flags & NS_EF_DROP) || q->kind != NS_TX_CAL || !q->month || q->day ||
        q->month2 || p->day ||
        !(joined_by(doc, b, e, andor) || joined_by(doc, b, e, run_words) ||
          listed_again(doc, b, e)) ||
        strlen(b->value) != 7 || b->value[0] < '0' || b->value[0] > '9')
        return 0;
    int y = four_digit_year(b->value);
    return p->month >= q->month ? y : y + 1;
}

/* "June 30 next year", "Oct. 3 last year": the year right after a month
 * or day, its own DATE as TimeBank marks it, is the day's year. Entity i+1
 * is resolved after i, so its year is read from its parse. */
static int next_year_of(const ns_doc *doc, size_t i, ns_ymd ref)
{
    if (i + 1 >= doc->nents)
        return 0;
    const newsent_entity *e = &doc->ents[i], *n = &doc->ents[i + 1];
    const ns_timex_parse *q = n->detail;
    if (n->tok_start != e->tok_end || !q || q->kind != NS_TX_REL || q->unit != NS_TU_YEAR ||
        q->offset < -1 || q->offset > 1 || q->month || q->weekday || q->season)
        return 0;
    return ref.y + q->offset;
}

/* Whether entity n follows entity e after "of" ("March of that year"). */
static int follows_of(const ns_doc *doc, const newsent_entity *e, const newsent_entity *n)
{
    static const char *const of[] = {"of", NULL};
    return n->tok_start == e->tok_end + 1 && ns_doc_word_is(doc, e->tok_end, of);
}

/* "signed on Oct. 31 of that year", "in March of the following year":
 * the year of the date the story named before, moved as the phrase says;
 * 0 when no such phrase follows entity i or no date comes before it. */
static int of_that_year(const ns_doc *doc, size_t i)
{
    if (i + 1 >= doc->nents)
        return 0;
    const newsent_entity *e = &doc->ents[i], *n = &doc->ents[i + 1];
    const ns_timex_parse *q = n->detail;
    ns_ymd t;
    if (!q || q->kind != NS_TX_ANAPHOR || q->unit != NS_TU_YEAR || !follows_of(doc, e, n) ||
        !previous_anchor(doc, i, &t))
        return 0;
    return t.y + q->offset;
}

/* The year a sentence opens with, "In 2013,", "Last year," or "A year
 * ago,", when e is it; else 0. */
static int year_opening(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const in[] = {"in", NULL};
    const char *v = e->value;
    const ns_timex_parse *q = e->detail;
    if (!v || strlen(v) != 4 || v[0] < '1' || v[0] > '2' || !q || e->tok_start >= doc->toks.n)
        return 0;
    int y = four_digit_year(v);
    if ((q->kind == NS_TX_REL || (q->kind == NS_TX_SHIFT && q->unit == NS_TU_YEAR)) &&
        (doc->toks.v[e->tok_start].flags & NS_TF_SENT_START))
        return y; /* Last year, This year, A year ago, Two years ago */
    if (q->kind == NS_TX_CAL && q->ydigits == 4 && e->tok_start > 0 &&
        ns_doc_word_is(doc, e->tok_start - 1, in) &&
        (doc->toks.v[e->tok_start - 1].flags & NS_TF_SENT_START))
        return y; /* In 2013 */
    return 0;
}

/* The year of the event an earlier phrase of entity i's sentence names
 * ("The 1997 final is on July 19"), for a month or day written without
 * one; not a year in passing ("founded in 1947, it runs from Aug. 1"); 0
 * when there is none, or
 * when the date follows a reporting verb ("sales rose in 2012, the company
 * said on March 3": the report's day is the reference's). */
static int sentence_year(const ns_doc *doc, size_t i)
{
    const newsent_entity *self = &doc->ents[i];
    if (reported(doc, self))
        return 0;
    uint32_t sent = ent_sent(doc, self), s;
    int looked = 0;
    for (const newsent_entity *e; (e = date_before(doc, &i, sent, 0, &looked, &s));) {
        const ns_timex_parse *q = e->detail;
        static const char *const the[] = {"the", NULL};
        /* the year of an event: "the 2014 World Cup"; not one on the other
         * side of the tense ("After the 2019 election it took seven weeks,
         * and analysts expect a cabinet by mid-June"), nor for a "since"
         * that counts up to now ("a semifinalist at the 2024 US Open, has
         * not played since October") */
        const ns_timex_parse *p = self->detail;
        if (q && q->kind == NS_TX_CAL && q->ydigits == 4 && q->year && !q->year2 && !q->month &&
            !(p && p->tense < -1) && e->tok_start > 0 &&
            ns_doc_word_is(doc, e->tok_start - 1, the) && e->tok_end < doc->toks.n &&
            doc->toks.v[e->tok_end].kind == NS_TOK_WORD &&
            !(p && ((p->tense > 0 && q->year < doc->ref_year) ||
                    (p->tense < 0 && q->year > doc->ref_year))))
            return q->year;
        /* a season in a past sentence that opens with its year: "In 2009,
         * I think it was the spring" (a month keeps to the rule above:
         * "signed in 1998, returned in February") */
        static const char *const in[] = {"in", NULL};
        if (q && q->kind == NS_TX_CAL && q->ydigits == 4 && q->year && !q->year2 && !q->month &&
            !q->season && p && p->season && !p->month && p->tense < 0 && e->tok_start > 0 &&
            ns_doc_word_is(doc, e->tok_start - 1, in) &&
            (doc->toks.v[e->tok_start - 1].flags & NS_TF_SENT_START))
            return q->year;
        /* a year a clause with "when" describes frames the months in it:
         * "compared with 2022, when the tournament in Qatar was played in
         * November and December" */
        /* ... and so does one whose instances follow: "issued two notices
         * in 2021, including one during the February storm": a past year's
         * (not "332 beds in 2027, including 88 at a new wing") */
        static const char *const comma[] = {",", NULL}, *const when[] = {"when", NULL};
        static const char *const including[] = {"including", NULL};
        size_t after = e->tok_end;
        if (after < doc->toks.n && ns_doc_word_is(doc, after, comma))
            after++;
        if (q && q->kind == NS_TX_CAL && q->ydigits == 4 && q->year && !q->year2 && !q->month &&
            !q->season && !q->quarter && !q->half && p && (p->month || p->season || p->holiday) &&
            (ns_doc_word_is(doc, after, when) ||
             (ns_doc_word_is(doc, after, including) && !q->mod && q->year < doc->ref_year &&
              e->tok_start > 0 && ns_doc_word_is(doc, e->tok_start - 1, in))))
            return q->year;
        /* a year that opens the sentence frames the months in it: "In
         * 2013, Orthodox Easter came on May 5", "Last year, the monsoon
         * reached Kerala on June 5"; not "Founded in 1947, it runs from
         * Aug. 1" */
        int y = year_opening(doc, e);
        if (y && p && (p->month || p->season || p->holiday) && !p->year &&
            !((p->tense > 0 && y < doc->ref_year) || (p->tense < 0 && y > doc->ref_year)))
            return y;
        if (q && q->kind == NS_TX_CAL && (q->month || q->holiday) && !q->year)
            continue; /* "from June 12 to July 13": the same year for both */
        /* nor a clock time between: "Last year, Putin declared a truce from
         * 6 p.m. Moscow time on April 19" */
        if (q && dayless_clock(q))
            continue;
        return 0; /* a nearer date of another kind decides */
    }
    return 0;
}

/* The year of a quarter or half written without one, from the date with a
 * year just before it in its sentence ("shrink in the first half of 2013
 * and push unemployment to 9.1 percent by the fourth quarter", "rise 4% in
 * 2025, with the busiest period in the third quarter"); 0 when there is
 * none, or the sentence reports it ("sales rose in 2012, the company said
 * in the first quarter"). */
static int period_year(const ns_doc *doc, size_t i, ns_ymd ref)
{
    const newsent_entity *self = &doc->ents[i];
    const ns_timex_parse *p = self->detail;
    if (reported(doc, self))
        return 0;
    uint32_t sent = ent_sent(doc, self), s;
    int looked = 0;
    const newsent_entity *e = date_before(doc, &i, sent, 0, &looked, &s);
    const ns_timex_parse *q = e ? e->detail : NULL;
    /* a year in passing ("founded in 1855, will report first-quarter
     * results") is no period under discussion; nor a fiscal year, whose
     * quarters are the company's */
    if (!q || q->kind != NS_TX_CAL || q->ydigits != 4 || !q->year || q->year2 || q->month2 ||
        q->fiscal || q->year < ref.y - 1 || q->year > ref.y + 1)
        return 0;
    /* "grow in 2025, after expanding 5.9% in the second quarter": a
     * period told against the year, not inside it */
    static const char *const against[] = {"after", "from", "since", "than", "compared", NULL};
    for (uint32_t k = e->tok_end; k < self->tok_start; k++)
        if (ns_doc_word_is(doc, k, against))
            return 0;
    if ((p->tense < 0 && q->year > ref.y) || (p->tense > 0 && q->year < ref.y))
        return 0;
    /* periods told forward: "by the June quarter of 2024, from 7 per cent
     * in the March quarter" compares with a quarter gone */
    int start = p->quarter ? 3 * p->quarter - 2 : 6 * p->half - 5;
    int before = q->quarter ? 3 * q->quarter - 2
                 : q->half  ? 6 * q->half - 5
                 : q->month ? q->month
                            : 1;
    return start >= before ? q->year : 0;
}

/* Whether entity e is a line of its own, as a live blog's time stamps
 * are ("10:45 BST" over each entry): those are on the reference day. */
static int own_line(const ns_doc *doc, const newsent_entity *e)
{
    if (e->tok_start >= doc->toks.n || e->tok_end == 0)
        return 0;
    uint16_t first = doc->toks.v[e->tok_start].flags;
    return (first & (NS_TF_NEWLINE_BEFORE | NS_TF_PARA_START)) &&
           (e->tok_end >= doc->toks.n ||
            (doc->toks.v[e->tok_end].flags & (NS_TF_NEWLINE_BEFORE | NS_TF_PARA_START)));
}

/* The adverbs of habit a verb takes: "usually lifts", "typically peaks". */
static const char *const habit_adverbs[] = {"usually", "normally",  "typically", "generally",
                                            "often",   "routinely", NULL};

/* The first word of `words` within a few words of entity e in its sentence
 * (eight before it, four after), as the index of the token after it; 0
 * when there is none. The look habit_adverb_near and timetable_near make. */
static size_t word_near(const ns_doc *doc, const newsent_entity *e, const char *const *words)
{
    uint32_t sent = ent_sent(doc, e);
    uint32_t a = e->tok_start > 8 ? e->tok_start - 8 : 0;
    uint32_t b = e->tok_end + 4 < doc->toks.n ? e->tok_end + 4 : (uint32_t)doc->toks.n;
    for (uint32_t k = a; k < b; k++)
        if (doc->toks.v[k].sent == sent && ns_doc_word_is(doc, k, words))
            return (size_t)k + 1;
    return 0;
}

/* Whether an adverb of habit ("usually", "nightly") stands within a few
 * words of entity e in its sentence: "fog usually lifts by 11 a.m.". */
static int habit_adverb_near(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const nightly[] = {"nightly", NULL};
    return word_near(doc, e, habit_adverbs) || word_near(doc, e, nightly);
}

/* Whether a timetable's word stands near clock time e in its sentence:
 * "open from noon to 7 p.m. daily", "weekdays from 8 a.m. to 5 p.m.", "will
 * start at 7:45 a.m. instead of 7:25 a.m.", "a curfew from 8pm to 6am": the
 * hours of any day, not one day's; unless the sentence names its day ("On
 * Tuesday, the first matches will begin at 10 a.m. instead of 11 a.m.",
 * "Saturday's curfew begins at 6 p.m."), other than as the day a timetable
 * runs from or until ("from Monday instead of 8:30am"), or an order set
 * them. */
static int timetable_near(const ns_doc *doc, size_t i)
{
    static const char *const words[] = {"daily",     "weekdays", "weeknights", "weekday",
                                        "weeknight", "curfew",   "timetable",  NULL};
    static const char *const instead[] = {"instead", NULL}, *const of[] = {"of", NULL};
    static const char *const bounds[] = {"from",    "starting", "until", "till",
                                         "through", "since",    NULL};
    const newsent_entity *e = &doc->ents[i];
    uint32_t sent = ent_sent(doc, e);
    size_t after_instead = word_near(doc, e, instead);
    if (!word_near(doc, e, words) && !(after_instead && ns_doc_word_is(doc, after_instead, of)))
        return 0;
    /* a one-off order or ruling sets that day's hours: "ordered businesses
     * to close by 4 p.m. and a curfew to begin at 7 p.m." */
    static const char *const orders[] = {"ordered", "ruled", "declared", "imposed", NULL};
    for (uint32_t k = e->tok_start; k-- > 0 && doc->toks.v[k].sent == sent;)
        if (ns_doc_word_is(doc, k, orders))
            return 0;
    for (size_t j = i > 8 ? i - 8 : 0; j < i + 8 && j < doc->nents; j++) {
        const newsent_entity *d = &doc->ents[j];
        const ns_timex_parse *q = d->detail;
        if (j == i || !q || ent_sent(doc, d) != sent || (d->flags & NS_EF_DROP) ||
            q->kind == NS_TX_SET)
            continue;
        if ((q->weekday || q->day || q->kind == NS_TX_REL || q->holiday || q->feast) &&
            !dayless_clock(q) &&
            !(d->tok_start > 0 && ns_doc_word_is(doc, d->tok_start - 1, bounds)))
            return 0;
    }
    return 1;
}

/* Whether an adverb of habit comes before entity e in its clause, as the
 * verb's ("typically peaks in February", "normally reopens in late May");
 * not a manner ("operate normally through Oct. 17"), nor a date a habit
 * runs since or until ("flared almost nightly since mid-December"), which
 * is one day. */
static int habit_before(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const manner[] = {"normally", "generally", NULL};
    static const char *const after_manner[] = {"through", "again", "until", "till",  ",", ".",
                                               "on",      "in",    "at",    "since", NULL};
    static const char *const bounds[] = {"since", "until", "till", "through", NULL};
    if (e->tok_start == 0 || ns_doc_word_is(doc, e->tok_start - 1, bounds))
        return 0;
    uint32_t sent = ent_sent(doc, e);
    for (uint32_t k = e->tok_start, n = 0; k-- > 0 && n < 8; n++) {
        if (doc->toks.v[k].sent != sent || doc->text[doc->toks.v[k].start] == ',' ||
            doc->text[doc->toks.v[k].start] == ';')
            return 0;
        if (ns_doc_word_is(doc, k, habit_adverbs))
            return !(ns_doc_word_is(doc, k, manner) && ns_doc_word_is(doc, k + 1, after_manner));
    }
    return 0;
}

/* Whether entity i ends a run of months or days a habit starts:
 * "typically runs from June through October", "runs from July 1 to June
 * 30", the first already any year's. */
static int habit_run_end(const ns_doc *doc, size_t i)
{
    if (i == 0)
        return 0;
    const newsent_entity *b = &doc->ents[i - 1], *e = &doc->ents[i];
    size_t n = b->value ? strlen(b->value) : 0;
    /* (a month or a day, not a weekday's SET: "XXXX-WXX-5") */
    return (n == 7 || n == 10) && strncmp(b->value, "XXXX-", 5) == 0 && b->value[5] >= '0' &&
           b->value[5] <= '9' && joined_by(doc, b, e, run_words);
}

/* Whether entity e is a bound of the run a fiscal year keeps: "the fiscal
 * year runs from April 1 to March 31" (not one year's: "the fiscal year
 * that begins July 1"). */
static int fiscal_run(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const from_on[] = {"from", "on", NULL};
    static const char *const runs[] = {"runs", "run", NULL};
    static const char *const which[] = {"which", "that", ",", NULL};
    static const char *const span[] = {"year", "calendar", NULL};
    static const char *const fiscal[] = {"fiscal", "financial", "budget", "accounting", NULL};
    size_t k = e->tok_start;
    if (k > 0 && ns_doc_word_is(doc, k - 1, from_on))
        k--;
    if (k < 3 || !ns_doc_word_is(doc, k - 1, runs))
        return 0;
    k--;
    for (int n = 0; n < 2 && k > 1 && ns_doc_word_is(doc, k - 1, which); n++)
        k--;
    return k > 1 && ns_doc_word_is(doc, k - 1, span) && ns_doc_word_is(doc, k - 2, fiscal);
}

/* Whether "most of them between" (or "from", "in") stands before token k:
 * the season a count of yearly events falls in. */
static int most_of_them(const ns_doc *doc, size_t k)
{
    static const char *const between[] = {"between", "from", "in", NULL};
    static const char *const them[] = {"them", "which", "those", NULL};
    static const char *const of[] = {"of", NULL}, *const most[] = {"most", NULL};
    if (k < 4 || !ns_doc_word_is(doc, k - 1, between) || !ns_doc_word_is(doc, k - 2, them) ||
        !ns_doc_word_is(doc, k - 3, of) || !ns_doc_word_is(doc, k - 4, most))
        return 0;
    /* (not one year's count: "9,700 visits in 2024, most of them between
     * June 21 and July 21"; "cases regularly since 2001, most of them
     * between December and April" are of every year) */
    static const char *const in_during[] = {"in", "during", NULL};
    uint32_t sent = doc->toks.v[k].sent;
    for (size_t j = k - 4, n = 0; j-- > 0 && n < 10 && doc->toks.v[j].sent == sent; n++) {
        const ns_token *t = &doc->toks.v[j];
        const char *w = doc->text + t->start;
        if (t->end - t->start == 4 && (w[0] == '1' || w[0] == '2') && w[1] >= '0' && w[1] <= '9' &&
            w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' && j > 0 &&
            ns_doc_word_is(doc, j - 1, in_during))
            return 0;
    }
    return 1;
}

/* Whether the calendar date of entity i is any year's by custom: "the
 * usual June 15 deadline", "its normal onset date of June 1", "from Dec.
 * 15 to March 31 every year", "the fiscal year runs from April 1 to March
 * 31". */
static int calendar_habit(const ns_doc *doc, size_t i)
{
    static const char *const usual[] = {"usual",   "normal",    "traditional",
                                        "typical", "customary", NULL};
    static const char *const each[] = {"every", "each", NULL}, *const year[] = {"year", NULL};
    static const char *const annually[] = {"annually", NULL};
    static const char *const joins[] = {"to", "until", "till", "through", "thru", "and", NULL};
    static const char *const of[] = {"of", NULL};
    const newsent_entity *e = &doc->ents[i];
    size_t k0 = e->tok_start;
    /* the custom's own noun: "the usual June 15 deadline", "its normal
     * onset date of June 1" (not "17 percent of normal for mid-January",
     * "a normal May") */
    if (k0 > 0 && ns_doc_word_is(doc, k0 - 1, usual) && ns_doc_lower_word(doc, e->tok_end))
        return 1;
    if (k0 > 2 && ns_doc_word_is(doc, k0 - 1, of))
        for (size_t k = k0 - 2, n = 0; k > 0 && n < 3; k--, n++) {
            if (doc->toks.v[k].kind != NS_TOK_WORD || ns_doc_word_is(doc, k, of))
                break;
            if (ns_doc_word_is(doc, k, usual))
                return n > 0;
        }
    /* (after the date, or after the end of the run it opens) */
    const newsent_entity *last = e;
    if (i + 1 < doc->nents && joined_by(doc, e, &doc->ents[i + 1], joins))
        last = &doc->ents[i + 1];
    size_t k = last->tok_end;
    if ((ns_doc_word_is(doc, k, each) && ns_doc_word_is(doc, k + 1, year)) ||
        ns_doc_word_is(doc, k, annually))
        return 1;
    /* a count's season: "about 20 typhoons a year, most of them between
     * June and December" (the end, after its start) */
    static const char *const and_[] = {"and", NULL};
    const newsent_entity *first = e;
    if (i > 0 && joined_by(doc, &doc->ents[i - 1], e, and_))
        first = &doc->ents[i - 1];
    return most_of_them(doc, first->tok_start) || fiscal_run(doc, e);
}

/* Whether a SET ("every Saturday", "daily", "every night") or an adverb of
 * habit stands in entity i's sentence. */
static int habit_in_sentence(const ns_doc *doc, size_t i)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]);
    if (habit_adverb_near(doc, &doc->ents[i]) || timetable_near(doc, i))
        return 1;
    size_t a = i > 8 ? i - 8 : 0, b = i + 8 < doc->nents ? i + 8 : doc->nents;
    for (size_t j = a; j < b; j++) {
        const newsent_entity *e = &doc->ents[j];
        if (j == i || !e->detail)
            continue;
        const ns_timex_parse *q = e->detail;
        /* an adverb of habit, not an adjective ("the hourly checks", "its
         * monthly report"); "on Thursdays from 4 to 7 p.m." is one, and so
         * is "will air weekly at 9 p.m." */
        static const char *const preps[] = {"at", "on",  "in", "from",    "until", "till",   "to",
                                            "by", "and", "or", "between", "after", "before", NULL};
        const ns_token *st = &doc->toks.v[e->tok_start];
        int attributive_set = ns_doc_lower_word(doc, e->tok_end) &&
                              e->tok_end == e->tok_start + 1 && st->end - st->start > 2 &&
                              doc->text[st->end - 2] == 'l' && doc->text[st->end - 1] == 'y' &&
                              !ns_doc_word_is(doc, e->tok_end, preps);
        /* a daily or weekly round: every Saturday, daily, every night, five
         * days a week; not "every 30 minutes" or "every four years" */
        int round = q->weekday || q->pod || q->unit == NS_TU_DAY || q->unit == NS_TU_WEEK ||
                    q->unit == NS_TU_WEEKEND;
        if (q->kind == NS_TX_SET && round && !q->rate && q->count <= 1 &&
            !(e->flags & NS_EF_DROP) && ent_sent(doc, e) == sent && !attributive_set)
            return 1;
        /* "parking is prohibited between 1 a.m. and 6 a.m. from Dec. 15 to
         * March 31 every year": the hours of a custom's dates */
        if (j > i && q->kind == NS_TX_CAL && q->month && !q->year && ent_sent(doc, e) == sent &&
            calendar_habit(doc, j))
            return 1;
    }
    return 0;
}

/* Whether entity e stands at its sentence's start, after at most two words
 * ("At 14:32 UTC,", "Shortly after midnight,"). */
static int opens_sentence_at(const ns_doc *doc, const newsent_entity *e)
{
    for (uint32_t k = e->tok_start, n = 0; k < doc->toks.n && n <= 2; k--, n++) {
        if (doc->toks.v[k].flags & NS_TF_SENT_START)
            return 1;
        if (k == 0)
            break; /* "In 2013," opening the text */
    }
    return e->tok_start == 0;
}

/* Whether entity e heads an entry of a timeline: it opens its line and a
 * colon follows ("10.05pm: A transformer trips.", "Thursday: The verdict
 * is read."), or a dash follows a clock time ("07:52 - The span gives
 * way."). */
static int timeline_head(const ns_doc *doc, const newsent_entity *e)
{
    const uint32_t line = NS_TF_NEWLINE_BEFORE | NS_TF_PARA_START;
    size_t k = e->tok_start, c = e->tok_end;
    /* a bulleted entry: "- 21 December: The court breaks." */
    static const char *const bullets[] = {"-", "*", "\u2013", "\u2014", "\u2022", NULL};
    int bullet = k > 0 && (doc->toks.v[k - 1].flags & line) && ns_doc_word_is(doc, k - 1, bullets);
    if (!bullet && !(doc->toks.v[k].flags & line))
        return 0;
    /* "28 November last year: The trial opens." */
    static const char *const rel[] = {"last", "this", "next", NULL};
    static const char *const year[] = {"year", NULL};
    if (c + 1 < doc->toks.n && ns_doc_word_is(doc, c, rel) && ns_doc_word_is(doc, c + 1, year))
        c += 2;
    if (c >= doc->toks.n)
        return 0;
    const ns_token *colon = &doc->toks.v[c];
    if (colon->kind == NS_TOK_PUNCT && doc->text[colon->start] == ':')
        return 1;
    /* "06:30 - Council engineers close one lane": a dash after a clock */
    static const char *const dashes[] = {"-", "--", "\u2013", "\u2014", NULL};
    const ns_timex_parse *p = e->detail;
    return p && p->hour >= 0 && ns_doc_word_is(doc, c, dashes);
}

/* The year of a month or day heading a timeline's entry ("21 December:
 * The court breaks for Christmas."): entries run forward in time, so it is
 * the first on or after the entry before it. 0 when an entry of another
 * kind comes before ("Summer 2011:"). */
static int entry_year(const ns_doc *doc, size_t i, ns_ymd ref, const ns_timex_parse *p)
{
    int looked = 0;
    for (size_t j = i; j-- > 0;) {
        const newsent_entity *e = &doc->ents[j];
        if (++looked > 2 * NS_ANCHOR_LOOK)
            break;
        const char *v = e->value;
        if (!v || (e->flags & NS_EF_DROP) || !timeline_head(doc, e))
            continue;
        ns_ymd t;
        if (value_anchor(v, &t) < 2)
            return 0;
        return p->month < t.m || (p->month == t.m && p->day && p->day < t.d) ? t.y + 1 : t.y;
    }
    /* the first entry: a chronology of what happened, told in the present
     * ("29 January: The Examiner reports the claims"), unless its own
     * words look ahead ("April 2: Hearings open.") */
    if (p->tense > 0)
        return 0;
    return p->month > ref.m || (p->month == ref.m && p->day > ref.d) ? ref.y - 1 : ref.y;
}

/* The year of entity i, a month or day written without one, when it heads
 * a timeline's entry and its weekday, if named, agrees ("Monday, July
 * 25:"); 0 otherwise. */
static int timeline_year(const ns_doc *doc, size_t i, ns_ymd ref, const ns_timex_parse *p)
{
    if (!p->month || p->month2 || !timeline_head(doc, &doc->ents[i]))
        return 0;
    int y = entry_year(doc, i, ref, p);
    if (y && p->weekday &&
        (!p->day || !ns_cal_valid(y, p->month, p->day) ||
         ns_cal_weekday((ns_ymd){y, p->month, p->day}) != p->weekday))
        return 0;
    return y;
}

/* The last day named before entity i, and its clock time in minutes (-1
 * when none), when it lies before the reference; 0, with *out and *clock
 * untouched, if there is none. */
static int story_day_before(const ns_doc *doc, size_t i, ns_ymd ref, ns_ymd *out, int *clock)
{
    int looked = 0;
    for (size_t j = i; j-- > 0;) {
        const newsent_entity *e = &doc->ents[j];
        int y, m, d, hh, mm;
        /* a bounded look, as every anchor's: a text of entries with no day
         * in them stays linear */
        if (++looked > 2 * NS_ANCHOR_LOOK)
            return 0;
        if (!e->value || (e->flags & NS_EF_DROP) || !day_value(e->value, &y, &m, &d) ||
            !ns_cal_valid(y, m, d))
            continue;
        ns_ymd t = {y, m, d};
        if (ns_cal_to_days(t) >= ns_cal_to_days(ref))
            return 0; /* the outputs stay as they were */
        *out = t;
        *clock = e->value[10] == 'T' && sscanf(e->value + 11, "%2d:%2d", &hh, &mm) == 2
                     ? hh * 60 + mm
                     : -1;
        return 1;
    }
    return 0;
}

/* The day a log's heading names for the clock times under it: "Monday,
 * Oct. 28" on a line of its own, then "7:52 a.m. — A resident reported
 * ...". The last DATE before entity i that writes a month and a day
 * must stand alone on its line; 0 if it does not. */
static int heading_day(const ns_doc *doc, size_t i, ns_ymd *out)
{
    while (i-- > 0) {
        const newsent_entity *e = &doc->ents[i];
        const ns_timex_parse *q = e->detail;
        int y, m, d;
        if (!q || !e->value || (e->flags & NS_EF_DROP))
            continue;
        /* only a written day ends the look: an entry's clock times and
         * relative days ("overnight", "Monday") are passed over */
        if (q->kind != NS_TX_CAL || !q->month || !q->day)
            continue;
        if (!day_value(e->value, &y, &m, &d) || !ns_cal_valid(y, m, d) || !own_line(doc, e))
            return 0;
        *out = (ns_ymd){y, m, d};
        return 1;
    }
    return 0;
}

/* The day of a log's entry: a clock time opening its paragraph under a
 * heading that names the day (heading_day). */
static int log_entry_day(const ns_doc *doc, size_t i, ns_ymd *out)
{
    const newsent_entity *e = &doc->ents[i];
    return e->tok_start < doc->toks.n && (doc->toks.v[e->tok_start].flags & NS_TF_PARA_START) &&
           heading_day(doc, i, out);
}

/* A reconstruction told hour by hour ("10.05pm: A transformer trips.",
 * "2.15am: Crews arrive."): the clock time heading an entry is on the day
 * of the entry before it, or of the last day the story named before the
 * first one, and a time earlier than the one before has passed midnight.
 * Only for a day before the reference: a live blog's stamps are on the
 * reference day. */
static int timeline_day(const ns_doc *doc, size_t i, ns_ymd ref, ns_ymd *out)
{
    const ns_timex_parse *p = doc->ents[i].detail;
    int clock;
    if (p->hour < 0 || !timeline_head(doc, &doc->ents[i]))
        return 0;
    if (log_entry_day(doc, i, out))
        return 1; /* a log's heading names the day */
    if (!story_day_before(doc, i, ref, out, &clock))
        return 0;
    if (clock >= 0 && p->hour * 60 + p->minute < clock)
        *out = ns_cal_add_days(*out, 1);
    return 1;
}

/* The year and month of "the 15th" (entity i): the month of the last DATE
 * before it in its sentence or the two before that names one ("their
 * December meeting, on the 14th"); else the reference's, or the next (the
 * previous) month when the tense says the day is ahead (behind) and the
 * reference's has passed (not come). */
static void month_of_day(const ns_doc *doc, size_t i, ns_ymd ref, const ns_timex_parse *p, int *y,
                         int *m)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]), s;
    int looked = 0;
    ns_ymd t = ref;
    for (const newsent_entity *e; (e = date_before(doc, &i, sent, 2, &looked, &s));) {
        int yy, mm, dd = 0, n = 0;
        if (sscanf(e->value, "%4d-%2d%n", &yy, &mm, &n) == 2 && n == 7 && mm >= 1 && mm <= 12) {
            /* (a day named before it counts as the reference would: "met on
             * the 3rd and will meet again on the 2nd") */
            if (e->value[7] != '-' || sscanf(e->value + 8, "%2d", &dd) != 1) {
                *y = yy;
                *m = mm;
                return;
            }
            t = (ns_ymd){yy, mm, dd};
            break;
        }
    }
    if (p->tense > 0 && p->day < t.d)
        t = ns_cal_add_months((ns_ymd){t.y, t.m, 1}, 1);
    else if (p->tense < 0 && p->day > t.d)
        t = ns_cal_add_months((ns_ymd){t.y, t.m, 1}, -1);
    /* a day the month lacks is the next month's that has it ("reopen on the
     * 31st", said in April) */
    if (p->day > ns_cal_days_in_month(t.y, t.m) && p->tense >= 0)
        t = ns_cal_add_months((ns_ymd){t.y, t.m, 1}, 1);
    *y = t.y;
    *m = t.m;
}

/* The day of the timeline entry before entity i when it is the reference
 * day or later: the entries of a plan told ahead. 0 when the entry before
 * is in the past or there is none near. */
static int plan_head_before(const ns_doc *doc, size_t i, ns_ymd ref, ns_ymd *out)
{
    for (size_t j = i, looked = 0; j-- > 0 && looked < 2 * NS_ANCHOR_LOOK; looked++) {
        const newsent_entity *e = &doc->ents[j];
        int y, m, d;
        if ((e->flags & NS_EF_DROP) || !e->value || !timeline_head(doc, e))
            continue;
        if (!day_value(e->value, &y, &m, &d) || !ns_cal_valid(y, m, d) ||
            ns_cal_to_days((ns_ymd){y, m, d}) < ns_cal_to_days(ref))
            return 0;
        *out = (ns_ymd){y, m, d};
        return 1;
    }
    return 0;
}

/* The weekday heading an entry of a timeline ("Thursday: The verdict is
 * read", "Wednesday morning: Twelve operations are cancelled") is told in
 * the present but lies in the story's past: the last such day up to the
 * reference, when it is not before the day the story named before it. */
static int timeline_weekday(const ns_doc *doc, size_t i, ns_ymd ref, ns_ymd *out)
{
    const ns_timex_parse *p = doc->ents[i].detail;
    ns_ymd before;
    int clock;
    if (!p->weekday || !timeline_head(doc, &doc->ents[i]))
        return 0;
    /* a plan told ahead ("Today: Minimum wages rise.", "Thursday: The debt
     * limit returns."): the first such day from the entry before on
     * (the same day when it names that weekday: "Thursday, 5:12 a.m.: ...
     * Thursday, 5:48 a.m.: ...") */
    if (plan_head_before(doc, i, ref, &before)) {
        *out = ns_cal_add_days(before, (p->weekday - ns_cal_weekday(before) + 7) % 7);
        return 1;
    }
    if (!story_day_before(doc, i, ref, &before, &clock))
        return 0;
    *out = ns_cal_add_days(ref, -((ns_cal_weekday(ref) - p->weekday + 7) % 7));
    return ns_cal_to_days(*out) >= ns_cal_to_days(before);
}

/* A weekday in a headline that the story below dates with that weekday and
 * its day ("Sunderland v Arsenal moved to Sunday" over "has been moved to
 * Sunday, 23 November") is that day: the year given, or the nearest year
 * in which the day falls on that weekday. */
static int headline_weekday(const ns_doc *doc, size_t i, ns_ymd ref, ns_ymd *out)
{
    const newsent_entity *e = &doc->ents[i];
    const ns_timex_parse *p = e->detail;
    /* (the story's first sentence, with no full stop: its headline) */
    uint32_t sent = ent_sent(doc, e);
    if (sent != doc->toks.v[0].sent)
        return 0;
    /* (a headline is short: a first sentence running on past 40 words is
     * none, and the look stays bounded on a text of one long sentence) */
    size_t k = e->tok_end;
    while (k + 1 < doc->toks.n && doc->toks.v[k + 1].sent == sent && k < e->tok_end + 40)
        k++;
    if (k + 1 < doc->toks.n && doc->toks.v[k + 1].sent == sent)
        return 0;
    char last = k < doc->toks.n ? doc->text[doc->toks.v[k].start] : '.';
    if (last == '.' || last == '!' || last == '?')
        return 0;
    for (size_t j = i + 1; j < doc->nents && j <= i + NS_ANCHOR_LOOK; j++) {
        const ns_timex_parse *q = doc->ents[j].detail;
        if (!q || q->weekday != p->weekday || !q->month || !q->day || q->day2)
            continue;
        static const int tries[] = {0, 1, -1};
        for (size_t t = 0; t < 3; t++) {
            int y = q->year && q->ydigits == 4 ? q->year : ref.y + tries[t];
            if (ns_cal_valid(y, q->month, q->day) &&
                ns_cal_weekday((ns_ymd){y, q->month, q->day}) == p->weekday) {
                *out = (ns_ymd){y, q->month, q->day};
                return 1;
            }
        }
        return 0;
    }
    return 0;
}

/* Whether sentence s names a day within a week of the reference ("grew
 * into a Category 4 storm early Monday, beating a mark set on July 8,
 * 2005": the story's day is Monday, the old one a record's). */
static int near_day_in(const ns_doc *doc, size_t i, uint32_t s, ns_ymd ref)
{
    int64_t r = ns_cal_to_days(ref);
    /* the entities before entity i back to the start of sentence s, a
     * bounded look as every anchor's */
    for (size_t j = i, looked = 0; j-- > 0 && looked < 2 * NS_ANCHOR_LOOK; looked++) {
        const newsent_entity *e = &doc->ents[j];
        uint32_t es = ent_sent(doc, e);
        int y, m, d;
        if (es < s)
            break;
        /* (a clock time may have taken the reference's day for now) */
        if (es != s || !e->value || strlen(e->value) != 10 || !day_value(e->value, &y, &m, &d) ||
            !ns_cal_valid(y, m, d))
            continue;
        int64_t diff = ns_cal_to_days((ns_ymd){y, m, d}) - r;
        if (diff >= -7 && diff <= 7)
            return 1;
    }
    return 0;
}

/* Whether entity e ends a pair of clock times ("between 11pm and 2am"),
 * whose own pass (overnight_end) dates it from its start. */
static int range_end_clock_at(const ns_doc *doc, const newsent_entity *e)
{
    if (e == doc->ents)
        return 0;
    const newsent_entity *c = e - 1;
    const ns_timex_parse *q = c->detail;
    return q && q->hour >= 0 && e->tok_start == c->tok_end + 1 && clock_pair(doc, c);
}

/* Whether clock time e gives the one before it in another zone: "7 p.m.
 * AEDT, or 3 a.m. ET" is one moment, not a night gone by. */
static int zone_converted(const ns_doc *doc, const newsent_entity *e)
{
    const ns_timex_parse *q = e->detail;
    for (const newsent_entity *c = e; c-- > doc->ents && c->tok_end + 4 >= e->tok_start;) {
        const ns_timex_parse *cq = c->detail;
        if (cq && cq->hour >= 0)
            return q->tz && cq->tz && strcmp(q->tz, cq->tz) != 0;
    }
    return 0;
}

/* Whether the day entity i names is told as an evening or a night: it
 * says so itself ("Wednesday night", "tonight", "10 p.m. Thursday"), or
 * a clock time of the evening stands right before it ("at 10pm on
 * Thursday"). */
static int evening_of(const ns_doc *doc, size_t i)
{
    const newsent_entity *e = &doc->ents[i];
    const ns_timex_parse *q = e->detail;
    /* (a feast's eve already counts its small hours as the next day's) */
    if (!q || q->holiday || q->feast)
        return 0;
    /* (midnight opens the day it is on: "began shortly after midnight and
     * ran until nearly 3 a.m.") */
    if ((q->hour >= 18 && q->hour < 24) || q->pod == NS_POD_EV || q->pod == NS_POD_NI)
        return 1;
    /* (a day with its own clock, "until 7 a.m. Friday", is that clock's) */
    if (i == 0 || q->hour >= 0)
        return 0;
    const newsent_entity *c = &doc->ents[i - 1];
    const ns_timex_parse *cq = c->detail;
    return cq && cq->hour >= 18 && cq->hour < 24 && !cq->weekday && !cq->day &&
           e->tok_start <= c->tok_end + 1 && ent_sent(doc, c) == ent_sent(doc, e);
}

/* Whether clock time e, dated by entity i, is in the small hours after
 * the evening i tells: "Polls closed at 10pm on Thursday ... the result
 * was declared at 5.47am", "trains will run tonight until 2 a.m.": the
 * next day's. Not one whose day follows it ("4am the following day"), the
 * end of a clock pair (overnight_end's) nor another zone's time. */
static int small_hours_after(const ns_doc *doc, const newsent_entity *e, size_t i)
{
    int hour = ((const ns_timex_parse *)e->detail)->hour;
    size_t ei = (size_t)(e - doc->ents);
    int day_after = ei + 1 < doc->nents && doc->ents[ei + 1].tok_start == e->tok_end;
    return hour >= 0 && hour < 6 && !day_after && !range_end_clock_at(doc, e) &&
           !zone_converted(doc, e) && evening_of(doc, i);
}

/* Whether clock time e, of the morning or at noon, comes after the evening
 * or night of a day before the reference that entity i names: "flew into
 * Luton on Sunday evening and passed a medical shortly after 8 a.m.",
 * "overtopped last night ... still without power at 7am", "By midnight,
 * Ortiz led ... said in a statement at 1:15 a.m.": the next morning, when
 * that is not past the reference day. */
static int morning_after(const ns_doc *doc, const newsent_entity *e, size_t i, ns_ymd day,
                         ns_ymd ref)
{
    const ns_timex_parse *p = e->detail, *q = doc->ents[i].detail;
    if (!q || p->hour < 0 || p->hour > 12 || (p->hour == 12 && p->minute > 0) ||
        ns_cal_to_days(day) >= ns_cal_to_days(ref))
        return 0;
    size_t ei = (size_t)(e - doc->ents);
    int day_after = ei + 1 < doc->nents && doc->ents[ei + 1].tok_start == e->tok_end;
    if (day_after || range_end_clock_at(doc, e) || zone_converted(doc, e))
        return 0;
    /* not a time told before the evening ("hawkers had opened at 6 a.m.")
     * nor the start of a span ("orders fell between 11 a.m. and 2 p.m."); a
     * past perfect "by" the morning is one the night ran into ("crews had
     * reconnected most users by 7 a.m.") */
    static const char *const had_between[] = {"had", "between", NULL};
    static const char *const between[] = {"between", NULL}, *const by[] = {"by", NULL};
    int by_then = e->tok_start > 0 && ns_doc_word_is(doc, e->tok_start - 1, by);
    return !word_before(doc, e, by_then ? between : had_between, 6) &&
           (q->hour == 24 || evening_of(doc, i));
}

/* "Ugandans vote on Thursday ... Polling will open at 7am and close at
 * 4pm": a clock time told ahead, with no day in its sentence or the one
 * before, is on the day ahead the story named last, up to four sentences
 * back, when that lies within a week; a day not ahead met first ends the
 * look. 0 when there is none. */
static int day_ahead_before(const ns_doc *doc, size_t i, ns_ymd ref, ns_ymd *out)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]), s;
    int looked = 0;
    int64_t r = ns_cal_to_days(ref);
    size_t j = i;
    const newsent_entity *e;
    int y, m, d;
    while ((e = date_before(doc, &j, sent, 4, &looked, &s))) {
        const ns_timex_parse *q = e->detail;
        if (!(q && dayless_clock(q)) && day_value(e->value, &y, &m, &d) && ns_cal_valid(y, m, d))
            break;
    }
    int64_t diff = e ? ns_cal_to_days((ns_ymd){y, m, d}) - r : 0;
    if (diff < 1 || diff > 7)
        return 0;
    /* (not in a story of its own day: "Hogmanay ... tonight ... Doors open
     * at 9pm" is the reference's evening, whatever day it names ahead; a
     * bounded look back, as every anchor's) */
    for (size_t k = i, seen = 0; k-- > 0 && seen < 4 * NS_ANCHOR_LOOK; seen++) {
        const newsent_entity *f = &doc->ents[k];
        int fy, fm, fd;
        if (f->value && !(f->flags & NS_EF_DROP) && day_value(f->value, &fy, &fm, &fd) &&
            ns_cal_valid(fy, fm, fd) && ns_cal_to_days((ns_ymd){fy, fm, fd}) == r)
            return 0;
    }
    *out = (ns_ymd){y, m, d};
    return 1;
}

/* "Employers added more jobs than expected in January ... Nonfarm payrolls
 * increased by 143,000 for the month": the month figures are reported
 * "for" is the month the story named in this sentence or the one before,
 * passing over days (the report's own), not the reference's. Writes its
 * value to out; 0 when entity i is no such "the month" or none was
 * named. */
static int month_reported(const ns_doc *doc, size_t i, const ns_timex_parse *p, char out[11])
{
    static const char *const for_[] = {"for", NULL}, *const the[] = {"the", NULL};
    const newsent_entity *self = &doc->ents[i];
    if (p->unit != NS_TU_MONTH || p->offset != 0 || p->mod ||
        self->tok_end != self->tok_start + 2 || self->tok_start == 0 ||
        !ns_doc_word_is(doc, self->tok_start - 1, for_) ||
        !ns_doc_word_is(doc, self->tok_start, the))
        return 0;
    uint32_t sent = ent_sent(doc, self), s;
    int looked = 0, y, m;
    for (const newsent_entity *e; (e = date_before(doc, &i, sent, 1, &looked, &s));) {
        const char *v = e->value;
        size_t n = strlen(v);
        /* (a day is the report's; a year is the span a revision covers:
         * "weaker at the end of 2025 than reported") */
        if ((n >= 10 && v[4] == '-' && v[7] == '-') || n == 4)
            continue;
        /* a month of data is one of the last few before the reference;
         * an older one is passed over ("a level it last closed above in
         * September 2000") */
        if (n != 7 || sscanf(v, "%4d-%2d", &y, &m) != 2 || m < 1 || m > 12)
            return 0;
        int back = (doc->ref_year * 12 + doc->ref_month) - (y * 12 + m);
        if (back < 0 || back > 3)
            continue;
        memcpy(out, v, 8);
        return 1;
    }
    return 0;
}

/* Whether day e is the day a report was heard or given, with what it said
 * after it: "heard on Wednesday that", "told the court on Monday that". */
static int heard_that(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const verbs[] = {"heard", "told", "said", NULL};
    static const char *const that[] = {"that", NULL};
    static const char *const on[] = {"on", NULL};
    size_t k = e->tok_start;
    if (k > 0 && ns_doc_word_is(doc, k - 1, on))
        k--;
    /* ("told the court on Monday that": past the verb's object) */
    for (size_t back = 1; back <= 4 && back <= k; back++) {
        if (doc->toks.v[k - back].sent != doc->toks.v[e->tok_start].sent)
            return 0;
        if (ns_doc_word_is(doc, k - back, verbs))
            return ns_doc_word_is(doc, e->tok_end, that);
    }
    return 0;
}

/* The day a bare clock time ("at 8 p.m.") is on: the day last named in
 * this sentence, or in the one before when that day is within a week of the
 * reference (a date long past, "since Feb. 24", is passed over); 0 when a
 * coarser date comes first in the sentence before, or none. */
static int clock_day_named(const ns_doc *doc, size_t i, ns_ymd ref, ns_ymd *out, int *heard_day,
                           ns_ymd *heard)
{
    const newsent_entity *self = &doc->ents[i];
    /* a live blog's stamp ("3.12pm: A man has been arrested") heads its
     * entry: the entry above, newer, may name tomorrow ("It will reopen at
     * 9am tomorrow") without moving it */
    if (own_line(doc, self))
        return 0;
    if (log_entry_day(doc, i, out))
        return 1;
    if (timeline_head(doc, self))
        return 0;
    uint32_t sent = ent_sent(doc, self), s;
    int looked = 0, tense = ((const ns_timex_parse *)self->detail)->tense, coarse = 0;
    int64_t r = ns_cal_to_days(ref);
    for (const newsent_entity *e; (e = date_before(doc, &i, sent, 1, &looked, &s));) {
        const char *v = e->value;
        int y, m, d;
        /* a year named in passing in the sentence before ("ringing in the
         * new year") does not hide the day named before it */
        if (s != sent && v && strlen(v) == 4)
            continue;
        static const char *const today[] = {"today", NULL};
        /* "Mr Lindqvist, now 68, ... before 5pm": "now" places nothing */
        const ns_timex_parse *eq = e->detail;
        /* nor does "overnight", the night before the story's day */
        if (eq && (eq->kind == NS_TX_REFWORD || eq->overnight))
            continue;
        /* nor a day a span is counted from: "sirens sounded for the fourth
         * time since Thursday. An interceptor brought down two rockets
         * before 11 am" */
        static const char *const since[] = {"since", NULL};
        static const char *const when[] = {"when", NULL};
        int yy, mm, dd;
        /* (not "since Sept. 4, 2010, when a quake struck at 4.35am": that
         * day's own clause; a year there stays a coarser date) */
        if (e->tok_start > 0 && ns_doc_word_is(doc, e->tok_start - 1, since) &&
            day_value(v, &yy, &mm, &dd) && !ns_doc_word_is(doc, e->tok_end, when) &&
            !ns_doc_word_is(doc, e->tok_end + 1, when))
            continue;
        /* "A tornado tore through the town late Friday, authorities said
         * Saturday. It touched down at 10:47 p.m.": the day a lede's
         * source spoke dates the telling, not the events after it */
        if (s != sent && tense <= 0 && reported(doc, e))
            continue;
        /* "The inquest heard on Wednesday that friends first called 999 at
         * 22:14": the hearing's day, not the day of what it heard; the day
         * the story named before it is the clock's, however far back */
        if (s == sent && tense <= 0 && !*heard_day && heard_that(doc, e) &&
            day_value(v, &yy, &mm, &dd) && ns_cal_valid(yy, mm, dd)) {
            *heard_day = 1;
            *heard = (ns_ymd){yy, mm, dd};
            continue;
        }
        /* "rallied on Friday, closing out the first half after talks that
         * ran until 4:20 a.m.": a coarser date in the clock time's own
         * sentence does not hide the day before it there, but the sentence
         * before is too far behind it */
        if (s != sent && coarse)
            return 0;
        if (!day_value(v, &y, &m, &d) || !ns_cal_valid(y, m, d)) {
            if (s != sent || !v)
                return 0;
            coarse = 1;
            continue;
        }
        ns_ymd t = {y, m, d};
        int64_t diff = ns_cal_to_days(t) - r;
        /* a day far from the reference in the sentence before is a story's
         * only when the story wrote its year and the clock time opens its
         * sentence, carrying the timeline on ("bound for Chicago on June 14,
         * 2015. At 14:32 UTC, ..."); not "The war began on Feb. 24, 2022.
         * Sirens sounded after 8 a.m." */
        /* so is a day counted back to ("Six years ago today, ... the sky
         * turned orange shortly before 5pm") */
        if (s != sent && (diff < -7 || diff > 7) && !(*heard_day && diff < 0 && eq && eq->year) &&
            !(eq && eq->kind == NS_TX_CAL && eq->year && opens_sentence_at(doc, self) &&
              !near_day_in(doc, (size_t)(self - doc->ents), s, ref)) &&
            !(eq && eq->kind == NS_TX_SHIFT && ns_doc_word_is(doc, e->tok_end - 1, today)))
            continue;
        /* "Voters return on Sunday. By 14:05, 200 candidates had pulled
         * out": a past clock time is on no day still ahead */
        if (s != sent && ((tense < 0 && diff > 0) || (tense > 0 && diff < 0)))
            continue;
        /* nor, in its own sentence, on a day weeks ahead when it is past
         * and the day far before it: "Registration will open on Sept. 2 and run for
         * two weeks, he told a briefing that began at 10 a.m." */
        if (tense < 0 && diff > 7 && self->tok_start > e->tok_end + 8)
            continue; /* (a story's forecast, "by the afternoon", stays on its day) */
        *out = small_hours_after(doc, self, i) || morning_after(doc, self, i, t, ref)
                   ? ns_cal_add_days(t, 1)
                   : t;
        return 1;
    }
    return tense > 0 && day_ahead_before(doc, (size_t)(self - doc->ents), ref, out);
}

/* ... and with no other day named before it, a clock time is on the day
 * the report was heard ("Police said on Tuesday that the shooting happened
 * in the afternoon"). */
static int clock_day(const ns_doc *doc, size_t i, ns_ymd ref, ns_ymd *out)
{
    int heard_day = 0;
    ns_ymd heard = ref;
    if (clock_day_named(doc, i, ref, out, &heard_day, &heard))
        return 1;
    if (heard_day)
        *out = heard;
    return heard_day;
}

/* The day of the clock time last written, in this sentence or the two
 * before it, with nothing but spans and rounds between, when that day is
 * weeks before the reference ("friends first called 999 at 22:14. The call
 * was graded ... within two hours. A paramedic crew did not arrive until
 * 01:32", in an inquest's story): that day, or the next when the hour comes
 * round again. */
static int last_clock_day(const ns_doc *doc, size_t i, ns_ymd ref, ns_ymd *out)
{
    const ns_timex_parse *self = doc->ents[i].detail;
    uint32_t sent = ent_sent(doc, &doc->ents[i]);
    if (self->hour < 0) /* (a part of the day, "mid-morning", may be today's) */
        return 0;
    for (size_t j = i, looked = 0; j-- > 0 && looked < NS_ANCHOR_LOOK; looked++) {
        const newsent_entity *e = &doc->ents[j];
        const ns_timex_parse *q = e->detail;
        if (ent_sent(doc, e) + 2 < sent)
            return 0;
        if (!q || !e->value || (e->flags & NS_EF_DROP) || q->kind == NS_TX_DURATION ||
            q->kind == NS_TX_SET)
            continue;
        int y, m, d, h, mi;
        if (sscanf(e->value, "%4d-%2d-%2dT%2d:%2d", &y, &m, &d, &h, &mi) != 5 ||
            !ns_cal_valid(y, m, d))
            return 0;
        ns_ymd t = {y, m, d};
        /* (only a story told weeks after the fact: near the reference, the
         * clock times of a live page or a day's report are the newsroom's
         * own days) */
        if (ns_cal_to_days(t) > ns_cal_to_days(ref) - 14)
            return 0;
        if (self->hour * 60 + self->minute < h * 60 + mi)
            t = ns_cal_add_days(t, 1);
        *out = t;
        return 1;
    }
    return 0;
}

/* "the same day" when coarser dates came since: the last day named in
 * this sentence or the three before it. */
static int recent_day(const ns_doc *doc, size_t i, ns_ymd *out)
{
    uint32_t sent = ent_sent(doc, &doc->ents[i]), s;
    int looked = 0;
    for (const newsent_entity *e; (e = date_before(doc, &i, sent, 3, &looked, &s));) {
        int y, m, d;
        if (day_value(e->value, &y, &m, &d) && ns_cal_valid(y, m, d)) {
            *out = (ns_ymd){y, m, d};
            return 1;
        }
    }
    return 0;
}

/* Whether a span of years names one season or school, academic, financial
 * or tax year ("the 2023-2024 season", "2023-2024 school year", "the
 * 2025/2026 session": a slash joins the two years of one). */
static int season_range(const ns_doc *doc, const newsent_entity *e)
{
    static const char *const names[] = {"season", "year", "term", "campaign", NULL};
    return ns_doc_word_is(doc, e->tok_end - 1, names) ||
           (e->tok_end < doc->toks.n && ns_doc_word_is(doc, e->tok_end, names)) ||
           memchr(doc->text + e->byte_start, '/', e->byte_end - e->byte_start) != NULL;
}

static int range_ends(ns_doc *doc, newsent_entity *e, const ns_timex_parse *p, ns_ymd ref,
                      const vbuf *first)
{
    vbuf b1 = *first, b2;
    char dur[32];
    if (p->day2) {
        int y, m, d;
        if (sscanf(first->s, "%4d-%2d-%2d", &y, &m, &d) != 3)
            return 0;
        int m2 = p->month2 ? p->month2 : m, y2 = p->year2 ? p->year2 : y;
        if (m2 < m && !p->year2)
            y2++;
        if (!ns_cal_valid(y2, m2, p->day2))
            return 0;
        ns_ymd a = {y, m, d}, z = {y2, m2, p->day2};
        int64_t n = ns_cal_to_days(z) - ns_cal_to_days(a);
        if (n <= 0)
            return 0;
        b1.s[10] = 0;
        put_day(&b2, z);
        snprintf(dur, sizeof dur, "P%lldD", (long long)n + 1);
    } else if (p->month2) {
        int y, m;
        if (sscanf(first->s, "%4d-%2d", &y, &m) != 2)
            return 0;
        int y2 = p->year2 ? p->year2 : y;
        if (p->month2 < m && !p->year2)
            y2++;
        int n = (y2 - y) * 12 + p->month2 - m;
        if (n <= 0)
            return 0;
        snprintf(b2.s, sizeof b2.s, "%04d-%02d", y2, p->month2);
        snprintf(dur, sizeof dur, "P%dM", n + 1);
    } else if (p->year2 && p->ydigits == 4) {
        int n = p->year2 - p->year;
        if (n <= 0)
            return 0;
        /* a slash joins the two years of one session ("2024/25"); other
         * numbers so joined are a case's or a file's ("1417/2025") */
        if (n != 1 && memchr(doc->text + e->byte_start, '/', e->byte_end - e->byte_start)) {
            e->flags |= NS_EF_DROP;
            return 1;
        }
        snprintf(b1.s, sizeof b1.s, "%04d", p->year);
        snprintf(b2.s, sizeof b2.s, "%04d", p->year2);
        /* "2023-24" and "the 2023-2024 season" are one season, a year
         * long; "2015-2018" runs four years */
        snprintf(dur, sizeof dur, "P%dY", p->year2_short || season_range(doc, e) ? n : n + 1);
    } else {
        return 1;
    }
    (void)ref;
    e->range_begin = ns_arena_printf(&doc->arena, "%s", b1.s);
    e->range_end = ns_arena_printf(&doc->arena, "%s", b2.s);
    /* The value of a range is the interval (begin,end,duration): both ends
     * as written, each a whole day, month or year, so "March 7-9" lasts
     * three days (P3D) and "from June to August" three months. */
    e->value = ns_arena_printf(&doc->arena, "(%s,%s,%s)", b1.s, b2.s, dur);
    if (!e->range_begin || !e->range_end || !e->value)
        return -1;
    e->flags |= NS_EF_RANGE;
    return 1;
}

/* "the last day of the month", "the first day of 2027": the month's or
 * year's first or last day (the recogniser wrote no mod for it). */
static void first_or_last_day(const ns_timex_parse *p, vbuf *b)
{
    int last = strcmp(p->mod, NS_MOD_LAST_DAY) == 0, y, m;
    size_t n = strlen(b->s);
    if (n == 7 && sscanf(b->s, "%4d-%2d", &y, &m) == 2 && m >= 1 && m <= 12)
        put_day(b, (ns_ymd){y, m, last ? ns_cal_days_in_month(y, m) : 1});
    else if (n == 4 && sscanf(b->s, "%4d", &y) == 1)
        put_day(b, (ns_ymd){y, last ? 12 : 1, last ? 31 : 1});
}

/* "the holiday weekend", "the bank holiday weekend": the long weekend a
 * holiday makes, named without "last" or "next". */
static int holiday_weekend(const ns_doc *doc, const newsent_entity *e, const ns_timex_parse *p)
{
    static const char *const holiday[] = {"holiday", NULL};
    return p->unit == NS_TU_WEEKEND && p->offset == 0 && e->tok_end >= e->tok_start + 2 &&
           ns_doc_word_is(doc, e->tok_end - 2, holiday);
}

/* Whether a story is Canada's: more words of Canada than of the US
 * ("OTTAWA -- Canadians went to the polls"; not a Wall Street story that
 * names one Canadian bank). */
static int canadian_words(const ns_doc *doc)
{
    static const char *const ca[] = {
        "canada",    "canadian",     "canadians", "ontario",    "quebec",      "alberta",
        "manitoba",  "saskatchewan", "toronto",   "montreal",   "vancouver",   "ottawa",
        "calgary",   "edmonton",     "winnipeg",  "halifax",    "ont",         "alta",
        "yukon",     "yukoners",     "nunavut",   "whitehorse", "yellowknife", "newfoundland",
        "labrador",  "saskatoon",    "scotia",    "cbc",        "rcmp",        "quebecers",
        "albertans", "ontarians",    NULL};
    static const char *const us[] = {"u.s.",       "american", "americans", "washington", "texas",
                                     "california", "florida",  "chicago",   "america",    NULL};
    static const char *const united[] = {"united", NULL}, *const states[] = {"states", NULL};
    /* a US story names Canada as a place to ship or fly to; a Canadian one
     * names its people, provinces or cities too */
    static const char *const country[] = {"canada", NULL};
    int n = 0, inside = 0;
    for (size_t k = 0; k < doc->toks.n; k++) {
        if (doc->toks.v[k].kind != NS_TOK_WORD)
            continue;
        int c = ns_doc_word_is(doc, k, ca);
        n += c - ns_doc_word_is(doc, k, us);
        inside |= c && !ns_doc_word_is(doc, k, country);
        if (k > 0 && ns_doc_word_is(doc, k, states) && ns_doc_word_is(doc, k - 1, united))
            n--; /* the United States */
    }
    return n > 0 && inside;
}

/* Independence days a story may name by its country's words alone: the
 * country most named, twice at least and more than the US, decides
 * "Independence Day" ("Many villages were flooded around Independence Day"
 * in a Pakistani story is 14 August). The words are sorted for bsearch;
 * each gives its country's index in independence_days. */
static const struct independence_word {
    const char *word;
    int country;
} independence_words[] = {
    {"abuja", 3},        {"accra", 4},        {"algeria", 26},      {"algerian", 26},
    {"algerians", 26},   {"argentina", 14},   {"argentine", 14},    {"argentines", 14},
    {"argentinian", 14}, {"bahamas", 2},      {"bahamian", 2},      {"bahamians", 2},
    {"bangladesh", 11},  {"bangladeshi", 11}, {"bangladeshis", 11}, {"beirut", 27},
    {"bogota", 17},      {"brazil", 7},       {"brazilian", 7},     {"brazilians", 7},
    {"caracas", 15},     {"chennai", 1},      {"chile", 18},        {"chilean", 18},
    {"chileans", 18},    {"colombia", 17},    {"colombian", 17},    {"colombians", 17},
    {"colombo", 12},     {"delhi", 1},        {"dhaka", 11},        {"filipino", 3},
    {"filipinos", 3},    {"finland", 19},     {"finnish", 19},      {"finns", 19},
    {"ghana", 4},        {"ghanaian", 4},     {"ghanaians", 4},     {"hanoi", 21},
    {"harare", 13},      {"helsinki", 19},    {"india", 1},         {"indian", 1},
    {"indians", 1},      {"indonesia", 8},    {"indonesian", 8},    {"indonesians", 8},
    {"islamabad", 0},    {"jakarta", 8},      {"jamaica", 10},      {"jamaican", 10},
    {"jamaicans", 10},   {"kampala", 23},     {"karachi", 0},       {"kenya", 5},
    {"kenyan", 5},       {"kenyans", 5},      {"kiev", 9},          {"kolkata", 1},
    {"kyiv", 9},         {"lagos", 3},        {"lahore", 0},        {"lankan", 12},
    {"lankans", 12},     {"lebanese", 27},    {"lebanon", 27},      {"lima", 16},
    {"malaysia", 25},    {"malaysian", 25},   {"malaysians", 25},   {"manila", 3},
    {"mexican", 6},      {"mexicans", 6},     {"mexico", 6},        {"mumbai", 1},
    {"nairobi", 5},      {"nassau", 2},       {"nigeria", 3},       {"nigerian", 3},
    {"nigerians", 3},    {"pakistan", 0},     {"pakistani", 0},     {"pakistanis", 0},
    {"peru", 16},        {"peruvian", 16},    {"peruvians", 16},    {"philippine", 3},
    {"philippines", 3},  {"poland", 20},      {"poles", 20},        {"polish", 20},
    {"santiago", 18},    {"sri", 12},         {"tanzania", 22},     {"tanzanian", 22},
    {"tanzanians", 22},  {"trinidad", 24},    {"trinidadian", 24},  {"uganda", 23},
    {"ugandan", 23},     {"ugandans", 23},    {"ukraine", 9},       {"ukrainian", 9},
    {"ukrainians", 9},   {"venezuela", 15},   {"venezuelan", 15},   {"venezuelans", 15},
    {"vietnam", 21},     {"vietnamese", 21},  {"warsaw", 20},       {"zimbabwe", 13},
    {"zimbabwean", 13},  {"zimbabweans", 13}};
static const struct {
    int month, day;
} independence_days[] = {{8, 14}, {8, 15}, {7, 10}, {10, 1}, {3, 6},  {12, 12}, {9, 16},
                         {9, 7},  {8, 17}, {8, 24}, {8, 6},  {3, 26}, {2, 4},   {4, 18},
                         {7, 9},  {7, 5},  {7, 28}, {7, 20}, {9, 18}, {12, 6},  {11, 11},
                         {9, 2},  {12, 9}, {10, 9}, {8, 31}, {8, 31}, {7, 5},   {11, 22}};

static int independence_cmp(const void *key, const void *el)
{
    return strcmp(key, ((const struct independence_word *)el)->word);
}

/* The month and day (m * 100 + d) of the independence day a story's
 * country keeps, or 0 for the US's or none. Only capitalised words are
 * looked up, once each. */
static int story_independence(const ns_doc *doc)
{
    static const char *const us[] = {"u.s.",    "american",   "americans",
                                     "america", "washington", NULL};
    enum { N = sizeof independence_days / sizeof independence_days[0] };
    int count[N] = {0}, usn = 0;
    for (size_t k = 0; k < doc->toks.n; k++) {
        const ns_token *t = &doc->toks.v[k];
        size_t n = t->end - t->start;
        if (t->kind != NS_TOK_WORD || !(t->flags & NS_TF_UPPER_INITIAL) || n < 4 || n > 15)
            continue;
        /* (not a name's first word: "India Point Park") */
        const ns_token *nx = k + 1 < doc->toks.n ? &doc->toks.v[k + 1] : NULL;
        if (nx && nx->kind == NS_TOK_WORD && (nx->flags & NS_TF_UPPER_INITIAL))
            continue;
        char w[16];
        for (size_t i = 0; i < n; i++) {
            char c = doc->text[t->start + i];
            w[i] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        }
        w[n] = 0;
        const struct independence_word *f =
            bsearch(w, independence_words, sizeof independence_words / sizeof independence_words[0],
                    sizeof independence_words[0], independence_cmp);
        if (f)
            count[f->country]++;
        else
            usn += ns_doc_word_is(doc, k, us);
    }
    size_t best = 0;
    for (size_t c = 1; c < N; c++)
        if (count[c] > count[best])
            best = c;
    return count[best] >= 2 && count[best] > usn
               ? independence_days[best].month * 100 + independence_days[best].day
               : 0;
}

/* A feast read by the story's country: Thanksgiving is Canada's second
 * Monday of October in a Canadian story (or "Thanksgiving Monday"), and
 * "Labour Day" spelt so outside one is May Day, as most of the world keeps
 * it ("WARSAW -- ... on Labour Day"; "Labor Day" is the US's). Returns p,
 * or *local holding the feast so read. *canada caches canadian_words(),
 * counted once a document (-1: not yet). */
static const ns_timex_parse *story_feast(const ns_doc *doc, const newsent_entity *e,
                                         const ns_timex_parse *p, ns_timex_parse *local,
                                         int *canada, int *indep)
{
    static const char *const monday[] = {"monday", NULL}, *const labour[] = {"labour", NULL};
    static const char *const independence[] = {"independence", NULL};
    if (p->feast && p->month == 7 && p->day == 4 &&
        ns_doc_word_is(doc, e->tok_start, independence)) {
        if (*indep < 0)
            *indep = story_independence(doc);
        if (!*indep)
            return p;
        *local = *p;
        local->month = *indep / 100;
        local->day = *indep % 100;
        return local;
    }
    if (p->holiday != NS_HOL_THANKSGIVING && p->holiday != NS_HOL_LABOR_DAY)
        return p;
    int labour_spelt = 0;
    for (uint32_t k = e->tok_start; k < e->tok_end; k++)
        labour_spelt |= ns_doc_word_is(doc, k, labour);
    if (p->holiday == NS_HOL_LABOR_DAY && !labour_spelt)
        return p;
    if (*canada < 0)
        *canada = canadian_words(doc);
    int canadian = *canada || ns_doc_word_is(doc, e->tok_end, monday) ||
                   ns_doc_word_is(doc, e->tok_end - 1, monday);
    *local = *p;
    if (p->holiday == NS_HOL_THANKSGIVING) {
        if (!canadian)
            return p;
        local->holiday = NS_HOL_CA_THANKSGIVING;
        return local;
    }
    if (canadian)
        return p;
    local->holiday = 0;
    local->month = 5;
    local->day = 1;
    return local;
}

/* "He released a 71-year-old woman at 9:40 p.m.": a bare clock time of
 * the late evening told in the past, with no day named, is last night's
 * (stories are mostly published the morning after; earlier hours stay on
 * the story's day, and a live blog's own stamps on the day it runs). */
static int last_night(const ns_doc *doc, const newsent_entity *e)
{
    const ns_timex_parse *p = e->detail;
    /* (so is "the night" itself that something went on through: "searched
     * collapsed buildings through the night"; not "the star of the night") */
    static const char *const through[] = {"through", "during", "spent", "into", NULL};
    int late = (p->hour >= 21 && p->hour < 24) ||
               (p->hour < 0 && p->pod == NS_POD_NI && e->tok_start > 0 &&
                ns_doc_word_is(doc, e->tok_start - 1, through));
    return dayless_clock(p) && p->tense < 0 && late && !p->overnight && !own_line(doc, e) &&
           !timeline_head(doc, e);
}

/* "Black Friday last year", "June 16 next year", "Diwali last year": a
 * feast or a day with its year said right after it, as one expression
 * ("July last year" is one already); the year, with the two spans made
 * one, or 0. */
static int year_said_after(ns_doc *doc, size_t i, ns_ymd ref)
{
    newsent_entity *e = &doc->ents[i];
    const ns_timex_parse *p = e->detail;
    if (i + 1 >= doc->nents || p->weekday || p->hour >= 0 ||
        !(p->holiday || p->feast || (p->month && p->day)))
        return 0;
    newsent_entity *n = &doc->ents[i + 1];
    const ns_timex_parse *q = n->detail;
    /* (not "this year": "Easter, which falls on April 20 this year" says
     * when, in a second expression, and the year is the one named anyway) */
    static const char *const deixis[] = {"last", "next", NULL};
    if (!q || (n->flags & NS_EF_DROP) || n->tok_start != e->tok_end || q->kind != NS_TX_REL ||
        q->unit != NS_TU_YEAR || n->tok_end != n->tok_start + 2 ||
        !ns_doc_word_is(doc, n->tok_start, deixis) || (q->offset != -1 && q->offset != 1))
        return 0;
    e->byte_end = n->byte_end;
    e->tok_end = n->tok_end;
    n->flags |= NS_EF_DROP;
    return ref.y + q->offset;
}

/* "where the family will spend King's Day in 2026": a feast with "in" and
 * a year after it is that year's, the two kept as two expressions; the
 * year, or 0. */
static int feast_in_year(const ns_doc *doc, size_t i)
{
    const newsent_entity *e = &doc->ents[i];
    const ns_timex_parse *p = e->detail;
    static const char *const in[] = {"in", NULL};
    if (!p || i + 1 >= doc->nents || !(p->holiday || p->feast) || p->weekday || p->hour >= 0 ||
        !ns_doc_word_is(doc, e->tok_end, in))
        return 0;
    const newsent_entity *n = &doc->ents[i + 1];
    const ns_timex_parse *q = n->detail;
    if (!q || (n->flags & NS_EF_DROP) || n->tok_start != e->tok_end + 1 || q->kind != NS_TX_CAL ||
        q->ydigits != 4 || !q->year || q->year2 || q->month || q->season || q->quarter || q->half ||
        q->holiday || q->mod)
        return 0;
    return q->year;
}

/* "between Thanksgiving and New Year's Day", "from Thanksgiving to
 * Christmas": a span starts before it ends, so a feast that opens one,
 * resolved by the tense to a year after its end, is the year before's
 * (said on Dec. 8, the season under way). */
static int feast_span_start(ns_doc *doc)
{
    static const char *const opens[] = {"between", "from", NULL};
    static const char *const joins[] = {"and", "to", "until", "till", "through", "thru", NULL};
    for (size_t i = 0; i + 1 < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i];
        const newsent_entity *n = &doc->ents[i + 1];
        const ns_timex_parse *p = e->detail;
        int y, m, d, y2, m2, d2;
        if (!p || !(p->holiday || p->feast) || p->year || p->has_yrel || (e->flags & NS_EF_DROP) ||
            !e->value || strlen(e->value) != 10 || (n->flags & NS_EF_DROP) || !n->value ||
            e->tok_start == 0 || !ns_doc_word_is(doc, e->tok_start - 1, opens) ||
            !joined_by(doc, e, n, joins) || !day_value(e->value, &y, &m, &d) ||
            !day_value(n->value, &y2, &m2, &d2))
            continue;
        if (y * 10000 + m * 100 + d <= y2 * 10000 + m2 * 100 + d2)
            continue;
        /* a moving feast falls on another day the year before */
        ns_timex_parse local, q;
        int canada = -1, indep = -1;
        q = *story_feast(doc, e, p, &local, &canada, &indep);
        q.year = y - 1;
        q.ydigits = 4;
        vbuf b;
        b.s[0] = 0;
        resolve_cal(&q, doc_ref(doc), &b);
        int ya, ma, da;
        if (!day_value(b.s, &ya, &ma, &da) || !ns_cal_valid(ya, ma, da))
            continue;
        int64_t len = ns_cal_to_days((ns_ymd){y2, m2, d2}) - ns_cal_to_days((ns_ymd){ya, ma, da});
        if (len < 0 || len > 183)
            continue;
        char *v = ns_arena_strndup(&doc->arena, b.s, strlen(b.s));
        if (!v)
            return NEWSENT_ENOMEM;
        e->value = v;
    }
    return NEWSENT_OK;
}

/* Whether entity e is a clock time with no day of its own ("5 p.m."). */
static int bare_clock(const newsent_entity *e)
{
    const ns_timex_parse *p = e->detail;
    return p && e->value && !(e->flags & NS_EF_DROP) && dayless_clock(p) && p->hour >= 0 &&
           strlen(e->value) == 16 && e->value[10] == 'T';
}

/* "between 8 a.m. and 5 p.m. Monday through Friday", "from 7am to 7pm,
 * Monday to Friday": a week's hours, a habit. The days are each a SET
 * (XXXX-WXX-1) and the hours on no one day, as TimeML has them; a range of
 * days alone ("public holidays from Monday to Friday") stays those days. */
static int weekly_hours(ns_doc *doc)
{
    static const char *const to[] = {"through", "thru", "to", "until", "till", "-", "\u2013", NULL};
    static const char *const comma[] = {",", NULL};
    for (size_t i = 2; i + 1 < doc->nents; i++) {
        newsent_entity *c1 = &doc->ents[i - 2], *c2 = &doc->ents[i - 1];
        newsent_entity *w1 = &doc->ents[i], *w2 = &doc->ents[i + 1];
        if (!bare_weekday(w1) || !bare_weekday(w2) || !bare_clock(c1) || !bare_clock(c2) ||
            c2->tok_start != c1->tok_end + 1 || !clock_pair(doc, c1) ||
            w2->tok_start != w1->tok_end + 1 || !ns_doc_word_is(doc, w1->tok_end, to) ||
            !(w1->tok_start == c2->tok_end ||
              (w1->tok_start == c2->tok_end + 1 && ns_doc_word_is(doc, c2->tok_end, comma))))
            continue;
        newsent_entity *days[2] = {w1, w2}, *hours[2] = {c1, c2};
        for (int j = 0; j < 2; j++) {
            ns_timex_parse *m = ns_arena_alloc(&doc->arena, sizeof *m);
            char *v = ns_arena_strndup(&doc->arena, hours[j]->value, 16);
            if (!m || !v)
                return NEWSENT_ENOMEM;
            *m = *(const ns_timex_parse *)days[j]->detail;
            m->kind = NS_TX_SET;
            m->type = NS_TT_SET;
            vbuf b;
            b.s[0] = 0;
            resolve_set(m, &b);
            days[j]->value = ns_arena_strndup(&doc->arena, b.s, strlen(b.s));
            if (!days[j]->value)
                return NEWSENT_ENOMEM;
            days[j]->detail = m;
            days[j]->type = "SET";
            memcpy(v, "XXXX-XX-XX", 10);
            hours[j]->value = v;
        }
    }
    return NEWSENT_OK;
}

/* "the quarter ending Monday", "the quarter ended Sept. 30": the quarter
 * the DATE right after "ending" or "ended" closes (its value resolved),
 * not the latest one before the reference. */
static int quarter_of_end_day(ns_doc *doc)
{
    static const char *const ending[] = {"ending", "ended", "that", "which", "to", NULL};
    static const char *const in_on[] = {"in", "on", NULL};
    for (size_t i = 0; i + 1 < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i];
        const ns_timex_parse *p = e->detail;
        const newsent_entity *n = &doc->ents[i + 1];
        if (!p || !e->value || p->unit != NS_TU_QUARTER || p->quarter || p->year ||
            (e->flags & NS_EF_DROP) || !ns_doc_word_is(doc, e->tok_end, ending))
            continue;
        if (!n->value || n->tok_start <= e->tok_end)
            continue;
        size_t gap = n->tok_start - e->tok_end; /* "ending", "that ended", "ending on" */
        if (gap > 3 || (gap == 3 && !ns_doc_word_is(doc, n->tok_start - 1, in_on)))
            continue;
        int y, m, d = 15;
        if (!day_value(n->value, &y, &m, &d) &&
            !(strlen(n->value) == 7 && sscanf(n->value, "%4d-%2d", &y, &m) == 2))
            continue;
        if (y < 1 || m < 1 || m > 12 || !ns_cal_valid(y, m, d))
            continue;
        /* the calendar quarter most of it falls in: a retailer's quarter
         * ended Aug. 2 is the second */
        ns_ymd mid = ns_cal_add_days((ns_ymd){y, m, d}, -45);
        char v[24];
        snprintf(v, sizeof v, "%04d-Q%d", mid.y % 10000, (mid.m + 2) / 3);
        if (strcmp(v, e->value) == 0)
            continue;
        e->value = ns_arena_strndup(&doc->arena, v, strlen(v));
        if (!e->value)
            return NEWSENT_ENOMEM;
    }
    return NEWSENT_OK;
}

/* Resolves every DATE's value. Here and in every function above doc->ents
 * holds the DATEs alone (ns_timex_normalize sees to it), so none tests an
 * entity's label. */
static int normalize_dates(ns_doc *doc)
{
    ns_ymd ref = doc_ref(doc);
    int canada = -1, indep = -1; /* story_feast's caches */
    for (size_t i = 0; i < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i];
        if (!e->detail)
            continue;
        const ns_timex_parse *p = e->detail;
        /* story_feast's reading; p may point here until the entity is done */
        ns_timex_parse local;
        vbuf b;
        b.s[0] = 0;
        switch (p->kind) {
        case NS_TX_CAL: {
            /* a clock time alone is on the day the text was speaking of */
            ns_ymd day = ref;
            int named_day = 0;
            if (dayless_clock(p)) /* "Polls on 8 June will be open from 7am to 10pm" */
                named_day = timeline_day(doc, i, ref, &day) || clock_day(doc, i, ref, &day) ||
                            last_clock_day(doc, i, ref, &day);
            if (!named_day && last_night(doc, e))
                day = ns_cal_add_days(ref, -1);
            if (p->day && !p->month && !p->weekday && !p->year && !p->has_yrel && !p->holiday &&
                !p->feast && p->hour < 0) {
                /* "on the 15th": that day of the month the story is in */
                ns_timex_parse q = *p;
                month_of_day(doc, i, ref, p, &q.year, &q.month);
                q.ydigits = 4;
                resolve_cal(&q, day, &b);
                break;
            }
            ns_ymd head;
            if (p->weekday && !p->month && !p->day && !p->year && !p->has_yrel &&
                (timeline_weekday(doc, i, ref, &head) || headline_weekday(doc, i, ref, &head))) {
                ns_timex_parse q = *p;
                q.year = head.y;
                q.ydigits = 4;
                q.month = head.m;
                q.day = head.d;
                resolve_cal(&q, day, &b);
                break;
            }
            p = story_feast(doc, e, p, &local, &canada, &indep);
            /* a month, day, season or feast written without its year takes
             * one from the story around it, where the story gives one */
            int yearless = !p->year && !p->has_yrel;
            /* ... but not the bounds of a custom's run: "India's fiscal
             * year runs from April to March" is any year's, whatever year
             * the story names */
            int seek =
                yearless && !(p->month && !p->month2 && !p->weekday && p->hour < 0 && !p->holiday &&
                              !p->feast && (fiscal_run(doc, e) || habit_run_end(doc, i)));
            int y = seek ? year_said_after(doc, i, ref) : 0;
            if (!y && seek)
                y = feast_in_year(doc, i);
            if (!y && seek && p->month)
                y = next_year_of(doc, i, ref);
            if (!y && seek && p->month)
                y = of_that_year(doc, i);
            if (!y && seek && p->month && !p->month2)
                y = pair_start_year(doc, i);
            if (!y && seek && p->month && !p->month2) {
                int run = run_now_year(doc, i, ref);
                y = run && !habit_before(doc, e) ? run : 0;
            }
            if (!y && seek && p->month && !p->month2)
                y = list_year(doc, i);
            if (!y && seek && p->month)
                y = timeline_year(doc, i, ref, p);
            if (!y && seek && (p->quarter || p->half) && !p->month)
                y = period_year(doc, i, ref);
            if (!y && seek && (p->month || p->season || p->holiday))
                y = sentence_year(doc, i);
            if (!y && seek && p->month)
                y = range_end_year(doc, i);
            if (!y && seek && (p->holiday || (p->month && p->day)))
                y = appositive_year(doc, i);
            if (!y && seek && p->month && p->day && !p->feast) {
                /* not against the tense: "the celebration will be held on
                 * Nov. 11", a century after Nov. 11, 1926; nor a feast
                 * ("closed for New Year's Day" after "Jan. 1, 2018") */
                /* ... though a past day named as a thing's is that day
                 * whatever the verb, written in full up to 96 expressions
                 * back: "a petition demanding an inquiry into the October 7
                 * failures" after "the October 7, 2023, Hamas onslaught"
                 * (not a deadline ahead: "have met the June 30 deadline"
                 * after "through June 30, 2016") */
                static const char *const the[] = {"the", NULL};
                int named = e->tok_start > 0 && ns_doc_word_is(doc, e->tok_start - 1, the) &&
                            ns_doc_lower_word(doc, e->tok_end);
                int sy = same_day_year(doc, i, p->month, p->day,
                                       named ? 8 * NS_ANCHOR_LOOK : NS_ANCHOR_LOOK);
                int64_t diff =
                    sy && ns_cal_valid(sy, p->month, p->day)
                        ? ns_cal_to_days((ns_ymd){sy, p->month, p->day}) - ns_cal_to_days(ref)
                        : 0;
                if (sy && ((named && diff < 0) ||
                           (!(p->tense > 0 && diff < 0) && !(p->tense < 0 && diff > 0))))
                    y = sy;
            }
            if (!y && seek && p->month && p->day && p->tense < 0 && !reported(doc, e))
                y = narrative_year(doc, i, ref, p);
            if (!y && seek && p->month && p->day && p->tense < 0 && !p->feast && !p->holiday)
                y = episode_year(doc, i, ref, p);
            if (y) {
                /* "The 1997 final is on July 19": that year's */
                ns_timex_parse q = *p;
                q.year = y;
                resolve_cal(&q, day, &b);
                break;
            }
            resolve_cal(p, day, &b);
            feast_weekend(p, &b);
            midnight_form(doc, e, p, named_day, &b);
            /* "The market runs every Saturday from 8 a.m. to noon", "open
             * daily from 8 a.m.", "I go to bed at 9 o'clock every night": a
             * clock time of a habit is on no one day */
            if (dayless_clock(p) && b.s[10] == 'T' && habit_in_sentence(doc, i))
                memcpy(b.s, "XXXX-XX-XX", 10);
            /* "Flu typically peaks between late December and February",
             * "the rains usually arrive around June 1": a month or a day of
             * the calendar in a habit is any year's */
            if (yearless && p->month && !p->month2 && !p->weekday && p->hour < 0 && !p->holiday &&
                !p->feast && b.s[0] >= '0' && b.s[0] <= '9' &&
                (habit_before(doc, e) || habit_run_end(doc, i) || calendar_habit(doc, i)))
                memcpy(b.s, "XXXX", 4);
            break;
        }
        case NS_TX_REL:
            if (holiday_weekend(doc, e, p)) {
                /* told from Wednesday on, the one ahead or under way; on
                 * a Monday or Tuesday, the one a holiday Monday closed, and
                 * on a Wednesday or Thursday in a past sentence ("was hit
                 * by a cyber-attack over the bank holiday weekend"; on
                 * Good Friday, the holiday weekend is under way) */
                int wd = ns_cal_weekday(ref);
                put_week(&b, ns_cal_add_days(ref, wd >= 3 && !(p->tense < 0 && wd <= 4) ? 0 : -7),
                         "-WE");
                break;
            }
            if (month_reported(doc, i, p, b.s))
                break;
            resolve_rel(p, ref, &b);
            break;
        case NS_TX_SHIFT: {
            /* "The Hurricanes open on December 20. The tournament begins a
             * day earlier": counted from the day just written */
            ns_ymd a;
            int from_day = p->earlier && p->unit != NS_TU_MONTH && p->count <= 60 &&
                           written_day_before(doc, i, 1, 1, &a);
            if (!from_day && p->earlier && p->unit == NS_TU_WEEK)
                from_day = week_written_before(doc, i, &a);
            if (!from_day && p->earlier && p->unit == NS_TU_MONTH)
                from_day = month_written_before(doc, i, &a);
            resolve_shift(p, from_day ? a : ref, &b);
            break;
        }
        case NS_TX_DURATION:
            put_duration(&b, p->unit, p->count, p->decimal);
            if (p->count2 > 0) {
                vbuf hi;
                put_duration(&hi, p->unit, p->count2, p->decimal);
                e->range_begin = ns_arena_printf(&doc->arena, "%s", b.s);
                e->range_end = ns_arena_printf(&doc->arena, "%s", hi.s);
                if (!e->range_begin || !e->range_end)
                    return NEWSENT_ENOMEM;
                e->flags |= NS_EF_RANGE;
            }
            break;
        case NS_TX_SET: resolve_set(p, &b); break;
        case NS_TX_REFWORD:
            snprintf(b.s, sizeof b.s, "%s",
                     p->offset == NS_REF_PAST     ? "PAST_REF"
                     : p->offset == NS_REF_FUTURE ? "FUTURE_REF"
                                                  : "PRESENT_REF");
            break;
        case NS_TX_ANAPHOR: {
            /* the next day, the following year: from the date mentioned
             * before, when it is precise enough, else from the reference */
            ns_ymd t;
            /* (2: a past sentence's "that", which may reach past the
             * story's own days) */
            int prec = anchor_before(doc, i, distal(doc, e) ? (p->tense < 0 ? 2 : 1) : 0, &t);
            /* "March of the following year": the year the month took */
            if (p->unit == NS_TU_YEAR && i > 0 && prec >= 1 &&
                follows_of(doc, &doc->ents[i - 1], e)) {
                snprintf(b.s, sizeof b.s, "%04d", t.y);
                break;
            }
            if (p->weekday && !p->unit && p->offset) {
                /* "the previous Friday", "the following Monday": next to
                 * the story's day, or to the reference's */
                ns_ymd a = prec == 3 ? t : ref;
                int step = p->offset > 0 ? (p->weekday - ns_cal_weekday(a) + 7) % 7
                                         : -((ns_cal_weekday(a) - p->weekday + 7) % 7);
                put_day(&b, ns_cal_add_days(a, step ? step : 7 * p->offset));
                put_time(&b, p);
                break;
            }
            if (p->weekday && !p->unit && !p->offset) {
                /* "That Friday", "the same Friday": the story's day when it
                 * is one, or that weekday of the story's week; with no day
                 * before it, as a weekday alone */
                if (prec == 3) {
                    ns_ymd mon = ns_cal_add_days(t, 1 - ns_cal_weekday(t));
                    put_day(&b, ns_cal_add_days(mon, p->weekday - 1));
                    put_time(&b, p);
                } else {
                    ns_timex_parse q = *p;
                    q.kind = NS_TX_CAL;
                    q.offset = 0;
                    resolve_cal(&q, ref, &b);
                }
                break;
            }
            if ((p->month || p->season) && !p->unit) {
                /* "In 1972 she moved to Paris. That summer ...": the
                 * story's year, or the reference's when it named none;
                 * "the following January" is the next one after it */
                ns_timex_parse q = *p;
                q.kind = NS_TX_CAL;
                q.year = prec >= 1 ? t.y : 0;
                /* a year alone ("In 2010 ... the following March") is left
                 * whole: the next one's */
                /* a season from its first month: spring 3, summer 6, fall 9 */
                int sm = p->month ? p->month : p->season == 4 ? 12 : 3 * p->season;
                if (prec >= 1 && p->offset > 0 && (prec == 1 || sm <= t.m))
                    q.year++;
                if (prec >= 1 && p->offset < 0 && (prec == 1 || sm >= t.m))
                    q.year--;
                q.offset = 0;
                resolve_cal(&q, prec >= 1 ? t : ref, &b);
                break;
            }
            int need = p->unit <= NS_TU_WEEK ? 3 : p->unit <= NS_TU_QUARTER ? 2 : 1;
            if (p->unit == NS_TU_WEEK && p->offset < 0 && week_written_before(doc, i, &t))
                prec = 3;
            if (prec < need && !(need == 3 && recent_day(doc, i, &t)))
                t = ref;
            ns_timex_parse q = *p;
            q.kind = NS_TX_REL;
            q.weekday = 0;
            q.latest = 0;
            /* the weekend after a weekday is that week's */
            if (q.unit == NS_TU_WEEKEND && q.offset == 1 && ns_cal_weekday(t) <= 5)
                q.offset = 0;
            resolve_rel(&q, t, &b);
            break;
        }
        default: continue;
        }
        if (p->anchored && p->type == NS_TT_DATE) {
            vbuf a;
            if (resolve_anchored(doc, i, p, &a))
                b = a;
        }
        if (p->mod &&
            (strcmp(p->mod, NS_MOD_FIRST_DAY) == 0 || strcmp(p->mod, NS_MOD_LAST_DAY) == 0))
            first_or_last_day(p, &b);
        /* February 30 is no date, in any year the reference gives it */
        int y, m, d;
        if (day_value(b.s, &y, &m, &d) && !ns_cal_valid(y, m, d)) {
            e->flags |= NS_EF_DROP;
            continue;
        }
        if (p->hour2 >= 0 && p->hour >= 0) {
            int r = clock_range_ends(doc, e, p, &b);
            if (r < 0)
                return NEWSENT_ENOMEM;
            if (r == 1)
                continue;
        }
        if (p->kind == NS_TX_CAL && (p->day2 || p->month2 || p->year2)) {
            int r = range_ends(doc, e, p, ref, &b);
            if (r < 0)
                return NEWSENT_ENOMEM;
            if (r == 1 && e->value)
                continue;
        }
        e->value = ns_arena_strndup(&doc->arena, b.s, strlen(b.s));
        if (!e->value)
            return NEWSENT_ENOMEM;
    }
    /* the passes that read values resolved above, in order */
    static int (*const after_values[])(ns_doc *) = {
        weekday_of_next_day,   clock_then_day, next_to_day,           overnight_end,
        clock_with_day,        stamp_at_clock, weekday_of_story_week, weekday_spans,
        weekday_of_day_before, feast_on_day,   feast_span_start,      weekly_hours,
        quarter_of_end_day};
    for (size_t k = 0; k < sizeof after_values / sizeof after_values[0]; k++) {
        int rc = after_values[k](doc);
        if (rc != NEWSENT_OK)
            return rc;
    }
    return NEWSENT_OK;
}

/* The look-backs above read doc->ents by index, and some the entity just
 * before or after: they must see the DATEs alone, or a value would hang on
 * which other labels the caller asked for (an ORG "M" between two
 * midnights moved a clock time to the day before). So they read a copy
 * of the DATEs alone, in order, whose values go back in place after. */
int ns_timex_normalize(ns_doc *doc)
{
    size_t n = doc->nents, nd = 0;
    for (size_t i = 0; i < n; i++)
        nd += doc->ents[i].label == NEWSENT_LABEL_DATE;
    if (nd == n || nd == 0)
        return nd ? normalize_dates(doc) : NEWSENT_OK;
    newsent_entity *all = doc->ents, *dates = ns_arena_alloc(&doc->arena, nd * sizeof *dates);
    size_t *from = ns_arena_alloc(&doc->arena, nd * sizeof *from), cap = doc->ents_cap;
    if (!dates || !from)
        return NEWSENT_ENOMEM;
    for (size_t i = 0, j = 0; i < n; i++)
        if (all[i].label == NEWSENT_LABEL_DATE) {
            from[j] = i;
            dates[j++] = all[i];
        }
    doc->ents = dates;
    doc->nents = doc->ents_cap = nd;
    int rc = normalize_dates(doc);
    doc->ents = all;
    doc->nents = n;
    doc->ents_cap = cap;
    for (size_t j = 0; j < nd; j++)
        all[from[j]] = dates[j];
    return rc;
}
