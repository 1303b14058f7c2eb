import GuideCore

/// The start screen and hub: the four steps, each with how far along it is.
enum WelcomeView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        var y = 2
        for line in DisplayWidth.wrap("Four steps from \"am I eligible?\" to \"my PR application is in\". Choose a step and press Enter.", width: b.width - 4) {
            b.put(line, x: 2, y: y); y += 1
        }
        y += 1
        for (i, step) in Step.allCases.enumerated() {
            let selected = i == s.selection
            let progress = Self.progress(step, s)
            if selected { b.fill(x: 2, y: y, count: b.width - 4, style: .focus) }
            let style: Style = selected ? .focus : .normal
            b.put(selected ? ">" : " ", x: 2, y: y, style: style)
            b.put("\(step.number). \(step.title)", x: 4, y: y, style: style)
            b.put(progress, x: 32, y: y, style: selected ? .focus : .muted, maxWidth: b.width - 34)
            if selected { b.cursor = (2, y) }
            y += 1
        }
        y += 1
        let saveNote = s.session == nil
            ? "Nothing is saved until you answer a question. Answers are kept in \(s.dataDirectory)."
            : "Session \"\(s.session!.name)\": every answer is saved as you confirm it, in \(s.dataDirectory)."
        for line in DisplayWidth.wrap(saveNote, width: b.width - 4) where y < b.height - 3 {
            b.put(line, x: 2, y: y, style: .muted); y += 1
        }
        Chrome.keys([("Enter", "open step"), ("Up/Down", "move"), ("F1", "help"), ("q", "quit")], into: &b)
    }

    static func progress(_ step: Step, _ s: AppState) -> String {
        guard let profile = s.session?.profile else { return "not started" }
        let qs = Questionnaire.questions(in: step, for: profile)
        if qs.isEmpty { return "coming soon" }
        let answered = qs.filter { $0.isAnswered(in: profile) }.count
        if answered == 0 { return "not started" }
        if answered == qs.count { return "done (\(answered) of \(qs.count) answered)" }
        return "in progress (\(answered) of \(qs.count) answered)"
    }
}
