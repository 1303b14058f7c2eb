import Testing
@testable import GuideUI

@Suite("Screen buffer and display width")
struct ScreenBufferTests {
    @Test("display widths: ASCII, accented, CJK, emoji, controls")
    func widths() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("é") == 1)                 // precomposed
        #expect(DisplayWidth.of("e\u{301}") == 1)          // e + combining acute: one grapheme
        #expect(DisplayWidth.of("中") == 2)
        #expect(DisplayWidth.of("한") == 2)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👩‍💻") == 2)               // ZWJ sequence
        #expect(DisplayWidth.of("🇨🇦") == 2)                // flag
        #expect(DisplayWidth.of("\u{7}") == 0)
        #expect(DisplayWidth.of("Québec 中文") == 11)
    }

    @Test("writes are clipped at every edge and never trap")
    func clipping() {
        var b = ScreenBuffer(width: 5, height: 2)
        b.put("abcdefgh", x: 2, y: 0)
        b.put("zz", x: -1, y: 1)
        b.put("never", x: 0, y: 5)
        b.put("never", x: 0, y: -1)
        b.fill(x: -3, y: 1, count: 100, style: .focus)
        #expect(b.lines == ["  abc", ""])
        #expect(b.styleLines[1] == "FFFFF")
        var tiny = ScreenBuffer(width: 1, height: 1)
        tiny.put("中", x: 0, y: 0)                         // a wide grapheme does not fit in one column
        #expect(tiny.lines == [""])
        var empty = ScreenBuffer(width: 0, height: 0)
        empty.put("x", x: 0, y: 0)
        #expect(empty.lines.isEmpty)
    }

    @Test("a wide grapheme takes two cells and is not split at the right edge")
    func wide() {
        var b = ScreenBuffer(width: 5, height: 1)
        let used = b.put("a中文", x: 0, y: 0)
        #expect(used == 5)
        #expect(b.lines == ["a中文"])
        #expect(b[1, 0].text == "中" && b[2, 0].text == "")
        var c = ScreenBuffer(width: 4, height: 1)
        #expect(c.put("ab中文", x: 0, y: 0) == 4)
        #expect(c.lines == ["ab中"])
    }

    @Test("overwriting half of a wide grapheme blanks the other half")
    func overwriteHalf() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("中文", x: 0, y: 0)
        b.put("x", x: 1, y: 0)                            // the continuation cell of 中
        #expect(b.lines == [" x文"])
        b.put("y", x: 2, y: 0)                            // the lead cell of 文
        #expect(b.lines == [" xy"])
    }

    @Test("truncate and wrap measure display columns")
    func truncateWrap() {
        #expect(DisplayWidth.truncate("Montréal, Québec", to: 9) == "Montréal…")
        #expect(DisplayWidth.truncate("中文中文", to: 5) == "中文…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(DisplayWidth.wrap("中文中文中", width: 4) == ["中文", "中文", "中"])
    }
}

@Suite("Text field editing")
struct TextFieldTests {
    @Test("cursor movement, insertion and deletion")
    func editing() {
        var f = TextField("1990-04-1")
        f.handle(.char("7"))
        #expect(f.string == "1990-04-17" && f.cursor == 10)
        f.handle(.home); f.handle(.delete)
        #expect(f.string == "990-04-17" && f.cursor == 0)
        f.handle(.char("2"))
        f.handle(.end); f.handle(.backspace); f.handle(.left); f.handle(.backspace)
        #expect(f.string == "2990-041" && f.cursor == 7)    // Backspace removed the "-" left of the cursor
        f.handle(.ctrl("u"))                                // delete to the start
        #expect(f.string == "1" && f.cursor == 0)
        f.handle(.ctrl("k"))                                // delete to the end
        #expect(f.string == "")
        #expect(f.handle(.enter) == false)
    }

    @Test("non-Latin input keeps graphemes whole and the cursor in columns")
    func unicode() {
        var f = TextField("")
        for c in "Zoë 李" { f.handle(.char(c)) }
        #expect(f.string == "Zoë 李")
        #expect(f.cursorColumn == 6)
        f.handle(.backspace)
        #expect(f.string == "Zoë ")
    }

    @Test("the length limit holds")
    func limit() {
        var f = TextField("", maxLength: 3)
        for c in "abcdef" { f.handle(.char(c)) }
        #expect(f.string == "abc")
    }
}
