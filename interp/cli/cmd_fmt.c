/* cmd_fmt — `civic fmt [--check] [-w] FILE…` (and `-` for standard input).
 *
 * Lays each file out in the canonical layout (grammar/fmt.h) and prints it,
 * rewrites it in place (-w), or only says whether it is laid out so
 * (--check).  A file with errors is never laid out: its diagnostics are
 * printed as `civic check` prints them.  Exit status: 0 ok, 1 errors (or,
 * with --check, a file not formatted), 2 usage, a file unreadable or
 * unwritable, or the layout refused (fmt.h's FM_CHANGED).
 */
#include "afile.h"
#include "cli.h"
#include "fail.h"
#include "fmt.h"
#include "report.h"
#include "session.h"
#include "suggest.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct cf_opts {
    bool check, write, help;
    char **files;
    int nfiles;
} cf_opts;

static const char *cf_name(const char *path) { return strcmp(path, "-") == 0 ? "<stdin>" : path; }

static int cf_unknown(const char *a)
{
    static const char *const opts[] = { "--check", "--write", "--help" };
    sg_best b;
    sg_begin(&b, a);
    for (size_t k = 0; k < sizeof opts / sizeof opts[0]; k++) sg_offer(&b, opts[k]);
    if (sg_result(&b)) cli_usage_error("fmt", "unrecognized option '%s'; did you mean '%s'?", a, sg_result(&b));
    else cli_usage_error("fmt", "unrecognized option '%s'", a);
    return 2;
}

/* Options that do not go together, or no file at all: 2 after saying so. */
static int cf_usage(const cf_opts *o)
{
    if (o->nfiles == 0) {
        cli_usage_error("fmt", "no file to format (name '-' for standard input)");
        return 2;
    }
    if (o->check && o->write) {
        cli_usage_error("fmt", "--check writes nothing: give --check or -w, not both");
        return 2;
    }
    for (int i = 0; o->write && i < o->nfiles; i++) {
        if (strcmp(o->files[i], "-") == 0) {
            cli_usage_error("fmt", "-w rewrites files: standard input ('-') cannot be rewritten");
            return 2;
        }
    }
    return 0;
}

/* Returns 0, or 2 after a usage error. */
static int cf_options(int argc, char **argv, cf_opts *o)
{
    memset(o, 0, sizeof *o);
    o->files = fail_calloc((size_t)argc + 1, sizeof *o->files);
    if (!o->files) { fputs("civic: out of memory\n", stderr); return 2; }
    bool options = true;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (options && strcmp(a, "--") == 0) options = false;
        else if (!options || a[0] != '-' || a[1] == '\0') o->files[o->nfiles++] = a;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) o->help = true;
        else if (strcmp(a, "--check") == 0) o->check = true;
        else if (strcmp(a, "-w") == 0 || strcmp(a, "--write") == 0) o->write = true;
        else return cf_unknown(a);
    }
    return o->help ? 0 : cf_usage(o);
}

/* Standard input, read whole, as a file named "<stdin>"; 0 and *err set
 * when it cannot be read. */
static uint32_t cf_read_stdin(src_set *src, int *err)
{
    size_t len = 0;
    char *buf = ss_read_stdin(&len, err);
    uint32_t id = buf ? src_add(src, "<stdin>", buf, len, false) : 0;
    if (buf && !id) *err = ENOMEM;
    free(buf);
    return id;
}

/* What became of one laid-out file; returns its exit status. */
static int cf_done(const cf_opts *o, const char *path, const src_file *orig, const char *out, size_t n)
{
    bool same = n == orig->len && memcmp(out, orig->text, n) == 0;
    if (o->check) {
        if (same) return 0;
        printf("%s: not formatted\n", cf_name(path));
        return 1;
    }
    if (o->write) {
        int e = same ? 0 : af_write_over(path, out, n);
        if (e) fprintf(stderr, "civic: cannot write '%s': %s\n", path, af_strerror(e));
        return e ? 2 : 0;
    }
    /* The file's new text, byte for byte (as cat would): what -w writes. */
    return cli_write_stdout(out, n) ? 0 : 2;
}

static int cf_file(const cf_opts *o, const char *path, bool color)
{
    src_set src;
    src_init(&src);
    int err = 0;
    uint32_t id = strcmp(path, "-") == 0 ? cf_read_stdin(&src, &err) : src_read(&src, path, &err);
    if (!id) {
        cli_unreadable(cf_name(path), err);
        src_free(&src);
        return 2;
    }
    dg_sink dg;
    dg_init(&dg);
    char *out = NULL;
    size_t n = 0;
    int line = 0, status = 1;
    fm_result r = fm_format(&src, id, &dg, &out, &n, &line);
    if (r == FM_DONE) {
        status = cf_done(o, path, src_get(&src, id), out, n);
    } else if (r == FM_ERRORS) {
        dg_sort(&dg);
        rp_text(&dg, &src, stderr, color);
        rp_notes(&dg, stderr);
        fprintf(stderr, "%s: %zu error%s; not formatted\n", cf_name(path), dg.errors, dg.errors == 1 ? "" : "s");
    } else if (r == FM_CHANGED) {
        fprintf(stderr, "civic: internal error: laying out '%s' would change its tokens or comments near line %d; "
                        "left as it is\n", cf_name(path), line);
        status = 2;
    } else {
        rp_notes(&dg, stderr);
    }
    free(out);
    dg_free(&dg);
    src_free(&src);
    return status;
}

int cmd_fmt(int argc, char **argv)
{
    cf_opts o;
    int rc = cf_options(argc, argv, &o);
    if (rc == 0 && o.help) cli_help("fmt", stdout);
    bool color = rp_use_color(stderr), usage = rc != 0;
    for (int i = 0; !usage && !o.help && i < o.nfiles; i++) {
        int s = cf_file(&o, o.files[i], color);
        if (s > rc) rc = s;
        (void)cli_flush_stdout();   /* each file's output before the next file's messages */
    }
    free(o.files);
    if (!cli_flush_stdout()) rc = 2;   /* said once, with its errno, by cli_close_stdout */
    return rc;
}
