import GuideCore

/// The pure view: state in, a screen buffer out. Redraws everything each frame; the backend only
/// presents the result.
public enum View {
    public static func render(_ s: AppState) -> ScreenBuffer {
        var b = ScreenBuffer(width: s.width, height: s.height)
        render(s, into: &b)
        return b
    }

    /// Draws into a buffer of the state's size (tests pass one that records overlapping writes).
    static func render(_ s: AppState, into b: inout ScreenBuffer) {
        if s.isTooSmall {
            TooSmallView.draw(s, into: &b)
            return
        }
        // The shared parts take their rectangles first; each screen lays out its body inside its own.
        let frame = ScreenFrame(s)
        Chrome.header(s, in: frame.bar, into: &b)
        let body = frame.body
        switch s.screen {
        case .welcome: WelcomeView.draw(s, in: body, into: &b)
        case .resume: ResumeView.draw(s, in: body, into: &b)
        case .question, .entry: QuestionView.draw(s, in: body, into: &b)
        case .summary(let step): SummaryView.draw(step, s, in: body, into: &b)
        case .review: ReviewView.draw(s, in: body, into: &b)
        case .sessions: SessionsView.draw(s, in: body, into: &b)
        case .checklist: ChecklistView.draw(s, in: body, into: &b)
        case let .document(key, field): DocumentView.draw(key, field, s, in: body, into: &b)
        }
        Chrome.status(s, in: frame.message, into: &b)
        // Overlays lie over the screen: covering it is meant.
        b.beginLayer()
        switch s.overlay {
        case .help?: HelpView.draw(s, into: &b)
        case let .confirmRemove(id, index)?: ConfirmView.draw(id, index, s, into: &b)
        case .renameSession?, .confirmDelete?, nil: break     // drawn by the session manager
        }
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
