/* sim_base — what every part of the engine uses: who holds which office,
 * making and sending entries, and the counters per clause (sim_int.h).
 * It calls no other file of interp/sim/. */
#include "sim_int.h"
#include "fail.h"

#include <stddef.h>
#include <string.h>

const char *sim_kind_name(sim_kind k)
{
    static const char *const n[] = { "event", "opened", "fulfilled", "breached", "departed", "fallback",
                                     "explained", "escalated", "skipped", "resolved", "closed", "open",
                                     "expectation" };
    return k <= SE_EXPECTATION ? n[k] : "?";
}

/* ---- people ------------------------------------------------------------------------ */

size_t sim_roles(const sim *S, int person, dt_day day, int *out, size_t cap)
{
    size_t n = 0;
    if (person < 0) return 0;
    const md_person *p = &S->s->people[person];
    for (size_t i = 0; i < p->nholds && n < cap; i++)
        if (p->holds[i].from <= day && day <= p->holds[i].until) out[n++] = p->holds[i].role;
    return n;
}

bool sim_person_is(const sim *S, int person, dt_day day, int role)
{
    int roles[SIM_MAX_ROLES];
    size_t n = sim_roles(S, person, day, roles, SIM_MAX_ROLES);
    for (size_t i = 0; i < n; i++)
        if (md_is_a(S->m, roles[i], role)) return true;
    return false;
}

/* Calls add(S, role, person) for each role a holding of the person is a
 * kind of, once per (role, person). */
static void sim_holder_roles(sim *S, size_t person, void (*add)(sim *, int, int))
{
    const md_person *p = &S->s->people[person];
    for (size_t h = 0; h < p->nholds; h++) {
        const md_role *r = &S->m->roles[p->holds[h].role];
        for (size_t a = 0; a < r->nancestors; a++) {
            bool seen = false;   /* an earlier holding of the same line of roles */
            for (size_t g = 0; g < h && !seen; g++) seen = md_is_a(S->m, p->holds[g].role, r->ancestors[a]);
            if (!seen) add(S, r->ancestors[a], (int)person);
        }
    }
}

static void sim_holder_count(sim *S, int role, int person) { (void)person; S->holders.first[role + 1]++; }

static void sim_holder_put(sim *S, int role, int person) { S->holders.people[S->holders.first[role]++] = person; }

/* For each role, the people who may hold it, in the order of the scenario. */
bool sim_index_holders(sim *S)
{
    size_t nr = S->m->nroles;
    S->holders.first = ar_alloc(S->ar, (nr + 2) * sizeof *S->holders.first);
    if (!S->holders.first) return false;
    for (size_t i = 0; i < S->s->npeople; i++) sim_holder_roles(S, i, sim_holder_count);
    for (size_t r = 0; r < nr; r++) S->holders.first[r + 1] += S->holders.first[r];
    size_t total = S->holders.first[nr];
    S->holders.people = ar_alloc(S->ar, (total ? total : 1) * sizeof *S->holders.people);
    if (!S->holders.people) return false;
    /* fill, moving each start on; then they are the ends, and each end the next start */
    for (size_t i = 0; i < S->s->npeople; i++) sim_holder_roles(S, i, sim_holder_put);
    for (size_t r = nr; r > 0; r--) S->holders.first[r] = S->holders.first[r - 1];
    S->holders.first[0] = 0;
    return true;
}

int sim_holder(const sim *S, int role, dt_day day, int not1, int not2)
{
    int acting = -1;
    if (role < 0) return -1;
    for (size_t k = S->holders.first[role]; k < S->holders.first[role + 1]; k++) {
        int i = S->holders.people[k];
        if (i == not1 || i == not2) continue;
        const md_person *p = &S->s->people[i];
        for (size_t h = 0; h < p->nholds; h++) {
            const md_holding *hd = &p->holds[h];
            if (hd->from > day || day > hd->until || !md_is_a(S->m, hd->role, role)) continue;
            if (!hd->acting) return i;
            if (acting < 0) acting = i;
        }
    }
    return acting;
}

/* ---- relations of the people in a case ---------------------------------------------- */

/* The one person who holds the office on the day, other than `not`; -1 when
 * no one does, or more than one. */
static int sim_sole_holder(const sim *S, int role, dt_day day, int not)
{
    int found = -1;
    if (role < 0) return -1;
    for (size_t k = S->holders.first[role]; k < S->holders.first[role + 1]; k++) {
        int i = S->holders.people[k];
        if (i == not || i == found || !sim_person_is(S, i, day, role)) continue;
        if (found >= 0) return -1;
        found = i;
    }
    return found;
}

/* The line of the relation that applies to the person on the day: the most
 * specific among the roles they hold (an exception before the declaration). */
static const md_relcase *sim_rel_line(const sim *S, int r, int whose, dt_day day)
{
    int roles[SIM_MAX_ROLES];
    size_t n = sim_roles(S, whose, day, roles, SIM_MAX_ROLES);
    const md_relcase *best = NULL;
    for (size_t i = 0; i < n; i++) {
        const md_relcase *rc = md_rel_case(S->m, r, roles[i]);
        if (rc && (!best || best == &S->m->rels[r].cases[0])) best = rc;
    }
    return best;
}

int sim_rel_person(const sim *S, int r, int whose, dt_day day, sim_skip *why, const char **clause)
{
    *why = SK_UNBOUND;
    if (clause) *clause = NULL;
    if (r < 0 || whose < 0) return -1;
    for (size_t i = 0; i < S->s->nrelfacts; i++) {
        const md_relfact *f = &S->s->relfacts[i];
        if (f->rel == r && f->of == whose && f->from <= day && day <= f->until) { *why = SK_NONE; return f->holder; }
    }
    const md_relcase *line = sim_rel_line(S, r, whose, day);
    if (!line) return -1;
    if (line->is < 0) {
        *why = SK_NOBODY;
        if (clause) *clause = line->clause;
        return -1;
    }
    /* an office the same as the person's own (an officer's manager, who is
     * an officer) is only ever the one bound: any of them might be it.  A
     * narrower office (an officer's Head of Service) or another one (the
     * Leader) is its one holder that day, when only one person holds it. */
    if (line->is == line->of) return -1;
    int p = sim_sole_holder(S, line->is, day, whose);
    if (p >= 0) *why = SK_NONE;
    return p;
}

/* ---- deadlines ---------------------------------------------------------------------- */

/* The table of d's period (made when new), or NULL when SIM_DL periods
 * have tables already. */
static sim_dl *sim_dl_of(sim *S, const md_deadline *d)
{
    for (size_t i = 0; i < SIM_DL; i++) {
        sim_dl *t = &S->dl[i];
        if (!t->used) {
            t->n = d->n;
            t->kind = (uint8_t)d->kind;
            t->unit = (uint8_t)d->unit;
            t->used = true;
            dy_init(&t->due);
            return t;
        }
        if (t->n == d->n && t->kind == (uint8_t)d->kind && t->unit == (uint8_t)d->unit) return t;
    }
    return NULL;
}

/* md_deadline_from, remembering what it found by d's period (it reads
 * only those fields of d) and the day: a table by day (daytab.h), whose
 * pages are made only for the days asked about. */
int sim_deadline_from(sim *S, const md_deadline *d, dt_day from, dt_day *due)
{
    sim_dl *t = sim_dl_of(S, d);
    int32_t got = t ? dy_get(&t->due, from) : 0;
    if (got == 1) return -1;
    if (got > 1) { *due = from + (got - 2); return 0; }
    int rc = md_deadline_from(S->m, d, from, due);
    if (!t) return rc;
    if (rc != 0) {
        dy_put(&t->due, from, 1);   /* (out of the table's span, or of memory: not kept) */
        return rc;
    }
    int64_t off = (int64_t)*due - from + 2;
    if (off >= 2 && off <= INT32_MAX) dy_put(&t->due, from, (int32_t)off);   /* (a deadline before its day is not kept) */
    return 0;
}

void sim_deadlines_free(sim *S)
{
    for (size_t i = 0; i < SIM_DL; i++)
        if (S->dl[i].used) dy_free(&S->dl[i].due);
    memset(S->dl, 0, sizeof S->dl);
}

/* ---- entries ------------------------------------------------------------------------- */

bool sim_wants(const sim *S, sim_kind k) { return S->sink && (S->all || k == SE_EXPECTATION); }

/* The entry up to its case and check parts (sim_entry_init, and a brief
 * duty entry, whose case and check parts stay the blank ones). */
void sim_entry_head(const sim *S, sim_entry *e, sim_kind k, sim_what w, const char *clause, loc at)
{
    /* field by field, not a memset and stores over it: the memset (rep stos)
     * stalled the stores after it, a tenth of civic audit's time */
    e->kind = k;
    e->what = w;
    e->day = S->now;
    e->minute = -1;
    e->clause = clause;
    e->at = at;
    for (size_t i = 0; i < sizeof e->people / sizeof e->people[0]; i++) e->people[i] = NULL;
    e->ok = true;
    e->event = NULL;
    e->actor = e->target = -1;
    e->reason = NULL;
    e->duty = (sim_duty){ .norm = -1, .owner = -1, .office = -1, .counterpart = -1, .whose = -1, .counts = -1 };
}

void sim_entry_init(const sim *S, sim_entry *e, sim_kind k, sim_what w, const char *clause, loc at)
{
    sim_entry_head(S, e, k, w, clause, at);
    memset(&e->c, 0, sizeof *e - offsetof(sim_entry, c));
    e->c.kind = e->c.raiser = e->c.subject = e->c.route = e->c.step = -1;
    e->c.person = e->c.role = e->c.proc = e->c.skipped_role = -1;
    e->c.rel = e->c.rel_whose = e->c.under = -1;
    e->check.person = e->check.role = e->check.proc = -1;
}

void sim_entry_people(const sim *S, sim_entry *e, int p1, int p2)
{
    size_t n = 0;
    while (n < 3 && e->people[n]) n++;
    if (p1 >= 0) e->people[n++] = S->s->people[p1].name;
    if (p2 >= 0 && p2 != p1) e->people[n++] = S->s->people[p2].name;
}

void sim_send(sim *S, const sim_entry *e)
{
    if (sim_wants(S, e->kind)) S->sink(S->ctx, e);
}

/* ---- counters ------------------------------------------------------------------------ */

sim_stat *sim_stat_get(sim *S, const char *clause, int person)
{
    memset(&S->none, 0, sizeof S->none);
    if (!clause) return &S->none;
    uint64_t key = hm_ptr(clause) ^ ((uint64_t)(uint32_t)(person + 1) << 48);
    uint32_t v;
    if (hm_get(&S->stats, key, &v)) return &S->st[v];
    if (S->nst == S->capst) {
        size_t cap = S->capst ? S->capst * 2 : 32;
        sim_stat *ns = fail_realloc(S->st, cap * sizeof *ns);
        if (!ns) { S->r.error = true; return &S->none; }
        S->st = ns;
        S->capst = cap;
    }
    memset(&S->st[S->nst], 0, sizeof S->st[0]);
    if (!hm_put(&S->stats, key, (uint32_t)S->nst)) { S->r.error = true; return &S->none; }
    return &S->st[S->nst++];
}

static void sim_stat_add(sim_stat *st, sim_count_what what, dt_day due, bool has_due)
{
    switch (what) {
    case SC_OPENED:
        st->opened++;
        if (has_due) { st->last_due = due; st->has_last_due = true; }
        break;
    case SC_FULFILLED: st->fulfilled++; break;
    case SC_BREACHED: st->breached++; break;
    case SC_DEPARTED: st->departed++; break;
    case SC_LAPSED: st->lapsed++; break;
    }
}

/* The c-th clause a rule counts under: its own, the adopting one, then each
 * of a label naming several; NULL for one already counted (or none). */
static const char *sim_count_clause(const md_norm *n, size_t c)
{
    const char *cl = c == 0 ? n->clause : c == 1 ? n->x->cited : n->x->parts[c - 2];
    if (!cl || (c == 1 && cl == n->clause) || (c >= 2 && (cl == n->clause || cl == n->x->cited))) return NULL;
    return cl;
}

/* The key of a person's counters over every clause (expect no breach by bob),
 * and of a matter's (expect E1 breached): a clause pointer never equals it. */
static const char sim_every_clause[] = "*";
enum { SIM_REF_PERSON = -2 };

void sim_count(sim *S, const md_norm *n, int person, const char *ref, sim_count_what what, dt_day due, bool has_due)
{
    if (S->no_counts) return;
    for (size_t c = 0; c < 2 + n->x->nparts; c++) {
        const char *cl = sim_count_clause(n, c);
        if (!cl) continue;
        sim_stat_add(sim_stat_get(S, cl, -1), what, due, has_due);
        if (person >= 0) sim_stat_add(sim_stat_get(S, cl, person), what, due, has_due);
    }
    if (person >= 0) sim_stat_add(sim_stat_get(S, sim_every_clause, person), what, due, has_due);
    uint32_t v;
    if (ref && hm_get(&S->ref_watch, hm_ptr(ref), &v)) sim_stat_add(sim_stat_get(S, ref, SIM_REF_PERSON), what, due, has_due);
}

sim_stat *sim_stat_person(sim *S, int person) { return sim_stat_get(S, sim_every_clause, person); }

sim_stat *sim_stat_ref(sim *S, const char *ref) { return sim_stat_get(S, ref, SIM_REF_PERSON); }

const char *sim_cite(const md_norm *n) { return md_norm_clause(n) ? md_norm_clause(n) : "-"; }

int sim_event_thing(const sim *S, const md_event *e)
{
    if (e->object >= 0 || e->action < 0) return e->object;
    return e->action == S->t_complain ? S->t_complaint : -1;
}
