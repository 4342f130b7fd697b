#include "util/regex.h"

#include "util/error.h"

static void *regex_malloc(size_t size, void *ctx)
{
    return ns_malloc(ctx, size);
}

static void regex_free(void *p, void *ctx)
{
    ns_free(ctx, p);
}

int ns_regex_env_init(ns_regex_env *env, const ns_mem *mem, newsent_error *err)
{
    env->gc = pcre2_general_context_create(regex_malloc, regex_free, (void *)mem);
    env->cc = env->gc ? pcre2_compile_context_create(env->gc) : NULL;
    env->mc = env->gc ? pcre2_match_context_create(env->gc) : NULL;
    if (!env->cc || !env->mc) {
        ns_regex_env_free(env);
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    }
    pcre2_set_parens_nest_limit(env->cc, NS_REGEX_PARENS_NEST_LIMIT);
    pcre2_set_max_pattern_length(env->cc, NS_REGEX_MAX_PATTERN);
    pcre2_set_match_limit(env->mc, NS_REGEX_MATCH_LIMIT);
    pcre2_set_depth_limit(env->mc, NS_REGEX_DEPTH_LIMIT);
    pcre2_set_heap_limit(env->mc, NS_REGEX_HEAP_LIMIT_KIB);
    return NEWSENT_OK;
}

void ns_regex_env_free(ns_regex_env *env)
{
    pcre2_match_context_free(env->mc);
    pcre2_compile_context_free(env->cc);
    pcre2_general_context_free(env->gc);
    env->mc = NULL;
    env->cc = NULL;
    env->gc = NULL;
}

int ns_regex_compile(const ns_regex_env *env, const char *pattern, uint32_t options,
                     pcre2_code **out, newsent_error *err)
{
    int ec;
    PCRE2_SIZE eo;
    /* An anchored pattern tried at one candidate after another must not
     * look ahead: PCRE2's start optimisations scan the rest of the subject
     * for a code unit the pattern requires (the 's' of "1990s", the '/' of
     * 3/4/2024), so every failing attempt costs the length of the text and
     * a document of candidates costs its square (200 KB of "a+" took 2 s in
     * the DATE stage, 512 KB 38 s). */
    if (options & PCRE2_ANCHORED)
        options |= PCRE2_NO_START_OPTIMIZE;
    *out = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, options, &ec, &eo, env->cc);
    if (*out) {
        (void)pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE);
        return NEWSENT_OK;
    }
    if (ec == PCRE2_ERROR_HEAP_FAILED)
        return ns_fail(err, NEWSENT_ENOMEM, SIZE_MAX, "out of memory");
    PCRE2_UCHAR msg[160];
    if (pcre2_get_error_message(ec, msg, sizeof msg) < 0)
        msg[0] = '\0';
    return ns_fail(err, NEWSENT_EINTERNAL, SIZE_MAX,
                   "a built-in pattern does not compile at offset %zu: %s", (size_t)eo,
                   (const char *)msg);
}

pcre2_match_data *ns_regex_match_data(const ns_regex_env *env, const pcre2_code *code)
{
    return pcre2_match_data_create_from_pattern(code, env->gc);
}

int ns_regex_match(const ns_regex_env *env, const pcre2_code *code, const char *subject, size_t len,
                   size_t start, uint32_t options, pcre2_match_data *md)
{
    if (start > len)
        return NS_REGEX_NOMATCH;
    /* the JIT's entry point skips pcre2_match's dispatch (a tenth of a
     * short match's cost); a pattern the JIT could not compile falls back */
    int rc = pcre2_jit_match(code, (PCRE2_SPTR)subject, len, start, options, md, env->mc);
    if (rc == PCRE2_ERROR_JIT_BADOPTION)
        rc = pcre2_match(code, (PCRE2_SPTR)subject, len, start, options, md, env->mc);
    if (rc >= 0)
        return NS_REGEX_MATCH; /* 0: the ovector was too small, still a match */
    switch (rc) {
    case PCRE2_ERROR_NOMATCH:
    case PCRE2_ERROR_PARTIAL: return NS_REGEX_NOMATCH;
    case PCRE2_ERROR_MATCHLIMIT:
    case PCRE2_ERROR_DEPTHLIMIT:
    case PCRE2_ERROR_HEAPLIMIT:
    case PCRE2_ERROR_JIT_STACKLIMIT: return NS_REGEX_LIMIT;
    case PCRE2_ERROR_NOMEMORY: return NEWSENT_ENOMEM;
    default: return NEWSENT_EINTERNAL;
    }
}
