/* pool — one job per file, on the machine's cores, with the output of each
 * written in the order of the files: the same bytes as one core gives.
 *
 * `civic check DIR` and `civic test DIR` over a county's 300 protocols or a
 * national batch of 10,000 are many small independent loads: each job loads
 * a whole file into a session of its own (nothing is shared between
 * sessions), writing what it has to say into memory buffers; the calling
 * thread writes each job's buffers to stdout and stderr in file order, then
 * hands the job's result to `done`.  Jobs may run at most PL_WINDOW files
 * ahead of the one being written, so memory stays bounded by a few files'
 * output, however many files there are.
 *
 * With one thread (CIVIC_JOBS=1, one file, or one core) the jobs run on the
 * calling thread, writing straight to stdout and stderr.  Each stream gets
 * the same bytes either way; a job's stderr is written before its stdout,
 * so a job that writes diagnostics before its summary (as check does) reads
 * the same with both streams in one file too. */
#ifndef CIVIC_POOL_H
#define CIVIC_POOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum { PL_MAX_THREADS = 8, PL_WINDOW = 16 };

/* Runs on a worker thread: handle item i, writing to out and err.  Must
 * touch nothing shared but what is its own (its slot of a result array). */
typedef void (*pl_work)(void *ctx, size_t i, FILE *out, FILE *err);
/* Runs on the calling thread, in order of i, after the item's output is
 * written.  ran is false when the item could not be run for want of memory
 * (its output buffers could not be made); the caller says so. */
typedef void (*pl_done)(void *ctx, size_t i, bool ran);

/* Threads to use: $CIVIC_JOBS when it is a number from 1 to
 * PL_MAX_THREADS, else the processors online (at most PL_MAX_THREADS). */
int pl_threads(void);
/* Runs items 0..n-1 on up to `threads` threads. */
void pl_run(size_t n, int threads, pl_work work, pl_done done, void *ctx);

#endif
