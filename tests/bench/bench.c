/* bench — the performance figures of `make bench` (tests/tools/bench.sh).
 *
 * Not a test: it prints figures, never passes or fails on timing.  It also
 * writes its own inputs (CI machines have no Python), from fixed seeds, so a
 * build writes the same files every time:
 *
 *   bench gen-protocol OUT NORMS       a synthetic council protocol of about NORMS rules
 *   bench gen-scenario OUT EVENTS MODE a 1,000-rule protocol and one scenario of EVENTS
 *                                      events; MODE "low" answers nearly every duty,
 *                                      "high" leaves many duties open for good
 *   bench parse FILE                   lex-only and parse+check throughput, peak memory
 *   bench query FILE                   `can` and `route` latency after loading
 *   bench deadlines                    2-working-day cal_add per second
 *   bench sim FILE                     simulation rate and the engine's own memory
 *   bench exec-median N CMD ARG...     median wall time of N runs of a command
 *   bench exec-rss CMD ARG...          one run of a command: wall time and peak resident memory
 *   bench gen-batch DIR N BASE...      a national batch: N council protocols, each with its
 *                                      scenario file, variants of protocols/BASE.civic and
 *                                      BASE.test.civic (council names, dates, clause numbers,
 *                                      a few rules added; a rule dropped only where no
 *                                      scenario names or asks about it, now rare)
 *   bench repl-rss CIVIC FILE          `civic repl FILE`'s resident memory after 10,000 and
 *                                      100,000 questions typed at it (a script on a pipe)
 *   bench open FILE N                  ss_open N times and nothing else (for profilers)
 *
 * Memory.  The binary is linked with -Wl,--wrap=malloc,... so every
 * allocation made by the library goes through counters here (live bytes
 * and the peak since the last reset, by malloc_usable_size).  That is how
 * the simulator's own heap is measured; ru_maxrss is printed beside it.
 */
#include "arena.h"
#include "cal.h"
#include "check.h"
#include "date.h"
#include "diag.h"
#include "intern.h"
#include "load.h"
#include "model.h"
#include "parse.h"
#include "report.h"
#include "answer_render.h"
#include "session.h"
#include "sim.h"
#include "source.h"

#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- allocation counters (the --wrap link flags route the library here) ---------- */

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);

/* Atomic: a test of many files loads them on the pool's threads.  The peak
 * is kept by the thread that makes it, near enough for a figure in MB. */
static _Atomic size_t heap_live, heap_peak;

static void heap_add(void *p)
{
    if (!p) return;
    size_t now_live = (heap_live += malloc_usable_size(p));
    if (now_live > heap_peak) heap_peak = now_live;
}

static void heap_less(size_t n)   /* (never below 0: a block from before the count began) */
{
    size_t old = heap_live;
    while (!atomic_compare_exchange_weak(&heap_live, &old, old > n ? old - n : 0)) {}
}

static void heap_sub(void *p)
{
    if (p) heap_less(malloc_usable_size(p));
}

void *__wrap_malloc(size_t n)
{
    void *p = __real_malloc(n);
    heap_add(p);
    return p;
}

void *__wrap_calloc(size_t n, size_t m)
{
    void *p = __real_calloc(n, m);
    heap_add(p);
    return p;
}

void *__wrap_realloc(void *p, size_t n)
{
    size_t old = p ? malloc_usable_size(p) : 0;
    void *q = __real_realloc(p, n);
    if (!q) return NULL;
    heap_less(old);
    heap_add(q);
    return q;
}

void __wrap_free(void *p)
{
    heap_sub(p);
    __real_free(p);
}

/* ---- small things ------------------------------------------------------------------ */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static long maxrss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static size_t file_size(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "bench: %s: %s\n", path, strerror(errno));
        exit(2);
    }
    return (size_t)st.st_size;
}

static dt_day bench_today(void) { return dt_from_ymd(2026, 1, 1); }

/* splitmix64: a fixed sequence, so the generated files are the same on every run */
typedef struct rng { uint64_t s; } rng;

static uint32_t rnd(rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return (uint32_t)((z ^ (z >> 31)) >> 32);
}

static int pick(rng *r, int n) { return (int)(rnd(r) % (uint32_t)n); }
static bool chance(rng *r, int percent) { return pick(r, 1000) < percent * 10; }
static bool chance_pm(rng *r, int permille) { return pick(r, 1000) < permille; }

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static FILE *open_out(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "bench: cannot write %s: %s\n", path, strerror(errno));
        exit(2);
    }
    static char buf[1 << 20];
    setvbuf(f, buf, _IOFBF, sizeof buf);
    return f;
}

static void close_out(FILE *f, const char *path)
{
    if (fclose(f) != 0) {
        fprintf(stderr, "bench: writing %s failed\n", path);
        exit(2);
    }
}

static void lower_into(char *out, size_t n, const char *s)
{
    size_t i = 0;
    for (; s[i] && i + 1 < n; i++) out[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] - 'A' + 'a' : s[i]);
    out[i] = '\0';
}

/* ---- vocabulary shared by the generators ------------------------------------------------ */

static const char *const DEPTS[] = {
    "Planning", "Finance", "Housing", "Environment", "Leisure", "Highways", "Licensing", "Parks",
    "Cemeteries", "Markets", "Events", "Tourism", "Museums", "Libraries", "Allotments", "Estates",
    "Grants", "Communications", "Democratic", "Legal", "Procurement", "Digital", "People", "Youth",
};
static const char *const TEAMS[] = { "Admin", "Operations", "Projects", "Compliance", "Outreach", "Support",
                                     "Strategy", "Delivery" };
static const char *const POSTS[] = { "Manager", "Coordinator", "Adviser", "Assistant", "Technician", "Inspector",
                                     "Apprentice", "Lead", "Analyst", "Caseworker" };
static const char *const COMMITTEES[] = {
    "Planning", "Finance", "Policy", "Audit", "Personnel", "Amenities", "Burial", "Environment", "Leisure",
    "Licensing", "Markets", "Grants", "Highways", "Housing", "Standards", "Allotments", "Events", "Museum",
    "Youth", "Tourism",
};
static const char *const WARDS[] = {
    "Abbey", "Ashfield", "Bridge", "Brook", "Castle", "Central", "Church", "Common", "Dale", "East",
    "Forest", "Grange", "Green", "Heath", "Hill", "Lake", "Manor", "Marsh", "Meadow", "Mill",
    "Moor", "North", "Oak", "Park", "Priory", "Queens", "River", "South", "Spring", "Station",
    "Tower", "Vale", "West", "Wood", "Willow", "Orchard", "Harbour", "Kings", "Sands", "Cross",
};
static const char *const EXTERNALS[][2] = {
    { "PlanningInspectorate", "the Planning Inspectorate" }, { "CountyCouncil", "the County Council" },
    { "DistrictCouncil", "the District Council" }, { "Police", "the police" },
    { "FireService", "the fire and rescue service" }, { "HealthTrust", "the local health trust" },
    { "ExternalAuditor", "the external auditor" }, { "InternalAuditor", "the internal auditor" },
    { "Ombudsman", "the Local Government Ombudsman" }, { "InformationCommissioner", "the Information Commissioner" },
    { "Contractor", "a contractor of the Council" }, { "Supplier", "a supplier" },
    { "CharityPartner", "a partner charity" }, { "SchoolGovernors", "a school's governors" },
    { "BusinessForum", "the business forum" }, { "ResidentsAssociation", "a residents' association" },
    { "LocalPress", "the local newspaper" }, { "Broadcaster", "a broadcaster" },
    { "Lobbyist", "a lobbyist" }, { "Developer", "a property developer" },
};
static const char *const PVERBS[] = { "process", "assess", "review", "publish", "record", "circulate", "prepare",
                                      "update", "confirm", "schedule", "minute", "file", "track", "verify",
                                      "summarise", "draft", "present", "log", "check", "audit" };
static const char *const NVERBS[] = { "disclose", "alter", "destroy", "suppress", "leak", "delay", "prejudge",
                                      "lobby-on", "canvass-on", "backdate" };
static const char *const NOUNS[] = {
    "application", "report", "budget", "agenda", "minutes", "petition", "survey", "contract", "invoice",
    "policy", "licence", "permit", "booking", "tender", "claim", "notice", "plan", "register", "account",
    "statement", "proposal", "lease", "grant", "order", "timesheet", "casefile", "inventory", "timetable",
    "estimate", "appraisal",
};
static const char *const KINDS[] = { "enquiry", "request", "report", "application", "referral", "complaint" };
static const char *const FACTS[] = {
    "the request is reasonable", "it is marked RESTRICTED", "it is on Pink Papers",
    "the Member is entitled to it", "the matter is urgent", "the Clerk is on leave",
    "a meeting is the preferred way to communicate", "the enquiry concerns a ward matter",
    "it concerns an employment dispute", "the information is already public",
    "the Council has delegated it", "the committee has resolved so", "the budget allows it",
    "legal advice has been taken", "the applicant has consented", "it is within the scheme of delegation",
    "a declaration of interest has been made", "the item is exempt", "the report is for information only",
    "the contract value exceeds the threshold", "the complainant has asked for anonymity",
    "the officer has a conflict of interest", "the Chair has agreed", "it arises in a pre-election period",
    "the press have asked for comment", "the site visit has taken place", "the matter is sub judice",
    "the deadline falls in the school holidays", "it is an emergency", "the item was deferred",
    "the minutes have been approved", "the petition has more than 100 signatures",
    "the licence is under review", "the grant is over 5000 pounds", "the lease is due for renewal",
    "the survey is complete", "the tender has closed", "the policy is under consultation",
    "the account is overdue", "the claim is disputed",
};
static const char *const PROCEDURES[][2] = {
    { "planning-appeal", "the planning appeal procedure" }, { "licensing-review", "a licensing review" },
    { "capability", "the capability procedure" }, { "whistleblowing", "the whistleblowing procedure" },
    { "members-standards", "a standards hearing" }, { "audit-referral", "a referral to the auditor" },
    { "mediation", "mediation" }, { "formal-investigation", "a formal investigation" },
};

/* ---- gen-protocol ------------------------------------------------------------------------------- */

enum { SIDE_OFFICER, SIDE_MEMBER, SIDE_EXTERNAL };
enum { LV_TOP, LV_DEPT, LV_HEAD, LV_TEAM, LV_POST, LV_COMMITTEE, LV_WARD };

typedef struct grole {
    char name[64];
    int side, level, dept, team;   /* dept, team: -1 when none */
    int first_child, nchildren;    /* posts of a team, teams of a dept */
} grole;

typedef struct groles {
    grole *v;
    int n, cap;
    int top_officer, top_member, clerk, deputy, hos, chief, cchair, chair, public_, media;
    int *officers, nofficers, *members, nmembers, *externals, nexternals;
    int dept_at[COUNT(DEPTS)], head_at[COUNT(DEPTS)], team_at[COUNT(DEPTS)][COUNT(TEAMS)];
} groles;

static int gr_add(groles *g, const char *name, int side, int level, int dept, int team)
{
    if (g->n == g->cap) {
        g->cap = g->cap ? g->cap * 2 : 256;
        g->v = realloc(g->v, (size_t)g->cap * sizeof *g->v);
        if (!g->v) exit(3);
    }
    grole *r = &g->v[g->n];
    memset(r, 0, sizeof *r);
    snprintf(r->name, sizeof r->name, "%s", name);
    r->side = side;
    r->level = level;
    r->dept = dept;
    r->team = team;
    r->first_child = -1;
    return g->n++;
}

static void gr_index(groles *g)
{
    g->officers = malloc((size_t)g->n * sizeof(int));
    g->members = malloc((size_t)g->n * sizeof(int));
    g->externals = malloc((size_t)g->n * sizeof(int));
    for (int i = 0; i < g->n; i++) {
        if (g->v[i].side == SIDE_OFFICER) g->officers[g->nofficers++] = i;
        else if (g->v[i].side == SIDE_MEMBER) g->members[g->nmembers++] = i;
        else g->externals[g->nexternals++] = i;
    }
}

/* The roles: stdlib ones used by name, then departments, heads, teams and
 * posts of the staff; committees and wards of the members; outside bodies. */
static void gen_roles(FILE *f, groles *g)
{
    g->top_officer = gr_add(g, "Officer", SIDE_OFFICER, LV_TOP, -1, -1);
    g->top_member = gr_add(g, "Member", SIDE_MEMBER, LV_TOP, -1, -1);
    g->clerk = gr_add(g, "Clerk", SIDE_OFFICER, LV_TOP, -1, -1);
    g->deputy = gr_add(g, "DeputyClerk", SIDE_OFFICER, LV_TOP, -1, -1);
    g->hos = gr_add(g, "HeadOfService", SIDE_OFFICER, LV_TOP, -1, -1);
    g->chief = gr_add(g, "ChiefOfficer", SIDE_OFFICER, LV_TOP, -1, -1);
    g->cchair = gr_add(g, "CommitteeChair", SIDE_MEMBER, LV_TOP, -1, -1);
    g->chair = gr_add(g, "Chair", SIDE_MEMBER, LV_TOP, -1, -1);
    g->public_ = gr_add(g, "Public", SIDE_EXTERNAL, LV_TOP, -1, -1);
    g->media = gr_add(g, "Media", SIDE_EXTERNAL, LV_TOP, -1, -1);
    char name[64], low[64];

    fprintf(f, "\n# ---- 1. Roles: the Council's staff --------------------------------------------\n\n");
    for (int d = 0; d < COUNT(DEPTS); d++) {
        lower_into(low, sizeof low, DEPTS[d]);
        fprintf(f, "# %s\n", DEPTS[d]);
        g->dept_at[d] = gr_add(g, DEPTS[d], SIDE_OFFICER, LV_DEPT, d, -1);
        fprintf(f, "[1.%d] role %s \"%s staff\" is Officer\n", d + 1, DEPTS[d], DEPTS[d]);
        snprintf(name, sizeof name, "%sHead", DEPTS[d]);
        g->head_at[d] = gr_add(g, name, SIDE_OFFICER, LV_HEAD, d, -1);
        fprintf(f, "[1.%d] role %s \"Head of %s\" is %s, HeadOfService aka \"%s Director\" {\n  manages %s\n}\n",
                d + 1, name, DEPTS[d], DEPTS[d], DEPTS[d], DEPTS[d]);
        g->v[g->dept_at[d]].first_child = g->n;
        for (int t = 0; t < COUNT(TEAMS); t++) {
            char team[64];
            snprintf(team, sizeof team, "%s%s", DEPTS[d], TEAMS[t]);
            g->team_at[d][t] = gr_add(g, team, SIDE_OFFICER, LV_TEAM, d, t);
            fprintf(f, "role %s \"%s %s team\" is %s\n", team, DEPTS[d], TEAMS[t], DEPTS[d]);
        }
        g->v[g->dept_at[d]].nchildren = COUNT(TEAMS);
        for (int t = 0; t < COUNT(TEAMS); t++) {
            int team = g->team_at[d][t];
            g->v[team].first_child = g->n;
            g->v[team].nchildren = COUNT(POSTS);
            for (int p = 0; p < COUNT(POSTS); p++) {
                snprintf(name, sizeof name, "%s%s%s", DEPTS[d], TEAMS[t], POSTS[p]);
                gr_add(g, name, SIDE_OFFICER, LV_POST, d, t);
                if (p == 0)
                    fprintf(f, "role %s \"%s %s %s\" is %s manages %s\n", name, DEPTS[d], TEAMS[t], POSTS[p],
                            g->v[team].name, g->v[team].name);
                else if (p == 7)
                    fprintf(f, "role %s \"%s %s %s\" is %s aka \"%s %s senior officer\"\n", name, DEPTS[d], TEAMS[t],
                            POSTS[p], g->v[team].name, DEPTS[d], TEAMS[t]);
                else
                    fprintf(f, "role %s \"%s %s %s\" is %s\n", name, DEPTS[d], TEAMS[t], POSTS[p], g->v[team].name);
            }
        }
        fputc('\n', f);
    }

    fprintf(f, "# ---- 2. Roles: Members, committees and wards -----------------------------------\n\n");
    for (int c = 0; c < COUNT(COMMITTEES); c++) {
        snprintf(name, sizeof name, "%sCommitteeMember", COMMITTEES[c]);
        int mem = gr_add(g, name, SIDE_MEMBER, LV_COMMITTEE, -1, -1);
        fprintf(f, "[2.%d] role %s \"member of the %s Committee\" is Member\n", c + 1, name, COMMITTEES[c]);
        snprintf(name, sizeof name, "%sCommitteeChair", COMMITTEES[c]);
        int ch = gr_add(g, name, SIDE_MEMBER, LV_COMMITTEE, -1, -1);
        fprintf(f, "role %s \"Chair of the %s Committee\" is CommitteeChair, %s aka \"%s Chairman\"\n", name,
                COMMITTEES[c], g->v[mem].name, COMMITTEES[c]);
        snprintf(name, sizeof name, "%sCommitteeViceChair", COMMITTEES[c]);
        gr_add(g, name, SIDE_MEMBER, LV_COMMITTEE, -1, -1);
        fprintf(f, "role %s \"Vice-Chair of the %s Committee\" is %s\n", name, COMMITTEES[c], g->v[mem].name);
        (void)ch;
    }
    fputc('\n', f);
    for (int w = 0; w < COUNT(WARDS); w++) {
        snprintf(name, sizeof name, "%sWardCouncillor", WARDS[w]);
        int wc = gr_add(g, name, SIDE_MEMBER, LV_WARD, -1, -1);
        fprintf(f, "[2.%d] role %s \"councillor for %s ward\" is Member aka \"%s councillor\"\n", 30 + w, name, WARDS[w],
                WARDS[w]);
        snprintf(name, sizeof name, "%sWardChampion", WARDS[w]);
        gr_add(g, name, SIDE_MEMBER, LV_WARD, -1, -1);
        fprintf(f, "role %s \"%s ward champion\" is %s\n", name, WARDS[w], g->v[wc].name);
    }

    fprintf(f, "\n# ---- 3. Outside bodies ---------------------------------------------------------\n\n");
    for (int e = 0; e < COUNT(EXTERNALS); e++) {
        gr_add(g, EXTERNALS[e][0], SIDE_EXTERNAL, LV_TOP, -1, -1);
        fprintf(f, "[3.%d] role %s \"%s\" external\n", e + 1, EXTERNALS[e][0], EXTERNALS[e][1]);
    }
    gr_index(g);
}

static void gen_terms(FILE *f)
{
    fprintf(f, "\n# ---- 4. Actions, things and procedures ------------------------------------------\n\n");
    for (int v = 0; v < COUNT(PVERBS); v++) {
        fprintf(f, "[4.%d] action ", v + 1);
        for (int n = 0; n < COUNT(NOUNS); n++) fprintf(f, "%s%s-%s", n ? ", " : "", PVERBS[v], NOUNS[n]);
        fputc('\n', f);
    }
    for (int v = 0; v < COUNT(NVERBS); v++) {
        for (int n = 0; n < COUNT(NOUNS); n++) {
            if (n % 3 == 0)
                fprintf(f, "action %s-%s \"%s the %s\"\n", NVERBS[v], NOUNS[n], NVERBS[v], NOUNS[n]);
            else
                fprintf(f, "action %s-%s\n", NVERBS[v], NOUNS[n]);
        }
    }
    fputc('\n', f);
    for (int d = 0; d < COUNT(DEPTS); d++) {
        char low[64];
        lower_into(low, sizeof low, DEPTS[d]);
        for (int k = 0; k < COUNT(KINDS); k++) {
            if (k == 0) fprintf(f, "thing %s-%s \"%s %s\" aka %s-query\n", low, KINDS[k], DEPTS[d], KINDS[k], low);
            else fprintf(f, "thing %s-%s \"%s %s\"\n", low, KINDS[k], DEPTS[d], KINDS[k]);
        }
    }
    fputc('\n', f);
    for (int p = 0; p < COUNT(PROCEDURES); p++)
        fprintf(f, "procedure %s \"%s\"\n", PROCEDURES[p][0], PROCEDURES[p][1]);
}

/* A role to bind: mostly posts, some teams and departments, a few broad roles. */
static int pick_subject(rng *r, const groles *g, int side)
{
    if (side == SIDE_MEMBER) {
        if (chance(r, 10)) return g->top_member;
        if (chance(r, 3)) return g->cchair;
        return g->members[pick(r, g->nmembers)];
    }
    int x = pick(r, 100);
    if (x < 2) return g->top_officer;
    if (x < 4) return chance(r, 50) ? g->clerk : g->deputy;
    int d = pick(r, COUNT(DEPTS));
    if (x < 8) return g->dept_at[d];
    if (x < 10) return g->head_at[d];
    int t = pick(r, COUNT(TEAMS));
    if (x < 25) return g->team_at[d][t];
    return g->v[g->team_at[d][t]].first_child + pick(r, COUNT(POSTS));
}

static int pick_counterpart(rng *r, const groles *g, int subject)
{
    if (g->v[subject].side == SIDE_MEMBER) return pick_subject(r, g, SIDE_OFFICER);
    return pick_subject(r, g, SIDE_MEMBER);
}

static void thing_of(rng *r, const groles *g, int role, const char *kind, char *out, size_t n)
{
    int d = g->v[role].dept >= 0 ? g->v[role].dept : pick(r, COUNT(DEPTS));
    char low[32];
    lower_into(low, sizeof low, DEPTS[d]);
    snprintf(out, n, "%s-%s", low, kind ? kind : KINDS[pick(r, 5)]);
}

static void gen_cond(rng *r, const groles *g, FILE *f, int depth)
{
    int x = pick(r, 100);
    if (depth < 1 && x < 12) {
        fprintf(f, "\"%s\" and ", FACTS[pick(r, COUNT(FACTS))]);
        gen_cond(r, g, f, depth + 1);
    } else if (depth < 1 && x < 20) {
        fprintf(f, "(\"%s\" or \"%s\")", FACTS[pick(r, COUNT(FACTS))], FACTS[pick(r, COUNT(FACTS))]);
    } else if (depth < 1 && x < 24) {
        fprintf(f, "\"%s\" and not \"%s\"", FACTS[pick(r, COUNT(FACTS))], FACTS[pick(r, COUNT(FACTS))]);
    } else if (x < 32) {
        fprintf(f, "about %s", g->v[g->members[pick(r, g->nmembers)]].name);
    } else if (x < 36) {
        fprintf(f, "by %s", g->v[g->members[pick(r, g->nmembers)]].name);
    } else if (x < 40) {
        fprintf(f, "approved by Clerk");
    } else {
        fprintf(f, "\"%s\"", FACTS[pick(r, COUNT(FACTS))]);
    }
}

typedef struct gneg {   /* a prohibition a later rule can make an exception to */
    char clause[32];
    int subject, verb, noun, cp;
    char thing[96];
} gneg;

static const char *const MUST_NOT[] = { "must not", "must not", "shall not", "will not", "may not", "cannot" };
static const char *const MUST[] = { "must", "must", "must", "shall", "will" };

static void gen_norms(FILE *f, rng *r, const groles *g, long target, long *written)
{
    enum { NNEG = 4096 };
    static gneg neg[NNEG];
    long nneg = 0;
    int sec = 5, k = 0;
    long n = 0;
    char thing[96], clause[32];
    while (n < target) {
        if (k == 0 || k >= 30 + pick(r, 30)) {
            sec++;
            k = 0;
            int d = pick(r, COUNT(DEPTS));
            fprintf(f, "\n# ---- %d. %s: %s and %s -------------------------------------\n\n", sec, DEPTS[d],
                    NOUNS[pick(r, COUNT(NOUNS))], KINDS[pick(r, COUNT(KINDS))]);
        }
        k++;
        if (chance(r, 10)) snprintf(clause, sizeof clause, "%d.%d.%d", sec, k, 1 + pick(r, 4));
        else snprintf(clause, sizeof clause, "%d.%d", sec, k);
        if (chance(r, 3)) fprintf(f, "# %s\n", FACTS[pick(r, COUNT(FACTS))]);
        int side = chance(r, 70) ? SIDE_OFFICER : SIDE_MEMBER;
        int s = pick_subject(r, g, side);
        int cp = pick_counterpart(r, g, s);
        const char *S = g->v[s].name, *CP = g->v[cp].name;
        int t = pick(r, 1000);
        if (t < 250) {
            /* a duty the thing's arrival starts, with a deadline and often a fallback */
            thing_of(r, g, s, KINDS[pick(r, 5)], thing, sizeof thing);
            if (chance(r, 50))
                fprintf(f, "[%s] %s %s respond to %s%s from %s within %d working days", clause, S, MUST[pick(r, 5)],
                        chance(r, 30) ? "the " : "", thing, CP, 1 + pick(r, 15));
            else
                fprintf(f, "[%s] %s %s %s-%s %s from %s within %d %s", clause, S, MUST[pick(r, 5)],
                        PVERBS[pick(r, COUNT(PVERBS))], NOUNS[pick(r, COUNT(NOUNS))], thing, CP, 1 + pick(r, 20),
                        chance(r, 70) ? "working days" : chance(r, 50) ? "days" : "weeks");
            if (chance(r, 30)) { fprintf(f, " when "); gen_cond(r, g, f, 0); }
            if (chance(r, 35))
                fprintf(f, "\n    otherwise acknowledge %s and give timescale within %d working days", thing,
                        2 + pick(r, 8));
            fputc('\n', f);
            n++;
        } else if (t < 340) {
            thing_of(r, g, s, KINDS[pick(r, 5)], thing, sizeof thing);
            fprintf(f, "[%s] %s should %s-%s the %s from %s within %d working days", clause, S,
                    PVERBS[pick(r, COUNT(PVERBS))], NOUNS[pick(r, COUNT(NOUNS))], thing, CP, 2 + pick(r, 20));
            if (chance(r, 25)) { fprintf(f, " unless "); gen_cond(r, g, f, 0); }
            fputc('\n', f);
            n++;
        } else if (t < 390) {
            fprintf(f, "[%s] %s should %s-%s for %s \"%s\"\n", clause, S, PVERBS[pick(r, COUNT(PVERBS))],
                    NOUNS[pick(r, COUNT(NOUNS))], CP, chance(r, 50) ? "in plain English" : "with the reasons");
            n++;
        } else if (t < 520) {
            thing_of(r, g, s, NULL, thing, sizeof thing);
            fprintf(f, "[%s] %s may %s-%s %s with %s", clause, S, PVERBS[pick(r, COUNT(PVERBS))],
                    NOUNS[pick(r, COUNT(NOUNS))], thing, CP);
            if (chance(r, 40)) { fprintf(f, " when "); gen_cond(r, g, f, 0); }
            fputc('\n', f);
            n++;
        } else if (t < 720) {
            int v = pick(r, COUNT(NVERBS)), o = pick(r, COUNT(NOUNS));
            int cpx = chance(r, 20) ? g->externals[pick(r, g->nexternals)] : cp;
            thing_of(r, g, s, NULL, thing, sizeof thing);
            fprintf(f, "[%s] %s %s %s-%s %s to %s", clause, S, MUST_NOT[pick(r, COUNT(MUST_NOT))], NVERBS[v],
                    NOUNS[o], thing, g->v[cpx].name);
            if (chance(r, 35)) { fprintf(f, chance(r, 50) ? " when " : " unless "); gen_cond(r, g, f, 0); }
            fputc('\n', f);
            int lv = g->v[s].level;
            if ((lv == LV_DEPT || lv == LV_TEAM) && nneg < NNEG) {
                gneg *x = &neg[nneg++];
                snprintf(x->clause, sizeof x->clause, "%s", clause);
                x->subject = s;
                x->verb = v;
                x->noun = o;
                x->cp = cpx;
                snprintf(x->thing, sizeof x->thing, "%s", thing);
            }
            n++;
        } else if (t < 800) {
            fprintf(f, "[%s] %s should not %s-%s %s when ", clause, S, NVERBS[pick(r, COUNT(NVERBS))],
                    NOUNS[pick(r, COUNT(NOUNS))], CP);
            gen_cond(r, g, f, 0);
            fputc('\n', f);
            n++;
        } else if (t < 870) {
            int s2 = pick_subject(r, g, side);
            if (s2 == s) s2 = side == SIDE_OFFICER ? g->top_officer : g->top_member;
            if (s2 == s) s2 = side == SIDE_OFFICER ? g->clerk : g->cchair;
            fprintf(f, "[%s] %s and %s must %s-%s \"in line with the Council's %s policy\"\n", clause, S, g->v[s2].name,
                    PVERBS[pick(r, COUNT(PVERBS))], NOUNS[pick(r, COUNT(NOUNS))], NOUNS[pick(r, COUNT(NOUNS))]);
            n += 2;
        } else if (t < 910 && nneg > 0) {
            /* an exception for a narrower role, overriding a prohibition */
            const gneg *x = &neg[pick(r, (int)nneg)];
            const grole *p = &g->v[x->subject];
            int c = p->first_child + pick(r, p->nchildren);
            if (chance(r, 50) && g->v[c].first_child >= 0) c = g->v[c].first_child + pick(r, g->v[c].nchildren);
            fprintf(f, "[%s] %s may %s-%s %s to %s when \"the Clerk has agreed it in writing\" overrides [%s]\n", clause,
                    g->v[c].name, NVERBS[x->verb], NOUNS[x->noun], x->thing, g->v[x->cp].name, x->clause);
            n++;
        } else if (t < 918) {
            thing_of(r, g, s, "enquiry", thing, sizeof thing);
            fprintf(f, "[%s] %s must respond to %s from %s %s\n", clause, S, thing, CP,
                    chance(r, 50) ? "promptly" : "within a reasonable time");
            n++;
        } else if (t < 930) {
            thing_of(r, g, s, "request", thing, sizeof thing);
            fprintf(f, "[%s] %s must %s-%s %s from %s and %s-%s within %d working days\n"
                       "    otherwise acknowledge %s within %d working days\n",
                    clause, S, PVERBS[pick(r, COUNT(PVERBS))], NOUNS[pick(r, COUNT(NOUNS))], thing, CP,
                    PVERBS[pick(r, COUNT(PVERBS))], NOUNS[pick(r, COUNT(NOUNS))], 5 + pick(r, 10), thing,
                    2 + pick(r, 3));
            n++;
        } else {
            /* what one side can expect from the other */
            int o = pick_subject(r, g, SIDE_OFFICER), m = pick_subject(r, g, SIDE_MEMBER);
            fprintf(f, "[%s] %s can expect from %s {\n", clause, g->v[m].name, g->v[o].name);
            int items = 3 + pick(r, 4), base = pick(r, COUNT(NOUNS));
            for (int i = 0; i < items; i++) {
                int x = pick(r, 4);
                if (x == 0) fprintf(f, "  %s-%s\n", PVERBS[pick(r, COUNT(PVERBS))], NOUNS[(base + i) % COUNT(NOUNS)]);
                else if (x == 1)
                    fprintf(f, "  [%s.%d] not %s-%s\n", clause, i + 1, NVERBS[pick(r, COUNT(NVERBS))],
                            NOUNS[(base + i) % COUNT(NOUNS)]);
                else if (x == 2)
                    fprintf(f, "  should %s-%s \"%s\"\n", PVERBS[pick(r, COUNT(PVERBS))], NOUNS[(base + i) % COUNT(NOUNS)],
                            "as the protocol describes");
                else
                    fprintf(f, "  may %s-%s\n", PVERBS[pick(r, COUNT(PVERBS))], NOUNS[(base + i) % COUNT(NOUNS)]);
            }
            fprintf(f, "}\n");
            n += items;
        }
        if (chance(r, 8)) fputc('\n', f);
    }
    *written = n;
}

static int route_no;

static void gen_route(FILE *f, rng *r, const groles *g, const char *kind, const char *by, int about)
{
    const grole *a = &g->v[about];
    route_no++;
    int sec = 900 + route_no / 100, k = route_no % 100;
    fprintf(f, "route %s%s%s about %s [%d.%d] {\n", kind, by ? " by " : "", by ? by : "", a->name, sec, k);
    int step = 1;
    if (chance(r, 70))
        fprintf(f, "  [%d.%d.%d] informally with %s, DeputyClerk\n", sec, k, step++,
                a->dept >= 0 ? g->v[g->head_at[a->dept]].name : "Clerk");
    if (a->level == LV_TEAM) {
        int mgr = a->first_child;   /* the team's Manager post */
        fprintf(f, "  [%d.%d.%d] %s within %d working days unless about %s\n", sec, k, step++, g->v[mgr].name,
                5 + pick(r, 10), g->v[mgr].name);
        fprintf(f, "  [%d.%d.%d] when about %s: %s\n", sec, k, step++, g->v[mgr].name, g->v[g->head_at[a->dept]].name);
    } else if (a->level == LV_POST) {
        int team = g->team_at[a->dept][a->team];
        int mgr = g->v[team].first_child;
        if (mgr != about) fprintf(f, "  [%d.%d.%d] %s within %d working days\n", sec, k, step++, g->v[mgr].name, 5 + pick(r, 10));
        fprintf(f, "  [%d.%d.%d] %s within 20 working days\n", sec, k, step++, g->v[g->head_at[a->dept]].name);
    } else if (a->level == LV_DEPT) {
        fprintf(f, "  [%d.%d.%d] %s within 10 working days unless about HeadOfService\n", sec, k, step++,
                g->v[g->head_at[a->dept]].name);
    } else {
        fprintf(f, "  [%d.%d.%d] Chair unless about Chair\n", sec, k, step++);
        fprintf(f, "  [%d.%d.%d] MonitoringOfficer within 20 working days\n", sec, k, step++);
    }
    if (a->side == SIDE_OFFICER) {
        fprintf(f, "  [%d.%d.%d] Clerk within 20 working days when \"%s\"\n", sec, k, step++, FACTS[pick(r, COUNT(FACTS))]);
        if (chance(r, 50)) fprintf(f, "  [%d.%d.%d] procedure disciplinary within 20 working days\n", sec, k, step++);
        else fprintf(f, "  [%d.%d.%d] procedure %s\n", sec, k, step++, PROCEDURES[pick(r, COUNT(PROCEDURES))][0]);
    } else {
        fprintf(f, "  [%d.%d.%d] procedure code-of-conduct-complaint\n", sec, k, step++);
    }
    fprintf(f, "}\n\n");
}

static void gen_routes(FILE *f, rng *r, const groles *g, long *nroutes)
{
    fprintf(f, "\n# ---- 900. When things go wrong ------------------------------------------------------\n\n");
    route_no = 0;
    for (int d = 0; d < COUNT(DEPTS); d++) {
        char low[64], kind[80];
        lower_into(low, sizeof low, DEPTS[d]);
        snprintf(kind, sizeof kind, "%s-complaint", low);
        gen_route(f, r, g, "complaint", "Member", g->dept_at[d]);
        gen_route(f, r, g, "complaint", "Public", g->dept_at[d]);
        gen_route(f, r, g, kind, NULL, g->dept_at[d]);
        for (int t = 0; t < COUNT(TEAMS); t++) {
            int team = g->team_at[d][t];
            gen_route(f, r, g, "complaint", "Member", team);
            gen_route(f, r, g, "complaint", "Public", team);
            gen_route(f, r, g, "grievance", "Officer", team);
            gen_route(f, r, g, kind, "Member", team);
            gen_route(f, r, g, kind, "Public", team);
            for (int p = 0; p < COUNT(POSTS); p++) gen_route(f, r, g, kind, "Member", g->v[team].first_child + p);
        }
    }
    for (int i = 0; i < g->nmembers; i++) {
        int m = g->members[i];
        if (g->v[m].level == LV_TOP) continue;
        gen_route(f, r, g, "complaint", "Officer", m);
        gen_route(f, r, g, "complaint", "Public", m);
    }
    *nroutes = route_no;
}

static int cmd_gen_protocol(const char *out, long target)
{
    FILE *f = open_out(out);
    rng r = { 20260101 };
    groles g;
    memset(&g, 0, sizeof g);
    fprintf(f, "# A synthetic Officer/Member protocol for `make bench` (tests/bench/bench.c).\n"
               "# Generated; not a real council's.  Regenerated on every run.\n\n"
               "use \"roles\"\n\n"
               "protocol \"Officer/Member Protocol\" {\n"
               "  council  \"Benchmark Borough Council\"\n"
               "  adopted  2019-05-20\n"
               "  reviewed 2025-11-14 \"minor changes\"\n"
               "  approved 2024-01-22\n"
               "  review   every 2 years   [99.1]\n"
               "  calendar england-and-wales\n"
               "}\n");
    gen_roles(f, &g);
    gen_terms(f);
    long nroutes = 0, nnorms = 0;
    gen_norms(f, &r, &g, target, &nnorms);
    gen_routes(f, &r, &g, &nroutes);
    close_out(f, out);
    fprintf(stderr, "bench: wrote %s: %.1f MB, %d roles, ~%ld rules, %ld routes\n", out, file_size(out) / 1e6, g.n,
            nnorms, nroutes);
    return 0;
}

/* ---- gen-scenario ---------------------------------------------------------------------------- */

/* A small council (10 departments, 1,000 rules) and one long scenario: members
 * send enquiries, requests, applications and reports to officers, who answer
 * (a few late, after the fallback); officers send requests to members;
 * instructions, pressure, disclosures; complaints raised, escalated and
 * resolved; expectations sprinkled.  MODE high adds reports whose duty has
 * no deadline and which are almost never recorded, so open duties pile up. */

static const char *const FIRST[] = {
    "amira", "ben", "chloe", "dev", "erin", "farid", "grace", "hugo", "isla", "jamal", "kate", "leon",
    "maya", "niall", "olga", "priya", "quinn", "rosa", "sam", "tariq", "una", "vik", "wendy", "xavi",
    "yusuf", "zoe", "alan", "bea", "carl", "dina", "eli", "fay", "gus", "hana", "ivan", "jade", "kofi",
    "lena", "milo", "nora",
};
static const char *const LAST[] = {
    "khan", "jones", "smith", "patel", "brown", "taylor", "wilson", "evans", "thomas", "roberts", "walker",
    "wright", "hughes", "green", "hall", "wood", "clarke", "lewis", "harris", "young", "king", "baker",
    "turner", "hill", "moore", "ward", "cook", "price", "bell", "reid", "shaw", "ellis", "fox", "grant",
    "hart", "lane", "mills", "nash", "owen", "pike",
};

enum { SC_DEPTS = 10, SC_POSTS = 3, SC_MEMBERS = 150, SC_OFFICERS = 250 };
static const char *const SC_POST[SC_POSTS] = { "Manager", "Adviser", "Assistant" };
static const char *const SC_DVERB[] = { "process", "assess", "review", "verify" };

/* "process" -> "processes", "verify" -> "verifies": the event form of a verb */
static const char *third(const char *v)
{
    static char buf[8][48];
    static int k;
    char *b = buf[k++ % 8];
    size_t n = strlen(v);
    char last = v[n - 1], prev = n > 1 ? v[n - 2] : 0;
    if (last == 'y' && !strchr("aeiou", prev)) snprintf(b, 48, "%.*sies", (int)n - 1, v);
    else if (strchr("sxzo", last) || (last == 'h' && (prev == 'c' || prev == 's'))) snprintf(b, 48, "%ses", v);
    else snprintf(b, 48, "%ss", v);
    return b;
}

typedef struct sc_person { char name[32]; int dept; } sc_person;

typedef struct sc_resp {   /* an answer the generator has promised for a later day */
    int kind, who, to, dept;
} sc_resp;

typedef struct sc_day { sc_resp *v; int n, cap; } sc_day;

enum { R_RESPOND, R_DRESPOND, R_DPROCESS, R_MRESPOND, R_COMPLY, R_RECORD, R_ACK, R_ACK_CLERK,
       R_ESCALATE, R_RESOLVE };
enum { SC_AHEAD = 32 };

static void sc_push(sc_day *d, int kind, int who, int to, int dept)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 64;
        d->v = realloc(d->v, (size_t)d->cap * sizeof *d->v);
        if (!d->v) exit(3);
    }
    sc_resp x = { kind, who, to, dept };
    d->v[d->n++] = x;
}

static void sc_protocol(FILE *f)
{
    fprintf(f, "# A synthetic protocol and scenario for `make bench` (tests/bench/bench.c).  Generated.\n\n"
               "use \"roles\"\n\n"
               "protocol \"Officer/Member Protocol\" {\n"
               "  council  \"Benchmark Town Council\"\n"
               "  adopted  2019-05-20\n"
               "  reviewed 2025-09-01\n"
               "  review   every 2 years   [R]\n"
               "  calendar england-and-wales\n"
               "}\n\n"
               "role ChairCorporateServices \"Chair of Corporate Services Committee\" is CommitteeChair\n"
               "action record \"record\"\nthing report \"report\"\n");
    for (int v = 0; v < COUNT(PVERBS); v++) {
        fprintf(f, "action ");
        for (int n = 0; n < 10; n++) fprintf(f, "%s%s-%s", n ? ", " : "", PVERBS[v], NOUNS[n]);
        fputc('\n', f);
    }
    for (int v = 0; v < COUNT(NVERBS); v++) {
        fprintf(f, "action ");
        for (int n = 0; n < 10; n++) fprintf(f, "%s%s-%s", n ? ", " : "", NVERBS[v], NOUNS[n]);
        fputc('\n', f);
    }
    fputc('\n', f);
    for (int d = 0; d < SC_DEPTS; d++) {
        char low[32];
        lower_into(low, sizeof low, DEPTS[d]);
        fprintf(f, "role %s \"%s staff\" is Officer\n", DEPTS[d], DEPTS[d]);
        for (int p = 0; p < SC_POSTS; p++)
            fprintf(f, "role %s%s \"%s %s\" is %s\n", DEPTS[d], SC_POST[p], DEPTS[d], SC_POST[p], DEPTS[d]);
        fprintf(f, "thing %s-enquiry, %s-application, %s-report, %s-request\n", low, low, low, low);
    }
    fprintf(f, "\n[E1] Officer must respond to enquiry from Member within 2 working days\n"
               "       otherwise acknowledge enquiry and give timescale within 4 working days\n"
               "[E2] Member should respond to request from Officer within 3 working days\n"
               "[E3] Member must not instruct Officer unless approved by Clerk\n"
               "[E4] Officer must not disclose information to Media\n"
               "[E5] Chair may instruct Clerk when \"the council has delegated it\" overrides [E3]\n"
               "[E6] Clerk must acknowledge complaint from Member within 24 hours\n"
               "[E7] Member should not pressure Officer\n"
               "[E8] Officer must comply with request from Member when \"the request is reasonable\"\n"
               "[H1] Officer should record report from Member\n\n");
    rng r = { 77 };
    long n = 10;
    for (int d = 0; d < SC_DEPTS; d++) {
        char low[32];
        lower_into(low, sizeof low, DEPTS[d]);
        fprintf(f, "# ---- %s ----\n", DEPTS[d]);
        /* the duties an event of this department opens: few per thing, as in a real protocol */
        fprintf(f, "[P%d.1] %s must respond to %s-enquiry from Member within 3 working days\n"
                   "         otherwise acknowledge %s-enquiry within 5 working days\n", d, DEPTS[d], low, low);
        fprintf(f, "[P%d.2] %sManager should respond to %s-enquiry from CommitteeChair within 2 working days\n", d,
                DEPTS[d], low);
        fprintf(f, "[P%d.3] %s must %s-application %s-application from Member within 10 working days\n", d, DEPTS[d],
                SC_DVERB[d % 4], low);
        fprintf(f, "[P%d.4] %sAdviser must %s-application %s-application from Member within 5 working days "
                   "when \"the matter is urgent\"\n", d, DEPTS[d], SC_DVERB[d % 4], low);
        n += 4;
        int k = 5;
        for (; n < 10 + (long)(d + 1) * 99; k++, n++) {
            const char *who = k % 4 == 0 ? DEPTS[d] : NULL;
            char role[48];
            if (who) snprintf(role, sizeof role, "%s", who);
            else snprintf(role, sizeof role, "%s%s", DEPTS[d], SC_POST[k % SC_POSTS]);
            int x = pick(&r, 100);
            if (x < 40) {
                bool cond = chance(&r, 30);
                fprintf(f, "[P%d.%d] %s %s %s-%s %s-report to %s", d, k, role, MUST_NOT[pick(&r, 6)],
                        NVERBS[pick(&r, 10)], NOUNS[pick(&r, 10)], low, chance(&r, 50) ? "Media" : "Public");
                if (cond) fprintf(f, " unless \"%s\"", FACTS[pick(&r, COUNT(FACTS))]);
                fputc('\n', f);
            }
            else if (x < 70)
                fprintf(f, "[P%d.%d] %s may %s-%s %s-report with Member when \"%s\"\n", d, k, role, PVERBS[pick(&r, 20)],
                        NOUNS[pick(&r, 10)], low, FACTS[pick(&r, COUNT(FACTS))]);
            else if (x < 85)
                fprintf(f, "[P%d.%d] %s should not %s-%s Member when \"%s\"\n", d, k, role, NVERBS[pick(&r, 10)],
                        NOUNS[pick(&r, 10)], FACTS[pick(&r, COUNT(FACTS))]);
            else
                fprintf(f, "[P%d.%d] %s should %s-%s \"%s\"\n", d, k, role, PVERBS[pick(&r, 20)], NOUNS[pick(&r, 10)],
                        "as the department's procedures describe");
        }
        fputc('\n', f);
    }
    fprintf(f, "route complaint by Member about Officer [C] {\n"
               "  [C.1] informally with Clerk within 5 working days\n"
               "  [C.2] Clerk within 10 working days\n"
               "  [C.3] when about Clerk: ChairCorporateServices\n"
               "  [C.4] procedure disciplinary within 20 working days\n"
               "}\n\n"
               "route complaint by Officer about Member [D] {\n"
               "  [D.1] Clerk within 10 working days\n"
               "  [D.2] MonitoringOfficer within 20 working days\n"
               "}\n\n");
}

static int cmd_gen_scenario(const char *out, long nevents, const char *mode)
{
    bool high = strcmp(mode, "high") == 0;
    FILE *f = open_out(out);
    sc_protocol(f);
    rng r = { high ? 4242 : 2424 };
    fprintf(f, "scenario \"%ld events, %s open duties\" {\n", nevents, high ? "many" : "few");
    static sc_person people[SC_MEMBERS + SC_OFFICERS + 3];
    int np = 0;
    for (int i = 0; i < SC_MEMBERS + SC_OFFICERS; i++) {
        sc_person *p = &people[np++];
        snprintf(p->name, sizeof p->name, "%s-%s", FIRST[i % COUNT(FIRST)], LAST[(i / COUNT(FIRST) * 7 + i) % COUNT(LAST)]);
        p->dept = i < SC_MEMBERS ? -1 : (i - SC_MEMBERS) % SC_DEPTS;
        if (i < SC_MEMBERS) {
            const char *role = i % 25 == 0 ? "CommitteeChair" : i % 40 == 1 ? "ViceChair" : "Member";
            fprintf(f, "  person %s is %s\n", p->name, role);
        } else {
            int k = (i - SC_MEMBERS) / SC_DEPTS;
            fprintf(f, "  person %s is %s%s\n", p->name, DEPTS[p->dept], SC_POST[k % SC_POSTS]);
        }
    }
    int clerk = np, deputy = np + 1, ccs = np + 2;
    snprintf(people[np++].name, sizeof people[0].name, "clerk-%s", LAST[0]);
    snprintf(people[np++].name, sizeof people[0].name, "deputy-%s", LAST[1]);
    snprintf(people[np++].name, sizeof people[0].name, "chair-%s", LAST[2]);
    people[clerk].dept = people[deputy].dept = people[ccs].dept = -1;
    fprintf(f, "  person %s is Clerk\n  person %s is DeputyClerk\n  person %s is ChairCorporateServices\n\n",
            people[clerk].name, people[deputy].name, people[ccs].name);

    enum { PER_DAY = 250 };
    sc_day ahead[SC_AHEAD];
    memset(ahead, 0, sizeof ahead);
    dt_day day = dt_from_ymd(2020, 1, 6);
    long written = 0, expects = 0;
    int dayi = 0;
    bool instructed = false;
    char date[11];
    while (written < nevents) {
        while (dt_weekday(day) >= DT_SAT) day++;
        dt_format(day, date);
        sc_day *today = &ahead[dayi % SC_AHEAD];
        int todo = PER_DAY, next_resp = 0;
        for (int e = 0; e < todo && written < nevents; e++) {
            /* answers due today, spread through the day */
            if (next_resp < today->n && (pick(&r, todo - e) < today->n - next_resp || e == todo - 1)) {
                const sc_resp *x = &today->v[next_resp++];
                const char *W = people[x->who].name, *T = people[x->to].name;
                char low[32];
                if (x->dept >= 0) lower_into(low, sizeof low, DEPTS[x->dept]);
                switch (x->kind) {
                case R_RESPOND: case R_DRESPOND: case R_MRESPOND:
                    fprintf(f, "  %s %s responds to %s\n", date, W, T); break;
                case R_DPROCESS:
                    fprintf(f, "  %s %s %s-application %s-application to %s\n", date, W, third(SC_DVERB[x->dept % 4]), low, T);
                    break;
                case R_COMPLY: fprintf(f, "  %s %s complies with request to %s\n", date, W, T); break;
                case R_RECORD: fprintf(f, "  %s %s records report to %s\n", date, W, T); break;
                case R_ACK:
                    fprintf(f, "  %s %s acknowledges enquiry to %s\n", date, W, T);
                    if (written + 1 < nevents) { fprintf(f, "  %s %s gives timescale to %s\n", date, W, T); written++; }
                    break;
                case R_ACK_CLERK: fprintf(f, "  %s Clerk acknowledges complaint to %s\n", date, T); break;
                case R_ESCALATE: fprintf(f, "  %s %s escalates complaint about %s\n", date, W, T); break;
                case R_RESOLVE: fprintf(f, "  %s %s resolves complaint about %s\n", date, W, T); break;
                }
                written++;
                continue;
            }
            int m = pick(&r, SC_MEMBERS), o = SC_MEMBERS + pick(&r, SC_OFFICERS);
            const char *M = people[m].name, *O = people[o].name;
            int od = people[o].dept;
            char low[32];
            lower_into(low, sizeof low, DEPTS[od]);
            int x = pick(&r, 1000);
            if (high && x < 250) {
                fprintf(f, "  %s %s sends report to %s\n", date, M, O);
                if (chance(&r, 2)) sc_push(&ahead[(dayi + 1 + pick(&r, 5)) % SC_AHEAD], R_RECORD, o, m, -1);
            } else if (x < 330 || (high && x < 420)) {
                fprintf(f, "  %s %s sends enquiry to %s\n", date, M, O);
                int delay = chance(&r, 30) ? 0 : chance(&r, 60) ? 1 : chance(&r, 50) ? 2 : 3 + pick(&r, 4);
                if (delay >= 3 && chance(&r, 70)) sc_push(&ahead[(dayi + 1) % SC_AHEAD], R_ACK, o, m, -1);
                sc_push(&ahead[(dayi + delay) % SC_AHEAD], R_RESPOND, o, m, -1);
                if (chance_pm(&r, 3)) { fprintf(f, "  expect [E1] open\n"); expects++; }
            } else if (x < 430) {
                fprintf(f, "  %s %s sends %s-enquiry to %s\n", date, M, low, O);
                sc_push(&ahead[(dayi + pick(&r, 5)) % SC_AHEAD], R_DRESPOND, o, m, od);
            } else if (x < 510) {
                fprintf(f, "  %s %s sends %s-application to %s%s\n", date, M, low, O,
                        chance(&r, 20) ? " where \"the matter is urgent\"" : "");
                sc_push(&ahead[(dayi + 1 + pick(&r, 10)) % SC_AHEAD], R_DPROCESS, o, m, od);
            } else if (x < 590) {
                fprintf(f, "  %s %s sends request to %s\n", date, O, M);
                sc_push(&ahead[(dayi + pick(&r, 6)) % SC_AHEAD], R_MRESPOND, m, o, -1);
            } else if (x < 640) {
                fprintf(f, "  %s %s sends request to %s where \"the request is reasonable\"\n", date, M, O);
                sc_push(&ahead[(dayi + pick(&r, 4)) % SC_AHEAD], R_COMPLY, o, m, -1);
            } else if (x < 720 && !high) {
                fprintf(f, "  %s %s sends report to %s\n", date, M, O);
                sc_push(&ahead[(dayi + pick(&r, 3)) % SC_AHEAD], R_RECORD, o, m, -1);
            } else if (x < 750) {
                bool ok = chance(&r, 30);
                fprintf(f, "  %s %s instructs %s%s\n", date, M, O, ok ? " where \"approved by Clerk\"" : "");
                if (!ok && !instructed) { fprintf(f, "  expect [E3] breached by %s\n", M); expects++; instructed = true; }
                else if (!ok && chance(&r, 5)) { fprintf(f, "  expect [E3] breached by %s\n", M); expects++; }
            } else if (x < 770) {
                fprintf(f, "  %s %s pressures %s\n", date, M, O);
            } else if (x < 780) {
                fprintf(f, "  %s %s discloses information to Media\n", date, O);
            } else if (x < 800) {
                bool to_clerk = chance(&r, 30);
                if (to_clerk) {
                    fprintf(f, "  %s %s sends complaint to Clerk about %s\n", date, M, O);
                    sc_push(&ahead[(dayi + pick(&r, 2)) % SC_AHEAD], R_ACK_CLERK, clerk, m, -1);
                } else {
                    fprintf(f, "  %s %s raises complaint about %s\n", date, M, O);
                }
                int later = 1 + pick(&r, 15);
                sc_push(&ahead[(dayi + later) % SC_AHEAD], chance(&r, 30) ? R_ESCALATE : R_RESOLVE, clerk, o, -1);
            } else if (x < 810) {
                fprintf(f, "  %s %s raises complaint about %s\n", date, O, M);
                sc_push(&ahead[(dayi + 1 + pick(&r, 20)) % SC_AHEAD], R_RESOLVE, clerk, m, -1);
            } else if (x < 815) {
                fprintf(f, "  %s %s explains [E7] because \"%s\"\n", date, M, FACTS[pick(&r, COUNT(FACTS))]);
            } else if (x < 820) {
                fprintf(f, "  %s nothing\n", date);
            } else {
                fprintf(f, "  %s %s %s-%s %s-report to %s\n", date, O, third(PVERBS[pick(&r, 20)]), NOUNS[pick(&r, 10)], low, M);
            }
            written++;
        }
        /* answers not given today move to tomorrow (the day ran out of events) */
        sc_day *tomorrow = &ahead[(dayi + 1) % SC_AHEAD];
        for (int i = next_resp; i < today->n; i++) sc_push(tomorrow, today->v[i].kind, today->v[i].who, today->v[i].to, today->v[i].dept);
        today->n = 0;
        dayi++;
        day++;
    }
    fprintf(f, "  expect [E3] breached\n}\n");
    close_out(f, out);
    for (int i = 0; i < SC_AHEAD; i++) free(ahead[i].v);
    fprintf(stderr, "bench: wrote %s: %.1f MB, %ld events, %ld expectations, %d people, %d days\n", out,
            file_size(out) / 1e6, written, expects + 1, np, dayi);
    return 0;
}

/* ---- parse: lex-only against parse+check ------------------------------------------------------------------ */

static void print_diags(session *s, int max)
{
    int shown = 0;
    for (size_t i = 0; i < s->dg.count && shown < max; i++) {
        const dg_diag *d = &s->dg.items[i];
        if (d->sev != DG_ERROR) continue;
        int line, col;
        src_linecol(&s->ld.src, d->where.file, d->where.start, &line, &col);
        const src_file *sf = src_get(&s->ld.src, d->where.file);
        fprintf(stderr, "  %s:%d:%d: %s (%s)\n", sf ? sf->path : "?", line, col, d->msg, d->code);
        shown++;
    }
}

static double lex_once(const char *path, size_t *tokens)
{
    src_set src;
    src_init(&src);
    int err = 0;
    uint32_t id = src_read(&src, path, &err);
    if (!id) { fprintf(stderr, "bench: %s: %s\n", path, strerror(err)); exit(2); }
    arena ar;
    ar_init(&ar);
    in_table names;
    in_init(&names, &ar);
    dg_sink dg;
    dg_init(&dg);
    ps_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.ar = &ar;
    ctx.names = &names;
    ctx.dg = &dg;
    ctx.src = &src;
    ctx.file = id;
    ast_file out;
    memset(&out, 0, sizeof out);
    out.file = id;
    out.tail = &out.decls;
    ctx.out = &out;
    double t = now();
    *tokens = ps_lex_only(&ctx);
    t = now() - t;
    dg_free(&dg);
    in_free(&names);
    ar_free(&ar);
    src_free(&src);
    return t;
}

typedef struct open_times {
    double parse, model, check, total;   /* read+parse (ld_file), model (ld_finish, md_build), checks (ck_run) */
    size_t ar_parse, ar_model, heap_parse, heap_model;
} open_times;

/* ss_open, phase by phase (the same calls in the same order), timed. */
static open_times open_timed(session *s, const char *path)
{
    open_times t;
    memset(&t, 0, sizeof t);
    size_t h0 = heap_live;
    double t0 = now();
    memset(s, 0, sizeof *s);
    dg_init(&s->dg);
    ld_init(&s->ld, &s->dg);
    s->today = bench_today();
    int err = 0;
    if (ld_file(&s->ld, path, &err) != 0) { fprintf(stderr, "bench: %s: %s\n", path, strerror(err)); exit(2); }
    double t1 = now();
    t.ar_parse = s->ld.ar.total;
    t.heap_parse = heap_live - h0;
    ld_finish(&s->ld);
    md_build(&s->m, &s->ld, s->today);
    double t2 = now();
    t.ar_model = s->ld.ar.total;
    t.heap_model = heap_live - h0;
    ck_run(&s->m, s->today);
    dg_sort(&s->dg);
    s->built = true;
    double t3 = now();
    t.parse = t1 - t0;
    t.model = t2 - t1;
    t.check = t3 - t2;
    t.total = t3 - t0;
    return t;
}

static int cmd_parse(const char *path)
{
    size_t bytes = file_size(path);
    double mbytes = bytes / 1e6;

    /* memory first, in a fresh process: the peak of one ss_open */
    long rss0 = maxrss_kb();
    size_t live0 = heap_live;
    heap_peak = heap_live;
    session s;
    int err = 0;
    double t0 = now();
    if (ss_open(&s, path, bench_today(), &err) != 0) { fprintf(stderr, "bench: %s: %s\n", path, strerror(err)); return 2; }
    double first = now() - t0;
    long rss1 = maxrss_kb();
    size_t hpeak = heap_peak - live0, arena_total = s.ld.ar.total;
    size_t errors = s.dg.errors, warnings = s.dg.warnings, nnorms = s.m.nnorms, nroles = s.m.nroles,
           nroutes = s.m.nroutes, nterms = s.m.nterms;
    if (errors) {
        fprintf(stderr, "bench: %s has %zu errors (the generator should write a clean protocol):\n", path, errors);
        print_diags(&s, 5);
    }
    ss_close(&s);

    /* The two are timed in turn, lex then parse+check, so that other work
     * on the machine slows both alike; the best of each is kept. */
    enum { REPS = 9 };   /* both figures alike: the best of nine, interleaved */
    double lex = 1e9;
    size_t tokens = 0;
    open_times best;
    memset(&best, 0, sizeof best);
    best.total = 1e9;
    for (int i = 0; i < REPS; i++) {
        double t = lex_once(path, &tokens);
        if (t < lex) lex = t;
        open_times o = open_timed(&s, path);
        ss_close(&s);
        if (o.total < best.total) best = o;
    }
    double lex_mbs = mbytes / lex, open_mbs = mbytes / best.total;
    printf("input: %s, %.1f MB, %zu tokens; %zu roles, %zu actions/things/procedures, %zu rules, %zu routes; "
           "check: %zu errors, %zu warnings\n", path, mbytes, tokens, nroles, nterms, nnorms, nroutes, errors, warnings);
    printf("lex only (ps_lex_only)           %8.1f MB/s   (the floor: the scanner and interning, no parser)\n", lex_mbs);
    printf("parse+check (ss_open)            %8.1f MB/s   = %.2f of lex-only (%.1f MB/s)   (one core: no target since issue 14 "
           "took out the second thread, which met 0.50 on this 12 MB file and saved nothing on real protocols of 19 KB)\n",
           open_mbs, open_mbs / lex_mbs, lex_mbs);
    printf("  of which read+parse %.0f ms, model %.0f ms, checks %.0f ms (best of %d; first run %.0f ms)\n",
           best.parse * 1e3, best.model * 1e3, best.check * 1e3, REPS, first * 1e3);
    printf("  heap after parse %.1f MB (arena %.1f MB: the syntax tree but the rules; the rest: text, packed rules, line table, names), "
           "after model %.1f MB (arena %.1f MB)\n", best.heap_parse / 1e6, best.ar_parse / 1e6, best.heap_model / 1e6,
           best.ar_model / 1e6);
    printf("peak memory of parse+check       %8.1f x input   target <= 4x   (ru_maxrss grew %.1f MB for %.1f MB of input;"
           " heap peak %.1f MB = %.1fx; arena total %.1f MB)\n",
           (rss1 - rss0) * 1024.0 / bytes, (rss1 - rss0) / 1024.0, mbytes, hpeak / 1e6, (double)hpeak / bytes,
           arena_total / 1e6);
    return 0;
}

/* ---- queries -------------------------------------------------------------------------------------------- */

static double query_us(session *s, FILE *null, const char *text, int reps)
{
    ss_query q;
    ss_query_init(&q);
    if (ss_ask(s, &q, text, bench_today()) != 0) {
        fprintf(stderr, "bench: query failed: %s\n", text);
        rp_text(&q.dg, &q.src, stderr, false);
        ss_query_free(&q);
        return -1;
    }
    double t = now();
    for (int i = 0; i < reps; i++)
        if (ss_ask(s, &q, text, bench_today()) == 0) an_text(null, &q.answer);
    double us = (now() - t) / reps * 1e6;
    ss_query_free(&q);
    return us;
}

static int cmd_query(const char *path)
{
    session s;
    int err = 0;
    if (ss_open(&s, path, bench_today(), &err) != 0) { fprintf(stderr, "bench: %s: %s\n", path, strerror(err)); return 2; }
    FILE *null = fopen("/dev/null", "w");
    if (!null) return 2;
    static const struct { const char *label, *text; bool main; } qs[] = {
        { "can (a post, a thing, a counterpart)", "can PlanningOperationsInspector respond to planning-enquiry from Member", true },
        { "route (to a team)", "route complaint by Member about PlanningOperations", true },
        { "can (a broad role: every Officer rule)", "can Officer respond to Member", false },
        { "can (by alias, display name)", "can Councillor disclose-budget \"Head of Finance\"", false },
        { "route (to a post)", "route planning-complaint by Member about PlanningOperationsInspector", false },
    };
    printf("protocol: %s, %zu rules, %zu roles, %zu routes\n", path, s.m.nnorms, s.m.nroles, s.m.nroutes);
    for (size_t i = 0; i < sizeof qs / sizeof qs[0]; i++) {
        double us = query_us(&s, null, qs[i].text, 1000);
        if (qs[i].main)
            printf("query %-40s %8.1f us   target < 1000 us   ('%s')\n", qs[i].label, us, qs[i].text);
        else
            printf("  also %-39s %8.1f us   ('%s')\n", qs[i].label, us, qs[i].text);
    }
    fclose(null);
    ss_close(&s);
    return 0;
}

/* ---- deadlines ------------------------------------------------------------------------------------------- */

static uint32_t xorshift32(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

static int cmd_deadlines(void)
{
    /* the calendar as civic uses it: england-and-wales from the stdlib's Civic source */
    static const char text[] = "protocol \"bench\" {\n  calendar england-and-wales\n}\n";
    session s;
    ss_open_text(&s, "<bench>", text, sizeof text - 1, bench_today());
    cal_calendar *c = md_cal(&s.m);
    if (!c) { fprintf(stderr, "bench: no england-and-wales calendar\n"); return 2; }
    enum { CALLS = 20 * 1000 * 1000, NDAYS = 1 << 16 };
    dt_day *days = malloc(NDAYS * sizeof *days);
    if (!days) return 3;
    dt_day lo = dt_from_ymd(2020, 1, 1), span = dt_from_ymd(2031, 1, 1) - lo;
    uint32_t seed = 2463534242u;
    for (int i = 0; i < NDAYS; i++) days[i] = lo + (dt_day)(xorshift32(&seed) % (uint32_t)span);
    int64_t check = 0;
    double best = 1e9;
    for (int rep = 0; rep < 3; rep++) {
        double t = now();
        for (int i = 0; i < CALLS; i++) {
            dt_day out;
            if (cal_add(c, days[i & (NDAYS - 1)], 2, CAL_WORKING_DAYS, &out) != 0) { fprintf(stderr, "bench: cal_add failed\n"); return 1; }
            check += out;
        }
        t = now() - t;
        if (t < best) best = t;
    }
    printf("deadlines (cal_add, 2 working days) %8.1f M/s   target >= 10 M/s   (%d calls from random days 2020-2030,"
           " best of 3; checksum %lld)\n", CALLS / best / 1e6, CALLS, (long long)(check % 1000000007));
    free(days);
    ss_close(&s);
    return 0;
}

/* ---- simulation ---------------------------------------------------------------------------------------------- */

typedef struct sim_probe {
    size_t expectations, failed;
} sim_probe;

static void sink_expect(void *ctx, const sim_entry *e)
{
    sim_probe *p = ctx;
    if (e->kind != SE_EXPECTATION) return;
    p->expectations++;
    if (!e->ok) p->failed++;
}

/* Counting run: open duties now and at their peak.  A duty closes with a
 * fulfilment, or with a breach or departure that the calendar fired (those
 * cite the rule's own line; a forbidden act cites the event's line, which
 * is in the scenario, after every rule). */
typedef struct sim_count {
    uint32_t scen_start;
    long open, peak;
} sim_count;

static void sink_count(void *ctx, const sim_entry *e)
{
    sim_count *c = ctx;
    switch (e->kind) {
    case SE_OPENED: c->open++; if (c->open > c->peak) c->peak = c->open; break;
    case SE_FULFILLED: c->open--; break;
    case SE_BREACHED: case SE_DEPARTED: if (e->at.start < c->scen_start) c->open--; break;
    default: break;
    }
}

static int cmd_sim(const char *path)
{
    size_t bytes = file_size(path);
    session s;
    int err = 0;
    long rss_a = maxrss_kb();
    double t0 = now();
    if (ss_open(&s, path, bench_today(), &err) != 0) { fprintf(stderr, "bench: %s: %s\n", path, strerror(err)); return 2; }
    double tparse = now() - t0;
    long rss_b = maxrss_kb();
    if (s.dg.errors || !s.m.nscens) {
        fprintf(stderr, "bench: %s: %zu errors, %zu scenarios\n", path, s.dg.errors, s.m.nscens);
        print_diags(&s, 5);
        return 1;
    }
    const md_scenario *sc = &s.m.scens[0];
    size_t nev = 0;
    for (size_t i = 0; i < sc->nitems; i++) nev += sc->items[i].kind == SI_EV;
    int reps = nev < 100000 ? 30 : 3;
    double best = 1e9;
    size_t engine_peak = 0;
    long rss_delta = 0;
    sim_result res;
    sim_probe probe;
    arena scratch;
    ar_init(&scratch);
    for (int i = 0; i < reps; i++) {
        memset(&probe, 0, sizeof probe);
        long r0 = maxrss_kb();
        size_t live0 = heap_live;
        heap_peak = heap_live;
        double t = now();
        res = sim_run(&s.m, sc, bench_today(), &scratch, sink_expect, &probe, false);
        t = now() - t;
        ar_reset(&scratch);
        if (i == 0) { engine_peak = heap_peak - live0; rss_delta = maxrss_kb() - r0; }
        if (t < best) best = t;
    }
    sim_count cnt = { sc->at.start, 0, 0 };
    sim_result r2 = sim_run(&s.m, sc, bench_today(), &scratch, sink_count, &cnt, true);
    ar_free(&scratch);
    if (cnt.open != (long)r2.still_open)
        fprintf(stderr, "bench: counting run ends with %ld open, the engine says %zu\n", cnt.open, r2.still_open);
    printf("simulation, %7zu events%s %8.2f M events/s   target >= 1 M/s   (%.0f ns per event; %.3f s, best of %d)\n",
           res.events, cnt.peak > 10000 ? ", many open" : ",   few open", res.events / best / 1e6, best / res.events * 1e9,
           best, reps);
    printf("  (parsing the %.1f MB scenario file is separate: %.2f s, %.0f MB)\n", bytes / 1e6, tparse,
           (rss_b - rss_a) / 1024.0);
    printf("  duties opened %zu, fulfilled %zu, breached %zu, departed %zu, open at the end %zu, open at the peak %ld;"
           " expectations %zu (%zu failed)\n", res.opened, res.fulfilled, res.breached, res.departed, res.still_open,
           cnt.peak, probe.expectations, probe.failed);
    printf("engine memory, %7zu events %8.2f MB for %ld open duties at the peak   target: grows with open duties, not events"
           "   (%.0f bytes per open duty; heap peak during sim_run; ru_maxrss grew %.2f MB)\n", res.events, engine_peak / 1e6,
           cnt.peak, cnt.peak ? (double)engine_peak / cnt.peak : 0.0, rss_delta / 1024.0);
    ss_close(&s);
    return 0;
}

/* ---- exec-median ------------------------------------------------------------------------------------------- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* argv run as a child with its output to /dev/null; its pid, or -1. */
static pid_t spawn_quiet(char **argv)
{
    pid_t pid = fork();
    if (pid == 0) {
        FILE *nul = freopen("/dev/null", "w", stdout);
        (void)nul;
        nul = freopen("/dev/null", "w", stderr);
        execvp(argv[0], argv);
        _exit(127);
    }
    return pid;
}

/* Prints the median, fastest and slowest wall time in ms, the exit status,
 * and the CPU time (user + system, ms) of the fastest run: on a machine
 * that others are using too, the CPU time says what the wall time cannot. */
static int cmd_exec_median(int n, char **argv)
{
    double *t = calloc((size_t)n, sizeof *t);
    if (!t || n < 1) return 2;
    int rc = -1;
    double cpu_fastest = 0, fastest = 1e300;
    for (int i = 0; i < n; i++) {
        double t0 = now();
        pid_t pid = spawn_quiet(argv);
        if (pid < 0) { perror("fork"); return 2; }
        int st;
        struct rusage ru;
        wait4(pid, &st, 0, &ru);
        t[i] = now() - t0;
        double cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
        if (t[i] < fastest) { fastest = t[i]; cpu_fastest = cpu; }
        rc = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    }
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    double med = n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
    printf("%.2f %.2f %.2f %d %.2f\n", med * 1e3, t[0] * 1e3, t[n - 1] * 1e3, rc, cpu_fastest * 1e3);
    free(t);
    return 0;
}

/* ---- exec-rss ------------------------------------------------------------------------------------------------ */

/* One run of a command: its wall time and its peak resident memory (the
 * kernel's ru_maxrss of the child, reaped by wait4), and its exit status. */
static int cmd_exec_rss(char **argv)
{
    double t0 = now();
    pid_t pid = spawn_quiet(argv);
    if (pid < 0) { perror("fork"); return 2; }
    int st;
    struct rusage ru;
    if (wait4(pid, &st, 0, &ru) < 0) { perror("wait4"); return 2; }
    printf("%.2f %ld %d\n", (now() - t0) * 1e3, ru.ru_maxrss, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    return 0;
}

/* ---- gen-batch ------------------------------------------------------------------------------------------------ */

/* A whole file, NUL-terminated, or NULL. */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 65536;
            char *nb = realloc(buf, cap);
            if (!nb) { free(buf); fclose(f); return NULL; }
            buf = nb;
        }
        size_t got = fread(buf + len, 1, 4096, f);
        len += got;
        if (got == 0) break;
    }
    fclose(f);
    buf[len] = '\0';
    return buf;
}

/* "[10.2]" becomes "[10+shift.2]" (and "[2.1, 8.3]" each of its clauses):
 * the variant numbers its clauses differently, the same way in the protocol
 * and its scenarios; the model protocol's [MP-n] stay as they are. */
static void batch_line(FILE *out, const char *line, size_t n, int shift)
{
    /* inside a label whose first clause is a number: "[Access to information/3, 4]" names
     * ".../4" by its last part, and stays as it is */
    bool numbered = false;
    for (size_t i = 0; i < n; i++) {
        fputc(line[i], out);
        if (line[i] == '[') numbered = i + 1 < n && line[i + 1] >= '0' && line[i + 1] <= '9';
        else if (line[i] == ']') numbered = false;
        bool starts = line[i] == '[' || (numbered && line[i] == ' ' && i > 0 && line[i - 1] == ',');
        if (!starts || i + 1 >= n || line[i + 1] < '0' || line[i + 1] > '9') continue;
        size_t j = i + 1;
        long v = 0;
        while (j < n && line[j] >= '0' && line[j] <= '9') v = v * 10 + (line[j++] - '0');
        fprintf(out, "%ld", v + shift);
        i = j - 1;
    }
}

static const char *const batch_a[] = { "Ashby", "Barton", "Chesterford", "Dunmore", "Elmstead", "Fenwick", "Glaston",
                                       "Hallow", "Ivybridge", "Kelvedon", "Langley", "Milbourne", "Norwell", "Oakham",
                                       "Pendle", "Quarley", "Rowington", "Stourton", "Thaxted", "Upwell" };
static const char *const batch_b[] = { "Town Council", "Parish Council", "Town Council & Burial Board", "Community Council" };

/* Does a question of the scenarios (a line with expect "…") hold the
 * action " word", whole? */
static bool batch_asked(const char *tests, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = strstr(tests, word); p; p = strstr(p + 1, word)) {
        if (p[n] != '"' && p[n] != ' ') continue;
        const char *bol = p;
        while (bol > tests && bol[-1] != '\n') bol--;
        const char *q = strstr(bol, "expect \"");
        if (q && q < p) return true;
    }
    return false;
}

/* Is this line a rule of one line ("[X] Member should ..." with the next
 * line starting afresh) whose clause nothing else names?  Such a rule can be
 * dropped from a variant without breaking its scenarios. */
static bool batch_droppable(const char *text, size_t n, const char *next, const char *proto, const char *tests)
{
    char line[1024];   /* the line alone: the text goes on to the end of the file */
    if (n < 4 || n >= sizeof line || text[0] != '[') return false;
    memcpy(line, text, n);
    line[n] = '\0';
    const char *close = strchr(line, ']');
    if (!close || (size_t)(close - line) > 20) return false;
    if (!strstr(close, " should ") || strchr(line, '{') || close[1] != ' ') return false;
    if (next && *next && *next != '\n' && *next != '[' && *next != '#') return false;
    char clause[32];
    snprintf(clause, sizeof clause, "%.*s", (int)(close - line + 1), line);
    const char *first = strstr(proto, clause);
    if (first && strstr(first + 1, clause)) return false;   /* named again: overrides, adopts */
    if (strstr(tests, clause)) return false;
    /* nor a question the scenarios ask of its action (expect "can Member
     * comply" names no clause, and a dropped rule changes its answer) */
    const char *act = strstr(close, " should ") + 8;
    char word[64];
    size_t w = strspn(act, "abcdefghijklmnopqrstuvwxyz-");
    if (w == 0 || w >= sizeof word - 1) return false;
    snprintf(word, sizeof word, " %.*s", (int)w, act);
    return !batch_asked(tests, word);
}

static int batch_protocol(const char *path, const char *proto, const char *tests, long k, int shift)
{
    FILE *out = fopen(path, "w");
    if (!out) { perror(path); return 2; }
    bool dropped = k % 4 != 0;   /* one rule in four variants */
    for (const char *p = proto; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        const char *next = nl ? nl + 1 : NULL;
        if (strncmp(p, "  council ", 10) == 0) {
            fprintf(out, "  council  \"%s %s %ld\"\n", batch_a[k % 20], batch_b[(k / 20) % 4], k);
        } else if (strncmp(p, "  adopted ", 10) == 0 && n >= 20 && p[10 + strspn(p + 10, " ")] >= '0') {
            const char *d = p + 10 + strspn(p + 10, " ");   /* YYYY-MM-DD: another day of the month */
            fprintf(out, "  adopted  %.7s-%02ld\n", d, 1 + k % 28);
        } else if (!dropped && batch_droppable(p, n, next, proto, tests)) {
            dropped = true;
            fprintf(out, "# (a rule dropped in this variant)\n");
        } else {
            batch_line(out, p, n, shift);
            fputc('\n', out);
        }
        if (!nl) break;
        p = nl + 1;
    }
    /* a few rules of its own */
    for (long r = 0; r < k % 3; r++) {
        fprintf(out, "\n[V%ld.1] action keep-register-%c \"keep the register of %s\"\n", r + 1, (char)('a' + r),
                batch_a[(k + r) % 20]);
        fprintf(out, "[V%ld.2] Officer should keep-register-%c\n", r + 1, (char)('a' + r));
    }
    return fclose(out) == 0 ? 0 : 2;
}

static int batch_tests(const char *path, const char *tests, const char *base, const char *variant, int shift)
{
    FILE *out = fopen(path, "w");
    if (!out) { perror(path); return 2; }
    char use[256];
    snprintf(use, sizeof use, "use \"%s\"", base);
    for (const char *p = tests; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n == strlen(use) && strncmp(p, use, n) == 0) fprintf(out, "use \"%s\"\n", variant);
        else { batch_line(out, p, n, shift); fputc('\n', out); }
        if (!nl) break;
        p = nl + 1;
    }
    return fclose(out) == 0 ? 0 : 2;
}

static int cmd_gen_batch(const char *dir, long n, char **bases, int nbases)
{
    char *proto[16], *tests[16];
    if (nbases < 1 || nbases > 16) { fprintf(stderr, "bench: gen-batch takes 1 to 16 protocols\n"); return 2; }
    for (int b = 0; b < nbases; b++) {
        char path[512];
        snprintf(path, sizeof path, "protocols/%s.civic", bases[b]);
        proto[b] = slurp(path);
        snprintf(path, sizeof path, "protocols/%s.test.civic", bases[b]);
        tests[b] = slurp(path);
        if (!proto[b] || !tests[b]) { fprintf(stderr, "bench: cannot read protocols/%s(.test).civic\n", bases[b]); return 2; }
    }
    mkdir(dir, 0777);
    int rc = 0;
    for (long k = 0; k < n && rc == 0; k++) {
        int b = (int)(k % nbases);
        int shift = (int)(k % 7) * 100;
        char variant[300], path[1024];
        snprintf(variant, sizeof variant, "%s-%05ld", bases[b], k);
        snprintf(path, sizeof path, "%s/%s.civic", dir, variant);
        rc = batch_protocol(path, proto[b], tests[b], k, shift);
        snprintf(path, sizeof path, "%s/%s.test.civic", dir, variant);
        if (rc == 0) rc = batch_tests(path, tests[b], bases[b], variant, shift);
    }
    for (int b = 0; b < nbases; b++) { free(proto[b]); free(tests[b]); }
    if (rc == 0) printf("bench: %ld protocols and %ld scenario files in %s\n", n, n, dir);
    return rc;
}

/* ---- REPL memory ----------------------------------------------------------------------------------------- */

/* The questions asked over and over: every form, a bad one too (its
 * diagnostic goes to stderr, which is /dev/null).  The marker is asked
 * after each batch; its answer on stdout says the batch is done. */
static const char *const repl_qs[] = {
    "can Member instruct Officer", "can Officer respond to enquiry from Member", "duties of Clerk",
    "expectations of Member from Officer", "route complaint by Member about Clerk",
    "who handles complaint about Officer", "deadline 10.2 from 2025-12-23", "review", "explain 10.2", "roles",
    "clauses", "who manages Officer", "holidays 2026", "help", "can Oficer instruct Member",
};
#define REPL_MARKER "working days between 2025-12-23 and 2026-01-05"

typedef struct repl_reader {
    FILE *in;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    long markers;            /* answers to the marker seen so far */
    bool eof;
} repl_reader;

static void *repl_read(void *arg)
{
    repl_reader *r = arg;
    char line[4096];
    while (fgets(line, sizeof line, r->in)) {
        if (!strstr(line, "working day") || !strstr(line, "up to and including 2026-01-05")) continue;
        pthread_mutex_lock(&r->mu);
        r->markers++;
        pthread_cond_signal(&r->cv);
        pthread_mutex_unlock(&r->mu);
    }
    pthread_mutex_lock(&r->mu);
    r->eof = true;
    pthread_cond_signal(&r->cv);
    pthread_mutex_unlock(&r->mu);
    return NULL;
}

static long repl_rss_kb(pid_t pid)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
    FILE *f = fopen(path, "r");
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) kb = atol(line + 6);
    if (f) fclose(f);
    return kb;
}

static int cmd_repl_rss(const char *civic, const char *path)
{
    int to[2], from[2];
    if (pipe(to) != 0 || pipe(from) != 0) { perror("pipe"); return 2; }
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 2; }
    if (pid == 0) {
        dup2(to[0], 0);
        dup2(from[1], 1);
        close(to[0]); close(to[1]); close(from[0]); close(from[1]);
        FILE *nul = freopen("/dev/null", "w", stderr);
        (void)nul;
        execl(civic, civic, "repl", "--today", "2026-11-22", path, (char *)NULL);
        _exit(127);
    }
    close(to[0]);
    close(from[1]);
    FILE *w = fdopen(to[1], "w");
    repl_reader r = { fdopen(from[0], "r"), PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, false };
    pthread_t th;
    if (!w || !r.in || pthread_create(&th, NULL, repl_read, &r) != 0) return 2;
    static const long marks[] = { 10000, 100000 };
    long rss[2] = { -1, -1 }, asked = 0;
    enum { NQ = sizeof repl_qs / sizeof repl_qs[0] };
    for (int k = 0; k < 2; k++) {
        for (; asked < marks[k]; asked++) fprintf(w, "%s\n", repl_qs[asked % NQ]);
        fprintf(w, "%s\n", REPL_MARKER);
        fflush(w);
        pthread_mutex_lock(&r.mu);
        while (r.markers < k + 1 && !r.eof) pthread_cond_wait(&r.cv, &r.mu);
        bool ok = r.markers >= k + 1;
        pthread_mutex_unlock(&r.mu);
        if (!ok) { fprintf(stderr, "bench: civic repl stopped after %ld questions\n", asked); break; }
        rss[k] = repl_rss_kb(pid);
    }
    fclose(w);
    pthread_join(th, NULL);
    fclose(r.in);
    int st;
    waitpid(pid, &st, 0);
    if (rss[0] < 0 || rss[1] < 0) return 2;
    printf("REPL RSS after 10,000 / 100,000 questions  %6.2f / %6.2f MiB (grew %+.2f MiB)   target: within 1 MiB of each other   (%s)\n",
           rss[0] / 1024.0, rss[1] / 1024.0, (rss[1] - rss[0]) / 1024.0, path);
    return 0;
}

/* ---- main ---------------------------------------------------------------------------------------------------- */

static int usage(void)
{
    fprintf(stderr, "usage: bench gen-protocol OUT NORMS | gen-scenario OUT EVENTS low|high | parse FILE | query FILE |\n"
                    "             deadlines | sim FILE | exec-median N CMD [ARG...] | exec-rss CMD [ARG...] |\n"
                    "             gen-batch DIR N BASE... |\n"
                    "             repl-rss CIVIC FILE\n");
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 2) return usage();
    const char *c = argv[1];
    if (strcmp(c, "gen-protocol") == 0 && argc == 4) return cmd_gen_protocol(argv[2], atol(argv[3]));
    if (strcmp(c, "gen-scenario") == 0 && argc == 5) return cmd_gen_scenario(argv[2], atol(argv[3]), argv[4]);
    if (strcmp(c, "parse") == 0 && argc == 3) return cmd_parse(argv[2]);
    if (strcmp(c, "query") == 0 && argc == 3) return cmd_query(argv[2]);
    if (strcmp(c, "deadlines") == 0 && argc == 2) return cmd_deadlines();
    if (strcmp(c, "sim") == 0 && argc == 3) return cmd_sim(argv[2]);
    if (strcmp(c, "exec-median") == 0 && argc >= 4) return cmd_exec_median(atoi(argv[2]), argv + 3);
    if (strcmp(c, "gen-batch") == 0 && argc >= 5) return cmd_gen_batch(argv[2], atol(argv[3]), argv + 4, argc - 4);
    if (strcmp(c, "repl-rss") == 0 && argc == 4) return cmd_repl_rss(argv[2], argv[3]);
    if (strcmp(c, "exec-rss") == 0 && argc >= 3) return cmd_exec_rss(argv + 2);
    if (strcmp(c, "open") == 0 && argc == 4) {   /* for profilers: ss_open N times */
        for (int i = 0; i < atoi(argv[3]); i++) {
            session s;
            int err = 0;
            if (ss_open(&s, argv[2], bench_today(), &err) != 0) return 2;
            ss_close(&s);
        }
        return 0;
    }
    return usage();
}
