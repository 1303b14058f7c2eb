import GuideCore
import Testing
@testable import GuideUI

// The styles layer of the highlight (the goldens hold characters only): the selected item is in reverse
// video over its own text, not the whole row, so a move rewrites two items; a text field's typed text is
// plain (a character costs the terminal one byte), with bold brackets and the cursor showing the focus.
@Suite struct HighlightStyleTests {
    static let fixtures = Dictionary(uniqueKeysWithValues: ScreenFixtures.all())
    func render(_ name: String) -> ScreenBuffer { View.render(Self.fixtures[name]!) }

    /// Columns of style F in a row.
    func focusColumns(_ styles: String) -> [Int] { styles.enumerated().filter { $0.element == "F" }.map(\.offset) }

    @Test func welcomeHighlightsTheStepTitleOnly() {
        let b = render("welcome")
        let line = Array(b.lines[5]), styles = b.styleLines[5]
        // "> 1. Check the criteria" from column 2: the marker, a space and the title are reversed...
        let title = "1. Check the criteria"
        #expect(String(line[4..<(4 + title.count)]) == title)
        #expect(focusColumns(styles) == Array(2..<(4 + title.count)))
        // ...and the status after it keeps its own style.
        #expect(b.lines[5].count > 29 && !focusColumns(styles).contains(29))
    }

    @Test func aChoiceHighlightsItsTextOnly() throws {
        let b = render("choice")
        let y = try #require(b.lines.firstIndex { $0.dropFirst(2).hasPrefix(">") })
        let text = b.lines[y].dropFirst(2).reversed().drop { $0 == " " }.count  // the item's width from column 2
        #expect(focusColumns(b.styleLines[y]) == Array(2..<(2 + text)))
    }

    @Test func aTextFieldIsPlainWithBoldBrackets() throws {
        let b = render("questionError")
        let c = try #require(b.cursor)
        let styles = Array(b.styleLines[c.y]), line = Array(b.lines[c.y])
        #expect(line[2] == "[" && styles[2] == "T")
        let close = try #require(line.indices.first { $0 > 2 && line[$0] == "]" })
        #expect(styles[close] == "T")
        // The typed text "1990-02-30" and the rest of the field: plain.
        #expect(styles[3..<close].allSatisfy { $0 == "n" })
    }
}
