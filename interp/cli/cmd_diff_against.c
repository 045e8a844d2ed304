/* cmd_diff_against — `civic diff [--json] --against MODEL PATH…`: the county
 * association's view.  Each council's file — each file named, and each
 * *.civic file under the directories named that states a protocol block of
 * its own (so scenario files that use a protocol are passed over) — is
 * compared with the model protocol.  Text: a table of councils, a table of
 * the model's clauses, then each council's rule changes; JSON: the same
 * (kind "diff-against", docs/JSON.md).  Councils are loaded one at a
 * time, so three hundred of them need no more memory than one. */
#include "cmd_diff.h"
#include "diff_render.h"
#include "envelope.h"
#include "fail.h"
#include "files.h"
#include "report.h"
#include "textout.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct ca_state {
    const cli_opts *o;
    dt_day today;
    bool color;
    session model;
    const char *model_path;
    char *model_real;
    df_clauses cl;
    rdf_clause_count *counts;
    rdf_row *rows;
    size_t nrows, caprows;
    session **bad;               /* --json: the councils with errors, for their diagnostics at the end */
    size_t nbad;
    FILE *details;               /* text: each council's changes, printed after the tables */
    char *dbuf;
    size_t dlen;
    js_out j;
    int status;
} ca_state;

/* Does the file named on the command line state a protocol block itself? */
static bool ca_states_protocol(const session *s)
{
    for (size_t u = 0; u < s->ld.nunits; u++) {
        if (!s->ld.units[u].root) continue;
        for (const ast_decl *d = s->ld.units[u].ast.decls; d; d = d->next)
            if (d->kind == D_PROTOCOL) return true;
    }
    return false;
}

/* ---- one council ------------------------------------------------------------------------ */

/* A row for the council's file; NULL when out of memory. */
static rdf_row *ca_row(ca_state *st, const char *path, const session *s)
{
    if (st->nrows == st->caprows) {
        size_t cap = st->caprows ? st->caprows * 2 : 16;
        rdf_row *nv = fail_realloc(st->rows, cap * sizeof *nv);
        if (!nv) return NULL;
        st->rows = nv;
        st->caprows = cap;
    }
    const char *council = s && s->built ? s->m.meta.council : NULL;
    char *file = fail_strdup(cli_name(path)), *name = council ? fail_strdup(council) : NULL;
    if (!file || (council && !name)) { free(file); free(name); return NULL; }
    rdf_row *r = &st->rows[st->nrows++];
    memset(r, 0, sizeof *r);
    r->file = file;
    r->council = name;
    return r;
}

/* Adds the council's clauses to the counts of the model's, and notes
 * which of them it has in force without adopting them. */
static void ca_count(ca_state *st, rdf_row *row, const df_result *r)
{
    df_rule_fate *fates = fail_calloc(st->cl.n + 1, sizeof *fates);
    bool *uncited = fail_calloc(st->cl.n + 1, sizeof *uncited);
    row->uncited = fail_calloc(st->cl.n + 1, sizeof *row->uncited);
    if (!fates || !uncited || !row->uncited || !df_clause_fates(&st->cl, r, fates)) {
        st->status = cd_oom();
        free(fates);
        free(uncited);
        return;
    }
    df_clause_uncited(&st->cl, r, uncited);
    for (size_t i = 0; i < st->cl.n; i++) {
        st->counts[i].same += fates[i] == DF_R_SAME;
        st->counts[i].changed += fates[i] == DF_R_CHANGED;
        st->counts[i].omitted += fates[i] == DF_R_REMOVED;
        st->counts[i].uncited += uncited[i];
        if (uncited[i]) row->uncited[row->nuncited++] = st->cl.clause[i];
    }
    free(fates);
    free(uncited);
}

static void ca_compared(ca_state *st, rdf_row *row, const session *s)
{
    df_result r;
    if (!df_compare(&r, &st->model.m, &s->m)) {
        row->ok = false;
        st->status = cd_oom();
    } else {
        row->ok = true;
        row->t = df_tally_rules(&r);
        ca_count(st, row, &r);
        if (rdf_departs(row) && st->status == 0) st->status = 1;
    }
    if (st->o->json) rdf_json_council(&st->j, row, row->ok ? &r : NULL);
    else if (row->ok && !st->o->quiet && rdf_against_details(st->details, row, &r) != 0) st->status = cd_oom();
    df_free(&r);
}

/* A council with errors: its diagnostics now (text), or at the end (JSON). */
static void ca_trouble(ca_state *st, rdf_row *row, session *s)
{
    st->status = 2;
    if (!st->o->json) { cd_print_problems(row->file, s, st->color); ss_close(s); free(s); return; }
    rdf_json_council(&st->j, row, NULL);
    rp_notes(&s->dg, stderr);   /* out of memory is said, not only an "ok": false */
    session **nv = fail_realloc(st->bad, (st->nbad + 1) * sizeof *nv);
    if (!nv) { cd_oom(); ss_close(s); free(s); return; }
    st->bad = nv;
    st->bad[st->nbad++] = s;
}

static bool ca_is_model(const ca_state *st, const char *path)
{
    char *real = realpath(path, NULL);
    bool same = real && st->model_real && strcmp(real, st->model_real) == 0;
    free(real);
    return same;
}

/* A council's file that cannot be read: said, and its row says so. */
static void ca_unreadable(ca_state *st, const char *path, int err)
{
    cli_unreadable(path, err);
    st->status = 2;
    rdf_row *row = ca_row(st, path, NULL);
    if (!row) cd_oom();
    else row->unreadable = true;
    if (row && st->o->json) rdf_json_council(&st->j, row, NULL);
}

static void ca_council(ca_state *st, const char *path, bool named)
{
    if (!named && ca_is_model(st, path)) return;
    session *s = fail_calloc(1, sizeof *s);
    int err = ENOMEM;
    if (!s || ss_open(s, path, st->today, &err) != 0) {   /* calloc failing is said as "out of memory" too */
        ca_unreadable(st, path, err);
        if (s) { ss_close(s); free(s); }
        return;
    }
    if (!named && !ss_errors(s) && !ca_states_protocol(s)) { ss_close(s); free(s); return; }
    rdf_row *row = ca_row(st, path, s);
    if (!row) { st->status = cd_oom(); ss_close(s); free(s); return; }
    if (ss_errors(s)) { ca_trouble(st, row, s); return; }
    ca_compared(st, row, s);
    ss_close(s);
    free(s);
}

/* ---- the whole ---------------------------------------------------------------------------- */

/* Each path named, a council's file; in a directory named, every *.civic
 * file that states a protocol (files.h: the same walk as civic check and
 * test, so what cannot be read there is said too, in its place). */
static void ca_paths(ca_state *st)
{
    for (int i = 0; i < st->o->nargs; i++) {
        const char *p = st->o->args[i];
        struct stat sb;
        if (stat(p, &sb) != 0 || !S_ISDIR(sb.st_mode)) { ca_council(st, p, true); continue; }
        cf_files l = { 0 };
        cf_arg(&l, p);
        if (l.oom) st->status = cd_oom();
        for (size_t k = 0; k < l.n; k++) {
            if (l.err[k]) ca_unreadable(st, l.v[k], l.err[k]);
            else ca_council(st, l.v[k], false);
        }
        cf_files_free(&l);
    }
}

static size_t ca_model_rules(const ca_state *st)
{
    size_t n = 0;
    for (size_t k = 0; k < st->model.m.nnorms; k++) n += df_rule_compared(&st->model.m.norms[k]);
    return n;
}

static void ca_begin(ca_state *st)
{
    if (!st->o->json) {
        st->details = open_memstream(&st->dbuf, &st->dlen);
        return;
    }
    js_init(&st->j, stdout);
    ev_begin(&st->j, "diff-against");
    js_key(&st->j, "model");
    js_obj(&st->j);
    js_key(&st->j, "file"); js_str(&st->j, st->model_path);
    js_key(&st->j, "rules"); js_int(&st->j, (long)ca_model_rules(st));
    js_key(&st->j, "clauses"); js_int(&st->j, (long)st->cl.n);
    js_obj_end(&st->j);
    js_key(&st->j, "councils");
    js_arr(&st->j);
}

/* -q: a line for each council that departs from the model, nothing else. */
static void ca_end_quiet(ca_state *st)
{
    for (size_t i = 0; i < st->nrows; i++)
        if (st->rows[i].ok && rdf_departs(&st->rows[i]))
            to_printf(stdout, "%s departs from %s\n", st->rows[i].file, st->model_path);
}

static void ca_end(ca_state *st)
{
    if (!st->o->json && st->o->quiet) {
        fclose(st->details);
        ca_end_quiet(st);
        return;
    }
    if (!st->o->json) {
        fclose(st->details);
        if (rdf_against_tables(stdout, st->model_path, ca_model_rules(st), &st->cl, st->counts, st->rows, st->nrows))
            st->status = cd_oom();
        fwrite(st->dbuf, 1, st->dlen, stdout);
        fputc('\n', stdout);
        rdf_against_summary(stdout, st->rows, st->nrows);
        return;
    }
    js_arr_end(&st->j);
    rdf_json_clauses(&st->j, &st->cl, st->counts);
    rdf_json_against_summary(&st->j, st->rows, st->nrows);
    const dg_sink **dg = fail_calloc(st->nbad + 1, sizeof *dg);
    const src_set **src = fail_calloc(st->nbad + 1, sizeof *src);
    size_t n = 0;
    if (!dg || !src) st->status = cd_oom();
    for (size_t i = 0; dg && src && i < st->nbad; i++) { dg[n] = &st->bad[i]->dg; src[n] = &st->bad[i]->ld.src; n++; }
    ev_end(&st->j, dg, src, n, st->status == 0);
    free(dg);
    free(src);
}

static void ca_free(ca_state *st)
{
    for (size_t i = 0; i < st->nrows; i++) {
        free((char *)st->rows[i].file);
        free((char *)st->rows[i].council);
        free(st->rows[i].uncited);
    }
    for (size_t i = 0; i < st->nbad; i++) { ss_close(st->bad[i]); free(st->bad[i]); }
    free(st->rows);
    free(st->bad);
    free(st->dbuf);
    free(st->counts);
    free(st->model_real);
    df_clauses_free(&st->cl);
    ss_close(&st->model);
}

/* The model with errors: nothing can be compared with it. */
static int ca_bad_model(ca_state *st)
{
    if (st->o->json) {
        rp_notes(&st->model.dg, stderr);
        js_init(&st->j, stdout);
        ev_begin(&st->j, "diff-against");
        const dg_sink *dg = &st->model.dg;
        const src_set *src = &st->model.ld.src;
        ev_end(&st->j, &dg, &src, st->model.built ? 1 : 0, false);
    }
    ss_close(&st->model);
    return cd_finish(2);
}

int cd_against(const cli_opts *o, const char *model)
{
    ca_state st;
    memset(&st, 0, sizeof st);
    st.o = o;
    st.today = cli_today(o);
    st.color = rp_use_color(stderr);
    st.model_path = cli_name(model);
    if (cd_open(&st.model, model, st.today, o->json, st.color)) return ca_bad_model(&st);
    st.model_real = realpath(model, NULL);
    if (!df_clauses_init(&st.cl, &st.model.m) || !(st.counts = fail_calloc(st.cl.n + 1, sizeof *st.counts))) {
        ca_free(&st);
        return cd_oom();
    }
    ca_begin(&st);
    if (!o->json && !st.details) { ca_free(&st); return cd_oom(); }
    ca_paths(&st);
    ca_end(&st);
    int status = st.status;
    ca_free(&st);
    return cd_finish(status);
}
