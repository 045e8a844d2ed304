/* cmd_render — `civic render [--format html|md|dot] [-o FILE] [--today D]
 * [--coverage PATH]… PROTOCOL`.
 *
 * The protocol as one publishable page (render/page.h): HTML with the route
 * diagrams drawn by Graphviz, or Markdown; `dot`, the diagrams' Graphviz
 * source.  The page is built whole, then written to standard output or,
 * with -o, to FILE at once (afile.h).  Exit status: 0 written; 1 the
 * protocol has errors (printed as `civic check` prints them) or memory ran
 * out; 2 usage, a file that cannot be read or written, or Graphviz missing
 * or failing.
 */
#include "afile.h"
#include "cli.h"
#include "fail.h"
#include "page.h"
#include "report.h"
#include "route_dot.h"
#include "session.h"
#include "suggest.h"
#include "test_cover.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef enum { CR_HTML, CR_MD, CR_DOT } cr_format;

typedef struct cr_opts {
    cr_format format;
    const char *out;             /* -o FILE, or NULL for standard output */
    const char *file;
    bool has_today, help;
    dt_day today;
    char **cover;                /* --coverage PATH, each (argv's), or NULL */
    size_t ncover;
} cr_opts;

static int cr_unknown(const char *a)
{
    static const char *const opts[] = { "--format", "--output", "--today", "--coverage", "--help" };
    sg_best b;
    sg_begin(&b, a);
    for (size_t k = 0; k < sizeof opts / sizeof opts[0]; k++) sg_offer(&b, opts[k]);
    if (sg_result(&b)) cli_usage_error("render", "unrecognized option '%s'; did you mean '%s'?", a, sg_result(&b));
    else cli_usage_error("render", "unrecognized option '%s'", a);
    return 2;
}

static int cr_format_of(const char *v, cr_format *f)
{
    if (strcmp(v, "html") == 0) *f = CR_HTML;
    else if (strcmp(v, "md") == 0 || strcmp(v, "markdown") == 0) *f = CR_MD;
    else if (strcmp(v, "dot") == 0) *f = CR_DOT;
    else {
        cli_usage_error("render", "--format %s: the formats are html, md and dot", v);
        return 2;
    }
    return 0;
}

/* The value of an option "--name V", "--name=V" or "-o V"; NULL after a usage error. */
static const char *cr_value(int argc, char **argv, int *i, const char *name, size_t len)
{
    const char *a = argv[*i];
    if (a[len] == '=') return a + len + 1;
    if (*i + 1 < argc) return argv[++*i];
    cli_usage_error("render", "option '%s' needs a value", name);
    return NULL;
}

static bool cr_is(const char *a, const char *name, size_t len) { return strncmp(a, name, len) == 0 && (!a[len] || a[len] == '='); }

/* One option at argv[*i]; 0, or 2 after a usage error. */
static int cr_option(int argc, char **argv, int *i, cr_opts *o)
{
    const char *a = argv[*i], *v;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) o->help = true;
    else if (cr_is(a, "--format", 8) || strcmp(a, "-f") == 0) {
        if (!(v = cr_value(argc, argv, i, "--format", a[1] == 'f' ? 2 : 8)) || cr_format_of(v, &o->format)) return 2;
    } else if (cr_is(a, "--output", 8) || strcmp(a, "-o") == 0) {
        if (!(v = cr_value(argc, argv, i, "-o", a[1] == 'o' ? 2 : 8))) return 2;
        if (!*v) { cli_usage_error("render", "option '-o' needs a file name"); return 2; }
        o->out = v;
    } else if (cr_is(a, "--today", 7)) {
        if (!(v = cr_value(argc, argv, i, "--today", 7))) return 2;
        int r = dt_parse(v, strlen(v), &o->today);
        if (r) { cli_usage_error("render", r == 2 ? "--today %s: there is no such day" : r == 3 ? "--today %s: the year is out of range" : "--today needs a date as YYYY-MM-DD, not '%s'", v); return 2; }
        o->has_today = true;
    } else if (cr_is(a, "--coverage", 10)) {
        if (!(v = cr_value(argc, argv, i, "--coverage", 10))) return 2;
        if (!*v) { cli_usage_error("render", "option '--coverage' needs a file or directory of scenarios"); return 2; }
        o->cover[o->ncover++] = (char *)v;
    } else return cr_unknown(a);
    return 0;
}

static int cr_options(int argc, char **argv, cr_opts *o)
{
    memset(o, 0, sizeof *o);
    if (!(o->cover = fail_calloc((size_t)argc + 1, sizeof *o->cover))) {
        fputs("civic: out of memory\n", stderr);
        return 2;
    }
    bool options = true;
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (options && strcmp(a, "--") == 0) options = false;
        else if (!options || a[0] != '-' || a[1] == '\0') o->file = nfiles++ ? o->file : a;
        else if (cr_option(argc, argv, &i, o)) return 2;
    }
    if (o->help) return 0;
    if (nfiles == 0) cli_usage_error("render", "no protocol file given (name '-' for standard input)");
    else if (nfiles > 1) cli_usage_error("render", "one protocol at a time: %d files given", nfiles);
    else if (o->ncover && strcmp(o->file, "-") == 0)
        cli_usage_error("render", "--coverage marks a protocol file's clauses, not standard input's");
    else return 0;
    return 2;
}

/* ---- reading ------------------------------------------------------------------------- */

/* The session of the protocol (FILE, or '-'); 0, or 2 after saying why not. */
static int cr_open(session *s, const char *file, dt_day today)
{
    int err = 0;
    if (strcmp(file, "-") != 0) {
        if (ss_open(s, file, today, &err) == 0) return 0;
        cli_unreadable(file, err);
        ss_close(s);
        return 2;
    }
    size_t len = 0;
    char *text = ss_read_stdin(&len, &err);
    if (!text) {
        cli_unreadable("<stdin>", err);
        return 2;
    }
    ss_open_text(s, "<stdin>", text, len, today);
    free(text);
    return 0;
}

/* ---- writing ------------------------------------------------------------------------- */

static int cr_output(const cr_opts *o, const pg_buf *b)
{
    if (o->out) {
        int e = af_write(o->out, b->data ? b->data : "", b->len);
        if (e) fprintf(stderr, "civic: cannot write '%s': %s\n", o->out, af_strerror(e));
        return e ? 2 : 0;
    }
    /* a failed write is said once, with its errno, by cli_close_stdout */
    return cli_write_stdout(b->data ? b->data : "", b->len) ? 0 : 2;
}

/* ---- the page ------------------------------------------------------------------------ */

/* The page in the format asked for, into b; 0, or 2 when dot cannot draw it. */
static int cr_page(const cr_opts *o, const pg_page *p, pg_buf *b)
{
    if (o->format == CR_MD) pg_md(b, p);
    else if (o->format == CR_DOT) rd_source(b, p);
    if (o->format != CR_HTML) return 0;
    pg_svgs svgs;
    pg_buf err;
    pb_init(&err);
    int rc = rd_draw(p, &svgs, &err);
    if (rc) fprintf(stderr, "civic: cannot draw the route diagrams: %s\n", err.data ? err.data : "out of memory");
    else pg_html(b, p, &svgs);
    pb_free(&err);
    rd_free(&svgs);
    return rc ? 2 : 0;
}

/* --coverage: the scenarios of the paths run, and the table of the
 * protocol rendered found among theirs (*t NULL without --coverage); 0,
 * or the exit status after saying why not. */
static int cr_coverage(const cr_opts *o, dt_day today, cov_set *set, const cov_table **t)
{
    *t = NULL;
    if (!o->ncover) return 0;
    int rc = tc_collect(o->cover, o->ncover, today, set);
    if (rc) return rc;
    char *key = tc_key(o->file);
    *t = key ? cov_set_find(set, key) : NULL;
    free(key);
    if (*t) return 0;
    fprintf(stderr, "civic: no scenario in the paths given to --coverage tests %s\n", o->file);
    fprintf(stderr, "hint: name the files of scenarios that 'use' it, or a directory holding them\n");
    return 2;
}

static int cr_render(const cr_opts *o, session *s, dt_day today)
{
    arena ar;
    dg_sink dg;
    pg_page p;
    pg_buf b;
    cov_set set = { 0 };
    const cov_table *cov;
    int rc = cr_coverage(o, today, &set, &cov);
    if (rc) {
        cov_set_free(&set);
        return rc;
    }
    ar_init(&ar);
    dg_init(&dg);
    pb_init(&b);
    rc = pg_build(&p, &s->m, strcmp(o->file, "-") == 0 ? "<stdin>" : o->file, today, cov ? tc_mark : NULL, (void *)cov,
                  &ar, &dg);
    if (rc) {
        dg_sort(&dg);
        rp_text(&dg, &s->ld.src, stderr, rp_use_color(stderr));
    } else if (!(rc = cr_page(o, &p, &b)) && b.failed) {
        fputs("civic: out of memory\n", stderr);
        rc = 1;
    } else if (!rc) {
        rc = cr_output(o, &b);
    }
    pb_free(&b);
    pg_free(&p);
    dg_free(&dg);
    ar_free(&ar);
    cov_set_free(&set);
    return rc;
}

int cmd_render(int argc, char **argv)
{
    cr_opts o;
    int rc = cr_options(argc, argv, &o);
    if (rc || o.help) {
        if (o.help && !rc) cli_help("render", stdout);
        free(o.cover);
        return rc;
    }
    dt_day today = o.has_today ? o.today : ss_system_today();
    session s;
    if ((rc = cr_open(&s, o.file, today)) != 0) {
        free(o.cover);
        return rc;
    }
    if (ss_errors(&s)) {
        /* a page of a protocol with errors could say what it does not mean */
        rp_text(&s.dg, &s.ld.src, stderr, rp_use_color(stderr));
        fprintf(stderr, "civic: %s has errors: no page was written\n", strcmp(o.file, "-") == 0 ? "<stdin>" : o.file);
        rc = 1;
    } else {
        rc = cr_render(&o, &s, today);
    }
    ss_close(&s);
    free(o.cover);
    return rc;
}
