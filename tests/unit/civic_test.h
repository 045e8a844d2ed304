/* civic_test — helpers shared by the cmocka unit tests of the front end and
 * the interpreter: a protocol built from text, diagnostics looked up by
 * code, a query answered into a string.
 *
 * Include after <cmocka.h>.  Everything here is static inline, so a test
 * that uses only some of it builds without warnings.
 */
#ifndef CIVIC_TEST_H
#define CIVIC_TEST_H

#include "check.h"
#include "date.h"
#include "answer_render.h"
#include "session.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "Today" for every test: the date the golden tests use too. */
static inline dt_day t_today(void) { return dt_from_ymd(2026, 11, 22); }

static inline dt_day t_day(const char *s)
{
    dt_day d = 0;
    if (dt_parse(s, strlen(s), &d) != 0) fail_msg("bad date in a test: %s", s);
    return d;
}

/* A session over text, on the heap so a test can keep it in *state. */
static inline session *t_open(const char *text)
{
    session *s = calloc(1, sizeof *s);
    assert_non_null(s);
    ss_open_text(s, "t.civic", text, strlen(text), t_today());
    return s;
}

static inline void t_close(session *s)
{
    if (!s) return;
    ss_close(s);
    free(s);
}

/* How many diagnostics carry this code. */
static inline size_t t_count(const dg_sink *dg, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < dg->count; i++) n += strcmp(dg->items[i].code, code) == 0;
    return n;
}

/* The first diagnostic with this code, or NULL. */
static inline const dg_diag *t_find(const dg_sink *dg, const char *code)
{
    for (size_t i = 0; i < dg->count; i++)
        if (strcmp(dg->items[i].code, code) == 0) return &dg->items[i];
    return NULL;
}

/* Two sinks hold the same diagnostics, in the same order. */
static inline void t_same_diags(const dg_sink *p, const dg_sink *q)
{
    assert_int_equal(p->count, q->count);
    assert_int_equal(p->errors, q->errors);
    assert_int_equal(p->warnings, q->warnings);
    assert_int_equal(p->truncated, q->truncated);
    for (size_t i = 0; i < p->count; i++) {
        const dg_diag *x = &p->items[i], *y = &q->items[i];
        assert_string_equal(x->code, y->code);
        assert_string_equal(x->msg, y->msg);
        assert_int_equal(x->where.file, y->where.file);
        assert_int_equal(x->where.start, y->where.start);
        assert_int_equal(x->where.end, y->where.end);
        assert_int_equal(x->nhints, y->nhints);
        for (size_t h = 0; h < x->nhints; h++) assert_string_equal(x->hints[h], y->hints[h]);
    }
}

/* Line of a location in the session's sources. */
static inline int t_line(const session *s, loc at)
{
    int line = 0, col = 0;
    src_linecol(&s->ld.src, at.file, at.start, &line, &col);
    return line;
}

/* Line and column of the first diagnostic with the code, as "L:C". */
static inline const char *t_where(const session *s, const char *code, char *buf, size_t n)
{
    const dg_diag *d = t_find(&s->dg, code);
    if (!d) return "none";
    int line = 0, col = 0;
    src_linecol(&s->ld.src, d->where.file, d->where.start, &line, &col);
    snprintf(buf, n, "%d:%d", line, col);
    return buf;
}

/* Fails the test, listing the diagnostics, unless there are none. */
static inline void t_assert_clean(const session *s)
{
    if (s->dg.errors == 0) return;
    for (size_t i = 0; i < s->dg.count; i++) {
        int line = 0, col = 0;
        src_linecol(&s->ld.src, s->dg.items[i].where.file, s->dg.items[i].where.start, &line, &col);
        print_error("  %d:%d %s: %s\n", line, col, s->dg.items[i].code, s->dg.items[i].msg);
    }
    fail_msg("%zu unexpected errors", s->dg.errors);
}

/* The question t_query asked last: its diagnostics (dg), their source
 * ("<query>", in src) and its answer. */
static inline ss_query *t_last(void)
{
    static ss_query q;
    static bool ready;
    if (!ready) ss_query_init(&q);
    ready = true;
    return &q;
}

/* Answers a query as `civic query` does; returns the printed answer
 * (malloc'd; free it) and the status in *rc.  The query's diagnostics are
 * in t_last()->dg. */
static inline char *t_query(session *s, const char *text, bool json, int *rc)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    ss_query *q = t_last();
    int r = ss_ask(s, q, text, t_today());
    if (r == 0 && json) an_json(f, &q->answer);
    else if (r == 0) an_text(f, &q->answer);
    fclose(f);
    if (rc) *rc = r;
    return buf;
}

/* Does haystack contain needle?  (With the haystack in the failure message.) */
#define t_assert_contains(hay, needle)                                                  \
    do {                                                                                \
        const char *h_ = (hay), *n_ = (needle);                                         \
        if (!h_ || !strstr(h_, n_)) fail_msg("expected \"%s\" in:\n%s", n_, h_ ? h_ : "(null)"); \
    } while (0)

#define t_assert_lacks(hay, needle)                                                     \
    do {                                                                                \
        const char *h_ = (hay), *n_ = (needle);                                         \
        if (h_ && strstr(h_, n_)) fail_msg("did not expect \"%s\" in:\n%s", n_, h_);    \
    } while (0)

#endif
