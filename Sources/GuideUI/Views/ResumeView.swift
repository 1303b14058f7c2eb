import GuideCore

/// Offered at start-up when a saved session exists.
enum ResumeView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        var y = 2
        if let r = s.resumable {
            let text = "A saved session was found: \"\(r.name)\", at step \(r.step.number) (\(r.step.title))."
            for line in DisplayWidth.wrap(text, width: b.width - 4) {
                b.put(line, x: 2, y: y); y += 1
            }
        }
        y += 1
        let choices = ["Resume where I left off", "Start a new session (the saved one is kept)", "Choose another saved session"]
        for (i, choice) in choices.enumerated() {
            let selected = i == s.selection
            if selected {
                b.fill(x: 2, y: y, count: b.width - 4, style: .focus)
                b.cursor = (2, y)
            }
            b.put((selected ? "> " : "  ") + choice, x: 2, y: y, style: selected ? .focus : .normal)
            y += 1
        }
        Chrome.keys(KeyMaps.screen(s).keyLine(), into: &b)
    }
}
