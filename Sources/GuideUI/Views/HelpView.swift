import GuideCore

/// The help window: the help of the question on screen, then the keys of the screen under it (from its key
/// table). What does not fit scrolls, and the last row says so.
enum HelpView {
    /// The window's width at this terminal width.
    static func width(_ s: AppState) -> Int { min(s.width - 4, 72) }

    /// The rows inside the frame: the title, a blank, the text, a blank when it all fits, the last row.
    static func inner(_ s: AppState) -> Int { s.height - 4 }

    /// The rows of text shown at once when the text scrolls (title, blank and last row apart).
    static func rows(_ s: AppState) -> Int { max(1, inner(s) - 3) }

    static func scrolls(_ s: AppState) -> Bool { content(s).count + 4 > inner(s) }

    /// Everything the window says, wrapped to its width, title and last row apart.
    static func content(_ s: AppState) -> [String] {
        let w = width(s) - 4
        var lines: [String] = []
        // The question's help first: it is what F1 on a question is pressed for.
        if let q = s.currentQuestion { lines += DisplayWidth.wrap(q.help, width: w) + [""] }
        return lines + ["Keys on this screen:"] + KeyDocs.lines(KeyMaps.screen(s), width: w)
    }

    static func maxScroll(_ s: AppState) -> Int { scrolls(s) ? max(0, content(s).count - rows(s)) : 0 }

    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        let w = width(s)
        let x = (b.width - w) / 2
        let all = content(s)
        let scrolling = scrolls(s)
        let first = min(s.helpScroll, maxScroll(s))
        let shown = scrolling ? Array(all.dropFirst(first).prefix(rows(s))) : all
        let footer = scrolling
            ? "Up/Down, PgUp/PgDn: more (\(first + 1)-\(first + shown.count) of \(all.count)).  Esc closes."
            : "Press Esc to close."
        let lines = ["Help", ""] + shown + (scrolling ? [] : [""]) + [footer]
        let h = min(b.height - 2, lines.count + 2)
        let y0 = max(1, (b.height - h) / 2)
        for row in 0..<h {
            b.fill(x: x, y: y0 + row, count: w, style: .normal)
            let edge = row == 0 || row == h - 1 ? "+" + String(repeating: "-", count: w - 2) + "+" : "|"
            b.put(edge, x: x, y: y0 + row, style: .muted)
            if row > 0 && row < h - 1 { b.put("|", x: x + w - 1, y: y0 + row, style: .muted) }
        }
        for (i, line) in lines.prefix(h - 2).enumerated() {
            let style: Style = i == 0 ? .title : (i == lines.count - 1 && scrolling ? .muted : .normal)
            b.put(line, x: x + 2, y: y0 + 1 + i, style: style, maxWidth: w - 4)
        }
        b.cursor = nil
    }
}
