/* model_phrase — actions named by several words: a verb and the words after
 * it, read as an action's display name or alias ("give advice" for advise,
 * "carry out" for comply, "seek support").  One lookup for rules, deeds that
 * count as others, events and queries, so that the same words mean the same
 * action wherever they appear.
 *
 * The phrases are kept in a hash of their normal form (lower case, articles
 * left out: "give an instruction" is "give instruction"), with their first
 * words, so that a verb that begins no phrase ("respond", most verbs) costs
 * one hash lookup and nothing more. */
#include "model_int.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

enum {
    PH_MAX_BYTES = 256,      /* a phrase's normal form, at most */
    PH_MAX_WORDS = 12,       /* the words of a phrase, at most (the stdlib's longest display: 11) */
    PH_HEAD = 0,             /* the value under a phrase's first word (a phrase's is its action + 1) */
};

/* Is w (any case) an article, a word a phrase is read without? */
static bool ph_article(const char *w)
{
    char low[16];
    size_t n = strlen(w);
    if (n >= sizeof low) return false;
    for (size_t k = 0; k <= n; k++) low[k] = (char)tolower((unsigned char)w[k]);
    return md__is_article(low);
}

/* Appends word (lower case) to buf at *len, after a space unless first;
 * false when it does not fit. */
static bool ph_append(char *buf, size_t *len, const char *word, size_t n)
{
    if (*len + n + 2 > PH_MAX_BYTES) return false;
    if (*len) buf[(*len)++] = ' ';
    for (size_t k = 0; k < n; k++) buf[(*len)++] = (char)tolower((unsigned char)word[k]);
    buf[*len] = '\0';
    return true;
}

/* The normal form of a name of several words into buf; its number of words
 * (0 when it is one word, or too long, or empty). */
static size_t ph_normal(const char *text, char *buf)
{
    size_t len = 0, words = 0;
    buf[0] = '\0';
    for (const char *s = text; *s;) {
        while (*s == ' ') s++;
        size_t n = strcspn(s, " ");
        if (!n) break;
        char w[16];
        bool article = false;
        if (n < sizeof w) {
            memcpy(w, s, n);
            w[n] = '\0';
            article = ph_article(w);
        }
        if (words == 0 || !article) {
            if (!ph_append(buf, &len, s, n)) return 0;
            words++;
        }
        s += n;
    }
    return words >= 2 && words <= PH_MAX_WORDS ? words : 0;
}

static void ph_add(md_model *m, const char *text, int action)
{
    char buf[PH_MAX_BYTES];
    size_t words = text ? ph_normal(text, buf) : 0;
    if (!words) return;
    const char *phrase = md__intern(m, buf);
    const char *head = in_intern(&m->ld->names, buf, strcspn(buf, " "));
    uint32_t v;
    if (!head || !*phrase) { dg_oom(m->dg); return; }
    if (!hm_get(&m->phrases, hm_ptr(phrase), &v) && !hm_put(&m->phrases, hm_ptr(phrase), (uint32_t)action + 1))
        dg_oom(m->dg);
    if (!hm_get(&m->phrases, hm_ptr(head), &v) && !hm_put(&m->phrases, hm_ptr(head), PH_HEAD)) dg_oom(m->dg);
    if (words > m->phrase_words) m->phrase_words = words;
}

void md__phrases(md_model *m)
{
    for (size_t i = 0; i < m->nterms; i++) {
        const md_term *t = &m->terms[i];
        if (t->kind != MT_ACTION) continue;
        ph_add(m, t->display, (int)i);
        for (size_t a = 0; a < t->naliases; a++) ph_add(m, t->aliases[a], (int)i);
    }
}

/* The action whose phrase is buf (len bytes), or whose phrase's last word
 * is the singular of buf's ("give instructions", "answer enquiries"); -1. */
static int ph_find(const md_model *m, char *buf, size_t len)
{
    static const struct { const char *end, *repl; } sing[] = { { "", "" }, { "s", "" }, { "es", "" }, { "ies", "y" } };
    char one[PH_MAX_BYTES];
    for (size_t k = 0; k < sizeof sing / sizeof sing[0]; k++) {
        size_t el = strlen(sing[k].end);
        if (len <= el + 1 || strncmp(buf + len - el, sing[k].end, el) != 0) continue;
        size_t n = len - el;
        memcpy(one, buf, n);
        n += (size_t)snprintf(one + n, sizeof one - n, "%s", sing[k].repl);
        const char *in = in_find(&m->ld->names, one, n);
        uint32_t v;
        if (in && hm_get(&m->phrases, hm_ptr(in), &v) && v != PH_HEAD) return (int)v - 1;
    }
    return -1;
}

/* The longest phrase from base (the verb's plain form) and the words
 * w[1..n-1]; *used the words of w it takes after the verb. */
static int ph_runs(const md_model *m, const char *base, const char *const *w, size_t n, size_t *used)
{
    char buf[PH_MAX_BYTES];
    size_t len = 0, ends[PH_MAX_WORDS * 2 + 1] = { 0 }, words = 1;
    if (!ph_append(buf, &len, base, strlen(base))) return -1;
    size_t last = 0;
    for (size_t k = 1; k < n && k <= PH_MAX_WORDS * 2 && w[k] && words < m->phrase_words; k++) {
        if (ph_article(w[k])) continue;
        if (!ph_append(buf, &len, w[k], strlen(w[k]))) break;
        ends[k] = len;
        last = k;
        words++;
    }
    for (size_t k = last; k >= 1; k--) {
        if (!ends[k]) continue;
        buf[ends[k]] = '\0';
        int a = ph_find(m, buf, ends[k]);
        if (a >= 0) { *used = k; return a; }
    }
    return -1;
}

int md_lookup_phrase(const md_model *m, const char *const *w, size_t n, size_t *used)
{
    *used = 0;
    if (!m->phrase_words || n < 2 || !w[0] || !w[1]) return -1;
    /* the verb as written, and its plain forms when it is in the third person ("gives") */
    static const struct { const char *end, *repl; } plain[] = {
        { "", "" }, { "ies", "y" }, { "es", "" }, { "s", "" }, { "es", "e" },
    };
    char base[64];
    size_t vn = strlen(w[0]);
    if (vn >= sizeof base) return -1;
    for (size_t r = 0; r < sizeof plain / sizeof plain[0]; r++) {
        size_t el = strlen(plain[r].end);
        if (vn <= el + 1 || strcasecmp(w[0] + vn - el, plain[r].end) != 0) continue;
        size_t k = vn - el;
        for (size_t i = 0; i < k; i++) base[i] = (char)tolower((unsigned char)w[0][i]);
        k += (size_t)snprintf(base + k, sizeof base - k, "%s", plain[r].repl);
        const char *head = in_find(&m->ld->names, base, k);
        uint32_t v;
        if (!head || !hm_get(&m->phrases, hm_ptr(head), &v) || v != PH_HEAD) continue;
        int a = ph_runs(m, base, w, n, used);
        if (a >= 0) return a;
    }
    return -1;
}

int md__phrase_of(const md_model *m, const char *verb, const ast_word *words, size_t *used)
{
    const char *w[PH_MAX_WORDS * 2 + 1];
    size_t n = 0;
    *used = 0;
    if (!m->phrase_words || !verb) return -1;
    w[n++] = verb;
    for (const ast_word *x = words; x && n < sizeof w / sizeof w[0]; x = x->next) {
        if (x->kind != W_IDENT && x->kind != W_KEYWORD) break;
        w[n++] = x->text;
    }
    return md_lookup_phrase(m, w, n, used);
}

const ast_word *md__words_after(const ast_word *w, size_t k)
{
    while (w && k--) w = w->next;
    return w;
}
