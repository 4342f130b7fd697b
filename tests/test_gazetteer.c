/* The embedded gazetteer: its image checks out, and lookups find places with
 * their GeoNames records, names and cue words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "data/embedded.h"
#include "tagger/gazetteer.h"

static const ns_gaz_entry *find(const ns_gazetteer *g, const char *name)
{
    return ns_gaz_find(g, ns_hash_lower(NS_FNV_INIT, name, strlen(name)));
}

static void test_image_verifies(void **state)
{
    (void)state;
    ns_gazetteer g;
    const char *why = NULL;
    size_t len = (size_t)(ns_embedded_gazetteer_end - ns_embedded_gazetteer);
    assert_int_equal(ns_gaz_open(ns_embedded_gazetteer, len, 1, &g, &why), 0);
    assert_true(g.nents > 50000);
    /* Truncated or corrupted copies are refused. */
    unsigned char *copy = malloc(len);
    memcpy(copy, ns_embedded_gazetteer, len);
    assert_int_equal(ns_gaz_open(copy, len / 2, 1, &g, &why), -1);
    assert_non_null(why);
    copy[64 + len / 3] ^= 1;
    assert_int_equal(ns_gaz_open(copy, len, 1, &g, &why), -1);
    assert_non_null(strstr(why, "checksum"));
    copy[8] = 99;
    assert_int_equal(ns_gaz_open(copy, len, 1, &g, &why), -1);
    free(copy);
}

static void test_places(void **state)
{
    (void)state;
    ns_gazetteer g;
    ns_gaz_default(&g);
    const ns_gaz_entry *e = find(&g, "Germany");
    assert_non_null(e);
    assert_true(e->flags & NS_GZ_COUNTRY);
    assert_true(e->geo > 0);
    assert_memory_equal(g.geo[e->geo - 1].cc, "DE", 2);
    assert_int_equal(g.geo[e->geo - 1].id, 2921044);
    e = find(&g, "BERLIN");
    assert_non_null(e);
    assert_true(e->flags & NS_GZ_CITY);
    const ns_gaz_geo *r = &g.geo[e->geo - 1];
    assert_memory_equal(r->cc, "DE", 2);
    assert_true(r->lat > 52 && r->lat < 53 && r->lon > 13 && r->lon < 14);
    assert_string_equal(g.pool + r->name_off, "Berlin");
    /* Multi-word names are keyed by their tokens joined with one space. */
    e = find(&g, "new york");
    assert_non_null(e);
    assert_memory_equal(g.geo[e->geo - 1].cc, "US", 2);
    /* Paris is the French capital, not a town in Texas. */
    e = find(&g, "paris");
    assert_memory_equal(g.geo[e->geo - 1].cc, "FR", 2);
    e = find(&g, "u.s.");
    assert_non_null(e);
    assert_memory_equal(g.geo[e->geo - 1].cc, "US", 2);
    /* Latin-1 capitals fold too, so a headline's SÃO PAULO is found. */
    e = find(&g, "S\xc3\x83O PAULO");
    assert_non_null(e);
    assert_memory_equal(g.geo[e->geo - 1].cc, "BR", 2);
    e = find(&g, "europe");
    assert_true(e && (e->flags & NS_GZ_CONTINENT));
    e = find(&g, "bavaria");
    assert_true(e && (e->flags & NS_GZ_ADMIN1));
}

static void test_names_and_cues(void **state)
{
    (void)state;
    ns_gazetteer g;
    ns_gaz_default(&g);
    const ns_gaz_entry *e = find(&g, "john");
    assert_true(e && (e->flags & NS_GZ_FIRST));
    e = find(&g, "smith");
    assert_true(e && (e->flags & NS_GZ_LAST));
    e = find(&g, "spokeswoman");
    assert_true(e && (e->flags & NS_GZ_TITLE));
    e = find(&g, "ministry");
    assert_true(e && (e->flags & NS_GZ_ORG_HEAD) && (e->flags & NS_GZ_ORG_SUFFIX));
    e = find(&g, "march");
    assert_true(e && (e->flags & NS_GZ_TIMEWORD));
    assert_null(find(&g, "qzxqzxqzx"));
    /* Listed companies: the short form, a common word marked, cue words and
     * countries left out ("General" of General Motors, "Japan" of Japan
     * Tobacco), and none of it seen by the tagger's features. */
    e = find(&g, "boeing");
    assert_true(e && (e->flags & NS_GZ_ORG_KNOWN) && !(e->flags & NS_GZ_ORG_WORD));
    e = find(&g, "wells fargo");
    assert_true(e && (e->flags & NS_GZ_ORG_KNOWN));
    e = find(&g, "shell");
    assert_true(e && (e->flags & NS_GZ_ORG_KNOWN) && (e->flags & NS_GZ_ORG_WORD));
    e = find(&g, "general");
    assert_true(e && !(e->flags & NS_GZ_ORG_KNOWN));
    e = find(&g, "japan");
    assert_true(e && !(e->flags & NS_GZ_ORG_KNOWN));
    assert_false(NS_GZ_FEATURES & (NS_GZ_ORG_KNOWN | NS_GZ_ORG_WORD));
}

static void test_hash_matches_builder(void **state)
{
    (void)state;
    /* FNV-1a 64 of "a", as tools/build_gazetteer.py computes it. */
    assert_true(ns_hash_bytes(NS_FNV_INIT, "a", 1) == 0xAF63DC4C8601EC8Cull);
    assert_true(ns_hash_lower(NS_FNV_INIT, "ABC", 3) == ns_hash_bytes(NS_FNV_INIT, "abc", 3));
    /* CRC-32 check value. */
    assert_int_equal(ns_crc32((const unsigned char *)"123456789", 9), 0xCBF43926u);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_image_verifies),
        cmocka_unit_test(test_places),
        cmocka_unit_test(test_names_and_cues),
        cmocka_unit_test(test_hash_matches_builder),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
