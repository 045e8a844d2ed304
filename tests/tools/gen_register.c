/* gen_register — a register of Members' enquiries, for civic audit's tests
 * and benchmark: the header id,received,member,officer,responded (and
 * acknowledged, with --ack), one enquiry a row, received between
 * 2015-01-01 and 2027-10-31.  A fixed seed gives the same file.
 *
 * It knows which rows it made late: each response is placed a chosen number
 * of working days after the enquiry, counted on the official list of bank
 * holidays of England and Wales (tests/data/uk-bank-holidays.csv, gov.uk's
 * own, 2015-2027: not civic's calendar, so that the two check each other).
 * Under Houghton Regis 10.2 (an answer within 2 working days, or an
 * acknowledgement with a timescale within 2), a row breaches when it is
 * answered after the 2nd working day, or never, unless acknowledged by then.
 *
 *   gen_register [--rows N] [--seed S] [--ack] [--bad K] [--holidays FILE]
 *
 * The register goes to standard output; the truth to standard error, one
 * line: "rows N breaches B bad E" (rows: those audited; bad: rows written
 * wrong on purpose, every K-th with --bad K, each of a kind in turn: no such
 * day, a missing cell, no officer, an answer before the enquiry, a
 * duplicate id).
 *
 * The mix: 62% answered within 2 working days (some on the day), 18% late
 * (3 to 25 working days), 10% never answered, 10% acknowledged with a
 * timescale (with --ack; else answered in time): of those, four in five
 * acknowledged within 2 working days and answered later (no breach), one
 * in five acknowledged late and answered late (a breach).
 *
 * Build: cc -O2 -o gen_register tests/tools/gen_register.c */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FIRST_YEAR = 2015, LAST_YEAR = 2027, MAX_DAYS = 13 * 366 + 400 };

static int64_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t yy = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

static int64_t base;                 /* 2015-01-01 */
static bool holiday[MAX_DAYS];

static bool working(int64_t day)
{
    int64_t wd = ((day % 7) + 10) % 7;   /* 1970-01-01 was a Thursday (3, with Monday 0) */
    if (wd >= 5) return false;
    int64_t i = day - base;
    return i < 0 || i >= MAX_DAYS || !holiday[i];
}

/* The k-th working day after day (k 0: the day itself if working, else the next). */
static int64_t add_working(int64_t day, int k)
{
    if (k == 0) { while (!working(day)) day++; return day; }
    while (k > 0) { day++; if (working(day)) k--; }
    return day;
}

static void load_holidays(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(2); }
    char line[256];
    while (fgets(line, sizeof line, f)) {
        int y, m, d;
        if (strncmp(line, "england-and-wales,", 18) != 0) continue;
        if (sscanf(line + 18, "%d-%d-%d", &y, &m, &d) != 3) continue;
        int64_t i = days_from_civil(y, m, d) - base;
        if (i >= 0 && i < MAX_DAYS) holiday[i] = true;
    }
    fclose(f);
}

static uint64_t rng;
static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}
static int pick(int n) { return (int)(next() % (uint32_t)n); }

static char *put_date(char *p, int64_t day)
{
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    p[0] = (char)('0' + y / 1000); p[1] = (char)('0' + y / 100 % 10); p[2] = (char)('0' + y / 10 % 10); p[3] = (char)('0' + y % 10);
    p[4] = '-'; p[5] = (char)('0' + m / 10); p[6] = (char)('0' + m % 10);
    p[7] = '-'; p[8] = (char)('0' + d / 10); p[9] = (char)('0' + d % 10);
    return p + 10;
}

typedef struct row { long id; int64_t received, ack, resp; int member, officer; bool breach; } row;

static void make_row(row *r, long i, bool ack)
{
    int64_t span = days_from_civil(LAST_YEAR, 10, 31) - base;
    r->id = i;
    r->received = base + pick((int)span + 1);
    r->member = pick(2000);
    r->officer = pick(200);
    r->ack = r->resp = -1;
    r->breach = false;
    int kind = pick(100);
    if (kind >= 90 && !ack) kind = pick(62);
    if (kind < 62) r->resp = add_working(r->received, pick(3));
    else if (kind < 80) { r->resp = add_working(r->received, 3 + pick(23)); r->breach = true; }
    else if (kind < 90) r->breach = true;
    else if (pick(5)) { r->ack = add_working(r->received, 1 + pick(2)); r->resp = add_working(r->received, 3 + pick(28)); }
    else { r->ack = add_working(r->received, 3 + pick(3)); r->resp = add_working(r->received, 6 + pick(20)); r->breach = true; }
}

/* A row written wrong on purpose, of kind k. */
static char *bad_row(char *p, const row *r, int k)
{
    switch (k % 5) {
    case 0: return p + sprintf(p, "E%ld,2025-02-30,member%d,officer%d,\n", r->id, r->member, r->officer);
    case 1: return p + sprintf(p, "E%ld,2025-03-03,member%d\n", r->id, r->member);
    case 2: return p + sprintf(p, "E%ld,2025-03-03,member%d,,2025-03-04\n", r->id, r->member);
    case 3: return p + sprintf(p, "E%ld,2025-03-03,member%d,officer%d,2025-03-01\n", r->id, r->member, r->officer);
    default: return p + sprintf(p, "E%ld,2025-03-03,member%d,officer%d,2025-03-04\n", r->id - 1, r->member, r->officer);
    }
}

static char *good_row(char *p, const row *r, bool ack)
{
    p += sprintf(p, "E%ld,", r->id);
    p = put_date(p, r->received);
    p += sprintf(p, ",member%d,officer%d,", r->member, r->officer);
    if (r->resp >= 0) p = put_date(p, r->resp);
    if (ack) { *p++ = ','; if (r->ack >= 0) p = put_date(p, r->ack); }
    *p++ = '\n';
    return p;
}

int main(int argc, char **argv)
{
    long rows = 1000, bad = 0;
    unsigned long seed = 1;
    bool ack = false;
    const char *hol = "tests/data/uk-bank-holidays.csv";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--rows") && i + 1 < argc) rows = atol(argv[++i]);
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc) seed = strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--bad") && i + 1 < argc) bad = atol(argv[++i]);
        else if (!strcmp(argv[i], "--holidays") && i + 1 < argc) hol = argv[++i];
        else if (!strcmp(argv[i], "--ack")) ack = true;
        else { fprintf(stderr, "usage: gen_register [--rows N] [--seed S] [--ack] [--bad K] [--holidays FILE]\n"); return 2; }
    }
    base = days_from_civil(FIRST_YEAR, 1, 1);
    load_holidays(hol);
    rng = 0x9E3779B97F4A7C15ULL ^ (seed * 0xD1B54A32D192ED03ULL);
    if (!rng) rng = 1;
    static char buf[1 << 16];
    char *p = buf;
    p += sprintf(p, "id,received,member,officer,responded%s\n", ack ? ",acknowledged" : "");
    long audited = 0, breaches = 0, nbad = 0;
    for (long i = 1; i <= rows; i++) {
        row r;
        make_row(&r, i, ack);
        if (bad > 0 && i % bad == 0 && i > 1) {
            p = bad_row(p, &r, (int)nbad++);
        } else {
            p = good_row(p, &r, ack);
            audited++;
            breaches += r.breach;
        }
        if (p - buf > (long)sizeof buf - 256) { fwrite(buf, 1, (size_t)(p - buf), stdout); p = buf; }
    }
    fwrite(buf, 1, (size_t)(p - buf), stdout);
    fprintf(stderr, "rows %ld breaches %ld bad %ld\n", audited, breaches, nbad);
    return 0;
}
