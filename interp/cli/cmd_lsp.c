/* cmd_lsp — `civic lsp [--today D]`: the language server (see lsp.h).
 *
 * Reads JSON-RPC messages from standard input and answers on standard
 * output, one at a time, in order.  The lifecycle is the protocol's: before
 * `initialize`, a request is answered ServerNotInitialized and a
 * notification dropped; after `shutdown`, a request is an InvalidRequest;
 * `exit` ends the server, with status 0 after a shutdown and 1 without (as
 * does the end of the input).  A message that is not JSON is answered with
 * a ParseError, one that is not a request with InvalidRequest, an unknown
 * request with MethodNotFound; unknown notifications ($/cancelRequest among
 * them: every request is answered before the next is read) are ignored. */
#include "cli.h"
#include "fail.h"
#include "lsp.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

/* What a handler could not do: a code and a message for the error reply. */
typedef struct ls_err {
    int code;
    const char *msg;
} ls_err;

typedef json_t *(*ls_fn)(ls_server *sv, json_t *params, ls_err *err);

static bool ls_broken;   /* the output cannot be written: stop */

static void ls_send(ls_server *sv, json_t *msg)
{
    if (!lr_send(sv->out, msg)) ls_broken = true;
}

static void ls_publish(ls_server *sv, ls_doc *d)
{
    ls_send(sv, lr_notification("textDocument/publishDiagnostics", lsd_diagnostics(sv, d)));
}

/* A message in the client's log (window/logMessage, type Warning). */
static void ls_log(ls_server *sv, const char *msg)
{
    ls_send(sv, lr_notification("window/logMessage", json_pack("{s:i, s:s}", "type", 2, "message", msg)));
}

/* ---- lifecycle ---------------------------------------------------------------------- */

static bool ls_has_string(json_t *arr, const char *s)
{
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) {
        if (json_is_string(v) && strcmp(json_string_value(v), s) == 0) return true;
    }
    return false;
}

static json_t *ls_capabilities(void)
{
    return json_pack("{s:s, s:{s:b, s:i, s:{s:b}}, s:b, s:b, s:{s:o, s:b}, s:b, s:b}", "positionEncoding", "utf-16",
                     "textDocumentSync", "openClose", 1, "change", LS_SYNC_INCREMENTAL, "save", "includeText", 0,
                     "hoverProvider", 1, "definitionProvider", 1, "completionProvider", "triggerCharacters",
                     lsc_triggers(), "resolveProvider", 0, "documentSymbolProvider", 1, "documentFormattingProvider", 1);
}

static json_t *ls_initialize(ls_server *sv, json_t *params, ls_err *err)
{
    if (sv->initialized) {
        *err = (ls_err){ LS_INVALID_REQUEST, "the server is initialized already" };
        return NULL;
    }
    json_t *caps = json_object_get(params, "capabilities");
    json_t *formats = json_object_get(json_object_get(json_object_get(caps, "textDocument"), "hover"), "contentFormat");
    sv->markdown = ls_has_string(formats, "markdown");
    /* initializationOptions.today: the client's today, for worked deadlines */
    json_t *today = json_object_get(json_object_get(params, "initializationOptions"), "today");
    dt_day day;
    if (json_is_string(today) && dt_parse(json_string_value(today), json_string_length(today), &day) == 0) sv->today = day;
    else if (today) ls_log(sv, "civic lsp: initializationOptions.today is not a date as YYYY-MM-DD; today is the system's date or --today");
    sv->initialized = true;
    return json_pack("{s:o, s:{s:s, s:s}}", "capabilities", ls_capabilities(), "serverInfo", "name", "civic", "version",
                     CIVIC_VERSION);
}

static json_t *ls_initialized(ls_server *sv, json_t *params, ls_err *err) { return NULL; }

static json_t *ls_shutdown(ls_server *sv, json_t *params, ls_err *err)
{
    sv->shutdown = true;
    return json_null();
}

/* ---- documents --------------------------------------------------------------------------- */

static const char *ls_uri(json_t *params)
{
    return json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
}

static json_t *ls_did_open(ls_server *sv, json_t *params, ls_err *err)
{
    json_t *td = json_object_get(params, "textDocument");
    json_t *text = json_object_get(td, "text"), *version = json_object_get(td, "version");
    const char *uri = ls_uri(params);
    if (!uri || !json_is_string(text)) return NULL;
    ls_doc *d = lsd_open(sv, uri, json_string_value(text), json_string_length(text),
                         json_is_integer(version) ? (long)json_integer_value(version) : 0);
    if (d) ls_publish(sv, d);
    else ls_oom = true;
    return NULL;
}

static json_t *ls_did_change(ls_server *sv, json_t *params, ls_err *err)
{
    const char *uri = ls_uri(params);
    ls_doc *d = uri ? lsd_find(sv, uri) : NULL;
    if (!d) return NULL;
    json_t *version = json_object_get(json_object_get(params, "textDocument"), "version");
    if (json_is_integer(version)) d->version = (long)json_integer_value(version);
    if (!lsd_change(d, json_object_get(params, "contentChanges")))
        ls_log(sv, "civic lsp: a change could not be applied (no text, a range that is not one, or no memory); "
                   "the document may be out of step: close and open it again");
    lsd_load(sv, d);
    ls_publish(sv, d);
    return NULL;
}

static json_t *ls_did_close(ls_server *sv, json_t *params, ls_err *err)
{
    const char *uri = ls_uri(params);
    if (!uri || !lsd_find(sv, uri)) return NULL;
    /* its diagnostics are taken away with it */
    ls_send(sv, lr_notification("textDocument/publishDiagnostics", json_pack("{s:s, s:[]}", "uri", uri, "diagnostics")));
    lsd_close(sv, uri);
    return NULL;
}

/* Saved, or a file changed on disk: the files the documents use may have
 * changed, so every document is loaded again. */
static json_t *ls_reload(ls_server *sv, json_t *params, ls_err *err)
{
    for (size_t i = 0; i < sv->ndocs && !ls_broken; i++) {
        lsd_load(sv, sv->docs[i]);
        ls_publish(sv, sv->docs[i]);
    }
    return NULL;
}

/* ---- requests on a position or a document ----------------------------------------------------- */

static ls_doc *ls_doc_of(ls_server *sv, json_t *params, ls_err *err)
{
    const char *uri = ls_uri(params);
    ls_doc *d = uri ? lsd_find(sv, uri) : NULL;
    if (!d) *err = (ls_err){ LS_INVALID_PARAMS, uri ? "the document is not open" : "the request names no textDocument.uri" };
    return d;
}

static long ls_offset_of(ls_doc *d, json_t *params, ls_err *err)
{
    long off = lsd_offset(d, json_object_get(params, "position"));
    if (off < 0) *err = (ls_err){ LS_INVALID_PARAMS, "the request has no position {line, character}" };
    return off;
}

static json_t *ls_hover(ls_server *sv, json_t *params, ls_err *err)
{
    ls_doc *d = ls_doc_of(sv, params, err);
    long off = d ? ls_offset_of(d, params, err) : -1;
    return off < 0 ? NULL : lsn_hover(sv, d, (size_t)off);
}

static json_t *ls_definition(ls_server *sv, json_t *params, ls_err *err)
{
    ls_doc *d = ls_doc_of(sv, params, err);
    long off = d ? ls_offset_of(d, params, err) : -1;
    return off < 0 ? NULL : lsn_definition(sv, d, (size_t)off);
}

static json_t *ls_completion(ls_server *sv, json_t *params, ls_err *err)
{
    ls_doc *d = ls_doc_of(sv, params, err);
    long off = d ? ls_offset_of(d, params, err) : -1;
    return off < 0 ? NULL : lsc_complete(sv, d, (size_t)off);
}

static json_t *ls_symbols(ls_server *sv, json_t *params, ls_err *err)
{
    ls_doc *d = ls_doc_of(sv, params, err);
    return d ? lso_symbols(sv, d) : NULL;
}

static json_t *ls_formatting(ls_server *sv, json_t *params, ls_err *err)
{
    ls_doc *d = ls_doc_of(sv, params, err);
    return d ? lso_format(sv, d) : NULL;
}

/* ---- dispatch ------------------------------------------------------------------------------------ */

static const struct {
    const char *method;
    ls_fn fn;
    bool request;
} ls_methods[] = {
    { "initialize", ls_initialize, true },
    { "initialized", ls_initialized, false },
    { "shutdown", ls_shutdown, true },
    { "textDocument/didOpen", ls_did_open, false },
    { "textDocument/didChange", ls_did_change, false },
    { "textDocument/didClose", ls_did_close, false },
    { "textDocument/didSave", ls_reload, false },
    { "workspace/didChangeWatchedFiles", ls_reload, false },
    { "textDocument/hover", ls_hover, true },
    { "textDocument/definition", ls_definition, true },
    { "textDocument/completion", ls_completion, true },
    { "textDocument/documentSymbol", ls_symbols, true },
    { "textDocument/formatting", ls_formatting, true },
};

/* Answers a request: its result, or the error the handler gave (or out of
 * memory when a reply could not be built whole). */
static void ls_answer(ls_server *sv, json_t *id, ls_fn fn, json_t *params)
{
    ls_err err = { 0, NULL };
    ls_oom = false;
    json_t *result = fn(sv, params, &err);
    if (err.code) {
        json_decref(result);
        ls_send(sv, lr_error(id, err.code, err.msg));
    } else if (ls_oom || !result) {
        json_decref(result);
        ls_oom = false;
        ls_send(sv, lr_error(id, LS_INTERNAL_ERROR, "out of memory"));
    } else {
        ls_send(sv, lr_reply(id, result));   /* which takes result over */
    }
}

/* A message whose method the table has, or not, at a point of the lifecycle. */
static void ls_call(ls_server *sv, const char *method, json_t *id, json_t *params)
{
    size_t n = sizeof ls_methods / sizeof ls_methods[0], i = 0;
    while (i < n && strcmp(ls_methods[i].method, method) != 0) i++;
    bool known = i < n;
    if (!id) {   /* a notification: never answered */
        if (known && !ls_methods[i].request && sv->initialized && !sv->shutdown) {
            ls_oom = false;
            json_decref(ls_methods[i].fn(sv, params, &(ls_err){ 0, NULL }));
            if (ls_oom) lr_send_oom(sv->out);
        }
        return;
    }
    if (!known || !ls_methods[i].request) {
        char msg[160];
        snprintf(msg, sizeof msg, "no method '%.100s'", method);
        ls_send(sv, lr_error(id, LS_METHOD_NOT_FOUND, msg));
    } else if (!sv->initialized && strcmp(method, "initialize") != 0) {
        ls_send(sv, lr_error(id, LS_NOT_INITIALIZED, "the server is not initialized: send 'initialize' first"));
    } else if (sv->shutdown) {
        ls_send(sv, lr_error(id, LS_INVALID_REQUEST, "the server is shut down: only 'exit' is taken"));
    } else {
        ls_answer(sv, id, ls_methods[i].fn, params);
    }
}

/* One message.  Returns the exit status when it is `exit`, else -1. */
static int ls_message(ls_server *sv, json_t *msg)
{
    json_t *id = json_object_get(msg, "id"), *method = json_object_get(msg, "method");
    if (!json_is_object(msg) || (id && !json_is_string(id) && !json_is_integer(id) && !json_is_null(id))) {
        ls_send(sv, lr_error(NULL, LS_INVALID_REQUEST, "a message is an object with a method, and an id that is a number or a string"));
        return -1;
    }
    if (!method && id && (json_object_get(msg, "result") || json_object_get(msg, "error"))) return -1;   /* a reply to us */
    if (!json_is_string(method)) {
        ls_send(sv, lr_error(id, LS_INVALID_REQUEST, "the message has no method"));
        return -1;
    }
    const char *m = json_string_value(method);
    if (strcmp(m, "exit") == 0) return sv->shutdown ? 0 : 1;
    ls_call(sv, m, id, json_object_get(msg, "params"));
    return -1;
}

/* A message that is not JSON: a ParseError with what Jansson found. */
static void ls_not_json(ls_server *sv, const json_error_t *e)
{
    char msg[300];
    snprintf(msg, sizeof msg, "the message is not JSON: %.200s (at byte %d)", e->text, e->position);
    ls_send(sv, lr_error(NULL, LS_PARSE_ERROR, msg));
}

static int ls_loop(ls_server *sv)
{
    for (;;) {
        char *body;
        size_t len;
        const char *why;
        lr_status st = lr_read(sv->in, &body, &len, &why);
        if (st == LR_EOF) return sv->shutdown ? 0 : 1;
        if (st == LR_BAD) {
            ls_send(sv, lr_error(NULL, LS_PARSE_ERROR, why));
        } else {
            json_error_t e;
            json_t *msg = lr_parse(body, len, &e);
            free(body);
            if (!msg) ls_not_json(sv, &e);
            int rc = msg ? ls_message(sv, msg) : -1;
            json_decref(msg);
            if (rc >= 0) return rc;
        }
        if (ls_broken) {
            fprintf(stderr, "civic lsp: cannot write to standard output; stopping\n");
            return 1;
        }
    }
}

/* ---- the command --------------------------------------------------------------------------------- */

/* Returns -1 to go on, else an exit status (help printed, or a usage error).
 * The options are the other commands' (cli_parse), less what clients add
 * on their own: the transport (--stdio, the only one there is) and their
 * process id. */
static int ls_options(int argc, char **argv, ls_server *sv)
{
    char **args = fail_calloc((size_t)argc + 1, sizeof *args);
    if (!args) { fputs("civic: out of memory\n", stderr); return 2; }
    int n = 0;
    for (int i = 0; i < argc; i++)
        if (i == 0 || (strcmp(argv[i], "--stdio") != 0 && strncmp(argv[i], "--clientProcessId", 17) != 0)) args[n++] = argv[i];
    cli_opts o;
    int rc = cli_parse(n, args, "lsp", CLI_TODAY, &o);
    if (rc == 0 && o.help) cli_help("lsp", stdout);
    else if (rc == 0 && o.nargs > 0) {
        cli_usage_error("lsp", "'%s': civic lsp takes no file (the editor sends each document it opens)", o.args[0]);
        rc = 2;
    } else if (rc == 0) {
        sv->today = cli_today(&o);
        rc = -1;
    }
    free(o.args);
    free(args);
    return rc;
}

int cmd_lsp(int argc, char **argv)
{
    ls_server sv;
    memset(&sv, 0, sizeof sv);
    sv.in = stdin;
    sv.out = stdout;
    int rc = ls_options(argc, argv, &sv);
    if (rc >= 0) return rc;
    lr_setup_alloc();
    signal(SIGPIPE, SIG_IGN);   /* a client gone is a write error, not a signal */
    ss_query_init(&sv.q);
    sv.cache = lsd_cache_dir();
    rc = ls_loop(&sv);
    lsd_free_all(&sv);
    ss_query_free(&sv.q);
    free(sv.cache);
    return rc;
}
