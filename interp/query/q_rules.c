/* q_rules — "duties of ROLE" and "expectations of ROLE from ROLE": the
 * rules binding a role, its own first, then each role it is, nearest first;
 * for expectations, those towards the one who expects. */
#include "q_int.h"

bool q_compile_duties(q_parse *p, q_question *q)
{
    if (q_word(p, p->i, "of") || q_word(p, p->i, "for")) p->i++;
    q->u.duties.role = q_role(p, "the role");
    return q->u.duties.role >= 0 && q_expect_end(p);
}

bool q_compile_expectations(q_parse *p, q_question *q)
{
    q_expectations_q *x = &q->u.expectations;
    if (q_word(p, p->i, "of") || q_word(p, p->i, "for")) p->i++;
    if ((x->of = q_role(p, "who expects")) < 0) return false;
    if (!q_word(p, p->i, "from")) {
        q_error(p, q_here(p), "bad-query", "write 'expectations of %s from ROLE'", p->m->roles[x->of].name);
        return false;
    }
    p->i++;
    x->from = q_role(p, "whom they expect it of");
    return x->from >= 0 && q_expect_end(p);
}

/* Does rule n belong in the list: on ancestor anc of the subject, and (for
 * expectations, other >= 0) towards someone who `role` is? */
static bool qr_listed(const md_model *m, const md_norm *n, int anc, int role, bool expectations)
{
    if (n->subject != anc) return false;
    return !expectations || (n->counterpart >= 0 && md_is_a(m, role, n->counterpart));
}

/* The rules of subject_role and its ancestors, in order; two passes: count, then fill. */
static int qr_list(const q_eval *e, int subject_role, int role, bool expectations, q_rules_a *a)
{
    const md_model *m = e->m;
    const md_role *r = &m->roles[subject_role];
    size_t count = 0;
    for (size_t g = 0; g < r->nancestors; g++)
        for (size_t k = 0; k < m->nnorms; k++) count += qr_listed(m, &m->norms[k], r->ancestors[g], role, expectations);
    a->rules = q_array(e, count, sizeof *a->rules);
    if (!a->rules) {
        dg_oom(e->dg);
        return 1;
    }
    for (size_t g = 0; g < r->nancestors; g++) {
        int anc = r->ancestors[g];
        for (size_t k = 0; k < m->nnorms; k++) {
            if (!qr_listed(m, &m->norms[k], anc, role, expectations)) continue;
            q_listed_rule *l = &a->rules[a->n++];
            q_rule_of(e, &m->norms[k], &l->rule);
            l->group = (int)g;
            l->group_name = anc != subject_role ? m->roles[anc].display : NULL;
        }
    }
    return 0;
}

int q_eval_duties(const q_eval *e, const q_question *q, q_answer *a)
{
    const md_role *r = &e->m->roles[q->u.duties.role];
    a->u.duties.role = r->name;
    a->u.duties.role_name = r->display;
    return qr_list(e, q->u.duties.role, -1, false, &a->u.duties);
}

int q_eval_expectations(const q_eval *e, const q_question *q, q_answer *a)
{
    const q_expectations_q *x = &q->u.expectations;
    const md_role *of = &e->m->roles[x->of], *from = &e->m->roles[x->from];
    a->u.expectations.role = of->name;
    a->u.expectations.role_name = of->display;
    a->u.expectations.from = from->name;
    a->u.expectations.from_name = from->display;
    return qr_list(e, x->from, x->of, true, &a->u.expectations);
}
