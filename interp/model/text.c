/* text — see text.h. */
#include "text.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *tx_cat(const md_model *m, arena *ar, const char *a, const char *b)
{
    const char *r = ar_printf(ar, "%s%s", a, b);
    return r ? r : a;
}

const char *tx_a(const char *name)
{
    char c = name && name[0] ? name[0] : 'x';
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    return strchr("aeio", c) ? "an" : "a";
}

/* A name that brings its own article ("the media", "the Council's
 * Monitoring Officer", "a councillor for Brook ward") is given no other. */
static bool tx_has_article(const char *name)
{
    return strncasecmp(name, "the ", 4) == 0 || strncasecmp(name, "a ", 2) == 0 || strncasecmp(name, "an ", 3) == 0;
}

/* "a Member", "an Officer" */
const char *tx_some(const md_model *m, arena *ar, const char *name)
{
    if (!name) return "someone";
    return tx_has_article(name) ? name : ar_printf(ar, "%s %s", tx_a(name), name);
}

/* A thing that takes no "a": "disclose information", "give advice". */
static bool tx_mass(const char *name)
{
    static const char *const mass[] = { "information", "advice", "correspondence", "performance", "support",
                                        "assistance", "guidance", "evidence", "feedback", "help", "training",
                                        "work", "confidential information", "restricted information", NULL };
    for (const char *const *p = mass; *p; p++)
        if (strcasecmp(name, *p) == 0) return true;
    return false;
}

const char *tx_some_thing(const md_model *m, arena *ar, const char *name)
{
    if (name && tx_mass(name)) return name;
    return tx_some(m, ar, name);
}

/* "the Town Clerk" */
const char *tx_the(const md_model *m, arena *ar, const char *name)
{
    if (!name) return "someone";
    return tx_has_article(name) ? name : ar_printf(ar, "the %s", name);
}

const char *tx_action(const md_model *m, arena *ar, int action)
{
    if (action < 0) return "?";
    const md_term *t = &m->terms[action];
    if (!strchr(t->name, '-')) return t->name;
    char *s = ar_printf(ar, "%s", t->name);
    if (!s) return t->name;
    for (char *p = s; *p; p++)
        if (*p == '-') *p = ' ';
    return s;
}

static const char *tx_act_for(const md_model *m, arena *ar, const md_act *a, const char *person);

static const char *tx_act(const md_model *m, arena *ar, const md_act *a) { return tx_act_for(m, ar, a, NULL); }

static const char *tx_act_for(const md_model *m, arena *ar, const md_act *a, const char *person)
{
    const char *s = tx_action(m, ar, a->action);
    bool has_cp = a->counterpart >= 0 || person;
    const char *cp = person ? person : has_cp ? m->roles[a->counterpart].display : NULL;
    /* a counterpart with no preposition is the direct object: "inform Member of complaint" */
    if (has_cp && !a->counterpart_prep && !person) s = ar_printf(ar, "%s %s", s, cp);
    if (a->object >= 0) {
        s = tx_cat(m, ar, s, " ");
        if (a->object_prep) s = tx_cat(m, ar, tx_cat(m, ar, s, md_prep_word(a->object_prep)), " ");
        s = tx_cat(m, ar, s, m->terms[a->object].display);
    }
    if (has_cp && (a->counterpart_prep || person)) {
        s = tx_cat(m, ar, s, " ");
        if (a->counterpart_prep) s = tx_cat(m, ar, tx_cat(m, ar, s, md_prep_word(a->counterpart_prep)), " ");
        else if (a->object >= 0) s = tx_cat(m, ar, s, "for ");
        s = tx_cat(m, ar, s, cp);
    }
    if (a->detail) s = ar_printf(ar, "%s \"%s\"", s, a->detail);
    return s ? s : "?";
}

const char *tx_acts_for(const md_model *m, arena *ar, const md_act *acts, size_t n, const char *person)
{
    const char *s = "";
    for (size_t i = 0; i < n; i++) {
        if (i) s = tx_cat(m, ar, s, " and ");
        s = tx_cat(m, ar, s, tx_act_for(m, ar, &acts[i], acts[i].counterpart >= 0 ? person : NULL));
    }
    return s;
}

const char *tx_acts(const md_model *m, arena *ar, const md_act *acts, size_t n)
{
    const char *s = "";
    for (size_t i = 0; i < n; i++) {
        if (i) s = tx_cat(m, ar, s, " and ");
        s = tx_cat(m, ar, s, tx_act(m, ar, &acts[i]));
    }
    return s;
}

static const char *tx_cond_inner(const md_model *m, arena *ar, const md_cond *c)
{
    if (!c) return "";
    switch (c->kind) {
    case C_AND: return ar_printf(ar, "%s and %s", tx_cond_inner(m, ar, c->a), tx_cond_inner(m, ar, c->b));
    case C_OR: return ar_printf(ar, "(%s or %s)", tx_cond_inner(m, ar, c->a), tx_cond_inner(m, ar, c->b));
    case C_NOT: return ar_printf(ar, "not %s", tx_cond_inner(m, ar, c->a));
    case C_ABOUT: return ar_printf(ar, "it is about %s", tx_some(m, ar, md_role_name(m, c->role)));
    case C_BY: return ar_printf(ar, "it is by %s", tx_some(m, ar, md_role_name(m, c->role)));
    case C_TO: return ar_printf(ar, "it is addressed to %s", tx_some(m, ar, md_role_name(m, c->role)));
    case C_FACT: return ar_printf(ar, "\"%s\"", c->text);
    case C_APPROVED: return ar_printf(ar, "%s by %s", c->text, md_role_name(m, c->role));
    }
    return "";
}

/* The roles of an except, from its chain of "to ROLE or to ROLE …". */
static const char *tx_except(const md_model *m, arena *ar, const md_cond *c)
{
    if (c->kind == C_OR) return ar_printf(ar, "%s or %s", tx_except(m, ar, c->a), tx_except(m, ar, c->b));
    return tx_some(m, ar, md_role_name(m, c->role));
}

const char *tx_cond(const md_model *m, arena *ar, const md_cond *c)
{
    if (!c) return "";
    if (c->kind == C_NOT && c->except) return ar_printf(ar, "except for %s", tx_except(m, ar, c->a));
    if (c->kind == C_NOT) return ar_printf(ar, "unless %s", tx_cond_inner(m, ar, c->a));
    if (c->kind == C_AND && c->b && c->b->kind == C_NOT)
        return ar_printf(ar, "when %s, unless %s", tx_cond_inner(m, ar, c->a), tx_cond_inner(m, ar, c->b->a));
    return ar_printf(ar, "when %s", tx_cond_inner(m, ar, c));
}

const char *tx_deadline(const md_model *m, arena *ar, const md_deadline *d)
{
    if (d->kind == DUR_FIXED) return ar_printf(ar, "%d %s", (int)d->n, ast_unit_word(d->unit, d->n));
    if (d->kind == DUR_VAGUE) return md_vague(m, d);
    return "";
}

const char *tx_norm(const md_model *m, arena *ar, const md_norm *n)
{
    const char *s = ar_printf(ar, "%s %s %s", md_role_name(m, n->subject), ast_modality_word(n->mod),
                              tx_acts(m, ar, n->acts, n->nacts));
    if (n->acts[0].counterpart < 0 && n->counterpart >= 0)
        s = ar_printf(ar, "%s (towards %s)", s, md_role_name(m, n->counterpart));
    if (n->within.kind == DUR_FIXED) s = ar_printf(ar, "%s within %s", s, tx_deadline(m, ar, &n->within));
    else if (n->within.kind == DUR_VAGUE) s = ar_printf(ar, "%s (%s)", s, md_vague(m, &n->within));
    if (n->cond) s = ar_printf(ar, "%s, %s", s, tx_cond(m, ar, n->cond));
    if (n->x->nfallback) {
        s = ar_printf(ar, "%s, otherwise %s", s, tx_acts(m, ar, n->x->fallback, n->x->nfallback));
        if (n->x->fallback_within.kind != DUR_NONE)
            s = ar_printf(ar, "%s within %s", s, tx_deadline(m, ar, &n->x->fallback_within));
    }
    return s ? s : "?";
}

const char *tx_verdict(ast_modality mod)
{
    switch (mod) {
    case MOD_MUST: return "obliged";
    case MOD_SHOULD: return "recommended";
    case MOD_MAY: return "permitted";
    case MOD_MUST_NOT: return "forbidden";
    case MOD_SHOULD_NOT: return "discouraged";
    }
    return "unregulated";
}

const char *tx_meaning(ast_modality mod)
{
    switch (mod) {
    case MOD_MUST: return "an obligation: not doing it (in time) is a breach of the protocol";
    case MOD_SHOULD: return "a recommendation: not doing it is a departure, to be explained, not a breach";
    case MOD_MAY: return "a permission: it may be done, and need not be";
    case MOD_MUST_NOT: return "a prohibition: doing it is a breach of the protocol";
    case MOD_SHOULD_NOT: return "discouraged: doing it is a departure, to be explained, not a breach";
    }
    return "";
}
