/* Unit tests for grammar/ast_pack.c and the arena's marks: a rule packed as
 * it is parsed unpacks to the very tree the parser built, conditions are cut
 * only below the depth the model reads, and the memory of packed trees is
 * given back statement by statement. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast_pack.h"
#include "parse.h"

typedef struct pk_run {
    arena ar, names_ar;
    in_table names;
    dg_sink dg;
    src_set src;
    ast_file out;
    size_t errors;
} pk_run;

/* Parse text, interning into `names` (another run's table) or a table of its own. */
static pk_run *run_in(const char *text, bool keep, in_table *names)
{
    pk_run *r = calloc(1, sizeof *r);
    assert_non_null(r);
    ar_init(&r->ar);
    ar_init(&r->names_ar);
    in_init(&r->names, &r->names_ar);
    if (!names) names = &r->names;
    dg_init(&r->dg);
    src_init(&r->src);
    uint32_t f = src_add(&r->src, "t.civic", text, strlen(text), false);
    assert_int_not_equal(f, 0);
    ps_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.ar = &r->ar;
    ctx.names = names;
    ctx.dg = &r->dg;
    ctx.src = &r->src;
    ctx.file = f;
    ctx.keep_trees = keep;
    r->out.file = f;
    r->out.tail = &r->out.decls;
    ctx.out = &r->out;
    r->errors = ps_parse(&ctx);
    return r;
}

static pk_run *run(const char *text, bool keep) { return run_in(text, keep, NULL); }

static void done(pk_run *r)
{
    pk_free(&r->out.norms);
    dg_free(&r->dg);
    src_free(&r->src);
    in_free(&r->names);
    ar_free(&r->ar);
    ar_free(&r->names_ar);
    free(r);
}

static void same_loc(loc a, loc b)
{
    assert_int_equal(a.file, b.file);
    assert_int_equal(a.start, b.start);
    assert_int_equal(a.end, b.end);
}

/* Interned texts are compared by address: the same name is the same pointer. */
static void same_name(ast_name a, ast_name b)
{
    assert_ptr_equal(a.s, b.s);
    same_loc(a.at, b.at);
}

static void same_words(const ast_word *a, const ast_word *b)
{
    for (; a && b; a = a->next, b = b->next) {
        assert_int_equal(a->kind, b->kind);
        assert_ptr_equal(a->text, b->text);
        same_loc(a->at, b->at);
        if (a->kind == W_NUMBER) assert_int_equal(a->num, b->num);
    }
    assert_null(a);
    assert_null(b);
}

static void same_acts(const ast_act *a, const ast_act *b)
{
    for (; a && b; a = a->next, b = b->next) {
        same_name(a->verb, b->verb);
        same_loc(a->at, b->at);
        same_words(a->words, b->words);
    }
    assert_null(a);
    assert_null(b);
}

static void same_dur(const ast_dur *a, const ast_dur *b)
{
    assert_int_equal(a->kind, b->kind);
    assert_int_equal(a->unit, b->unit);
    assert_int_equal(a->n, b->n);
    assert_ptr_equal(a->vague, b->vague);
    same_loc(a->at, b->at);
}

/* Up to `depth` levels; below that b may be cut. */
static void same_cond(const ast_cond *a, const ast_cond *b, int depth)
{
    if (depth > PK_MAX_COND_DEPTH) return;
    if (!a || !b) {
        assert_ptr_equal(a, b);
        return;
    }
    assert_int_equal(a->kind, b->kind);
    same_loc(a->at, b->at);
    assert_ptr_equal(a->text, b->text);
    same_name(a->role, b->role);
    same_cond(a->a, b->a, depth + 1);
    same_cond(a->b, b->b, depth + 1);
}

static void same_norm(const ast_decl *a, const ast_decl *b)
{
    assert_int_equal(a->kind, D_NORM);
    assert_int_equal(b->kind, D_NORM);
    assert_int_equal(a->file, b->file);
    same_loc(a->at, b->at);
    const ast_norm *x = &a->u.norm, *y = &b->u.norm;
    assert_ptr_equal(x->clause, y->clause);
    same_loc(x->clause_at, y->clause_at);
    assert_ptr_equal(x->mod_word, y->mod_word);
    same_loc(x->mod_at, y->mod_at);
    same_loc(x->at, y->at);
    assert_int_equal(x->mod, y->mod);
    assert_int_equal(x->in_block, y->in_block);
    const ast_namelist *s = x->subjects, *t = y->subjects;
    for (; s && t; s = s->next, t = t->next) {
        same_name(s->name, t->name);
        assert_int_equal(s->quoted, t->quoted);
        if (s->of.s || t->of.s) same_name(s->of, t->of);
    }
    assert_null(s);
    assert_null(t);
    same_acts(x->acts, y->acts);
    same_acts(x->fallback, y->fallback);
    same_dur(&x->within, &y->within);
    same_dur(&x->fallback_within, &y->fallback_within);
    same_cond(x->cond, y->cond, 0);
    same_words(x->overrides, y->overrides);
    same_name(x->towards, y->towards);
}

/* Parse with trees kept and with rules packed (sharing one intern table, so
 * that names compare by address), and compare rule by rule. */
static void round_trip(const char *text, size_t want)
{
    pk_run *tree = run(text, true);
    /* the second parse interns into the first one's table */
    pk_run *packed = run_in(text, false, &tree->names);
    assert_int_equal(packed->errors, tree->errors);
    assert_int_equal(packed->out.norms.count, want);

    arena scratch;
    ar_init(&scratch);
    pk_reader rd;
    pk_read(&rd, &packed->out.norms);
    size_t n = 0, subjects = 0;
    for (const ast_decl *d = tree->out.decls; d; d = d->next) {
        if (d->kind != D_NORM) continue;
        const ast_decl *u = pk_next(&rd, &scratch);
        assert_non_null(u);
        same_norm(d, u);
        for (const ast_namelist *s = d->u.norm.subjects; s; s = s->next) subjects++;
        n++;
        ar_reset(&scratch);
    }
    assert_null(pk_next(&rd, &scratch));
    assert_false(scratch.failed);
    assert_int_equal(n, want);
    assert_int_equal(packed->out.norms.nsubjects, subjects);
    /* nothing but the rules: no other declaration was lost or added */
    size_t others = 0, tree_others = 0;
    for (const ast_decl *d = packed->out.decls; d; d = d->next) others++;
    for (const ast_decl *d = tree->out.decls; d; d = d->next) tree_others += d->kind != D_NORM;
    assert_int_equal(others, tree_others);
    ar_free(&scratch);
    done(packed);
    done(tree);
}

static void test_every_part_of_a_rule(void **state)
{
    (void)state;
    round_trip("role Clerk\n"
               "[4.3] Clerk must respond to enquiry from Member within 10 working days\n"
               "    otherwise acknowledge enquiry and give \"a timescale\" within 2 working days\n"
               "[5.1] Member, Officer and Clerk should not disclose \"the papers\" to media\n"
               "[5.2] Officer may comply with request when about Clerk and (\"it is urgent\" or not by Member) "
               "unless approved by Chair overrides [4.3], [4.4]\n"
               "[5.3] Officer must reply promptly\n"
               "[5.4] Officer must reply in a reasonable time\n"
               "[5.5] line-manager of Officer and Clerk must reply\n"
               "Member can expect from Officer {\n"
               "  [6.1] respond to enquiry within 3 days\n"
               "  not disclose advice\n"
               "}\n"
               "route complaint by Member { [7.1] Clerk }\n",
               8);
}

static void test_rules_among_other_statements(void **state)
{
    (void)state;
    /* errors in between, and a rule cut off by the end of the file */
    round_trip("protocol \"T\" {\n  council \"X\"\n}\n"
               "Clerk must respond to enquiry\n"
               "Clerk must must\n"
               "role Officer is Member\n"
               "[2] Officer must reply to Member within 2 hours\n"
               "scenario \"s\" {\n  2026-01-05 alice sends enquiry to bob\n}\n"
               "Officer must reply to Member",
               3);
}

static void test_a_deep_condition_is_cut_below_the_model_limit(void **state)
{
    (void)state;
    size_t n = 300;
    char *text = malloc(n * 12 + 100);
    assert_non_null(text);
    size_t k = (size_t)sprintf(text, "Clerk must respond to enquiry when a");
    for (size_t i = 0; i < n; i++) k += (size_t)sprintf(text + k, " and b%zu", i);
    sprintf(text + k, "\n");
    round_trip(text, 1);
    free(text);
}

static void test_packed_trees_give_their_memory_back(void **state)
{
    (void)state;
    /* 20,000 rules: the arena holds about one rule's tree, not 20,000 */
    size_t n = 20000;
    char *text = malloc(n * 80 + 1);
    assert_non_null(text);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += (size_t)sprintf(text + k, "[%zu] Clerk must respond to enquiry from Member within 2 working days\n", i);
    pk_run *r = run(text, false);
    assert_int_equal(r->errors, 0);
    assert_int_equal(r->out.norms.count, n);
    assert_null(r->out.decls);
    assert_true(r->ar.total < 64 * 1024);
    /* and some 55 bytes a rule packed, against about 500 as a tree */
    assert_true(r->out.norms.bytes < n * 60);
    done(r);
    free(text);
}

static void test_arena_release_to_a_mark(void **state)
{
    (void)state;
    arena a;
    ar_init(&a);
    char *keep = ar_alloc(&a, 16);
    assert_non_null(keep);
    strcpy(keep, "kept");
    ar_mark_t m = ar_mark(&a);
    for (int round = 0; round < 3; round++) {
        /* more than a block's worth, in both chains */
        for (int i = 0; i < 2000; i++) {
            assert_non_null(ar_alloc(&a, 1000));
            assert_non_null(ar_alloc_node(&a, 100));
        }
        ar_release(&a, m);
        assert_string_equal(keep, "kept");
        size_t total = a.total;
        /* what is allocated after a release is zeroed and usable */
        unsigned char *p = ar_alloc(&a, 64);
        assert_non_null(p);
        for (int i = 0; i < 64; i++) assert_int_equal(p[i], 0);
        assert_true(a.total <= total + (2u << 20));
        ar_release(&a, m);
    }
    /* at most the blocks before the mark and one spare are held */
    assert_true(a.total < 2 * (1u << 20) + 64 * 1024);
    ar_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_part_of_a_rule),
        cmocka_unit_test(test_rules_among_other_statements),
        cmocka_unit_test(test_a_deep_condition_is_cut_below_the_model_limit),
        cmocka_unit_test(test_packed_trees_give_their_memory_back),
        cmocka_unit_test(test_arena_release_to_a_mark),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
