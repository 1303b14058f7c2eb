import GuideCore

/// One question: the prompt, the field with the typed text, what is wrong with it, and its help.
enum QuestionView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        guard let q = s.currentQuestion, let profile = s.session?.profile else { return }
        let qs = Questionnaire.questions(in: q.step, for: profile)
        Chrome.stepLine(q.step, answered: qs.filter { $0.isAnswered(in: profile) }.count, total: qs.count, y: 1, into: &b)
        Chrome.rule(y: 2, into: &b)
        var y = 4
        for line in DisplayWidth.wrap(q.prompt, width: b.width - 4) {
            b.put(line, x: 2, y: y, style: .title); y += 1
        }
        y += 1
        let fieldWidth = min(b.width - 6, max(24, Update.maxLength(q) + 2))
        let hint = hint(q)
        b.put("[", x: 2, y: y, style: .muted)
        b.fill(x: 3, y: y, count: fieldWidth, style: .focus)
        // Show the end of a long draft so the cursor stays visible.
        let text = s.field.string
        let scroll = max(0, s.field.cursorColumn - (fieldWidth - 1))
        let visible = String(dropColumns(text, scroll))
        b.put(visible, x: 3, y: y, style: .focus, maxWidth: fieldWidth)
        b.put("]", x: 3 + fieldWidth, y: y, style: .muted)
        b.put(hint, x: 5 + fieldWidth, y: y, style: .muted, maxWidth: b.width - 6 - fieldWidth)
        b.cursor = (3 + s.field.cursorColumn - scroll, y)
        y += 1
        if let error = s.fieldError {
            for line in DisplayWidth.wrap("! " + error, width: b.width - 4) {
                b.put(line, x: 2, y: y, style: .error); y += 1
            }
        }
        y += 1
        for line in DisplayWidth.wrap(q.help, width: b.width - 4) where y < b.height - 3 {
            b.put(line, x: 2, y: y, style: .muted); y += 1
        }
        Chrome.keys([("Enter", "save and go on"), ("Esc", "back"), ("F1", "help"), ("Ctrl-C", "quit")], into: &b)
    }

    static func hint(_ q: Question) -> String {
        switch q.kind {
        case .date: return "YYYY-MM-DD"
        case .integer(let r): return "\(r.lowerBound)-\(r.upperBound)"
        case .amount: return "CAD"
        case .text: return ""
        case .choice: return ""
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
