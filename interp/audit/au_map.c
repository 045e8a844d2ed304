/* au_map — a register block read against the model (audit.h).
 *
 *   register "Members' enquiries" {
 *     id        "id", "ref"
 *     received  "received", "date received"
 *     member    "member" is Member
 *     officer   "officer" is Officer
 *     responded "responded" optional
 *     on received member sends enquiry to officer
 *     on responded officer responds to enquiry
 *   }
 *
 * A column line: NAME "HEADER" [, or "HEADER"]… [is ROLE | is person | is
 * role] [optional].  An event line: on COLUMN WHO VERB [THING] [to WHO]
 * [about WHO] [where "FACT", …] [and VERB [THING] …], WHO a column of
 * people or roles, or a role (the same for every row). */
#include "audit.h"
#include "diag.h"
#include "suggest.h"

#include <string.h>
#include <strings.h>

typedef struct am_ctx {
    md_model *m;
    au_map *mp;
    size_t capcols, capevs, capslots;
    bool *used;              /* per column: an event line names it (sized capcols) */
} am_ctx;

static bool am_is(const ast_word *w, const char *text)
{
    return w && w->text && (w->kind == W_IDENT || w->kind == W_KEYWORD) && strcmp(w->text, text) == 0;
}

static int am_col(const au_map *mp, const char *name)
{
    for (size_t i = 0; i < mp->ncols; i++)
        if (strcmp(mp->cols[i].name, name) == 0) return (int)i;
    return -1;
}

static void *am_grow(am_ctx *c, void *p, size_t n, size_t *cap, size_t size)
{
    if (n < *cap) return p;
    size_t nc = *cap ? *cap * 2 : 8;
    void *np = ar_grow(c->m->ar, p, *cap, nc, size);
    if (!np) return NULL;
    *cap = nc;
    return np;
}

/* ---- column lines ------------------------------------------------------------------- */

static bool am_headers(am_ctx *c, au_col *col, const ast_word **pw)
{
    const ast_word *w = *pw;
    size_t cap = 0;
    while (w && w->kind == W_STRING) {
        if (!w->text[0]) {
            dg_report(c->m->dg, DG_ERROR, "bad-register", w->at, "a column's header cannot be empty");
            return false;
        }
        const char **nh = col->headers;
        if (col->nheaders == cap) {
            size_t ncap = cap ? cap * 2 : 4;
            nh = ar_grow(c->m->ar, col->headers, cap, ncap, sizeof *nh);
            if (!nh) { dg_oom(c->m->dg); return false; }
            cap = ncap;
        }
        nh[col->nheaders++] = w->text;
        col->headers = nh;
        w = w->next;
        if (am_is(w, ",") || am_is(w, "or")) {
            w = w->next;
            if (!w || w->kind != W_STRING) {
                dg_report(c->m->dg, DG_ERROR, "bad-register", w ? w->at : col->at, "another header, in double quotes, is needed here");
                return false;
            }
        }
    }
    *pw = w;
    return true;
}

/* "is Member", "is person", "is role" */
static bool am_col_kind(am_ctx *c, au_col *col, const ast_word **pw)
{
    const ast_word *w = (*pw)->next;
    if (!w || !w->text) {
        dg_report(c->m->dg, DG_ERROR, "bad-register", (*pw)->at, "'is' needs what the column's names are: a role, 'person' or 'role'");
        dg_hint(c->m->dg, "write 'officer \"officer\" is Officer': the names in the column are people who are Officers");
        return false;
    }
    *pw = w->next;
    if (strcmp(w->text, "person") == 0) { col->kind = AC_PERSON; return true; }
    if (strcmp(w->text, "role") == 0) { col->kind = AC_ROLE; return true; }
    int r = md_find_role(c->m, w->text);
    if (r < 0) {
        dg_report(c->m->dg, DG_ERROR, "unknown-role", w->at, "unknown role '%s'", w->text);
        const char *s = md_suggest_role(c->m, w->text);
        if (s) dg_hint(c->m->dg, "did you mean '%s'?", s);
        else dg_hint(c->m->dg, "the names in a column are people of a role of the protocol ('is Officer'), declared people ('is person') or roles ('is role')");
        return false;
    }
    col->kind = AC_PEOPLE;
    col->role = r;
    return true;
}

static void am_column(am_ctx *c, const ast_rline *ln)
{
    const ast_word *w = ln->words;
    au_map *mp = c->mp;
    if (am_col(mp, w->text) >= 0) {
        dg_report(c->m->dg, DG_ERROR, "bad-register", w->at, "the column '%s' is declared twice", w->text);
        return;
    }
    au_col col = { w->text, NULL, 0, AC_TEXT, -1, false, ln->at };
    w = w->next;
    if (!am_headers(c, &col, &w)) return;
    if (!col.nheaders) {
        dg_report(c->m->dg, DG_ERROR, "bad-register", w ? w->at : ln->at, "the column '%s' needs its header, in double quotes", col.name);
        dg_hint(c->m->dg, "write '%s \"%s\"', or several: '%s \"%s\", \"date %s\"'", col.name, col.name, col.name, col.name, col.name);
        return;
    }
    if (am_is(w, "is") && !am_col_kind(c, &col, &w)) return;
    if (am_is(w, "optional")) { col.optional = true; w = w->next; }
    if (w) {
        dg_report(c->m->dg, DG_ERROR, "bad-register", w->at, "unexpected '%s' after the column's headers", w->text ? w->text : "word");
        dg_hint(c->m->dg, "a column reads NAME \"HEADER\" [or \"HEADER\"] [is ROLE | is person | is role] [optional]");
        return;
    }
    if (strcmp(col.name, "id") == 0 && col.kind != AC_TEXT) {
        dg_report(c->m->dg, DG_ERROR, "bad-register", col.at, "the column 'id' is the row's id: it names no one");
        return;
    }
    au_col *nc = am_grow(c, mp->cols, mp->ncols, &c->capcols, sizeof *nc);
    bool *nu = nc ? ar_grow(c->m->ar, c->used, mp->ncols, c->capcols, sizeof *nu) : NULL;
    if (!nc || !nu) { dg_oom(c->m->dg); return; }
    mp->cols = nc;
    c->used = nu;
    c->used[mp->ncols] = false;
    if (strcmp(col.name, "id") == 0) mp->id_col = (int)mp->ncols;
    mp->cols[mp->ncols++] = col;
}

/* ---- event lines -------------------------------------------------------------------- */

static int am_slot(am_ctx *c, int col, int role)
{
    au_map *mp = c->mp;
    for (size_t i = 0; i < mp->nslots; i++)
        if (mp->slot_col[i] == col && mp->slot_role[i] == role) return (int)i;
    size_t cap = c->capslots;
    int *nc = am_grow(c, mp->slot_col, mp->nslots, &cap, sizeof *nc);
    if (nc) mp->slot_col = nc;
    int *nr = nc ? ar_grow(c->m->ar, mp->slot_role, c->capslots, cap, sizeof *nr) : NULL;
    if (!nc || !nr) { dg_oom(c->m->dg); return -1; }
    c->capslots = cap;
    mp->slot_role = nr;
    mp->slot_col[mp->nslots] = col;
    mp->slot_role[mp->nslots] = role;
    return (int)mp->nslots++;
}

static void am_unknown_who(am_ctx *c, const ast_word *w)
{
    dg_report(c->m->dg, DG_ERROR, "unknown-column", w->at, "'%s' is neither a column of people nor a role", w->text ? w->text : "?");
    sg_best b;
    sg_begin(&b, w->text ? w->text : "");
    for (size_t i = 0; i < c->mp->ncols; i++)
        if (c->mp->cols[i].kind >= AC_PEOPLE) sg_offer(&b, c->mp->cols[i].name);
    const char *r = md_suggest_role(c->m, w->text ? w->text : "");
    if (sg_result(&b)) dg_hint(c->m->dg, "did you mean '%s'?", sg_result(&b));
    else if (r) dg_hint(c->m->dg, "did you mean '%s'?", r);
    else dg_hint(c->m->dg, "declare the column first, like 'officer \"officer\" is Officer'");
}

/* A party: a column of people or roles, or a role. */
static bool am_who(am_ctx *c, const ast_word *w, au_who *who)
{
    who->col = who->role = who->slot = -1;
    if (!w || w->kind != W_IDENT) return false;
    int col = am_col(c->mp, w->text);
    if (col >= 0 && c->mp->cols[col].kind >= AC_PEOPLE) {
        who->col = col;
        c->used[col] = true;
    } else if (col < 0 && (who->role = md_find_role(c->m, w->text)) >= 0) {
    } else {
        return false;
    }
    who->slot = am_slot(c, who->col, who->role);
    return who->slot >= 0;
}

static bool am_fact(am_ctx *c, au_ev *e, const char *text)
{
    md_event_x *x = (md_event_x *)e->x;
    if (x == &md_event_x_none) {
        x = ar_alloc(c->m->ar, sizeof *x);
        if (!x) { dg_oom(c->m->dg); return false; }
        e->x = x;
    }
    const char **nf = ar_grow(c->m->ar, x->facts, x->nfacts, x->nfacts + 1, sizeof *nf);
    if (!nf) { dg_oom(c->m->dg); return false; }
    nf[x->nfacts++] = text;
    x->facts = nf;
    return true;
}

static bool am_is_prep(const char *t)
{
    return strcmp(t, "to") == 0 || strcmp(t, "from") == 0 || strcmp(t, "with") == 0 || strcmp(t, "about") == 0;
}

static bool am_is_article(const char *t) { return strcmp(t, "a") == 0 || strcmp(t, "an") == 0 || strcmp(t, "the") == 0; }

typedef struct am_words {
    const char *prep;
    bool facts;
    au_who about;
} am_words;

/* One word after the verb: a preposition, a party, the thing, a fact. */
static bool am_ev_word(am_ctx *c, au_ev *e, am_words *r, const ast_word *w)
{
    if (w->kind == W_STRING) return am_fact(c, e, w->text);
    if (w->kind == W_KEYWORD && am_is_prep(w->text)) { r->prep = w->text; return true; }
    if (w->kind == W_KEYWORD && strcmp(w->text, ",") == 0 && r->facts) return true;
    if (w->kind == W_IDENT && (strcmp(w->text, "where") == 0 || strcmp(w->text, "given") == 0)) { r->facts = true; return true; }
    if (w->kind == W_IDENT && am_is_article(w->text)) return true;
    au_who who;
    if (w->kind == W_IDENT && am_who(c, w, &who)) {
        if (r->prep && strcmp(r->prep, "about") == 0) r->about = who;
        else if (e->target.slot < 0) { e->target = who; e->target_prep = md_prep_of(r->prep); }
        else {
            dg_report(c->m->dg, DG_ERROR, "bad-register", w->at, "this event already names who it is to");
            return false;
        }
        r->prep = NULL;
        return true;
    }
    int t = w->kind == W_IDENT ? md_find_term(c->m, w->text, MT_THING) : -1;
    if (t >= 0 && e->object < 0) {
        e->object = t;
        e->object_prep = md_prep_of(r->prep);
        r->prep = NULL;
        return true;
    }
    if (w->kind == W_IDENT && t < 0) { am_unknown_who(c, w); return false; }
    dg_report(c->m->dg, DG_ERROR, "bad-register", w->at, "unexpected '%s' in this event line", w->text ? w->text : "word");
    dg_hint(c->m->dg, "an event line reads: on COLUMN WHO ACTION [THING] [to WHO], like 'on received member sends enquiry to officer'");
    return false;
}

static bool am_add_ev(am_ctx *c, const au_ev *e)
{
    au_map *mp = c->mp;
    au_ev *ne = am_grow(c, mp->evs, mp->nevs, &c->capevs, sizeof *ne);
    if (!ne) { dg_oom(c->m->dg); return false; }
    mp->evs = ne;
    mp->evs[mp->nevs++] = *e;
    return true;
}

/* The act's verb from w, alone or with the words after it as one action
 * ("gives advice": advise, as in rules and scenarios); returns the last
 * word it takes, or NULL after reporting. */
static const ast_word *am_verb(am_ctx *c, au_ev *e, const ast_word *w)
{
    if (!w || w->kind != W_IDENT) {
        dg_report(c->m->dg, DG_ERROR, "bad-register", w ? w->at : e->at, "what is done? an action is needed here");
        dg_hint(c->m->dg, "an event line reads: on COLUMN WHO ACTION [THING] [to WHO], like 'on received member sends enquiry to officer'");
        return NULL;
    }
    const char *words[16];
    size_t n = 0, used = 0;
    for (const ast_word *x = w; x && n < 16 && (x->kind == W_IDENT || x->kind == W_KEYWORD); x = x->next) words[n++] = x->text;
    e->action = md_lookup_phrase(c->m, words, n, &used);
    if (e->action < 0) e->action = md_lookup_verb(c->m, w->text);
    e->verb = w->text;
    if (e->action >= 0) {
        while (used-- && w->next) w = w->next;
        return w;
    }
    dg_report(c->m->dg, DG_ERROR, "unknown-action", w->at, "unknown action '%s'", w->text);
    sg_best b;
    sg_begin(&b, w->text);
    for (size_t i = 0; i < c->m->nterms; i++)
        if (c->m->terms[i].kind == MT_ACTION) { sg_offer(&b, c->m->terms[i].third); sg_offer(&b, c->m->terms[i].name); }
    if (sg_result(&b)) dg_hint(c->m->dg, "did you mean '%s'?", sg_result(&b));
    return NULL;
}

/* "on COLUMN" */
static int am_on(am_ctx *c, const ast_rline *ln, const ast_word *w)
{
    if (!w || w->kind != W_IDENT) {
        dg_report(c->m->dg, DG_ERROR, "bad-register", w ? w->at : ln->at, "'on' needs the column that dates the event");
        return -1;
    }
    int col = am_col(c->mp, w->text);
    if (col < 0 || c->mp->cols[col].kind >= AC_PEOPLE || col == c->mp->id_col) {
        dg_report(c->m->dg, DG_ERROR, "unknown-column", w->at, col < 0 ? "no column '%s' is declared" : "the column '%s' holds no dates", w->text);
        sg_best b;
        sg_begin(&b, w->text);
        for (size_t i = 0; i < c->mp->ncols; i++)
            if (c->mp->cols[i].kind < AC_PEOPLE && (int)i != c->mp->id_col) sg_offer(&b, c->mp->cols[i].name);
        if (sg_result(&b)) dg_hint(c->m->dg, "did you mean '%s'?", sg_result(&b));
        else dg_hint(c->m->dg, "declare the column first, like 'received \"date received\"'");
        return -1;
    }
    c->mp->cols[col].kind = AC_DATE;
    c->used[col] = true;
    return col;
}

static void am_event(am_ctx *c, const ast_rline *ln)
{
    const ast_word *w = ln->words->next;
    au_ev e;
    memset(&e, 0, sizeof e);
    e.object = -1;
    e.target.slot = e.target.col = e.target.role = -1;
    e.x = &md_event_x_none;
    e.at = ln->at;
    if ((e.date_col = am_on(c, ln, w)) < 0) return;
    w = w->next;
    if (!am_who(c, w, &e.actor)) {
        if (w) am_unknown_who(c, w);
        else dg_report(c->m->dg, DG_ERROR, "bad-register", ln->at, "who acts? a column of people, or a role, is needed here");
        return;
    }
    if (!(w = am_verb(c, &e, w->next))) return;
    am_words r = { NULL, false, { -1, -1, -1 } };
    size_t first = c->mp->nevs;
    for (w = w->next; w; w = w->next) {
        if (am_is(w, "and") && !r.facts) {   /* "acknowledges enquiry and gives timescale" */
            if (!am_add_ev(c, &e)) return;
            e.object = -1;
            if (!(w = am_verb(c, &e, w->next))) return;
            continue;
        }
        if (!am_ev_word(c, &e, &r, w)) return;
    }
    if (!am_add_ev(c, &e)) return;
    for (size_t i = first; i < c->mp->nevs; i++) {   /* what the last act names holds for all */
        au_ev *x = &c->mp->evs[i];
        if (x->target.slot < 0) { x->target = e.target; x->target_prep = e.target_prep; }
        x->x = e.x;
    }
}

/* ---- the block ------------------------------------------------------------------------ */

static void am_check(am_ctx *c)
{
    au_map *mp = c->mp;
    if (!mp->nevs) {
        dg_report(c->m->dg, DG_ERROR, "bad-register", mp->at, "the register says no event: which column dates what?");
        dg_hint(c->m->dg, "add a line like 'on received member sends enquiry to officer'");
        return;
    }
    const au_ev *raise = &mp->evs[0];
    if (raise->target.slot < 0)
        dg_report(c->m->dg, DG_ERROR, "bad-register", raise->at, "the first event line raises each row's matter: say to whom ('… to officer')");
    if (mp->cols[raise->date_col].optional)
        dg_report(c->m->dg, DG_ERROR, "bad-register", mp->cols[raise->date_col].at,
                  "the column '%s' dates the matter each row raises: it cannot be optional", mp->cols[raise->date_col].name);
    for (size_t i = 0; i < mp->ncols; i++)
        if (!c->used[i] && (int)i != mp->id_col)
            dg_report(c->m->dg, DG_WARNING, "bad-register", mp->cols[i].at, "no event line uses the column '%s'", mp->cols[i].name);
}

static bool am_block(md_model *m, const ast_decl *d, au_map *mp)
{
    memset(mp, 0, sizeof *mp);
    mp->name = d->u.reg.name;
    mp->at = d->at;
    mp->id_col = -1;
    am_ctx c = { m, mp, 0, 0, 0, NULL };
    size_t errors = m->dg->errors;
    for (const ast_rline *ln = d->u.reg.lines; ln; ln = ln->next) {
        if (am_is(ln->words, "on")) am_event(&c, ln);
        else if (ln->words->kind == W_IDENT) am_column(&c, ln);
        else {
            dg_report(m->dg, DG_ERROR, "bad-register", ln->words->at, "a register's line names a column or begins with 'on'");
            dg_hint(m->dg, "a column: 'received \"date received\"'; an event: 'on received member sends enquiry to officer'");
        }
    }
    if (m->dg->errors == errors) am_check(&c);
    return !m->dg->oom;
}

bool au_maps_build(md_model *m, au_map **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    size_t cap = 0;
    for (size_t u = 0; u < m->ld->nunits; u++) {
        if (!m->ld->units[u].root) continue;
        for (const ast_decl *d = m->ld->units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_REGISTER) continue;
            if (*n == cap) {
                size_t nc = cap ? cap * 2 : 2;
                au_map *no = ar_grow(m->ar, *out, cap, nc, sizeof *no);
                if (!no) { dg_oom(m->dg); return false; }
                *out = no;
                cap = nc;
            }
            if (!am_block(m, d, &(*out)[(*n)++])) return false;
        }
    }
    return true;
}
