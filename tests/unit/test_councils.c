/* Unit tests for what councils write (issue 15): the deadline forms on real
 * dates under the England and Wales calendar, relations of the people in a
 * case, seniority, only, deeds that count as others, month-only dates, a
 * council's own names, and references to the matter a deed answers. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"
#include "text.h"

static const char *I(const session *s, const char *name)
{
    const char *p = in_find(&s->ld.names, name, strlen(name));
    return p ? p : name;
}

static int R(const session *s, const char *name)
{
    int r = md_find_role(&s->m, I(s, name));
    if (r < 0) fail_msg("no role %s", name);
    return r;
}

/* The first rule of a clause. */
static const md_norm *N(const session *s, const char *clause)
{
    int e = md_clause_first(&s->m, clause);
    if (e < 0) fail_msg("no rule [%s]", clause);
    return &s->m.norms[md_clause_norm(&s->m, e)];
}

static void assert_due(const session *s, const char *clause, const char *from, const char *want)
{
    dt_day due = 0;
    assert_int_equal(md_deadline_from(&s->m, &N(s, clause)->within, t_day(from), &due), 0);
    char got[11];
    dt_format(due, got);
    if (strcmp(got, want) != 0) fail_msg("[%s] from %s: due %s, want %s", clause, from, got, want);
}

static const char deadlines_text[] =
    "use \"roles\"\n"
    "[1] Officer must respond to enquiry from Member by the end of the next working day\n"
    "[2] Officer must acknowledge enquiry from Member by the end of the working day\n"
    "[3] Officer must respond to request from Member within 5 days\n"
    "[4] Officer must respond to complaint from Member within 2 weeks\n"
    "[5] Officer must respond to grievance from Member within a month\n"
    "[6] Officer must investigate complaint from Member as soon as possible and at the latest within 10 working days\n"
    "[7] Member should respond to request from Officer within 2 working days of receipt\n"
    "[8] Officer must give information to Member within a fortnight of receipt\n"
    "[9] Member should respond to enquiry from Officer within 5 working days and at the latest within 10 working days\n";

static void test_deadline_forms_on_real_dates(void **state)
{
    (void)state;
    session *s = t_open(deadlines_text);
    assert_int_equal(s->dg.errors, 0);
    /* the next working day: Christmas, Easter and the early May bank holiday */
    assert_due(s, "1", "2025-12-23", "2025-12-24");
    assert_due(s, "1", "2025-12-24", "2025-12-29");   /* 25th, 26th holidays; 27th-28th weekend */
    assert_due(s, "1", "2026-04-02", "2026-04-07");   /* Good Friday 3rd, Easter Monday 6th */
    assert_due(s, "1", "2026-05-01", "2026-05-05");   /* early May bank holiday 4th */
    assert_due(s, "1", "2026-01-03", "2026-01-05");   /* a Saturday */
    /* the same working day, or the next when the day is not one */
    assert_due(s, "2", "2025-12-23", "2025-12-23");
    assert_due(s, "2", "2025-12-25", "2025-12-29");
    /* calendar days, weeks and months */
    assert_due(s, "3", "2025-12-23", "2025-12-28");
    assert_due(s, "4", "2025-12-23", "2026-01-06");
    assert_due(s, "5", "2025-12-23", "2026-01-23");
    assert_due(s, "5", "2026-01-31", "2026-02-28");
    /* a target and a cap: due on the cap (New Year's Day passed over) */
    assert_due(s, "6", "2025-12-23", "2026-01-09");
    assert_true(N(s, "6")->within.asap);
    /* "of receipt" is how every period counts */
    assert_due(s, "7", "2025-12-23", "2025-12-29");
    assert_true(N(s, "7")->within.receipt);
    assert_due(s, "8", "2025-12-23", "2026-01-06");
    t_close(s);
}

static void test_deadline_text(void **state)
{
    (void)state;
    session *s = t_open(deadlines_text);
    arena *ar = s->m.ar;
    assert_string_equal(tx_within(&s->m, ar, &N(s, "1")->within), "by the end of the next working day");
    assert_string_equal(tx_within(&s->m, ar, &N(s, "2")->within), "by the end of the working day");
    assert_string_equal(tx_within(&s->m, ar, &N(s, "5")->within), "within 1 month");
    assert_string_equal(tx_within(&s->m, ar, &N(s, "6")->within),
                        "as soon as possible, and at the latest within 10 working days");
    assert_string_equal(tx_within(&s->m, ar, &N(s, "7")->within), "within 2 working days of receipt");
    assert_string_equal(tx_norm_within(&s->m, ar, N(s, "9")),
                        "within 5 working days if possible, and at the latest within 10 working days");
    dt_day due = 0;   /* the target's own date */
    assert_int_equal(md_deadline_from(&s->m, &N(s, "9")->x->target, t_day("2025-12-23"), &due), 0);
    assert_int_equal(due, t_day("2026-01-02"));   /* New Year's Day passed over */
    assert_string_equal(tx_counting(&s->m, ar, &N(s, "7")->within, t_day("2025-12-23")),
                        "counted in working days from the day after 2025-12-23 (that day itself does not count), on "
                        "the England and Wales calendar: due by the close of the 2nd working day");
    assert_string_equal(tx_norm(&s->m, ar, N(s, "1")),
                        "Officer must respond to enquiry from Member by the end of the next working day");
    t_close(s);
}

static void test_timings_not_known_are_one_error(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n"
                        "[1] Officer must respond to enquiry from Member before the next meeting\n"
                        "[2] Officer must respond to request from Member within the week\n"
                        "[3] Officer must respond to complaint from Member by the end of the meeting\n");
    assert_int_equal(s->dg.errors, 3);
    assert_int_equal(t_count(&s->dg, "bad-duration"), 3);
    t_close(s);
}

static const char relations_text[] =
    "use \"roles\"\n"
    "role IndependentMember is Member\n"
    "[1] relation line-manager \"line manager\" of Officer is Officer\n"
    "[1] relation line-manager of ManagingDirector is Council\n"
    "[1] line-manager manages Officer\n"
    "[2] relation group-leader \"group leader\" of Member is GroupLeader\n"
    "relation group-leader of IndependentMember is nobody\n"
    "[3] Officer should inform line-manager\n"
    "[4] Member may report complaint to line-manager of Officer\n"
    "route complaint by Member about Officer [5] {\n"
    "  [5] line-manager of subject\n"
    "  [6] Clerk and/or Chair\n"
    "  [7] possibly Council\n"
    "  [8] refer to MonitoringOfficer under code-of-conduct-complaint\n"
    "}\n"
    "person carol is ChiefOfficer\n"
    "person bob is Officer\n"
    "carol is line-manager of bob from 2025-01-01\n";

static void test_relations(void **state)
{
    (void)state;
    session *s = t_open(relations_text);
    assert_int_equal(s->dg.errors, 0);
    const md_model *m = &s->m;
    int lm = md_find_rel(m, I(s, "line-manager")), gl = md_find_rel(m, I(s, "group-leader"));
    assert_true(lm >= 0 && gl >= 0);
    assert_true(m->rels[lm].manages);
    /* the most specific case: the Managing Director's is the Council's */
    assert_int_equal(md_rel_case(m, lm, R(s, "Clerk"))->is, R(s, "Officer"));
    assert_int_equal(md_rel_case(m, lm, R(s, "ManagingDirector"))->is, R(s, "Council"));
    assert_int_equal(md_rel_case(m, gl, R(s, "IndependentMember"))->is, -1);
    assert_null(md_rel_case(m, gl, R(s, "Officer")));
    /* in rules: their own, or of the one it is about */
    const md_norm *n3 = N(s, "3"), *n4 = N(s, "4");
    assert_int_equal(md_act_rel(&n3->acts[0]), lm);
    assert_int_equal(n3->acts[0].rel_of, RP_SELF);
    assert_int_equal(n4->acts[0].rel_of, RP_ABOUT);
    assert_int_equal(n4->acts[0].rel_role, R(s, "Officer"));
    assert_string_equal(tx_norm(m, m->ar, n3), "Officer should inform their line manager");
    assert_string_equal(tx_norm(m, m->ar, n4),
                        "Member may report complaint to the line manager of the Officer it is about");
    /* route steps */
    const md_route *r = &m->routes[0];
    assert_int_equal(r->steps[0].rel, lm);
    assert_string_equal(tx_handler(m, m->ar, r, &r->steps[0]), "the line manager of the Officer it is about");
    assert_true(r->steps[1].choice);
    assert_string_equal(tx_handler(m, m->ar, r, &r->steps[1]), "the Town Clerk and/or the Chair of the Council");
    assert_string_equal(tx_handler(m, m->ar, r, &r->steps[2]), "possibly the Council");
    assert_string_equal(tx_handler(m, m->ar, r, &r->steps[3]), "referred out of this protocol to the Monitoring "
                        "Officer, under a Code of Conduct complaint to the Monitoring Officer");
    /* people bound by it */
    assert_int_equal(m->nrelfacts, 1);
    assert_int_equal(m->relfacts[0].rel, lm);
    assert_int_equal(m->relfacts[0].from, t_day("2025-01-01"));
    t_close(s);
}

static void test_seniority_and_only(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n"
                        "[1] seniority Clerk above DeputyClerk, RFO above Officer\n"
                        "[2] Officer may instruct only junior Officer\n"
                        "[3] only Clerk may manage Officer\n");
    assert_int_equal(s->dg.errors, 0);
    const md_model *m = &s->m;
    int via[2];
    assert_int_equal(md_rank_cmp(m, R(s, "Clerk"), R(s, "Officer"), via), MD_ABOVE);
    assert_int_equal(md_rank_cmp(m, R(s, "Officer"), R(s, "DeputyClerk"), via), MD_BELOW);
    assert_int_equal(md_rank_cmp(m, R(s, "DeputyClerk"), R(s, "RFO"), via), MD_UNRANKED);
    /* a role the order does not place ranks as its nearest placed ancestor */
    assert_int_equal(md_rank_cmp(m, R(s, "DeputyClerk"), R(s, "HeadOfService"), via), MD_ABOVE);
    assert_int_equal(via[1], R(s, "Officer"));
    assert_int_equal(md_rank_cmp(m, R(s, "Member"), R(s, "Officer"), via), MD_UNRANKED);
    assert_string_equal(md_rank_clause(m, R(s, "Clerk"), R(s, "DeputyClerk")), "1");
    /* only: the Clerk may; every other root of the hierarchy must not */
    size_t forbid = 0;
    for (size_t k = 0; k < m->nnorms; k++) {
        const md_norm *n = &m->norms[k];
        if (!n->from_only || strcmp(n->clause, "3") != 0) continue;
        forbid++;
        assert_int_equal(n->mod, MOD_MUST_NOT);
        if (n->subject == R(s, "Officer"))
            assert_string_equal(tx_cond(m, m->ar, n->cond), "except for a Town Clerk");
        if (n->subject == R(s, "Member")) assert_null(n->cond);
    }
    assert_true(forbid >= 2);
    t_close(s);
}

static void test_only_conflicts(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n"
                        "[1] only Clerk may manage Officer\n"
                        "[2] Chair may manage Officer when \"delegated\"\n"
                        "[3] Mayor may manage Officer overrides [1]\n");
    assert_int_equal(t_count(&s->dg, "conflict"), 1);
    const dg_diag *d = t_find(&s->dg, "conflict");
    assert_string_equal(d->msg, "[2] lets a Chair of the Council manage, but [1] says only the Town Clerk may");
    t_close(s);
}

static void test_counts_and_kinds(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n"
                        "kind neutrality-concern \"concern about political neutrality\"\n"
                        "[1] respond to enquiry counts as acknowledge enquiry\n");
    assert_int_equal(s->dg.errors, 0);
    const md_model *m = &s->m;
    assert_int_equal(m->ncounts, 1);
    assert_int_equal(m->counts[0].deed.action, md_find_term(m, I(s, "respond"), MT_ACTION));
    assert_int_equal(m->counts[0].as.action, md_find_term(m, I(s, "acknowledge"), MT_ACTION));
    assert_int_equal(m->counts[0].as.object, md_find_term(m, I(s, "enquiry"), MT_THING));
    assert_string_equal(md_kinds_text(m, m->ar), "neutrality-concern, complaint, grievance, dispute");
    t_close(s);
}

static void test_dates_as_published(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n"
                        "protocol \"P\" {\n"
                        "  adopted May 2019\n"
                        "  approved unknown\n"
                        "  updated 2022-12\n"
                        "  overseen by StandardsCommittee [1.1]\n"
                        "  review every 1 year\n"
                        "}\n");
    assert_int_equal(s->dg.errors, 0);
    const md_model *m = &s->m;
    assert_int_equal(m->meta.adopted_as.prec, DP_MONTH);
    assert_string_equal(md_date_text(m, m->ar, &m->meta.adopted_as), "May 2019");
    assert_string_equal(md_date_text(m, m->ar, &m->meta.approved_as), "not stated");
    assert_string_equal(md_date_text(m, m->ar, &m->meta.updated), "December 2022");
    assert_int_equal(m->meta.overseen, R(s, "StandardsCommittee"));
    /* due by the end of the month the cycle reaches, never on an invented day */
    md_review r = md_review_status(m, t_day("2020-05-31"));
    assert_true(r.known);
    assert_false(r.overdue);
    assert_string_equal(r.next_text, "May 2020");
    assert_string_equal(r.last_text, "May 2019");
    assert_true(md_review_status(m, t_day("2020-06-01")).overdue);
    t_close(s);
    /* as a clerk copies them from the document: "28th September 2015", "next review due May 2019" */
    s = t_open("use \"roles\"\n"
               "protocol \"P\" {\n  adopted 28th September 2015\n  approved 26 March 2018\n"
               "  next review due May 2019\n}\n");
    assert_int_equal(s->dg.errors, 0);
    m = &s->m;
    assert_int_equal(m->meta.adopted, t_day("2015-09-28"));
    assert_int_equal(m->meta.approved, t_day("2018-03-26"));
    r = md_review_status(m, t_day("2019-05-31"));
    assert_false(r.overdue);
    assert_string_equal(r.next_text, "May 2019");
    t_close(s);
}

static void test_own_names_and_plurals(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n"
                        "[1] Clerk is called \"Parish Clerk\" aka \"Clerk to the Council\"\n"
                        "enquiry aka \"Member enquiry\"\n"
                        "[2] Officers must respond to enquiries from Councillors within 2 working days\n");
    assert_int_equal(s->dg.errors, 0);
    const md_model *m = &s->m;
    assert_string_equal(m->roles[R(s, "Clerk")].display, "Parish Clerk");
    assert_int_equal(md_lookup_role(m, "Town Clerk"), R(s, "Clerk"));
    assert_int_equal(md_lookup_role(m, "clerk to the council"), R(s, "Clerk"));
    assert_int_equal(md_lookup_term(m, "Member enquiry", MT_THING), md_find_term(m, I(s, "enquiry"), MT_THING));
    assert_int_equal(N(s, "2")->acts[0].object, md_find_term(m, I(s, "enquiry"), MT_THING));
    t_close(s);
}

static void test_references(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n"
                        "scenario \"refs\" {\n"
                        "  person alice is Member\n"
                        "  person bob is Officer\n"
                        "  2025-01-06 alice sends enquiry E1 to bob\n"
                        "  2025-01-07 alice sends enquiry E2 to bob\n"
                        "  2025-01-08 bob responds to E2\n"
                        "}\n");
    assert_int_equal(s->dg.errors, 0);
    const md_scenario *sc = &s->m.scens[0];
    assert_int_equal(sc->nitems, 3);
    assert_string_equal(sc->items[0].u.ev.x->ref, "E1");
    assert_true(sc->items[0].u.ev.x->ref_new);
    assert_true(sc->items[1].u.ev.x->ref_new);
    assert_string_equal(sc->items[2].u.ev.x->ref, "E2");
    assert_false(sc->items[2].u.ev.x->ref_new);
    t_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deadline_forms_on_real_dates),
        cmocka_unit_test(test_deadline_text),
        cmocka_unit_test(test_timings_not_known_are_one_error),
        cmocka_unit_test(test_relations),
        cmocka_unit_test(test_seniority_and_only),
        cmocka_unit_test(test_only_conflicts),
        cmocka_unit_test(test_counts_and_kinds),
        cmocka_unit_test(test_dates_as_published),
        cmocka_unit_test(test_own_names_and_plurals),
        cmocka_unit_test(test_references),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
