#!/usr/bin/env bash
# Refreshes every translations/infiniti-admin_<lang>.ts from the sources (drops obsolete
# messages) and fills the English plural forms ("%n user(s)" -> "%n user" / "%n users");
# other languages are for translators (see translations/README.md).
# A new language: touch translations/infiniti-admin_<lang>.ts and run this script.
# With a folder argument it refreshes the .ts files in that folder instead (check-translations.sh
# does so on a copy). LUPDATE names the lupdate to use.
set -euo pipefail
[ $# -eq 0 ] || dir=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
dir=${dir:-translations}
lupdate=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
sources=(src/formats src/api src/compare src/models src/ui src/app src/common src/cli ui)
for ts in "$dir"/infiniti-admin_*.ts; do
    lang=${ts##*_}
    lang=${lang%.ts}
    [ -s "$ts" ] || rm -f "$ts" # an empty placeholder: lupdate creates the file
    "$lupdate" -silent -no-obsolete -locations none -target-language "$lang" -I src "${sources[@]}" -ts "$ts"
done
[ -f "$dir/infiniti-admin_en.ts" ] || exit 0
python3 - "$dir/infiniti-admin_en.ts" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
def fill(m):
    block = m.group(0)
    src = re.search(r'<source>(.*?)</source>', block, re.S).group(1)
    forms = '<translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n        </translation>' % (
        src.replace('(s)', ''), src.replace('(s)', 's'))
    return re.sub(r'<translation( type="unfinished")?>.*?</translation>', lambda _: forms, block, flags=re.S)
s = re.sub(r'<message numerus="yes">.*?</message>', fill, s, flags=re.S)
open(p, 'w', encoding='utf-8').write(s)
PY
