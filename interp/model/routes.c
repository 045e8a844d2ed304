/* routes — see routes.h. */
#include "routes.h"

#include <stdio.h>

#include <string.h>
#include <strings.h>

bool rt_party_is(const md_model *m, const rt_party *p, int role)
{
    for (size_t i = 0; i < p->nroles; i++)
        if (md_is_a(m, p->roles[i], role)) return true;
    return false;
}

/* Steps up the hierarchy from the party to the role (BFS order), or -1. */
static int rt_distance(const md_model *m, const rt_party *p, int role)
{
    int best = -1;
    for (size_t i = 0; i < p->nroles; i++) {
        const md_role *r = &m->roles[p->roles[i]];
        for (size_t k = 0; k < r->nancestors; k++)
            if (r->ancestors[k] == role && (best < 0 || (int)k < best)) best = (int)k;
    }
    return best;
}

int rt_choose(const md_model *m, int kind, const rt_case *c)
{
    int best = -1, best_score = 1 << 30;
    for (size_t i = 0; i < m->nroutes; i++) {
        const md_route *r = &m->routes[i];
        if (r->kind != kind) continue;
        int score = 0;
        if (r->by >= 0) {
            if (c->by.nroles == 0) score += 500;   /* raiser unknown: a guess */
            else {
                int d = rt_distance(m, &c->by, r->by);
                if (d < 0) continue;
                score += d;
            }
        } else {
            score += 1000;
        }
        if (r->about >= 0) {
            int d = rt_distance(m, &c->about, r->about);
            if (d < 0) continue;
            score += d;
        } else {
            score += 1000;
        }
        if (score < best_score) {
            best_score = score;
            best = (int)i;
        }
    }
    return best;
}

static rt_tri rt_not(rt_tri t) { return t == RT_UNKNOWN ? RT_UNKNOWN : t == RT_TRUE ? RT_FALSE : RT_TRUE; }

static bool rt_fact(const rt_case *c, const char *text)
{
    for (size_t i = 0; i < c->nfacts; i++)
        if (strcasecmp(c->facts[i], text) == 0) return true;
    return false;
}

/* A party's roles against a role: unknown when the case does not say who it is. */
static rt_tri rt_party_tri(const md_model *m, const rt_party *p, int role)
{
    if (!p->nroles) return RT_UNKNOWN;
    return rt_party_is(m, p, role) ? RT_TRUE : RT_FALSE;
}

/* A fact the case states holds; one it does not is false when the case
 * states any facts, and unknown when it states none. */
static rt_tri rt_stated(const rt_case *c, bool found)
{
    if (found) return RT_TRUE;
    return c->nfacts || c->facts ? RT_FALSE : RT_UNKNOWN;
}

/* "approved by Clerk": stated with the role's name or its display name;
 * or the one who acts holds that office themselves (Market Drayton
 * Officers/7: a councillor acting as Proper Officer approves their own
 * instructions to the staff). */
static bool rt_approved(const md_model *m, const md_cond *cond, const rt_case *c)
{
    if (cond->role >= 0 && rt_party_is(m, &c->by, cond->role)) return true;
    char buf[300];
    snprintf(buf, sizeof buf, "%s by %s", cond->text, m->roles[cond->role].name);
    if (rt_fact(c, buf)) return true;
    snprintf(buf, sizeof buf, "%s by %s", cond->text, m->roles[cond->role].display);
    return rt_fact(c, buf);
}

static rt_tri rt_and(rt_tri a, rt_tri b)
{
    if (a == RT_FALSE || b == RT_FALSE) return RT_FALSE;
    return (a == RT_TRUE && b == RT_TRUE) ? RT_TRUE : RT_UNKNOWN;
}

static rt_tri rt_or(rt_tri a, rt_tri b)
{
    if (a == RT_TRUE || b == RT_TRUE) return RT_TRUE;
    return (a == RT_FALSE && b == RT_FALSE) ? RT_FALSE : RT_UNKNOWN;
}

/* A party's place in the seniority order: the highest of the roles they hold. */
static int rt_rank_role(const md_model *m, const rt_party *p)
{
    int best = -1;
    for (size_t i = 0; i < p->nroles; i++) {
        int r = md_rank_role(m, p->roles[i]);
        if (r >= 0 && (best < 0 || md_rank_cmp(m, r, best, NULL) == MD_ABOVE)) best = r;
    }
    return best;
}

/* "junior ROLE": the one addressed is that role and ranks below the one who
 * acts (C_SENIOR: above).  Unknown when the order does not place them. */
static rt_tri rt_rank(const md_model *m, const md_cond *cond, const rt_case *c)
{
    if (!c->by.nroles || !c->to.nroles) return RT_UNKNOWN;
    if (cond->role >= 0 && !rt_party_is(m, &c->to, cond->role)) return RT_FALSE;
    int a = rt_rank_role(m, &c->to), b = rt_rank_role(m, &c->by);
    if (a < 0 || b < 0) return RT_UNKNOWN;
    md_rankcmp k = md_rank_cmp(m, a, b, NULL);
    if (k == MD_UNRANKED) return RT_UNKNOWN;
    return k == (cond->kind == C_JUNIOR ? MD_BELOW : MD_ABOVE) ? RT_TRUE : RT_FALSE;
}

rt_tri rt_eval(const md_model *m, const md_cond *cond, const rt_case *c)
{
    if (!cond) return RT_TRUE;
    switch (cond->kind) {
    case C_AND: return rt_and(rt_eval(m, cond->a, c), rt_eval(m, cond->b, c));
    case C_OR: return rt_or(rt_eval(m, cond->a, c), rt_eval(m, cond->b, c));
    case C_NOT: return rt_not(rt_eval(m, cond->a, c));
    case C_ABOUT: return rt_party_tri(m, &c->about, cond->role);
    case C_BY: return rt_party_tri(m, &c->by, cond->role);
    case C_TO: return rt_party_tri(m, &c->to, cond->role);
    case C_JUNIOR:
    case C_SENIOR: return rt_rank(m, cond, c);
    case C_FACT: return rt_stated(c, rt_fact(c, cond->text));
    case C_APPROVED: return rt_stated(c, rt_approved(m, cond, c));
    }
    return RT_UNKNOWN;
}
