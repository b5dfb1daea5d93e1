#!/usr/bin/env bash
# The whole suite under AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer: builds
# the tree with INFINITI_SANITIZE into its own folder (build-asan, or INFINITI_ASAN_DIR) and runs
# every test there (offscreen, inside a private D-Bus session with a throw-away keyring, like
# scripts/test.sh). Each test runs with the sanitizers' options that the CMake files set (halt at
# the first report, leaks checked; Qt's own leaks suppressed by tests/sanitizers/lsan.supp), so
# any report fails its test; each test may take 900 s there (300 in a normal build). .ci/run
# calls it with INFINITI_CI_SANITIZE=1 (after scripts/test.sh) or =only. It prints the time of the build
# and of the tests (README, "Sanitizers", has the figures measured so far).
#   scripts/test-sanitize.sh [ctest arguments...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/install-deps.sh build test
build_dir=${INFINITI_ASAN_DIR:-build-asan}
werror=OFF
[ -n "${CI:-}" ] && werror=ON
started=$SECONDS
if [ ! -f "$build_dir/build.ninja" ]; then
    # A unity build, as CI's normal build: about half the compile time of one object per file.
    # -O1 -g1, as the sanitizers' documentation advises: fast enough to run, line numbers in
    # every report (README, "Sanitizers", has what other levels cost).
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" -DINFINITI_SANITIZE=ON \
        -DINFINITI_UNITY_BUILD="${INFINITI_ASAN_UNITY:-ON}" -DINFINITI_WERROR=$werror >/dev/null
fi
cmake --build "$build_dir"
built=$SECONDS
export QT_QPA_PLATFORM=offscreen
status=0
(cd "$build_dir" && "$root/scripts/with-keyring.sh" ctest --output-on-failure --no-tests=error -j2 "$@") \
    || status=$?
echo "test-sanitize: build $((built - started)) s, tests $((SECONDS - built)) s" >&2
exit $status
