/* Unit tests for interp/render/page*.c and route_dot.c: the escapes of
 * each format on hostile text, the page's questions (clause order, anchors,
 * the day of the worked examples, the cases of a route), and the dot
 * source.  The pages themselves are tested end to end in
 * tests/golden/render.t and in a browser (tests/tools/browser.js). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"
#include "page.h"
#include "route_dot.h"

/* ---- escapes -------------------------------------------------------------------- */

typedef void (*esc_fn)(pg_buf *, const char *);

static void expect_escape(esc_fn f, const char *in, const char *want)
{
    pg_buf b;
    pb_init(&b);
    f(&b, in);
    assert_false(b.failed);
    assert_string_equal(b.data ? b.data : "", want);
    pb_free(&b);
}

static void test_html_escape(void **state)
{
    expect_escape(pb_html, "<script>alert('x')</script> & \"q\"", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    expect_escape(pb_html, "&amp;", "&amp;amp;");
    /* control characters shown as textout shows them; other UTF-8 kept */
    expect_escape(pb_html, "a\x1b[31mb\x07 \xc2\x85 caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d", "a\\x1B[31mb\\x07 \\u0085 café “q”");
    expect_escape(pb_html, "bad \xff\xfe utf-8", "bad \\xFF\\xFE utf-8");
    expect_escape(pb_html, "", "");
}

static void test_md_escape(void **state)
{
    expect_escape(pb_md, "*star* _u_ `tick` [l](http://x) <b> & # | ~ $1 !", "\\*star\\* \\_u\\_ \\`tick\\` \\[l\\](http://x) \\<b\\> &amp; \\# \\| \\~ \\$1 \\!");
    expect_escape(pb_md, "a\\b", "a\\\\b");
    expect_escape(pb_md, "line\nbreak\tand tab", "line break and tab");
    expect_escape(pb_md, "1. not a list", "1. not a list");                 /* inline: as it is */
    expect_escape(pb_md, "esc \x1b", "esc \\\\x1B");                       /* the escape's backslash escaped */
    expect_escape(pb_md_lead, "1. not a list", "1\\. not a list");         /* at a line's start */
    expect_escape(pb_md_lead, "12) nor this", "12\\) nor this");
    expect_escape(pb_md_lead, "- nor this", "\\- nor this");
    expect_escape(pb_md_lead, "+ nor = this", "\\+ nor = this");
    expect_escape(pb_md_lead, "2024 is fine", "2024 is fine");
}

static void test_md_code(void **state)
{
    expect_escape(pb_md_code, "protocols/x_y*.civic", "`protocols/x_y*.civic`");
    expect_escape(pb_md_code, "a`b", "`` a`b ``");
    expect_escape(pb_md_code, "c\x01", "`c\\x01`");
}

static void test_dot_escape(void **state)
{
    expect_escape(pb_dot, "say \"hi\" \\N <b> & co", "say \\\"hi\\\" \\\\N &lt;b&gt; &amp; co");
    expect_escape(pb_dot, "two\nlines", "two lines");
}

/* ---- the page ---------------------------------------------------------------------- */

static const char small[] =
    "use \"roles\"\n"
    "protocol \"P\" {\n"
    "  council  \"C\"\n"
    "  adopted  2024-05-13\n"
    "  review   every 2 years [9]\n"
    "  calendar england-and-wales\n"
    "}\n"
    "[B/2]    Member must not instruct Officer\n"
    "[A/10]   Member may speak to Media\n"
    "[A/9]    Officer must respond to enquiry from Member within 2 working days\n"
    "[A/x y]  Member should inform Officer\n"
    "[A/x-y]  Officer should inform Member\n"
    "[4]      Officer must respond to complaint promptly\n"
    "route complaint by Member about Officer [5] {\n"
    "  [5.1] informally with Clerk\n"
    "  [5.2] Clerk\n"
    "  [5.3] MonitoringOfficer when about Clerk\n"
    "}\n";

typedef struct page_fx {
    session *s;
    arena ar;
    dg_sink dg;
    pg_page p;
} page_fx;

static pg_cover cover_even(void *ctx, const char *clause)
{
    (*(int *)ctx)++;
    return strcmp(clause, "4") == 0 ? PG_COVER_UNTOUCHED : PG_COVER_EXERCISED;
}

static int page_setup(void **state)
{
    page_fx *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->s = t_open(small);
    assert_int_equal(ss_errors(f->s), 0);
    ar_init(&f->ar);
    dg_init(&f->dg);
    static int asked;
    asked = 0;
    assert_int_equal(pg_build(&f->p, &f->s->m, "t.civic", t_day("2026-12-06"), cover_even, &asked, &f->ar, &f->dg), 0);
    assert_int_equal((size_t)asked, f->p.nclauses);
    *state = f;
    return 0;
}

static int page_teardown(void **state)
{
    page_fx *f = *state;
    pg_free(&f->p);
    dg_free(&f->dg);
    ar_free(&f->ar);
    t_close(f->s);
    free(f);
    return 0;
}

static void test_clause_order(void **state)
{
    page_fx *f = *state;
    /* sections in the order the file first cites them (B, then A, then the
     * labels without one, cited first by the review at line 5), numbers as numbers */
    static const char *const want[] = { "4", "5", "5.1", "5.2", "5.3", "9", "B/2", "A/9", "A/10", "A/x y", "A/x-y" };
    assert_int_equal(f->p.nclauses, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < f->p.nclauses; i++) assert_string_equal(f->p.clauses[i].label, want[i]);
    assert_int_equal(f->p.clauses[0].cover, PG_COVER_UNTOUCHED);
    assert_int_equal(f->p.clauses[1].cover, PG_COVER_EXERCISED);
}

static void test_anchors(void **state)
{
    page_fx *f = *state;
    for (size_t i = 0; i < f->p.nclauses; i++)
        for (size_t k = 0; k < i; k++) assert_string_not_equal(f->p.clauses[i].id, f->p.clauses[k].id);
    assert_string_equal(f->p.clauses[6].id, "clause-b-2");
    assert_string_equal(f->p.clauses[9].id, "clause-a-x-y");
    assert_string_equal(f->p.clauses[10].id, "clause-a-x-y-2");   /* the same anchor, numbered */
}

static void test_example_day(void **state)
{
    page_fx *f = *state;
    assert_int_equal(f->p.example, t_day("2026-12-24"));
    assert_string_equal(f->p.example_why, "the last working day before Christmas Day");
    /* only a fixed period gets a worked example: A/9, not the vague [4] */
    assert_int_equal(f->p.ndeadlines, 1);
    assert_null(f->p.clauses[0].deadline);
    const q_due *d = &f->p.clauses[7].deadline->u.deadline.dues[0];
    assert_int_equal(d->due, t_day("2026-12-30"));
    assert_string_equal(pg_not_counted(&f->p, d),
                        "Not counted: Fri 25 Dec 2026 (Christmas Day) and Mon 28 Dec 2026 (Boxing Day); nor are weekends.");
    assert_string_equal(pg_example(&f->p, &f->p.clauses[7].deadline->u.deadline, d),
                        "For example, an enquiry from a Member received on Thu 24 Dec 2026 is due by the close of "
                        "Wed 30 Dec 2026, counting working days on the England and Wales calendar.");
}

static void test_route_cases(void **state)
{
    page_fx *f = *state;
    assert_int_equal(f->p.nroutes, 1);
    const pg_route *r = &f->p.routes[0];
    assert_non_null(r->own);
    assert_string_equal(r->own->heading, "A complaint by a Member about an Officer");
    /* the Clerk is a party: about the Clerk (step 2 skipped, step 3 applies), by a Clerk?  No:
     * Members raise it, and a Clerk is no Member */
    assert_int_equal(r->ncases, 1);
    assert_string_equal(r->cases[0].route->heading, "A complaint by a Member about a Town Clerk");
    const char **n = pg_step_notes(&f->p, r, 1);
    assert_non_null(n);
    assert_string_equal(n[0], "Skipped for a complaint by a Member about a Town Clerk: the Town Clerk is the subject of the "
                              "complaint, and nobody handles a case about themselves.");
    assert_null(n[1]);
    assert_true(pg_step_skipped_somewhere(r, 1));
    assert_true(pg_step_skipped_somewhere(r, 2));
    assert_false(pg_step_skipped_somewhere(r, 0));
}

static void test_dot_source(void **state)
{
    page_fx *f = *state;
    pg_buf b;
    pb_init(&b);
    rd_source(&b, &f->p);
    assert_false(b.failed);
    assert_non_null(strstr(b.data, "digraph \"route 1\" {\n  id=\"route-1-graph\";"));
    assert_non_null(strstr(b.data, "\"step 2\" [id=\"route-1-s2\", label=\"Step 2 [5.2]\\nTown Clerk\\nSkipped for"));
    /* a dashed way round the step some cases skip */
    assert_non_null(strstr(b.data, "\"step 1\" -> \"step 3\" [id=\"route-1-e4\", style=dashed, label=\"if step 2 is skipped\"]"));
    pb_free(&b);
}

static void test_md_same_twice(void **state)
{
    page_fx *f = *state;
    pg_buf a, b;
    pb_init(&a);
    pb_init(&b);
    pg_md(&a, &f->p);
    pg_md(&b, &f->p);
    assert_false(a.failed || b.failed);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    assert_non_null(strstr(a.data, "### \\[A/x y\\]\n\n*Exercised by a scenario.*"));
    assert_non_null(strstr(a.data, "### \\[4\\]\n\n*No scenario exercises it.*"));
    pb_free(&a);
    pb_free(&b);
}

/* A failed buffer keeps what it had and takes nothing more. */
static void test_buffer_failed(void **state)
{
    pg_buf b;
    pb_init(&b);
    pb_puts(&b, "kept");
    b.failed = true;
    pb_puts(&b, " lost");
    pb_printf(&b, "%d", 42);
    assert_string_equal(b.data, "kept");
    assert_int_equal(b.len, 4);
    pb_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_escape),
        cmocka_unit_test(test_md_escape),
        cmocka_unit_test(test_md_code),
        cmocka_unit_test(test_dot_escape),
        cmocka_unit_test(test_buffer_failed),
        cmocka_unit_test_setup_teardown(test_clause_order, page_setup, page_teardown),
        cmocka_unit_test_setup_teardown(test_anchors, page_setup, page_teardown),
        cmocka_unit_test_setup_teardown(test_example_day, page_setup, page_teardown),
        cmocka_unit_test_setup_teardown(test_route_cases, page_setup, page_teardown),
        cmocka_unit_test_setup_teardown(test_dot_source, page_setup, page_teardown),
        cmocka_unit_test_setup_teardown(test_md_same_twice, page_setup, page_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
