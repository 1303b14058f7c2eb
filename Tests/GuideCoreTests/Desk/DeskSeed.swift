import SeededRandom
import Foundation
@testable import GuideCore

/// Seeded sessions for the desk tests: names with commas, quotes and line-breaking characters where a
/// CSV writer could go wrong, some with an NOI (a 45-day deadline) or an ITA (60 days), in all four steps.
enum DeskSeed {
    static let awkward = ["O'Brien, Pat", "Lee \"Jr\"", "Zoë Ñúñez", "<b>Kim</b>", "[x](http://evil)", "Ana Souza", "李 伟", "Smith; Jones"]

    static func seed(_ store: SessionStore, count: Int, seed: UInt64, today: LocalDate = try! LocalDate.parse("2026-12-01")) throws -> [Session] {
        var rng = SplitMix(seed)
        var items: [(name: String, profile: Profile, position: JourneyPosition)] = []
        for i in 0..<count {
            var p = Profile()
            let kind = Int.random(in: 0..<3, using: &rng)
            if kind == 1 {
                p.noiDate = today.adding(days: -Int.random(in: 0...60, using: &rng))
                p.filing.receivedNOI = true
            } else if kind == 2 {
                p.filing.receivedITA = true
                p.filing.itaDate = today.adding(days: -Int.random(in: 0...70, using: &rng))
            }
            let step = Step.allCases[Int.random(in: 0..<4, using: &rng)]
            let name = "\(awkward[Int.random(in: 0..<awkward.count, using: &rng)]) \(i + 1)"
            items.append((name, p, JourneyPosition(step: step)))
        }
        return try store.createMany(items)
    }
}
