/* parser.y — the Civic grammar.
 *
 * Pure, with locations, %expect 0.  The grammar fixes the *shape* of each
 * statement; which word is a role, an action or a thing is decided later by
 * the model layer (interp/model.c), which knows every declared name and can
 * say "did you mean".  Free-form phrases (event lines, expectations,
 * protocol metadata) are kept as word lists for the same reason.
 *
 * Error recovery: each statement (top level and inside every block) has an
 * `error NL` alternative, and the scanner wrapper skips whole blocks while
 * recovering, so one mistake gives one message and parsing goes on.
 *
 * Every node is allocated in ctx->ar and released with it in one call, so
 * the only %destructor gives the tails and fallbacks of a rule (kept on a
 * list of spares, not in the arena: see ps_spare_take) back to that list
 * when error recovery discards them; the other types own nothing.
 */
%define api.pure full
%define api.location.type {loc}
%define parse.error custom
%define parse.lac full      /* expected-token lists that are true, not approximate */
%locations
%expect 1       /* "NAME . of": a rule's subject "line-manager of Officer" (shift) or the first act of
                    a "counts as" statement whose verb is followed by "of" (not written so far) */
%param {ps_ctx *ctx}

%code requires {
#include "parse.h"
}

%code provides {
int ps_yylex(YYSTYPE *v, YYLTYPE *l, ps_ctx *ctx);
int ps_run_parser(ps_ctx *ctx);
}

%code {
#define yylex ps_yylex
#include "ast_pack.h"
#include "date.h"
#include "suggest.h"
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                  \
    do {                                                             \
        if (N) {                                                     \
            (Cur).file = YYRHSLOC(Rhs, 1).file;                      \
            (Cur).start = YYRHSLOC(Rhs, 1).start;                    \
            (Cur).end = YYRHSLOC(Rhs, N).end;                        \
        } else {                                                     \
            (Cur).file = YYRHSLOC(Rhs, 0).file;                      \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end;          \
        }                                                            \
    } while (0)

#define AR (ctx->ar)
#define OOM(p) do { if (!(p)) { dg_oom(ctx->dg); YYABORT; } } while (0)

static ast_name nm(const char *s, loc at) { ast_name n = { s, at }; return n; }
static ast_name no_name(void) { ast_name n = { NULL, { 0, 0, 0 } }; return n; }
static bool ps_add(ps_ctx *ctx, ast_decl *d);
static void ps_statement_done(ps_ctx *ctx);
static ast_word *ps_words_done(ast_word *rev);
static ast_dur ps_duration(ps_ctx *ctx, long n, ast_name u1, ast_name u2, loc at);
static ast_dur ps_vague(ps_ctx *ctx, ast_word *rev, loc at);
static ast_decl *ps_norm(ps_ctx *ctx, ast_namelist *subj, int mod, const char *modword, loc modat,
                         ast_act *acts, struct ps_tails *t, struct ps_fallback *f, loc at);
static void ps_apply_clause(ps_ctx *ctx, ast_decl *d, ast_name clause);
static struct ps_tails *ps_tails_new(ps_ctx *ctx);
static struct ps_fallback *ps_fallback_new(ps_ctx *ctx);
static void ps_check_word(ps_ctx *ctx, ast_name w, const char *want, const char *hint);
static void ps_recovered(ps_ctx *ctx);
static void ps_spare_give(ps_ctx *ctx, void *p);
static ast_step *ps_referral(ps_ctx *ctx, ast_name verb, ast_name to, ast_name under, ast_name proc, loc at);
static void ps_asap(ps_ctx *ctx, ast_dur *d, loc at);
static ast_dur ps_end_of(ps_ctx *ctx, ast_word *rev, loc at);
static ast_dur ps_vague_text(ps_ctx *ctx, const char *text, loc at);
static void ps_of(ps_ctx *ctx, ast_dur *d, ast_word *rev);
/* Called by bison only for "memory exhausted" (its stack); syntax errors go
 * through yyreport_syntax_error. */
static void yyerror(YYLTYPE *l, ps_ctx *ctx, const char *msg)
{
    dg_report(ctx->dg, DG_ERROR, "too-deep", *l, "%s: this statement is too long or too deeply nested", msg);
}
}

%code requires {
struct ps_tails {
    ast_dur within;
    ast_dur target;          /* "within 5 working days and at the latest within 10": the 5 */
    ast_cond *cond;
    ast_word *overrides;
};
struct ps_fallback {
    ast_act *acts;
    struct ps_tails *tails;
};
struct ps_holmods {
    bool substitute;
    long from_year, until_year;
    ast_word *except;
};
}

%union {
    const char *str;
    long num;
    int32_t day;
    int minute;
    int mod;
    ast_name name;
    ast_namelist *names;
    ast_word *word;
    ast_cond *cond;
    ast_act *act;
    ast_dur dur;
    ast_step *step;
    ast_holiday *hol;
    ast_holding *holding;
    ast_sitem *sitem;
    ast_meta *meta;
    ast_decl *decl;
    ast_role *role;
    ast_calendar *cal;
    ast_tier *tier;
    struct ps_tails *tails;
    struct ps_fallback *fallback;
    struct ps_holmods *holmods;
    ast_rline *rline;        /* civic audit: a register's line */
}

%token <str> IDENT "name"
%token <str> STRING "string"
%token <str> CLAUSE "clause reference"
%token <num> NUMBER "number"
%token <day> DATE "date"
%token <minute> TIME "time"
%token NL "end of line"
%token PROTOCOL "protocol" USE "use" ROLE "role" IS "is" AKA "aka" MANAGES "manages"
%token APPOINTS "appoints" EXTERNAL "external" ACTION "action" THING "thing" PROCEDURE "procedure"
%token MUST "must" WILL "will" SHALL "shall" SHOULD "should" MAY "may" NOT "not" CANNOT "cannot"
%token CAN "can" EXPECT "expect"
%token TO "to" FROM "from" WITH "with" ABOUT "about" OF "of" FOR "for" BY "by" ON "on"
%token AND "and" OR "or" WHEN "when" UNLESS "unless" WITHIN "within" OTHERWISE "otherwise"
%token OVERRIDES "overrides" ROUTE "route" INFORMALLY "informally" SCENARIO "scenario"
%token PERSON "person" CALENDAR "calendar" HOLIDAY "holiday" CLOSED "closed" EXTENDS "extends"
%token WEEKEND "weekend" SUBSTITUTE "substitute" EXCEPT "except" UNTIL "until"
%token ADOPTS "adopts" OMITS "omits"
%token RELATION "relation" SENIORITY "seniority" ABOVE "above" ONLY "only" JUNIOR "junior" SENIOR "senior"
%token COUNTS "counts" POSSIBLY "possibly" KIND "kind" ANDOR "and/or"
%token ASAP "as soon as possible" LATEST "at the latest" BYEND "by the end of" NOLATER "no later than"
%token <day> YEARMONTH "month"
%token REGISTER "register"

%type <name> name hold_role opt_clause route_by route_about cal_extends month
%type <str> opt_string
%type <names> subjects subject namelist aliaslist alias step_with weekend_list alts choices rel_except opt_aka
%type <word> words anyword act_words act_word vague_words numlist clauses
%type <cond> cond cond_and cond_not cond_atom
%type <act> acts act
%type <dur> dur cap
%destructor { ps_spare_give(ctx, $$); } <tails>
%destructor { if ($$) { ps_spare_give(ctx, $$->tails); ps_spare_give(ctx, $$); } } <fallback>
%destructor { } <*>
%type <tails> tails step_tails
%type <fallback> fallback
%type <mod> modality emod
%type <step> steps step step_body
%type <hol> hol_spec
%type <cal> cal_items
%type <mod> hol_kw
%type <holmods> hol_mods
%type <holding> holdings holding
%type <sitem> sitems sitem
%type <rline> rlines rline
%type <word> rwords rword
%type <meta> meta_items meta_item
%type <decl> stmt use_stmt protocol_block role_decl term_decl norm expect_block route_block
%type <decl> calendar_block person_decl scenario_block eitems eitem term_list adopt_stmt relation
%type <decl> rel_decl seniority_stmt counts_stmt rename_stmt relfact register_block
%type <tier> tiers
%type <step> handler
%type <role> role_attrs role_items
%type <day> hold_from hold_until

%%

file: items ;

items:
    %empty
  | items item
  ;

item:
    opt_clause stmt NL      { ps_apply_clause(ctx, $2, $1); if (!ps_add(ctx, $2)) { dg_oom(ctx->dg); YYABORT; }
                              ps_statement_done(ctx); }
  | NL                      { ps_statement_done(ctx); }
  | error NL                { ps_recovered(ctx); yyerrok; ps_statement_done(ctx); }
  ;

opt_clause:
    %empty                  { $$ = no_name(); }
  | CLAUSE                  { $$ = nm($1, @1); }
  ;

stmt:
    use_stmt | protocol_block | role_decl | term_decl | norm | expect_block
  | route_block | calendar_block | person_decl | scenario_block | adopt_stmt | relation
  | rel_decl | seniority_stmt | counts_stmt | rename_stmt | relfact | register_block
  ;

/* "relation line-manager "line manager" of Officer is Officer": the
 * line manager of an Officer is an Officer.  Further lines with no display
 * name are the exceptions: "relation line-manager of ManagingDirector is
 * Leader", "… is nobody". */
rel_decl:
    RELATION name opt_string OF name IS name
                            { $$ = ast_decl_new(AR, D_REL, @$); OOM($$);
                              $$->u.rel.name = $2; $$->u.rel.display = $3; $$->u.rel.display_at = @3;
                              $$->u.rel.of = $5; $$->u.rel.is = $7; }
  ;

/* "seniority Clerk above DeputyClerk, RFO above Officer", most senior first. */
seniority_stmt:
    SENIORITY tiers         { $$ = ast_decl_new(AR, D_SENIORITY, @$); OOM($$);
                              $$->u.seniority.tiers = AST_REVERSE(ast_tier, $2); }
  ;

tiers:
    namelist                { $$ = ar_alloc(AR, sizeof *$$); OOM($$); $$->roles = AST_REVERSE(ast_namelist, $1); $$->at = @1; }
  | tiers ABOVE namelist    { ast_tier *t = ar_alloc(AR, sizeof *t); OOM(t);
                              t->roles = AST_REVERSE(ast_namelist, $3); t->at = @3; t->next = $1; $$ = t; }
  ;

/* "respond to enquiry counts as acknowledge enquiry": one deed discharges another duty too. */
counts_stmt:
    act COUNTS name act     { $$ = ast_decl_new(AR, D_COUNTS, @$); OOM($$);
                              ps_check_word(ctx, $3, "as", "write 'respond to enquiry counts as acknowledge enquiry'");
                              $$->u.counts.deed = $1; $$->u.counts.as = $4; }
  ;

/* "Clerk is called "Parish Clerk"", "Clerk aka "Proper Officer"": a
 * council's own names for what another file declares. */
rename_stmt:
    name IS name STRING opt_aka
                            { $$ = ast_decl_new(AR, D_RENAME, @$); OOM($$);
                              ps_check_word(ctx, $3, "called", "write 'Clerk is called \"Parish Clerk\"'");
                              $$->u.rename.target = $1; $$->u.rename.display = $4; $$->u.rename.display_at = @4;
                              $$->u.rename.aliases = $5; }
  | name AKA aliaslist      { $$ = ast_decl_new(AR, D_RENAME, @$); OOM($$);
                              $$->u.rename.target = $1; $$->u.rename.aliases = AST_REVERSE(ast_namelist, $3); }
  | name IS namelist        { $$ = ast_decl_new(AR, D_RENAME, @$); OOM($$);   /* "Mayor is SpecialResponsibilityMember" */
                              $$->u.rename.target = $1; $$->u.rename.parents = AST_REVERSE(ast_namelist, $3); }
  ;

opt_aka:
    %empty                  { $$ = NULL; }
  | AKA aliaslist           { $$ = AST_REVERSE(ast_namelist, $2); }
  ;

/* "carol is line-manager of bob from 2025-01-01": who holds a relation to whom. */
relfact:
    name IS name OF name hold_from hold_until
                            { $$ = ast_decl_new(AR, D_RELFACT, @$); OOM($$);
                              $$->u.relfact.holder = $1; $$->u.relfact.rel = $3; $$->u.relfact.of = $5;
                              $$->u.relfact.from = $6; $$->u.relfact.until = $7; $$->u.relfact.at = @$; }
  ;

/* "[1.3.12] ManagingDirector manages Officer": a relation between roles
 * stated apart from their declarations (which may be in another file). */
relation:
    subjects MANAGES namelist rel_except
                            { $$ = ast_decl_new(AR, D_RELATION, @$); OOM($$);
                              $$->u.relation.subjects = AST_REVERSE(ast_namelist, $1);
                              $$->u.relation.targets = AST_REVERSE(ast_namelist, $3);
                              $$->u.relation.except = $4; }
  | subjects APPOINTS namelist rel_except
                            { $$ = ast_decl_new(AR, D_RELATION, @$); OOM($$);
                              $$->u.relation.subjects = AST_REVERSE(ast_namelist, $1);
                              $$->u.relation.targets = AST_REVERSE(ast_namelist, $3);
                              $$->u.relation.except = $4;
                              $$->u.relation.appoints = true; }
  ;

/* "LineManager manages Officer except Clerk": every Officer but the Clerk. */
rel_except:
    %empty                  { $$ = NULL; }
  | EXCEPT namelist         { $$ = AST_REVERSE(ast_namelist, $2); }
  ;

/* "[4.3] adopts [MP-2], [MP-5]": clause 4.3 of this protocol says what those
 * clauses of a used file say.  "omits [MP-7]": those rules do not apply. */
adopt_stmt:
    ADOPTS clauses          { $$ = ast_decl_new(AR, D_ADOPT, @$); OOM($$); $$->u.adopt.clauses = ps_words_done($2); }
  | OMITS clauses           { $$ = ast_decl_new(AR, D_ADOPT, @$); OOM($$); $$->u.adopt.clauses = ps_words_done($2);
                              $$->u.adopt.omit = true; }
  ;

clauses:
    CLAUSE                  { $$ = ast_word_new(AR, W_CLAUSE, $1, @1); OOM($$); }
  | clauses ',' CLAUSE      { $$ = ast_word_new(AR, W_CLAUSE, $3, @3); OOM($$); $$->next = $1; }
  | clauses AND CLAUSE      { $$ = ast_word_new(AR, W_CLAUSE, $3, @3); OOM($$); $$->next = $1; }
  ;

name: IDENT                 { $$ = nm($1, @1); } ;

opt_string:
    %empty                  { $$ = NULL; }
  | STRING                  { $$ = $1; }
  ;

/* ---- use, protocol ----------------------------------------------------- */

use_stmt:
    USE STRING              { $$ = ast_decl_new(AR, D_USE, @$); OOM($$);
                              $$->u.use.path = $2; $$->u.use.path_at = @2; }
  ;

protocol_block:
    PROTOCOL opt_string '{' meta_items '}'
                            { $$ = ast_decl_new(AR, D_PROTOCOL, @$); OOM($$);
                              $$->u.protocol.title = $2; $$->u.protocol.title_at = @2;
                              $$->u.protocol.meta = AST_REVERSE(ast_meta, $4); }
  ;

meta_items:
    %empty                  { $$ = NULL; }
  | meta_items meta_item    { $$ = $1; if ($2) { $2->next = $1; $$ = $2; } }
  ;

meta_item:
    name words NL           { $$ = ast_meta_new(AR, $1, ps_words_done($2), loc_span(@1, @2)); OOM($$); }
  | CALENDAR words NL       { $$ = ast_meta_new(AR, nm("calendar", @1), ps_words_done($2), loc_span(@1, @2)); OOM($$); }
  | NL                      { $$ = NULL; }
  | error NL                { $$ = NULL; ps_recovered(ctx); yyerrok; }
  ;

words:
    %empty                  { $$ = NULL; }
  | words anyword           { $$ = $2; $2->next = $1; }
  ;

anyword:
    IDENT                   { $$ = ast_word_new(AR, W_IDENT, $1, @1); OOM($$); }
  | STRING                  { $$ = ast_word_new(AR, W_STRING, $1, @1); OOM($$); }
  | CLAUSE                  { $$ = ast_word_new(AR, W_CLAUSE, $1, @1); OOM($$); }
  | NUMBER                  { $$ = ast_word_new(AR, W_NUMBER, NULL, @1); OOM($$); $$->num = $1; }
  | DATE                    { $$ = ast_word_new(AR, W_DATE, NULL, @1); OOM($$); $$->day = $1; }
  | YEARMONTH               { $$ = ast_word_new(AR, W_MONTH, NULL, @1); OOM($$); $$->day = $1; }
  | MAY                     { $$ = ast_word_new(AR, W_KEYWORD, "may", @1); OOM($$); }   /* adopted may 2019 */
  | TIME                    { $$ = ast_word_new(AR, W_TIME, NULL, @1); OOM($$); $$->minute = $1; }
  | TO                      { $$ = ast_word_new(AR, W_KEYWORD, "to", @1); OOM($$); }
  | FROM                    { $$ = ast_word_new(AR, W_KEYWORD, "from", @1); OOM($$); }
  | WITH                    { $$ = ast_word_new(AR, W_KEYWORD, "with", @1); OOM($$); }
  | ABOUT                   { $$ = ast_word_new(AR, W_KEYWORD, "about", @1); OOM($$); }
  | OF                      { $$ = ast_word_new(AR, W_KEYWORD, "of", @1); OOM($$); }
  | FOR                     { $$ = ast_word_new(AR, W_KEYWORD, "for", @1); OOM($$); }
  | BY                      { $$ = ast_word_new(AR, W_KEYWORD, "by", @1); OOM($$); }
  | ON                      { $$ = ast_word_new(AR, W_KEYWORD, "on", @1); OOM($$); }
  | NOT                     { $$ = ast_word_new(AR, W_KEYWORD, "not", @1); OOM($$); }
  | AND                     { $$ = ast_word_new(AR, W_KEYWORD, "and", @1); OOM($$); }
  | OR                      { $$ = ast_word_new(AR, W_KEYWORD, "or", @1); OOM($$); }
  | UNTIL                   { $$ = ast_word_new(AR, W_KEYWORD, "until", @1); OOM($$); }
  | WITHIN                  { $$ = ast_word_new(AR, W_KEYWORD, "within", @1); OOM($$); }
  | IS                      { $$ = ast_word_new(AR, W_KEYWORD, "is", @1); OOM($$); }
  | WHEN                    { $$ = ast_word_new(AR, W_KEYWORD, "when", @1); OOM($$); }
  | CLOSED                  { $$ = ast_word_new(AR, W_KEYWORD, "closed", @1); OOM($$); }
  | ','                     { $$ = ast_word_new(AR, W_KEYWORD, ",", @1); OOM($$); }   /* where "x", "y" */
  | MANAGES                 { $$ = ast_word_new(AR, W_IDENT, "manages", @1); OOM($$); }   /* verbs in events */
  | APPOINTS                { $$ = ast_word_new(AR, W_IDENT, "appoints", @1); OOM($$); }
  ;

/* ---- roles and terms ---------------------------------------------------- */

role_decl:
    ROLE name opt_string role_attrs
                            { $$ = ast_decl_new(AR, D_ROLE, @$); OOM($$);
                              $$->u.role = *$4; $$->u.role.name = $2; $$->u.role.display = $3;
                              $$->u.role.display_at = @3; }
  | ROLE name opt_string role_attrs '{' role_items '}'
                            { $$ = ast_decl_new(AR, D_ROLE, @$); OOM($$);
                              $$->u.role = *$4; $$->u.role.name = $2; $$->u.role.display = $3;
                              $$->u.role.display_at = @3;
                              /* merge the block's attributes after the line's */
                              ast_role *b = $6;
                              #define PS_JOIN(f) if (b->f) { ast_namelist **t = &$$->u.role.f; while (*t) t = &(*t)->next; *t = b->f; }
                              PS_JOIN(parents) PS_JOIN(aliases) PS_JOIN(manages) PS_JOIN(appoints)
                              PS_JOIN(manages_except) PS_JOIN(appoints_except)
                              #undef PS_JOIN
                              if (b->external) $$->u.role.external = true; }
  ;

role_attrs:
    %empty                  { $$ = ar_alloc(AR, sizeof *$$); OOM($$); }
  | role_attrs IS namelist  { $$ = $1; $$->parents = AST_REVERSE(ast_namelist, $3); }
  | role_attrs AKA aliaslist { $$ = $1; $$->aliases = AST_REVERSE(ast_namelist, $3); }
  | role_attrs MANAGES namelist rel_except { $$ = $1; $$->manages = AST_REVERSE(ast_namelist, $3); $$->manages_except = $4; }
  | role_attrs APPOINTS namelist rel_except { $$ = $1; $$->appoints = AST_REVERSE(ast_namelist, $3); $$->appoints_except = $4; }
  | role_attrs EXTERNAL     { $$ = $1; $$->external = true; }
  ;

role_items:
    %empty                  { $$ = ar_alloc(AR, sizeof *$$); OOM($$); }
  | role_items NL           { $$ = $1; }
  | role_items IS namelist NL      { $$ = $1; $$->parents = AST_REVERSE(ast_namelist, $3); }
  | role_items AKA aliaslist NL    { $$ = $1; $$->aliases = AST_REVERSE(ast_namelist, $3); }
  | role_items MANAGES namelist rel_except NL { $$ = $1; $$->manages = AST_REVERSE(ast_namelist, $3); $$->manages_except = $4; }
  | role_items APPOINTS namelist rel_except NL { $$ = $1; $$->appoints = AST_REVERSE(ast_namelist, $3); $$->appoints_except = $4; }
  | role_items EXTERNAL NL  { $$ = $1; $$->external = true; }
  | role_items error NL     { $$ = $1; ps_recovered(ctx); yyerrok; }
  ;

namelist:
    name                    { $$ = ast_namelist_new(AR, $1, false); OOM($$); }
  | namelist ',' name       { $$ = ast_namelist_new(AR, $3, false); OOM($$); $$->next = $1; }
  | namelist AND name       { $$ = ast_namelist_new(AR, $3, false); OOM($$); $$->next = $1; }
  ;

aliaslist:
    alias                   { $$ = $1; }
  | aliaslist ',' alias     { $$ = $3; $3->next = $1; }
  ;

alias:
    name                    { $$ = ast_namelist_new(AR, $1, false); OOM($$); }
  | STRING                  { $$ = ast_namelist_new(AR, nm($1, @1), true); OOM($$); }
  ;

term_decl:
    ACTION term_list        { $$ = $2; for (ast_decl *d = $$; d; d = d->next) d->u.term.kind = TERM_ACTION; }
  | KIND term_list          { $$ = $2; for (ast_decl *d = $$; d; d = d->next) { d->u.term.kind = TERM_THING; d->u.term.is_kind = true; } }
  | THING term_list         { $$ = $2; for (ast_decl *d = $$; d; d = d->next) d->u.term.kind = TERM_THING; }
  | PROCEDURE term_list     { $$ = $2; for (ast_decl *d = $$; d; d = d->next) d->u.term.kind = TERM_PROCEDURE; }
  ;

/* "action respond "respond to" aka reply, answer" or "action respond, acknowledge, instruct" */
term_list:
    name opt_string         { $$ = ast_decl_new(AR, D_TERM, @$); OOM($$);
                              $$->u.term.name = $1; $$->u.term.display = $2; }
  | name opt_string AKA aliaslist
                            { $$ = ast_decl_new(AR, D_TERM, @$); OOM($$);
                              $$->u.term.name = $1; $$->u.term.display = $2;
                              $$->u.term.aliases = AST_REVERSE(ast_namelist, $4); }
  | name ',' namelist       { ast_namelist *l = AST_REVERSE(ast_namelist, $3);
                              ast_decl *head = ast_decl_new(AR, D_TERM, @1); OOM(head);
                              head->u.term.name = $1;
                              ast_decl *tail = head;
                              for (; l; l = l->next) {
                                  ast_decl *d = ast_decl_new(AR, D_TERM, l->name.at); OOM(d);
                                  d->u.term.name = l->name;
                                  tail->next = d; tail = d;
                              }
                              $$ = head; }
  ;

/* ---- norms ------------------------------------------------------------- */

norm:
    subjects modality acts tails fallback
                            { $$ = ps_norm(ctx, AST_REVERSE(ast_namelist, $1), $2, NULL, @2,
                                           AST_REVERSE(ast_act, $3), $4, $5, @$); OOM($$); }
  | ONLY subjects modality acts tails fallback
                            { $$ = ps_norm(ctx, AST_REVERSE(ast_namelist, $2), $3, NULL, @3,
                                           AST_REVERSE(ast_act, $4), $5, $6, @$); OOM($$);
                              $$->u.norm.only = true;
                              if ($3 != MOD_MAY) {
                                  dg_report(ctx->dg, DG_ERROR, "syntax", @3, "'only' goes with 'may'");
                                  dg_hint(ctx->dg, "write 'only Clerk may instruct Officer': the others must not");
                              } }
  ;

subjects:
    subject                 { $$ = $1; }
  | subjects ',' subject    { $$ = $3; $$->next = $1; }
  | subjects AND subject    { $$ = $3; $$->next = $1; }
  ;

/* a role, or a relation of whom the act is about: "line-manager of Officer" */
subject:
    name                    { $$ = ast_namelist_new(AR, $1, false); OOM($$); }
  | name OF name            { $$ = ast_namelist_new(AR, $1, false); OOM($$); $$->of = $3; }
  ;

modality:
    MUST                    { $$ = MOD_MUST; }
  | WILL                    { $$ = MOD_MUST; }
  | SHALL                   { $$ = MOD_MUST; }
  | SHOULD                  { $$ = MOD_SHOULD; }
  | MAY                     { $$ = MOD_MAY; }
  | MUST NOT                { $$ = MOD_MUST_NOT; }
  | WILL NOT                { $$ = MOD_MUST_NOT; }
  | SHALL NOT               { $$ = MOD_MUST_NOT; }
  | MAY NOT                 { $$ = MOD_MUST_NOT; }
  | CANNOT                  { $$ = MOD_MUST_NOT; }
  | SHOULD NOT              { $$ = MOD_SHOULD_NOT; }
  ;

acts:
    act                     { $$ = $1; }
  | acts AND act            { $$ = $3; $3->next = $1; }
  ;

act:
    name act_words          { $$ = ast_act_new(AR, $1, ps_words_done($2), @$); OOM($$); }
  ;

act_words:
    %empty                  { $$ = NULL; }
  | act_words act_word      { $$ = $2; $2->next = $1; }
  ;

act_word:
    IDENT                   { $$ = ast_word_new(AR, W_IDENT, $1, @1); OOM($$); }
  | STRING                  { $$ = ast_word_new(AR, W_STRING, $1, @1); OOM($$); }
  | TO                      { $$ = ast_word_new(AR, W_KEYWORD, "to", @1); OOM($$); }
  | FROM                    { $$ = ast_word_new(AR, W_KEYWORD, "from", @1); OOM($$); }
  | WITH                    { $$ = ast_word_new(AR, W_KEYWORD, "with", @1); OOM($$); }
  | ABOUT                   { $$ = ast_word_new(AR, W_KEYWORD, "about", @1); OOM($$); }
  | OF                      { $$ = ast_word_new(AR, W_KEYWORD, "of", @1); OOM($$); }
  | FOR                     { $$ = ast_word_new(AR, W_KEYWORD, "for", @1); OOM($$); }
  | BY                      { $$ = ast_word_new(AR, W_KEYWORD, "by", @1); OOM($$); }
  | ON                      { $$ = ast_word_new(AR, W_KEYWORD, "on", @1); OOM($$); }
  | ONLY                    { $$ = ast_word_new(AR, W_KEYWORD, "only", @1); OOM($$); }
  | JUNIOR                  { $$ = ast_word_new(AR, W_KEYWORD, "junior", @1); OOM($$); }
  | SENIOR                  { $$ = ast_word_new(AR, W_KEYWORD, "senior", @1); OOM($$); }
  ;

tails:
    %empty                  { $$ = ps_tails_new(ctx); OOM($$); }
  | tails WITHIN dur        { $$ = $1; $$->within = $3; }
  | tails WHEN cond         { $$ = $1;
                              if ($$->cond) { ast_cond *c = ast_cond_new(AR, C_AND, @3); OOM(c); c->a = $$->cond; c->b = $3; $$->cond = c; }
                              else $$->cond = $3; }
  | tails UNLESS cond       { $$ = $1;
                              ast_cond *n = ast_cond_new(AR, C_NOT, @3); OOM(n); n->a = $3;
                              if ($$->cond) { ast_cond *c = ast_cond_new(AR, C_AND, @3); OOM(c); c->a = $$->cond; c->b = n; $$->cond = c; }
                              else $$->cond = n; }
  | tails OVERRIDES clauses { $$ = $1; $$->overrides = ps_words_done($3); }
  | tails LATEST            { $$ = $1; }   /* "within 10 working days at the latest": what 'within' says */
  | tails ASAP              { $$ = $1; ps_asap(ctx, &$$->within, @2); }
  | tails ASAP AND cap      { $$ = $1; $$->within = $4; $$->within.asap = true; }
  | tails WITHIN dur AND cap
                            { $$ = $1; $$->target = $3; $$->within = $5; $$->within.asap = true; }
  | tails NOLATER dur       { $$ = $1; $$->within = $3; }   /* "no later than 10 working days" */
  | tails BYEND vague_words { $$ = $1; $$->within = ps_end_of(ctx, $3, loc_span(@2, @3)); }
  ;

/* the cap after "as soon as possible and": "at the latest within 10 working days" */
cap:
    LATEST WITHIN dur       { $$ = $3; }
  | NOLATER dur             { $$ = $2; }
  | WITHIN dur              { $$ = $2; }   /* "… within 10 working days at the latest": tails LATEST */
  ;

fallback:
    %empty                  { $$ = NULL; }
  | OTHERWISE acts tails    { $$ = ps_fallback_new(ctx); OOM($$);
                              $$->acts = AST_REVERSE(ast_act, $2); $$->tails = $3; }
  ;

dur:
    NUMBER name             { $$ = ps_duration(ctx, $1, $2, no_name(), @$); }
  | NUMBER name name        { $$ = ps_duration(ctx, $1, $2, $3, @$); }
  | NUMBER name OF vague_words
                            { $$ = ps_duration(ctx, $1, $2, no_name(), loc_span(@1, @2)); ps_of(ctx, &$$, $4); }
  | NUMBER name name OF vague_words
                            { $$ = ps_duration(ctx, $1, $2, $3, loc_span(@1, @3)); ps_of(ctx, &$$, $5); }
  | vague_words             { $$ = ps_vague(ctx, $1, @$); }
  | vague_words OF vague_words
                            { $$ = ps_vague(ctx, $1, @1); if ($$.kind == DUR_FIXED) ps_of(ctx, &$$, $3); }
  | ASAP                    { $$ = ps_vague_text(ctx, "as soon as possible", @1); }
  ;

vague_words:
    name                    { $$ = ast_word_new(AR, W_IDENT, $1.s, @1); OOM($$); }
  | vague_words name        { $$ = ast_word_new(AR, W_IDENT, $2.s, @2); OOM($$); $$->next = $1; }
  ;

cond:
    cond_and
  | cond OR cond_and        { $$ = ast_cond_new(AR, C_OR, @$); OOM($$); $$->a = $1; $$->b = $3; }
  ;

cond_and:
    cond_not
  | cond_and AND cond_not   { $$ = ast_cond_new(AR, C_AND, @$); OOM($$); $$->a = $1; $$->b = $3; }
  ;

cond_not:
    cond_atom
  | NOT cond_not            { $$ = ast_cond_new(AR, C_NOT, @$); OOM($$); $$->a = $2; }
  ;

cond_atom:
    '(' cond ')'            { $$ = $2; }
  | STRING                  { $$ = ast_cond_new(AR, C_FACT, @$); OOM($$); $$->text = $1; }
  | ABOUT name              { $$ = ast_cond_new(AR, C_ABOUT, @$); OOM($$); $$->role = $2; }
  | BY name                 { $$ = ast_cond_new(AR, C_BY, @$); OOM($$); $$->role = $2; }
  | TO name                 { $$ = ast_cond_new(AR, C_TO, @$); OOM($$); $$->role = $2; }
  | name BY name            { $$ = ast_cond_new(AR, C_APPROVED, @$); OOM($$); $$->text = $1.s; $$->role = $3; }
  | name                    { $$ = ast_cond_new(AR, C_FACT, @$); OOM($$); $$->text = $1.s; }
  ;

/* "Member can expect from Officer { … }": norms on Officer towards Member */
expect_block:
    subjects CAN EXPECT FROM name '{' eitems '}'
                            { ast_namelist *who = AST_REVERSE(ast_namelist, $1);
                              ast_decl *items = AST_REVERSE(ast_decl, $7);
                              /* one norm per item per beneficiary: subject $5, towards each of who */
                              ast_decl *head = NULL, **tail = &head;
                              size_t nwho = 0, nitems = 0;
                              for (ast_namelist *w = who; w; w = w->next) nwho++;
                              for (ast_decl *it = items; it; it = it->next) nitems++;
                              if (nitems && nwho > PS_MAX_BLOCK_RULES / nitems) {
                                  /* a few lines would make millions of rules */
                                  dg_report(ctx->dg, DG_ERROR, "too-many", @1, "this block would make %zu rules (%zu roles, "
                                            "%zu expectations each); the limit is %d", nwho * nitems, nwho, nitems,
                                            PS_MAX_BLOCK_RULES);
                                  dg_hint(ctx->dg, "name a role that all of them are, like 'Member can expect from Officer'");
                                  who = NULL;
                              }
                              /* the items themselves serve the first beneficiary; the others get
                               * copies, appended after them (so count, do not follow, the items) */
                              for (bool first = true; who; who = who->next, first = false) {
                                  ast_decl *it = items;
                                  for (size_t k = 0; k < nitems; k++, it = it->next) {
                                      ast_decl *d = it;
                                      if (!first) { d = ast_decl_new(AR, D_NORM, it->at); OOM(d); d->u.norm = it->u.norm; }
                                      d->u.norm.subjects = ast_namelist_new(AR, $5, false); OOM(d->u.norm.subjects);
                                      d->u.norm.towards = who->name;
                                      d->u.norm.in_block = true;
                                      *tail = d; tail = &d->next;
                                  }
                              }
                              $$ = head;
                              if (!items) {
                                  dg_report(ctx->dg, DG_WARNING, "empty-block", @$, "this list of expectations is empty");
                                  dg_hint(ctx->dg, "write one expectation per line inside the braces");
                              } }
  ;

eitems:
    %empty                  { $$ = NULL; }
  | eitems eitem            { $$ = $1; if ($2) { $2->next = $1; $$ = $2; } }
  ;

eitem:
    opt_clause emod acts tails fallback NL
                            { loc first = $1.s ? @1 : (@2.end > @2.start ? @2 : @3);
                              $$ = ps_norm(ctx, NULL, $2, NULL, @2, AST_REVERSE(ast_act, $3), $4, $5,
                                           loc_span(first, loc_span(@3, @5))); OOM($$);
                              if ($1.s) { $$->u.norm.clause = $1.s; $$->u.norm.clause_at = $1.at; } }
  | NL                      { $$ = NULL; }
  | error NL                { $$ = NULL; ps_recovered(ctx); yyerrok; }
  ;

emod:
    %empty                  { $$ = MOD_MUST; }
  | NOT                     { $$ = MOD_MUST_NOT; }
  | modality                { $$ = $1; }
  ;

/* ---- routes ------------------------------------------------------------ */

route_block:
    ROUTE namelist route_by route_about opt_clause '{' steps '}'
                            { $$ = ast_decl_new(AR, D_ROUTE, @$); OOM($$);
                              ast_namelist *kinds = AST_REVERSE(ast_namelist, $2);   /* "complaint, concern" */
                              $$->u.route.kind = kinds->name; $$->u.route.more_kinds = kinds->next;
                              $$->u.route.by = $3; $$->u.route.about = $4;
                              $$->u.route.clause = $5.s; $$->u.route.clause_at = $5.at;
                              $$->u.route.steps = AST_REVERSE(ast_step, $7); }
  ;

route_by:
    %empty                  { $$ = no_name(); }
  | BY name                 { $$ = $2; }
  ;

route_about:
    %empty                  { $$ = no_name(); }
  | ABOUT name              { $$ = $2; }
  ;

steps:
    %empty                  { $$ = NULL; }
  | steps step              { $$ = $1; if ($2) { $2->next = $1; $$ = $2; } }
  ;

step:
    opt_clause step_body NL { $$ = $2; $$->clause = $1.s; $$->clause_at = $1.at;
                              if ($1.s) $$->at = loc_span(@1, $$->at); }
  | NL                      { $$ = NULL; }
  | error NL                { $$ = NULL; ps_recovered(ctx); yyerrok; }
  ;

step_body:
    INFORMALLY step_with step_tails
                            { $$ = ast_step_new(AR, @$); OOM($$); $$->informal = true;
                              $$->with = AST_REVERSE(ast_namelist, $2);
                              $$->cond = $3->cond; $$->within = $3->within; ps_spare_give(ctx, $3); }
  | WHEN cond ':' handler step_tails
                            { $$ = $4; $$->at = @$; $$->within = $5->within;
                              $$->cond = $2;
                              if ($5->cond) { ast_cond *c = ast_cond_new(AR, C_AND, @2); OOM(c); c->a = $2; c->b = $5->cond; $$->cond = c; }
                              ps_spare_give(ctx, $5); }
  | handler step_tails      { $$ = $1; $$->at = @$; $$->cond = $2->cond; $$->within = $2->within; ps_spare_give(ctx, $2); }
  | PROCEDURE name step_tails
                            { $$ = ast_step_new(AR, @$); OOM($$); $$->handler = $2;
                              $$->cond = $3->cond; $$->within = $3->within; ps_spare_give(ctx, $3); }
  | POSSIBLY step_body      { $$ = $2; $$->at = @$; $$->optional = true; }
  | PROCEDURE name ANDOR name TO name step_tails
                            { $$ = ps_referral(ctx, $4, $6, no_name(), no_name(), @$); OOM($$);
                              $$->or_procedure = $2; $$->choice = true;
                              $$->cond = $7->cond; $$->within = $7->within; ps_spare_give(ctx, $7); }
  | PROCEDURE name ANDOR name TO name name name step_tails
                            { $$ = ps_referral(ctx, $4, $6, $7, $8, @$); OOM($$);
                              $$->or_procedure = $2; $$->choice = true;
                              $$->cond = $9->cond; $$->within = $9->within; ps_spare_give(ctx, $9); }
  | name TO name step_tails
                            { $$ = ps_referral(ctx, $1, $3, no_name(), no_name(), @$); OOM($$);
                              $$->cond = $4->cond; $$->within = $4->within; ps_spare_give(ctx, $4); }
  | name TO name name name step_tails
                            { $$ = ps_referral(ctx, $1, $3, $4, $5, @$); OOM($$);
                              $$->cond = $6->cond; $$->within = $6->within; ps_spare_give(ctx, $6); }
  ;

/* Who handles it: "Clerk", "Clerk or Mayor" (the first who can), "Clerk
 * and/or Chair" (either), "head-of-service of subject" (a relation). */
handler:
    name alts               { $$ = ast_step_new(AR, @$); OOM($$); $$->handler = $1; $$->alts = AST_REVERSE(ast_namelist, $2); }
  | name choices            { $$ = ast_step_new(AR, @$); OOM($$); $$->handler = $1; $$->alts = AST_REVERSE(ast_namelist, $2);
                              $$->choice = true; }
  | name OF name            { $$ = ast_step_new(AR, @$); OOM($$); $$->handler = $1; $$->handler_of = $3; }
  ;

/* "Clerk or Mayor": whoever of them can take the case, in that order */
alts:
    %empty                  { $$ = NULL; }
  | alts OR name            { $$ = ast_namelist_new(AR, $3, false); OOM($$); $$->next = $1; }
  ;

/* "Clerk and/or Chair": either of them */
choices:
    ANDOR name              { $$ = ast_namelist_new(AR, $2, false); OOM($$); }
  | choices ANDOR name      { $$ = ast_namelist_new(AR, $3, false); OOM($$); $$->next = $1; }
  ;

step_with:
    %empty                  { $$ = NULL; }
  | WITH namelist           { $$ = $2; }
  ;

step_tails:
    %empty                  { $$ = ps_tails_new(ctx); OOM($$); }
  | step_tails WITHIN dur   { $$ = $1; $$->within = $3; }
  | step_tails WHEN cond    { $$ = $1;
                              if ($$->cond) { ast_cond *c = ast_cond_new(AR, C_AND, @3); OOM(c); c->a = $$->cond; c->b = $3; $$->cond = c; }
                              else $$->cond = $3; }
  | step_tails UNLESS cond  { $$ = $1;
                              ast_cond *n = ast_cond_new(AR, C_NOT, @3); OOM(n); n->a = $3;
                              if ($$->cond) { ast_cond *c = ast_cond_new(AR, C_AND, @3); OOM(c); c->a = $$->cond; c->b = n; $$->cond = c; }
                              else $$->cond = n; }
  ;

/* ---- calendars --------------------------------------------------------- */

calendar_block:
    CALENDAR name opt_string cal_extends '{' cal_items '}'
                            { $$ = ast_decl_new(AR, D_CALENDAR, @$); OOM($$);
                              $$->u.calendar = *$6;
                              $$->u.calendar.name = $2; $$->u.calendar.display = $3;
                              $$->u.calendar.extends = $4;
                              $$->u.calendar.rules = AST_REVERSE(ast_holiday, $6->rules); }
  ;

cal_extends:
    %empty                  { $$ = no_name(); }
  | EXTENDS name            { $$ = $2; }
  ;

/* Accumulates into a calendar; rules newest-first until calendar_block. */
cal_items:
    %empty                  { $$ = ar_alloc(AR, sizeof *$$); OOM($$); }
  | cal_items NL            { $$ = $1; }
  | cal_items WEEKEND weekend_list NL
                            { $$ = $1;
                              if ($$->weekend_set) {
                                  dg_report(ctx->dg, DG_ERROR, "duplicate", @2, "the weekend is already set for this calendar");
                                  dg_hint(ctx->dg, "list every weekend day on one line: 'weekend saturday, sunday'");
                              }
                              $$->weekend_set = true; $$->weekend_at = loc_span(@2, @3);
                              $$->weekend = AST_REVERSE(ast_namelist, $3); }
  | cal_items hol_kw STRING hol_spec hol_mods NL
                            { $$ = $1; ast_holiday *h = $4;
                              h->closure = $2; h->name = $3; h->name_at = @3;
                              h->at = loc_span(@2, loc_span(@4, @5));
                              h->substitute = $5->substitute; h->from_year = $5->from_year;
                              h->until_year = $5->until_year; h->except = AST_REVERSE(ast_word, $5->except);
                              h->next = $$->rules; $$->rules = h; }
  | cal_items error NL      { $$ = $1; ps_recovered(ctx); yyerrok; }
  ;

hol_kw:
    HOLIDAY                 { $$ = 0; }
  | CLOSED                  { $$ = 1; }
  ;

weekend_list:
    name                    { $$ = ast_namelist_new(AR, $1, false); OOM($$); }
  | weekend_list ',' name   { $$ = ast_namelist_new(AR, $3, false); OOM($$); $$->next = $1; }
  | weekend_list AND name   { $$ = ast_namelist_new(AR, $3, false); OOM($$); $$->next = $1; }
  ;

month:
    name                    { $$ = $1; }
  | MAY                     { $$ = nm("may", @1); }
  ;

hol_spec:
    ON NUMBER month          { $$ = ast_holiday_new(AR, @$); OOM($$); $$->kind = HOL_ON_DAY_MONTH;
                              $$->day = $2; $$->month = $3; }
  | ON DATE                 { $$ = ast_holiday_new(AR, @$); OOM($$); $$->kind = HOL_ON_DATE; $$->date = $2; }
  | ON name                 { $$ = ast_holiday_new(AR, @$); OOM($$); $$->kind = HOL_ON_EASTER;
                              ps_check_word(ctx, $2, "easter", "write 'on easter', 'on easter + 1' or 'on easter - 2'"); }
  | ON name '+' NUMBER      { $$ = ast_holiday_new(AR, @$); OOM($$); $$->kind = HOL_ON_EASTER; $$->offset = $4;
                              ps_check_word(ctx, $2, "easter", "only Easter can be offset: 'on easter + 1'"); }
  | ON name '-' NUMBER      { $$ = ast_holiday_new(AR, @$); OOM($$); $$->kind = HOL_ON_EASTER; $$->offset = -$4;
                              ps_check_word(ctx, $2, "easter", "only Easter can be offset: 'on easter - 2'"); }
  | ON name name OF month   { $$ = ast_holiday_new(AR, @$); OOM($$); $$->kind = HOL_ON_NTH;
                              $$->nth = $2; $$->weekday = $3; $$->month = $5; }
  | FROM NUMBER month TO NUMBER month
                            { $$ = ast_holiday_new(AR, @$); OOM($$); $$->kind = HOL_RANGE_YEARLY;
                              $$->day = $2; $$->month = $3; $$->day2 = $5; $$->month2 = $6; }
  | FROM DATE TO DATE       { $$ = ast_holiday_new(AR, @$); OOM($$); $$->kind = HOL_RANGE_DATES;
                              $$->date = $2; $$->date2 = $4; }
  ;

hol_mods:
    %empty                  { $$ = ar_alloc(AR, sizeof *$$); OOM($$); }
  | hol_mods SUBSTITUTE     { $$ = $1; $$->substitute = true; }
  | hol_mods FROM NUMBER    { $$ = $1; $$->from_year = $3; }
  | hol_mods UNTIL NUMBER   { $$ = $1; $$->until_year = $3; }
  | hol_mods EXCEPT numlist { $$ = $1;   /* both lists newest-first: prepend the new years */
                              ast_word *w = $3; while (w->next) w = w->next;
                              w->next = $$->except; $$->except = $3; }
  ;

numlist:
    NUMBER                  { $$ = ast_word_new(AR, W_NUMBER, NULL, @1); OOM($$); $$->num = $1; }
  | numlist ',' NUMBER      { $$ = ast_word_new(AR, W_NUMBER, NULL, @3); OOM($$); $$->num = $3; $$->next = $1; }
  ;

/* ---- people and scenarios ---------------------------------------------- */

person_decl:
    PERSON name opt_string IS holdings
                            { $$ = ast_decl_new(AR, D_PERSON, @$); OOM($$);
                              $$->u.person.name = $2; $$->u.person.display = $3;
                              $$->u.person.holds = AST_REVERSE(ast_holding, $5); }
  ;

holdings:
    holding                 { $$ = $1; }
  | holdings ',' holding    { $$ = $3; $3->next = $1; }
  | holdings AND holding    { $$ = $3; $3->next = $1; }
  ;

holding:
    hold_role hold_from hold_until
                            { $$ = ast_holding_new(AR, $1, @$); OOM($$); $$->from = $2; $$->until = $3; }
  | hold_role name hold_from hold_until
                            { $$ = ast_holding_new(AR, $1, @$); OOM($$); $$->from = $3; $$->until = $4;
                              ps_check_word(ctx, $2, "acting", "write 'acting' after the role for an acting holder");
                              $$->acting = true; }
  ;

/* the role held: its name, or in quotes its display name or alias ("Town Clerk") */
hold_role:
    name                    { $$ = $1; }
  | STRING                  { $$ = nm($1, @1); }
  ;

hold_from:
    %empty                  { $$ = INT32_MIN; }
  | FROM DATE               { $$ = $2; }
  ;

hold_until:
    %empty                  { $$ = INT32_MAX; }
  | UNTIL DATE              { $$ = $2; }
  ;

scenario_block:
    SCENARIO STRING '{' sitems '}'
                            { $$ = ast_decl_new(AR, D_SCENARIO, @$); OOM($$);
                              $$->u.scenario.name = $2; $$->u.scenario.name_at = @2;
                              $$->u.scenario.items = AST_REVERSE(ast_sitem, $4); }
  ;

sitems:
    %empty                  { $$ = NULL; }
  | sitems sitem            { $$ = $1; if ($2) { $2->next = $1; $$ = $2; } }
  ;

sitem:
    person_decl NL          { $$ = ast_sitem_new(AR, SI_PERSON, @1); OOM($$); $$->u.person = $1->u.person; }
  | DATE words NL           { $$ = ast_sitem_new(AR, SI_EVENT, loc_span(@1, @2)); OOM($$);
                              $$->u.event.day = $1; $$->u.event.minute = -1;
                              $$->u.event.words = ps_words_done($2); $$->u.event.at = $$->at; }
  | EXPECT words NL         { $$ = ast_sitem_new(AR, SI_EXPECT, loc_span(@1, @2)); OOM($$);
                              $$->u.expect.words = ps_words_done($2); $$->u.expect.at = $$->at; }
  | name words NL           { $$ = ast_sitem_new(AR, SI_SETTING, loc_span(@1, @2)); OOM($$);
                              $$->u.setting.key = $1; $$->u.setting.args = ps_words_done($2);
                              $$->u.setting.at = $$->at; }
  | NL                      { $$ = NULL; }
  | error NL                { $$ = NULL; ps_recovered(ctx); yyerrok; }
  ;

/* ---- registers (civic audit) ------------------------------------------- */
/* "register "NAME" { … }": how a register's columns become events.  Each
 * line is kept as words; interp/audit/ reads them (au_map.c), as the model
 * reads a scenario's event lines. */

register_block:
    REGISTER STRING '{' rlines '}'
                            { $$ = ast_decl_new(AR, D_REGISTER, @$); OOM($$);
                              $$->u.reg.name = $2; $$->u.reg.name_at = @2;
                              $$->u.reg.lines = AST_REVERSE(ast_rline, $4); }
  ;

rlines:
    %empty                  { $$ = NULL; }
  | rlines rline            { $$ = $1; if ($2) { $2->next = $1; $$ = $2; } }
  ;

rline:
    rword rwords NL         { $$ = ar_alloc(AR, sizeof *$$); OOM($$); $$->at = loc_span(@1, @2);
                              $1->next = ps_words_done($2); $$->words = $1; $$->next = NULL; }
  | NL                      { $$ = NULL; }
  | error NL                { $$ = NULL; ps_recovered(ctx); yyerrok; }
  ;

rwords:
    %empty                  { $$ = NULL; }
  | rwords rword            { $$ = $2; $2->next = $1; }
  ;

/* what a register's line may say besides the words of an event line */
rword:
    anyword                 { $$ = $1; }
  | ROLE                    { $$ = ast_word_new(AR, W_KEYWORD, "role", @1); OOM($$); }
  | PERSON                  { $$ = ast_word_new(AR, W_KEYWORD, "person", @1); OOM($$); }
  ;

%%

/* A statement's declarations go to the file: rules packed (unless the trees
 * are kept), the rest linked in as trees.  False when out of memory. */
static bool ps_add(ps_ctx *ctx, ast_decl *d)
{
    while (d) {
        ast_decl *next = d->next;
        d->next = NULL;
        if (d->kind == D_NORM && !ctx->keep_trees) {
            if (!pk_norm(&ctx->out->norms, d)) return false;
        } else {
            *ctx->out->tail = d;
            ctx->out->tail = &d->next;
            ctx->kept = true;
        }
        d = next;
    }
    return true;
}

/* Between top-level statements nothing on the parser's stack points into the
 * arena (names are interned elsewhere): what a statement allocated and did
 * not keep — a rule's tree once packed, the pieces of a statement in error —
 * is given back for the next one. */
static void ps_statement_done(ps_ctx *ctx)
{
    if (!ctx->keep_trees && !ctx->kept) ar_release(ctx->ar, ctx->mark);
    ctx->mark = ar_mark(ctx->ar);
    ctx->kept = false;
}

static void ps_recovered(ps_ctx *ctx) { ctx->recovering = false; }

static ast_word *ps_words_done(ast_word *rev) { return AST_REVERSE(ast_word, rev); }

static void ps_apply_clause(ps_ctx *ctx, ast_decl *d, ast_name clause)
{
    if (!clause.s) return;
    for (; d; d = d->next) {
        switch (d->kind) {
        case D_NORM:
            if (!d->u.norm.clause) { d->u.norm.clause = clause.s; d->u.norm.clause_at = clause.at; }
            d->at = loc_span(clause.at, d->at);
            break;
        case D_ROLE:
            d->u.role.clause = clause.s; d->u.role.clause_at = clause.at;
            break;
        case D_TERM:
            d->u.term.clause = clause.s; d->u.term.clause_at = clause.at;
            break;
        case D_ROUTE:
            if (!d->u.route.clause) { d->u.route.clause = clause.s; d->u.route.clause_at = clause.at; }
            break;
        case D_ADOPT:
            d->u.adopt.clause = clause.s; d->u.adopt.clause_at = clause.at;
            break;
        case D_RELATION:
            d->u.relation.clause = clause.s; d->u.relation.clause_at = clause.at;
            break;
        case D_REL:
            d->u.rel.clause = clause.s; d->u.rel.clause_at = clause.at;
            break;
        case D_SENIORITY:
            d->u.seniority.clause = clause.s; d->u.seniority.clause_at = clause.at;
            break;
        case D_COUNTS:
            d->u.counts.clause = clause.s; d->u.counts.clause_at = clause.at;
            break;
        case D_RENAME:
            d->u.rename.clause = clause.s; d->u.rename.clause_at = clause.at;
            break;
        default:
            dg_report(ctx->dg, DG_ERROR, "misplaced-clause", clause.at,
                      "a clause reference cannot come before this statement");
            dg_hint(ctx->dg, "clause references go before rules, roles, actions and routes");
            return;
        }
    }
}

static void ps_check_word(ps_ctx *ctx, ast_name w, const char *want, const char *hint)
{
    if (strcmp(w.s, want) == 0) return;
    dg_report(ctx->dg, DG_ERROR, "syntax", w.at, "unexpected '%s'; expected '%s'", w.s, want);
    dg_hint(ctx->dg, "%s", hint);
}

static const struct { const char *word; ast_unit unit; } ps_units[] = {
    { "day", U_DAYS }, { "days", U_DAYS }, { "hour", U_HOURS }, { "hours", U_HOURS },
    { "week", U_WEEKS }, { "weeks", U_WEEKS }, { "month", U_MONTHS }, { "months", U_MONTHS },
};

static ast_dur ps_duration(ps_ctx *ctx, long n, ast_name u1, ast_name u2, loc at)
{
    ast_dur d = { .kind = DUR_FIXED, .unit = U_DAYS, .n = n > 87840 ? 0 : (int32_t)n, .vague = NULL, .at = at };
    const char *unit = u1.s;
    bool working = false;
    if (u2.s) {
        if (strcmp(u1.s, "working") == 0 || strcmp(u1.s, "business") == 0) working = true;
        else if (strcmp(u1.s, "calendar") != 0) {
            dg_report(ctx->dg, DG_ERROR, "bad-duration", u1.at, "unknown kind of day '%s'", u1.s);
            sg_best b;
            sg_begin(&b, u1.s);
            sg_offer(&b, "working");
            sg_offer(&b, "calendar");
            if (sg_result(&b)) dg_hint(ctx->dg, "did you mean '%s'?", sg_result(&b));
            else dg_hint(ctx->dg, "write 'within 2 working days' or 'within 10 days'");
        }
        unit = u2.s;
    }
    size_t i;
    for (i = 0; i < sizeof ps_units / sizeof ps_units[0]; i++)
        if (strcmp(unit, ps_units[i].word) == 0) break;
    loc uat = u2.s ? u2.at : u1.at;
    if (i == sizeof ps_units / sizeof ps_units[0]) {
        if (!u2.s && strcmp(unit, "working") == 0) {
            dg_report(ctx->dg, DG_ERROR, "bad-duration", u1.at, "'working' what?");
            dg_hint(ctx->dg, "write 'within %ld working days'", n);
        } else {
            dg_report(ctx->dg, DG_ERROR, "bad-duration", uat, "unknown unit of time '%s'", unit);
            dg_hint(ctx->dg, "use working days, days, hours, weeks or months, like 'within 2 working days'");
        }
        return d;
    }
    d.unit = ps_units[i].unit;
    if (working) {
        if (d.unit != U_DAYS) {
            dg_report(ctx->dg, DG_ERROR, "bad-duration", uat, "only days can be working days");
            dg_hint(ctx->dg, "write 'within %ld working days'", n);
        }
        d.unit = U_WORKING_DAYS;
    }
    if (n > 3660 || (d.unit == U_HOURS && n > 87840)) {
        dg_report(ctx->dg, DG_ERROR, "bad-duration", at, "a deadline of %ld %s is too long", n, ast_unit_word(d.unit, n));
        dg_hint(ctx->dg, "deadlines are limited to about ten years");
        d.n = 0;
    }
    return d;
}

/* "within two working days" is a number in words, not a vague timing. */
static bool ps_number_word(ps_ctx *ctx, const ast_word *w)
{
    static const char *const words[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                         "ten", "eleven", "twelve", NULL };
    for (int i = 0; words[i]; i++) {
        if (strcasecmp(w->text, words[i]) != 0) continue;
        dg_report(ctx->dg, DG_ERROR, "bad-duration", w->at, "write the number in figures");
        const char *rest = w->next ? w->next->text : "working";
        const char *unit = w->next && w->next->next ? w->next->next->text : w->next ? "" : "days";
        dg_hint(ctx->dg, "write 'within %d %s%s%s'", i + 1, rest, *unit ? " " : "", unit);
        return true;
    }
    return false;
}

/* "a month", "an hour", "one week", "a fortnight": exact periods in words. */
static bool ps_one_unit(ps_ctx *ctx, const ast_word *w, ast_dur *d, loc at)
{
    if (!w->next) return false;
    bool one = strcasecmp(w->text, "a") == 0 || strcasecmp(w->text, "an") == 0 || strcasecmp(w->text, "one") == 0;
    const ast_word *u = w->next;
    if (!one) return false;
    ast_name u1 = nm(u->text, u->at), u2 = no_name();
    if (strcmp(u->text, "fortnight") == 0 && !u->next) {
        *d = ps_duration(ctx, 2, nm("weeks", u->at), no_name(), at);
        return true;
    }
    if (u->next) {
        if (u->next->next) return false;
        u2 = nm(u->next->text, u->next->at);
        if (strcmp(u->text, "working") != 0 && strcmp(u->text, "calendar") != 0 && strcmp(u->text, "business") != 0)
            return false;
    }
    static const char *const units[] = { "day", "hour", "week", "month", NULL };
    const char *unit = u2.s ? u2.s : u1.s;
    for (int i = 0; units[i]; i++) {
        if (strcmp(unit, units[i]) != 0) continue;
        *d = ps_duration(ctx, 1, u1, u2, at);
        return true;
    }
    return false;
}

/* A phrase that names a unit of time but no number ("the week", "a few
 * days"): it reads as a period, but Civic cannot count it.  One error, not
 * a vague deadline that would quietly never be breached. */
static bool ps_uncountable(ps_ctx *ctx, const ast_word *w, loc at)
{
    static const char *const units[] = { "day", "days", "week", "weeks", "month", "months", "hour", "hours",
                                         "fortnight", "year", "years", NULL };
    for (const ast_word *p = w; p; p = p->next)
        for (int i = 0; units[i]; i++) {
            if (strcmp(p->text, units[i]) != 0) continue;
            dg_report(ctx->dg, DG_ERROR, "bad-duration", at, "Civic cannot count this period: give it a number");
            dg_hint(ctx->dg, "write a number, like 'within 1 week' or 'within 10 working days', or "
                             "'by the end of the next working day'");
            return true;
        }
    return false;
}

static ast_dur ps_vague_text(ps_ctx *ctx, const char *text, loc at)
{
    ast_dur d = { .kind = DUR_VAGUE, .unit = U_DAYS, .n = 0, .vague = ps_intern(ctx, text, strlen(text)), .at = at };
    if (!d.vague) { dg_oom(ctx->dg); d.vague = ""; }
    return d;
}

/* "as soon as possible" after a rule: the vague timing it always was,
 * unless a period is set too (then it is that period's target). */
static void ps_asap(ps_ctx *ctx, ast_dur *d, loc at)
{
    if (d->kind == DUR_FIXED) { d->asap = true; return; }
    *d = ps_vague_text(ctx, "as soon as possible", at);
}

/* "by the end of the next working day" (1 working day), "of the working
 * day" (0: that day, or the next working day), "of the next day" (1 day),
 * "of the day".  Anything else is one error with the forms to write. */
static ast_dur ps_end_of(ps_ctx *ctx, ast_word *rev, loc at)
{
    ast_word *w = AST_REVERSE(ast_word, rev);
    ast_dur d = { .kind = DUR_NONE, .unit = U_DAYS, .n = 0, .vague = NULL, .at = at };
    const ast_word *p = w;
    if (p && strcmp(p->text, "the") == 0) p = p->next;
    long n = 0;
    if (p && (strcmp(p->text, "next") == 0 || strcmp(p->text, "following") == 0)) { n = 1; p = p->next; }
    bool working = false;
    if (p && (strcmp(p->text, "working") == 0 || strcmp(p->text, "business") == 0)) { working = true; p = p->next; }
    if (p && strcmp(p->text, "day") == 0 && !p->next) {
        d.kind = DUR_FIXED;
        d.unit = working ? U_WORKING_DAYS : U_DAYS;
        d.n = (int32_t)n;
        d.form = DF_END_OF;
        char buf[64];
        snprintf(buf, sizeof buf, "%s%sday", n ? "the next " : "the ", working ? "working " : "");
        d.vague = ps_intern(ctx, buf, strlen(buf));   /* the words after "by the end of", for the text */
        if (!d.vague) dg_oom(ctx->dg);
        return d;
    }
    dg_report(ctx->dg, DG_ERROR, "bad-duration", at, "Civic does not know this timing");
    dg_hint(ctx->dg, "write 'by the end of the next working day', 'by the end of the working day' or "
                     "'within 2 working days'");
    return d;
}

/* "within 10 working days of receipt": counted from the day the thing
 * arrived, which is how every period is counted; said in full. */
static void ps_of(ps_ctx *ctx, ast_dur *d, ast_word *rev)
{
    ast_word *w = AST_REVERSE(ast_word, rev);
    const ast_word *p = w;
    while (p && (strcmp(p->text, "the") == 0 || strcmp(p->text, "its") == 0 || strcmp(p->text, "their") == 0)) p = p->next;
    if (p && !p->next && (strcmp(p->text, "receipt") == 0 || strcmp(p->text, "receiving") == 0 ||
                          strcmp(p->text, "arrival") == 0)) {
        d->receipt = true;
        return;
    }
    loc at = w ? w->at : d->at;
    for (const ast_word *q = w; q; q = q->next) at = loc_span(at, q->at);
    dg_report(ctx->dg, DG_ERROR, "bad-duration", at, "a period is counted from the event that starts the duty");
    dg_hint(ctx->dg, "write 'within %d %s of receipt', or leave 'of …' out: it means the same", (int)d->n,
            ast_unit_word(d->unit, d->n));
}

static ast_step *ps_referral(ps_ctx *ctx, ast_name verb, ast_name to, ast_name under, ast_name proc, loc at)
{
    ast_step *s = ast_step_new(ctx->ar, at);
    if (!s) return NULL;
    ps_check_word(ctx, verb, "refer", "a referral out of this protocol reads 'refer to MonitoringOfficer', "
                                      "or 'refer to MonitoringOfficer under code-of-conduct-complaint'");
    if (under.s) ps_check_word(ctx, under, "under", "write 'refer to MonitoringOfficer under code-of-conduct-complaint'");
    s->referral = true;
    s->handler = to;
    s->under = proc;
    return s;
}

static ast_dur ps_vague(ps_ctx *ctx, ast_word *rev, loc at)
{
    ast_word *w = AST_REVERSE(ast_word, rev);
    size_t len = 0;
    for (ast_word *p = w; p; p = p->next) len += strlen(p->text) + 1;
    char *buf = ar_alloc(ctx->ar, len + 1);
    ast_dur d = { .kind = DUR_VAGUE, .unit = U_DAYS, .n = 0, .vague = "", .at = at };
    if (w && ps_one_unit(ctx, w, &d, at)) return d;
    if (w && ps_number_word(ctx, w)) { d.kind = DUR_NONE; d.vague = NULL; return d; }
    if (w && ps_uncountable(ctx, w, at)) { d.kind = DUR_NONE; d.vague = NULL; return d; }
    if (!buf) { dg_oom(ctx->dg); return d; }
    size_t k = 0;
    for (ast_word *p = w; p; p = p->next) {
        size_t n = strlen(p->text);
        memcpy(buf + k, p->text, n);
        k += n;
        if (p->next) buf[k++] = ' ';
    }
    buf[k] = '\0';
    /* interned: a packed rule keeps the text by address (ast_pack.h) */
    d.vague = ps_intern(ctx, buf, k);
    if (!d.vague) { dg_oom(ctx->dg); d.vague = ""; }
    return d;
}

/* The tails and fallback of a rule live only until ps_norm has read them:
 * they are taken from, and given back to, a list of spares, not left in the
 * arena (a file of 100,000 rules left 7 MB of them behind). */
struct ps_spare { struct ps_spare *next; };
union ps_spare_u { struct ps_tails t; struct ps_fallback f; struct ps_spare s; };

/* Spares live in an arena of their own, not in ctx->ar, which gives memory
 * back statement by statement; ps_run_parser frees it. */
static void *ps_spare_take(ps_ctx *ctx)
{
    struct ps_spare *p = ctx->spares;
    if (!p) return ar_alloc(&ctx->spare_ar, sizeof(union ps_spare_u));
    ctx->spares = p->next;
    memset(p, 0, sizeof(union ps_spare_u));
    return p;
}

static void ps_spare_give(ps_ctx *ctx, void *p)
{
    if (!p) return;
    struct ps_spare *s = p;
    s->next = ctx->spares;
    ctx->spares = s;
}

static struct ps_tails *ps_tails_new(ps_ctx *ctx) { return ps_spare_take(ctx); }
static struct ps_fallback *ps_fallback_new(ps_ctx *ctx) { return ps_spare_take(ctx); }

static ast_decl *ps_norm(ps_ctx *ctx, ast_namelist *subj, int mod, const char *modword, loc modat,
                         ast_act *acts, struct ps_tails *t, struct ps_fallback *f, loc at)
{
    ast_decl *d = ast_decl_new(ctx->ar, D_NORM, at);
    if (!d) return NULL;
    ast_norm *n = &d->u.norm;
    n->subjects = subj;
    n->mod = (ast_modality)mod;
    n->mod_word = modword ? modword : ast_modality_word(n->mod);
    n->mod_at = modat;
    n->acts = acts;
    n->within = t->within;
    n->target = t->target;
    n->cond = t->cond;
    n->overrides = t->overrides;
    if (f) {
        n->fallback = f->acts;
        n->fallback_within = f->tails->within;
        if (f->tails->cond) {
            dg_report(ctx->dg, DG_ERROR, "syntax", f->tails->cond->at, "a fallback cannot have its own condition");
            dg_hint(ctx->dg, "put 'when …' before 'otherwise'");
        }
        if (f->tails->overrides) n->overrides = f->tails->overrides;
        ps_spare_give(ctx, f->tails);
        ps_spare_give(ctx, f);
    }
    ps_spare_give(ctx, t);
    return d;
}

/* ---- syntax errors ------------------------------------------------------ */

const char *ps_token_name(int tok)
{
    /* tok is a token kind as yylex returns it; map to bison's symbol. */
    yysymbol_kind_t s = YYTRANSLATE(tok);
    return yysymbol_name(s);
}

static void ps_sym(char *buf, size_t n, yysymbol_kind_t s)
{
    static const char *const classes[][2] = {
        { "name", "a name" }, { "string", "a string" }, { "clause reference", "a clause reference" },
        { "number", "a number" }, { "date", "a date" }, { "time", "a time" },
        { "end of line", "end of line" }, { "end of file", "end of file" },
    };
    const char *name = yysymbol_name(s);
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (strcmp(name, classes[i][0]) == 0) { snprintf(buf, n, "%s", classes[i][1]); return; }
    if (name[0] == '\'') snprintf(buf, n, "%s", name);
    else snprintf(buf, n, "'%s'", name);
}

static const char *ps_keywords[] = {
    "protocol", "use", "role", "is", "aka", "manages", "appoints", "external", "action", "thing",
    "procedure", "must", "will", "shall", "should", "may", "not", "cannot", "can", "expect", "to",
    "from", "with", "about", "of", "for", "by", "on", "and", "or", "when", "unless", "within",
    "otherwise", "overrides", "route", "informally", "scenario", "person", "calendar", "holiday",
    "closed", "extends", "weekend", "substitute", "except", "until", "adopts", "omits", "relation",
    "seniority", "above", "only", "junior", "senior", "counts", "possibly", "kind", "register", NULL
};

/* The words a statement can begin with: a misspelt one ("rout", "scenaro")
 * is read as a rule's role, and the error comes at the next word. */
static const char *const ps_stmt_words[] = {
    "protocol", "use", "role", "action", "thing", "procedure", "route", "scenario", "person", "calendar",
    "relation", "seniority", "kind", "adopts", "omits", "only", "register", NULL
};

static void ps_token_text(ps_ctx *ctx, loc at, char *buf, size_t n);

/* "rout complaint by Member … {": the error comes later (up to the '{',
 * the line reads as a deed: "rout complaint" counts as …), but the mistake
 * is "rout".  True when it said so. */
static bool ps_misspelt_start(ps_ctx *ctx, int ntok)
{
    (void)ntok;
    if (ctx->stmt_first != IDENT) return false;
    switch (ctx->stmt_second) {   /* "Route must …": a rule, whose role it names */
    case MUST: case WILL: case SHALL: case SHOULD: case MAY: case CANNOT: case CAN: case MANAGES: case APPOINTS:
    case ',': case AND: case IS: case AKA: return false;
    default: break;
    }
    char text[48];
    ps_token_text(ctx, ctx->stmt_first_at, text, sizeof text);
    sg_best b;
    sg_begin(&b, text);
    for (const char *const *w = ps_stmt_words; *w; w++) sg_offer(&b, *w);
    const char *near = sg_result(&b);
    if (!near || strcmp(near, text) == 0) return false;
    dg_report(ctx->dg, DG_ERROR, "syntax", ctx->stmt_first_at, "unknown word '%s' at the start of a statement", text);
    dg_hint(ctx->dg, "did you mean '%s'?", near);
    return true;
}

const char *const *ps_keyword_list(void) { return ps_keywords; }

static void ps_token_text(ps_ctx *ctx, loc at, char *buf, size_t n)
{
    const src_file *f = src_get(ctx->src, at.file);
    size_t len = at.end > at.start ? at.end - at.start : 0;
    if (!f || len == 0) { snprintf(buf, n, "?"); return; }
    if (len > 40) len = 40;
    snprintf(buf, n, "%.*s", (int)len, f->text + at.start);
}

/* The form of the statement being read, when nothing more particular can
 * be said: what it is comes from its first word (lexer.l) and the block it
 * stands in. */
static void ps_syntax_hint(ps_ctx *ctx)
{
    const char *block = NULL;
    for (int d = ctx->depth; d-- > 0 && !block;) block = ctx->open_what[d];
    const char *what = ctx->stmt_what ? ctx->stmt_what : "rule";
    static const struct { const char *block, *what, *hint; } forms[] = {
        { "protocol", NULL, "a protocol field reads like 'council \"Houghton Regis Town Council\"', "
                            "'adopted 2015-09-28', 'review every 1 year [13.1]' or 'calendar england-and-wales'" },
        { "route", NULL, "a step reads like '[12.3] Clerk', '[12.2] informally with Clerk', "
                         "'[12.3] ChairCorporateServices when about Clerk', '[12.3] Clerk and/or Chair', "
                         "'possibly Council', 'refer to MonitoringOfficer' or '[1.11.5] procedure disciplinary'" },
        { "scenario", NULL, "a scenario line reads like 'person alice is Member', "
                            "'2025-12-23 alice sends enquiry to bob' or 'expect [10.2] due 2025-12-29'" },
        { "calendar", NULL, "a calendar line reads like 'holiday \"Christmas Day\" on 25 december substitute', "
                            "'closed \"Christmas closure\" from 27 december to 31 december' or 'weekend saturday, sunday'" },
        { "role", NULL, "inside a role's braces, write 'manages ROLE' or 'appoints ROLE'" },
        { NULL, "role", "a role reads like 'role ChairCorporateServices \"Chair of Corporate Services Committee\" "
                        "is CommitteeChair aka \"Chair of Corporate Services\"'" },
        { NULL, "use", "write 'use \"roles\"' for the shared vocabulary, or 'use \"FILE\"' for a file beside this one" },
        { NULL, "protocol", "a protocol block begins 'protocol \"Officer/Member Protocol\" {', with its fields on the "
                            "lines after it" },
        { NULL, "route", "a route begins like 'route complaint by Member about Officer [12.3] {', with one step a line" },
        { NULL, "scenario", "a scenario begins 'scenario \"NAME\" {', with people, dated events and expectations inside" },
        { NULL, "calendar", "a calendar begins like 'calendar ours extends england-and-wales {'" },
        { NULL, "person", "a person reads like 'person alice is Member' or "
                          "'person carol \"Carol Jones\" is Clerk from 2024-05-01'" },
        { NULL, "term", "write 'action NAME \"how it reads\" aka OTHER-NAME', 'thing NAME' or 'procedure NAME'" },
        { NULL, "adopt", "write '[4.3] adopts [MP-1], [MP-2]' or 'omits [MP-12]'" },
        { NULL, "relation", "a relation reads like 'relation line-manager \"line manager\" of Officer is Officer', "
                            "or 'relation line-manager of ManagingDirector is Leader' for an exception" },
        { NULL, "seniority", "write 'seniority Clerk above DeputyClerk, RFO above Officer', most senior first" },
        { NULL, "rule", "a rule reads '[CLAUSE] ROLE must|should|may|must not ACTION [THING] [from|to ROLE] "
                        "[within N working days]', like '[10.2] Officer must respond to enquiry from Member within 2 "
                        "working days'" },
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        if (forms[i].block && (!block || strcmp(forms[i].block, block) != 0)) continue;
        if (!forms[i].block && block && strcmp(block, "role") != 0) continue;
        if (forms[i].what && strcmp(forms[i].what, what) != 0) continue;
        dg_hint(ctx->dg, "%s", forms[i].hint);
        return;
    }
}

/* A keyword of the expected ones (or, where a rule's modality belongs, of
 * the modalities) close to the word the parser could not take: "mustt",
 * "shuold", "role Foo si Officer".  Only words of letters are keywords worth
 * offering; the classes ("name", "date", …) are not words. */
static const char *ps_near_keyword(const char *text, const yysymbol_kind_t *exp, int nexp, bool modal)
{
    static const char *const modals[] = { "must", "should", "may", "shall", "will", "cannot", NULL };
    sg_best b;
    sg_begin(&b, text);
    if (b.cap > 1) b.cap = strlen(text) <= 5 ? 1 : 2;   /* a keyword is short: "once" is not "on" */
    if (modal) {
        for (const char *const *w = modals; *w; w++) sg_offer(&b, *w);
        return sg_result(&b);
    }
    for (int i = 0; i < nexp; i++) {
        switch (exp[i]) {
        case YYSYMBOL_IDENT: case YYSYMBOL_STRING: case YYSYMBOL_CLAUSE: case YYSYMBOL_NUMBER:
        case YYSYMBOL_DATE: case YYSYMBOL_TIME: case YYSYMBOL_YEARMONTH: case YYSYMBOL_NL: case YYSYMBOL_YYEOF:
            continue;
        default: break;
        }
        const char *name = yysymbol_name(exp[i]);
        if (name[strspn(name, "abcdefghijklmnopqrstuvwxyz")] == '\0') sg_offer(&b, name);
    }
    return sg_result(&b);
}

/* "Officer must X otherwse Officer must Y": the second modality is the
 * error, but the mistake is the misspelt 'otherwise' before it, read as a
 * word of the act.  True when it said so. */
static bool ps_misspelt_otherwise(ps_ctx *ctx, yysymbol_kind_t tok, loc at)
{
    if (tok != YYSYMBOL_MUST && tok != YYSYMBOL_SHOULD && tok != YYSYMBOL_MAY && tok != YYSYMBOL_SHALL &&
        tok != YYSYMBOL_WILL && tok != YYSYMBOL_CANNOT)
        return false;
    const src_file *f = src_get(ctx->src, at.file);
    if (!f || ctx->stmt_first_at.file != at.file || ctx->stmt_first_at.start >= at.start) return false;
    for (uint32_t i = ctx->stmt_first_at.start; i < at.start;) {
        uint32_t j = i;
        while (j < at.start && f->text[j] >= 'a' && f->text[j] <= 'z') j++;
        char word[16];
        if (j - i >= 6 && j - i < sizeof word) {
            snprintf(word, sizeof word, "%.*s", (int)(j - i), f->text + i);
            if (strcmp(word, "otherwise") != 0 && sg_distance(word, "otherwise", 2) <= 2) {
                loc wat = { at.file, i, j };
                dg_report(ctx->dg, DG_ERROR, "syntax", wat, "unknown word '%s' before a second rule", word);
                dg_hint(ctx->dg, "did you mean 'otherwise'? A fallback reads '… otherwise ROLE must …'");
                return true;
            }
        }
        i = j == i ? i + 1 : j;
    }
    return false;
}

/* A name where a keyword belongs: "Must" (case), "mustt" (spelling).  True
 * when it gave the hint. */
static bool ps_word_hint(ps_ctx *ctx, loc at, const yysymbol_kind_t *exp, int nexp, bool modal)
{
    char text[48];
    ps_token_text(ctx, at, text, sizeof text);
    for (const char **kw = ps_keywords; *kw; kw++) {
        if (strcasecmp(text, *kw) == 0 && strcmp(text, *kw) != 0) {
            dg_hint(ctx->dg, "keywords are written in lower case: '%s'", *kw);
            return true;
        }
    }
    const char *near = ps_near_keyword(text, exp, nexp, modal);
    if (!near || strcmp(near, text) == 0) return false;
    dg_hint(ctx->dg, "did you mean '%s'?", near);
    return true;
}

static int yyreport_syntax_error(const yypcontext_t *yyctx, ps_ctx *ctx)
{
    if (ctx->aborted) return 0;
    yysymbol_kind_t tok = yypcontext_token(yyctx);
    loc at = *yypcontext_location(yyctx);
    yysymbol_kind_t exp[YYNTOKENS];
    int nexp = yypcontext_expected_tokens(yyctx, exp, YYNTOKENS);
    char got[80], msg[512];
    ctx->recovering = true;
    ctx->err_depth = ctx->tok_depth;

    if (tok == YYSYMBOL_YYEOF && ctx->depth > 0) {
        int line, col;
        loc open = ctx->open_at[ctx->depth - 1];
        src_linecol(ctx->src, open.file, open.start, &line, &col);
        dg_report(ctx->dg, DG_ERROR, "syntax", at, "unexpected end of file: the '{' on line %d is never closed", line);
        dg_hint(ctx->dg, "add a '}' on a line of its own to end the block");
        return 0;
    }
    /* One mistake, one message: when this statement has already had an
     * error (a bad character, an unclosed string, a number run into a
     * word), the syntax error is only its echo. */
    if (ctx->dg->errors > ctx->stmt_errors) return 0;
    if (ps_misspelt_start(ctx, ctx->stmt_ntok)) return 0;
    if (ps_misspelt_otherwise(ctx, tok, at)) return 0;
    /* "Officer respond to enquiry": read so far as a deed ("respond to enquiry
     * counts as …"), but the mistake is the missing modality after the role. */
    bool deed = false, modal = false;
    for (int i = 0; i < nexp; i++) deed |= exp[i] == YYSYMBOL_COUNTS;
    if (deed && ctx->stmt_first == IDENT && ctx->stmt_second_at.end > ctx->stmt_second_at.start) {
        modal = true;
        at = ctx->stmt_second_at;
        tok = YYSYMBOL_IDENT;
        nexp = 6;   /* as many as a rule's modalities: no list, the rule's hint */
        exp[0] = YYSYMBOL_MUST;
        for (int i = 1; i < nexp; i++) exp[i] = YYSYMBOL_MUST;
    }
    if (tok == YYSYMBOL_NL) snprintf(got, sizeof got, "end of line");
    else if (tok == YYSYMBOL_YYEOF) snprintf(got, sizeof got, "end of file");
    else {
        char text[48];
        ps_token_text(ctx, at, text, sizeof text);
        snprintf(got, sizeof got, "'%s'", text);
    }
    int k = snprintf(msg, sizeof msg, "unexpected %s", got);
    if (nexp > 0 && nexp <= 5) {
        k += snprintf(msg + k, sizeof msg - (size_t)k, "; expected ");
        for (int i = 0; i < nexp && (size_t)k < sizeof msg; i++) {
            char e[64];
            ps_sym(e, sizeof e, exp[i]);
            k += snprintf(msg + k, sizeof msg - (size_t)k, "%s%s", i == 0 ? "" : (i == nexp - 1 ? " or " : ", "), e);
        }
    }
    dg_report(ctx->dg, DG_ERROR, "syntax", at, "%s", msg);

    /* Hints for the mistakes clerks make most. */
    bool want_modal = false, want_name = false;
    for (int i = 0; i < nexp; i++) {
        if (exp[i] == YYSYMBOL_MUST) want_modal = true;
        if (exp[i] == YYSYMBOL_IDENT) want_name = true;
    }
    if (tok == YYSYMBOL_IDENT && ps_word_hint(ctx, at, exp, nexp, modal)) return 0;
    if (want_modal && nexp > 5)
        dg_hint(ctx->dg, "a rule reads ROLE must|should|may|must not ACTION …, like 'Member must not instruct Officer'");
    else if (want_modal)
        dg_hint(ctx->dg, "a rule reads ROLE must|should|may|must not ACTION …, like 'Member must not instruct Officer'");
    else if (tok == YYSYMBOL_STRING && want_name)
        dg_hint(ctx->dg, "names are written without quotes here");
    else if (tok == YYSYMBOL_NL && nexp == 1 && exp[0] == YYSYMBOL_IDENT)
        dg_hint(ctx->dg, "the line ends before the name it needs");
    else if (strcmp(yysymbol_name(tok), "')'") == 0 && ctx->paren == 0)
        dg_hint(ctx->dg, "there is no '(' for this ')' to close");
    else
        ps_syntax_hint(ctx);
    return 0;
}

int ps_run_parser(ps_ctx *ctx)
{
    ar_init(&ctx->spare_ar);
    ctx->mark = ar_mark(ctx->ar);
    ctx->kept = false;
    int rc = yyparse(ctx);
    /* a last statement cut off by the end of the file, or by an error */
    if (!ctx->keep_trees && !ctx->kept) ar_release(ctx->ar, ctx->mark);
    ctx->spares = NULL;
    ar_free(&ctx->spare_ar);
    return rc;
}
