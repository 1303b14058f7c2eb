import Foundation
import GuideCore

/// The session manager: the saved sessions with their step, last change and next deadline. Only the rows
/// of its window are there (`SessionsState.window`); the counts are the store's.
enum SessionsView {
    /// Where the parts go: the search (or hint) line, the table's header, its rows, the "(1-15 of 40)" line.
    struct Parts {
        let title: Rect
        let rule: Rect
        let search: Rect
        /// Under the search line: the table, or the message of an empty list.
        let content: Rect
        let header: Rect
        let table: Rect
        let more: Rect

        init(_ body: Rect) {
            let (titleRow, ruleRow, rest) = Chrome.titled(body)
            title = titleRow
            rule = ruleRow
            var area = rest.inset(horizontal: 2)
            search = area.takeTop(1)
            content = area
            header = area.takeTop(1)
            more = area.takeBottom(1)
            table = area
        }
    }

    /// How many rows of sessions the screen shows (at least one), as `draw` lays them out.
    static func tableRows(_ s: AppState) -> Int {
        max(1, Parts(ScreenFrame(s).body).table.height)
    }

    static func draw(_ s: AppState, in body: Rect, into b: inout ScreenBuffer) {
        let w = s.manager.window
        let cursor = Update.sessionCursor(s)
        let q = s.manager.query
        let filter = Update.sessionFilters[Update.sessionFilterIndex(q)].label
        let count = w.total == w.all ? "\(w.all)" : "\(w.total) of \(w.all)"
        let parts = Parts(body)
        let titleRow = parts.title, searchRow = parts.search
        b.put(DisplayWidth.truncate(" Saved sessions (\(count)), by \(q.sort.label), \(filter)", to: titleRow.width), x: titleRow.x, y: titleRow.y, style: .title)
        Chrome.rule(in: parts.rule, into: &b)
        if s.manager.searching || !q.search.isEmpty {
            let line = "Search: " + q.search
            b.put(DisplayWidth.truncate(line, to: searchRow.width), x: searchRow.x, y: searchRow.y, style: s.manager.searching ? .focus : .normal)
            if s.manager.searching { b.cursor = (min(searchRow.right, searchRow.x + DisplayWidth.of(line)), searchRow.y) }
        } else {
            let wide = KeyMaps.sessionsHint
            let hint = DisplayWidth.of(wide) <= searchRow.width ? wide : wide.replacingOccurrences(of: "    ", with: "  ")
            b.put(hint, x: searchRow.x, y: searchRow.y, style: .muted, maxWidth: searchRow.width)
        }
        if w.all == 0 {
            Paragraph("No saved sessions yet. Press n to start one.").draw(in: parts.content.inset(top: 1), into: &b)
        } else if w.total == 0 {
            Paragraph("No session matches. Esc clears the search; f changes the filter.").draw(in: parts.content.inset(top: 1), into: &b)
        } else {
            let columns = Columns(width: parts.content.width - 2, screenWidth: b.width)
            let headerRow = parts.header
            b.put(columns.line(["Name", "File no.", "Step", columns.stampWidth >= 16 ? "Last change" : "Changed", "Next deadline"]), x: headerRow.x + 2, y: headerRow.y, style: .muted, maxWidth: headerRow.width - 2)
            // Only the rows on screen are formatted, and only the window's rows are held: 10,000 sessions cost
            // what one screen does.
            let visible = max(1, parts.table.height)
            let shown = Update.shownSessionRows(s)
            var table = parts.table
            for i in shown {
                let line = table.takeTop(1)
                // A row not read yet (its window is on its way) stays blank.
                guard let row = w.row(i) else { continue }
                let selected = i == cursor
                let deadline = row.nextDeadline.map { $0 < s.today ? "\($0) PASSED" : "\($0)" } ?? "-"
                let open = row.id == s.session?.id ? " (open)" : ""
                let name = middleCut(row.name, to: columns.name - DisplayWidth.of(open)) + open
                let file = middleCut(row.fileNumber ?? "-", to: 8)
                let label = columns.line([name, file, "\(row.step.number)", columns.stamp(row.updatedAt), deadline])
                if selected {
                    b.fill(x: line.x, y: line.y, count: line.width, style: .focus)
                    if !s.manager.searching { b.cursor = (line.x, line.y) }
                }
                b.put(DisplayWidth.truncate((selected ? "> " : "  ") + label, to: line.width), x: line.x, y: line.y, style: selected ? .focus : .normal)
            }
            if w.total > visible {
                let line = parts.more
                b.put("(\(shown.lowerBound + 1)-\(shown.upperBound) of \(w.total))", x: line.x + 2, y: line.y, style: .muted, maxWidth: line.width - 2)
            }
        }
        // Searching, the key line is the search's; "/ search  o sort  f filter" is on the line under the title.
        Chrome.keys(KeyMaps.screen(s).keyLine(), into: &b)
        switch s.overlay {
        case .renameSession?:
            let field = Box.draw(["Rename the session", "", "[" + s.field.string + "]", s.fieldError ?? "", "Enter: rename     Esc: keep the old name"], field: 2, into: &b)
            // The cursor sits in the name being typed, after the "[".
            if let row = field { b.cursor = (row.x + 1 + s.field.cursorColumn, row.y) }
        case .confirmDelete(let id)?:
            let name = s.manager.window.rows.first { $0.id == id }?.name ?? id
            Box.draw(["Delete \"\(name)\"?", "Its answers are removed from this computer.", "(sessions export keeps a copy first)", "",
                      "y: delete it     any other key: keep it"], into: &b)
        default: break
        }
    }

    /// The table's columns: name, file number, step, last change, next deadline, two spaces apart. On a
    /// narrow screen the last change shows its date alone, so the deadline keeps its room.
    struct Columns {
        let name: Int
        let stampWidth: Int
        let widths: [Int]

        init(width: Int, screenWidth: Int) {
            let others = 8 + 4 + 13, spacing = 2 * 4
            stampWidth = width - 12 - others - spacing >= 16 ? 16 : 10
            name = max(10, min(max(12, screenWidth - 58), width - others - stampWidth - spacing))
            widths = [name, 8, 4, stampWidth]
        }

        /// The cells padded to their columns (each cut with "…" when longer); the last one as it is.
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                if i < widths.count {
                    out += DisplayWidth.pad(DisplayWidth.truncate(cell, to: widths[i]), to: widths[i]) + "  "
                } else {
                    out += cell
                }
            }
            return out
        }

        /// "2026-11-29 14:05", or "2026-11-29" when the column is narrow.
        func stamp(_ date: Date) -> String {
            let full = SessionsView.stamp(date)
            return stampWidth >= 16 ? full : String(full.prefix(10))
        }
    }

    /// The name cut in the middle, keeping its end: "Ana Souza (copy)" and "Ana Souza" stay apart.
    static func middleCut(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 3 else { return DisplayWidth.truncate(text, to: width) }
        let tailWidth = (width - 1) / 2, headWidth = width - 1 - tailWidth
        var head = "", w = 0
        for ch in text {
            let cw = DisplayWidth.of(ch)
            if w + cw > headWidth { break }
            head.append(ch); w += cw
        }
        var tail = "", t = 0
        for ch in text.reversed() {
            let cw = DisplayWidth.of(ch)
            if t + cw > tailWidth { break }
            tail.insert(ch, at: tail.startIndex); t += cw
        }
        return head + "\u{2026}" + tail
    }

    /// "2026-11-29 14:05" in local time.
    static func stamp(_ date: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = .current
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}

/// A framed box in the middle of the screen (confirmations, small forms). Its lines wrap to its width,
/// except the field line (`field`), which is drawn as it is so the cursor stays in it.
enum Box {
    /// Returns the row of the field line inside the box (nil without one, or when it is not drawn).
    @discardableResult
    static func draw(_ lines: [String], field: Int? = nil, into b: inout ScreenBuffer) -> Rect? {
        b.beginLayer()          // the box lies over the screen
        let w = min(b.width - 4, 64)
        let x = (b.width - w) / 2
        let y0 = max(1, b.height / 2 - 3)
        var rows: [(String, Style)] = []
        var fieldRow: Int?
        for (i, line) in lines.enumerated() {
            let style: Style = i == 0 ? .title : .normal
            if i == field { fieldRow = rows.count }
            if i == field || DisplayWidth.of(line) <= w - 4 {       // as written (its spacing kept) when it fits
                rows.append((line, style))
            } else {
                rows += Paragraph.wrap(line, first: w - 4, rest: w - 4).map { ($0, style) }
            }
        }
        // Never over the key line.
        rows = Array(rows.prefix(max(0, b.height - 3 - y0)))
        for row in 0..<(rows.count + 2) {
            b.fill(x: x, y: y0 + row, count: w, style: .normal)
            let edge = row == 0 || row == rows.count + 1 ? "+" + String(repeating: "-", count: w - 2) + "+" : "|"
            b.put(edge, x: x, y: y0 + row, style: .muted)
            if row > 0 && row <= rows.count { b.put("|", x: x + w - 1, y: y0 + row, style: .muted) }
        }
        for (i, (line, style)) in rows.enumerated() {
            b.put(line, x: x + 2, y: y0 + 1 + i, style: style, maxWidth: w - 4)
        }
        b.cursor = nil
        return fieldRow.flatMap { $0 < rows.count ? Rect(x: x + 2, y: y0 + 1 + $0, width: w - 4, height: 1) : nil }
    }
}
