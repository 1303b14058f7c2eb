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
            __oinp-guide_parse_subcommand 0 'data-dir=' 'verbose' 'as-of=' 'session=' 'plain' 'version' 'h/help'
        case 'assess'
            __oinp-guide_parse_subcommand -r 1 'session=' 'all-sessions' 'data-dir=' 'verbose' 'as-of=' 'format=' 'strict' 'version' 'h/help'
        case 'checklist'
            __oinp-guide_parse_subcommand 1 'profile=' 'format=' 'all-sessions' 'status=' 'as-of=' 'data-dir=' 'verbose' 'o/output=' 'version' 'h/help'
        case 'deadlines'
            __oinp-guide_parse_subcommand 0 'data-dir=' 'verbose' 'due-within=' 'session=+' 'format=' 'as-of=' 'o/output=' 'version' 'h/help'
        case 'sessions'
            __oinp-guide_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __oinp-guide_parse_subcommand 0 'data-dir=' 'verbose' 'format=' 'as-of=' 'search=' 'step=' 'due-within=' 'sort=' 'version' 'h/help'
            case 'export'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'o/output=' 'version' 'h/help'
            case 'import'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'name=' 'as-of=' 'strict' 'version' 'h/help'
            case 'edit'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'file-number=' 'uci=' 'tags=' 'note=' 'version' 'h/help'
            case 'rename'
                __oinp-guide_parse_subcommand 2 'data-dir=' 'verbose' 'version' 'h/help'
            case 'duplicate'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'name=' 'version' 'h/help'
            case 'delete'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'yes' 'version' 'h/help'
            case 'backup'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'version' 'h/help'
            case 'restore'
                __oinp-guide_parse_subcommand 1 'data-dir=' 'verbose' 'version' 'h/help'
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
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide" -eq 1' -fa 'deadlines' -d 'List every dated deadline across saved sessions (text, csv, or an iCalendar file).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide" -eq 1' -fa 'sessions' -d 'List, export, import, rename, duplicate and delete saved sessions.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide" -eq 1' -fa 'rules' -d 'Check the rule tables (funds, fees, deadlines and the rest).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" as-of' -l 'as-of' -d 'Evaluate rules and deadlines on this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" session' -l 'session' -d 'Open this session (its id, a unique beginning of it, or its exact name) instead of offering the last one.' -rfka '(__oinp-guide_custom_completion ---completion guide -- --session (count (__oinp-guide_tokens -pc)) (__oinp-guide_tokens -tC))'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" plain' -l 'plain' -d 'Ask the questions line by line (for screen readers, braille displays and scripts); chosen by itself when TERM=dumb.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide guide" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" session' -l 'session' -d 'Assess this saved session (its id, a unique beginning of it, or its exact name).' -rfka '(__oinp-guide_custom_completion ---completion assess -- --session (count (__oinp-guide_tokens -pc)) (__oinp-guide_tokens -tC))'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" all-sessions' -l 'all-sessions' -d 'Assess every saved session, in one run (use --format json, jsonl or csv).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" as-of' -l 'as-of' -d 'Evaluate on this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json jsonl csv'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" strict' -l 'strict' -d 'Refuse a file with a key the profile format does not have (by default it is reported and ignored).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide assess" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide checklist" -eq 1' -fka '(__oinp-guide_custom_completion ---completion checklist -- positional@0 (count (__oinp-guide_tokens -pc)) (__oinp-guide_tokens -tC))'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" profile' -l 'profile' -d 'Read the answers from this profile JSON file instead of a session (- for standard input).' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" format' -l 'format' -d 'Output format: markdown or json (one session), markdown or csv (--all-sessions).' -rfka 'markdown json csv'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" all-sessions' -l 'all-sessions' -d 'The checklists of every saved session, one after the other.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" status' -l 'status' -d 'With --all-sessions: which items, missing (needed or requested), expiring, or all.' -rfka 'missing expiring all'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" as-of' -l 'as-of' -d 'Derive the checklist on this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" o output' -s 'o' -l 'output' -d 'Write to this file (mode 0600) instead of standard output.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide checklist" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide deadlines" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide deadlines" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide deadlines" due-within' -l 'due-within' -d 'Only deadlines at most DAYS away (overdue ones included).' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide deadlines"' -l 'session' -d 'Only this session (id, unique beginning of one, or exact name); repeat for several.' -rfka '(__oinp-guide_custom_completion ---completion deadlines -- --session (count (__oinp-guide_tokens -pc)) (__oinp-guide_tokens -tC))'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide deadlines" format' -l 'format' -d 'Output format: text, csv or ics.' -rfka 'text csv ics'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide deadlines" as-of' -l 'as-of' -d 'Count days left from this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide deadlines" o output' -s 'o' -l 'output' -d 'Write to this file (mode 0600) instead of standard output.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide deadlines" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide deadlines" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'list' -d 'List the saved sessions, most recently changed first: id, name, step, last change, next deadline.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'export' -d 'Write a session as profile JSON to standard output, or to a file (-o) readable by you only.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'import' -d 'Add a session from an exported file or a profile JSON file (- for standard input).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'edit' -d 'Set a session\'s client fields: file number, UCI, tags, note (an empty value clears one).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'rename' -d 'Rename a session.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'duplicate' -d 'Copy a session\'s answers into a new session (e.g. to try the spouse as principal applicant).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'delete' -d 'Delete a session for good (needs --yes).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'backup' -d 'Copy every session to FILE (SQLite\'s online backup: consistent even while the guide saves).'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions" -eq 1' -fa 'restore' -d 'Replace the saved sessions with a backup FILE; the current store is kept beside it.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" format' -l 'format' -d 'Output format: text (a table), json or csv.' -rfka 'text json csv'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" as-of' -l 'as-of' -d 'Count days left from this date (YYYY-MM-DD) instead of today.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" search' -l 'search' -d 'Only sessions whose name, id, file number, UCI or tags contain every word of TEXT (any case).' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" step' -l 'step' -d 'Only sessions at this step (1 criteria, 2 stream, 3 OINP, 4 PR).' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" due-within' -l 'due-within' -d 'Only sessions whose next deadline is at most DAYS away (overdue ones included).' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" sort' -l 'sort' -d 'Order: changed (most recent first), name, or deadline (nearest first).' -rfka 'name changed deadline'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions export" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions export" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions export" -eq 1' -fka '(__oinp-guide_custom_completion ---completion sessions export -- positional@0 (count (__oinp-guide_tokens -pc)) (__oinp-guide_tokens -tC))'
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
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions edit" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions edit" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions edit" -eq 1' -fka '(__oinp-guide_custom_completion ---completion sessions edit -- positional@0 (count (__oinp-guide_tokens -pc)) (__oinp-guide_tokens -tC))'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions edit" file-number' -l 'file-number' -d 'The practice\'s own file number.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions edit" uci' -l 'uci' -d 'IRCC\'s Unique Client Identifier (digits and dashes).' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions edit" tags' -l 'tags' -d 'Tags, separated by commas (replace the current ones).' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions edit" note' -l 'note' -d 'A free note (line breaks allowed).' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions edit" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions edit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions rename" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions rename" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions rename" -eq 1' -fka '(__oinp-guide_custom_completion ---completion sessions rename -- positional@0 (count (__oinp-guide_tokens -pc)) (__oinp-guide_tokens -tC))'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions rename" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions rename" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions duplicate" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions duplicate" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions duplicate" -eq 1' -fka '(__oinp-guide_custom_completion ---completion sessions duplicate -- positional@0 (count (__oinp-guide_tokens -pc)) (__oinp-guide_tokens -tC))'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions duplicate" name' -l 'name' -d 'Name of the copy (default: the name followed by "(copy)").' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions duplicate" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions duplicate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions delete" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions delete" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide sessions delete" -eq 1' -fka '(__oinp-guide_custom_completion ---completion sessions delete -- positional@0 (count (__oinp-guide_tokens -pc)) (__oinp-guide_tokens -tC))'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions delete" yes' -l 'yes' -d 'Confirm: the session and its answers are deleted and cannot be recovered.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions delete" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions backup" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions backup" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions backup" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions backup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions restore" data-dir' -l 'data-dir' -d 'Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.' -rfka ''
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions restore" verbose' -l 'verbose' -d 'On an error, also show the system\'s or SQLite\'s own message.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions restore" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide sessions restore" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide rules" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide rules" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_positional "oinp-guide rules" -eq 1' -fa 'check' -d 'Check the embedded rule tables, or edited copies of them, for logical mistakes.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide rules check" version' -l 'version' -d 'Show the version.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide rules check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oinp-guide' -n '__oinp-guide_should_offer_completions_for_flags_or_options "oinp-guide help" version' -l 'version' -d 'Show the version.'
