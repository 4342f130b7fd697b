"""cffi build script for the `newsent` Python package (API mode, out of line).

The extension module ``newsent._newsent`` is compiled against the real
``include/newsent.h``, so any drift between the declarations below and the
header is a compile error, not a silent ABI mismatch.

It links the static library that CMake builds (``libnewsent.a``, compiled
with -fPIC) plus what that library needs (pcre2, utf8proc and libm, read
from the newsent.pc that CMake writes, resolved with pkg-config). It never compiles the C
library's sources itself, so new sources added to libnewsent need no change
here. Where the library comes from:

* ``NEWSENT_BUILD_DIR`` set: an existing CMake build tree (for example
  ``build``); it must contain ``libnewsent/libnewsent.a``, which is rebuilt
  with ``cmake --build`` first so it is never stale.
* otherwise: CMake configures and builds the ``newsent_static`` target in
  ``build-python/`` at the repository root (Release, tests off).
"""
import os
import shlex
import shutil
import subprocess
import sys

from cffi import FFI

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
INCLUDE = os.path.join(ROOT, "include")

# Declarations mirror include/newsent.h. Option structs are declared with
# "...;" so that cffi takes their layout from the real header.
CDEF = r"""
#define NEWSENT_VERSION_NUMBER ...
#define NEWSENT_EXTRACT_OPTIONS_VERSION ...
#define NEWSENT_EXTRACTOR_OPTIONS_VERSION ...
#define NEWSENT_EXTRACT_DAY_FIRST ...
#define NEWSENT_EXTRACT_STRICT_UTF8 ...
#define NEWSENT_LABEL_ALL ...
#define NEWSENT_MAX_INPUT_BYTES ...

typedef enum newsent_status {
    NEWSENT_OK = 0,
    NEWSENT_EINVAL = -1,
    NEWSENT_ENOMEM = -2,
    NEWSENT_EUTF8 = -3,
    NEWSENT_ETOOBIG = -4,
    NEWSENT_EVERSION = -5,
    NEWSENT_EMODEL = -6,
    NEWSENT_EIO = -7,
    NEWSENT_ELIMIT = -8,
    NEWSENT_EDATE = -9,
    NEWSENT_EINTERNAL = -10
} newsent_status;

typedef enum newsent_label {
    NEWSENT_LABEL_PERSON = 1,
    NEWSENT_LABEL_PLACE = 2,
    NEWSENT_LABEL_ORG = 4,
    NEWSENT_LABEL_DATE = 8,
    NEWSENT_LABEL_QUANTITY = 16
} newsent_label;

typedef struct newsent_error {
    int code;
    size_t position;
    char message[256];
} newsent_error;

typedef struct newsent_extractor newsent_extractor;
typedef struct newsent_result newsent_result;
typedef struct newsent_entity newsent_entity;

typedef struct newsent_extractor_options {
    unsigned version;
    const char *model_path;
    ...;
} newsent_extractor_options;

typedef struct newsent_extract_options {
    unsigned version;
    int ref_year, ref_month, ref_day;
    unsigned labels;
    unsigned flags;
    ...;
} newsent_extract_options;

const char *newsent_version(void);
unsigned newsent_version_number(void);
const char *newsent_strerror(int status);
const char *newsent_label_name(unsigned label);
unsigned newsent_label_from_name(const char *name, size_t len);

int newsent_extractor_options_init(newsent_extractor_options *opts, unsigned version);
int newsent_extractor_new(const newsent_extractor_options *opts,
                          newsent_extractor **out, newsent_error *err);
void newsent_extractor_free(newsent_extractor *ex);

int newsent_extract_options_init(newsent_extract_options *opts, unsigned version);
int newsent_extract(const newsent_extractor *ex, const char *text, size_t len,
                    const newsent_extract_options *opts, newsent_result **out,
                    newsent_error *err);
void newsent_result_free(newsent_result *res);
size_t newsent_result_count(const newsent_result *res);
const newsent_entity *newsent_result_get(const newsent_result *res, size_t i);
unsigned newsent_entity_label(const newsent_entity *e);
const char *newsent_entity_type(const newsent_entity *e);
int newsent_entity_byte_span(const newsent_entity *e, size_t *start, size_t *end);
int newsent_entity_char_span(const newsent_entity *e, size_t *start, size_t *end);
const char *newsent_entity_text(const newsent_entity *e, size_t *len);
const char *newsent_entity_value(const newsent_entity *e);
int newsent_entity_range(const newsent_entity *e, const char **begin, const char **end);
int newsent_entity_numbers(const newsent_entity *e, double *low, double *high);
const char *newsent_entity_unit(const newsent_entity *e);
const char *newsent_entity_mod(const newsent_entity *e);
double newsent_entity_confidence(const newsent_entity *e);
int newsent_entity_geo(const newsent_entity *e, int64_t *geonames_id,
                       const char **country, double *lat, double *lon);
int newsent_entity_alias_of(const newsent_entity *e, size_t *index);

/* Bindings helper (below): one C call per document that extracts and packs
 * every field of every entity into one buffer, all without the GIL, so that
 * Python reads a document with a single struct.iter_unpack. */
typedef struct nspy_out {
    char *buf;
    size_t size;
    size_t count;
    newsent_error err;
} nspy_out;

#define NSPY_CORE_FIELDS ...
#define NSPY_EXTRA_FIELDS ...
const char *nspy_type_name(int code);

int nspy_extract(const newsent_extractor *ex, const char *text, size_t len,
                 const newsent_extract_options *opts, nspy_out *out);
void nspy_free(char *buf);
void nspy_extract_batch(const newsent_extractor *ex, const char *blob, const size_t *ends,
                        size_t n, const newsent_extract_options *opts, size_t nopts,
                        nspy_out *outs);
double nspy_time_c(const newsent_extractor *ex, const char *text, size_t len,
                   const newsent_extract_options *opts, size_t iterations, int packed);
"""

# Compiled into the extension: extraction plus flattening of every entity's
# fields, all without the GIL (cffi releases it around each C call).
SOURCE = r"""
#include <math.h>
#include <stdint.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include "newsent.h"

typedef struct nspy_out {
    char *buf;
    size_t size;
    size_t count;
    newsent_error err;
} nspy_out;

/* The packed form of a result, read by newsent/_extractor.py (keep the two in
 * step). Every slot is 8 bytes (int64 or double). Each entity has a core
 * record of NSPY_CORE_FIELDS slots; an entity with more to say (unit, mod,
 * range, geo link, alias, a second number, an unknown type) also has an
 * extra record of NSPY_EXTRA_FIELDS slots after all the core records; the
 * strings come last, as (start, end) byte offsets into the same buffer. The
 * split keeps the common case (a date, a plain number, a name) cheap to
 * unpack in Python. */
enum {
    C_LF, /* label | nnumbers << 8 | type code << 16 | flags << 24 */
    C_BSTART, C_BEND, C_START, C_END,
    C_V0, C_V1,  /* the value string */
    C_NUM,       /* low as an integer (NSPY_LOW_INT) or y*10000+m*100+d (NSPY_FULL_DATE) */
    C_LOW, C_CONF, /* doubles */
    C_EXTRA,     /* byte offset of the extra record, 0 if none */
    NSPY_CORE_FIELDS
};
enum {
    X_STR0, /* 6 strings x (start, end): unit mod range_begin range_end country type */
    X_HIGH = X_STR0 + 12, X_HIGH_I, X_LAT, X_LON, X_GEOID, X_ALIAS,
    NSPY_EXTRA_FIELDS
};
enum { NSPY_STRINGS = 7 }; /* value, then the 6 extra ones */
#define NSPY_HAS_VALUE (1 << 0)
#define NSPY_LOW_INT (1 << 1)
#define NSPY_HIGH_INT (1 << 2)
#define NSPY_FULL_DATE (1 << 3)
#define NSPY_HAS_GEO (1 << 4)
#define NSPY_HAS_ALIAS (1 << 5)
#define NSPY_STR_BIT(k) (1 << (5 + (k))) /* k = 1..6: extra string k present */

/* Type codes: index in this table; 0 none, 255 another string (in the extra
 * record). Python reads the table through nspy_type_name(). */
static const char *const nspy_types[] = {
    NULL, "DATE", "TIME", "DURATION", "SET", "cardinal", "ordinal", "money",
    "percent", "fraction", "measure", "range",
};
#define NSPY_NTYPES (sizeof nspy_types / sizeof nspy_types[0])

static const char *nspy_type_name(int code)
{
    return code > 0 && (size_t)code < NSPY_NTYPES ? nspy_types[code] : NULL;
}

static int nspy_type_code(const char *t)
{
    if (!t)
        return 0;
    for (size_t i = 1; i < NSPY_NTYPES; i++)
        if (strcmp(t, nspy_types[i]) == 0)
            return (int)i;
    return 255;
}

typedef union nspy_slot {
    int64_t i;
    double d;
} nspy_slot;

static void nspy_free(char *buf)
{
    free(buf);
}

static int nspy_integral(double x, int64_t *out)
{
    if (!isfinite(x) || x != floor(x) || fabs(x) >= 9.2e18)
        return 0;
    *out = (int64_t)x;
    return 1;
}

/* "YYYY-MM-DD" exactly: y*10000 + m*100 + d; 0 otherwise. */
static int64_t nspy_ymd(const char *s)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    int64_t v = 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7)
            continue;
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static void nspy_oom(nspy_out *out)
{
    out->err.code = NEWSENT_ENOMEM;
    out->err.position = (size_t)-1;
    strcpy(out->err.message, "out of memory while converting the result for Python");
}

static int nspy_extract(const newsent_extractor *ex, const char *text, size_t len,
                        const newsent_extract_options *opts, nspy_out *out)
{
    newsent_result *res = NULL;
    out->buf = NULL;
    out->size = out->count = 0;
    int rc = newsent_extract(ex, text, len, opts, &res, &out->err);
    if (rc != NEWSENT_OK)
        return rc;
    size_t n = newsent_result_count(res);
    /* pass 1: the strings, which entities need an extra record, sizes */
    const char *strs[64][NSPY_STRINGS];
    const char **sv = n <= 64 ? &strs[0][0] : malloc(n * NSPY_STRINGS * sizeof *sv);
    if (!sv) {
        newsent_result_free(res);
        nspy_oom(out);
        return NEWSENT_ENOMEM;
    }
    size_t blob = 0, extras = 0;
    for (size_t i = 0; i < n; i++) {
        const newsent_entity *e = newsent_result_get(res, i);
        const char **s = sv + i * NSPY_STRINGS;
        s[0] = newsent_entity_value(e);
        s[1] = newsent_entity_unit(e);
        s[2] = newsent_entity_mod(e);
        if (newsent_entity_range(e, &s[3], &s[4]) != NEWSENT_OK)
            s[3] = s[4] = NULL;
        s[5] = NULL;
        int geo = newsent_entity_geo(e, NULL, &s[5], NULL, NULL) == NEWSENT_OK;
        s[6] = newsent_entity_type(e);
        if (nspy_type_code(s[6]) != 255)
            s[6] = NULL; /* carried as a code */
        size_t alias;
        int extra = geo || newsent_entity_alias_of(e, &alias) == NEWSENT_OK ||
                    newsent_entity_numbers(e, NULL, NULL) == 2;
        for (int k = 0; k < NSPY_STRINGS; k++) {
            if (s[k])
                blob += strlen(s[k]);
            if (k && s[k])
                extra = 1;
        }
        extras += (size_t)extra;
    }
    size_t core = NSPY_CORE_FIELDS * sizeof(nspy_slot);
    size_t xrec = NSPY_EXTRA_FIELDS * sizeof(nspy_slot);
    size_t size = n * core + extras * xrec + blob;
    char *buf = malloc(size ? size : 1);
    if (!buf) {
        if (sv != &strs[0][0])
            free((void *)sv);
        newsent_result_free(res);
        nspy_oom(out);
        return NEWSENT_ENOMEM;
    }
    /* pass 2: write */
    size_t xat = n * core, sat = n * core + extras * xrec;
    for (size_t i = 0; i < n; i++) {
        const newsent_entity *e = newsent_result_get(res, i);
        const char **s = sv + i * NSPY_STRINGS;
        nspy_slot c[NSPY_CORE_FIELDS], x[NSPY_EXTRA_FIELDS];
        memset(c, 0, sizeof c);
        memset(x, 0, sizeof x);
        int64_t flags = 0;
        int extra = 0;
        size_t a, b;
        newsent_entity_byte_span(e, &a, &b);
        c[C_BSTART].i = (int64_t)a;
        c[C_BEND].i = (int64_t)b;
        newsent_entity_char_span(e, &a, &b);
        c[C_START].i = (int64_t)a;
        c[C_END].i = (int64_t)b;
        for (int k = 0; k < NSPY_STRINGS; k++) {
            if (!s[k])
                continue;
            size_t l = strlen(s[k]);
            memcpy(buf + sat, s[k], l);
            nspy_slot *pair = k == 0 ? &c[C_V0] : &x[X_STR0 + 2 * (k - 1)];
            pair[0].i = (int64_t)sat;
            pair[1].i = (int64_t)(sat + l);
            sat += l;
            if (k == 0) {
                flags |= NSPY_HAS_VALUE;
            } else {
                flags |= NSPY_STR_BIT(k);
                extra = 1;
            }
        }
        unsigned label = newsent_entity_label(e);
        double lo = 0, hi = 0;
        int nn = newsent_entity_numbers(e, &lo, &hi);
        c[C_LOW].d = lo;
        if (nn >= 1 && nspy_integral(lo, &c[C_NUM].i))
            flags |= NSPY_LOW_INT;
        if (nn >= 2) {
            extra = 1;
            x[X_HIGH].d = hi;
            if (nspy_integral(hi, &x[X_HIGH_I].i))
                flags |= NSPY_HIGH_INT;
        }
        if (label == NEWSENT_LABEL_DATE && !(flags & NSPY_LOW_INT) &&
            (c[C_NUM].i = nspy_ymd(s[0])) != 0)
            flags |= NSPY_FULL_DATE;
        int64_t gid = 0;
        double lat = 0, lon = 0;
        if (newsent_entity_geo(e, &gid, NULL, &lat, &lon) == NEWSENT_OK) {
            flags |= NSPY_HAS_GEO;
            extra = 1;
            x[X_GEOID].i = gid;
            x[X_LAT].d = lat;
            x[X_LON].d = lon;
        }
        size_t alias;
        if (newsent_entity_alias_of(e, &alias) == NEWSENT_OK) {
            flags |= NSPY_HAS_ALIAS;
            extra = 1;
            x[X_ALIAS].i = (int64_t)alias;
        }
        c[C_CONF].d = newsent_entity_confidence(e);
        c[C_LF].i = (int64_t)label | (int64_t)(nn & 0xff) << 8 |
                    (int64_t)nspy_type_code(newsent_entity_type(e)) << 16 | flags << 24;
        if (extra) {
            c[C_EXTRA].i = (int64_t)xat;
            memcpy(buf + xat, x, sizeof x);
            xat += xrec;
        }
        memcpy(buf + i * core, c, sizeof c);
    }
    if (sv != &strs[0][0])
        free((void *)sv);
    newsent_result_free(res);
    out->buf = buf;
    out->size = size;
    out->count = n;
    return NEWSENT_OK;
}

/* Many documents in one call, so that a Python thread gives up the GIL once
 * per batch rather than once per document: GIL hand-offs cost more than
 * short documents do. Document i is blob[ends[i-1], ends[i]); opts holds
 * one options struct for all (nopts 1) or one per document (nopts n). Every
 * outs[i] gets its own result or error. */
static void nspy_extract_batch(const newsent_extractor *ex, const char *blob, const size_t *ends,
                               size_t n, const newsent_extract_options *opts, size_t nopts,
                               nspy_out *outs)
{
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        nspy_extract(ex, blob + at, ends[i] - at, nopts == n ? &opts[i] : opts, &outs[i]);
        at = ends[i];
    }
}

/* For bench/bench_python.py: CPU seconds of this thread for `iterations`
 * extractions timed in C, with no Python in the loop: newsent_extract +
 * newsent_result_free (packed 0), or nspy_extract + nspy_free (packed 1).
 * CPU time rather than wall time, so that other processes on a shared
 * machine do not count. -1 on an error. */
static double nspy_time_c(const newsent_extractor *ex, const char *text, size_t len,
                          const newsent_extract_options *opts, size_t iterations, int packed)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
    for (size_t i = 0; i < iterations; i++) {
        if (packed) {
            nspy_out out;
            if (nspy_extract(ex, text, len, opts, &out) != NEWSENT_OK)
                return -1;
            nspy_free(out.buf);
        } else {
            newsent_result *r = NULL;
            if (newsent_extract(ex, text, len, opts, &r, NULL) != NEWSENT_OK)
                return -1;
            newsent_result_free(r);
        }
    }
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
    return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
}
"""


def _run(cmd, **kw):
    print("build_newsent:", " ".join(shlex.quote(c) for c in cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, **kw)


def _pc_private(build_dir):
    """The static library's own dependencies, as CMake wrote them into the
    build tree's newsent.pc (Requires.private, Libs.private), so that a
    dependency added to libnewsent reaches this link line by itself."""
    requires, libs = ["libpcre2-8", "libutf8proc"], ["-lm"]
    pc = os.path.join(build_dir, "newsent.pc")
    if os.path.exists(pc):
        with open(pc, encoding="utf-8") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() == "Requires.private":
                    requires = [r for r in value.replace(",", " ").split() if r]
                elif key.strip() == "Libs.private":
                    libs = shlex.split(value)
    return requires, libs


def link_args():
    requires, libs = _pc_private(_build_dir()[0])
    out = []
    if requires:
        out = shlex.split(subprocess.run(["pkg-config", "--libs", *requires], check=True,
                                         capture_output=True, text=True).stdout)
    return out + libs


def _build_dir():
    build_dir = os.environ.get("NEWSENT_BUILD_DIR")
    if build_dir:
        return os.path.abspath(os.path.join(ROOT, build_dir)), True
    return os.path.join(ROOT, "build-python"), False


def static_library_path():
    return os.path.join(_build_dir()[0], "libnewsent", "libnewsent.a")


def build_static_library():
    """Builds (or refreshes) libnewsent.a with CMake and returns its path.
    Called by setup.py's build_ext, so that merely reading the package's
    metadata does not run a C build."""
    build_dir, given = _build_dir()
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        if given:
            raise RuntimeError(f"NEWSENT_BUILD_DIR={build_dir} is not a CMake build tree")
        cmd = ["cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
               "-DNEWSENT_BUILD_TESTS=OFF"]
        if shutil.which("ninja"):
            cmd += ["-G", "Ninja"]
        _run(cmd)
    _run(["cmake", "--build", build_dir, "--target", "newsent_static"])
    lib = static_library_path()
    if not os.path.exists(lib):
        raise RuntimeError(f"CMake did not produce {lib}")
    return lib


def make_ffibuilder():
    ffi = FFI()
    ffi.cdef(CDEF)
    ffi.set_source(
        "newsent._newsent",
        SOURCE,
        include_dirs=[INCLUDE],
        define_macros=[("NEWSENT_STATIC", "1"), ("_POSIX_C_SOURCE", "200809L")],
        extra_compile_args=["-std=c11", "-O2"],
        extra_objects=[static_library_path()],
        extra_link_args=link_args(),
    )
    return ffi


ffibuilder = make_ffibuilder()

if __name__ == "__main__":
    # Builds the extension in place next to the package sources (development).
    build_static_library()
    ffibuilder = make_ffibuilder()
    ffibuilder.compile(tmpdir=os.path.join(ROOT, "python", "src"), verbose=True)
