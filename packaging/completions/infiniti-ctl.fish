# fish completion for infiniti-ctl, installed as share/fish/vendor_completions.d/infiniti-ctl.fish.
# The commands follow infiniti-ctl's help (src/cli's command registry), as the bash completion
# does (which packaging/tests/test-bash-completion.sh checks against the program).

# The command and its verb: the first two words that are neither options nor option values.
function __infiniti_ctl_words
    set -l takes_value --server --produce --user --profile --timeout --max-time --out --file --name \
        --datasource --category --folder --description --version --comment --to --value --data \
        --answer-file --as-user --with --without --mode --key --key-file --delimiter --wait-timeout \
        --to-server --to-user --to-profile --part --item --confirm-target
    set -l tokens (commandline -opc)
    set -l found
    set -l skip 0
    for t in $tokens[2..-1]
        if test $skip -eq 1
            set skip 0
            continue
        end
        if string match -q -- '-*' $t
            contains -- $t $takes_value; and set skip 1
            continue
        end
        set -a found $t
    end
    for t in $found
        echo $t
    end
end

# True when no command has been typed yet.
function __infiniti_ctl_needs_command
    test (count (__infiniti_ctl_words)) -eq 0
end

# True when the command is one of the arguments and no verb follows it yet.
function __infiniti_ctl_needs_verb
    set -l words (__infiniti_ctl_words)
    test (count $words) -eq 1; and contains -- $words[1] $argv
end

# True when the command is one of the arguments (whatever follows).
function __infiniti_ctl_command_is
    set -l words (__infiniti_ctl_words)
    test (count $words) -ge 1; and contains -- $words[1] $argv
end

# True when the command and verb are $argv[1] and $argv[2].
function __infiniti_ctl_verb_is
    set -l words (__infiniti_ctl_words)
    test (count $words) -ge 2; and test $words[1] = $argv[1]; and test $words[2] = $argv[2]
end

# The names of the connections infiniti-admin saved (QSettings' INI array "profiles").
function __infiniti_ctl_profiles
    set -l dir $XDG_CONFIG_HOME
    test -n "$dir"; or set dir ~/.config
    set -l conf $dir/Infiniti/infiniti-admin.conf
    test -r $conf; or return
    awk '/^\[/ { inside = ($0 == "[profiles]") } inside && /^[0-9]+\\\\name=/ { sub(/^[0-9]+\\\\name=/, ""); print }' $conf
end

set -l c infiniti-ctl
complete -c $c -f

# Global options.
complete -c $c -l server -x -a 'https:// http://' -d "The server's Manage URL"
complete -c $c -l produce -x -a 'https:// http://' -d 'The Produce URL'
complete -c $c -l user -x -d 'The account to use'
complete -c $c -l profile -x -a '(__infiniti_ctl_profiles)' -d 'A connection saved by infiniti-admin'
complete -c $c -l timeout -x -d 'Seconds of silence to wait for on each request'
complete -c $c -l max-time -x -d 'Seconds any one request may take in all'
complete -c $c -l verbose -d 'Log each request and answer on standard error (tokens redacted)'
complete -c $c -s h -l help -d 'Print the help of the command or verb'
complete -c $c -l version -n __infiniti_ctl_needs_command -d 'Print the version'

# Commands.
complete -c $c -n __infiniti_ctl_needs_command -a login -d 'Sign in and remember the token'
complete -c $c -n __infiniti_ctl_needs_command -a logout -d 'Sign out and forget the token'
complete -c $c -n __infiniti_ctl_needs_command -a users -d 'Users'
complete -c $c -n __infiniti_ctl_needs_command -a groups -d 'Groups'
complete -c $c -n __infiniti_ctl_needs_command -a roles -d 'Roles'
complete -c $c -n __infiniti_ctl_needs_command -a customfields -d 'Custom fields'
complete -c $c -n __infiniti_ctl_needs_command -a templates -d 'Communication templates'
complete -c $c -n __infiniti_ctl_needs_command -a contentfolders -d 'Content folders'
complete -c $c -n __infiniti_ctl_needs_command -a publishfolders -d 'Publish folders'
complete -c $c -n __infiniti_ctl_needs_command -a connectors -d 'Connector settings'
complete -c $c -n __infiniti_ctl_needs_command -a datasources -d 'Data sources'
complete -c $c -n __infiniti_ctl_needs_command -a dataobjects -d 'Data objects of a data source'
complete -c $c -n __infiniti_ctl_needs_command -a library -d 'Content library items'
complete -c $c -n __infiniti_ctl_needs_command -a projects -d 'Projects'
complete -c $c -n __infiniti_ctl_needs_command -a workflow -d 'Workflows'
complete -c $c -n __infiniti_ctl_needs_command -a tasks -d "The signed-in user's tasks"
complete -c $c -n __infiniti_ctl_needs_command -a answerfiles -d "The signed-in user's answer files"
complete -c $c -n __infiniti_ctl_needs_command -a inprogress -d "The signed-in user's in-progress forms"
complete -c $c -n __infiniti_ctl_needs_command -a forms -d 'The forms you may run'
complete -c $c -n __infiniti_ctl_needs_command -a generate -d 'Start a document generation'
complete -c $c -n __infiniti_ctl_needs_command -a outputs -d 'Documents of an earlier generation'
complete -c $c -n __infiniti_ctl_needs_command -a prepareform -d 'Prepare a form'
complete -c $c -n __infiniti_ctl_needs_command -a sync -d 'Export or import a sync package'
complete -c $c -n __infiniti_ctl_needs_command -a diff -d 'Compare this server with the target'
complete -c $c -n __infiniti_ctl_needs_command -a promote -d 'Promote differences to the target'
complete -c $c -n __infiniti_ctl_needs_command -a license -d 'Read or update the license'
complete -c $c -n __infiniti_ctl_needs_command -a help -d 'The help of a command or verb'
complete -c $c -n '__infiniti_ctl_needs_verb help' \
    -a 'login logout users groups roles customfields templates contentfolders publishfolders connectors datasources dataobjects library projects workflow tasks answerfiles inprogress forms generate outputs prepareform sync diff promote license'

# Verbs.
complete -c $c -n '__infiniti_ctl_needs_verb users' -a 'list get create update delete import'
complete -c $c -n '__infiniti_ctl_needs_verb groups roles templates contentfolders publishfolders datasources dataobjects answerfiles inprogress' \
    -a 'list get create update delete'
complete -c $c -n '__infiniti_ctl_needs_verb customfields' -a 'list get create update'
complete -c $c -n '__infiniti_ctl_needs_verb connectors' -a 'list get update'
complete -c $c -n '__infiniti_ctl_needs_verb library' -a 'list get create update delete replace history export'
complete -c $c -n '__infiniti_ctl_needs_verb projects' -a 'list get delete rename history export import inspect'
complete -c $c -n '__infiniti_ctl_needs_verb workflow' -a 'list get abort revert reassign'
complete -c $c -n '__infiniti_ctl_needs_verb tasks' -a 'list get unlock cancel revert submit reassign'
complete -c $c -n '__infiniti_ctl_needs_verb forms' -a list
complete -c $c -n '__infiniti_ctl_needs_verb sync' -a 'export import'
complete -c $c -n '__infiniti_ctl_needs_verb license' -a 'get update'

# Operands that are local files.
complete -c $c -n '__infiniti_ctl_verb_is users import' -F
complete -c $c -n '__infiniti_ctl_verb_is projects import' -F
complete -c $c -n '__infiniti_ctl_verb_is projects inspect' -F
complete -c $c -n '__infiniti_ctl_verb_is sync import' -F

# Each command's own options (the union of its verbs'; the program refuses one its verb does not take).
set -l with_output users groups roles templates contentfolders publishfolders datasources dataobjects customfields connectors answerfiles inprogress library projects workflow tasks forms sync diff promote license
complete -c $c -n "__infiniti_ctl_command_is $with_output" -l json -d "Print the server's JSON"
complete -c $c -n "__infiniti_ctl_command_is $with_output" -l csv -d 'Print CSV (UTF-8, CRLF, a header row)'
complete -c $c -n "__infiniti_ctl_command_is $with_output" -l bom -d 'CSV starts with a UTF-8 byte order mark (for Excel)'
complete -c $c -n "__infiniti_ctl_command_is $with_output" -l delimiter -x -a ', \\; tab' -d 'CSV field separator'
complete -c $c -n "__infiniti_ctl_command_is $with_output" -l csv-raw -d 'CSV cells as the server has them'
complete -c $c -n '__infiniti_ctl_command_is library projects sync generate outputs' -l out -r -F -d 'Where the downloaded file or files go'
set -l with_file users groups roles templates contentfolders publishfolders datasources dataobjects customfields connectors answerfiles inprogress library
complete -c $c -n "__infiniti_ctl_command_is $with_file" -l file -r -F -d 'A JSON object (- for standard input), or the library file'
complete -c $c -n '__infiniti_ctl_command_is users library projects' -l name -x -d 'Username to find, or the new name'
complete -c $c -n '__infiniti_ctl_command_is users' -l dry-run -d 'Check every row, change nothing'
complete -c $c -n '__infiniti_ctl_command_is dataobjects' -l datasource -x -d 'The data source'
complete -c $c -n '__infiniti_ctl_command_is library' -l category -x -d 'Category'
complete -c $c -n '__infiniti_ctl_command_is library projects' -l folder -x -d 'Folder'
complete -c $c -n '__infiniti_ctl_command_is library prepareform' -l description -x -d 'Description'
complete -c $c -n '__infiniti_ctl_command_is projects generate' -l version -x -d 'The version'
complete -c $c -n '__infiniti_ctl_command_is projects' -l all -d 'Export every project'
complete -c $c -n '__infiniti_ctl_command_is projects' -l overwrite -d 'Replace projects that exist'
complete -c $c -n '__infiniti_ctl_command_is projects workflow tasks' -l comment -x -d 'Comment'
complete -c $c -n '__infiniti_ctl_command_is workflow tasks' -l to -x -d 'The user or group to reassign to'
complete -c $c -n '__infiniti_ctl_command_is workflow' -l notify -d 'Notify the assignee'
complete -c $c -n '__infiniti_ctl_command_is generate prepareform' -l value -x -d 'An answer: label=value'
complete -c $c -n '__infiniti_ctl_command_is generate' -l data -r -F -d 'A data file'
complete -c $c -n '__infiniti_ctl_command_is generate' -l answer-file -r -F -d 'An answer file'
complete -c $c -n '__infiniti_ctl_command_is generate' -l wait -d 'Follow it and save the documents'
complete -c $c -n '__infiniti_ctl_command_is generate' -l wait-timeout -x -d 'With --wait: give up after this many seconds (default 600)'
complete -c $c -n '__infiniti_ctl_command_is prepareform' -l in-progress -d 'An in-progress form'
complete -c $c -n '__infiniti_ctl_command_is prepareform' -l as-user -x -d 'For this user'
complete -c $c -n '__infiniti_ctl_command_is sync' -l with -x \
    -a 'connectorSettings connectionStrings users groups roles projects projectFragments dataSources defaultData publishFolders customFields' \
    -d 'Put in a part left out by default (passwords: in clear text)'
complete -c $c -n '__infiniti_ctl_command_is sync' -l without -x \
    -a 'projects projectFragments dataSources connectionStrings defaultData publishFolders groups roles users customFields connectorSettings' \
    -d 'Leave a part out'
complete -c $c -n '__infiniti_ctl_command_is sync' -l mode -x \
    -a 'Always IfNotExists IfNewer (printf "%s=\n" projects contentLibraryItems dataSources dataObjects contentFolders publishedProjects publishFolders users groups roles customFields connectorSettings)' \
    -d 'Always, IfNotExists, IfNewer or PART=MODE'
complete -c $c -n '__infiniti_ctl_command_is license' -l key -x -d 'The new license key'
complete -c $c -n '__infiniti_ctl_command_is license' -l key-file -r -F -d 'A file holding the key'
set -l compare_parts roles groups customFields users contentFolders publishFolders connectorSettings communicationTemplates dataSources dataObjects libraryItems projects publishedProjects
complete -c $c -n '__infiniti_ctl_command_is diff promote' -l to-server -x -a 'https:// http://' -d "The target server's Manage URL"
complete -c $c -n '__infiniti_ctl_command_is diff promote' -l to-profile -x -a '(__infiniti_ctl_profiles)' -d 'The target as a saved connection'
complete -c $c -n '__infiniti_ctl_command_is diff promote' -l to-user -x -d 'The account on the target'
complete -c $c -n '__infiniti_ctl_command_is diff promote' -l part -x -a "$compare_parts" -d 'Compare only this part'
complete -c $c -n '__infiniti_ctl_command_is promote' -l item -x -a "(printf '%s:\n' $compare_parts)" -d 'A difference: PART:NAME, the key or an id'
complete -c $c -n '__infiniti_ctl_command_is promote' -l all-changed -d 'Every difference (of the parts given)'
complete -c $c -n '__infiniti_ctl_command_is promote' -l dry-run -d 'Show the steps; send nothing'
complete -c $c -n '__infiniti_ctl_command_is promote' -l include-secrets -d 'Let secrets cross too'
complete -c $c -n '__infiniti_ctl_command_is promote' -l delete -d 'Delete on the target what is only there'
complete -c $c -n '__infiniti_ctl_command_is promote' -l confirm-target -x -d "With --delete: the target's name"
