# bash completion for infiniti-ctl                                 -*- shell-script -*-
# Installed as share/bash-completion/completions/infiniti-ctl (loaded on demand by
# bash-completion). Self-contained: it uses only bash's compgen, so it also works when sourced
# without the bash-completion package. The commands and options follow infiniti-ctl's help (made
# from src/cli's command registry); packaging/tests/test-bash-completion.sh fails when the two part
# ways.

# Sets verbs to the verbs the command takes (none for commands without verbs). No subshell: it
# runs for every word on the line.
_infiniti_ctl_verbs()
{
    case $1 in
        users) verbs="list get create update delete import" ;;
        groups | roles | templates | contentfolders | publishfolders | datasources | dataobjects | answerfiles | inprogress)
            verbs="list get create update delete" ;;
        customfields) verbs="list get create update" ;; # custom fields cannot be deleted
        connectors) verbs="list get update" ;;
        library) verbs="list get create update delete replace history export" ;;
        projects) verbs="list get delete rename history export import inspect" ;;
        workflow) verbs="list get abort revert reassign" ;;
        tasks) verbs="list get unlock cancel revert submit reassign" ;;
        forms) verbs="list" ;;
        sync) verbs="export import" ;;
        license) verbs="get update" ;;
        *) verbs="" ;;
    esac
}

# Sets command_options to the options the command takes besides the global ones (the union of its
# verbs'; the program refuses one its verb does not take).
_infiniti_ctl_command_options()
{
    local output="--json --csv --bom --delimiter --csv-raw"
    case $1 in
        users) command_options="--name --file --dry-run $output" ;;
        groups | roles | templates | contentfolders | publishfolders | datasources | customfields | connectors | answerfiles | inprogress)
            command_options="--file $output" ;;
        dataobjects) command_options="--datasource --file $output" ;;
        library) command_options="--file --name --category --folder --description --out $output" ;;
        projects) command_options="--name --version --all --overwrite --folder --comment --out $output" ;;
        workflow) command_options="--to --comment --notify $output" ;;
        tasks) command_options="--to --comment $output" ;;
        forms) command_options="$output" ;;
        generate) command_options="--value --data --answer-file --version --wait --wait-timeout --out" ;;
        outputs) command_options="--out" ;;
        prepareform) command_options="--value --in-progress --description --as-user" ;;
        sync) command_options="--out --with --without --mode $output" ;;
        diff) command_options="--to-server --to-user --to-profile --part $output" ;;
        promote) command_options="--to-server --to-user --to-profile --item --all-changed --part --dry-run
            --include-secrets --delete --confirm-target $output" ;;
        license) command_options="--key --key-file $output" ;;
        *) command_options="" ;;
    esac
}

# The names of the connections infiniti-admin saved (QSettings' INI array "profiles").
_infiniti_ctl_profiles()
{
    local conf=${XDG_CONFIG_HOME:-$HOME/.config}/Infiniti/infiniti-admin.conf
    [[ -r $conf ]] || return
    awk '/^\[/ { inside = ($0 == "[profiles]") } inside && /^[0-9]+\\name=/ { sub(/^[0-9]+\\name=/, ""); print }' "$conf"
}

# Files (or with -d, folders) starting with $2, one per line so names with spaces survive.
_infiniti_ctl_files()
{
    local IFS=$'\n'
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen "$1" -- "$2"))
}

_infiniti_ctl()
{
    local commands="login logout users groups roles customfields templates contentfolders publishfolders
        connectors datasources dataobjects library projects workflow tasks answerfiles inprogress forms
        generate outputs prepareform sync diff promote license help"
    local global_options="--server --produce --user --profile --timeout --max-time --verbose --help --version"
    local takes_value="--server --produce --user --profile --timeout --max-time --out --file --name --datasource
        --category --folder --description --version --comment --to --value --data --answer-file
        --as-user --with --without --mode --key --key-file --delimiter --wait-timeout --to-server --to-user
        --to-profile --part --item --confirm-target"
    local sync_parts="projects projectFragments dataSources connectionStrings defaultData publishFolders
        groups roles users customFields connectorSettings"
    local import_parts="projects contentLibraryItems dataSources dataObjects contentFolders
        publishedProjects publishFolders users groups roles customFields connectorSettings"
    local modes="Always IfNotExists IfNewer"
    local compare_parts="roles groups customFields users contentFolders publishFolders connectorSettings
        communicationTemplates dataSources dataObjects libraryItems projects publishedProjects"

    # bash splits words at ':' and '=' (COMP_WORDBREAKS): join "https" ":" "//host" back into one
    # word, so a URL after --server is not taken for a command.
    local -a words=()
    local i cword=0 w
    for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
        w=${COMP_WORDS[i]}
        if ((i > 0)) && [[ $w == ":" || ${COMP_WORDS[i - 1]} == ":" ]] && [[ ${#words[@]} -gt 1 ]]; then
            words[${#words[@]} - 1]+=$w
        else
            words+=("$w")
        fi
        ((i == COMP_CWORD)) && cword=$((${#words[@]} - 1))
    done
    local cur=${words[cword]} prev=${words[cword - 1]}

    COMPREPLY=()
    # --mode PART=MODE: bash hands "projects" "=" "Always" as separate words.
    if [[ ${COMP_WORDS[COMP_CWORD - 1]} == "=" && ${COMP_WORDS[COMP_CWORD - 3]} == "--mode" ]]; then
        COMPREPLY=($(compgen -W "$modes" -- "${COMP_WORDS[COMP_CWORD]}"))
        return
    fi
    if [[ ${COMP_WORDS[COMP_CWORD]} == "=" && ${COMP_WORDS[COMP_CWORD - 2]} == "--mode" ]]; then
        COMPREPLY=($modes)
        return
    fi

    # The value of an option.
    case $prev in
        --file | --key-file | --data | --answer-file | --out)
            _infiniti_ctl_files -f "$cur"
            return ;;
        --profile | --to-profile)
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$(_infiniti_ctl_profiles)" -- "$cur"))
            return ;;
        --server | --produce | --to-server)
            COMPREPLY=($(compgen -W "https:// http://" -- "$cur"))
            compopt -o nospace 2>/dev/null
            return ;;
        --with | --without)
            COMPREPLY=($(compgen -W "$sync_parts" -- "$cur"))
            return ;;
        --part)
            COMPREPLY=($(compgen -W "$compare_parts" -- "$cur"))
            return ;;
        --item)
            # PART:ID — the part; bash splits at ':', so the id is typed on.
            COMPREPLY=($(compgen -W "$compare_parts" -S ":" -- "$cur"))
            compopt -o nospace 2>/dev/null
            return ;;
        --delimiter)
            COMPREPLY=($(compgen -W "tab , \\;" -- "$cur"))
            return ;;
        --mode)
            COMPREPLY=($(compgen -W "$modes" -- "$cur") $(compgen -W "$import_parts" -S "=" -- "$cur"))
            [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
            return ;;
        --user | --to-user | --confirm-target | --timeout | --max-time | --wait-timeout | --name | --datasource | --category | --folder | --description | --version | --comment | --to | --value | --as-user | --key)
            return ;; # free text: nothing sensible to offer
    esac

    # The command and verb typed so far: the first two words that are neither options nor values
    # ("help COMMAND VERB": the command and verb asked about).
    local command="" verb="" verbs="" topic=""
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        if [[ $w == -* ]]; then
            [[ " $takes_value " == *" $w "* ]] && ((i++))
            continue
        fi
        if [[ -z $command ]]; then
            command=$w
            _infiniti_ctl_verbs "$command"
        elif [[ $command == help && -z $topic ]]; then
            topic=$w
            _infiniti_ctl_verbs "$topic"
        elif [[ -z $verb && -n $verbs ]]; then
            verb=$w
        fi
    done
    if [[ $command == help ]]; then
        if [[ -z $topic ]]; then
            COMPREPLY=($(compgen -W "${commands/help/}" -- "$cur"))
        elif [[ -n $verbs && -z $verb ]]; then
            COMPREPLY=($(compgen -W "$verbs" -- "$cur"))
        fi
        return
    fi

    if [[ $cur == -* ]]; then
        local command_options
        _infiniti_ctl_command_options "$command"
        COMPREPLY=($(compgen -W "$global_options $command_options" -- "$cur"))
        return
    fi
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
    fi
    if [[ -n $verbs && -z $verb ]]; then
        COMPREPLY=($(compgen -W "$verbs" -- "$cur"))
        return
    fi
    # Operands that are local files: a CSV to import, project or sync packages, a backup folder.
    case "$command $verb" in
        "users import" | "projects import" | "projects inspect" | "sync import")
            _infiniti_ctl_files -f "$cur" ;;
        "projects export")
            [[ " ${words[*]} " == *" --all "* ]] && _infiniti_ctl_files -d "$cur" ;;
    esac
}

complete -F _infiniti_ctl infiniti-ctl
