/* Unit tests for civic audit (interp/audit/): the CSV reader, against
 * Debian's libcsv on the same text (RFC 4180: quotes, embedded commas,
 * quotes and line breaks, CRLF, a byte-order mark, records longer than the
 * reader's block, and random records); a register's dates; the map read
 * from a register block, and its errors; and a run, where each row is its
 * own matter. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civic_test.h"
#include "audit.h"
#include "au_int.h"

#include <csv.h>

/* ---- the CSV reader ------------------------------------------------------------------------ */

/* A record as cells: "a|b|c" (cells joined by '|'). */
typedef struct rows {
    char **rec;
    size_t n, cap;
    char *cur;
    size_t ncur, capcur;
    bool any;
} rows;

static void rows_add_cell(rows *r, const char *s, size_t n)
{
    size_t need = r->ncur + n + 2;
    if (need > r->capcur) {
        r->capcur = need * 2;
        r->cur = realloc(r->cur, r->capcur);
        assert_non_null(r->cur);
    }
    if (r->any) r->cur[r->ncur++] = '|';
    memcpy(r->cur + r->ncur, s, n);
    r->ncur += n;
    r->cur[r->ncur] = '\0';
    r->any = true;
}

static void rows_end(rows *r)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 16;
        r->rec = realloc(r->rec, r->cap * sizeof *r->rec);
        assert_non_null(r->rec);
    }
    r->rec[r->n++] = strdup(r->cur ? r->cur : "");
    r->ncur = 0;
    r->any = false;
    if (r->cur) r->cur[0] = '\0';
}

static void rows_free(rows *r)
{
    for (size_t i = 0; i < r->n; i++) free(r->rec[i]);
    free(r->rec);
    free(r->cur);
    memset(r, 0, sizeof *r);
}

/* text (n bytes) as a register au_csv reads (csv_close ends it). */
static FILE *csv_open(const char *text, size_t n, au_csv *c)
{
    FILE *f = fmemopen((void *)text, n, "rb");
    assert_non_null(f);
    au_csv_init(c, f);
    return f;
}

static void csv_close(au_csv *c, FILE *f)
{
    au_csv_free(c);
    fclose(f);
}

/* The records of text as au_csv reads them. */
static void read_ours(const char *text, size_t len, rows *out)
{
    au_csv c;
    FILE *f = csv_open(text, len, &c);
    int got;
    while ((got = au_csv_next(&c)) > 0) {
        for (size_t i = 0; i < c.nfields; i++) rows_add_cell(out, c.fields[i].s, c.fields[i].len);
        if (!c.nfields) rows_add_cell(out, "", 0);
        rows_end(out);
    }
    assert_int_equal(got, 0);
    csv_close(&c, f);
}

static void lc_cell(void *s, size_t n, void *ctx) { rows_add_cell(ctx, s ? s : "", s ? n : 0); }
static void lc_end(int c, void *ctx) { (void)c; rows_end(ctx); }

/* The same with libcsv (strict: RFC 4180; a byte-order mark skipped first,
 * as libcsv does not). */
static void read_libcsv(const char *text, size_t len, rows *out)
{
    struct csv_parser p;
    assert_int_equal(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI), 0);
    csv_set_space_func(&p, NULL);
    csv_set_blk_size(&p, 1 << 16);   /* libcsv grows a cell 128 bytes at a time by default */
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) { text += 3; len -= 3; }
    assert_int_equal(csv_parse(&p, text, len, lc_cell, lc_end, out), len);
    assert_int_equal(csv_fini(&p, lc_cell, lc_end, out), 0);
    csv_free(&p);
}

static void same_as_libcsv(const char *text, size_t len)
{
    rows a = { 0 }, b = { 0 };
    read_ours(text, len, &a);
    read_libcsv(text, len, &b);
    assert_int_equal(a.n, b.n);
    for (size_t i = 0; i < a.n; i++) assert_string_equal(a.rec[i], b.rec[i]);
    rows_free(&a);
    rows_free(&b);
}

static void test_csv_plain_and_quoted(void **state)
{
    (void)state;
    const char *t = "id,received,member\n"
                    "E1,2025-12-23,\"Smith, Jo\"\n"
                    "E2,,\"carol \"\"CJ\"\" jones\"\n"
                    "E3,\"2025-12-24\",\"two\nlines\"\n"
                    "E4,x,\n";
    rows r = { 0 };
    read_ours(t, strlen(t), &r);
    assert_int_equal(r.n, 5);
    assert_string_equal(r.rec[0], "id|received|member");
    assert_string_equal(r.rec[1], "E1|2025-12-23|Smith, Jo");
    assert_string_equal(r.rec[2], "E2||carol \"CJ\" jones");
    assert_string_equal(r.rec[3], "E3|2025-12-24|two\nlines");
    assert_string_equal(r.rec[4], "E4|x|");
    rows_free(&r);
    same_as_libcsv(t, strlen(t));
}

static void test_csv_crlf_bom_lines(void **state)
{
    (void)state;
    const char *t = "\xEF\xBB\xBFRef,Officer\r\n\"R1\",\"a\r\nb\"\r\nR2,c\r\nR3,d";
    au_csv c;
    FILE *f = csv_open(t, strlen(t), &c);
    assert_int_equal(au_csv_next(&c), 1);
    assert_int_equal(c.rec_line, 1);
    assert_int_equal(c.nfields, 2);
    assert_int_equal(c.fields[0].len, 3);
    assert_memory_equal(c.fields[0].s, "Ref", 3);           /* the byte-order mark is not the header's */
    assert_memory_equal(c.fields[1].s, "Officer", 7);       /* nor the CR */
    assert_int_equal(au_csv_next(&c), 1);
    assert_int_equal(c.rec_line, 2);
    assert_int_equal(c.fields[1].len, 4);
    assert_memory_equal(c.fields[1].s, "a\r\nb", 4);
    assert_int_equal(au_csv_next(&c), 1);
    assert_int_equal(c.rec_line, 4);                        /* the quoted line break counted */
    assert_int_equal(au_csv_next(&c), 1);                   /* the last record, without a line end */
    assert_int_equal(c.rec_line, 5);
    assert_memory_equal(c.fields[1].s, "d", 1);
    assert_int_equal(au_csv_next(&c), 0);
    csv_close(&c, f);
    same_as_libcsv(t, strlen(t));
}

static void test_csv_unclosed_quote(void **state)
{
    (void)state;
    const char *t = "a,b\nx,\"never closed\n";
    au_csv c;
    FILE *f = csv_open(t, strlen(t), &c);
    assert_int_equal(au_csv_next(&c), 1);
    assert_false(c.unclosed);
    assert_int_equal(au_csv_next(&c), 1);
    assert_true(c.unclosed);
    assert_int_equal(au_csv_next(&c), 0);
    csv_close(&c, f);
}

/* A record longer than the reader's blocks (and a quoted cell in it). */
static void test_csv_long_record(void **state)
{
    (void)state;
    size_t n = 1u << 20;   /* four of the reader's blocks */
    char *t = malloc(n + 64);
    assert_non_null(t);
    size_t k = (size_t)sprintf(t, "a,b\nx,\"");
    for (size_t i = 0; i < n; i++) t[k++] = i % 1000 == 999 ? '\n' : (char)('a' + i % 26);
    k += (size_t)sprintf(t + k, "\",y\nlast,one\n");
    same_as_libcsv(t, k);
    free(t);
}

static uint64_t rng_state = 42;
static unsigned rnd(unsigned n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (unsigned)(rng_state % n);
}

/* Random records: unquoted cells of plain characters, quoted cells of
 * anything a register may hold (commas, quotes, CR, LF); LF or CRLF. */
static void test_csv_random_against_libcsv(void **state)
{
    (void)state;
    static const char plain[] = "abcXYZ019-/.";
    static const char any[] = "ab ,\"\r\n\xC3\xA9";
    for (int round = 0; round < 200; round++) {
        char buf[8192];
        size_t k = 0;
        int nrec = 1 + (int)rnd(20);
        for (int r = 0; r < nrec; r++) {
            int ncell = 2 + (int)rnd(6);
            for (int c = 0; c < ncell; c++) {
                if (c) buf[k++] = ',';
                int len = (int)rnd(8);
                if (rnd(2)) {
                    buf[k++] = '"';
                    for (int i = 0; i < len; i++) {
                        char ch = any[rnd(sizeof any - 1)];
                        buf[k++] = ch;
                        if (ch == '"') buf[k++] = '"';
                    }
                    buf[k++] = '"';
                } else {
                    for (int i = 0; i < len; i++) buf[k++] = plain[rnd(sizeof plain - 1)];
                }
            }
            if (r + 1 < nrec || rnd(2)) k += (size_t)sprintf(buf + k, rnd(2) ? "\r\n" : "\n");
        }
        same_as_libcsv(buf, k);
    }
}

/* Many short records, most without quotes (the one-pass splitter's path),
 * over several of the reader's blocks: records cut by a block's end. */
static void test_csv_blocks_against_libcsv(void **state)
{
    (void)state;
    static const char plain[] = "abcXYZ019-/.";   /* no spaces: libcsv trims them, civic audit's rows do */
    size_t cap = 400000, k = 0;
    char *buf = malloc(cap + 64);
    assert_non_null(buf);
    while (k < cap) {
        int ncell = 1 + (int)rnd(7);
        for (int c = 0; c < ncell; c++) {
            if (c) buf[k++] = ',';
            int len = (int)rnd(14);
            if (ncell == 1 && !len) len = 1;   /* a blank line is no record to libcsv (civic audit skips it) */
            bool quoted = rnd(40) == 0;
            if (quoted) buf[k++] = '"';
            for (int i = 0; i < len; i++) buf[k++] = plain[rnd(sizeof plain - 1)];
            if (quoted) buf[k++] = '"';
        }
        k += (size_t)sprintf(buf + k, rnd(3) ? "\n" : "\r\n");
    }
    same_as_libcsv(buf, k);
    free(buf);
}

/* A record holding a NUL byte says so (au_row then looks for it in the
 * names); one without says it holds none. */
static void test_csv_nul_flag(void **state)
{
    (void)state;
    static const char text[] = "id,name\nE1,bob\nE2,b\0b\nE3,a longer name than eight bytes\nE4,x\0y";
    au_csv c;
    FILE *f = csv_open(text, sizeof text - 1, &c);
    assert_int_equal(au_csv_next(&c), 1);
    assert_false(c.nul);
    assert_int_equal(au_csv_next(&c), 1);
    assert_false(c.nul);
    assert_int_equal(au_csv_next(&c), 1);
    assert_true(c.nul);
    assert_int_equal(c.fields[1].len, 3);
    assert_int_equal(au_csv_next(&c), 1);
    assert_false(c.nul);
    assert_int_equal(c.nfields, 2);
    assert_int_equal(au_csv_next(&c), 1);                   /* the last record, without a line end */
    assert_true(c.nul);
    assert_int_equal(c.fields[1].len, 3);
    assert_int_equal(au_csv_next(&c), 0);
    csv_close(&c, f);
}

/* ---- dates ------------------------------------------------------------------------------- */

static void test_dates(void **state)
{
    (void)state;
    dt_day d;
    assert_int_equal(au_parse_date("2025-12-23", 10, &d), 0);
    assert_int_equal(d, t_day("2025-12-23"));
    assert_int_equal(au_parse_date("23/12/2025", 10, &d), 0);
    assert_int_equal(d, t_day("2025-12-23"));
    assert_int_equal(au_parse_date("5/1/2026", 8, &d), 0);                /* the day first */
    assert_int_equal(d, t_day("2026-01-05"));
    assert_int_equal(au_parse_date("2025-02-30", 10, &d), 2);             /* no such day */
    assert_int_equal(au_parse_date("31/04/2025", 10, &d), 2);
    assert_int_equal(au_parse_date("23.12.2025", 10, &d), 1);             /* not a date */
    assert_int_equal(au_parse_date("2025-1-023", 10, &d), 1);
    assert_int_equal(au_parse_date("12/2025", 7, &d), 1);
    assert_int_equal(au_parse_date("", 0, &d), 1);
}

/* ---- the map ------------------------------------------------------------------------------- */

static const char protocol[] =
    "use \"roles\"\n"
    "[10.2] Officer must respond to enquiry from Member within 2 working days\n"
    "         otherwise acknowledge enquiry and give timescale within 2 working days\n";

static session *open_map(const char *block)
{
    size_t n = strlen(protocol) + strlen(block) + 1;
    char *text = malloc(n);
    assert_non_null(text);
    snprintf(text, n, "%s%s", protocol, block);
    session *s = t_open(text);
    free(text);
    return s;
}

static const char good_map[] =
    "register \"enquiries\" {\n"
    "  id \"id\", \"ref\"\n"
    "  received \"received\", \"date received\"\n"
    "  member \"member\" is Member\n"
    "  officer \"officer\" is Officer\n"
    "  responded \"responded\" optional\n"
    "  on received member sends enquiry to officer\n"
    "  on responded officer responds to enquiry\n"
    "}\n";

static void test_map_read(void **state)
{
    (void)state;
    session *s = open_map(good_map);
    au_map *maps;
    size_t n;
    assert_true(au_maps_build(&s->m, &maps, &n));
    assert_int_equal(s->dg.errors, 0);
    assert_int_equal(n, 1);
    const au_map *mp = &maps[0];
    assert_string_equal(mp->name, "enquiries");
    assert_int_equal(mp->ncols, 5);
    assert_int_equal(mp->id_col, 0);
    assert_int_equal(mp->cols[0].nheaders, 2);
    assert_string_equal(mp->cols[0].headers[1], "ref");
    assert_int_equal(mp->cols[1].kind, AC_DATE);
    assert_int_equal(mp->cols[2].kind, AC_PEOPLE);
    assert_int_equal(mp->cols[2].role, md_lookup_role(&s->m, "Member"));
    assert_true(mp->cols[4].optional);
    assert_int_equal(mp->nevs, 2);
    assert_int_equal(mp->evs[0].date_col, 1);
    assert_int_equal(mp->evs[1].date_col, 4);
    assert_int_equal(mp->nslots, 2);                       /* member and officer */
    assert_int_equal(mp->evs[0].actor.col, 2);
    assert_int_equal(mp->evs[0].target.col, 3);
    assert_int_equal(mp->evs[1].actor.col, 3);
    t_close(s);
}

static void expect_map_error(const char *block, const char *code)
{
    session *s = open_map(block);
    au_map *maps;
    size_t n;
    assert_true(au_maps_build(&s->m, &maps, &n));
    if (!t_find(&s->dg, code)) fail_msg("no '%s' for:\n%s", code, block);
    t_close(s);
}

static void test_map_errors(void **state)
{
    (void)state;
    expect_map_error("register \"r\" {\n  d \"d\"\n  m \"m\" is Memebr\n  on d m sends enquiry to Officer\n}\n", "unknown-role");
    expect_map_error("register \"r\" {\n  d \"d\"\n  m \"m\" is Member\n  on e m sends enquiry to Officer\n}\n", "unknown-column");
    expect_map_error("register \"r\" {\n  d \"d\"\n  m \"m\" is Member\n  on d mm sends enquiry to Officer\n}\n", "unknown-column");
    expect_map_error("register \"r\" {\n  d \"d\"\n  m \"m\" is Member\n  on d m sendz enquiry to Officer\n}\n", "unknown-action");
    expect_map_error("register \"r\" {\n  d \"d\"\n  m \"m\" is Member\n}\n", "bad-register");          /* no event */
    expect_map_error("register \"r\" {\n  d \"d\"\n  d \"e\"\n  on d Member sends enquiry to Officer\n}\n", "bad-register");
    expect_map_error("register \"r\" {\n  d \"d\" optional\n  on d Member sends enquiry to Officer\n}\n", "bad-register");
    expect_map_error("register \"r\" {\n  d \"d\"\n  on d Member sends enquiry\n}\n", "bad-register");     /* to whom? */
    expect_map_error("register \"r\" {\n  d\n  on d Member sends enquiry to Officer\n}\n", "bad-register");  /* no header */
}

/* ---- a run ---------------------------------------------------------------------------------- */

typedef struct found {
    char ids[64][16];
    bool breach[64];
    char codes[64][24];
    size_t nfound, nerr;
} found;

static void on_finding(void *ctx, const au_finding *f)
{
    found *x = ctx;
    assert_true(x->nfound < 64);
    snprintf(x->ids[x->nfound], sizeof x->ids[0], "%s", f->id);
    x->breach[x->nfound++] = f->breach;
}

static void on_rowerr(void *ctx, const au_rowerr *e)
{
    found *x = ctx;
    assert_true(x->nerr < 64);
    snprintf(x->codes[x->nerr++], sizeof x->codes[0], "%s", e->code);
}

static const au_summary *audit(session *s, const char *csv, found *x, au_run **rp)
{
    au_map *maps;
    size_t n;
    assert_true(au_maps_build(&s->m, &maps, &n));
    assert_int_equal(n, 1);
    memset(x, 0, sizeof *x);
    au_run *r = au_run_new(&s->m, &maps[0], t_day("2026-02-02"), (au_sink){ x, on_finding, on_rowerr });
    assert_non_null(r);
    FILE *f = fmemopen((void *)csv, strlen(csv), "rb");
    int err = 0;
    assert_int_equal(au_run_file(r, "t.csv", f, &err), 0);
    fclose(f);
    *rp = r;
    return au_run_summary(r);
}

/* E1 is never answered; bob's answer on E2 (the same two people, the same
 * day) meets E2's duty only. */
static void test_each_row_its_own_matter(void **state)
{
    (void)state;
    session *s = open_map(good_map);
    found x;
    au_run *r;
    const au_summary *sum = audit(s,
        "Ref,Member,Officer,Date Received,Responded\n"
        "E1,alice,bob,2025-12-23,\n"
        "E2,alice,bob,2025-12-23,2025-12-24\n"
        "E3,alice,bob,2025-12-23,2025-12-31\n", &x, &r);
    assert_int_equal(sum->rows, 3);
    assert_int_equal(sum->breaches, 2);
    assert_int_equal(x.nfound, 2);
    assert_string_equal(x.ids[0], "E1");
    assert_string_equal(x.ids[1], "E3");
    assert_int_equal(sum->nclauses, 1);
    assert_string_equal(sum->clauses[0].key, "10.2");
    assert_int_equal(sum->clauses[0].duties, 3);
    assert_int_equal(sum->clauses[0].met, 1);
    assert_int_equal(sum->clauses[0].breached, 2);
    assert_int_equal(sum->npeople, 1);
    assert_string_equal(sum->people[0].key, "bob");
    assert_int_equal(sum->nmonths, 1);
    assert_string_equal(sum->months[0].key, "2025-12");
    au_run_free(r);
    t_close(s);
}

static void test_bad_rows(void **state)
{
    (void)state;
    session *s = open_map(good_map);
    found x;
    au_run *r;
    const au_summary *sum = audit(s,
        "id,received,member,officer,responded\n"
        "B1,2025-02-30,alice,bob,\n"
        "B2,2025-03-03,alice\n"
        "B3,2025-03-03,alice,bob,2025-03-01\n"
        "B4,2025-03-03,alice,bob,2025-03-04\n"
        "B4,2025-03-03,alice,bob,2025-03-04\n"
        "B5,2025-03-03,alice,bob,2027-01-01\n"
        "B6,2026-01-30,alice,bob,\n", &x, &r);
    assert_int_equal(x.nerr, 5);
    assert_string_equal(x.codes[0], "bad-date");
    assert_string_equal(x.codes[1], "missing-cell");
    assert_string_equal(x.codes[2], "date-order");
    assert_string_equal(x.codes[3], "duplicate-id");
    assert_string_equal(x.codes[4], "after-today");
    assert_int_equal(sum->errors, 5);
    assert_int_equal(sum->rows, 2);
    assert_int_equal(sum->breaches, 0);
    assert_int_equal(sum->open, 1);                      /* B6: due 2026-02-03, after today */
    au_run_free(r);
    t_close(s);
}

/* A register without a column the map needs: one error, no row read. */
static void test_missing_column(void **state)
{
    (void)state;
    session *s = open_map(good_map);
    au_map *maps;
    size_t n;
    assert_true(au_maps_build(&s->m, &maps, &n));
    found x;
    memset(&x, 0, sizeof x);
    au_run *r = au_run_new(&s->m, &maps[0], t_day("2026-02-02"), (au_sink){ &x, on_finding, on_rowerr });
    const char *csv = "id,received,member\nE1,2025-12-23,alice\n";
    FILE *f = fmemopen((void *)csv, strlen(csv), "rb");
    int err = 0;
    assert_int_equal(au_run_file(r, "t.csv", f, &err), 1);
    fclose(f);
    assert_int_equal(x.nerr, 1);
    assert_string_equal(x.codes[0], "missing-column");
    const au_summary *sum = au_run_summary(r);
    assert_int_equal(sum->rows, 0);
    assert_int_equal(sum->errors, 0);
    assert_int_equal(sum->files_failed, 1);
    au_run_free(r);
    t_close(s);
}


/* ---- the memo against the engine -------------------------------------------------------------- */

/* A run's every finding, row error and count, as text, to compare two runs. */
typedef struct transcript {
    char *text;
    size_t n, cap;
} transcript;

static void tr_add(transcript *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void tr_add(transcript *t, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    assert_true(k >= 0 && (size_t)k < sizeof line);
    if (t->n + (size_t)k + 1 > t->cap) {
        t->cap = (t->n + (size_t)k + 1) * 2;
        t->text = realloc(t->text, t->cap);
        assert_non_null(t->text);
    }
    memcpy(t->text + t->n, line, (size_t)k + 1);
    t->n += (size_t)k;
}

static void tr_finding(void *ctx, const au_finding *f)
{
    tr_add(ctx, "F %s %ld %s %s %d %d %d %d %d %s %s\n", f->file, f->line, f->id, f->clause, f->norm, f->breach,
           f->forbidden, f->due, f->raised, f->person, f->what);
}

static void tr_rowerr(void *ctx, const au_rowerr *e)
{
    tr_add(ctx, "E %ld %zu %zu %s %s\n", e->line, e->col, e->end_col, e->code, e->msg);
}

static void tr_counts(transcript *t, const char *what, const au_count *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        tr_add(t, "%s %s %zu %zu %zu %zu %zu %d %d\n", what, c[i].key, c[i].duties, c[i].met, c[i].breached,
               c[i].departed, c[i].open, c[i].has_first_open, c[i].has_first_open ? c[i].first_open : 0);
}

/* The register through the map, with the memo or without: everything it said. */
static char *tr_audit(session *s, const char *csv, dt_day today, bool memo, size_t *hits)
{
    au_map *maps;
    size_t n;
    assert_true(au_maps_build(&s->m, &maps, &n));
    assert_int_equal(s->dg.errors, 0);
    assert_int_equal(n, 1);
    transcript t = { 0 };
    au_run *r = au_run_new(&s->m, &maps[0], today, (au_sink){ &t, tr_finding, tr_rowerr });
    assert_non_null(r);
    au_run_memo(r, memo);
    FILE *f = fmemopen((void *)csv, strlen(csv), "rb");
    int err = 0;
    assert_int_equal(au_run_file(r, "t.csv", f, &err), 0);
    fclose(f);
    const au_summary *sum = au_run_summary(r);
    tr_add(&t, "S %zu %zu %zu %zu %zu\n", sum->rows, sum->errors, sum->breaches, sum->departures, sum->open);
    tr_counts(&t, "C", sum->clauses, sum->nclauses);
    tr_counts(&t, "P", sum->people, sum->npeople);
    tr_counts(&t, "M", sum->months, sum->nmonths);
    *hits = au_run_memo_hits(r);
    au_run_free(r);
    return t.text;
}

static unsigned t_rand(unsigned *x)
{
    *x = *x * 1103515245u + 12345u;
    return (*x >> 16) & 0x7FFF;
}

/* A cell of a day `off` days after d (or empty, one time in `empty`). */
static void t_cell_day(transcript *t, dt_day d, unsigned *seed, unsigned empty)
{
    char buf[11];
    if (t_rand(seed) % empty == 0) { tr_add(t, ","); return; }
    dt_format(d + (dt_day)(t_rand(seed) % 20), buf);
    tr_add(t, ",%s", buf);
}

/* n rows raised in 2015-2027 (many around Christmas and Easter), answered
 * (or not) some days on; some people are roles by name (an `is role` column). */
static char *t_register(size_t n, unsigned seed, const char *header, bool roles, const char *const *officers)
{
    static const char *const role_names[] = { "Officer", "Clerk", "Member", "DeputyClerk" };
    transcript t = { 0 };
    tr_add(&t, "%s\n", header);
    dt_day first = t_day("2015-01-01");
    for (size_t i = 0; i < n; i++) {
        dt_day d = first + (dt_day)(t_rand(&seed) % 4745);
        if (i % 5 == 0) d = t_day("2025-12-19") + (dt_day)(t_rand(&seed) % 18);
        char day[11];
        dt_format(d, day);
        unsigned m = t_rand(&seed) % 7, o = t_rand(&seed) % 9;
        if (officers) tr_add(&t, "R%zu,%s,m%u,%s", i + 1, day, m, officers[o % 2]);
        else tr_add(&t, "R%zu,%s,m%u,o%u", i + 1, day, m, o);
        if (roles) tr_add(&t, ",%s", role_names[t_rand(&seed) % 4]);
        t_cell_day(&t, d, &seed, 3);   /* acknowledged, or instructed */
        t_cell_day(&t, d, &seed, 4);   /* responded */
        tr_add(&t, "\n");
    }
    return t.text;
}

/* The two runs the same; the memo answered `hit` rows at least (0: none). */
static void expect_same_runs_hits(const char *protocol_text, const char *csv, dt_day today, size_t hit)
{
    session *s = t_open(protocol_text);
    size_t hits_on, hits_off;
    char *on = tr_audit(s, csv, today, true, &hits_on);
    char *off = tr_audit(s, csv, today, false, &hits_off);
    assert_int_equal(hits_off, 0);
    if (hit) assert_true(hits_on >= hit);   /* the memo answered rows: the comparison is of two ways */
    else assert_int_equal(hits_on, 0);
    if (strcmp(on, off) != 0) {
        size_t i = 0;
        while (on[i] == off[i]) i++;
        while (i > 0 && on[i - 1] != '\n') i--;
        fail_msg("the memo and the engine differ at:\n  memo:   %.200s\n  engine: %.200s", on + i, off + i);
    }
    free(on);
    free(off);
    t_close(s);
}

static void expect_same_runs(const char *protocol_text, const char *csv, dt_day today)
{
    expect_same_runs_hits(protocol_text, csv, today, 100);
}

/* A fallback, a target before its cap, a time in hours, a prohibition, a
 * "counts as" line, a "should" rule and a rule of one role only, on
 * thousands of rows: every finding and count the same with the memo as
 * with the engine alone. */
static const char memo_protocol[] =
    "use \"roles\"\n"
    "[10.2] Officer must respond to enquiry from Member within 2 working days\n"
    "         otherwise acknowledge enquiry and give timescale within 2 working days\n"
    "[10.3] Clerk must respond to enquiry as soon as possible and at the latest within 5 working days\n"
    "[10.4] Officer should acknowledge enquiry from Member within 1 working day\n"
    "[10.6] DeputyClerk must respond to enquiry within 30 hours\n"
    "[8.1] Member must not instruct Officer\n"
    "[8.2] Officer should not instruct Member\n"
    "[10.5] respond to enquiry counts as acknowledge enquiry\n";

static const char memo_map[] =
    "register \"enquiries\" {\n"
    "  id \"id\"\n"
    "  received \"received\"\n"
    "  member \"member\" is Member\n"
    "  officer \"officer\" is Officer\n"
    "  acknowledged \"acknowledged\" optional\n"
    "  responded \"responded\"\n"
    "  on received member sends enquiry to officer\n"
    "  on acknowledged officer acknowledges enquiry and gives timescale\n"
    "  on responded officer responds to enquiry\n"
    "}\n";

static const char memo_role_map[] =
    "register \"instructions\" {\n"
    "  id \"id\"\n"
    "  received \"received\"\n"
    "  member \"member\" is Member\n"
    "  officer \"officer\" is role\n"
    "  instructed \"instructed\" optional\n"
    "  responded \"responded\"\n"
    "  on received member sends enquiry to officer\n"
    "  on instructed member instructs officer\n"
    "  on responded officer responds to enquiry\n"
    "}\n";

static void test_memo_same_as_engine(void **state)
{
    (void)state;
    size_t n = strlen(memo_protocol) + strlen(memo_map) + 1;
    char *text = malloc(n);
    assert_non_null(text);
    snprintf(text, n, "%s%s", memo_protocol, memo_map);
    char *csv = t_register(4000, 7, "id,received,member,officer,acknowledged,responded", false, NULL);
    expect_same_runs(text, csv, t_day("2026-01-02"));   /* some rows after today: errors, open duties */
    expect_same_runs(text, csv, t_day("2028-01-01"));
    free(csv);
    free(text);
}

static void test_memo_same_as_engine_roles(void **state)
{
    (void)state;
    size_t n = strlen(memo_protocol) + strlen(memo_role_map) + 1;
    char *text = malloc(n);
    assert_non_null(text);
    snprintf(text, n, "%s%s", memo_protocol, memo_role_map);
    char *csv = t_register(4000, 11, "id,received,member,ignored,officer,instructed,responded", true, NULL);
    expect_same_runs(text, csv, t_day("2028-01-01"));
    free(csv);
    free(text);
}

/* A person whose office begins on a day (carol is the Clerk from 2020):
 * her rows turn on the day otherwise than by order, and go through the
 * engine; dave's, held for good, through the memo. */
static void test_memo_dated_holdings(void **state)
{
    (void)state;
    static const char text[] =
        "use \"roles\"\n"
        "[10.2] Officer must respond to enquiry from Member within 2 working days\n"
        "[10.3] Clerk must respond to enquiry within 5 working days\n"
        "person carol is Clerk from 2020-01-01\n"
        "person dave is Officer\n"
        "register \"r\" {\n"
        "  id \"id\"\n"
        "  received \"received\"\n"
        "  member \"member\" is Member\n"
        "  officer \"officer\" is person\n"
        "  acknowledged \"acknowledged\" optional\n"
        "  responded \"responded\" optional\n"
        "  on received member sends enquiry to officer\n"
        "  on responded officer responds to enquiry\n"
        "}\n";
    static const char *const both[] = { "carol", "dave" }, *const hers[] = { "carol", "carol" };
    char *csv = t_register(3000, 5, "id,received,member,officer,acknowledged,responded", false, both);
    expect_same_runs_hits(text, csv, t_day("2028-01-01"), 100);
    free(csv);
    csv = t_register(500, 5, "id,received,member,officer,acknowledged,responded", false, hers);
    expect_same_runs_hits(text, csv, t_day("2028-01-01"), 0);
    free(csv);
}

/* Rows raised over three centuries, some on the last days Civic knows:
 * the engine keeps the deadlines it works out in tables of some 180 years
 * around the first day asked about (sim_deadline_from, daytab.h) and works
 * out the others anew, and a deadline past the last year cannot be worked
 * out.  Everything the same with the memo as without it.  (The tables
 * themselves are checked against md_deadline_from in test_sim.c.) */
static void test_memo_days_far_apart(void **state)
{
    (void)state;
    static const char calendar[] = "protocol \"p\" {\n  calendar england-and-wales\n}\n";
    size_t n = strlen(calendar) + strlen(memo_protocol) + strlen(memo_map) + 1;
    char *text = malloc(n);
    assert_non_null(text);
    snprintf(text, n, "%s%s%s", calendar, memo_protocol, memo_map);
    transcript t = { 0 };
    tr_add(&t, "id,received,member,officer,acknowledged,responded\n");
    dt_day first = t_day("1900-01-01"), last = t_day("2200-12-31");
    unsigned seed = 3;
    for (size_t i = 0; i < 3000; i++) {
        dt_day d = first + (dt_day)((t_rand(&seed) << 15 | t_rand(&seed)) % (unsigned)(last - first - 30));
        if (i % 7 == 0) d = last - (dt_day)(t_rand(&seed) % 6);   /* a deadline past 2200 */
        char day[11];
        dt_format(d, day);
        tr_add(&t, "R%zu,%s,m%u,o%u", i + 1, day, t_rand(&seed) % 5, t_rand(&seed) % 5);
        tr_add(&t, ",");   /* acknowledged: never */
        if (t_rand(&seed) % 3 && d + 20 <= last) t_cell_day(&t, d, &seed, 1000);
        else tr_add(&t, ",");
        tr_add(&t, "\n");
    }
    expect_same_runs(text, t.text, last);
    free(t.text);
    free(text);
}

/* The ids seen: one of the first id's prefix and a number is a bit; any
 * other (a leading zero, ten digits, another prefix, no number) is kept
 * whole; each is new once. */
static void test_ids(void **state)
{
    (void)state;
    au_ids d;
    au_ids_init(&d);
    static const char *const ids[] = { "E17", "E017", "E0", "E00", "E1234567890", "E123456789", "X17", "17", "E",
                                       "e17", "E17a", "E268435456", "E268435455", "" };
    for (size_t k = 0; k < 2; k++)
        for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
            assert_int_equal(au_ids_add(&d, ids[i], strlen(ids[i])), k == 0 ? 1 : 0);
    assert_int_equal(d.nprefix, 1);
    assert_int_equal(d.nkeys, 10);   /* all but E17, E0, E123456789 and E268435455 (under 2^28) */
    au_ids_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csv_plain_and_quoted),
        cmocka_unit_test(test_csv_crlf_bom_lines),
        cmocka_unit_test(test_csv_unclosed_quote),
        cmocka_unit_test(test_csv_long_record),
        cmocka_unit_test(test_csv_random_against_libcsv),
        cmocka_unit_test(test_csv_blocks_against_libcsv),
        cmocka_unit_test(test_csv_nul_flag),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_map_read),
        cmocka_unit_test(test_map_errors),
        cmocka_unit_test(test_each_row_its_own_matter),
        cmocka_unit_test(test_bad_rows),
        cmocka_unit_test(test_missing_column),
        cmocka_unit_test(test_memo_same_as_engine),
        cmocka_unit_test(test_memo_same_as_engine_roles),
        cmocka_unit_test(test_memo_dated_holdings),
        cmocka_unit_test(test_memo_days_far_apart),
        cmocka_unit_test(test_ids),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
