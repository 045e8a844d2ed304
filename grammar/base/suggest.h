/* suggest — "did you mean": the closest candidate by edit distance.
 * Case-insensitive optimal-string-alignment distance; a candidate is offered
 * only when the distance is small for the word's length. */
#ifndef CIVIC_SUGGEST_H
#define CIVIC_SUGGEST_H

#include <stddef.h>

typedef struct sg_best {
    const char *word;      /* the best candidate so far, or NULL */
    int dist;
    const char *target;
    int cap;               /* the largest distance worth suggesting for the target */
    const char *last;      /* the candidate offered last, to pass over repeats */
} sg_best;

void sg_begin(sg_best *b, const char *target);
void sg_offer(sg_best *b, const char *candidate);
/* The suggestion, or NULL when nothing is close enough. */
const char *sg_result(const sg_best *b);
int sg_distance(const char *a, const char *b, int cap);

#endif
