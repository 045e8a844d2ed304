/* lsp_rpc — JSON-RPC messages over a byte stream (see lsp.h).
 *
 * A message is a header part ("Content-Length: N", optionally
 * "Content-Type: …", each line ended by CRLF), an empty line, and N bytes of
 * JSON.  The JSON is read and written by Jansson, not by hand: its parser
 * rejects what is not JSON (and text that is not UTF-8) with a reason, and
 * its writer escapes strings as JSON requires. */
#include "lsp.h"
#include "fail.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

bool ls_oom;

enum { LR_HEADER_MAX = 1024 };

static void *lr_malloc(size_t n)
{
    void *p = fail_malloc(n);
    if (!p) ls_oom = true;
    return p;
}

void lr_setup_alloc(void) { json_set_alloc_funcs(lr_malloc, free); }

json_t *lr_parse(const char *body, size_t len, json_error_t *e)
{
    /* Jansson's scanner asserts when an allocation fails inside a string
     * (2.14: lex_scan_string reads back a text it could not save whole), so
     * a message is parsed with malloc itself, outside fault injection; what
     * it makes is freed with free like the rest. */
    json_set_alloc_funcs(malloc, free);
    json_t *j = json_loadb(body, len, JSON_DECODE_ANY, e);
    lr_setup_alloc();
    return j;
}

/* One header line, without its CRLF (or LF), into buf.  0 at the end of
 * input before any byte, -1 when the line is too long (it is read on to its
 * end), else 1. */
static int lr_line(FILE *in, char *buf, size_t cap)
{
    size_t n = 0;
    bool any = false, longline = false;
    for (int c; (c = getc(in)) != EOF;) {
        any = true;
        if (c == '\n') break;
        if (n + 1 < cap) buf[n++] = (char)c;
        else longline = true;
    }
    if (!any) return 0;
    if (n > 0 && buf[n - 1] == '\r') n--;
    buf[n] = '\0';
    return longline ? -1 : 1;
}

/* The value of a Content-Length header; false when it is not a number. */
static bool lr_length(const char *v, size_t *len)
{
    while (*v == ' ' || *v == '\t') v++;
    if (*v < '0' || *v > '9') return false;
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    while (*end == ' ' || *end == '\t') end++;
    if (*end || (errno && errno != ERANGE)) return false;
    *len = errno == ERANGE || n > SIZE_MAX ? SIZE_MAX : (size_t)n;   /* too many digits: too large */
    return true;
}

/* The headers up to the empty line: *len, or *why. */
static lr_status lr_headers(FILE *in, size_t *len, bool *have, const char **why)
{
    char line[LR_HEADER_MAX];
    bool first = true;
    *have = false;
    *why = NULL;
    for (;;) {
        int r = lr_line(in, line, sizeof line);
        if (r == 0) return first ? LR_EOF : LR_BAD;
        first = false;
        if (r < 0) { *why = "a header line is too long"; continue; }
        if (line[0] == '\0') return *why ? LR_BAD : LR_OK;
        if (strncasecmp(line, "Content-Length:", 15) == 0) {
            if (lr_length(line + 15, len)) *have = true;
            else *why = "the Content-Length header is not a number";
        } else if (!strchr(line, ':')) {
            *why = "a header line has no ':'";
        }
    }
}

/* Skips n bytes of input. */
static void lr_skip(FILE *in, size_t n)
{
    char buf[4096];
    while (n > 0) {
        size_t k = fread(buf, 1, n < sizeof buf ? n : sizeof buf, in);
        if (k == 0) return;
        n -= k;
    }
}

lr_status lr_read(FILE *in, char **body, size_t *len, const char **why)
{
    bool have;
    *body = NULL;
    *len = 0;
    lr_status st = lr_headers(in, len, &have, why);
    if (st == LR_EOF) return st;
    if (st == LR_OK && !have) { *why = "the message has no Content-Length header"; st = LR_BAD; }
    if (have && *len > LS_MAX_BODY) {
        lr_skip(in, *len);
        *why = "the message is too large";
        return LR_BAD;
    }
    if (st == LR_BAD) {
        if (!*why) *why = "the input ended inside the headers";
        if (have) lr_skip(in, *len);
        return LR_BAD;
    }
    *body = fail_malloc(*len + 1);
    if (!*body) {
        lr_skip(in, *len);
        *why = "out of memory";
        return LR_BAD;
    }
    size_t got = fread(*body, 1, *len, in);
    (*body)[got] = '\0';
    if (got < *len) {
        free(*body);
        *body = NULL;
        return LR_EOF;
    }
    return LR_OK;
}

bool lr_send(FILE *out, json_t *msg)
{
    if (!msg) return lr_send_oom(out);
    char *s = json_dumps(msg, JSON_COMPACT);
    json_decref(msg);
    if (!s) return lr_send_oom(out);
    size_t n = strlen(s);
    bool ok = fprintf(out, "Content-Length: %zu\r\n\r\n", n) > 0 && fwrite(s, 1, n, out) == n && fflush(out) == 0;
    free(s);
    return ok;
}

bool lr_send_oom(FILE *out)
{
    /* written without Jansson, which has just failed to allocate */
    static const char msg[] = "{\"jsonrpc\":\"2.0\",\"method\":\"window/logMessage\","
                              "\"params\":{\"type\":1,\"message\":\"civic: out of memory\"}}";
    fprintf(stderr, "civic: out of memory\n");
    return fprintf(out, "Content-Length: %zu\r\n\r\n%s", sizeof msg - 1, msg) > 0 && fflush(out) == 0;
}

json_t *lr_reply(json_t *id, json_t *result)
{
    return json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id ? id : json_null(), "result",
                     result ? result : json_null());
}

json_t *lr_error(json_t *id, int code, const char *msg)
{
    return json_pack("{s:s, s:O, s:{s:i, s:o}}", "jsonrpc", "2.0", "id", id ? id : json_null(), "error", "code", code,
                     "message", lr_cstr(msg));
}

json_t *lr_notification(const char *method, json_t *params)
{
    return json_pack("{s:s, s:s, s:o}", "jsonrpc", "2.0", "method", method, "params", params ? params : json_null());
}

/* Is s[0, n) UTF-8 (and without NULs, which json_stringn keeps but some
 * clients do not read)? */
static bool lr_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0) return false;
        if (c < 0x80) { i++; continue; }
        size_t k = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (k == 0 || i + k > n) return false;
        unsigned cp = c & (k == 2 ? 0x1Fu : k == 3 ? 0x0Fu : 0x07u);
        for (size_t j = 1; j < k; j++) {
            if (((unsigned char)s[i + j] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3Fu);
        }
        unsigned min = k == 2 ? 0x80u : k == 3 ? 0x800u : 0x10000u;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += k;
    }
    return true;
}

json_t *lr_str(const char *s, size_t n)
{
    if (!s) return json_null();
    if (lr_utf8(s, n)) return json_stringn(s, n);
    /* each byte that does not begin a character becomes U+FFFD, NUL too */
    char *t = fail_malloc(n * 3 + 1);
    if (!t) { ls_oom = true; return NULL; }
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        size_t step = 1;
        while (step <= 4 && i + step <= n && !lr_utf8(s + i, step)) step++;
        if (step <= 4 && i + step <= n) {
            memcpy(t + k, s + i, step);
            k += step;
            i += step;
        } else {
            memcpy(t + k, "\xEF\xBF\xBD", 3);
            k += 3;
            i++;
        }
    }
    json_t *j = json_stringn(t, k);
    free(t);
    return j;
}

json_t *lr_cstr(const char *s) { return s ? lr_str(s, strlen(s)) : json_null(); }
