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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    session s;
    ss_open_text(&s, CIVIC_FUZZ_ROOT "/protocols/fuzz-input.test.civic", (const char *)data, size, fz_today());
    if (ss_errors(&s) == 0) {
        for (size_t i = 0; i < s.m.nscens; i++) {
            sim_run(&s.m, &s.m.scens[i], fz_today(), fz_sink, fz_null(), true);
            sim_run(&s.m, &s.m.scens[i], fz_today(), fz_sink, fz_null(), false);
        }
    }
    ss_close(&s);
    return 0;
}
