/// A scrollable page of styled lines: summaries and reviews are built as documents, then drawn
/// with a scroll offset, so any amount of text fits any screen.
struct Document {
    struct Line {
        var text: String
        var style: Style
        var indent: Int
    }

    private(set) var lines: [Line] = []
    let width: Int

    init(width: Int) { self.width = max(1, width) }

    /// Adds `text`, wrapped to the width; continuation lines are indented under the first.
    mutating func add(_ text: String, _ style: Style = .normal, indent: Int = 0, hanging: Int = 0) {
        let first = DisplayWidth.wrap(text, width: max(1, width - indent))
        guard let head = first.first else { lines.append(Line(text: "", style: style, indent: indent)); return }
        lines.append(Line(text: head, style: style, indent: indent))
        let rest = first.dropFirst().joined(separator: " ")
        if !rest.isEmpty {
            for piece in DisplayWidth.wrap(rest, width: max(1, width - indent - hanging)) {
                lines.append(Line(text: piece, style: style, indent: indent + hanging))
            }
        }
    }

    /// A label, then a value aligned at a column: "Age                 110 / 110". Not wrapped
    /// (wrapping would collapse the alignment): the label is shortened to fit instead.
    mutating func row(_ label: String, _ value: String, _ style: Style = .normal, indent: Int = 2, column: Int = 44) {
        let col = min(column, max(indent + 8, width - DisplayWidth.of(value) - 1))
        let l = DisplayWidth.truncate(label, to: col - indent - 1)
        let pad = max(1, col - indent - DisplayWidth.of(l))
        lines.append(Line(text: l + String(repeating: " ", count: pad) + value, style: style, indent: indent))
    }

    /// The lines as plain text with their indentation (for plain mode and exports).
    var plainLines: [String] { lines.map { String(repeating: " ", count: $0.indent) + $0.text } }

    mutating func blank() { lines.append(Line(text: "", style: .normal, indent: 0)) }

    /// Draws lines [scroll, scroll + rows) into `area` (its height is the rows), and under it, on the row
    /// below the area, "lines 18-30 of 85" when there is more; returns the scroll actually used (clamped).
    @discardableResult
    func draw(into b: inout ScreenBuffer, in area: Rect, scroll: Int) -> Int {
        let rows = area.height
        let maxScroll = max(0, lines.count - rows)
        let top = min(max(0, scroll), maxScroll)
        for (i, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            b.put(line.text, x: area.x + line.indent, y: area.y + i, style: line.style, maxWidth: min(width, area.width) - line.indent)
        }
        if maxScroll > 0 {
            let where_ = "lines \(top + 1)-\(min(lines.count, top + rows)) of \(lines.count)"
            b.put(where_, x: b.width - DisplayWidth.of(where_) - 1, y: area.bottom, style: .muted)
        }
        return top
    }
}
