/* diff_against — the county association's view, as text and JSON: see
 * diff_render.h and docs/JSON.md. */
#include "diff_render.h"
#include "textout.h"

#include <string.h>

bool rdf_departs(const rdf_row *row) { return row->ok && (row->t.changed || row->t.omitted || row->t.added); }

static size_t rdf_width(const rdf_row *rows, size_t n, size_t least)
{
    size_t w = least;
    for (size_t i = 0; i < n; i++)
        if (strlen(rows[i].file) > w) w = strlen(rows[i].file);
    return w;
}

static int rdf_council_table(FILE *f, const rdf_row *rows, size_t n)
{
    int w = (int)rdf_width(rows, n, 4), rc = 0;
    rc |= to_printf(f, "%-*s  %6s  %7s  %7s  %5s  %7s  %s\n", w, "file", "as is", "changed", "omitted", "added", "uncited",
                    "council");
    for (size_t i = 0; i < n; i++) {
        const rdf_row *r = &rows[i];
        if (!r->ok) {
            rc |= to_printf(f, "%-*s  %6s  %7s  %7s  %5s  %7s  %s\n", w, r->file, "-", "-", "-", "-", "-",
                            r->unreadable ? "(not compared: cannot be read)" : "(not compared: errors)");
            continue;
        }
        rc |= to_printf(f, "%-*s  %6zu  %7zu  %7zu  %5zu  %7zu  %s\n", w, r->file, r->t.same, r->t.changed, r->t.omitted,
                        r->t.added, r->nuncited, r->council ? r->council : "(no council named)");
    }
    return rc;
}

static int rdf_clause_table(FILE *f, const df_clauses *cl, const rdf_clause_count *counts)
{
    int w = 6, rc = 0;
    for (size_t i = 0; i < cl->n; i++)
        if ((int)strlen(cl->clause[i]) + 2 > w) w = (int)strlen(cl->clause[i]) + 2;
    rc |= to_printf(f, "%-*s  %5s  %6s  %7s  %7s  %7s\n", w, "clause", "rules", "as is", "changed", "omitted", "uncited");
    for (size_t i = 0; i < cl->n; i++) {
        rc |= to_printf(f, "[%s]%-*s  %5zu  %6zu  %7zu  %7zu  %7zu\n", cl->clause[i], w - (int)strlen(cl->clause[i]) - 2, "",
                        cl->nrules[i], counts[i].same, counts[i].changed, counts[i].omitted, counts[i].uncited);
    }
    return rc;
}

int rdf_against_tables(FILE *f, const char *model, size_t model_rules, const df_clauses *cl,
                       const rdf_clause_count *counts, const rdf_row *rows, size_t n)
{
    int rc = to_printf(f, "Against the model protocol %s (%zu rule%s in %zu clause%s):\n\n", model, model_rules,
                       model_rules == 1 ? "" : "s", cl->n, cl->n == 1 ? "" : "s");
    rc |= rdf_council_table(f, rows, n);
    fputs("\nCouncils by clause of the model:\n\n", f);
    return rc | rdf_clause_table(f, cl, counts);
}

int rdf_against_details(FILE *f, const rdf_row *row, const df_result *r)
{
    int rc = to_printf(f, "\n%s (%s):\n", row->file, row->council ? row->council : "no council named");
    if (!rdf_departs(row)) fputs("  has every rule of the model as it is, and no other\n", f);
    for (size_t i = 0; i < r->n; i++)
        if (r->changes[i].what == DF_RULE) rc |= rdf_line(f, r, &r->changes[i], &rdf_against);
    if (!row->nuncited) return rc;
    fputs("  uncited  in force, but adopted by no clause of the council's:", f);
    for (size_t i = 0; i < row->nuncited; i++) rc |= to_printf(f, "%s [%s]", i ? "," : "", row->uncited[i]);
    fputc('\n', f);
    return rc;
}

void rdf_against_summary(FILE *f, const rdf_row *rows, size_t n)
{
    size_t same = 0, depart = 0, bad = 0;
    for (size_t i = 0; i < n; i++) {
        if (!rows[i].ok) bad++;
        else if (rdf_departs(&rows[i])) depart++;
        else same++;
    }
    fprintf(f, "%zu council%s: %zu as the model, %zu departing from it, %zu with errors\n", n, n == 1 ? "" : "s", same,
            depart, bad);
}

void rdf_json_council(js_out *j, const rdf_row *row, const df_result *r)
{
    js_obj(j);
    js_key(j, "file"); js_str(j, row->file);
    js_key(j, "council"); js_str(j, row->council);
    js_key(j, "read"); js_bool(j, !row->unreadable);
    js_key(j, "compared"); js_bool(j, row->ok);
    if (row->ok && r) {
        js_key(j, "as_is"); js_int(j, (long)row->t.same);
        js_key(j, "changed"); js_int(j, (long)row->t.changed);
        js_key(j, "omitted"); js_int(j, (long)row->t.omitted);
        js_key(j, "added"); js_int(j, (long)row->t.added);
        js_key(j, "uncited");
        js_arr(j);
        for (size_t i = 0; i < row->nuncited; i++) js_str(j, row->uncited[i]);
        js_arr_end(j);
        js_key(j, "changes");
        js_arr(j);
        for (size_t i = 0; i < r->n; i++)
            if (r->changes[i].what == DF_RULE) rdf_json_change(j, r, &r->changes[i]);
        js_arr_end(j);
    }
    js_obj_end(j);
}

void rdf_json_clauses(js_out *j, const df_clauses *cl, const rdf_clause_count *counts)
{
    js_key(j, "clauses");
    js_arr(j);
    for (size_t i = 0; i < cl->n; i++) {
        js_obj(j);
        js_key(j, "clause"); js_str(j, cl->clause[i]);
        js_key(j, "rules"); js_int(j, (long)cl->nrules[i]);
        js_key(j, "as_is"); js_int(j, (long)counts[i].same);
        js_key(j, "changed"); js_int(j, (long)counts[i].changed);
        js_key(j, "omitted"); js_int(j, (long)counts[i].omitted);
        js_key(j, "uncited"); js_int(j, (long)counts[i].uncited);
        js_obj_end(j);
    }
    js_arr_end(j);
}

void rdf_json_against_summary(js_out *j, const rdf_row *rows, size_t n)
{
    size_t same = 0, depart = 0, bad = 0;
    for (size_t i = 0; i < n; i++) {
        if (!rows[i].ok) bad++;
        else if (rdf_departs(&rows[i])) depart++;
        else same++;
    }
    js_key(j, "summary");
    js_obj(j);
    js_key(j, "councils"); js_int(j, (long)n);
    js_key(j, "as_model"); js_int(j, (long)same);
    js_key(j, "departing"); js_int(j, (long)depart);
    js_key(j, "errors"); js_int(j, (long)bad);
    js_obj_end(j);
}
