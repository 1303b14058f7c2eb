import GuideCore

/// One question, or one field of a list entry: the prompt, the input (a field, choices, or the
/// entries), what is wrong with the answer, a computed note (deadline, days left), and its help.
enum QuestionView {
    static func draw(_ s: AppState, in body: Rect, into b: inout ScreenBuffer) {
        guard let q = s.currentQuestion else { return }
        let profile = s.profile
        let progress = Questionnaire.progress(in: q.step, for: profile)
        let (titleRow, ruleRow, rest) = Chrome.titled(body)
        Chrome.stepLine(q.step, answered: progress.answered, total: progress.total, in: titleRow, into: &b)
        Chrome.rule(in: ruleRow, into: &b)
        var top = rest
        // The row under the rule holds the route on step 3 (wrapped when long), else stays blank.
        var routeRows = 1
        if q.step == .oinp {
            // The questions follow the journey's route; say so when the rules' route on this date differs.
            let route = Questionnaire.journeyRoute(profile), rules = RouteRules.effectiveRoute(profile, asOf: s.today)
            let line = route == rules ? "Route: \(route.shortLabel) (step 2 chooses it)."
                : "Route: \(route.shortLabel). On \(s.today) the rules say: \(rules.shortLabel)."
            let p = Paragraph(line, style: route == rules ? .muted : .warning, hanging: 2)
            let area = top.inset(left: 1, right: 1)
            routeRows = p.height(width: area.width)
            p.draw(in: area.splitTop(routeRows).top, into: &b)
            if routeRows > 1 { routeRows += 1 }          // a blank row between a long route and the prompt
        }
        _ = top.takeTop(routeRows)
        var area = top.inset(horizontal: 2)
        let prompt: String
        let kind: Question.Kind
        let help: String
        let saved: String?
        if case let .entry(_, index, f) = s.screen, let list = q.entryList, let field = s.currentEntryField {
            saved = field.read(profile, index)
            let heading = Paragraph("\(q.prompt): \(list.noun) \(index + 1), question \(f + 1) of \(list.fields.count)", style: .muted, hanging: 2)
            heading.draw(in: area.takeTop(heading.height(width: area.width)), into: &b)
            prompt = field.prompt
            kind = field.kind
            help = field.help
        } else {
            saved = q.read(profile)
            prompt = q.prompt
            kind = q.kind
            help = q.help
        }
        let title = Paragraph(prompt, style: .title)
        title.draw(in: area.takeTop(title.height(width: area.width)), into: &b)
        _ = area.takeTop(1)
        // What is wrong with the answer, and the computed note, are read whole: the input gives up rows
        // for them (a list scrolls), and the help below takes what is left (all of it is in F1).
        let error = s.fieldError.map { Paragraph("! " + $0, style: .error, hanging: 2) }
        var note: Paragraph?
        if case .entry = s.screen {} else if let text = q.note(profile, s.today) {
            note = Paragraph(text, style: .warning)
        }
        let messageRows = (error?.height(width: area.width) ?? 0) + (note?.height(width: area.width) ?? 0)
        switch kind {
        case .choice(let choices):
            let list = area.splitTop(max(3, area.height - messageRows)).top
            _ = area.takeTop(drawChoices(choices.map(\.label), marks: choices.map { $0.value == saved ? "(*)" : "( )" }, s, in: list, into: &b))
        case .multiChoice(let choices):
            let list = area.splitTop(max(3, area.height - messageRows)).top
            _ = area.takeTop(drawChoices(choices.map(\.label), marks: choices.map { s.checked.contains($0.value) ? "[x]" : "[ ]" }, s, in: list, into: &b))
        case .list(let list):
            let rows = area.splitTop(max(3, area.height - messageRows)).top
            _ = area.takeTop(drawEntries(list, profile, s, in: rows, into: &b))
        default:
            drawField(kind, s, in: area.takeTop(1), into: &b)
        }
        for message in [error, note].compactMap({ $0 }) {
            message.draw(in: area.takeTop(message.height(width: area.width)), into: &b)
        }
        _ = area.takeTop(1)
        Paragraph(help, style: .muted).draw(in: area, into: &b)
        Chrome.keys(keys(for: kind), into: &b)
    }

    static func keys(for kind: Question.Kind) -> [(String, String)] {
        KeyMaps.input(kind).keyLine()
    }

    static func drawField(_ kind: Question.Kind, _ s: AppState, in row: Rect, into b: inout ScreenBuffer) {
        guard !row.isEmpty else { return }
        let fieldWidth = min(row.width - 2, max(24, Update.maxLength(kind) + 2))
        let x = row.x, y = row.y
        // The field's text is plain, so a typed character costs the terminal about one byte (an attribute
        // would be set and reset around every character); its focus shows in bold brackets (kept under
        // NO_COLOR) and the cursor.
        b.put("[", x: x, y: y, style: .title)
        // Show the end of a long draft so the cursor stays visible.
        let scroll = max(0, s.field.cursorColumn - (fieldWidth - 1))
        // A selected (prefilled) answer is drawn in reverse video, so it reads as "typing replaces this".
        b.put(String(dropColumns(s.field.string, scroll)), x: x + 1, y: y, style: s.field.selected ? .focus : .normal, maxWidth: fieldWidth)
        b.put("]", x: x + 1 + fieldWidth, y: y, style: .title)
        b.put(hint(kind), x: x + 3 + fieldWidth, y: y, style: .muted, maxWidth: max(0, row.right - (x + 3 + fieldWidth)))
        b.cursor = (x + 1 + s.field.cursorColumn - scroll, y)
    }

    /// Rows with a marker; the highlighted item (its text, not the whole row, so a move rewrites only the
    /// two items) in reverse video with ">" (never colour alone).
    /// Rows with a marker in `area`; the highlighted item (its text, not the whole row, so a move rewrites
    /// only the two items) in reverse video with ">" (never colour alone). The list scrolls to keep it in
    /// view, and leaves a row for "(1-9 of 19)" and a blank row under it. Returns the rows used.
    static func drawChoices(_ labels: [String], marks: [String], _ s: AppState, in area: Rect, into b: inout ScreenBuffer) -> Int {
        guard !area.isEmpty else { return 0 }
        let visible = max(1, area.height - 2)
        let first = max(0, min(s.selection - visible + 1, labels.count - visible))
        var rows = area
        for i in first..<min(labels.count, first + visible) {
            let row = rows.takeTop(1)
            let selected = i == s.selection
            if selected { b.cursor = (row.x + 2, row.y) }
            let style: Style = selected ? .focus : .normal
            b.put(DisplayWidth.truncate((selected ? "> " : "  ") + marks[i] + " " + labels[i], to: row.width), x: row.x, y: row.y, style: style)
        }
        if labels.count > visible {
            let row = rows.takeTop(1)
            b.put("(\(first + 1)-\(min(labels.count, first + visible)) of \(labels.count))", x: row.x + 2, y: row.y, style: .muted, maxWidth: row.width - 2)
        }
        return min(area.height, area.height - rows.height + 1)
    }

    static func drawEntries(_ list: EntryList, _ profile: Profile, _ s: AppState, in area: Rect, into b: inout ScreenBuffer) -> Int {
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
        return drawChoices(labels, marks: marks, s, in: area, into: &b)
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
