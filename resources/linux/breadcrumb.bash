# bash completion for breadcrumb and breadcrumb-gui.
#
# Commands, options and their fixed values are read from the programs' own --help, so the completion
# follows the CLI without a copy of its option list; run ids come from `breadcrumb list` and function
# names from the trace's `functions` table, in the trace named on the command line (-t/--trace) or the
# default one. Nothing here needs the bash-completion package's helpers.

# The option lines of PROGRAM [COMMAND] --help, as "NAME VALUE" where VALUE is the metavariable
# ("FILE") or empty for a flag; "-o, --output FILE" gives both names with the value.
_breadcrumb_options()
{
    QT_QPA_PLATFORM=offscreen LC_ALL=C "$@" --help 2>/dev/null | awk '
        /^[^ ].*:$/ { section = $0; next }
        section == "Options:" && /^ +-/ {
            line = $0; sub(/^ +/, "", line); sub(/  .*/, "", line)
            n = split(line, parts, /, /); value = ""
            for (i = 1; i <= n; i++) if (split(parts[i], w, " ") > 1) value = w[2]
            for (i = 1; i <= n; i++) { split(parts[i], w, " "); print w[1], value }
        }'
}

# The fixed values an option's help lists ("Output format: table, json or csv.", "chrome or
# speedscope."), or nothing when its help is not such a list.
_breadcrumb_option_values()
{
    local option=$1
    shift
    QT_QPA_PLATFORM=offscreen LC_ALL=C "$@" --help 2>/dev/null | awk -v option="$option" '
        /^[^ ]/ { inopt = 0 }
        /^ +-/ {
            line = $0; sub(/^ +/, "", line); term = line; sub(/  .*/, "", term)
            inopt = 0; n = split(term, parts, /, /)
            for (i = 1; i <= n; i++) { split(parts[i], w, " "); if (w[1] == option) inopt = 1 }
            if (inopt) { sub(/^[^ ]+( [^ ]+)*  +/, "", line); desc = line }
            next
        }
        inopt && /^ +[^ -]/ { line = $0; sub(/^ +/, "", line); desc = desc " " line }
        END {
            sub(/^[^.]*: /, "", desc); sub(/\..*/, "", desc); sub(/;.*/, "", desc)
            gsub(/\([^)]*\)/, "", desc); gsub(/ or /, ", ", desc); gsub(/ +,/, ",", desc)
            if (desc !~ /^[a-z0-9_-]+(, [a-z0-9_-]+)+ *$/) exit
            n = split(desc, values, /, /)
            for (i = 1; i <= n; i++) { v = values[i]; gsub(/ /, "", v); print v }
        }'
}

# Run ids of the trace: the first column of `breadcrumb list --format csv`.
_breadcrumb_run_ids()
{
    local program=$1
    shift
    "$program" list "$@" --format csv 2>/dev/null | awk -F, 'NR > 1 && $1 ~ /^[0-9]+$/ { print $1 }'
}

_breadcrumb_function_names()
{
    local program=$1
    shift
    "$program" query "$@" --format csv "SELECT DISTINCT name FROM functions ORDER BY name" 2>/dev/null |
        awk 'NR > 1 { sub(/\r$/, ""); gsub(/^"|"$/, ""); print }'
}

# COMPREPLY = the words of LIST that start with CUR, quoted for the shell (`<module>` has a `<`).
_breadcrumb_reply()
{
    local cur=$1 list=$2 word
    COMPREPLY=()
    while IFS= read -r word; do
        [[ -n $word && $word == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$word")")
    done <<<"$list"
}

_breadcrumb_files()
{
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    COMPREPLY=($(compgen -f -- "$1"))
}

# The trace named on the line so far, as arguments for the CLI (-t FILE), or none for the default.
_breadcrumb_trace_args()
{
    local i word trace=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            -t | --trace)
                trace=${COMP_WORDS[i + 1]}
                [[ $trace == "=" ]] && trace=${COMP_WORDS[i + 2]}
                ;;
            --trace=*) trace=${word#--trace=} ;;
        esac
    done
    [[ $trace == "~/"* ]] && trace=$HOME/${trace#"~/"}
    [[ -n $trace ]] && printf '%s\n' -t "$trace"
}

_breadcrumb()
{
    _breadcrumb_complete
    # "--option=value" as one word (no '=' in COMP_WORDBREAKS): the reply replaces the whole word.
    local cur=${COMP_WORDS[COMP_CWORD]} i
    if [[ $cur == --*=* ]]; then
        for i in "${!COMPREPLY[@]}"; do COMPREPLY[i]=${cur%%=*}=${COMPREPLY[i]}; done
    fi
    return 0
}

_breadcrumb_complete()
{
    local program=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=""
    [[ $program == "~/"* ]] && program=$HOME/${program#"~/"}
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # "--option=value" arrives as three words when '=' breaks words (bash's default).
    if [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $cur == "=" ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        cur=""
    elif [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
    fi

    # The command: the first word that is neither an option nor an option's value.
    local i word command="" positionals=0 options
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ -z $command ]]; then
            case $word in
                -t | --trace | --run) ((i++)) ;;
                -*) ;;
                *) command=$word ;;
            esac
            continue
        fi
        [[ $word == "=" || ${COMP_WORDS[i - 1]} == "=" ]] && continue
        if [[ $word == -* ]]; then
            [[ $word == *=* ]] && continue
            options=${options-$(_breadcrumb_options "$program" "$command")}
            # An option that takes a value consumes the next word; after `run -m MODULE` or the script,
            # the words belong to the program.
            if grep -q "^$word [^ ]" <<<"$options"; then
                [[ $command == run && ($word == -m || $word == --module) ]] && return 0
                ((i++))
            fi
        else
            ((positionals++))
            [[ $command == run ]] && { _breadcrumb_files "$cur"; return 0; }
        fi
    done

    local -a trace
    mapfile -t trace < <(_breadcrumb_trace_args)

    if [[ $prev == -* ]]; then
        options=${options-$(_breadcrumb_options "$program" ${command:+"$command"})}
        [[ -z $command ]] && options=$'-t FILE\n--trace FILE\n--run ID\n-h\n--help\n-V\n--version'
        local value
        value=$(awk -v o="$prev" '$1 == o { print $2 }' <<<"$options")
        if [[ -n $value ]]; then
            case $prev in
                --run) _breadcrumb_reply "$cur" "$(_breadcrumb_run_ids "$program" "${trace[@]}")" ;;
                --call) _breadcrumb_reply "$cur" "$(_breadcrumb_function_names "$program" "${trace[@]}")" ;;
                --python) COMPREPLY=($(compgen -c -- "$cur")) ;;
                -m | --module) COMPREPLY=() ;;
                *)
                    local values
                    values=$(_breadcrumb_option_values "$prev" "$program" ${command:+"$command"})
                    if [[ -n $values ]]; then
                        _breadcrumb_reply "$cur" "$values"
                    elif [[ $value == FILE || $value == TRACE || $value == OUT.png ]]; then
                        _breadcrumb_files "$cur"
                    else
                        COMPREPLY=()
                    fi
                    ;;
            esac
            return 0
        fi
    fi

    if [[ $cur == -* ]]; then
        if [[ -z $command ]]; then
            _breadcrumb_reply "$cur" $'-t\n--trace\n--run\n-h\n--help\n-V\n--version'
        else
            options=${options-$(_breadcrumb_options "$program" "$command")}
            _breadcrumb_reply "$cur" "$(awk '{ print $1 }' <<<"$options")"
        fi
        return 0
    fi

    case $command in
        "" | help)
            [[ $command == help ]] && ((positionals > 0)) && return 0
            _breadcrumb_reply "$cur" "$(LC_ALL=C "$program" --help 2>/dev/null |
                awk '/^[^ ].*:$/ { section = $0; next } section == "Commands:" && /^  [a-z]/ { print $1 }')"
            ;;
        performance) ((positionals == 0)) &&
            _breadcrumb_reply "$cur" "$(_breadcrumb_function_names "$program" "${trace[@]}")" ;;
        get) ((positionals == 0)) && _breadcrumb_reply "$cur" "$(_breadcrumb_run_ids "$program" "${trace[@]}")" ;;
        compare) ((positionals < 2)) && _breadcrumb_reply "$cur" "$(_breadcrumb_run_ids "$program" "${trace[@]}")" ;;
        run) _breadcrumb_files "$cur" ;;
        list) ((positionals == 0)) && _breadcrumb_files "$cur" ;;
        *) COMPREPLY=() ;;
    esac
    return 0
}

# breadcrumb-gui: its options from its --help; TRACE and AFTER_TRACE are files; --run and --select
# read the trace given as TRACE, with the CLI installed next to the viewer.
_breadcrumb_gui()
{
    local program=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=""
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    local cli
    cli=$(dirname -- "$(command -v -- "$program" 2>/dev/null || echo "$program")")/breadcrumb
    local options
    options=$(_breadcrumb_options "$program")

    local i word trace=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == -* ]]; then
            grep -q "^$word [^ ]" <<<"$options" && ((i++))
        elif ((${#trace[@]} == 0)); then
            trace=(-t "${word%:*}")
            [[ -f $word ]] && trace=(-t "$word")
        fi
    done

    if [[ $prev == -* ]] && grep -q "^$prev [^ ]" <<<"$options"; then
        case $prev in
            --run) _breadcrumb_reply "$cur" "$(_breadcrumb_run_ids "$cli" "${trace[@]}")" ;;
            --select) _breadcrumb_reply "$cur" "$(_breadcrumb_function_names "$cli" "${trace[@]}")" ;;
            --screenshot) _breadcrumb_files "$cur" ;;
            # --view: the names its help lists.
            *) _breadcrumb_reply "$cur" "$(_breadcrumb_option_values "$prev" "$program")" ;;
        esac
        return 0
    fi
    if [[ $cur == -* ]]; then
        _breadcrumb_reply "$cur" "$(awk '{ print $1 }' <<<"$options")"
        return 0
    fi
    _breadcrumb_files "$cur"
}

complete -F _breadcrumb breadcrumb
complete -F _breadcrumb_gui breadcrumb-gui
