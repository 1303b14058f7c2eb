import SeededRandom
import ArgumentParser
import Foundation
import Testing
@testable import oinp_guide

/// The guide's options read without ArgumentParser (`GuideArguments`) must mean what ArgumentParser reads:
/// whenever the fast reader accepts a command line, `Guide.parse` accepts it too, with the same settings.
@Suite("Guide options read without ArgumentParser")
struct GuideArgumentsTests {
    /// ArgumentParser's reading of the same arguments, or nil when it refuses them.
    static func parsed(_ args: [String]) -> Guide.Settings? {
        (try? Guide.parse(args))?.settings
    }

    @Test("the usual starts are read, and as ArgumentParser reads them")
    func usualStarts() throws {
        let cases: [[String]] = [
            ["--data-dir", "/home/me/clients"],
            ["--data-dir=/home/me/clients", "--session", "Priya Sharma"],
            ["--plain", "--as-of", "2026-12-01"],
            ["--session=abc123", "--verbose", "--data-dir", "./x"],
            ["--as-of=2026-05-29", "--plain", "--session", "a=b"],
        ]
        for args in cases {
            let fast = try #require(GuideArguments.settings(args), "\(args) should be read without ArgumentParser")
            #expect(fast == Self.parsed(args), "\(args)")
        }
        #expect(GuideArguments.settings(["--data-dir", "/d", "--session", "S", "--plain"])
                == Guide.Settings(dataDir: "/d", asOf: nil, session: "S", plain: true))
    }

    @Test("anything unusual is left to ArgumentParser")
    func unusualLeft() {
        let cases: [[String]] = [
            ["--help"], ["-h"], ["guide", "--plain"], ["sessions", "list"], ["--data-dir"], ["--data-dir", ""],
            ["--data-dir", "  "], ["--data-dir="], ["--session", "--plain"], ["--plain", "--plain"],
            ["--data-dir", "a", "--data-dir", "b"], ["--", "--plain"], ["--plan"], ["--plain=yes"],
            ["--as-of", "-1"], ["--version"], ["--generate-completion-script", "bash"],
        ]
        for args in cases {
            #expect(GuideArguments.settings(args) == nil, "\(args) must go to ArgumentParser")
        }
    }

    @Test("seeded random command lines: what the fast reader reads, ArgumentParser reads the same")
    func randomLines() {
        let seed = ProcessInfo.processInfo.environment["OINP_ARGS_SEED"].flatMap(UInt64.init) ?? 20_261_202
        print("guide options seed \(seed) (replay: OINP_ARGS_SEED=\(seed) swift test --filter GuideArgumentsTests)")
        var rng = SplitMix(state: seed)
        let words = ["--data-dir", "--as-of", "--session", "--plain", "--verbose", "--crash-after-first-screen",
                     "/tmp/d", "2026-12-01", "2026-13-01", "Priya", "a=b", "-x", "", " ", "guide", "--", "--nope",
                     "--data-dir=/x", "--session=", "--as-of=2026-06-01", "--plain=1", "-h"]
        var accepted = 0
        for _ in 0..<3_000 {
            let args = (0..<Int.random(in: 0...6, using: &rng)).map { _ in words.randomElement(using: &rng)! }
            guard let fast = GuideArguments.settings(args) else { continue }
            accepted += 1
            #expect(fast == Self.parsed(args), "\(args) (seed \(seed))")
        }
        // The comparison means something only if the fast reader took a fair share of the lines.
        #expect(accepted > 100, "only \(accepted) lines were read without ArgumentParser (seed \(seed))")
    }
}
