/* afile — writing a whole file so that a reader never sees half of it and
 * nothing but the file named is touched.
 *
 * Every file Civic writes (a JUnit report, the REPL's history, fmt -w,
 * render -o, and init's new file: af_create) goes through here:
 *
 *   - a symbolic link is followed to the file it names (hop by hop, so a
 *     dangling link creates its target): the link stays a link;
 *   - a regular file, or a name that does not exist yet, is replaced
 *     atomically: the text goes to a temporary file made with mkstemp
 *     (O_EXCL, a name nobody can guess or plant a link at) in the target's
 *     own directory, which is written, fsync'ed, given the old file's mode
 *     (and owner, when allowed), then renamed over the target;
 *   - anything else that exists (a device such as /dev/null, a FIFO, a
 *     terminal) is opened and written straight, never replaced; a directory
 *     is refused (EISDIR);
 *   - a name under /dev/ (/dev/stdout) is written straight as given, links
 *     not followed: it names whatever a descriptor is;
 *   - an existing regular file we may not write is refused (EACCES), though
 *     its directory would let us replace it;
 *   - a file this process has read (af_note_read: every file loaded, `use`d
 *     ones and a standard input redirected from a file included) is refused
 *     (AF_EINPUT), compared by device and inode after links: `render -o
 *     p.civic p.civic` must not replace the protocol with its page.  Only
 *     af_write_over (fmt -w, in place by design) writes over one.
 *
 * Usage: af_open, write to a->f, then af_commit (or af_abort).  An afile
 * owns its names and the stream until one of those two is called. */
#ifndef CIVIC_AFILE_H
#define CIVIC_AFILE_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/stat.h>

/* The error of af_open, af_write and af_create for a file this process has
 * read: not an errno value (they are positive), so say it with af_strerror. */
enum { AF_EINPUT = -4242 };

typedef struct afile {
    FILE *f;           /* write here */
    char *target;      /* the file that will be replaced or written */
    char *tmp;         /* the temporary file, or NULL when writing straight */
} afile;

/* Returns 0, or -1 with errno set (nothing is created then). */
int af_open(afile *a, const char *path);
/* Flushes, syncs, closes and renames.  Returns 0, or -1 with errno set, in
 * which case the target is as it was (when replaced) and the temporary file
 * is gone.  Either way the afile is finished. */
int af_commit(afile *a);
/* Drops what was written: the target is left as it was. */
void af_abort(afile *a);
/* The whole of data[0..n) to path, as af_open and af_commit do.  Returns 0,
 * or an errno value, the target as it was. */
int af_write(const char *path, const char *data, size_t n);
/* A new file: data[0..n) to path, which must not exist (after its links,
 * as af_resolve follows them): written whole to a temporary file beside it,
 * then linked to the name, which fails when the name exists, even if made
 * meanwhile.  So a reader never sees half of it and nothing is ever
 * overwritten.  Where the file system has no hard links, the name is
 * created with O_EXCL and written, and removed again on a failure.
 * Returns 0, or an errno value (EEXIST: the name exists). */
int af_create(const char *path, const char *data, size_t n);
/* The whole of s[0..n) to descriptor fd, across short writes and signals.
 * Returns 0, or an errno value. */
int af_write_fd(int fd, const char *s, size_t n);
/* As af_write, but the target may be a file this process read: for
 * rewriting a file in place (fmt -w). */
int af_write_over(const char *path, const char *data, size_t n);
/* Records a file read (its stat, links followed): af_open refuses it from
 * then on.  Thread-safe (files are loaded by a pool of threads).  When the
 * record cannot grow (out of memory), every later write is refused with
 * ENOMEM rather than risk one. */
void af_note_read(const struct stat *st);
/* As af_note_read for what descriptor fd reads, when it is a regular file
 * (a standard input redirected from one). */
void af_note_fd(int fd);
/* strerror(e), or the words for AF_EINPUT. */
const char *af_strerror(int e);
/* The path that `path` finally names, symbolic links followed hop by hop
 * (at most 40), malloc'd; NULL with errno set on failure.  The last hop
 * need not exist. */
char *af_resolve(const char *path);

#endif
