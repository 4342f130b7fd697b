#include "util/alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *std_malloc(void *ctx, size_t size)
{
    (void)ctx;
    return malloc(size);
}

static void *std_realloc(void *ctx, void *p, size_t size)
{
    (void)ctx;
    return realloc(p, size);
}

static void std_free(void *ctx, void *p)
{
    (void)ctx;
    free(p);
}

void ns_mem_default(ns_mem *m)
{
    m->a.malloc = std_malloc;
    m->a.realloc = std_realloc;
    m->a.free = std_free;
    m->a.ctx = NULL;
}

void *ns_malloc(const ns_mem *m, size_t size)
{
    /* Zero-size requests get a byte so that NULL always means failure. */
    return m->a.malloc(m->a.ctx, size ? size : 1);
}

void *ns_calloc(const ns_mem *m, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    void *p = ns_malloc(m, n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

void *ns_realloc(const ns_mem *m, void *p, size_t size)
{
    return m->a.realloc(m->a.ctx, p, size ? size : 1);
}

void ns_free(const ns_mem *m, void *p)
{
    if (p)
        m->a.free(m->a.ctx, p);
}

int ns_grow(const ns_mem *m, void **buf, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return -1;
        ncap *= 2;
    }
    if (elem && ncap > SIZE_MAX / elem)
        return -1;
    void *nb = ns_realloc(m, *buf, ncap * elem);
    if (!nb)
        return -1;
    *buf = nb;
    *cap = ncap;
    return 0;
}

struct ns_arena_block {
    ns_arena_block *next;
    max_align_t data[];
};

#define NS_ARENA_BLOCK 4096u

void ns_arena_init(ns_arena *a, const ns_mem *mem)
{
    a->mem = mem;
    a->head = NULL;
    a->used = 0;
    a->cap = 0;
}

void ns_arena_release(ns_arena *a)
{
    ns_arena_block *b = a->head;
    while (b) {
        ns_arena_block *next = b->next;
        ns_free(a->mem, b);
        b = next;
    }
    a->head = NULL;
    a->used = a->cap = 0;
}

void *ns_arena_alloc(ns_arena *a, size_t size)
{
    const size_t align = sizeof(max_align_t);
    if (size > SIZE_MAX - align)
        return NULL;
    size = (size + align - 1) / align * align;
    if (!a->head || a->cap - a->used < size) {
        size_t cap = size > NS_ARENA_BLOCK ? size : NS_ARENA_BLOCK;
        if (cap > SIZE_MAX - sizeof(ns_arena_block))
            return NULL; /* the block header would wrap the size round */
        ns_arena_block *b = ns_malloc(a->mem, sizeof(*b) + cap);
        if (!b)
            return NULL;
        b->next = a->head;
        a->head = b;
        a->used = 0;
        a->cap = cap;
    }
    void *p = (char *)a->head->data + a->used;
    a->used += size;
    return p;
}

char *ns_arena_strndup(ns_arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = ns_arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *ns_arena_printf(ns_arena *a, const char *fmt, ...)
{
    char small[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = ns_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    if ((size_t)n < sizeof small) {
        memcpy(p, small, (size_t)n + 1);
    } else {
        va_start(ap, fmt);
        vsnprintf(p, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    return p;
}
