/* query — tokenizing and dispatching queries; the small queries (review,
 * deadline, roles, clauses, who manages, holidays, working days, help).
 * can/duties/expectations are in q_can.c, route in q_route.c, explain in
 * q_explain.c. */
#include "q_int.h"
#include "fail.h"
#include "suggest.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const q_words[] = {
    "can", "duties", "expectations", "route", "deadline", "review", "explain", "roles", "clauses",
    "who", "holidays", "working", "help", NULL
};

/* ---- tokens ------------------------------------------------------------------ */

static bool q_tokenize(q_parse *p)
{
    const char *s = p->text;
    size_t len = strlen(s), cap = 16;
    p->t = fail_malloc(cap * sizeof *p->t);
    if (!p->t) return false;
    size_t i = 0;
    while (i < len) {
        if (isspace((unsigned char)s[i])) { i++; continue; }
        if (p->n == cap) {
            cap *= 2;
            q_tok *nt = fail_realloc(p->t, cap * sizeof *nt);
            if (!nt) return false;
            p->t = nt;
        }
        q_tok *t = &p->t[p->n];
        memset(t, 0, sizeof *t);
        size_t a = i, b;
        if (s[i] == '"' || s[i] == '[') {
            char close = s[i] == '"' ? '"' : ']';
            b = i + 1;
            while (b < len && s[b] != close) b++;
            t->kind = s[i] == '"' ? QT_STRING : QT_CLAUSE;
            size_t ia = a + 1, ib = b;
            while (ia < ib && s[ia] == ' ') ia++;
            while (ib > ia && s[ib - 1] == ' ') ib--;
            t->text = ar_strndup(QM(p)->ar, s + ia, ib - ia);
            i = b < len ? b + 1 : b;
        } else {
            b = i;
            while (b < len && !isspace((unsigned char)s[b]) && s[b] != '"' && s[b] != '[') b++;
            size_t e = b;
            while (e > a && strchr("?,.;:!", s[e - 1])) e--;   /* "Officer?" */
            if (e == a) e = b;
            t->kind = QT_WORD;
            t->text = ar_strndup(QM(p)->ar, s + a, e - a);
            dt_day d;
            bool digits = e > a;
            for (size_t k = a; k < e; k++) digits &= isdigit((unsigned char)s[k]) != 0;
            if (e - a == 10 && dt_parse(s + a, 10, &d) == 0) { t->kind = QT_DATE; t->day = d; }
            else if (digits && e - a < 9) { t->kind = QT_NUMBER; t->num = atol(t->text); }
            i = b;
        }
        if (!t->text) return false;
        t->at.file = p->file;
        t->at.start = (uint32_t)a;
        t->at.end = (uint32_t)(i > a ? i : a + 1);
        if (t->kind == QT_WORD) t->at.end = (uint32_t)(a + strlen(t->text));
        p->n++;
    }
    return true;
}

void q_error(q_parse *p, loc at, const char *code, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    dg_report(p->q->dg, DG_ERROR, code, at, "%s", buf);
}

loc q_here(const q_parse *p)
{
    if (p->i < p->n) return p->t[p->i].at;
    loc at = { p->file, (uint32_t)strlen(p->text), (uint32_t)strlen(p->text) };
    return at;
}

bool q_word(const q_parse *p, size_t i, const char *w)
{
    return i < p->n && p->t[i].kind == QT_WORD && strcasecmp(p->t[i].text, w) == 0;
}

bool q_at_end(const q_parse *p) { return p->i >= p->n; }

void q_skip_articles(q_parse *p)
{
    while (q_word(p, p->i, "a") || q_word(p, p->i, "an") || q_word(p, p->i, "the") || q_word(p, p->i, "any"))
        p->i++;
}

/* Join tokens i..j-1 with spaces. */
static const char *q_join(q_parse *p, size_t i, size_t j)
{
    size_t len = 0;
    for (size_t k = i; k < j; k++) len += strlen(p->t[k].text) + 1;
    char *s = ar_alloc(QM(p)->ar, len + 1);
    if (!s) return "";
    for (size_t k = i; k < j; k++) {
        if (k > i) strcat(s, " ");
        strcat(s, p->t[k].text);
    }
    return s;
}

int q_role_opt(q_parse *p)
{
    q_skip_articles(p);
    if (q_at_end(p)) return -1;
    if (p->t[p->i].kind == QT_STRING) {
        int r = md_lookup_role(QM(p), p->t[p->i].text);
        if (r >= 0) p->i++;
        return r;
    }
    size_t max = p->i + 4 < p->n ? p->i + 4 : p->n;
    for (size_t j = max; j > p->i; j--) {
        bool words = true;
        for (size_t k = p->i; k < j; k++) words &= p->t[k].kind == QT_WORD;
        if (!words) continue;
        int r = md_lookup_role(QM(p), q_join(p, p->i, j));
        if (r >= 0) { p->i = j; return r; }
    }
    return -1;
}

int q_role(q_parse *p, const char *what)
{
    q_skip_articles(p);
    if (q_at_end(p)) {
        q_error(p, q_here(p), "bad-query", "the query ends before naming %s", what);
        dg_hint(p->q->dg, "name a role, like Member, Officer or Clerk ('roles' lists them)");
        return -1;
    }
    int r = q_role_opt(p);
    if (r >= 0) return r;
    const q_tok *t = &p->t[p->i];
    q_error(p, t->at, "unknown-role", "unknown role '%s'", t->text);
    const char *s = md_suggest_role(QM(p), t->text);
    if (s) dg_hint(p->q->dg, "did you mean '%s'?", s);
    else dg_hint(p->q->dg, "'roles' lists the roles of this protocol");
    return -1;
}

/* An action or thing named by one word, by a quoted display name, or by a
 * run of up to four words as its display name or alias reads ("seek
 * support", "comment on performance") or as its name does with hyphens
 * ("seek-support").  The longest run that names one wins; advances. */
static int q_term_run(q_parse *p, md_termkind kind)
{
    const q_tok *t = &p->t[p->i];
    if (t->kind == QT_STRING) {
        int k = md_lookup_term(QM(p), t->text, kind);
        if (k >= 0) p->i++;
        return k;
    }
    size_t max = p->i + 4 < p->n ? p->i + 4 : p->n;
    for (size_t j = max; j > p->i + 1; j--) {
        bool words = true;
        for (size_t k = p->i; k < j; k++) words &= p->t[k].kind == QT_WORD;
        if (!words) continue;
        const char *run = q_join(p, p->i, j);
        int k = md_lookup_term(QM(p), run, kind);
        if (k < 0) {
            char *dashed = ar_strndup(QM(p)->ar, run, strlen(run));
            for (char *c = dashed; c && *c; c++) if (*c == ' ') *c = '-';
            if (dashed) k = md_lookup_term(QM(p), dashed, kind);
        }
        if (k >= 0) { p->i = j; return k; }
    }
    int k = md_lookup_term(QM(p), t->text, kind);
    if (k >= 0) p->i++;
    return k;
}

int q_thing(q_parse *p, bool report)
{
    q_skip_articles(p);
    if (q_at_end(p)) {
        if (report) {
            q_error(p, q_here(p), "bad-query", "the query ends before the kind of case");
            dg_hint(p->q->dg, "write 'route complaint by Member about Officer'");
        }
        return -1;
    }
    const q_tok *t = &p->t[p->i];
    int k = q_term_run(p, MT_THING);
    if (k >= 0) return k;
    if (report) {
        q_error(p, t->at, "unknown-thing", "unknown kind of case '%s'", t->text);
        const char *s = md_suggest_term(QM(p), t->text, MT_THING);
        if (s) dg_hint(p->q->dg, "did you mean '%s'?", s);
        else dg_hint(p->q->dg, "routes are for complaints, grievances and disputes");
    }
    return -1;
}

int q_action(q_parse *p)
{
    if (q_at_end(p)) {
        q_error(p, q_here(p), "bad-query", "the query ends before the action");
        dg_hint(p->q->dg, "ask like 'can Member instruct Officer'");
        return -1;
    }
    const q_tok *t = &p->t[p->i];
    int a = q_term_run(p, MT_ACTION);
    if (a >= 0) return a;
    q_error(p, t->at, "unknown-action", "unknown action '%s'", t->text);
    const char *s = md_suggest_term(QM(p), t->text, MT_ACTION);
    if (s) dg_hint(p->q->dg, "did you mean '%s'?", s);
    else dg_hint(p->q->dg, "the actions are declared with 'action' in the protocol and stdlib/roles.civic");
    return -1;
}

/* Does anything in the protocol cite clause c: a rule, a route or a step,
 * the review cycle, a role, an action or thing, under a label of its own or
 * as one part of a label naming several? */
static bool q_known_clause(const md_model *m, const char *c)
{
    if (md_clause_first(m, c) >= 0) return true;   /* the index holds the parts of rules' labels too */
    for (size_t r = 0; r < m->nroutes; r++) {
        const md_route *rt = &m->routes[r];
        if (md_label_cites(rt->clause, c)) return true;
        for (size_t s = 0; s < rt->nsteps; s++)
            if (md_label_cites(rt->steps[s].clause, c)) return true;
    }
    if (md_label_cites(m->meta.review_clause, c)) return true;
    for (size_t r = 0; r < m->nroles; r++)
        if (md_label_cites(m->roles[r].clause, c)) return true;
    for (size_t t = 0; t < m->nterms; t++)
        if (md_label_cites(m->terms[t].clause, c)) return true;
    return false;
}

const char *q_clause(q_parse *p)
{
    const q_tok *t;
    const char *c;
    for (bool skipped = false;; skipped = true) {
        if (q_at_end(p)) {
            q_error(p, q_here(p), "bad-query", "the query ends before the clause");
            dg_hint(p->q->dg, "write the clause like 10.2 or [10.2]");
            return NULL;
        }
        t = &p->t[p->i];
        c = t->text;
        if (q_known_clause(QM(p), c)) { p->i++; return c; }
        /* a clause of several words written without its brackets, "If things
         * go wrong/councillors": the longest run of words that is one */
        for (size_t last = p->n; last-- > p->i + 1;) {
            if (last - p->i > 12 || p->t[last].at.end <= t->at.start) continue;
            size_t len = p->t[last].at.end - t->at.start;
            char *span = ar_strndup(QM(p)->ar, p->text + t->at.start, len);
            if (!span) break;
            if (q_known_clause(QM(p), span)) { p->i = last + 1; return span; }
        }
        /* "clause 10.2" (once: a loop, so that "clause clause …" cannot recurse deeply) */
        if (skipped || !q_word(p, p->i, "clause") || p->i + 1 >= p->n) break;
        p->i++;
    }
    q_error(p, t->at, "unknown-clause", "no rule has clause [%s]", c);
    sg_best b;
    sg_begin(&b, c);
    for (size_t k = 0; k < QM(p)->nnorms; k++) {
        sg_offer(&b, QM(p)->norms[k].clause);
        sg_offer(&b, QM(p)->norms[k].x->cited);
    }
    if (sg_result(&b)) dg_hint(p->q->dg, "did you mean [%s]?", sg_result(&b));
    else dg_hint(p->q->dg, "'clauses' lists the clauses of this protocol");
    return NULL;
}

bool q_date(q_parse *p, dt_day *d)
{
    if (!q_at_end(p) && p->t[p->i].kind == QT_DATE) {
        *d = p->t[p->i++].day;
        return true;
    }
    /* "today" is the --today date (or the REPL's :today), so "deadline 10.2
     * from today" answers as of the day the question is asked */
    if (q_word(p, p->i, "today")) {
        *d = p->q->today;
        p->i++;
        return true;
    }
    loc at = q_here(p);
    if (!q_at_end(p)) {
        const char *s = p->t[p->i].text;
        int r = strlen(s) == 10 ? dt_parse(s, 10, d) : 1;
        int mo = r == 2 ? (s[5] - '0') * 10 + (s[6] - '0') : 0;
        if (r == 2 && (mo < 1 || mo > 12)) q_error(p, at, "bad-date", "%s is not a date: there is no month %02d", s, mo);
        else q_error(p, at, "bad-date", r == 2 ? "%s is not a date: that month has no such day"
                                       : r == 3 ? "year out of range in %s" : "'%s' is not a date", s);
        if (r == 2 && mo >= 1 && mo <= 12) {
            int yr = atoi(s);
            dg_hint(p->q->dg, "%s %d has %d days", dt_month_name(mo), yr, dt_days_in_month(yr, mo));
            return false;
        }
    } else {
        q_error(p, at, "bad-query", "the query ends before the date");
    }
    dg_hint(p->q->dg, "write dates as YYYY-MM-DD, like 2025-12-23");
    return false;
}

bool q_expect_end(q_parse *p)
{
    if (q_at_end(p)) return true;
    q_error(p, p->t[p->i].at, "bad-query", "unexpected '%s' at the end of the query", p->t[p->i].text);
    return false;
}

void q_begin(q_parse *p, const char *kind)
{
    js_obj(&p->js);
    js_key(&p->js, "kind");
    js_str(&p->js, kind);
    js_key(&p->js, "query");
    js_str(&p->js, p->text);
}

void q_end(q_parse *p)
{
    js_obj_end(&p->js);
    js_done(&p->js);
}

void q_json_norm(q_parse *p, const md_norm *n) { q_json_norm_ex(p, n, NULL); }

void q_json_norm_ex(q_parse *p, const md_norm *n, const char *applies)
{
    const md_model *m = QM(p);
    js_out *j = &p->js;
    js_obj(j);
    js_key(j, "clause"); js_str(j, md_norm_clause(n));
    if (n->x->cited && n->clause && n->x->cited != n->clause) { js_key(j, "model_clause"); js_str(j, n->clause); }
    js_key(j, "modality"); js_str(j, ast_modality_word(n->mod));
    js_key(j, "subject"); js_str(j, m->roles[n->subject].name);
    js_key(j, "action"); js_str(j, m->terms[n->acts[0].action].name);
    if (n->nacts > 1) {
        js_key(j, "actions");
        js_arr(j);
        for (size_t a = 0; a < n->nacts; a++) js_str(j, m->terms[n->acts[a].action].name);
        js_arr_end(j);
    }
    js_key(j, "counterpart"); js_str(j, n->counterpart >= 0 ? m->roles[n->counterpart].name : NULL);
    js_key(j, "thing"); js_str(j, n->acts[0].object >= 0 ? m->terms[n->acts[0].object].name : NULL);
    js_key(j, "deadline"); js_str(j, n->within.kind == DUR_NONE ? NULL : tx_deadline(m, m->ar, &n->within));
    js_key(j, "condition"); js_str(j, n->cond ? tx_cond(m, m->ar, n->cond) : NULL);
    if (n->x->nfallback) { js_key(j, "otherwise"); js_str(j, tx_acts(m, m->ar, n->x->fallback, n->x->nfallback)); }
    js_key(j, "text"); js_str(j, tx_norm(m, m->ar, n));
    const src_file *f = src_get(&m->ld->src, n->at.file);
    int line, col;
    src_linecol(&m->ld->src, n->at.file, n->at.start, &line, &col);
    js_key(j, "file"); js_str(j, f ? f->path : NULL);
    js_key(j, "line"); js_int(j, line);
    if (applies) { js_key(j, "applies"); js_str(j, applies); }
    js_obj_end(j);
}

/* ---- review ------------------------------------------------------------------- */

static void q_date_key(js_out *j, const char *key, bool has, dt_day d)
{
    char buf[11];
    js_key(j, key);
    if (has) { dt_format(d, buf); js_str(j, buf); } else js_null(j);
}

static int q_review(q_parse *p)
{
    if (!q_expect_end(p)) return 1;
    md_model *m = QM(p);
    const md_meta *mt = &m->meta;
    md_review r = md_review_status(m, p->q->today);
    char b1[11], b2[11], b3[11];
    if (p->q->json) {
        q_begin(p, "review");
        js_key(&p->js, "council"); js_str(&p->js, mt->council);
        q_date_key(&p->js, "adopted", mt->has_adopted, mt->adopted);
        q_date_key(&p->js, "last_approved", mt->has_approved, mt->approved);
        q_date_key(&p->js, "last_reviewed", mt->has_reviewed, mt->reviewed);
        js_key(&p->js, "cycle"); js_str(&p->js, mt->review_text);
        js_key(&p->js, "clause"); js_str(&p->js, mt->review_clause);
        q_date_key(&p->js, "next_due", r.known, r.next);
        js_key(&p->js, "overdue"); js_bool(&p->js, r.overdue);
        q_date_key(&p->js, "today", true, p->q->today);
        js_key(&p->js, "basis"); js_str(&p->js, r.basis);
        q_end(p);
        return 0;
    }
    FILE *o = p->q->out;
    fprintf(o, "%s%s%s\n", mt->title ? mt->title : "Protocol", mt->council ? " — " : "", mt->council ? mt->council : "");
    if (mt->has_adopted) { dt_format(mt->adopted, b1); fprintf(o, "  adopted        %s\n", b1); }
    if (mt->has_approved) { dt_format(mt->approved, b1); fprintf(o, "  last approved  %s\n", b1); }
    if (mt->has_reviewed) { dt_format(mt->reviewed, b1); fprintf(o, "  last reviewed  %s\n", b1); }
    if (mt->review_text)
        fprintf(o, "  review cycle   %s%s%s%s\n", mt->review_text, mt->review_clause ? " [" : "",
                mt->review_clause ? mt->review_clause : "", mt->review_clause ? "]" : "");
    dt_format(p->q->today, b3);
    if (r.known) {
        dt_format(r.next, b2);
        fprintf(o, "  next review    %s (%s)\n", b2, r.basis);
        if (r.overdue) fprintf(o, "Overdue: the review was due on %s; today is %s.\n", b2, b3);
        else fprintf(o, "Not overdue as of %s.\n", b3);
    } else {
        fprintf(o, "  next review    unknown: %s\n", r.basis);
        fprintf(o, "No review date can be worked out, so it cannot be overdue.\n");
    }
    return 0;
}

/* ---- deadline ---------------------------------------------------------------------- */

/* One rule's deadline from a date: the due day (and the fallback's). */
typedef struct qd_one {
    const md_norm *n;
    dt_day from, due, fdue;
    bool fixed, working, has_f;
} qd_one;

/* Returns 0, or why no due date was found (cal.h: CAL_NO_WORKING_DAY,
 * CAL_OUT_OF_RANGE). */
static int qd_compute(md_model *m, const md_norm *n, dt_day from, qd_one *r)
{
    memset(r, 0, sizeof *r);
    r->n = n;
    r->from = from;
    r->fixed = n->within.kind == DUR_FIXED;
    /* Only working days skip holidays: days, weeks, months and hours count them. */
    r->working = r->fixed && n->within.unit == U_WORKING_DAYS;
    int rc = r->fixed ? md_deadline_from(m, &n->within, from, &r->due) : 0;
    r->has_f = n->x->nfallback && n->x->fallback_within.kind == DUR_FIXED &&
               md_deadline_from(m, &n->x->fallback_within, from, &r->fdue) == 0;
    return rc;
}

static void qd_json(q_parse *p, const qd_one *r)
{
    md_model *m = QM(p);
    const md_norm *n = r->n;
    cal_calendar *cal = md_cal(m);
    char fb[11], db[11], fdb[11];
    dt_format(r->from, fb);
    js_key(&p->js, "clause"); js_str(&p->js, md_norm_clause(n));
    js_key(&p->js, "from"); js_str(&p->js, fb);
    js_key(&p->js, "within"); js_str(&p->js, tx_deadline(m, m->ar, &n->within));
    js_key(&p->js, "due");
    if (r->fixed) { dt_format(r->due, db); js_str(&p->js, db); } else js_null(&p->js);
    if (r->has_f) { dt_format(r->fdue, fdb); js_key(&p->js, "otherwise_due"); js_str(&p->js, fdb); }
    js_key(&p->js, "calendar"); js_str(&p->js, cal ? cal_id(cal) : NULL);
    js_key(&p->js, "rule"); js_str(&p->js, tx_norm(m, m->ar, n));
    js_key(&p->js, "excluded");
    js_arr(&p->js);
    for (dt_day d = r->from + 1; r->working && cal && d <= r->due; d++) {
        const char *h = cal_holiday_name(cal, d);
        if (!h) continue;
        char hb[11];
        dt_format(d, hb);
        js_obj(&p->js);
        js_key(&p->js, "date"); js_str(&p->js, hb);
        js_key(&p->js, "name"); js_str(&p->js, h);
        js_obj_end(&p->js);
    }
    js_arr_end(&p->js);
}

static void qd_text(q_parse *p, const qd_one *r)
{
    md_model *m = QM(p);
    const md_norm *n = r->n;
    cal_calendar *cal = md_cal(m);
    FILE *o = p->q->out;
    char lf[24], ld[24];
    dt_format_long(r->from, lf);
    fprintf(o, "%s %s\n", md_cite(m, n), tx_norm(m, m->ar, n));
    if (!r->fixed) {
        fprintf(o, "No due date: '%s' is not a fixed period.\n", md_vague(m, &n->within));
        return;
    }
    dt_format_long(r->due, ld);
    fprintf(o, "From %s: due by the close of %s", lf, ld);
    if (n->within.unit == U_WORKING_DAYS && cal) fprintf(o, " (%s calendar)", cal_display(cal));
    fputs(".\n", o);
    bool any = false;
    for (dt_day d = r->from + 1; r->working && cal && d <= r->due; d++) {
        const char *h = cal_holiday_name(cal, d);
        if (!h) continue;
        char hb[24];
        dt_format_long(d, hb);
        fprintf(o, "%s %s — %s", any ? "," : "Not counted:", hb, h);
        any = true;
    }
    if (any) fputs(".\n", o);
    if (r->has_f) {
        dt_format_long(r->fdue, ld);
        fprintf(o, "Otherwise (%s): by the close of %s.\n", tx_acts(m, m->ar, n->x->fallback, n->x->nfallback), ld);
    }
}

static int q_deadline(q_parse *p)
{
    size_t ci = p->i;
    const char *clause = q_clause(p);
    if (!clause) return 1;
    if (!q_word(p, p->i, "from") && !q_word(p, p->i, "after") && !q_word(p, p->i, "on")) {
        q_error(p, q_here(p), "bad-query", "write 'deadline %s from DATE'", clause);
        return 1;
    }
    p->i++;
    dt_day from;
    size_t di = p->i;
    if (!q_date(p, &from) || !q_expect_end(p)) return 1;
    if (from < dt_from_ymd(CAL_COMPLETE_FROM, 1, 1)) {
        /* refused rather than answered: a holiday left out moves the date */
        q_error(p, p->t[di].at, "calendar-range", "no deadline is worked out from before %d: the calendars' bank "
                "holidays are incomplete there", CAL_COMPLETE_FROM);
        dg_hint(p->q->dg, "the standard calendars hold the bank holidays from %d on; count the days by hand "
                "against the holidays of the time", CAL_COMPLETE_FROM);
        return 1;
    }
    md_model *m = QM(p);
    /* Every rule of the clause that sets a period, once each (a rule on
     * "Member and Officer" is one line of the protocol, two rules inside). */
    size_t cap = 0;
    for (int e = md_clause_first(m, clause); e >= 0; e = md_clause_next(m, e)) cap++;
    const md_norm **ns = fail_malloc((cap + 1) * sizeof *ns);
    qd_one *r = fail_malloc((cap + 1) * sizeof *r);
    if (!ns || !r) { free(ns); free(r); dg_oom(p->q->dg); return 1; }
    size_t nn = 0;
    for (int e = md_clause_first(m, clause); e >= 0; e = md_clause_next(m, e)) {
        const md_norm *c = &m->norms[md_clause_norm(m, e)];
        if (c->within.kind == DUR_NONE) continue;
        bool seen = false;
        for (size_t i = 0; i < nn && !seen; i++) seen = ns[i]->at.file == c->at.file && ns[i]->at.start == c->at.start;
        if (!seen) ns[nn++] = c;
    }
    int rc = 0;
    if (!nn) {
        q_error(p, p->t[ci].at, "no-deadline", "clause [%s] sets no deadline", clause);
        dg_hint(p->q->dg, "'explain %s' shows what the clause says", clause);
        rc = 1;
    }
    /* a fixed period before a vague one, so that the first answer has a date */
    for (size_t i = 1; i < nn; i++)
        for (size_t j = i; j > 0 && ns[j]->within.kind == DUR_FIXED && ns[j - 1]->within.kind != DUR_FIXED; j--) {
            const md_norm *t = ns[j]; ns[j] = ns[j - 1]; ns[j - 1] = t;
        }
    for (size_t i = 0; i < nn && rc == 0; i++) {
        int why = qd_compute(m, ns[i], from, &r[i]);
        if (why != 0) {
            char fb[11];
            dt_format(from, fb);
            if (why == CAL_OUT_OF_RANGE)
                q_error(p, q_here(p), "calendar-range", "no due date can be found: it would fall after %d-12-31, "
                        "past the last year Civic's calendars cover", DT_MAX_YEAR);
            else
                q_error(p, q_here(p), "no-working-day", "no due date can be found: the calendar has no working day "
                        "within ten years of %s", fb);
            rc = 1;
        }
    }
    if (rc == 0 && p->q->json) {
        q_begin(p, "deadline");
        qd_json(p, &r[0]);   /* the first rule's answer at the top, as ever */
        js_key(&p->js, "deadlines");   /* and every rule of the clause */
        js_arr(&p->js);
        for (size_t i = 0; i < nn; i++) {
            js_obj(&p->js);
            qd_json(p, &r[i]);
            js_obj_end(&p->js);
        }
        js_arr_end(&p->js);
        q_end(p);
    } else if (rc == 0) {
        for (size_t i = 0; i < nn; i++) {
            if (i) fputc('\n', p->q->out);
            qd_text(p, &r[i]);
        }
    }
    free(ns);
    free(r);
    return rc;
}

/* ---- lists ----------------------------------------------------------------------- */

static int q_roles(q_parse *p)
{
    if (!q_expect_end(p)) return 1;
    md_model *m = QM(p);
    if (p->q->json) {
        q_begin(p, "roles");
        js_key(&p->js, "roles");
        js_arr(&p->js);
        for (size_t i = 0; i < m->nroles; i++) {
            const md_role *r = &m->roles[i];
            js_obj(&p->js);
            js_key(&p->js, "role"); js_str(&p->js, r->name);
            js_key(&p->js, "name"); js_str(&p->js, r->display);
            js_key(&p->js, "is");
            js_arr(&p->js);
            for (size_t k = 0; k < r->nparents; k++) js_str(&p->js, m->roles[r->parents[k]].name);
            js_arr_end(&p->js);
            js_key(&p->js, "aka");
            js_arr(&p->js);
            for (size_t k = 0; k < r->naliases; k++) js_str(&p->js, r->aliases[k]);
            js_arr_end(&p->js);
            js_key(&p->js, "external"); js_bool(&p->js, r->external);
            js_obj_end(&p->js);
        }
        js_arr_end(&p->js);
        q_end(p);
        return 0;
    }
    for (size_t i = 0; i < m->nroles; i++) {
        const md_role *r = &m->roles[i];
        fprintf(p->q->out, "%-24s %s", r->name, r->display);
        for (size_t k = 0; k < r->nparents; k++)
            fprintf(p->q->out, "%s%s", k ? ", " : " — is ", m->roles[r->parents[k]].name);
        if (r->external) fputs(" (outside the council)", p->q->out);
        fputc('\n', p->q->out);
    }
    return 0;
}

static int q_clauses(q_parse *p)
{
    if (!q_expect_end(p)) return 1;
    md_model *m = QM(p);
    if (p->q->json) {
        q_begin(p, "clauses");
        js_key(&p->js, "clauses");
        js_arr(&p->js);
    }
    for (size_t i = 0; i < m->nnorms; i++) {
        const md_norm *n = &m->norms[i];
        const char *c = md_norm_clause(n);
        bool first = true;
        for (size_t k = 0; k < i && first; k++) first = md_norm_clause(&m->norms[k]) != c;
        if (!first) continue;
        size_t count = 0;
        for (int e = md_clause_first(m, c); e >= 0; e = md_clause_next(m, e)) count++;
        if (p->q->json) {
            js_obj(&p->js);
            js_key(&p->js, "clause"); js_str(&p->js, c);
            js_key(&p->js, "rules"); js_int(&p->js, (long)count);
            js_key(&p->js, "first"); js_str(&p->js, tx_norm(m, m->ar, n));
            js_obj_end(&p->js);
        } else {
            fprintf(p->q->out, "[%s] %s%s\n", c ? c : "-", tx_norm(m, m->ar, n),
                    count > 1 ? ar_printf(m->ar, " (and %zu more)", count - 1) : "");
        }
    }
    if (p->q->json) {
        js_arr_end(&p->js);
        q_end(p);
    }
    return 0;
}

static int q_who_manages(q_parse *p)
{
    int r = q_role(p, "the role managed");
    if (r < 0 || !q_expect_end(p)) return 1;
    md_model *m = QM(p);
    if (p->q->json) {
        q_begin(p, "who-manages");
        js_key(&p->js, "role"); js_str(&p->js, m->roles[r].name);
        js_key(&p->js, "managers");
        js_arr(&p->js);
    }
    size_t found = 0;
    for (size_t i = 0; i < m->nroles; i++) {
        const md_role *x = &m->roles[i];
        for (size_t k = 0; k < x->nmanages; k++) {
            if (!md_relation_covers(m, x, false, k, r)) continue;
            if ((int)i == r) continue;   /* nobody manages themselves */
            found++;
            const char *cl = x->manages_cl ? x->manages_cl[k] : x->clause;
            const md_roleset *ex = md_relation_except(x, false, k);
            if (p->q->json) {
                js_obj(&p->js);
                js_key(&p->js, "role"); js_str(&p->js, x->name);
                js_key(&p->js, "name"); js_str(&p->js, x->display);
                js_key(&p->js, "clause"); js_str(&p->js, cl);
                if (ex) {
                    js_key(&p->js, "except");
                    js_arr(&p->js);
                    for (size_t e = 0; e < ex->n; e++) js_str(&p->js, m->roles[ex->roles[e]].name);
                    js_arr_end(&p->js);
                }
                js_obj_end(&p->js);
            } else {
                fprintf(p->q->out, "%s manages %s", x->display, m->roles[x->manages[k]].display);
                for (size_t e = 0; ex && e < ex->n; e++)
                    fprintf(p->q->out, "%s%s", e == 0 ? " except " : e + 1 == ex->n ? " and " : ", ",
                            m->roles[ex->roles[e]].display);
                fprintf(p->q->out, "%s%s%s\n", cl ? " [" : "", cl ? cl : "", cl ? "]" : "");
            }
            break;
        }
    }
    if (p->q->json) {
        js_arr_end(&p->js);
        q_end(p);
    } else if (!found) {
        fprintf(p->q->out, "The protocol names nobody who manages %s.\n", m->roles[r].display);
    }
    return 0;
}

static int q_holidays(q_parse *p)
{
    md_model *m = QM(p);
    if (q_at_end(p) || p->t[p->i].kind != QT_NUMBER) {
        q_error(p, q_here(p), "bad-query", "write 'holidays YEAR', like 'holidays 2026'");
        return 1;
    }
    long y = p->t[p->i].num;
    loc at = p->t[p->i++].at;
    if (!q_expect_end(p)) return 1;
    if (y < DT_MIN_YEAR || y > DT_MAX_YEAR) {
        q_error(p, at, "bad-year", "year %ld is out of range", y);
        dg_hint(p->q->dg, "Civic handles years from %d to %d", DT_MIN_YEAR, DT_MAX_YEAR);
        return 1;
    }
    cal_calendar *cal = md_cal(m);
    if (!cal) {
        q_error(p, at, "no-calendar", "this protocol has no calendar");
        return 1;
    }
    cal_holiday hs[128];
    size_t n = cal_holidays(cal, (int)y, hs, 128);
    if (n > 128) n = 128;
    if (p->q->json) {
        q_begin(p, "holidays");
        js_key(&p->js, "calendar"); js_str(&p->js, cal_id(cal));
        js_key(&p->js, "year"); js_int(&p->js, y);
        js_key(&p->js, "holidays");
        js_arr(&p->js);
    } else {
        fprintf(p->q->out, "Holidays in %ld (%s):\n", y, cal_display(cal));
    }
    for (size_t i = 0; i < n; i++) {
        char b[24];
        if (p->q->json) {
            dt_format(hs[i].day, b);
            js_obj(&p->js);
            js_key(&p->js, "date"); js_str(&p->js, b);
            js_key(&p->js, "name"); js_str(&p->js, hs[i].name);
            js_key(&p->js, "closure"); js_bool(&p->js, hs[i].closure);
            js_key(&p->js, "substitute"); js_bool(&p->js, hs[i].substitute);
            js_obj_end(&p->js);
        } else {
            dt_format_long(hs[i].day, b);
            fprintf(p->q->out, "  %-16s %s%s%s\n", b, hs[i].name, hs[i].substitute ? " (substitute day)" : "",
                    hs[i].closure ? " (office closed)" : "");
        }
    }
    if (p->q->json) {
        js_arr_end(&p->js);
        q_end(p);
    }
    return 0;
}

static int q_working_days(q_parse *p)
{
    if (!q_word(p, p->i, "days") || !q_word(p, p->i + 1, "between")) {
        q_error(p, q_here(p), "bad-query", "write 'working days between DATE and DATE'");
        return 1;
    }
    p->i += 2;
    dt_day a, b;
    if (!q_date(p, &a)) return 1;
    if (!q_word(p, p->i, "and")) {
        q_error(p, q_here(p), "bad-query", "write 'working days between DATE and DATE'");
        return 1;
    }
    p->i++;
    if (!q_date(p, &b) || !q_expect_end(p)) return 1;
    cal_calendar *cal = md_cal(QM(p));
    if (!cal) {
        q_error(p, q_here(p), "no-calendar", "this protocol has no calendar");
        return 1;
    }
    if (b < a) {
        q_error(p, p->t[p->i - 1].at, "bad-range", "the second date is before the first");
        dg_hint(p->q->dg, "write the earlier date first: 'working days between DATE and LATER-DATE'");
        return 1;
    }
    long n = cal_working_between(cal, a, b);
    char ba[11], bb[11];
    dt_format(a, ba);
    dt_format(b, bb);
    if (p->q->json) {
        q_begin(p, "working-days");
        js_key(&p->js, "from"); js_str(&p->js, ba);
        js_key(&p->js, "to"); js_str(&p->js, bb);
        js_key(&p->js, "calendar"); js_str(&p->js, cal_id(cal));
        js_key(&p->js, "working_days"); js_int(&p->js, n);
        q_end(p);
    } else {
        fprintf(p->q->out, "%ld working day%s after %s up to and including %s (%s calendar).\n", n, n == 1 ? "" : "s",
                ba, bb, cal_display(cal));
    }
    return 0;
}

static int q_help(q_parse *p)
{
    static const char *const lines[] = {
        "can ROLE ACTION [ROLE]             obliged, forbidden, recommended, discouraged, permitted or unregulated",
        "duties of ROLE                     every rule binding the role, inherited ones too",
        "expectations of ROLE from ROLE     what the first can expect of the second",
        "route KIND by ROLE about ROLE      who handles a complaint, grievance or dispute, step by step",
        "who handles KIND about ROLE        the same, for a case raised by anyone",
        "deadline CLAUSE from DATE          the due date under the protocol's calendar",
        "review                             last approval, next review, overdue or not",
        "explain CLAUSE                     the rules of a clause, their source and meaning",
        "roles | clauses | who manages ROLE lists",
        "holidays YEAR                      the calendar's holidays",
        "working days between DATE and DATE count working days",
        NULL
    };
    if (p->q->json) {
        q_begin(p, "help");
        js_key(&p->js, "queries");
        js_arr(&p->js);
        for (const char *const *l = lines; *l; l++) js_str(&p->js, *l);
        js_arr_end(&p->js);
        q_end(p);
        return 0;
    }
    for (const char *const *l = lines; *l; l++) fprintf(p->q->out, "%s\n", *l);
    return 0;
}

bool q_is_query(const char *text)
{
    while (isspace((unsigned char)*text)) text++;
    for (const char *const *w = q_words; *w; w++) {
        size_t n = strlen(*w);
        if (strncasecmp(text, *w, n) == 0 && (text[n] == '\0' || isspace((unsigned char)text[n]) || text[n] == '?'))
            return true;
    }
    return false;
}

static int q_dispatch(q_parse *p)
{
    if (q_at_end(p)) {
        q_error(p, q_here(p), "bad-query", "empty query");
        dg_hint(p->q->dg, "'help' lists the queries");
        return 1;
    }
    size_t i = p->i++;
    if (q_word(p, i, "can") || q_word(p, i, "may")) return q_can(p);
    if (q_word(p, i, "duties") || q_word(p, i, "obligations")) {
        if (q_word(p, p->i, "of") || q_word(p, p->i, "for")) p->i++;
        return q_duties(p);
    }
    if (q_word(p, i, "expectations")) return q_expectations(p);
    if (q_word(p, i, "route")) return q_route(p, false);
    if (q_word(p, i, "deadline")) return q_deadline(p);
    if (q_word(p, i, "review")) return q_review(p);
    if (q_word(p, i, "explain")) return q_explain(p);
    if (q_word(p, i, "roles")) return q_roles(p);
    if (q_word(p, i, "clauses")) return q_clauses(p);
    if (q_word(p, i, "holidays")) return q_holidays(p);
    if (q_word(p, i, "working")) return q_working_days(p);
    if (q_word(p, i, "help")) return q_expect_end(p) ? q_help(p) : 1;
    if (q_word(p, i, "who") && q_word(p, p->i, "manages")) { p->i++; return q_who_manages(p); }
    if (q_word(p, i, "who") && q_word(p, p->i, "handles")) { p->i++; return q_route(p, true); }
    q_error(p, p->t[i].at, "bad-query", "unknown query '%s'", p->t[i].text);
    sg_best b;
    sg_begin(&b, p->t[i].text);
    for (const char *const *w = q_words; *w; w++) sg_offer(&b, *w);
    if (sg_result(&b)) dg_hint(p->q->dg, "did you mean '%s'?", sg_result(&b));
    dg_hint(p->q->dg, "'help' lists the queries");
    return 1;
}

bool q_is_can(const char *text)
{
    size_t k = strspn(text, " \t");
    return strncasecmp(text + k, "can", 3) == 0 && (!text[k + 3] || strchr(" \t", text[k + 3]));
}

int q_verdict(md_model *m, dg_sink *dg, const char *text, dt_day today, const char **verdict, const char **clause)
{
    q_ctx q = { .m = m, .dg = dg, .today = today, .want_verdict = true };
    *verdict = NULL;
    *clause = NULL;
    if (!q_is_can(text)) {
        loc nowhere = { 0, 0, 0 };
        dg_report(dg, DG_ERROR, "bad-expect", nowhere, "only a 'can' question has a verdict to expect");
        dg_hint(dg, "write like 'expect \"can Member instruct Officer\" forbidden'");
        return 1;
    }
    if (q_run(&q, text) != 0 || !q.verdict) return 1;
    *verdict = q.verdict;
    *clause = q.verdict_clause;
    return 0;
}

int q_run(q_ctx *q, const char *text)
{
    q_parse p;
    memset(&p, 0, sizeof p);
    p.q = q;
    p.text = text;
    js_init(&p.js, q->out);
    p.file = src_add(&q->m->ld->src, "<query>", text, strlen(text), true);
    if (!p.file) { dg_oom(q->dg); return 1; }
    /* The texts an answer is built from go to a scratch arena, freed when it
     * is given: a REPL session or a script of a million questions does not
     * grow the model.  (Nothing a query makes outlives it: diagnostics copy
     * their messages, and JSON is written as it is built.) */
    arena scratch, *model_ar = q->m->ar;
    ar_init(&scratch);
    q->m->ar = &scratch;
    int rc = 1;
    if (q_tokenize(&p)) rc = q_dispatch(&p);
    else dg_oom(q->dg);
    free(p.t);
    q->m->ar = model_ar;
    /* a text of the answer could not be built: the answer is incomplete */
    if (scratch.failed) { dg_oom(q->dg); rc = 1; }
    ar_free(&scratch);
    return rc;
}

/* A scenario's expect "can …" VERDICT: the question must be one the model
 * can answer; what it cannot is reported at the string, with its reasons. */
void q_check_questions(md_model *m, dt_day today)
{
    for (size_t k = 0; k < m->nscens; k++) {
        const md_scenario *s = &m->scens[k];
        for (size_t i = 0; i < s->nitems; i++) {
            if (s->items[i].kind != SI_EX || s->items[i].u.ex.kind != EX_VERDICT) continue;
            const md_expect *x = &s->items[i].u.ex;
            dg_sink why;
            dg_init(&why);
            const char *v, *cl;
            if (q_verdict(m, &why, x->query, s->has_today ? s->today : today, &v, &cl) != 0) {
                if (why.oom) dg_oom(m->dg);
                const dg_diag *first = why.count ? &why.items[0] : NULL;
                dg_report(m->dg, DG_ERROR, "bad-question", x->query_at, "this question cannot be answered: %s",
                       first ? first->msg : "out of memory");
                for (size_t h = 0; first && h < dg_nhints_shown(first); h++) dg_hint(m->dg, "%s", dg_hint_shown(first, h));
            }
            dg_free(&why);
        }
    }
}
