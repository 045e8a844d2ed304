# civic render: the Markdown page of a small protocol (tests/render/small.civic),
# its route diagrams' Graphviz source, and its HTML page (the SVG that dot
# draws left out but for its title and description: its coordinates depend on
# the fonts of the machine).  Then escaping: a protocol of hostile text
# (tests/render/hostile.civic) in Markdown, and in HTML no markup of its own
# and no control character.  The same input gives the same bytes.  -o: a new
# file, a file whose mode is kept, a symbolic link (its target replaced), a
# directory that cannot be written, a file that may not be (as nobody), and
# /dev/stdout.  Errors: a protocol with errors, dot missing or failing (no
# page written), and the usage errors.

$ civic render --today 2026-12-06 --format md tests/render/small.civic
# Member/Officer Protocol

Little Snoring Parish Council

As of Sun 6 Dec 2026.

## Contents

1. [Status and review](#status-and-review)
2. [Roles](#roles)
3. [Clauses](#clauses)
   - [\[1.1\]](#11)
   - [\[2\]](#2)
   - [\[3.1\]](#31)
   - [\[3.2\]](#32)
   - [\[3.10\]](#310)
   - [\[4\]](#4)
   - [\[5\]](#5)
   - [\[5.1\]](#51)
   - [\[5.2\]](#52)
   - [\[5.3\]](#53)
   - [\[6\]](#6)
   - [\[9\]](#9)
4. [Deadlines, with worked examples](#deadlines-with-worked-examples)
5. [Routes for complaints and disputes](#routes-for-complaints-and-disputes)
   - [A complaint by a Member about an Officer](#a-complaint-by-a-member-about-an-officer-5)
   - [A dispute](#a-dispute-6)

## Status and review

- **Council:** Little Snoring Parish Council
- **Adopted:** 2024-05-13
- **Review cycle:** every 2 years [\[9\]](#9)
- **Next review:** 2026-05-13 (reviewed every 2 years from 2024-05-13)

**Overdue: the review was due on 2026-05-13; today is 2026-12-06.**

Written in Civic in `tests/render/small.civic`. Every sentence about a rule below is the answer `civic query` gives.

## Roles

Each role is also every role above it here: a rule that binds a role binds every role under it too. The name in `code` is the one the protocol file uses.

- the Council (`Council`) — also called “Town Council”, “Parish Council”, “Borough Council”
- Member (`Member`) — also called “Councillor”, “Cllr”, “elected Member”, “co-opted Member”
  - Chair of the Council (`Chair`) — also called “Chairman”, “Chairperson”
    - Mayor (`Mayor`) — also called “Town Mayor”
  - Vice-Chair of the Council (`ViceChair`) — also called “Vice-Chairman”, “Vice Chair”, “Vice-Chair”
    - Deputy Mayor (`DeputyMayor`)
  - Chair of a committee (`CommitteeChair`) — also called “Committee Chairman”, “Committee Chair”
  - Leader of the Council (`Leader`)
  - Leader of a political group (`GroupLeader`)
  - Executive Member (`ExecutiveMember`) — also called “Portfolio Holder”, “Cabinet Member”
- Officer (`Officer`) — also called “Employee”, “member of staff”, “staff”, “Consultant”, “agency staff”
  - Village Warden (`Warden`) — also called “Ranger”
  - Town Clerk (`Clerk`) — also called “Proper Officer”, “Parish Clerk”, “head of paid service”, “TownClerk”
  - Deputy Town Clerk (`DeputyClerk`) — also called “Deputy Clerk”
  - Responsible Financial Officer (`RFO`) — also called “Responsible Finance Officer”
  - Head of Service (`HeadOfService`) — also called “Heads of Service”
  - Chief Officer (`ChiefOfficer`) — also called “member of the Management Team”, “Management Team”, “Director”
    - Managing Director (`ManagingDirector`) — also called “Chief Executive”
- Monitoring Officer (`MonitoringOfficer`) — also called “the district's Monitoring Officer” (outside the council)
- Standards Committee (`StandardsCommittee`) (outside the council)
- member of the public (`Public`) — also called “Resident”, “Constituent”, “the public”, “Complainant” (outside the council)
- the media (`Media`) — also called “Press”, “Journalist” (outside the council)

### Who manages and appoints whom

- Town Clerk manages Officer except Village Warden [\[2\]](#2)

## Clauses

Every clause the protocol file cites, in the document's order: its rules in plain English, what each means in practice, and where it is written.

### \[1.1\]

- Defines the role `Warden` (Village Warden).

### \[2\]

- **\[2\]** Town Clerk may manage Officer, except for a Village Warden  
  This is a permission: it may be done, and need not be.  
  `tests/render/small.civic:15`

### \[3.1\]

- **\[3.1\]** Member must not instruct Officer  
  This is a prohibition: doing it is a breach of the protocol.  
  `tests/render/small.civic:16`

### \[3.2\]

- **\[3.2\]** Officer must respond to enquiry from Member within 5 working days, otherwise acknowledge enquiry within 2 working days  
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends an enquiry to an Officer. It is due by the close of the 5th working day after that day, which does not count (weekends and bank holidays are not working days). If it cannot be met in time, Officer must instead acknowledge enquiry within 2 working days; doing so in time meets the duty.  
  `tests/render/small.civic:18`

[A worked example of its deadline](#deadline-of-32)

### \[3.10\]

- **\[3.10\]** Member should respond to request from Officer within 1 week  
  This is a recommendation: not doing it is a departure, to be explained, not a breach. The duty arises when an Officer sends a request to a Member. It is due by the close of the 1st week after that day, which does not count.  
  `tests/render/small.civic:17`

[A worked example of its deadline](#deadline-of-310)

### \[4\]

- **\[4\]** Officer must respond to complaint (promptly)  
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when anyone sends a complaint to an Officer. Its timing ('promptly') is vague, so it cannot be checked against a date.  
  `tests/render/small.civic:20`

### \[5\]

- Step 1 of the route for a complaint by Member about Officer: the parties try to settle it informally.
- Step 2 of the route for a complaint by Member about Officer: the Town Clerk or the Chair of the Council handles it.
- Step 3 of the route for a complaint by Member about Officer: the Monitoring Officer handles it, when it is about a Town Clerk.

### \[5.1\]

- Step 1 of the route for a complaint by Member about Officer: the parties try to settle it informally.

### \[5.2\]

- Step 2 of the route for a complaint by Member about Officer: the Town Clerk or the Chair of the Council handles it.

### \[5.3\]

- Step 3 of the route for a complaint by Member about Officer: the Monitoring Officer handles it, when it is about a Town Clerk.

### \[6\]

- Step 1 of the route for a dispute by anyone about anyone: the parties try to settle it informally.

### \[9\]

- The protocol is reviewed every 2 years.

### Rules without a clause

- Member may speak to the media

## Deadlines, with worked examples

The day something is received is not counted. Each example counts from Thu 24 Dec 2026, the last working day before Christmas Day, to show the days a period leaves out.

### Deadline of [\[3.2\]](#32)

**\[3.2\]** Officer must respond to enquiry from Member within 5 working days, otherwise acknowledge enquiry within 2 working days

For example, an enquiry from a Member received on Thu 24 Dec 2026 is due by the close of Tue 5 Jan 2027, counting working days on the England and Wales calendar.

Not counted: Fri 25 Dec 2026 (Christmas Day), Mon 28 Dec 2026 (Boxing Day) and Fri 1 Jan 2027 (New Year's Day); nor are weekends.

Otherwise (acknowledge enquiry): by the close of Wed 30 Dec 2026.

### Deadline of [\[3.10\]](#310)

**\[3.10\]** Member should respond to request from Officer within 1 week

For example, a request from an Officer received on Thu 24 Dec 2026 is due by the close of Thu 31 Dec 2026.

Weekends and holidays are counted: the period is not in working days.

## Routes for complaints and disputes

Where a complaint, grievance or dispute goes, step by step, for as long as it is not settled. A step is skipped when its condition does not hold, or when its handler is a party to the case: nobody handles a case about themselves, or one they raised.

### A complaint by a Member about an Officer [\[5\]](#5)

1. [\[5.1\]](#51) the parties, informally (with the help of Town Clerk or Chair of the Council)
   - For a complaint by a Member about a Town Clerk: the parties, informally (with the help of Chair of the Council).
   - For a complaint by a Chair of the Council about an Officer: the parties, informally (with the help of Town Clerk).
2. [\[5.2\]](#52) Town Clerk or Chair of the Council
   - For a complaint by a Member about a Town Clerk: Chair of the Council (the Town Clerk is the subject of the complaint, and nobody handles a case about themselves; so the Chair of the Council).
   - For a complaint by a Chair of the Council about an Officer: Town Clerk (the Chair of the Council raised the complaint, and nobody handles their own case; so the Town Clerk).
3. [\[5.3\]](#53) Monitoring Officer — Skipped: applies only when it is about a Town Clerk.
   - Applies to a complaint by a Member about a Town Clerk.

### A dispute [\[6\]](#6)

1. [\[6\]](#6) the parties, informally

---

Made by `civic render` from `tests/render/small.civic`.

$ civic render --today 2026-12-06 -f dot tests/render/small.civic
digraph "route 1" {
  id="route-1-graph";
  graph [rankdir=TB, nodesep=0.3, ranksep=0.3, pad=0.1, bgcolor="white", fontname="Helvetica"];
  node [shape=box, style="rounded,filled", fillcolor="white", color="#333333", fontcolor="#111111", fontname="Helvetica", fontsize=10, margin="0.12,0.06"];
  edge [color="#333333", fontcolor="#111111", fontname="Helvetica", fontsize=9, arrowsize=0.7];
  "start" [id="route-1-start", style="filled", fillcolor="#dde7f2", label="A complaint by a Member about an\nOfficer\n[5]"];
  "step 1" [id="route-1-s1", label="Step 1 [5.1]\nthe parties, informally (with the\nhelp of Town Clerk or Chair of the\nCouncil)\nFor a complaint by a Member about a\nTown Clerk: the parties, informally\n(with the help of Chair of the\nCouncil).\nFor a complaint by a Chair of the\nCouncil about an Officer: the\nparties, informally (with the help\nof Town Clerk)."];
  "step 2" [id="route-1-s2", label="Step 2 [5.2]\nTown Clerk or Chair of the Council\nFor a complaint by a Member about a\nTown Clerk: Chair of the Council\n(the Town Clerk is the subject of\nthe complaint, and nobody handles a\ncase about themselves; so the Chair\nof the Council).\nFor a complaint by a Chair of the\nCouncil about an Officer: Town\nClerk (the Chair of the Council\nraised the complaint, and nobody\nhandles their own case; so the Town\nClerk)."];
  "step 3" [id="route-1-s3", label="Step 3 [5.3]\nMonitoring Officer\nSkipped: applies only when it is\nabout a Town Clerk.\nApplies to a complaint by a Member\nabout a Town Clerk.", style="rounded,dashed,filled", fillcolor="#eeeeee"];
  "start" -> "step 1" [id="route-1-e1"];
  "step 1" -> "step 2" [id="route-1-e2", label="not settled"];
  "step 2" -> "step 3" [id="route-1-e3", label="not settled"];
}
digraph "route 2" {
  id="route-2-graph";
  graph [rankdir=TB, nodesep=0.3, ranksep=0.3, pad=0.1, bgcolor="white", fontname="Helvetica"];
  node [shape=box, style="rounded,filled", fillcolor="white", color="#333333", fontcolor="#111111", fontname="Helvetica", fontsize=10, margin="0.12,0.06"];
  edge [color="#333333", fontcolor="#111111", fontname="Helvetica", fontsize=9, arrowsize=0.7];
  "start" [id="route-2-start", style="filled", fillcolor="#dde7f2", label="A dispute\n[6]"];
  "step 1" [id="route-2-s1", label="Step 1 [6]\nthe parties, informally"];
  "start" -> "step 1" [id="route-2-e1"];
}

$ civic render --today 2026-12-06 tests/render/small.civic | sed -e '/^<svg role/,/^<\/svg>/{/^<svg role/s/" width=.*/" …>/p;/^<title id=/p;/^<desc id=/p;/^<\/svg>/p;d;}' -e '/^<style>/,/^<\/style>/{/^<style>/p;/^<\/style>/p;d;}'
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="civic render">
<title>Member/Officer Protocol — Little Snoring Parish Council</title>
<style>
</style>
</head>
<body>
<header>
<h1>Member/Officer Protocol</h1>
<p class="council">Little Snoring Parish Council</p>
<p class="asof">As of Sun 6 Dec 2026.</p>
</header>
<nav aria-labelledby="contents">
<h2 id="contents">Contents</h2>
<ol>
<li><a href="#status">Status and review</a></li>
<li><a href="#roles">Roles</a></li>
<li><a href="#clauses">Clauses</a>
<ol class="toc-clauses">
<li><a href="#clause-1.1">[1.1]</a></li>
<li><a href="#clause-2">[2]</a></li>
<li><a href="#clause-3.1">[3.1]</a></li>
<li><a href="#clause-3.2">[3.2]</a></li>
<li><a href="#clause-3.10">[3.10]</a></li>
<li><a href="#clause-4">[4]</a></li>
<li><a href="#clause-5">[5]</a></li>
<li><a href="#clause-5.1">[5.1]</a></li>
<li><a href="#clause-5.2">[5.2]</a></li>
<li><a href="#clause-5.3">[5.3]</a></li>
<li><a href="#clause-6">[6]</a></li>
<li><a href="#clause-9">[9]</a></li>
<li><a href="#clause-none">Rules without a clause</a></li>
</ol>
</li>
<li><a href="#deadlines">Deadlines, with worked examples</a></li>
<li><a href="#routes">Routes for complaints and disputes</a>
<ol>
<li><a href="#route-1">A complaint by a Member about an Officer</a></li>
<li><a href="#route-2">A dispute</a></li>
</ol>
</li>
</ol>
</nav>
<main>
<section id="status" aria-labelledby="status-h">
<h2 id="status-h">Status and review</h2>
<dl class="status">
<dt>Council</dt><dd>Little Snoring Parish Council</dd>
<dt>Adopted</dt><dd><time datetime="2024-05-13">2024-05-13</time></dd>
<dt>Review cycle</dt><dd>every 2 years <a href="#clause-9">[9]</a></dd>
<dt>Next review</dt><dd><time datetime="2026-05-13">2026-05-13</time> (reviewed every 2 years from 2024-05-13)</dd>
</dl>
<p class="verdict overdue">Overdue: the review was due on 2026-05-13; today is 2026-12-06.</p>
<p class="note">Written in Civic in <code>tests/render/small.civic</code>. Every sentence about a rule below is the answer <code>civic query</code> gives.</p>
</section>
<section id="roles" aria-labelledby="roles-h">
<h2 id="roles-h">Roles</h2>
<p class="intro">Each role is also every role above it here: a rule that binds a role binds every role under it too. The name in <code>code</code> is the one the protocol file uses.</p>
<ul class="tree">
<li><span class="role">the Council</span> <code>Council</code> — also called “Town Council”, “Parish Council”, “Borough Council”</li>
<li><span class="role">Member</span> <code>Member</code> — also called “Councillor”, “Cllr”, “elected Member”, “co-opted Member”
<ul>
<li><span class="role">Chair of the Council</span> <code>Chair</code> — also called “Chairman”, “Chairperson”
<ul>
<li><span class="role">Mayor</span> <code>Mayor</code> — also called “Town Mayor”</li>
</ul>
</li>
<li><span class="role">Vice-Chair of the Council</span> <code>ViceChair</code> — also called “Vice-Chairman”, “Vice Chair”, “Vice-Chair”
<ul>
<li><span class="role">Deputy Mayor</span> <code>DeputyMayor</code></li>
</ul>
</li>
<li><span class="role">Chair of a committee</span> <code>CommitteeChair</code> — also called “Committee Chairman”, “Committee Chair”</li>
<li><span class="role">Leader of the Council</span> <code>Leader</code></li>
<li><span class="role">Leader of a political group</span> <code>GroupLeader</code></li>
<li><span class="role">Executive Member</span> <code>ExecutiveMember</code> — also called “Portfolio Holder”, “Cabinet Member”</li>
</ul>
</li>
<li><span class="role">Officer</span> <code>Officer</code> — also called “Employee”, “member of staff”, “staff”, “Consultant”, “agency staff”
<ul>
<li><span class="role">Village Warden</span> <code>Warden</code> — also called “Ranger”</li>
<li><span class="role">Town Clerk</span> <code>Clerk</code> — also called “Proper Officer”, “Parish Clerk”, “head of paid service”, “TownClerk”</li>
<li><span class="role">Deputy Town Clerk</span> <code>DeputyClerk</code> — also called “Deputy Clerk”</li>
<li><span class="role">Responsible Financial Officer</span> <code>RFO</code> — also called “Responsible Finance Officer”</li>
<li><span class="role">Head of Service</span> <code>HeadOfService</code> — also called “Heads of Service”</li>
<li><span class="role">Chief Officer</span> <code>ChiefOfficer</code> — also called “member of the Management Team”, “Management Team”, “Director”
<ul>
<li><span class="role">Managing Director</span> <code>ManagingDirector</code> — also called “Chief Executive”</li>
</ul>
</li>
</ul>
</li>
<li><span class="role">Monitoring Officer</span> <code>MonitoringOfficer</code> — also called “the district&#39;s Monitoring Officer” (outside the council)</li>
<li><span class="role">Standards Committee</span> <code>StandardsCommittee</code> (outside the council)</li>
<li><span class="role">member of the public</span> <code>Public</code> — also called “Resident”, “Constituent”, “the public”, “Complainant” (outside the council)</li>
<li><span class="role">the media</span> <code>Media</code> — also called “Press”, “Journalist” (outside the council)</li>
</ul>
<h3>Who manages and appoints whom</h3>
<ul>
<li>Town Clerk manages Officer except Village Warden <a href="#clause-2">[2]</a></li>
</ul>
</section>
<section id="clauses" aria-labelledby="clauses-h">
<h2 id="clauses-h">Clauses</h2>
<p class="intro">Every clause the protocol file cites, in the document's order: its rules in plain English, what each means in practice, and where it is written.</p>
<section class="clause" id="clause-1.1" data-clause="1.1">
<h3>[1.1]</h3>
<ul class="rules">
<li><p class="rule">Defines the role <code>Warden</code> (Village Warden).</p>
<p class="src">tests/render/small.civic:14</p></li>
</ul>
</section>
<section class="clause" id="clause-2" data-clause="2">
<h3>[2]</h3>
<ul class="rules">
<li>
<p class="rule"><span class="cite">[2]</span> Town Clerk may manage Officer, except for a Village Warden</p>
<p class="meaning">This is a permission: it may be done, and need not be.</p>
<p class="src">tests/render/small.civic:15</p>
</li>
</ul>
</section>
<section class="clause" id="clause-3.1" data-clause="3.1">
<h3>[3.1]</h3>
<ul class="rules">
<li>
<p class="rule"><span class="cite">[3.1]</span> Member must not instruct Officer</p>
<p class="meaning">This is a prohibition: doing it is a breach of the protocol.</p>
<p class="src">tests/render/small.civic:16</p>
</li>
</ul>
</section>
<section class="clause" id="clause-3.2" data-clause="3.2">
<h3>[3.2]</h3>
<ul class="rules">
<li>
<p class="rule"><span class="cite">[3.2]</span> Officer must respond to enquiry from Member within 5 working days, otherwise acknowledge enquiry within 2 working days</p>
<p class="meaning">This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends an enquiry to an Officer. It is due by the close of the 5th working day after that day, which does not count (weekends and bank holidays are not working days). If it cannot be met in time, Officer must instead acknowledge enquiry within 2 working days; doing so in time meets the duty.</p>
<p class="src">tests/render/small.civic:18</p>
</li>
</ul>
<p class="note"><a href="#deadline-clause-3.2">A worked example of its deadline</a></p>
</section>
<section class="clause" id="clause-3.10" data-clause="3.10">
<h3>[3.10]</h3>
<ul class="rules">
<li>
<p class="rule"><span class="cite">[3.10]</span> Member should respond to request from Officer within 1 week</p>
<p class="meaning">This is a recommendation: not doing it is a departure, to be explained, not a breach. The duty arises when an Officer sends a request to a Member. It is due by the close of the 1st week after that day, which does not count.</p>
<p class="src">tests/render/small.civic:17</p>
</li>
</ul>
<p class="note"><a href="#deadline-clause-3.10">A worked example of its deadline</a></p>
</section>
<section class="clause" id="clause-4" data-clause="4">
<h3>[4]</h3>
<ul class="rules">
<li>
<p class="rule"><span class="cite">[4]</span> Officer must respond to complaint (promptly)</p>
<p class="meaning">This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when anyone sends a complaint to an Officer. Its timing (&#39;promptly&#39;) is vague, so it cannot be checked against a date.</p>
<p class="src">tests/render/small.civic:20</p>
</li>
</ul>
</section>
<section class="clause" id="clause-5" data-clause="5">
<h3>[5]</h3>
<ul class="rules">
<li><p class="rule">Step 1 of the route for a complaint by Member about Officer <a href="#clause-5">[5]</a>: the parties try to settle it informally. <a href="#routes">Routes</a></p></li>
<li><p class="rule">Step 2 of the route for a complaint by Member about Officer <a href="#clause-5">[5]</a>: the Town Clerk or the Chair of the Council handles it. <a href="#routes">Routes</a></p></li>
<li><p class="rule">Step 3 of the route for a complaint by Member about Officer <a href="#clause-5">[5]</a>: the Monitoring Officer handles it, when it is about a Town Clerk. <a href="#routes">Routes</a></p></li>
</ul>
</section>
<section class="clause" id="clause-5.1" data-clause="5.1">
<h3>[5.1]</h3>
<ul class="rules">
<li><p class="rule">Step 1 of the route for a complaint by Member about Officer <a href="#clause-5">[5]</a>: the parties try to settle it informally. <a href="#routes">Routes</a></p></li>
</ul>
</section>
<section class="clause" id="clause-5.2" data-clause="5.2">
<h3>[5.2]</h3>
<ul class="rules">
<li><p class="rule">Step 2 of the route for a complaint by Member about Officer <a href="#clause-5">[5]</a>: the Town Clerk or the Chair of the Council handles it. <a href="#routes">Routes</a></p></li>
</ul>
</section>
<section class="clause" id="clause-5.3" data-clause="5.3">
<h3>[5.3]</h3>
<ul class="rules">
<li><p class="rule">Step 3 of the route for a complaint by Member about Officer <a href="#clause-5">[5]</a>: the Monitoring Officer handles it, when it is about a Town Clerk. <a href="#routes">Routes</a></p></li>
</ul>
</section>
<section class="clause" id="clause-6" data-clause="6">
<h3>[6]</h3>
<ul class="rules">
<li><p class="rule">Step 1 of the route for a dispute by anyone about anyone: the parties try to settle it informally. <a href="#routes">Routes</a></p></li>
</ul>
</section>
<section class="clause" id="clause-9" data-clause="9">
<h3>[9]</h3>
<ul class="rules">
<li><p class="rule">The protocol is reviewed every 2 years. <a href="#status">Status and review</a></p></li>
</ul>
</section>
<section class="clause" id="clause-none">
<h3>Rules without a clause</h3>
<ul class="rules">
<li><p class="rule">Member may speak to the media</p></li>
</ul>
</section>
</section>
<section id="deadlines" aria-labelledby="deadlines-h">
<h2 id="deadlines-h">Deadlines, with worked examples</h2>
<p class="intro">The day something is received is not counted. Each example counts from Thu 24 Dec 2026, the last working day before Christmas Day, to show the days a period leaves out.</p>
<section class="deadline" id="deadline-clause-3.2">
<h3>Deadline of <a href="#clause-3.2">[3.2]</a></h3>
<p class="rule"><span class="cite">[3.2]</span> Officer must respond to enquiry from Member within 5 working days, otherwise acknowledge enquiry within 2 working days</p>
<p>For example, an enquiry from a Member received on Thu 24 Dec 2026 is due by the close of Tue 5 Jan 2027, counting working days on the England and Wales calendar.</p>
<p class="note">Not counted: Fri 25 Dec 2026 (Christmas Day), Mon 28 Dec 2026 (Boxing Day) and Fri 1 Jan 2027 (New Year&#39;s Day); nor are weekends.</p>
<p>Otherwise (acknowledge enquiry): by the close of Wed 30 Dec 2026.</p>
</section>
<section class="deadline" id="deadline-clause-3.10">
<h3>Deadline of <a href="#clause-3.10">[3.10]</a></h3>
<p class="rule"><span class="cite">[3.10]</span> Member should respond to request from Officer within 1 week</p>
<p>For example, a request from an Officer received on Thu 24 Dec 2026 is due by the close of Thu 31 Dec 2026.</p>
<p class="note">Weekends and holidays are counted: the period is not in working days.</p>
</section>
</section>
<section id="routes" aria-labelledby="routes-h">
<h2 id="routes-h">Routes for complaints and disputes</h2>
<p class="intro">Where a complaint, grievance or dispute goes, step by step. A step is skipped when its condition does not hold, or when its handler is a party to the case: nobody handles a case about themselves, or one they raised.</p>
<section class="route" id="route-1" aria-labelledby="route-1-h">
<h3 id="route-1-h">A complaint by a Member about an Officer <a href="#clause-5">[5]</a></h3>
<figure>
<svg role="img" aria-labelledby="route-1-title route-1-desc" …>
<title id="route-1-title">Diagram: A complaint by a Member about an Officer</title>
<desc id="route-1-desc">Steps in order: step 1 [5.1], the parties, informally (with the help of Town Clerk or Chair of the Council); For a complaint by a Member about a Town Clerk: the parties, informally (with the help of Chair of the Council). For a complaint by a Chair of the Council about an Officer: the parties, informally (with the help of Town Clerk). step 2 [5.2], Town Clerk or Chair of the Council; For a complaint by a Member about a Town Clerk: Chair of the Council (the Town Clerk is the subject of the complaint, and nobody handles a case about themselves; so the Chair of the Council). For a complaint by a Chair of the Council about an Officer: Town Clerk (the Chair of the Council raised the complaint, and nobody handles their own case; so the Town Clerk). step 3 [5.3], Monitoring Officer (Skipped: applies only when it is about a Town Clerk.). Applies to a complaint by a Member about a Town Clerk.</desc>
</svg>
<figcaption>Each step in turn, for as long as the case is not settled; a dashed box is a step that some cases pass over.</figcaption>
</figure>
<ol class="steps">
<li><a href="#clause-5.1">[5.1]</a> the parties, informally (with the help of Town Clerk or Chair of the Council)
<ul>
<li>For a complaint by a Member about a Town Clerk: the parties, informally (with the help of Chair of the Council).</li>
<li>For a complaint by a Chair of the Council about an Officer: the parties, informally (with the help of Town Clerk).</li>
</ul>
</li>
<li><a href="#clause-5.2">[5.2]</a> Town Clerk or Chair of the Council
<ul>
<li>For a complaint by a Member about a Town Clerk: Chair of the Council (the Town Clerk is the subject of the complaint, and nobody handles a case about themselves; so the Chair of the Council).</li>
<li>For a complaint by a Chair of the Council about an Officer: Town Clerk (the Chair of the Council raised the complaint, and nobody handles their own case; so the Town Clerk).</li>
</ul>
</li>
<li class="skipped"><a href="#clause-5.3">[5.3]</a> Monitoring Officer — Skipped: applies only when it is about a Town Clerk.
<ul>
<li>Applies to a complaint by a Member about a Town Clerk.</li>
</ul>
</li>
</ol>
</section>
<section class="route" id="route-2" aria-labelledby="route-2-h">
<h3 id="route-2-h">A dispute <a href="#clause-6">[6]</a></h3>
<figure>
<svg role="img" aria-labelledby="route-2-title route-2-desc" …>
<title id="route-2-title">Diagram: A dispute</title>
<desc id="route-2-desc">Steps in order: step 1 [6], the parties, informally.</desc>
</svg>
<figcaption>Each step in turn, for as long as the case is not settled; a dashed box is a step that some cases pass over.</figcaption>
</figure>
<ol class="steps">
<li><a href="#clause-6">[6]</a> the parties, informally</li>
</ol>
</section>
</section>
</main>
<footer>
<p>Made by <code>civic render</code> from <code>tests/render/small.civic</code> as of <time datetime="2026-12-06">2026-12-06</time>.</p>
</footer>
</body>
</html>

$ civic render --today 2026-12-06 --format md tests/render/hostile.civic
# \<b\>&amp;amp; "Ye" 'olde' \<script\>window.pwned=1\</script\>

O'Brien &amp; Sons \<i\>Council\</i\> \[31mred\[0m

As of Sun 6 Dec 2026.

## Contents

1. [Status and review](#status-and-review)
2. [Roles](#roles)
3. [Clauses](#clauses)
   - [\[- 1. \# x\\x1B(0\\x07\\u0085\]](#--1--x0)
   - [\[1\<2 &amp; "3"\]](#12--3)
   - [\[R&amp;1 \<x\>\]](#r1-x)
   - [\[A&amp;B/1\]](#ab1)
   - [\[A&amp;B/2\]](#ab2)
   - [\[A&amp;B/3\]](#ab3)
   - [\[A&amp;B/4\]](#ab4)
   - [\[A&amp;B/5\]](#ab5)
   - [\[A&amp;B/6\]](#ab6)
   - [\[A&amp;B/7\]](#ab7)
4. [Deadlines, with worked examples](#deadlines-with-worked-examples)
5. [Routes for complaints and disputes](#routes-for-complaints-and-disputes)
   - [A complaint by a Member about an Officer](#a-complaint-by-a-member-about-an-officer-ab5)

## Status and review

- **Council:** O'Brien &amp; Sons \<i\>Council\</i\> \[31mred\[0m
- **Adopted:** 2020-01-06
- **Review cycle:** every 1 year [\[R&amp;1 \<x\>\]](#r1-x)
- **Next review:** 2021-01-06 (reviewed every 1 year from 2020-01-06)

**Overdue: the review was due on 2021-01-06; today is 2026-12-06.**

Written in Civic in `tests/render/hostile.civic`. Every sentence about a rule below is the answer `civic query` gives.

## Roles

Each role is also every role above it here: a rule that binds a role binds every role under it too. The name in `code` is the one the protocol file uses.

- the Council (`Council`) — also called “Town Council”, “Parish Council”, “Borough Council”
- Member (`Member`) — also called “Councillor”, “Cllr”, “elected Member”, “co-opted Member”
  - Chair of the Council (`Chair`) — also called “Chairman”, “Chairperson”
    - Mayor (`Mayor`) — also called “Town Mayor”
  - Vice-Chair of the Council (`ViceChair`) — also called “Vice-Chairman”, “Vice Chair”, “Vice-Chair”
    - Deputy Mayor (`DeputyMayor`)
  - Chair of a committee (`CommitteeChair`) — also called “Committee Chairman”, “Committee Chair”
  - Leader of the Council (`Leader`)
  - Leader of a political group (`GroupLeader`)
  - Executive Member (`ExecutiveMember`) — also called “Portfolio Holder”, “Cabinet Member”
- Officer (`Officer`) — also called “Employee”, “member of staff”, “staff”, “Consultant”, “agency staff”
  - \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1 (`Boss`)
  - Town Clerk (`Clerk`) — also called “Proper Officer”, “Parish Clerk”, “head of paid service”, “TownClerk”
  - Deputy Town Clerk (`DeputyClerk`) — also called “Deputy Clerk”
  - Responsible Financial Officer (`RFO`) — also called “Responsible Finance Officer”
  - Head of Service (`HeadOfService`) — also called “Heads of Service”
  - Chief Officer (`ChiefOfficer`) — also called “member of the Management Team”, “Management Team”, “Director”
    - Managing Director (`ManagingDirector`) — also called “Chief Executive”
- Monitoring Officer (`MonitoringOfficer`) — also called “the district's Monitoring Officer” (outside the council)
- Standards Committee (`StandardsCommittee`) (outside the council)
- member of the public (`Public`) — also called “Resident”, “Constituent”, “the public”, “Complainant” (outside the council)
- the media (`Media`) — also called “Press”, “Journalist” (outside the council)

## Clauses

Every clause the protocol file cites, in the document's order: its rules in plain English, what each means in practice, and where it is written.

### \[- 1. \# x\\x1B(0\\x07\\u0085\]

- **\[- 1. \# x\\x1B(0\\x07\\u0085\]** Member should inform Officer "1. - \<u\>list\</u\> &amp; \\ back\`tick\`"  
  This is a recommendation: not doing it is a departure, to be explained, not a breach.  
  `tests/render/hostile.civic:20`

### \[1\<2 &amp; "3"\]

- **\[1\<2 &amp; "3"\]** Member must not instruct Officer  
  This is a prohibition: doing it is a breach of the protocol.  
  `tests/render/hostile.civic:17`

### \[R&amp;1 \<x\>\]

- The protocol is reviewed every 1 year.

### \[A&amp;B/1\]

- Defines the role `Boss` (\<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1).

### \[A&amp;B/2\]

- Defines the action `declare-relationship` (“say "so" &amp; \<mean\> it”).

### \[A&amp;B/3\]

- **\[A&amp;B/3\]** Officer must respond to enquiry from Member within 2 working days  
  This is an obligation: not doing it (in time) is a breach of the protocol. The duty arises when a Member sends an enquiry to an Officer. It is due by the close of the 2nd working day after that day, which does not count (weekends and bank holidays are not working days).  
  `tests/render/hostile.civic:18`

[A worked example of its deadline](#deadline-of-ab3)

### \[A&amp;B/4\]

- **\[A&amp;B/4\]** Member must declare relationship, when "x \< y &amp; "z" \]0;title"  
  This is an obligation: not doing it (in time) is a breach of the protocol.  
  `tests/render/hostile.civic:19`
- **\[A&amp;B/4\]** Officer must declare relationship, when "x \< y &amp; "z" \]0;title"  
  This is an obligation: not doing it (in time) is a breach of the protocol.  
  `tests/render/hostile.civic:19`

### \[A&amp;B/5\]

- Step 1 of the route for a complaint by Member about Officer: the parties try to settle it informally.
- Step 2 of the route for a complaint by Member about Officer: the \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1 handles it.
- Step 3 of the route for a complaint by Member about Officer: the Town Clerk handles it, when it is about a \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1.

### \[A&amp;B/6\]

- Step 2 of the route for a complaint by Member about Officer: the \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1 handles it.

### \[A&amp;B/7\]

- Step 3 of the route for a complaint by Member about Officer: the Town Clerk handles it, when it is about a \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1.

## Deadlines, with worked examples

The day something is received is not counted. Each example counts from Thu 24 Dec 2026, the last working day before Christmas Day, to show the days a period leaves out.

### Deadline of [\[A&amp;B/3\]](#ab3)

**\[A&amp;B/3\]** Officer must respond to enquiry from Member within 2 working days

For example, an enquiry from a Member received on Thu 24 Dec 2026 is due by the close of Wed 30 Dec 2026, counting working days on the England and Wales calendar.

Not counted: Fri 25 Dec 2026 (Christmas Day) and Mon 28 Dec 2026 (Boxing Day); nor are weekends.

## Routes for complaints and disputes

Where a complaint, grievance or dispute goes, step by step, for as long as it is not settled. A step is skipped when its condition does not hold, or when its handler is a party to the case: nobody handles a case about themselves, or one they raised.

### A complaint by a Member about an Officer [\[A&amp;B/5\]](#ab5)

1. [\[A&amp;B/5\]](#ab5) the parties, informally (with the help of \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1)
   - For a complaint by a Member about a \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1: the parties, informally.
2. [\[A&amp;B/6\]](#ab6) \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1
   - Skipped for a complaint by a Member about a \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1: the \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1 is the subject of the complaint, and nobody handles a case about themselves.
3. [\[A&amp;B/7\]](#ab7) Town Clerk — Skipped: applies only when it is about a \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1.
   - Applies to a complaint by a Member about a \<img src=x onerror=alert(1)\> \`boss\` \*star\* \_u\_ \[link\](http://x.invalid) \# \| \~ \$1.

---

Made by `civic render` from `tests/render/hostile.civic`.

$ civic render --today 2026-12-06 tests/render/hostile.civic | grep -c -e '<script' -e '<img' -e '<i>' -e '<b>' -e '<u>' -e '<x>'
0
[1]

$ civic render --today 2026-12-06 tests/render/hostile.civic | grep -o -e '&lt;script&gt;window.pwned=1&lt;/script&gt;' -e '&lt;img src=x onerror=alert(1)&gt;' -e 'x\\x1B(0\\x07\\u0085' | sort | uniq -c
     23 &lt;img src=x onerror=alert(1)&gt;
      2 &lt;script&gt;window.pwned=1&lt;/script&gt;
      4 x\x1B(0\x07\u0085

$ for f in md html; do civic render --today 2026-12-06 -f $f tests/render/hostile.civic | LC_ALL=C tr -d '\n' | LC_ALL=C grep -c '[[:cntrl:]]'; done
0
0
[1]

$ for f in protocols/[a-z]*[a-z].civic tests/render/small.civic; do for m in html md; do civic render --today 2026-12-06 -f $m "$f" > /tmp/civic-render-a.$$ && civic render --today 2026-12-06 -f $m "$f" | cmp - /tmp/civic-render-a.$$ || echo "$f ($m): not the same twice"; done; done; rm -f /tmp/civic-render-a.$$

$ d=$(mktemp -d) && umask 022 && civic render --today 2026-12-06 -o "$d/page.html" tests/render/small.civic && civic render --today 2026-12-06 tests/render/small.civic | cmp - "$d/page.html" && stat -c %a "$d/page.html" && ls -A "$d"; rm -rf "$d"
644
page.html

$ d=$(mktemp -d) && echo old > "$d/page.md" && chmod 640 "$d/page.md" && ln -s page.md "$d/link.md" && civic render --today 2026-12-06 -f md -o "$d/link.md" tests/render/small.civic && test -L "$d/link.md" && stat -c %a "$d/page.md" && head -n 1 "$d/page.md" && ls -A "$d"; rm -rf "$d"
640
# Member/Officer Protocol
link.md
page.md

$ civic render --today 2026-12-06 -f md -o /dev/stdout tests/render/small.civic | head -n 3
# Member/Officer Protocol

Little Snoring Parish Council

$ r=$PWD; d=$(mktemp -d) && chmod 555 "$d" && cd "$d" && su nobody -s /bin/sh -c "$(command -v civic) render -f md -o page.md '$r/tests/render/small.civic'"; s=$?; ls -A; cd "$r"; rm -rf "$d"; exit $s
civic: cannot write 'page.md': Permission denied
[2]

$ r=$PWD; d=$(mktemp -d) && echo old > "$d/page.md" && chmod 444 "$d/page.md" && chmod 777 "$d" && cd "$d" && su nobody -s /bin/sh -c "$(command -v civic) render -f md -o page.md '$r/tests/render/small.civic'"; s=$?; cat page.md; cd "$r"; rm -rf "$d"; exit $s
civic: cannot write 'page.md': Permission denied
old
[2]

$ printf 'use "roles"\n[1] Member must not instrct Officer\n' | civic render -f md -
<stdin>:2:21: error: unknown action 'instrct' [unknown-action]
    2 | [1] Member must not instrct Officer
      |                     ^~~~~~~
hint: did you mean 'instruct'?
civic: <stdin> has errors: no page was written
[1]

$ d=$(mktemp -d) && printf 'use "roles"\nroute dispute [1] {\n  [1] informally\n}\n' | CIVIC_DOT=/nonexistent/dot civic render -o "$d/page.html" -; s=$?; ls -A "$d"; rm -rf "$d"; exit $s
civic: cannot draw the route diagrams: '/nonexistent/dot' (Graphviz) was not found: it draws the route diagrams; install Graphviz (Debian: apt-get install graphviz), or render --format md
[2]

$ printf 'use "roles"\nroute dispute [1] {\n  [1] informally\n}\n' | CIVIC_DOT=false civic render -
civic: cannot draw the route diagrams: 'false' failed (exit status 1)
[2]

$ d=$(mktemp -d) && printf '#!/bin/sh\nwhile :; do :; done\n' > "$d/dot" && chmod +x "$d/dot" && printf 'use "roles"\nroute dispute [1] {\n  [1] informally\n}\n' | CIVIC_DOT_TIMEOUT=1 CIVIC_DOT="$d/dot" timeout 30 civic render -o "$d/page.html" - 2>&1 | sed "s|$d|DIR|"; ls -A "$d"; rm -rf "$d"
civic: cannot draw the route diagrams: 'DIR/dot' did not finish within 1 second and was stopped (CIVIC_DOT_TIMEOUT sets the limit)
dot

$ printf 'use "roles"\nroute dispute [1] {\n  [1] informally\n}\n' | CIVIC_DOT_TIMEOUT=soon civic render -
civic: cannot draw the route diagrams: CIVIC_DOT_TIMEOUT must be a whole number of seconds from 1 to 86400
[2]

$ printf 'use "roles"\n[1] Member must not instruct Officer\n' | CIVIC_DOT=/nonexistent/dot civic render -f md --today 2026-12-06 - | grep -c 'Member must not instruct Officer'
1

$ civic render
civic: no protocol file given (name '-' for standard input)
Try 'civic render --help' for more information.
[2]

$ civic render tests/render/small.civic tests/render/hostile.civic
civic: one protocol at a time: 2 files given
Try 'civic render --help' for more information.
[2]

$ civic render --format pdf tests/render/small.civic
civic: --format pdf: the formats are html, md and dot
Try 'civic render --help' for more information.
[2]

$ civic render --fromat md tests/render/small.civic
civic: unrecognized option '--fromat'; did you mean '--format'?
Try 'civic render --help' for more information.
[2]

$ civic render -o
civic: option '-o' needs a value
Try 'civic render --help' for more information.
[2]

$ civic render --today 2026-02-30 tests/render/small.civic
civic: --today 2026-02-30: there is no such day
Try 'civic render --help' for more information.
[2]

$ civic render tests/render/nonexistent.civic
civic: cannot read 'tests/render/nonexistent.civic': No such file or directory
[2]

$ civic render --help
Usage: civic render [--format html|md|dot] [-o FILE] [--today YYYY-MM-DD]
                    [--coverage PATH]... PROTOCOL
Publish the protocol as one page: its status and review as of today, the
roles and who manages whom, every clause in the document's order with its
rules in plain English (the sentences 'civic query' gives), each deadline
with a worked example over the protocol's calendar, and each route for
complaints and disputes, step by step, skipped steps and why.  PROTOCOL '-'
is standard input.

  -f, --format F  html (default): one self-contained page, inline CSS, the
                  routes drawn by Graphviz's dot as inline SVG, laid out for
                  A4 when printed; md: Markdown for a wiki or GitHub, the
                  routes as ordered lists; dot: the diagrams' Graphviz source
  -o, --output FILE  write the page to FILE, replacing it at once (its mode
                  kept); default: standard output
  --today D       the day the review status and the worked examples are
                  reckoned from (default: today)
  --coverage PATH run the scenarios in PATH (a file, or a directory of
                  them; the option again for more) and mark each clause
                  as exercised by a scenario or not ('civic test --coverage')

Environment: CIVIC_DOT, the Graphviz program to run (default: dot);
CIVIC_DOT_TIMEOUT, the seconds one run of it may take (default: 60).
Exit status: 0 written, 1 errors in the protocol, 2 usage error, a file that
cannot be read or written (-o naming a file read is refused), or dot
missing, failing or too slow (no page is written).

