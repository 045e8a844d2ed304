/* ast_pack — see ast_pack.h.
 *
 * A rule is written as:
 *   varint file; varint flags (the modality, then PF_*); loc at;
 *   [ptr clause, loc clause_at]; [kw mod_word]; loc mod_at; loc norm.at;
 *   varint n, n × (byte quoted | has-of << 1, ptr name, loc, [ptr of, loc]): the subjects;
 *   acts; dur within; acts fallback; dur fallback_within; [dur target];
 *   [cond]; [words overrides]; [ptr towards, loc]
 * acts:  varint n, n × (ptr verb, loc, loc act, words)
 * words: varint n, n × (byte kind, ptr or kw text, loc, [svar value of a
 *        number, date or time])
 * dur:   byte kind | unit << 2 | PD_*, [byte form | asap << 2 | receipt << 3],
 *        [ptr vague], [svar n, loc]
 * cond:  byte kind | PC_*, loc, [ptr text], [ptr role, loc], [cond a], [cond b]
 *        (or PC_CUT below PK_MAX_COND_DEPTH)
 * A loc is one varint, tag | zigzag(start step) << 2 (tag 0: no location,
 * 1: in the rule's file, 2: in the file whose id follows), then the length
 * as a signed varint; the step is from the previous location's start.  A
 * ptr (an interned name) and a kw (static text: keywords, modality words)
 * are signed steps from the previous address of their own stream.
 * "Previous" runs on from rule to rule, so rules are read in the order
 * they were written, from the first of their chunk: each chunk keeps the
 * starting points its first rule was written from.
 */
#include "ast_pack.h"
#include "fail.h"

#include <stdlib.h>
#include <string.h>

enum {   /* bits 0-2: the modality */
    PF_IN_BLOCK = 1 << 3, PF_CLAUSE = 1 << 4, PF_COND = 1 << 5, PF_TOWARDS = 1 << 6, PF_OVERRIDES = 1 << 7,
    PF_MODWORD = 1 << 8,     /* the modality as written is not its usual word */
    PF_ONLY = 1 << 9,        /* "only Clerk may …" */
    PF_TARGET = 1 << 10      /* a target period before the cap: "within 5 … and at the latest within 10 …" */
};
enum { PC_CUT = 0xff, PC_A = 1 << 3, PC_B = 1 << 4, PC_TEXT = 1 << 5, PC_ROLE = 1 << 6 };
/* the deadline's form, target and "of receipt" (one byte more); its text; its number and location */
enum { PD_EXT = 1 << 5, PD_VAGUE = 1 << 6, PD_REST = 1 << 7 };

struct pk_chunk {
    pk_chunk *next;
    size_t len, cap;
    size_t nsubjects;        /* of the rules in it */
    uintptr_t last, last_kw; /* the steps' starting points at its first rule (pk_buf's, then) */
    uint32_t base;
    unsigned char data[];
};

/* Chunks double from 4 KiB, so a file of a few rules takes little, up to
 * 256 KiB: chunks that big are mapped on their own by malloc, and freeing
 * one gives its memory back to the system, for the model to take; and a
 * big file has enough of them to be shared out evenly between threads. */
enum { PK_CHUNK_FIRST = 4096, PK_CHUNK_MAX = 1 << 18 };

void pk_init(pk_buf *b) { memset(b, 0, sizeof *b); }

void pk_free(pk_buf *b)
{
    for (pk_chunk *c = b->head; c;) {
        pk_chunk *next = c->next;
        free(c);
        c = next;
    }
    memset(b, 0, sizeof *b);
}

/* ---- writing ---------------------------------------------------------------- */

typedef struct pk_w {
    pk_buf *b;
    unsigned char *p, *end;  /* the cursor in the tail chunk, and its end */
    unsigned char *start;    /* where this rule began */
    uint32_t file;
    uint32_t base;           /* the previous location's start */
    uintptr_t last;          /* the previous address of an interned name */
    uintptr_t last_kw;       /* the previous address of a static word ("to", "must") */
    bool failed;
    unsigned char spill[16]; /* out of memory: what is written goes here, and is dropped */
} pk_w;

/* A new tail chunk with room for n more bytes: a rule that outgrows its
 * chunk moves, as written so far, to the new one. */
static __attribute__((noinline)) void pw_more(pk_w *w, size_t n)
{
    pk_buf *b = w->b;
    pk_chunk *t = b->tail;
    if (!w->failed) {
        size_t part = t ? (size_t)(w->p - w->start) : 0;
        size_t cap = t ? t->cap : PK_CHUNK_FIRST / 2;
        if (cap < PK_CHUNK_MAX) cap *= 2;
        while (cap < 2 * (part + n)) cap *= 2;
        pk_chunk *c = fail_malloc(sizeof *c + cap);
        if (c) {
            c->next = NULL;
            c->cap = cap;
            c->len = 0;
            c->nsubjects = 0;
            /* the rule being written moves here whole, and the buffer's
             * starting points are still those before it */
            c->base = b->base;
            c->last = b->last;
            c->last_kw = b->last_kw;
            if (part) memcpy(c->data, w->start, part);
            if (t) {
                t->len = (size_t)(w->start - t->data);
                t->next = c;
            } else {
                b->head = c;
            }
            b->tail = c;
            w->start = c->data;
            w->p = c->data + part;
            w->end = c->data + cap;
            return;
        }
        w->failed = true;
    }
    w->p = w->spill;
    w->end = w->spill + sizeof w->spill;
}

/* Room for n (at most 16) more bytes of the rule. */
static inline void pw_room(pk_w *w, size_t n)
{
    if ((size_t)(w->end - w->p) < n) pw_more(w, n);
}

static inline void pw_byte(pk_w *w, unsigned v)
{
    pw_room(w, 1);
    *w->p++ = (unsigned char)v;
}

static inline void pw_uvar(pk_w *w, uint64_t v)
{
    pw_room(w, 10);
    unsigned char *p = w->p;
    while (v >= 0x80) { *p++ = (unsigned char)(v | 0x80); v >>= 7; }
    *p++ = (unsigned char)v;
    w->p = p;
}

static inline void pw_svar(pk_w *w, int64_t v) { pw_uvar(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63)); }

/* An address as a signed step from the previous one: names interned one
 * after another (a rule's clause, the strings in it) lie close together. */
static inline void pw_ptr(pk_w *w, const void *s)
{
    uintptr_t v = (uintptr_t)s;
    pw_svar(w, (int64_t)(v - w->last));
    w->last = v;
}

/* Keywords and modality words are static text, far from the names: they
 * have a stream of steps of their own. */
static inline void pw_kw(pk_w *w, const void *s)
{
    uintptr_t v = (uintptr_t)s;
    pw_svar(w, (int64_t)(v - w->last_kw));
    w->last_kw = v;
}

static uint64_t pk_zig(int64_t v) { return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63); }

static inline void pw_loc(pk_w *w, loc at)
{
    if (!at.file && !at.start && !at.end) { pw_byte(w, 0); return; }
    uint64_t step = pk_zig((int64_t)at.start - (int64_t)w->base);
    if (at.file == w->file) pw_uvar(w, step << 2 | 1);
    else { pw_uvar(w, step << 2 | 2); pw_uvar(w, at.file); }
    pw_svar(w, (int64_t)at.end - (int64_t)at.start);
    w->base = at.start;
}

static void pw_name(pk_w *w, ast_name n) { pw_ptr(w, n.s); pw_loc(w, n.at); }

static void pw_words(pk_w *w, const ast_word *list)
{
    size_t n = 0;
    for (const ast_word *x = list; x; x = x->next) n++;
    pw_uvar(w, n);
    for (const ast_word *x = list; x; x = x->next) {
        pw_byte(w, (unsigned)x->kind);
        if (x->kind == W_KEYWORD) pw_kw(w, x->text);
        else pw_ptr(w, x->text);
        pw_loc(w, x->at);
        if (x->kind == W_NUMBER) pw_svar(w, x->num);
        else if (x->kind == W_DATE || x->kind == W_MONTH) pw_svar(w, x->day);
        else if (x->kind == W_TIME) pw_svar(w, x->minute);
    }
}

static void pw_acts(pk_w *w, const ast_act *list)
{
    size_t n = 0;
    for (const ast_act *a = list; a; a = a->next) n++;
    pw_uvar(w, n);
    for (const ast_act *a = list; a; a = a->next) {
        pw_name(w, a->verb);
        pw_loc(w, a->at);
        pw_words(w, a->words);
    }
}

static void pw_dur(pk_w *w, const ast_dur *d)
{
    bool rest = d->n || d->at.file || d->at.start || d->at.end;
    bool ext = d->form != DF_WITHIN || d->asap || d->receipt;
    pw_byte(w, (unsigned)d->kind | (unsigned)d->unit << 2 | (ext ? PD_EXT : 0u) | (rest ? PD_REST : 0u) |
                   (d->vague ? PD_VAGUE : 0u));
    if (ext) pw_byte(w, (unsigned)d->form | (d->asap ? 4u : 0u) | (d->receipt ? 8u : 0u));
    if (d->vague) pw_ptr(w, d->vague);
    if (!rest) return;
    pw_svar(w, d->n);
    pw_loc(w, d->at);
}

/* (A condition's kind has three bits here: C_JUNIOR and C_SENIOR are made
 * by the model, never written by the parser.) */
static void pw_cond(pk_w *w, const ast_cond *c, int depth)
{
    if (depth > PK_MAX_COND_DEPTH) { pw_byte(w, PC_CUT); return; }
    pw_byte(w, (unsigned)c->kind | (c->a ? PC_A : 0u) | (c->b ? PC_B : 0u) | (c->text ? PC_TEXT : 0u) |
                   (c->role.s ? PC_ROLE : 0u));
    pw_loc(w, c->at);
    if (c->text) pw_ptr(w, c->text);
    if (c->role.s) pw_name(w, c->role);
    if (c->a) pw_cond(w, c->a, depth + 1);
    if (c->b) pw_cond(w, c->b, depth + 1);
}

bool pk_norm(pk_buf *b, const ast_decl *d)
{
    const ast_norm *n = &d->u.norm;
    pk_w w;
    memset(&w, 0, sizeof w);
    w.b = b;
    w.file = d->file;
    w.base = b->base;
    w.last = b->last;
    w.last_kw = b->last_kw;
    if (b->tail) {
        w.start = w.p = b->tail->data + b->tail->len;
        w.end = b->tail->data + b->tail->cap;
    }
    bool own_word = n->mod_word != ast_modality_word(n->mod);
    unsigned flags = (unsigned)n->mod | (own_word ? PF_MODWORD : 0u) | (n->in_block ? PF_IN_BLOCK : 0u) |
                     (n->clause ? PF_CLAUSE : 0u) | (n->cond ? PF_COND : 0u) | (n->towards.s ? PF_TOWARDS : 0u) |
                     (n->overrides ? PF_OVERRIDES : 0u) | (n->only ? PF_ONLY : 0u) |
                     (n->target.kind != DUR_NONE ? PF_TARGET : 0u);
    pw_uvar(&w, d->file);
    pw_uvar(&w, flags);
    pw_loc(&w, d->at);
    if (n->clause) { pw_ptr(&w, n->clause); pw_loc(&w, n->clause_at); }
    if (own_word) pw_kw(&w, n->mod_word);
    pw_loc(&w, n->mod_at);
    pw_loc(&w, n->at);
    size_t ns = 0;
    for (const ast_namelist *s = n->subjects; s; s = s->next) ns++;
    pw_uvar(&w, ns);
    for (const ast_namelist *s = n->subjects; s; s = s->next) {
        pw_byte(&w, (uint8_t)((s->quoted ? 1u : 0u) | (s->of.s ? 2u : 0u)));
        pw_name(&w, s->name);
        if (s->of.s) pw_name(&w, s->of);
    }
    pw_acts(&w, n->acts);
    pw_dur(&w, &n->within);
    pw_acts(&w, n->fallback);
    pw_dur(&w, &n->fallback_within);
    if (n->target.kind != DUR_NONE) pw_dur(&w, &n->target);
    if (n->cond) pw_cond(&w, n->cond, 0);
    if (n->overrides) pw_words(&w, n->overrides);
    if (n->towards.s) pw_name(&w, n->towards);
    if (w.failed) return false;   /* the tail chunk's length still ends before this rule */
    b->tail->len = (size_t)(w.p - b->tail->data);
    b->bytes += (size_t)(w.p - w.start);
    b->count++;
    b->nsubjects += ns;
    b->tail->nsubjects += ns;
    b->base = w.base;
    b->last = w.last;
    b->last_kw = w.last_kw;
    return true;
}

/* ---- reading ---------------------------------------------------------------- */

/* The bytes were written by pk_norm in this process, so they are read
 * without checks beyond not running past the end. */
typedef struct pk_r {
    const unsigned char *p, *end;
    uint32_t file, base;
    uintptr_t last, last_kw;
    arena *ar;
    bool failed;
} pk_r;

static inline unsigned pr_byte(pk_r *r) { return r->p < r->end ? *r->p++ : 0; }

static uint64_t pr_uvar_long(pk_r *r)
{
    uint64_t v = 0;
    for (unsigned shift = 0; r->p < r->end && shift < 64; shift += 7) {
        unsigned char c = *r->p++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) break;
    }
    return v;
}

static inline uint64_t pr_uvar(pk_r *r)
{
    if (r->p < r->end && *r->p < 0x80) return *r->p++;   /* most are one byte */
    return pr_uvar_long(r);
}

static inline int64_t pr_svar(pk_r *r)
{
    uint64_t u = pr_uvar(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

static inline const char *pr_ptr(pk_r *r)
{
    r->last += (uintptr_t)pr_svar(r);
    return (const char *)r->last;
}

static inline const char *pr_kw(pk_r *r)
{
    r->last_kw += (uintptr_t)pr_svar(r);
    return (const char *)r->last_kw;
}

static inline loc pr_loc(pk_r *r)
{
    loc at = { 0, 0, 0 };
    uint64_t v = pr_uvar(r);
    unsigned tag = (unsigned)(v & 3);
    if (tag == 0) return at;
    at.file = tag == 1 ? r->file : (uint32_t)pr_uvar(r);
    uint64_t u = v >> 2;
    at.start = (uint32_t)((int64_t)r->base + ((int64_t)(u >> 1) ^ -(int64_t)(u & 1)));
    at.end = (uint32_t)((int64_t)at.start + pr_svar(r));
    r->base = at.start;
    return at;
}

static ast_name pr_name(pk_r *r)
{
    ast_name n;
    n.s = pr_ptr(r);
    n.at = pr_loc(r);
    return n;
}

static ast_word *pr_words(pk_r *r)
{
    size_t n = (size_t)pr_uvar(r);
    ast_word *head = NULL, **tail = &head;
    for (size_t i = 0; i < n && !r->failed; i++) {
        ast_wkind kind = (ast_wkind)pr_byte(r);
        const char *text = kind == W_KEYWORD ? pr_kw(r) : pr_ptr(r);
        loc at = pr_loc(r);
        ast_word *x = ast_word_new(r->ar, kind, text, at);
        if (!x) { r->failed = true; break; }
        if (kind == W_NUMBER) x->num = (long)pr_svar(r);
        else if (kind == W_DATE || kind == W_MONTH) x->day = (int32_t)pr_svar(r);
        else if (kind == W_TIME) x->minute = (int)pr_svar(r);
        *tail = x;
        tail = &x->next;
    }
    return head;
}

static ast_act *pr_acts(pk_r *r)
{
    size_t n = (size_t)pr_uvar(r);
    ast_act *head = NULL, **tail = &head;
    for (size_t i = 0; i < n && !r->failed; i++) {
        ast_name verb = pr_name(r);
        loc at = pr_loc(r);
        ast_word *words = pr_words(r);
        ast_act *a = ast_act_new(r->ar, verb, words, at);
        if (!a) { r->failed = true; break; }
        *tail = a;
        tail = &a->next;
    }
    return head;
}

static ast_dur pr_dur(pk_r *r)
{
    ast_dur d;
    memset(&d, 0, sizeof d);
    unsigned k = pr_byte(r);
    d.kind = (ast_durkind)(k & 3);
    d.unit = (ast_unit)((k >> 2) & 7);
    if (k & PD_EXT) {
        unsigned e = pr_byte(r);
        d.form = (ast_durform)(e & 3);
        d.asap = (e & 4) != 0;
        d.receipt = (e & 8) != 0;
    }
    if (k & PD_VAGUE) d.vague = pr_ptr(r);
    if (k & PD_REST) {
        d.n = (int32_t)pr_svar(r);
        d.at = pr_loc(r);
    }
    return d;
}

static ast_cond *pr_cond(pk_r *r)
{
    unsigned k = pr_byte(r);
    if (k == PC_CUT || r->failed) return NULL;
    ast_cond *c = ast_cond_new(r->ar, (ast_condkind)(k & 7), (loc){ 0, 0, 0 });
    if (!c) { r->failed = true; return NULL; }
    c->at = pr_loc(r);
    if (k & PC_TEXT) c->text = pr_ptr(r);
    if (k & PC_ROLE) c->role = pr_name(r);
    if (k & PC_A) c->a = pr_cond(r);
    if (k & PC_B) c->b = pr_cond(r);
    return c;
}

void pk_read(pk_reader *r, pk_buf *b)
{
    memset(r, 0, sizeof *r);
    r->c = b->head;
    if (r->c) {
        r->p = r->c->data;
        r->end = r->c->data + r->c->len;
    }
}

pk_chunk *pk_first(const pk_buf *b) { return b->head; }
pk_chunk *pk_following(const pk_chunk *c) { return c->next; }
size_t pk_chunk_bytes(const pk_chunk *c) { return c->len; }
size_t pk_chunk_subjects(const pk_chunk *c) { return c->nsubjects; }

void pk_take_chunk(pk_reader *r, pk_chunk *c)
{
    memset(r, 0, sizeof *r);
    r->c = r->own = c;
    r->p = c->data;
    r->end = c->data + c->len;
    r->base = c->base;
    r->last = c->last;
    r->last_kw = c->last_kw;
    r->one = true;
}

void pk_end(pk_reader *r)
{
    free(r->own);
    r->own = NULL;
    r->c = NULL;
    r->p = r->end = NULL;
}

void pk_taken(pk_buf *b)
{
    b->head = b->tail = NULL;
    b->taken = true;
}

/* Past the end of a chunk: on to the next (a reader of one chunk stops). */
static bool pk_more(pk_reader *r)
{
    while (r->c && r->p >= r->end) {
        pk_chunk *next = r->one ? NULL : r->c->next;
        r->c = next;
        r->p = next ? next->data : NULL;
        r->end = next ? next->data + next->len : NULL;
    }
    return r->c != NULL;
}

/* Out of memory: read no further. */
static void pk_stop(pk_reader *r)
{
    r->c = NULL;
    r->p = r->end = NULL;
}

ast_decl *pk_next(pk_reader *rd, arena *ar)
{
    if (!pk_more(rd)) return NULL;
    pk_r r = { rd->p, rd->end, 0, rd->base, rd->last, rd->last_kw, ar, false };
    r.file = (uint32_t)pr_uvar(&r);
    unsigned flags = (unsigned)pr_uvar(&r);
    loc at = pr_loc(&r);
    ast_decl *d = ast_decl_new(ar, D_NORM, at);
    if (!d) { pk_stop(rd); return NULL; }
    d->file = r.file;
    ast_norm *n = &d->u.norm;
    n->mod = (ast_modality)(flags & 7);
    n->in_block = (flags & PF_IN_BLOCK) != 0;
    n->only = (flags & PF_ONLY) != 0;
    if (flags & PF_CLAUSE) { n->clause = pr_ptr(&r); n->clause_at = pr_loc(&r); }
    n->mod_word = flags & PF_MODWORD ? pr_kw(&r) : ast_modality_word(n->mod);
    n->mod_at = pr_loc(&r);
    n->at = pr_loc(&r);
    size_t ns = (size_t)pr_uvar(&r);
    ast_namelist **tail = &n->subjects;
    for (size_t i = 0; i < ns && !r.failed; i++) {
        unsigned quoted = pr_byte(&r);
        ast_name name = pr_name(&r);
        ast_namelist *s = ast_namelist_new(ar, name, (quoted & 1u) != 0);
        if (!s) { r.failed = true; break; }
        if (quoted & 2u) s->of = pr_name(&r);
        *tail = s;
        tail = &s->next;
    }
    n->acts = pr_acts(&r);
    n->within = pr_dur(&r);
    n->fallback = pr_acts(&r);
    n->fallback_within = pr_dur(&r);
    if (flags & PF_TARGET) n->target = pr_dur(&r);
    if (flags & PF_COND) n->cond = pr_cond(&r);
    if (flags & PF_OVERRIDES) n->overrides = pr_words(&r);
    if (flags & PF_TOWARDS) n->towards = pr_name(&r);
    rd->p = r.p;
    rd->base = r.base;
    rd->last = r.last;
    rd->last_kw = r.last_kw;
    if (r.failed) { pk_stop(rd); return NULL; }
    return d;
}
