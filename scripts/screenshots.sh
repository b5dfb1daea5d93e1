#!/usr/bin/env bash
# Screenshots of every area of the console and its sheets, light and dark, at 1024×700 and
# 1920×1080, in English and German (tests/ui/tst_tour.cpp against the emulator), to be looked at:
#   scripts/screenshots.sh [OUT_DIR]        (default: build/screenshots)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${INFINITI_BUILD_DIR:-build}
out=${1:-$build/screenshots}
cd "$root"
scripts/build.sh tst_tour
for lang in en de; do
    mkdir -p "$out/$lang"
    QT_QPA_PLATFORM=offscreen LANGUAGE=$lang INFINITI_QM="$root/$build/tests/ui/infiniti-admin_$lang.qm" \
        XDG_CONFIG_HOME="$(mktemp -d)" INFINITI_SCREENSHOT_DIR="$out/$lang" \
        "$build/tests/ui/tst_tour" >"$out/$lang/tst_tour.log" 2>&1 \
        || { echo "screenshots: tst_tour failed in $lang, see $out/$lang/tst_tour.log" >&2; exit 1; }
    echo "screenshots: $(ls "$out/$lang"/*.png | wc -l) in $out/$lang"
done
