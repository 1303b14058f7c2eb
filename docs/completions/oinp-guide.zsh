#compdef oinp-guide

__oinp-guide_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__oinp-guide_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __oinp-guide_complete "${completions[@]:0:-1}"
    fi
}

__oinp-guide_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_oinp-guide() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'guide:Answer the questions step by step (the default when no command is given).'
            'assess:Assess profile files: HCP criteria, FSW and CRS breakdowns, streams open on the date.'
            'checklist:Print the document checklist of a saved session or a profile file (Markdown or JSON).'
            'deadlines:List every dated deadline across saved sessions (text, csv, or an iCalendar file).'
            'sessions:List, export, import, rename, duplicate and delete saved sessions.'
            'rules:Check the rule tables (funds, fees, deadlines and the rest).'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        guide|assess|checklist|deadlines|sessions|rules|help)
            "_oinp-guide_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_oinp-guide_guide() {
    local -i ret=1
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        '--as-of[Evaluate rules and deadlines on this date (YYYY-MM-DD) instead of today.]:date:'
        '--session[Open this session (its id, a unique beginning of it, or its exact name) instead of offering the last one.]:session:{__oinp-guide_custom_complete ---completion guide -- --session "${current_word_index}" "$(__oinp-guide_cursor_index_in_current_word)"}'
        '--plain[Ask the questions line by line (for screen readers, braille displays and scripts); chosen by itself when TERM=dumb.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_assess() {
    local -i ret=1
    local -ar ___format=('text' 'json' 'jsonl' 'csv')
    local -ar arg_specs=(
        '*:FILE:'
        '--session[Assess this saved session (its id, a unique beginning of it, or its exact name).]:session:{__oinp-guide_custom_complete ---completion assess -- --session "${current_word_index}" "$(__oinp-guide_cursor_index_in_current_word)"}'
        '--all-sessions[Assess every saved session, in one run (use --format json, jsonl or csv).]'
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        '--as-of[Evaluate on this date (YYYY-MM-DD) instead of today.]:date:'
        '--format[Output format\: text or json.]:format:{__oinp-guide_complete "${___format[@]}"}'
        '--strict[Refuse a file with a key the profile format does not have (by default it is reported and ignored).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_checklist() {
    local -i ret=1
    local -ar ___format=('markdown' 'json' 'csv')
    local -ar ___status=('missing' 'expiring' 'all')
    local -ar arg_specs=(
        ':SESSION:{__oinp-guide_custom_complete ---completion checklist -- positional@0 "${current_word_index}" "$(__oinp-guide_cursor_index_in_current_word)"}'
        '--profile[Read the answers from this profile JSON file instead of a session (- for standard input).]:FILE.json:'
        '--format[Output format\: markdown or json (one session), markdown or csv (--all-sessions).]:format:{__oinp-guide_complete "${___format[@]}"}'
        '--all-sessions[The checklists of every saved session, one after the other.]'
        '--status[With --all-sessions\: which items, missing (needed or requested), expiring, or all.]:status:{__oinp-guide_complete "${___status[@]}"}'
        '--as-of[Derive the checklist on this date (YYYY-MM-DD) instead of today.]:date:'
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        '(-o --output)'{-o,--output}'[Write to this file (mode 0600) instead of standard output.]:FILE:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_deadlines() {
    local -i ret=1
    local -ar ___format=('text' 'csv' 'ics')
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        '--due-within[Only deadlines at most DAYS away (overdue ones included).]:days:'
        '*--session[Only this session (id, unique beginning of one, or exact name); repeat for several.]:session:{__oinp-guide_custom_complete ---completion deadlines -- --session "${current_word_index}" "$(__oinp-guide_cursor_index_in_current_word)"}'
        '--format[Output format\: text, csv or ics.]:format:{__oinp-guide_complete "${___format[@]}"}'
        '--as-of[Count days left from this date (YYYY-MM-DD) instead of today.]:date:'
        '(-o --output)'{-o,--output}'[Write to this file (mode 0600) instead of standard output.]:file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_sessions() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the saved sessions, most recently changed first: id, name, step, last change, next deadline.'
            'export:Write a session as profile JSON to standard output, or to a file (-o) readable by you only.'
            'import:Add a session from an exported file or a profile JSON file (- for standard input).'
            'edit:Set a session'\''s client fields: file number, UCI, tags, note (an empty value clears one).'
            'rename:Rename a session.'
            'duplicate:Copy a session'\''s answers into a new session (e.g. to try the spouse as principal applicant).'
            'delete:Delete a session for good (needs --yes).'
            'backup:Copy every session to FILE (SQLite'\''s online backup: consistent even while the guide saves).'
            'restore:Replace the saved sessions with a backup FILE; the current store is kept beside it.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|export|import|edit|rename|duplicate|delete|backup|restore)
            "_oinp-guide_sessions_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_oinp-guide_sessions_list() {
    local -i ret=1
    local -ar ___format=('text' 'json' 'csv')
    local -ar ___sort=('name' 'changed' 'deadline')
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        '--format[Output format\: text (a table), json or csv.]:format:{__oinp-guide_complete "${___format[@]}"}'
        '--as-of[Count days left from this date (YYYY-MM-DD) instead of today.]:date:'
        '--search[Only sessions whose name, id, file number, UCI or tags contain every word of TEXT (any case).]:text:'
        '--step[Only sessions at this step (1 criteria, 2 stream, 3 OINP, 4 PR).]:n:'
        '--due-within[Only sessions whose next deadline is at most DAYS away (overdue ones included).]:days:'
        '--sort[Order\: changed (most recent first), name, or deadline (nearest first).]:sort:{__oinp-guide_complete "${___sort[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_sessions_export() {
    local -i ret=1
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        ':session:{__oinp-guide_custom_complete ---completion sessions export -- positional@0 "${current_word_index}" "$(__oinp-guide_cursor_index_in_current_word)"}'
        '(-o --output)'{-o,--output}'[Write to this file (mode 0600) instead of standard output.]:file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_sessions_import() {
    local -i ret=1
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        ':file:'
        '--name[Name of the new session (default\: the name in the file, else "Imported session").]:name:'
        '--as-of[Check dates against this day (YYYY-MM-DD) instead of today.]:date:'
        '--strict[Refuse a file with a key the profile format does not have (by default it is reported and ignored).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_sessions_edit() {
    local -i ret=1
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        ':session:{__oinp-guide_custom_complete ---completion sessions edit -- positional@0 "${current_word_index}" "$(__oinp-guide_cursor_index_in_current_word)"}'
        '--file-number[The practice'\''s own file number.]:text:'
        '--uci[IRCC'\''s Unique Client Identifier (digits and dashes).]:uci:'
        '--tags[Tags, separated by commas (replace the current ones).]:a,b:'
        '--note[A free note (line breaks allowed).]:text:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_sessions_rename() {
    local -i ret=1
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        ':session:{__oinp-guide_custom_complete ---completion sessions rename -- positional@0 "${current_word_index}" "$(__oinp-guide_cursor_index_in_current_word)"}'
        ':name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_sessions_duplicate() {
    local -i ret=1
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        ':session:{__oinp-guide_custom_complete ---completion sessions duplicate -- positional@0 "${current_word_index}" "$(__oinp-guide_cursor_index_in_current_word)"}'
        '--name[Name of the copy (default\: the name followed by "(copy)").]:name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_sessions_delete() {
    local -i ret=1
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        ':session:{__oinp-guide_custom_complete ---completion sessions delete -- positional@0 "${current_word_index}" "$(__oinp-guide_cursor_index_in_current_word)"}'
        '--yes[Confirm\: the session and its answers are deleted and cannot be recovered.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_sessions_backup() {
    local -i ret=1
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        ':file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_sessions_restore() {
    local -i ret=1
    local -ar arg_specs=(
        '--data-dir[Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.]:path:'
        '--verbose[On an error, also show the system'\''s or SQLite'\''s own message.]'
        ':file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_rules() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'check:Check the embedded rule tables, or edited copies of them, for logical mistakes.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        check)
            "_oinp-guide_rules_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_oinp-guide_rules_check() {
    local -i ret=1
    local -ar arg_specs=(
        '*:FILE:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_oinp-guide_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _oinp-guide ]]; then
    _oinp-guide "${@}"
else
    compdef _oinp-guide oinp-guide
fi
