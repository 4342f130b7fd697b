#include "tagger/tagger.h"

#include "util/error.h"

/* Placeholder until the learned model lands (issue 5): a model with no
 * weights, which tags nothing. */
struct ns_model {
    int empty;
};

int ns_model_load(const ns_mem *mem, const char *path, ns_model **out, newsent_error *err)
{
    *out = NULL;
    if (path)
        return ns_fail(err, NEWSENT_EMODEL, SIZE_MAX, "%s: model files are not supported yet",
                       path);
    *out = ns_calloc(mem, 1, sizeof **out);
    if (!*out)
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    return NEWSENT_OK;
}

void ns_model_free(const ns_mem *mem, ns_model *m)
{
    ns_free(mem, m);
}

int ns_tagger_run(const ns_model *m, ns_doc *doc)
{
    (void)m;
    (void)doc;
    return NEWSENT_OK;
}
