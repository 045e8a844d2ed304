/* fmt — the canonical layout of a Civic file: see fmt.h.
 *
 * Three steps.  The scan: the file's tokens, as the parser sees them, and
 * for each token what the text before it holds (a line break, a blank
 * line, comments: the one ending the line before, and those on lines of
 * their own).  The items: the file as a list of statements, closing braces,
 * comment lines and blank lines, each at its depth of blocks; consecutive
 * statements with a clause label (or protocol fields) get one column for
 * their text.  The lines: each item written out, a statement broken where
 * the original broke it and wrapped where it is too wide; then comments at
 * the ends of consecutive lines are put in one column.  The text is scanned
 * again and compared with the original before it is handed back.
 */
#include "fmt.h"
#include "arena.h"
#include "ast.h"
#include "ast_pack.h"
#include "fail.h"
#include "intern.h"
#include "load.h"
#include "parse.h"
#include "parser.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* ---- the scan ------------------------------------------------------------ */

/* A token of the parser's stream, and what the text before it holds. */
typedef struct fm_tok {
    int kind;
    uint32_t start, end;     /* in the text; an NL: where the statement ended */
    uint32_t com, ncom;      /* the comments on lines of their own just before it */
    int32_t trail;           /* the comment after it on its line, or -1 */
    bool nl_before;          /* a line break between it and the token before */
    bool blank_before;       /* a blank line just before it (after those comments) */
} fm_tok;

typedef struct fm_com {
    uint32_t start, end;     /* from '#' to its last character that is not blank */
    bool blank_before;       /* a blank line just before it */
} fm_com;

/* One text's tokens and comments, in order. */
typedef struct fm_scan {
    const char *text;
    size_t len, skip;        /* skip: a byte order mark */
    fm_tok *toks;
    size_t ntoks, captoks;
    fm_com *coms;
    size_t ncoms, capcoms;
    fm_tok end;              /* what comes after the last token */
    bool oom;
} fm_scan;

static bool fm_blank_char(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

/* Room for element n of an array of *cap elements of `size` bytes. */
static bool fm_grow(void **p, size_t *cap, size_t n, size_t size)
{
    if (n < *cap) return true;
    size_t nc = *cap ? *cap * 2 : 64;
    while (nc <= n) nc *= 2;
    void *q = fail_realloc(*p, nc * size);
    if (!q) return false;
    *p = q;
    *cap = nc;
    return true;
}

static bool fm_on_tok(void *arg, int tok, loc at)
{
    fm_scan *s = arg;
    if (!fm_grow((void **)&s->toks, &s->captoks, s->ntoks, sizeof *s->toks)) {
        s->oom = true;
        return false;
    }
    fm_tok *t = &s->toks[s->ntoks++];
    memset(t, 0, sizeof *t);
    t->kind = tok;
    t->start = at.start;
    t->end = at.end;
    t->trail = -1;
    return true;
}

/* The names a scan interns (it needs a table; nothing else reads them). */
typedef struct fm_names {
    arena ar;
    in_table t;
} fm_names;

/* Scans file `file` of src into s.  False when out of memory or when the
 * scan reports an error (s->oom says which). */
static bool fm_lex(src_set *src, uint32_t file, fm_names *nm, fm_scan *s)
{
    const src_file *sf = src_get(src, file);
    s->text = sf->text;
    s->len = sf->len;
    s->skip = s->len >= 3 && memcmp(s->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    dg_sink dg;
    dg_init(&dg);
    ps_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.names = &nm->t;
    ctx.dg = &dg;
    ctx.src = src;
    ctx.file = file;
    bool ok = ps_lex_each(&ctx, fm_on_tok, s);
    if (!ok && !s->oom) s->oom = true;   /* the scanner could not be set up */
    if (dg.oom) s->oom = true;
    ok = ok && !dg.oom && dg.errors == 0;
    dg_free(&dg);
    return ok;
}

static bool fm_add_com(fm_scan *s, uint32_t start, uint32_t end, bool blank)
{
    if (!fm_grow((void **)&s->coms, &s->capcoms, s->ncoms, sizeof *s->coms)) {
        s->oom = true;
        return false;
    }
    while (end > start && fm_blank_char(s->text[end - 1])) end--;
    s->coms[s->ncoms++] = (fm_com){ start, end, blank };
    return true;
}

/* The length of a non-breaking space (U+00A0, U+202F) at p, or 0: the
 * scanner reads one as a space (lexer.l, lx_pastes). */
static uint32_t fm_nbsp(const char *p, uint32_t n)
{
    if (n >= 2 && memcmp(p, "\xc2\xa0", 2) == 0) return 2;
    if (n >= 3 && memcmp(p, "\xe2\x80\xaf", 3) == 0) return 3;
    return 0;
}

/* The text before token t, from `from`: blanks, line breaks, ';' (the end of
 * a statement, which the tokens have already) and comments; anything else
 * is a bug of the scan's.  A comment before the first line break ends the
 * line of the token before, `prev`. */
static bool fm_gap(fm_scan *s, uint32_t from, fm_tok *t, fm_tok *prev)
{
    bool nl = prev == NULL, empty = true, blank = false;
    t->com = (uint32_t)s->ncoms;
    for (uint32_t p = from; p < t->start;) {
        char c = s->text[p];
        if (c == '\n') {
            blank = blank || (nl && empty);
            nl = empty = true;
            p++;
        } else if (c == '#') {
            uint32_t q = p;
            while (q < t->start && s->text[q] != '\n') q++;
            if (!fm_add_com(s, p, q, blank)) return false;
            if (!nl) {
                prev->trail = (int32_t)(s->ncoms - 1);
                t->com = (uint32_t)s->ncoms;
            }
            blank = empty = false;
            p = q;
        } else if (c == ';') {
            empty = false;
            p++;
        } else if (fm_blank_char(c)) {
            p++;
        } else if (fm_nbsp(s->text + p, t->start - p)) {
            p += fm_nbsp(s->text + p, t->start - p);   /* read as a space (the scanner warns): laid out as one */
        } else {
            return false;
        }
    }
    t->ncom = (uint32_t)s->ncoms - t->com;
    t->nl_before = nl;
    t->blank_before = blank;
    return true;
}

/* What lies between the tokens, for every token and after the last. */
static bool fm_gaps(fm_scan *s)
{
    uint32_t from = (uint32_t)s->skip;
    fm_tok *prev = NULL;
    for (size_t i = 0; i < s->ntoks; i++) {
        fm_tok *t = &s->toks[i];
        if (t->kind == NL) continue;
        if (t->start < from || t->end > s->len || !fm_gap(s, from, t, prev)) return false;
        from = t->end;
        prev = t;
    }
    s->end.start = s->end.end = (uint32_t)s->len;
    s->end.trail = -1;
    return from <= s->len && fm_gap(s, from, &s->end, prev);
}

static void fm_scan_free(fm_scan *s)
{
    free(s->toks);
    free(s->coms);
}

/* ---- the items ------------------------------------------------------------ */

typedef enum { FI_STMT, FI_CLOSE, FI_COMMENT, FI_BLANK } fi_kind;

typedef struct fm_item {
    fi_kind kind;
    int depth;
    size_t a, b;             /* its tokens [a, b); FI_COMMENT: a is the comment */
    int headn;               /* tokens of its head: a clause label, a field's name */
    int head;                /* the head's width, 0 when it has none */
    int col;                 /* the column its text starts at, after the head */
    bool field;              /* the head is a field's name, not a clause label */
    bool wide;               /* a label too wide to align (FM_ALIGN_MAX): one space follows it */
} fm_item;

typedef struct fm_line {
    size_t off, len;         /* its code, in fm.code */
    int width;               /* in columns */
    int comcol;              /* the column of its comment */
    int32_t com;             /* the comment at its end, or -1 */
} fm_line;

typedef struct fm {
    fm_scan s;
    fm_item *items;
    size_t nitems, capitems;
    int blocks[PS_MAX_DEPTH + 2];   /* the first word of each open block's statement */
    fm_line *lines;
    size_t nlines, caplines;
    char *code;
    size_t ncode, capcode;
    size_t line_off;         /* where the line being written began in code */
    int col;                 /* its width so far */
    bool oom;
} fm;

/* Width in columns: characters, not bytes (UTF-8 continuation bytes take none). */
static int fm_cols(const char *s, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n; i++) w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

static const char *fm_text(const fm *f, size_t i) { return f->s.text + f->s.toks[i].start; }
static size_t fm_len(const fm *f, size_t i) { return f->s.toks[i].end - f->s.toks[i].start; }
static int fm_kind(const fm *f, size_t i) { return f->s.toks[i].kind; }

static bool fm_is_word(const fm *f, size_t i, const char *w)
{
    return fm_kind(f, i) == IDENT && fm_len(f, i) == strlen(w) && memcmp(fm_text(f, i), w, fm_len(f, i)) == 0;
}

static fm_item *fm_add_item(fm *f, fi_kind kind, int depth, size_t a, size_t b)
{
    if (!fm_grow((void **)&f->items, &f->capitems, f->nitems, sizeof *f->items)) {
        f->oom = true;
        return NULL;
    }
    fm_item *it = &f->items[f->nitems++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->depth = depth;
    it->a = a;
    it->b = b;
    return it;
}

static bool fm_opens_block(const fm *f, const fm_item *it)
{
    return it->kind == FI_STMT && fm_kind(f, it->b - 1) == '{';
}

/* One blank line, where a blank line is kept: not first in the file or a
 * block, and never two. */
static void fm_blank(fm *f, int depth)
{
    if (f->nitems == 0) return;
    const fm_item *last = &f->items[f->nitems - 1];
    if (last->kind == FI_BLANK || fm_opens_block(f, last)) return;
    fm_add_item(f, FI_BLANK, depth, 0, 0);
}

/* ... nor last in a block or the file. */
static void fm_unblank(fm *f)
{
    if (f->nitems && f->items[f->nitems - 1].kind == FI_BLANK) f->nitems--;
}

/* The comment lines and blank lines before token t, at `depth`. */
static void fm_trivia(fm *f, const fm_tok *t, int depth)
{
    for (uint32_t c = t->com; c < t->com + t->ncom; c++) {
        if (f->s.coms[c].blank_before) fm_blank(f, depth);
        fm_add_item(f, FI_COMMENT, depth, c, c + 1);
    }
    if (t->blank_before) fm_blank(f, depth);
}

/* A statement's head: its clause label, or in a protocol block its field's
 * name ("next review" and "overseen by" are one name); only when text
 * follows it.  Its text
 * starts one space after it unless fm_align puts it further. */
static void fm_head(fm *f, fm_item *it, bool in_protocol)
{
    size_t n = it->b - it->a;
    if (fm_kind(f, it->a) == CLAUSE) {
        if (n > 1) it->headn = 1;
    } else if (in_protocol) {
        bool two = n > 2 && ((fm_is_word(f, it->a, "next") && fm_is_word(f, it->a + 1, "review")) ||
                             (fm_is_word(f, it->a, "overseen") && fm_is_word(f, it->a + 1, "by")));
        it->headn = two ? 2 : 1;
        it->field = true;
    }
    if ((size_t)it->headn >= n) it->headn = 0;
    for (int k = 0; k < it->headn; k++)
        it->head += (k > 0) + fm_cols(fm_text(f, it->a + (size_t)k), fm_len(f, it->a + (size_t)k));
    it->col = it->depth * 2 + it->head + 1;
    it->wide = !it->field && it->head > FM_ALIGN_MAX;
}

/* The statement starting at token i, up to its end of line or its '{';
 * returns the token after it. */
static size_t fm_statement(fm *f, size_t i, int *depth)
{
    size_t j = i;
    while (j < f->s.ntoks && fm_kind(f, j) != NL) {
        j++;
        if (fm_kind(f, j - 1) == '{') break;
    }
    fm_item *it = fm_add_item(f, FI_STMT, *depth, i, j);
    if (!it) return j;
    fm_head(f, it, *depth > 0 && f->blocks[*depth - 1] == PROTOCOL);
    if (fm_opens_block(f, it) && *depth <= PS_MAX_DEPTH) {
        size_t first = fm_kind(f, i) == CLAUSE && i + 1 < j ? i + 1 : i;
        f->blocks[(*depth)++] = fm_kind(f, first);
    }
    return j;
}

/* A closing brace, with anything on its line up to the end of the statement. */
static size_t fm_close(fm *f, size_t i, int *depth)
{
    size_t j = i + 1;
    while (j < f->s.ntoks && fm_kind(f, j) != NL) j++;
    if (*depth > 0) (*depth)--;
    fm_unblank(f);
    fm_add_item(f, FI_CLOSE, *depth, i, j);
    return j;
}

static void fm_items(fm *f)
{
    int depth = 0;
    for (size_t i = 0; i < f->s.ntoks && !f->oom;) {
        if (fm_kind(f, i) == NL) {
            i++;
            continue;
        }
        fm_trivia(f, &f->s.toks[i], depth);
        i = fm_kind(f, i) == '}' ? fm_close(f, i, &depth) : fm_statement(f, i, &depth);
    }
    fm_trivia(f, &f->s.end, 0);
    fm_unblank(f);
}

/* Consecutive statements of one depth with heads of one kind, with nothing
 * between them but comment lines (and statements whose labels are too wide
 * to align), start their text in one column: one past the widest head. */
static void fm_set_cols(fm *f, size_t from, size_t to, int widest)
{
    for (size_t i = from; i < to; i++)
        if (f->items[i].kind == FI_STMT && !f->items[i].wide) f->items[i].col = f->items[i].depth * 2 + widest + 1;
}

/* A statement whose head takes a place in a column. */
static bool fm_aligned(const fm_item *it) { return it->kind == FI_STMT && it->head && !it->wide; }

/* Whether item it, after the run that began at g, leaves it open without
 * joining it: a comment line, or a label too wide to align, at g's depth. */
static bool fm_passes(const fm_item *g, const fm_item *it)
{
    return it->kind == FI_COMMENT || (it->wide && it->depth == g->depth);
}

static void fm_align(fm *f)
{
    size_t g = 0;
    int widest = 0;
    bool open = false;
    for (size_t i = 0; i <= f->nitems; i++) {
        fm_item *it = i < f->nitems ? &f->items[i] : NULL;
        if (open && it && fm_passes(&f->items[g], it)) continue;
        bool joins = open && it && fm_aligned(it) && it->depth == f->items[g].depth && it->field == f->items[g].field;
        if (!joins) {
            if (open) fm_set_cols(f, g, i, widest);
            open = it && fm_aligned(it);
            g = i;
            widest = 0;
        }
        if (open && it->head > widest) widest = it->head;
    }
}

/* ---- the lines ------------------------------------------------------------ */

static void fm_put(fm *f, const char *s, size_t n)
{
    if (f->oom) return;
    if (!fm_grow((void **)&f->code, &f->capcode, f->ncode + n, 1)) {
        f->oom = true;
        return;
    }
    memcpy(f->code + f->ncode, s, n);
    f->ncode += n;
    f->col += fm_cols(s, n);
}

/* Spaces up to column col. */
static void fm_pad(fm *f, int col)
{
    while (f->col < col && !f->oom) fm_put(f, " ", 1);
}

static void fm_end_line(fm *f, int32_t com)
{
    if (f->oom) return;
    if (!fm_grow((void **)&f->lines, &f->caplines, f->nlines, sizeof *f->lines)) {
        f->oom = true;
        return;
    }
    f->lines[f->nlines++] = (fm_line){ f->line_off, f->ncode - f->line_off, f->col, 0, com };
    f->line_off = f->ncode;
    f->col = 0;
}

/* A space between tokens i - 1 and i: none before ',', ')' and ':', none after '('. */
static bool fm_space(const fm *f, size_t i)
{
    int k = fm_kind(f, i);
    return k != ',' && k != ')' && k != ':' && fm_kind(f, i - 1) != '(';
}

/* How good a place it is to break a line before token i: 2 between the
 * parts of a rule (before 'otherwise' and 'unless', after 'when' and
 * 'within'), 1 inside a list or a condition (before 'and' and 'or', after
 * ','), 0 where a statement may not go on to the next line. */
static int fm_break_rank(const fm *f, size_t i)
{
    int k = fm_kind(f, i), prev = fm_kind(f, i - 1);
    if (ps_tok_leads_line(k)) return k == OTHERWISE || k == UNLESS ? 2 : 1;
    if (!ps_tok_continues(prev) || ps_tok_leads_line(prev)) return 0;
    /* a statement may go on after 'is' and 'of', but a name read apart from them reads badly */
    if (prev == IS || prev == OF) return 0;
    return prev == WHEN || prev == WITHIN ? 2 : 1;
}

/* Where the line holding tokens [s, e) from column col is to break: e when
 * it fits; else the last place between the parts of a rule that keeps it
 * within the width; else the last place in a list or condition that leaves
 * it between half the width and the width (not "Member\n and Officer …");
 * else the first place past the width; else e (it cannot break and stays
 * long). */
static size_t fm_break_at(const fm *f, size_t s, size_t e, int col)
{
    size_t best[3] = { 0, 0, 0 }, over = 0;
    for (size_t i = s; i < e; i++) {
        int r = i > s ? fm_break_rank(f, i) : 0;
        if (r && col <= FM_WIDTH && (r == 2 || col >= FM_WIDTH / 2)) best[r] = i;
        else if (r && col > FM_WIDTH && !over) over = i;
        col += (i > s && fm_space(f, i)) + fm_cols(fm_text(f, i), fm_len(f, i));
    }
    if (col <= FM_WIDTH) return e;
    return best[2] ? best[2] : best[1] ? best[1] : over ? over : e;
}

/* Tokens [s, e) on the line being written, wrapped to FM_WIDTH; a wrapped
 * line goes on at column cont. */
static void fm_tokens(fm *f, size_t s, size_t e, int cont)
{
    while (s < e && !f->oom) {
        size_t k = fm_break_at(f, s, e, f->col);
        for (size_t i = s; i < k; i++) {
            if (i > s && fm_space(f, i)) fm_put(f, " ", 1);
            fm_put(f, fm_text(f, i), fm_len(f, i));
        }
        if (k == e) return;
        fm_end_line(f, -1);
        fm_pad(f, cont);
        s = k;
    }
}

static void fm_comment_line(fm *f, uint32_t c, int col)
{
    const fm_com *k = &f->s.coms[c];
    fm_pad(f, col);
    fm_put(f, f->s.text + k->start, k->end - k->start);
    fm_end_line(f, -1);
}

/* A statement: its head and the column after it, then its text, a line
 * for each line of the original (continuation lines two columns in from
 * the text), wrapped where too wide, with the comments between them. */
static void fm_stmt(fm *f, const fm_item *it)
{
    const fm_tok *t = f->s.toks;
    int indent = it->depth * 2;
    int cont = (it->headn && !it->field ? it->col : indent) + 2;
    size_t s = it->a;
    fm_pad(f, indent);
    if (it->headn) {
        fm_tokens(f, s, s + (size_t)it->headn, cont);
        fm_pad(f, it->col);
        s += (size_t)it->headn;
    }
    for (;;) {
        size_t e = s + 1;
        while (e < it->b && !t[e].nl_before) e++;
        fm_tokens(f, s, e, cont);
        fm_end_line(f, t[e - 1].trail);
        if (e == it->b || f->oom) return;
        for (uint32_t c = t[e].com; c < t[e].com + t[e].ncom; c++) fm_comment_line(f, c, cont);
        fm_pad(f, cont);
        s = e;
    }
}

static void fm_emit(fm *f)
{
    for (size_t i = 0; i < f->nitems && !f->oom; i++) {
        const fm_item *it = &f->items[i];
        switch (it->kind) {
        case FI_BLANK: fm_end_line(f, -1); break;
        case FI_COMMENT: fm_comment_line(f, (uint32_t)it->a, it->depth * 2); break;
        case FI_CLOSE:
            fm_pad(f, it->depth * 2);
            fm_tokens(f, it->a, it->b, it->depth * 2 + 2);
            fm_end_line(f, f->s.toks[it->b - 1].trail);
            break;
        case FI_STMT: fm_stmt(f, it); break;
        }
    }
}

/* A line that opens or closes a block: its comment is its own, not aligned. */
static bool fm_brace_line(const fm *f, const fm_line *l)
{
    const char *c = f->code + l->off;
    size_t i = 0;
    while (i < l->len && c[i] == ' ') i++;
    return l->len && (c[l->len - 1] == '{' || c[i] == '}');
}

/* Comments at the ends of consecutive lines start in one column, two past
 * the widest of those lines' code; a line opening or closing a block keeps
 * its comment to itself. */
static void fm_align_comments(fm *f)
{
    for (size_t i = 0; i < f->nlines;) {
        fm_line *l = &f->lines[i];
        if (l->com < 0 || fm_brace_line(f, l)) {
            l->comcol = l->width + 2;
            i++;
            continue;
        }
        size_t j = i;
        int widest = 0;
        for (; j < f->nlines && f->lines[j].com >= 0 && !fm_brace_line(f, &f->lines[j]); j++)
            if (f->lines[j].width > widest) widest = f->lines[j].width;
        for (; i < j; i++) f->lines[i].comcol = widest + 2;
    }
}

/* The lines as one text, the byte order mark kept. */
static char *fm_join(fm *f, size_t *outlen)
{
    size_t n = f->s.skip;
    for (size_t i = 0; i < f->nlines; i++) {
        const fm_line *l = &f->lines[i];
        n += l->len + 1;
        if (l->com >= 0) n += (size_t)(l->comcol - l->width) + f->s.coms[l->com].end - f->s.coms[l->com].start;
    }
    char *out = fail_malloc(n + 1), *p = out;
    if (!out) return NULL;
    memcpy(p, f->s.text, f->s.skip);
    p += f->s.skip;
    for (size_t i = 0; i < f->nlines; i++) {
        const fm_line *l = &f->lines[i];
        memcpy(p, f->code + l->off, l->len);
        p += l->len;
        if (l->com >= 0) {
            const fm_com *c = &f->s.coms[l->com];
            memset(p, ' ', (size_t)(l->comcol - l->width));
            p += l->comcol - l->width;
            memcpy(p, f->s.text + c->start, c->end - c->start);
            p += c->end - c->start;
        }
        *p++ = '\n';
    }
    *p = '\0';
    *outlen = n;
    return out;
}

static void fm_free(fm *f)
{
    fm_scan_free(&f->s);
    free(f->items);
    free(f->lines);
    free(f->code);
}

/* ---- checking and comparing ----------------------------------------------- */

/* Parses the file for its diagnostics alone; returns the errors. */
static size_t fm_parse(src_set *src, uint32_t file, dg_sink *dg, fm_names *nm)
{
    arena ar;
    ar_init(&ar);
    ps_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.ar = &ar;
    ctx.names = &nm->t;
    ctx.dg = dg;
    ctx.src = src;
    ctx.file = file;
    ast_file out;
    memset(&out, 0, sizeof out);
    out.file = file;
    out.tail = &out.decls;
    ctx.out = &out;
    size_t errors = ps_parse(&ctx);
    pk_free(&out.norms);
    ar_free(&ar);
    return errors;
}

static bool fm_same_text(const fm_scan *a, uint32_t as, uint32_t ae, const fm_scan *b, uint32_t bs, uint32_t be)
{
    return ae - as == be - bs && memcmp(a->text + as, b->text + bs, ae - as) == 0;
}

/* The offset in a's text where a and b first differ in their tokens (kinds
 * and texts: an NL is a statement's end, by line break or ';') or their
 * comments, or -1 when they do not. */
static long fm_differ(const fm_scan *a, const fm_scan *b)
{
    size_t n = a->ntoks < b->ntoks ? a->ntoks : b->ntoks;
    for (size_t i = 0; i < n; i++) {
        const fm_tok *x = &a->toks[i], *y = &b->toks[i];
        if (x->kind != y->kind || (x->kind != NL && !fm_same_text(a, x->start, x->end, b, y->start, y->end)))
            return (long)x->start;
    }
    if (a->ntoks != b->ntoks) return (long)(n < a->ntoks ? a->toks[n].start : a->len);
    size_t m = a->ncoms < b->ncoms ? a->ncoms : b->ncoms;
    for (size_t i = 0; i < m; i++)
        if (!fm_same_text(a, a->coms[i].start, a->coms[i].end, b, b->coms[i].start, b->coms[i].end))
            return (long)a->coms[i].start;
    if (a->ncoms != b->ncoms) return (long)(m < a->ncoms ? a->coms[m].start : a->len);
    return -1;
}

/* Scans the laid-out text as a file of its own and compares it with the
 * original's scan; -2 when out of memory, else as fm_differ. */
static long fm_verify(src_set *src, fm_names *nm, const fm_scan *orig, const char *text, size_t len)
{
    uint32_t id = src_add(src, "<formatted>", text, len, false);
    if (!id) return -2;
    fm_scan again;
    memset(&again, 0, sizeof again);
    long at;
    if (fm_lex(src, id, nm, &again) && fm_gaps(&again)) at = fm_differ(orig, &again);
    else at = again.oom ? -2 : 0;
    fm_scan_free(&again);
    return at;
}

bool fm_same(src_set *src, uint32_t a, uint32_t b, uint32_t *at, bool *oom)
{
    fm_names nm;
    ar_init(&nm.ar);
    in_init(&nm.t, &nm.ar);
    fm_scan x, y;
    memset(&x, 0, sizeof x);
    memset(&y, 0, sizeof y);
    long d = 0;
    bool scanned = fm_lex(src, a, &nm, &x) && fm_gaps(&x) && fm_lex(src, b, &nm, &y) && fm_gaps(&y);
    if (scanned) d = fm_differ(&x, &y);
    *oom = x.oom || y.oom || nm.ar.failed;
    *at = d > 0 ? (uint32_t)d : 0;
    fm_scan_free(&x);
    fm_scan_free(&y);
    in_free(&nm.t);
    ar_free(&nm.ar);
    return scanned && d < 0;
}

/* ---- the whole ------------------------------------------------------------ */

static fm_result fm_lay_out(fm *f, src_set *src, uint32_t file, fm_names *nm, char **out, size_t *outlen, long *at)
{
    if (!fm_lex(src, file, nm, &f->s)) return f->s.oom ? FM_NOMEM : FM_CHANGED;
    if (!fm_gaps(&f->s)) return f->s.oom ? FM_NOMEM : FM_CHANGED;
    fm_items(f);
    fm_align(f);
    fm_emit(f);
    fm_align_comments(f);
    *out = f->oom ? NULL : fm_join(f, outlen);
    if (!*out) return FM_NOMEM;
    *at = fm_verify(src, nm, &f->s, *out, *outlen);
    if (*at == -2) return FM_NOMEM;
    return *at >= 0 ? FM_CHANGED : FM_DONE;
}

fm_result fm_format(src_set *src, uint32_t file, dg_sink *dg, char **out, size_t *outlen, int *line)
{
    *out = NULL;
    *outlen = 0;
    *line = 0;
    fm_names nm;
    ar_init(&nm.ar);
    in_init(&nm.t, &nm.ar);
    size_t errors = ld_line_too_long(src, file, dg) ? 1 : fm_parse(src, file, dg, &nm);
    fm_result r = dg->oom ? FM_NOMEM : errors ? FM_ERRORS : FM_DONE;
    fm f;
    memset(&f, 0, sizeof f);
    long at = 0;
    if (r == FM_DONE) r = fm_lay_out(&f, src, file, &nm, out, outlen, &at);
    if (r == FM_CHANGED) {
        int col;
        src_linecol(src, file, (uint32_t)(at > 0 ? at : 0), line, &col);
    }
    if (r != FM_DONE) {
        free(*out);
        *out = NULL;
        *outlen = 0;
    }
    if (r == FM_NOMEM) dg_oom(dg);
    fm_free(&f);
    in_free(&nm.t);
    ar_free(&nm.ar);
    return r;
}
