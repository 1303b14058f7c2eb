import GuideCore

/// Offered at start-up when a saved session exists.
enum ResumeView {
    static func draw(_ s: AppState, in body: Rect, into b: inout ScreenBuffer) {
        var area = body.inset(left: 2, right: 2, top: 1)
        if let r = s.resumable {
            let found = Paragraph("A saved session was found: \"\(r.name)\", at step \(r.step.number) (\(r.step.title)).")
            found.draw(in: area.takeTop(found.height(width: area.width)), into: &b)
        }
        _ = area.takeTop(1)
        let choices = ["Resume where I left off", "Start a new session (the saved one is kept)", "Choose another saved session"]
        for (i, choice) in choices.enumerated() {
            let row = area.takeTop(1)
            guard !row.isEmpty else { break }
            let selected = i == s.selection
            if selected {
                b.fill(x: row.x, y: row.y, count: row.width, style: .focus)
                b.cursor = (row.x, row.y)
            }
            b.put((selected ? "> " : "  ") + choice, x: row.x, y: row.y, style: selected ? .focus : .normal, maxWidth: row.width)
        }
        Chrome.keys(KeyMaps.screen(s).keyLine(), into: &b)
    }
}
