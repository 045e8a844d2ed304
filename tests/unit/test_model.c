/* Unit tests for the model (interp/model/model*.c): the role hierarchy, aliases,
 * plurals and display names, md_is_a and md_overlap, cycles, terms and
 * verbs, norms read from rules, adopts and omits. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"
#include "parse.h"
#include "text.h"

static const char roles_text[] =
    "use \"roles\"\n"
    "role Scribe \"Town Scribe\" is Officer aka Recorder, \"minute taker\"\n"
    "role Verger is Scribe\n"
    "role Steward \"Steward\" is Member, Officer\n"   /* both: makes Member and Officer overlap */
    "role Warden \"Town Warden\" is Officer manages Scribe\n";

/* md_find_* take interned names, as the model's own lookups do */
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

static void test_hierarchy(void **state)
{
    (void)state;
    session *s = t_open(roles_text);
    t_assert_clean(s);
    const md_model *m = &s->m;
    /* a Mayor is a Chair is a Member */
    assert_true(md_is_a(m, R(s, "Mayor"), R(s, "Chair")));
    assert_true(md_is_a(m, R(s, "Mayor"), R(s, "Member")));
    assert_true(md_is_a(m, R(s, "Mayor"), R(s, "Mayor")));
    assert_false(md_is_a(m, R(s, "Member"), R(s, "Mayor")));
    assert_false(md_is_a(m, R(s, "Mayor"), R(s, "Officer")));
    /* through a council's own roles */
    assert_true(md_is_a(m, R(s, "Verger"), R(s, "Officer")));
    assert_false(md_is_a(m, R(s, "Scribe"), R(s, "Verger")));
    assert_false(md_is_a(m, -1, R(s, "Officer")));
    /* ancestors: self first */
    const md_role *v = &m->roles[R(s, "Verger")];
    assert_int_equal(v->nancestors, 3);
    assert_int_equal(v->ancestors[0], R(s, "Verger"));
    assert_int_equal(v->ancestors[1], R(s, "Scribe"));
    assert_int_equal(v->ancestors[2], R(s, "Officer"));
    /* children are known too */
    const md_role *sc = &m->roles[R(s, "Scribe")];
    assert_int_equal(sc->nchildren, 1);
    assert_int_equal(sc->children[0], R(s, "Verger"));
    /* display names */
    assert_string_equal(md_role_name(m, R(s, "Scribe")), "Town Scribe");
    assert_string_equal(md_role_name(m, R(s, "Verger")), "Verger");
    assert_string_equal(md_role_name(m, -1), "anyone");
    /* manages */
    const md_role *w = &m->roles[R(s, "Warden")];
    assert_int_equal(w->nmanages, 1);
    assert_int_equal(w->manages[0], R(s, "Scribe"));
    t_close(s);
}

static void test_overlap(void **state)
{
    (void)state;
    session *s = t_open(roles_text);
    const md_model *m = &s->m;
    /* one is the other */
    assert_true(md_overlap(m, R(s, "Chair"), R(s, "Mayor")));
    assert_true(md_overlap(m, R(s, "Mayor"), R(s, "Chair")));
    /* something is both: a Steward is a Member and an Officer */
    assert_true(md_overlap(m, R(s, "Member"), R(s, "Officer")));
    assert_true(md_overlap(m, R(s, "Officer"), R(s, "Member")));
    /* nothing is both */
    assert_false(md_overlap(m, R(s, "Mayor"), R(s, "Clerk")));
    assert_false(md_overlap(m, R(s, "Media"), R(s, "Member")));
    /* "anyone" overlaps everyone */
    assert_true(md_overlap(m, -1, R(s, "Media")));
    t_close(s);
    /* without the Steward, Members and Officers are apart */
    s = t_open("use \"roles\"\n");
    assert_false(md_overlap(&s->m, R(s, "Member"), R(s, "Officer")));
    t_close(s);
}

static void test_names(void **state)
{
    (void)state;
    session *s = t_open(roles_text);
    const md_model *m = &s->m;
    int member = R(s, "Member"), scribe = R(s, "Scribe");
    /* in files: exact, alias, plural */
    assert_int_equal(md_find_role(m, I(s, "Councillor")), member);
    assert_int_equal(md_find_role(m, I(s, "Cllr")), member);
    assert_int_equal(md_find_role(m, I(s, "Members")), member);
    assert_int_equal(md_find_role(m, I(s, "Recorder")), scribe);
    assert_int_equal(md_find_role(m, I(s, "member")), -1);          /* names in files keep their case */
    assert_int_equal(md_find_role(m, I(s, "Nobody")), -1);
    /* in queries: any case, display names, quoted aliases, "the …" */
    assert_int_equal(md_lookup_role(m, "member"), member);
    assert_int_equal(md_lookup_role(m, "councillors"), member);
    assert_int_equal(md_lookup_role(m, "Town Scribe"), scribe);
    assert_int_equal(md_lookup_role(m, "minute taker"), scribe);
    assert_int_equal(md_lookup_role(m, "the Town Clerk"), R(s, "Clerk"));
    assert_int_equal(md_lookup_role(m, "Proper Officer"), R(s, "Clerk"));
    assert_int_equal(md_lookup_role(m, "Town Scrib"), -1);
    /* did you mean */
    assert_string_equal(md_suggest_role(m, "Oficer"), "Officer");
    assert_string_equal(md_suggest_role(m, "Councilor"), "Councillor");
    assert_null(md_suggest_role(m, "Zebra"));
    t_close(s);
}

static void test_terms_and_verbs(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\naction publish\naction co-opt\n");
    const md_model *m = &s->m;
    int respond = md_find_term(m, I(s, "respond"), MT_ACTION);
    assert_true(respond >= 0);
    assert_int_equal(md_find_term(m, I(s, "reply"), MT_ACTION), respond);          /* alias */
    assert_int_equal(md_find_term(m, I(s, "respond"), MT_THING), -1);
    /* "request" is both an action and a thing, in their own namespaces */
    int ra = md_find_term(m, I(s, "request"), MT_ACTION), rt = md_find_term(m, I(s, "request"), MT_THING);
    assert_true(ra >= 0 && rt >= 0);
    assert_int_not_equal(ra, rt);
    /* plurals of things */
    /* "enquiries" is enquiry, "witnesses" a witness (issue 15: plurals wherever the singular goes) */
    assert_int_equal(md_find_term(m, I(s, "enquiries"), MT_THING), md_find_term(m, I(s, "enquiry"), MT_THING));
    assert_int_equal(md_find_term(m, I(s, "complaints"), MT_THING), md_find_term(m, I(s, "complaint"), MT_THING));
    /* verbs as written in events */
    assert_int_equal(md_lookup_verb(m, "responds"), respond);
    assert_int_equal(md_lookup_verb(m, "replies"), respond);
    assert_int_equal(md_lookup_verb(m, "complies"), md_find_term(m, I(s, "comply"), MT_ACTION));
    assert_int_equal(md_lookup_verb(m, "publishes"), md_find_term(m, I(s, "publish"), MT_ACTION));
    assert_int_equal(md_lookup_verb(m, "co-opts"), md_find_term(m, I(s, "co-opt"), MT_ACTION));
    assert_int_equal(md_lookup_verb(m, "frobs"), -1);
    assert_string_equal(m->terms[respond].third, "responds");
    t_close(s);
}

/* md_lookup_phrase: an action named by a verb and the words after it */
static int PH(const md_model *m, const char *words, size_t *used)
{
    const char *w[12];
    char buf[256];
    size_t n = 0;
    snprintf(buf, sizeof buf, "%s", words);
    for (char *t = strtok(buf, " "); t && n < 12; t = strtok(NULL, " ")) w[n++] = t;
    return md_lookup_phrase(m, w, n, used);
}

static void test_phrases(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\naction canvass \"canvass support\" aka \"seek votes\"\n");
    const md_model *m = &s->m;
    int advise = md_find_term(m, I(s, "advise"), MT_ACTION), instruct = md_find_term(m, I(s, "instruct"), MT_ACTION);
    int comply = md_find_term(m, I(s, "comply"), MT_ACTION), canvass = md_find_term(m, I(s, "canvass"), MT_ACTION);
    size_t used;
    assert_int_equal(PH(m, "give advice to Member", &used), advise);
    assert_int_equal(used, 1);
    assert_int_equal(PH(m, "gives an instruction to bob", &used), instruct);   /* third person, an article */
    assert_int_equal(used, 2);
    assert_int_equal(PH(m, "Give Instructions", &used), instruct);             /* any case, plural */
    assert_int_equal(PH(m, "carries out request", &used), comply);
    assert_int_equal(used, 1);
    assert_int_equal(PH(m, "canvass support from Member", &used), canvass);   /* a display name */
    assert_int_equal(PH(m, "seeks votes", &used), canvass);
    /* no phrase: the verb alone, and the thing after it, are the rule's */
    assert_int_equal(PH(m, "give timescale", &used), -1);
    assert_int_equal(used, 0);
    assert_int_equal(PH(m, "respond to enquiry", &used), -1);
    assert_int_equal(PH(m, "give", &used), -1);
    t_close(s);
}

static void test_cycles_reported(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\nrole A is B\nrole B is C\nrole C is A\nrole D is D\nrole E is A\n");
    assert_int_equal(t_count(&s->dg, "role-cycle"), 2);
    char buf[16];
    assert_string_equal(t_where(s, "role-cycle", buf, sizeof buf), "4:6");   /* where the cycle closes */
    assert_non_null(strstr(t_find(&s->dg, "role-cycle")->msg, "A is B is C is A"));
    /* the model is still a hierarchy: no role is its own ancestor */
    const md_model *m = &s->m;
    for (size_t r = 0; r < m->nroles; r++)
        for (size_t i = 1; i < m->roles[r].nancestors; i++) assert_int_not_equal(m->roles[r].ancestors[i], (int)r);
    assert_true(md_is_a(m, R(s, "E"), R(s, "A")));
    t_close(s);
}

static void test_duplicates(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\nrole Clerk \"Clerk\" is Officer\nrole X is Officer\nrole X is Member\n");
    assert_int_equal(t_count(&s->dg, "duplicate"), 2);
    /* the council's own line is the one reported, not the standard library's */
    for (size_t i = 0; i < s->dg.count; i++) {
        const src_file *f = src_get(&s->ld.src, s->dg.items[i].where.file);
        assert_false(f->embedded);
    }
    t_close(s);
}

static const md_norm *norm_of(const session *s, const char *clause)
{
    int e = md_clause_first(&s->m, clause);
    if (e < 0) fail_msg("no norm with clause %s", clause);
    return &s->m.norms[md_clause_norm(&s->m, e)];
}

static void test_norms(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n"
                        "[10.2] Officer must respond to enquiry from Member within 2 working days\n"
                        "         otherwise acknowledge enquiry and give timescale\n"
                        "[8.1] Member must not instruct Officer when not \"urgent\"\n"
                        "[9.1] Officer must not withhold information from Member\n"
                        "[5] Officer should give advice \"impartially\" promptly\n"
                        "[6] Member and Officer must respect each\n");
    t_assert_clean(s);
    const md_model *m = &s->m;
    const md_norm *n = norm_of(s, "10.2");
    assert_int_equal(n->subject, R(s, "Officer"));
    assert_int_equal(n->mod, MOD_MUST);
    assert_int_equal(n->nacts, 1);
    assert_int_equal(n->acts[0].action, md_find_term(m, I(s, "respond"), MT_ACTION));
    assert_int_equal(n->acts[0].object, md_find_term(m, I(s, "enquiry"), MT_THING));
    assert_string_equal(md_prep_word(n->acts[0].object_prep), "to");
    assert_int_equal(n->counterpart, R(s, "Member"));
    /* an enquiry from a Member starts the clock */
    assert_int_equal(n->trigger, md_find_term(m, I(s, "enquiry"), MT_THING));
    assert_int_equal(n->trigger_from, R(s, "Member"));
    assert_int_equal(n->x->nfallback, 2);
    /* the fallback takes the first deadline when it has none */
    assert_int_equal(n->x->fallback_within.kind, DUR_FIXED);
    assert_int_equal(n->x->fallback_within.n, 2);
    assert_string_equal(tx_norm(m, m->ar, n), "Officer must respond to enquiry from Member within 2 working days, "
                                       "otherwise acknowledge enquiry and give timescale within 2 working days");
    /* a prohibition starts no clock */
    n = norm_of(s, "9.1");
    assert_int_equal(n->trigger, -1);
    assert_int_equal(n->mod, MOD_MUST_NOT);
    n = norm_of(s, "8.1");
    assert_non_null(n->cond);
    assert_int_equal(n->cond->kind, C_NOT);
    /* quoted words are detail; "promptly" is a vague deadline */
    n = norm_of(s, "5");
    assert_string_equal(n->acts[0].detail, "impartially");
    assert_int_equal(n->within.kind, DUR_VAGUE);
    assert_string_equal(md_vague(m, &n->within), "promptly");
    assert_int_equal(n->trigger, -1);   /* "give advice": advice is produced, not received */
    /* one rule per subject */
    size_t six = 0;
    for (int e = md_clause_first(m, "6"); e >= 0; e = md_clause_next(m, e)) six++;
    assert_int_equal(six, 2);
    t_close(s);
}

static void test_expectation_block_norms(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\nMember can expect from Officer {\n  [4.3] respond to enquiry promptly\n  [4.4] not bully\n}\n");
    t_assert_clean(s);
    const md_norm *n = norm_of(s, "4.4");
    assert_int_equal(n->subject, R(s, "Officer"));
    assert_int_equal(n->counterpart, R(s, "Member"));
    assert_int_equal(n->mod, MOD_MUST_NOT);
    assert_true(n->in_block);
    t_close(s);
}

static void test_adopts_and_omits(void **state)
{
    (void)state;
    session *base = t_open("use \"roles\"\nuse \"model-protocol\"\n");
    size_t all = base->m.nnorms, gone = 0;
    for (int e = md_clause_first(&base->m, "MP-9"); e >= 0; e = md_clause_next(&base->m, e)) gone++;
    for (int e = md_clause_first(&base->m, "MP-10"); e >= 0; e = md_clause_next(&base->m, e)) gone++;
    assert_true(gone >= 2);
    t_close(base);
    session *s = t_open("use \"roles\"\nuse \"model-protocol\"\n[4.3] adopts [MP-2]\nomits [MP-9], [MP-10]\n");
    t_assert_clean(s);
    const md_model *m = &s->m;
    /* every rule of MP-9 and MP-10 is gone, and nothing else */
    assert_int_equal(m->nnorms, all - gone);
    assert_int_equal(md_clause_first(m, "MP-9"), -1);
    assert_int_equal(md_clause_first(m, "MP-10"), -1);
    /* MP-2 is now cited as [4.3], with the model's clause after it */
    const md_norm *n = norm_of(s, "4.3");
    assert_string_equal(n->clause, "MP-2");
    assert_string_equal(n->x->cited, "4.3");
    assert_string_equal(md_norm_clause(n), "4.3");
    assert_string_equal(md_cite(m, n), "[4.3] (model [MP-2])");
    assert_ptr_equal(norm_of(s, "MP-2"), n);   /* found by either clause */
    /* ids are dense after omitting */
    for (size_t k = 0; k < m->nnorms; k++) assert_true(m->norms[k].subject >= 0);   /* the omitted are gone */
    t_close(s);
    /* adopting needs a clause; an unknown clause is reported with a suggestion */
    s = t_open("use \"roles\"\nuse \"model-protocol\"\nadopts [MP-1]\n[4.3] adopts [MP-99]\n");
    assert_int_equal(t_count(&s->dg, "adopt-clause"), 1);
    assert_int_equal(t_count(&s->dg, "unknown-clause"), 1);
    assert_string_equal(t_find(&s->dg, "unknown-clause")->hints[0], "did you mean [MP-9]?");
    t_close(s);
}

static void test_unknown_names(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\n[1] Oficer must respond to enquiry\n[2] Officer must respondd\n"
                        "[3] Officer must respond to widget\nrole X is enquiry\n");
    assert_int_equal(t_count(&s->dg, "unknown-role"), 1);
    assert_int_equal(t_count(&s->dg, "unknown-action"), 1);
    assert_int_equal(t_count(&s->dg, "unknown-name"), 1);
    assert_int_equal(t_count(&s->dg, "not-a-role"), 1);
    assert_string_equal(t_find(&s->dg, "unknown-role")->hints[0], "did you mean 'Officer'?");
    assert_string_equal(t_find(&s->dg, "unknown-action")->hints[0], "did you mean 'respond'?");
    /* rules with unknown names are left out of the model */
    assert_int_equal(md_clause_first(&s->m, "1"), -1);
    assert_int_equal(md_clause_first(&s->m, "2"), -1);
    t_close(s);
}

static void test_meta_and_review(void **state)
{
    (void)state;
    session *s = t_open("use \"roles\"\nprotocol \"P\" {\n  council \"C\"\n  adopted 2015-09-28\n"
                        "  reviewed 2016-12-01 \"deferred\"\n  approved 2018-03-26\n  review every 1 year [13.1]\n}\n");
    const md_meta *mt = &s->m.meta;
    assert_true(mt->present);
    assert_string_equal(mt->council, "C");
    assert_int_equal(mt->review, RV_EVERY);
    assert_int_equal(mt->review_n, 12);
    assert_string_equal(mt->review_clause, "13.1");
    md_review r = md_review_status(&s->m, t_day("2019-03-26"));
    assert_true(r.known);
    assert_int_equal(r.last, t_day("2018-03-26"));
    assert_int_equal(r.next, t_day("2019-03-26"));
    assert_false(r.overdue);                              /* due that day: not yet overdue */
    assert_true(md_review_status(&s->m, t_day("2019-03-27")).overdue);
    t_close(s);
    /* "next review 2024" is due by the end of 2024 */
    s = t_open("protocol \"P\" {\n  adopted 2020-01-01\n  next review 2024\n}\n");
    md_review r2 = md_review_status(&s->m, t_day("2024-12-31"));
    assert_int_equal(r2.next, t_day("2024-12-31"));
    assert_false(r2.overdue);
    t_close(s);
}

static void test_default_calendar(void **state)
{
    (void)state;
    /* no protocol block: working days still count on England and Wales */
    session *s = t_open("use \"roles\"\n");
    cal_calendar *c = md_cal(&s->m);
    assert_non_null(c);
    assert_string_equal(cal_id(c), "england-and-wales");
    md_deadline d = { .kind = DUR_FIXED, .unit = U_WORKING_DAYS, .n = 2 };
    dt_day due = 0;
    assert_int_equal(md_deadline_from(&s->m, &d, t_day("2025-12-23"), &due), 0);
    assert_int_equal(due, t_day("2025-12-29"));
    t_close(s);
    /* a protocol's own calendar, extending the standard one */
    s = t_open("protocol \"P\" {\n  calendar offices\n}\n"
               "calendar offices extends england-and-wales {\n  closed \"Refit\" from 2026-08-03 to 2026-08-07\n}\n");
    t_assert_clean(s);
    assert_string_equal(cal_id(md_cal(&s->m)), "offices");
    assert_int_equal(md_deadline_from(&s->m, &d, t_day("2026-07-31"), &due), 0);
    assert_int_equal(due, t_day("2026-08-11"));
    t_close(s);
}

/* The clauses a label names (md_label_part, md_label_cites). */
static void test_label_parts(void **state)
{
    (void)state;
    char b[64];
    assert_int_equal(md_label_part("10.2", 0, b, sizeof b), 4);
    assert_string_equal(b, "10.2");
    assert_int_equal(md_label_part("10.2", 1, b, sizeof b), 0);
    assert_int_equal(md_label_part("2.4, 3.1", 1, b, sizeof b), 3);
    assert_string_equal(b, "3.1");
    assert_int_equal(md_label_part("2.4, 3.1", 2, b, sizeof b), 0);
    /* a part with no section of its own takes the first part's */
    md_label_part("Councillors/3, 5.7", 1, b, sizeof b);
    assert_string_equal(b, "Councillors/5.7");
    md_label_part("If things go wrong/officers/1, 2", 1, b, sizeof b);
    assert_string_equal(b, "If things go wrong/officers/2");
    md_label_part("A/1, B/2", 1, b, sizeof b);
    assert_string_equal(b, "B/2");
    /* too long for the buffer: no part, rather than a cut one */
    assert_int_equal(md_label_part("Councillors/3, 5.7", 1, b, 8), 0);
    assert_true(md_label_cites("2.4, 3.1", "2.4"));
    assert_true(md_label_cites("2.4, 3.1", "2.4, 3.1"));
    assert_false(md_label_cites("2.4, 3.1", "3"));
    assert_false(md_label_cites("Councillors/3, 5.7", "5.7"));
    assert_false(md_label_cites(NULL, "1"));
}


/* ---- the rules read on two threads, or on one: the same model ----------------------- */

/* Rules of every kind the model reads, many chunks of them, with mistakes
 * the model finds (unknown names, two counterparts, a role for an action)
 * and vague deadlines, in rules and in fallbacks; `wrong` of them in all. */
static char *many_rules(int n, int every_wrong)
{
    size_t cap = (size_t)n * 200 + 1000, k = 0;
    char *t = malloc(cap);
    assert_non_null(t);
    k += (size_t)snprintf(t + k, cap - k,
                          "use \"roles\"\nrole Scribe is Officer\nrole Warden is Officer manages Scribe\n"
                          "action respond, reply, acknowledge\nthing enquiry, request\n");
    for (int i = 0; i < n; i++) {
        const char *fmt;
        switch (i % 7) {
        case 0: fmt = "[%d.1] Officer must respond to enquiry from Member within %d working days\n"; break;
        case 1: fmt = "[%d.2] Scribe should respond promptly to request from Member\n"; break;
        case 2: fmt = "[%d.3] Officer must respond to enquiry from Member within %d working days\n"
                      "  otherwise acknowledge enquiry as soon as possible\n"; break;
        case 3: fmt = "[%d.4] Member, Warden may reply to Officer when \"it is urgent\" unless about Scribe\n"; break;
        case 4: fmt = "[%d.5] Warden must not reply to Scribe in a timely manner\n"; break;
        case 5: fmt = "[%d.6] Scribe must acknowledge request from Member within %d days overrides [%d.1]\n"; break;
        default: fmt = "[%d.7] Officer may reply to Member \"in writing\"\n"; break;
        }
        if (every_wrong && i % every_wrong == every_wrong - 1) {
            switch ((i / every_wrong) % 4) {
            case 0: fmt = "[%d.8] Officer must respond to enquiry from Membr\n"; break;
            case 1: fmt = "[%d.8] Officer must reply to Member and Scribe\n"; break;
            case 2: fmt = "[%d.8] Officer must Member\n"; break;
            default: fmt = "[%d.8] Offcer must reply promptly to Member\n"; break;
            }
        }
        k += (size_t)snprintf(t + k, cap - k, fmt, i, i % 9 + 1, i - 5);   /* (i - 5: a rule [N.1]) */
        assert_true(k < cap);
    }
    return t;
}

static const char *vague_of(const md_model *m, const md_deadline *d) { return d->vague ? md_vague(m, d) : "(none)"; }

static void same_model(const char *text, bool truncated)
{
    session *one = t_open(text);
    session *two = t_open(text);   /* a second load of the same text: the same model, rule by rule */
    const md_model *a = &one->m, *b = &two->m;
    assert_true(a->nnorms > 1000);
    assert_int_equal(a->nnorms, b->nnorms);
    assert_int_equal(a->nvagues, b->nvagues);
    for (size_t k = 0; k < a->nnorms; k++) {
        const md_norm *x = &a->norms[k], *y = &b->norms[k];
        assert_int_equal(x->subject, y->subject);
        assert_int_equal(x->counterpart, y->counterpart);
        assert_int_equal(x->trigger, y->trigger);
        assert_int_equal(x->mod, y->mod);
        assert_int_equal(x->at.start, y->at.start);
        assert_string_equal(x->clause ? x->clause : "", y->clause ? y->clause : "");
        assert_int_equal(x->nacts, y->nacts);
        for (uint32_t i = 0; i < x->nacts; i++) {
            assert_int_equal(x->acts[i].action, y->acts[i].action);
            assert_int_equal(x->acts[i].object, y->acts[i].object);
            assert_string_equal(x->acts[i].detail ? x->acts[i].detail : "", y->acts[i].detail ? y->acts[i].detail : "");
        }
        assert_int_equal(x->within.kind, y->within.kind);
        assert_int_equal(x->within.n, y->within.n);
        assert_string_equal(vague_of(a, &x->within), vague_of(b, &y->within));
        assert_int_equal(x->cond != NULL, y->cond != NULL);
        assert_int_equal(x->x->nfallback, y->x->nfallback);
        assert_int_equal(x->x->noverrides, y->x->noverrides);
        assert_string_equal(vague_of(a, &x->x->fallback_within), vague_of(b, &y->x->fallback_within));
    }
    const dg_sink *p = &one->dg, *q = &two->dg;
    t_same_diags(p, q);
    assert_int_equal(p->truncated, truncated);
    assert_true(p->errors > 20);
    assert_true(truncated || p->warnings > 20);
    t_close(one);
    t_close(two);
}

static void test_many_rules_read_alike(void **state)
{
    (void)state;
    /* under the error limit: every diagnostic */
    char *t = many_rules(3000, 97);
    same_model(t, false);
    free(t);
    /* past it: the rest are dropped, and said to be */
    t = many_rules(4000, 25);   /* about 80 errors a half */
    same_model(t, true);
    free(t);
}

static void test_label_order(void **state)
{
    (void)state;
    assert_true(md_label_cmp("9.1", "10.2") < 0);
    assert_true(md_label_cmp("MP-10", "MP-2") > 0);
    assert_true(md_label_cmp("8.02", "8.2") == 0);   /* leading zeros: the same number */
    assert_true(md_label_cmp("8.2", "8.2a") < 0);
    assert_true(md_label_cmp("B", "A") > 0);
    assert_int_equal(md_label_cmp("", ""), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hierarchy),
        cmocka_unit_test(test_overlap),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_terms_and_verbs),
        cmocka_unit_test(test_cycles_reported),
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_norms),
        cmocka_unit_test(test_expectation_block_norms),
        cmocka_unit_test(test_adopts_and_omits),
        cmocka_unit_test(test_unknown_names),
        cmocka_unit_test(test_meta_and_review),
        cmocka_unit_test(test_default_calendar),
        cmocka_unit_test(test_label_parts),
        cmocka_unit_test(test_many_rules_read_alike),
        cmocka_unit_test(test_label_order),
        cmocka_unit_test(test_phrases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
