/* audit_render — civic audit's output: each finding and each bad row as it
 * comes, then the summary and the last line, as text (audit_text.c), JSON
 * (audit_json.c: the envelope, kind "audit"; docs/json/audit.md) or CSV
 * (audit_csv.c: one row per finding, error and summary line, with a header).
 *
 * Text: findings on `out`, bad rows on `err` (out is flushed first, so that
 * the two keep the order they were found in when they go to one place).
 * JSON and CSV: everything on `out`. */
#ifndef CIVIC_AUDIT_RENDER_H
#define CIVIC_AUDIT_RENDER_H

#include "audit.h"
#include "diag.h"
#include "json.h"
#include "source.h"

#include <stdio.h>

typedef enum { AO_TEXT, AO_JSON, AO_CSV } ao_format;

typedef struct ao_out {
    ao_format fmt;
    FILE *out, *err;
    bool color;              /* text on a terminal */
    const md_model *m;
    js_out j;
} ao_out;

/* Starts the output (JSON: the envelope's first keys and "findings"; CSV:
 * the header).  registers: the files given, n of them. */
void ao_begin(ao_out *o, ao_format fmt, FILE *out, FILE *err, const md_model *m, const char *map, const char *map_name,
              const char *const *registers, size_t n, dt_day today);
/* The callbacks of an au_sink writing to o. */
au_sink ao_sink(ao_out *o);
/* The summary and the last line; JSON: the map's diagnostics (dg, src)
 * and ok.  Then flushes. */
void ao_end(ao_out *o, const au_summary *s, const dg_sink *dg, const src_set *src, bool ok);
/* "N rows checked: B breaches, D departures, E rows with errors" into buf. */
void ao_last_line(const au_summary *s, char *buf, size_t cap);

/* A register's text: as it is when plain ASCII, else through to_write
 * (control characters escaped) (audit_base.c). */
void ao_put(FILE *f, const char *s, size_t n);
void ao_puts(FILE *f, const char *s);
/* Characters (UTF-8: not bytes) before byte `upto` of s. */
size_t ao_chars(const char *s, size_t upto);

/* the three formats (audit_text.c, audit_json.c, audit_csv.c) */
void ao_text_finding(ao_out *o, const au_finding *f);
void ao_text_rowerr(ao_out *o, const au_rowerr *e);
void ao_text_summary(ao_out *o, const au_summary *s);
void ao_json_begin(ao_out *o, const char *map, const char *map_name, const char *const *registers, size_t n, dt_day today);
void ao_json_finding(ao_out *o, const au_finding *f);
void ao_json_rowerr(ao_out *o, const au_rowerr *e);
void ao_json_end(ao_out *o, const au_summary *s, const dg_sink *dg, const src_set *src, bool ok);
void ao_csv_begin(ao_out *o);
void ao_csv_finding(ao_out *o, const au_finding *f);
void ao_csv_rowerr(ao_out *o, const au_rowerr *e);
void ao_csv_summary(ao_out *o, const au_summary *s);

#endif
