import Testing
@testable import GuideUI

/// The layout helper: rectangles, splits by constraints, and wrapped paragraphs. Expected values are
/// worked out by hand in the comments.
@Suite("Layout: rectangles, splits, paragraphs")
struct LayoutTests {
    @Test("a rectangle: edges, insets, rows taken from the top and the bottom, never negative")
    func rect() {
        let r = Rect(x: 2, y: 1, width: 10, height: 5)
        #expect(r.right == 12 && r.bottom == 6 && r.area == 50)
        #expect(r.inset(horizontal: 2) == Rect(x: 4, y: 1, width: 6, height: 5))
        #expect(r.inset(left: 20) == Rect(x: 22, y: 1, width: 0, height: 5))   // more margin than room: empty
        #expect(r.inset(left: 20).isEmpty)
        #expect(Rect(x: 0, y: 0, width: -3, height: -1) == Rect(x: 0, y: 0, width: 0, height: 0))
        var rest = r
        #expect(rest.takeTop(2) == Rect(x: 2, y: 1, width: 10, height: 2))
        #expect(rest.takeBottom(1) == Rect(x: 2, y: 5, width: 10, height: 1))
        #expect(rest == Rect(x: 2, y: 3, width: 10, height: 2))
        #expect(rest.takeTop(9) == Rect(x: 2, y: 3, width: 10, height: 2))        // only what there is
        #expect(rest.isEmpty && rest.y == 5)
        #expect(r.row(4) == Rect(x: 2, y: 5, width: 10, height: 1))
        #expect(r.row(5).isEmpty)
        #expect(r.intersection(Rect(x: 10, y: 0, width: 5, height: 2)) == Rect(x: 10, y: 1, width: 2, height: 1))
        #expect(!r.intersects(Rect(x: 12, y: 1, width: 3, height: 3)))             // touching is not meeting
        #expect(r.contains(x: 11, y: 5) && !r.contains(x: 12, y: 5))
    }

    @Test("the screen frame at 60x20: title bar 1 row, body 16, message area 2, key line 1")
    func screenSplit() {
        // 20 rows: fixed 1 + fixed 2 + fixed 1 = 4, so the fill gets 16, starting at row 1.
        let parts = Layout.vertical([.fixed(1), .fill, .fixed(2), .fixed(1)]).split(Rect(x: 0, y: 0, width: 60, height: 20))
        #expect(parts.map(\.y) == [0, 1, 17, 19])
        #expect(parts.map(\.height) == [1, 16, 2, 1])
        #expect(parts.allSatisfy { $0.x == 0 && $0.width == 60 })
    }

    @Test("fixed, minimum and fill sizes")
    func constraints() {
        // Fills share by weight: 10 * 1/4 = 2 and 10 * 3/4 = 7 (floors), the cell left over goes to the first.
        #expect(Layout.sizes([.fill(1), .fill(3)], total: 10) == [3, 7])
        // Minimums first (3 + 2 + 2 = 7); with no fill, the 4 left are shared by the minimum parts: 2 each.
        #expect(Layout.sizes([.fixed(3), .min(2), .min(2)], total: 11) == [3, 4, 4])
        // With a fill, the minimum part keeps its minimum and the fill takes the rest.
        #expect(Layout.sizes([.min(2), .fill], total: 10) == [2, 8])
        // Fixed parts alone leave the rest unused.
        #expect(Layout.sizes([.fixed(2), .fixed(3)], total: 10) == [2, 3])
        // Too little room: the parts are served in order, so the last ones shrink first.
        #expect(Layout.sizes([.fixed(5), .fixed(5), .fixed(5)], total: 12) == [5, 5, 2])
        #expect(Layout.sizes([.fixed(5), .min(4), .fill], total: 7) == [5, 2, 0])
        #expect(Layout.sizes([.fixed(1), .fill], total: 0) == [0, 0])
        #expect(Layout.sizes([], total: 10) == [])
        // Spacing comes off first: 20 - 2 * 2 = 16 for the parts, 4 + 8 + 4.
        #expect(Layout.sizes([.fixed(4), .fill, .fixed(4)], total: 20, spacing: 2) == [4, 8, 4])
    }

    @Test("a horizontal split with spacing: the columns start where the spacing says")
    func columns() {
        let cols = Layout.horizontal([.fixed(4), .fill, .fixed(4)], spacing: 2).split(Rect(x: 1, y: 3, width: 20, height: 2))
        // x: 1, then 1 + 4 + 2 = 7, then 7 + 8 + 2 = 17 (ending at 21 = 1 + 20).
        #expect(cols == [Rect(x: 1, y: 3, width: 4, height: 2), Rect(x: 7, y: 3, width: 8, height: 2), Rect(x: 17, y: 3, width: 4, height: 2)])
    }

    @Test("seeded random splits stay inside the rectangle and never overlap", arguments: [11, 12, 13] as [UInt64])
    func randomSplits(seed: UInt64) {
        print("LayoutTests.randomSplits seed \(seed)")
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        for _ in 0..<500 {
            let constraints: [Constraint] = (0..<next(6)).map { _ in
                switch next(3) { case 0: .fixed(next(30)); case 1: .min(next(30)); default: .fill(next(4)) }
            }
            let area = Rect(x: next(10), y: next(10), width: next(100), height: next(40))
            let direction: Layout.Direction = next(2) == 0 ? .vertical : .horizontal
            let spacing = next(3)
            let parts = Layout(direction, constraints, spacing: spacing).split(area)
            #expect(parts.count == constraints.count)
            for (i, p) in parts.enumerated() {
                #expect(p.isEmpty || area.intersection(p) == p, "seed \(seed): \(p) leaves \(area)")
                for q in parts[(i + 1)...] { #expect(!p.intersects(q), "seed \(seed): \(p) meets \(q)") }
            }
            let total = direction == .vertical ? area.height : area.width
            let sizes = Layout.sizes(constraints, total: total, spacing: spacing)
            #expect(sizes.reduce(0, +) <= total, "seed \(seed): \(sizes) exceed \(total)")
            // Every fixed or minimum part whose turn came while there was room got its size.
            var left = max(0, total - spacing * max(0, constraints.count - 1))
            for (c, size) in zip(constraints, sizes) {
                switch c {
                case .fixed(let n): #expect(size == min(n, left)); left -= min(n, left)
                case .min(let n): #expect(size >= min(n, left)); left -= min(n, left)
                case .fill: break
                }
            }
        }
    }

    @Test("wrapping by display width: CJK and emoji count two columns, a long word is broken, a wide glyph never split")
    func wrapMixedWidths() {
        // "ab" (2); "中文中文" (8) does not fit beside it nor on a 6-column line, so it is cut by columns:
        // 中文中 (6), then 文 (2); "😀x" (3) fits after it: 2 + 1 + 3 = 6.
        #expect(Paragraph.wrap("ab 中文中文 😀x", first: 6, rest: 6) == ["ab", "中文中", "文 😀x"])
        // On 5 columns, 中文 (4) + 中 (2) would be 6: the third glyph starts the next line.
        #expect(Paragraph.wrap("中文中文", first: 5, rest: 5) == ["中文", "中文"])
        // Accented letters and a combining mark are one column each.
        #expect(Paragraph.wrap("Zoë Müller e\u{301}té", first: 10, rest: 10) == ["Zoë Müller", "e\u{301}té"])
        #expect(Paragraph.wrap("a\nb c", first: 9, rest: 9) == ["a", "b c"])
        for line in Paragraph.wrap("王芳 — Zoë Müller, dossier 😀😀😀 👩‍💻 🇨🇦 fin", first: 7, rest: 7) {
            #expect(DisplayWidth.of(line) <= 7, "\(line) is wider than 7")
        }
    }

    @Test("with one width for every line, the paragraph wraps as DisplayWidth.wrap does (seeded texts)", arguments: [21, 22] as [UInt64])
    func sameAsDisplayWidthWrap(seed: UInt64) {
        print("LayoutTests.sameAsDisplayWidthWrap seed \(seed)")
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        let pieces = ["a", "bc", "défg", "中文", "😀", " ", "  ", "\n", "longwordwithoutanyspace", "x\u{301}", "한국어"]
        for _ in 0..<300 {
            let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
            let width = 2 + next(30)
            #expect(Paragraph.wrap(text, first: width, rest: width) == DisplayWidth.wrap(text, width: width), "seed \(seed): \(text.debugDescription) at \(width)")
        }
    }

    @Test("a hanging indent: the first line is wider than the lines under it")
    func hanging() {
        // First line 9 columns: "! one two" (9). The rest 9 - 2 = 7: "three" (5); "three four" would be 10.
        let lines = Paragraph("! one two three four", hanging: 2).lines(width: 9)
        #expect(lines == [.init(text: "! one two", indent: 0), .init(text: "three", indent: 2), .init(text: "four", indent: 2)])
        #expect(Paragraph("! one two three four", hanging: 2).height(width: 9) == 3)
    }

    @Test("drawn into a rectangle at its place; what does not fit ends with … on the last row")
    func drawInRect() {
        var b = ScreenBuffer(width: 14, height: 4)
        // At 9 columns: "one two" (7), "three" (three four = 10), "four five" (9). Two rows: the second
        // shows "three" and the mark, 5 + 2 = 7 columns.
        let rows = Paragraph("one two three four five", style: .muted).draw(in: Rect(x: 3, y: 1, width: 9, height: 2), into: &b)
        #expect(rows == 2)
        #expect(b.lines == ["", "   one two", "   three …", ""])
        #expect(b.styleLines[1] == "nnnmmmmmmmnnnn")
        var whole = ScreenBuffer(width: 14, height: 4)
        #expect(Paragraph("one two three four five").draw(in: Rect(x: 0, y: 0, width: 9, height: 4), into: &whole) == 3)
        #expect(whole.lines == ["one two", "three", "four five", ""])
    }

    @Test("the overlap recorder: a second text write over a text cell is recorded; a fill under text, a new layer, or no tracking are not")
    func overlapRecorder() {
        var b = ScreenBuffer(width: 10, height: 2)
        b.trackOverlaps()
        b.fill(x: 0, y: 0, count: 10, style: .bar)
        b.put("title", x: 0, y: 0, style: .bar)          // over a fill: the fill is background
        b.put("date", x: 6, y: 0)                        // beside it: no cell shared
        #expect(b.overlaps.isEmpty)
        b.put("XY", x: 3, y: 0)                          // over "le" of title
        #expect(b.overlaps.map { "\($0.x),\($0.y)" } == ["3,0", "4,0"])
        b.put("中", x: 0, y: 1)
        b.put("z", x: 1, y: 1)                           // the second half of a wide glyph is text too
        #expect(b.overlaps.count == 3)
        b.fill(x: 6, y: 0, count: 1, style: .normal)     // a fill that erases text
        #expect(b.overlaps.count == 4)
        b.beginLayer()
        b.put("box", x: 0, y: 0)                         // a box over the screen: meant
        #expect(b.overlaps.count == 4)
        var untracked = ScreenBuffer(width: 4, height: 1)
        untracked.put("ab", x: 0, y: 0)
        untracked.put("cd", x: 0, y: 0)
        #expect(untracked.overlaps.isEmpty && untracked.lines == ["cd"])
    }
}
