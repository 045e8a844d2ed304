/* lsp — `civic lsp`: the Language Server Protocol over standard input and
 * output, for VS Code, Neovim, Emacs (Eglot) and any other client.
 *
 *   lsp_rpc.c       JSON-RPC: Content-Length framing, messages built and read
 *                   with Jansson, replies and errors
 *   lsp_text.c      positions: LSP's line and UTF-16 character <-> byte
 *                   offsets, and the edits of an incremental change
 *   lsp_doc.c       the open documents: their text, the session each is
 *                   loaded through (as `civic check` loads a file), its
 *                   tokens, its diagnostics; URIs, paths and locations
 *   lsp_nav.c       hover and go to definition
 *   lsp_complete.c  completion
 *   lsp_outline.c   document symbols and formatting
 *   cmd_lsp.c       the command: options, the lifecycle, the dispatch table
 *
 * Every answer comes from what the other commands use: the session's
 * diagnostics, the query answers (answer.h) rendered by the text renderer,
 * the model's names and locations, the formatter (fmt.h).
 *
 * Memory: the server owns its documents (ls_doc: the text malloc'd, a
 * session each, the tokens) and frees one on didClose, all at exit.  JSON
 * values are Jansson's, reference counted: a function returning json_t *
 * returns a new reference, which its caller sends or releases.  Jansson
 * allocates through fail_malloc (fault injection covers it, but for the
 * parsing of a message: lr_parse), and a failed allocation sets ls_oom, so that a reply built short of memory is replaced
 * by an "out of memory" error rather than sent incomplete.
 */
#ifndef CIVIC_LSP_H
#define CIVIC_LSP_H

#include "session.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

/* JSON-RPC and LSP error codes. */
enum {
    LS_PARSE_ERROR = -32700,
    LS_INVALID_REQUEST = -32600,
    LS_METHOD_NOT_FOUND = -32601,
    LS_INVALID_PARAMS = -32602,
    LS_INTERNAL_ERROR = -32603,
    LS_NOT_INITIALIZED = -32002,
};

/* LSP's enumerations, as numbers on the wire. */
enum { LS_SEV_ERROR = 1, LS_SEV_WARNING = 2 };
enum { LS_SYNC_FULL = 1, LS_SYNC_INCREMENTAL = 2 };
enum {
    LS_SYM_FILE = 1, LS_SYM_MODULE = 2, LS_SYM_NAMESPACE = 3, LS_SYM_CLASS = 5, LS_SYM_METHOD = 6,
    LS_SYM_FIELD = 8, LS_SYM_FUNCTION = 12, LS_SYM_STRING = 15, LS_SYM_OBJECT = 19, LS_SYM_KEY = 20,
    LS_SYM_STRUCT = 23, LS_SYM_EVENT = 24,
};
enum {
    LS_CI_TEXT = 1, LS_CI_FUNCTION = 3, LS_CI_CLASS = 7, LS_CI_MODULE = 9, LS_CI_PROPERTY = 10, LS_CI_VALUE = 12,
    LS_CI_KEYWORD = 14, LS_CI_REFERENCE = 18, LS_CI_EVENT = 23,
};

/* The largest message read: a document of the most Civic reads, escaped. */
#define LS_MAX_BODY ((size_t)SRC_MAX_BYTES * 4)

/* ---- lsp_text.c: positions -------------------------------------------------------- */

/* The byte offset of LSP position (line, ch) in text, ch counted in UTF-16
 * code units.  Past the end of a line: the line's end (before its '\n');
 * past the last line: the end of the text.  Lines end at '\n'. */
size_t lt_offset(const char *text, size_t len, long line, long ch);
/* UTF-16 code units in text[from, to): a character of four UTF-8 bytes is
 * two, every other character one, and a byte that is not UTF-8 one. */
long lt_units(const char *text, size_t from, size_t to);
/* The LSP position of byte offset off in a loaded file (its line table). */
void lt_position(const src_file *f, uint32_t off, long *line, long *ch);
/* The position of the end of text (for an edit of the whole document). */
void lt_end(const char *text, size_t len, long *line, long *ch);
/* Replaces text[a, b) by s[0, n): false when out of memory, the text
 * unchanged.  The text stays NUL-terminated. */
bool lt_splice(char **text, size_t *len, size_t a, size_t b, const char *s, size_t n);

/* ---- lsp_rpc.c: messages ------------------------------------------------------------ */

typedef enum { LR_OK, LR_EOF, LR_BAD } lr_status;

/* Reads one message: its headers, then Content-Length bytes into *body
 * (malloc'd, NUL-terminated).  LR_BAD: the headers or the length are
 * wrong (*why says how; the body, when its length was known, is skipped). */
lr_status lr_read(FILE *in, char **body, size_t *len, const char **why);
/* Writes msg with its header and flushes; releases msg.  False when the
 * output cannot be written. */
bool lr_send(FILE *out, json_t *msg);
/* A message saying the reply could not be made for want of memory. */
bool lr_send_oom(FILE *out);
/* A reply, an error reply, a notification: result and params are taken
 * over (their reference is the message's, released with it); id is not. */
json_t *lr_reply(json_t *id, json_t *result);
json_t *lr_error(json_t *id, int code, const char *msg);
json_t *lr_notification(const char *method, json_t *params);
/* A JSON string of n bytes of text, made valid UTF-8 (a byte that is not
 * becomes U+FFFD); NULL only when out of memory. */
json_t *lr_str(const char *s, size_t n);
json_t *lr_cstr(const char *s);
/* Jansson's allocations through fail_malloc; ls_oom set when one fails. */
void lr_setup_alloc(void);
/* A message's JSON (any JSON value); NULL and *e when it is not JSON. */
json_t *lr_parse(const char *body, size_t len, json_error_t *e);
extern bool ls_oom;

/* ---- lsp_doc.c: documents ----------------------------------------------------------------- */

typedef struct ls_tok {
    int kind;                       /* the parser's token (parser.h) */
    uint32_t start, end;            /* byte offsets in the document */
} ls_tok;

typedef struct ls_doc {
    char *uri;
    char *name;                     /* the path (its directory resolves `use`), or the URI */
    char *text;
    size_t len;
    long version;
    session s;                      /* the last load of the text */
    bool loaded;
    uint32_t file;                  /* the document's file in s.ld.src */
    ls_tok *toks;                   /* its tokens, as the parser sees them */
    size_t ntoks;
} ls_doc;

typedef struct ls_server {
    FILE *in, *out;
    ls_doc **docs;
    size_t ndocs, cap;
    dt_day today;                   /* deadlines' worked examples and review warnings */
    bool initialized, shutdown;
    bool markdown;                  /* the client reads hovers as Markdown */
    ss_query q;                     /* questions asked for hovers */
    char *cache;                    /* the directory embedded stdlib files are written to, or NULL */
} ls_server;

ls_doc *lsd_find(ls_server *sv, const char *uri);
/* Opens (or replaces) a document with its text, and loads it. */
ls_doc *lsd_open(ls_server *sv, const char *uri, const char *text, size_t len, long version);
void lsd_close(ls_server *sv, const char *uri);
void lsd_free_all(ls_server *sv);
/* Applies didChange's contentChanges (ranges, or whole texts) in order and
 * loads the result.  False when one cannot be read (nothing is loaded). */
bool lsd_change(ls_doc *d, json_t *changes);
void lsd_load(ls_server *sv, ls_doc *d);
/* The params of textDocument/publishDiagnostics for the document. */
json_t *lsd_diagnostics(ls_server *sv, ls_doc *d);
/* Paths and URIs: file:// URIs, percent-encoded.  NULL when not a file URI. */
char *lsd_uri_path(const char *uri);
char *lsd_path_uri(const char *path);
/* The byte offset of a request's position ({"line","character"}), or -1. */
long lsd_offset(const ls_doc *d, json_t *pos);
/* A range, and a location (uri and range), of a span in a loaded file:
 * an embedded stdlib file is written to the cache and located there. */
json_t *lsd_range(const src_set *src, loc at);
/* The same, an empty span left empty (lsd_range shows it under a character). */
json_t *lsd_range_exact(const src_set *src, loc at);
json_t *lsd_location(ls_server *sv, const ls_doc *d, loc at);
/* The directory embedded stdlib files are written to: $XDG_CACHE_HOME/civic/
 * VERSION/stdlib, else ~/.cache/civic/VERSION/stdlib (malloc'd); NULL when
 * neither variable is set. */
char *lsd_cache_dir(void);
/* The token at offset off (the one it is in, else the one it ends), or NULL. */
const ls_tok *lsd_tok_at(const ls_doc *d, size_t off);
/* The text of a name token, interned in the load's names; NULL when the
 * load has no such name. */
const char *lsd_name(const ls_doc *d, const ls_tok *t);

/* ---- lsp_nav.c, lsp_complete.c, lsp_outline.c ---------------------------------------------- */

json_t *lsn_hover(ls_server *sv, ls_doc *d, size_t off);
json_t *lsn_definition(ls_server *sv, ls_doc *d, size_t off);
json_t *lsc_complete(ls_server *sv, ls_doc *d, size_t off);
/* The characters that start a completion. */
json_t *lsc_triggers(void);
json_t *lso_symbols(ls_server *sv, ls_doc *d);
json_t *lso_format(ls_server *sv, ls_doc *d);

#endif
