#!/usr/bin/env bash
# Set-up command 2: install what is needed, build everything, and run every test offscreen,
# inside a private D-Bus session with a real (throw-away) gnome-keyring.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
cd "${INFINITI_BUILD_DIR:-build}"
exec "$root/scripts/with-keyring.sh" ctest --output-on-failure --no-tests=error -j2 "$@"
