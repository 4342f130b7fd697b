"""cffi build script for the `newsent` Python package (API mode, out of line).

The extension module ``newsent._newsent`` is compiled against the real
``include/newsent.h``, so any drift between the declarations below and the
header is a compile error, not a silent ABI mismatch.

It links the static library that CMake builds (``libnewsent.a``, compiled
with -fPIC) plus pcre2 and utf8proc from pkg-config. It never compiles the C
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

#define NSPY_RECORD_FIELDS ...

int nspy_extract(const newsent_extractor *ex, const char *text, size_t len,
                 const newsent_extract_options *opts, nspy_out *out);
void nspy_free(char *buf);
"""

# Compiled into the extension: extraction plus flattening of every entity's
# fields, all without the GIL (cffi releases it around each C call).
SOURCE = r"""
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "newsent.h"

typedef struct nspy_out {
    char *buf;
    size_t size;
    size_t count;
    newsent_error err;
} nspy_out;

/* One entity = NSPY_RECORD_FIELDS 8-byte slots (int64 or double), in the
 * order newsent/_extractor.py unpacks them; strings go after the records as
 * (start, end) byte offsets into the same buffer. */
enum {
    F_LABEL, F_NNUM, F_BSTART, F_BEND, F_START, F_END, F_FLAGS,
    F_STR0, /* 7 strings x (start, end): type value unit mod range_begin range_end country */
    F_LOW = F_STR0 + 14, F_HIGH, F_LOW_I, F_HIGH_I, F_LAT, F_LON, F_CONF,
    F_GEOID, F_ALIAS, F_YMD,
    NSPY_RECORD_FIELDS
};
enum { NSPY_STRINGS = 7 };
/* F_FLAGS bits: 1 << i for string i present, then: */
#define NSPY_HAS_GEO (1 << 7)
#define NSPY_HAS_ALIAS (1 << 8)
#define NSPY_LOW_INT (1 << 9)
#define NSPY_HIGH_INT (1 << 10)
#define NSPY_FULL_DATE (1 << 11)

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
    const char *strs[64][NSPY_STRINGS];
    const char **sv = n <= 64 ? &strs[0][0] : malloc(n * NSPY_STRINGS * sizeof *sv);
    if (!sv) {
        newsent_result_free(res);
        nspy_oom(out);
        return NEWSENT_ENOMEM;
    }
    size_t blob = 0;
    for (size_t i = 0; i < n; i++) {
        const newsent_entity *e = newsent_result_get(res, i);
        const char **s = sv + i * NSPY_STRINGS;
        s[0] = newsent_entity_type(e);
        s[1] = newsent_entity_value(e);
        s[2] = newsent_entity_unit(e);
        s[3] = newsent_entity_mod(e);
        if (newsent_entity_range(e, &s[4], &s[5]) != NEWSENT_OK)
            s[4] = s[5] = NULL;
        s[6] = NULL;
        newsent_entity_geo(e, NULL, &s[6], NULL, NULL);
        for (int k = 0; k < NSPY_STRINGS; k++)
            if (s[k])
                blob += strlen(s[k]);
    }
    size_t rec = NSPY_RECORD_FIELDS * sizeof(nspy_slot);
    size_t size = n * rec + blob;
    char *buf = malloc(size ? size : 1);
    if (!buf) {
        if (sv != &strs[0][0])
            free((void *)sv);
        newsent_result_free(res);
        nspy_oom(out);
        return NEWSENT_ENOMEM;
    }
    size_t at = n * rec;
    for (size_t i = 0; i < n; i++) {
        const newsent_entity *e = newsent_result_get(res, i);
        const char **s = sv + i * NSPY_STRINGS;
        nspy_slot f[NSPY_RECORD_FIELDS];
        memset(f, 0, sizeof f);
        size_t a, b;
        int64_t flags = 0;
        f[F_LABEL].i = newsent_entity_label(e);
        newsent_entity_byte_span(e, &a, &b);
        f[F_BSTART].i = (int64_t)a;
        f[F_BEND].i = (int64_t)b;
        newsent_entity_char_span(e, &a, &b);
        f[F_START].i = (int64_t)a;
        f[F_END].i = (int64_t)b;
        for (int k = 0; k < NSPY_STRINGS; k++) {
            if (!s[k])
                continue;
            size_t l = strlen(s[k]);
            memcpy(buf + at, s[k], l);
            f[F_STR0 + 2 * k].i = (int64_t)at;
            f[F_STR0 + 2 * k + 1].i = (int64_t)(at + l);
            at += l;
            flags |= 1 << k;
        }
        double lo = 0, hi = 0;
        int nn = newsent_entity_numbers(e, &lo, &hi);
        f[F_NNUM].i = nn;
        f[F_LOW].d = lo;
        f[F_HIGH].d = hi;
        if (nn >= 1 && nspy_integral(lo, &f[F_LOW_I].i))
            flags |= NSPY_LOW_INT;
        if (nn >= 2 && nspy_integral(hi, &f[F_HIGH_I].i))
            flags |= NSPY_HIGH_INT;
        int64_t gid = 0;
        double lat = 0, lon = 0;
        if (newsent_entity_geo(e, &gid, NULL, &lat, &lon) == NEWSENT_OK) {
            flags |= NSPY_HAS_GEO;
            f[F_GEOID].i = gid;
            f[F_LAT].d = lat;
            f[F_LON].d = lon;
        }
        size_t alias;
        if (newsent_entity_alias_of(e, &alias) == NEWSENT_OK) {
            flags |= NSPY_HAS_ALIAS;
            f[F_ALIAS].i = (int64_t)alias;
        }
        f[F_CONF].d = newsent_entity_confidence(e);
        if (newsent_entity_label(e) == NEWSENT_LABEL_DATE && (f[F_YMD].i = nspy_ymd(s[1])))
            flags |= NSPY_FULL_DATE;
        f[F_FLAGS].i = flags;
        memcpy(buf + i * rec, f, sizeof f);
    }
    if (sv != &strs[0][0])
        free((void *)sv);
    newsent_result_free(res);
    out->buf = buf;
    out->size = size;
    out->count = n;
    return NEWSENT_OK;
}
"""


def _run(cmd, **kw):
    print("build_newsent:", " ".join(shlex.quote(c) for c in cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, **kw)


def _pkg_config(*args):
    out = subprocess.run(["pkg-config", *args, "libpcre2-8", "libutf8proc"],
                         check=True, capture_output=True, text=True).stdout
    return shlex.split(out)


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
    cflags = _pkg_config("--cflags")
    libs = _pkg_config("--libs")
    ffi.set_source(
        "newsent._newsent",
        SOURCE,
        include_dirs=[INCLUDE],
        define_macros=[("NEWSENT_STATIC", "1")],
        extra_compile_args=["-std=c11", "-O2", *cflags],
        extra_objects=[static_library_path()],
        extra_link_args=[*libs, "-lm"],
    )
    return ffi


ffibuilder = make_ffibuilder()

if __name__ == "__main__":
    # Builds the extension in place next to the package sources (development).
    build_static_library()
    ffibuilder.compile(tmpdir=os.path.join(ROOT, "python", "src"), verbose=True)
