/* check — whole-model checks run by `civic check` (and before queries and
 * runs): conflicts, overrides, unreachable route steps, vague deadlines,
 * uncited rules, the review date as of `today`. */
#ifndef CIVIC_CHECK_H
#define CIVIC_CHECK_H

#include "model.h"

void ck_run(md_model *m, dt_day today);
/* The pairs of rules each check may compare (see check.c), for tests of
 * running out; 0 puts back the usual budget. */
void ck_set_budget(long pairs);

#endif
