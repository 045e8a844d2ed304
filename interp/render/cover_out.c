/* cover_out — clause coverage as text and JSON; see cover_out.h. */
#include "cover_out.h"
#include "textout.h"

void co_text(FILE *f, const cov_table *t)
{
    to_printf(f, "%s: %zu of %zu clauses exercised (%u%%)\n", t->protocol, t->exercised, t->n, cov_percent(t));
    for (size_t i = 0; i < t->n; i++) {
        const cov_clause *c = &t->v[i];
        if (c->how == COV_UNTOUCHED) to_printf(f, "  [%s] line %d: %s\n", c->label, c->line, c->text);
    }
}

bool co_under(FILE *f, const cov_table *t, int min)
{
    if (min < 0 || cov_percent(t) >= (unsigned)min) return false;
    if (f)
        to_printf(f, "%s: %u%% of its clauses exercised, under the minimum of %d%%\n", t->protocol, cov_percent(t),
                  min);
    return true;
}

static void co_clause(js_out *j, const cov_clause *c)
{
    js_obj(j);
    js_key(j, "clause"); js_str(j, c->label);
    js_key(j, "line"); js_int(j, c->line);
    js_key(j, "text"); js_str(j, c->text);
    js_key(j, "rules"); js_int(j, (long)c->rules);
    js_key(j, "steps"); js_int(j, (long)c->steps);
    js_key(j, "review"); js_bool(j, c->review);
    js_key(j, "exercised"); js_bool(j, c->how != COV_UNTOUCHED);
    js_key(j, "how"); js_str(j, cov_how_name(c->how));
    js_key(j, "by");
    if (c->how == COV_UNTOUCHED) {
        js_null(j);
    } else {
        js_obj(j);
        js_key(j, "scenario"); js_str(j, c->scenario);
        js_key(j, "file"); js_str(j, c->scen_file);
        js_key(j, "line"); js_int(j, c->scen_line);
        js_obj_end(j);
    }
    js_obj_end(j);
}

void co_json(js_out *j, const cov_set *s, int min)
{
    js_key(j, "coverage");
    js_arr(j);
    for (size_t i = 0; i < s->n; i++) {
        const cov_table *t = s->v[i];
        js_obj(j);
        js_key(j, "file"); js_str(j, t->protocol);
        js_key(j, "exercised"); js_int(j, (long)t->exercised);
        js_key(j, "total"); js_int(j, (long)t->n);
        js_key(j, "percent"); js_int(j, (long)cov_percent(t));
        if (min >= 0) { js_key(j, "meets_min"); js_bool(j, !co_under(NULL, t, min)); }
        js_key(j, "clauses");
        js_arr(j);
        for (size_t k = 0; k < t->n; k++) co_clause(j, &t->v[k]);
        js_arr_end(j);
        js_obj_end(j);
    }
    js_arr_end(j);
}
