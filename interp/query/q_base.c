/* q_base — what every form's compiler and evaluator uses: the query's
 * tokens, names (roles, actions, things), clauses and dates read from
 * them with their diagnostics; a rule as answers cite it; and the table of
 * forms as data.  Calls nothing else of this folder. */
#include "q_int.h"
#include "suggest.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const q_form_info q_forms[QF_COUNT] = {
#define QF_INFO(id, lead, alias, second, syntax, help, kind) { lead, alias, second, syntax, help, kind },
    QF_FORMS(QF_INFO)
#undef QF_INFO
};

const char *q_help_group(size_t i, char *buf, size_t cap)
{
    size_t line = 0, len = 0;
    if (cap) buf[0] = '\0';
    for (int f = 0; f < QF_COUNT; f++) {
        const q_form_info *fi = &q_forms[f];
        if (line == i && cap) len += (size_t)snprintf(buf + len, len < cap ? cap - len : 0, "%s%s", len ? " | " : "", fi->syntax);
        if (len >= cap) len = cap ? cap - 1 : 0;
        if (!fi->help) continue;
        if (!*fi->help) { len = 0; if (cap) buf[0] = '\0'; continue; }   /* not listed */
        if (line++ == i) return fi->help;
    }
    return NULL;
}

/* ---- tokens ------------------------------------------------------------------ */

/* A quoted string or a bracketed clause from s[i]; returns where it ends. */
static size_t q_tok_quoted(q_parse *p, q_tok *t, const char *s, size_t len, size_t i)
{
    char close = s[i] == '"' ? '"' : ']';
    size_t b = i + 1;
    while (b < len && s[b] != close) b++;
    t->kind = s[i] == '"' ? QT_STRING : QT_CLAUSE;
    size_t ia = i + 1, ib = b;
    while (ia < ib && s[ia] == ' ') ia++;
    while (ib > ia && s[ib - 1] == ' ') ib--;
    t->text = ar_strndup(p->tmp, s + ia, ib - ia);
    return b < len ? b + 1 : b;
}

/* "7/12/2026", "07/12/2026": a date as the British write it, day first.
 * Returns 0 and sets *d, 1 when it is not of that form, 2 when it is but
 * names no day (31/02/2026); *y, *m, *dd are what it reads. */
static int q_slash_date(const char *s, size_t n, dt_day *d, int *y, int *m, int *dd)
{
    int part[3] = { 0, 0, 0 }, k = 0;
    size_t digits = 0, widths[3] = { 0, 0, 0 };
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '/') {
            if (!digits || ++k > 2) return 1;
            digits = 0;
            continue;
        }
        if (!isdigit((unsigned char)s[i]) || ++digits > 4) return 1;
        part[k] = part[k] * 10 + (s[i] - '0');
        widths[k] = digits;
    }
    if (k != 2 || widths[0] > 2 || widths[1] > 2 || widths[2] != 4) return 1;
    *dd = part[0];
    *m = part[1];
    *y = part[2];
    if (!dt_valid(*y, *m, *dd)) return 2;
    *d = dt_from_ymd(*y, *m, *dd);
    return 0;
}

/* A word from s[a]: a date, a number or a word, its trailing punctuation
 * ("Officer?") left out; returns where it ends. */
static size_t q_tok_word(q_parse *p, q_tok *t, const char *s, size_t len, size_t a)
{
    size_t b = a;
    while (b < len && !isspace((unsigned char)s[b]) && s[b] != '"' && s[b] != '[') b++;
    size_t e = b;
    while (e > a && strchr("?,.;:!", s[e - 1])) e--;
    if (e == a) e = b;
    t->kind = QT_WORD;
    t->text = ar_strndup(p->tmp, s + a, e - a);
    dt_day d;
    int y, m, dd;
    bool digits = e > a;
    for (size_t k = a; k < e; k++) digits &= isdigit((unsigned char)s[k]) != 0;
    if ((e - a == 10 && dt_parse(s + a, 10, &d) == 0) || q_slash_date(s + a, e - a, &d, &y, &m, &dd) == 0) {
        t->kind = QT_DATE;
        t->day = d;
    } else if (digits && e - a < 9 && t->text) {
        t->kind = QT_NUMBER;
        t->num = atol(t->text);
    }
    return b;
}

bool q_tokenize(q_parse *p)
{
    const char *s = p->text;
    size_t len = strlen(s), cap = 0;
    size_t i = 0;
    while (i < len) {
        if (isspace((unsigned char)s[i])) { i++; continue; }
        if (p->n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            q_tok *nt = ar_grow(p->tmp, p->t, cap, ncap, sizeof *nt);
            if (!nt) return false;
            p->t = nt;
            cap = ncap;
        }
        q_tok *t = &p->t[p->n];
        memset(t, 0, sizeof *t);
        size_t a = i;
        i = s[i] == '"' || s[i] == '[' ? q_tok_quoted(p, t, s, len, i) : q_tok_word(p, t, s, len, i);
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
    dg_report(p->dg, DG_ERROR, code, at, "%s", buf);
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

bool q_expect_end(q_parse *p)
{
    if (q_at_end(p)) return true;
    q_error(p, p->t[p->i].at, "bad-query", "unexpected '%s' at the end of the query", p->t[p->i].text);
    return false;
}

/* ---- names ------------------------------------------------------------------- */

/* Join tokens i..j-1 with spaces. */
static const char *q_join(q_parse *p, size_t i, size_t j)
{
    size_t len = 0;
    for (size_t k = i; k < j; k++) len += strlen(p->t[k].text) + 1;
    char *s = ar_alloc(p->tmp, len + 1);
    if (!s) return "";
    for (size_t k = i; k < j; k++) {
        if (k > i) strcat(s, " ");
        strcat(s, p->t[k].text);
    }
    return s;
}

/* Are tokens i..j-1 all words? */
static bool q_words_only(const q_parse *p, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (p->t[k].kind != QT_WORD) return false;
    return true;
}

/* The longest run of words a name is looked for in: a role's display name
 * may have "of" and several words in it ("Chair of Corporate Services
 * Committee"), so the longest name is matched before "of" is read as a
 * word of the query. */
enum { Q_NAME_WORDS = 8 };

int q_role_opt(q_parse *p)
{
    q_skip_articles(p);
    if (q_at_end(p)) return -1;
    if (p->t[p->i].kind == QT_STRING) {
        int r = md_lookup_role(p->m, p->t[p->i].text);
        if (r >= 0) p->i++;
        return r;
    }
    size_t max = p->i + Q_NAME_WORDS < p->n ? p->i + Q_NAME_WORDS : p->n;
    for (size_t j = max; j > p->i; j--) {
        if (!q_words_only(p, p->i, j)) continue;
        int r = md_lookup_role(p->m, q_join(p, p->i, j));
        if (r >= 0) { p->i = j; return r; }
    }
    return -1;
}

int q_rel_opt(q_parse *p)
{
    q_skip_articles(p);
    if (q_at_end(p)) return -1;
    if (p->t[p->i].kind == QT_STRING) {
        int r = md_lookup_rel(p->m, p->t[p->i].text);
        if (r >= 0) p->i++;
        return r;
    }
    size_t max = p->i + 4 < p->n ? p->i + 4 : p->n;
    for (size_t j = max; j > p->i; j--) {
        if (!q_words_only(p, p->i, j)) continue;
        int r = md_lookup_rel(p->m, q_join(p, p->i, j));
        if (r >= 0) { p->i = j; return r; }
    }
    return -1;
}

/* Does token i end a name as a clerk types it: the query's own next word
 * (a preposition, an action), or no word? */
static bool q_name_stop(const q_parse *p, size_t i)
{
    static const char *const stops[] = { "about", "from", "by", "to", "with", "for", "on" };
    if (p->t[i].kind != QT_WORD) return true;
    for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++)
        if (q_word(p, i, stops[k])) return true;
    return md_lookup_term(p->m, p->t[i].text, MT_ACTION) >= 0;
}

/* How many words of a (articles and "of" aside) name b has, any case. */
static int q_shared_words(const char *a, const char *b)
{
    int shared = 0;
    for (const char *s = a; *s;) {
        size_t n = strcspn(s, " ");
        bool filler = (n == 2 && strncasecmp(s, "of", 2) == 0) || (n == 1 && tolower((unsigned char)*s) == 'a') ||
                      (n == 3 && strncasecmp(s, "the", 3) == 0);
        for (const char *t = b; n && !filler && *t;) {
            size_t k = strcspn(t, " ");
            if (k == n && strncasecmp(s, t, n) == 0) { shared++; break; }
            t += k + (t[k] == ' ');
        }
        s += n + (s[n] == ' ');
    }
    return shared;
}

/* The role name, display name or alias with the most words of text in it
 * (two at least, or all of them), or NULL. */
static const char *q_role_by_words(const md_model *m, const char *text)
{
    const char *best = NULL;
    int most = 0, all = q_shared_words(text, text);
    for (size_t r = 0; r < m->nroles; r++) {
        const md_role *x = &m->roles[r];
        for (size_t k = 0; k < x->naliases + 2; k++) {
            const char *cand = k == 0 ? x->display : k == 1 ? x->name : x->aliases[k - 2];
            int n = q_shared_words(text, cand);
            if (n > most) { most = n; best = cand; }
        }
    }
    return most >= 2 || most == all ? best : NULL;
}

/* "Chairman of committee": a role was read, and "of" follows it, so the
 * name goes on, but no role has that name. */
static void q_role_of(q_parse *p, size_t from)
{
    size_t end = p->i + 1;
    while (end < p->n && end - from < Q_NAME_WORDS && !q_name_stop(p, end)) end++;
    loc at = { p->file, p->t[from].at.start, p->t[end - 1].at.end };
    const char *name = ar_strndup(p->tmp, p->text + at.start, at.end - at.start);
    if (!name) return;
    q_error(p, at, "unknown-role", "unknown role '%s'", name);
    const char *s = q_role_by_words(p->m, name);
    if (s) dg_hint(p->dg, "did you mean '%s'?", s);
    dg_hint(p->dg, "'roles' lists the roles of this protocol, with their display names");
}

int q_role(q_parse *p, const char *what)
{
    q_skip_articles(p);
    if (q_at_end(p)) {
        q_error(p, q_here(p), "bad-query", "the query ends before naming %s", what);
        dg_hint(p->dg, "name a role, like Member, Officer or Clerk ('roles' lists them)");
        return -1;
    }
    size_t from = p->i;
    int r = q_role_opt(p);
    /* no query reads "of" after a role it names: the name goes on ("Chairman of committee") */
    if (r >= 0 && q_word(p, p->i, "of") && p->i + 1 < p->n) {
        q_role_of(p, from);
        return -1;
    }
    if (r >= 0) return r;
    const q_tok *t = &p->t[p->i];
    q_error(p, t->at, "unknown-role", "unknown role '%s'", t->text);
    const char *s = md_suggest_role(p->m, t->text);
    if (ld_stdlib_declares("roles", t->text))
        dg_hint(p->dg, "'%s' is a role of the standard library: add 'use \"roles\"' at the top of the protocol's file",
                t->text);
    else if (s) dg_hint(p->dg, "did you mean '%s'?", s);
    else dg_hint(p->dg, "'roles' lists the roles of this protocol");
    return -1;
}

/* A run of words as a term's name with hyphens: "seek support" -> "seek-support". */
static int q_term_dashed(q_parse *p, const char *run, md_termkind kind)
{
    char *dashed = ar_strndup(p->tmp, run, strlen(run));
    if (!dashed) return -1;
    for (char *c = dashed; *c; c++)
        if (*c == ' ') *c = '-';
    return md_lookup_term(p->m, dashed, kind);
}

/* An action or thing named by one word, by a quoted display name, or by a
 * run of up to four words as its display name or alias reads ("seek
 * support", "comment on performance") or as its name does with hyphens
 * ("seek-support").  The longest run that names one wins; advances. */
static int q_term_run(q_parse *p, md_termkind kind)
{
    const q_tok *t = &p->t[p->i];
    if (t->kind == QT_STRING) {
        int k = md_lookup_term(p->m, t->text, kind);
        if (k >= 0) p->i++;
        return k;
    }
    size_t max = p->i + 4 < p->n ? p->i + 4 : p->n;
    for (size_t j = max; j > p->i + 1; j--) {
        if (!q_words_only(p, p->i, j)) continue;
        const char *run = q_join(p, p->i, j);
        int k = md_lookup_term(p->m, run, kind);
        if (k < 0) k = q_term_dashed(p, run, kind);
        if (k >= 0) { p->i = j; return k; }
    }
    int k = md_lookup_term(p->m, t->text, kind);
    if (k >= 0) p->i++;
    return k;
}

int q_thing(q_parse *p, bool report)
{
    q_skip_articles(p);
    if (q_at_end(p)) {
        if (report) {
            q_error(p, q_here(p), "bad-query", "the query ends before the kind of case");
            dg_hint(p->dg, "write 'route complaint by Member about Officer'");
        }
        return -1;
    }
    const q_tok *t = &p->t[p->i];
    int k = q_term_run(p, MT_THING);
    if (k >= 0) return k;
    if (report) {
        q_error(p, t->at, "unknown-thing", "unknown kind of case '%s'", t->text);
        const char *s = md_suggest_term(p->m, t->text, MT_THING);
        if (s) {
            dg_hint(p->dg, "did you mean '%s'?", s);
            return -1;
        }
        const char *kinds = md_kinds_text(p->m, p->tmp);
        if (kinds) dg_hint(p->dg, "the kinds of matter this protocol knows: %s", kinds);
        else dg_hint(p->dg, "declare the kinds of matter with 'kind NAME \"display\"'");
    }
    return -1;
}

/* An action whose name begins with the word and a hyphen ("ask" for
 * ask-party-political-work), or NULL. */
static const char *q_action_starting(const md_model *m, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i < m->nterms; i++) {
        const md_term *t = &m->terms[i];
        if (t->kind == MT_ACTION && strncasecmp(t->name, word, n) == 0 && t->name[n] == '-') return t->name;
    }
    return NULL;
}

enum { Q_HINT_ACTIONS = 8 };

/* The actions of the rules binding role (towards cp, unless cp < 0), the
 * first Q_HINT_ACTIONS of them, in the protocol's order, into seen; their
 * number, and in *more whether there are others. */
static size_t q_role_actions(const md_model *m, int role, int cp, int *seen, bool *more)
{
    size_t n = 0;
    *more = false;
    for (size_t k = 0; k < m->nnorms && !*more; k++) {
        const md_norm *x = &m->norms[k];
        if (!x->nacts || !md_is_a(m, role, x->subject)) continue;
        if (cp >= 0 && (x->counterpart < 0 || !md_overlap(m, cp, x->counterpart))) continue;
        int a = x->acts[0].action;
        bool again = false;
        for (size_t i = 0; i < n && !again; i++) again = seen[i] == a;
        if (again) continue;
        if (n == Q_HINT_ACTIONS) *more = true;
        else seen[n++] = a;
    }
    return n;
}

/* The hint for an action the protocol does not know: what the rules on
 * the role that acts (towards the role named after the action, if one is)
 * are about.  False when there is no such role or rule. */
static bool q_actions_hint(q_parse *p)
{
    const md_model *m = p->m;
    if (p->subject < 0) return false;
    size_t at = p->i;
    p->i++;   /* the role the act is towards, when one follows: "phone Officer" */
    int cp = p->i < p->n ? q_role_opt(p) : -1;
    p->i = at;
    int seen[Q_HINT_ACTIONS];
    bool more;
    size_t n = q_role_actions(m, p->subject, cp, seen, &more);
    if (!n) return false;
    const char *list = "";
    for (size_t i = 0; i < n && list; i++) list = ar_printf(p->tmp, "%s%s%s", list, i ? ", " : "", m->terms[seen[i]].name);
    const char *towards = cp >= 0 ? ar_printf(p->tmp, " towards %s", m->roles[cp].name) : "";
    dg_hint(p->dg, "the rules on %s%s are about: %s%s ('duties of %s' lists them)", m->roles[p->subject].name,
            towards ? towards : "", list ? list : "", more ? ", …" : "", m->roles[p->subject].name);
    return true;
}

/* A verb and the words after it as one action, the way rules and events
 * read them (md_lookup_phrase: "give an instruction", "gives advice");
 * advances.  -1 when they name none. */
static int q_action_phrase(q_parse *p)
{
    const char *w[24];
    size_t n = 0, used;
    for (size_t k = p->i; k < p->n && n < sizeof w / sizeof w[0] && p->t[k].kind == QT_WORD; k++) w[n++] = p->t[k].text;
    int a = md_lookup_phrase(p->m, w, n, &used);
    if (a < 0) return a;
    p->i += used + 1;
    if (q_word(p, p->i, "to") && p->i + 1 < p->n) p->i++;   /* "give advice to Member" is "advise Member" */
    return a;
}

int q_action(q_parse *p)
{
    if (q_at_end(p)) {
        q_error(p, q_here(p), "bad-query", "the query ends before the action");
        dg_hint(p->dg, "ask like 'can Member instruct Officer'");
        return -1;
    }
    const q_tok *t = &p->t[p->i];
    /* the longer of the two readings: a phrase as rules read it, a run of words as a name */
    size_t start = p->i;
    int ph = q_action_phrase(p);
    size_t ph_end = p->i;
    p->i = start;
    int a = q_term_run(p, MT_ACTION);
    if (ph >= 0 && (a < 0 || ph_end > p->i)) { p->i = ph_end; return ph; }
    if (a >= 0) return a;
    q_error(p, t->at, "unknown-action", "unknown action '%s'", t->text);
    const char *s = md_suggest_term(p->m, t->text, MT_ACTION);
    if (!s) s = q_action_starting(p->m, t->text);
    if (s) dg_hint(p->dg, "did you mean '%s'?", s);
    else if (q_actions_hint(p))
        dg_hint(p->dg, "if '%s' means one of these, the protocol can say so: 'ACTION aka %s'", t->text, t->text);
    else
        dg_hint(p->dg, "the actions are declared with 'action' in the protocol and stdlib/roles.civic");
    return -1;
}

/* ---- clauses ---------------------------------------------------------------------- */

/* Do relations, the order of seniority, deeds that count as others, a
 * role's `manages`, or who oversees the protocol cite clause c? */
static bool q_known_other_clause(const md_model *m, const char *c)
{
    for (size_t r = 0; r < m->nrels; r++) {
        if (md_label_cites(m->rels[r].manages_clause, c)) return true;
        for (size_t k = 0; k < m->rels[r].ncases; k++)
            if (md_label_cites(m->rels[r].cases[k].clause, c)) return true;
    }
    for (size_t k = 0; k < m->nranks; k++)
        if (md_label_cites(m->ranks[k].clause, c)) return true;
    for (size_t k = 0; k < m->ncounts; k++)
        if (md_label_cites(m->counts[k].clause, c)) return true;
    for (size_t r = 0; r < m->nroles; r++) {
        const md_role *x = &m->roles[r];
        for (size_t k = 0; x->manages_cl && k < x->nmanages; k++)
            if (md_label_cites(x->manages_cl[k], c)) return true;
        for (size_t k = 0; x->appoints_cl && k < x->nappoints; k++)
            if (md_label_cites(x->appoints_cl[k], c)) return true;
    }
    return md_label_cites(m->meta.overseen_clause, c);
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
    return q_known_other_clause(m, c);
}

/* A clause of several words written without its brackets, "If things go
 * wrong/councillors": the longest run of words from p->i that is one. */
static const char *q_clause_span(q_parse *p)
{
    const q_tok *t = &p->t[p->i];
    for (size_t last = p->n; last-- > p->i + 1;) {
        if (last - p->i > 12 || p->t[last].at.end <= t->at.start) continue;
        size_t len = p->t[last].at.end - t->at.start;
        char *span = ar_strndup(p->tmp, p->text + t->at.start, len);
        if (!span) return NULL;
        if (q_known_clause(p->m, span)) { p->i = last + 1; return span; }
    }
    return NULL;
}

static void q_clause_unknown(q_parse *p, const q_tok *t)
{
    q_error(p, t->at, "unknown-clause", "no rule has clause [%s]", t->text);
    sg_best b;
    sg_begin(&b, t->text);
    for (size_t k = 0; k < p->m->nnorms; k++) {
        sg_offer(&b, p->m->norms[k].clause);
        sg_offer(&b, p->m->norms[k].x->cited);
    }
    if (sg_result(&b)) dg_hint(p->dg, "did you mean [%s]?", sg_result(&b));
    else dg_hint(p->dg, "'clauses' lists the clauses of this protocol");
}

const char *q_clause(q_parse *p)
{
    const q_tok *t;
    for (bool skipped = false;; skipped = true) {
        if (q_at_end(p)) {
            q_error(p, q_here(p), "bad-query", "the query ends before the clause");
            dg_hint(p->dg, "write the clause like 10.2 or [10.2]");
            return NULL;
        }
        t = &p->t[p->i];
        const char *c = t->text;
        if (q_known_clause(p->m, c)) { p->i++; return ar_strndup(p->out, c, strlen(c)); }
        const char *span = q_clause_span(p);
        if (span) return ar_strndup(p->out, span, strlen(span));
        /* "clause 10.2" (once: a loop, so that "clause clause …" cannot recurse deeply) */
        if (skipped || !q_word(p, p->i, "clause") || p->i + 1 >= p->n) break;
        p->i++;
    }
    q_clause_unknown(p, t);
    return NULL;
}

/* ---- dates ------------------------------------------------------------------------- */

#define Q_DATE_HINT "write the date as 2025-12-23, 23 December 2025, December 23, 2025 or 23/12/2025 (day first)"

/* A date that reads as one but names no day: why, and a hint. */
static void q_no_such_day(q_parse *p, loc at, const char *s, int yr, int mo)
{
    if (mo < 1 || mo > 12) {
        q_error(p, at, "bad-date", "%s is not a date: there is no month %02d", s, mo);
        dg_hint(p->dg, Q_DATE_HINT);
    } else if (yr < DT_MIN_YEAR || yr > DT_MAX_YEAR) {
        q_error(p, at, "bad-date", "year out of range in %s", s);
        dg_hint(p->dg, Q_DATE_HINT);
    } else {
        q_error(p, at, "bad-date", "%s is not a date: that month has no such day", s);
        dg_hint(p->dg, "%s %d has %d days", dt_month_name(mo), yr, dt_days_in_month(yr, mo));
    }
}

/* Why s, where a date should be, is not one. */
static void q_bad_date(q_parse *p, loc at, const char *s)
{
    dt_day d;
    int y, m, dd;
    if (q_slash_date(s, strlen(s), &d, &y, &m, &dd) == 2) {
        q_no_such_day(p, at, s, y, m);
        return;
    }
    int r = strlen(s) == 10 ? dt_parse(s, 10, &d) : 1;
    if (r == 2 || r == 3) {
        q_no_such_day(p, at, s, r == 3 ? DT_MIN_YEAR - 1 : atoi(s), r == 3 ? 1 : (s[5] - '0') * 10 + (s[6] - '0'));
        return;
    }
    q_error(p, at, "bad-date", "'%s' is not a date", s);
    dg_hint(p->dg, Q_DATE_HINT);
}

/* A day of the month as written: "7", "07", "7th", "21st"; 0 when not one. */
static int q_day_of_month(const q_tok *t)
{
    if (t->kind == QT_NUMBER) return t->num >= 1 && t->num <= 31 && strlen(t->text) <= 2 ? (int)t->num : 0;
    if (t->kind != QT_WORD || !isdigit((unsigned char)t->text[0])) return 0;
    char *end;
    long d = strtol(t->text, &end, 10);
    static const char *const ord[] = { "st", "nd", "rd", "th" };
    for (size_t k = 0; d >= 1 && d <= 31 && end - t->text <= 2 && k < sizeof ord / sizeof ord[0]; k++)
        if (strcasecmp(end, ord[k]) == 0) return (int)d;
    return 0;
}

static int q_month_word(const q_tok *t) { return t->kind == QT_WORD ? dt_month_from_name(t->text) : 0; }

/* "7 December 2026", "7th Dec 2026", "December 7, 2026": a date in words
 * from p->i.  1 read (advanced past it), 0 not one, -1 reported. */
static int q_date_words(q_parse *p, dt_day *d)
{
    if (p->i + 1 >= p->n) return 0;
    const q_tok *a = &p->t[p->i], *b = &p->t[p->i + 1], *c = p->i + 2 < p->n ? &p->t[p->i + 2] : NULL;
    int day = q_day_of_month(a), mo = q_month_word(b);
    if (!day || !mo) {
        day = q_day_of_month(b);
        mo = q_month_word(a);
    }
    if (!day || !mo) return 0;
    if (!c || c->kind != QT_NUMBER || strlen(c->text) != 4) {   /* "7 December": which year? */
        loc at = { p->file, a->at.start, b->at.end };
        int yr, m2, d2;
        dt_to_ymd(p->today, &yr, &m2, &d2);
        q_error(p, at, "bad-date", "a date needs its year: '%s %s'", a->text, b->text);
        dg_hint(p->dg, "write it with the year, like '%d %s %d'", day, dt_month_name(mo), yr);
        return -1;
    }
    int yr = (int)c->num;
    if (!dt_valid(yr, mo, day)) {
        loc at = { p->file, a->at.start, c->at.end };
        const char *s = ar_strndup(p->tmp, p->text + a->at.start, c->at.end - a->at.start);
        q_no_such_day(p, at, s ? s : "", yr, mo);
        return -1;
    }
    *d = dt_from_ymd(yr, mo, day);
    p->i += 3;
    return 1;
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
        *d = p->today;
        p->i++;
        return true;
    }
    int w = q_date_words(p, d);
    if (w != 0) return w > 0;
    if (!q_at_end(p)) {
        q_bad_date(p, q_here(p), p->t[p->i].text);
        return false;
    }
    q_error(p, q_here(p), "bad-query", "the query ends before the date");
    dg_hint(p->dg, Q_DATE_HINT);
    return false;
}

/* ---- rules as answers cite them ---------------------------------------------------- */

void *q_array(const q_eval *e, size_t n, size_t size)
{
    return ar_alloc(e->ar, (n ? n : 1) * size);
}

/* The source text of a rule: every line it spans (a fallback often sits on
 * a line of its own), without the final newline. */
static void q_rule_source(const md_model *m, const md_norm *n, q_rule *r)
{
    const src_file *f = src_get(&m->ld->src, n->at.file);
    int col;
    src_linecol(&m->ld->src, n->at.file, n->at.start, &r->line, &col);
    r->file = f ? f->path : NULL;
    r->source = src_line_text(&m->ld->src, n->at.file, n->at.start, &r->source_len);
    if (!f || n->at.end <= n->at.start) return;
    size_t last_len;
    const char *last = src_line_text(&m->ld->src, n->at.file, n->at.end - 1, &last_len);
    if (last > r->source) r->source_len = (size_t)(last - r->source) + last_len;
}

void q_rule_of(const q_eval *e, const md_norm *n, q_rule *r)
{
    const md_model *m = e->m;
    memset(r, 0, sizeof *r);
    r->norm = n;
    r->clause = md_norm_clause(n);
    if (n->x->cited && n->clause && n->x->cited != n->clause) r->model_clause = n->clause;
    r->cite = md_cite_in(m, e->ar, n);
    r->modality = ast_modality_word(n->mod);
    r->verdict = tx_verdict(n->mod);
    r->subject = m->roles[n->subject].name;
    if (md_norm_subj_rel(n) >= 0) {
        r->subject_relation = m->rels[md_norm_subj_rel(n)].name;
        r->subject_of = m->roles[n->subj_of].name;
    }
    r->nactions = n->nacts;
    r->actions = q_array(e, n->nacts, sizeof *r->actions);
    for (size_t a = 0; r->actions && a < n->nacts; a++) r->actions[a] = m->terms[n->acts[a].action].name;
    r->counterpart = n->counterpart >= 0 ? m->roles[n->counterpart].name : NULL;
    r->thing = n->acts[0].object >= 0 ? m->terms[n->acts[0].object].name : NULL;
    r->deadline = n->within.kind == DUR_NONE ? NULL : tx_deadline(m, e->ar, &n->within);
    r->condition = n->cond ? tx_cond(m, e->ar, n->cond) : NULL;
    r->otherwise = n->x->nfallback ? tx_acts(m, e->ar, n->x->fallback, n->x->nfallback) : NULL;
    r->text = tx_norm(m, e->ar, n);
    q_rule_source(m, n, r);
    if (!r->actions) r->nactions = 0;
}
