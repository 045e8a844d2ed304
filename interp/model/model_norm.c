/* model_norm — resolving rules: which word is the action, the thing, the
 * counterpart; what event starts the clock; the deadline and fallback. */
#include "model_int.h"
#include "text.h"
#include "ast_pack.h"
#include "fail.h"

#include <stdint.h>
#include <stdlib.h>

#include <string.h>

_Static_assert(sizeof(md_act) == 40, "md_act stays 40 bytes: a model has one for every rule");

/* Words that make a deadline vague: "respond promptly", "in a timely manner". */
static bool mn_vague_word(const char *w)
{
    static const char *const v[] = { "timely", "promptly", "asap", "immediately", "quickly", "soon",
                                     "reasonably", "expeditiously", NULL };
    for (const char *const *p = v; *p; p++)
        if ((*p)[0] == w[0] && strcmp(w, *p) == 0) return true;   /* (most words differ at once) */
    return false;
}

static void mn_vague(md_model *m, md_deadline *dl, const ast_word *w, const char *text)
{
    if (dl->kind != DUR_NONE) return;
    dl->kind = DUR_VAGUE;
    md__set_vague(m, dl, text);
    dl->at = w->at;
}

/* Skip "as soon as possible" and "in a timely manner"; returns the last word used. */
static const ast_word *mn_phrase(md_model *m, const ast_word *w, md_deadline *dl)
{
    if (w->kind == W_IDENT && strcmp(w->text, "as") == 0 && w->next && w->next->kind == W_IDENT &&
        strcmp(w->next->text, "soon") == 0) {
        const ast_word *e = w->next;
        while (e->next && e->next->kind == W_IDENT &&
               (strcmp(e->next->text, "as") == 0 || strcmp(e->next->text, "possible") == 0 ||
                strcmp(e->next->text, "practicable") == 0))
            e = e->next;
        mn_vague(m, dl, w, "as soon as possible");
        if (dl->kind == DUR_VAGUE && dl->at.start == w->at.start) dl->at = loc_span(w->at, e->at);
        return e;
    }
    if (w->kind == W_IDENT && strcmp(w->text, "manner") == 0) return w;   /* "in a timely manner" */
    return NULL;
}

static const char *mn_join_detail(md_model *m, const char *old, const char *add)
{
    if (!old) return add;
    return ar_printf(m->ar, "%s %s", old, add);
}

/* What an act says beyond its action, thing and counterpart: "junior
 * Officer" (the counterpart's rank), "only junior Officer" (those alone). */
typedef struct mn_extra {
    ast_condkind qual;           /* C_JUNIOR or C_SENIOR, when has_qual */
    bool has_qual, only_cp;
    loc qual_at;
} mn_extra;

/* Words that begin a timing: "before the next meeting", "after …". */
static bool mn_timing_word(const char *w)
{
    static const char *const t[] = { "before", "after", "no", "later", "end", "close", "next", "following",
                                     "same", "prior", "during", "latest", "earliest", NULL };
    for (const char *const *p = t; *p; p++)
        if (strcmp(w, *p) == 0) return true;
    return false;
}

/* A run of words that name nothing: one error for the run, not one a word
 * ("before the next meeting" is one unknown timing).  Returns the last word
 * of the run. */
/* The keywords that can stand among an act's words ("whn about Clerk",
 * "instruct Officer form Clerk"): one of them closer to the unknown word
 * than the nearest name (or with no name near) is what was meant. */
static const char *mn_near_keyword(const char *text, const char *name)
{
    static const char *const kws[] = { "when", "unless", "from", "to", "about", "with", "for", "by", "on",
                                       "within", "otherwise", "and", "or", "not", NULL };
    sg_best b;
    sg_begin(&b, text);
    if (b.cap > 1) b.cap = strlen(text) <= 5 ? 1 : 2;   /* a keyword is short: "once" is not "on" */
    for (const char *const *k = kws; *k; k++) sg_offer(&b, *k);
    const char *kw = sg_result(&b);
    if (!kw || !name) return kw;
    return b.dist < sg_distance(text, name, b.dist) ? kw : NULL;
}

static const ast_word *mn_unknown_run(md_model *m, const ast_word *w, const char *prep)
{
    const ast_word *end = w;
    while (end->next && end->next->kind == W_IDENT && md_find_role(m, end->next->text) < 0 &&
           md_find_term(m, end->next->text, MT_THING) < 0 && md_find_rel(m, end->next->text) < 0 &&
           !mn_vague_word(end->next->text))
        end = end->next;
    loc at = loc_span(w->at, end->at);
    bool timing = mn_timing_word(w->text) || (prep && strcmp(prep, "by") == 0);   /* "by the next meeting" */
    if (timing) {
        MD_ERR(m, "bad-duration", at, "Civic does not know this timing");
        MD_HINT(m, "write 'within 2 working days', 'by the end of the next working day', 'within 5 days', "
                   "'within 1 month', or 'as soon as possible and at the latest within 10 working days'");
        return end;
    }
    if (md_find_term(m, w->text, MT_ACTION) >= 0) {
        MD_ERR(m, "unexpected-action", w->at, "'%s' is an action; one rule has one action", w->text);
        MD_HINT(m, "join two actions with 'and': 'acknowledge enquiry and give timescale'");
        return w;
    }
    const char *sr = md_suggest_role(m, w->text);
    const char *st = md_suggest_term(m, w->text, MT_THING);
    if (!sr && !st) {   /* a relation misspelt: "line-mangaer" */
        sg_best b;
        sg_begin(&b, w->text);
        for (size_t i = 0; i < m->nrels; i++) sg_offer(&b, m->rels[i].name);
        st = sg_result(&b);
    }
    const char *near = mn_near_keyword(w->text, sr ? sr : st);
    if (end != w) MD_ERR(m, "unknown-name", at, "unknown words '%s …': not a role, a thing or a timing", w->text);
    else MD_ERR(m, "unknown-name", w->at, "unknown name '%s': not a role or a thing", w->text);
    if (end == w && ld_stdlib_declares("roles", w->text))
        MD_HINT(m, "'%s' is a role of the standard library: add 'use \"roles\"' at the top of the file", w->text);
    else if (near) MD_HINT(m, "did you mean '%s'?", near);
    else if (sr || st) MD_HINT(m, "did you mean '%s'?", sr ? sr : st);
    else MD_HINT(m, "declare it with 'thing %s' (or 'role %s'), or put free text in quotes", w->text, w->text);
    return end;
}

/* "line-manager", "line-manager of Officer": a relation as the counterpart. */
static const ast_word *mn_rel_word(md_model *m, const ast_word *w, int rel, md_act *out)
{
    out->rel = (int16_t)(rel + 1);
    out->rel_of = RP_SELF;
    const ast_word *of = w->next;
    if (of && of->kind == W_KEYWORD && strcmp(of->text, "of") == 0 && of->next && of->next->kind == W_IDENT) {
        const ast_word *who = of->next;
        while (who && who->kind == W_IDENT && md__is_article(who->text)) who = who->next;
        int r = who ? md_find_role(m, who->text) : -1;
        if (r >= 0) {
            out->rel_of = RP_ABOUT;
            out->rel_role = (int16_t)r;
            return who;
        }
    }
    return w;
}

static bool mn_role_word(md_model *m, const ast_word *w, int r, const char *prep, md_act *out)
{
    if (out->counterpart >= 0 && out->counterpart != r) {
        MD_ERR(m, "two-counterparts", w->at, "this rule already names '%s'; a rule is towards one role",
               m->roles[out->counterpart].name);
        MD_HINT(m, "write one rule per role, or name a role both are, like 'Officer'");
        return false;
    }
    out->counterpart = r;
    out->counterpart_prep = md_prep_of(prep);
    return true;
}

static bool mn_thing_word(md_model *m, const ast_word *w, int t, const char *prep, md_act *out)
{
    if (out->object >= 0 && out->object != t) {
        MD_ERR(m, "two-things", w->at, "this rule already names the thing '%s'", m->terms[out->object].name);
        MD_HINT(m, "a rule concerns one thing; join two actions with 'and' if you need both");
        return false;
    }
    out->object = t;
    out->object_prep = md_prep_of(prep);
    return true;
}

/* "junior", "senior", "only" before a counterpart. */
static bool mn_qualifier(const ast_word *w, mn_extra *x)
{
    if (strcmp(w->text, "only") == 0) { x->only_cp = true; return true; }
    if (strcmp(w->text, "junior") != 0 && strcmp(w->text, "senior") != 0) return false;
    x->has_qual = true;
    x->qual = w->text[0] == 'j' ? C_JUNIOR : C_SENIOR;
    x->qual_at = w->at;
    return true;
}

/* "must nto instruct": an unknown word in the verb's place, right after the
 * modality, close to 'not' and to no action. */
static bool mn_means_not(md_model *m, const char *verb)
{
    return !m->ld->use_failed && sg_distance(verb, "not", 1) <= 1 && md_find_term(m, verb, MT_THING) < 0 &&
           !md_suggest_term(m, verb, MT_ACTION);
}

/* The act's verb, which must be an action. */
static bool mn_act_verb(md_model *m, const ast_act *a, md_act *out)
{
    out->action = md_find_term(m, a->verb.s, MT_ACTION);
    if (out->action >= 0) return true;
    if (md_find_role(m, a->verb.s) >= 0) {
        MD_ERR(m, "not-an-action", a->verb.at, "'%s' is a role, but an action is needed here", a->verb.s);
        MD_HINT(m, "a rule reads ROLE must ACTION …, like 'Officer must respond to enquiry from Member'");
    } else if (mn_means_not(m, a->verb.s)) {
        /* "must nto instruct": the verb's place, right after the modality, is where 'not' goes */
        MD_ERR(m, "unknown-action", a->verb.at, "unknown action '%s'", a->verb.s);
        MD_HINT(m, "did you mean 'not'?");
    } else {
        md__term_ref(m, a->verb, MT_ACTION, "an action");
    }
    return false;
}

/* A name in the act (after its verb): its counterpart role, its thing, or
 * a relation as its counterpart.  Clears *ok when it is wrong here
 * (reported); returns the last word it read. */
static const ast_word *mn_act_name(md_model *m, const ast_word *w, const char *prep, md_act *out, bool *ok)
{
    int r = md_find_role(m, w->text), t = r < 0 ? md_find_term(m, w->text, MT_THING) : -1;
    int rel = r < 0 && t < 0 ? md_find_rel(m, w->text) : -1;
    if (r >= 0) *ok = mn_role_word(m, w, r, prep, out) && *ok;
    else if (t >= 0) *ok = mn_thing_word(m, w, t, prep, out) && *ok;
    else if (rel >= 0) { w = mn_rel_word(m, w, rel, out); out->counterpart_prep = md_prep_of(prep); }
    else if (m->ld->use_failed) *ok = false;
    else { w = mn_unknown_run(m, w, prep); *ok = false; }
    return w;
}

static void mn_act_init(const ast_act *a, md_act *out)
{
    memset(out, 0, sizeof *out);
    out->action = out->object = out->counterpart = -1;
    out->rel = 0;
    out->rel_role = -1;
    out->at = a->at;
}

/* Resolve one act; returns false when something in it is unknown. */
static bool mn_act(md_model *m, const ast_act *a, md_act *out, md_deadline *dl, mn_extra *x)
{
    mn_act_init(a, out);
    /* "give advice to Member": the verb and the words after it may name one action (advise) */
    size_t used;
    out->action = md__phrase_of(m, a->verb.s, a->words, &used);
    bool ok = out->action >= 0 || mn_act_verb(m, a, out);
    const ast_word *w = md__words_after(a->words, used);
    if (used && w && w->kind == W_KEYWORD && strcmp(w->text, "to") == 0)
        w = w->next;   /* "give advice to Member" is "advise Member": the "to" was the phrase's */
    const char *prep = NULL;
    for (; w; w = w->next) {
        if (w->kind == W_KEYWORD) {
            if (!mn_qualifier(w, x)) prep = w->text;
            continue;
        }
        if (w->kind == W_STRING) {
            out->detail = mn_join_detail(m, out->detail, w->text);
            prep = NULL;
            continue;
        }
        const ast_word *end = mn_phrase(m, w, dl);
        if (end) { w = end; prep = NULL; continue; }
        if (md__is_article(w->text) || strcmp(w->text, "in") == 0) continue;
        if (mn_vague_word(w->text)) { mn_vague(m, dl, w, w->text); continue; }
        w = mn_act_name(m, w, prep, out, &ok);
        prep = NULL;
    }
    if (prep) {
        MD_ERR(m, "dangling-prep", a->at, "'%s' at the end of the rule needs a role or thing after it", prep);
        ok = false;
    }
    return ok;
}

static md_act *mn_acts(md_model *m, const ast_act *list, uint32_t *n, md_deadline *dl, bool *ok, mn_extra *x)
{
    size_t k = 0;
    for (const ast_act *a = list; a; a = a->next) k++;
    *n = 0;
    if (!k) return NULL;
    md_act *out = ar_alloc(m->ar, k * sizeof *out);
    if (!out) { dg_oom(m->dg); return NULL; }
    for (const ast_act *a = list; a; a = a->next) {
        if (!mn_act(m, a, &out[*n], dl, x)) *ok = false;
        (*n)++;
    }
    return out;
}

/* Room for one more rule?  Reports the limit once (see MD_MAX_NORMS). */
static bool mn_room(md_model *m, loc at)
{
    if (m->nnorms < MD_MAX_NORMS) return true;
    if (!m->too_many_norms)
        MD_ERR(m, "too-many", at, "more than %d rules: this one and those after it are not read", MD_MAX_NORMS);
    m->too_many_norms = true;
    return false;
}

/* "overrides [8.1], [8.2]": the clauses and where each is named. */
static bool mn_overrides(md_model *m, const ast_norm *an, md_norm_x *x)
{
    for (const ast_word *w = an->overrides; w; w = w->next) x->noverrides++;
    if (!x->noverrides) return true;
    x->overrides = ar_alloc(m->ar, x->noverrides * sizeof *x->overrides);
    x->overrides_at = ar_alloc(m->ar, x->noverrides * sizeof *x->overrides_at);
    if (!x->overrides || !x->overrides_at) { dg_oom(m->dg); return false; }
    size_t i = 0;
    for (const ast_word *w = an->overrides; w; w = w->next, i++) {
        x->overrides[i] = w->text;
        x->overrides_at[i] = w->at;
    }
    return true;
}

/* The clock starts when the thing arrives: "respond to enquiry from
 * Member", "comply with request".  A bare object ("give advice") is what
 * the subject produces, not what starts the duty. */
static void mn_trigger(md_norm *n)
{
    const char *op = md_prep_word(n->acts[0].object_prep), *cp = md_prep_word(n->acts[0].counterpart_prep);
    bool received = (op && strcmp(op, "of") != 0 && strcmp(op, "for") != 0 && strcmp(op, "by") != 0) ||
                    (cp && strcmp(cp, "from") == 0);
    if ((n->mod == MOD_MUST || n->mod == MOD_SHOULD) && n->acts[0].object >= 0 && received) {
        n->trigger = n->acts[0].object;
        n->trigger_from = n->counterpart;
    }
}

/* The rule's rare parts, given a place of their own only when it has any. */
static bool mn_keep_x(md_model *m, md_norm *n, const md_norm_x *x)
{
    n->x = (md_norm_x *)&md_norm_x_none;
    if (!x->nfallback && !x->noverrides && x->fallback_within.kind == DUR_NONE && x->target.kind == DUR_NONE)
        return true;
    n->x = ar_alloc(m->ar, sizeof *n->x);
    if (!n->x) { dg_oom(m->dg); return false; }
    *n->x = *x;
    return true;
}

static md_cond *mn_cond_new(md_model *m, ast_condkind kind, int role, loc at, md_cond *a, md_cond *b)
{
    md_cond *c = ar_alloc(m->ar, sizeof *c);
    if (!c) { dg_oom(m->dg); return NULL; }
    c->kind = kind;
    c->role = role;
    c->at = at;
    c->a = a;
    c->b = b;
    return c;
}

/* A relation as the counterpart stands for the role its holder is, for the
 * subject's own ("their line manager") or for whom the act is about. */
static bool mn_rel_counterpart(md_model *m, const md_norm *n, md_act *a)
{
    int whose = a->rel_of == RP_ABOUT ? a->rel_role : n->subject;
    const md_relcase *c = md_rel_case(m, md_act_rel(a), whose);
    if (!c) {
        const md_rel *rel = &m->rels[md_act_rel(a)];
        MD_ERR(m, "bad-relation", a->at, "the %s is of %s, not of %s", md_rel_noun(m, m->ar, md_act_rel(a)),
               md_role_name(m, rel->ncases ? rel->cases[0].of : -1), md_role_name(m, whose));
        MD_HINT(m, "name whose it is: '%s of Officer'", rel->name);
        return false;
    }
    a->counterpart = c->is;
    return true;
}

/* The role the rule is towards: the first act's counterpart, or, in
 * "instruct and manage junior Officer", the act's that names one. */
static int mn_acts_cp(const md_norm *n)
{
    for (uint32_t i = 0; i < n->nacts; i++)
        if (n->acts[i].counterpart >= 0) return n->acts[i].counterpart;
    return -1;
}

/* What the acts said beyond themselves: a relation as the counterpart,
 * "junior Officer" (a condition on the counterpart's rank), "only". */
static bool mn_extras(md_model *m, md_norm *n, const mn_extra *ext)
{
    for (uint32_t i = 0; i < n->nacts; i++)
        if (md_act_rel(&n->acts[i]) >= 0 && !mn_rel_counterpart(m, n, &n->acts[i])) return false;
    n->only_cp = ext->only_cp;
    if (ext->has_qual) {
        md_cond *q = mn_cond_new(m, ext->qual, mn_acts_cp(n), ext->qual_at, NULL, NULL);
        if (!q) return false;
        n->cond = n->cond ? mn_cond_new(m, C_AND, -1, loc_span(q->at, n->cond->at), n->cond, q) : q;
        if (!n->cond) return false;
    }
    if (n->only_cp && mn_acts_cp(n) < 0) {
        MD_ERR(m, "syntax", n->at, "'only' here needs the role the rule is towards");
        MD_HINT(m, "write 'Officer may instruct only junior Officer'");
        return false;
    }
    if (n->only_cp && n->mod != MOD_MAY) {
        MD_ERR(m, "syntax", n->at, "'only' goes with 'may'");
        MD_HINT(m, "write 'Officer may instruct only junior Officer': the others must not");
        return false;
    }
    return !(n->only && n->mod != MOD_MAY);   /* (the parser said so) */
}

/* The rule's subject: a role, or a relation ("line-manager of Officer",
 * "line-manager": of the relation's own `of` role), which stands for the
 * role its holder is.  -1 when wrong (reported). */
static int mn_subject(md_model *m, md_norm *n, const ast_namelist *subj)
{
    if (!subj->of.s && md_find_rel(m, subj->name.s) < 0) return md__role_ref(m, subj->name);
    int r = md__rel_ref(m, subj->name);
    if (r < 0) return -1;
    const md_rel *rel = &m->rels[r];
    int of = subj->of.s ? md__role_ref(m, subj->of) : rel->ncases ? rel->cases[0].of : -1;
    if (of < 0) return -1;
    const md_relcase *c = md_rel_case(m, r, of);
    const char *of_name = md_role_name(m, rel->ncases ? rel->cases[0].of : -1);
    if (!c) {
        MD_ERR(m, "bad-relation", subj->name.at, "the %s is of %s, not of %s", md_rel_noun(m, m->ar, r), of_name,
               md_role_name(m, of));
        MD_HINT(m, "name whose it is: '%s of %s'", rel->name, of_name);
        return -1;
    }
    if (c->is < 0) {
        MD_ERR(m, "bad-relation", subj->name.at, "the protocol says %s has no %s%s%s%s: the rule would bind no one",
               tx_some(m, m->ar, m->roles[of].display), md_rel_noun(m, m->ar, r), c->clause ? " [" : "",
               c->clause ? c->clause : "", c->clause ? "]" : "");
        MD_HINT(m, "name a role that has one: '%s of %s'", rel->name, of_name);
        return -1;
    }
    n->subj_rel = (int16_t)(r + 1);
    n->subj_of = (int16_t)of;
    return c->is;
}

static void mn_norm(md_model *m, const ast_decl *d, const ast_namelist *subj, size_t *cap)
{
    if (!mn_room(m, d->at)) return;
    const ast_norm *an = &d->u.norm;
    md_norm n;
    memset(&n, 0, sizeof n);
    n.clause = an->clause;
    n.at = d->at;
    n.mod = an->mod;
    md_norm_x x;             /* kept only if the rule has any of it */
    memset(&x, 0, sizeof x);
    if (!mn_overrides(m, an, &x)) return;
    n.in_block = an->in_block;
    n.trigger = n.trigger_from = n.counterpart = -1;
    n.subj_of = -1;
    n.subject = mn_subject(m, &n, subj);
    bool ok = n.subject >= 0;
    md__deadline(m, &n.within, &an->within);
    md__deadline(m, &x.fallback_within, &an->fallback_within);
    md__deadline(m, &x.target, &an->target);
    mn_extra ext = { C_AND, false, false, { 0, 0, 0 } }, fext = ext;
    n.acts = mn_acts(m, an->acts, &n.nacts, &n.within, &ok, &ext);
    x.fallback = mn_acts(m, an->fallback, &x.nfallback, &x.fallback_within, &ok, &fext);
    n.cond = md__cond(m, an->cond);
    if (n.nacts == 0) ok = false;
    if (!ok) return;
    n.only = an->only;
    if (!mn_extras(m, &n, &ext)) return;
    n.counterpart = mn_acts_cp(&n);
    if (n.counterpart < 0 && an->towards.s) n.counterpart = md__role_ref(m, an->towards);
    mn_trigger(&n);
    if (x.nfallback && x.fallback_within.kind == DUR_NONE) x.fallback_within = n.within;
    if (mn_keep_x(m, &n, &x)) MD_PUSH(m, m->norms, m->nnorms, *cap, n);
}

/* Key of "subject does verb v towards counterpart" in mn_relations' set. */
static uint64_t mn_rel_key(int subject, int counterpart, int v)
{
    return ((uint64_t)(uint32_t)subject << 32) | ((uint64_t)(uint32_t)(counterpart + 1) << 1) | (uint64_t)v;
}

/* Note that the rule (subject, action, counterpart) is stated, for each verb the action is. */
static void mn_rel_note(md_model *m, hmap *stated, const int actions[2], int subject, int action, int counterpart)
{
    for (int v = 0; v < 2; v++)
        if (actions[v] >= 0 && action == actions[v] && !hm_put(stated, mn_rel_key(subject, counterpart, v), 1))
            dg_oom(m->dg);
}

/* "… except Clerk, Mayor" as a rule's condition: unless to Clerk or to Mayor. */
static md_cond *mn_except_cond(md_model *m, const md_roleset *ex)
{
    md_cond *any = NULL;
    for (size_t i = ex->n; i-- > 0;) {
        md_cond *to = ar_alloc(m->ar, sizeof *to);
        if (!to) { dg_oom(m->dg); return NULL; }
        to->kind = C_TO;
        to->role = ex->roles[i];
        to->at = ex->at[i];
        if (any) {
            md_cond *o = ar_alloc(m->ar, sizeof *o);
            if (!o) { dg_oom(m->dg); return NULL; }
            o->kind = C_OR;
            o->role = -1;
            o->at = loc_span(to->at, any->at);
            o->a = to;
            o->b = any;
            to = o;
        }
        any = to;
    }
    md_cond *no = ar_alloc(m->ar, sizeof *no);
    if (!no) { dg_oom(m->dg); return NULL; }
    no->kind = C_NOT;
    no->role = -1;
    no->at = any->at;
    no->a = any;
    no->except = true;
    return no;
}

/* The permission a relation gives: role r may manage (v 0) or appoint (v 1)
 * its i-th related role.  False when no more rules can be added. */
static bool mn_relation_norm(md_model *m, size_t r, int v, size_t i, int action, size_t *cap)
{
    const md_role *role = &m->roles[r];
    const int *to = v == 0 ? role->manages : role->appoints;
    const char *const *cl = v == 0 ? role->manages_cl : role->appoints_cl;
    const loc *ats = v == 0 ? role->manages_at : role->appoints_at;
    md_act *a = ar_alloc(m->ar, sizeof *a);
    if (!a) { dg_oom(m->dg); return false; }
    a->action = action;
    a->object = -1;
    a->counterpart = to[i];
    a->at = ats ? ats[i] : role->at;
    md_norm nm;
    memset(&nm, 0, sizeof nm);
    nm.clause = cl ? cl[i] : role->clause;
    nm.at = a->at;
    nm.subject = (int)r;
    nm.mod = MOD_MAY;
    nm.acts = a;
    nm.nacts = 1;
    nm.counterpart = to[i];
    nm.trigger = nm.trigger_from = -1;
    nm.from_role = true;
    nm.x = (md_norm_x *)&md_norm_x_none;
    /* "manages Officer except Clerk": may manage an Officer, unless the Clerk */
    const md_roleset *ex = md_relation_except(role, v == 1, i);
    if (ex) nm.cond = mn_except_cond(m, ex);
    if (!mn_room(m, a->at)) return false;
    MD_PUSH(m, m->norms, m->nnorms, *cap, nm);
    return true;
}

/* The permissions of role r's relations of verb v (0 manages, 1 appoints)
 * that no rule states; false when no more rules can be added. */
static bool mn_role_relations(md_model *m, size_t r, int v, const int actions[2], hmap *stated, size_t *cap)
{
    const md_role *role = &m->roles[r];
    const int *to = v == 0 ? role->manages : role->appoints;
    size_t n = v == 0 ? role->nmanages : role->nappoints;
    for (size_t i = 0; i < n; i++) {
        uint32_t seen;
        if (hm_get(stated, mn_rel_key((int)r, to[i], v), &seen)) continue;
        if (!mn_relation_norm(m, r, v, i, actions[v], cap)) return false;
        mn_rel_note(m, stated, actions, (int)r, actions[v], to[i]);
    }
    return true;
}

/* "role Clerk … manages Officer" answers "can Clerk manage Officer": each
 * manages/appoints relation is also a permission, cited by the role's clause
 * (unless the protocol says it in a rule of its own). */
static void mn_relations(md_model *m, size_t *cap)
{
    static const char *const verbs[2] = { "manage", "appoint" };
    /* the rules stated so far by subject, verb and counterpart (a set, not a
     * scan of every rule per relation) */
    int actions[2];
    for (int v = 0; v < 2; v++) actions[v] = md_lookup_term(m, verbs[v], MT_ACTION);
    hmap stated;
    hm_init(&stated);
    if (actions[0] >= 0 || actions[1] >= 0)
        for (size_t k = 0; k < m->nnorms; k++)
            mn_rel_note(m, &stated, actions, m->norms[k].subject, m->norms[k].acts[0].action, m->norms[k].counterpart);
    bool room = true;
    for (int v = 0; v < 2 && room; v++)
        for (size_t r = 0; actions[v] >= 0 && r < m->nroles && room; r++)
            room = mn_role_relations(m, r, v, actions, &stated, cap);
    hm_free(&stated);
}

/* ---- only ---------------------------------------------------------------------- */

/* "except for a Town Clerk or a Mayor", as a condition: not (by A or by B). */
static md_cond *mn_except_by(md_model *m, const md_norm *group, size_t ngroup, int root)
{
    md_cond *any = NULL;
    for (size_t i = 0; i < ngroup; i++) {
        if (!md_is_a(m, group[i].subject, root)) continue;
        md_cond *by = mn_cond_new(m, C_BY, group[i].subject, group[i].at, NULL, NULL);
        if (!by) return NULL;
        any = any ? mn_cond_new(m, C_OR, -1, by->at, any, by) : by;
        if (!any) return NULL;
    }
    if (!any) return NULL;
    md_cond *no = mn_cond_new(m, C_NOT, -1, any->at, any, NULL);
    if (no) no->except = true;
    return no;
}

static void mn_push_only(md_model *m, md_norm nm, md_cond *extra, size_t *cap)
{
    nm.mod = MOD_MUST_NOT;
    nm.only = nm.only_cp = false;
    nm.from_only = true;
    nm.trigger = nm.trigger_from = -1;
    nm.x = (md_norm_x *)&md_norm_x_none;
    if (extra) {
        nm.cond = nm.cond ? mn_cond_new(m, C_AND, -1, extra->at, nm.cond, extra) : extra;
        if (!nm.cond) return;
    }
    if (!mn_room(m, nm.at)) return;
    MD_PUSH(m, m->norms, m->nnorms, *cap, nm);
}

/* "only Clerk, Mayor may …" (one rule per subject, in a row): every other
 * role must not — each root of the hierarchy that is not external, with
 * the named roles beneath it excepted. */
static void mn_only_subjects(md_model *m, size_t k, size_t ngroup, size_t *cap)
{
    for (size_t r = 0; r < m->nroles; r++) {
        const md_role *root = &m->roles[r];
        if (root->nparents || root->external) continue;
        bool named = false;
        for (size_t i = 0; i < ngroup; i++) named |= m->norms[k + i].subject == (int)r;
        if (named) continue;   /* "only Officer may …": nothing beneath is left out */
        md_cond *ex = mn_except_by(m, &m->norms[k], ngroup, (int)r);
        md_norm nm = m->norms[k];
        nm.subject = (int)r;
        mn_push_only(m, nm, ex, cap);
    }
}

/* "Officer may instruct only junior Officer": must not instruct any other
 * Officer; "may speak only to Chair": must not to any other Member. */
static void mn_only_counterparts(md_model *m, size_t k, size_t *cap)
{
    md_norm nm = m->norms[k];
    uint32_t ai = 0;   /* the act that names the counterpart */
    while (ai + 1 < nm.nacts && nm.acts[ai].counterpart < 0) ai++;
    int cp = nm.acts[ai].counterpart;
    const md_role *c = &m->roles[cp];
    int root = cp;   /* the nearest role above it that is a kind of nothing */
    for (size_t i = 0; i < c->nancestors; i++)
        if (m->roles[c->ancestors[i]].nparents == 0) { root = c->ancestors[i]; break; }
    md_act *acts = ar_alloc(m->ar, nm.nacts * sizeof *acts);
    if (!acts) { dg_oom(m->dg); return; }
    memcpy(acts, nm.acts, nm.nacts * sizeof *acts);
    acts[ai].counterpart = root;
    nm.acts = acts;
    nm.counterpart = root;
    md_cond *who = root == cp ? NULL : mn_cond_new(m, C_TO, cp, acts[ai].at, NULL, NULL);
    md_cond *keep = m->norms[k].cond;   /* what the permission asks: "to Chair", "junior" */
    if (who) keep = keep ? mn_cond_new(m, C_AND, -1, who->at, who, keep) : who;
    nm.cond = NULL;
    md_cond *no = keep ? mn_cond_new(m, C_NOT, -1, keep->at, keep, NULL) : NULL;
    if (!no) {
        MD_WARN(m, "only-everyone", nm.at, "'only' here leaves no one out: the rule is towards every %s",
                md_role_name(m, cp));
        MD_HINT(m, "name a kind of %s, or a rank: 'only junior %s'", m->roles[cp].name, m->roles[cp].name);
        return;
    }
    no->except = who && keep == who;
    mn_push_only(m, nm, no, cap);
}

static void mn_only(md_model *m, size_t *cap)
{
    size_t n = m->nnorms;
    for (size_t k = 0; k < n;) {
        /* (by index: pushing may move the array) */
        bool only = m->norms[k].only;
        loc at = m->norms[k].at;
        size_t g = 1;
        while (only && k + g < n && m->norms[k + g].only && m->norms[k + g].at.start == at.start &&
               m->norms[k + g].at.file == at.file)
            g++;
        if (only) mn_only_subjects(m, k, g, cap);
        for (size_t i = 0; i < g; i++)
            if (m->norms[k + i].only_cp) mn_only_counterparts(m, k + i, cap);
        k += g;
    }
}

/* ---- reading the packed rules --------------------------------------------------- */

/* A chunk of packed rules (ast_pack.h) and the subjects of its rules. */
typedef struct mn_piece {
    pk_chunk *c;
    size_t bytes, nsubjects;
} mn_piece;

/* Resolve the rules of pieces[0..n) into m, in order, freeing each chunk
 * once read.  The rules are unpacked one at a time into a scratch arena,
 * read, and their trees dropped again. */
static void mn_read(md_model *m, const mn_piece *pieces, size_t n, size_t *cap)
{
    arena scratch;
    ar_init(&scratch);
    bool failed = false;
    for (size_t i = 0; i < n; i++) {
        pk_reader rd;
        pk_take_chunk(&rd, pieces[i].c);
        ast_decl *d;
        while (!failed && (d = pk_next(&rd, &scratch))) {
            for (const ast_namelist *s = d->u.norm.subjects; s; s = s->next) mn_norm(m, d, s, cap);
            ar_reset(&scratch);
        }
        if (scratch.failed && !failed) { dg_oom(m->dg); failed = true; }
        pk_end(&rd);   /* the rest of a chunk left unread is freed all the same */
    }
    ar_free(&scratch);
}

/* One array of the right size for the rules: every subject of every rule,
 * and every manages/appoints relation (growing it by doubling in the arena
 * would leave the outgrown copies behind, as much again as the array).
 * Returns its size; *relations, *npieces: the relations, the packed chunks. */
static size_t mn_alloc(md_model *m, size_t *relations, size_t *npieces)
{
    size_t cap = 0;
    *relations = *npieces = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        const pk_buf *b = &m->ld->units[u].ast.norms;
        cap += b->nsubjects;
        for (const pk_chunk *c = pk_first(b); c; c = pk_following(c)) (*npieces)++;
    }
    for (size_t r = 0; r < m->nroles; r++) *relations += m->roles[r].nmanages + m->roles[r].nappoints;
    cap += *relations;
    if (!cap) return 0;
    m->norms = ar_alloc_raw(m->ar, cap * sizeof *m->norms);   /* (each is written whole as it is pushed) */
    if (!m->norms) { dg_oom(m->dg); return 0; }
    return cap;
}

/* Every chunk of packed rules of the load, as pieces (which own them now). */
static size_t mn_pieces(md_model *m, mn_piece *pieces)
{
    size_t n = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        pk_buf *b = &m->ld->units[u].ast.norms;
        if (b->taken) {
            /* (md_build is called once per load: see model.h) */
            loc nowhere = { 0, 0, 0 };
            dg_report(m->dg, DG_ERROR, "internal", nowhere, "the rules of this load were read by an earlier model");
            dg_hint(m->dg, "build one model per load");
            break;
        }
        for (pk_chunk *c = pk_first(b); c; c = pk_following(c))
            if (pieces) pieces[n++] = (mn_piece){ c, pk_chunk_bytes(c), pk_chunk_subjects(c) };
        /* the chunks are the pieces' now (freed as read, or left unread below) */
        if (pieces) pk_taken(b);
    }
    return n;
}

void md__norms(md_model *m)
{
    size_t relations, npieces;
    size_t cap = mn_alloc(m, &relations, &npieces);
    mn_piece *pieces = npieces ? fail_calloc(npieces, sizeof *pieces) : NULL;
    if (npieces && !pieces) dg_oom(m->dg);
    size_t n = mn_pieces(m, pieces);
    mn_read(m, pieces, n, &cap);
    free(pieces);
    mn_only(m, &cap);
    mn_relations(m, &cap);
}
