/* The document pass and place linking on hand-made entities (independent
 * of the trained model): aliases, canonical values, propagation into
 * headlines, GeoNames links. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "document/docpass.h"
#include "normalize/normalize.h"
#include "pipeline/doc.h"
#include "text/tokenize.h"

typedef struct fixture {
    ns_mem mem;
    ns_doc doc;
} fixture;

static void open_doc(fixture *fx, const char *text)
{
    ns_mem_default(&fx->mem);
    memset(&fx->doc, 0, sizeof fx->doc);
    fx->doc.mem = &fx->mem;
    fx->doc.text = text;
    fx->doc.len = strlen(text);
    fx->doc.labels = NEWSENT_LABEL_ALL;
    ns_arena_init(&fx->doc.arena, &fx->mem);
    assert_int_equal(ns_tokenize(&fx->mem, text, fx->doc.len, &fx->doc.toks), 0);
}

static void close_doc(fixture *fx)
{
    ns_tokens_free(&fx->mem, &fx->doc.toks);
    ns_free(&fx->mem, fx->doc.ents);
    ns_arena_release(&fx->doc.arena);
}

/* Adds an entity over the occurrence-th match of s. */
static size_t add(fixture *fx, const char *s, int occurrence, unsigned label)
{
    const char *p = fx->doc.text;
    for (int k = 0; k <= occurrence; k++) {
        p = strstr(k ? p + 1 : p, s);
        assert_non_null(p);
    }
    newsent_entity e;
    memset(&e, 0, sizeof e);
    e.byte_start = (uint32_t)(p - fx->doc.text);
    e.byte_end = e.byte_start + (uint32_t)strlen(s);
    e.tok_start = (uint32_t)ns_doc_token_at_or_after(&fx->doc, e.byte_start);
    e.tok_end = (uint32_t)ns_doc_token_at_or_after(&fx->doc, e.byte_end);
    e.label = label;
    assert_non_null(ns_doc_add_entity(&fx->doc, &e));
    return fx->doc.nents - 1;
}

static void test_surname_and_acronym_aliases(void **state)
{
    (void)state;
    fixture fx;
    open_doc(&fx, "Angela Merkel met the European Union envoy. Later Merkel said the EU "
                  "must act, and Mr Scholz agreed.");
    size_t full = add(&fx, "Angela Merkel", 0, NEWSENT_LABEL_PERSON);
    size_t eu = add(&fx, "European Union", 0, NEWSENT_LABEL_ORG);
    size_t sur = add(&fx, "Merkel", 1, NEWSENT_LABEL_PERSON);
    size_t acr = add(&fx, "EU", 0, NEWSENT_LABEL_ORG);
    size_t lone = add(&fx, "Scholz", 0, NEWSENT_LABEL_PERSON);
    assert_int_equal(ns_document_pass(&fx.doc), NEWSENT_OK);
    const newsent_entity *e = fx.doc.ents;
    assert_true(e[sur].flags & NS_EF_ALIAS);
    assert_int_equal(e[sur].alias_src, full);
    assert_string_equal(e[sur].value, "Angela Merkel");
    assert_true(e[acr].flags & NS_EF_ALIAS);
    assert_int_equal(e[acr].alias_src, eu);
    assert_string_equal(e[acr].value, "European Union");
    assert_false(e[full].flags & NS_EF_ALIAS);
    assert_string_equal(e[full].value, "Angela Merkel");
    assert_false(e[lone].flags & NS_EF_ALIAS);
    assert_string_equal(e[lone].value, "Scholz");
    close_doc(&fx);
}

static void test_acronym_needs_matching_initials(void **state)
{
    (void)state;
    fixture fx;
    open_doc(&fx, "The World Health Organization and the International Monetary Fund met. "
                  "The WHO and the IMF and the UN spoke.");
    size_t who = add(&fx, "World Health Organization", 0, NEWSENT_LABEL_ORG);
    size_t imf = add(&fx, "International Monetary Fund", 0, NEWSENT_LABEL_ORG);
    size_t a1 = add(&fx, "WHO", 0, NEWSENT_LABEL_ORG);
    size_t a2 = add(&fx, "IMF", 0, NEWSENT_LABEL_ORG);
    size_t a3 = add(&fx, "UN", 0, NEWSENT_LABEL_ORG);
    assert_int_equal(ns_document_pass(&fx.doc), NEWSENT_OK);
    assert_int_equal(fx.doc.ents[a1].alias_src, who);
    assert_int_equal(fx.doc.ents[a2].alias_src, imf);
    assert_false(fx.doc.ents[a3].flags & NS_EF_ALIAS);
    close_doc(&fx);
}

static void test_propagation_into_headline(void **state)
{
    (void)state;
    fixture fx;
    open_doc(&fx, "MERKEL WINS VOTE\n\nThe chancellor Angela Merkel won. Merkel thanked voters.");
    add(&fx, "Angela Merkel", 0, NEWSENT_LABEL_PERSON);
    size_t n0 = fx.doc.nents;
    assert_int_equal(ns_document_pass(&fx.doc), NEWSENT_OK);
    /* "Merkel" alone was never tagged, so nothing spreads from it... */
    assert_int_equal(fx.doc.nents, n0);
    close_doc(&fx);

    open_doc(&fx, "MERKEL WINS VOTE\n\nThe chancellor Merkel won. Merkel thanked voters.");
    add(&fx, "Merkel", 0, NEWSENT_LABEL_PERSON);
    assert_int_equal(ns_document_pass(&fx.doc), NEWSENT_OK);
    /* ... but a tagged "Merkel" reaches the headline and the sentence start. */
    assert_int_equal(fx.doc.nents, 3);
    int headline = 0, start = 0;
    for (size_t k = 1; k < fx.doc.nents; k++) {
        const newsent_entity *e = &fx.doc.ents[k];
        assert_int_equal(e->label, NEWSENT_LABEL_PERSON);
        assert_int_equal(e->byte_end - e->byte_start, 6);
        headline += e->byte_start == 0;
        start += memcmp(fx.doc.text + e->byte_start, "Merkel thanked", 14) == 0;
    }
    assert_int_equal(headline, 1);
    assert_int_equal(start, 1);
    close_doc(&fx);
}

static void test_places_link(void **state)
{
    (void)state;
    fixture fx;
    open_doc(&fx, "Talks in Nairobi, then in NEW YORK and in Gondor.");
    size_t nai = add(&fx, "Nairobi", 0, NEWSENT_LABEL_PLACE);
    size_t ny = add(&fx, "NEW YORK", 0, NEWSENT_LABEL_PLACE);
    size_t at = add(&fx, "Gondor", 0, NEWSENT_LABEL_PLACE);
    assert_int_equal(ns_places_link(&fx.doc), NEWSENT_OK);
    const newsent_entity *e = fx.doc.ents;
    assert_true(e[nai].flags & NS_EF_GEO);
    assert_int_equal(e[nai].geonames_id, 184745);
    assert_string_equal(e[nai].country, "KE");
    assert_true(e[nai].lat < 0 && e[nai].lon > 36);
    assert_string_equal(e[nai].value, "Nairobi");
    assert_true(e[ny].flags & NS_EF_GEO);
    assert_string_equal(e[ny].country, "US");
    assert_false(e[at].flags & NS_EF_GEO);
    close_doc(&fx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_surname_and_acronym_aliases),
        cmocka_unit_test(test_acronym_needs_matching_initials),
        cmocka_unit_test(test_propagation_into_headline),
        cmocka_unit_test(test_places_link),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
