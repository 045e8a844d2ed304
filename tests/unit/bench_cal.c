/* bench_cal — deadline arithmetic throughput (not a test).
 *
 * Times 10 million "within 2 working days" deadlines under England and
 * Wales from random days in 2020..2030 and prints "deadline: N.N M/s".
 * The days are drawn before timing, so the figure is cal_add alone.
 *
 *   cc -std=c11 -D_DEFAULT_SOURCE -O2 -Igrammar/base -Iinterp/model -o /tmp/bench_cal \
 *      tests/unit/bench_cal.c interp/model/cal.c grammar/base/date.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "cal.h"
#include "uk_calendars.c"   /* included, like test_cal.c, to build from one source */

enum { CALLS = 10 * 1000 * 1000, NDAYS = 1 << 16 };

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* xorshift32: a fixed, portable sequence, so runs are comparable. */
static uint32_t next_random(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

int main(void)
{
    cal_calendar *c = uk_calendar_new("england-and-wales");
    dt_day *days = malloc(NDAYS * sizeof *days);
    if (!c || !days) {
        fprintf(stderr, "bench_cal: out of memory\n");
        return 1;
    }
    dt_day lo = dt_from_ymd(2020, 1, 1), span = dt_from_ymd(2031, 1, 1) - lo;
    uint32_t seed = 2463534242u;
    for (int i = 0; i < NDAYS; i++)
        days[i] = lo + (dt_day)(next_random(&seed) % (uint32_t)span);

    int64_t check = 0;
    double t0 = now();
    for (int i = 0; i < CALLS; i++) {
        dt_day out;
        if (cal_add(c, days[i & (NDAYS - 1)], 2, CAL_WORKING_DAYS, &out) != 0) {
            fprintf(stderr, "bench_cal: cal_add failed\n");
            return 1;
        }
        check += out;
    }
    double secs = now() - t0;

    printf("deadline: %.1f M/s\n", CALLS / secs / 1e6);
    fprintf(stderr, "(%d calls in %.3f s, checksum %lld)\n", CALLS, secs, (long long)check);
    cal_free(c);
    free(days);
    return 0;
}
