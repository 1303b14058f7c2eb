import Foundation
import Testing
@testable import GuideUI

/// `DisplayWidth.wrap` is linear and gives the lines the earlier (quadratic) version gave.
@Suite("Wrapping")
struct WrapTests {
    /// The earlier version, kept as the reference: each cut of a long word re-measured the rest of it.
    static func reference(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var w = String(word)
                var ww = DisplayWidth.of(w)
                if lineWidth > 0 && lineWidth + 1 + ww > width { lines.append(line); line = ""; lineWidth = 0 }
                while ww > width {
                    var head = "", hw = 0
                    var rest = Substring(w)
                    while let ch = rest.first, hw + DisplayWidth.of(ch) <= width - lineWidth - (lineWidth > 0 ? 1 : 0) {
                        head.append(ch); hw += DisplayWidth.of(ch); rest = rest.dropFirst()
                    }
                    if head.isEmpty { return [] }          // (looped for ever on a character wider than the line)
                    line += (lineWidth > 0 ? " " : "") + head
                    lines.append(line)
                    line = ""; lineWidth = 0
                    w = String(rest); ww = DisplayWidth.of(w)
                }
                if ww == 0 { continue }
                line += (lineWidth > 0 ? " " : "") + w
                lineWidth += (lineWidth > 0 ? 1 : 0) + ww
            }
            lines.append(line)
        }
        return lines
    }

    @Test("seeded random texts wrap as before", arguments: [7, 8, 9] as [UInt64])
    func sameAsBefore(seed: UInt64) {
        print("WrapTests seed \(seed)")
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let pieces = ["a", "bc", "défg", "中文", "😀", " ", " ", "  ", "\n", "longwordwithoutanyspaceatall", "x\u{301}"]
        for _ in 0..<300 {
            let text = (0..<(next() % 40)).map { _ in pieces[next() % pieces.count] }.joined()
            let width = 2 + next() % 30
            let expected = Self.reference(text, width: width)
            if expected.isEmpty && !text.isEmpty { continue }
            #expect(DisplayWidth.wrap(text, width: width) == expected, "seed \(seed): \(text.debugDescription) at \(width)")
        }
    }

    @Test("a 100,000-character word and a wide character on a 1-column line both end")
    func longAndNarrow() {
        let lines = DisplayWidth.wrap(String(repeating: "x", count: 100_000), width: 80)
        #expect(lines.count == 1250 && lines.allSatisfy { $0.count == 80 })
        #expect(DisplayWidth.wrap("中文", width: 1) == ["中", "文"])
    }
}
