/* q_explain — "explain CLAUSE": every rule of the clause (as written, or
 * adopted under it), its source line, what it means; and the route steps
 * and roles that cite the clause. */
#include "q_int.h"

#include <string.h>

static const char *qe_trigger(const md_model *m, const md_norm *n)
{
    if (n->trigger < 0) return NULL;
    return ar_printf(m->ar, "The duty arises when %s sends %s to %s",
                     n->trigger_from >= 0 ? tx_some(m, m->ar, md_role_name(m, n->trigger_from)) : "anyone",
                     tx_some_thing(m, m->ar, m->terms[n->trigger].display), tx_some(m, m->ar, md_role_name(m, n->subject)));
}

static const char *qe_deadline(const md_model *m, const md_norm *n)
{
    if (n->within.kind == DUR_FIXED)
        return ar_printf(m->ar, "It is due by the close of the %s after that day, which does not count%s.",
                         n->within.unit == U_WORKING_DAYS && n->within.n == 1 ? "next working day" :
                         ar_printf(m->ar, "%d%s %s", (int)n->within.n, n->within.n == 1 ? "st" : n->within.n == 2 ? "nd" :
                                   n->within.n == 3 ? "rd" : "th", n->within.unit == U_WORKING_DAYS ? "working day" :
                                   ast_unit_word(n->within.unit, 1)),
                         n->within.unit == U_WORKING_DAYS ? " (weekends and bank holidays are not working days)" : "");
    if (n->within.kind == DUR_VAGUE)
        return ar_printf(m->ar, "Its timing ('%s') is vague, so it cannot be checked against a date.", md_vague(m, &n->within));
    return NULL;
}

/* The source text of a rule: every line it spans (a fallback often sits on
 * a line of its own), without the final newline. */
static void qe_source(const md_model *m, const md_norm *n, const char **path, int *line, const char **text, size_t *len)
{
    const src_file *f = src_get(&m->ld->src, n->at.file);
    int col;
    src_linecol(&m->ld->src, n->at.file, n->at.start, line, &col);
    *path = f ? f->path : "?";
    *text = src_line_text(&m->ld->src, n->at.file, n->at.start, len);
    if (!f || n->at.end <= n->at.start) return;
    size_t last_len;
    const char *last = src_line_text(&m->ld->src, n->at.file, n->at.end - 1, &last_len);
    if (last > *text) *len = (size_t)(last - *text) + last_len;
}

/* A role, action, thing or procedure declared under the clause: its name,
 * how it reads, and its source line. */
static void qe_definition(q_parse *p, const char *clause, const char *kind, const char *name, const char *display,
                          bool quoted, loc at)
{
    md_model *m = QM(p);
    size_t len;
    const char *text = src_line_text(&m->ld->src, at.file, at.start, &len);
    int line, col;
    src_linecol(&m->ld->src, at.file, at.start, &line, &col);
    const src_file *f = src_get(&m->ld->src, at.file);
    if (p->q->json) {
        js_out *j = &p->js;
        js_obj(j);
        js_key(j, kind); js_str(j, name);
        js_key(j, "name"); js_str(j, display);
        js_key(j, "file"); js_str(j, f ? f->path : NULL);
        js_key(j, "line"); js_int(j, line);
        js_key(j, "source"); js_strn(j, text, len);
        js_obj_end(j);
    } else {
        fprintf(p->q->out, "[%s] the %s %s (%s%s%s)\n  %s:%d: %.*s\n", clause, kind, name, quoted ? "\"" : "",
                display, quoted ? "\"" : "", f ? f->path : "?", line, (int)len, text);
    }
}

/* What else cites the clause: the review cycle ("[13.1] reviewed every
 * year"), roles, actions and things declared under it. */
static void qe_others(q_parse *p, const char *clause)
{
    md_model *m = QM(p);
    js_out *j = &p->js;
    FILE *o = p->q->out;
    const md_meta *mt = &m->meta;
    if (md_label_cites(mt->review_clause, clause)) {
        md_review r = md_review_status(m, p->q->today);
        char next[11] = "";
        if (r.known) dt_format(r.next, next);
        if (p->q->json) {
            js_key(j, "review");
            js_obj(j);
            js_key(j, "cycle"); js_str(j, mt->review_text);
            js_key(j, "next_due"); if (r.known) js_str(j, next); else js_null(j);
            js_key(j, "overdue"); js_bool(j, r.overdue);
            js_obj_end(j);
        } else {
            fprintf(o, "[%s] the protocol is reviewed %s", clause, mt->review_text);
            if (r.known) fprintf(o, "; the next review is due by %s%s", next, r.overdue ? ", and is overdue" : "");
            fputs(" ('review' says more)\n", o);
        }
    }
    if (p->q->json) { js_key(j, "definitions"); js_arr(j); }
    for (size_t i = 0; i < m->nroles; i++) {
        const md_role *r = &m->roles[i];
        if (md_label_cites(r->clause, clause)) qe_definition(p, clause, "role", r->name, r->display, false, r->at);
    }
    for (size_t i = 0; i < m->nterms; i++) {
        const md_term *t = &m->terms[i];
        const char *kind = t->kind == MT_ACTION ? "action" : t->kind == MT_THING ? "thing" : "procedure";
        if (md_label_cites(t->clause, clause))
            qe_definition(p, clause, kind, t->name, t->display, true, t->at);
    }
    if (p->q->json) js_arr_end(j);
}

int q_explain(q_parse *p)
{
    const char *clause = q_clause(p);
    if (!clause) return 1;
    /* civic's own citation read back: "explain [4.3] (model [MP-6])" is the
     * model clause as this protocol adopts it */
    if (!q_at_end(p) && (strcmp(p->t[p->i].text, "(model") == 0 || strcmp(p->t[p->i].text, "model") == 0)) {
        p->i++;
        const char *model = q_clause(p);
        if (!model) return 1;
        clause = model;
        if (!q_at_end(p) && strcmp(p->t[p->i].text, ")") == 0) p->i++;
    }
    if (!q_expect_end(p)) return 1;
    md_model *m = QM(p);
    js_out *j = &p->js;
    FILE *o = p->q->out;
    if (p->q->json) {
        q_begin(p, "explain");
        js_key(j, "clause"); js_str(j, clause);
        js_key(j, "norms");
        js_arr(j);
    }
    for (int e = md_clause_first(m, clause); e >= 0; e = md_clause_next(m, e)) {
        const md_norm *n = &m->norms[md_clause_norm(m, e)];
        const char *path, *text;
        int line;
        size_t len;
        qe_source(m, n, &path, &line, &text, &len);
        const char *trig = qe_trigger(m, n), *dl = qe_deadline(m, n);
        const char *meaning = ar_printf(m->ar, "This is %s.%s%s%s%s%s%s", tx_meaning(n->mod), trig ? " " : "",
                                        trig ? trig : "", trig ? "." : "", dl ? " " : "", dl ? dl : "",
                                        n->x->nfallback ? ar_printf(m->ar, " If it cannot be met in time, %s must instead "
                                                                 "%s%s%s; doing so in time meets the duty.",
                                                                 md_role_name(m, n->subject),
                                                                 tx_acts(m, m->ar, n->x->fallback, n->x->nfallback),
                                                                 n->x->fallback_within.kind == DUR_FIXED ? " within " : "",
                                                                 n->x->fallback_within.kind == DUR_FIXED ?
                                                                 tx_deadline(m, m->ar, &n->x->fallback_within) : "") : "");
        if (p->q->json) {
            js_obj(j);
            js_key(j, "clause"); js_str(j, md_norm_clause(n));
            js_key(j, "modality"); js_str(j, ast_modality_word(n->mod));
            js_key(j, "action"); js_str(j, m->terms[n->acts[0].action].name);
            js_key(j, "text"); js_str(j, tx_norm(m, m->ar, n));
            js_key(j, "meaning"); js_str(j, meaning);
            js_key(j, "file"); js_str(j, path);
            js_key(j, "line"); js_int(j, line);
            js_key(j, "source"); js_strn(j, text, len);
            js_obj_end(j);
        } else {
            fprintf(o, "%s %s\n", md_cite(m, n), tx_norm(m, m->ar, n));
            fprintf(o, "  %s:%d: ", path, line);
            for (size_t k = 0; k < len; k++) {
                fputc(text[k] == '\r' ? ' ' : text[k], o);
                if (text[k] == '\n') fprintf(o, "  %*s  ", (int)strlen(path) + 1 + (line > 9999 ? 5 : line > 999 ? 4 : line > 99 ? 3 : line > 9 ? 2 : 1), "");
            }
            fputc('\n', o);
            fprintf(o, "  %s\n", meaning);
        }
    }
    if (p->q->json) {
        js_arr_end(j);
        js_key(j, "steps");
        js_arr(j);
    }
    for (size_t i = 0; i < m->nroutes; i++) {
        const md_route *r = &m->routes[i];
        for (size_t s = 0; s < r->nsteps; s++) {
            const md_step *st = &r->steps[s];
            const char *cl = st->clause ? st->clause : r->clause;
            /* a step's own clause, or the route's clause: "explain RC" lists its steps */
            if (!md_label_cites(cl, clause) && !md_label_cites(r->clause, clause)) continue;
            const char *who = st->informal ? "the parties try to settle it informally" :
                              st->handler >= 0 ? ar_printf(m->ar, "%s handles it", tx_the(m, m->ar, m->roles[st->handler].display)) :
                              ar_printf(m->ar, "%s", m->terms[st->procedure].display);
            const char *route = ar_printf(m->ar, "%s by %s about %s", md_term_name(m, r->kind), md_role_name(m, r->by),
                                          md_role_name(m, r->about));
            if (p->q->json) {
                js_obj(j);
                js_key(j, "clause"); js_str(j, cl);
                js_key(j, "route"); js_str(j, route);
                js_key(j, "route_clause"); js_str(j, r->clause);
                js_key(j, "step"); js_int(j, (long)s + 1);
                js_key(j, "meaning"); js_str(j, who);
                js_key(j, "condition"); js_str(j, st->cond ? tx_cond(m, m->ar, st->cond) : NULL);
                js_obj_end(j);
            } else {
                /* each step under its own clause; the route's clause beside the route when it differs */
                bool other = r->clause && strcmp(r->clause, cl) != 0;
                fprintf(o, "[%s] step %zu of the route for a %s%s%s%s: %s%s%s\n", cl, s + 1, route,
                        other ? " [" : "", other ? r->clause : "", other ? "]" : "", who,
                        st->cond ? ", " : "", st->cond ? tx_cond(m, m->ar, st->cond) : "");
            }
        }
    }
    if (p->q->json) js_arr_end(j);
    qe_others(p, clause);
    if (p->q->json) q_end(p);
    return 0;
}
