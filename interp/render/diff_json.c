/* diff_json — a diff as JSON: see diff_render.h and docs/JSON.md. */
#include "diff_render.h"

static void rdf_json_side(js_out *j, const md_model *m, const df_side *s)
{
    if (!s->present) { js_null(j); return; }
    js_obj(j);
    js_key(j, "clause");
    js_str(j, s->clause);
    if (s->model_clause) { js_key(j, "model_clause"); js_str(j, s->model_clause); }
    const src_file *f = s->at.file ? src_get(&m->ld->src, s->at.file) : NULL;
    js_key(j, "file");
    js_str(j, f ? f->path : NULL);
    js_key(j, "line");
    if (f) {
        int line, col;
        src_linecol(&m->ld->src, s->at.file, s->at.start, &line, &col);
        js_int(j, line);
    } else {
        js_null(j);
    }
    js_key(j, "text");
    js_str(j, s->text);
    js_obj_end(j);
}

void rdf_json_change(js_out *j, const df_result *r, const df_change *c)
{
    js_obj(j);
    js_key(j, "what"); js_str(j, df_what_word(c->what));
    js_key(j, "change"); js_str(j, df_kind_word(c->kind));
    js_key(j, "subject"); js_str(j, c->subject);
    js_key(j, "left"); rdf_json_side(j, r->a, &c->left);
    js_key(j, "right"); rdf_json_side(j, r->b, &c->right);
    js_key(j, "fields");
    js_arr(j);
    for (size_t i = 0; i < c->nfields; i++) {
        js_obj(j);
        js_key(j, "field"); js_str(j, c->fields[i].name);
        js_key(j, "left"); js_str(j, c->fields[i].left);
        js_key(j, "right"); js_str(j, c->fields[i].right);
        js_obj_end(j);
    }
    js_arr_end(j);
    js_obj_end(j);
}

void rdf_json(js_out *j, const df_result *r)
{
    js_key(j, "changes");
    js_arr(j);
    for (size_t i = 0; i < r->n; i++)
        rdf_json_change(j, r, &r->changes[i]);
    js_arr_end(j);
    js_key(j, "summary");
    js_obj(j);
    js_key(j, "changes"); js_int(j, (long)(r->added + r->removed + r->changed));
    js_key(j, "added"); js_int(j, (long)r->added);
    js_key(j, "removed"); js_int(j, (long)r->removed);
    js_key(j, "changed"); js_int(j, (long)r->changed);
    js_obj_end(j);
}
