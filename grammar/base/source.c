/* source — see source.h. */
#include "source.h"
#include "afile.h"
#include "fail.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void src_init(src_set *s) { memset(s, 0, sizeof *s); }

void src_free(src_set *s)
{
    for (size_t i = 1; i < s->count; i++) {
        free(s->files[i].path);
        free(s->files[i].dir);
        free(s->files[i].text);
        free(s->files[i].lines);
    }
    free(s->files);
    memset(s, 0, sizeof *s);
}

static bool src_build_lines(src_file *f)
{
    /* memchr finds the newlines many bytes at a time */
    const char *end = f->text + f->len;
    size_t n = 1;
    for (const char *p = f->text; (p = memchr(p, '\n', (size_t)(end - p))); p++) n++;
    f->lines = fail_malloc(n * sizeof *f->lines);
    if (!f->lines) return false;
    size_t k = 0;
    f->lines[k++] = 0;
    for (const char *p = f->text; (p = memchr(p, '\n', (size_t)(end - p))); p++) f->lines[k++] = (uint32_t)(p - f->text + 1);
    f->nlines = n;
    return true;
}

static char *src_dirname(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return fail_strdup(".");
    size_t n = (size_t)(slash - path);
    if (n == 0) n = 1;
    char *d = fail_malloc(n + 1);
    if (d) {
        memcpy(d, path, n);
        d[n] = '\0';
    }
    return d;
}

static bool src_reserve(src_set *s)
{
    if (s->count == 0) s->count = 1;   /* id 0 means "no file" */
    if (s->count < s->cap) return true;
    size_t cap = s->cap ? s->cap * 2 : 8;
    src_file *nf = fail_realloc(s->files, cap * sizeof *nf);
    if (!nf) return false;
    memset(nf + s->cap, 0, (cap - s->cap) * sizeof *nf);
    if (s->cap == 0) memset(nf, 0, sizeof *nf);
    s->files = nf;
    s->cap = cap;
    return true;
}

/* Adds text that is already in a malloc'd buffer of len + 2 bytes (owned
 * from here on, freed on failure too). */
static uint32_t src_add_owned(src_set *s, const char *path, char *text, size_t len, bool embedded)
{
    if (!src_reserve(s)) { free(text); return 0; }
    src_file *f = &s->files[s->count];
    memset(f, 0, sizeof *f);
    f->path = fail_strdup(path);
    f->dir = embedded ? NULL : src_dirname(path);
    f->text = text;
    f->embedded = embedded;
    if (!f->path || (!embedded && !f->dir) || !f->text) goto oom;
    f->text[len] = '\0';
    f->text[len + 1] = '\0';
    f->len = len;
    if (!src_build_lines(f)) goto oom;
    return (uint32_t)s->count++;
oom:
    free(f->path);
    free(f->dir);
    free(f->text);
    memset(f, 0, sizeof *f);
    return 0;
}

uint32_t src_add(src_set *s, const char *path, const char *text, size_t len, bool embedded)
{
    char *copy = fail_malloc(len + 2);   /* two NULs: flex scans the text in place */
    if (!copy) return 0;
    memcpy(copy, text, len);
    return src_add_owned(s, path, copy, len, embedded);
}

uint32_t src_read(src_set *s, const char *path, int *err)
{
    struct stat st;
    *err = 0;
    if (stat(path, &st) != 0) { *err = errno; return 0; }
    if (S_ISDIR(st.st_mode)) { *err = EISDIR; return 0; }
    if (!S_ISREG(st.st_mode)) { *err = SRC_NOT_REGULAR; return 0; }
    if ((uintmax_t)st.st_size > SRC_MAX_BYTES) { *err = EFBIG; return 0; }   /* without reading it */
    FILE *fp = fopen(path, "rb");
    if (!fp) { *err = errno; return 0; }
    af_note_fd(fileno(fp));   /* no command may write over it now (afile.h) */
    /* Read into a buffer of the file's size (and the two NULs), kept as the
     * text: no growing and no second copy of a big file.  It still grows if
     * the file does, up to the limit as before. */
    size_t cap = 65536, len = 0;
    if (S_ISREG(st.st_mode) && st.st_size > 0 && (uintmax_t)st.st_size + 2 < SRC_MAX_BYTES)
        cap = (size_t)st.st_size + 2;
    char *buf = fail_malloc(cap);
    if (!buf) { fclose(fp); *err = ENOMEM; return 0; }
    for (;;) {
        if (len == cap) {
            /* room for one byte past the limit, to tell a file of exactly
             * SRC_MAX_BYTES (read) from a longer one (refused) */
            if (cap > SRC_MAX_BYTES) { *err = EFBIG; break; }
            size_t ncap = cap * 2 < SRC_MAX_BYTES + 1 ? cap * 2 : SRC_MAX_BYTES + 1;
            char *nb = fail_realloc(buf, ncap);
            if (!nb) { *err = ENOMEM; break; }
            buf = nb;
            cap = ncap;
        }
        size_t got = fread(buf + len, 1, cap - len, fp);
        len += got;
        if (got == 0) {
            if (ferror(fp)) *err = errno ? errno : EIO;
            break;
        }
    }
    fclose(fp);
    if (len > SRC_MAX_BYTES) *err = EFBIG;
    uint32_t id = 0;
    if (*err == 0 && cap < len + 2) {
        char *nb = fail_realloc(buf, len + 2);
        if (nb) buf = nb;
        else *err = ENOMEM;
    }
    if (*err == 0) {
        id = src_add_owned(s, path, buf, len, false);
        if (!id) *err = ENOMEM;
    } else {
        free(buf);
    }
    return id;
}

const src_file *src_get(const src_set *s, uint32_t id)
{
    return (id > 0 && id < s->count) ? &s->files[id] : NULL;
}

static size_t src_line_index(const src_file *f, uint32_t off)
{
    size_t lo = 0, hi = f->nlines;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->lines[mid] <= off) lo = mid; else hi = mid;
    }
    return lo;
}

void src_linecol(const src_set *s, uint32_t file, uint32_t off, int *line, int *col)
{
    const src_file *f = src_get(s, file);
    if (!f) { *line = 0; *col = 0; return; }
    if (off > f->len) off = (uint32_t)f->len;
    size_t li = src_line_index(f, off);
    int c = 1;
    uint32_t from = f->lines[li];
    /* a byte order mark is not a character of the first line */
    if (li == 0 && f->len >= 3 && memcmp(f->text, "\xEF\xBB\xBF", 3) == 0 && off >= 3) from = 3;
    for (uint32_t i = from; i < off; i++)
        if (((unsigned char)f->text[i] & 0xC0) != 0x80) c++;
    *line = (int)li + 1;
    *col = c;
}

const char *src_line_text(const src_set *s, uint32_t file, uint32_t off, size_t *len)
{
    const src_file *f = src_get(s, file);
    if (!f) { *len = 0; return ""; }
    if (off > f->len) off = (uint32_t)f->len;
    size_t li = src_line_index(f, off);
    uint32_t a = f->lines[li];
    uint32_t b = li + 1 < f->nlines ? f->lines[li + 1] - 1 : (uint32_t)f->len;
    if (b > a && f->text[b - 1] == '\r') b--;
    if (li == 0 && b >= 3 && memcmp(f->text, "\xEF\xBB\xBF", 3) == 0) a = 3;   /* not the byte order mark */
    *len = b - a;
    return f->text + a;
}

loc loc_span(loc a, loc b)
{
    if (a.file == 0) return b;
    if (b.file == 0 || b.file != a.file) return a;
    loc r = a;
    if (b.start < r.start) r.start = b.start;
    if (b.end > r.end) r.end = b.end;
    return r;
}
