/* cmd_audit — `civic audit [--json|--csv] [--today D] [--fail-on-breach]
 * MAP.civic REGISTER.csv…`: each row of each register run through the
 * protocol the map uses, as a matter of its own (interp/audit/audit.h). */
#include "audit.h"
#include "audit_render.h"
#include "cli.h"
#include "fail.h"
#include "report.h"
#include "session.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

typedef struct ca_opts {
    bool csv, fail_on_breach;
    cli_opts o;
} ca_opts;

/* --csv and --fail-on-breach here; the rest by cli_parse. */
static int ca_parse(int argc, char **argv, ca_opts *a)
{
    memset(a, 0, sizeof *a);
    char **rest = fail_calloc((size_t)argc + 1, sizeof *rest);
    if (!rest) { fputs("civic: out of memory\n", stderr); return 2; }
    int n = 0;
    bool options = true;
    for (int i = 0; i < argc; i++) {
        if (i > 0 && options && strcmp(argv[i], "--") == 0) options = false;
        if (i > 0 && options && strcmp(argv[i], "--csv") == 0) { a->csv = true; continue; }
        if (i > 0 && options && strcmp(argv[i], "--fail-on-breach") == 0) { a->fail_on_breach = true; continue; }
        rest[n++] = argv[i];
    }
    int rc = cli_parse(n, rest, "audit", CLI_JSON | CLI_TODAY, &a->o);
    free(rest);
    if (rc) return rc;
    if (a->o.help) return 0;
    if (a->csv && a->o.json) { cli_usage_error("audit", "--json and --csv: give one of them"); return 2; }
    if (a->o.nargs < 2) {
        cli_usage_error("audit", a->o.nargs ? "no register to audit: give one or more CSV files after the map"
                                            : "no map: give the map (a Civic file with a register block) and the registers");
        return 2;
    }
    return 0;
}

/* A file cannot be read: said on standard error, and with --json as the
 * envelope (ok false, the reason in its diagnostics); 2. */
static int ca_unreadable(const ca_opts *a, const char *path, int err, dt_day today)
{
    cli_unreadable(path, err);
    if (!a->o.json) return 2;
    dg_sink dg;
    src_set src;
    dg_init(&dg);
    src_init(&src);
    dg_report(&dg, DG_ERROR, "unreadable", (loc){ 0, 0, 0 }, "cannot read '%s': %s", cli_name(path), strerror(err));
    ao_out out;
    au_summary none;
    memset(&none, 0, sizeof none);
    ao_begin(&out, AO_JSON, stdout, stderr, NULL, a->o.args[0], NULL, (const char *const *)a->o.args + 1,
             (size_t)a->o.nargs - 1, today);
    ao_end(&out, &none, &dg, &src, false);
    dg_free(&dg);
    src_free(&src);
    return 2;
}

/* Every register can be read (a directory cannot): else 2, said. */
static int ca_readable(const ca_opts *a, dt_day today)
{
    const cli_opts *o = &a->o;
    for (int i = 1; i < o->nargs; i++) {
        struct stat st;
        if (strcmp(o->args[i], "-") == 0) continue;   /* standard input */
        if (stat(o->args[i], &st) != 0) return ca_unreadable(a, o->args[i], errno, today);
        if (S_ISDIR(st.st_mode)) return ca_unreadable(a, o->args[i], EISDIR, today);
    }
    return 0;
}

/* The map's one register block, or NULL (reported). */
static const au_map *ca_map(session *s)
{
    au_map *maps;
    size_t n;
    if (!au_maps_build(&s->m, &maps, &n)) return NULL;
    if (n == 1) return &maps[0];
    loc top = { s->ld.src.count > 1 ? 1 : 0, 0, 0 };   /* the map's first line */
    if (n > 1) dg_report(&s->dg, DG_ERROR, "bad-register", maps[1].at, "a map has one register block; this one has %zu", n);
    else dg_report(&s->dg, DG_ERROR, "bad-register", top, "%s has no register block", s->ld.src.count > 1 ? s->ld.src.files[1].path : "the map");
    dg_hint(&s->dg, "civic audit MAP.civic REGISTER.csv: MAP.civic uses the protocol and says, in a 'register \"NAME\" { … }' block, how the register's columns become events (docs/LANGUAGE.md, \"Registers\")");
    return NULL;
}

/* The registers, one after another; the exit status. */
static int ca_run(const ca_opts *a, session *s, const au_map *mp, ao_out *out, const dg_sink *dg, dt_day today)
{
    au_run *r = au_run_new(&s->m, mp, today, ao_sink(out));
    if (!r) { fputs("civic: error: out of memory\n", stderr); return 1; }
    int status = 0;
    bool said = false;   /* "out of memory", once */
    for (int i = 1; i < a->o.nargs && status < 2; i++) {
        bool in = strcmp(a->o.args[i], "-") == 0;
        FILE *f = in ? stdin : fopen(a->o.args[i], "rb");
        int err = errno;
        int got = f ? au_run_file(r, cli_name(a->o.args[i]), f, &err) : 2;
        if (f && !in) fclose(f);
        if (got == 2) { fflush(stdout); cli_unreadable(a->o.args[i], err); status = 2; }
        else if (got == 3) { fflush(stdout); fputs("civic: error: out of memory\n", stderr); said = true; status = 1; break; }
        else if (got == 1) status = 1;
    }
    const au_summary *sum = au_run_summary(r);
    if (au_run_oom(r) && !said) {   /* a line of the summary, or its sort: what follows is not the whole */
        fflush(stdout);
        fputs("civic: error: out of memory\n", stderr);
        if (status == 0) status = 1;
    }
    if (status == 0 && (sum->errors || (a->fail_on_breach && sum->breaches))) status = 1;
    ao_end(out, sum, dg, &s->ld.src, status == 0);
    au_run_free(r);
    return status;
}

/* What is shown of the load (moved into *own): the errors, and the map's
 * own warnings (file 1, the first read); not the protocol's warnings (a
 * review overdue, a vague deadline), which are civic check's to say, not
 * each audit's. */
static const dg_sink *ca_shown(session *s, dg_sink *own)
{
    dg_init(own);
    for (size_t i = 0; i < s->dg.count; i++)
        if (s->dg.items[i].sev == DG_ERROR || s->dg.items[i].where.file == 1) dg_move(own, &s->dg.items[i]);
    own->oom = s->dg.oom;
    own->truncated = s->dg.truncated;
    return own;
}

/* The map cannot be used: with --json, the envelope, ok false. */
static void ca_json_failed(const ca_opts *a, session *s, const au_map *mp, const dg_sink *dg, dt_day today)
{
    ao_out out;
    au_summary none;
    memset(&none, 0, sizeof none);
    ao_begin(&out, AO_JSON, stdout, stderr, &s->m, a->o.args[0], mp ? mp->name : NULL, (const char *const *)a->o.args + 1,
             (size_t)a->o.nargs - 1, today);
    ao_end(&out, &none, dg, &s->ld.src, false);
}

int cmd_audit(int argc, char **argv)
{
    ca_opts a;
    int rc = ca_parse(argc, argv, &a);
    if (rc || a.o.help) {
        if (!rc) cli_help("audit", stdout);
        free(a.o.args);
        return rc;
    }
    dt_day today = cli_today(&a.o);
    if ((rc = ca_readable(&a, today)) != 0) { free(a.o.args); return rc; }
    /* a register's findings are many lines: into a file or a pipe, in blocks
     * of 64 KiB rather than stdio's 4 KiB (a terminal still gets each line) */
    static char obuf[1 << 16];   /* glibc takes a size only with a buffer */
    if (!isatty(STDOUT_FILENO)) setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
    session s;
    int err;
    if (ss_open(&s, a.o.args[0], today, &err) != 0) {
        ca_unreadable(&a, a.o.args[0], err, today);
        ss_close(&s);
        free(a.o.args);
        return 2;
    }
    const au_map *mp = ss_errors(&s) ? NULL : ca_map(&s);
    dg_sink own;
    const dg_sink *dg = ca_shown(&s, &own);
    ao_format fmt = a.o.json ? AO_JSON : a.csv ? AO_CSV : AO_TEXT;
    int status = 1;
    if (!a.o.json) rp_text(dg, &s.ld.src, stderr, rp_use_color(stderr));
    else rp_notes(dg, stderr);   /* out of memory is said, not only an "ok": false */
    if (mp && !ss_errors(&s)) {
        ao_out out;
        ao_begin(&out, fmt, stdout, stderr, &s.m, a.o.args[0], mp->name, (const char *const *)a.o.args + 1,
                 (size_t)a.o.nargs - 1, today);
        out.color = fmt == AO_TEXT && rp_use_color(stderr);
        status = ca_run(&a, &s, mp, &out, dg, today);
    } else if (a.o.json) {
        ca_json_failed(&a, &s, mp, dg, today);
    }
    dg_free(&own);
    ss_close(&s);
    free(a.o.args);
    return status;
}
