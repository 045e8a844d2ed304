/* cmd_explain — `civic explain-error [--json] [--example] [CODE]` (and
 * `civic --explain CODE`): what a diagnostic code means, its default hint,
 * and an example from grammar/base/dg_examples.h checked there and then, so
 * that what it shows is what `civic check` says today.  With no CODE, every
 * code with its description.  --example prints only the example's text (what
 * tests/tools/explain.sh runs through `civic check`). */
#include "cli.h"
#include "dg_codes.h"
#include "dg_examples.h"
#include "envelope.h"
#include "fail.h"
#include "report.h"
#include "session.h"
#include "suggest.h"
#include "textout.h"

#include <stdlib.h>
#include <string.h>

typedef struct ce_code {
    const char *code, *description, *hint;
} ce_code;

#define CE_CODE(c, d, h) { c, d, h },
static const ce_code ce_codes[] = { DG_CODES(CE_CODE) };
#undef CE_CODE

typedef struct ce_example {
    const char *code, *text;
} ce_example;

#define CE_EXAMPLE(c, t) { c, t },
static const ce_example ce_examples[] = { DG_EXAMPLES(CE_EXAMPLE) };
#undef CE_EXAMPLE

enum { CE_NCODES = sizeof ce_codes / sizeof ce_codes[0],
       CE_NEXAMPLES = sizeof ce_examples / sizeof ce_examples[0] };

/* The name the example goes by in its diagnostics. */
#define CE_FILE "example.civic"
/* What an entry says in place of an example when none can be written. */
#define CE_NONE "no example: "

static const ce_code *ce_find(const char *code)
{
    for (size_t i = 0; i < CE_NCODES; i++)
        if (strcmp(ce_codes[i].code, code) == 0) return &ce_codes[i];
    return NULL;
}

/* The example's text, or NULL with *why the reason there is none. */
static const char *ce_example_of(const char *code, const char **why)
{
    *why = "no example has been written yet";
    for (size_t i = 0; i < CE_NEXAMPLES; i++) {
        if (strcmp(ce_examples[i].code, code) != 0) continue;
        const char *t = ce_examples[i].text;
        if (strncmp(t, CE_NONE, strlen(CE_NONE)) != 0) return t;
        *why = t + strlen(CE_NONE);
        return NULL;
    }
    return NULL;
}

/* What `civic check` says of the example, as text without colour; the
 * caller frees it.  A fixed day, so the output is the same every day. */
static char *ce_run(const char *text)
{
    session s;
    ss_open_text(&s, CE_FILE, text, strlen(text), dt_from_ymd(2026, 1, 1));
    char *out = NULL;
    size_t n = 0;
    FILE *mem = open_memstream(&out, &n);
    if (mem) {
        rp_text(&s.dg, &s.ld.src, mem, false);
        rp_notes(&s.dg, mem);
        fclose(mem);
    }
    ss_close(&s);
    return out;
}

/* Writes text with each line but an empty one indented by two spaces. */
static void ce_indented(const char *text)
{
    while (*text) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text) : strlen(text);
        if (n) fputs("  ", stdout);   /* no trailing blanks on an empty line */
        to_write(stdout, text, n);
        fputc('\n', stdout);
        text += n + (nl != NULL);
    }
}

static void ce_text(const ce_code *c)
{
    const char *why, *ex = ce_example_of(c->code, &why);
    to_printf(stdout, "%s: %s\n\nUnless a diagnostic brings its own, its hint is:\n", c->code, c->description);
    ce_indented(c->hint);
    if (!ex) {
        to_printf(stdout, "\nNo example: %s.\n", why);
        return;
    }
    to_printf(stdout, "\nExample, %s:\n", CE_FILE);
    ce_indented(ex);
    char *out = ce_run(ex);
    to_printf(stdout, "\n'civic check %s' says:\n", CE_FILE);
    if (out) ce_indented(out);
    free(out);
}

static void ce_json(const ce_code *c)
{
    const char *why, *ex = ce_example_of(c->code, &why);
    js_out j;
    js_init(&j, stdout);
    ev_begin(&j, "explain-error");
    js_key(&j, "code"); js_str(&j, c->code);
    js_key(&j, "description"); js_str(&j, c->description);
    js_key(&j, "hint"); js_str(&j, c->hint);
    js_key(&j, "example"); js_str(&j, ex);
    char *out = ex ? ce_run(ex) : NULL;
    js_key(&j, "example_output"); js_str(&j, out);
    free(out);
    js_key(&j, "no_example"); js_str(&j, ex ? NULL : why);
    ev_end(&j, NULL, NULL, 0, true);
}

/* No code: every code and its description. */
static void ce_list(bool json)
{
    if (!json) {
        for (size_t i = 0; i < CE_NCODES; i++) to_printf(stdout, "%-20s %s\n", ce_codes[i].code, ce_codes[i].description);
        fputs("\n'civic explain-error CODE' explains one.\n", stdout);
        return;
    }
    js_out j;
    js_init(&j, stdout);
    ev_begin(&j, "explain-error");
    js_key(&j, "codes");
    js_arr(&j);
    for (size_t i = 0; i < CE_NCODES; i++) {
        js_obj(&j);
        js_key(&j, "code"); js_str(&j, ce_codes[i].code);
        js_key(&j, "description"); js_str(&j, ce_codes[i].description);
        js_obj_end(&j);
    }
    js_arr_end(&j);
    ev_end(&j, NULL, NULL, 0, true);
}

static int ce_unknown(const char *code)
{
    sg_best b;
    sg_begin(&b, code);
    for (size_t i = 0; i < CE_NCODES; i++) sg_offer(&b, ce_codes[i].code);
    const char *near = sg_result(&b);
    if (near) to_printf(stderr, "civic: no diagnostic code '%s'; did you mean '%s'?\n", code, near);
    else to_printf(stderr, "civic: no diagnostic code '%s'; 'civic explain-error' lists them\n", code);
    return 2;
}

static int ce_one(const char *code, bool json, bool example)
{
    const ce_code *c = ce_find(code);
    if (!c) return ce_unknown(code);
    const char *why, *ex = ce_example_of(code, &why);
    if (example) {
        if (!ex) { to_printf(stderr, "civic: '%s' has no example: %s\n", code, why); return 1; }
        fputs(ex, stdout);
    } else if (json) {
        ce_json(c);
    } else {
        ce_text(c);
    }
    return 0;
}

int cmd_explain(int argc, char **argv)
{
    char **args = fail_calloc((size_t)argc + 1, sizeof *args);
    if (!args) { fputs("civic: out of memory\n", stderr); return 2; }
    int n = 0;
    bool example = false;
    for (int i = 0; i < argc; i++) {
        if (i > 0 && strcmp(argv[i], "--example") == 0) example = true;
        else args[n++] = argv[i];
    }
    cli_opts o;
    int rc = cli_parse(n, args, "explain-error", CLI_JSON, &o);
    if (rc == 0 && o.help) cli_help("explain-error", stdout);
    else if (rc == 0 && example && o.json) {
        /* --example is the bare text, to pipe into a file; the envelope has it as "example" */
        cli_usage_error("explain-error", "--example prints the example's text alone: give --json or --example, not both");
        rc = 2;
    } else if (rc == 0 && o.nargs > 1) {
        cli_usage_error("explain-error", "'%s': explain one code at a time", o.args[1]);
        rc = 2;
    } else if (rc == 0 && o.nargs == 0) {
        if (example) { cli_usage_error("explain-error", "--example needs a CODE"); rc = 2; }
        else ce_list(o.json);
    } else if (rc == 0) {
        rc = ce_one(o.args[0], o.json, example);
    }
    free(o.args);
    free(args);
    return rc;
}
