import SeededRandom
import Foundation
import Testing
@testable import GuideUI

/// The printable-ASCII fast paths of `DisplayWidth.of` and `ScreenBuffer.put` give exactly what the
/// grapheme-by-grapheme paths give, for ASCII and for text that is not (which takes the slow path).
@Suite("ASCII fast paths")
struct AsciiFastPathTests {
    static let pieces = ["a", "Z", " ", "~", "0", "é", "李", "👍", "🇨🇦", "\t", "\u{7F}", "e\u{301}", "ab cd", "—", "…", "!"]

    /// The slow path, written out: what both functions did before the fast path.
    static func slowWidth(_ s: String) -> Int { s.reduce(0) { $0 + DisplayWidth.of($1) } }

    @Test("seeded random texts: the same widths and the same cells as grapheme by grapheme")
    func sameResults() {
        let seed = ProcessInfo.processInfo.environment["ASCII_FAST_SEED"].flatMap(UInt64.init) ?? 11
        print("ASCII fast path seed \(seed) (replay: ASCII_FAST_SEED=\(seed) swift test --filter AsciiFastPathTests)")
        var rng = RandomKeysTests.SplitMix(state: seed)
        for _ in 0..<2_000 {
            let asciiOnly = Bool.random(using: &rng)
            let choices = asciiOnly ? Array(Self.pieces.prefix(5)) + ["ab cd", "!"] : Self.pieces
            let text = (0..<Int.random(in: 0...30, using: &rng)).map { _ in choices.randomElement(using: &rng)! }.joined()
            #expect(DisplayWidth.of(text) == Self.slowWidth(text), "width of \(text.debugDescription) (seed \(seed))")
            let x = Int.random(in: -3...10, using: &rng), limit = Int.random(in: 0...25, using: &rng)
            var fast = ScreenBuffer(width: 20, height: 1)
            let n = fast.put(text, x: x, y: 0, maxWidth: limit)
            // The reference: one Character at a time, each through the general path.
            var slow = ScreenBuffer(width: 20, height: 1)
            var col = x
            let bound = min(20, x + limit)
            for ch in text {
                let w = DisplayWidth.of(ch)
                if w == 0 { continue }
                if col + w > bound { break }
                _ = slow.put("\u{1}" + String(ch), x: col, y: 0)     // a control character (width 0, not printable ASCII) forces the slow path
                col += w
            }
            #expect(fast.lines == slow.lines && n == max(0, col - x), "put \(text.debugDescription) at \(x) limit \(limit) (seed \(seed))")
        }
    }
}

/// `Paragraph.wrap`'s byte-by-byte path for printable ASCII and newlines gives the lines the
/// grapheme-by-grapheme path gives: long words cut, several spaces, empty paragraphs, narrow widths.
@Suite("ASCII wrap fast path")
struct AsciiWrapFastPathTests {
    @Test("seeded random ASCII texts: the same lines as grapheme by grapheme")
    func sameLines() throws {
        let seed = ProcessInfo.processInfo.environment["ASCII_FAST_SEED"].flatMap(UInt64.init) ?? 12
        print("ASCII wrap seed \(seed) (replay: ASCII_FAST_SEED=\(seed) swift test --filter AsciiWrapFastPathTests)")
        var rng = RandomKeysTests.SplitMix(state: seed)
        let pieces = ["a", "bc", "word", "averyveryverylongword", " ", "  ", "\n", "\n\n", ".", "~"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...25, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let first = Int.random(in: 1...20, using: &rng), rest = Int.random(in: 1...20, using: &rng)
            let fast = try #require(text.utf8.withContiguousStorageIfAvailable { Paragraph.wrapASCII($0, first: first, rest: rest) })
            #expect(fast == Paragraph.wrapGraphemes(text, first: first, rest: rest),
                    "wrap \(text.debugDescription) first \(first) rest \(rest) (seed \(seed))")
        }
    }

    @Test("text that is not printable ASCII takes the grapheme path")
    func otherTextDeclined() {
        for text in ["café au lait", "tab\there", "李 李", "a\r\nb"] {
            let fast = text.utf8.withContiguousStorageIfAvailable { Paragraph.wrapASCII($0, first: 5, rest: 5) }
            #expect(fast == .some(nil), "\(text.debugDescription) must not be wrapped byte by byte")
            #expect(Paragraph.wrap(text, first: 5, rest: 5) == Paragraph.wrapGraphemes(text, first: 5, rest: 5))
        }
    }
}
