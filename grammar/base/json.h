/* json — a small streaming JSON writer.
 *
 * Output is pretty-printed with two-space indentation and is pure ASCII:
 * every control character and every non-ASCII character is written as a
 * \uXXXX escape (surrogate pairs above U+FFFF); bytes that are not valid
 * UTF-8 become U+FFFD.  Nesting is limited to JS_MAX_DEPTH.
 */
#ifndef CIVIC_JSON_H
#define CIVIC_JSON_H

#include <stdbool.h>
#include <stdio.h>

enum { JS_MAX_DEPTH = 32 };

typedef struct js_out {
    FILE *f;
    int depth;
    bool first[JS_MAX_DEPTH + 1];
    bool after_key;
} js_out;

void js_init(js_out *j, FILE *f);
void js_obj(js_out *j);
void js_obj_end(js_out *j);
void js_arr(js_out *j);
void js_arr_end(js_out *j);
void js_key(js_out *j, const char *k);
void js_str(js_out *j, const char *s);        /* NULL writes null */
void js_strn(js_out *j, const char *s, size_t n);
void js_int(js_out *j, long v);
void js_bool(js_out *j, bool v);
void js_null(js_out *j);
/* Write text as the next value: JSON that a js_out already wrote at this
 * depth (set its depth, and after_key when it follows a key), so that the
 * indentation carries on. */
void js_raw(js_out *j, const char *text);
/* Finish the document with a newline. */
void js_done(js_out *j);
/* Escape s into f as a JSON string (with quotes). */
void js_write_string(FILE *f, const char *s, size_t n);

#endif
