#!/usr/bin/env bash
# Configures (once) and builds into build/ with Ninja and ccache. Extra arguments are targets.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${INFINITI_BUILD_DIR:-build}
werror=OFF
flags=()
if [ -n "${CI:-}" ]; then
    # CI: warnings are errors, and RelWithDebInfo's -O2 without its debug information (nothing
    # in CI reads it, the packages are stripped; a unit compiles in about two thirds of the time).
    werror=ON
    flags=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG")
fi
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${flags[@]}" \
        -DINFINITI_WERROR=$werror >/dev/null
fi
if [ $# -gt 0 ]; then
    targets=()
    for t in "$@"; do targets+=(--target "$t"); done
    cmake --build "$build_dir" "${targets[@]}"
else
    cmake --build "$build_dir"
fi
