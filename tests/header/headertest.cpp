/* newsent.h must compile on its own as strict C and as C++ (this file is
 * compiled as both), and every declaration must be usable. */
#include "newsent.h"

int main(void)
{
    newsent_extractor_options eo = NEWSENT_EXTRACTOR_OPTIONS_INIT;
    newsent_extract_options xo = NEWSENT_EXTRACT_OPTIONS_INIT;
    newsent_extractor *ex = 0;
    newsent_result *r = 0;
    newsent_error err;
    int rc = newsent_extractor_new(&eo, &ex, &err);
    if (rc == NEWSENT_OK)
        rc = newsent_extract(ex, "x", 1, &xo, &r, &err);
    newsent_result_free(r);
    newsent_extractor_free(ex);
    return rc == NEWSENT_OK && newsent_version_number() == NEWSENT_VERSION_NUMBER ? 0 : 1;
}
