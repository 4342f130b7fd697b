#include "text/utf8.h"

#include <utf8proc.h>

size_t ns_utf8_first_invalid(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t n = ns_utf8_decode(s, len, i, &cp);
        if (cp == NS_OPAQUE_CP)
            return i;
        i += n;
    }
    return len;
}

size_t ns_utf8_count(const unsigned char *s, size_t len)
{
    size_t i = 0, count = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            i++;
        } else {
            int32_t cp;
            i += ns_utf8_decode(s, len, i, &cp);
        }
        count++;
    }
    return count;
}

static utf8proc_category_t category(int32_t cp)
{
    if (cp < 0)
        return UTF8PROC_CATEGORY_CN;
    return utf8proc_category(cp);
}

int ns_cp_is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    utf8proc_category_t c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int ns_cp_is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int ns_cp_is_lower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return category(cp) == UTF8PROC_CATEGORY_LL;
}

int ns_cp_is_digit(int32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9';
    return category(cp) == UTF8PROC_CATEGORY_ND;
}

int ns_cp_is_mark(int32_t cp)
{
    if (cp < 0x300)
        return 0;
    utf8proc_category_t c = category(cp);
    return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

int ns_cp_is_space(int32_t cp)
{
    if (cp < 0)
        return 0;
    if (cp <= 0x20 || cp == 0x7F)
        return 1;
    if (cp < 0x80)
        return 0;
    if (cp == 0xFEFF || cp == 0x200B || cp == 0x2060)
        return 1;
    utf8proc_category_t c = category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
           c == UTF8PROC_CATEGORY_CC;
}

int ns_cp_is_dash(int32_t cp)
{
    if (cp == '-')
        return 1;
    if (cp < 0x80)
        return 0;
    return category(cp) == UTF8PROC_CATEGORY_PD || cp == 0x2212;
}
