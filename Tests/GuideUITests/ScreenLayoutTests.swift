import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// Every screen fixture at the smallest size (60x20) and at 80x24, with and without a long status and a
/// long field error: no part of a screen is drawn over another, no message is cut, the key line is on
/// the last row. (The text of the screens is checked by the goldens; this checks their geometry.)
@Suite("Screens lay out without overlaps at 60x20 and 80x24")
struct ScreenLayoutTests {
    static let sizes = [(60, 20), (80, 24)]
    static let longError = "The date 2026-02-30 does not exist: February 2026 has 28 days. Type it as YYYY-MM-DD, for example 2026-02-28, then press Enter."

    /// The fixture as it is, with a long status, and (where a field is on screen) with a long field error.
    static func variants(_ s: AppState) -> [(String, AppState)] {
        var out = [("as is", s)]
        var status = s
        status.status = ScreenFixtures.longStatus
        status.statusIsError = true
        out.append(("long error status", status))
        var ok = s
        ok.status = "Checklist written to /home/ana/Documents/immigration/2026/oinp-checklist-My-application-2026-11-29.md. Open it with any text editor."
        ok.statusIsError = false
        out.append(("long status", ok))
        switch s.screen {
        case .question, .entry, .document:
            var error = s
            error.fieldError = longError
            out.append(("long field error", error))
        default:
            if case .renameSession? = s.overlay {
                var error = s
                error.fieldError = longError
                out.append(("long field error", error))
            }
        }
        return out
    }

    /// The screen's text as one line of words: rows trimmed and joined, runs of spaces made one, so a
    /// message wrapped across rows reads as it was written.
    static func words(_ b: ScreenBuffer) -> String {
        b.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    static func squeezed(_ s: String) -> String { s.filter { !$0.isWhitespace } }

    static func problems(_ s: AppState) -> [String] {
        var b = ScreenBuffer(width: s.width, height: s.height)
        b.trackOverlaps()
        View.render(s, into: &b)
        var found: [String] = b.overlaps.prefix(5).map { "overlap at \($0)" }
        if b.lines.count != s.height { found.append("\(b.lines.count) rows for a height of \(s.height)") }
        // The key line is the last row (a key name from column 1) and no other row holds key names.
        let styles = b.styleLines
        if styles.last.map({ Array($0)[1] }) != Style.key.rawValue { found.append("the last row is not the key line: \(b.lines.last ?? "")") }
        if let row = styles.dropLast().firstIndex(where: { $0.contains(Style.key.rawValue) }) { found.append("row \(row) holds key names") }
        // Compared without spaces: a path longer than a line is broken inside it, which adds a space.
        // In a box, its side borders are left out.
        let text = squeezed(b.lines.joined()).filter { s.overlay == nil || $0 != "|" }
        if s.overlay == nil, let status = s.status {
            let whole = s.statusIsError ? "! " + status : status
            if !text.contains(squeezed(whole)) { found.append("the status is not on screen whole") }
        }
        var renaming = false
        if case .renameSession? = s.overlay { renaming = true }
        if let error = s.fieldError, s.overlay == nil || renaming, !text.contains(squeezed(error)) {
            found.append("the field error is not on screen whole")
        }
        return found
    }

    @Test("every fixture, at 60x20 and 80x24, with long messages", arguments: ScreenFixtures.all().map(\.0))
    func layout(name: String) throws {
        let base = try #require(ScreenTests.fixtures[name])
        for (w, h) in Self.sizes {
            for (variant, s) in Self.variants(ScreenFixtures.resized(base, w, h)) {
                let found = Self.problems(s)
                #expect(found.isEmpty, "\(name) at \(w)x\(h), \(variant): \(found.joined(separator: "; "))\n\(View.render(s).lines.joined(separator: "\n"))")
            }
        }
    }

    @Test("a long status takes rows from the body, above the key line, and is read whole at 60 columns")
    func longStatusWraps() throws {
        let s = try #require(ScreenTests.fixtures["statusLong60x20"])
        let b = View.render(s)
        // "! " + the status is 178 columns; at 60 columns with the text indented 1 (the first line) and
        // 3 (the lines under it) it takes 4 rows, the rows just above the key line (16 to 18).
        let frame = ScreenFrame(s)
        #expect(frame.message == Rect(x: 0, y: 15, width: 60, height: 4))
        #expect(frame.body.bottom == 14)               // a blank row (14) between the body and the status
        #expect(b.lines[15].hasPrefix(" ! The answer was not saved"))
        #expect(b.lines[16...18].allSatisfy { $0.hasPrefix("   ") && !$0.hasPrefix("    ") })
        #expect(b.lines[14].isEmpty)
        #expect(Self.words(b).contains("! " + ScreenFixtures.longStatus))
    }

    @Test("a summary under a long status shows fewer lines, and says so: its row count follows the frame")
    func summaryUnderLongStatus() throws {
        var s = ScreenFixtures.resized(try #require(ScreenTests.fixtures["summaryCriteria"]), 60, 20)
        // 60x20 with a one-line status: the body is rows 1-16; title and rule take 2, the "lines" row 1: 13.
        #expect(SummaryView.rows(for: s) == 13 && SummaryView.rows(height: 20) == 13)
        #expect(View.render(s).lines.contains { $0.hasSuffix("lines 1-13 of 85") })
        s.status = ScreenFixtures.longStatus
        s.statusIsError = true
        // The status takes 4 rows (see longStatusWraps), 3 more than one: 13 - 3 = 10 lines of text.
        #expect(SummaryView.rows(for: s) == 10)
        #expect(View.render(s).lines.contains { $0.hasSuffix("lines 1-10 of 85") })
        #expect(SummaryView.maxScroll(.criteria, s) == 85 - 10)
    }

    @Test("the title bar and the step line keep their parts apart at 60 columns")
    func titleAtSixty() throws {
        let b = View.render(try #require(ScreenTests.fixtures["questionError60x20"]))
        // " oinp-guide  Ontario Express Entry, step by step" (48) and "as of 2026-11-29 " (17) need 65:
        // the tagline goes, the date stays at the right edge.
        #expect(b.lines[0] == " oinp-guide" + String(repeating: " ", count: 32) + "as of 2026-11-29")
        // " Step 1 of 4: Check the criteria" (32) + a space + "0 of 18 answered " (17) leave 10 columns:
        // a bar of 7 cells between brackets and a space.
        #expect(b.lines[1] == " Step 1 of 4: Check the criteria [.......] 0 of 18 answered")
    }
}
