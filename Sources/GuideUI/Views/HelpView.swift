import GuideCore

/// The help window: the keys, and the help of the question on screen.
enum HelpView {
    static let keyLines = [
        "Enter      confirm, save the answer and go on",
        "Esc        back (closes this window first)",
        "Up/Down    move in lists (also j/k, Tab/Shift-Tab, 1-9)",
        "Left/Right move in a field; Home/End, Backspace, Delete",
        "a / d      add / remove an entry in a list (jobs, tests)",
        "c or F2    documents checklist    s  saved sessions",
        "r          review what is missing (on the steps screen)",
        "F1 or ?    this help",
        "q          quit (outside a text field)",
        "Ctrl-C     quit; every confirmed answer is already saved",
    ]

    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        let w = min(b.width - 4, 72)
        let x = (b.width - w) / 2
        var lines = ["Help", ""] + keyLines
        if let q = s.currentQuestion {
            lines += ["", "About this question:"] + DisplayWidth.wrap(q.help, width: w - 4)
        }
        lines += ["", "Press Esc to close."]
        let h = min(b.height - 2, lines.count + 2)
        let y0 = max(1, (b.height - h) / 2)
        for row in 0..<h {
            b.fill(x: x, y: y0 + row, count: w, style: .normal)
            let edge = row == 0 || row == h - 1 ? "+" + String(repeating: "-", count: w - 2) + "+" : "|"
            b.put(edge, x: x, y: y0 + row, style: .muted)
            if row > 0 && row < h - 1 { b.put("|", x: x + w - 1, y: y0 + row, style: .muted) }
        }
        for (i, line) in lines.prefix(h - 2).enumerated() {
            b.put(line, x: x + 2, y: y0 + 1 + i, style: i == 0 ? .title : .normal, maxWidth: w - 4)
        }
        b.cursor = nil
    }
}
