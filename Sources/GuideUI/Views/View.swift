import GuideCore

/// The pure view: state in, a screen buffer out. Redraws everything each frame; the backend only
/// presents the result.
public enum View {
    public static func render(_ s: AppState) -> ScreenBuffer {
        var b = ScreenBuffer(width: s.width, height: s.height)
        if s.isTooSmall {
            TooSmallView.draw(s, into: &b)
            return b
        }
        Chrome.header(s, into: &b)
        switch s.screen {
        case .welcome: WelcomeView.draw(s, into: &b)
        case .resume: ResumeView.draw(s, into: &b)
        case .question, .entry: QuestionView.draw(s, into: &b)
        case .summary(let step): SummaryView.draw(step, s, into: &b)
        case .review: ReviewView.draw(s, into: &b)
        case .sessions: SessionsView.draw(s, into: &b)
        case .checklist: ChecklistView.draw(s, into: &b)
        case let .document(key, field): DocumentView.draw(key, field, s, into: &b)
        }
        Chrome.status(s, into: &b)
        switch s.overlay {
        case .help?: HelpView.draw(s, into: &b)
        case let .confirmRemove(id, index)?: ConfirmView.draw(id, index, s, into: &b)
        case .renameSession?, .confirmDelete?, nil: break     // drawn by the session manager
        }
        return b
    }
}

enum TooSmallView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        let lines = [
            "Terminal too small.",
            "Need \(AppState.minimumWidth)x\(AppState.minimumHeight), have \(s.width)x\(s.height).",
            "Enlarge the window; nothing is lost.",
            "Ctrl-C quits.",
        ]
        var y = 0
        for (i, line) in lines.enumerated() {
            for piece in DisplayWidth.wrap(line, width: b.width) {
                b.put(piece, x: 0, y: y, style: i == 0 ? .warning : .normal)
                y += 1
            }
        }
    }
}
