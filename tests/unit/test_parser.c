/* Unit tests for grammar/parser.y: statements parse into the AST they
 * should, error recovery reports each mistake once and reads on, and the
 * nesting limit holds. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "parse.h"

typedef struct ps_run {
    arena ar;
    in_table names;
    dg_sink dg;
    src_set src;
    ast_file out;
    size_t errors;
} ps_run;

static ps_run *parse_n(const char *text, size_t len)
{
    ps_run *r = calloc(1, sizeof *r);
    assert_non_null(r);
    ar_init(&r->ar);
    in_init(&r->names, &r->ar);
    dg_init(&r->dg);
    src_init(&r->src);
    uint32_t f = src_add(&r->src, "t.civic", text, len, false);
    assert_int_not_equal(f, 0);
    ps_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.ar = &r->ar;
    ctx.names = &r->names;
    ctx.dg = &r->dg;
    ctx.src = &r->src;
    ctx.file = f;
    ctx.keep_trees = true;   /* rules as trees, to look at (test_pack.c checks the packed form) */
    r->out.file = f;
    r->out.tail = &r->out.decls;
    ctx.out = &r->out;
    r->errors = ps_parse(&ctx);
    return r;
}

static ps_run *parse(const char *text) { return parse_n(text, strlen(text)); }

static void done(ps_run *r)
{
    dg_free(&r->dg);
    src_free(&r->src);
    in_free(&r->names);
    ar_free(&r->ar);
    free(r);
}

static size_t ndecls(const ps_run *r)
{
    size_t n = 0;
    for (const ast_decl *d = r->out.decls; d; d = d->next) n++;
    return n;
}

static const ast_decl *decl(const ps_run *r, size_t i)
{
    const ast_decl *d = r->out.decls;
    while (d && i--) d = d->next;
    assert_non_null(d);
    return d;
}

static size_t count(const ps_run *r, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < r->dg.count; i++) n += strcmp(r->dg.items[i].code, code) == 0;
    return n;
}

static int line_of(const ps_run *r, size_t diag)
{
    int line = 0, col = 0;
    src_linecol(&r->src, r->dg.items[diag].where.file, r->dg.items[diag].where.start, &line, &col);
    return line;
}

static size_t nwords(const ast_word *w)
{
    size_t n = 0;
    for (; w; w = w->next) n++;
    return n;
}

/* A parse that must succeed. */
static ps_run *parse_ok(const char *text)
{
    ps_run *r = parse(text);
    if (r->dg.count) fail_msg("unexpected '%s' on line %d: %s", r->dg.items[0].code, line_of(r, 0), r->dg.items[0].msg);
    return r;
}

static void test_norm_in_full(void **state)
{
    (void)state;
    /* (a line may begin with "otherwise", not with "when": LANGUAGE.md) */
    ps_run *r = parse_ok("[10.2] Officer must respond to enquiry from Member within 2 working days when \"in office hours\"\n"
                         "         otherwise acknowledge enquiry and give timescale within 5 working days\n");
    assert_int_equal(ndecls(r), 1);
    const ast_decl *d = decl(r, 0);
    assert_int_equal(d->kind, D_NORM);
    const ast_norm *n = &d->u.norm;
    assert_string_equal(n->clause, "10.2");
    assert_string_equal(n->subjects->name.s, "Officer");
    assert_null(n->subjects->next);
    assert_int_equal(n->mod, MOD_MUST);
    assert_string_equal(n->acts->verb.s, "respond");
    assert_null(n->acts->next);
    /* to enquiry from Member */
    const ast_word *w = n->acts->words;
    assert_int_equal(nwords(w), 4);
    assert_int_equal(w->kind, W_KEYWORD);
    assert_string_equal(w->text, "to");
    assert_string_equal(w->next->text, "enquiry");
    assert_string_equal(w->next->next->text, "from");
    assert_string_equal(w->next->next->next->text, "Member");
    assert_int_equal(n->within.kind, DUR_FIXED);
    assert_int_equal(n->within.n, 2);
    assert_int_equal(n->within.unit, U_WORKING_DAYS);
    assert_non_null(n->cond);
    assert_int_equal(n->cond->kind, C_FACT);
    assert_string_equal(n->cond->text, "in office hours");
    /* acknowledge enquiry and give timescale */
    assert_non_null(n->fallback);
    assert_string_equal(n->fallback->verb.s, "acknowledge");
    assert_string_equal(n->fallback->words->text, "enquiry");
    assert_non_null(n->fallback->next);
    assert_string_equal(n->fallback->next->verb.s, "give");
    assert_string_equal(n->fallback->next->words->text, "timescale");
    assert_int_equal(n->fallback_within.kind, DUR_FIXED);
    assert_int_equal(n->fallback_within.n, 5);
    assert_null(n->overrides);
    done(r);
}

static void test_modalities(void **state)
{
    (void)state;
    static const struct { const char *text; ast_modality mod; } cases[] = {
        { "A must b", MOD_MUST }, { "A will b", MOD_MUST }, { "A shall b", MOD_MUST },
        { "A should b", MOD_SHOULD }, { "A may b", MOD_MAY },
        { "A must not b", MOD_MUST_NOT }, { "A will not b", MOD_MUST_NOT }, { "A shall not b", MOD_MUST_NOT },
        { "A may not b", MOD_MUST_NOT }, { "A cannot b", MOD_MUST_NOT }, { "A should not b", MOD_SHOULD_NOT },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ps_run *r = parse_ok(cases[i].text);
        assert_int_equal(decl(r, 0)->kind, D_NORM);
        if (decl(r, 0)->u.norm.mod != cases[i].mod) fail_msg("'%s' read as modality %d", cases[i].text, decl(r, 0)->u.norm.mod);
        done(r);
    }
}

static void test_several_subjects_and_durations(void **state)
{
    (void)state;
    ps_run *r = parse_ok("[7.1] Member and Officer, Clerk must declare-relationship\n"
                         "[7.2] A must b within 3 days\n"
                         "[7.3] A must b within 1 week\n"
                         "[7.4] A must b within 24 hours\n"
                         "[7.5] A must b within 2 months\n"
                         "[7.6] A must b within a reasonable time\n"
                         "[7.7] A must b within 2 business days\n");
    assert_int_equal(ndecls(r), 7);
    const ast_namelist *s = decl(r, 0)->u.norm.subjects;
    assert_string_equal(s->name.s, "Member");
    assert_string_equal(s->next->name.s, "Officer");
    assert_string_equal(s->next->next->name.s, "Clerk");
    assert_null(s->next->next->next);
    assert_int_equal(decl(r, 1)->u.norm.within.unit, U_DAYS);
    assert_int_equal(decl(r, 2)->u.norm.within.unit, U_WEEKS);
    assert_int_equal(decl(r, 3)->u.norm.within.unit, U_HOURS);
    assert_int_equal(decl(r, 3)->u.norm.within.n, 24);
    assert_int_equal(decl(r, 4)->u.norm.within.unit, U_MONTHS);
    assert_int_equal(decl(r, 5)->u.norm.within.kind, DUR_VAGUE);
    assert_string_equal(decl(r, 5)->u.norm.within.vague, "a reasonable time");
    assert_int_equal(decl(r, 6)->u.norm.within.unit, U_WORKING_DAYS);
    done(r);
}

static void test_conditions(void **state)
{
    (void)state;
    ps_run *r = parse_ok("[1] A must b when about Clerk and not by Mayor\n"
                         "[2] A must b when \"x\" or \"y\" and \"z\"\n"
                         "[3] A must b unless approved by Clerk\n"
                         "[4] A must b when (\"x\" or \"y\") and \"z\"\n"
                         "[5] A must b when \"x\" unless \"y\"\n");
    const ast_cond *c = decl(r, 0)->u.norm.cond;
    assert_int_equal(c->kind, C_AND);
    assert_int_equal(c->a->kind, C_ABOUT);
    assert_string_equal(c->a->role.s, "Clerk");
    assert_int_equal(c->b->kind, C_NOT);
    assert_int_equal(c->b->a->kind, C_BY);
    assert_string_equal(c->b->a->role.s, "Mayor");
    /* "and" binds tighter than "or" */
    c = decl(r, 1)->u.norm.cond;
    assert_int_equal(c->kind, C_OR);
    assert_int_equal(c->a->kind, C_FACT);
    assert_int_equal(c->b->kind, C_AND);
    /* unless C is not C */
    c = decl(r, 2)->u.norm.cond;
    assert_int_equal(c->kind, C_NOT);
    assert_int_equal(c->a->kind, C_APPROVED);
    assert_string_equal(c->a->text, "approved");
    assert_string_equal(c->a->role.s, "Clerk");
    /* parentheses group */
    c = decl(r, 3)->u.norm.cond;
    assert_int_equal(c->kind, C_AND);
    assert_int_equal(c->a->kind, C_OR);
    /* when and unless together: both hold */
    c = decl(r, 4)->u.norm.cond;
    assert_int_equal(c->kind, C_AND);
    assert_int_equal(c->a->kind, C_FACT);
    assert_int_equal(c->b->kind, C_NOT);
    done(r);
}

static void test_overrides(void **state)
{
    (void)state;
    ps_run *r = parse_ok("[8.9] Chair may instruct Clerk when \"delegated\" overrides [8.1], [8.2]\n");
    const ast_norm *n = &decl(r, 0)->u.norm;
    assert_non_null(n->overrides);
    assert_int_equal(n->overrides->kind, W_CLAUSE);
    assert_string_equal(n->overrides->text, "8.1");
    assert_non_null(n->overrides->next);
    assert_string_equal(n->overrides->next->text, "8.2");
    done(r);
}

static void test_expectation_block(void **state)
{
    (void)state;
    ps_run *r = parse_ok("Member can expect from Officer {\n"
                         "  [4.3] respond to enquiry promptly\n"
                         "  not exploit-relationship\n"
                         "  should train\n"
                         "}\n");
    assert_int_equal(ndecls(r), 3);
    static const ast_modality mods[] = { MOD_MUST, MOD_MUST_NOT, MOD_SHOULD };
    static const char *const verbs[] = { "respond", "exploit-relationship", "train" };
    for (size_t i = 0; i < 3; i++) {
        const ast_norm *n = &decl(r, i)->u.norm;
        assert_int_equal(decl(r, i)->kind, D_NORM);
        assert_string_equal(n->subjects->name.s, "Officer");   /* a rule on the second role */
        assert_string_equal(n->towards.s, "Member");            /* towards the first */
        assert_true(n->in_block);
        assert_int_equal(n->mod, mods[i]);
        assert_string_equal(n->acts->verb.s, verbs[i]);
    }
    assert_string_equal(decl(r, 0)->u.norm.clause, "4.3");
    assert_null(decl(r, 1)->u.norm.clause);
    done(r);
}

static void test_route(void **state)
{
    (void)state;
    ps_run *r = parse_ok("route complaint by Member about Officer [12] {\n"
                         "  [12.2] informally with Clerk, DeputyClerk\n"
                         "  [12.3] Clerk or Mayor within 10 working days\n"
                         "  [12.4] when about Clerk: ChairCorporateServices\n"
                         "  [12.5] HeadOfService unless about ChiefOfficer\n"
                         "  [12.6] procedure disciplinary\n"
                         "}\n"
                         "route grievance {\n  Clerk\n}\n");
    assert_int_equal(ndecls(r), 2);
    const ast_route *rt = &decl(r, 0)->u.route;
    assert_string_equal(rt->kind.s, "complaint");
    assert_string_equal(rt->by.s, "Member");
    assert_string_equal(rt->about.s, "Officer");
    assert_string_equal(rt->clause, "12");
    const ast_step *s = rt->steps;
    assert_true(s->informal);
    assert_string_equal(s->clause, "12.2");
    assert_string_equal(s->with->name.s, "Clerk");
    assert_string_equal(s->with->next->name.s, "DeputyClerk");
    s = s->next;
    assert_false(s->informal);
    assert_string_equal(s->handler.s, "Clerk");
    assert_string_equal(s->alts->name.s, "Mayor");
    assert_null(s->alts->next);
    assert_int_equal(s->within.n, 10);
    s = s->next;
    assert_string_equal(s->handler.s, "ChairCorporateServices");
    assert_int_equal(s->cond->kind, C_ABOUT);
    s = s->next;
    assert_string_equal(s->handler.s, "HeadOfService");
    assert_int_equal(s->cond->kind, C_NOT);
    s = s->next;
    assert_string_equal(s->handler.s, "disciplinary");
    assert_string_equal(s->clause, "12.6");
    assert_null(s->next);
    /* a route for anyone */
    const ast_route *g = &decl(r, 1)->u.route;
    assert_null(g->by.s);
    assert_null(g->about.s);
    assert_string_equal(g->steps->handler.s, "Clerk");
    done(r);
}

static void test_roles_and_terms(void **state)
{
    (void)state;
    ps_run *r = parse_ok("[3.1] role Consultant2 \"Consultant\" is Officer, Member aka Contractor, \"agency worker\" external\n"
                         "role Deputy \"Deputy Town Clerk\" is Officer {\n"
                         "  aka \"Assistant Clerk\"\n"
                         "  manages Officer\n"
                         "  appoints Scribe\n"
                         "}\n"
                         "action co-opt, nominate, second\n"
                         "thing planning-application \"planning application\"\n"
                         "procedure disciplinary2 \"the disciplinary procedure\" aka dp\n");
    assert_int_equal(ndecls(r), 7);
    const ast_role *a = &decl(r, 0)->u.role;
    assert_string_equal(a->name.s, "Consultant2");
    assert_string_equal(a->display, "Consultant");
    assert_string_equal(a->clause, "3.1");
    assert_string_equal(a->parents->name.s, "Officer");
    assert_string_equal(a->parents->next->name.s, "Member");
    assert_string_equal(a->aliases->name.s, "Contractor");
    assert_false(a->aliases->quoted);
    assert_string_equal(a->aliases->next->name.s, "agency worker");
    assert_true(a->aliases->next->quoted);
    assert_true(a->external);
    const ast_role *b = &decl(r, 1)->u.role;
    assert_string_equal(b->parents->name.s, "Officer");
    assert_string_equal(b->aliases->name.s, "Assistant Clerk");
    assert_string_equal(b->manages->name.s, "Officer");
    assert_string_equal(b->appoints->name.s, "Scribe");
    assert_false(b->external);
    /* one declaration per name of a list */
    assert_int_equal(decl(r, 2)->u.term.kind, TERM_ACTION);
    assert_string_equal(decl(r, 2)->u.term.name.s, "co-opt");
    assert_string_equal(decl(r, 3)->u.term.name.s, "nominate");
    assert_string_equal(decl(r, 4)->u.term.name.s, "second");
    /* (thing and procedure are after the three actions) */
    done(r);
    r = parse_ok("thing planning-application \"planning application\"\nprocedure dp2 \"the procedure\" aka dp\n");
    assert_int_equal(decl(r, 0)->u.term.kind, TERM_THING);
    assert_string_equal(decl(r, 0)->u.term.display, "planning application");
    assert_int_equal(decl(r, 1)->u.term.kind, TERM_PROCEDURE);
    assert_string_equal(decl(r, 1)->u.term.aliases->name.s, "dp");
    done(r);
}

static void test_calendar(void **state)
{
    (void)state;
    ps_run *r = parse_ok("calendar offices \"Offices\" extends england-and-wales {\n"
                         "  weekend saturday, sunday\n"
                         "  holiday \"A\" on 25 december substitute from 1974 except 2000, 2001\n"
                         "  holiday \"B\" on 2022-09-19\n"
                         "  holiday \"C\" on easter - 2\n"
                         "  holiday \"D\" on first monday of may until 2030\n"
                         "  closed \"E\" from 27 december to 31 december\n"
                         "  closed \"F\" from 2026-08-03 to 2026-08-07\n"
                         "}\n");
    const ast_calendar *c = &decl(r, 0)->u.calendar;
    assert_string_equal(c->name.s, "offices");
    assert_string_equal(c->display, "Offices");
    assert_string_equal(c->extends.s, "england-and-wales");
    assert_true(c->weekend_set);
    assert_string_equal(c->weekend->name.s, "saturday");
    const ast_holiday *h = c->rules;
    assert_int_equal(h->kind, HOL_ON_DAY_MONTH);
    assert_int_equal(h->day, 25);
    assert_string_equal(h->month.s, "december");
    assert_true(h->substitute);
    assert_int_equal(h->from_year, 1974);
    assert_int_equal(h->except->num, 2000);
    assert_int_equal(h->except->next->num, 2001);
    assert_false(h->closure);
    h = h->next;
    assert_int_equal(h->kind, HOL_ON_DATE);
    assert_int_equal(h->date, dt_from_ymd(2022, 9, 19));
    h = h->next;
    assert_int_equal(h->kind, HOL_ON_EASTER);
    assert_int_equal(h->offset, -2);
    h = h->next;
    assert_int_equal(h->kind, HOL_ON_NTH);
    assert_string_equal(h->nth.s, "first");
    assert_string_equal(h->weekday.s, "monday");
    assert_string_equal(h->month.s, "may");
    assert_int_equal(h->until_year, 2030);
    h = h->next;
    assert_int_equal(h->kind, HOL_RANGE_YEARLY);
    assert_true(h->closure);
    assert_int_equal(h->day2, 31);
    h = h->next;
    assert_int_equal(h->kind, HOL_RANGE_DATES);
    assert_int_equal(h->date2 - h->date, 4);
    assert_null(h->next);
    done(r);
}

static void test_people_and_scenarios(void **state)
{
    (void)state;
    ps_run *r = parse_ok("person dave \"Dave Smith\" is Officer, Clerk acting from 2026-03-01 until 2026-05-31\n"
                         "scenario \"s\" {\n"
                         "  person alice is Member\n"
                         "  today 2026-11-22\n"
                         "  2025-12-23 10:15 alice sends enquiry to bob\n"
                         "  expect [10.2] due 2025-12-29\n"
                         "}\n");
    const ast_person *p = &decl(r, 0)->u.person;
    assert_string_equal(p->name.s, "dave");
    assert_string_equal(p->display, "Dave Smith");
    assert_string_equal(p->holds->role.s, "Officer");
    assert_false(p->holds->acting);
    assert_int_equal(p->holds->from, INT32_MIN);
    const ast_holding *h = p->holds->next;
    assert_string_equal(h->role.s, "Clerk");
    assert_true(h->acting);
    assert_int_equal(h->from, dt_from_ymd(2026, 3, 1));
    assert_int_equal(h->until, dt_from_ymd(2026, 5, 31));
    const ast_scenario *s = &decl(r, 1)->u.scenario;
    assert_string_equal(s->name, "s");
    const ast_sitem *it = s->items;
    assert_int_equal(it->kind, SI_PERSON);
    it = it->next;
    assert_int_equal(it->kind, SI_SETTING);
    assert_string_equal(it->u.setting.key.s, "today");
    it = it->next;
    assert_int_equal(it->kind, SI_EVENT);
    assert_int_equal(it->u.event.day, dt_from_ymd(2025, 12, 23));
    assert_int_equal(it->u.event.words->kind, W_TIME);
    assert_int_equal(it->u.event.words->minute, 10 * 60 + 15);
    assert_int_equal(nwords(it->u.event.words), 6);
    it = it->next;
    assert_int_equal(it->kind, SI_EXPECT);
    assert_int_equal(it->u.expect.words->kind, W_CLAUSE);
    assert_null(it->next);
    done(r);
}

static void test_protocol_block(void **state)
{
    (void)state;
    ps_run *r = parse_ok("protocol \"Officer/Member Protocol\" {\n"
                         "  council \"Houghton Regis Town Council\"\n"
                         "  adopted 2015-09-28\n"
                         "  review every 1 year [13.1]\n"
                         "}\n");
    const ast_protocol *p = &decl(r, 0)->u.protocol;
    assert_string_equal(p->title, "Officer/Member Protocol");
    assert_string_equal(p->meta->key.s, "council");
    assert_string_equal(p->meta->args->text, "Houghton Regis Town Council");
    assert_string_equal(p->meta->next->key.s, "adopted");
    assert_int_equal(p->meta->next->args->day, dt_from_ymd(2015, 9, 28));
    const ast_meta *rv = p->meta->next->next;
    assert_string_equal(rv->key.s, "review");
    assert_int_equal(nwords(rv->args), 4);   /* every 1 year [13.1] */
    assert_null(rv->next);
    done(r);
}

static void test_recovery_reports_each_error_once(void **state)
{
    (void)state;
    ps_run *r = parse("use \"roles\"\n"
                      "[1] Member must must instruct Officer\n"    /* 2: syntax */
                      "[2] Member must not instruct Officer\n"
                      "role Scribe is Officer {\n"
                      "  aka \"Writer\" \"Penman\"\n"                /* 5: syntax */
                      "  manages Officer\n"
                      "}\n"
                      "[3] Officer respond to enquiry\n"           /* 8: syntax */
                      "route complaint by Member about Officer {\n"
                      "  [4.1] Clerk Mayor\n"                       /* 10: syntax */
                      "  [4.2] Mayor\n"
                      "}\n"
                      "[5] Member should respect Officer )\n"      /* 13: syntax */
                      "[6] Member may speak to Media\n");
    assert_int_equal(r->errors, 5);
    assert_int_equal(count(r, "syntax"), 5);
    static const int lines[] = { 2, 5, 8, 10, 13 };
    for (size_t i = 0; i < 5; i++) assert_int_equal(line_of(r, i), lines[i]);
    /* the good statements are all there: use, [2], the role, the route, [6] */
    assert_int_equal(ndecls(r), 5);
    assert_int_equal(decl(r, 1)->kind, D_NORM);
    assert_string_equal(decl(r, 1)->u.norm.clause, "2");
    assert_int_equal(decl(r, 2)->kind, D_ROLE);
    assert_string_equal(decl(r, 2)->u.role.manages->name.s, "Officer");   /* the block read on */
    assert_int_equal(decl(r, 3)->kind, D_ROUTE);
    assert_string_equal(decl(r, 3)->u.route.steps->handler.s, "Mayor");
    assert_string_equal(decl(r, 4)->u.norm.clause, "6");
    done(r);
}

static void test_one_mistake_one_message(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "[1] A must b within 2days\n",            /* a number run into a word */
        "[1.2 Member must not instruct Officer\n", /* an unclosed clause */
        "role S \"Scribe is Officer\n",           /* an unclosed string */
        "role Clerk2 'Clerk' is Officer\n",       /* single quotes */
        "\xfe\xfe Member must not bully Officer\n",
        "[8.[3]] Member must not pressure Officer\n",
        "[1] A must b within two working days\n", /* a number in words */
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        ps_run *r = parse(texts[i]);
        if (r->dg.errors != 1)
            fail_msg("%zu errors for %s(first: %s)", r->dg.errors, texts[i], r->dg.count ? r->dg.items[0].msg : "-");
        done(r);
    }
    /* but two mistakes on two lines are two errors */
    ps_run *r = parse("[1] A must b within 2days\n[2] A must must b\n");
    assert_int_equal(r->dg.errors, 2);
    done(r);
}

static void test_hints(void **state)
{
    (void)state;
    ps_run *r = parse("[8.3] Officer respond to enquiry from Member\n");
    assert_int_equal(r->dg.count, 1);
    assert_int_equal(r->dg.items[0].nhints, 1);
    assert_non_null(strstr(r->dg.items[0].hints[0], "ROLE must|should|may|must not ACTION"));
    done(r);
    r = parse("[8.2] Member Must not instruct Officer\n");
    assert_string_equal(r->dg.items[0].hints[0], "keywords are written in lower case: 'must'");
    done(r);
    r = parse("route c {\n  [1] Clerk Mayor\n}\n");
    /* (more can follow a handler now — 'and/or', 'of' — so the list is left to the hint) */
    assert_string_equal(r->dg.items[0].msg, "unexpected 'Mayor'");
    assert_non_null(strstr(r->dg.items[0].hints[0], "and/or"));
    done(r);
}

static void test_misplaced_clause_and_unclosed_block(void **state)
{
    (void)state;
    ps_run *r = parse("[8.4] scenario \"x\" {\n}\n");
    assert_int_equal(count(r, "misplaced-clause"), 1);
    done(r);
    r = parse("route complaint {\n  Clerk\n  Mayor\n");
    assert_int_equal(r->dg.errors, 1);
    assert_string_equal(r->dg.items[0].msg, "unexpected end of file: the '{' on line 1 is never closed");
    done(r);
}

static void test_nesting_limit(void **state)
{
    (void)state;
    /* 100 parentheses are fine */
    char buf[512];
    size_t n = (size_t)snprintf(buf, sizeof buf, "[1] A must b when ");
    for (int i = 0; i < PS_MAX_DEPTH; i++) buf[n++] = '(';
    n += (size_t)snprintf(buf + n, sizeof buf - n, "\"x\"");
    for (int i = 0; i < PS_MAX_DEPTH; i++) buf[n++] = ')';
    buf[n++] = '\n';
    buf[n] = '\0';
    ps_run *r = parse_ok(buf);
    assert_int_equal(decl(r, 0)->u.norm.cond->kind, C_FACT);
    done(r);
    /* 101 are not: one error, and parsing stops there */
    n = (size_t)snprintf(buf, sizeof buf, "[1] A must b when ");
    for (int i = 0; i <= PS_MAX_DEPTH; i++) buf[n++] = '(';
    n += (size_t)snprintf(buf + n, sizeof buf - n, "\"x\"\n[2] A must must b\n");
    r = parse(buf);
    assert_int_equal(r->dg.errors, 1);
    assert_int_equal(count(r, "too-deep"), 1);
    assert_int_equal(ndecls(r), 0);
    done(r);
}

static void test_parser_stack_limit(void **state)
{
    (void)state;
    /* "not not not …" nests without brackets: bison's stack runs out, and
     * that is one clean error, not a crash */
    size_t k = 20000, n = 0;
    char *buf = malloc(k * 4 + 64);
    assert_non_null(buf);
    n += (size_t)sprintf(buf, "[1] A must b when ");
    for (size_t i = 0; i < k; i++) { memcpy(buf + n, "not ", 4); n += 4; }
    n += (size_t)sprintf(buf + n, "\"x\"\n");
    ps_run *r = parse_n(buf, n);
    assert_int_equal(r->dg.errors, 1);
    assert_int_equal(count(r, "too-deep"), 1);
    done(r);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_norm_in_full),
        cmocka_unit_test(test_modalities),
        cmocka_unit_test(test_several_subjects_and_durations),
        cmocka_unit_test(test_conditions),
        cmocka_unit_test(test_overrides),
        cmocka_unit_test(test_expectation_block),
        cmocka_unit_test(test_route),
        cmocka_unit_test(test_roles_and_terms),
        cmocka_unit_test(test_calendar),
        cmocka_unit_test(test_people_and_scenarios),
        cmocka_unit_test(test_protocol_block),
        cmocka_unit_test(test_recovery_reports_each_error_once),
        cmocka_unit_test(test_one_mistake_one_message),
        cmocka_unit_test(test_hints),
        cmocka_unit_test(test_misplaced_clause_and_unclosed_block),
        cmocka_unit_test(test_nesting_limit),
        cmocka_unit_test(test_parser_stack_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
