/* load — see load.h. */
#include "load.h"
#include "ast_pack.h"
#include "fail.h"
#include "parse.h"
#include "stdlib_files.h"
#include "suggest.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef CIVIC_STDLIB_DIR
#define CIVIC_STDLIB_DIR "/usr/local/share/civic/stdlib"
#endif

void ld_init(ld_set *s, dg_sink *dg)
{
    memset(s, 0, sizeof *s);
    ar_init(&s->ar);
    ar_init(&s->names_ar);
    in_init(&s->names, &s->names_ar);
    src_init(&s->src);
    s->dg = dg;
}

void ld_free(ld_set *s)
{
    for (size_t i = 0; i < s->nunits; i++) {
        free(s->units[i].key);
        pk_free(&s->units[i].ast.norms);
    }
    free(s->units);
    in_free(&s->names);
    src_free(&s->src);
    ar_free(&s->ar);
    ar_free(&s->names_ar);
    memset(s, 0, sizeof *s);
}

const char *ld_stdlib_dir(void)
{
    const char *e = getenv("CIVIC_STDLIB");
    return (e && *e) ? e : CIVIC_STDLIB_DIR;
}

static ld_unit *ld_find(ld_set *s, const char *key)
{
    for (size_t i = 0; i < s->nunits; i++)
        if (strcmp(s->units[i].key, key) == 0) return &s->units[i];
    return NULL;
}

static ld_unit *ld_new_unit(ld_set *s, const char *key, uint32_t file)
{
    if (s->nunits == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        ld_unit *nu = fail_realloc(s->units, cap * sizeof *nu);
        if (!nu) return NULL;
        s->units = nu;
        s->cap = cap;
    }
    ld_unit *u = &s->units[s->nunits];
    memset(u, 0, sizeof *u);
    u->key = fail_strdup(key);
    if (!u->key) return NULL;
    u->file = file;
    u->ast.file = file;
    u->ast.tail = &u->ast.decls;
    s->nunits++;
    return u;
}

static void ld_process(ld_set *s, size_t idx);

static bool ld_is_pathlike(const char *p)
{
    size_t n = strlen(p);
    return p[0] == '/' || p[0] == '.' || (n > 6 && strcmp(p + n - 6, ".civic") == 0);
}

static char *ld_join(const char *dir, const char *name, bool add_ext)
{
    size_t n = strlen(dir) + strlen(name) + 8;
    char *p = fail_malloc(n);
    if (p) snprintf(p, n, "%s/%s%s", dir, name, add_ext ? ".civic" : "");
    return p;
}

static bool ld_regular_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static const sl_file *ld_embedded(const char *name)
{
    char want[256];
    size_t n = strlen(name);
    if (n + 7 >= sizeof want) return NULL;
    snprintf(want, sizeof want, "%s%s", name, (n > 6 && strcmp(name + n - 6, ".civic") == 0) ? "" : ".civic");
    for (unsigned i = 0; i < sl_count; i++)
        if (strcmp(sl_files[i].name, want) == 0) return &sl_files[i];
    return NULL;
}

/* Does the line [p, e) name the word outside its quotes? */
static bool ld_line_names(const char *p, const char *e, const char *word, size_t n)
{
    bool quoted = false;
    for (const char *q = p; q + n <= e; q++) {
        if (*q == '"') quoted = !quoted;
        if (quoted || *q == '#') { if (*q == '#') return false; continue; }
        bool start = q == p || !(isalnum((unsigned char)q[-1]) || q[-1] == '_' || q[-1] == '-');
        bool end = q + n == e || !(isalnum((unsigned char)q[n]) || q[n] == '_' || q[n] == '-');
        if (start && end && memcmp(q, word, n) == 0) return true;
    }
    return false;
}

bool ld_stdlib_declares(const char *module, const char *name)
{
    const sl_file *f = ld_embedded(module);
    size_t n = strlen(name);
    if (!f || n == 0) return false;
    const char *p = f->text, *end = f->text + f->len;
    while (p < end) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e) e = end;
        if ((size_t)(e - p) > 5 && memcmp(p, "role ", 5) == 0 && ld_line_names(p + 5, e, name, n)) return true;
        p = e + 1;
    }
    return false;
}

static bool ld_civic_name(const char *p)
{
    size_t n = strlen(p);
    return n > 6 && strcmp(p + n - 6, ".civic") == 0;
}

/* `use` reads protocol files only: a regular file whose name, and the name
 * of the file it finally is (links followed), end in ".civic".  Anything
 * else (/etc/shadow, /proc/self/environ, a directory, a device, a FIFO that
 * would wait forever) is refused without being opened, so that no line of
 * it reaches a diagnostic.  Returns true when `real` may be read. */
static bool ld_protocol_file(ld_set *s, const char *path, const char *real, loc from)
{
    struct stat st;
    if (stat(real, &st) != 0) {
        dg_report(s->dg, DG_ERROR, "use-unreadable", from, "cannot read '%s': %s", path, strerror(errno));
        return false;
    }
    bool named = ld_civic_name(path) && ld_civic_name(real);
    if (S_ISREG(st.st_mode) && named) return true;
    if (S_ISDIR(st.st_mode))
        dg_report(s->dg, DG_ERROR, "use-not-protocol", from, "'%s' is a directory, not a protocol file", path);
    else if (!S_ISREG(st.st_mode))
        dg_report(s->dg, DG_ERROR, "use-not-protocol", from, "'%s' is not a regular file, so not a protocol file", path);
    else if (ld_civic_name(path))
        dg_report(s->dg, DG_ERROR, "use-not-protocol", from,
                  "'%s' leads to '%s', which is not a protocol file: its name does not end in '.civic'", path, real);
    else
        dg_report(s->dg, DG_ERROR, "use-not-protocol", from, "'%s' is not a protocol file: its name does not end in '.civic'",
                  path);
    dg_hint(s->dg, "'use' reads Civic files (NAME.civic, written without '.civic') and standard modules such as \"roles\"");
    return false;
}

/* Returns a unit index, or -1 when not found (nothing reported), -2 on a
 * reported error. */
static long ld_open_disk(ld_set *s, const char *path, loc from)
{
    char real[PATH_MAX];
    if (!realpath(path, real)) return -1;
    ld_unit *u = ld_find(s, real);
    if (u) return u - s->units;
    if (!ld_protocol_file(s, path, real, from)) return -2;
    int err = 0;
    uint32_t id = src_read(&s->src, path, &err);
    if (!id) {
        if (err == ENOMEM) { dg_oom(s->dg); return -2; }
        dg_report(s->dg, DG_ERROR, "use-unreadable", from, "cannot read '%s': %s", path, strerror(err));
        if (err == EFBIG) dg_hint(s->dg, "Civic reads files of up to %u MiB", (unsigned)(SRC_MAX_BYTES >> 20));
        return -2;
    }
    u = ld_new_unit(s, real, id);
    if (!u) { dg_oom(s->dg); return -2; }
    return u - s->units;
}

static long ld_open_embedded(ld_set *s, const sl_file *e)
{
    char key[300];
    snprintf(key, sizeof key, "<stdlib>/%s", e->name);
    ld_unit *u = ld_find(s, key);
    if (u) return u - s->units;
    uint32_t id = src_add(&s->src, key, e->text, e->len, true);
    if (!id) { dg_oom(s->dg); return -2; }
    u = ld_new_unit(s, key, id);
    if (!u) { dg_oom(s->dg); return -2; }
    return u - s->units;
}

/* `use "name"` beside the using file in dir: NAME.civic first; NAME itself
 * only when it is there and not a directory (a folder "roles" beside the
 * file hides no module) unless written as a path: then it is read if it is
 * a protocol file, refused if not.  Returns as ld_open_disk. */
static long ld_resolve_beside(ld_set *s, const char *name, const char *dir, loc at)
{
    long r = -1;
    for (int ext = 1; ext >= 0 && r == -1; ext--) {
        if (ext == 1 && ld_civic_name(name)) continue;
        char *p = ld_join(dir, name, ext == 1);
        if (!p) { dg_oom(s->dg); return -2; }
        struct stat st;
        if (stat(p, &st) == 0 && (!S_ISDIR(st.st_mode) || ld_is_pathlike(name))) r = ld_open_disk(s, p, at);
        free(p);
    }
    return r;
}

/* `use "/abs/path/name"`: as a name beside the using file is found, NAME.civic
 * first (unless the name ends in .civic already), then NAME as written (a
 * directory is refused there, as any path is).  Returns as ld_open_disk. */
static long ld_resolve_absolute(ld_set *s, const char *name, loc at)
{
    long r = -1;
    if (!ld_civic_name(name)) {
        size_t n = strlen(name) + 7;
        char *p = fail_malloc(n);
        if (!p) { dg_oom(s->dg); return -2; }
        snprintf(p, n, "%s.civic", name);
        struct stat st;
        if (stat(p, &st) == 0 && !S_ISDIR(st.st_mode)) r = ld_open_disk(s, p, at);
        free(p);
    }
    return r == -1 ? ld_open_disk(s, name, at) : r;
}

/* use "roles.civic": the standard module, as if written "roles" (-1: not one). */
static long ld_stdlib_civic(ld_set *s, const char *name)
{
    size_t n = strlen(name);
    char base[256];
    if (name[0] == '.' || name[0] == '/' || n <= 6 || n >= sizeof base || strcmp(name + n - 6, ".civic") != 0)
        return -1;
    memcpy(base, name, n - 6);
    base[n - 6] = '\0';
    const sl_file *e = ld_embedded(base);
    return e ? ld_open_embedded(s, e) : -1;
}

/* Resolve `use "name"` written in file `from_file`. */
static long ld_resolve(ld_set *s, const char *name, uint32_t from_file, loc at)
{
    const src_file *f = src_get(&s->src, from_file);
    long r = -1;
    if (name[0] == '/') return ld_resolve_absolute(s, name, at);
    if (f && f->dir) r = ld_resolve_beside(s, name, f->dir, at);
    if (r == -1) r = ld_stdlib_civic(s, name);
    if (r != -1 || ld_is_pathlike(name)) return r;
    const char *env = getenv("CIVIC_STDLIB");
    if (env && *env) {
        char *p = ld_join(env, name, true);
        if (!p) { dg_oom(s->dg); return -2; }
        if (ld_regular_file(p)) r = ld_open_disk(s, p, at);
        free(p);
        if (r != -1) return r;
    }
    const sl_file *e = ld_embedded(name);
    if (e) return ld_open_embedded(s, e);
    char *p = ld_join(CIVIC_STDLIB_DIR, name, true);
    if (!p) { dg_oom(s->dg); return -2; }
    if (ld_regular_file(p)) r = ld_open_disk(s, p, at);
    free(p);
    return r;
}

static void ld_suggest_module(ld_set *s, const char *name)
{
    const char *best = NULL;
    int bestd = 1 << 20;
    for (unsigned i = 0; i < sl_count; i++) {
        char base[256];
        snprintf(base, sizeof base, "%s", sl_files[i].name);
        size_t n = strlen(base);
        if (n > 6) base[n - 6] = '\0';
        int d = sg_distance(name, base, 3);
        if (d <= 3 && d < bestd) { bestd = d; best = sl_files[i].name; }
    }
    if (best) {
        size_t n = strlen(best);
        dg_hint(s->dg, "did you mean \"%.*s\"?", (int)(n - 6), best);
    } else {
        dg_hint(s->dg, "a path is relative to this file; the standard modules are \"roles\", \"model-protocol\" and \"calendars/england-and-wales\"");
    }
}

/* `use "d"` where nothing is found but a directory d.civic (or d) beside
 * the file: say so, rather than that nothing is there.  True when it did. */
static bool ld_dir_beside(ld_set *s, const char *name, uint32_t from_file, loc at)
{
    const src_file *f = src_get(&s->src, from_file);
    if (!f || !f->dir || name[0] == '/') return false;
    for (int ext = 1; ext >= 0; ext--) {
        if (ext == 1 && ld_civic_name(name)) continue;
        char *p = ld_join(f->dir, name, ext == 1);
        if (!p) { dg_oom(s->dg); return false; }
        struct stat st;
        bool dir = stat(p, &st) == 0 && S_ISDIR(st.st_mode);
        free(p);
        if (!dir) continue;
        dg_report(s->dg, DG_ERROR, "use-not-protocol", at, "\"%s\" is a directory here (%s%s), not a protocol file", name,
                  name, ext == 1 ? ".civic" : "");
        dg_hint(s->dg, "'use' reads a Civic file: name one inside it, like 'use \"%s%s/FILE\"'", name, ext == 1 ? ".civic" : "");
        return true;
    }
    return false;
}

static void ld_follow_uses(ld_set *s, size_t idx)
{
    uint32_t file = s->units[idx].file;
    for (ast_decl *d = s->units[idx].ast.decls; d; d = d->next) {
        if (d->kind != D_USE) continue;
        const char *name = d->u.use.path;
        loc at = d->u.use.path_at;
        if (!name || !*name) {
            dg_report(s->dg, DG_ERROR, "use-empty", at, "'use' needs the name of a module or file");
            dg_hint(s->dg, "write 'use \"roles\"' for the shared vocabulary");
            continue;
        }
        long r = ld_resolve(s, name, file, at);
        if (r == -2) continue;
        if (r == -1 && ld_dir_beside(s, name, file, at)) {
            s->use_failed = true;
            continue;
        }
        if (r == -1) {
            dg_report(s->dg, DG_ERROR, "use-not-found", at, "no module or file named \"%s\"", name);
            ld_suggest_module(s, name);
            if (!s->use_failed) dg_hint(s->dg, "until it is found, names it would declare are not reported as unknown");
            s->use_failed = true;
            continue;
        }
        if (s->units[r].done) continue;
        if (s->units[r].loading) {
            dg_report(s->dg, DG_ERROR, "use-cycle", at, "'use' cycle: \"%s\" is already being loaded", name);
            dg_hint(s->dg, "\"%s\" uses this file, directly or through others; remove one of the uses", name);
            continue;
        }
        if (s->depth >= LD_MAX_USE_DEPTH) {
            dg_report(s->dg, DG_ERROR, "use-depth", at, "'use' nested more than %d files deep", LD_MAX_USE_DEPTH);
            continue;
        }
        s->depth++;
        s->units[r].via = at;
        ld_process(s, (size_t)r);
        s->depth--;
    }
}

bool ld_line_too_long(const src_set *src, uint32_t file, dg_sink *dg)
{
    const src_file *f = src_get(src, file);
    size_t longest = 0, longest_start = 0;
    /* from the line table: a line runs from its start to the next one's newline */
    for (size_t i = 0; f && i < f->nlines; i++) {
        size_t start = f->lines[i], end = i + 1 < f->nlines ? f->lines[i + 1] - 1 : f->len;
        if (end - start > longest) { longest = end - start; longest_start = start; }
    }
    if (longest <= SRC_MAX_LINE) return false;
    /* point at the long line itself, not at the top of the file */
    loc at = { file, (uint32_t)longest_start, (uint32_t)longest_start };
    dg_report(dg, DG_ERROR, "line-too-long", at, "a line of this file is %zu bytes long; the limit is %u",
              longest, (unsigned)SRC_MAX_LINE);
    dg_hint(dg, "is this a Civic file? Civic reads one statement per line");
    return true;
}

/* Parse the unit, then follow its uses.  Units are addressed by index
 * because following a use may grow (and move) the units array. */
static void ld_process(ld_set *s, size_t idx)
{
    s->units[idx].loading = true;
    if (!ld_line_too_long(&s->src, s->units[idx].file, s->dg)) {
        ps_ctx ctx;
        memset(&ctx, 0, sizeof ctx);
        ctx.ar = &s->ar;
        ctx.names = &s->names;
        ctx.dg = s->dg;
        ctx.src = &s->src;
        ctx.file = s->units[idx].file;
        ast_file out;
        memset(&out, 0, sizeof out);
        out.file = ctx.file;
        out.tail = &out.decls;
        ctx.out = &out;
        ps_parse(&ctx);
        s->units[idx].ast.decls = out.decls;
        s->units[idx].ast.norms = out.norms;
        ld_follow_uses(s, idx);
    }
    s->units[idx].loading = false;
    s->units[idx].done = true;
}

int ld_file(ld_set *s, const char *path, int *err)
{
    struct stat st;
    *err = 0;
    if (stat(path, &st) != 0) { *err = errno; return 2; }
    if (S_ISDIR(st.st_mode)) { *err = EISDIR; return 2; }
    if (!S_ISREG(st.st_mode)) { *err = SRC_NOT_REGULAR; return 2; }
    char real[PATH_MAX];
    if (!realpath(path, real)) { *err = errno; return 2; }
    ld_unit *u = ld_find(s, real);
    if (u) { u->root = true; return 0; }
    uint32_t id = src_read(&s->src, path, err);
    if (!id) return 2;
    u = ld_new_unit(s, real, id);
    if (!u) { *err = ENOMEM; return 2; }
    u->root = true;
    ld_process(s, (size_t)(u - s->units));
    return 0;
}

void ld_text(ld_set *s, const char *name, const char *text, size_t len)
{
    uint32_t id = src_add(&s->src, name, text, len, false);
    if (!id) { dg_oom(s->dg); return; }
    char key[64];
    snprintf(key, sizeof key, "<text %u>", (unsigned)id);
    ld_unit *u = ld_new_unit(s, key, id);
    if (!u) { dg_oom(s->dg); return; }
    u->root = true;
    ld_process(s, (size_t)(u - s->units));
}

/* The calendar and protocol declarations of each unit, found once: a big
 * file has a hundred thousand declarations and ld_finish would otherwise
 * walk them all several times over.  Units do not change once parsed. */
typedef struct ld_cals {
    ast_decl ***of;          /* per unit: its calendar and protocol decls, in order; NULL = not yet */
    size_t *n;
    size_t cap;              /* units the arrays have room for */
    bool oom;
} ld_cals;

static bool ld_cals_of(ld_set *s, ld_cals *c, size_t u)
{
    if (u >= c->cap) {
        size_t cap = s->nunits > u + 1 ? s->nunits : u + 1;
        cap = cap < 2 * c->cap ? 2 * c->cap : cap;
        ast_decl ***of = fail_realloc(c->of, cap * sizeof *of);
        if (of) c->of = of;
        size_t *n = fail_realloc(c->n, cap * sizeof *n);
        if (n) c->n = n;
        if (!of || !n) { c->oom = true; return false; }
        for (size_t i = c->cap; i < cap; i++) { c->of[i] = NULL; c->n[i] = 0; }
        c->cap = cap;
    }
    if (c->of[u]) return true;
    size_t k = 0;
    for (ast_decl *d = s->units[u].ast.decls; d; d = d->next) k += d->kind == D_CALENDAR || d->kind == D_PROTOCOL;
    c->of[u] = fail_malloc((k ? k : 1) * sizeof **c->of);
    if (!c->of[u]) { c->oom = true; return false; }
    k = 0;
    for (ast_decl *d = s->units[u].ast.decls; d; d = d->next)
        if (d->kind == D_CALENDAR || d->kind == D_PROTOCOL) c->of[u][k++] = d;
    c->n[u] = k;
    return true;
}

static void ld_cals_free(ld_cals *c)
{
    for (size_t i = 0; i < c->cap; i++) free(c->of[i]);
    free(c->of);
    free(c->n);
}

static bool ld_calendar_defined(ld_set *s, ld_cals *c, const char *name)
{
    for (size_t i = 0; i < s->nunits; i++) {
        if (!c->oom && ld_cals_of(s, c, i)) {
            for (size_t j = 0; j < c->n[i]; j++) {
                const ast_decl *d = c->of[i][j];
                if (d->kind == D_CALENDAR && d->u.calendar.name.s && strcmp(d->u.calendar.name.s, name) == 0) return true;
            }
            continue;
        }
        for (ast_decl *d = s->units[i].ast.decls; d; d = d->next)
            if (d->kind == D_CALENDAR && d->u.calendar.name.s && strcmp(d->u.calendar.name.s, name) == 0)
                return true;
    }
    return false;
}

static void ld_want_calendar(ld_set *s, ld_cals *c, const char *name, uint32_t from_file, bool *added)
{
    if (!name || ld_calendar_defined(s, c, name)) return;
    char mod[200];
    if (strlen(name) > 150) return;
    snprintf(mod, sizeof mod, "calendars/%s", name);
    const sl_file *e = ld_embedded(mod);
    long r = -1;
    if (e) r = ld_open_embedded(s, e);
    else {
        const char *env = getenv("CIVIC_STDLIB");
        if (env && *env) {
            char *p = ld_join(env, mod, true);
            if (p && ld_regular_file(p)) r = ld_open_disk(s, p, (loc){ from_file, 0, 0 });
            free(p);
        }
    }
    if (r >= 0 && !s->units[r].done) {
        s->units[r].via = (loc){ from_file, 0, 0 };
        ld_process(s, (size_t)r);
        *added = true;
    }
}

static void ld_finish_decl(ld_set *s, ld_cals *c, const ast_decl *d, bool *added)
{
    if (d->kind == D_CALENDAR && d->u.calendar.extends.s)
        ld_want_calendar(s, c, d->u.calendar.extends.s, d->file, added);
    if (d->kind != D_PROTOCOL) return;
    for (ast_meta *m = d->u.protocol.meta; m; m = m->next)
        if (strcmp(m->key.s, "calendar") == 0 && m->args && m->args->kind == W_IDENT)
            ld_want_calendar(s, c, m->args->text, d->file, added);
}

void ld_finish(ld_set *s)
{
    ld_cals c = { NULL, NULL, 0, false };
    bool added = true;
    for (int round = 0; added && round < 16; round++) {
        added = false;
        for (size_t i = 0; i < s->nunits; i++) {
            if (!c.oom && ld_cals_of(s, &c, i)) {
                /* (a unit loaded meanwhile is one more unit, not more decls of this one) */
                for (size_t j = 0; j < c.n[i]; j++) ld_finish_decl(s, &c, c.of[i][j], &added);
                continue;
            }
            for (ast_decl *d = s->units[i].ast.decls; d; d = d->next) ld_finish_decl(s, &c, d, &added);
        }
    }
    /* The default calendar (LANGUAGE.md: "default england-and-wales"), so
     * that working days count in a file with no protocol block too. */
    if (s->nunits) ld_want_calendar(s, &c, "england-and-wales", s->units[0].file, &added);
    ld_cals_free(&c);
}
