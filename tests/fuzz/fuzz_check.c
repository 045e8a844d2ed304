/* fuzz_check — parse and check one protocol, as `civic check` does, and
 * print its diagnostics as text and as JSON.  The input is the file's text;
 * it is named as if it sat in protocols/, so `use "houghton-regis"` and
 * other relative uses resolve. */
#include "fuzz_common.h"
#include "json.h"
#include "report.h"
#include "session.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    session s;
    ss_open_text(&s, CIVIC_FUZZ_ROOT "/protocols/fuzz-input.civic", (const char *)data, size, fz_today());
    FILE *out = fz_null();
    rp_text(&s.dg, &s.ld.src, out, (size & 1) != 0);
    js_out j;
    js_init(&j, out);
    js_arr(&j);
    rp_json_items(&s.dg, &s.ld.src, &j);
    js_arr_end(&j);
    js_done(&j);
    (void)ss_errors(&s);
    ss_close(&s);
    return 0;
}
