/* Filling a caller's newsent_error. Depends on nothing else in libnewsent. */
#ifndef NS_UTIL_ERROR_H
#define NS_UTIL_ERROR_H

#include <stddef.h>

#include "newsent.h"

/* Sets err (if not NULL) and returns code, so callers can write
 * `return ns_fail(err, NEWSENT_EINVAL, SIZE_MAX, "text is NULL");`. */
int ns_fail(newsent_error *err, int code, size_t position, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Clears err (if not NULL) to NEWSENT_OK. */
void ns_clear_error(newsent_error *err);

#endif
