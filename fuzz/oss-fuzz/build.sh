#!/bin/bash -eu
# projects/newsent/build.sh for google/oss-fuzz: everything is in the repo.
exec "$SRC/newsent/fuzz/build.sh"
