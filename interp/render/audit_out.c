/* audit_out — civic audit's output, whatever its format: the sink's
 * callbacks, the beginning and the end (audit_render.h). */
#include "audit_render.h"

#include <string.h>

static void ao_on_finding(void *ctx, const au_finding *f)
{
    ao_out *o = ctx;
    if (o->fmt == AO_JSON) ao_json_finding(o, f);
    else if (o->fmt == AO_CSV) ao_csv_finding(o, f);
    else ao_text_finding(o, f);
}

static void ao_on_rowerr(void *ctx, const au_rowerr *e)
{
    ao_out *o = ctx;
    if (o->fmt == AO_JSON) ao_json_rowerr(o, e);
    else if (o->fmt == AO_CSV) ao_csv_rowerr(o, e);
    else ao_text_rowerr(o, e);
}

au_sink ao_sink(ao_out *o) { return (au_sink){ o, ao_on_finding, ao_on_rowerr }; }

void ao_begin(ao_out *o, ao_format fmt, FILE *out, FILE *err, const md_model *m, const char *map, const char *map_name,
              const char *const *registers, size_t n, dt_day today)
{
    memset(o, 0, sizeof *o);
    o->fmt = fmt;
    o->out = out;
    o->err = err;
    o->m = m;
    if (fmt == AO_JSON) ao_json_begin(o, map, map_name, registers, n, today);
    else if (fmt == AO_CSV) ao_csv_begin(o);
}

void ao_end(ao_out *o, const au_summary *s, const dg_sink *dg, const src_set *src, bool ok)
{
    if (o->fmt == AO_JSON) ao_json_end(o, s, dg, src, ok);
    else if (o->fmt == AO_CSV) ao_csv_summary(o, s);
    else ao_text_summary(o, s);
    fflush(o->out);
}
