/* The model loader: a model file is user input. Whatever the bytes, loading
 * either fails cleanly (EMODEL or EIO, with a message, nothing leaked) or
 * gives an extractor whose results keep every invariant.
 *
 * Two paths, which must agree: the public one (the bytes in a temporary
 * file, newsent_extractor_options.model_path) and, where the tagger has its
 * image format and buffer loader (NS_MODEL_HEADER in tagger/tagger.h),
 * ns_model_load_buffer on the bytes directly.
 *
 * Input: byte 0 flags, then the model image. Flag bit 0 recomputes the
 * image's CRC-32 (over the bytes after the 64-byte header, stored at 48), so
 * that mutations reach the checks and the decoder behind the checksum: a
 * valid seed with mutated weights loads, and the tagger then decodes the
 * sample text with arbitrary weights. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "tagger/tagger.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { CRC_AT = 48, HEADER_BYTES = 64 };

static char model_path[64];

static void remove_model(void)
{
    unlink(model_path);
}

static const char sample[] =
    "WASHINGTON (Reuters) - Angela Merkel met Joe Biden on March 4, 2024 in Berlin, "
    "where Siemens AG said 45,000 jobs and 3.5% of sales were at stake. Merkel left.\n\n"
    "EU LEADERS MEET IN BRUSSELS\nThe European Union (EU) summit opened on Thursday in "
    "S\xc3\xa3o Paulo, said Ngozi Okonjo-Iweala of the WTO.";

static uint32_t crc32(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

/* Loads image through the public API and, on success, checks extraction. */
static int load_and_extract(const uint8_t *img, size_t n)
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
    FUZZ_CHECK(fwrite(img, 1, n, f) == n && fclose(f) == 0, "cannot write %s", model_path);

    newsent_extractor_options eo = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    eo.model_path = model_path;
    static char sentinel;
    newsent_extractor *ex = (newsent_extractor *)&sentinel; /* must be set to NULL */
    newsent_error err;
    int rc = newsent_extractor_new(&eo, &ex, &err);
    if (rc != NEWSENT_OK) {
        FUZZ_CHECK(rc == NEWSENT_EMODEL || rc == NEWSENT_EIO, "model load: rc %d (%s)", rc,
                   err.message);
        FUZZ_CHECK(!ex && err.code == rc && err.message[0], "a failed load must say why");
        return rc;
    }
    FUZZ_CHECK(ex, "model load: OK without an extractor");
    fuzz_text t;
    fuzz_text_init(&t, sample, sizeof sample - 1);
    newsent_extract_options o = NEWSENT_EXTRACT_OPTIONS_INIT;
    o.ref_year = 2024;
    o.ref_month = 3;
    o.ref_day = 5;
    fuzz_extract_and_check(ex, &t, &o);
    o.labels = NEWSENT_LABEL_PERSON | NEWSENT_LABEL_ORG;
    fuzz_extract_and_check(ex, &t, &o);
    fuzz_text_free(&t);
    newsent_extractor_free(ex);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t n = size - 1;
    uint8_t *img = malloc(n ? n : 1);
    FUZZ_CHECK(img, "harness out of memory");
    memcpy(img, data + 1, n);
    if ((data[0] & 1) && n >= HEADER_BYTES) {
        uint32_t c = crc32(img + HEADER_BYTES, n - HEADER_BYTES);
        for (int k = 0; k < 4; k++)
            img[CRC_AT + k] = (uint8_t)(c >> (8 * k));
    }
    int file_rc = load_and_extract(img, n);
#ifdef NS_MODEL_HEADER
    ns_mem mem;
    ns_mem_default(&mem);
    static char sentinel;
    ns_model *m = (ns_model *)&sentinel;
    newsent_error err;
    int rc = ns_model_load_buffer(&mem, img, n, &m, &err);
    FUZZ_CHECK(rc == NEWSENT_OK || rc == NEWSENT_EMODEL, "buffer load: rc %d", rc);
    FUZZ_CHECK(rc == NEWSENT_OK ? m != NULL : (m == NULL && err.message[0]),
               "buffer load: rc %d and model %p", rc, (void *)m);
    FUZZ_CHECK(rc == file_rc, "buffer load says %d, file load %d", rc, file_rc);
    ns_model_free(&mem, m);
#else
    (void)file_rc;
#endif
    free(img);
    return 0;
}
