import SeededRandom
import Foundation
import Testing
@testable import GuideCore

/// Seeded mutations of docs/examples/profile-example.json through reading, validation, assessment, the
/// checklist and the deadlines: whatever a file holds ends as a profile or a named error, never a crash.
/// Each run prints its seed; `OINP_FUZZ_SEED=<n> swift test --filter ProfileFuzz` replays one.
@Suite("Profile fuzzing")
struct ProfileFuzzTests {

    static let example: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/examples/profile-example.json")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? "{}"
    }()

    /// Values that broke the program before (issue 13) and their neighbours.
    static let numbers = ["2243037946705926", "1e19", "-1e19", "99999999999999999999", "2.5", "-0", "1e308", "1e-400",
                          "9223372036854775807", "-9223372036854775808", "0", "-1", "41", "31", "169", "1000.5", "4e3"]
    static let dates = ["\"0001-01-01\"", "\"9999-12-31\"", "\"9999-06-30\"", "\"0005-01-01\"", "\"1899-12-31\"", "\"2200-01-01\"",
                        "\"2024-02-29\"", "\"2025-02-29\"", "\"99999-01-01\"", "\"\""]
    static let others = ["null", "true", "[]", "{}", "\"x\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
                         "\"\\ud800\"", "\"\\u0000\"", "{\"dateOfBrith\":1}"]

    /// One mutation of `text`: a token replaced by an extreme value, bytes flipped, cut or repeated, a long string or list.
    static func mutate(_ text: String, _ rng: inout SplitMix) -> Data {
        var bytes = Array(text.utf8)
        switch rng.below(8) {
        case 0, 1, 2:
            // Replace one value token (a number, a string, true/false) by an extreme value.
            let starts = bytes.indices.filter { i in
                let b = bytes[i]
                let prev = i > 0 ? bytes[i - 1] : 0
                return (prev == UInt8(ascii: ":") || prev == UInt8(ascii: " ") || prev == UInt8(ascii: "["))
                    && (b == UInt8(ascii: "\"") || b == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
                        || b == UInt8(ascii: "t") || b == UInt8(ascii: "f"))
            }
            guard !starts.isEmpty else { break }
            let s = rng.pick(starts)
            var e = s + 1
            if bytes[s] == UInt8(ascii: "\"") {
                while e < bytes.count, bytes[e] != UInt8(ascii: "\"") { e += 1 }
                e = min(e + 1, bytes.count)
            } else {
                while e < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: " "), 0x0A].contains(bytes[e]) { e += 1 }
            }
            let replacement = rng.pick([numbers, dates, others][rng.below(3)])
            bytes.replaceSubrange(s..<e, with: Array(replacement.utf8))
        case 3:
            for _ in 0..<(1 + rng.below(4)) where !bytes.isEmpty { bytes[rng.below(bytes.count)] = UInt8(truncatingIfNeeded: rng.next()) }
        case 4:
            let a = rng.below(bytes.count), b = min(bytes.count, a + rng.below(64))
            bytes.removeSubrange(a..<b)
        case 5:
            let a = rng.below(bytes.count), b = min(bytes.count, a + rng.below(200))
            bytes.insert(contentsOf: bytes[a..<b], at: rng.below(bytes.count))
        case 6:
            // A long title, or a long list of jobs.
            if rng.below(2) == 0 {
                let long = String(repeating: "é", count: 1 + rng.below(1 << 18))
                return Data(text.replacingOccurrences(of: "\"Software engineer\"", with: "\"\(long)\"").utf8)
            }
            let job = #"{"nocCode":"21231","startDate":"2018-01-01","hoursPerWeek":40}"#
            let jobs = Array(repeating: job, count: 1 + rng.below(12_000)).joined(separator: ",")
            return Data(text.replacingOccurrences(of: "\"workExperience\": [", with: "\"workExperience\": [\(jobs),").utf8)
        default:
            // Deep nesting at a random place.
            let depth = 1 + rng.below(5_000)
            let at = rng.below(bytes.count)
            bytes.insert(contentsOf: Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8), at: at)
        }
        return Data(bytes)
    }

    static func read(_ data: Data) -> Result<Profile, ProfileJSON.DecodeError> {
        Result { () throws(ProfileJSON.DecodeError) -> Profile in try ProfileJSON.read(data).profile }
    }

    @Test("seeded mutations of the example profile: a profile or a named error, never a crash")
    func mutations() throws {
        // A fixed seed by default, so CI is the same run every time (this one once found abs(Int.min)
        // trapping in the reader); OINP_FUZZ_SEED runs another, and its seed is printed to replay it.
        let seed = ProcessInfo.processInfo.environment["OINP_FUZZ_SEED"].flatMap(UInt64.init) ?? 872_135_022
        print("ProfileFuzzTests seed \(seed) (replay: OINP_FUZZ_SEED=\(seed) swift test --filter ProfileFuzz)")
        var rng = SplitMix(state: seed)
        let today = d("2026-12-01")
        let assessors = [Assessor(asOf: today), Assessor(asOf: d("1900-01-01")), Assessor(asOf: d("2199-12-31"))]
        var decoded = 0
        for i in 0..<150 {
            let data = Self.mutate(Self.example, &rng)
            let profile: Profile
            switch Self.read(data) {
            case .success(let p): profile = p
            case .failure(let error):
                // Every refusal names a place and says something, briefly.
                #expect(error.path.hasPrefix("profile"), "seed \(seed) case \(i)")
                #expect(!error.message.isEmpty && error.message.count < 400, "seed \(seed) case \(i): \(error.message.prefix(200))")
                continue
            }
            decoded += 1
            _ = profile.validate(asOf: today)
            for a in assessors { _ = a.assess(profile).renderText() }
            _ = Checklist.report(profile, today: today)
            _ = Deadlines.all(for: profile, today: today)
            _ = SessionStore.nextDeadline(for: profile)
        }
        #expect(decoded > 0, "seed \(seed): some mutations should still be profiles")
    }
}
