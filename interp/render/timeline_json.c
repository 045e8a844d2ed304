/* timeline_json — an entry of a simulation as JSON (timeline.h; the keys
 * are documented in docs/JSON.md). */
#include "timeline.h"
#include "text.h"

/* ---- names ------------------------------------------------------------------------------- */

/* The file a line is in ("file": the protocol's, a used file's, the
 * scenario file's), or null when none: beside every "line". */
static void tl_j_file(js_out *j, const tl_ctx *c, loc at)
{
    js_key(j, "file");
    const src_file *f = at.file && c->src ? src_get(c->src, at.file) : NULL;
    if (f) js_str(j, f->path);
    else js_null(j);
}


const char *tl_what_name(sim_what w)
{
    static const char *const n[] = {
        [SW_EVENT] = "event",                   [SW_NO_HOLDER] = "no-holder",
        [SW_EXPLAINED] = "explained",           [SW_OPENED] = "opened",
        [SW_MET] = "met",                       [SW_FALLBACK_MET] = "fallback-met",
        [SW_FALLBACK_EARLIER] = "fallback-earlier", [SW_FALLBACK_DONE] = "fallback-done",
        [SW_FALLBACK_APPLIES] = "fallback-applies", [SW_MISSED] = "missed",
        [SW_FORBIDDEN] = "forbidden-act",       [SW_STILL_OPEN] = "still-open",
        [SW_CASE_TO] = "case-to",               [SW_CASE_LATE] = "case-late",
        [SW_CASE_PASSED_OVER] = "case-passed-over", [SW_CASE_OWN] = "case-own",
        [SW_CASE_NONE_OPEN] = "case-none-open", [SW_CASE_NOT_PARTY] = "case-not-party",
        [SW_CASE_RESOLVED] = "case-resolved",   [SW_CASE_ENDS] = "case-ends",
        [SW_NO_ROUTE] = "no-route",             [SW_EXPECT] = "expect",
        [SW_MET_AS] = "met-as",                 [SW_UNRANKED] = "unranked-act",                 [SW_CASE_REFERRED] = "case-referred",
        [SW_CASE_WAITS] = "case-waits",
    };
    return (size_t)w < sizeof n / sizeof n[0] && n[w] ? n[w] : "?";
}

const char *tl_expect_name(md_exkind k)
{
    static const char *const n[] = {
        [EX_STATE] = "state",         [EX_DUE] = "due",           [EX_NOT_OPENED] = "not-opened",
        [EX_NO_BREACH] = "no-breach", [EX_NO_DEPARTURE] = "no-departure",
        [EX_REACHES] = "reaches",     [EX_RESOLVED] = "resolved", [EX_ENDED] = "ended",
        [EX_AT] = "at",               [EX_REVIEW_OVERDUE] = "review-overdue",
        [EX_REVIEW_NOT_OVERDUE] = "review-not-overdue", [EX_REVIEW_DUE] = "review-due",
        [EX_VERDICT] = "verdict",
        [EX_REFERRED] = "referred",  [EX_REF_STATE] = "ref-state",
    };
    return (size_t)k < sizeof n / sizeof n[0] && n[k] ? n[k] : "?";
}

static const char *const tl_states[] = { "open", "fulfilled", "breached", "departed", "lapsed" };
static const char *const tl_nows[] = { "nothing", "open", "breached", "fulfilled", "departed", "closed" };
static const char *const tl_wheres[] = { "no-case", "no-handler", "with", "resolved", "ended", "referred" };
static const char *const tl_skips[] = { NULL, "vacant", "raiser", "subject", "unbound", "nobody", "optional" };

/* ---- values ------------------------------------------------------------------------------ */

static void tl_j_person(js_out *j, const tl_ctx *c, const char *key, int p)
{
    js_key(j, key);
    js_str(j, p >= 0 ? c->s->people[p].name : NULL);
}

static void tl_j_role(js_out *j, const tl_ctx *c, const char *key, int r)
{
    js_key(j, key);
    js_str(j, r >= 0 ? md_role_name(c->m, r) : NULL);
}

static void tl_j_term(js_out *j, const tl_ctx *c, const char *key, int t)
{
    js_key(j, key);
    js_str(j, t >= 0 ? c->m->terms[t].name : NULL);
}

static void tl_j_date(js_out *j, const char *key, bool has, dt_day d)
{
    char b[11];
    js_key(j, key);
    if (!has) { js_null(j); return; }
    dt_format(d, b);
    js_str(j, b);
}

/* ---- the parts of an entry ----------------------------------------------------------------- */

static void tl_j_event(js_out *j, const tl_ctx *c, const sim_entry *e)
{
    const md_event *ev = e->event;
    js_key(j, "event");
    js_obj(j);
    tl_j_file(j, c, ev->at);
    js_key(j, "line"); js_int(j, tl_line(c->src, ev->at));
    tl_j_person(j, c, "actor", e->actor);
    js_key(j, "verb"); js_str(j, ev->verb);
    tl_j_term(j, c, "action", ev->action);
    tl_j_term(j, c, "thing", ev->object);
    tl_j_person(j, c, "target", e->target);
    tl_j_person(j, c, "about", ev->about);
    if (e->reason) { js_key(j, "reason"); js_str(j, e->reason); }
    if (ev->x->nfacts) {   /* where "…": the facts the event states, as written */
        js_key(j, "facts");
        js_arr(j);
        for (size_t i = 0; i < ev->x->nfacts; i++) js_str(j, ev->x->facts[i]);
        js_arr_end(j);
    }
    js_obj_end(j);
}

/* The keys only some duties have: a target before the cap, the matter's
 * reference, the "counts as" line that met it. */
static void tl_j_duty_more(js_out *j, const tl_ctx *c, const sim_duty *d)
{
    if (d->has_target) tl_j_date(j, "target", true, d->target);
    if (d->asap) { js_key(j, "as_soon_as_possible"); js_bool(j, true); }
    if (d->ref) { js_key(j, "ref"); js_str(j, d->ref); }
    if (d->norm >= 0 && (size_t)d->norm < c->m->nnorms && md_norm_subj_rel(&c->m->norms[d->norm]) >= 0 && d->whose >= 0) {
        js_key(j, "relation"); js_str(j, c->m->rels[md_norm_subj_rel(&c->m->norms[d->norm])].name);
        tl_j_person(j, c, "relation_of", d->whose);
        if (d->unbound) { js_key(j, "unbound"); js_bool(j, true); }
    }
    if (d->counts >= 0 && (size_t)d->counts < c->m->ncounts) {
        const md_counts *k = &c->m->counts[d->counts];
        js_key(j, "counts_as");
        js_obj(j);
        js_key(j, "clause"); js_str(j, k->clause);
        tl_j_term(j, c, "deed", k->deed.action);
        tl_j_term(j, c, "as", k->as.action);
        js_obj_end(j);
    }
}

static void tl_j_duty(js_out *j, const tl_ctx *c, const sim_entry *e)
{
    const sim_duty *d = &e->duty;
    const md_norm *n = &c->m->norms[d->norm];
    js_key(j, "duty");
    js_obj(j);
    js_key(j, "clause"); js_str(j, md_norm_clause(n));
    js_key(j, "modality"); js_str(j, ast_modality_word(n->mod));
    tl_j_file(j, c, n->at);
    js_key(j, "line"); js_int(j, tl_line(c->src, n->at));
    if (e->what != SW_FORBIDDEN) {
        tl_j_person(j, c, "owner", d->owner);
        tl_j_role(j, c, "office", d->office);
        tl_j_person(j, c, "counterpart", d->counterpart);
        tl_j_date(j, "opened", true, d->opened);
        tl_j_date(j, "due", d->has_due, d->due);
        tl_j_date(j, "fallback_due", d->has_fallback_due, d->fallback_due);
        js_key(j, "fallback_applies"); js_bool(j, d->fallback_phase);
        tl_j_person(j, c, "done_by", e->actor);
        tl_j_duty_more(j, c, d);
    }
    js_obj_end(j);
}

/* The keys only some cases have: the relation the handler (or the step
 * passed over) is, the other handlers of an "and/or" step, where a
 * referral goes under, the matter's reference. */
static void tl_j_case_more(js_out *j, const tl_ctx *c, const sim_case_info *k)
{
    if (k->rel >= 0 && (size_t)k->rel < c->m->nrels) {
        js_key(j, "relation");
        js_obj(j);
        js_key(j, "name"); js_str(j, c->m->rels[k->rel].name);
        tl_j_person(j, c, "of", k->rel_whose);
        js_obj_end(j);
    }
    if (k->nco) {
        js_key(j, "also");
        js_arr(j);
        for (int i = 0; i < k->nco; i++) {
            js_obj(j);
            tl_j_person(j, c, "person", k->co_person[i]);
            tl_j_role(j, c, "office", k->co_role[i]);
            js_obj_end(j);
        }
        js_arr_end(j);
    }
    if (k->under >= 0) tl_j_term(j, c, "under", k->under);
    if (k->ref) { js_key(j, "ref"); js_str(j, k->ref); }
}

static void tl_j_case(js_out *j, const tl_ctx *c, const sim_entry *e)
{
    const sim_case_info *k = &e->c;
    js_key(j, "case");
    js_obj(j);
    tl_j_term(j, c, "kind", k->kind);
    tl_j_person(j, c, "raiser", k->raiser);
    tl_j_person(j, c, "subject", k->subject);
    js_key(j, "route"); js_str(j, k->route >= 0 ? c->m->routes[k->route].clause : NULL);
    js_key(j, "step");
    if (k->step >= 0) js_int(j, k->step + 1); else js_null(j);
    js_key(j, "handler");
    js_obj(j);
    tl_j_person(j, c, "person", k->person);
    tl_j_role(j, c, "office", k->role);
    tl_j_term(j, c, "procedure", k->proc);
    js_key(j, "informal"); js_bool(j, k->informal);
    js_obj_end(j);
    if (k->skip != SK_NONE) {
        tl_j_role(j, c, "skipped", k->skipped_role);
        js_key(j, "because"); js_str(j, tl_skips[k->skip]);
        if (k->rel_clause) { js_key(j, "relation_clause"); js_str(j, k->rel_clause); }
    }
    tl_j_person(j, c, "actor", e->actor);
    tl_j_case_more(j, c, k);
    js_obj_end(j);
}

/* What the expectation asks, as written. */
static void tl_j_expected(js_out *j, const tl_ctx *c, const md_expect *x)
{
    js_key(j, "expected");
    js_obj(j);
    if (x->clause) { js_key(j, x->kind == EX_REF_STATE ? "ref" : "clause"); js_str(j, x->clause); }
    if (x->kind == EX_STATE || x->kind == EX_REF_STATE) { js_key(j, "state"); js_str(j, tl_states[x->state]); }
    if (x->kind == EX_DUE || x->kind == EX_REVIEW_DUE) tl_j_date(j, "date", true, x->date);
    if (x->person >= 0) tl_j_person(j, c, "person", x->person);
    if (x->kind_thing >= 0) tl_j_term(j, c, "kind", x->kind_thing);
    if (x->handler_person >= 0) tl_j_person(j, c, "handler_person", x->handler_person);
    if (x->handler_role >= 0) tl_j_role(j, c, "handler_office", x->handler_role);
    if (x->handler_proc >= 0) tl_j_term(j, c, "handler_procedure", x->handler_proc);
    if (x->informal) { js_key(j, "informal"); js_bool(j, true); }
    if (x->kind == EX_VERDICT) {
        js_key(j, "question"); js_str(j, x->query);
        js_key(j, "verdict"); js_str(j, x->verdict);
    }
    js_obj_end(j);
}

/* What the run found, the keys the expectation's kind uses. */
static void tl_j_found(js_out *j, const tl_ctx *c, const sim_check *k)
{
    const md_expect *x = k->x;
    js_key(j, "found");
    js_obj(j);
    switch (x->kind) {
    case EX_STATE: case EX_REF_STATE:
        js_key(j, "state"); js_str(j, tl_nows[k->now]);
        if (k->now == SN_OPEN) tl_j_date(j, "due", k->has_date, k->date);
        break;
    case EX_DUE: tl_j_date(j, "due", k->has_date, k->date); break;
    case EX_NOT_OPENED: case EX_NO_BREACH: case EX_NO_DEPARTURE: js_key(j, "count"); js_int(j, (long)k->count); break;
    case EX_REACHES: case EX_AT: case EX_ENDED: case EX_REFERRED:
        if (k->met) break;
        js_key(j, "where"); js_str(j, tl_wheres[k->where]);
        if (k->where >= SC_WITH) {
            tl_j_person(j, c, "person", k->person);
            tl_j_role(j, c, "office", k->role);
            tl_j_term(j, c, "procedure", k->proc);
        }
        break;
    case EX_RESOLVED: break;
    case EX_REVIEW_OVERDUE: case EX_REVIEW_NOT_OVERDUE: case EX_REVIEW_DUE:
        tl_j_date(j, "today", true, k->today);
        tl_j_date(j, "next_review", k->has_date, k->date);
        js_key(j, "overdue"); js_bool(j, k->overdue);
        break;
    case EX_VERDICT:
        js_key(j, "answered"); js_bool(j, k->answered);
        js_key(j, "verdict"); js_str(j, k->verdict);
        js_key(j, "clause"); js_str(j, k->verdict_clause);
        break;
    }
    js_obj_end(j);
}

static void tl_j_expectation(js_out *j, const tl_ctx *c, const sim_entry *e)
{
    const sim_check *k = &e->check;
    js_key(j, "expectation");
    js_obj(j);
    js_key(j, "expect"); js_str(j, tl_expect_name(k->x->kind));
    js_key(j, "met"); js_bool(j, k->met);
    tl_j_expected(j, c, k->x);
    tl_j_found(j, c, k);
    js_obj_end(j);
}

/* ---- the entry ------------------------------------------------------------------------------ */

void tl_json_entry(js_out *j, const tl_ctx *c, const char *scenario, const sim_entry *e)
{
    char d[11], t[16];
    dt_format(e->day, d);
    js_obj(j);
    js_key(j, "scenario"); js_str(j, scenario);
    js_key(j, "date"); js_str(j, d);
    js_key(j, "time");
    if (e->minute >= 0) {
        snprintf(t, sizeof t, "%02d:%02d", e->minute / 60, e->minute % 60);
        js_str(j, t);
    } else {
        js_null(j);
    }
    js_key(j, "kind"); js_str(j, sim_kind_name(e->kind));
    js_key(j, "clause"); js_str(j, e->clause);
    js_key(j, "people");
    js_arr(j);
    for (int i = 0; i < 4 && e->people[i]; i++) js_str(j, e->people[i]);
    js_arr_end(j);
    js_key(j, "text"); js_str(j, tl_sentence(c, e));
    if (e->kind == SE_EXPECTATION) { js_key(j, "ok"); js_bool(j, e->ok); }
    tl_j_file(j, c, e->at);
    js_key(j, "line"); js_int(j, tl_line(c->src, e->at));
    js_key(j, "what"); js_str(j, tl_what_name(e->what));
    if (e->event) tl_j_event(j, c, e);
    if (e->duty.norm >= 0) tl_j_duty(j, c, e);
    if (e->c.raiser >= 0 || e->c.kind >= 0 || e->what == SW_CASE_NONE_OPEN) tl_j_case(j, c, e);
    if (e->what == SW_EXPECT) tl_j_expectation(j, c, e);
    js_obj_end(j);
}

void tl_json_counts(js_out *j, const sim_result *r)
{
    js_key(j, "expectations"); js_int(j, (long)r->expectations);
    js_key(j, "met"); js_int(j, (long)(r->expectations - r->failed));
    js_key(j, "failed"); js_int(j, (long)r->failed);
    js_key(j, "events"); js_int(j, (long)r->events);
    js_key(j, "opened"); js_int(j, (long)r->opened);
    js_key(j, "fulfilled"); js_int(j, (long)r->fulfilled);
    js_key(j, "breached"); js_int(j, (long)r->breached);
    js_key(j, "departed"); js_int(j, (long)r->departed);
    js_key(j, "still_open"); js_int(j, (long)r->still_open);
}
