/* Unit tests for grammar/base/afile.c (writing a whole file) and
 * interp/cli/pool.c (jobs on threads, output in order).
 *
 * afile: a new file gets the umask's mode, an old one keeps its mode; a
 * link is followed hop by hop (relative to the link, chains, dangling: the
 * target is made) and stays a link; a loop of links and a directory are
 * refused; a device is written, not replaced; af_abort leaves the old text
 * and no temporary file behind; af_create makes a new file whole and never
 * writes over one; af_write_fd writes all.
 * pool: every item runs once, and the output comes in item order, the same
 * bytes whatever the number of threads, even when later items finish first. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "afile.h"
#include "pool.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/civic-afile.XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *at(const char *name)
{
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
    return buf[k];
}

static void put(const char *path, const char *text)
{
    afile a;
    assert_int_equal(af_open(&a, path), 0);
    fputs(text, a.f);
    assert_int_equal(af_commit(&a), 0);
}

static void expect_text(const char *path, const char *want)
{
    char got[256] = "";
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    size_t n = fread(got, 1, sizeof got - 1, f);
    got[n] = '\0';
    fclose(f);
    assert_string_equal(got, want);
}

/* The entries of a subdirectory ("" the test's directory): nothing but the
 * names expected, no temporary file left. */
static size_t entries_in(const char *sub)
{
    DIR *d = opendir(at(sub));
    assert_non_null(d);
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
    closedir(d);
    return n;
}

static size_t entries(void) { return entries_in(""); }

static void test_new_and_replaced(void **state)
{
    (void)state;
    mode_t old = umask(027);
    put(at("new"), "one\n");
    umask(old);
    struct stat st;
    assert_int_equal(stat(at("new"), &st), 0);
    assert_int_equal(st.st_mode & 0777, 0640);
    assert_int_equal(chmod(at("new"), 0600), 0);
    put(at("new"), "two\n");
    expect_text(at("new"), "two\n");
    assert_int_equal(stat(at("new"), &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    assert_int_equal(entries(), 1);
}

static void test_links(void **state)
{
    (void)state;
    assert_int_equal(mkdir(at("sub"), 0755), 0);
    put(at("sub/real"), "old\n");
    assert_int_equal(symlink("real", at("sub/rel")), 0);        /* relative to the link's directory */
    assert_int_equal(symlink("sub/rel", at("chain")), 0);       /* a link to a link */
    put(at("chain"), "through two links\n");
    expect_text(at("sub/real"), "through two links\n");
    struct stat st;
    assert_int_equal(lstat(at("chain"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    assert_int_equal(lstat(at("sub/rel"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    /* a dangling link: its target is made */
    assert_int_equal(symlink("sub/made", at("dangling")), 0);
    put(at("dangling"), "made\n");
    expect_text(at("sub/made"), "made\n");
    char *r = af_resolve(at("chain"));
    assert_non_null(r);
    assert_string_equal(r, at("sub/real"));
    free(r);
}

static void test_refused(void **state)
{
    (void)state;
    afile a;
    assert_int_equal(symlink("loop-b", at("loop-a")), 0);
    assert_int_equal(symlink("loop-a", at("loop-b")), 0);
    assert_int_equal(af_open(&a, at("loop-a")), -1);
    assert_int_equal(errno, ELOOP);
    assert_int_equal(mkdir(at("adir"), 0755), 0);
    assert_int_equal(af_open(&a, at("adir")), -1);
    assert_int_equal(errno, EISDIR);
    assert_int_equal(af_open(&a, at("no-such-dir/x")), -1);
    assert_int_equal(errno, ENOENT);
}

static void test_device_written_straight(void **state)
{
    (void)state;
    afile a;
    assert_int_equal(af_open(&a, "/dev/null"), 0);
    assert_null(a.tmp);
    fputs("nothing\n", a.f);
    assert_int_equal(af_commit(&a), 0);
    struct stat st;
    assert_int_equal(stat("/dev/null", &st), 0);
    assert_true(S_ISCHR(st.st_mode));
    /* a full device: the write error is told */
    assert_int_equal(af_open(&a, "/dev/full"), 0);
    fputs("lost\n", a.f);
    assert_int_equal(af_commit(&a), -1);
    assert_int_equal(errno, ENOSPC);
}

static void test_abort(void **state)
{
    (void)state;
    put(at("kept"), "kept\n");
    size_t before = entries();
    afile a;
    assert_int_equal(af_open(&a, at("kept")), 0);
    assert_non_null(a.tmp);
    fputs("dropped\n", a.f);
    af_abort(&a);
    expect_text(at("kept"), "kept\n");
    assert_int_equal(entries(), before);
}

/* af_create: a new file whole, with the umask's mode; never over one that
 * exists; through a dangling link to its target; no temporary file left. */
static void test_create(void **state)
{
    (void)state;
    assert_int_equal(mkdir(at("cr"), 0755), 0);
    mode_t old = umask(027);
    assert_int_equal(af_create(at("cr/new.civic"), "first\n", 6), 0);
    umask(old);
    expect_text(at("cr/new.civic"), "first\n");
    struct stat st;
    assert_int_equal(stat(at("cr/new.civic"), &st), 0);
    assert_int_equal(st.st_mode & 0777, 0640);
    assert_int_equal(af_create(at("cr/new.civic"), "second\n", 7), EEXIST);
    expect_text(at("cr/new.civic"), "first\n");
    assert_int_equal(symlink("made.civic", at("cr/dangling")), 0);
    assert_int_equal(af_create(at("cr/dangling"), "made\n", 5), 0);
    expect_text(at("cr/made.civic"), "made\n");
    assert_int_equal(lstat(at("cr/dangling"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    assert_int_equal(af_create(at("cr/dangling"), "again\n", 6), EEXIST);
    assert_int_equal(af_create(at("cr/no-such-dir/x.civic"), "x", 1), ENOENT);
    assert_int_equal(entries_in("cr"), 3);
}

/* af_write_fd: all of a long text, through however many writes it takes. */
static void test_write_fd(void **state)
{
    (void)state;
    enum { N = 300000 };
    char *big = malloc(N + 1);
    assert_non_null(big);
    for (size_t i = 0; i < N; i++) big[i] = (char)('a' + i % 26);
    big[N] = '\0';
    FILE *f = fopen(at("fd.txt"), "w+");
    assert_non_null(f);
    assert_int_equal(af_write_fd(fileno(f), big, N), 0);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    assert_int_equal(ftell(f), N);
    fclose(f);
    assert_int_equal(af_write_fd(-1, "x", 1), EBADF);
    free(big);
}

/* ---- pool ---- */

enum { N_ITEMS = 200 };

typedef struct {
    int runs[N_ITEMS];
    size_t done_next;
    bool in_order;
} pool_ctx;

static void work(void *ctx, size_t i, FILE *out, FILE *err)
{
    pool_ctx *c = ctx;
    c->runs[i]++;
    /* later items are quicker: they finish before earlier ones */
    struct timespec ts = { 0, (long)((N_ITEMS - i) % 7) * 100000L };
    nanosleep(&ts, NULL);
    if (i % 3 == 0) fprintf(err, "note %zu\n", i);   /* a job's stderr comes before its stdout */
    fprintf(out, "item %zu\n", i);
}

static void done(void *ctx, size_t i, bool ran)
{
    pool_ctx *c = ctx;
    assert_true(ran);
    if (i != c->done_next) c->in_order = false;
    c->done_next++;
}

/* The pool's output with `threads` threads, as a malloc'd string. */
static char *pool_output(int threads)
{
    pool_ctx c;
    memset(&c, 0, sizeof c);
    c.in_order = true;
    char *buf = NULL;
    size_t len = 0;
    fflush(stdout);
    FILE *mem = open_memstream(&buf, &len);
    assert_non_null(mem);
    FILE *saved = stdout;
    stdout = mem;   /* the pool writes to stdout and stderr */
    FILE *saved_err = stderr;
    stderr = mem;
    pl_run(N_ITEMS, threads, work, done, &c);
    stdout = saved;
    stderr = saved_err;
    fclose(mem);
    for (size_t i = 0; i < N_ITEMS; i++) assert_int_equal(c.runs[i], 1);
    assert_true(c.in_order);
    assert_int_equal(c.done_next, N_ITEMS);
    return buf;
}

static void test_pool_order(void **state)
{
    (void)state;
    char *one = pool_output(1);
    char *two = pool_output(2);
    char *eight = pool_output(8);
    assert_string_equal(one, two);
    assert_string_equal(one, eight);
    assert_non_null(strstr(one, "note 0\nitem 0\nitem 1\nitem 2\nnote 3\nitem 3\n"));
    free(one);
    free(two);
    free(eight);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_and_replaced),
        cmocka_unit_test(test_links),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_device_written_straight),
        cmocka_unit_test(test_abort),
        cmocka_unit_test(test_create),
        cmocka_unit_test(test_write_fd),
        cmocka_unit_test(test_pool_order),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
