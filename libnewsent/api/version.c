#include <string.h>

#include "newsent.h"

const char *newsent_version(void)
{
    return NEWSENT_VERSION_STRING;
}

unsigned newsent_version_number(void)
{
    return NEWSENT_VERSION_NUMBER;
}

const char *newsent_strerror(int status)
{
    switch (status) {
    case NEWSENT_OK: return "success";
    case NEWSENT_EINVAL: return "invalid argument";
    case NEWSENT_ENOMEM: return "out of memory";
    case NEWSENT_EUTF8: return "invalid UTF-8";
    case NEWSENT_ETOOBIG: return "input too large";
    case NEWSENT_EVERSION: return "unknown options version";
    case NEWSENT_EMODEL: return "invalid model";
    case NEWSENT_EIO: return "cannot read file";
    case NEWSENT_ELIMIT: return "resource limit reached";
    case NEWSENT_EDATE: return "invalid reference date";
    case NEWSENT_EINTERNAL: return "internal error";
    default: return "unknown error";
    }
}

static const char *const label_names[] = {"PERSON", "PLACE", "ORG", "DATE", "QUANTITY"};

const char *newsent_label_name(unsigned label)
{
    for (unsigned i = 0; i < 5; i++)
        if (label == (1u << i))
            return label_names[i];
    return NULL;
}

unsigned newsent_label_from_name(const char *name, size_t len)
{
    if (!name)
        return 0;
    for (unsigned i = 0; i < 5; i++)
        if (strlen(label_names[i]) == len && memcmp(label_names[i], name, len) == 0)
            return 1u << i;
    return 0;
}
