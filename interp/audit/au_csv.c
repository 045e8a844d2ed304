/* au_csv — a register's CSV, RFC 4180, a record at a time (audit.h).
 *
 * Written here rather than taken from libcsv: libcsv reads a byte at a time
 * through a state machine and copies every cell, which alone took twice the
 * time of the whole hand-written check civic audit is measured against
 * (tests/bench, "audit"); this reader finds a record's end and splits its
 * cells in one pass, eight bytes at a time (ac_scan), and copies only cells
 * in quotes.  The unit tests check it against libcsv on quoted cells,
 * embedded commas, quotes and line breaks, CRLF, a byte-order mark, random
 * records and records across many blocks (tests/unit/test_audit.c).
 *
 * The file is read into one buffer of 4 * AU_BLOCK (at least AU_BLOCK at a
 * time), small enough that what the kernel copies in is still in the cache
 * when it is split (a buffer of 1 MiB made reading a third of an audit); a
 * record is found whole in it (the buffer grows for a record longer than
 * itself), and its cells point into it, or into `scratch` for a quoted cell. */
#include "audit.h"
#include "fail.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { AU_BLOCK = 1 << 14 };

void au_csv_init(au_csv *c, FILE *f)
{
    memset(c, 0, sizeof *c);
    c->f = f;
    c->line = 1;
    c->first = true;
}

void au_csv_free(au_csv *c)
{
    free(c->buf);
    free(c->scratch);
    free(c->fields);
    memset(c, 0, sizeof *c);
}

/* More of the file after what is unread; false at the end or on an error. */
static bool ac_fill(au_csv *c)
{
    if (c->eof) return false;
    if (c->start > 0) {
        memmove(c->buf, c->buf + c->start, c->end - c->start);
        c->end -= c->start;
        c->start = 0;
    }
    if (c->cap - c->end < AU_BLOCK) {
        size_t cap = c->cap ? c->cap * 2 : 4 * (size_t)AU_BLOCK;
        char *nb = fail_realloc(c->buf, cap + 1);
        if (!nb) { c->oom = true; return false; }
        c->buf = nb;
        c->cap = cap;
    }
    size_t got = fread(c->buf + c->end, 1, c->cap - c->end, c->f);
    c->end += got;
    if (got == 0) {
        if (ferror(c->f)) { c->error = true; c->err = errno ? errno : EIO; }
        c->eof = true;
        return false;
    }
    return true;
}

static bool ac_field(au_csv *c, const char *s, size_t len, size_t off, size_t end);

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define AC_WORDS 1
/* The high bit of each byte of v that is zero (exactly: no borrow from one
 * byte into the next). */
static uint64_t ac_zeros(uint64_t v)
{
    const uint64_t lo7 = 0x7F7F7F7F7F7F7F7FULL;
    return ~(((v & lo7) + lo7) | v | lo7);
}
#else
#define AC_WORDS 0
#endif

typedef enum { AC_SPLIT, AC_QUOTED, AC_MORE, AC_NOMEM } ac_got;

/* The cells of the record at p, up to its line end (at_end: or the end of
 * the bytes in hand, the file's), in one pass over the bytes in hand (n):
 * its commas, its end, and whether it holds a quote or a NUL byte, eight
 * bytes at a time where the machine allows (a byte at a time, or a memchr
 * a cell, was a twentieth of an audit; a memchr for the line end and a
 * pass for the commas, a sixth).  AC_SPLIT (the cells kept, *nl the line
 * end's offset), AC_QUOTED (nothing kept: the caller reads the quotes),
 * AC_MORE (no line end in hand), AC_NOMEM. */
static ac_got ac_scan(au_csv *c, const char *p, size_t n, bool at_end, size_t *nl)
{
    size_t at = 0, i = 0, end = n;
    bool found = false;
    c->nfields = 0;
    c->nul = false;
#if AC_WORDS
    const uint64_t commas = 0x2C2C2C2C2C2C2C2CULL, quotes = 0x2222222222222222ULL, lines = 0x0A0A0A0A0A0A0A0AULL;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        uint64_t line = ac_zeros(w ^ lines), keep = ~0ULL;
        if (line) {   /* the bytes before the line end only */
            unsigned j = (unsigned)__builtin_ctzll(line) >> 3;
            keep = j ? ~0ULL >> (64 - 8 * j) : 0;
            end = i + j;
            found = true;
        }
        if (ac_zeros(w ^ quotes) & keep) return AC_QUOTED;
        if (ac_zeros(w) & keep) c->nul = true;
        for (uint64_t m = ac_zeros(w ^ commas) & keep; m; m &= m - 1) {
            size_t j = i + (size_t)(__builtin_ctzll(m) >> 3);
            if (!ac_field(c, p + at, j - at, at, j)) return AC_NOMEM;
            at = j + 1;
        }
        if (found) break;
    }
#endif
    for (; !found && i < n; i++) {
        if (p[i] == '\n') { end = i; found = true; break; }
        if (p[i] == '"') return AC_QUOTED;
        if (p[i] == '\0') c->nul = true;
        if (p[i] != ',') continue;
        if (!ac_field(c, p + at, i - at, at, i)) return AC_NOMEM;
        at = i + 1;
    }
    if (!found && !at_end) return AC_MORE;
    size_t last = end > at && p[end - 1] == '\r' ? end - 1 : end;   /* CRLF */
    if (!ac_field(c, p + at, last - at, at, last)) return AC_NOMEM;
    *nl = end;
    return AC_SPLIT;
}

/* The end of the record at c->start (the offset of its '\n', or c->end at
 * the end of the file), reading more as needed; sets *quoted when it holds
 * a quote.  A record with none is split into its cells on the way.
 * (size_t)-1 on an error. */
static size_t ac_record_end(au_csv *c, bool *quoted)
{
    for (;;) {
        const char *p = c->buf + c->start, *e = c->buf + c->end;
        size_t nl;
        *quoted = false;
        ac_got got = ac_scan(c, p, (size_t)(e - p), c->eof, &nl);
        if (got == AC_SPLIT) return c->start + nl;
        if (got == AC_NOMEM) return (size_t)-1;
        if (got == AC_QUOTED) {   /* a newline inside quotes does not end the record */
            *quoted = true;
            bool in = false;
            for (const char *s = p; s < e; s++) {
                if (*s == '"') in = !in;
                else if (*s == '\n' && !in) { c->unclosed = false; return (size_t)(s - c->buf); }
            }
            c->unclosed = in;
        }
        if (c->end - c->start > AU_MAX_RECORD) { c->toolong = true; return (size_t)-1; }
        if (c->eof) return c->end;   /* the last record, with no line end after it: split above, unless quoted */
        if (!ac_fill(c) && (c->error || c->oom)) return (size_t)-1;
    }
}

static bool ac_field(au_csv *c, const char *s, size_t len, size_t off, size_t end)
{
    if (c->nfields == c->capfields) {
        size_t cap = c->capfields ? c->capfields * 2 : 16;
        au_field *nf = fail_realloc(c->fields, cap * sizeof *nf);
        if (!nf) { c->oom = true; return false; }
        c->fields = nf;
        c->capfields = cap;
    }
    c->fields[c->nfields++] = (au_field){ s, len, off, end };
    return true;
}

/* A quoted cell from rec[*at] (the opening quote), unquoted into scratch
 * (big enough for the record, so never moved while it is read): "" is a
 * quote; what follows the closing quote up to the comma is kept. */
static bool ac_quoted(au_csv *c, const char *rec, size_t len, size_t *at)
{
    size_t i = *at + 1, from = c->nscratch;
    for (; i < len; i++) {
        if (rec[i] == '"') {
            if (i + 1 < len && rec[i + 1] == '"') i++;
            else { i++; break; }
        }
        c->scratch[c->nscratch++] = rec[i];
    }
    while (i < len && rec[i] != ',') c->scratch[c->nscratch++] = rec[i++];
    bool ok = ac_field(c, c->scratch + from, c->nscratch - from, *at, i);
    *at = i;
    return ok;
}

static bool ac_cells(au_csv *c, const char *rec, size_t len)
{
    if (c->capscratch < len + 1) {
        char *ns = fail_realloc(c->scratch, len + 1);
        if (!ns) { c->oom = true; return false; }
        c->scratch = ns;
        c->capscratch = len + 1;
    }
    c->nscratch = 0;
    size_t at = 0;
    for (;;) {
        if (at < len && rec[at] == '"') {
            if (!ac_quoted(c, rec, len, &at)) return false;
        } else {
            const char *comma = memchr(rec + at, ',', len - at);
            size_t stop = comma ? (size_t)(comma - rec) : len;
            if (!ac_field(c, rec + at, stop - at, at, stop)) return false;
            at = stop;
        }
        if (at >= len) break;
        at++;   /* the comma */
    }
    return true;
}

int au_csv_next(au_csv *c)
{
    if (c->first) {
        c->first = false;
        while (c->end - c->start < 3 && ac_fill(c)) {}
        if (c->end - c->start >= 3 && memcmp(c->buf + c->start, "\xEF\xBB\xBF", 3) == 0) c->start += 3;
    }
    if (c->start >= c->end && !ac_fill(c)) return c->error || c->oom ? -1 : 0;
    bool quoted;
    c->unclosed = false;
    size_t stop = ac_record_end(c, &quoted);
    if (stop == (size_t)-1) return -1;
    const char *rec = c->buf + c->start;
    size_t len = stop - c->start;
    c->rec_line = c->line;
    c->line++;
    if (quoted)
        for (size_t i = 0; i < len; i++) c->line += rec[i] == '\n';
    c->start = stop < c->end ? stop + 1 : stop;
    if (len && rec[len - 1] == '\r') len--;
    c->rec = rec;
    c->rec_len = len;
    if (quoted) {
        c->nfields = 0;
        c->nul = true;   /* not looked for: au_row looks */
        if (!ac_cells(c, rec, len)) return -1;
    }
    return c->oom ? -1 : 1;
}
