/* repl_out — see repl_out.h. */
#include "repl_out.h"

#include "diag.h"
#include "envelope.h"
#include "fail.h"
#include "json.h"
#include "textout.h"

#include <stdarg.h>
#include <stdlib.h>

/* Has memory run out for something this file was to print?  (The REPL is
 * one thread: its exit status reads this, ro_ran_out.) */
static bool ro_oom;

static void ro_said_oom(void)
{
    fputs("civic: error: out of memory\n", stderr);
    ro_oom = true;
}

bool ro_ran_out(void) { return ro_oom; }

bool ro_begin(ro_doc *d)
{
    d->buf = NULL;
    d->len = 0;
    d->f = open_memstream(&d->buf, &d->len);
    if (!d->f) ro_said_oom();
    return d->f != NULL;
}

/* The JSON writer's text without its layout: every space and newline
 * outside strings dropped (inside them, the writer escapes newlines). */
static size_t ro_compact(char *s, size_t n)
{
    size_t o = 0;
    bool in_str = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in_str && c == '\\' && i + 1 < n) { s[o++] = c; s[o++] = s[++i]; continue; }
        if (c == '"') in_str = !in_str;
        if (!in_str && (c == ' ' || c == '\n')) continue;
        s[o++] = c;
    }
    return o;
}

void ro_end(ro_doc *d)
{
    if (!d->f) return;
    bool ok = fclose(d->f) == 0 && d->buf;
    if (ok) {
        fwrite(d->buf, 1, ro_compact(d->buf, d->len), stdout);
        putchar('\n');
    } else {
        ro_said_oom();
    }
    free(d->buf);
    d->f = NULL;
    d->buf = NULL;
}

static void ro_command(const char *command, const char *message, const dg_sink *dg)
{
    ro_doc d;
    if (!ro_begin(&d)) return;
    js_out j;
    js_init(&j, d.f);
    ev_begin(&j, "command");
    js_key(&j, "command"); js_str(&j, command);
    js_key(&j, "message"); js_str(&j, message);
    src_set none;
    src_init(&none);
    const src_set *src = &none;
    ev_end(&j, &dg, &src, dg ? 1 : 0, dg == NULL);
    ro_end(&d);
}

/* The message, malloc'd; NULL (said) when memory ran out. */
static char *ro_format(const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *msg = n < 0 ? NULL : fail_malloc((size_t)n + 1);
    if (msg) vsnprintf(msg, (size_t)n + 1, fmt, again);
    else ro_said_oom();
    va_end(again);
    return msg;
}

void ro_say(bool json, const char *command, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = ro_format(fmt, ap);
    va_end(ap);
    if (!msg) return;
    if (json) ro_command(command, msg, NULL);
    else to_printf(stdout, "%s\n", msg);
    free(msg);
}

void ro_error(bool json, const char *command, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = ro_format(fmt, ap);
    va_end(ap);
    if (!msg) return;
    if (!json) {
        to_printf(stderr, "%s\n", msg);
        if (hint) to_printf(stderr, "hint: %s\n", hint);
    } else {
        dg_sink dg;
        dg_init(&dg);
        dg_report(&dg, DG_ERROR, "repl-command", (loc){ 0, 0, 0 }, "%s", msg);
        if (hint) dg_hint(&dg, "%s", hint);
        ro_command(command, NULL, &dg);
        dg_free(&dg);
    }
    free(msg);
}
