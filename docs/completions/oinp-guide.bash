#!/bin/bash

__oinp-guide_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__oinp-guide_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__oinp-guide_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__oinp-guide_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_oinp-guide() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __oinp-guide_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    guide|assess|checklist|deadlines|sessions|rules|help)
        # Offer subcommand argument completions
        "_oinp-guide_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'guide assess checklist deadlines sessions rules help' -- "${cur}"))
        ;;
    esac
}

_oinp-guide_guide() {
    repeating_flags=()
    non_repeating_flags=(--verbose --plain --version -h --help)
    repeating_options=()
    non_repeating_options=(--data-dir --as-of --session)
    __oinp-guide_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    '--as-of')
        return
        ;;
    '--session')
        __oinp-guide_add_completions -W "$(__oinp-guide_custom_complete ---completion guide -- --session "${COMP_CWORD}" "$(__oinp-guide_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_oinp-guide_assess() {
    repeating_flags=()
    non_repeating_flags=(--all-sessions --verbose --strict --version -h --help)
    repeating_options=()
    non_repeating_options=(--session --data-dir --as-of --format)
    __oinp-guide_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--session')
        __oinp-guide_add_completions -W "$(__oinp-guide_custom_complete ---completion assess -- --session "${COMP_CWORD}" "$(__oinp-guide_cursor_index_in_current_word)")"
        return
        ;;
    '--data-dir')
        return
        ;;
    '--as-of')
        return
        ;;
    '--format')
        __oinp-guide_add_completions -W 'text'$'\n''json'$'\n''jsonl'$'\n''csv'
        return
        ;;
    esac
}

_oinp-guide_checklist() {
    repeating_flags=()
    non_repeating_flags=(--all-sessions --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --format --status --as-of --data-dir -o --output)
    __oinp-guide_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--format')
        __oinp-guide_add_completions -W 'markdown'$'\n''json'$'\n''csv'
        return
        ;;
    '--status')
        __oinp-guide_add_completions -W 'missing'$'\n''expiring'$'\n''all'
        return
        ;;
    '--as-of')
        return
        ;;
    '--data-dir')
        return
        ;;
    '-o'|'--output')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __oinp-guide_add_completions -W "$(__oinp-guide_custom_complete ---completion checklist -- positional@0 "${COMP_CWORD}" "$(__oinp-guide_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_oinp-guide_deadlines() {
    repeating_flags=()
    non_repeating_flags=(--verbose --version -h --help)
    repeating_options=(--session)
    non_repeating_options=(--data-dir --due-within --format --as-of -o --output)
    __oinp-guide_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    '--due-within')
        return
        ;;
    '--session')
        __oinp-guide_add_completions -W "$(__oinp-guide_custom_complete ---completion deadlines -- --session "${COMP_CWORD}" "$(__oinp-guide_cursor_index_in_current_word)")"
        return
        ;;
    '--format')
        __oinp-guide_add_completions -W 'text'$'\n''csv'$'\n''ics'
        return
        ;;
    '--as-of')
        return
        ;;
    '-o'|'--output')
        return
        ;;
    esac
}

_oinp-guide_sessions() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __oinp-guide_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|export|import|edit|rename|duplicate|delete|backup|restore)
        # Offer subcommand argument completions
        "_oinp-guide_sessions_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list export import edit rename duplicate delete backup restore' -- "${cur}"))
        ;;
    esac
}

_oinp-guide_sessions_list() {
    repeating_flags=()
    non_repeating_flags=(--verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--data-dir --format --as-of --search --step --due-within --sort)
    __oinp-guide_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    '--format')
        __oinp-guide_add_completions -W 'text'$'\n''json'$'\n''csv'
        return
        ;;
    '--as-of')
        return
        ;;
    '--search')
        return
        ;;
    '--step')
        return
        ;;
    '--due-within')
        return
        ;;
    '--sort')
        __oinp-guide_add_completions -W 'name'$'\n''changed'$'\n''deadline'
        return
        ;;
    esac
}

_oinp-guide_sessions_export() {
    repeating_flags=()
    non_repeating_flags=(--verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--data-dir -o --output)
    __oinp-guide_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    '-o'|'--output')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __oinp-guide_add_completions -W "$(__oinp-guide_custom_complete ---completion sessions export -- positional@0 "${COMP_CWORD}" "$(__oinp-guide_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_oinp-guide_sessions_import() {
    repeating_flags=()
    non_repeating_flags=(--verbose --strict --version -h --help)
    repeating_options=()
    non_repeating_options=(--data-dir --name --as-of)
    __oinp-guide_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    '--name')
        return
        ;;
    '--as-of')
        return
        ;;
    esac
}

_oinp-guide_sessions_edit() {
    repeating_flags=()
    non_repeating_flags=(--verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--data-dir --file-number --uci --tags --note)
    __oinp-guide_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    '--file-number')
        return
        ;;
    '--uci')
        return
        ;;
    '--tags')
        return
        ;;
    '--note')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __oinp-guide_add_completions -W "$(__oinp-guide_custom_complete ---completion sessions edit -- positional@0 "${COMP_CWORD}" "$(__oinp-guide_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_oinp-guide_sessions_rename() {
    repeating_flags=()
    non_repeating_flags=(--verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--data-dir)
    __oinp-guide_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __oinp-guide_add_completions -W "$(__oinp-guide_custom_complete ---completion sessions rename -- positional@0 "${COMP_CWORD}" "$(__oinp-guide_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_oinp-guide_sessions_duplicate() {
    repeating_flags=()
    non_repeating_flags=(--verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--data-dir --name)
    __oinp-guide_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    '--name')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __oinp-guide_add_completions -W "$(__oinp-guide_custom_complete ---completion sessions duplicate -- positional@0 "${COMP_CWORD}" "$(__oinp-guide_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_oinp-guide_sessions_delete() {
    repeating_flags=()
    non_repeating_flags=(--verbose --yes --version -h --help)
    repeating_options=()
    non_repeating_options=(--data-dir)
    __oinp-guide_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __oinp-guide_add_completions -W "$(__oinp-guide_custom_complete ---completion sessions delete -- positional@0 "${COMP_CWORD}" "$(__oinp-guide_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_oinp-guide_sessions_backup() {
    repeating_flags=()
    non_repeating_flags=(--verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--data-dir)
    __oinp-guide_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    esac
}

_oinp-guide_sessions_restore() {
    repeating_flags=()
    non_repeating_flags=(--verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--data-dir)
    __oinp-guide_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data-dir')
        return
        ;;
    esac
}

_oinp-guide_rules() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __oinp-guide_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    check)
        # Offer subcommand argument completions
        "_oinp-guide_rules_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'check' -- "${cur}"))
        ;;
    esac
}

_oinp-guide_rules_check() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __oinp-guide_offer_flags_options -1
}

_oinp-guide_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __oinp-guide_offer_flags_options -1
}

complete -o filenames -F _oinp-guide oinp-guide
