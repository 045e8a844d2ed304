/* envelope — see envelope.h. */
#include "envelope.h"
#include "report.h"

void ev_begin(js_out *j, const char *kind)
{
    js_obj(j);
    js_key(j, "kind");
    js_str(j, kind);
}

void ev_end(js_out *j, const dg_sink *const *dg, const src_set *const *src, size_t n, bool ok)
{
    js_key(j, "diagnostics");
    js_arr(j);
    for (size_t i = 0; i < n; i++) rp_json_items(dg[i], src[i], j);
    js_arr_end(j);
    js_key(j, "ok");
    js_bool(j, ok);
    js_obj_end(j);
    js_done(j);
}
