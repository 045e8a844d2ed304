/* afile — see afile.h. */
#include "afile.h"
#include "fail.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { AF_MAX_HOPS = 40, AF_READS_MIN = 16 };

/* ---- the files read --------------------------------------------------------------------- */

typedef struct af_id {
    dev_t dev;
    ino_t ino;
} af_id;

/* Process-wide: a command's files are loaded in many places (the session,
 * scenario files, --coverage, the REPL's :load), by several threads. */
static struct {
    pthread_mutex_t mu;
    af_id *v;
    size_t n, cap;
    bool lost;          /* one could not be recorded: refuse every write */
} af_reads = { PTHREAD_MUTEX_INITIALIZER, NULL, 0, 0, false };

void af_note_read(const struct stat *st)
{
    pthread_mutex_lock(&af_reads.mu);
    bool known = false;
    for (size_t i = 0; i < af_reads.n && !known; i++)
        known = af_reads.v[i].dev == st->st_dev && af_reads.v[i].ino == st->st_ino;
    if (!known && af_reads.n == af_reads.cap) {
        size_t cap = af_reads.cap ? af_reads.cap * 2 : AF_READS_MIN;
        af_id *v = fail_realloc(af_reads.v, cap * sizeof *v);
        if (v) { af_reads.v = v; af_reads.cap = cap; }
    }
    if (!known && af_reads.n < af_reads.cap) af_reads.v[af_reads.n++] = (af_id){ st->st_dev, st->st_ino };
    else if (!known) af_reads.lost = true;
    pthread_mutex_unlock(&af_reads.mu);
}

void af_note_fd(int fd)
{
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) af_note_read(&st);
}

/* 0 when path (links followed) is no file read; else AF_EINPUT, or ENOMEM
 * when the record is incomplete. */
static int af_check_input(const char *path)
{
    struct stat st;
    bool exists = stat(path, &st) == 0;
    pthread_mutex_lock(&af_reads.mu);
    int e = af_reads.lost ? ENOMEM : 0;
    for (size_t i = 0; exists && !e && i < af_reads.n; i++)
        if (af_reads.v[i].dev == st.st_dev && af_reads.v[i].ino == st.st_ino) e = AF_EINPUT;
    pthread_mutex_unlock(&af_reads.mu);
    return e;
}

const char *af_strerror(int e)
{
    if (e == AF_EINPUT) return "it is one of the files this command read, and would be lost";
    if (e == ENOMEM) return "out of memory";
    return strerror(e);
}

/* dir of `path` joined with `rel` (a link's text, relative to the link). */
static char *af_beside(const char *path, const char *rel)
{
    const char *slash = strrchr(path, '/');
    size_t dl = slash ? (size_t)(slash - path) + 1 : 0;
    size_t n = dl + strlen(rel) + 1;
    char *p = fail_malloc(n);
    if (!p) { errno = ENOMEM; return NULL; }
    memcpy(p, path, dl);
    memcpy(p + dl, rel, n - dl);
    return p;
}

/* The text of the link at `path`, malloc'd. */
static char *af_readlink(const char *path)
{
    char buf[PATH_MAX];
    ssize_t k = readlink(path, buf, sizeof buf - 1);
    if (k < 0) return NULL;
    buf[k] = '\0';
    char *r = fail_strdup(buf);
    if (!r) errno = ENOMEM;
    return r;
}

char *af_resolve(const char *path)
{
    char *cur = fail_strdup(path);
    if (!cur) { errno = ENOMEM; return NULL; }
    int e = ELOOP;   /* when the hops run out */
    for (int hop = 0; hop <= AF_MAX_HOPS; hop++) {
        struct stat st;
        if (lstat(cur, &st) != 0) {
            if (errno == ENOENT) return cur;   /* a new file (or a dangling link's target) */
            e = errno;
            break;
        }
        if (!S_ISLNK(st.st_mode)) return cur;
        char *to = af_readlink(cur);
        char *next = !to ? NULL : to[0] == '/' ? to : af_beside(cur, to);
        if (next != to) free(to);
        if (!next) { e = errno ? errno : ENOMEM; break; }
        free(cur);
        cur = next;
    }
    free(cur);
    errno = e;
    return NULL;
}

static void af_clear(afile *a)
{
    free(a->target);
    free(a->tmp);
    memset(a, 0, sizeof *a);
}

/* Not a regular file: a device, a FIFO, a terminal.  Written as it is. */
static int af_open_straight(afile *a)
{
    int fd = open(a->target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return -1;
    a->f = fdopen(fd, "w");
    if (!a->f) { int e = errno; close(fd); errno = e; return -1; }
    return 0;
}

/* The new file gets the old one's mode and, when we may, its owner; a new
 * name gets what open(2) would have given it. */
static void af_take_mode(int fd, const struct stat *old)
{
    if (old) {
        (void)fchmod(fd, old->st_mode & 07777);
        if (old->st_uid != geteuid() || old->st_gid != getegid()) (void)!fchown(fd, old->st_uid, old->st_gid);
        return;
    }
    mode_t mask = umask(0);
    umask(mask);
    (void)fchmod(fd, 0666 & ~mask);
}

static int af_open_replace(afile *a, const struct stat *old)
{
    size_t n = strlen(a->target) + 8;
    a->tmp = fail_malloc(n);
    if (!a->tmp) { errno = ENOMEM; return -1; }
    snprintf(a->tmp, n, "%s.XXXXXX", a->target);
    int fd = mkstemp(a->tmp);   /* O_EXCL: a planted name or link makes it fail, never write through */
    if (fd < 0) { free(a->tmp); a->tmp = NULL; return -1; }
    af_take_mode(fd, old);
    a->f = fdopen(fd, "w");
    if (!a->f) {
        int e = errno;
        close(fd);
        unlink(a->tmp);
        errno = e;
        return -1;
    }
    return 0;
}

static int af_open_as(afile *a, const char *path, bool over)
{
    memset(a, 0, sizeof *a);
    int in = over ? 0 : af_check_input(path);
    if (in) { errno = in; return -1; }
    if (strncmp(path, "/dev/", 5) == 0) {
        /* /dev/stdout and the like name whatever the descriptor is, a pipe
         * or the file a shell redirected to: written, never replaced */
        a->target = fail_strdup(path);
        if (!a->target) { errno = ENOMEM; return -1; }
        int r = af_open_straight(a);
        if (r != 0) { int e = errno; af_clear(a); errno = e; }
        return r;
    }
    a->target = af_resolve(path);
    if (!a->target) return -1;
    struct stat st;
    bool exists = stat(a->target, &st) == 0;
    if (!exists && errno != ENOENT) { int e = errno; af_clear(a); errno = e; return -1; }
    int r;
    if (exists && S_ISDIR(st.st_mode)) { errno = EISDIR; r = -1; }
    else if (exists && !S_ISREG(st.st_mode)) r = af_open_straight(a);
    else if (exists && access(a->target, W_OK) != 0) r = -1;   /* read-only stays so, though its directory would let us */
    else r = af_open_replace(a, exists ? &st : NULL);
    if (r != 0) { int e = errno; af_clear(a); errno = e; }
    return r;
}

int af_open(afile *a, const char *path) { return af_open_as(a, path, false); }

/* Best effort: the rename itself reaches the disk with the directory. */
static void af_sync_dir(const char *target)
{
    char *dir = af_beside(target, ".");
    if (!dir) return;
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) { (void)fsync(fd); close(fd); }
    free(dir);
}

int af_commit(afile *a)
{
    int e = 0;
    if (fflush(a->f) != 0 || ferror(a->f)) e = errno ? errno : EIO;
    if (!e && a->tmp && fsync(fileno(a->f)) != 0) e = errno;
    if (fclose(a->f) != 0 && !e) e = errno ? errno : EIO;
    a->f = NULL;
    if (a->tmp) {
        if (!e && rename(a->tmp, a->target) != 0) e = errno;
        if (e) unlink(a->tmp);
        else af_sync_dir(a->target);
    }
    af_clear(a);
    if (e) { errno = e; return -1; }
    return 0;
}

void af_abort(afile *a)
{
    if (a->f) fclose(a->f);
    if (a->tmp) unlink(a->tmp);
    af_clear(a);
}

static int af_write_as(const char *path, const char *data, size_t n, bool over)
{
    afile a;
    if (af_open_as(&a, path, over) != 0) return errno ? errno : EIO;
    if (n && fwrite(data, 1, n, a.f) != n) {
        int e = errno ? errno : EIO;
        af_abort(&a);
        return e;
    }
    return af_commit(&a) == 0 ? 0 : errno;
}

int af_write(const char *path, const char *data, size_t n) { return af_write_as(path, data, n, false); }
int af_write_over(const char *path, const char *data, size_t n) { return af_write_as(path, data, n, true); }

int af_write_fd(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return errno ? errno : EIO;
        if (w == 0) return EIO;
        s += w;
        n -= (size_t)w;
    }
    return 0;
}

/* No hard links here (a FAT stick, some network shares): the name made
 * with O_EXCL and written straight; removed again when that fails. */
static int af_create_excl(const char *target, const char *data, size_t n)
{
    int fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) return errno;
    int e = af_write_fd(fd, data, n);
    if (!e && fsync(fd) != 0 && errno != EINVAL) e = errno;
    if (close(fd) != 0 && !e) e = errno ? errno : EIO;
    if (e) unlink(target);
    return e;
}

static bool af_no_links(int e) { return e == EPERM || e == ENOTSUP || e == EOPNOTSUPP || e == EMLINK || e == ENOSYS; }

int af_create(const char *path, const char *data, size_t n)
{
    int in = af_check_input(path);   /* it exists then, so link() would refuse it too: said plainly */
    if (in) return in;
    char *target = af_resolve(path);
    if (!target) return errno ? errno : ENOMEM;
    size_t tn = strlen(target) + 8;
    char *tmp = fail_malloc(tn);
    int e = tmp ? 0 : ENOMEM;
    if (!e) snprintf(tmp, tn, "%s.XXXXXX", target);
    int fd = e ? -1 : mkstemp(tmp);
    if (!e && fd < 0) e = errno;
    if (!e) {
        af_take_mode(fd, NULL);
        e = af_write_fd(fd, data, n);
        if (!e && fsync(fd) != 0) e = errno;
        if (close(fd) != 0 && !e) e = errno ? errno : EIO;
        if (!e && link(tmp, target) != 0) e = errno;
        unlink(tmp);
        if (af_no_links(e)) e = af_create_excl(target, data, n);
        if (!e) af_sync_dir(target);
    }
    free(tmp);
    free(target);
    return e;
}
