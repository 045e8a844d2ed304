/* fuzz_query — one query (the input) against a loaded real protocol, in
 * text and in JSON, as `civic query` does.  The protocols are loaded once
 * and reloaded every FZ_RELOAD inputs (a question leaves nothing in the
 * model, but a fresh load now and then keeps the harness honest about it). */
#include "fuzz_common.h"
#include "answer_render.h"
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
    static ss_query q;
    static bool ready;
    if (!ready) ss_query_init(&q);
    ready = true;
    FILE *out = fz_null();
    int rc = ss_ask(s, &q, text, fz_today());
    /* A query that fails says why: a status of 1 with nothing reported
     * would leave `civic query` silent. */
    if (rc != 0 && q.dg.count == 0 && !q.dg.oom) {
        fprintf(stderr, "fuzz_query: ss_ask failed without a diagnostic: '%s'\n", text);
        abort();
    }
    const dg_sink *dg = &q.dg;
    const src_set *src = &q.src;
    if (rc != 0 && json) an_json_error(out, text, &dg, &src, 1);
    else if (rc != 0) rp_text(&q.dg, &q.src, out, false);
    else if (json) an_json(out, &q.answer);
    else an_text(out, &q.answer);
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
