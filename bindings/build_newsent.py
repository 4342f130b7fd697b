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

/* Bindings helpers (below): one C call per document instead of a dozen per
 * entity, so that the GIL-free part of a call is as large as possible. */
typedef struct nspy_entity {
    unsigned label;
    size_t byte_start, byte_end, start, end;
    const char *type, *value, *unit, *mod;
    const char *range_begin, *range_end;
    int nnumbers;
    double low, high;
    int has_geo;
    int64_t geonames_id;
    const char *country;
    double lat, lon;
    int has_alias;
    size_t alias_of;
    double confidence;
} nspy_entity;

typedef struct nspy_doc {
    newsent_result *result;
    size_t count;
    nspy_entity *entities;
} nspy_doc;

int nspy_extract(const newsent_extractor *ex, const char *text, size_t len,
                 const newsent_extract_options *opts, nspy_doc *doc,
                 newsent_error *err);
void nspy_doc_free(nspy_doc *doc);
"""

# Compiled into the extension: extraction plus flattening of every entity's
# fields, all without the GIL (cffi releases it around each C call).
SOURCE = r"""
#include <stdlib.h>
#include <string.h>
#include "newsent.h"

typedef struct nspy_entity {
    unsigned label;
    size_t byte_start, byte_end, start, end;
    const char *type, *value, *unit, *mod;
    const char *range_begin, *range_end;
    int nnumbers;
    double low, high;
    int has_geo;
    int64_t geonames_id;
    const char *country;
    double lat, lon;
    int has_alias;
    size_t alias_of;
    double confidence;
} nspy_entity;

typedef struct nspy_doc {
    newsent_result *result;
    size_t count;
    nspy_entity *entities;
} nspy_doc;

static void nspy_doc_free(nspy_doc *doc)
{
    if (!doc)
        return;
    newsent_result_free(doc->result);
    free(doc->entities);
    doc->result = NULL;
    doc->entities = NULL;
    doc->count = 0;
}

static int nspy_extract(const newsent_extractor *ex, const char *text, size_t len,
                        const newsent_extract_options *opts, nspy_doc *doc,
                        newsent_error *err)
{
    doc->result = NULL;
    doc->entities = NULL;
    doc->count = 0;
    int rc = newsent_extract(ex, text, len, opts, &doc->result, err);
    if (rc != NEWSENT_OK)
        return rc;
    size_t n = newsent_result_count(doc->result);
    if (n == 0)
        return NEWSENT_OK;
    doc->entities = calloc(n, sizeof *doc->entities);
    if (!doc->entities) {
        newsent_result_free(doc->result);
        doc->result = NULL;
        if (err) {
            err->code = NEWSENT_ENOMEM;
            err->position = (size_t)-1;
            strcpy(err->message, "out of memory while converting the result");
        }
        return NEWSENT_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        const newsent_entity *e = newsent_result_get(doc->result, i);
        nspy_entity *o = &doc->entities[i];
        o->label = newsent_entity_label(e);
        newsent_entity_byte_span(e, &o->byte_start, &o->byte_end);
        newsent_entity_char_span(e, &o->start, &o->end);
        o->type = newsent_entity_type(e);
        o->value = newsent_entity_value(e);
        o->unit = newsent_entity_unit(e);
        o->mod = newsent_entity_mod(e);
        if (newsent_entity_range(e, &o->range_begin, &o->range_end) != NEWSENT_OK) {
            o->range_begin = NULL;
            o->range_end = NULL;
        }
        o->nnumbers = newsent_entity_numbers(e, &o->low, &o->high);
        o->has_geo = newsent_entity_geo(e, &o->geonames_id, &o->country, &o->lat,
                                        &o->lon) == NEWSENT_OK;
        o->has_alias = newsent_entity_alias_of(e, &o->alias_of) == NEWSENT_OK;
        o->confidence = newsent_entity_confidence(e);
    }
    doc->count = n;
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
    ffibuilder.compile(tmpdir=os.path.join(ROOT, "python"), verbose=True)
