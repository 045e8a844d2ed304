/* fuzz_run — load the input as a protocol with scenarios and, when it
 * checks cleanly (as `civic run` and `civic test` require), run every
 * scenario with sim_run, streaming the whole timeline to a sink that renders
 * every entry as text and as JSON.  The input is named as if it sat in protocols/, so the
 * councils' scenario files (`use "houghton-regis"`) work as seeds. */
#include "fuzz_common.h"
#include "session.h"
#include "sim.h"
#include "timeline.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fz_sink(void *ctx, const sim_entry *e)
{
    const tl_ctx *c = ctx;
    FILE *out = fz_null();
    tl_text_entry(out, c, e);
    js_out j;
    js_init(&j, out);
    tl_json_entry(&j, c, "fuzz", e);
    js_done(&j);
    ar_reset(c->ar);
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
        arena scratch, texts;
        ar_init(&scratch);
        ar_init(&texts);
        for (size_t i = 0; i < s.m.nscens; i++) {
            tl_ctx c = { &s.m, &s.m.scens[i], &s.ld.src, &texts };
            sim_run(&s.m, &s.m.scens[i], fz_today(), &scratch, fz_sink, &c, true);
            ar_reset(&scratch);
            sim_run(&s.m, &s.m.scens[i], fz_today(), &scratch, fz_sink, &c, false);
            ar_reset(&scratch);
        }
        ar_free(&scratch);
        ar_free(&texts);
    }
    ss_close(&s);
    return 0;
}
