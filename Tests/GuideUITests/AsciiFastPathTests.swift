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
