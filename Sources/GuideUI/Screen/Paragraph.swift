import GuideCore

/// Text wrapped into a rectangle: words kept whole where they fit, a word longer than a line broken
/// by display columns (so CJK and emoji count two), continuation lines indented under the first by
/// `hanging`. What does not fit the rectangle's rows ends with "…" on its last row, so a cut shows;
/// views size the rectangle from `height(width:)` when the whole text must be read.
public struct Paragraph: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public let text: String
        /// Columns from the rectangle's left edge.
        public let indent: Int
    }

    public var text: String
    public var style: Style
    /// The first line starts this many columns in; the lines after it, `indent + hanging`.
    public var indent: Int
    public var hanging: Int

    public init(_ text: String, style: Style = .normal, indent: Int = 0, hanging: Int = 0) {
        self.text = text
        self.style = style
        self.indent = max(0, indent)
        self.hanging = max(0, hanging)
    }

    /// The lines at `width` columns, each with its indentation.
    public func lines(width: Int) -> [Line] {
        let first = width - indent, rest = width - indent - hanging
        // Too narrow for the indentation: the text starts at the left edge rather than vanish.
        guard first > 0, rest > 0 else { return Paragraph.wrap(text, first: width, rest: width).map { Line(text: $0, indent: 0) } }
        return Paragraph.wrap(text, first: first, rest: rest).enumerated().map { i, s in
            Line(text: s, indent: i == 0 ? indent : indent + hanging)
        }
    }

    /// The rows the whole text takes at `width` columns.
    public func height(width: Int) -> Int { lines(width: width).count }

    /// Draws into `area`; returns the rows used.
    @discardableResult
    public func draw(in area: Rect, into b: inout ScreenBuffer) -> Int {
        guard !area.isEmpty else { return 0 }
        var all = lines(width: area.width)
        if all.count > area.height {
            all = Array(all.prefix(area.height))
            let last = all[all.count - 1]
            let room = area.width - last.indent
            let marked = DisplayWidth.of(last.text) + 2 <= room ? last.text + " …" : DisplayWidth.truncate(last.text + "  ", to: room)
            all[all.count - 1] = Line(text: marked, indent: last.indent)
        }
        for (i, line) in all.enumerated() {
            b.put(line.text, x: area.x + line.indent, y: area.y + i, style: style, maxWidth: area.width - line.indent)
        }
        return all.count
    }

    /// Splits `text` into lines of at most `first` columns (the first line) and `rest` columns (every
    /// other line), breaking at spaces; a word longer than its line is cut by display columns. A "\n"
    /// starts a new line. Linear: each character is measured once.
    public static func wrap(_ text: String, first: Int, rest: Int) -> [String] {
        guard first > 0, rest > 0 else { return [] }
        if let lines = text.utf8.withContiguousStorageIfAvailable({ wrapASCII($0, first: first, rest: rest) }), let lines {
            return lines
        }
        return wrapGraphemes(text, first: first, rest: rest)
    }

    /// `wrap` for any text, grapheme by grapheme.
    static func wrapGraphemes(_ text: String, first: Int, rest: Int) -> [String] {
        guard first > 0, rest > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var used = 0
        func limit() -> Int { lines.isEmpty ? first : rest }
        func newLine() { lines.append(line); line = ""; used = 0 }
        for (p, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if p > 0 { newLine() }
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let ww = DisplayWidth.of(word)
                if ww == 0 { continue }
                if used > 0 && used + 1 + ww > limit() { newLine() }
                if used + (used > 0 ? 1 : 0) + ww <= limit() {
                    if used > 0 { line += " "; used += 1 }
                    line += word
                    used += ww
                    continue
                }
                // Longer than a whole line (the line is empty here): cut it by columns.
                for ch in word {
                    let cw = DisplayWidth.of(ch)
                    if cw == 0 { line.append(ch); continue }
                    if used > 0 && used + cw > limit() { newLine() }
                    line.append(ch)
                    used += cw
                }
            }
        }
        lines.append(line)
        return lines
    }

    /// The same lines as `wrap`, for text of printable ASCII and "\n" only (most of what is drawn), where a
    /// byte is a character one column wide: it splits bytes instead of graphemes. Nil for any other text.
    static func wrapASCII(_ text: UnsafeBufferPointer<UInt8>, first: Int, rest: Int) -> [String]? {
        let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")
        for c in text where c != newline && !PrintableASCII.isPrintable(c) { return nil }
        var lines: [String] = []
        var line: [UInt8] = []
        func limit() -> Int { lines.isEmpty ? first : rest }
        func newLine() { lines.append(String(decoding: line, as: UTF8.self)); line.removeAll(keepingCapacity: true) }
        var i = 0
        let n = text.count
        while i <= n {
            // One word: the bytes up to the next space, newline or the end.
            var j = i
            while j < n, text[j] != space, text[j] != newline { j += 1 }
            let ww = j - i
            if ww > 0 {
                if !line.isEmpty && line.count + 1 + ww > limit() { newLine() }
                if line.count + (line.isEmpty ? 0 : 1) + ww <= limit() {
                    if !line.isEmpty { line.append(space) }
                    line.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<j]))
                } else {
                    // Longer than a whole line (the line is empty here): cut it by columns.
                    for k in i..<j {
                        if !line.isEmpty && line.count + 1 > limit() { newLine() }
                        line.append(text[k])
                    }
                }
            }
            if j < n, text[j] == newline { newLine() }
            i = j + 1
        }
        lines.append(String(decoding: line, as: UTF8.self))
        return lines
    }
}
