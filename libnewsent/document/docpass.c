#include "document/docpass.h"

int ns_document_pass(ns_doc *doc)
{
    (void)doc;
    return NEWSENT_OK;
}
