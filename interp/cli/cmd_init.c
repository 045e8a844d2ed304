/* cmd_init — `civic init [--council NAME] [--today D] FILE`: a commented
 * starter protocol (metadata, use "roles", a rule, a deadline with a
 * fallback, a route, one passing scenario) that `civic check` and `civic
 * test` pass clean.  It never overwrites: the file is created whole by
 * af_create (afile.h), which fails when the name exists, even one made
 * meanwhile, and never leaves half a file.
 * FILE "-" is standard output. */
#include "cli.h"
#include "afile.h"
#include "fail.h"
#include "suggest.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct ci_opts {
    const char *council;
    const char *file;
    dt_day today;
    bool has_today, help;
} ci_opts;

/* The starter, in pieces: the council's name and the adoption date go between them. */
static const char ci_head[] =
    "# The Member/Officer protocol of %s, as a starter written by\n"
    "# `civic init`.  Replace the examples with what your protocol says, each rule\n"
    "# after the number of its clause in [brackets].  `civic check FILE` finds\n"
    "# mistakes and says what to write instead; `civic test FILE` runs the\n"
    "# scenario at the end.  The forms are described in docs/LANGUAGE.md, with\n"
    "# recipes for what councils write in docs/COOKBOOK.md.\n"
    "\n"
    "protocol \"Member/Officer Protocol\" {\n"
    "  council  \"%s\"\n"
    "  adopted  %s             # when the council adopted it (2019-05 for a month)\n"
    "  review   every 1 year   [1.1]   # how often the council reviews it\n"
    "  calendar england-and-wales      # deadlines count working days on this calendar\n"
    "}\n";

static const char ci_body[] =
    "\n"
    "# The shared roles, actions and things: Member (Councillor), Officer, Clerk\n"
    "# (Town Clerk), Chair, …; respond, instruct, …; enquiry, complaint, ….\n"
    "use \"roles\"\n"
    "\n"
    "# A rule: [CLAUSE] ROLE must|should|may|must not ACTION …\n"
    "[2.1] Member must not instruct Officer\n"
    "\n"
    "# A deadline with a fallback: a full answer within two working days (the day\n"
    "# the enquiry arrives does not count), or else an acknowledgement saying when\n"
    "# the answer will come.\n"
    "[3.1] Officer must respond to enquiry from Member within 2 working days\n"
    "        otherwise acknowledge enquiry and give timescale within 2 working days\n"
    "\n"
    "# Where a complaint goes, step by step.  Nobody handles a case about\n"
    "# themselves: a complaint about the Clerk goes past the Clerk to the Chair.\n"
    "route complaint by Member about Officer [4.1] {\n"
    "  [4.1] informally with Clerk\n"
    "  [4.2] Clerk\n"
    "  [4.2] Chair when about Clerk\n"
    "}\n"
    "\n"
    "# A scenario is a test: people, dated events, and what should then be true.\n"
    "scenario \"an enquiry answered in time\" {\n"
    "  person alice is Member\n"
    "  person bob is Officer\n"
    "  2025-12-23 alice sends enquiry to bob\n"
    "  expect [3.1] due 2025-12-29\n"
    "  2025-12-24 bob responds to alice\n"
    "  expect [3.1] fulfilled by bob\n"
    "  expect no breach\n"
    "}\n";

/* The name goes inside quotes on one line: a quote or a backslash is
 * escaped, and a control character refused. */
static char *ci_quoted(const char *name)
{
    size_t n = strlen(name);
    char *q = fail_malloc(2 * n + 1);
    if (!q) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (name[i] == '"' || name[i] == '\\') q[k++] = '\\';
        q[k++] = name[i];
    }
    q[k] = '\0';
    return q;
}

static bool ci_plain(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p == 0x7f) return false;
    return *s != '\0';
}

static int ci_option_value(int argc, char **argv, int *i, const char *opt, const char **out)
{
    const char *a = argv[*i];
    size_t n = strlen(opt);
    if (a[n] == '=') { *out = a + n + 1; return 0; }
    if (*i + 1 >= argc) {
        cli_usage_error("init", "option '%s' needs a value", opt);
        return 2;
    }
    *out = argv[++*i];
    return 0;
}

static int ci_date(const char *s, ci_opts *o)
{
    if (dt_parse(s, strlen(s), &o->today) != 0) {
        cli_usage_error("init", "--today needs a date as YYYY-MM-DD, not '%s'", s);
        return 2;
    }
    o->has_today = true;
    return 0;
}

static bool ci_is(const char *a, const char *opt)
{
    size_t n = strlen(opt);
    return strncmp(a, opt, n) == 0 && (a[n] == '\0' || a[n] == '=');
}

static int ci_parse(int argc, char **argv, ci_opts *o)
{
    memset(o, 0, sizeof *o);
    o->council = "Anytown Town Council";
    bool options = true;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        if (options && strcmp(a, "--") == 0) { options = false; continue; }
        if (!options || a[0] != '-' || a[1] == '\0') {
            if (o->file) { cli_usage_error("init", "one file at a time: '%s' and '%s'", o->file, a); return 2; }
            o->file = a;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) { o->help = true; continue; }
        if (ci_is(a, "--council")) {
            if (ci_option_value(argc, argv, &i, "--council", &o->council)) return 2;
            if (!ci_plain(o->council)) { cli_usage_error("init", "--council needs a name on one line"); return 2; }
            continue;
        }
        if (ci_is(a, "--today")) {
            if (ci_option_value(argc, argv, &i, "--today", &v) || ci_date(v, o)) return 2;
            continue;
        }
        sg_best b;
        sg_begin(&b, a);
        sg_offer(&b, "--council");
        sg_offer(&b, "--today");
        sg_offer(&b, "--help");
        if (sg_result(&b)) cli_usage_error("init", "unrecognized option '%s'; did you mean '%s'?", a, sg_result(&b));
        else cli_usage_error("init", "unrecognized option '%s'", a);
        return 2;
    }
    return 0;
}

/* The starter's text (malloc'd), or NULL when out of memory.  In the
 * comment the council's name reads as written; in the string, escaped. */
static char *ci_text(const ci_opts *o)
{
    char *council = ci_quoted(o->council);
    char day[11];
    cli_opts none = { 0 };
    dt_format(o->has_today ? o->today : cli_today(&none), day);
    size_t n = sizeof ci_head + sizeof ci_body + 3 * strlen(o->council) + 64;
    char *text = council ? fail_malloc(n) : NULL;
    if (text) {
        int k = snprintf(text, n, ci_head, o->council, council, day);
        if (k < 0 || (size_t)k >= n) { free(text); text = NULL; }
        else snprintf(text + k, n - (size_t)k, "%s", ci_body);
    }
    free(council);
    return text;
}

int cmd_init(int argc, char **argv)
{
    ci_opts o;
    if (ci_parse(argc, argv, &o)) return 2;
    if (o.help) { cli_help("init", stdout); return 0; }
    if (!o.file) { cli_usage_error("init", "no file to write"); return 2; }
    char *text = ci_text(&o);
    if (!text) { fputs("civic: out of memory\n", stderr); return 1; }
    if (strcmp(o.file, "-") == 0) {   /* to standard output, to look at or to pipe */
        bool ok = fputs(text, stdout) >= 0 && fflush(stdout) == 0;
        free(text);
        if (!ok) fprintf(stderr, "civic: cannot write the starter: %s\n", strerror(errno));
        return ok ? 0 : 1;
    }
    int e = af_create(o.file, text, strlen(text));
    free(text);
    if (e) {
        if (e == EEXIST) fprintf(stderr, "civic: '%s' already exists; civic init never overwrites a file\n", o.file);
        else fprintf(stderr, "civic: cannot create '%s': %s\n", o.file, af_strerror(e));
        return 1;
    }
    printf("wrote %s: a starter protocol for %s; next, 'civic check %s' and 'civic test %s'\n", o.file, o.council,
           o.file, o.file);
    return 0;
}
