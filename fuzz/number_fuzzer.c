/* The number parser, for now through its public face: QUANTITY only. The
 * common checks hold the value string and the numbers to each other; here
 * also a differential check against strtod for plain digit strings, which
 * every number parser must read exactly.
 *
 * When recognize/numbers.h lands, see fuzz/README.md: call the parser entry
 * directly on the input as well, and keep this path too.
 *
 * Input: byte 0 flags (bit 0 day first), then the text. */
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* "123456": digits only, at most 15 of them (exact in a double). */
static int plain_digits(const char *s, size_t n)
{
    if (n == 0 || n > 15)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    fuzz_text t;
    fuzz_text_init(&t, (const char *)data + 1, size - 1);
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.labels = NEWSENT_LABEL_QUANTITY;
    o.flags = data[0] & NEWSENT_EXTRACT_DAY_FIRST;
    o.ref_year = 2024;
    o.ref_month = 3;
    o.ref_day = 4;
    fuzz_extract_and_check(fuzz_extractor(), &t, &o);

    newsent_result *r = fuzz_extract_ok(fuzz_extractor(), &t, &o);
    for (size_t i = 0; i < newsent_result_count(r); i++) {
        const newsent_entity *e = newsent_result_get(r, i);
        size_t len;
        const char *text = newsent_entity_text(e, &len);
        const char *type = newsent_entity_type(e);
        double lo;
        if (!plain_digits(text, len) || strcmp(type, "cardinal") != 0)
            continue;
        FUZZ_CHECK(newsent_entity_numbers(e, &lo, NULL) == 1 && lo == strtod(text, NULL),
                   "cardinal \"%s\" read as %.17g", text, lo);
    }
    newsent_result_free(r);
    fuzz_text_free(&t);
    return 0;
}
