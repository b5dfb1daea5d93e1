#!/usr/bin/env bash
# Set-up command 2: install what is needed, build everything, and run every test offscreen,
# inside a private D-Bus session with a real (throw-away) gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
cd "${INFINITI_BUILD_DIR:-build}"
exec ../scripts/with-keyring.sh ctest --output-on-failure --no-tests=error -j2 "$@"
