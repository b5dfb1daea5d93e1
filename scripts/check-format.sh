#!/usr/bin/env bash
# Checks that every C++ file the repository tracks is formatted by the repository's .clang-format
# (clang-format 14, Debian 12's: another major version formats differently). Prints each file
# that is not, and how many lines clang-format would change, then fails.
#   scripts/check-format.sh          check (CI: .ci/run)
#   scripts/check-format.sh --fix    rewrite the files in place
# `// clang-format off` / `on` around a region keeps a hand layout where it reads better.
set -euo pipefail
cd "$(dirname "$0")/.."
fix=false
case "${1:-}" in
    --fix) fix=true ;;
    "") ;;
    *) echo "usage: scripts/check-format.sh [--fix]" >&2; exit 2 ;;
esac
formatter=""
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null \
        && "$candidate" --version | grep -Eq 'clang-format version 14\.'; then
        formatter=$candidate
        break
    fi
done
if [ -z "$formatter" ]; then
    echo "check-format: clang-format 14 is needed (scripts/install-deps.sh test installs it)" >&2
    exit 2
fi
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
if $fix; then
    printf '%s\0' "${files[@]}" | xargs -0 -n 50 -P 2 "$formatter" -i --style=file
    echo "check-format: formatted ${#files[@]} files"
    exit 0
fi
# One clang-format per 50 files: --dry-run prints a warning per place it would change.
report=$(printf '%s\0' "${files[@]}" \
    | xargs -0 -n 50 "$formatter" --style=file --dry-run 2>&1 \
    | sed -n 's/^\(.*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' \
    | sort | uniq -c) || true
if [ -n "$report" ]; then
    echo "$report" | awk '{ print $2 ": not formatted (" $1 " places)" }'
    bad=$(echo "$report" | wc -l)
    echo "check-format: $bad of ${#files[@]} files are not formatted; scripts/check-format.sh --fix formats them" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
