/* au_sum — findings, the summary's counts, and the ids seen (au_int.h). */
#include "au_int.h"
#include "fail.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- counts ------------------------------------------------------------------------------- */

void au_sum_init(au_sum *s)
{
    memset(s, 0, sizeof *s);
    hm_init(&s->clause_ix);
    hm_init(&s->person_ix);
    hm_init(&s->month_ix);
    hm_init(&s->spelling_ix);
}

void au_sum_free(au_sum *s)
{
    for (size_t i = 0; i < s->npeople; i++) free((char *)s->people[i].key), free(s->people_fold[i]);
    for (size_t i = 0; i < s->nmonths; i++) free((char *)s->months[i].key);
    free(s->clauses);
    free(s->people);
    free(s->months);
    free(s->clause_norm);
    free(s->people_fold);
    free(s->people_flen);
    free(s->s.clauses);
    free(s->s.people);
    free(s->s.months);
    hm_free(&s->clause_ix);
    hm_free(&s->person_ix);
    hm_free(&s->month_ix);
    for (size_t i = 0; i < s->nspellings; i++) free(s->spellings[i].name);
    free(s->spellings);
    hm_free(&s->spelling_ix);
}

static au_count *as_push(au_sum *s, au_count **v, size_t *n, size_t *cap, const char *key, hmap *ix, uint64_t hk)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        au_count *nv = fail_realloc(*v, nc * sizeof *nv);
        if (!nv) { s->oom = true; return NULL; }
        *v = nv;
        *cap = nc;
    }
    au_count *c = &(*v)[*n];
    memset(c, 0, sizeof *c);
    c->key = key;
    if (!hm_put(ix, hk, (uint32_t)*n)) { s->oom = true; return NULL; }
    (*n)++;
    return c;
}

static au_count *as_clause(au_sum *s, const char *clause, int norm)
{
    uint32_t v;
    if (hm_get(&s->clause_ix, hm_ptr(clause), &v)) return &s->clauses[v];
    if (s->nclauses == s->capnorms) {   /* room for its rule first: a clause is never without one */
        size_t cap = s->capnorms ? 2 * s->capnorms : 16;
        int *nn = fail_realloc(s->clause_norm, cap * sizeof *nn);
        if (!nn) { s->oom = true; return NULL; }
        s->clause_norm = nn;
        s->capnorms = cap;
    }
    au_count *c = as_push(s, &s->clauses, &s->nclauses, &s->capclauses, clause, &s->clause_ix, hm_ptr(clause));
    if (!c) return NULL;
    s->clause_norm[s->nclauses - 1] = norm;
    return c;
}

/* A person's name as the summary knows it: any case, spaces and tabs run
 * together ("Bob  Brown" is "bob brown"; a cell's name comes trimmed): one
 * line a person, however the register's rows spell them; the line shows the
 * first spelling.  The name is folded so once, into out (n bytes at most),
 * and hashed and compared folded: a character at a time through the two
 * names, this was a tenth of an audit. */
static size_t as_fold_name(const char *t, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        c = (unsigned)(c - 'A') < 26u ? (unsigned char)(c + 32) : c == '\t' ? ' ' : c;
        if (c == ' ' && k && out[k - 1] == ' ') continue;
        out[k++] = (char)c;
    }
    return k;
}

/* The line of the person named name (n bytes, folded into fold), made when new. */
static au_count *as_person_folded(au_sum *s, const char *name, size_t n, char *fold, size_t nf)
{
    uint64_t h = hm_bytes(fold, nf);
    uint32_t v;
    while (hm_get(&s->person_ix, h, &v)) {
        if (s->people_flen[v] == nf && memcmp(s->people_fold[v], fold, nf) == 0) return &s->people[v];
        h = hm_next(h);   /* another name with the same hash */
    }
    if (s->npeople == s->cappeople) {   /* the folded names beside the lines (as_push doubles those) */
        size_t cap = s->cappeople ? 2 * s->cappeople : 16;
        char **nfold = fail_realloc(s->people_fold, cap * sizeof *nfold);
        if (nfold) s->people_fold = nfold;
        size_t *nl = nfold ? fail_realloc(s->people_flen, cap * sizeof *nl) : NULL;
        if (!nl) { s->oom = true; return NULL; }
        s->people_flen = nl;
    }
    char *key = fail_malloc(n + 1), *fkey = fail_malloc(nf + 1);
    if (!key || !fkey) { free(key); free(fkey); s->oom = true; return NULL; }
    memcpy(key, name, n);
    key[n] = '\0';
    memcpy(fkey, fold, nf);
    fkey[nf] = '\0';
    s->people_fold[s->npeople] = fkey;
    s->people_flen[s->npeople] = nf;
    au_count *c = as_push(s, &s->people, &s->npeople, &s->cappeople, key, &s->person_ix, h);
    if (!c) { free(key); free(fkey); }
    return c;
}

/* Remembers the spelling name (n bytes, hash h) as line's. */
static void as_spelling_add(au_sum *s, const char *name, size_t n, uint64_t h, uint32_t line)
{
    if (s->nspellings == s->capspellings) {
        size_t cap = s->capspellings ? 2 * s->capspellings : 16;
        au_spelling *ns = fail_realloc(s->spellings, cap * sizeof *ns);
        if (!ns) { s->oom = true; return; }
        s->spellings = ns;
        s->capspellings = cap;
    }
    char *copy = fail_malloc(n + 1);
    if (!copy) { s->oom = true; return; }
    memcpy(copy, name, n);
    copy[n] = '\0';
    if (!hm_put(&s->spelling_ix, h, (uint32_t)s->nspellings)) { free(copy); s->oom = true; return; }
    s->spellings[s->nspellings++] = (au_spelling){ copy, n, line };
}

static au_count *as_person(au_sum *s, const char *name, size_t n)
{
    uint64_t h = hm_bytes(name, n);
    uint32_t v;
    for (; hm_get(&s->spelling_ix, h, &v); h = hm_next(h))
        if (s->spellings[v].len == n && memcmp(s->spellings[v].name, name, n) == 0) return &s->people[s->spellings[v].line];
    char local[256];
    char *fold = n <= sizeof local ? local : fail_malloc(n);
    if (!fold) { s->oom = true; return NULL; }
    au_count *c = as_person_folded(s, name, n, fold, as_fold_name(name, n, fold));
    if (fold != local) free(fold);
    if (c) as_spelling_add(s, name, n, h, (uint32_t)(c - s->people));
    return c;
}

static au_count *as_month(au_sum *s, dt_day day)
{
    int y, m, d;
    dt_to_ymd(day, &y, &m, &d);
    uint64_t k = (uint64_t)(y * 12 + m);
    uint32_t v;
    if (hm_get(&s->month_ix, k, &v)) return &s->months[v];
    char *key = fail_malloc(8);
    if (!key) { s->oom = true; return NULL; }
    snprintf(key, 8, "%04d-%02d", y, m);
    au_count *c = as_push(s, &s->months, &s->nmonths, &s->capmonths, key, &s->month_ix, k);
    if (!c) free(key);
    return c;
}

typedef enum { AS_DUTY, AS_MET, AS_OPEN, AS_BREACH, AS_DEPARTURE } as_what;

/* One more of w in line c. */
static inline void as_add(au_count *c, as_what w, dt_day due)
{
    switch (w) {
    case AS_DUTY: c->duties++; break;
    case AS_MET: c->met++; break;
    case AS_BREACH: c->breached++; break;
    case AS_DEPARTURE: c->departed++; break;
    case AS_OPEN:
        if (due != AU_NONE && (!c->has_first_open || due < c->first_open)) {
            c->first_open = due;
            c->has_first_open = true;
        }
        c->open++;
        break;
    }
}

/* The slot of who owes duty e (or did the act), or -1 for an office. */
static int as_who_slot(const sim_entry *e)
{
    if (e->what == SW_FORBIDDEN) return e->actor;
    return e->duty.owner >= 0 ? e->duty.owner : e->actor;
}

/* Who owes duty e (or did the act): a person's name, or the office. */
static const char *as_who(const au_run *r, const sim_entry *e)
{
    int p = as_who_slot(e);
    if (p >= 0) return r->scen.people[p].name;
    return md_role_name(r->m, e->duty.office);
}

/* The same, with its length (a row's people's are known: au_row). */
static const char *as_who_len(const au_run *r, const sim_entry *e, size_t *n)
{
    int p = as_who_slot(e);
    if (p >= 0 && r->slot_len[p] != SIZE_MAX) { *n = r->slot_len[p]; return r->scen.people[p].name; }
    const char *who = as_who(r, e);
    *n = strlen(who);
    return who;
}

/* The summary's lines of e: found by their keys once a row (a person, the
 * month) or once a run (a rule's clause), then by their index.  Each has
 * its look-up by key apart (as_find_*), so that the common way, by index,
 * is a few instructions inlined in as_count. */
static __attribute__((noinline)) au_count *as_find_clause(au_run *r, const sim_entry *e)
{
    au_sum *s = &r->sum;
    const char *clause = e->clause ? e->clause : "-";
    int norm = e->duty.norm;
    au_count *c = as_clause(s, clause, norm);
    if (c && norm >= 0 && (size_t)norm < r->m->nnorms) r->norm_clause[norm] = (int)(c - s->clauses);
    return c;
}

static inline au_count *as_line_clause(au_run *r, const sim_entry *e)
{
    int norm = e->duty.norm, at = norm >= 0 && (size_t)norm < r->m->nnorms ? r->norm_clause[norm] : -1;
    if (at >= 0 && r->sum.clauses[at].key == (e->clause ? e->clause : "-")) return &r->sum.clauses[at];
    return as_find_clause(r, e);
}

static __attribute__((noinline)) au_count *as_find_person(au_run *r, const sim_entry *e)
{
    au_sum *s = &r->sum;
    int p = as_who_slot(e);
    size_t n;
    const char *who = as_who_len(r, e, &n);
    au_count *c = as_person(s, who, n);
    if (c && p >= 0) r->slot_count[p] = (int)(c - s->people);
    return c;
}

static inline au_count *as_line_person(au_run *r, const sim_entry *e)
{
    int p = as_who_slot(e);
    if (p >= 0 && r->slot_count[p] >= 0) return &r->sum.people[r->slot_count[p]];
    return as_find_person(r, e);
}

/* The month's line of a row: by its day, in a table of days (a register's
 * rows come in any order, and a month's is found by its name otherwise:
 * dt_to_ymd, then the month's hash). */
static __attribute__((noinline)) au_count *as_find_month(au_run *r)
{
    au_sum *s = &r->sum;
    int32_t got = dy_get(&r->day_month, r->raised);
    if (got > 0) {
        r->month_count = got - 1;
        return &s->months[r->month_count];
    }
    au_count *c = as_month(s, r->raised);
    if (!c) return NULL;
    r->month_count = (int)(c - s->months);
    dy_put(&r->day_month, r->raised, r->month_count + 1);   /* (out of its span, or of memory: not kept) */
    return c;
}

static inline au_count *as_line_month(au_run *r)
{
    if (r->month_count >= 0) return &r->sum.months[r->month_count];
    return as_find_month(r);
}

/* One more of w in e's lines (a line out of memory is none). */
static void as_count(au_run *r, const sim_entry *e, as_what w, dt_day due)
{
    au_count *c = as_line_clause(r, e);
    if (c) as_add(c, w, due);
    if ((c = as_line_person(r, e))) as_add(c, w, due);
    if ((c = as_line_month(r))) as_add(c, w, due);
    if (r->sum.oom) r->oom = true;
}

/* The day a duty was due (the fallback's, in its phase), or AU_NONE when
 * it has none ("in a timely manner"); for a forbidden act, its day. */
static dt_day as_due(const sim_entry *e)
{
    if (e->what == SW_FORBIDDEN) return e->day;
    if (e->duty.fallback_phase && e->duty.has_fallback_due) return e->duty.fallback_due;
    return e->duty.has_due ? e->duty.due : AU_NONE;
}

void au_sum_duty(au_run *r, const sim_entry *e, au_dutywhat what)
{
    if (what == AU_OPEN) {
        r->sum.s.open++;
        if (as_due(e) == AU_NONE) r->sum.s.open_undated++;
    }
    as_count(r, e, what == AU_OPENED ? AS_DUTY : what == AU_MET ? AS_MET : AS_OPEN, as_due(e));
}

/* ---- what happened ---------------------------------------------------------------------- */

/* The text of a finding is built by hand, as snprintf would (cut at cap - 1,
 * the length it would have had returned): it is written for every breach,
 * and snprintf was a tenth of an audit's time. */
static size_t as_cat(char *buf, size_t cap, size_t at, const char *s, size_t n)
{
    if (at + 1 < cap) {
        size_t room = cap - 1 - at, k = n < room ? n : room;
        memcpy(buf + at, s, k);
        buf[at + k] = '\0';
    }
    return at + n;
}

static size_t as_cats(char *buf, size_t cap, size_t at, const char *s) { return as_cat(buf, cap, at, s, strlen(s)); }

static size_t as_catl(char *buf, size_t cap, size_t at, long v)
{
    char d[24], *p = d + sizeof d;
    unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
    do { *--p = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) *--p = '-';
    return as_cat(buf, cap, at, p, (size_t)(d + sizeof d - p));
}

/* The past of an action, as a register's reader says it: "answered". */
static void as_past_of(const char *name, char *buf, size_t cap)
{
    static const char *const irregular[][2] = {
        { "respond", "answered" }, { "give", "gave" }, { "send", "sent" }, { "make", "made" }, { "tell", "told" },
        { "meet", "met" }, { "speak", "spoke" }, { "take", "took" }, { "write", "wrote" }, { "pay", "paid" },
    };
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof irregular / sizeof irregular[0]; i++)
        if (strcmp(name, irregular[i][0]) == 0) { as_cats(buf, cap, 0, irregular[i][1]); return; }
    size_t n = strlen(name);
    const char *end = n && name[n - 1] == 'e' ? "d" : n > 1 && name[n - 1] == 'y' && !strchr("aeiou", name[n - 2]) ? "ied" : "ed";
    if (!strcmp(end, "ied")) n--;
    as_cats(buf, cap, as_cat(buf, cap, 0, name, n), end);
    for (char *p = buf; *p; p++)
        if (*p == '-') *p = ' ';
}

/* The past of the action, worked out once for the action last asked about. */
static void as_past(au_run *r, int action, char *buf, size_t cap)
{
    if (!r->has_past || r->past_action != action) {
        as_past_of(md_term_name(r->m, action), r->past, sizeof r->past);
        r->past_action = action;
        r->has_past = true;
    }
    buf[0] = '\0';
    as_cats(buf, cap, 0, r->past);
}

/* The row's first answering event that does one of acts. */
static const md_event *as_done(const au_run *r, const md_act *acts, size_t nacts)
{
    for (size_t i = 1; i < r->nevs; i++)
        for (size_t a = 0; a < nacts; a++)
            if (r->evs[i].action == acts[a].action) return &r->evs[i];
    return NULL;
}

/* "answered 2025-12-31, 2 working days late" (or "…, after the deadline"). */
static size_t as_late(au_run *r, const md_event *ev, dt_day due, char *buf, size_t cap)
{
    char past[64], day[11];
    as_past(r, ev->action, past, sizeof past);
    dt_format(ev->day, day);
    long k = r->cal ? cal_working_between(r->cal, due, ev->day) : (long)(ev->day - due);
    buf[0] = '\0';
    size_t n = as_cats(buf, cap, as_cat(buf, cap, as_cats(buf, cap, 0, past), " ", 1), day);
    if (k > 0) {
        n = as_catl(buf, cap, as_cat(buf, cap, n, ", ", 2), k);
        return as_cats(buf, cap, n, k == 1 ? " working day late" : " working days late");
    }
    return as_cats(buf, cap, n, ", after the deadline");
}

static void as_what_text(au_run *r, const sim_entry *e, dt_day due, char *buf, size_t cap)
{
    const md_norm *n = &r->m->norms[e->duty.norm];
    char past[64], day[11];
    buf[0] = '\0';
    if (e->what == SW_FORBIDDEN) {
        as_past(r, e->event ? e->event->action : n->acts[0].action, past, sizeof past);
        dt_format(e->day, day);
        size_t k = as_cats(buf, cap, as_cat(buf, cap, as_cats(buf, cap, 0, past), " ", 1), day);
        as_cats(buf, cap, as_cats(buf, cap, k, ", which the rule "), n->mod == MOD_MUST_NOT ? "forbids" : "discourages");
        return;
    }
    const md_event *done = as_done(r, n->acts, n->nacts);
    const md_event *fb = as_done(r, n->x->fallback, n->x->nfallback);
    if (done) {   /* and the fallback, when it too was late: "…; acknowledged 2026-04-09, 2 working days late" */
        size_t k = as_late(r, done, due, buf, cap);
        if (!fb || fb->day <= due || k + 2 >= cap) return;
        k = as_cat(buf, cap, k, "; ", 2);
        as_late(r, fb, due, buf + k, cap - k);
        return;
    }
    as_past(r, n->acts[0].action, past, sizeof past);
    if (!fb) { as_cats(buf, cap, as_cats(buf, cap, 0, "never "), past); return; }
    size_t k = as_late(r, fb, due, buf, cap);
    if (k < cap) as_cats(buf + k, cap - k, as_cats(buf + k, cap - k, 0, "; never "), past);
}

void au_found(au_run *r, const sim_entry *e)
{
    char what[256], idbuf[24];
    bool breach = e->kind == SE_BREACHED;
    dt_day due = as_due(e);
    if (breach) r->sum.s.breaches++;
    else r->sum.s.departures++;
    as_count(r, e, breach ? AS_BREACH : AS_DEPARTURE, due);
    if (!r->sink.finding) return;
    as_what_text(r, e, due, what, sizeof what);
    if (!r->id) snprintf(idbuf, sizeof idbuf, "line %ld", r->line);
    au_finding f = { r->file, r->line, r->id ? r->id : idbuf, e->clause ? e->clause : "-", e->duty.norm, breach,
                     e->what == SW_FORBIDDEN, due, r->raised, as_who(r, e), what };
    r->sink.finding(r->sink.ctx, &f);
}

/* ---- the summary, sorted ------------------------------------------------------------------ */


static int as_by_key(const void *a, const void *b)
{
    return strcmp(((const au_count *)a)->key, ((const au_count *)b)->key);
}

static au_count *as_copy(au_sum *s, const au_count *v, size_t n, au_count *old)
{
    free(old);
    au_count *c = fail_malloc((n ? n : 1) * sizeof *c);
    if (!c) { s->oom = true; return NULL; }
    if (n) memcpy(c, v, n * sizeof *c);   /* v is NULL when nothing was counted */
    return c;
}

void au_sum_sort(au_sum *s)
{
    /* clauses in the order of their rules in the protocol (insertion: they are few) */
    s->s.clauses = as_copy(s, s->clauses, s->nclauses, s->s.clauses);
    s->s.people = as_copy(s, s->people, s->npeople, s->s.people);
    s->s.months = as_copy(s, s->months, s->nmonths, s->s.months);
    s->s.nclauses = s->s.clauses ? s->nclauses : 0;
    s->s.npeople = s->s.people ? s->npeople : 0;
    s->s.nmonths = s->s.months ? s->nmonths : 0;
    int *order = fail_malloc((s->nclauses ? s->nclauses : 1) * sizeof *order);
    if (order && s->s.clauses && s->nclauses) {
        memcpy(order, s->clause_norm, s->nclauses * sizeof *order);
        for (size_t i = 1; i < s->nclauses; i++) {
            au_count c = s->s.clauses[i];
            int o = order[i];
            size_t j = i;
            while (j > 0 && order[j - 1] > o) { s->s.clauses[j] = s->s.clauses[j - 1]; order[j] = order[j - 1]; j--; }
            s->s.clauses[j] = c;
            order[j] = o;
        }
    }
    free(order);
    if (s->s.people) qsort(s->s.people, s->npeople, sizeof *s->s.people, as_by_key);
    if (s->s.months) qsort(s->s.months, s->nmonths, sizeof *s->s.months, as_by_key);
}

/* ---- ids ---------------------------------------------------------------------------------- */

void au_ids_init(au_ids *d)
{
    memset(d, 0, sizeof *d);
    hm_init(&d->sparse);
}

void au_ids_free(au_ids *d)
{
    for (size_t i = 0; i < d->nkeys; i++) free(d->keys[i]);
    free(d->keys);
    free(d->bits);
    hm_free(&d->sparse);
}

/* PREFIX+NUMBER: the number (under AU_DENSE_MAX, no leading zero), or -1.
 * The digits are read once, from the end. */
static long as_dense(au_ids *d, const char *id, size_t n)
{
    size_t k = n;
    long v = 0, place = 1;
    for (; k > 0 && n - k < 10; k--, place *= 10) {
        unsigned digit = (unsigned)(unsigned char)id[k - 1] - '0';
        if (digit > 9) break;
        v += (long)digit * place;
    }
    size_t digits = n - k;
    if (!digits || (k > 0 && (unsigned)(unsigned char)id[k - 1] - '0' <= 9) || (id[k] == '0' && digits > 1) ||
        k >= sizeof d->prefix)
        return -1;   /* no number, more than nine digits, a leading zero, a long prefix */
    if (!d->has_prefix) {
        memcpy(d->prefix, id, k);
        d->nprefix = k;
        d->has_prefix = true;
    }
    if (k != d->nprefix) return -1;
    for (size_t i = 0; i < k; i++)
        if (id[i] != d->prefix[i]) return -1;
    return v < AU_DENSE_MAX ? v : -1;
}

static int as_bit(au_ids *d, long v)
{
    size_t byte = (size_t)v >> 3;
    if (byte >= d->nbits) {
        size_t nb = d->nbits ? d->nbits : 4096;
        while (nb <= byte) nb *= 2;
        unsigned char *b = fail_realloc(d->bits, nb);
        if (!b) return -1;
        memset(b + d->nbits, 0, nb - d->nbits);
        d->bits = b;
        d->nbits = nb;
    }
    unsigned char m = (unsigned char)(1u << (v & 7));
    if (d->bits[byte] & m) return 0;
    d->bits[byte] |= m;
    return 1;
}

int au_ids_add(au_ids *d, const char *id, size_t n)
{
    long v = as_dense(d, id, n);
    if (v >= 0) return as_bit(d, v);
    uint64_t h = hm_bytes(id, n);
    uint32_t at;
    for (;; h = hm_next(h)) {
        if (!hm_get(&d->sparse, h, &at)) break;
        if (strlen(d->keys[at]) == n && memcmp(d->keys[at], id, n) == 0) return 0;
    }
    if (d->nkeys == d->capkeys) {
        size_t nc = d->capkeys ? d->capkeys * 2 : 64;
        char **nk = fail_realloc(d->keys, nc * sizeof *nk);
        if (!nk) return -1;
        d->keys = nk;
        d->capkeys = nc;
    }
    char *k = fail_malloc(n + 1);
    if (!k) return -1;
    memcpy(k, id, n);
    k[n] = '\0';
    if (!hm_put(&d->sparse, h, (uint32_t)d->nkeys)) { free(k); return -1; }
    d->keys[d->nkeys++] = k;
    return 1;
}
