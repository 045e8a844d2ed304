/* route_dot — see route_dot.h. */
#include "route_dot.h"
#include "afile.h"
#include "fail.h"

#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* Label lines are wrapped at this many bytes, so that boxes stay narrow
 * enough for an A4 page. */
enum { RD_WRAP = 36, RD_MAX_ERR = 2048 };
/* How long one run of dot may take (seconds) unless CIVIC_DOT_TIMEOUT says
 * otherwise: a program that never ends must not hang a render; the longest
 * route drawn takes well under a second.  How often a finished reader
 * looks whether the child ended (milliseconds). */
enum { RD_TIMEOUT_S = 60, RD_TIMEOUT_MAX_S = 86400, RD_POLL_MS = 10 };

/* ---- the source ------------------------------------------------------------------- */

/* s in lines of about RD_WRAP bytes, broken at spaces, as label text. */
static void rd_wrapped(pg_buf *b, const char *s)
{
    char line[4 * RD_WRAP + 8];
    size_t n = strlen(s), at = 0;
    bool first = true;
    while (at < n) {
        while (s[at] == ' ') at++;
        size_t end = at, cut = 0;
        while (end < n && (end - at < RD_WRAP || !cut)) {
            if (s[end] == ' ') cut = end;
            end++;
            if (end - at >= sizeof line - 1) break;
        }
        if (end < n && cut > at) end = cut;
        if (end == at) break;
        memcpy(line, s + at, end - at);
        line[end - at] = '\0';
        if (!first) pb_puts(b, "\\n");
        pb_dot(b, line);
        first = false;
        at = end;
    }
}

static void rd_node(pg_buf *b, const pg_page *p, const pg_route *r, size_t i)
{
    const q_step_a *s = &r->own->steps[i];
    const char **notes = pg_step_notes(p, r, i);
    const char *state = pg_step_state(p, s);
    pb_printf(b, "  \"step %zu\" [id=\"%s-s%zu\", label=\"Step %zu [", i + 1, r->id, i + 1, i + 1);
    pb_dot(b, s->clause ? s->clause : "-");
    pb_puts(b, "]\\n");
    rd_wrapped(b, pg_step_text(p, s));
    if (state || (s->condition && s->applies)) {
        pb_puts(b, "\\n");
        rd_wrapped(b, state ? state : s->condition);
    }
    for (size_t k = 0; notes && notes[k]; k++) {
        pb_puts(b, "\\n");
        rd_wrapped(b, notes[k]);
    }
    pb_puts(b, "\"");
    if (pg_step_skipped_somewhere(r, i)) pb_puts(b, ", style=\"rounded,dashed,filled\"");
    if (!s->applies) pb_puts(b, ", fillcolor=\"#eeeeee\"");
    pb_puts(b, "];\n");
}

/* The edges: start, each step in turn, and around each that may be skipped. */
static void rd_edges(pg_buf *b, const pg_route *r, const pg_page *p)
{
    size_t n = r->own->nsteps, e = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 0) pb_printf(b, "  \"start\" -> \"step 1\" [id=\"%s-e%zu\"];\n", r->id, ++e);
        else pb_printf(b, "  \"step %zu\" -> \"step %zu\" [id=\"%s-e%zu\", label=\"not settled\"];\n", i, i + 1, r->id, ++e);
    }
    for (size_t i = 0; i + 1 < n; i++) {
        if (!pg_step_skipped_somewhere(r, i)) continue;
        if (i == 0) pb_printf(b, "  \"start\"");
        else pb_printf(b, "  \"step %zu\"", i);
        pb_printf(b, " -> \"step %zu\" [id=\"%s-e%zu\", style=dashed, label=\"if step %zu is skipped\"];\n", i + 2, r->id, ++e,
                  i + 1);
    }
}

static void rd_graph(pg_buf *b, const pg_page *p, const pg_route *r, size_t k)
{
    pb_printf(b, "digraph \"route %zu\" {\n  id=\"%s-graph\";\n", k + 1, r->id);
    pb_puts(b, "  graph [rankdir=TB, nodesep=0.3, ranksep=0.3, pad=0.1, bgcolor=\"white\", fontname=\"Helvetica\"];\n"
               "  node [shape=box, style=\"rounded,filled\", fillcolor=\"white\", color=\"#333333\", fontcolor=\"#111111\", "
               "fontname=\"Helvetica\", fontsize=10, margin=\"0.12,0.06\"];\n"
               "  edge [color=\"#333333\", fontcolor=\"#111111\", fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n");
    pb_printf(b, "  \"start\" [id=\"%s-start\", style=\"filled\", fillcolor=\"#dde7f2\", label=\"", r->id);
    if (!r->own) {
        pb_puts(b, "No case reaches this route:\\nanother route takes every case it covers\"];\n}\n");
        return;
    }
    rd_wrapped(b, r->own->heading);
    if (r->own->route_clause) {
        pb_puts(b, "\\n[");
        pb_dot(b, r->own->route_clause);
        pb_puts(b, "]");
    }
    pb_puts(b, "\"];\n");
    for (size_t i = 0; i < r->own->nsteps; i++) rd_node(b, p, r, i);
    rd_edges(b, r, p);
    pb_puts(b, "}\n");
}

void rd_source(pg_buf *b, const pg_page *p)
{
    for (size_t k = 0; k < p->nroutes; k++) rd_graph(b, p, &p->routes[k], k);
}

/* ---- running dot ----------------------------------------------------------------------- */

/* A temporary file "civic-dot-XXXXXX" in $TMPDIR (or /tmp): its descriptor,
 * its name in path (room for PATH_MAX-ish), or -1. */
static int rd_temp(char *path, size_t cap)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir) dir = "/tmp";
    int n = snprintf(path, cap, "%s/civic-dot-XXXXXX", dir);
    if (n < 0 || (size_t)n >= cap) { errno = ENAMETOOLONG; return -1; }
    return mkstemp(path);
}

/* Reads fd to its end into b (at most max bytes kept when max > 0). */
static bool rd_read_all(int fd, pg_buf *b, size_t max)
{
    char chunk[65536];
    for (;;) {
        ssize_t r = read(fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return false;
        if (r == 0) return true;
        size_t keep = (size_t)r;
        if (max && b->len + keep > max) keep = b->len < max ? max - b->len : 0;
        pb_write(b, chunk, keep);
    }
}

static long long rd_now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* As rd_read_all, but gives up at the deadline (rd_now_ms): false with
 * errno ETIMEDOUT then. */
static bool rd_read_until(int fd, pg_buf *b, size_t max, long long deadline)
{
    for (;;) {
        long long left = deadline - rd_now_ms();
        if (left <= 0) { errno = ETIMEDOUT; return false; }
        struct pollfd p = { .fd = fd, .events = POLLIN };
        int r = poll(&p, 1, left > 1000 ? 1000 : (int)left);
        if (r < 0 && errno != EINTR) return false;
        if (r <= 0) continue;
        char chunk[4096];
        ssize_t got = read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return false;
        if (got == 0) return true;
        size_t keep = (size_t)got;
        if (max && b->len + keep > max) keep = b->len < max ? max - b->len : 0;
        pb_write(b, chunk, keep);
    }
}

/* The child's wait status, waiting until the deadline at most; -1 with
 * errno ETIMEDOUT (the child killed and reaped) or waitpid's. */
static int rd_wait_until(pid_t pid, long long deadline, bool timed_out)
{
    int status = 0;
    for (;;) {
        pid_t w = timed_out ? 0 : waitpid(pid, &status, WNOHANG);
        if (w == pid) return status;
        if (w < 0 && errno != EINTR) return -1;
        if (timed_out || rd_now_ms() >= deadline) break;
        struct timespec nap = { 0, RD_POLL_MS * 1000000L };
        nanosleep(&nap, NULL);
    }
    kill(pid, SIGKILL);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    errno = ETIMEDOUT;
    return -1;
}

/* The time limit of one run of dot, in seconds: CIVIC_DOT_TIMEOUT (a whole
 * number, 1 to a day), else RD_TIMEOUT_S; 0 when the variable is not one. */
static long rd_timeout(void)
{
    const char *v = getenv("CIVIC_DOT_TIMEOUT");
    if (!v || !*v) return RD_TIMEOUT_S;
    char *end;
    errno = 0;
    long s = strtol(v, &end, 10);
    return errno || *end || s < 1 || s > RD_TIMEOUT_MAX_S ? 0 : s;
}

/* The first line of what dot said on its standard error. */
static void rd_first_line(pg_buf *err, const pg_buf *said)
{
    size_t n = 0;
    while (said->data && n < said->len && said->data[n] != '\n') n++;
    if (!n) return;
    pb_puts(err, ": ");
    pb_visible(err, said->data, n);
}

static void rd_status(pg_buf *err, const char *prog, int status, const pg_buf *said)
{
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        pb_printf(err, "'%s' could not be run", prog);
    else if (WIFEXITED(status)) pb_printf(err, "'%s' failed (exit status %d)", prog, WEXITSTATUS(status));
    else pb_printf(err, "'%s' was killed by signal %d", prog, WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    rd_first_line(err, said);
}

/* Spawns prog -Tsvg in > out (dot's -o keeps only the last of several
 * graphs), its standard error into a pipe read into said; returns its wait
 * status, or -1 with errno. */
static int rd_spawn(const char *prog, const char *in, const char *out, long limit, pg_buf *said)
{
    int fds[2];
    if (pipe(fds) != 0) return -1;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_TRUNC, 0);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 2);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    char *argv[] = { (char *)prog, "-Tsvg", (char *)in, NULL };
    pid_t pid;
    int e = posix_spawnp(&pid, prog, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (e != 0) {
        close(fds[0]);
        errno = e;
        return -1;
    }
    long long deadline = rd_now_ms() + limit * 1000;
    bool timed_out = !rd_read_until(fds[0], said, RD_MAX_ERR, deadline) && errno == ETIMEDOUT;
    close(fds[0]);
    return rd_wait_until(pid, deadline, timed_out);
}

/* dot over the source, its SVG output into svg; 0, or 1 with err said. */
static int rd_run(const pg_buf *src, pg_buf *svg, pg_buf *err)
{
    const char *prog = getenv("CIVIC_DOT");
    if (!prog || !*prog) prog = "dot";
    char in[4096], out[4096];
    int fi = rd_temp(in, sizeof in), fo = fi >= 0 ? rd_temp(out, sizeof out) : -1;
    bool ok = fi >= 0 && fo >= 0;
    if (ok) {
        int e = af_write_fd(fi, src->data ? src->data : "", src->len);
        if (e) { ok = false; errno = e; }
    }
    if (!ok) pb_printf(err, "cannot write a temporary file for dot: %s", strerror(errno));
    if (fi >= 0) close(fi);
    long limit = rd_timeout();
    if (ok && !limit) {
        ok = false;
        pb_puts(err, "CIVIC_DOT_TIMEOUT must be a whole number of seconds from 1 to 86400");
    }
    pg_buf said;
    pb_init(&said);
    int status = ok ? rd_spawn(prog, in, out, limit, &said) : 0;
    if (ok && status < 0) {
        ok = false;
        if (errno == ETIMEDOUT)
            pb_printf(err, "'%s' did not finish within %ld second%s and was stopped (CIVIC_DOT_TIMEOUT sets the limit)",
                      prog, limit, limit == 1 ? "" : "s");
        else if (errno == ENOENT)
            pb_printf(err, "'%s' (Graphviz) was not found: it draws the route diagrams; install Graphviz "
                           "(Debian: apt-get install graphviz), or render --format md", prog);
        else pb_printf(err, "cannot run '%s': %s", prog, strerror(errno));
    } else if (ok && status != 0) {
        ok = false;
        rd_status(err, prog, status, &said);
    }
    if (ok && !rd_read_all(fo, svg, 0)) {
        ok = false;
        pb_printf(err, "cannot read what '%s' wrote: %s", prog, strerror(errno));
    }
    pb_free(&said);
    if (fo >= 0) { close(fo); unlink(out); }
    if (fi >= 0) unlink(in);
    return ok ? 0 : 1;
}

/* ---- the SVG documents ---------------------------------------------------------------- */

/* The element from "<svg" to "</svg>" at or after *at, comments left out,
 * malloc'd; NULL at the end (or when memory ran out: *oom). */
static char *rd_next_svg(const pg_buf *svg, size_t *at, bool *oom)
{
    const char *s = svg->data ? svg->data + *at : "";
    const char *open = strstr(s, "<svg"), *close = open ? strstr(open, "</svg>") : NULL;
    if (!close) return NULL;
    close += strlen("</svg>");
    *at = (size_t)(close - svg->data);
    pg_buf o;
    pb_init(&o);
    for (const char *c = open; c < close;) {
        const char *cm = strstr(c, "<!--");
        const char *stop = cm && cm < close ? cm : close;
        pb_write(&o, c, (size_t)(stop - c));
        if (stop == close) break;
        const char *end = strstr(cm, "-->");
        c = end ? end + 3 : close;
        while (c < close && *c == '\n') c++;   /* the comment's own line */
    }
    if (o.failed || !o.data) {
        *oom = true;
        pb_free(&o);
        return NULL;
    }
    return o.data;
}

/* Route k drawn: its SVG element into *svg (malloc'd); 0, or 1 with err said. */
static int rd_draw_one(const pg_page *p, size_t k, char **svg, pg_buf *err)
{
    pg_buf src, out;
    pb_init(&src);
    pb_init(&out);
    rd_graph(&src, p, &p->routes[k], k);
    int rc = src.failed ? 1 : rd_run(&src, &out, err);
    bool oom = src.failed || (!rc && out.failed);
    size_t at = 0;
    if (!rc && !oom && !(*svg = rd_next_svg(&out, &at, &oom)) && !oom) {
        pb_printf(err, "dot drew no diagram of route %zu", k + 1);
        rc = 1;
    }
    if (oom) {
        pb_puts(err, "out of memory");
        rc = 1;
    }
    pb_free(&src);
    pb_free(&out);
    return rc;
}

/* One run of dot a route: given several graphs, dot prefixes the ids of the
 * later ones ("page0,1_route-2-graph", not a valid id). */
int rd_draw(const pg_page *p, pg_svgs *out, pg_buf *err)
{
    memset(out, 0, sizeof *out);
    if (!p->nroutes) return 0;
    if (!(out->svg = fail_calloc(p->nroutes, sizeof *out->svg))) {
        pb_puts(err, "out of memory");
        return 1;
    }
    int rc = 0;
    for (size_t k = 0; k < p->nroutes && !rc; k++) {
        rc = rd_draw_one(p, k, &out->svg[k], err);
        if (!rc) out->n++;
    }
    if (rc) rd_free(out);
    return rc;
}

void rd_free(pg_svgs *s)
{
    for (size_t i = 0; s->svg && i < s->n; i++) free(s->svg[i]);
    free(s->svg);
    memset(s, 0, sizeof *s);
}
