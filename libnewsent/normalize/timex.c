#include <string.h>

#include "normalize/normalize.h"
#include "recognize/timex_parse.h"

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

int ns_timex_normalize(ns_doc *doc)
{
    for (size_t i = 0; i < doc->nents; i++) {
        newsent_entity *e = &doc->ents[i];
        if (e->label != NEWSENT_LABEL_DATE || !e->detail)
            continue;
        const ns_timex_parse *p = e->detail;
        int year = p->year ? p->year : doc->ref_year;
        if (p->day > days_in_month(year, p->month)) {
            e->flags |= NS_EF_DROP; /* February 30 is no date */
            continue;
        }
        e->value = p->year || doc->ref_year
                       ? ns_arena_printf(&doc->arena, "%04d-%02d-%02d", year, p->month, p->day)
                       : ns_arena_printf(&doc->arena, "XXXX-%02d-%02d", p->month, p->day);
        if (!e->value)
            return NEWSENT_ENOMEM;
    }
    return NEWSENT_OK;
}
