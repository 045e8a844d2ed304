/* text — rules, conditions and deadlines in plain English, for answers and
 * timelines.  Strings are built in the arena given (a query's or a run's
 * scratch arena), so that the model itself is only read. */
#ifndef CIVIC_TEXT_H
#define CIVIC_TEXT_H

#include "model.h"

/* "Officer must respond to enquiry from Member within 2 working days,
 * otherwise acknowledge enquiry and give timescale within 2 working days" */
/* A rule's subject in words: its role's name, or for a relation "the line manager of the Officer". */
const char *tx_subject(const md_model *m, arena *ar, const md_norm *n);
const char *tx_norm(const md_model *m, arena *ar, const md_norm *n);
/* "respond to enquiry from Member" */
const char *tx_acts(const md_model *m, arena *ar, const md_act *acts, size_t n);
/* The same, with the counterpart role replaced by a person's name:
 * "respond to enquiry from alice". */
const char *tx_acts_for(const md_model *m, arena *ar, const md_act *acts, size_t n, const char *person);
/* "when the request is reasonable", "unless approved by Town Clerk" */
const char *tx_cond(const md_model *m, arena *ar, const md_cond *c);
/* "within 2 working days", "by the end of the next working day", "as soon
 * as possible, and at the latest within 10 working days", "within 2 working
 * days of receipt", "a reasonable time": a deadline as the rule says it. */
const char *tx_within(const md_model *m, arena *ar, const md_deadline *d);
/* The same for a rule, with its target when it has one: "within 5 working
 * days if possible, and at the latest within 10 working days". */
const char *tx_norm_within(const md_model *m, arena *ar, const md_norm *n);
/* How a deadline counts from `from`, in words, for the deadline answer:
 * "counted in working days from the day after 2025-12-23 (that day itself
 * does not count), on the England and Wales calendar: due by the close of
 * the 2nd working day". */
const char *tx_counting(const md_model *m, arena *ar, const md_deadline *d, dt_day from);
/* The same, naming what arrived that day ("the enquiry"): "(the day of the
 * enquiry itself does not count)"; what may be NULL. */
const char *tx_counting_of(const md_model *m, arena *ar, const md_deadline *d, dt_day from, const char *what);
const char *tx_ordinal(arena *ar, long n);   /* "1st", "2nd", "11th" */
/* Who a route step sends the case to, in words (relations, and/or,
 * possibly, referrals out included). */
const char *tx_handler(const md_model *m, arena *ar, const md_route *r, const md_step *st);   /* r may be NULL */
/* "2 working days", "a reasonable time" */
const char *tx_deadline(const md_model *m, arena *ar, const md_deadline *d);
/* "obliged", "forbidden", … for a modality */
const char *tx_verdict(ast_modality mod);
/* A sentence on what the modality means in practice. */
const char *tx_meaning(ast_modality mod);
/* "a Member", "an Officer": the indefinite article for a name. */
const char *tx_a(const char *name);
const char *tx_some(const md_model *m, arena *ar, const char *name);
/* The same for a thing, with no article for one like "information" or "advice". */
const char *tx_some_thing(const md_model *m, arena *ar, const char *name);   /* "a Member", "the media" */
const char *tx_the(const md_model *m, arena *ar, const char *name);    /* "the Town Clerk", "the media" */
/* An action's display name, or its name with hyphens as spaces. */
const char *tx_action(const md_model *m, arena *ar, int action);

#endif
