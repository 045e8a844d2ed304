/* audit — a council's register run through its protocol (civic audit).
 *
 * A register is a CSV file, one row per matter (an enquiry, a request, a
 * complaint).  A map — a `register "NAME" { … }` block in a Civic file that
 * `use`s the protocol — says how its columns become events: which column
 * is the row's id, which names people (and the role they hold) or roles,
 * and, for each dated column, the event it records ("on received member
 * sends enquiry to officer").  The first event line raises the row's
 * matter; the others answer it.  docs/LANGUAGE.md, "Registers".
 *
 * au_map_build reads the block against the model (au_map.c); au_csv.c
 * reads the CSV (RFC 4180) a record at a time; au_run.c turns each row
 * into its events and runs them through the simulator as a matter of their
 * own (sim_stream.h), then hands each breach or departure, and each bad
 * row, to the caller's callbacks as it is found, and keeps the counts of
 * the summary.  Nothing of a row is kept after it: memory is bounded by
 * the map, the summary's keys (clauses, people, months) and the set of ids
 * seen (for duplicates: one bit per id of the form PREFIX+NUMBER).
 *
 * The model is only read.  An au_map lives in the model's arena (the
 * ld_set's); an au_run owns what it mallocs and frees it in au_run_free.
 */
#ifndef CIVIC_AUDIT_H
#define CIVIC_AUDIT_H

#include "model.h"
#include "sim.h"

#include <stdio.h>

/* ---- the map ----------------------------------------------------------------------- */

typedef enum {
    AC_TEXT,                 /* read as text: the id, a column no event line dates */
    AC_DATE,                 /* a date: YYYY-MM-DD or DD/MM/YYYY; empty = not (yet) done */
    AC_PEOPLE,               /* names of people who hold `role` */
    AC_PERSON,               /* names of people the protocol or map declares ("is person") */
    AC_ROLE                  /* names of roles ("is role") */
} au_colkind;

typedef struct au_col {
    const char *name;        /* as the map names it */
    const char **headers;    /* the headers it may have, any case */
    size_t nheaders;
    au_colkind kind;
    int role;                /* AC_PEOPLE */
    bool optional;           /* a register may lack it */
    loc at;
} au_col;

/* A party of an event line: a column's person (col >= 0), or a fixed role
 * (role >= 0, col -1: "every enquiry is from a Member").  slot: its place
 * among the row's people (sim_matter's scenario). */
typedef struct au_who {
    int col, role, slot;
} au_who;

typedef struct au_ev {
    int date_col;            /* "on received" */
    au_who actor, target;    /* target.slot -1: none */
    int action, object;      /* the term, the thing (or -1) */
    md_prep object_prep, target_prep;
    const char *verb;        /* as written */
    const md_event_x *x;     /* facts ("where \"…\""), or md_event_x_none */
    loc at;
} au_ev;

typedef struct au_map {
    const char *name;
    loc at;
    au_col *cols; size_t ncols;
    int id_col;              /* the column "id", or -1: rows are known by their line */
    au_ev *evs; size_t nevs; /* evs[0] raises the matter; the rest answer it */
    size_t nslots;           /* people in a row */
    int *slot_col;           /* per slot: its column, or -1 for a fixed role */
    int *slot_role;          /* per slot: the fixed role (slot_col -1), or -1 */
} au_map;

/* The register blocks of the root files of m's load, in order: *out
 * (n of them, in the model's arena).  Problems go to m->dg.  False only
 * when out of memory. */
bool au_maps_build(md_model *m, au_map **out, size_t *n);

/* ---- the CSV reader ------------------------------------------------------------------ */

typedef struct au_field {
    const char *s;           /* the cell, unquoted (not NUL-terminated) */
    size_t len;
    size_t off, end;         /* where it is written in the record (rec), quotes included */
} au_field;

typedef struct au_csv {
    FILE *f;
    char *buf;               /* [start, end) unread; records are parsed in place */
    size_t start, end, cap;
    char *scratch;           /* unquoted cells */
    size_t nscratch, capscratch;
    au_field *fields;
    size_t nfields, capfields;
    long line;               /* the line the next record begins on */
    long rec_line;           /* the line the last record began on */
    const char *rec;         /* the last record's text as written (until the next call), and its length */
    size_t rec_len;
    bool eof, first, error, oom;
    bool unclosed;           /* the last record ended inside a quoted cell (at the end of the file) */
    bool nul;                /* the last record may hold a NUL byte (false: it holds none) */
    bool toolong;            /* a record longer than AU_MAX_RECORD: au_csv_next returned -1 */
    int err;                 /* errno of a read error */
} au_csv;

/* The longest record read: a file with none shorter is not a register. */
enum { AU_MAX_RECORD = 1 << 20 };

void au_csv_init(au_csv *c, FILE *f);
/* The next record: 1, 0 at the end, -1 on a read error or out of memory.
 * A byte-order mark before the first record is skipped; records end at LF
 * or CRLF; quoted cells may hold commas, quotes ("") and line breaks.  A
 * record longer than AU_MAX_RECORD is an error (-1, toolong). */
int au_csv_next(au_csv *c);
void au_csv_free(au_csv *c);
/* A register's date: YYYY-MM-DD, or DD/MM/YYYY (the day first, as in
 * Britain; D/M/YYYY too).  0 and *out; 1 when it is not a date; 2 when it
 * names no day (2025-02-30). */
int au_parse_date(const char *s, size_t n, dt_day *out);

/* ---- the run ------------------------------------------------------------------------ */

/* A breach or departure found in a row. */
typedef struct au_finding {
    const char *file;        /* the register */
    long line;               /* the row's first line */
    const char *id;          /* the row's id */
    const char *clause;      /* the rule's clause, or "-" */
    int norm;                /* the rule (m->norms) */
    bool breach;             /* else a departure (a recommendation not followed) */
    bool forbidden;          /* an act the rule forbids (day is the act's), else a deadline missed */
    dt_day due;              /* the deadline missed, or the day of the forbidden act */
    dt_day raised;           /* the day the row's matter was raised */
    const char *person;      /* who owed it (or did the forbidden act) */
    const char *what;        /* what happened: "answered 2025-12-31, 2 working days late", "never answered" */
} au_finding;

/* A row that cannot be audited: its first line's text, the cell at fault. */
typedef struct au_rowerr {
    const char *file;
    long line;
    size_t col, end_col;     /* of the cell at fault in rec (1-based, end exclusive), 0 when none */
    const char *code;        /* "bad-date", "missing-cell", "unknown-person", "unknown-role", "date-order", "duplicate-id" */
    const char *msg;
    const char *hint;        /* or NULL */
    const char *rec;         /* the row's first line */
    size_t rec_len;
} au_rowerr;

typedef struct au_sink {
    void *ctx;
    void (*finding)(void *ctx, const au_finding *f);
    void (*rowerr)(void *ctx, const au_rowerr *e);
} au_sink;

/* One line of the summary: the duties of a clause, a person or a month. */
typedef struct au_count {
    const char *key;         /* the clause, the person; the month "2025-12" */
    size_t duties, met, breached, departed, open;
    dt_day first_open;       /* the earliest due day of those open, when has_first_open */
    bool has_first_open;     /* some open duty has a deadline (a "timely" one has none) */
} au_count;

typedef struct au_summary {
    au_count *clauses; size_t nclauses;   /* in the order of the protocol's rules */
    au_count *people; size_t npeople;     /* by name */
    au_count *months; size_t nmonths;     /* by month */
    size_t rows, errors, breaches, departures, open, files_failed;
    size_t open_undated;     /* of the open: duties with no deadline to miss ("in a timely manner") */
} au_summary;

typedef struct au_run au_run;

/* A run of map mp over registers, as of `today` (duties due on or after it
 * are open, not breached).  NULL when out of memory. */
au_run *au_run_new(const md_model *m, const au_map *mp, dt_day today, au_sink sink);
/* Audits one register file, streaming.  Returns 0; 1 when its header lacks
 * a required column (reported as one error, no row read); 2 when it cannot
 * be read (*err = errno); 3 when out of memory. */
int au_run_file(au_run *r, const char *path, FILE *f, int *err);
/* The summary so far (sorted; valid until the next call on r).  Memory
 * running out may leave it short of lines: au_run_oom says so. */
const au_summary *au_run_summary(au_run *r);
/* Has memory run out anywhere in the run (a line of the summary, its sort,
 * a row's matter)?  Then what it says is not the whole: say so. */
bool au_run_oom(const au_run *r);
/* Rows answered from what earlier rows of the same shape did (on, the
 * default: interp/sim/sim_memo.h), or each run by the engine (off: for
 * the tests that compare the two); and how many rows the memo answered. */
void au_run_memo(au_run *r, bool on);
size_t au_run_memo_hits(const au_run *r);
void au_run_free(au_run *r);

#endif
