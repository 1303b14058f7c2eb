import GuideCore

/// The help window: the keys of the screen under it (from its key table), and the help of the question on screen.
enum HelpView {
    /// The key rows of the screen under the window: the keys, in a column, then what they do.
    static func keyLines(_ s: AppState, width: Int) -> [String] {
        KeyDocs.lines(KeyMaps.screen(s), width: width)
    }

    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        let w = min(b.width - 4, 72)
        let x = (b.width - w) / 2
        // The question's help first: it is what F1 on a question is pressed for.
        var lines = ["Help"]
        if let q = s.currentQuestion {
            lines += [""] + DisplayWidth.wrap(q.help, width: w - 4)
        }
        lines += ["", "Keys on this screen:"] + keyLines(s, width: w - 4) + ["", "Press Esc to close."]
        // What does not fit is left out before the line that says how to close the window.
        let room = max(2, b.height - 4)
        if lines.count > room { lines = Array(lines.prefix(room - 1)) + [lines[lines.count - 1]] }
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
