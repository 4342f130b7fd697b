/* The sequence tagger for PERSON, PLACE and ORG: a model (weights and
 * feature tables) loaded from the embedded default or a file, and the
 * decoder that labels a document's tokens. Depends on text/ and
 * pipeline/doc. */
#ifndef NS_TAGGER_TAGGER_H
#define NS_TAGGER_TAGGER_H

#include "newsent.h"
#include "pipeline/doc.h"

typedef struct ns_model ns_model;

/* path NULL: the model compiled into the library. Returns NEWSENT_OK, or
 * NEWSENT_EIO / NEWSENT_EMODEL / NEWSENT_ENOMEM with err set. */
int ns_model_load(const ns_mem *mem, const char *path, ns_model **out, newsent_error *err);
void ns_model_free(const ns_mem *mem, ns_model *m);

/* Appends PERSON, PLACE and ORG entities to doc. */
int ns_tagger_run(const ns_model *m, ns_doc *doc);

#endif
