/* session — one protocol file loaded, modelled and checked: what every
 * command starts from.  Owns the diagnostics sink, the load and the model. */
#ifndef CIVIC_SESSION_H
#define CIVIC_SESSION_H

#include "check.h"
#include "diag.h"
#include "load.h"
#include "model.h"

typedef struct session {
    dg_sink dg;
    ld_set ld;
    md_model m;
    dt_day today;
    bool built;
} session;

/* Loads path (and its uses), builds the model and runs the checks.
 * Returns 0, or 2 when the file cannot be read (*err = errno). */
int ss_open(session *s, const char *path, dt_day today, int *err);
/* Same, from text (the REPL, tests). */
void ss_open_text(session *s, const char *name, const char *text, size_t len, dt_day today);
void ss_close(session *s);
/* Number of errors found. */
size_t ss_errors(const session *s);
/* Today from the system clock (local date). */
dt_day ss_system_today(void);

#endif
