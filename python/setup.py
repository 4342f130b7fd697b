"""Builds newsent._newsent with cffi from ../bindings/build_newsent.py.

The build script lives outside this directory, so install from a checkout of
the repository (pip builds local directories in place)."""
import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
BINDINGS = os.path.join(os.path.dirname(HERE), "bindings")
BUILD_SCRIPT = os.path.join(BINDINGS, "build_newsent.py")
if not os.path.exists(BUILD_SCRIPT):
    sys.exit("newsent: bindings/build_newsent.py not found; install from a checkout "
             "of the repository: python3 -m pip install ./python")


class BuildExtWithLibrary(build_ext):
    """Runs CMake for libnewsent.a before compiling the cffi extension."""

    def run(self):
        sys.path.insert(0, BINDINGS)
        try:
            import build_newsent
        finally:
            sys.path.pop(0)
        lib = build_newsent.build_static_library()
        # setuptools relinks only when an input is newer than the module: a
        # rebuilt libnewsent.a must count as one.
        for ext in self.extensions:
            ext.depends = list(ext.depends) + [lib]
            # now that CMake has written newsent.pc for a fresh build tree
            ext.extra_link_args = build_newsent.link_args()
        super().run()


setup(
    cmdclass={"build_ext": BuildExtWithLibrary},
    cffi_modules=[BUILD_SCRIPT + ":ffibuilder"],
)
