/* routes — choosing an escalation route and deciding which of its steps
 * apply, for a raiser and a subject described by the roles they hold.
 * Used by the `route` query (one role each) and by the simulator (the
 * roles a person holds on the day). */
#ifndef CIVIC_ROUTES_H
#define CIVIC_ROUTES_H

#include "model.h"

typedef enum { RT_FALSE, RT_TRUE, RT_UNKNOWN } rt_tri;

typedef struct rt_party {
    const int *roles;
    size_t nroles;           /* 0 = unknown */
} rt_party;

typedef struct rt_case {
    rt_party by, about;
    rt_party to;             /* whom the act is addressed to (C_TO); unknown when empty */
    const char *const *facts;
    size_t nfacts;
} rt_case;

/* The most specific route of this kind for the case, or -1. */
int rt_choose(const md_model *m, int kind, const rt_case *c);
/* Does a condition hold?  Facts a case does not state are unknown. */
rt_tri rt_eval(const md_model *m, const md_cond *cond, const rt_case *c);
bool rt_party_is(const md_model *m, const rt_party *p, int role);

#endif
