#!/usr/bin/env bash
# Set-up command 1: install what is needed, build, and open the console on the built-in
# emulator with demo data (signed in as admin). Extra arguments go to infiniti-admin.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build run
scripts/build.sh infiniti-admin
app=${INFINITI_BUILD_DIR:-build}/src/app/infiniti-admin
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display found; starting under Xvfb (use ../shared/tools/screenshot to look at it)" >&2
    exec xvfb-run -a "$app" --demo "$@"
fi
exec "$app" --demo "$@"
