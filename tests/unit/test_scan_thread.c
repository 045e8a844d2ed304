/* Unit tests for grammar/scan_thread.c: the scanner on a thread of its own.
 *
 * First with a made-up scanner, so that the ring can be driven through
 * every case (wrapping round many times, stopping while the thread waits
 * for room, diagnostics handed over with their token and the error limit
 * applied, memory running out); then with the real one, a file parsed with
 * and without the thread giving the same diagnostics and the same rules.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "civic_test.h"
#include "ast_pack.h"
#include "parse.h"
#include "scan_thread.h"

/* ---- a made-up scanner: tokens 1..n, a diagnostic every `every` -------------------- */

typedef struct fake {
    lx_state *lx;
    int n, at, every;
    bool oom_at_end;
} fake;

static int fake_raw(YYSTYPE *v, YYLTYPE *l, void *scanner)
{
    fake *f = scanner;
    if (f->at == f->n) {
        if (f->oom_at_end) dg_oom(f->lx->dg);
        return 0;   /* no location: the last one stays */
    }
    f->at++;
    v->num = f->at;
    l->file = 1;
    l->start = (uint32_t)f->at * 10;
    l->end = l->start + 3;
    f->lx->off = l->end;
    if (f->every && f->at % f->every == 0) {
        dg_report(f->lx->dg, DG_ERROR, "bad-char", *l, "token %d", f->at);
        dg_hint(f->lx->dg, "hint of %d", f->at);
    }
    return IDENT;
}

/* Takes up to n tokens (all, to the end, when n < 0), each of them a name;
 * returns how many. */
static int take(st_thread *t, dg_sink *dg, int n)
{
    YYSTYPE v;
    YYLTYPE l;
    uint32_t off;
    int k = 0;
    for (; n < 0 || k < n; k++) {
        int tok = st_next(t, &v, &l, &off, dg);
        if (tok == 0) break;
        assert_int_equal(tok, IDENT);
    }
    return k;
}

static void test_every_token_in_order_round_the_ring(void **state)
{
    (void)state;
    dg_sink own, dg;
    dg_init(&own);
    dg_init(&dg);
    dg.limit = 1000000;
    lx_state lx = { .file = 1, .dg = &own };
    int n = ST_RING * ST_BATCH * 3 + 17;
    fake f = { &lx, n, 0, 7, false };
    st_thread *t = st_start(&f, &lx, fake_raw);
    assert_non_null(t);
    YYSTYPE v;
    YYLTYPE l;
    uint32_t off = 0;
    for (int i = 1; i <= n; i++) {
        assert_int_equal(st_next(t, &v, &l, &off, &dg), IDENT);
        assert_int_equal(v.num, i);
        assert_int_equal(l.start, (uint32_t)i * 10);
        assert_int_equal(off, (uint32_t)i * 10 + 3);
        /* a token's diagnostic arrives with it, not before */
        assert_int_equal(dg.count, (size_t)(i / 7));
        if (i % 7 == 0) {
            const dg_diag *d = &dg.items[dg.count - 1];
            char want[32];
            snprintf(want, sizeof want, "token %d", i);
            assert_string_equal(d->msg, want);
            assert_int_equal(d->nhints, 1);
            assert_int_equal(d->seq, dg.count - 1);
        }
    }
    assert_int_equal(st_next(t, &v, &l, &off, &dg), 0);
    assert_int_equal(l.start, (uint32_t)n * 10);   /* the end keeps the last location */
    assert_int_equal(st_next(t, &v, &l, &off, &dg), 0);   /* and stays at the end */
    assert_int_equal(dg.errors, (size_t)(n / 7));
    st_stop(t);
    assert_ptr_equal(lx.dg, &own);   /* the scanner's state is the caller's again */
    assert_int_equal(own.count, 0);
    dg_free(&dg);
    dg_free(&own);
}

static void test_the_error_limit_is_the_parsers(void **state)
{
    (void)state;
    dg_sink dg;
    dg_init(&dg);
    dg.limit = 5;
    lx_state lx = { .file = 1, .dg = NULL };
    fake f = { &lx, 100, 0, 1, false };
    st_thread *t = st_start(&f, &lx, fake_raw);
    assert_non_null(t);
    assert_int_equal(take(t, &dg, -1), 100);
    st_stop(t);
    assert_int_equal(dg.errors, 5);
    assert_int_equal(dg.count, 5);
    assert_true(dg.truncated);
    dg_free(&dg);
}

/* The parser stops early (a fatal error): the thread, waiting for room in a
 * full ring, is stopped, and what it scanned beyond is dropped unseen. */
static void test_stopping_early(void **state)
{
    (void)state;
    dg_sink dg;
    dg_init(&dg);
    lx_state lx = { .file = 1 };
    fake f = { &lx, ST_RING * ST_BATCH * 50, 0, 3, false };
    st_thread *t = st_start(&f, &lx, fake_raw);
    assert_non_null(t);
    assert_int_equal(take(t, &dg, 10), 10);
    st_stop(t);
    assert_int_equal(dg.count, 3);
    assert_true(f.at < f.n);   /* it was held back by the ring, not let run to the end */
    dg_free(&dg);

    /* and stopped before the first token is taken at all */
    fake g = { &lx, 100, 0, 1, false };
    t = st_start(&g, &lx, fake_raw);
    assert_non_null(t);
    st_stop(t);
}

static void test_running_out_of_memory_on_the_thread_is_reported(void **state)
{
    (void)state;
    dg_sink dg;
    dg_init(&dg);
    lx_state lx = { .file = 1 };
    fake f = { &lx, 5, 0, 0, true };
    st_thread *t = st_start(&f, &lx, fake_raw);
    assert_non_null(t);
    assert_int_equal(take(t, &dg, -1), 5);
    st_stop(t);
    assert_true(dg.oom);
    dg_free(&dg);
}

/* ---- the real scanner: with and without the thread ------------------------------------ */

typedef struct parsed {
    arena ar;
    dg_sink dg;
    ast_file out;
    size_t ndecls;
} parsed;

static void parse_with(parsed *p, src_set *src, uint32_t f, in_table *names, in_table *phrases, int thread)
{
    memset(p, 0, sizeof *p);
    ar_init(&p->ar);
    dg_init(&p->dg);
    ps_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.ar = &p->ar;
    ctx.names = names;
    ctx.phrases = phrases;
    ctx.dg = &p->dg;
    ctx.src = src;
    ctx.file = f;
    ctx.scan_thread = thread;
    p->out.file = f;
    p->out.tail = &p->out.decls;
    ctx.out = &p->out;
    ps_parse(&ctx);
    for (ast_decl *d = p->out.decls; d; d = d->next) p->ndecls++;
}

static void parsed_free(parsed *p)
{
    pk_free(&p->out.norms);
    dg_free(&p->dg);
    ar_free(&p->ar);
}

/* A file of many batches, with every kind of lexical mistake in it, and
 * more errors than the limit. */
static char *mixed_text(size_t *len)
{
    size_t cap = 1 << 22, n = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    n += (size_t)snprintf(s + n, cap - n, "role Officer\nrole Member\naction respond, reply\nthing enquiry\n");
    for (int i = 0; i < 6000 && n + 400 < cap; i++) {
        switch (i % 250) {
        case 17: n += (size_t)snprintf(s + n, cap - n, "[%d] Officer must respond to enquiry from Member \xc2 within 2 working days\n", i); break;
        case 99: n += (size_t)snprintf(s + n, cap - n, "[%d] Officer must reply § to Member\n", i); break;
        case 123: n += (size_t)snprintf(s + n, cap - n, "[%d] Officer must reply to Member \"unclosed\n", i); break;
        case 150: n += (size_t)snprintf(s + n, cap - n, "[%d] Officer must reply to Member within a reasonable time\n", i); break;
        case 200: n += (size_t)snprintf(s + n, cap - n, "scenario s%d {\n  2025-02-30 alice sends enquiry to bob\n  25:61 x\n}\n", i); break;
        case 301: n += (size_t)snprintf(s + n, cap - n, "[%d] Officer must reply to 12abc Member\n", i); break;
        case 302: n += (size_t)snprintf(s + n, cap - n, "[ ] Officer must reply to Member 'single'\n"); break;
        default:
            n += (size_t)snprintf(s + n, cap - n,
                                  "[%d.%d] Officer must respond to enquiry from Member \"with \\\"escapes\\\"\" within %d working days "
                                  "when \"it is urgent\"\n  otherwise reply to Member\n",
                                  i / 10, i % 10, i % 9 + 1);
        }
    }
    n += (size_t)snprintf(s + n, cap - n, "[9] Officer must reply {{ (\n");   /* never closed */
    s[n] = '\0';
    *len = n;
    return s;
}

static void test_the_same_parse_with_and_without_the_thread(void **state)
{
    (void)state;
    size_t len;
    char *text = mixed_text(&len);
    src_set src;
    src_init(&src);
    uint32_t f = src_add(&src, "t.civic", text, len, false);
    assert_int_not_equal(f, 0);
    arena names_ar;
    ar_init(&names_ar);
    in_table names, phrases;
    in_init(&names, &names_ar);
    in_init(&phrases, &names_ar);
    parsed a, b;
    parse_with(&a, &src, f, &names, &phrases, -1);
    parse_with(&b, &src, f, &names, &phrases, 1);
    assert_true(a.dg.count > 20);
    t_same_diags(&a.dg, &b.dg);
    assert_int_equal(a.ndecls, b.ndecls);
    assert_true(a.out.norms.count > 1000);
    assert_true(a.dg.truncated);   /* past the error limit, too */
    assert_int_equal(a.out.norms.count, b.out.norms.count);
    assert_int_equal(a.out.norms.bytes, b.out.norms.bytes);
    assert_int_equal(a.out.norms.nsubjects, b.out.norms.nsubjects);
    assert_true(a.out.norms.last == b.out.norms.last);   /* the same names, interned once */
    assert_int_equal(a.out.norms.base, b.out.norms.base);
    /* the text is intact after either (flex holds a character as it scans) */
    assert_memory_equal(src_get(&src, f)->text, text, len);
    parsed_free(&a);
    parsed_free(&b);
    in_free(&phrases);
    in_free(&names);
    ar_free(&names_ar);
    src_free(&src);
    free(text);
}

static void test_the_threshold_is_read_strictly(void **state)
{
    (void)state;
    size_t b = 7;
    assert_true(ps_scan_thread_parse("0", &b));
    assert_int_equal(b, 0);
    assert_true(ps_scan_thread_parse("1048576", &b));
    assert_int_equal(b, 1048576);
    assert_true(ps_scan_thread_parse("99999999999999999999999", &b) == false);   /* out of range */
    b = 7;
    const char *bad[] = { NULL, "", "-1", "+5", " 5", "5 ", "1x", "1MiB", "0x10", "abc" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_false(ps_scan_thread_parse(bad[i], &b));
        assert_int_equal(b, 7);   /* untouched */
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_token_in_order_round_the_ring),
        cmocka_unit_test(test_the_error_limit_is_the_parsers),
        cmocka_unit_test(test_stopping_early),
        cmocka_unit_test(test_running_out_of_memory_on_the_thread_is_reported),
        cmocka_unit_test(test_the_same_parse_with_and_without_the_thread),
        cmocka_unit_test(test_the_threshold_is_read_strictly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
