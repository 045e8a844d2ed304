/* model_build — md_build: the stages that make a model, in order (each in
 * a model_*.c file of its own, which call the shared helpers of model.c and,
 * for relations and seniority, the lookups of model_rel.c, never around a
 * loop: tests/tools/calls.sh), and md_free. */
#include "model_int.h"
#include "parse.h"

#include <stdlib.h>
#include <string.h>

static int md_term_named(md_model *m, const char *name)
{
    const char *in = in_find(&m->ld->names, name, strlen(name));
    return in ? md_find_term(m, in, MT_ACTION) : -1;
}

bool md_build(md_model *m, ld_set *ld, dt_day today)
{
    memset(m, 0, sizeof *m);
    m->ld = ld;
    m->dg = ld->dg;
    m->ar = &ld->ar;
    m->today = today;
    m->meta.calendar = -1;
    m->meta.overseen = -1;
    hm_init(&m->syms);
    hm_init(&m->by_role_action);
    hm_init(&m->by_clause);
    hm_init(&m->cal_syms);
    hm_init(&m->phrases);
    md__roles(m);
    md__terms(m);
    md__role_links(m);
    md__renames(m);
    md__phrases(m);
    md__rels(m);
    md__relations(m);
    md__ancestors(m);
    md__rel_checks(m);
    md__seniority(m);
    md__calendars(m);
    md__meta(m);
    md__norms(m);
    md__routes(m);
    md__adopts(m);
    md__index(m);
    md__counts(m);
    /* before the scenarios: an event of explaining reads its quoted text as its reason */
    m->t_respond = md_term_named(m, "respond");
    m->t_resolve = md_term_named(m, "resolve");
    m->t_escalate = md_term_named(m, "escalate");
    m->t_explain = md_term_named(m, "explain");
    md__people(m);
    md__relfacts(m);
    md__scenarios(m);
    return !m->dg->oom;
}

void md_free(md_model *m)
{
    for (size_t i = m->ncals; i-- > 0;)
        if (m->cals[i].cal) cal_free(m->cals[i].cal);
    hm_free(&m->syms);
    hm_free(&m->by_role_action);
    hm_free(&m->by_clause);
    hm_free(&m->cal_syms);
    hm_free(&m->phrases);
    free(m->overlap);
    free(m->above);
    free(m->rank_of);
    memset(m, 0, sizeof *m);
}
