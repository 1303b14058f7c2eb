function __oinp-guide_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __oinp-guide_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __oinp-guide_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __oinp-guide_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __oinp-guide_parse_tokens -S
    set -l unparsed_tokens (__oinp-guide_tokens -pc)
    switch $unparsed_tokens[1]
    case 'oinp-guide'
        __oinp-guide_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'guide'
            __oinp-guide_parse_subcommand 0 'data-dir=' 'verbose' 'as-of=' 'plain' 'version' 'h/help'
        case 'assess'
            __oinp-guide_parse_subcommand -r 1 'as-of=' 'format=' 'strict' 'verbose' 'version' 'h/help'
        case 'checklist'
            __oinp-guide_parse_subcommand 1 'profile=' 'format=' 'as-of=' 'data-dir=' 'verbose' 'o/output=' 'version' 'h/help'
        case 'sessions'
            __oinp-guide_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __oinp-guide_parse_subcommand 0 'data-dir=' 'verbose' 'format=' 'as-of=' 'version' 'h/help'
            case 'export'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'o/output=' 'version' 'h/help'
            case 'import'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'name=' 'as-of=' 'strict' 'version' 'h/help'
            case 'rename'
                __oinp-guide_parse_subcommand 2 'data-dir=' 'verbose' 'version' 'h/help'
            case 'duplicate'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'name=' 'version' 'h/help'
            case 'delete'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'yes' 'version' 'h/help'
            end
        case 'rules'
            __oinp-guide_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'check'
                __oinp-guide_parse_subcommand -r 1 'version' 'h/help'
            end
        case 'help'
            __oinp-guide_parse_subcommand -r 1 'version'
        end
    end
end

function __oinp-guide_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __oinp-guide_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __oinp-guide_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __oinp-guide_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__oinp-guide_tokens -p)
    if test -z "$(__oinp-guide_tokens -t)"
        set -l index (count (__oinp-guide_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'oinp-guide' -f
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide" -eq 1' -fa 'guide' -d 'Answer the questions step by step (the default when no command is given).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide" -eq 1' -fa 'assess' -d 'Assess profile files: HCP criteria, FSW and CRS breakdowns, streams open on the date.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide" -eq 1' -fa 'checklist' -d 'Print the document checklist of a saved session or a profile file (Markdown or JSON).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide" -eq 1' -fa 'sessions' -d 'List, export, import, rename, duplicate and delete saved sessions.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide" -eq 1' -fa 'rules' -d 'Check the rule tables (funds, fees, deadlines and the rest).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" as-of' -l 'as-of' -d 'Evaluate rules and deadlines on this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" plain' -l 'plain' -d 'Ask the questions line by line (for screen readers, braille displays and scripts); chosen by itself when TERM=dumb.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" as-of' -l 'as-of' -d 'Evaluate on this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" strict' -l 'strict' -d 'Refuse a file with a key the profile format does not have (by default it is reported and ignored).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" verbose' -l 'verbose' -d 'On an error, also show the system\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" profile' -l 'profile' -d 'Read the answers from this profile JSON file instead of a session (- for standard input).' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" format' -l 'format' -d 'Output format: markdown or json.' -rfka 'markdown json'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" as-of' -l 'as-of' -d 'Derive the checklist on this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" o output' -s 'o' -l 'output' -d 'Write to this file (mode 0600) instead of standard output.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'list' -d 'List the saved sessions, most recently changed first: id, name, step, last change, next deadline.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'export' -d 'Write a session as profile JSON to standard output, or to a file (-o) readable by you only.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'import' -d 'Add a session from an exported file or a profile JSON file (- for standard input).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'rename' -d 'Rename a session.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'duplicate' -d 'Copy a session\'s answers into a new session (e.g. to try the spouse as principal applicant).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'delete' -d 'Delete a session for good (needs --yes).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" format' -l 'format' -d 'Output format: text (a table) or json.' -rfka 'text json'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" as-of' -l 'as-of' -d 'Count days left from this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions export" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions export" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions export" o output' -s 'o' -l 'output' -d 'Write to this file (mode 0600) instead of standard output.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions export" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions import" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions import" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions import" name' -l 'name' -d 'Name of the new session (default: the name in the file, else "Imported session").' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions import" as-of' -l 'as-of' -d 'Check dates against this day (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions import" strict' -l 'strict' -d 'Refuse a file with a key the profile format does not have (by default it is reported and ignored).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions import" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions rename" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions rename" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions rename" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions rename" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions duplicate" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions duplicate" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions duplicate" name' -l 'name' -d 'Name of the copy (default: the name followed by "(copy)").' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions duplicate" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions duplicate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions delete" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions delete" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions delete" yes' -l 'yes' -d 'Confirm: the session and its answers are deleted and cannot be recovered.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions delete" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide rules" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide rules" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide rules" -eq 1' -fa 'check' -d 'Check the embedded rule tables, or edited copies of them, for logical mistakes.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide rules check" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide rules check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide help" version' -l 'version' -d 'Show the version.'
