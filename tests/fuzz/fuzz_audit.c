/* fuzz_audit — a register (the input) through a map, as `civic audit`
 * does: read as CSV, each row checked and run as its own matter, findings,
 * bad rows and the summary written as text, JSON or CSV (the input's size
 * picks the map and the form).
 *
 * Differential as well: the same register is audited with the memo (rows
 * answered from earlier rows of the same shape, interp/sim/sim_memo.c) and
 * without it, and the two outputs must be the same, byte for byte; a
 * difference aborts with both.  The maps are loaded once. */
#include "fuzz_common.h"
#include "audit.h"
#include "audit_render.h"
#include "session.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const fz_maps[] = {
    CIVIC_FUZZ_ROOT "/protocols/houghton-regis.register.civic",   /* fixed roles, an optional column */
    CIVIC_FUZZ_ROOT "/tests/audit/named.register.civic",          /* declared people, a role by name */
};
enum { FZ_NMAPS = sizeof fz_maps / sizeof fz_maps[0] };

static session fz_s[FZ_NMAPS];
static const au_map *fz_map[FZ_NMAPS];

static const au_map *fz_load(size_t k)
{
    if (fz_map[k]) return fz_map[k];
    int err = 0;
    au_map *maps;
    size_t n;
    if (ss_open(&fz_s[k], fz_maps[k], fz_today(), &err) != 0 || ss_errors(&fz_s[k]) ||
        !au_maps_build(&fz_s[k].m, &maps, &n) || n != 1) {
        fprintf(stderr, "fuzz_audit: %s does not load cleanly\n", fz_maps[k]);
        abort();
    }
    return fz_map[k] = &maps[0];
}

/* The register audited through map k in form fmt, the memo on or off:
 * everything written, in a malloc'd string (*len bytes). */
static char *fz_audit(size_t k, ao_format fmt, bool memo, const uint8_t *data, size_t size, size_t *len)
{
    session *s = &fz_s[k];
    const au_map *mp = fz_load(k);
    char *text = NULL;
    FILE *out = open_memstream(&text, len);
    if (!out) abort();
    static const char *const reg[] = { "register.csv" };
    ao_out o;
    ao_begin(&o, fmt, out, out, &s->m, fz_maps[k], mp->name, reg, 1, fz_today());
    au_run *r = au_run_new(&s->m, mp, fz_today(), ao_sink(&o));
    if (!r) abort();
    au_run_memo(r, memo);
    /* fmemopen refuses a buffer of 0 bytes: the empty register is read from /dev/null */
    FILE *f = size ? fmemopen((void *)data, size, "rb") : fopen("/dev/null", "rb");
    if (!f) abort();
    int err = 0;
    int got = au_run_file(r, reg[0], f, &err);
    fclose(f);
    if (got == 2 || got == 3) {   /* a register in memory is always read; memory runs out only under -rss_limit_mb */
        fprintf(stderr, "fuzz_audit: au_run_file returned %d (error %d)\n", got, err);
        abort();
    }
    const au_summary *sum = au_run_summary(r);
    if (sum->rows + sum->errors > size + 1) {   /* a row is at least a line end */
        fprintf(stderr, "fuzz_audit: %zu rows and %zu errors from %zu bytes\n", sum->rows, sum->errors, size);
        abort();
    }
    dg_sink none;
    dg_init(&none);
    ao_end(&o, sum, &none, &s->ld.src, got == 0 && !sum->errors);
    dg_free(&none);
    au_run_free(r);
    fclose(out);
    return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t k = size % FZ_NMAPS;
    ao_format fmt = (size / FZ_NMAPS) % 3 == 0 ? AO_TEXT : (size / FZ_NMAPS) % 3 == 1 ? AO_JSON : AO_CSV;
    size_t n_on, n_off;
    char *on = fz_audit(k, fmt, true, data, size, &n_on);
    char *off = fz_audit(k, fmt, false, data, size, &n_off);
    if (n_on != n_off || memcmp(on, off, n_on) != 0) {
        size_t i = 0;
        while (i < n_on && i < n_off && on[i] == off[i]) i++;
        fprintf(stderr, "fuzz_audit: the memo and the engine differ at byte %zu:\n  memo:   %.300s\n  engine: %.300s\n", i,
                on + (i < n_on ? i : n_on), off + (i < n_off ? i : n_off));
        abort();
    }
    free(on);
    free(off);
    return 0;
}
