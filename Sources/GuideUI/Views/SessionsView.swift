import Foundation
import GuideCore

/// The session manager: every saved session with its step, last change and next deadline.
enum SessionsView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        b.put(" Saved sessions (\(s.sessions.count))", x: 0, y: 1, style: .title)
        Chrome.rule(y: 2, into: &b)
        if s.sessions.isEmpty {
            b.put("No saved sessions yet. Press n to start one.", x: 2, y: 4)
        } else {
            let nameWidth = max(12, b.width - 54)
            let header = DisplayWidth.pad("Name", to: nameWidth) + "  Step  Last change        Next deadline"
            b.put(DisplayWidth.truncate(header, to: b.width - 5), x: 5, y: 3, style: .muted)
            let labels = s.sessions.map { row -> String in
                let deadline = row.nextDeadline.map { $0 < s.today ? "\($0) PASSED" : "\($0)" } ?? "-"
                let current = row.id == s.session?.id ? " (open)" : ""
                return DisplayWidth.pad(DisplayWidth.truncate(row.name + current, to: nameWidth), to: nameWidth)
                    + "  \(row.step.number)     \(stamp(row.updatedAt))  \(deadline)"
            }
            _ = QuestionView.drawChoices(labels, marks: labels.map { _ in "" }, s, y: 4, bottom: b.height - 3, into: &b)
        }
        Chrome.keys([("Enter", "open"), ("n", "new"), ("r", "rename"), ("c", "copy"), ("d", "delete"), ("Esc", "back"), ("q", "quit")], into: &b)
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
