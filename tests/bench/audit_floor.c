/* audit_floor — the floor civic audit is measured against (make bench,
 * tests/tools/bench.sh, "civic audit"): a hand-written C loop that does only
 * Houghton Regis 10.2's check on a register with the header
 * id,received,member,officer,responded, and nothing else a clerk would want
 * (no map, no protocol, no bad rows, no quotes, no summary but the count).
 *
 * It reads the register, computes each row's due day, two working days
 * after the enquiry on the England and Wales calendar (weekends and the bank
 * holidays of tests/data/uk-bank-holidays.csv, gov.uk's list), and counts
 * the rows answered after it, or never answered by TODAY.  Prints
 * "N rows: B breaches".
 *
 *   audit_floor REGISTER.csv TODAY [HOLIDAYS.csv]
 *
 * Build: cc -O2 -o audit_floor tests/bench/audit_floor.c */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FIRST = 2000, SPAN = 40 * 366 };

static int64_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int64_t base;
static bool holiday[SPAN];

static bool working(int64_t day)
{
    int64_t wd = ((day % 7) + 10) % 7;   /* Monday 0 */
    int64_t i = day - base;
    return wd < 5 && !(i >= 0 && i < SPAN && holiday[i]);
}

static int64_t parse_day(const char *s)
{
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    return days_from_civil(y, m, d);
}

int main(int argc, char **argv)
{
    if (argc < 3) { fprintf(stderr, "usage: audit_floor REGISTER.csv TODAY [HOLIDAYS.csv]\n"); return 2; }
    base = days_from_civil(FIRST, 1, 1);
    FILE *h = fopen(argc > 3 ? argv[3] : "tests/data/uk-bank-holidays.csv", "r");
    if (!h) { perror("holidays"); return 2; }
    char line[256];
    while (fgets(line, sizeof line, h))
        if (strncmp(line, "england-and-wales,", 18) == 0) {
            int64_t i = parse_day(line + 18) - base;
            if (i >= 0 && i < SPAN) holiday[i] = true;
        }
    fclose(h);
    int64_t today = parse_day(argv[2]);
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 2; }
    static char buf[1 << 16];
    setvbuf(f, NULL, _IOFBF, 1 << 18);
    long rows = 0, breaches = 0;
    if (!fgets(buf, sizeof buf, f)) return 2;   /* the header */
    while (fgets(buf, sizeof buf, f)) {
        char *c1 = strchr(buf, ','), *c2 = c1 ? strchr(c1 + 1, ',') : NULL;
        char *c3 = c2 ? strchr(c2 + 1, ',') : NULL, *c4 = c3 ? strchr(c3 + 1, ',') : NULL;
        if (!c4) continue;
        int64_t due = parse_day(c1 + 1);
        for (int k = 2; k > 0;)
            if (working(++due)) k--;
        bool answered = c4[1] >= '0' && c4[1] <= '9';
        rows++;
        breaches += answered ? parse_day(c4 + 1) > due : due < today;
    }
    fclose(f);
    printf("%ld rows: %ld breaches\n", rows, breaches);
    return 0;
}
