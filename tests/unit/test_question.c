/* Unit tests for the query compiler (q_compile: every form, every error)
 * and the evaluators (q_evaluate), on the question and answer structs
 * directly, not on printed text. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"

static const char protocol[] =
    "use \"roles\"\n"
    "protocol \"P\" {\n"
    "  council  \"Testbury Town Council\"\n"
    "  adopted  2019-05-20\n"
    "  approved 2023-05-15\n"
    "  review   every 2 years [Q1]\n"
    "}\n"
    "[R1] role Scribe \"Town Scribe\" is Officer aka Recorder\n"
    "[R2] Clerk manages Officer\n"
    "[A1] Member must not instruct Officer\n"
    "[A2] Officer must respond to enquiry from Member within 2 working days\n"
    "       otherwise acknowledge enquiry and give timescale within 5 working days\n"
    "[A3] Member should respond to request from Officer within 3 working days\n"
    "[A4] Member may speak to Media\n"
    "[A5] Member should not pressure Officer\n"
    "[A6] Officer must not disclose information to Media\n"
    "[A7] Chair may instruct Scribe when \"delegated\" overrides [A1]\n"
    "[A8] Scribe must report to Member when about Member\n"
    "[A9] Mayor may instruct Clerk overrides [A1]\n"
    "[A11] Officer must investigate complaint from Member promptly\n"
    "route complaint by Member about Officer [C] {\n"
    "  [C.1] informally with Clerk\n"
    "  [C.2] Clerk within 10 working days\n"
    "  [C.3] when about Clerk: Chair\n"
    "  [C.4] procedure disciplinary\n"
    "}\n";

typedef struct fixture {
    session *s;
    arena ar;
    dg_sink dg;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    f->s = t_open(protocol);
    ar_init(&f->ar);
    dg_init(&f->dg);
    *state = f;
    return f->s->dg.errors == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    fixture *f = *state;
    t_close(f->s);
    ar_free(&f->ar);
    dg_free(&f->dg);
    free(f);
    return 0;
}

static const md_model *M(fixture *f) { return &f->s->m; }

/* Compiles q, which must compile, into form `want`. */
static const q_question *compile(fixture *f, const char *q, q_form want)
{
    dg_clear(&f->dg);
    const q_question *qq = q_compile(M(f), q, 0, t_today(), &f->ar, &f->dg);
    if (!qq) fail_msg("'%s' did not compile: %s", q, f->dg.count ? f->dg.items[0].msg : "?");
    assert_int_equal(qq->form, want);
    assert_string_equal(qq->text, q);
    assert_int_equal(f->dg.count, 0);
    return qq;
}

static int role(fixture *f, const char *name) { return md_lookup_role(M(f), name); }
static int term(fixture *f, const char *name, md_termkind k) { return md_lookup_term(M(f), name, k); }

/* ---- the compiler: every form ------------------------------------------------------ */

static void test_compile_forms(void **state)
{
    fixture *f = *state;
    const q_question *q = compile(f, "can Member instruct Officer", QF_can);
    assert_int_equal(q->u.can.role, role(f, "Member"));
    assert_int_equal(q->u.can.action, term(f, "instruct", MT_ACTION));
    assert_int_equal(q->u.can.cp, role(f, "Officer"));
    assert_int_equal(q->u.can.thing, -1);
    assert_null(q->u.can.cp_prep);
    q = compile(f, "may an Officer disclose information to the media?", QF_can);
    assert_int_equal(q->u.can.thing, term(f, "information", MT_THING));
    assert_int_equal(q->u.can.cp, role(f, "Media"));
    assert_string_equal(q->u.can.cp_prep, "to");
    q = compile(f, "obligations for Recorder", QF_duties);
    assert_int_equal(q->u.duties.role, role(f, "Scribe"));
    q = compile(f, "expectations of councillors from \"Town Scribe\"", QF_expectations);
    assert_int_equal(q->u.expectations.of, role(f, "Member"));
    assert_int_equal(q->u.expectations.from, role(f, "Scribe"));
    q = compile(f, "route complaint by Member about Clerk", QF_route);
    assert_int_equal(q->u.route.kind, term(f, "complaint", MT_THING));
    assert_int_equal(q->u.route.by, role(f, "Member"));
    assert_int_equal(q->u.route.about, role(f, "Clerk"));
    q = compile(f, "who handles complaints against Officer", QF_handles);
    assert_int_equal(q->u.handles.by, -1);
    assert_int_equal(q->u.handles.about, role(f, "Officer"));
    q = compile(f, "deadline [A2] from 2025-12-23", QF_deadline);
    assert_string_equal(q->u.deadline.clause, "A2");
    assert_int_equal(q->u.deadline.from, t_day("2025-12-23"));
    q = compile(f, "deadline clause A2 after today", QF_deadline);
    assert_int_equal(q->u.deadline.from, t_today());
    compile(f, "review?", QF_review);
    q = compile(f, "explain C.3", QF_explain);
    assert_string_equal(q->u.explain.clause, "C.3");
    compile(f, "roles", QF_roles);
    compile(f, "clauses", QF_clauses);
    q = compile(f, "who manages Scribe", QF_manages);
    assert_int_equal(q->u.manages.role, role(f, "Scribe"));
    q = compile(f, "holidays 2026", QF_holidays);
    assert_int_equal(q->u.holidays.year, 2026);
    q = compile(f, "working days between 2025-12-23 and today", QF_working);
    assert_int_equal(q->u.working.from, t_day("2025-12-23"));
    assert_int_equal(q->u.working.to, t_today());
    compile(f, "HELP", QF_help);
}

/* ---- the compiler: every error ------------------------------------------------------- */

static void bad(fixture *f, const char *q, const char *code, const char *msg)
{
    dg_clear(&f->dg);
    const q_question *qq = q_compile(M(f), q, 0, t_today(), &f->ar, &f->dg);
    if (qq) fail_msg("'%s' compiled", q);
    if (f->dg.count != 1) fail_msg("'%s': %zu diagnostics", q, f->dg.count);
    if (strcmp(f->dg.items[0].code, code) != 0 || strcmp(f->dg.items[0].msg, msg) != 0)
        fail_msg("'%s':\n  got  %s: %s\n  want %s: %s", q, f->dg.items[0].code, f->dg.items[0].msg, code, msg);
    assert_true(dg_nhints_shown(&f->dg.items[0]) > 0);
}

static void test_compile_errors(void **state)
{
    fixture *f = *state;
    bad(f, "", "bad-query", "empty query");
    bad(f, "cna Member instruct Officer", "bad-query", "unknown query 'cna'");
    bad(f, "who is Member", "bad-query", "'who' is followed by 'handles' or 'manages' here");
    /* can */
    bad(f, "can", "bad-query", "the query ends before naming who acts");
    bad(f, "can Oficer instruct Member", "unknown-role", "unknown role 'Oficer'");
    bad(f, "can Member", "bad-query", "the query ends before the action");
    bad(f, "can Member instrukt Officer", "unknown-action", "unknown action 'instrukt'");
    bad(f, "can Member instruct the", "bad-query", "the query ends before naming a role or thing");
    bad(f, "can Member instruct Officer Clerk", "bad-query", "the query already names the role 'Officer'");
    bad(f, "can Member disclose information advice", "bad-query", "the query already names the thing 'information'");
    bad(f, "can Member instruct Officer frob", "unknown-name", "unknown role or thing 'frob'");
    /* duties, expectations, who manages */
    bad(f, "duties of", "bad-query", "the query ends before naming the role");
    bad(f, "duties of Member please", "bad-query", "unexpected 'please' at the end of the query");
    bad(f, "expectations of Member", "bad-query", "write 'expectations of Member from ROLE'");
    bad(f, "expectations of Member from", "bad-query", "the query ends before naming whom they expect it of");
    bad(f, "who manages Nobody", "unknown-role", "unknown role 'Nobody'");
    /* route, who handles */
    bad(f, "route", "bad-query", "the query ends before the kind of case");
    bad(f, "route compliant by Member", "unknown-thing", "unknown kind of case 'compliant'");
    bad(f, "route complaint to Member", "bad-query", "unexpected 'to'");
    bad(f, "who handles complaint about", "bad-query", "the query ends before naming whom it is about");
    bad(f, "route complaint by", "bad-query", "the query ends before naming who raises it");
    /* deadline */
    bad(f, "deadline", "bad-query", "the query ends before the clause");
    bad(f, "deadline Z9 from today", "unknown-clause", "no rule has clause [Z9]");
    bad(f, "deadline A2", "bad-query", "write 'deadline A2 from DATE'");
    bad(f, "deadline A2 from", "bad-query", "the query ends before the date");
    bad(f, "deadline A2 from 2025-02-30", "bad-date", "2025-02-30 is not a date: that month has no such day");
    bad(f, "deadline A2 from 2025-13-01", "bad-date", "2025-13-01 is not a date: there is no month 13");
    bad(f, "deadline A2 from tomorrow", "bad-date", "'tomorrow' is not a date");
    bad(f, "deadline A2 from today now", "bad-query", "unexpected 'now' at the end of the query");
    bad(f, "deadline A1 from today", "no-deadline", "clause [A1] sets no deadline");
    /* explain */
    bad(f, "explain", "bad-query", "the query ends before the clause");
    bad(f, "explain A2 and more", "bad-query", "unexpected 'and' at the end of the query");
    /* holidays, working days */
    bad(f, "holidays", "bad-query", "write 'holidays YEAR', like 'holidays 2026'");
    bad(f, "holidays 1800", "bad-year", "year 1800 is out of range");
    bad(f, "holidays 2026 2027", "bad-query", "unexpected '2027' at the end of the query");
    bad(f, "working hours", "bad-query", "write 'working days between DATE and DATE'");
    bad(f, "working days between 2025-12-23", "bad-query", "write 'working days between DATE and DATE'");
    bad(f, "working days between 2026-01-05 and 2025-12-23", "bad-range", "the second date is before the first");
    /* help, review, roles, clauses take nothing more */
    bad(f, "help me", "bad-query", "unexpected 'me' at the end of the query");
    bad(f, "review now", "bad-query", "unexpected 'now' at the end of the query");
}

static void test_form_of(void **state)
{
    (void)state;
    assert_int_equal(q_form_of("can Member instruct Officer"), QF_can);
    assert_int_equal(q_form_of("  May x"), QF_can);
    assert_int_equal(q_form_of("who handles complaint"), QF_handles);
    assert_int_equal(q_form_of("who manages Officer"), QF_manages);
    assert_int_equal(q_form_of("who is it"), QF_COUNT);
    assert_int_equal(q_form_of("review?"), QF_review);
    assert_int_equal(q_form_of("frobnicate"), QF_COUNT);
    assert_string_equal(q_form_kind(QF_manages), "who-manages");
    assert_string_equal(q_form_kind(QF_handles), "route");
    assert_string_equal(q_form_kind(QF_COUNT), "query");
    char buf[64];
    assert_string_equal(q_help_group(0, buf, sizeof buf), q_forms[QF_can].help);
    assert_string_equal(buf, "can ROLE ACTION [ROLE]");
    assert_string_equal(q_help_group(8, buf, sizeof buf), "lists");
    assert_string_equal(buf, "roles | clauses | who manages ROLE");
    assert_null(q_help_group(11, buf, sizeof buf));
}

/* ---- the evaluators, on answers ------------------------------------------------------------ */

static const q_answer *answer(fixture *f, const char *q, q_form form)
{
    static q_answer a;
    const q_question *qq = compile(f, q, form);
    if (q_evaluate(M(f), qq, &f->ar, &f->dg, &a) != 0) fail_msg("'%s' not answered", q);
    assert_int_equal(a.form, form);
    assert_ptr_equal(a.q, qq);
    return &a;
}

static void test_eval_can(void **state)
{
    fixture *f = *state;
    const q_can_a *c = &answer(f, "can Member instruct Officer", QF_can)->u.can;
    assert_string_equal(c->verdict, "forbidden");
    assert_false(c->conditional);
    assert_false(c->conflict);
    assert_string_equal(c->decider_clause, "A1");
    assert_int_equal(c->nclauses, 3);
    assert_string_equal(c->clauses[0], "A1");
    assert_string_equal(c->clauses[1], "A7");
    assert_string_equal(c->clauses[2], "A9");
    assert_int_equal(c->nhits, 3);
    assert_true(c->hits[0].decides);
    assert_string_equal(c->hits[0].applies, "always");
    assert_string_equal(c->hits[0].rule.cite, "[A1]");
    assert_string_equal(c->hits[0].rule.text, "Member must not instruct Officer");
    assert_string_equal(c->hits[0].rule.file, "t.civic");
    assert_int_equal(c->hits[0].rule.line, 10);
    assert_int_equal(c->nconditions, 2);   /* for a Chair towards a Scribe, for a Mayor towards a Clerk */
    c = &answer(f, "can Scribe report to Member", QF_can)->u.can;
    assert_string_equal(c->verdict, "obliged");
    assert_true(c->conditional);
    c = &answer(f, "can Officer bully Member", QF_can)->u.can;
    assert_string_equal(c->verdict, "unregulated");
    assert_null(c->decider_clause);
    assert_int_equal(c->nhits, 0);
    assert_string_equal(c->question, "an Officer may bully a Member");
    c = &answer(f, "can Mayor instruct Clerk", QF_can)->u.can;
    assert_string_equal(c->verdict, "permitted");
    assert_string_equal(c->decider_clause, "A9");
    for (size_t i = 0; i < c->nhits; i++)
        if (strcmp(c->hits[i].rule.clause, "A1") == 0) assert_true(c->hits[i].ruled_out);
}

static void test_eval_rules_and_routes(void **state)
{
    fixture *f = *state;
    const q_rules_a *d = &answer(f, "duties of Scribe", QF_duties)->u.duties;
    assert_int_equal(d->n, 4);
    assert_null(d->rules[0].group_name);                 /* the Scribe's own rule first */
    assert_string_equal(d->rules[1].group_name, "Officer");
    d = &answer(f, "expectations of Member from Officer", QF_expectations)->u.expectations;
    assert_string_equal(d->from, "Officer");
    assert_int_equal(d->n, 2);
    const q_route_a *r = &answer(f, "route complaint by Member about Clerk", QF_route)->u.route;
    assert_int_equal(r->n, 1);
    assert_false(r->per_raiser);
    assert_true(r->routes[0].found);
    assert_int_equal(r->routes[0].nsteps, 4);
    assert_false(r->routes[0].steps[1].applies);        /* the Clerk is the subject */
    assert_string_equal(r->routes[0].steps[2].handler, "Chair");
    r = &answer(f, "route grievance by Member about Officer", QF_route)->u.route;
    assert_false(r->routes[0].found);
    assert_string_equal(r->routes[0].heading, "A grievance by a Member about an Officer");
    r = &answer(f, "who handles complaint about Officer", QF_handles)->u.handles;
    assert_true(r->per_raiser);
    assert_string_equal(r->routes[0].by, "Member");
}

static void test_eval_dates_and_lists(void **state)
{
    fixture *f = *state;
    const q_deadline_a *d = &answer(f, "deadline A2 from 2025-12-23", QF_deadline)->u.deadline;
    assert_int_equal(d->n, 1);
    assert_true(d->dues[0].fixed);
    assert_int_equal(d->dues[0].due, t_day("2025-12-29"));
    assert_int_equal(d->dues[0].nnot_counted, 2);
    assert_string_equal(d->dues[0].not_counted[0].name, "Christmas Day");
    assert_true(d->dues[0].has_otherwise);
    assert_int_equal(d->dues[0].otherwise_due, t_day("2026-01-02"));
    d = &answer(f, "deadline A11 from 2026-01-05", QF_deadline)->u.deadline;
    assert_false(d->dues[0].fixed);
    assert_string_equal(d->dues[0].vague, "promptly");
    const q_review_a *rv = &answer(f, "review", QF_review)->u.review;
    assert_true(rv->status.known && rv->status.overdue);
    assert_int_equal(rv->status.next, t_day("2025-05-15"));
    const q_explain_a *x = &answer(f, "explain A2", QF_explain)->u.explain;
    assert_int_equal(x->nnorms, 1);
    assert_non_null(strstr(x->norms[0].meaning, "This is an obligation"));
    assert_int_equal(answer(f, "explain Q1", QF_explain)->u.explain.review, true);
    assert_int_equal(answer(f, "explain R1", QF_explain)->u.explain.ndefinitions, 1);
    assert_int_equal(answer(f, "explain C.3", QF_explain)->u.explain.nsteps, 1);
    assert_true(answer(f, "roles", QF_roles)->u.roles.n > 10);
    assert_string_equal(answer(f, "clauses", QF_clauses)->u.clauses.rows[0].clause, "A1");
    const q_manages_a *mg = &answer(f, "who manages Scribe", QF_manages)->u.manages;
    assert_int_equal(mg->n, 1);
    assert_string_equal(mg->managers[0].role, "Clerk");
    const q_holidays_a *h = &answer(f, "holidays 2026", QF_holidays)->u.holidays;
    assert_int_equal(h->year, 2026);
    assert_int_equal(h->n, 8);
    assert_int_equal(answer(f, "working days between 2025-12-23 and 2026-01-05", QF_working)->u.working.days, 6);
    const q_help_a *hp = &answer(f, "help", QF_help)->u.help;
    assert_int_equal(hp->n, 11);
    assert_non_null(strstr(hp->lines[0], "can ROLE ACTION [ROLE]"));
}

/* Answering writes nothing to the model: its arena does not grow. */
static void test_model_untouched(void **state)
{
    fixture *f = *state;
    size_t before = M(f)->ar->total, used = M(f)->ar->used;
    static const char *const qs[] = { "can Member instruct Officer", "duties of Scribe", "route complaint by Member about Clerk",
                                      "deadline A2 from today", "review", "explain A2", "clauses", "who handles complaint" };
    for (int k = 0; k < 50; k++)
        for (size_t i = 0; i < sizeof qs / sizeof qs[0]; i++) {
            ar_reset(&f->ar);
            answer(f, qs[i], q_form_of(qs[i]));
        }
    assert_int_equal(M(f)->ar->total, before);
    assert_int_equal(M(f)->ar->used, used);
    /* nor to its sources: a question's text is a source of its own (ss_ask) */
    size_t files = f->s->ld.src.count;
    for (int k = 0; k < 20; k++) free(t_query(f->s, "can Oficer instruct Member", false, NULL));
    assert_int_equal(f->s->ld.src.count, files);
    assert_string_equal(src_get(&t_last()->src, t_last()->dg.items[0].where.file)->path, "<query>");
}

/* ---- scenarios' questions, for the simulator ------------------------------------------------- */

static void test_scenario_questions(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n[1] Member must not instruct Officer\n"
                        "scenario \"s\" {\n"
                        "  expect \"can Member instruct Officer\" forbidden\n"
                        "  expect \"can Member instrukt Officer\" forbidden\n"
                        "  expect \"duties of Member\" obliged\n"
                        "}\n");
    assert_int_equal(t_count(&s->dg, "bad-question"), 1);
    assert_int_equal(t_count(&s->dg, "bad-expect"), 1);   /* not a "can": the model says so */
    const md_scenario *sc = &s->m.scens[0];
    const q_question *q0 = sc->items[0].u.ex.question;
    assert_non_null(q0);
    assert_null(sc->items[1].u.ex.question);
    assert_null(sc->items[2].u.ex.question);
    const char *v, *cl;
    assert_int_equal(q_can_verdict(&s->m, q0, &v, &cl), 0);
    assert_string_equal(v, "forbidden");
    assert_string_equal(cl, "1");
    assert_int_equal(q_can_verdict(&s->m, NULL, &v, &cl), 1);
    assert_null(v);
    t_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_compile_forms, setup, teardown),
        cmocka_unit_test_setup_teardown(test_compile_errors, setup, teardown),
        cmocka_unit_test(test_form_of),
        cmocka_unit_test_setup_teardown(test_eval_can, setup, teardown),
        cmocka_unit_test_setup_teardown(test_eval_rules_and_routes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_eval_dates_and_lists, setup, teardown),
        cmocka_unit_test_setup_teardown(test_model_untouched, setup, teardown),
        cmocka_unit_test(test_scenario_questions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
