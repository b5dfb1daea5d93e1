#!/usr/bin/env bash
# Fails when a translations/*.ts is stale (lupdate over the sources would add or drop messages)
# or when a translation other than English has unfinished or empty messages, or ones whose
# placeholders, accelerators, tags or trailing punctuation do not match the source.
# CI runs it as the ctest test check_translations (label "translations"). The fix for either
# failure: scripts/update-translations.sh, then translate (translations/README.md).
set -uo pipefail
cd "$(dirname "$0")/.."
tool=translations/ts-tool.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/infiniti-admin_*.ts "$tmp"/
if ! scripts/update-translations.sh "$tmp" >"$tmp/lupdate.log" 2>&1; then
    cat "$tmp/lupdate.log"
    echo "check-translations: lupdate failed" >&2
    exit 1
fi
status=0
for ts in translations/infiniti-admin_*.ts; do
    name=$(basename "$ts")
    if ! python3 "$tool" same "$ts" "$tmp/$name"; then
        echo "STALE: $ts does not hold the messages the sources have (run scripts/update-translations.sh)"
        status=1
    fi
    [ "$name" = infiniti-admin_en.ts ] && continue # English: the sources are the text
    if ! python3 "$tool" stats "$ts"; then
        python3 "$tool" list "$ts" --size 20
        echo "UNFINISHED: $ts has messages without a translation"
        status=1
    fi
    if ! python3 "$tool" check "$ts"; then
        echo "MISMATCH: $ts has translations that do not match their source (see above)"
        status=1
    fi
done
[ $status -eq 0 ] && echo "check-translations: every catalogue is current and complete"
exit $status
