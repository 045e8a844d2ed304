/* parse — turning one file's text into an ast_file.
 *
 * ps_parse runs the flex scanner (reentrant, in place over the source text)
 * and the bison parser (pure, with locations) over one file, appending
 * declarations to `out` and reporting every syntax error to the sink;
 * error recovery resynchronises at the end of the statement, so one run
 * reports each mistake once.  The AST goes into `ar`; names into `names`.
 *
 * ps_lex_only scans without parsing, for the lexer benchmark and tests.
 */
#ifndef CIVIC_PARSE_H
#define CIVIC_PARSE_H

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "intern.h"
#include "source.h"

enum { PS_MAX_DEPTH = 100 };   /* braces and parentheses */
enum { PS_MAX_BLOCK_RULES = 10000 };   /* rules one "X, Y can expect from Z { … }" block makes */

/* What the flex scanner itself (lexer.l's rules) reads and writes: nothing
 * of the parser's.  dg is where its diagnostics go. */
typedef struct lx_state {
    uint32_t file;
    uint32_t off;            /* byte offset of the next character */
    uint32_t nl_off;         /* where the pending newline was */
    dg_sink *dg;
    in_table *names;
    bool pasted_warned;      /* a non-breaking space has been reported once: the others are read as spaces */
} lx_state;

typedef struct ps_ctx {
    arena *ar;               /* the tree; names must be interned elsewhere (see below) */
    in_table *names;
    dg_sink *dg;
    src_set *src;
    uint32_t file;
    ast_file *out;
    void *scanner;           /* yyscan_t */
    lx_state lx;             /* the scanner's own state (see above) */
    /* the token stream as the parser sees it (lexer.l's ps_yylex) */
    uint32_t off;            /* where the scanner stood after the last token fetched */
    int last;                /* previous token returned to the parser */
    uint32_t last_end;       /* where it ended: the end of file's NL stands there ("role X is" + EOF) */
    int pending;             /* a token to return before scanning on */
    loc pending_at;
    int depth;
    int paren;
    loc open_at[PS_MAX_DEPTH + 1];   /* where each open brace began */
    const char *open_what[PS_MAX_DEPTH + 1];
    bool aborted;            /* a fatal lexical error: stop quietly */
    bool eof_nl_sent;
    bool at_eof;
    /* Rules are packed into out->norms as each is read, and the memory of
     * their trees given back (ast_pack.h): `names` must then not allocate in
     * `ar`.  keep_trees leaves rules in out->decls as trees instead (the
     * parser's unit tests look at them). */
    bool keep_trees;
    /* parser state (parser.y) */
    ar_mark_t mark;          /* where the statement being read began in ar */
    bool kept;               /* the statement being read left a tree that must stay */
    struct ps_spare *spares; /* tails and fallbacks read and done with, for reuse */
    arena spare_ar;          /* where they live: not `ar`, which is given back statement by statement */
    const char *stmt_what;   /* the kind of statement being parsed ("role", "rule", …), for hints */
    int stmt_ntok;           /* tokens of it read so far */
    int stmt_first;          /* its first token (after a clause), and where: "rout" for "did you mean 'route'" */
    loc stmt_first_at;
    int stmt_first_n;        /* stmt_ntok when it was read */
    loc stmt_second_at;      /* the token after it, and its kind */
    int stmt_second;
    loc stmt_at;
    uint32_t last_error_off; /* to report one error per statement */
    bool have_error;
    bool recovering;         /* between a syntax error and its `error NL` */
    int err_depth;           /* brace depth of the statement in error */
    int tok_depth;           /* brace depth before the last token returned */
    int pending_pre;         /* tok_depth of the pending token */
    size_t stmt_errors;      /* errors reported before the statement being parsed began */
} ps_ctx;

/* Parse file `file` of ctx->src.  Returns the number of errors reported. */
size_t ps_parse(ps_ctx *ctx);
/* Intern a text the parser makes (with the names). */
const char *ps_intern(ps_ctx *ctx, const char *s, size_t n);
/* Scan only, always in line (the floor of make bench); returns the number of tokens. */
size_t ps_lex_only(ps_ctx *ctx);
/* The tokens as the parser sees them (continuations applied, the end of
 * line before a '}' and at the end supplied), each handed to fn with its
 * location until fn returns false; for civic fmt.  The diagnostics of the
 * scan go to ctx->dg.  False when out of memory or stopped by fn. */
bool ps_lex_each(ps_ctx *ctx, bool (*fn)(void *arg, int tok, loc at), void *arg);
/* A line that begins with tok continues the statement of the line before;
 * a line that ends with tok continues on the next (for civic fmt). */
bool ps_tok_leads_line(int tok);
bool ps_tok_continues(int tok);
/* Keyword spelling of a token number, for messages ("'otherwise'"). */
const char *ps_token_name(int tok);
/* The keywords, NULL-terminated: the table the parser's hints use (and the
 * language server's completion). */
const char *const *ps_keyword_list(void);

#endif
