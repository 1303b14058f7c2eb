import SeededRandom
import Foundation
import GRDB
import Testing
@testable import GuideCore

/// The list rows read from the stored columns (resume screen, `sessions list`, the manager's pages) are the
/// rows computed from the sessions themselves, and a page is a slice of the whole query.
@Suite("Session rows from stored columns, and pages")
struct SessionListingTests {
    /// Seeded: `OINP_LISTING_SEED=<n> swift test --filter SessionListing` replays a run.
    static let seed = ProcessInfo.processInfo.environment["OINP_LISTING_SEED"].flatMap(UInt64.init) ?? 20_261_202

    /// A store of `count` sessions with varied names (case, accents, shared names), steps, tags, file numbers,
    /// deadlines (none, past, near, far) and change times (some in the same millisecond).
    static func seededStore(_ dir: URL, count: Int, rng: inout SplitMix) throws -> SessionStore {
        let store = try SessionStore(directory: dir)
        let names = ["Ana", "ana", "Álvaro", "Bo", "bo", "Chen Li", "Zoë", "Émile", "zed", "Ana"]
        let tags = [[], ["family"], ["rush", "family"], ["ON"], ["x"]]
        let t0 = Date(timeIntervalSince1970: 1_767_225_600)
        for i in 0..<count {
            var p = Profile()
            switch rng.below(4) {
            case 0: break                                                  // no deadline
            case 1:
                p = profileWithDeadlines()                                 // NOI 2025-12-15: 2026-01-29, passed
            case 2:
                p = profileWithDeadlines()
                p.noiDate = LocalDate(year: 2026, month: 11, day: 20 + rng.below(10))   // due within days
            default:
                p = profileWithDeadlines()
                p.noiDate = LocalDate(year: 2026, month: 12, day: 1)!.adding(days: 30 + rng.below(300))
            }
            let client = ClientFields(fileNumber: rng.below(3) == 0 ? "F-\(rng.below(50))" : nil, tags: rng.pick(tags))
            let name = rng.pick(names) + (rng.below(2) == 0 ? "" : " \(i)")
            let step = Step.allCases[rng.below(4)]
            // Every third session shares the previous one's millisecond: the order must still be total.
            let when = t0.addingTimeInterval(Double(i - (i % 3 == 2 ? 1 : 0)) * 0.5)
            try store.create(name: name, profile: p, position: JourneyPosition(step: step), client: client, now: when)
        }
        return store
    }

    @Test("the resume row read from the columns is the row computed from the decoded session")
    func resumeRowEqualsComputed() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SplitMix(state: Self.seed)
        print("SessionListingTests seed \(Self.seed)")
        let store = try Self.seededStore(dir, count: 40, rng: &rng)
        let stored = try #require(try store.mostRecentSummary())
        let computed = SessionSummary(try #require(try store.mostRecent()))
        #expect(stored == computed, "seed \(Self.seed)")
        // Every row of the list, not only the first, equals its session's own summary.
        for row in try store.list() {
            #expect(row == SessionSummary(try store.load(id: row.id)), "seed \(Self.seed) \(row.name)")
        }
        // And after a save the resume row follows it.
        var s = try store.load(id: try store.list().last!.id)
        s.profile = profileWithDeadlines()
        s.position = JourneyPosition(step: .pr)
        let saved = try store.save(s, now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(try store.mostRecentSummary() == SessionSummary(saved))
    }

    @Test("pages of every query, put end to end, are the whole query as SessionQuery.apply gives it")
    func pagesAreSlicesOfTheQuery() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SplitMix(state: Self.seed &+ 1)
        print("SessionListingTests seed \(Self.seed)")
        let store = try Self.seededStore(dir, count: 120, rng: &rng)
        let today = LocalDate(year: 2026, month: 12, day: 2)!
        let all = try store.list()
        let filters: [(Step?, Int?, Bool)] = [(nil, nil, false), (nil, 14, false), (nil, nil, true), (.oinp, nil, false), (.criteria, 400, false)]
        for search in ["", "ana", "ANA  family", "álvaro", "f-1", "zoë", "nothing-like-this", all[7].id.prefix(6).lowercased()] {
            for (step, due, passed) in filters {
                for sort in SessionQuery.Sort.allCases {
                    let q = SessionQuery(search: search, step: step, dueWithin: due, passedOnly: passed, sort: sort)
                    let expected = q.apply(all, today: today)
                    #expect(try store.count(q, today: today) == expected.count, "seed \(Self.seed) \(q)")
                    let size = 1 + rng.below(17)
                    var paged: [SessionSummary] = []
                    var offset = 0
                    while true {
                        let page = try store.sessions(q, today: today, offset: offset, limit: size)
                        paged += page
                        offset += size
                        if page.count < size { break }
                    }
                    #expect(paged == expected, "seed \(Self.seed) \(q) page size \(size)")
                    if let probe = expected.indices.randomElement(using: &rng) {
                        #expect(try store.position(of: expected[probe].id, in: q, today: today) == probe)
                    }
                }
            }
        }
    }

    @Test("stored dates read on bytes are the dates GRDB reads")
    func storedDatesAsGRDB() throws {
        var rng = SplitMix(state: Self.seed &+ 2)
        print("SessionListingTests seed \(Self.seed)")
        for _ in 0..<2000 {
            // Any millisecond from 1970 to about 2100.
            let date = SessionStore.storable(Date(timeIntervalSince1970: Double(rng.below(4_102_444_800_000)) / 1000))
            let value = date.databaseValue
            let grdb = try #require(Date.fromDatabaseValue(value))
            let ours = try #require(StoredDate.date(value), "\(value)")
            #expect(abs(ours.timeIntervalSince1970 - grdb.timeIntervalSince1970) < 0.000_5, "seed \(Self.seed) \(value)")
            #expect(ours.databaseValue == value, "seed \(Self.seed) \(value)")
        }
        // Other shapes (no fraction, a 'T', no time, a number) give GRDB's date too; nonsense is nil as in GRDB.
        for text in ["2026-12-02 10:11:12", "2026-12-02T10:11:12.345", "2026-12-02", "2026-12-02 10:11"] {
            let v = text.databaseValue
            let grdb = try #require(Date.fromDatabaseValue(v))
            let ours = try #require(StoredDate.date(v), "\(text)")
            #expect(abs(ours.timeIntervalSince1970 - grdb.timeIntervalSince1970) < 0.000_5, "\(text)")
        }
        #expect(StoredDate.date(1_767_225_600.databaseValue) == Date(timeIntervalSince1970: 1_767_225_600))
        #expect(StoredDate.parse("2026-02-30 00:00:00.000") == nil)
        #expect(StoredDate.date("not a date".databaseValue) == nil)
    }
}
