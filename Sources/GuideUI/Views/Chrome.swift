import GuideCore

/// The parts every screen shares: the title bar, the step line, the status line and the key line.
enum Chrome {
    static let appTitle = "oinp-guide"
    static let tagline = "Ontario Express Entry, step by step"

    /// The title bar: the name on the left, the date of the rules on the right. When both do not fit,
    /// the tagline goes first, then the name is shortened: the two never overlap.
    static func header(_ s: AppState, in area: Rect, into b: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        b.fill(x: area.x, y: area.y, count: area.width, style: .bar)
        let date = "as of \(s.today) "
        let full = " \(appTitle)  \(tagline)"
        let dateWidth = min(area.width, DisplayWidth.of(date))
        let parts = Layout.horizontal([.fill, .fixed(dateWidth)], spacing: 0).split(area)
        let left = parts[0].inset(right: 1)
        let name = DisplayWidth.of(full) <= left.width ? full : DisplayWidth.truncate(" \(appTitle)", to: left.width)
        b.put(name, x: left.x, y: left.y, style: .bar, maxWidth: left.width)
        b.put(date, x: parts[1].x, y: parts[1].y, style: .bar, maxWidth: parts[1].width)
    }

    /// The title row, the rule under it, and the body below them, for the screens that have a title.
    static func titled(_ body: Rect) -> (title: Rect, rule: Rect, body: Rect) {
        let parts = Layout.vertical([.fixed(1), .fixed(1), .fill]).split(body)
        return (parts[0], parts[1], parts[2])
    }

    /// "Step 2 of 4: Choose the stream" and a text progress bar of answered questions. On a narrow
    /// screen the bar gets shorter, then goes; the count stays, and the title is shortened last.
    static func stepLine(_ step: Step, answered: Int, total: Int, in area: Rect, into b: inout ScreenBuffer) {
        let title = " Step \(step.number) of \(Step.allCases.count): \(step.title)"
        let count = "\(answered) of \(total) answered "
        let room = area.width - DisplayWidth.of(title) - 1 - DisplayWidth.of(count)
        let barWidth = min(10, room - 3)            // "[", "]" and a space around the bar
        let right = barWidth >= 4 ? progressBar(answered: answered, total: total, width: barWidth) + " " + count : count
        let parts = Layout.horizontal([.fill, .fixed(min(area.width, DisplayWidth.of(right)))], spacing: 0).split(area)
        let left = parts[0].inset(right: 1)
        b.put(DisplayWidth.truncate(title, to: left.width), x: left.x, y: left.y, style: .title)
        b.put(right, x: parts[1].x, y: parts[1].y, style: .muted, maxWidth: parts[1].width)
    }

    static func progressBar(answered: Int, total: Int, width: Int) -> String {
        let filled = total == 0 ? 0 : (answered * width) / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    }

    static func rule(in area: Rect, into b: inout ScreenBuffer) {
        b.put(String(repeating: "-", count: area.width), x: area.x, y: area.y, style: .muted, maxWidth: area.width)
    }

    /// The status message, wrapped into its rows of the frame.
    static func status(_ s: AppState, in area: Rect, into b: inout ScreenBuffer) {
        ScreenFrame.status(s)?.draw(in: area, into: &b)
    }

    /// The key line: pairs of (key, action), drawn until the width runs out.
    static func keys(_ pairs: [(String, String)], into b: inout ScreenBuffer) {
        let line = ScreenFrame.keyLine(b)       // where: the frame's last row; what: the pairs given
        let y = line.y
        var x = line.x + 1
        for (key, action) in pairs {
            let need = DisplayWidth.of(key) + 1 + DisplayWidth.of(action) + 2
            if x + need > line.right { break }
            x += b.put(key, x: x, y: y, style: .key)
            x += b.put(" " + action, x: x, y: y, style: .normal)
            x += 2
        }
    }
}
