import Foundation
import GuideCore

/// The session manager: every saved session with its step, last change and next deadline.
enum SessionsView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        let (rows, cursor) = Update.shownSessions(s)
        let q = s.sessionQuery
        let filter = Update.sessionFilters[Update.sessionFilterIndex(q)].label
        let count = rows.count == s.sessions.count ? "\(s.sessions.count)" : "\(rows.count) of \(s.sessions.count)"
        b.put(DisplayWidth.truncate(" Saved sessions (\(count)), by \(q.sort.label), \(filter)", to: b.width), x: 0, y: 1, style: .title)
        Chrome.rule(y: 2, into: &b)
        if s.sessionSearching || !q.search.isEmpty {
            let line = "Search: " + q.search
            b.put(DisplayWidth.truncate(line, to: b.width - 4), x: 2, y: 3, style: s.sessionSearching ? .focus : .normal)
            if s.sessionSearching { b.cursor = (min(b.width - 2, 2 + DisplayWidth.of(line)), 3) }
        } else {
            b.put(KeyMaps.sessionsHint, x: 2, y: 3, style: .muted)
        }
        if s.sessions.isEmpty {
            b.put("No saved sessions yet. Press n to start one.", x: 2, y: 5)
        } else if rows.isEmpty {
            b.put(DisplayWidth.truncate("No session matches. Esc clears the search; f changes the filter.", to: b.width - 4), x: 2, y: 5)
        } else {
            let nameWidth = max(12, b.width - 58)
            let header = DisplayWidth.pad("Name", to: nameWidth) + "  File no.  Step  Last change       Next deadline"
            b.put(DisplayWidth.truncate(header, to: b.width - 4), x: 4, y: 4, style: .muted)
            // Only the rows on screen are formatted: 10,000 sessions cost what one screen does.
            let top = 5, bottom = b.height - 3
            let visible = max(1, bottom - top - 1)
            let first = max(0, min(cursor - visible + 1, rows.count - visible))
            for (y, i) in zip(top..., first..<min(rows.count, first + visible)) {
                let row = rows[i]
                let selected = i == cursor
                let deadline = row.nextDeadline.map { $0 < s.today ? "\($0) PASSED" : "\($0)" } ?? "-"
                let open = row.id == s.session?.id ? " (open)" : ""
                let name = middleCut(row.name, to: nameWidth - DisplayWidth.of(open)) + open
                let file = DisplayWidth.pad(middleCut(row.fileNumber ?? "-", to: 8), to: 8)
                let label = DisplayWidth.pad(name, to: nameWidth) + "  \(file)  \(row.step.number)     \(stamp(row.updatedAt))  \(deadline)"
                if selected {
                    b.fill(x: 2, y: y, count: b.width - 4, style: .focus)
                    if !s.sessionSearching { b.cursor = (2, y) }
                }
                b.put(DisplayWidth.truncate((selected ? "> " : "  ") + label, to: b.width - 4), x: 2, y: y, style: selected ? .focus : .normal)
            }
            if rows.count > visible {
                b.put("(\(first + 1)-\(min(rows.count, first + visible)) of \(rows.count))", x: 4, y: bottom - 1, style: .muted)
            }
        }
        // Searching, the key line is the search's; "/ search  o sort  f filter" is on the line under the title.
        Chrome.keys(KeyMaps.screen(s).keyLine(), into: &b)
        switch s.overlay {
        case .renameSession?:
            Box.draw(["Rename the session", "", "[" + s.field.string + "]", s.fieldError ?? "", "Enter: rename     Esc: keep the old name"], into: &b)
            // The cursor sits in the name being typed.
            let w = min(b.width - 4, 64)
            let x = (b.width - w) / 2
            let y0 = max(1, b.height / 2 - 3)
            b.cursor = (x + 3 + s.field.cursorColumn, y0 + 3)
        case .confirmDelete(let id)?:
            let name = s.sessions.first { $0.id == id }?.name ?? id
            Box.draw(["Delete \"\(name)\"?", "Its answers are removed from this computer.", "(sessions export keeps a copy first)", "",
                      "y: delete it     any other key: keep it"], into: &b)
        default: break
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

/// A framed box in the middle of the screen (confirmations, small forms).
enum Box {
    static func draw(_ lines: [String], into b: inout ScreenBuffer) {
        let w = min(b.width - 4, 64)
        let x = (b.width - w) / 2
        let y0 = max(1, b.height / 2 - 3)
        for row in 0..<(lines.count + 2) {
            b.fill(x: x, y: y0 + row, count: w, style: .normal)
            let edge = row == 0 || row == lines.count + 1 ? "+" + String(repeating: "-", count: w - 2) + "+" : "|"
            b.put(edge, x: x, y: y0 + row, style: .muted)
            if row > 0 && row <= lines.count { b.put("|", x: x + w - 1, y: y0 + row, style: .muted) }
        }
        for (i, line) in lines.enumerated() {
            b.put(DisplayWidth.truncate(line, to: w - 4), x: x + 2, y: y0 + 1 + i, style: i == 0 ? .title : .normal)
        }
        b.cursor = nil
    }
}
