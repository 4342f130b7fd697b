/* Memory: every allocation the library makes goes through ns_mem, so that a
 * caller's allocator (newsent_allocator) sees all of it and tests can fail
 * the Nth allocation. Depends on nothing else in libnewsent. */
#ifndef NS_UTIL_ALLOC_H
#define NS_UTIL_ALLOC_H

#include <stddef.h>
#include <stdint.h>

#include "newsent.h"

typedef struct ns_mem {
    newsent_allocator a;
} ns_mem;

/* The C library's allocator, wrapped. */
void ns_mem_default(ns_mem *m);

void *ns_malloc(const ns_mem *m, size_t size);
void *ns_calloc(const ns_mem *m, size_t n, size_t size);
void *ns_realloc(const ns_mem *m, void *p, size_t size);
void ns_free(const ns_mem *m, void *p);

/* Grows *buf (of elements of elem bytes, *cap of them) so that it holds at
 * least need elements. Returns 0, or -1 on overflow or allocation failure
 * (then *buf and *cap are unchanged). */
int ns_grow(const ns_mem *m, void **buf, size_t *cap, size_t need, size_t elem);

/* A bump allocator for the small strings a document's entities carry; freed
 * all at once. Blocks come from the ns_mem it was given. */
typedef struct ns_arena_block ns_arena_block;
typedef struct ns_arena {
    const ns_mem *mem;
    ns_arena_block *head;
    size_t used, cap;
} ns_arena;

void ns_arena_init(ns_arena *a, const ns_mem *mem);
void ns_arena_release(ns_arena *a);
/* size bytes aligned for any scalar; NULL on failure. */
void *ns_arena_alloc(ns_arena *a, size_t size);
/* A NUL-terminated copy of s[0..len); NULL on failure. */
char *ns_arena_strndup(ns_arena *a, const char *s, size_t len);
/* printf into the arena; NULL on failure. */
char *ns_arena_printf(ns_arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif
