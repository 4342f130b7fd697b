/* PCRE2 the one way newsent uses it: every allocation through ns_mem, and
 * limits on every match so that no input can make a pattern run away
 * (docs/limits.md). A recogniser keeps one ns_regex_env in its part of the
 * extractor, compiles its patterns with ns_regex_compile at creation, and
 * per call makes match data with ns_regex_match_data and matches with
 * ns_regex_match. The env is immutable after init, so threads share it.
 * Depends only on util/alloc and util/error (and PCRE2). */
#ifndef NS_UTIL_REGEX_H
#define NS_UTIL_REGEX_H

#include <stddef.h>
#include <stdint.h>

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

/* The DATE patterns define pieces once and call them ((?(DEFINE)...),
 * (?&name)); PCRE2 before 10.30 made such calls atomic, which would change
 * what they match. */
#if PCRE2_MAJOR < 10 || (PCRE2_MAJOR == 10 && PCRE2_MINOR < 30)
#error "newsent needs PCRE2 10.30 or later"
#endif

#include "newsent.h"
#include "util/alloc.h"

/* Per match attempt. Patterns are anchored and tried at candidate tokens,
 * so a legitimate attempt takes tens to hundreds of steps; these bound a
 * hostile one to about a millisecond, and the whole document to a constant
 * times its number of candidates. JIT honours the match limit; the
 * interpreter honours all three. */
#define NS_REGEX_MATCH_LIMIT 100000u  /* backtracking steps */
#define NS_REGEX_DEPTH_LIMIT 1000u    /* nested backtracking frames */
#define NS_REGEX_HEAP_LIMIT_KIB 1024u /* backtracking heap, in KiB */
/* Per pattern, checked when it is compiled. */
#define NS_REGEX_PARENS_NEST_LIMIT 32u /* nested groups */
#define NS_REGEX_MAX_PATTERN 65536u    /* bytes of pattern source */

typedef struct ns_regex_env {
    pcre2_general_context *gc; /* routes PCRE2's allocations to ns_mem */
    pcre2_compile_context *cc; /* nesting and pattern length limits */
    pcre2_match_context *mc;   /* match, depth and heap limits */
} ns_regex_env;

/* mem must outlive env. Returns NEWSENT_OK, or NEWSENT_ENOMEM (err set; env
 * then needs no free, though ns_regex_env_free is harmless). */
int ns_regex_env_init(ns_regex_env *env, const ns_mem *mem, newsent_error *err);
void ns_regex_env_free(ns_regex_env *env);

/* Compiles pattern (NUL-terminated) with PCRE2 options, then JIT-compiles
 * it when the platform can (JIT is an optimisation: the interpreter gives
 * the same matches). PCRE2_ANCHORED patterns also get
 * PCRE2_NO_START_OPTIMIZE, which keeps each attempt from scanning the rest
 * of the text for a required character (quadratic over many candidates). Returns NEWSENT_OK and
 * *out, or NEWSENT_ENOMEM, or NEWSENT_EINTERNAL for a pattern PCRE2 refuses (a bug in newsent; the
 * message says where). Free *out with pcre2_code_free. */
int ns_regex_compile(const ns_regex_env *env, const char *pattern, uint32_t options,
                     pcre2_code **out, newsent_error *err);

/* Match data sized for code, from env's allocator; NULL when out of memory.
 * One per call (not per extractor): it is written by every match. Free with
 * pcre2_match_data_free. */
pcre2_match_data *ns_regex_match_data(const ns_regex_env *env, const pcre2_code *code);

enum {
    NS_REGEX_NOMATCH = 0,
    NS_REGEX_MATCH = 1,
    NS_REGEX_LIMIT = 2 /* a limit stopped the attempt: treat it as no match */
};

/* Matches code against subject[0..len) from start with PCRE2 match options
 * (PCRE2_NO_UTF_CHECK is the caller's to give, for patterns compiled in UTF
 * mode on text known to be valid). Returns NS_REGEX_MATCH (the ovector is in
 * md), NS_REGEX_NOMATCH, NS_REGEX_LIMIT, or a negative NEWSENT_E* code:
 * NEWSENT_ENOMEM when PCRE2 could not allocate (never to be taken for "no
 * match": the caller returns it), NEWSENT_EINTERNAL for anything else.
 * Limits give the same answer every time for the same input, so results
 * stay deterministic. */
int ns_regex_match(const ns_regex_env *env, const pcre2_code *code, const char *subject, size_t len,
                   size_t start, uint32_t options, pcre2_match_data *md);

#endif
