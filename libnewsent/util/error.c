#include "util/error.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

int ns_fail(newsent_error *err, int code, size_t position, const char *fmt, ...)
{
    if (err) {
        err->code = code;
        err->position = position;
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
        if (n <= 0)
            snprintf(err->message, sizeof err->message, "%s", newsent_strerror(code));
    }
    return code;
}

void ns_clear_error(newsent_error *err)
{
    if (err) {
        err->code = NEWSENT_OK;
        err->position = SIZE_MAX;
        err->message[0] = '\0';
    }
}
