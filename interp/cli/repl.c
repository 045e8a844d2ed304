/* repl — `civic repl [FILE…]`: queries and definitions at a prompt.
 *
 * On a terminal: GNU readline with a history file ($CIVIC_HISTORY, else
 * ~/.civic_history), tab completion that knows where it is (after `can` the
 * roles, after a role the actions, after an action things and roles, after
 * `explain` the clause labels, after `route` the kinds, after `:load` file
 * names, after `:use` the protocols; else every word), a continuation prompt while a
 * definition is unfinished, and Ctrl-C cancelling the line being typed.
 * Otherwise: standard input is read as a script, without prompts.
 *
 * Definitions typed at the prompt are kept as entries of their own
 * ("<repl:N>") and the whole protocol is rebuilt with each new one; an entry
 * that brings errors is reported and dropped, so the loaded protocol is
 * never left broken by a typo.
 *
 * Several councils: `:load` of a file with a protocol block, while the
 * current model has one too, starts a protocol of its own (never merged into
 * the current one, whose rules would conflict with it) and makes it current;
 * the others are kept whole under their names, `:use NAME` picks one and
 * `:protocols` lists them.
 */
#include "afile.h"
#include "answer_render.h"
#include "cli.h"
#include "envelope.h"
#include "fail.h"
#include "json.h"
#include "report.h"
#include "repl_out.h"
#include "session.h"
#include "sim.h"
#include "suggest.h"
#include "textout.h"
#include "timeline.h"

#include <ctype.h>
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

/* A protocol loaded in the REPL, kept whole while another is current. */
typedef struct rp_council {
    char *name;              /* the first file's name without folder and ".civic" */
    char **files;
    size_t nfiles;
    char **defs;
    size_t ndefs;
    session *s;              /* NULL while current: the state holds its parts */
} rp_council;

typedef struct rp_state {
    char **files;            /* loaded with :load or on the command line */
    size_t nfiles;
    char **defs;             /* accepted definitions, in order */
    size_t ndefs;
    session *s;              /* heap: a session holds pointers into itself */
    bool have;
    bool json;
    bool tty, color;
    dt_day today;
    char *buf;               /* a definition being typed over several lines */
    size_t buflen, bufcap;
    size_t scanned;          /* how much of buf rp_scan has looked at: */
    int depth;               /*   braces and parentheses open there */
    bool in_str;             /*   inside a string there */
    size_t last;             /*   1 + offset of the last non-blank byte, or 0 */
    ss_query query;          /* the question being answered: one for all, so memory stays flat */
    bool oom;                /* memory ran out at some point: the exit status says so */
    bool failed;             /* a question was not answered, a definition or file not added */
    rp_council *all;         /* every protocol loaded, in order; all[cur] is the current one */
    size_t nall, cur;
} rp_state;

static rp_state *rp_cur;     /* for the completion callback */

/* Input is read a line at a time, and none is kept without end: a line of
 * more than RP_MAX_LINE bytes stops a script (standard input from
 * /dev/zero has no line end at all), and a definition of more than
 * RP_MAX_DEF bytes is dropped. */
enum { RP_MAX_LINE = 64 * 1024, RP_MAX_DEF = 1024 * 1024 };

/* ---- building ---------------------------------------------------------------------- */

/* Memory ran out: said once each time, and remembered for the exit status. */
static void rp_oom(rp_state *r)
{
    fputs("civic: error: out of memory\n", stderr);
    r->oom = true;
}

static void rp_print_diags(const rp_state *r, const session *s)
{
    rp_text(&s->dg, &s->ld.src, stderr, r->color);
}

/* The problems a new entry brings, copied into *only: its own diagnostics,
 * and errors that appear elsewhere because of it (a conflict with a loaded
 * rule).  The caller frees *only. */
static void rp_new_diags(const session *s, const char *entry, size_t old_errors, dg_sink *only)
{
    dg_init(only);
    for (size_t i = 0; i < s->dg.count; i++) {
        const dg_diag *d = &s->dg.items[i];
        const src_file *f = src_get(&s->ld.src, d->where.file);
        bool mine = f && strcmp(f->path, entry) == 0;
        if (!mine && (d->sev != DG_ERROR || old_errors)) continue;
        dg_report(only, d->sev, d->code, d->where, "%s", d->msg);
        for (size_t h = 0; h < d->nhints; h++) dg_hint(only, "%s", d->hints[h]);
    }
    only->oom = s->dg.oom;
}

static void rp_print_new(const rp_state *r, const session *s, const char *entry, size_t old_errors)
{
    dg_sink only;
    rp_new_diags(s, entry, old_errors, &only);
    rp_text(&only, &s->ld.src, stderr, r->color);
    dg_free(&only);
}

static void rp_drop(session *s)
{
    if (!s) return;
    ss_close(s);
    free(s);
}

/* Build a session from the files and the definitions (plus `extra`, when
 * given), through the session API as every command does.  Returns NULL
 * when a file could not be read or memory ran out. */
static session *rp_build(rp_state *r, const char *extra)
{
    session *s = fail_calloc(1, sizeof *s);
    if (!s) { rp_oom(r); return NULL; }
    ss_init(s, r->today);
    for (size_t i = 0; i < r->nfiles; i++) {
        int err;
        if (ss_add_file(s, r->files[i], &err) != 0) {
            cli_unreadable(r->files[i], err);
            if (err == ENOMEM) r->oom = true;
            rp_drop(s);
            return NULL;
        }
    }
    char name[32];
    for (size_t i = 0; i < r->ndefs; i++) {
        snprintf(name, sizeof name, "<repl:%zu>", i + 1);
        ss_add_text(s, name, r->defs[i], strlen(r->defs[i]));
    }
    if (extra) {
        snprintf(name, sizeof name, "<repl:%zu>", r->ndefs + 1);
        ss_add_text(s, name, extra, strlen(extra));
    }
    ss_build(s);
    /* a model that ran out of memory may be missing anything: it answers nothing */
    if (s->dg.oom) {
        r->oom = true;
        rp_print_diags(r, s);
        rp_drop(s);
        return NULL;
    }
    return s;
}

static bool rp_rebuild(rp_state *r, bool report)
{
    session *n = rp_build(r, NULL);
    if (!n) return false;   /* keep what we had */
    rp_drop(r->s);
    r->s = n;
    r->have = true;
    if (report && (r->s->dg.errors || r->s->dg.oom)) rp_print_diags(r, r->s);
    return true;
}

/* "added: 1 role, 2 rules": what the new model n has that the old o had not. */
static void rp_print_added(const md_model *o, const md_model *n)
{
    const size_t counts[][2] = { { n->nroles, o ? o->nroles : 0 }, { n->nterms, o ? o->nterms : 0 },
                                 { n->nnorms, o ? o->nnorms : 0 }, { n->nroutes, o ? o->nroutes : 0 },
                                 { n->nscens, o ? o->nscens : 0 } };
    static const char *const what[] = { "role", "term", "rule", "route", "scenario" };
    printf("added:");
    bool any = false;
    for (size_t k = 0; k < sizeof what / sizeof what[0]; k++) {
        size_t d = counts[k][0] - counts[k][1];
        if (!d) continue;
        printf("%s %zu %s%s", any ? "," : "", d, what[k], d == 1 ? "" : "s");
        any = true;
    }
    if (!any) printf(" the definition (nothing new to count)");
    putchar('\n');
}

/* The warnings of the newest entry ("<repl:N>") are worth seeing. */
static void rp_print_warnings(const rp_state *r)
{
    char want[32];
    snprintf(want, sizeof want, "<repl:%zu>", r->ndefs);
    for (size_t i = 0; i < r->s->dg.count; i++) {
        const dg_diag *d = &r->s->dg.items[i];
        const src_file *f = src_get(&r->s->ld.src, d->where.file);
        if (!f || strcmp(f->path, want) != 0) continue;
        int line, col;
        src_linecol(&r->s->ld.src, d->where.file, d->where.start, &line, &col);
        to_printf(stderr, "%s:%d:%d: warning: %s", f->path, line, col, d->msg);
        rp_code(stderr, d->code, r->color);
        fputc('\n', stderr);
        for (size_t h = 0; h < dg_nhints_shown(d); h++) to_printf(stderr, "hint: %s\n", dg_hint_shown(d, h));
    }
}

/* ---- :json on: a definition and a :load as one envelope each ------------------------------ */

/* "added": what the new model n has that the old o (NULL: none) had not. */
static void rp_json_added(js_out *j, const md_model *o, const md_model *n)
{
    js_obj(j);
    js_key(j, "roles"); js_int(j, (long)(n->nroles - (o ? o->nroles : 0)));
    js_key(j, "terms"); js_int(j, (long)(n->nterms - (o ? o->nterms : 0)));
    js_key(j, "rules"); js_int(j, (long)(n->nnorms - (o ? o->nnorms : 0)));
    js_key(j, "routes"); js_int(j, (long)(n->nroutes - (o ? o->nroutes : 0)));
    js_key(j, "scenarios"); js_int(j, (long)(n->nscens - (o ? o->nscens : 0)));
    js_obj_end(j);
}

/* A definition typed at the prompt (entry "<repl:N>"), added or not: what it
 * added, and the problems it brings (as the text shows them), as kind
 * "definition". */
static void rp_json_definition(const session *trial, const char *entry, size_t before, const md_model *old, bool added)
{
    ro_doc d;
    if (!ro_begin(&d)) return;
    dg_sink only;
    rp_new_diags(trial, entry, before, &only);
    js_out j;
    js_init(&j, d.f);
    ev_begin(&j, "definition");
    js_key(&j, "entry"); js_str(&j, entry);
    js_key(&j, "added");
    if (added) rp_json_added(&j, old, &trial->m);
    else js_null(&j);
    const dg_sink *dg = &only;
    const src_set *src = &trial->ld.src;
    ev_end(&j, &dg, &src, 1, added && !only.oom);
    ro_end(&d);
    rp_notes(&only, stderr);
    dg_free(&only);
}

/* :load FILE as kind "load": whether it was read, the protocol it is loaded
 * into, the model's counts, and (when it has errors) every diagnostic, as
 * the text shows them.  s is NULL when the file could not be read (the
 * reason is on standard error, as for civic check --json). */
static void rp_json_load(const char *file, const session *s, const char *protocol)
{
    ro_doc d;
    if (!ro_begin(&d)) return;
    js_out j;
    js_init(&j, d.f);
    ev_begin(&j, "load");
    js_key(&j, "file"); js_str(&j, file);
    js_key(&j, "read"); js_bool(&j, s != NULL);
    js_key(&j, "protocol"); js_str(&j, protocol);
    if (s) {
        js_key(&j, "roles"); js_int(&j, (long)s->m.nroles);
        js_key(&j, "rules"); js_int(&j, (long)s->m.nnorms);
        js_key(&j, "routes"); js_int(&j, (long)s->m.nroutes);
        js_key(&j, "scenarios"); js_int(&j, (long)s->m.nscens);
    }
    bool bad = s && (s->dg.errors || s->dg.oom);
    const dg_sink *dg = s ? &s->dg : NULL;
    const src_set *src = s ? &s->ld.src : NULL;
    ev_end(&j, &dg, &src, bad ? 1 : 0, s && !bad);
    ro_end(&d);
    if (s) rp_notes(&s->dg, stderr);
}

static void rp_define(rp_state *r, const char *text)
{
    session *trial = rp_build(r, text);
    if (!trial) { r->failed = true; return; }
    /* only the problems of the new entry matter here */
    size_t errors = trial->dg.errors + (trial->dg.oom ? 1 : 0);
    size_t before = r->have ? r->s->dg.errors : 0;
    char entry[32];
    snprintf(entry, sizeof entry, "<repl:%zu>", r->ndefs + 1);
    if (errors > before) {
        if (r->json) {
            rp_json_definition(trial, entry, before, NULL, false);
        } else {
            rp_print_new(r, trial, entry, before);
            fprintf(stderr, "not added: fix the error%s above and type it again\n", errors - before == 1 ? "" : "s");
        }
        rp_drop(trial);
        r->failed = true;
        return;
    }
    char **nd = fail_realloc(r->defs, (r->ndefs + 1) * sizeof *nd);
    char *copy = fail_strdup(text);
    if (!nd || !copy) {
        free(copy);
        if (nd) r->defs = nd;
        rp_drop(trial);
        rp_oom(r);
        return;
    }
    r->defs = nd;
    r->defs[r->ndefs++] = copy;
    if (r->json) rp_json_definition(trial, entry, before, r->have ? &r->s->m : NULL, true);
    else rp_print_added(r->have ? &r->s->m : NULL, &trial->m);
    rp_drop(r->s);
    r->s = trial;
    r->have = true;
    if (!r->json) rp_print_warnings(r);
}

/* ---- commands ------------------------------------------------------------------------- */

static void rp_help_to(FILE *f)
{
    fputs("Type a query, or a definition (a role, a rule, a route, a scenario…) to add it.\n"
          "Queries:\n", f);
    cli_forms(f);
    fputs("Commands:\n"
         "  :load FILE    load a protocol file        :reload      read the files again\n"
         "  :run [NAME]   run the scenarios           :today DATE  set today\n"
         "  :json on|off  answers, definitions and    :help        this text\n"
         "                :load as JSON envelopes\n"
         "  :use NAME     switch protocols            :protocols   list them (* current)\n"
         "  :quit         leave (also Ctrl-D)\n"
         ":load of a file with a protocol block, when the current one has one too,\n"
         "loads it as a protocol of its own and switches to it (never merged).\n", f);
}

/* :help; after ':json on', the text as the message of a "command" envelope. */
static void rp_help(const rp_state *r)
{
    if (!r->json) { rp_help_to(stdout); return; }
    char *text = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&text, &n);
    if (m) rp_help_to(m);
    if (m && fclose(m) == 0 && text) {
        while (n && text[n - 1] == '\n') text[--n] = '\0';
        ro_say(true, ":help", "%s", text);
    } else {
        fputs("civic: error: out of memory\n", stderr);
    }
    free(text);
}

/* :run NAME that no scenario has: the nearest name as "did you mean". */
static void rp_no_scenario(const rp_state *r, const char *name)
{
    sg_best b;
    sg_begin(&b, name);
    for (size_t i = 0; i < r->s->m.nscens; i++) sg_offer(&b, r->s->m.scens[i].name);
    if (sg_result(&b)) ro_error(false, ":run", NULL, "no scenario named \"%s\"; did you mean \"%s\"?", name, sg_result(&b));
    else ro_error(false, ":run", NULL, "no scenario named \"%s\"", name);
}

static void rp_run_entry(void *ctx, const sim_entry *e)
{
    const tl_ctx *c = ctx;
    char d[11];
    dt_format(e->day, d);
    const char *text = tl_sentence(c, e);
    if (e->kind == SE_EXPECTATION) to_printf(stdout, "%s  %-10s %s%s\n", d, "expect", e->ok ? "ok: " : "FAILED: ", text);
    else to_printf(stdout, "%s  %-10s %s\n", d, sim_kind_name(e->kind), text);
    ar_reset(c->ar);
}

/* :run after ':json on': the envelope `civic run --json` writes. */
static void rp_run_json(rp_state *r, const char *name)
{
    ro_doc d;
    if (!ro_begin(&d)) return;   /* said, and the exit status knows: ro_ran_out */
    const char *path = r->nfiles ? r->files[0] : "<repl>";
    if (cr_run_scenarios(r->s, path, *name ? name : NULL, r->today, false, d.f) != 0) r->failed = true;
    ro_end(&d);
}

static void rp_run(rp_state *r, const char *name)
{
    if (!r->have) { ro_say(r->json, ":run", "nothing is loaded"); return; }
    if (r->json) { rp_run_json(r, name); return; }
    size_t ran = 0;
    arena scratch, texts;
    ar_init(&scratch);
    ar_init(&texts);
    for (size_t i = 0; i < r->s->m.nscens; i++) {
        const md_scenario *sc = &r->s->m.scens[i];
        if (*name && strcmp(name, sc->name) != 0) continue;
        ran++;
        to_printf(stdout, "scenario \"%s\"\n", sc->name);
        tl_ctx c = { &r->s->m, sc, &r->s->ld.src, &texts };
        sim_result res = sim_run(&r->s->m, sc, r->today, &scratch, rp_run_entry, &c, true);
        ar_reset(&scratch);
        if (res.error) { rp_oom(r); continue; }
        if (res.failed) r->failed = true;   /* as civic run, a script exits 1 */
        printf("result: %zu of %zu expectations met\n", res.expectations - res.failed, res.expectations);
    }
    ar_free(&scratch);
    ar_free(&texts);
    if (!ran && *name) { rp_no_scenario(r, name); r->failed = true; }
    else if (!ran) puts("no scenarios are loaded");
}

static char *rp_trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
    return s;
}

/* ---- several councils ------------------------------------------------------------------ */

static long rp_find_council(const rp_state *r, const char *name)
{
    for (size_t i = 0; i < r->nall; i++)
        if (r->all[i].name && strcmp(r->all[i].name, name) == 0) return (long)i;
    return -1;
}

/* "protocols/houghton-regis.civic" -> "houghton-regis"; "-2", "-3"… when taken. */
static char *rp_council_name(const rp_state *r, const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    if (n > 6 && strcmp(b + n - 6, ".civic") == 0) n -= 6;
    char *name = fail_malloc(n + 24);
    for (unsigned k = 1; name; k++) {
        if (k == 1) snprintf(name, n + 24, "%.*s", (int)n, b);
        else snprintf(name, n + 24, "%.*s-%u", (int)n, b, k);
        if (rp_find_council(r, name) < 0) break;
    }
    return name;
}

/* The current protocol's parts, moved into all[cur] (the state then holds none). */
static void rp_stash(rp_state *r)
{
    rp_council *c = &r->all[r->cur];
    c->files = r->files, c->nfiles = r->nfiles, c->defs = r->defs, c->ndefs = r->ndefs, c->s = r->s;
    r->files = NULL, r->nfiles = 0, r->defs = NULL, r->ndefs = 0, r->s = NULL, r->have = false;
}

/* Protocol i's parts, moved into the state: it is current. */
static void rp_unstash(rp_state *r, size_t i)
{
    rp_council *c = &r->all[i];
    r->cur = i;
    r->files = c->files, r->nfiles = c->nfiles, r->defs = c->defs, r->ndefs = c->ndefs, r->s = c->s;
    r->have = r->s != NULL;
    c->files = NULL, c->nfiles = 0, c->defs = NULL, c->ndefs = 0, c->s = NULL;
}

static void rp_council_free(rp_council *c)
{
    rp_drop(c->s);
    for (size_t i = 0; i < c->nfiles; i++) free(c->files[i]);
    free(c->files);
    for (size_t i = 0; i < c->ndefs; i++) free(c->defs[i]);
    free(c->defs);
    free(c->name);
}

/* The protocol NAME names, or that NAME begins, when only one does; -1 if none. */
static long rp_pick_council(const rp_state *r, const char *name)
{
    long i = rp_find_council(r, name), only = -1;
    size_t n = strlen(name), begun = 0;
    for (size_t k = 0; i < 0 && n && k < r->nall; k++)
        if (strncmp(r->all[k].name, name, n) == 0) { only = (long)k; begun++; }
    return i >= 0 ? i : begun == 1 ? only : -1;
}

/* :use NAME: another protocol loaded before becomes current. */
static void rp_use(rp_state *r, const char *name)
{
    long i = *name ? rp_pick_council(r, name) : -1;
    if (i < 0) {
        sg_best b;
        sg_begin(&b, name);
        for (size_t k = 0; k < r->nall; k++) sg_offer(&b, r->all[k].name);
        if (!*name) ro_error(r->json, ":use", NULL, "write ':use NAME'; ':protocols' lists the protocols loaded");
        else if (sg_result(&b)) ro_error(r->json, ":use", NULL, "no protocol named '%s'; did you mean '%s'?", name, sg_result(&b));
        else ro_error(r->json, ":use", NULL, "no protocol named '%s'; ':protocols' lists them", name);
        r->failed = true;
        return;
    }
    if ((size_t)i != r->cur) {
        rp_stash(r);
        rp_unstash(r, (size_t)i);
    }
    if (r->have && r->s->today != r->today) rp_rebuild(r, false);   /* :today was set meanwhile */
    const char *council = r->have && r->s->m.meta.council ? r->s->m.meta.council : NULL;
    ro_say(r->json, ":use", "using %s%s%s%s", r->all[r->cur].name, council ? " (" : "", council ? council : "", council ? ")" : "");
}

/* :protocols after ':json on': kind "protocols", "protocols": [{name,
 * council, file, current}]. */
static void rp_protocols_json(const rp_state *r)
{
    ro_doc d;
    if (!ro_begin(&d)) return;
    js_out j;
    js_init(&j, d.f);
    ev_begin(&j, "protocols");
    js_key(&j, "protocols");
    js_arr(&j);
    for (size_t i = 0; i < r->nall; i++) {
        const session *s = i == r->cur ? r->s : r->all[i].s;
        size_t nfiles = i == r->cur ? r->nfiles : r->all[i].nfiles;
        js_obj(&j);
        js_key(&j, "name"); js_str(&j, r->all[i].name);
        js_key(&j, "council"); js_str(&j, s ? s->m.meta.council : NULL);
        js_key(&j, "file"); js_str(&j, nfiles ? (i == r->cur ? r->files : r->all[i].files)[0] : NULL);
        js_key(&j, "current"); js_bool(&j, i == r->cur);
        js_obj_end(&j);
    }
    js_arr_end(&j);
    ev_end(&j, NULL, NULL, 0, true);
    ro_end(&d);
}

/* :protocols: each protocol loaded, the current one marked '*'. */
static void rp_protocols(const rp_state *r)
{
    if (r->json) { rp_protocols_json(r); return; }
    for (size_t i = 0; i < r->nall; i++) {
        const session *s = i == r->cur ? r->s : r->all[i].s;
        const char *council = s && s->m.meta.council ? s->m.meta.council : "(no protocol block)";
        size_t nfiles = i == r->cur ? r->nfiles : r->all[i].nfiles;
        char *const *files = i == r->cur ? r->files : r->all[i].files;
        to_printf(stdout, "%c %-20s %s%s%s%s\n", i == r->cur ? '*' : ' ', r->all[i].name, council,
                  nfiles ? " (" : "", nfiles ? files[0] : "", nfiles ? ")" : "");
    }
}

/* The first file of protocol i, or NULL. */
static const char *rp_first_file(const rp_state *r, size_t i)
{
    if (i == r->cur) return r->nfiles ? r->files[0] : NULL;
    return r->all[i].nfiles ? r->all[i].files[0] : NULL;
}

/* :load of another council's protocol: the file has a protocol block, and so
 * has the current model.  It gets a model of its own and becomes current.
 * False when the file is not another protocol: nothing has changed. */
static bool rp_load_council(rp_state *r, const char *arg)
{
    if (!r->have || !r->s->m.meta.present) return false;
    for (size_t i = 0; i < r->nall; i++) {
        const char *f = rp_first_file(r, i);
        if (i != r->cur && f && strcmp(f, arg) == 0) { rp_use(r, r->all[i].name); return true; }
    }
    char *name = rp_council_name(r, arg);
    rp_council *na = name ? fail_realloc(r->all, (r->nall + 1) * sizeof *na) : NULL;
    if (!na) { free(name); rp_oom(r); return true; }
    r->all = na;
    size_t was = r->cur;
    rp_stash(r);
    r->files = fail_malloc(sizeof *r->files);
    if (r->files && (r->files[0] = fail_strdup(arg))) r->nfiles = 1;
    session *alone = r->nfiles ? rp_build(r, NULL) : NULL;
    if (!alone || !alone->m.meta.present) {
        bool failed = !alone;   /* unreadable, or out of memory: said by rp_build */
        if (failed && r->json) rp_json_load(arg, NULL, NULL);
        rp_drop(alone);
        if (r->nfiles) free(r->files[0]);
        free(r->files);
        r->files = NULL, r->nfiles = 0;
        free(name);
        rp_unstash(r, was);
        if (failed) r->failed = true;
        return failed;
    }
    memset(&r->all[r->nall], 0, sizeof r->all[r->nall]);
    r->all[r->nall].name = name;
    r->cur = r->nall++;
    r->s = alone;
    r->have = true;
    if (r->s->dg.errors || r->s->dg.oom) r->failed = true;
    if (r->json) { rp_json_load(arg, r->s, name); return true; }
    if (r->s->dg.errors || r->s->dg.oom) rp_print_diags(r, r->s);
    to_printf(stdout, "loaded %s as protocol '%s' (%s): %zu roles, %zu rules, %zu routes, %zu scenarios; "
                      "':use %s' goes back\n", arg, name, r->s->m.meta.council ? r->s->m.meta.council : "no council named",
              r->s->m.nroles, r->s->m.nnorms, r->s->m.nroutes, r->s->m.nscens, r->all[was].name);
    return true;
}

/* :load FILE: another council's protocol (rp_load_council), or else the
 * files so far and this one, rebuilt; kept only when it loads. */
static void rp_load(rp_state *r, const char *arg)
{
    if (!*arg) { ro_error(r->json, ":load", NULL, "write ':load FILE'"); r->failed = true; return; }
    if (strcmp(arg, "-") == 0) {   /* it would read the rest of the script as a protocol */
        ro_error(r->json, ":load", NULL, "'-' cannot be loaded: standard input is what the REPL reads");
        r->failed = true;
        return;
    }
    if (rp_load_council(r, arg)) return;
    char **nf = fail_realloc(r->files, (r->nfiles + 1) * sizeof *nf);
    char *copy = fail_strdup(arg);
    if (!nf || !copy) { free(copy); if (nf) r->files = nf; rp_oom(r); return; }
    r->files = nf;
    r->files[r->nfiles++] = copy;
    session *trial = rp_build(r, NULL);
    if (!trial) {
        free(r->files[--r->nfiles]);
        r->failed = true;
        if (r->json) rp_json_load(arg, NULL, NULL);
        return;
    }
    rp_drop(r->s);
    r->s = trial;
    r->have = true;
    if (r->s->dg.errors || r->s->dg.oom) r->failed = true;   /* a script exits 1: the file has errors */
    if (r->json) { rp_json_load(arg, r->s, r->nall ? r->all[r->cur].name : NULL); return; }
    if (r->s->dg.errors || r->s->dg.oom) rp_print_diags(r, r->s);
    to_printf(stdout, "loaded %s: %zu roles, %zu rules, %zu routes, %zu scenarios\n", arg, r->s->m.nroles,
              r->s->m.nnorms, r->s->m.nroutes, r->s->m.nscens);
}

/* :reload: the files read again (what was loaded is kept when they cannot
 * be); after ':json on', as a "load" envelope of the first file. */
static void rp_reload(rp_state *r)
{
    bool read = rp_rebuild(r, !r->json);
    if (!read || r->s->dg.errors || r->s->dg.oom) r->failed = true;
    if (r->json) {
        if (r->nfiles) rp_json_load(r->files[0], read ? r->s : NULL, r->nall ? r->all[r->cur].name : NULL);
        return;
    }
    if (read) printf("reloaded: %zu roles, %zu rules, %zu routes\n", r->s->m.nroles, r->s->m.nnorms, r->s->m.nroutes);
}

/* The commands, as :help names them (and suggests them for a slip). */
static const char *const rp_commands[] = { "load", "reload", "run", "today", "json", "help", "use", "protocols", "quit" };

static void rp_unknown_command(rp_state *r, const char *cmd)
{
    char label[40];
    snprintf(label, sizeof label, ":%s", cmd);
    sg_best b;
    sg_begin(&b, cmd);
    for (size_t k = 0; k < sizeof rp_commands / sizeof rp_commands[0]; k++) sg_offer(&b, rp_commands[k]);
    if (sg_result(&b)) ro_error(r->json, label, NULL, "unknown command ':%s'; did you mean ':%s'?", cmd, sg_result(&b));
    else ro_error(r->json, label, NULL, "unknown command ':%s'; :help lists them", cmd);
    r->failed = true;
}

/* :today DATE. */
static void rp_today(rp_state *r, const char *arg)
{
    dt_day d;
    int e = dt_parse(arg, strlen(arg), &d);
    if (e) {
        if (e == 2) ro_error(r->json, ":today", NULL, "there is no such day as %s", arg);
        else if (e == 3) ro_error(r->json, ":today", NULL, "%s: the year is out of range", arg);
        else ro_error(r->json, ":today", NULL, "write ':today YYYY-MM-DD'");
        r->failed = true;
        return;
    }
    r->today = d;
    rp_rebuild(r, false);
    ro_say(r->json, ":today", "today is %s", arg);
}

/* :json on|off. */
static void rp_json_mode(rp_state *r, const char *arg)
{
    if (strcmp(arg, "on") != 0 && strcmp(arg, "off") != 0) {
        ro_error(r->json, ":json", NULL, "write ':json on' or ':json off'");
        r->failed = true;
        return;
    }
    r->json = strcmp(arg, "on") == 0;
    ro_say(r->json, ":json", "answers as %s", r->json ? "JSON" : "text");
}

/* The commands that take no argument, refused with one. */
static bool rp_no_arg(rp_state *r, const char *cmd, const char *arg)
{
    if (!*arg) return true;
    char label[40];
    snprintf(label, sizeof label, ":%s", cmd);
    ro_error(r->json, label, NULL, "':%s' takes nothing after it, not '%s'", cmd, arg);
    r->failed = true;
    return false;
}

/* Returns false to quit. */
static bool rp_command(rp_state *r, char *line)
{
    char *cmd = line + 1, *arg = cmd;
    while (*arg && !isspace((unsigned char)*arg)) arg++;
    if (*arg) *arg++ = '\0';
    arg = rp_trim(arg);
    if (!strcmp(cmd, "quit") || !strcmp(cmd, "q") || !strcmp(cmd, "exit")) return !rp_no_arg(r, cmd, arg);
    if (!strcmp(cmd, "help") || !strcmp(cmd, "h")) rp_help(r);
    else if (!strcmp(cmd, "json")) rp_json_mode(r, arg);
    else if (!strcmp(cmd, "load")) rp_load(r, arg);
    else if (!strcmp(cmd, "use")) rp_use(r, arg);
    else if (!strcmp(cmd, "protocols")) { if (rp_no_arg(r, cmd, arg)) rp_protocols(r); }
    else if (!strcmp(cmd, "reload")) { if (rp_no_arg(r, cmd, arg)) rp_reload(r); }
    else if (!strcmp(cmd, "today")) rp_today(r, arg);
    else if (!strcmp(cmd, "run")) {
        if (*arg == '"') {
            arg++;
            size_t n = strlen(arg);
            if (n && arg[n - 1] == '"') arg[n - 1] = '\0';
        }
        rp_run(r, arg);
    } else {
        rp_unknown_command(r, cmd);
    }
    return true;
}

static void rp_query(rp_state *r, const char *text)
{
    if (!r->have) { ro_say(r->json, NULL, "nothing is loaded: ':load FILE' first"); return; }
    if (ss_ask(r->s, &r->query, text, r->today) != 0) {
        const dg_sink *dg = &r->query.dg;
        const src_set *src = &r->query.src;
        /* as JSON, the envelope says why (ok: false), as `civic query --json` does */
        ro_doc d;
        if (r->json && ro_begin(&d)) {
            an_json_error(d.f, text, &dg, &src, 1);
            ro_end(&d);
            rp_notes(dg, stderr);
        } else if (r->json) {
            r->oom = true;
        } else {
            rp_text(dg, src, stderr, r->color);
        }
        if (dg->oom) r->oom = true;
        r->failed = true;
    } else if (r->json) {
        ro_doc d;
        if (ro_begin(&d)) {
            an_json(d.f, &r->query.answer);
            ro_end(&d);
        } else {
            r->oom = true;
        }
    } else {
        an_text(stdout, &r->query.answer);
    }
    (void)cli_flush_stdout();   /* a failure is told at the end (cli_close_stdout) */
}

/* ---- multi-line definitions ------------------------------------------------------------- */

/* Brings the scan of the definition being typed up to its end: only the
 * lines added since the last call are looked at, so that a long definition
 * typed line by line costs time in proportion to its length. */
static void rp_scan(rp_state *r)
{
    const char *t = r->buf;
    size_t p = r->scanned;
    for (; p < r->buflen; p++) {
        char c = t[p];
        if (r->in_str) {
            if (c == '\\' && p + 1 < r->buflen) p++;
            else if (c == '"') r->in_str = false;
            continue;
        }
        if (c == '"') r->in_str = true;
        else if (c == '#') { while (p < r->buflen && t[p] != '\n') p++; continue; }
        else if (c == '{' || c == '(') r->depth++;
        else if ((c == '}' || c == ')') && r->depth > 0) r->depth--;
        if (!isspace((unsigned char)c)) r->last = p + 1;
    }
    r->scanned = p;
}

/* Is the definition unfinished: an open brace or parenthesis, or a last
 * line ending in a word that needs more? */
static bool rp_incomplete(rp_state *r)
{
    rp_scan(r);
    if (r->depth > 0) return true;
    if (!r->last) return false;
    const char *t = r->buf, *last = t + r->last - 1;
    const char *w = last;
    while (w > t && !isspace((unsigned char)w[-1])) w--;
    size_t n = (size_t)(last - w) + 1;
    static const char *const cont[] = { ",", "and", "or", "otherwise", "unless", "when", "within" };
    if (*last == ',') return true;
    for (size_t i = 0; i < sizeof cont / sizeof cont[0]; i++)
        if (strlen(cont[i]) == n && strncmp(w, cont[i], n) == 0) return true;
    return false;
}

static void rp_reset_buf(rp_state *r)
{
    free(r->buf);
    r->buf = NULL;
    r->buflen = r->bufcap = r->scanned = r->last = 0;
    r->depth = 0;
    r->in_str = false;
}

static void rp_append(rp_state *r, const char *line)
{
    size_t n = strlen(line);
    if (r->buflen + n + 2 > RP_MAX_DEF) {
        /* a brace never closed, and line after line: not kept without end */
        fprintf(stderr, "civic: this definition is longer than %d KiB; it was not added\n", RP_MAX_DEF / 1024);
        rp_reset_buf(r);
        r->failed = true;
        return;
    }
    if (r->buflen + n + 2 > r->bufcap) {
        size_t cap = r->bufcap ? r->bufcap : 256;
        while (cap < r->buflen + n + 2) cap *= 2;
        char *nb = fail_realloc(r->buf, cap);
        if (!nb) {
            rp_oom(r);
            fputs("civic: the definition was not added\n", stderr);
            rp_reset_buf(r);
            return;
        }
        r->buf = nb;
        r->bufcap = cap;
    }
    memcpy(r->buf + r->buflen, line, n);
    r->buflen += n;
    r->buf[r->buflen++] = '\n';
    r->buf[r->buflen] = '\0';
}

/* Returns false to quit. */
static bool rp_line(rp_state *r, char *raw)
{
    char *line = rp_trim(raw);
    if (!r->buf) {
        if (!*line || *line == '#') return true;
        if (*line == ':') return rp_command(r, line);
        size_t n = strlen(line);
        if (q_is_query(line) && line[n - 1] != '{') {
            rp_query(r, line);
            return true;
        }
    }
    rp_append(r, raw);
    if (r->buf && rp_incomplete(r)) return true;
    if (r->buf) rp_define(r, r->buf);
    rp_reset_buf(r);
    return true;
}

/* ---- readline ------------------------------------------------------------------------- */

static char **rp_words;
static size_t rp_nwords;

static void rp_add_word(const char *w)
{
    if (!w || strchr(w, ' ')) return;
    char **nw = realloc(rp_words, (rp_nwords + 1) * sizeof *nw);
    if (!nw) return;
    rp_words = nw;
    rp_words[rp_nwords++] = (char *)w;
}

/* What the word being completed can be, from the words before it on the line. */
typedef enum {
    RC_ANY,                  /* the first word, or no context known: every word */
    RC_ROLES,                /* after can, of, manages, by, about, from, to */
    RC_ACTIONS,              /* after "can ROLE", or must, should, may, not */
    RC_OBJECTS,              /* after "can ROLE ACTION": things and roles */
    RC_CLAUSES,              /* after explain, deadline */
    RC_KINDS,                /* after route, handles: what a route is for */
    RC_PROTOCOLS,            /* after :use */
    RC_FILES                 /* after :load */
} rp_ctx;

static rp_ctx rp_context(const char *line, int start)
{
    char first[32] = "", last[32] = "";
    int n = 0;
    for (const char *p = line; p < line + start;) {
        while (p < line + start && isspace((unsigned char)*p)) p++;
        const char *w = p;
        while (p < line + start && !isspace((unsigned char)*p)) p++;
        if (p == w) break;
        snprintf(last, sizeof last, "%.*s", (int)(p - w), w);
        if (n++ == 0) snprintf(first, sizeof first, "%s", last);
    }
    static const char *const to_role[] = { "can", "of", "manages", "by", "about", "from", "to", "towards" };
    static const char *const to_action[] = { "must", "should", "may", "not", "cannot", "shall" };
    if (n == 0) return RC_ANY;
    if (!strcmp(first, ":load")) return RC_FILES;
    if (!strcmp(first, ":use")) return RC_PROTOCOLS;
    if (!strcmp(first, "can") && n == 2) return RC_ACTIONS;
    if (!strcmp(first, "can") && n >= 3 && strcmp(last, "to") != 0) return RC_OBJECTS;
    if (!strcmp(last, "explain") || !strcmp(last, "deadline")) return RC_CLAUSES;
    if (!strcmp(last, "route") || !strcmp(last, "handles")) return RC_KINDS;
    for (size_t i = 0; i < sizeof to_role / sizeof to_role[0]; i++)
        if (!strcmp(last, to_role[i])) return RC_ROLES;
    for (size_t i = 0; i < sizeof to_action / sizeof to_action[0]; i++)
        if (!strcmp(last, to_action[i])) return RC_ACTIONS;
    return RC_ANY;
}

/* The roles with their aliases, and the relations, which go where a role
 * goes (can Officer instruct line-manager). */
static void rp_add_roles(const md_model *m)
{
    for (size_t i = 0; i < m->nroles; i++) {
        rp_add_word(m->roles[i].name);
        for (size_t a = 0; a < m->roles[i].naliases; a++) rp_add_word(m->roles[i].aliases[a]);
    }
    for (size_t i = 0; i < m->nrels; i++) rp_add_word(m->rels[i].name);   /* line-manager */
}

/* The terms of a kind (MT_ACTION, MT_THING), with their aliases; kinds_only:
 * the things a route can be for. */
static void rp_add_terms(const md_model *m, md_termkind kind, bool kinds_only)
{
    for (size_t i = 0; i < m->nterms; i++) {
        const md_term *t = &m->terms[i];
        if (t->kind != kind || (kinds_only && !t->is_kind)) continue;
        rp_add_word(t->name);
        for (size_t a = 0; a < t->naliases; a++) rp_add_word(t->aliases[a]);
    }
}

static void rp_add_clauses(const md_model *m)
{
    for (size_t i = 0; i < m->nnorms; i++) {
        rp_add_word(m->norms[i].clause);
        rp_add_word(m->norms[i].x->cited);
    }
}

static void rp_collect_words(rp_ctx ctx)
{
    static const char *const kw[] = { "must", "should", "may", "not", "will", "shall", "cannot", "within",
        "working", "days", "otherwise", "when", "unless", "overrides", "route", "role", "action", "thing",
        "procedure", "scenario", "person", "expect", "protocol", "use", "calendar", "informally", "by",
        "about", "from", "to", "of", "can", "aka", "is", "kind", "relation", "seniority", "above", "only",
        "junior", "senior", "counts", "possibly", "refer", "under", "nobody", "called", "updated", "overseen",
        "and/or", "their", "depends", ":load", ":reload", ":help", ":quit", ":json", ":run",
        ":today", ":use", ":protocols", NULL };
    rp_nwords = 0;
    const md_model *m = rp_cur && rp_cur->have ? &rp_cur->s->m : NULL;
    if (ctx == RC_PROTOCOLS) {
        for (size_t i = 0; rp_cur && i < rp_cur->nall; i++) rp_add_word(rp_cur->all[i].name);
        return;
    }
    if (ctx == RC_ANY) {
        for (int f = 0; f < QF_COUNT; f++) rp_add_word(q_forms[f].lead);
        for (const char *const *k = kw; *k; k++) rp_add_word(*k);
    }
    if (!m) return;
    if (ctx == RC_ANY || ctx == RC_ROLES || ctx == RC_OBJECTS) rp_add_roles(m);
    if (ctx == RC_ANY || ctx == RC_ACTIONS) rp_add_terms(m, MT_ACTION, false);
    if (ctx == RC_ANY || ctx == RC_OBJECTS || ctx == RC_KINDS) rp_add_terms(m, MT_THING, ctx == RC_KINDS);
    if (ctx == RC_ANY) rp_add_terms(m, MT_PROCEDURE, false);
    if (ctx == RC_ANY || ctx == RC_CLAUSES) rp_add_clauses(m);
}

static rp_ctx rp_ctx_now;    /* the context of the completion under way */

static char *rp_generator(const char *text, int state)
{
    static size_t idx, len;
    if (!state) {
        rp_collect_words(rp_ctx_now);
        idx = 0;
        len = strlen(text);
    }
    while (idx < rp_nwords) {
        const char *w = rp_words[idx++];
        if (strncasecmp(w, text, len) != 0) continue;
        /* offer each word once */
        bool dup = false;
        for (size_t k = 0; k + 1 < idx && !dup; k++) dup = strcmp(rp_words[k], w) == 0;
        if (!dup) return strdup(w);
    }
    return NULL;
}

static char **rp_complete(const char *text, int start, int end)
{
    (void)end;
    rp_ctx_now = rp_context(rl_line_buffer, start);
    rl_attempted_completion_over = 1;
    if (rp_ctx_now == RC_FILES) return rl_completion_matches(text, rl_filename_completion_function);
    return rl_completion_matches(text, rp_generator);
}

static sigjmp_buf rp_jmp;
static volatile sig_atomic_t rp_jmp_ok;

static void rp_sigint(int sig)
{
    (void)sig;
    if (rp_jmp_ok) siglongjmp(rp_jmp, 1);
}

/* not inlined into rp_interactive, whose sigsetjmp would make its locals "clobbered" */
__attribute__((noinline)) static char *rp_history_path(void)
{
    const char *e = getenv("CIVIC_HISTORY");
    if (e) return *e ? fail_strdup(e) : NULL;
    const char *home = getenv("HOME");
    if (!home || !*home) return NULL;
    size_t n = strlen(home) + 32;
    char *p = fail_malloc(n);
    if (p) snprintf(p, n, "%s/.civic_history", home);
    return p;
}

/* At the end, the history (at most 2,000 lines) is written whole, through
 * afile.h: a temporary file beside it renamed over it, so that the file is
 * always either the old history or the new one, never half of one; a link
 * is followed and stays a link; a device (CIVIC_HISTORY=/dev/null) is
 * written, never replaced.  One line per entry, as read_history reads it. */
static void rp_save_history(const char *hist)
{
    afile a;
    int err = 0;
    if (af_open(&a, hist) != 0) err = errno;
    else {
        HIST_ENTRY **h = history_list();
        for (size_t i = 0; h && h[i]; i++) {
            fputs(h[i]->line, a.f);
            fputc('\n', a.f);
        }
        if (af_commit(&a) != 0) err = errno;
    }
    if (err) to_printf(stderr, "civic: cannot save the history in '%s': %s\n", hist, af_strerror(err));
}

static void rp_interactive(rp_state *r)
{
    char *hist = rp_history_path();
    using_history();
    stifle_history(2000);
    if (hist) read_history(hist);
    rl_readline_name = "civic";
    rl_attempted_completion_function = rp_complete;
    rl_catch_signals = 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = rp_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    const char *p1 = r->color ? "\001\033[1;34m\002civic>\001\033[0m\002 " : "civic> ";
    const char *p2 = r->color ? "\001\033[34m\002  ...>\001\033[0m\002 " : "  ...> ";
    printf("Civic %s — type a query, a definition, or :help.\n", CIVIC_VERSION);
    for (;;) {
        if (sigsetjmp(rp_jmp, 1)) {
            /* Ctrl-C: drop the line (and any unfinished definition), keep going */
            rl_free_line_state();
            rl_cleanup_after_signal();
            rp_reset_buf(r);
            putchar('\n');
        }
        rp_jmp_ok = 1;
        char *line = readline(r->buf ? p2 : p1);
        rp_jmp_ok = 0;
        if (!line) { putchar('\n'); break; }
        if (strlen(line) > RP_MAX_LINE) {
            fprintf(stderr, "civic: this line is longer than %d KiB; it was not read\n", RP_MAX_LINE / 1024);
            free(line);
            continue;
        }
        if (*line) {
            add_history(line);
            /* kept as it is typed, so a session that is killed loses nothing */
            if (hist && append_history(1, hist) != 0 && errno == ENOENT) rp_save_history(hist);
        }
        bool go = rp_line(r, line);
        free(line);
        if (!go) break;
    }
    if (hist) rp_save_history(hist);
    free(hist);
    free(rp_words);
    rp_words = NULL;
    clear_history();
}

/* Reads one line of a script (without its newline) into *buf.  Returns
 * RL_LINE, RL_END at the end of the input, RL_TOO_LONG when no newline comes
 * within RP_MAX_LINE bytes (a file with no line ends, /dev/zero): reading
 * stops there rather than fill the memory; RL_OOM. */
typedef enum { RL_LINE, RL_END, RL_TOO_LONG, RL_OOM, RL_NUL } rp_read;

static rp_read rp_read_line(FILE *in, char **buf, size_t *cap)
{
    size_t n = 0;
    int c;
    bool nul = false;   /* the line would end there as a C string: it is refused whole */
    while ((c = getc(in)) != EOF && c != '\n') {
        nul |= c == '\0';
        if (n == RP_MAX_LINE) return RL_TOO_LONG;
        if (n + 2 > *cap) {
            size_t ncap = *cap ? *cap * 2 : 256;
            char *nb = fail_realloc(*buf, ncap);
            if (!nb) return RL_OOM;
            *buf = nb;
            *cap = ncap;
        }
        (*buf)[n++] = (char)c;
    }
    if (c == EOF && n == 0) return RL_END;
    if (!*buf) {
        *buf = fail_malloc(1);
        if (!*buf) return RL_OOM;
        *cap = 1;
    }
    (*buf)[n] = '\0';
    return nul ? RL_NUL : RL_LINE;
}

/* Standard input as a script.  Returns the exit status: 0, or 1 when the
 * input could not be read to its end. */
static int rp_script(rp_state *r)
{
    char *line = NULL;
    size_t cap = 0;
    rp_read got;
    unsigned long lineno = 0;
    while ((got = rp_read_line(stdin, &line, &cap)) == RL_LINE || got == RL_NUL) {
        lineno++;
        if (got == RL_NUL) {
            ro_error(r->json, NULL, NULL, "line %lu of the input has a NUL byte; it was not read", lineno);
            r->failed = true;
            continue;
        }
        if (!rp_line(r, line)) break;
        if (!cli_flush_stdout()) break;   /* the answers are lost: main says so */
    }
    int status = 0;
    if (got == RL_TOO_LONG) {
        fprintf(stderr, "civic: line %lu of the input is longer than %d KiB; reading stopped there\n", lineno + 1,
                RP_MAX_LINE / 1024);
        status = 1;
    } else if (got == RL_OOM) {
        rp_oom(r);
        status = 1;
    } else if (ferror(stdin)) {
        fprintf(stderr, "civic: cannot read the input: %s\n", strerror(errno));
        status = 1;
    }
    if (r->buf) {
        fputs("civic: the input ends inside an unfinished definition; it was not added\n", stderr);
        rp_reset_buf(r);
    }
    free(line);
    return status;
}

/* The files named on the command line, or, with none, the shared
 * vocabulary: the first model.  Returns 0, or 2 when it cannot be built. */
static int rp_start(rp_state *r, char **args, int nargs)
{
    for (int i = 0; i < nargs && !r->oom; i++) {
        char **nf = fail_realloc(r->files, (r->nfiles + 1) * sizeof *nf);
        if (nf) r->files = nf;
        if (!nf || !(r->files[r->nfiles] = fail_strdup(args[i]))) rp_oom(r);
        else r->nfiles++;
    }
    if (r->oom) return 2;   /* a file named could not even be remembered */
    /* the first protocol, named after its first file */
    r->all = fail_calloc(1, sizeof *r->all);
    if (r->all) r->nall = 1;
    if (!r->all || !(r->all[0].name = r->nfiles ? rp_council_name(r, r->files[0]) : fail_strdup("prompt"))) {
        rp_oom(r);
        return 2;
    }
    if (!r->nfiles) {
        /* nothing loaded: start from the shared vocabulary */
        r->defs = fail_malloc(sizeof *r->defs);
        if (r->defs && (r->defs[0] = fail_strdup("use \"roles\"\n"))) r->ndefs = 1;
        else { rp_oom(r); return 2; }
    }
    r->s = rp_build(r, NULL);
    r->have = r->s != NULL;
    if (!r->have) return 2;
    if (r->nfiles && (r->s->dg.errors || r->s->dg.oom)) {
        rp_print_diags(r, r->s);
        r->failed = true;   /* a file with errors: a script exits 1 */
    }
    return 0;
}

int cmd_repl(int argc, char **argv)
{
    cli_opts o;
    int rc = cli_parse(argc, argv, "repl", CLI_TODAY | CLI_JSON, &o);
    if (rc) { free(o.args); return rc; }
    if (o.help) { cli_help("repl", stdout); free(o.args); return 0; }
    for (int i = 0; i < o.nargs; i++)
        if (strcmp(o.args[i], "-") == 0) {   /* standard input is the script */
            cli_usage_error("repl", "'-' cannot be loaded: standard input is what the REPL reads; pipe the questions instead");
            free(o.args);
            return 2;
        }
    rp_state r;
    memset(&r, 0, sizeof r);
    r.tty = isatty(0) && isatty(1);
    r.color = r.tty && rp_use_color(stdout);
    r.json = o.json;
    r.today = cli_today(&o);
    rp_cur = &r;
    ss_query_init(&r.query);
    int status = rp_start(&r, o.args, o.nargs);
    if (status == 0) {
        if (r.tty) rp_interactive(&r);
        else status = rp_script(&r);
    }
    for (size_t i = 0; i < r.nall; i++) rp_council_free(&r.all[i]);   /* the current one's parts are below */
    free(r.all);
    rp_drop(r.s);
    for (size_t i = 0; i < r.nfiles; i++) free(r.files[i]);
    free(r.files);
    for (size_t i = 0; i < r.ndefs; i++) free(r.defs[i]);
    free(r.defs);
    rp_reset_buf(&r);
    ss_query_free(&r.query);
    free(o.args);
    rp_cur = NULL;
    /* a script whose question went unanswered (or whose answer memory ran
     * out for) must not pass for one that went through */
    return status ? status : r.oom || ro_ran_out() || (!r.tty && r.failed) ? 1 : 0;
}
