import GuideCore

/// A grid of styled cells that a view draws into. Every write is clipped: writing outside the grid
/// does nothing. A wide grapheme takes two cells; the second is a continuation cell with empty text.
public struct ScreenBuffer: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        public var text: String      // one grapheme, "" for the continuation of a wide one
        public var style: Style
        public static let blank = Cell(text: " ", style: .normal)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should sit (the focused field), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY: Int = 0
    /// Who wrote each cell, kept only when a test asks (`trackOverlaps()`); not part of equality.
    private var tracker: OverlapTracker?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from column `x` on row `y`, stopping at `maxWidth` columns (default: the right edge).
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        let writer = tracker?.nextWriter() ?? 0
        var col = x
        if PrintableASCII.contains(text) {
            // One cell a byte (the same cells as the loop below gives), without breaking graphemes.
            for byte in text.utf8 {
                if col + 1 > limit { break }
                if col >= 0 { set(col, y, Cell(text: String(UnicodeScalar(byte)), style: style), writer: writer) }
                col += 1
            }
            return max(0, col - x)
        }
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit { break }
            if col >= 0 {
                set(col, y, Cell(text: String(ch), style: style), writer: writer)
                if w == 2 { set(col + 1, y, Cell(text: "", style: style), writer: writer) }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Fills `count` columns from `x` with spaces in `style` (for bars and highlighted rows).
    public mutating func fill(x: Int, y: Int, count: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<max(max(0, x), min(width, x + count)) {
            set(col, y, Cell(text: " ", style: style), writer: nil)
        }
    }

    /// `writer` is the text write this cell belongs to (nil for a fill, which is background).
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell, writer: Int?) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        if tracker != nil { tracker!.record(i, x: x, y: y, was: cells[i].text, now: cell.text, writer: writer) }
        // Overwriting half of a wide grapheme blanks its other half.
        if cells[i].text.isEmpty, x > 0 { cells[i - 1] = .blank }
        if x + 1 < width, cells[i].text.utf8.count > 1, DisplayWidth.of(cells[i].text) == 2 {   // one byte is one column
            if cells[i + 1].text.isEmpty { cells[i + 1] = .blank }
        }
        cells[i] = cell
    }

    // MARK: Overlap tracking, for tests

    /// A text cell that one write put there and another write of the same layer covered: two parts of
    /// a screen drawn over each other (the title over its own date, a list over the status line).
    public struct Overlap: Equatable, Sendable, CustomStringConvertible {
        public let x: Int
        public let y: Int
        public let was: String
        public let now: String
        public var description: String { "(\(x),\(y)) \"\(was)\" covered by \"\(now)\"" }
    }

    /// Starts recording overlaps (off by default: the running program pays nothing for it).
    public mutating func trackOverlaps() {
        tracker = OverlapTracker(count: cells.count)
    }

    /// What is drawn from here on lies over what was drawn before (a box, the help window), so covering
    /// it is meant, not an overlap.
    public mutating func beginLayer() {
        tracker?.layer += 1
    }

    /// The overlaps recorded since `trackOverlaps()`; empty when not tracking.
    public var overlaps: [Overlap] { tracker?.overlaps ?? [] }

    /// The text of each row, trailing spaces removed (for tests and plain output).
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width { s += self[x, y].text }
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
    }

    /// One style letter per cell (see `Style`), for tests of focus and error marks.
    public var styleLines: [String] {
        (0..<height).map { y in String((0..<width).map { self[$0, y].style.rawValue }) }
    }

    public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY
    }
}

/// Per cell, the text write that put its text there and the layer it was drawn in.
private struct OverlapTracker: Sendable {
    var owner: [Int]        // 0: no text write (blank, or a fill)
    var ownerLayer: [Int]
    var layer = 0
    var writes = 0
    var overlaps: [ScreenBuffer.Overlap] = []

    init(count: Int) {
        owner = Array(repeating: 0, count: count)
        ownerLayer = Array(repeating: 0, count: count)
    }

    mutating func nextWriter() -> Int {
        writes += 1
        return writes
    }

    /// A cell that holds text (a glyph, a space inside a text, or the second half of a wide glyph) and is
    /// written again by another write of the same layer, or filled over, is an overlap.
    mutating func record(_ i: Int, x: Int, y: Int, was: String, now: String, writer: Int?) {
        if owner[i] != 0, owner[i] != writer, ownerLayer[i] == layer {
            overlaps.append(ScreenBuffer.Overlap(x: x, y: y, was: was, now: now))
        }
        owner[i] = writer ?? 0
        ownerLayer[i] = layer
    }
}
