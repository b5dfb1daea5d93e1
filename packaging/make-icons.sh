#!/usr/bin/env bash
# Regenerates the committed icons from resources/icons/infiniti-admin.svg: the PNGs the window
# and the Linux desktop use (16-256 px), the Windows .ico and the macOS .icns. Run it after
# changing the SVG, look at the results, and commit them. The build itself needs none of these
# tools. Needs: rsvg-convert (librsvg2-bin), png2icns (icnsutils), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/infiniti-admin.svg
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w $size -h $size "$svg" -o resources/icons/infiniti-admin-$size.png
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for size in 512 1024; do
    rsvg-convert -w $size -h $size "$svg" -o "$scratch/infiniti-admin-$size.png"
done
png2icns packaging/macos/infiniti-admin.icns \
    resources/icons/infiniti-admin-{16,32,48,128,256}.png "$scratch"/infiniti-admin-{512,1024}.png >/dev/null
# An .ico whose images are the PNGs themselves (Windows Vista and later read PNG entries).
python3 - packaging/windows/infiniti-admin.ico resources/icons/infiniti-admin-{16,24,32,48,64,128,256}.png <<'PY'
import struct, sys
out, pngs = sys.argv[1], sys.argv[2:]
images = [open(p, 'rb').read() for p in pngs]
offset = 6 + 16 * len(images)
header = struct.pack('<HHH', 0, 1, len(images))
entries = b''
for data in images:
    width, height = struct.unpack('>II', data[16:24])  # the PNG's IHDR
    entries += struct.pack('<BBBBHHII', width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open(out, 'wb').write(header + entries + b''.join(images))
PY
echo "icons written; look at them before committing"
