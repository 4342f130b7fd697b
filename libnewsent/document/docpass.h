/* The document pass: makes repeated names agree, and links aliases (a
 * surname to the full name before it, an acronym to its expansion). Runs
 * after every recogniser and the tagger. Depends on pipeline/doc. */
#ifndef NS_DOCUMENT_DOCPASS_H
#define NS_DOCUMENT_DOCPASS_H

#include "pipeline/doc.h"

int ns_document_pass(ns_doc *doc);

#endif
