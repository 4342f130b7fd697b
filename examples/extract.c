/* The README's C example: extract entities from a sentence and print them.
 * Build: cc extract.c $(pkg-config --cflags --libs newsent) */
#include <stdio.h>
#include <string.h>

#include <newsent.h>

int main(void)
{
    const char *text = "NAIROBI, Nov 19 - Kenya will import 450,000 tonnes of maize "
                       "by December 15, up 30 percent on March 4, 2025.";
    newsent_extractor *ex = NULL;
    newsent_error err;
    if (newsent_extractor_new(NULL, &ex, &err) != NEWSENT_OK) {
        fprintf(stderr, "newsent: %s\n", err.message);
        return 1;
    }
    newsent_extract_options opts = NEWSENT_EXTRACT_OPTIONS_INIT;
    opts.ref_year = 2025; /* the article's date: "Nov 19" means 2025-11-19 */
    opts.ref_month = 11;
    opts.ref_day = 20;
    newsent_result *res = NULL;
    if (newsent_extract(ex, text, strlen(text), &opts, &res, &err) != NEWSENT_OK) {
        fprintf(stderr, "newsent: %s\n", err.message);
        newsent_extractor_free(ex);
        return 1;
    }
    for (size_t i = 0; i < newsent_result_count(res); i++) {
        const newsent_entity *e = newsent_result_get(res, i);
        size_t start, end;
        newsent_entity_byte_span(e, &start, &end);
        const char *value = newsent_entity_value(e);
        printf("%-8s %3zu-%-3zu %-24s %s\n", newsent_label_name(newsent_entity_label(e)), start,
               end, newsent_entity_text(e, NULL), value ? value : "");
    }
    newsent_result_free(res);
    newsent_extractor_free(ex);
    return 0;
}
