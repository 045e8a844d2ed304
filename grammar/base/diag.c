/* diag — see diag.h. */
#include "diag.h"
#include "fail.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dg_init(dg_sink *s) { memset(s, 0, sizeof *s); }

static void dg_free_items(dg_sink *s)
{
    for (size_t i = 0; i < s->count; i++) {
        free(s->items[i].msg);
        for (size_t h = 0; h < s->items[i].nhints; h++) free(s->items[i].hints[h]);
        free(s->items[i].hints);
    }
}

void dg_free(dg_sink *s)
{
    dg_free_items(s);
    free(s->items);
    memset(s, 0, sizeof *s);
}

void dg_clear(dg_sink *s)
{
    size_t limit = s->limit;
    dg_free(s);
    s->limit = limit;
}

static char *dg_vformat(const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n < 0) return NULL;
    char *p = fail_malloc((size_t)n + 1);
    if (p) vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

static bool dg_grow(dg_sink *s)
{
    size_t cap = s->cap ? s->cap * 2 : 16;
    dg_diag *ni = fail_realloc(s->items, cap * sizeof *ni);
    if (!ni) return false;
    s->items = ni;
    s->cap = cap;
    return true;
}

bool dg_full(const dg_sink *s)
{
    size_t limit = s->limit ? s->limit : DG_DEFAULT_LIMIT;
    return s->errors >= limit;
}

void dg_oom(dg_sink *s) { s->oom = true; }

void dg_report(dg_sink *s, dg_severity sev, const char *code, loc where, const char *fmt, ...)
{
    if (dg_full(s)) {
        s->truncated = true;
        return;
    }
    if (s->count == s->cap && !dg_grow(s)) {
        s->oom = true;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = dg_vformat(fmt, ap);
    va_end(ap);
    if (!msg) { s->oom = true; return; }
    dg_diag *d = &s->items[s->count];
    memset(d, 0, sizeof *d);
    d->sev = sev;
    d->code = code;
    d->where = where;
    d->msg = msg;
    d->seq = s->count;
    s->count++;
    if (sev == DG_ERROR) s->errors++; else s->warnings++;
}

void dg_move(dg_sink *s, dg_diag *d)
{
    dg_diag moved = *d;
    memset(d, 0, sizeof *d);
    if (dg_full(s)) {
        s->truncated = true;
    } else if (s->count == s->cap && !dg_grow(s)) {
        s->oom = true;
    } else {
        moved.seq = s->count;
        s->items[s->count++] = moved;
        if (moved.sev == DG_ERROR) s->errors++; else s->warnings++;
        return;
    }
    free(moved.msg);
    for (size_t h = 0; h < moved.nhints; h++) free(moved.hints[h]);
    free(moved.hints);
}

void dg_lead(dg_sink *s)
{
    if (s->count == 0 || s->truncated) return;
    s->items[s->count - 1].lead = true;
}

void dg_hint(dg_sink *s, const char *fmt, ...)
{
    if (s->count == 0 || s->truncated) return;
    dg_diag *d = &s->items[s->count - 1];
    char **nh = fail_realloc(d->hints, (d->nhints + 1) * sizeof *nh);
    if (!nh) { s->oom = true; return; }
    d->hints = nh;
    va_list ap;
    va_start(ap, fmt);
    char *h = dg_vformat(fmt, ap);
    va_end(ap);
    if (!h) { s->oom = true; return; }
    d->hints[d->nhints++] = h;
}

static int dg_cmp(const void *pa, const void *pb)
{
    const dg_diag *a = pa, *b = pb;
    if (a->lead != b->lead) return a->lead ? -1 : 1;
    if (a->where.file != b->where.file) return a->where.file < b->where.file ? -1 : 1;
    if (a->where.start != b->where.start) return a->where.start < b->where.start ? -1 : 1;
    return a->seq < b->seq ? -1 : (a->seq > b->seq);
}

void dg_sort(dg_sink *s)
{
    if (s->count > 1) qsort(s->items, s->count, sizeof *s->items, dg_cmp);
}

static const char *dg_fallback_hint(const dg_diag *d)
{
    static const char *const table[][2] = {
        { "adopt-clause", "write this protocol's clause first, like '[4.3] adopts [MP-1], [MP-2]'" },
        { "adopted-twice", "adopt each model clause once: remove one of the two" },
        { "bad-char", "remove it, or put the text in double quotes" },
        { "bad-clause", "write a clause reference like [8.1] or [If things go wrong/councillors]" },
        { "bad-date", "write dates as YYYY-MM-DD, like 2025-12-23" },
        { "bad-duration", "write a period like 'within 2 working days', 'within 5 days', 'within 48 hours' or 'within 2 weeks'" },
        { "bad-event", "an event reads DATE PERSON ACTION [THING] [to PERSON] [about PERSON], like "
                       "'2025-12-23 alice sends enquiry to bob'" },
        { "bad-expect", "an expectation reads like 'expect [10.2] due 2025-12-29', 'expect [10.2] breached by bob', "
                        "'expect complaint reaches Clerk' or 'expect no breach'" },
        { "bad-meta", "see 'The protocol block' in docs/LANGUAGE.md for the fields and how each is written" },
        { "bad-month", "write the month's name: january, february, … december" },
        { "bad-nth", "write first, second, third, fourth, fifth or last" },
        { "bad-number", "write a whole number, like 2" },
        { "bad-offset", "Easter-relative days are written like 'on easter - 2' (Good Friday), within 100 days of Easter" },
        { "bad-query", "type 'help' for the forms of question" },
        { "bad-range", "write the earlier date first" },
        { "bad-scenario", "a scenario line is 'person NAME is ROLE', a dated event, or 'expect …'" },
        { "bad-step", "give the procedure a step of its own" },
        { "bad-substitute", "write 'substitute' only after 'on DAY MONTH', like 'on 25 december substitute'" },
        { "bad-utf8", "save the file as UTF-8" },
        { "bad-time", "write times as HH:MM, like 09:30" },
        { "bad-weekday", "write a day of the week: monday, tuesday, … sunday" },
        { "bad-year", "write a year from 1900 to 2200, the earlier first" },
        { "calendar-range", "Civic's calendars cover 1900 to 2200, with the bank holidays complete from 1970" },
        { "calendar-cycle", "remove one 'extends' from the cycle" },
        { "control-char", "remove it: a string holds text, and a control character could disturb a terminal" },
        { "conflict", "if one rule is an exception to the other, add 'overrides [CLAUSE]' to it" },
        { "dangling-prep", "name the role or thing after it, or remove it" },
        { "date-order", "list events in date order" },
        { "duplicate", "remove one of them, or give each its own name" },
        { "empty-block", "write one item per line inside the braces" },
        { "empty-clause", "write the clause number between the brackets, like [8.1]" },
        { "empty-route", "add the steps, one a line, like '[12.3] Clerk'" },
        { "line-too-long", "break the line into shorter lines" },
        { "misplaced-clause", "put the clause at the start of the line, like '[8.1] Member must not instruct Officer'" },
        { "no-working-days", "leave some days of the week and of the year as working days" },
        { "not-a-role", "use a role here: 'roles' at the REPL lists them" },
        { "not-an-action", "put the action after the modal word, like 'Member must not instruct Officer'" },
        { "no-working-day", "the calendar's closures leave no working day: check its 'closed' lines" },
        { "nul-byte", "save the file as plain UTF-8 text" },
        { "override-nothing", "name the clause of the rule this one is an exception to, or remove 'overrides'" },
        { "person-clash", "give the person another name, like alice or bob" },
        { "role-cycle", "a role is a kind of the roles above it only: remove one 'is' from the cycle" },
        { "route-cycle", "a case moves forward through the steps; remove the repeated step" },
        { "self-manage", "management runs one way: name the role that manages this one" },
        { "syntax", "see docs/LANGUAGE.md for the form of each statement" },
        { "too-deep", "split the statement, or close some brackets" },
        { "too-many", "split the file, or write the rules once for a role that covers the others" },
        { "two-counterparts", "write a rule for each role" },
        { "two-things", "write a rule for each thing" },
        { "unexpected-action", "write a rule for each action" },
        { "unknown-action", "declare it with 'action NAME', or check the spelling" },
        { "unknown-calendar", "use england-and-wales, scotland or northern-ireland, or a calendar defined in the file" },
        { "unknown-clause", "check the clause number: 'clauses' at the REPL lists them" },
        { "unknown-field", "protocol fields are council, adopted, approved, reviewed, review, next review and calendar" },
        { "unknown-handler", "declare it with 'role NAME' or 'procedure NAME', or check the spelling" },
        { "unknown-name", "declare it with 'role NAME' or 'thing NAME', or check the spelling" },
        { "unknown-person", "declare the person first, like 'person alice is Member'" },
        { "unknown-role", "declare it with 'role NAME is PARENT', or check the spelling" },
        { "unterminated-clause", "end the clause reference with ']' on the same line" },
        { "unterminated-string", "end the string with '\"' on the same line" },
        { "use-cycle", "remove one of the 'use' lines of the cycle" },
        { "use-depth", "use fewer levels of files that use other files" },
        { "use-empty", "name the file, like 'use \"roles\"'" },
        { "use-not-found", "'use' names a file beside this one, without '.civic', or a standard module such as \"roles\"" },
        { "use-not-protocol", "'use' reads Civic files (NAME.civic) and standard modules such as \"roles\"" },
        { "use-unreadable", "check that the file exists and can be read" },
        { "vague-deadline", "write a period, like 'within 2 working days'" },
        { "vague-review", "write 'review every 1 year' (or the cycle the council adopted)" },
        { "wrong-kind", "use a name of the kind this place needs: 'roles' at the REPL lists the roles" },
    };
    if (d->nhints || !d->code) return NULL;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i][0], d->code) == 0) return table[i][1];
    return "see docs/LANGUAGE.md";
}

size_t dg_nhints_shown(const dg_diag *d) { return d->nhints ? d->nhints : dg_fallback_hint(d) ? 1 : 0; }

const char *dg_hint_shown(const dg_diag *d, size_t i) { return d->nhints ? d->hints[i] : dg_fallback_hint(d); }
