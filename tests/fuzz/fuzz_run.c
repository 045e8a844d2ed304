/* fuzz_run — load the input as a protocol with scenarios and, when it
 * checks cleanly (as `civic run` and `civic test` require), run every
 * scenario with sim_run, streaming the whole timeline to a sink that reads
 * every entry.  The input is named as if it sat in protocols/, so the
 * councils' scenario files (`use "houghton-regis"`) work as seeds. */
#include "fuzz_common.h"
#include "session.h"
#include "sim.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fz_sink(void *ctx, const sim_entry *e)
{
    FILE *out = ctx;
    char d[11];
    dt_format(e->day, d);
    fprintf(out, "%s %d %s %s %s", d, e->minute, sim_kind_name(e->kind), e->clause ? e->clause : "-",
            e->text ? e->text : "");
    for (int i = 0; i < 4 && e->people[i]; i++) fprintf(out, " %s", e->people[i]);
    fputc('\n', out);
}

/* A file that checks cleanly keeps every event and expectation it wrote: one
 * dropped without an error would silently not be tested. */
static void fz_nothing_dropped(const session *s)
{
    size_t k = 0;
    for (size_t u = 0; u < s->ld.nunits; u++) {
        if (!s->ld.units[u].root) continue;
        for (const ast_decl *d = s->ld.units[u].ast.decls; d; d = d->next) {
            if (d->kind != D_SCENARIO) continue;
            size_t n = 0;
            for (const ast_sitem *it = d->u.scenario.items; it; it = it->next)
                n += it->kind == SI_EVENT || it->kind == SI_EXPECT;
            if (k >= s->m.nscens || s->m.scens[k].nitems != n) {
                fprintf(stderr, "fuzz_run: scenario \"%s\" lost items without an error\n", d->u.scenario.name);
                abort();
            }
            k++;
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    session s;
    ss_open_text(&s, CIVIC_FUZZ_ROOT "/protocols/fuzz-input.test.civic", (const char *)data, size, fz_today());
    if (ss_errors(&s) == 0) {
        fz_nothing_dropped(&s);
        for (size_t i = 0; i < s.m.nscens; i++) {
            sim_run(&s.m, &s.m.scens[i], fz_today(), fz_sink, fz_null(), true);
            sim_run(&s.m, &s.m.scens[i], fz_today(), fz_sink, fz_null(), false);
        }
    }
    ss_close(&s);
    return 0;
}
