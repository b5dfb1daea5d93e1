#!/usr/bin/env bash
# Checks a man page: groff formats it without a single warning, it has the sections a reader
# looks for, and it documents every option the program's own --help lists (so the page cannot
# fall behind the program).
#   test-manpage.sh PAGE.1 PROGRAM
set -uo pipefail
page=$1
program=$2
failures=0

if command -v groff >/dev/null; then
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1)
    if [[ -n $warnings ]]; then
        echo "FAIL: groff warns about $page:"
        echo "$warnings"
        ((failures++))
    fi
else
    echo "note: groff is not installed; the page's formatting is not checked"
fi

for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" FILES EXAMPLES "SEE ALSO"; do
    grep -qx "\.SH \"\?$section\"\?" "$page" || { echo "FAIL: $page has no $section section"; ((failures++)); }
done

help=$("$program" --help 2>&1) || { echo "FAIL: $program --help failed: $help"; exit 1; }
options=$(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
[[ -n $options ]] || { echo "FAIL: no options found in $program --help"; exit 1; }
for option in $options; do
    # In troff source a hyphen is written \- ; an option is documented when it is in bold, as
    # .B/.BI/.BR "\-\-option" or \fB\-\-option\fP.
    escaped=${option//-/\\\\-}
    if ! grep -qE -- "(^\.(B|BI|BR|IR|RB) .*|\\\\fB)$escaped([^a-z\\\\-]|\\\\-[^a-z]|$)" "$page"; then
        echo "FAIL: $page does not document $option (from $program --help)"
        ((failures++))
    fi
done

count=$(wc -w <<<"$options")
echo "$page: $count options of $program --help checked, $failures problem(s)"
((failures == 0))
