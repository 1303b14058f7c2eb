import GuideCore

/// One question, or one field of a list entry: the prompt, the input (a field, choices, or the
/// entries), what is wrong with the answer, a computed note (deadline, days left), and its help.
enum QuestionView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        guard let q = s.currentQuestion else { return }
        let profile = s.profile
        let progress = Questionnaire.progress(in: q.step, for: profile)
        Chrome.stepLine(q.step, answered: progress.answered, total: progress.total, y: 1, into: &b)
        Chrome.rule(y: 2, into: &b)
        var y = 4
        if q.step == .oinp {
            // The questions follow the journey's route; say so when the rules' route on this date differs.
            let route = Questionnaire.journeyRoute(profile), rules = RouteRules.effectiveRoute(profile, asOf: s.today)
            let line = route == rules ? "Route: \(route.shortLabel) (step 2 chooses it)."
                : "Route: \(route.shortLabel). On \(s.today) the rules say: \(rules.shortLabel)."
            b.put(DisplayWidth.truncate(line, to: b.width - 2), x: 1, y: 3, style: route == rules ? .muted : .warning)
        }
        let prompt: String
        let kind: Question.Kind
        let help: String
        let saved: String?
        if case let .entry(_, index, f) = s.screen, let list = q.entryList, let field = s.currentEntryField {
            saved = field.read(profile, index)
            let heading = "\(q.prompt): \(list.noun) \(index + 1), question \(f + 1) of \(list.fields.count)"
            b.put(DisplayWidth.truncate(heading, to: b.width - 4), x: 2, y: y, style: .muted)
            y += 1
            prompt = field.prompt
            kind = field.kind
            help = field.help
        } else {
            saved = q.read(profile)
            prompt = q.prompt
            kind = q.kind
            help = q.help
        }
        for line in DisplayWidth.wrap(prompt, width: b.width - 4) {
            b.put(line, x: 2, y: y, style: .title); y += 1
        }
        y += 1
        let bottom = b.height - 3          // rows below are the status and key lines
        switch kind {
        case .choice(let choices):
            y = drawChoices(choices.map(\.label), marks: choices.map { $0.value == saved ? "(*)" : "( )" }, s, y: y, bottom: bottom, into: &b)
        case .multiChoice(let choices):
            y = drawChoices(choices.map(\.label), marks: choices.map { s.checked.contains($0.value) ? "[x]" : "[ ]" }, s, y: y, bottom: bottom, into: &b)
        case .list(let list):
            y = drawEntries(list, profile, s, y: y, bottom: bottom, into: &b)
        default:
            drawField(kind, s, y: y, into: &b)
            y += 1
        }
        if let error = s.fieldError {
            for line in DisplayWidth.wrap("! " + error, width: b.width - 4) where y < bottom {
                b.put(line, x: 2, y: y, style: .error); y += 1
            }
        }
        if case .entry = s.screen {} else if let note = q.note(profile, s.today), y < bottom {
            for line in DisplayWidth.wrap(note, width: b.width - 4) where y < bottom {
                b.put(line, x: 2, y: y, style: .warning); y += 1
            }
        }
        y += 1
        for line in DisplayWidth.wrap(help, width: b.width - 4) where y < bottom {
            b.put(line, x: 2, y: y, style: .muted); y += 1
        }
        Chrome.keys(keys(for: kind), into: &b)
    }

    static func keys(for kind: Question.Kind) -> [(String, String)] {
        KeyMaps.input(kind).keyLine()
    }

    static func drawField(_ kind: Question.Kind, _ s: AppState, y: Int, into b: inout ScreenBuffer) {
        let fieldWidth = min(b.width - 6, max(24, Update.maxLength(kind) + 2))
        // The field's text is plain, so a typed character costs the terminal about one byte (an attribute
        // would be set and reset around every character); its focus shows in bold brackets (kept under
        // NO_COLOR) and the cursor.
        b.put("[", x: 2, y: y, style: .title)
        // Show the end of a long draft so the cursor stays visible.
        let scroll = max(0, s.field.cursorColumn - (fieldWidth - 1))
        // A selected (prefilled) answer is drawn in reverse video, so it reads as "typing replaces this".
        b.put(String(dropColumns(s.field.string, scroll)), x: 3, y: y, style: s.field.selected ? .focus : .normal, maxWidth: fieldWidth)
        b.put("]", x: 3 + fieldWidth, y: y, style: .title)
        b.put(hint(kind), x: 5 + fieldWidth, y: y, style: .muted, maxWidth: max(0, b.width - 6 - fieldWidth))
        b.cursor = (3 + s.field.cursorColumn - scroll, y)
    }

    /// Rows with a marker; the highlighted item (its text, not the whole row, so a move rewrites only the
    /// two items) in reverse video with ">" (never colour alone).
    static func drawChoices(_ labels: [String], marks: [String], _ s: AppState, y y0: Int, bottom: Int, into b: inout ScreenBuffer) -> Int {
        let visible = max(1, bottom - y0 - 2)
        let first = max(0, min(s.selection - visible + 1, labels.count - visible))
        var y = y0
        for i in first..<min(labels.count, first + visible) {
            let selected = i == s.selection
            if selected { b.cursor = (4, y) }
            let style: Style = selected ? .focus : .normal
            b.put(DisplayWidth.truncate((selected ? "> " : "  ") + marks[i] + " " + labels[i], to: b.width - 4), x: 2, y: y, style: style)
            y += 1
        }
        if labels.count > visible {
            b.put("(\(first + 1)-\(min(labels.count, first + visible)) of \(labels.count))", x: 4, y: y, style: .muted); y += 1
        }
        return y + 1
    }

    static func drawEntries(_ list: EntryList, _ profile: Profile, _ s: AppState, y: Int, bottom: Int, into b: inout ScreenBuffer) -> Int {
        let count = list.count(profile)
        var labels: [String] = []
        var marks: [String] = []
        for i in 0..<count {
            let missing = list.missing(in: profile, at: i)
            labels.append(list.summary(profile, i) + (missing.isEmpty ? "" : "  (incomplete: \(missing.count) to answer)"))
            marks.append(missing.isEmpty ? "\(i + 1)." : "!\(i + 1)")
        }
        labels += ["Add a \(list.noun)", "Continue"]
        marks += ["+", "->"]
        return drawChoices(labels, marks: marks, s, y: y, bottom: bottom, into: &b)
    }

    static func hint(_ kind: Question.Kind) -> String {
        switch kind {
        case .date: return "YYYY-MM-DD"
        case .integer(let r): return "\(r.lowerBound)-\(r.upperBound)"
        case .amount: return "CAD"
        default: return ""
        }
    }

    static func dropColumns(_ s: String, _ n: Int) -> Substring {
        var cols = 0
        var idx = s.startIndex
        while idx < s.endIndex, cols < n {
            cols += DisplayWidth.of(s[idx])
            idx = s.index(after: idx)
        }
        return s[idx...]
    }
}
