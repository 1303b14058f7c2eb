import GuideCore

/// The start screen and hub: the four steps, each with its status, and what Ontario's 2026 change means.
enum WelcomeView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        var y = 2
        for line in DisplayWidth.wrap("Four steps from \"am I eligible?\" to \"my PR application is in\". Choose a step and press Enter.", width: b.width - 4) {
            b.put(line, x: 2, y: y); y += 1
        }
        y += 1
        let statuses = StepStatus.all(s.session?.profile, today: s.today)
        for (i, step) in Step.allCases.enumerated() {
            let selected = i == s.selection
            // The item is highlighted, not the whole row: a move rewrites only the two titles.
            if selected { b.fill(x: 2, y: y, count: 2 + DisplayWidth.of("\(step.number). \(step.title)"), style: .focus) }
            let style: Style = selected ? .focus : .normal
            b.put(selected ? ">" : " ", x: 2, y: y, style: style)
            b.put("\(step.number). \(step.title)", x: 4, y: y, style: style)
            let status = statuses[i]
            b.put(status.label, x: 29, y: y, style: status.style, maxWidth: b.width - 31)
            if selected { b.cursor = (2, y) }
            y += 1
        }
        // Where you stand, in one line, once step 1 has the answers a score needs.
        if let p = s.session?.profile, Questionnaire.missing(for: p, in: .criteria).isEmpty,
           let overview = Assessor(asOf: s.today).assess(p).standingOverview {
            y += 1
            for line in DisplayWidth.wrap(overview, width: b.width - 4) where y < b.height - 5 {
                b.put(line, x: 2, y: y, style: .title); y += 1
            }
        }
        y += 1
        let banner = "Ontario closed the Human Capital Priorities stream on 2026-05-30 and opened the Ontario Workforce Priority stream. Applications OINP received before the closure are still assessed under the old rules."
        if s.today >= LocalDate(year: 2026, month: 5, day: 30)! {
            for line in DisplayWidth.wrap(banner, width: b.width - 4) where y < b.height - 4 {
                b.put(line, x: 2, y: y, style: .warning); y += 1
            }
            y += 1
        }
        let saveNote = s.session.map { "Session \"\($0.name)\": every answer is saved as you confirm it, in \(s.dataDirectory)." }
            ?? "Nothing is saved until you answer a question. Answers are kept in \(s.dataDirectory)."
        for line in DisplayWidth.wrap(saveNote, width: b.width - 4) where y < b.height - 3 {
            b.put(line, x: 2, y: y, style: .muted); y += 1
        }
        Chrome.keys(KeyMaps.screen(s).keyLine(), into: &b)
    }
}

/// A step's status on the overview: not started, in progress, done, or blocked (with why).
struct StepStatus: Equatable {
    let label: String
    let style: Style

    static func all(_ profile: Profile?, today: LocalDate) -> [StepStatus] {
        guard let p = profile else { return Step.allCases.map { _ in StepStatus(label: "not started", style: .muted) } }
        let stepThree = Questionnaire.journeyRoute(p).stepThree
        return Step.allCases.map { step in
            // The same count as the step line of each page ("N of M answered").
            let progress = Questionnaire.progress(in: step, for: p)
            let answered = progress.answered
            if step == .oinp && !stepThree.applies {
                // Federal Express Entry alone: nothing to file with Ontario, and nothing owed.
                return StepStatus(label: "not needed: federal Express Entry alone", style: .muted)
            }
            if progress.total == 0 { return StepStatus(label: "nothing required", style: .muted) }
            if answered == 0 { return StepStatus(label: "not started", style: .muted) }
            if answered == progress.total { return StepStatus(label: "done", style: .ok) }
            return StepStatus(label: "in progress: \(answered) of \(progress.total) answered", style: .normal)
        }
    }
}
