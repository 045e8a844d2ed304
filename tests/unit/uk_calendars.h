/* uk_calendars — the three UK divisions as cal_rule tables, for the unit
 * tests and the benchmark until they load stdlib/calendars/ through the
 * parser.  Each table mirrors its .civic file rule for rule, in order;
 * test_cal.c checks that by rendering every rule back into Civic syntax and
 * comparing it with the file.  The programs that use it #include
 * uk_calendars.c, since each is built from a single source file.
 */
#ifndef CIVIC_UK_CALENDARS_H
#define CIVIC_UK_CALENDARS_H

#include "cal.h"

typedef struct uk_division {
    const char *id;          /* "england-and-wales", also the file's name */
    const char *display;
    const cal_rule *rules;
    size_t nrules;
} uk_division;

enum { UK_NDIVISIONS = 3 };
extern const uk_division uk_divisions[UK_NDIVISIONS];

/* The division's description, or NULL for an unknown id. */
const uk_division *uk_division_find(const char *id);
/* A new calendar for the division; NULL for an unknown id or out of memory. */
cal_calendar *uk_calendar_new(const char *id);

#endif
