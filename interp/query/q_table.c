/* q_table — the dispatch of the table of forms (q_forms.h): a query's
 * first words to its form's compiler, a question's form to its evaluator;
 * what the REPL and the commands ask of the table; the compilation of the
 * scenarios' questions at load. */
#include "q_int.h"
#include "suggest.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* ---- the words a query starts with ------------------------------------------- */

/* Does word (n bytes) read w, in any case? */
static bool qt_is(const char *word, size_t n, const char *w)
{
    return w && strlen(w) == n && strncasecmp(word, w, n) == 0;
}

/* How many tokens from i read one of the alternatives of alts ("may|must",
 * "handles|deals with": separated by '|', each of one or more words); 0
 * when none does or alts is NULL. */
static size_t qt_alts_at(const q_parse *p, size_t i, const char *alts)
{
    for (const char *a = alts; a && *a;) {
        size_t len = strcspn(a, "|"), k = 0, w = 0;
        while (w < len) {
            size_t wl = strcspn(a + w, " |");
            if (wl > len - w) wl = len - w;
            const q_tok *t = i + k < p->n ? &p->t[i + k] : NULL;
            if (!t || t->kind != QT_WORD || strlen(t->text) != wl || strncasecmp(t->text, a + w, wl) != 0) break;
            k++;
            w += wl + (a[w + wl] == ' ');
        }
        if (w >= len && k) return k;
        a += len + (a[len] == '|');
    }
    return 0;
}

/* The form whose lead (or an alias) is token i and whose second words, if
 * it has them, follow; QF_COUNT when none.  *used: the tokens they take. */
static q_form qt_form_at(const q_parse *p, size_t i, size_t *used)
{
    for (int f = 0; f < QF_COUNT; f++) {
        const q_form_info *fi = &q_forms[f];
        size_t lead = q_word(p, i, fi->lead) ? 1 : qt_alts_at(p, i, fi->alias), second = 0;
        if (!lead) continue;
        if (fi->second && !(second = qt_alts_at(p, i + lead, fi->second))) continue;
        *used = lead + second;
        return (q_form)f;
    }
    return QF_COUNT;
}

/* "who" alone, or "who is …": the lead of forms that need a second word.
 * Returns whether it was (and has been reported). */
static bool qt_lead_only(q_parse *p, size_t i)
{
    const char *forms = NULL, *second = NULL;
    for (int f = 0; f < QF_COUNT; f++) {
        const q_form_info *fi = &q_forms[f];
        if (!fi->second || !q_word(p, i, fi->lead)) continue;
        forms = forms ? ar_printf(p->tmp, "%s' or '%s", forms, fi->syntax) : fi->syntax;
        int n2 = (int)strcspn(fi->second, "|");   /* its first way of saying it */
        second = second ? ar_printf(p->tmp, "%s' or '%.*s", second, n2, fi->second) : ar_printf(p->tmp, "%.*s", n2, fi->second);
    }
    if (!forms) return false;
    if (i + 1 < p->n) q_error(p, p->t[i + 1].at, "bad-query", "'%s' is followed by '%s' here", p->t[i].text, second);
    else q_error(p, p->t[i].at, "bad-query", "'%s' is followed by '%s'", p->t[i].text, second);
    dg_hint(p->dg, "write '%s'", forms);
    return true;
}

static void qt_unknown(q_parse *p, size_t i)
{
    if (qt_lead_only(p, i)) return;
    q_error(p, p->t[i].at, "bad-query", "unknown query '%s'", p->t[i].text);
    sg_best b;
    sg_begin(&b, p->t[i].text);
    for (int f = 0; f < QF_COUNT; f++) {
        bool again = false;   /* "who" leads two forms: offered once */
        for (int g = 0; g < f && !again; g++) again = strcmp(q_forms[g].lead, q_forms[f].lead) == 0;
        if (!again) sg_offer(&b, q_forms[f].lead);
    }
    if (sg_result(&b)) dg_hint(p->dg, "did you mean '%s'?", sg_result(&b));
    dg_hint(p->dg, "'help' lists the queries");
}

static bool qt_compile_form(q_parse *p, q_question *q)
{
    switch (q->form) {
#define QF_CASE(id, lead, alias, second, syntax, help, kind) \
    case QF_##id: return q_compile_##id(p, q);
        QF_FORMS(QF_CASE)
#undef QF_CASE
    case QF_COUNT: break;
    }
    return false;
}

static q_question *qt_dispatch(q_parse *p)
{
    if (q_at_end(p)) {
        q_error(p, q_here(p), "bad-query", "empty query");
        dg_hint(p->dg, "'help' lists the queries");
        return NULL;
    }
    size_t i = p->i, used = 0;
    q_form f = qt_form_at(p, i, &used);
    if (f == QF_COUNT) {
        qt_unknown(p, i);
        return NULL;
    }
    p->i += used;
    q_question *q = ar_alloc(p->out, sizeof *q);
    const char *text = ar_strndup(p->out, p->text, strlen(p->text));
    if (!q || !text) {
        dg_oom(p->dg);
        return NULL;
    }
    q->form = f;
    q->text = text;
    q->today = p->today;
    return qt_compile_form(p, q) ? q : NULL;
}

q_question *q_compile(const md_model *m, const char *text, uint32_t file, dt_day today, arena *ar, dg_sink *dg)
{
    arena tmp;
    ar_init(&tmp);
    q_parse p;
    memset(&p, 0, sizeof p);
    p.m = m;
    p.dg = dg;
    p.tmp = &tmp;
    p.out = ar;
    p.text = text;
    p.file = file;
    p.today = today;
    p.subject = -1;
    size_t errors = dg->errors;
    q_question *q = q_tokenize(&p) ? qt_dispatch(&p) : NULL;
    /* a name could not be joined or copied: whatever was concluded from it is not the answer */
    if (tmp.failed || (!q && dg->errors == errors && !dg->oom)) {
        dg_oom(dg);
        q = NULL;
    }
    ar_free(&tmp);
    return q;
}

/* ---- evaluation ---------------------------------------------------------------- */

int q_evaluate(const md_model *m, const q_question *q, arena *scratch, dg_sink *dg, q_answer *a)
{
    memset(a, 0, sizeof *a);
    a->form = q->form;
    a->q = q;
    q_eval e = { m, scratch, dg };
    int rc = 1;
    switch (q->form) {
#define QF_CASE(id, lead, alias, second, syntax, help, kind) \
    case QF_##id: rc = q_eval_##id(&e, q, a); break;
        QF_FORMS(QF_CASE)
#undef QF_CASE
    case QF_COUNT: break;
    }
    /* a text of the answer could not be built: the answer is incomplete */
    if (rc == 0 && scratch->failed) {
        dg_oom(dg);
        rc = 1;
    }
    return rc;
}

/* ---- what the commands ask of the table -------------------------------------------- */

/* The first word of s (letters, up to a space or '?'), and its length. */
static const char *qt_first_word(const char *s, size_t *n)
{
    while (isspace((unsigned char)*s)) s++;
    size_t k = 0;
    while (s[k] && !isspace((unsigned char)s[k]) && s[k] != '?') k++;
    *n = k;
    return s;
}

/* Is the word (n bytes) the first word of one of the alternatives of alts? */
static bool qt_is_alt(const char *word, size_t n, const char *alts)
{
    for (const char *a = alts; a && *a;) {
        size_t len = strcspn(a, "|"), first = strcspn(a, " |");
        if (first == n && strncasecmp(word, a, n) == 0) return true;
        a += len + (a[len] == '|');
    }
    return false;
}

q_form q_form_of(const char *text)
{
    size_t n, n2;
    const char *w = qt_first_word(text, &n);
    const char *w2 = qt_first_word(w + n, &n2);
    for (int f = 0; f < QF_COUNT; f++) {
        const q_form_info *fi = &q_forms[f];
        if (!qt_is(w, n, fi->lead) && !qt_is_alt(w, n, fi->alias)) continue;
        if (fi->second && !qt_is_alt(w2, n2, fi->second)) continue;
        return (q_form)f;
    }
    return QF_COUNT;
}

const char *q_form_kind(q_form f) { return f < QF_COUNT ? q_forms[f].kind : "query"; }

bool q_is_query(const char *text)
{
    while (isspace((unsigned char)*text)) text++;
    size_t n;
    const char *w = qt_first_word(text, &n);
    for (int f = 0; f < QF_COUNT; f++)
        if (qt_is(w, n, q_forms[f].lead) || qt_is_alt(w, n, q_forms[f].alias)) return true;
    return false;
}

/* ---- the scenarios' questions ----------------------------------------------------------- */

/* Compiles one expectation's question; what is wrong is reported to why. */
static const q_question *qt_expectation(md_model *m, const md_expect *x, dt_day today, dg_sink *why)
{
    if (q_form_of(x->query) != QF_can) {   /* "can", or must, should, may … (the form's table) */
        loc nowhere = { 0, 0, 0 };
        dg_report(why, DG_ERROR, "bad-expect", nowhere, "only a 'can' question has a verdict to expect");
        dg_hint(why, "write like 'expect \"can Member instruct Officer\" forbidden'");
        return NULL;
    }
    return q_compile(m, x->query, 0, today, m->ar, why);
}

/* Where in the expectation's string the question's first error is: under
 * the word ("expect \"can Membr instruct Officer\"": under 'Membr'), when the
 * string is written as the question reads (no escapes); else the whole
 * string. */
static loc qt_in_string(const md_model *m, const md_expect *x, const dg_diag *first)
{
    loc at = x->query_at;
    const src_file *f = src_get(&m->ld->src, at.file);
    size_t n = strlen(x->query);
    if (!f || !first || first->where.end <= first->where.start || first->where.end > n) return at;
    size_t q = f->text[at.start] == '"' ? 1 : 3;   /* a straight quote, or a curly one */
    if (at.start + q + n > f->len || memcmp(f->text + at.start + q, x->query, n) != 0) return at;
    loc w = { at.file, at.start + (uint32_t)(q + first->where.start), at.start + (uint32_t)(q + first->where.end) };
    return w;
}

void q_compile_scenarios(md_model *m, dt_day today)
{
    for (size_t k = 0; k < m->nscens; k++) {
        md_scenario *s = &m->scens[k];
        for (size_t i = 0; i < s->nitems; i++) {
            if (s->items[i].kind != SI_EX || s->items[i].u.ex.kind != EX_VERDICT || !s->items[i].u.ex.query) continue;
            md_expect *x = &s->items[i].u.ex;
            dg_sink why;
            dg_init(&why);
            x->question = qt_expectation(m, x, s->has_today ? s->today : today, &why);
            if (!x->question) {
                if (why.oom) dg_oom(m->dg);
                const dg_diag *first = why.count ? &why.items[0] : NULL;
                dg_report(m->dg, DG_ERROR, "bad-question", qt_in_string(m, x, first), "this question cannot be answered: %s",
                          first ? first->msg : "out of memory");
                for (size_t h = 0; first && h < dg_nhints_shown(first); h++) dg_hint(m->dg, "%s", dg_hint_shown(first, h));
            }
            dg_free(&why);
        }
    }
}
