#include "normalize/normalize.h"

int ns_places_link(ns_doc *doc)
{
    (void)doc;
    return NEWSENT_OK;
}
