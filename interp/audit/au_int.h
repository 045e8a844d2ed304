/* au_int — the run's state, shared by the files of interp/audit/ only.
 *
 * The files call each other in one direction:
 *   au_run.c (files, header, the engine's entries)  ->  au_row.c (a row's cells and events)
 *   au_run.c, au_row.c                               ->  au_sum.c (findings, counts, ids)
 * au_map.c and au_csv.c call none of them. */
#ifndef CIVIC_AU_INT_H
#define CIVIC_AU_INT_H

#include "audit.h"
#include "daytab.h"
#include "sim_stream.h"

/* The ids seen, for duplicates: an id PREFIX+NUMBER (the prefix of the
 * first such id, the number without leading zeros, under AU_DENSE_MAX) is
 * one bit; any other is kept whole. */
enum { AU_DENSE_MAX = 1 << 28 };

typedef struct au_ids {
    char prefix[16];
    size_t nprefix;
    bool has_prefix;
    unsigned char *bits;
    size_t nbits;            /* bytes of bits */
    hmap sparse;             /* hash -> index in keys (a collision moves on to hash + 1) */
    char **keys;
    size_t nkeys, capkeys;
} au_ids;

typedef enum { AU_OPENED, AU_MET, AU_OPEN } au_dutywhat;

/* A name as a row spells it (before folding: as_person), and its line. */
typedef struct au_spelling {
    char *name;
    size_t len;
    uint32_t line;
} au_spelling;

/* The summary and its indexes. */
typedef struct au_sum {
    au_summary s;            /* its lists are sorted copies of these, made by au_sum_sort */
    au_count *clauses, *people, *months;
    char **people_fold;      /* per person's line: its name folded (as_fold_name) */
    size_t *people_flen;     /* and that's length */
    /* each spelling of a name met, as written, and its line (as_person):
     * a row's name is found by its bytes, and folded only when new */
    struct au_spelling *spellings;
    size_t nspellings, capspellings;
    hmap spelling_ix;
    size_t nclauses, npeople, nmonths;
    size_t capclauses, cappeople, capmonths;
    int *clause_norm;        /* per clause: the first rule counted under it (for their order) */
    size_t capnorms;         /* of clause_norm (grown before a clause is added, so that each has one) */
    hmap clause_ix, person_ix, month_ix;
    bool oom;
} au_sum;

struct au_run {
    const md_model *m;
    const au_map *mp;
    dt_day today;
    au_sink sink;
    cal_calendar *cal;
    arena scratch;           /* the engine's indexes */
    md_scenario scen;        /* the row's people: one per slot */
    md_person *people;
    md_holding *holds;       /* per slot: the holding of a column's role, or of a role named */
    sim_matter *mt;
    /* the file */
    const char *file;
    int *colmap;             /* per map column: its cell in a row, or -1 (an optional column absent) */
    char **heads;            /* per map column: its header as the register writes it (NULL: absent), for messages */
    size_t ncells;           /* cells a row needs */
    size_t nheader;          /* cells of the header: a row's cells past them must be empty */
    /* the row */
    char *row;               /* its id and names, NUL-terminated */
    size_t caprow, nrow;
    const char *id;
    long line;
    const char *rec;
    size_t rec_len;
    md_event *evs;           /* its events: evs[0] raises the matter */
    size_t nevs;
    md_event *tmpl;          /* per map event line: its event, but for the day */
    dt_day *days;            /* per map event line: its day, or DT_NONE */
    dt_day raised;
    bool oom;
    /* the summary's lines a row counts under, found once a row (-1: not yet) */
    int *slot_count;         /* per slot: its person's line */
    size_t *slot_len;        /* per slot: the length of its person's name (SIZE_MAX: not read from a cell) */
    dy_table day_month;      /* per day: its month's line + 1 (as_line_month) */
    int month_count;         /* the row's month's line */
    int *norm_clause;        /* per rule (m->nnorms): its clause's line (for good) */
    /* the past of the action last written in a finding ("answered") */
    int past_action;
    bool has_past;
    char past[64];
    au_sum sum;
    au_ids ids;
};

enum { AU_NONE = INT32_MIN };

/* au_row.c: the row's cells read into r (people, days, events), or an
 * error reported (false); a header without a column the map needs. */
/* The header lacks the map's columns missing[0..n); below: the line a
 * header with them all seems to be on, or 0. */
void au_header_error(au_run *r, const au_csv *c, const int *missing, size_t n, long below);
/* Map column k as the register's header names it (the map's name when absent). */
const char *au_head(const au_run *r, int k);
/* Keeps the headers of the register's columns (c: its header record);
 * forgets those of the last register. */
void au_heads(au_run *r, const au_csv *c);
void au_heads_clear(au_run *r);
/* A cell without the spaces and tabs around it. */
const char *au_trim(const au_field *f, size_t *n);
bool au_row(au_run *r, const au_csv *c);

/* A row error at cell `cell` of the record (-1: none). */
void au_row_error(au_run *r, const au_csv *c, int cell, const char *code, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* au_sum.c */
void au_sum_init(au_sum *s);
void au_sum_free(au_sum *s);
void au_sum_sort(au_sum *s);
void au_sum_duty(au_run *r, const sim_entry *e, au_dutywhat what);
/* A breach or departure: its finding, to the sink, and counted. */
void au_found(au_run *r, const sim_entry *e);
void au_ids_init(au_ids *d);
void au_ids_free(au_ids *d);
/* Adds id; 1 when it was new, 0 when seen before, -1 when out of memory. */
int au_ids_add(au_ids *d, const char *id, size_t n);

#endif
