#!/usr/bin/env bash
# Set-up command 2: install what is needed, build everything, run every test offscreen (inside a
# private D-Bus session with a real, throw-away gnome-keyring), then build the Debian packages
# and check them (scripts/package-check.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/install-deps.sh build run test package
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
(cd "${INFINITI_BUILD_DIR:-build}" && "$root/scripts/with-keyring.sh" ctest --output-on-failure --no-tests=error -j2 "$@")
scripts/package-check.sh
