/* lsp_doc — the open documents (see lsp.h).
 *
 * A document is loaded as `civic check` loads a file: its text through a
 * session of its own (ss_add_text, named by its path, so that its `use`s
 * resolve from its directory), checked as of the server's today.  The
 * diagnostics published are the session's; one in a file the document uses
 * goes on the `use` line that brought that file in, with the place itself
 * as related information.  Embedded stdlib files, which have no path, are
 * written to a cache directory so that an editor can open them. */
#include "lsp.h"
#include "fail.h"
#include "parse.h"
#include "parser.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- the table of documents --------------------------------------------------------- */

ls_doc *lsd_find(ls_server *sv, const char *uri)
{
    for (size_t i = 0; i < sv->ndocs; i++)
        if (strcmp(sv->docs[i]->uri, uri) == 0) return sv->docs[i];
    return NULL;
}

static void lsd_free(ls_doc *d)
{
    if (d->loaded) ss_close(&d->s);
    free(d->uri);
    free(d->name);
    free(d->text);
    free(d->toks);
    free(d);
}

static ls_doc *lsd_new(ls_server *sv, const char *uri)
{
    if (sv->ndocs == sv->cap) {
        size_t cap = sv->cap ? sv->cap * 2 : 8;
        ls_doc **nd = fail_realloc(sv->docs, cap * sizeof *nd);
        if (!nd) return NULL;
        sv->docs = nd;
        sv->cap = cap;
    }
    ls_doc *d = fail_calloc(1, sizeof *d);
    if (!d) return NULL;
    d->uri = fail_strdup(uri);
    char *path = lsd_uri_path(uri);
    d->name = path ? path : fail_strdup(uri);
    if (!d->uri || !d->name) {
        lsd_free(d);
        return NULL;
    }
    sv->docs[sv->ndocs++] = d;
    return d;
}

ls_doc *lsd_open(ls_server *sv, const char *uri, const char *text, size_t len, long version)
{
    /* the text first: a document in the table always has one */
    char *t = fail_malloc(len + 1);
    ls_doc *d = t ? lsd_find(sv, uri) : NULL;
    if (t && !d) d = lsd_new(sv, uri);
    if (!d) {
        free(t);
        return NULL;
    }
    memcpy(t, text, len);
    t[len] = '\0';
    free(d->text);
    d->text = t;
    d->len = len;
    d->version = version;
    lsd_load(sv, d);
    return d;
}

void lsd_close(ls_server *sv, const char *uri)
{
    for (size_t i = 0; i < sv->ndocs; i++) {
        if (strcmp(sv->docs[i]->uri, uri) != 0) continue;
        lsd_free(sv->docs[i]);
        sv->docs[i] = sv->docs[--sv->ndocs];
        return;
    }
}

void lsd_free_all(ls_server *sv)
{
    for (size_t i = 0; i < sv->ndocs; i++) lsd_free(sv->docs[i]);
    free(sv->docs);
    sv->docs = NULL;
    sv->ndocs = sv->cap = 0;
}

/* ---- changes ---------------------------------------------------------------------------- */

long lsd_offset(const ls_doc *d, json_t *pos)
{
    json_t *l = json_object_get(pos, "line"), *c = json_object_get(pos, "character");
    if (!json_is_integer(l) || !json_is_integer(c)) return -1;
    json_int_t line = json_integer_value(l), ch = json_integer_value(c);
    if (line < 0 || ch < 0) return -1;
    if (line > LONG_MAX) line = LONG_MAX;
    if (ch > LONG_MAX) ch = LONG_MAX;
    return (long)lt_offset(d->text, d->len, (long)line, (long)ch);
}

/* One content change: a range and its new text, or the whole text. */
static bool lsd_apply(ls_doc *d, json_t *ch)
{
    json_t *text = json_object_get(ch, "text"), *range = json_object_get(ch, "range");
    if (!json_is_string(text)) return false;
    const char *s = json_string_value(text);
    size_t n = json_string_length(text);
    if (!range) return lt_splice(&d->text, &d->len, 0, d->len, s, n);
    long a = lsd_offset(d, json_object_get(range, "start")), b = lsd_offset(d, json_object_get(range, "end"));
    if (a < 0 || b < 0) return false;
    if (b < a) { long t = a; a = b; b = t; }
    return lt_splice(&d->text, &d->len, (size_t)a, (size_t)b, s, n);
}

bool lsd_change(ls_doc *d, json_t *changes)
{
    if (!json_is_array(changes)) return false;
    size_t i;
    json_t *ch;
    json_array_foreach(changes, i, ch) {
        if (!lsd_apply(d, ch)) return false;
    }
    return true;
}

/* ---- loading --------------------------------------------------------------------------------- */

typedef struct lsd_scan {
    ls_doc *d;
    size_t cap;
    bool oom;
} lsd_scan;

static bool lsd_on_tok(void *arg, int tok, loc at)
{
    lsd_scan *sc = arg;
    ls_doc *d = sc->d;
    if (tok == NL) return true;   /* statements end at line ends, which the text has */
    if (d->ntoks == sc->cap) {
        size_t cap = sc->cap ? sc->cap * 2 : 256;
        ls_tok *nt = fail_realloc(d->toks, cap * sizeof *nt);
        if (!nt) { sc->oom = true; return false; }
        d->toks = nt;
        sc->cap = cap;
    }
    d->toks[d->ntoks++] = (ls_tok){ tok, at.start, at.end };
    return true;
}

/* The document's tokens, as the parser sees them (its diagnostics are the
 * load's already). */
static void lsd_tokens(ls_doc *d)
{
    if (!d->file) return;
    dg_sink dg;
    dg_init(&dg);
    ps_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.names = &d->s.ld.names;
    ctx.dg = &dg;
    ctx.src = &d->s.ld.src;
    ctx.file = d->file;
    ctx.scan_thread = -1;
    lsd_scan sc = { d, 0, false };
    ps_lex_each(&ctx, lsd_on_tok, &sc);
    dg_free(&dg);
}

void lsd_load(ls_server *sv, ls_doc *d)
{
    if (d->loaded) ss_close(&d->s);
    free(d->toks);
    d->toks = NULL;
    d->ntoks = 0;
    ss_init(&d->s, sv->today);
    ss_add_text(&d->s, d->name, d->text, d->len);
    ss_build(&d->s);
    d->loaded = true;
    d->file = d->s.ld.nunits ? d->s.ld.units[0].file : 0;
    lsd_tokens(d);
}

const ls_tok *lsd_tok_at(const ls_doc *d, size_t off)
{
    size_t lo = 0, hi = d->ntoks;   /* the first token ending at or after off */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->toks[mid].end < off) lo = mid + 1;
        else hi = mid;
    }
    if (lo == d->ntoks || d->toks[lo].start > off) return NULL;
    /* between two tokens that touch ("Member,"), the one that begins here */
    if (d->toks[lo].end == off && lo + 1 < d->ntoks && d->toks[lo + 1].start == off) return &d->toks[lo + 1];
    return &d->toks[lo];
}

const char *lsd_name(const ls_doc *d, const ls_tok *t)
{
    if (!t || t->end <= t->start || t->end > d->len) return NULL;
    return in_find(&d->s.ld.names, d->text + t->start, t->end - t->start);
}

/* ---- URIs and paths ---------------------------------------------------------------------------- */

static int lsd_hex(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

char *lsd_uri_path(const char *uri)
{
    if (strncmp(uri, "file://", 7) != 0) return NULL;
    const char *p = uri + 7;
    if (strncmp(p, "localhost/", 10) == 0) p += 9;
    if (*p != '/') return NULL;
    char *out = fail_malloc(strlen(p) + 1);
    if (!out) return NULL;
    size_t k = 0;
    for (; *p && *p != '?' && *p != '#'; p++) {
        int hi, lo;
        if (*p == '%' && (hi = lsd_hex(p[1])) >= 0 && (lo = lsd_hex(p[2])) >= 0 && (hi || lo)) {
            out[k++] = (char)(hi * 16 + lo);
            p += 2;
        } else {
            out[k++] = *p;
        }
    }
    out[k] = '\0';
    return out;
}

char *lsd_path_uri(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    char *out = fail_malloc(strlen(path) * 3 + 8);
    if (!out) return NULL;
    size_t k = (size_t)sprintf(out, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("-._~/", *p)) {
            out[k++] = (char)*p;
        } else {
            out[k++] = '%';
            out[k++] = hex[*p >> 4];
            out[k++] = hex[*p & 15];
        }
    }
    out[k] = '\0';
    return out;
}

/* ---- the cache of embedded files ------------------------------------------------------------- */

/* mkdir -p of the directory part of path (cut at its last '/'). */
static bool lsd_mkdirs(char *path)
{
    char *slash = strrchr(path, '/');
    if (!slash || slash == path) return true;
    *slash = '\0';
    struct stat st;
    bool ok = stat(path, &st) == 0 ? S_ISDIR(st.st_mode) : lsd_mkdirs(path) && (mkdir(path, 0755) == 0 || errno == EEXIST);
    *slash = '/';
    return ok;
}

/* Does the file at path hold exactly text[0, n)? */
static bool lsd_same_file(const char *path, const char *text, size_t n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    char buf[4096];
    size_t at = 0, k;
    bool same = true;
    while (same && (k = fread(buf, 1, sizeof buf, f)) > 0) {
        same = at + k <= n && memcmp(buf, text + at, k) == 0;
        at += k;
    }
    fclose(f);
    return same && at == n;
}

/* Writes text to path at once: a temporary file beside it, renamed over it,
 * so that an editor reading it meanwhile sees the old text or the new. */
static bool lsd_write_atomic(const char *path, const char *text, size_t n)
{
    char *tmp = fail_malloc(strlen(path) + 8);
    if (!tmp) return false;
    sprintf(tmp, "%s.XXXXXX", path);
    int fd = mkstemp(tmp);
    bool ok = fd >= 0;
    for (size_t at = 0; ok && at < n;) {
        ssize_t w = write(fd, text + at, n - at);
        if (w < 0 && errno == EINTR) continue;
        ok = w > 0;
        if (ok) at += (size_t)w;
    }
    ok = ok && fchmod(fd, 0644) == 0;
    if (fd >= 0 && close(fd) != 0) ok = false;
    if (ok) ok = rename(tmp, path) == 0;
    if (!ok && fd >= 0) unlink(tmp);
    free(tmp);
    return ok;
}

/* The path of an embedded file in the cache, written there when it is not
 * yet (malloc'd), or NULL. */
static char *lsd_cached(ls_server *sv, const src_file *f)
{
    const char *name = f->path;
    if (!sv->cache || strncmp(name, "<stdlib>/", 9) != 0 || strstr(name, "..")) return NULL;
    char *path = fail_malloc(strlen(sv->cache) + strlen(name));
    if (!path) return NULL;
    sprintf(path, "%s/%s", sv->cache, name + 9);
    if (lsd_same_file(path, f->text, f->len)) return path;
    if (!lsd_mkdirs(path) || !lsd_write_atomic(path, f->text, f->len)) {
        free(path);
        return NULL;
    }
    return path;
}

/* ---- ranges, locations, diagnostics ------------------------------------------------------------ */

static json_t *lsd_pos(long line, long ch) { return json_pack("{s:I, s:I}", "line", (json_int_t)line, "character", (json_int_t)ch); }

json_t *lsd_range_exact(const src_set *src, loc at)
{
    const src_file *f = src_get(src, at.file);
    long l1 = 0, c1 = 0, l2 = 0, c2 = 0;
    if (f) {
        lt_position(f, at.start, &l1, &c1);
        lt_position(f, at.end > at.start ? at.end : at.start, &l2, &c2);
    }
    return json_pack("{s:o, s:o}", "start", lsd_pos(l1, c1), "end", lsd_pos(l2, c2));
}

json_t *lsd_range(const src_set *src, loc at)
{
    const src_file *f = src_get(src, at.file);
    /* an empty span is shown under the character it stands before */
    if (f && at.end <= at.start && at.start < f->len && f->text[at.start] != '\n') {
        at.end = at.start + 1;
        while (at.end < f->len && ((unsigned char)f->text[at.end] & 0xC0) == 0x80) at.end++;
    }
    return lsd_range_exact(src, at);
}

/* The URI of a loaded file: the document's own, the cached copy of an
 * embedded one, or the file's. */
static char *lsd_file_uri(ls_server *sv, const ls_doc *d, uint32_t file)
{
    const src_file *f = src_get(&d->s.ld.src, file);
    if (!f) return NULL;
    if (file == d->file) return fail_strdup(d->uri);
    char *path = f->embedded ? lsd_cached(sv, f) : realpath(f->path, NULL);
    if (!path) return NULL;
    char *uri = lsd_path_uri(path);
    free(path);
    return uri;
}

json_t *lsd_location(ls_server *sv, const ls_doc *d, loc at)
{
    char *uri = lsd_file_uri(sv, d, at.file);
    if (!uri) return NULL;
    json_t *j = json_pack("{s:s, s:o}", "uri", uri, "range", lsd_range(&d->s.ld.src, at));
    free(uri);
    return j;
}

/* The message, then its hints a line each, as civic check prints them. */
static json_t *lsd_message(const char *prefix, const dg_diag *g)
{
    size_t n = strlen(prefix) + strlen(g->msg) + 1;
    for (size_t h = 0; h < dg_nhints_shown(g); h++) n += strlen(dg_hint_shown(g, h)) + 7;
    char *s = fail_malloc(n);
    if (!s) return NULL;
    size_t k = (size_t)sprintf(s, "%s%s", prefix, g->msg);
    for (size_t h = 0; h < dg_nhints_shown(g); h++) k += (size_t)sprintf(s + k, "\nhint: %s", dg_hint_shown(g, h));
    json_t *j = lr_str(s, k);
    free(s);
    return j;
}

/* The `use` in the document through which file `file` was loaded, or a
 * location of file 0. */
static loc lsd_via(const ls_doc *d, uint32_t file)
{
    const ld_set *ld = &d->s.ld;
    for (size_t hops = 0; hops <= ld->nunits; hops++) {
        const ld_unit *u = NULL;
        for (size_t i = 0; i < ld->nunits && !u; i++)
            if (ld->units[i].file == file) u = &ld->units[i];
        if (!u || u->via.file == 0) break;
        if (u->via.file == d->file) return u->via;
        file = u->via.file;
    }
    return (loc){ 0, 0, 0 };
}

static json_t *lsd_diag(ls_server *sv, const ls_doc *d, const dg_diag *g)
{
    const src_set *src = &d->s.ld.src;
    json_t *j = json_pack("{s:i, s:s, s:s}", "severity", g->sev == DG_ERROR ? LS_SEV_ERROR : LS_SEV_WARNING, "source",
                          "civic", "code", g->code ? g->code : "error");
    if (!j) return NULL;
    if (g->where.file == 0 || g->where.file == d->file) {
        json_object_set_new(j, "range", lsd_range(src, g->where));
        json_object_set_new(j, "message", lsd_message("", g));
        return j;
    }
    /* in a file the document uses: on the use line, pointing there */
    const src_file *f = src_get(src, g->where.file);
    int line = 0, col = 0;
    src_linecol(src, g->where.file, g->where.start, &line, &col);
    char prefix[300];
    snprintf(prefix, sizeof prefix, "in %.200s:%d:%d: ", f ? f->path : "?", line, col);
    loc via = lsd_via(d, g->where.file);
    via.file = d->file;
    json_object_set_new(j, "range", lsd_range(src, via));
    json_object_set_new(j, "message", lsd_message(prefix, g));
    json_t *where = lsd_location(sv, d, g->where);
    if (where) json_object_set_new(j, "relatedInformation", json_pack("[{s:o, s:o}]", "location", where, "message", lr_cstr(g->msg)));
    return j;
}

/* A note of the whole load (out of memory, too many errors) at its top. */
static json_t *lsd_note(const ls_doc *d, const char *msg)
{
    loc top = { d->file, 0, 0 };
    return json_pack("{s:o, s:i, s:s, s:s, s:s}", "range", lsd_range(&d->s.ld.src, top), "severity", LS_SEV_ERROR,
                     "source", "civic", "code", "error", "message", msg);
}

json_t *lsd_diagnostics(ls_server *sv, ls_doc *d)
{
    json_t *list = json_array();
    const dg_sink *dg = &d->s.dg;
    for (size_t i = 0; list && i < dg->count; i++) json_array_append_new(list, lsd_diag(sv, d, &dg->items[i]));
    if (list && dg->truncated) {
        char msg[80];
        snprintf(msg, sizeof msg, "too many errors; stopped after %zu", dg->errors);
        json_array_append_new(list, lsd_note(d, msg));
    }
    if (list && dg->oom) json_array_append_new(list, lsd_note(d, "out of memory"));
    return json_pack("{s:s, s:I, s:o}", "uri", d->uri, "version", (json_int_t)d->version, "diagnostics", list);
}

char *lsd_cache_dir(void)
{
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    const char *base = xdg && xdg[0] == '/' ? xdg : NULL;
    const char *sub = base ? "" : "/.cache";
    if (!base && home && *home) base = home;
    if (!base) return NULL;
    char *dir = fail_malloc(strlen(base) + strlen(CIVIC_VERSION) + 32);
    if (dir) sprintf(dir, "%s%s/civic/%s/stdlib", base, sub, CIVIC_VERSION);
    return dir;
}
