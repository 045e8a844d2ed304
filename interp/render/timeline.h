/* timeline — a simulation's entries (sim.h) rendered: as plain English
 * (timeline_text.c) and as JSON (timeline_json.c), for `civic run`,
 * `civic test` (its failures) and the REPL's :run.
 *
 * Texts are built in the tl_ctx's arena, which the caller empties when it
 * likes (after each entry, say); nothing here keeps a pointer to an entry. */
#ifndef CIVIC_TIMELINE_H
#define CIVIC_TIMELINE_H

#include "json.h"
#include "sim.h"
#include "source.h"

#include <stdio.h>

typedef struct tl_ctx {
    const md_model *m;
    const md_scenario *s;        /* the scenario run: its people */
    const src_set *src;          /* for the lines and files of entries; may be NULL */
    arena *ar;                   /* for the texts built */
} tl_ctx;

/* ---- text (timeline_text.c) ---- */

/* The entry in one plain-English line, without date or kind:
 * "[E1] bob must respond to enquiry from alice by 2025-12-29". */
const char *tl_sentence(const tl_ctx *c, const sim_entry *e);
/* The line `civic run` prints for it: date, time, kind and the sentence;
 * an expectation "ok: …" or "FAILED at FILE:LINE: …". */
void tl_text_entry(FILE *f, const tl_ctx *c, const sim_entry *e);
/* The heading of a scenario's timeline (after a blank line unless first). */
void tl_text_heading(FILE *f, const char *name, const char *path, int line, bool first);
/* "result: 4 of 4 expectations met; 1 opened, …" */
void tl_text_result(FILE *f, const sim_result *r);
/* The line number of a source location (0 when none). */
int tl_line(const src_set *src, loc at);

/* ---- JSON (timeline_json.c) ---- */

/* The entry as an object: the keys of `civic run --json` (scenario, date,
 * time, kind, clause, people, text, ok, line), then the data the text is
 * made from (what, and duty, case or expectation).  docs/JSON.md. */
void tl_json_entry(js_out *j, const tl_ctx *c, const char *scenario, const sim_entry *e);
/* The counts of a run as an object's keys (the object is open). */
void tl_json_counts(js_out *j, const sim_result *r);
/* The JSON name of an entry's form ("opened", "missed", …) and of an
 * expectation's kind ("due", "state", …). */
const char *tl_what_name(sim_what w);
const char *tl_expect_name(md_exkind k);

#endif
