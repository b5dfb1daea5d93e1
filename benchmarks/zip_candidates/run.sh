#!/usr/bin/env bash
# Builds read_zip.cpp once per candidate and reads every file given (default: the ZIP fixtures,
# the vendor's packages and a 200 MiB package) with each; the figures go to docs/FORMATS.md.
# Needs libzip-dev libquazip1-qt6-dev libminizip-dev (only for this measurement).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${OUT:-/tmp/zip-candidates}
mkdir -p "$out"
qt=$(pkg-config --cflags --libs Qt6Core)
build() { g++ -std=c++20 -O2 -fPIC -DCANDIDATE_$1 -I"$root/src" "$here/read_zip.cpp" "${@:2}" $qt -o "$out/read_$1"; }
build OURS "$root/src/formats/Zip.cpp" -lz
build LIBZIP $(pkg-config --cflags --libs libzip)
build LIBZIP_LAX $(pkg-config --cflags --libs libzip)
build QUAZIP $(pkg-config --cflags --libs quazip1-qt6)
build MINIZIP $(pkg-config --cflags --libs minizip)
if [ $# -eq 0 ]; then
    [ -f "$out/big.ixpkg" ] || python3 - "$out/big.ixpkg" <<'PY'
import os, sys
sys.path.insert(0, os.path.join(os.environ.get("ROOT", "."), "tests/fixtures/zip"))
from make_fixtures import DotNetZip
z = DotNetZip()
z.add("projects.xml", b'<Projects><Project Guid="cccccccc-0000-0000-0000-000000000001" Name="Large" Type="1" Version="1.0"/></Projects>')
z.add("Templates/cccccccc-0000-0000-0000-000000000001/big.docx", os.urandom(200 << 20))
open(sys.argv[1], "wb").write(z.finish()[0])
PY
    set -- "$root"/tests/fixtures/zip/*.ixpkg "$root"/tests/fixtures/vendor-packages/*.ixpkg "$out/big.ixpkg"
fi
for c in OURS LIBZIP LIBZIP_LAX QUAZIP MINIZIP; do
    echo "== $c"
    for f in "$@"; do "$out/read_$c" "$f" | sed "s|$root/||"; done
done
