import GuideCore

/// The start screen and hub: the four steps, each with its status, and what Ontario's 2026 change means.
enum WelcomeView {
    static func draw(_ s: AppState, in body: Rect, into b: inout ScreenBuffer) {
        var area = body.inset(left: 2, right: 2, top: 1)
        let intro = Paragraph("Four steps from \"am I eligible?\" to \"my PR application is in\". Choose a step and press Enter.")
        intro.draw(in: area.takeTop(intro.height(width: area.width)), into: &b)
        _ = area.takeTop(1)
        steps(s, in: &area, into: &b)
        // The notes below the steps are drawn whole or not at all (they are read again on a larger
        // screen); in this order: where you stand, the 2026 change, where answers are kept.
        var notes: [Paragraph] = []
        if let p = s.session?.profile, Questionnaire.missing(for: p, in: .criteria).isEmpty,
           let overview = Assessor(asOf: s.today).assess(p).standingOverview(invitedOn: p.filing.itaDate) {
            notes.append(Paragraph(overview, style: .title))
        }
        let banner = "Ontario closed the Human Capital Priorities stream on 2026-05-30 and opened the Ontario Workforce Priority stream. Applications OINP received before the closure are still assessed under the old rules."
        if s.today >= LocalDate(year: 2026, month: 5, day: 30)! {
            notes.append(Paragraph(banner, style: .warning))
        }
        let saveNote = s.session.map { "Session \"\($0.name)\": every answer is saved as you confirm it, in \(s.dataDirectory)." }
            ?? "Nothing is saved until you answer a question. Answers are kept in \(s.dataDirectory)."
        notes.append(Paragraph(saveNote, style: .muted))
        for note in notes {
            let h = note.height(width: area.width)
            guard h + 1 <= area.height else { continue }
            _ = area.takeTop(1)
            note.draw(in: area.takeTop(h), into: &b)
        }
        Chrome.keys(KeyMaps.screen(s).keyLine(), into: &b)
    }

    /// The four steps in two columns, name and status; a status too long for its column wraps in it.
    static func steps(_ s: AppState, in area: inout Rect, into b: inout ScreenBuffer) {
        let statuses = StepStatus.all(s.session?.profile, today: s.today)
        for (i, step) in Step.allCases.enumerated() {
            let status = Paragraph(statuses[i].label, style: statuses[i].style)
            // The name column is narrower on a narrow screen, where the status needs the room.
            let cols = Layout.horizontal([.fixed(2), .fixed(area.width >= 70 ? 25 : 23), .fill]).split(area)
            let row = area.takeTop(status.height(width: cols[2].width))
            let name = "\(step.number). \(step.title)"
            let selected = i == s.selection
            // The item is highlighted, not the whole row: a move rewrites only the two titles.
            if selected { b.fill(x: row.x, y: row.y, count: 2 + DisplayWidth.of(name), style: .focus) }
            let style: Style = selected ? .focus : .normal
            b.put(selected ? ">" : " ", x: row.x, y: row.y, style: style)
            b.put(name, x: cols[1].x, y: row.y, style: style, maxWidth: cols[1].width)
            status.draw(in: Rect(x: cols[2].x, y: row.y, width: cols[2].width, height: row.height), into: &b)
            if selected { b.cursor = (row.x, row.y) }
        }
    }
}

/// A step's status on the overview: not started, in progress, done, or blocked (with why).
struct StepStatus: Equatable {
    let label: String
    let style: Style

    static func all(_ profile: Profile?, today: LocalDate) -> [StepStatus] {
        Navigator.states(profile).map { state in
            switch state {
            case .notNeeded, .nothingRequired, .notStarted: return StepStatus(label: state.label, style: .muted)
            case .done: return StepStatus(label: state.label, style: .ok)
            case .inProgress: return StepStatus(label: state.label, style: .normal)
            }
        }
    }
}
