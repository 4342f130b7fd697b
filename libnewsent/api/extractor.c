#include "api/extractor.h"

#include <string.h>

#include "util/error.h"

int newsent_extractor_options_init(newsent_extractor_options *opts, unsigned version)
{
    if (!opts)
        return NEWSENT_EINVAL;
    if (version != NEWSENT_EXTRACTOR_OPTIONS_VERSION)
        return NEWSENT_EVERSION;
    memset(opts, 0, sizeof *opts);
    opts->version = version;
    return NEWSENT_OK;
}

int newsent_extractor_new(const newsent_extractor_options *opts, newsent_extractor **out,
                          newsent_error *err)
{
    ns_clear_error(err);
    if (!out)
        return ns_fail(err, NEWSENT_EINVAL, SIZE_MAX, "out is NULL");
    *out = NULL;
    newsent_extractor_options defaults = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version != NEWSENT_EXTRACTOR_OPTIONS_VERSION)
        return ns_fail(err, NEWSENT_EVERSION, SIZE_MAX,
                       "extractor options version %u is not known (this library knows %u)",
                       opts->version, NEWSENT_EXTRACTOR_OPTIONS_VERSION);
    ns_mem mem;
    if (opts->allocator) {
        if (!opts->allocator->malloc || !opts->allocator->realloc || !opts->allocator->free)
            return ns_fail(err, NEWSENT_EINVAL, SIZE_MAX,
                           "allocator needs malloc, realloc and free");
        mem.a = *opts->allocator;
    } else {
        ns_mem_default(&mem);
    }
    newsent_extractor *ex = ns_calloc(&mem, 1, sizeof *ex);
    if (!ex)
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    ex->mem = mem;
    int rc;
    if ((rc = ns_dates_new(&ex->mem, &ex->dates, err)) != NEWSENT_OK ||
        (rc = ns_quantities_new(&ex->mem, &ex->quantities, err)) != NEWSENT_OK ||
        (rc = ns_model_load(&ex->mem, opts->model_path, &ex->model, err)) != NEWSENT_OK) {
        newsent_extractor_free(ex);
        return rc;
    }
    *out = ex;
    return NEWSENT_OK;
}

void newsent_extractor_free(newsent_extractor *ex)
{
    if (!ex)
        return;
    ns_mem mem = ex->mem;
    ns_dates_free(&mem, ex->dates);
    ns_quantities_free(&mem, ex->quantities);
    ns_model_free(&mem, ex->model);
    ns_free(&mem, ex);
}
