/* The model loader: a model file is user input. Whatever the bytes, loading
 * either fails cleanly (EMODEL or EIO, with a message, nothing leaked) or
 * gives an extractor whose results keep every invariant.
 *
 * Through the public API for now (a temporary file and model_path); when the
 * tagger's ns_model_load_buffer lands, see fuzz/README.md to call it
 * directly and skip the file system. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char model_path[64];

static void remove_model(void)
{
    unlink(model_path);
}

static const char sample[] =
    "WASHINGTON (Reuters) - Angela Merkel met Joe Biden on March 4, 2024 in Berlin, "
    "where Siemens AG said 45,000 jobs and 3.5% of sales were at stake. Merkel left.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!model_path[0]) {
        const char *dir = getenv("TMPDIR");
        snprintf(model_path, sizeof model_path, "%.40s/nsmodelXXXXXX", dir ? dir : "/tmp");
        int fd = mkstemp(model_path);
        FUZZ_CHECK(fd >= 0, "cannot make a temporary file %s", model_path);
        close(fd);
        atexit(remove_model);
    }
    FILE *f = fopen(model_path, "wb");
    FUZZ_CHECK(f, "cannot write %s", model_path);
    FUZZ_CHECK(fwrite(data, 1, size, f) == size && fclose(f) == 0, "cannot write %s", model_path);

    newsent_extractor_options eo = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    eo.model_path = model_path;
    newsent_extractor *ex = (newsent_extractor *)&eo; /* must be set to NULL */
    newsent_error err;
    int rc = newsent_extractor_new(&eo, &ex, &err);
    if (rc != NEWSENT_OK) {
        FUZZ_CHECK(rc == NEWSENT_EMODEL || rc == NEWSENT_EIO, "model load: rc %d (%s)", rc,
                   err.message);
        FUZZ_CHECK(!ex && err.code == rc && err.message[0], "a failed load must say why");
        return 0;
    }
    FUZZ_CHECK(ex, "model load: OK without an extractor");
    fuzz_text t;
    fuzz_text_init(&t, sample, sizeof sample - 1);
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.ref_year = 2024;
    o.ref_month = 3;
    o.ref_day = 5;
    fuzz_extract_and_check(ex, &t, &o);
    fuzz_text_free(&t);
    newsent_extractor_free(ex);
    return 0;
}
