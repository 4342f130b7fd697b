/*
 * newsent.h - find people, places, organisations, dates and quantities in
 * English news text, with exact offsets and normalised values.
 *
 * This is the one public header of libnewsent. Everything it declares starts
 * with newsent_ or NEWSENT_; every type is opaque except the option structs
 * and the error detail, whose layouts are part of the ABI (option structs
 * only ever grow at the end and carry a version as their first field).
 *
 * RESOURCE MANAGEMENT POLICY
 *   - Every object the library hands out has its own *_free function; never
 *     pass library memory to free().
 *   - A newsent_result owns all the strings its entities return; they stay
 *     valid until newsent_result_free(). A result does not keep a pointer to
 *     the caller's text and does not need the extractor to stay alive.
 *   - The library never keeps a pointer to caller memory after a call returns.
 *
 * THREAD SAFETY
 *   - A newsent_extractor is immutable after newsent_extractor_new(): any
 *     number of threads may call newsent_extract() on the same extractor at
 *     once without locking. Free it only after every such call has returned.
 *   - A newsent_result is immutable: many threads may read one at once.
 *   - There is no global mutable state; the library never prints, aborts or
 *     exits. Errors come back as negative NEWSENT_E* codes.
 *
 * TEXT POLICY
 *   - Input is (const char *text, size_t len); no NUL terminator is needed and
 *     embedded NUL bytes are ordinary (non-word) characters.
 *   - Bytes that are not well-formed UTF-8 (Unicode Table 3-7: no overlongs,
 *     no surrogates, nothing above U+10FFFF) count as one opaque character
 *     each, which is what Python's "surrogateescape" decoding produces, so
 *     code point offsets agree with Python. No entity ever contains such a
 *     byte. With NEWSENT_EXTRACT_STRICT_UTF8 such input is refused instead
 *     with NEWSENT_EUTF8 and the byte position of the first bad byte.
 *   - Inputs longer than NEWSENT_MAX_INPUT_BYTES are refused (NEWSENT_ETOOBIG).
 */
#ifndef NEWSENT_H
#define NEWSENT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(NEWSENT_STATIC)
#define NEWSENT_EXTERN
#elif defined(_WIN32)
#if defined(NEWSENT_BUILDING)
#define NEWSENT_EXTERN __declspec(dllexport)
#else
#define NEWSENT_EXTERN __declspec(dllimport)
#endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#define NEWSENT_EXTERN __attribute__((visibility("default")))
#else
#define NEWSENT_EXTERN
#endif

/* ---- Versions ----------------------------------------------------------
 * The release version; the shared library's SONAME carries only the ABI
 * major (libnewsent.so.NEWSENT_ABI_MAJOR), bumped when the ABI breaks. */
#define NEWSENT_VERSION_MAJOR 0
#define NEWSENT_VERSION_MINOR 1
#define NEWSENT_VERSION_PATCH 0
#define NEWSENT_VERSION_STRING "0.1.0"
#define NEWSENT_VERSION_NUMBER                                                                     \
    (NEWSENT_VERSION_MAJOR * 10000 + NEWSENT_VERSION_MINOR * 100 + NEWSENT_VERSION_PATCH)
#define NEWSENT_ABI_MAJOR 0

/* The version of the library actually linked, as "MAJOR.MINOR.PATCH".
 * Static string; thread-safe; never fails. */
NEWSENT_EXTERN const char *newsent_version(void);

/* The linked version as MAJOR*10000 + MINOR*100 + PATCH, to compare with
 * NEWSENT_VERSION_NUMBER from the header compiled against. */
NEWSENT_EXTERN unsigned newsent_version_number(void);

/* ---- Errors ------------------------------------------------------------
 * Values are pinned: they never change between releases. */
typedef enum newsent_status {
    NEWSENT_OK = 0,
    NEWSENT_EINVAL = -1,    /* a NULL pointer or an argument out of range */
    NEWSENT_ENOMEM = -2,    /* an allocation failed; nothing leaked */
    NEWSENT_EUTF8 = -3,     /* invalid UTF-8 under NEWSENT_EXTRACT_STRICT_UTF8 */
    NEWSENT_ETOOBIG = -4,   /* the input is longer than the documented limit */
    NEWSENT_EVERSION = -5,  /* an options struct of an unknown version */
    NEWSENT_EMODEL = -6,    /* a model file is corrupt, truncated or of
                               another format version */
    NEWSENT_EIO = -7,       /* a file could not be read */
    NEWSENT_ELIMIT = -8,    /* a documented resource limit was reached */
    NEWSENT_EDATE = -9,     /* an impossible reference date */
    NEWSENT_EINTERNAL = -10 /* a bug in newsent: please report it */
} newsent_status;

/* A static, English description of a status code ("invalid argument").
 * Unknown codes give "unknown error". Thread-safe; never NULL. */
NEWSENT_EXTERN const char *newsent_strerror(int status);

/* The detail of a failed call. Callers pass a pointer to one (or NULL if
 * they only want the code); the library fills it on failure and clears it
 * (code NEWSENT_OK, empty message) on success. Its layout is fixed. */
typedef struct newsent_error {
    int code;          /* the same negative value the call returned */
    size_t position;   /* byte offset the error concerns, or SIZE_MAX */
    char message[256]; /* NUL-terminated, English, never empty on error */
} newsent_error;

/* ---- Labels ------------------------------------------------------------
 * Bit values, so that a set of labels is a bitwise OR. */
typedef enum newsent_label {
    NEWSENT_LABEL_PERSON = 1u << 0,
    NEWSENT_LABEL_PLACE = 1u << 1,
    NEWSENT_LABEL_ORG = 1u << 2,
    NEWSENT_LABEL_DATE = 1u << 3,
    NEWSENT_LABEL_QUANTITY = 1u << 4
} newsent_label;
#define NEWSENT_LABEL_ALL 0x1Fu

/* "PERSON", "PLACE", "ORG", "DATE" or "QUANTITY"; NULL for anything that is
 * not exactly one label bit. Static string; thread-safe. */
NEWSENT_EXTERN const char *newsent_label_name(unsigned label);

/* The label bit named by name[0..len) ("PERSON", ...; case-sensitive), or 0
 * if there is none. */
NEWSENT_EXTERN unsigned newsent_label_from_name(const char *name, size_t len);

/* ---- Limits ------------------------------------------------------------ */
#define NEWSENT_MAX_INPUT_BYTES ((size_t)256 * 1024 * 1024)
#define NEWSENT_MAX_ENTITIES 4000000u

/* ---- Memory --------------------------------------------------------------
 * An optional allocator for everything the library allocates, so that
 * services can account for memory and tests can fail the Nth allocation.
 * Every function is called with ctx. free(ctx, NULL) must be harmless.
 * The callbacks must be thread-safe if the extractor is used by several
 * threads. */
typedef struct newsent_allocator {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t size);
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} newsent_allocator;

/* ---- The extractor -------------------------------------------------------
 * Holds the model, the gazetteers and the compiled patterns. Create one per
 * process and share it. */
typedef struct newsent_extractor newsent_extractor;

#define NEWSENT_EXTRACTOR_OPTIONS_VERSION 1
typedef struct newsent_extractor_options {
    unsigned version; /* NEWSENT_EXTRACTOR_OPTIONS_VERSION */
    /* A model file written by `newsent-train`, or NULL for the model compiled
     * into the library. Read once during newsent_extractor_new(). */
    const char *model_path;
    /* NULL: the C library's malloc, realloc and free. The extractor copies
     * the struct; ctx must outlive the extractor and its results. */
    const newsent_allocator *allocator;
} newsent_extractor_options;
#define NEWSENT_EXTRACTOR_OPTIONS_INIT                                                             \
    {                                                                                              \
        NEWSENT_EXTRACTOR_OPTIONS_VERSION, NULL, NULL                                              \
    }

/* Fills *opts with defaults for the given version. Returns NEWSENT_OK, or
 * NEWSENT_EINVAL (opts NULL) or NEWSENT_EVERSION (a version this library does
 * not know). */
NEWSENT_EXTERN int newsent_extractor_options_init(newsent_extractor_options *opts,
                                                  unsigned version);

/* Creates an extractor. opts may be NULL for all defaults. On success *out
 * owns a new extractor (free it with newsent_extractor_free) and NEWSENT_OK
 * is returned; on failure *out is NULL and err (if not NULL) says why:
 * NEWSENT_EINVAL, NEWSENT_EVERSION, NEWSENT_ENOMEM, NEWSENT_EIO (model file
 * unreadable) or NEWSENT_EMODEL (model file corrupt). */
NEWSENT_EXTERN int newsent_extractor_new(const newsent_extractor_options *opts,
                                         newsent_extractor **out, newsent_error *err);

/* Frees an extractor; NULL is ignored. Results made by it stay valid. Not to
 * be called while another thread uses the extractor. */
NEWSENT_EXTERN void newsent_extractor_free(newsent_extractor *ex);

/* ---- Extraction ---------------------------------------------------------- */
typedef struct newsent_result newsent_result;
typedef struct newsent_entity newsent_entity;

#define NEWSENT_EXTRACT_OPTIONS_VERSION 1
/* Dates like 3/4/2024 read day first (3 April) instead of US order. Without
 * it, US order, unless the document's own slashed dates show day-first order
 * ("25/03/2019"; or a first ambiguous one that is the reference date only
 * when read day first, as a British page's stamp is). */
#define NEWSENT_EXTRACT_DAY_FIRST 0x1u
/* Refuse invalid UTF-8 with NEWSENT_EUTF8 instead of treating bad bytes as
 * opaque characters. */
#define NEWSENT_EXTRACT_STRICT_UTF8 0x2u

typedef struct newsent_extract_options {
    unsigned version; /* NEWSENT_EXTRACT_OPTIONS_VERSION */
    /* The document's date, against which "yesterday" or "March 4" resolve.
     * All three zero: today's date in UTC at the time of the call. */
    int ref_year, ref_month, ref_day;
    unsigned labels; /* NEWSENT_LABEL_* bits to return; 0 means all */
    unsigned flags;  /* NEWSENT_EXTRACT_* bits */
} newsent_extract_options;
#define NEWSENT_EXTRACT_OPTIONS_INIT                                                               \
    {                                                                                              \
        NEWSENT_EXTRACT_OPTIONS_VERSION, 0, 0, 0, 0, 0                                             \
    }

/* Fills *opts with defaults for the given version; see the extractor one. */
NEWSENT_EXTERN int newsent_extract_options_init(newsent_extract_options *opts, unsigned version);

/* Finds the entities in text[0..len). opts may be NULL for defaults. text
 * may be NULL only when len is 0. On success *out owns a new result (free it
 * with newsent_result_free) and NEWSENT_OK is returned; on failure *out is
 * NULL and err (if not NULL) says why: NEWSENT_EINVAL, NEWSENT_EVERSION,
 * NEWSENT_EDATE (impossible reference date), NEWSENT_ETOOBIG, NEWSENT_EUTF8
 * (strict mode only; err->position is the bad byte), NEWSENT_ELIMIT or
 * NEWSENT_ENOMEM. Thread-safe on a shared extractor. */
NEWSENT_EXTERN int newsent_extract(const newsent_extractor *ex, const char *text, size_t len,
                                   const newsent_extract_options *opts, newsent_result **out,
                                   newsent_error *err);

/* Frees a result and every string its entities returned; NULL is ignored. */
NEWSENT_EXTERN void newsent_result_free(newsent_result *res);

/* The number of entities, ordered by byte_start, then by byte_end descending,
 * then by label bit. Spans of one label never overlap. NULL gives 0. */
NEWSENT_EXTERN size_t newsent_result_count(const newsent_result *res);

/* The i-th entity, owned by the result; NULL if res is NULL or i is out of
 * range. */
NEWSENT_EXTERN const newsent_entity *newsent_result_get(const newsent_result *res, size_t i);

/* The entity's label bit (NEWSENT_LABEL_*); 0 for NULL. */
NEWSENT_EXTERN unsigned newsent_entity_label(const newsent_entity *e);

/* The entity's type: for DATE the TIMEX3 type ("DATE", "TIME", "DURATION",
 * "SET"); for QUANTITY "cardinal", "ordinal", "money", "percent",
 * "fraction", "measure" or "range"; NULL for PERSON, PLACE and ORG. */
NEWSENT_EXTERN const char *newsent_entity_type(const newsent_entity *e);

/* The span in bytes of the input, end exclusive. Returns NEWSENT_EINVAL if an
 * argument is NULL. */
NEWSENT_EXTERN int newsent_entity_byte_span(const newsent_entity *e, size_t *start, size_t *end);

/* The span in code points (see TEXT POLICY), end exclusive. */
NEWSENT_EXTERN int newsent_entity_char_span(const newsent_entity *e, size_t *start, size_t *end);

/* The entity's text, a NUL-terminated copy of input[byte_start, byte_end);
 * *len (if not NULL) gets its length in bytes. */
NEWSENT_EXTERN const char *newsent_entity_text(const newsent_entity *e, size_t *len);

/* The normalised value as a string: the TIMEX3 value for DATE ("2024-03-04",
 * "P90D", "XXXX-WXX-7"); the number for QUANTITY ("45000", "0.667"; the low
 * end for a range); the canonical name within the document for PERSON and
 * ORG ("Angela Merkel" for a later "Merkel"); the gazetteer name for a PLACE
 * the gazetteer knows. NULL when there is none. */
NEWSENT_EXTERN const char *newsent_entity_value(const newsent_entity *e);

/* For a range ("March 7-9", "four to five weeks", "10-15"): the TIMEX3 values
 * of both ends in *begin and *end, and NEWSENT_OK. NEWSENT_EINVAL for NULL
 * arguments, 1 if the entity is not a range (both outputs set to NULL). */
NEWSENT_EXTERN int newsent_entity_range(const newsent_entity *e, const char **begin,
                                        const char **end);

/* The numeric value of a QUANTITY: returns how many numbers it has (0, 1, or
 * 2 for a range, low then high) and stores them in *low and *high (either
 * may be NULL). A number too large for a double is +/-HUGE_VAL. */
NEWSENT_EXTERN int newsent_entity_numbers(const newsent_entity *e, double *low, double *high);

/* The unit of a QUANTITY: an ISO 4217 code for money ("USD"; a minor unit
 * written without its currency is named instead: "cent", "penny"),
 * "percent", "percentage point", a canonical unit name ("kilometre"), or the
 * counted noun ("teachers"). NULL when there is none. */
NEWSENT_EXTERN const char *newsent_entity_unit(const newsent_entity *e);

/* A modifier the text puts on the value: TIMEX3 mod for DATE ("START",
 * "MID", "END", "APPROX", "BEFORE", "AFTER", ...), or for QUANTITY "APPROX",
 * "MORE_THAN", "LESS_THAN", "AT_LEAST", "AT_MOST", "EQUAL_OR_MORE", ...
 * NULL when there is none. */
NEWSENT_EXTERN const char *newsent_entity_mod(const newsent_entity *e);

/* How sure the library is, from 0 to 1. */
NEWSENT_EXTERN double newsent_entity_confidence(const newsent_entity *e);

/* For a PLACE the gazetteer knows: its GeoNames id, ISO 3166-1 alpha-2
 * country code (owned by the result; NULL for a place in no one country,
 * such as a continent or a sea) and WGS84 coordinates; returns NEWSENT_OK,
 * or 1 (outputs untouched) when there is no link, or NEWSENT_EINVAL for a
 * NULL entity. Any output may be NULL. */
NEWSENT_EXTERN int newsent_entity_geo(const newsent_entity *e, int64_t *geonames_id,
                                      const char **country, double *lat, double *lon);

/* Index (into the same result) of the entity this one is an alias of: the
 * full name "Angela Merkel" for a later "Merkel", "European Union" for "EU".
 * Returns NEWSENT_OK and sets *index, or 1 when there is none. */
NEWSENT_EXTERN int newsent_entity_alias_of(const newsent_entity *e, size_t *index);

#ifdef __cplusplus
}
#endif

#endif /* NEWSENT_H */
