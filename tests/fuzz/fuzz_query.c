/* fuzz_query — one query (the input) against a loaded real protocol, in
 * text and in JSON, as `civic query` does.  The protocols are loaded once
 * and reloaded every FZ_RELOAD inputs, because each query adds its text to
 * the source set and its answer's strings to the arena. */
#include "fuzz_common.h"
#include "query.h"
#include "report.h"
#include "session.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { FZ_RELOAD = 2000 };

static const char *const fz_protocols[] = {
    CIVIC_FUZZ_ROOT "/protocols/houghton-regis.civic",
    CIVIC_FUZZ_ROOT "/protocols/reigate-banstead.civic",
    CIVIC_FUZZ_ROOT "/protocols/newent.civic",
    CIVIC_FUZZ_ROOT "/protocols/wadhurst.civic",
    CIVIC_FUZZ_ROOT "/tests/scenarios/engine.civic",
};
enum { FZ_NPROT = sizeof fz_protocols / sizeof fz_protocols[0] };

static session fz_s[FZ_NPROT];
static bool fz_open[FZ_NPROT];
static unsigned long fz_runs;

static session *fz_session(size_t k)
{
    if (fz_open[k] && fz_runs % FZ_RELOAD == 0) {
        ss_close(&fz_s[k]);
        fz_open[k] = false;
    }
    if (!fz_open[k]) {
        int err = 0;
        if (ss_open(&fz_s[k], fz_protocols[k], fz_today(), &err) != 0 || ss_errors(&fz_s[k])) {
            fprintf(stderr, "fuzz_query: %s does not load cleanly\n", fz_protocols[k]);
            abort();
        }
        fz_open[k] = true;
    }
    return &fz_s[k];
}

static void fz_query(session *s, const char *text, bool json)
{
    FILE *out = fz_null();
    dg_clear(&s->dg);
    q_ctx q = { &s->m, &s->dg, out, json, fz_today(), false, NULL, NULL };
    int rc = q_run(&q, text);
    /* A query that fails says why: a status of 1 with nothing reported
     * would leave `civic query` silent. */
    if (rc != 0 && s->dg.count == 0 && !s->dg.oom) {
        fprintf(stderr, "fuzz_query: q_run failed without a diagnostic: '%s'\n", text);
        abort();
    }
    if (rc != 0 || s->dg.errors || s->dg.oom) {
        if (json) {
            js_out j;
            js_init(&j, out);
            js_arr(&j);
            rp_json_items(&s->dg, &s->ld.src, &j);
            js_arr_end(&j);
            js_done(&j);
        } else {
            rp_text(&s->dg, &s->ld.src, out, false);
        }
    }
    dg_clear(&s->dg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fz_cstr(data, size);
    fz_runs++;
    session *s = fz_session(size % FZ_NPROT);
    fz_query(s, text, false);
    fz_query(s, text, true);
    free(text);
    return 0;
}
