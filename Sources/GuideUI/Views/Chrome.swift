import GuideCore

/// The parts every screen shares: the title bar, the step line, the status line and the key line.
enum Chrome {
    static let appTitle = "oinp-guide"
    static let tagline = "Ontario Express Entry, step by step"

    static func header(_ s: AppState, into b: inout ScreenBuffer) {
        b.fill(x: 0, y: 0, count: b.width, style: .bar)
        b.put(" \(appTitle)  \(tagline)", x: 0, y: 0, style: .bar)
        let date = "as of \(s.today) "
        b.put(date, x: b.width - DisplayWidth.of(date), y: 0, style: .bar)
    }

    /// "Step 2 of 4: Choose the stream" and a text progress bar of answered questions.
    static func stepLine(_ step: Step, answered: Int, total: Int, y: Int, into b: inout ScreenBuffer) {
        b.put(" Step \(step.number) of \(Step.allCases.count): \(step.title)", x: 0, y: y, style: .title)
        let bar = progressBar(answered: answered, total: total, width: 10)
        let right = "\(bar) \(answered) of \(total) answered "
        b.put(right, x: b.width - DisplayWidth.of(right), y: y, style: .muted)
    }

    static func progressBar(answered: Int, total: Int, width: Int) -> String {
        let filled = total == 0 ? 0 : (answered * width) / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    }

    static func rule(y: Int, into b: inout ScreenBuffer) {
        b.put(String(repeating: "-", count: b.width), x: 0, y: y, style: .muted)
    }

    static func status(_ s: AppState, into b: inout ScreenBuffer) {
        guard let status = s.status else { return }
        let y = b.height - 2
        if s.statusIsError {
            b.put(" ! " + status, x: 0, y: y, style: .error)
        } else {
            b.put(" " + status, x: 0, y: y, style: .ok)
        }
    }

    /// The key line: pairs of (key, action), drawn until the width runs out.
    static func keys(_ pairs: [(String, String)], into b: inout ScreenBuffer) {
        let y = b.height - 1
        var x = 1
        for (key, action) in pairs {
            let need = DisplayWidth.of(key) + 1 + DisplayWidth.of(action) + 2
            if x + need > b.width { break }
            x += b.put(key, x: x, y: y, style: .key)
            x += b.put(" " + action, x: x, y: y, style: .normal)
            x += 2
        }
    }
}
