/* model_fact — whether a fact a scenario's event states ("where \"at a
 * committee meeting\"") is one that some condition reads.  A fact is
 * matched as a condition is written, whole and in any case (routes.c):
 * one that no condition of a rule on the event's action (or on an action
 * it counts as), and no route's step, reads changes nothing, so it is
 * said, with the conditions there are. */
#include "model_int.h"

#include <string.h>
#include <strings.h>

/* Conditions nest at most 100 deep (model.c): so does this walk. */
static void mf_cond(md_model *m, md_factset *s, const md_cond *c)
{
    if (!c) return;
    if (c->kind == C_FACT && c->text) {
        MD_PUSH(m, s->texts, s->n, s->cap, c->text);
    } else if (c->kind == C_APPROVED && c->text && c->role >= 0) {   /* "approved by Clerk", "… by Town Clerk" */
        const char *a = ar_printf(m->ar, "%s by %s", c->text, m->roles[c->role].name);
        const char *b = ar_printf(m->ar, "%s by %s", c->text, m->roles[c->role].display);
        if (!a || !b) { dg_oom(m->dg); return; }
        MD_PUSH(m, s->texts, s->n, s->cap, a);
        MD_PUSH(m, s->texts, s->n, s->cap, b);
    }
    mf_cond(m, s, c->a);
    mf_cond(m, s, c->b);
}

/* The conditions of the rules on action, and their acts' own quoted words
 * ("give reference \"for a job with the Council\""), which a fact may repeat. */
static void mf_rules_on(md_model *m, md_factset *s, int action)
{
    for (size_t i = 0; i < m->nnorms; i++) {
        const md_norm *n = &m->norms[i];
        bool on = false;
        for (uint32_t k = 0; k < n->nacts; k++) {
            if (n->acts[k].action != action) continue;
            on = true;
            if (n->acts[k].detail) MD_PUSH(m, s->texts, s->n, s->cap, n->acts[k].detail);
        }
        if (on) mf_cond(m, s, n->cond);
    }
}

/* The conditions of the duties the thing's arrival opens ("comply with
 * request from Member when \"the request is reasonable\""): the sending
 * event's facts are the duty's. */
static void mf_rules_opened_by(md_model *m, md_factset *s, int thing)
{
    for (size_t i = 0; i < m->nnorms; i++)
        if (m->norms[i].trigger == thing) mf_cond(m, s, m->norms[i].cond);
}

/* The facts read where the event's action is action (sets[action]), or
 * where its thing is thing (sets[thing]: the terms are one array). */
static md_factset *mf_set(md_model *m, md_factset **sets, int action, bool thing)
{
    if (!*sets) {
        *sets = ar_alloc(m->ar, m->nterms * sizeof **sets);
        if (!*sets) { dg_oom(m->dg); return NULL; }
        memset(*sets, 0, m->nterms * sizeof **sets);
    }
    md_factset *s = &(*sets)[action];
    if (s->done) return s;
    s->done = true;
    if (thing) {
        mf_rules_opened_by(m, s, action);
        return s;
    }
    mf_rules_on(m, s, action);
    for (size_t i = 0; i < m->ncounts; i++)
        if (m->counts[i].deed.action == action && m->counts[i].as.action != action)
            mf_rules_on(m, s, m->counts[i].as.action);
    s->own = s->n;   /* the rules' conditions, for the hint; the routes' after them */
    for (size_t r = 0; r < m->nroutes; r++)
        for (size_t k = 0; k < m->routes[r].nsteps; k++) mf_cond(m, s, m->routes[r].steps[k].cond);
    return s;
}

/* The list of the conditions in the hint: a few, then how many more. */
enum { MF_LISTED = 4 };

static void mf_hint_list(md_model *m, const md_factset *s, const char *verb)
{
    char *list = NULL;
    size_t shown = 0;
    for (size_t i = 0; i < s->own; i++) {
        bool dup = false;   /* "approved by Clerk" may be written by two rules */
        for (size_t j = 0; j < i; j++) dup |= strcasecmp(s->texts[j], s->texts[i]) == 0;
        if (dup) continue;
        if (shown == MF_LISTED) {
            list = ar_printf(m->ar, "%s, …", list);
            break;
        }
        list = shown ? ar_printf(m->ar, "%s, \"%s\"", list, s->texts[i]) : ar_printf(m->ar, "\"%s\"", s->texts[i]);
        if (!list) { dg_oom(m->dg); return; }
        shown++;
    }
    if (list) MD_HINT(m, "the conditions of the rules on '%s': %s", verb, list);
    else MD_HINT(m, "no rule on '%s' has a condition: leave the fact out, or give a rule 'when \"…\"'", verb);
}

static bool mf_in(const md_factset *s, const char *fact)
{
    for (size_t i = 0; s && i < s->n; i++)
        if (strcasecmp(s->texts[i], fact) == 0) return true;
    return false;
}

bool md__fact_check(md_model *m, md_factset **sets, int action, int thing, const char *fact, loc at)
{
    if (action < 0 || (size_t)action >= m->nterms || !fact) return true;
    const char *verb = m->terms[action].name;
    md_factset *s = mf_set(m, sets, action, false);
    if (!s) return false;
    if (mf_in(s, fact)) return true;
    md_factset *t = thing >= 0 && (size_t)thing < m->nterms ? mf_set(m, sets, thing, true) : NULL;
    if (mf_in(t, fact)) return true;
    MD_WARN(m, "unknown-fact", at, "no condition of a rule on '%s' reads \"%s\": the fact changes nothing", verb, fact);
    sg_best b;
    sg_begin(&b, fact);
    for (size_t i = 0; i < s->n; i++) sg_offer(&b, s->texts[i]);
    for (size_t i = 0; t && i < t->n; i++) sg_offer(&b, t->texts[i]);
    if (sg_result(&b)) MD_HINT(m, "did you mean \"%s\"?", sg_result(&b));
    mf_hint_list(m, s, verb);
    MD_HINT(m, "a fact is matched as the condition is written, whole, in any case");
    return false;
}
