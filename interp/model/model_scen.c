/* model_scen — people, scenario events and expectations. */
#include "model_int.h"

#include <limits.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A scenario may have a million items: an item is an event or an
 * expectation, so these two set its size (model.h says what is where).
 * md_expect was 80 bytes before the compiled question of EX_VERDICT. */
_Static_assert(sizeof(md_event) == 72, "md_event stays 72 bytes: rare parts go in md_event_x");
_Static_assert(sizeof(md_expect) == 88, "md_expect stays 88 bytes");

/* Words an event reads as its own, not as names: the articles, and "where",
 * "given" and "because", which bring in facts and reasons. */
static bool ms_event_word(const char *w)
{
    return md__is_article(w) || strcmp(w, "where") == 0 || strcmp(w, "given") == 0 || strcmp(w, "because") == 0;
}

/* The role a person holds: by its name as written, or (as a query reads
 * it) by its name in any case, its display name or an alias, when that
 * names one role only ("Town Clerk", councillor).  Reports; -1. */
static int ms_role_held(md_model *m, ast_name n)
{
    if (!n.s) return -1;
    int r = md_find_role(m, n.s), other;
    if (r >= 0) return r;
    r = md_lookup_role_only(m, n.s, &other);
    if (r >= 0 && other < 0) return r;
    if (r < 0) return md__role_ref(m, n);
    MD_ERR(m, "unknown-role", n.at, "'%s' names two roles: %s (%s) and %s (%s)", n.s, m->roles[r].name,
           m->roles[r].display, m->roles[other].name, m->roles[other].display);
    MD_HINT(m, "write the role's own name, like '%s'", m->roles[r].name);
    return -1;
}

static bool ms_person(md_model *m, const ast_person *ap, md_person *out)
{
    memset(out, 0, sizeof *out);
    out->name = ap->name.s;
    out->display = ap->display ? ap->display : ap->name.s;
    out->at = ap->name.at;
    if (md_find_role(m, ap->name.s) >= 0 || md_find_term(m, ap->name.s, MT_ACTION) >= 0 ||
        md_find_term(m, ap->name.s, MT_THING) >= 0) {
        MD_ERR(m, "person-clash", ap->name.at, "'%s' is already the name of a role, action or thing", ap->name.s);
        MD_HINT(m, "give people lower-case first names, like 'alice'");
        return false;
    }
    if (ms_event_word(ap->name.s)) {
        MD_ERR(m, "person-clash", ap->name.at, "'%s' cannot name a person: events read it as a word of their own",
               ap->name.s);
        MD_HINT(m, "give people first names, like 'alice'");
        return false;
    }
    size_t k = 0;
    for (const ast_holding *h = ap->holds; h; h = h->next) k++;
    out->holds = k ? ar_alloc(m->ar, k * sizeof *out->holds) : NULL;
    if (k && !out->holds) { dg_oom(m->dg); return false; }
    bool ok = true;
    for (const ast_holding *h = ap->holds; h; h = h->next) {
        int r = ms_role_held(m, h->role);
        if (r < 0) { ok = false; continue; }
        if (h->from != INT32_MIN && h->until != INT32_MAX && h->until < h->from) {
            MD_ERR(m, "bad-range", h->at, "this office ends before it begins");
            ok = false;
            continue;
        }
        md_holding hd = { r, h->acting, h->from, h->until };
        out->holds[out->nholds++] = hd;
    }
    return ok;
}

void md__people(md_model *m)
{
    size_t cap = 0;
    bool told = false;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_PERSON) continue;
            if (m->npeople >= MD_MAX_PEOPLE) {
                if (!told) {
                    MD_ERR(m, "too-many", d->u.person.name.at, "more than %d people declared outside scenarios",
                           MD_MAX_PEOPLE);
                    MD_HINT(m, "declare people inside the scenarios they act in");
                }
                told = true;
                continue;
            }
            md_person p;
            if (!ms_person(m, &d->u.person, &p)) continue;
            bool dup = false;
            for (size_t i = 0; i < m->npeople; i++) dup |= m->people[i].name == p.name;
            if (dup) {
                MD_ERR(m, "duplicate", p.at, "person '%s' is already declared", p.name);
                continue;
            }
            MD_PUSH(m, m->people, m->npeople, cap, p);
        }
    }
}

/* ---- one scenario ------------------------------------------------------------ */

typedef struct ms_ctx {
    md_model *m;
    md_scenario *s;
    size_t cap_people, cap_items;
    /* The scenario's people by name in any case: the hash of the name folded
     * to lower case -> the index of the first person of that name.  (A
     * linear scan per person line was most of the time of loading a
     * scenario of 20,000 people.) */
    hmap by_name;
    loc today_at;            /* the scenario's 'today', for a second one's hint */
    /* A scenario of a million events names the same few hundred people and
     * verbs again and again: what each name (an interned pointer) turned
     * out to be is kept, as the index + 1, or 0 for "no such person". */
    hmap person_of, verb_of;
    bool person_of_nobody;       /* person_of holds a 0, which a new person may make stale */
    hmap refs;                   /* references raised so far ("E1"): interned pointer -> its place in ref_list + 1 */
    const char **ref_list;       /* the same, in order, for "did you mean" */
    size_t nrefs, cap_refs;
    size_t cap_relfacts;
    md_factset *facts_of;        /* per action, the facts its rules' conditions read (model_fact.c) */
} ms_ctx;

static uint64_t ms_fold_hash(const char *name)
{
    uint64_t h = 1469598103934665603ull;   /* FNV-1a, over the lower-case letters */
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        h ^= (uint64_t)tolower(*p);
        h *= 1099511628211ull;
    }
    return h == HM_EMPTY ? 0 : h;
}

static int ms_find_person(const ms_ctx *c, const char *name)
{
    const md_scenario *s = c->s;
    uint32_t v;
    if (!hm_get(&c->by_name, ms_fold_hash(name), &v)) return -1;
    if (s->people[v].name == name || strcasecmp(s->people[v].name, name) == 0) return (int)v;
    for (size_t i = 0; i < s->npeople; i++)   /* two names with one hash: never seen, but possible */
        if (strcasecmp(s->people[i].name, name) == 0) return (int)i;
    return -1;
}

/* Add s->people[i] to the table (unless an earlier person has its name). */
static void ms_index_person(ms_ctx *c, size_t i)
{
    uint64_t key = ms_fold_hash(c->s->people[i].name);
    uint32_t v;
    if (!hm_get(&c->by_name, key, &v) && !hm_put(&c->by_name, key, (uint32_t)i)) dg_oom(c->m->dg);
    if (c->person_of_nobody) {   /* a name that was nobody may be this person now */
        hm_free(&c->person_of);
        c->person_of_nobody = false;
    }
}

static int ms_person_named(ms_ctx *c, const char *name)
{
    uint32_t v;
    if (hm_get(&c->person_of, hm_ptr(name), &v)) return (int)v - 1;
    int p = ms_find_person(c, name);
    if (hm_put(&c->person_of, hm_ptr(name), (uint32_t)(p + 1)) && p < 0)   /* out of memory: asked again next time */
        c->person_of_nobody = true;
    return p;
}

static int ms_verb(ms_ctx *c, const char *verb)
{
    uint32_t v;
    if (hm_get(&c->verb_of, hm_ptr(verb), &v)) return (int)v - 1;
    int a = md_lookup_verb(c->m, verb);
    (void)hm_put(&c->verb_of, hm_ptr(verb), (uint32_t)(a + 1));
    return a;
}

static void ms_unknown_person(ms_ctx *c, const ast_word *w)
{
    md_model *m = c->m;
    if (!w->text) {   /* a date, number or time where a name should be */
        MD_ERR(m, "unknown-person", w->at, "a person or role is needed here");
        return;
    }
    if (m->ld->use_failed) return;   /* declared with a role of the file not found (said there), or a role of it */
    MD_ERR(m, "unknown-person", w->at, "unknown person or role '%s'", w->text);
    sg_best b;
    sg_begin(&b, w->text);
    for (size_t i = 0; i < c->s->npeople; i++) sg_offer(&b, c->s->people[i].name);
    const char *r = md_suggest_role(m, w->text);
    if (sg_result(&b)) MD_HINT(m, "did you mean '%s'?", sg_result(&b));
    else if (r) MD_HINT(m, "did you mean '%s'?", r);
    else MD_HINT(m, "declare people at the top of the scenario: 'person %s is Member'", w->text);
}

/* A person or an office named by role: sets *person or *role. */
static bool ms_party(ms_ctx *c, const ast_word *w, int *person, int *role)
{
    *person = -1;
    *role = -1;
    if (w->kind != W_IDENT) return false;
    int p = ms_person_named(c, w->text);
    if (p >= 0) { *person = p; return true; }
    int r = md_find_role(c->m, w->text);
    if (r >= 0) { *role = r; return true; }
    return false;
}

static void ms_add_fact(ms_ctx *c, md_event_x *x, const char *text)
{
    const char **nf = ar_grow(c->m->ar, x->facts, x->nfacts, x->nfacts + 1, sizeof *nf);
    if (!nf) { dg_oom(c->m->dg); return; }
    nf[x->nfacts++] = text;
    x->facts = nf;
}

/* The event's rare parts, given a place of their own when it has any. */
static bool ms_event_x(ms_ctx *c, md_event *e, const md_event_x *x)
{
    if (!x->nfacts && !x->clause && !x->reason && !x->ref) return true;
    md_event_x *own = ar_alloc(c->m->ar, sizeof *own);
    if (!own) { dg_oom(c->m->dg); return false; }
    *own = *x;
    e->x = own;
    return true;
}

/* Reading an event's words after its verb. */
typedef enum { MS_PLAIN, MS_FACTS, MS_REASON } ms_mode;   /* strings are facts after "where", a reason after "because" */

typedef struct ms_words {
    ms_ctx *c;
    md_event *e;
    md_event_x *x;
    const char *prep;            /* the preposition before the next name */
    ms_mode mode;
    bool after_thing;            /* the last word named the thing: a reference may follow ("enquiry E1") */
} ms_words;

static bool ms_ev_keyword(ms_words *r, const ast_word *w)
{
    if (md__is_prep(w->text)) { r->prep = w->text; return true; }
    if (strcmp(w->text, ",") == 0 && r->mode != MS_PLAIN) return true;   /* where "x", "y" */
    MD_ERR(r->c->m, "bad-event", w->at, "unexpected '%s' in this event", w->text);
    if (strcmp(w->text, "and") == 0)
        MD_HINT(r->c->m, "an event is one act on one thing; 'and' may join two acts, each with its verb: "
                         "'bob acknowledges enquiry and gives timescale to alice'");
    return false;
}

/* A person by display name or name, or an office by role name, display
 * name or alias, any case ("Town Clerk", "the Proper Officer"). */
static bool ms_party_text(ms_ctx *c, const char *text, int *person, int *role)
{
    *person = *role = -1;
    const md_scenario *s = c->s;
    for (size_t i = 0; i < s->npeople; i++)
        if (strcasecmp(s->people[i].display, text) == 0 || strcasecmp(s->people[i].name, text) == 0) {
            *person = (int)i;
            return true;
        }
    *role = md_lookup_role(c->m, text);
    return *role >= 0;
}

/* A quoted name that names no one: said, with the closest name there is. */
static void ms_unknown_party_text(ms_ctx *c, const ast_word *w, bool event)
{
    md_model *m = c->m;
    MD_ERR(m, "unknown-person", w->at, "no person or role is called \"%s\"", w->text);
    sg_best b;
    sg_begin(&b, w->text);
    for (size_t i = 0; i < c->s->npeople; i++) sg_offer(&b, c->s->people[i].display);
    for (size_t i = 0; i < m->nroles; i++) {
        sg_offer(&b, m->roles[i].display);
        for (size_t a = 0; a < m->roles[i].naliases; a++) sg_offer(&b, m->roles[i].aliases[a]);
    }
    if (sg_result(&b)) MD_HINT(m, "did you mean \"%s\"?", sg_result(&b));
    if (event)
        MD_HINT(m, "a quoted text before 'where' names who the event is to or about; a fact comes after it: "
                   "'where \"%s\"'", w->text);
}

static bool ms_ev_party(ms_words *r, const ast_word *w, int person, int role);

/* A quoted text: a fact after "where", a reason after "because" (or of an
 * explanation), else the display name of whom the event is to or about. */
static bool ms_ev_string(ms_words *r, const ast_word *w)
{
    const md_model *m = r->c->m;
    if (r->mode == MS_REASON || (r->mode == MS_PLAIN && r->e->action >= 0 && r->e->action == m->t_explain)) {
        r->x->reason = w->text;
        return true;
    }
    if (r->mode == MS_FACTS) {
        (void)md__fact_check(r->c->m, &r->c->facts_of, r->e->action, r->e->object, w->text, w->at);
        ms_add_fact(r->c, r->x, w->text);
        return true;
    }
    int person, role;
    if (ms_party_text(r->c, w->text, &person, &role)) return ms_ev_party(r, w, person, role);
    ms_unknown_party_text(r->c, w, true);
    return false;
}

/* A person or office: whom the event is about, or to. */
static bool ms_ev_party(ms_words *r, const ast_word *w, int person, int role)
{
    md_model *m = r->c->m;
    md_event *e = r->e;
    if (r->prep && strcmp(r->prep, "about") == 0) {
        e->about = person;
        if (person < 0) {
            MD_ERR(m, "bad-event", w->at, "name the person the event is about, not the role");
            MD_HINT(m, "declare them with 'person NAME is %s'", w->text);
            return false;
        }
    } else if (e->target < 0 && e->target_role < 0) {
        e->target = person;
        e->target_role = role;
        e->target_prep = md_prep_of(r->prep);
        e->target_first = e->object < 0;
    } else {
        MD_ERR(m, "bad-event", w->at, "this event already names who it is to");
        return false;
    }
    r->prep = NULL;
    return true;
}

static bool ms_ev_thing(ms_words *r, const ast_word *w, int t)
{
    md_event *e = r->e;
    if (e->object >= 0 && e->object != t) {
        MD_ERR(r->c->m, "bad-event", w->at, "this event already concerns '%s'", r->c->m->terms[e->object].name);
        return false;
    }
    e->object = t;
    e->object_prep = md_prep_of(r->prep);
    r->prep = NULL;
    r->after_thing = true;
    return true;
}

/* A word with a digit in it, after the thing it names ("sends enquiry E1")
 * or on its own ("responds to E1"): the matter's reference.  1 when w is
 * one, 0 when it is no reference, -1 after an error. */
static int ms_ev_ref(ms_words *r, const ast_word *w, bool after_thing)
{
    ms_ctx *c = r->c;
    md_event_x *x = r->x;
    if (!strpbrk(w->text, "0123456789")) return 0;
    uint32_t v;
    if (hm_get(&c->refs, hm_ptr(w->text), &v)) {
        x->ref = w->text;
        return 1;
    }
    if (after_thing && !x->ref) {
        x->ref = w->text;
        x->ref_new = true;
        MD_PUSH(c->m, c->ref_list, c->nrefs, c->cap_refs, w->text);
        if (!hm_put(&c->refs, hm_ptr(w->text), (uint32_t)c->nrefs)) dg_oom(c->m->dg);
        return 1;
    }
    MD_ERR(c->m, "unknown-ref", w->at, "no matter was raised as '%s'", w->text);
    sg_best b;
    sg_begin(&b, w->text);
    for (size_t i = 0; i < c->nrefs; i++) sg_offer(&b, c->ref_list[i]);
    if (sg_result(&b)) MD_HINT(c->m, "did you mean '%s'?", sg_result(&b));
    else MD_HINT(c->m, "a reference follows the thing when the matter is raised: 'alice sends enquiry %s to bob'", w->text);
    x->ref = NULL;
    return -1;
}

static bool ms_ev_ident(ms_words *r, const ast_word *w)
{
    if (ms_event_word(w->text)) {
        if (strcmp(w->text, "because") == 0) r->mode = MS_REASON;
        else if (!md__is_article(w->text)) r->mode = MS_FACTS;   /* where, given */
        return true;
    }
    int person, role;
    if (ms_party(r->c, w, &person, &role)) return ms_ev_party(r, w, person, role);
    int t = md_find_term(r->c->m, w->text, MT_THING);
    if (t >= 0) return ms_ev_thing(r, w, t);
    bool after = r->after_thing;
    r->after_thing = false;
    int ref = ms_ev_ref(r, w, after);
    if (ref > 0) { r->prep = NULL; return true; }
    if (ref == 0) ms_unknown_person(r->c, w);
    return false;
}

static bool ms_event_words(ms_ctx *c, md_event *e, md_event_x *x, const ast_word *w)
{
    ms_words r = { c, e, x, NULL, MS_PLAIN, false };
    for (; w; w = w->next) {
        bool ok = true;
        switch (w->kind) {
        case W_KEYWORD: ok = ms_ev_keyword(&r, w); break;
        case W_STRING: ok = ms_ev_string(&r, w); break;
        case W_CLAUSE: x->clause = w->text; break;
        case W_IDENT: ok = ms_ev_ident(&r, w); break;
        default:
            MD_ERR(c->m, "bad-event", w->at, "unexpected %s in this event",
                   w->kind == W_DATE ? "date" : w->kind == W_NUMBER ? "number" : "time");
            MD_HINT(c->m, "an event reads: DATE PERSON ACTION [THING] [to PERSON] [about PERSON]");
            ok = false;
        }
        if (!ok) return false;
    }
    return true;
}

static void ms_unknown_action(md_model *m, const ast_word *w)
{
    MD_ERR(m, "unknown-action", w->at, "unknown action '%s'", w->text);
    sg_best b;
    sg_begin(&b, w->text);
    for (size_t i = 0; i < m->nterms; i++)
        if (m->terms[i].kind == MT_ACTION) { sg_offer(&b, m->terms[i].third); sg_offer(&b, m->terms[i].name); }
    if (sg_result(&b)) MD_HINT(m, "did you mean '%s'?", sg_result(&b));
    else MD_HINT(m, "declare it with 'action %s'", w->text);
}

/* "2026-01-05 nothing": a day passes. */
static bool ms_is_tick(const ast_word *w)
{
    return !w || (w->kind == W_IDENT && (strcmp(w->text, "nothing") == 0 || strcmp(w->text, "passes") == 0) && !w->next);
}

static bool ms_word_is(const ast_word *w, const char *a)
{
    return w && (w->kind == W_IDENT || w->kind == W_KEYWORD) && strcmp(w->text, a) == 0;
}

/* The event's action from its verb w: the verb alone ("instructs"), or the
 * verb and the words after it as one action ("gives advice to bob" advises
 * bob: the "to" is the phrase's, and the timeline says "gives advice to").
 * Sets e->action and e->verb (reported when unknown, or NULL when out of
 * memory); returns the words after it. */
static const ast_word *ms_event_verb(ms_ctx *c, md_event *e, const ast_word *w)
{
    md_model *m = c->m;
    size_t used;
    e->action = md__phrase_of(m, w->text, w->next, &used);
    if (e->action < 0) e->action = ms_verb(c, w->text);
    const ast_word *to = md__words_after(w->next, used);
    if (used && ms_word_is(to, "to") && to->next) used++;
    e->verb = w->text;
    size_t k = 0;
    for (const ast_word *x = w->next; k < used && x && e->verb; x = x->next, k++)
        e->verb = ar_printf(m->ar, "%s %s", e->verb, x->text);
    if (!e->verb) dg_oom(m->dg);
    else if (e->action < 0) ms_unknown_action(m, w);
    return md__words_after(w->next, used);
}

static bool ms_event(ms_ctx *c, const ast_event *ae, md_event *e)
{
    md_model *m = c->m;
    memset(e, 0, sizeof *e);
    e->day = ae->day;
    e->minute = -1;
    e->at = ae->at;
    e->x = &md_event_x_none;
    e->actor = e->actor_role = e->action = e->object = e->target = e->target_role = e->about = -1;
    const ast_word *w = ae->words;
    if (w && w->kind == W_TIME) { e->minute = (int16_t)w->minute; w = w->next; }
    if (ms_is_tick(w)) {
        e->kind = EV_TICK;
        return true;
    }
    e->kind = EV_ACT;
    if (!ms_party(c, w, &e->actor, &e->actor_role)) {
        if (w->kind == W_IDENT) ms_unknown_person(c, w);
        else MD_ERR(m, "bad-event", w->at, "an event begins with who acts: '2025-12-23 alice sends enquiry to bob'");
        return false;
    }
    const char *who = w->text;   /* not ae->words: that may be the time, which has no text */
    w = w->next;
    if (!w || w->kind != W_IDENT) {
        MD_ERR(m, "bad-event", w ? w->at : ae->at, "what does %s do?", who);
        MD_HINT(m, "an event reads: DATE PERSON ACTION [THING] [to PERSON], like '2025-12-23 alice sends enquiry to bob'");
        return false;
    }
    const ast_word *rest = ms_event_verb(c, e, w);
    if (e->action < 0 || !e->verb) return false;
    md_event_x x = { NULL, 0, NULL, NULL, NULL, false };
    return ms_event_words(c, e, &x, rest) && ms_event_x(c, e, &x);
}


static const struct { const char *word; md_obstate st; } ms_states[] = {
    { "open", OB_OPEN }, { "opened", OB_OPEN }, { "fulfilled", OB_FULFILLED }, { "met", OB_FULFILLED },
    { "breached", OB_BREACHED }, { "departed", OB_DEPARTED }, { "lapsed", OB_LAPSED },
};

static void ms_expect_help(md_model *m)
{
    MD_HINT(m, "expectations read: 'expect [10.2] due 2025-12-29', 'expect [10.2] fulfilled', "
               "'expect no breach', 'expect complaint reaches Clerk', 'expect complaint resolved', "
               "'expect \"can Member instruct Officer\" forbidden'");
}

const char *const md_verdicts[] = { "obliged", "forbidden", "recommended", "discouraged", "permitted",
                                    "depends", "unregulated", NULL };

/* Does the text start with the word "can", or a word the query language
 * reads as it (must, should, may, shall, will: q_forms.h, the can form)? */
static bool ms_is_can(const char *text)
{
    static const char *const leads[] = { "can", "must", "should", "may", "shall", "will", NULL };
    size_t k = strspn(text, " \t");
    for (const char *const *l = leads; *l; l++) {
        size_t n = strlen(*l);
        if (strncasecmp(text + k, *l, n) == 0 && (!text[k + n] || strchr(" \t", text[k + n]))) return true;
    }
    return false;
}

/* "can Member instruct Officer" forbidden: the question is checked (q_compile_scenarios)
 * and answered (sim) once the model is whole. */
static bool ms_verdict_expect(ms_ctx *c, const ast_expect *ae, md_expect *x, const ast_word *w)
{
    md_model *m = c->m;
    x->kind = EX_VERDICT;
    x->query = w->text;
    x->query_at = w->at;
    if (!ms_is_can(w->text)) {
        MD_ERR(m, "bad-expect", w->at, "only a 'can' question has a verdict to expect");
        MD_HINT(m, "write like 'expect \"can Member instruct Officer\" forbidden'");
        return false;
    }
    const ast_word *v = w->next;
    for (size_t i = 0; v && v->kind == W_IDENT && !v->next && md_verdicts[i]; i++)
        if (strcmp(v->text, md_verdicts[i]) == 0) { x->verdict = md_verdicts[i]; return true; }
    MD_ERR(m, "bad-expect", v ? v->at : ae->at, v ? "'%s' is not a verdict" : "what should the answer be?",
           v && v->text ? v->text : "");
    if (v && v->kind == W_IDENT) {
        sg_best b;
        sg_begin(&b, v->text);
        for (size_t i = 0; md_verdicts[i]; i++) sg_offer(&b, md_verdicts[i]);
        if (sg_result(&b)) { MD_HINT(m, "did you mean '%s'?", sg_result(&b)); return false; }
    }
    MD_HINT(m, "write obliged, forbidden, recommended, discouraged, permitted or unregulated after the question");
    return false;
}

/* "[E2] breached by bob": the state (and whose), from word w on. */
static bool ms_state_expect(ms_ctx *c, md_expect *x, const ast_word *w, md_obstate st)
{
    x->kind = EX_STATE;
    x->state = st;
    const ast_word *r = w->next;
    if (r && r->kind == W_KEYWORD && strcmp(r->text, "by") == 0 && r->next) {
        x->person = r->next->text ? ms_person_named(c, r->next->text) : -1;
        if (x->person < 0) { ms_unknown_person(c, r->next); return false; }
        r = r->next->next;
    }
    if (r) {
        MD_ERR(c->m, "bad-expect", r->at, "unexpected words at the end of this expectation");
        ms_expect_help(c->m);
        return false;
    }
    return true;
}

static bool ms_unknown_clause(md_model *m, const ast_word *w)
{
    if (m->ld->use_failed) return false;   /* the rules are in the file not found: said once, there */
    MD_ERR(m, "unknown-clause", w->at, "no rule has clause [%s]", w->text);
    sg_best b;
    sg_begin(&b, w->text);
    for (size_t i = 0; i < m->nnorms; i++) sg_offer(&b, m->norms[i].clause);
    if (sg_result(&b)) MD_HINT(m, "did you mean [%s]?", sg_result(&b));
    return false;
}

static bool ms_bad_state(md_model *m, const ast_expect *ae, const md_expect *x, const ast_word *w)
{
    MD_ERR(m, "bad-expect", w ? w->at : ae->at, "what should be true of [%s]?", x->clause);
    if (w && w->kind == W_IDENT) {
        sg_best b;
        sg_begin(&b, w->text);
        for (size_t i = 0; i < sizeof ms_states / sizeof ms_states[0]; i++) sg_offer(&b, ms_states[i].word);
        sg_offer(&b, "due");
        if (sg_result(&b)) { MD_HINT(m, "did you mean '%s'?", sg_result(&b)); return false; }
    }
    MD_HINT(m, "write due DATE, open, fulfilled, breached, departed or lapsed");
    return false;
}

static bool ms_clause_expect(ms_ctx *c, const ast_expect *ae, md_expect *x, const ast_word *w)
{
    md_model *m = c->m;
    x->clause = w->text;
    if (md_clause_first(m, w->text) < 0) return ms_unknown_clause(m, w);
    w = w->next;
    if (ms_word_is(w, "due") && w->next && w->next->kind == W_DATE && !w->next->next) {
        x->kind = EX_DUE;
        x->date = w->next->day;
        return true;
    }
    if (ms_word_is(w, "not") && w->next && (ms_word_is(w->next, "opened") || ms_word_is(w->next, "open")) &&
        !w->next->next) {
        x->kind = EX_NOT_OPENED;
        return true;
    }
    for (size_t i = 0; w && w->kind == W_IDENT && i < sizeof ms_states / sizeof ms_states[0]; i++)
        if (strcmp(w->text, ms_states[i].word) == 0) return ms_state_expect(c, x, w, ms_states[i].st);
    return ms_bad_state(m, ae, x, w);
}

static bool ms_handler(ms_ctx *c, const ast_word *w, md_expect *x)
{
    x->handler_person = x->handler_role = x->handler_proc = -1;
    x->informal = false;
    if (w && w->kind == W_STRING && !w->next) {   /* "Town Clerk": a person's or a role's display name, or a procedure's */
        int p, r;
        if (ms_party_text(c, w->text, &p, &r)) { x->handler_person = p; x->handler_role = r; return true; }
        x->handler_proc = md_lookup_term(c->m, w->text, MT_PROCEDURE);
        if (x->handler_proc >= 0) return true;
        ms_unknown_party_text(c, w, false);
        return false;
    }
    if (!w || w->kind != W_IDENT) {   /* "expect complaint reaches 3": say so, do not drop it quietly */
        MD_ERR(c->m, "bad-expect", w ? w->at : x->at, "name who should have the case: a person, a role or a procedure");
        MD_HINT(c->m, "write 'expect complaint reaches Clerk' or 'expect complaint at informal'");
        return false;
    }
    if (strcmp(w->text, "informal") == 0 || strcmp(w->text, "parties") == 0) { x->informal = true; return true; }
    int p, r;
    if (ms_party(c, w, &p, &r)) { x->handler_person = p; x->handler_role = r; return true; }
    x->handler_proc = md_find_term(c->m, w->text, MT_PROCEDURE);
    if (x->handler_proc >= 0) return true;
    if (ms_party_text(c, w->text, &p, &r)) { x->handler_person = p; x->handler_role = r; return true; }   /* any case */
    ms_unknown_person(c, w);
    return false;
}

static bool ms_review_expect(md_model *m, md_expect *x, const ast_word *w)
{
    const ast_word *v = w->next;
    if (ms_word_is(v, "overdue") && !v->next) { x->kind = EX_REVIEW_OVERDUE; return true; }
    if (ms_word_is(v, "not") && ms_word_is(v->next, "overdue") && !v->next->next) {
        x->kind = EX_REVIEW_NOT_OVERDUE;
        return true;
    }
    if (ms_word_is(v, "due") && v->next && v->next->kind == W_DATE && !v->next->next) {
        x->kind = EX_REVIEW_DUE;
        x->date = v->next->day;
        return true;
    }
    MD_ERR(m, "bad-expect", v ? v->at : w->at, "write 'expect review overdue', 'expect review not overdue' "
           "or 'expect review due DATE'");
    return false;
}

/* "no breach", "no departures", "no breach by bob": MS_NOT_NONE when the
 * words are none of these, else whether they were read. */
enum { MS_NOT_NONE = -1 };

static int ms_none_expect(ms_ctx *c, md_expect *x, const ast_word *w)
{
    if (!ms_word_is(w, "no") || !w->next) return MS_NOT_NONE;
    const char *t = w->next->text ? w->next->text : "";
    if (strcmp(t, "breach") == 0 || strcmp(t, "breaches") == 0) x->kind = EX_NO_BREACH;
    else if (strcmp(t, "departure") == 0 || strcmp(t, "departures") == 0) x->kind = EX_NO_DEPARTURE;
    else return MS_NOT_NONE;
    const ast_word *r = w->next->next;
    if (!r) return true;
    if (ms_word_is(r, "by") && r->next && r->next->text && !r->next->next) {
        x->person = ms_person_named(c, r->next->text);
        if (x->person >= 0) return true;
        ms_unknown_person(c, r->next);
        return false;
    }
    MD_ERR(c->m, "bad-expect", r->at, "unexpected words at the end of this expectation");
    MD_HINT(c->m, "write 'expect no %s' or 'expect no %s by PERSON'", x->kind == EX_NO_BREACH ? "breach" : "departure",
            x->kind == EX_NO_BREACH ? "breach" : "departure");
    return false;
}

/* "E1 breached", "E1 fulfilled by bob": the duties of the matter raised as
 * E1 (x->clause holds the reference).  MS_NOT_NONE when w is no reference. */
static int ms_ref_expect(ms_ctx *c, md_expect *x, const ast_word *w)
{
    uint32_t v;
    if (!w || w->kind != W_IDENT || !hm_get(&c->refs, hm_ptr(w->text), &v)) return MS_NOT_NONE;
    x->kind = EX_REF_STATE;
    x->clause = w->text;
    for (size_t i = 0; w->next && w->next->kind == W_IDENT && i < sizeof ms_states / sizeof ms_states[0]; i++)
        if (strcmp(w->next->text, ms_states[i].word) == 0) {
            bool ok = ms_state_expect(c, x, w->next, ms_states[i].st);
            x->kind = EX_REF_STATE;
            if (ok && x->person >= 0) {   /* the matter says whose duties they are */
                MD_ERR(c->m, "bad-expect", w->next->next->at, "a matter's duties are named by its reference alone");
                MD_HINT(c->m, "write 'expect %s %s'", w->text, w->next->text);
                return false;
            }
            return ok;
        }
    MD_ERR(c->m, "bad-expect", w->next ? w->next->at : w->at, "what should be true of the matter %s?", w->text);
    MD_HINT(c->m, "write 'expect %s open', 'fulfilled', 'breached', 'departed' or 'lapsed'", w->text);
    return false;
}

/* "complaint reaches Clerk", "… at informal", "… resolved", "… ended":
 * MS_NOT_CASE when the words are none of these, else whether they were read. */
enum { MS_NOT_CASE = -1 };

static int ms_case_expect(ms_ctx *c, md_expect *x, const ast_word *w)
{
    if (!w || w->kind != W_IDENT || !w->next) return MS_NOT_CASE;
    int t = md_find_term(c->m, w->text, MT_THING);
    if (t < 0) return MS_NOT_CASE;
    x->kind_thing = t;
    const ast_word *v = w->next;
    bool one_more = v->next && !v->next->next;
    if (ms_word_is(v, "reaches") && one_more) { x->kind = EX_REACHES; return ms_handler(c, v->next, x); }
    if ((ms_word_is(v, "at") || ms_word_is(v, "with")) && one_more) { x->kind = EX_AT; return ms_handler(c, v->next, x); }
    if (ms_word_is(v, "resolved") && !v->next) { x->kind = EX_RESOLVED; return true; }
    if (ms_word_is(v, "ended") && !v->next) { x->kind = EX_ENDED; return true; }
    if (ms_word_is(v, "referred") && !v->next) { x->kind = EX_REFERRED; return true; }
    return MS_NOT_CASE;
}

static bool ms_expect(ms_ctx *c, const ast_expect *ae, md_expect *x)
{
    md_model *m = c->m;
    memset(x, 0, sizeof *x);
    x->at = ae->at;
    x->person = x->kind_thing = x->handler_person = x->handler_role = x->handler_proc = -1;
    const ast_word *w = ae->words;
    if (w && w->kind == W_CLAUSE) return ms_clause_expect(c, ae, x, w);
    if (w && w->kind == W_STRING) return ms_verdict_expect(c, ae, x, w);
    if (ms_word_is(w, "review")) return ms_review_expect(m, x, w);
    int read = ms_none_expect(c, x, w);
    if (read != MS_NOT_NONE) return read;
    read = ms_ref_expect(c, x, w);
    if (read != MS_NOT_NONE) return read;
    read = ms_case_expect(c, x, w);
    if (read != MS_NOT_CASE) return read;
    MD_ERR(m, "bad-expect", w ? w->at : ae->at, "cannot read this expectation");
    ms_expect_help(m);
    return false;
}

/* "escalate breaches as complaint" */
static void ms_escalate(ms_ctx *c, const ast_meta *k)
{
    const ast_word *w = k->args;
    if (ms_word_is(w, "breaches") && w->kind == W_IDENT && ms_word_is(w->next, "as") && w->next->kind == W_IDENT &&
        w->next->next && !w->next->next->next) {
        ast_name n = { w->next->next->text, w->next->next->at };
        c->s->escalate_kind = md__term_ref(c->m, n, MT_THING, "a kind of case");
        return;
    }
    MD_ERR(c->m, "bad-scenario", k->key.at, "write 'escalate breaches as complaint'");
}

static void ms_setting(ms_ctx *c, const ast_meta *k)
{
    md_model *m = c->m;
    if (strcmp(k->key.s, "today") == 0 && k->args && k->args->kind == W_DATE && !k->args->next) {
        if (c->s->has_today) {   /* the last would win, silently */
            int line, col;
            src_linecol(&m->ld->src, c->today_at.file, c->today_at.start, &line, &col);
            MD_ERR(m, "duplicate", k->key.at, "this scenario's 'today' is already set");
            MD_HINT(m, "the first is on line %d: keep one", line);
            return;
        }
        c->today_at = k->key.at;
        c->s->has_today = true;
        c->s->today = k->args->day;
        return;
    }
    if (strcmp(k->key.s, "today") == 0) {
        MD_ERR(m, "bad-scenario", k->args ? k->args->at : k->key.at, "'today' needs a date");
        MD_HINT(m, "write 'today 2026-11-22'");
        return;
    }
    if (strcmp(k->key.s, "escalate") == 0) {
        ms_escalate(c, k);
        return;
    }
    if (md__relfact_words(m, c->s, k, &c->cap_relfacts)) return;   /* "carol is line-manager of bob" */
    MD_ERR(m, "bad-scenario", k->key.at, "cannot read this line of the scenario");
    MD_HINT(m, "a scenario line is 'person NAME is ROLE', a dated event like '2025-12-23 alice sends enquiry to bob', "
               "or 'expect …'");
}

/* The people and items arrays, at their final size: grown by doubling in
 * the arena, they left behind as much again as they kept. */
static bool ms_reserve(ms_ctx *c, const ast_sitem *items)
{
    md_model *m = c->m;
    size_t np = m->npeople, ni = 0;
    for (const ast_sitem *it = items; it; it = it->next) {
        if (it->kind == SI_PERSON) np++;
        else if (it->kind == SI_EVENT || it->kind == SI_EXPECT) ni++;
    }
    c->s->people = np ? ar_alloc(m->ar, np * sizeof *c->s->people) : NULL;
    c->s->items = ni ? ar_alloc(m->ar, ni * sizeof *c->s->items) : NULL;
    if ((np && !c->s->people) || (ni && !c->s->items) || !hm_reserve(&c->by_name, np)) {
        dg_oom(m->dg);
        return false;
    }
    c->cap_people = np;
    c->cap_items = ni;
    return true;
}

static void ms_add_person(ms_ctx *c, const ast_person *ap)
{
    md_model *m = c->m;
    md_person p;
    if (!ms_person(m, ap, &p)) return;
    if (ms_find_person(c, p.name) >= 0) {
        MD_ERR(m, "duplicate", p.at, "person '%s' is already declared", p.name);
        return;
    }
    MD_PUSH(m, c->s->people, c->s->npeople, c->cap_people, p);
    ms_index_person(c, c->s->npeople - 1);
}

/* Events in date order (and time order within a day, where times are given). */
typedef struct ms_order {
    dt_day day;
    int minute;
    loc at;
} ms_order;

static bool ms_in_order(ms_ctx *c, ms_order *o, const ast_event *ae)
{
    md_model *m = c->m;
    int minute = ae->words && ae->words->kind == W_TIME ? ae->words->minute : -1;
    if (ae->day < o->day || (ae->day == o->day && minute >= 0 && o->minute > minute)) {
        int line, col;
        src_linecol(&m->ld->src, o->at.file, o->at.start, &line, &col);
        MD_ERR(m, "date-order", ae->at, "this event comes before the one on line %d", line);
        MD_HINT(m, "list events in date order");
        return false;
    }
    if (ae->day != o->day) o->minute = -1;   /* a new day: no time of the last one holds */
    o->day = ae->day;
    if (minute >= 0) o->minute = minute;
    o->at = ae->at;
    return true;
}

/* "bob acknowledges enquiry and gives timescale to alice": the "and" after
 * which another act begins (a verb that names an action and no thing or
 * person: "sends enquiry and request" is one act of two things, an error),
 * from w on, before any fact; or NULL. */
static const ast_word *ms_next_act(ms_ctx *c, const ast_word *w)
{
    for (; w; w = w->next) {
        if (w->kind == W_IDENT && ms_event_word(w->text) && !md__is_article(w->text)) return NULL;   /* where, because */
        if (!(w->kind == W_KEYWORD && strcmp(w->text, "and") == 0) || !w->next || w->next->kind != W_IDENT) continue;
        const char *v = w->next->text;
        size_t used;
        if (md_find_term(c->m, v, MT_THING) >= 0 || ms_person_named(c, v) >= 0 || md_find_role(c->m, v) >= 0) continue;
        if (ms_verb(c, v) >= 0 || md__phrase_of(c->m, v, w->next->next, &used) >= 0) return w;
    }
    return NULL;
}

/* One act of an event of several: the event's date, time and actor, and
 * the words from `from` up to `end` (copies, in the arena). */
static bool ms_act_words(ms_ctx *c, const ast_event *ae, const ast_word *from, const ast_word *end, ast_event *out)
{
    *out = *ae;
    ast_word *head = NULL, **tail = &head;
    const ast_word *lead = ae->words, *stop = lead && lead->kind == W_TIME ? lead->next->next : lead->next;
    for (const ast_word *w = lead; w && w != stop; w = w->next) {   /* [time] actor */
        ast_word *k = ar_alloc(c->m->ar, sizeof *k);
        if (!k) { dg_oom(c->m->dg); return false; }
        *k = *w;
        *tail = k;
        tail = &k->next;
    }
    for (const ast_word *w = from; w && w != end; w = w->next) {
        ast_word *k = ar_alloc(c->m->ar, sizeof *k);
        if (!k) { dg_oom(c->m->dg); return false; }
        *k = *w;
        *tail = k;
        tail = &k->next;
    }
    *tail = NULL;
    out->words = head;
    return true;
}

/* What the last act names (to whom, about whom, the facts) holds for the
 * acts before it that name none, as a register's "and" reads. */
static void ms_share_last(ms_ctx *c, size_t first)
{
    md_sitem *items = c->s->items;
    const md_event *last = &items[c->s->nitems - 1].u.ev;
    for (size_t i = first; i + 1 < c->s->nitems; i++) {
        md_event *e = &items[i].u.ev;
        if (e->target < 0 && e->target_role < 0) {
            e->target = last->target;
            e->target_role = last->target_role;
            e->target_prep = last->target_prep;
        }
        if (e->about < 0) e->about = last->about;
        if (e->x == &md_event_x_none && last->x->nfacts) {
            md_event_x x = { last->x->facts, last->x->nfacts, NULL, NULL, NULL, false };
            (void)ms_event_x(c, e, &x);
        }
    }
}

/* An event line: one event, or one for each act its "and" joins. */
static void ms_event_item(ms_ctx *c, const ast_event *ae)
{
    md_model *m = c->m;
    md_sitem si = { .kind = SI_EV };
    const ast_word *lead = ae->words && ae->words->kind == W_TIME ? ae->words->next : ae->words;
    const ast_word *and = lead && lead->next ? ms_next_act(c, lead->next->next) : NULL;
    if (!and) {
        if (ms_event(c, ae, &si.u.ev)) MD_PUSH(m, c->s->items, c->s->nitems, c->cap_items, si);
        return;
    }
    size_t first = c->s->nitems;
    for (const ast_word *from = lead->next; from;) {
        ast_event one;
        if (!ms_act_words(c, ae, from, and, &one) || !ms_event(c, &one, &si.u.ev)) {
            c->s->nitems = first;   /* the line is one event: none of its acts stands alone */
            return;
        }
        MD_PUSH(m, c->s->items, c->s->nitems, c->cap_items, si);
        from = and ? and->next : NULL;
        and = from ? ms_next_act(c, from->next) : NULL;
    }
    ms_share_last(c, first);
}

static void ms_item(ms_ctx *c, ms_order *o, const ast_sitem *it)
{
    md_model *m = c->m;
    md_sitem si;
    if (it->kind == SI_PERSON) {
        ms_add_person(c, &it->u.person);
    } else if (it->kind == SI_SETTING) {
        ms_setting(c, &it->u.setting);
    } else if (it->kind == SI_EVENT) {
        if (ms_in_order(c, o, &it->u.event)) ms_event_item(c, &it->u.event);
    } else {
        si.kind = SI_EX;
        if (ms_expect(c, &it->u.expect, &si.u.ex)) MD_PUSH(m, c->s->items, c->s->nitems, c->cap_items, si);
    }
}

static void ms_scenario(md_model *m, const ast_decl *d, md_scenario *s)
{
    ms_ctx c;
    memset(&c, 0, sizeof c);
    c.m = m;
    c.s = s;
    hm_init(&c.by_name);
    hm_init(&c.person_of);
    hm_init(&c.verb_of);
    hm_init(&c.refs);
    memset(s, 0, sizeof *s);
    s->name = d->u.scenario.name;
    s->at = d->u.scenario.name_at;
    s->span = d->at;
    s->escalate_kind = -1;
    if (ms_reserve(&c, d->u.scenario.items)) {
        for (size_t i = 0; i < m->npeople; i++) {
            MD_PUSH(m, s->people, s->npeople, c.cap_people, m->people[i]);
            ms_index_person(&c, i);
        }
        for (size_t i = 0; i < m->nrelfacts; i++) MD_PUSH(m, s->relfacts, s->nrelfacts, c.cap_relfacts, m->relfacts[i]);
        ms_order o = { INT32_MIN, -1, { 0, 0, 0 } };
        for (const ast_sitem *it = d->u.scenario.items; it; it = it->next) ms_item(&c, &o, it);
    }
    hm_free(&c.by_name);
    hm_free(&c.person_of);
    hm_free(&c.verb_of);
    hm_free(&c.refs);
}

void md__scenarios(md_model *m)
{
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        if (!m->ld->units[u].root) continue;
        for (ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_SCENARIO) continue;
            if (m->nscens >= MD_MAX_SCENARIOS) {
                MD_ERR(m, "too-many", d->u.scenario.name_at, "more than %d scenarios: this one and those after it "
                       "are not read", MD_MAX_SCENARIOS);
                MD_HINT(m, "split the scenarios into several files");
                return;
            }
            bool dup = false;
            for (size_t i = 0; i < m->nscens; i++) dup |= m->scens[i].name == d->u.scenario.name;
            if (dup) {
                MD_ERR(m, "duplicate", d->u.scenario.name_at, "scenario \"%s\" is already defined", d->u.scenario.name);
                MD_HINT(m, "give each scenario its own name");
                continue;
            }
            md_scenario s;
            ms_scenario(m, d, &s);
            MD_PUSH(m, m->scens, m->nscens, cap, s);
        }
    }
}
