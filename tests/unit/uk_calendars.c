/* uk_calendars — see uk_calendars.h.  Keep in step with stdlib/calendars/. */
#include "uk_calendars.h"

#include <string.h>

/* Day number of a civil date as a constant expression (the same closed form
 * as dt_from_ymd, for years >= 1), so that the tables can stay static. */
#define YP_(y, m) ((y) - ((m) <= 2))
#define YOE_(y, m) (YP_(y, m) % 400)
#define DOY_(m, d) ((153 * (((m) + 9) % 12) + 2) / 5 + (d) - 1)
#define YMD(y, m, d) \
    (YP_(y, m) / 400 * 146097 + YOE_(y, m) * 365 + YOE_(y, m) / 4 - YOE_(y, m) / 100 \
     + DOY_(m, d) - 719468)

#define FIXED(nm, d, m) .kind = CAL_FIXED, .name = nm, .day = d, .month = m
#define DATE(nm, y, m, d) .kind = CAL_DATE, .name = nm, .date = YMD(y, m, d)
#define EASTER(nm, off) .kind = CAL_EASTER, .name = nm, .offset = off
#define NTH(nm, n, wd, m) .kind = CAL_NTH_WEEKDAY, .name = nm, .nth = n, .weekday = wd, .month = m
#define EXCEPT(...) \
    .except = (const int[]){ __VA_ARGS__ }, \
    .nexcept = sizeof((const int[]){ __VA_ARGS__ }) / sizeof(int)

enum { LAST = -1, JAN = 1, MAR = 3, MAY = 5, JUL = 7, AUG = 8, NOV = 11, DEC = 12 };

/* The days all three divisions moved or added together. */
#define EARLY_MAY_FROM(year) \
    { NTH("Early May bank holiday", 1, DT_MON, MAY), .from_year = year, EXCEPT(1995, 2020) }, \
    { DATE("Early May bank holiday (VE day)", 1995, 5, 8) }, \
    { DATE("Early May bank holiday (VE day)", 2020, 5, 8) }, \
    { NTH("Spring bank holiday", LAST, DT_MON, MAY), .from_year = 1970, \
      EXCEPT(1977, 2002, 2012, 2022) }, \
    { DATE("Spring bank holiday", 1977, 6, 6) }, \
    { DATE("Spring bank holiday", 2002, 6, 4) }, \
    { DATE("Spring bank holiday", 2012, 6, 4) }, \
    { DATE("Spring bank holiday", 2022, 6, 2) }

#define ONE_OFFS \
    { DATE("Silver Jubilee bank holiday", 1977, 6, 7) }, \
    { DATE("Royal wedding bank holiday", 1981, 7, 29) }, \
    { DATE("Millennium bank holiday", 1999, 12, 31) }, \
    { DATE("Golden Jubilee bank holiday", 2002, 6, 3) }, \
    { DATE("Royal wedding", 2011, 4, 29) }, \
    { DATE("Queen's Diamond Jubilee", 2012, 6, 5) }, \
    { DATE("Platinum Jubilee bank holiday", 2022, 6, 3) }, \
    { DATE("Bank Holiday for the State Funeral of Queen Elizabeth II", 2022, 9, 19) }, \
    { DATE("Bank holiday for the coronation of King Charles III", 2023, 5, 8) }

static const cal_rule england_and_wales[] = {
    { FIXED("New Year's Day", 1, JAN), .substitute = true, .from_year = 1974 },
    { EASTER("Good Friday", -2) },
    { EASTER("Easter Monday", 1) },
    EARLY_MAY_FROM(1978),
    { NTH("Summer bank holiday", LAST, DT_MON, AUG), .from_year = 1970 },
    { FIXED("Christmas Day", 25, DEC), .substitute = true },
    { FIXED("Boxing Day", 26, DEC), .substitute = true },
    ONE_OFFS,
};

static const cal_rule scotland[] = {
    { FIXED("New Year's Day", 1, JAN), .substitute = true, EXCEPT(2023) },
    { FIXED("2nd January", 2, JAN), .substitute = true, EXCEPT(2023) },
    { DATE("New Year's Day", 2023, 1, 2) },
    { DATE("2nd January", 2023, 1, 3) },
    { EASTER("Good Friday", -2) },
    EARLY_MAY_FROM(1971),
    { NTH("Summer bank holiday", 1, DT_MON, AUG) },
    { FIXED("St Andrew's Day", 30, NOV), .substitute = true, .from_year = 2007 },
    { FIXED("Christmas Day", 25, DEC), .substitute = true },
    { FIXED("Boxing Day", 26, DEC), .substitute = true, .from_year = 1974 },
    ONE_OFFS,
    { DATE("World Cup bank holiday", 2026, 6, 15) },
};

static const cal_rule northern_ireland[] = {
    { FIXED("New Year's Day", 1, JAN), .substitute = true, .from_year = 1974 },
    { FIXED("St Patrick's Day", 17, MAR), .substitute = true },
    { EASTER("Good Friday", -2) },
    { EASTER("Easter Monday", 1) },
    EARLY_MAY_FROM(1978),
    { FIXED("Battle of the Boyne (Orangemen's Day)", 12, JUL), .substitute = true },
    { NTH("Summer bank holiday", LAST, DT_MON, AUG), .from_year = 1970 },
    { FIXED("Christmas Day", 25, DEC), .substitute = true },
    { FIXED("Boxing Day", 26, DEC), .substitute = true },
    ONE_OFFS,
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const uk_division uk_divisions[UK_NDIVISIONS] = {
    { "england-and-wales", "England and Wales", england_and_wales, COUNT(england_and_wales) },
    { "scotland", "Scotland", scotland, COUNT(scotland) },
    { "northern-ireland", "Northern Ireland", northern_ireland, COUNT(northern_ireland) },
};

const uk_division *uk_division_find(const char *id)
{
    for (size_t i = 0; i < UK_NDIVISIONS; i++)
        if (strcmp(uk_divisions[i].id, id) == 0)
            return &uk_divisions[i];
    return NULL;
}

cal_calendar *uk_calendar_new(const char *id)
{
    const uk_division *div = uk_division_find(id);
    cal_calendar *c = div ? cal_new(div->id, div->display, NULL) : NULL;
    if (!c)
        return NULL;
    cal_set_weekend(c, (1u << DT_SAT) | (1u << DT_SUN));
    for (size_t i = 0; i < div->nrules; i++) {
        if (cal_add_rule(c, &div->rules[i]) != 0) {
            cal_free(c);
            return NULL;
        }
    }
    return c;
}
