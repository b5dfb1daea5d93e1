#!/usr/bin/env bash
# Tests the bash completion of infiniti-ctl by calling its completion function as bash does
# (COMP_WORDS split at bash's word breaks, COMP_CWORD the word under the cursor).
#   test-bash-completion.sh COMPLETION-FILE [INFINITI-CTL]
# With INFINITI-CTL it also checks that every command, verb and option of the program's own
# usage text (--help) is offered, so the completion cannot silently fall behind the CLI.
set -uo pipefail
completion=$1
ctl=${2:-}
failures=0 checks=0

# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: cannot source $completion"; exit 1; }
complete -p infiniti-ctl >/dev/null 2>&1 || { echo "FAIL: no completion registered for infiniti-ctl"; exit 1; }

# complete_line WORD... : runs the completion for these words, the last being the one under the
# cursor; the result is in COMPREPLY. (No subshells: the test makes a few hundred calls.)
complete_line()
{
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _infiniti_ctl infiniti-ctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
}

# offered WORD... : what the completion offers, one per line, sorted.
offered()
{
    complete_line "$@"
    ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}" | sort
}

# expect "WANTED (space-separated, exact set)" WORD...
expect()
{
    local wanted=$1
    shift
    ((checks++))
    local got want
    got=$(offered "$@" | tr '\n' ' ' | sed 's/ $//')
    want=$(printf '%s\n' $wanted | sort | tr '\n' ' ' | sed 's/ $//')
    if [[ $got != "$want" ]]; then
        echo "FAIL: infiniti-ctl ${*:2} <TAB>: expected [$want], got [$got]"
        ((failures++))
    fi
}

# is_offered WORD : WORD is in COMPREPLY.
is_offered()
{
    local w
    for w in "${COMPREPLY[@]}"; do
        [[ $w == "$1" ]] && return 0
    done
    return 1
}

# includes WANTED WORD... : WANTED is among what is offered. The usage text names many options
# several times: each question is asked once.
declare -A asked=()
includes()
{
    local wanted=$1
    shift
    local key="$wanted|$*"
    [[ -n ${asked[$key]:-} ]] && return
    asked[$key]=1
    ((checks++))
    complete_line "$@"
    if ! is_offered "$wanted"; then
        echo "FAIL: infiniti-ctl ${*:2} <TAB>: [$wanted] not offered (got: ${COMPREPLY[*]})"
        ((failures++))
    fi
}

# excludes UNWANTED WORD...
excludes()
{
    local unwanted=$1
    shift
    ((checks++))
    complete_line "$@"
    if is_offered "$unwanted"; then
        echo "FAIL: infiniti-ctl ${*:2} <TAB>: [$unwanted] offered but should not be"
        ((failures++))
    fi
}

all_commands="login logout users groups roles customfields templates contentfolders publishfolders
    connectors datasources dataobjects library projects workflow tasks answerfiles inprogress forms
    generate outputs prepareform sync diff promote license help"

# Commands, by prefix, and never options where a command is expected.
expect "$all_commands" infiniti-ctl ""
expect "users" infiniti-ctl us
expect "projects prepareform promote publishfolders" infiniti-ctl p
# Verbs per resource: customfields has no delete, connectors only list/get/update.
expect "list get create update delete import" infiniti-ctl users ""
expect "list get create update" infiniti-ctl customfields ""
expect "list get update" infiniti-ctl connectors ""
expect "list get create update delete replace history export" infiniti-ctl library ""
expect "list get delete rename history export import inspect" infiniti-ctl projects ""
expect "export import" infiniti-ctl sync ""
expect "get update" infiniti-ctl license ""
# Option values are skipped when finding the command; a URL split at ':' by bash is one word.
expect "list" infiniti-ctl --profile Production users li
expect "list" infiniti-ctl --server https : //host/Manage --user admin users li
expect "get" infiniti-ctl --timeout 5 --json groups g
# Nothing after a verb that takes an id.
expect "" infiniti-ctl users get ""
# Options: the global ones everywhere, each command's own after it.
includes --server infiniti-ctl --
includes --json infiniti-ctl users list --
includes --dry-run infiniti-ctl users import --
includes --datasource infiniti-ctl dataobjects list --
excludes --datasource infiniti-ctl users list --
includes --notify infiniti-ctl workflow reassign --
expect "--key --key-file" infiniti-ctl license update --k
includes --verbose infiniti-ctl users list --
includes --version infiniti-ctl --v
expect "--bom" infiniti-ctl users list --csv --b
includes --wait-timeout infiniti-ctl generate x --wait --
excludes --json infiniti-ctl outputs x --
# help COMMAND [VERB]: the commands, then that command's verbs.
expect "users" infiniti-ctl help us
expect "import inspect" infiniti-ctl help projects i
expect "" infiniti-ctl help projects inspect ""
# Values of options.
expect "IfNewer IfNotExists" infiniti-ctl sync import x.iqpkg --mode I
includes "Always" infiniti-ctl sync import x.iqpkg --mode ""
includes "projects=" infiniti-ctl sync import x.iqpkg --mode pro
expect "Always IfNewer IfNotExists" infiniti-ctl sync import x.iqpkg --mode projects = ""
expect "IfNewer IfNotExists" infiniti-ctl sync import x.iqpkg --mode projects = If
expect "connectionStrings connectorSettings" infiniti-ctl sync export --out f --without conn
expect "tab" infiniti-ctl users list --csv --delimiter t
expect "publishFolders publishedProjects" infiniti-ctl diff --part publish
expect "roles:" infiniti-ctl promote --item rol
includes --confirm-target infiniti-ctl promote --
includes --to-server infiniti-ctl diff --
excludes --item infiniti-ctl diff --
expect "" infiniti-ctl --user ""

# Saved connections come from infiniti-admin's settings file; files and folders from the disk.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/config/Infiniti" "$scratch/work/backup dir"
cat > "$scratch/config/Infiniti/infiniti-admin.conf" <<'CONF'
[General]
name=not a profile

[profiles]
1\lastUser=admin
1\manageUrl=https://prod.example.com/Manage
1\name=Production
2\name=Test Server
size=2
CONF
touch "$scratch/work/staff.csv" "$scratch/work/release.iqpkg"
XDG_CONFIG_HOME=$scratch/config expect "Production" infiniti-ctl --profile P
XDG_CONFIG_HOME=$scratch/config expect "Production" infiniti-ctl --profile Test diff --to-profile Pro
checks=$((checks + 1))
got=$(XDG_CONFIG_HOME=$scratch/config offered infiniti-ctl --profile T)
[[ $got == "Test Server" ]] || { echo "FAIL: a profile name with a space: got [$got]"; ((failures++)); }
(
    cd "$scratch/work" || exit 1
    fail=0
    [[ $(offered infiniti-ctl --profile P users import st) == "staff.csv" ]] || { echo "FAIL: users import FILE"; fail=1; }
    [[ $(offered infiniti-ctl --profile P sync import r) == "release.iqpkg" ]] || { echo "FAIL: sync import FILE"; fail=1; }
    [[ $(offered infiniti-ctl --profile P projects export --all b) == "backup dir" ]] || { echo "FAIL: projects export --all DIR"; fail=1; }
    [[ $(offered infiniti-ctl users create --file s) == "staff.csv" ]] || { echo "FAIL: --file FILE"; fail=1; }
    exit $fail
) || ((failures++))
checks=$((checks + 4))

# options_in LINE : sets line_options to the --options written in LINE.
options_in()
{
    line_options=()
    local rest=$1
    while [[ $rest =~ (--[a-z][a-z-]*)(.*)$ ]]; do
        line_options+=("${BASH_REMATCH[1]}")
        rest=${BASH_REMATCH[2]}
    done
}

# The program's usage text: every command, verb and option in it must be offered.
if [[ -n $ctl ]]; then
    usage=$("$ctl" --help) || { echo "FAIL: $ctl --help failed"; exit 1; }
    [[ $usage == *"Commands:"* && $usage == *"Options:"* ]] || { echo "FAIL: unexpected usage text from $ctl --help"; exit 1; }
    section="" resources=() first_verb=""
    while IFS= read -r line; do
        case $line in
            Commands:) section=commands; continue ;;
            Options:) section=options; continue ;;
            "") section=""; continue ;;
        esac
        if [[ $section == options ]]; then
            options_in "$line"
            for opt in "${line_options[@]}"; do
                includes "$opt" infiniti-ctl "$opt"
            done
            continue
        fi
        [[ $section == commands ]] || continue
        if [[ $line =~ ^\ \ [a-z] ]]; then
            # A command line: "  RES[|RES...] [VERB[|VERB...]] ...  description". The command part
            # ends at the first run of two spaces.
            spec=${line#  }
            spec=${spec%%  *}
            read -r -a tokens <<<"$spec"
            IFS='|' read -r -a resources <<<"${tokens[0]}"
            # Verbs: the word after the resource, after a "|", or after the resource named again
            # ("license get | license update"); not the description's words.
            verbs=()
            previous=${tokens[0]}
            for t in "${tokens[@]:1}"; do
                if [[ $t =~ ^[a-z]+(\|[a-z]+)*$ && $t != "${tokens[0]}" ]] \
                    && [[ $previous == "${tokens[0]}" || $previous == "|" ]]; then
                    IFS='|' read -r -a more <<<"$t"
                    verbs+=("${more[@]}")
                fi
                previous=$t
            done
            first_verb=${verbs[0]:-}
            for r in "${resources[@]}"; do
                includes "$r" infiniti-ctl "${r:0:2}"
                for v in "${verbs[@]}"; do
                    [[ $v == "$r" ]] || includes "$v" infiniti-ctl "$r" ""
                done
            done
        fi
        # Options on a command line or its continuation belong to the last command named.
        options_in "$line"
        for opt in "${line_options[@]}"; do
            for r in "${resources[@]}"; do
                if [[ -n $first_verb ]]; then
                    includes "$opt" infiniti-ctl "$r" "$first_verb" "$opt"
                else
                    includes "$opt" infiniti-ctl "$r" x "$opt"
                fi
            done
        done
    done <<<"$usage"
fi

echo "$((checks - failures)) passed, $failures failed"
((failures == 0))
