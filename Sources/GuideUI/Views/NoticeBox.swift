/// A box over the screen for a message that must be read whole: wrapped (never cut at the screen's
/// edge), with the keys that answer it on its last line. ASCII borders, so it draws in any locale.
enum NoticeBox {
    static func draw(_ text: String, footer: String, into b: inout ScreenBuffer, style: Style = .warning) {
        b.beginLayer()          // the box lies over the screen
        let width = min(b.width - 2, 76)
        guard width >= 20, b.height >= 6 else { return }
        let inner = width - 4
        let footerLines = DisplayWidth.wrap(footer, width: inner)
        var body = DisplayWidth.wrap(text, width: inner)
        let room = b.height - 4 - footerLines.count - 1
        if body.count > room { body = Array(body.prefix(max(0, room - 1))) + ["..."] }
        let lines = body + [""] + footerLines
        let footerStart = body.count + 1
        let height = lines.count + 2
        let x0 = (b.width - width) / 2
        let y0 = max(1, (b.height - height) / 2)
        let edge = "+" + String(repeating: "-", count: width - 2) + "+"
        b.put(edge, x: x0, y: y0, style: style)
        for (i, line) in lines.enumerated() {
            let y = y0 + 1 + i
            b.fill(x: x0, y: y, count: width, style: .normal)
            b.put("|", x: x0, y: y, style: style)
            b.put(line, x: x0 + 2, y: y, style: i >= footerStart ? .key : .normal)
            b.put("|", x: x0 + width - 1, y: y, style: style)
        }
        b.put(edge, x: x0, y: y0 + height - 1, style: style)
        b.cursor = nil
    }
}
