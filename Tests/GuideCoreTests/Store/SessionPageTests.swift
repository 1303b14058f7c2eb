import SeededRandom
import Foundation
import Testing
@testable import GuideCore

/// The session manager's reads (`SessionStore.page`, `SessionStore.locate`): a page with its counts is the
/// slice of `SessionQuery.apply` over every session, and a session is found where `apply` puts it.
@Suite("Session manager pages: rows, counts and positions from one read")
struct SessionPageTests {
    @Test("page and locate agree with SessionQuery.apply over the whole list, for every filter, sort and search")
    func pagesAndPositions() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SplitMix(state: SessionListingTests.seed &+ 7)
        print("SessionPageTests seed \(SessionListingTests.seed) (replay with OINP_LISTING_SEED)")
        let store = try SessionListingTests.seededStore(dir, count: 150, rng: &rng)
        let today = LocalDate(year: 2026, month: 12, day: 2)!
        let all = try store.list()
        for search in ["", "ana", "family", "zoë", "no-such-thing"] {
            for (step, due, passed) in [(nil, nil, false), (nil, 14, false), (nil, nil, true), (Step.stream, nil, false)] as [(Step?, Int?, Bool)] {
                for sort in SessionQuery.Sort.allCases {
                    let q = SessionQuery(search: search, step: step, dueWithin: due, passedOnly: passed, sort: sort)
                    let expected = q.apply(all, today: today)
                    let offset = rng.below(expected.count + 3), limit = rng.below(40)
                    let page = try store.page(q, today: today, offset: offset, limit: limit)
                    let slice = Array(expected.dropFirst(offset).prefix(limit))
                    #expect(page.rows == slice, "seed \(SessionListingTests.seed) \(q) offset \(offset) limit \(limit)")
                    #expect(page.total == expected.count && page.all == all.count && page.stored == nil, "\(q)")
                    // A session the query keeps is found at its row; one it leaves out is not found, counts still given.
                    // The first and last kept, and a dozen at random (ties of name, case and millisecond among them).
                    let probes = [expected.first, expected.last].compactMap { $0 } + (0..<12).map { _ in all[rng.below(all.count)] }
                    for probe in probes {
                        let found = try store.locate(probe.id, in: q, today: today)
                        #expect(found == SessionPosition(position: expected.firstIndex { $0.id == probe.id }, total: expected.count, all: all.count),
                                "seed \(SessionListingTests.seed) \(q) \(probe.name)")
                    }
                }
            }
        }
        #expect(try store.locate(nil, in: SessionQuery(), today: today) == SessionPosition(position: nil, total: all.count, all: all.count))
        // The open session's row: there, or gone once deleted.
        let open = all[3].id
        #expect(try store.page(SessionQuery(), today: today, offset: 0, limit: 1, stored: open).stored == true)
        try store.delete(id: open)
        let after = try store.page(SessionQuery(), today: today, offset: 0, limit: 1, stored: open)
        #expect(after.stored == false && after.all == all.count - 1)
    }

    @Test("a page reads at most its limit, however many sessions there are")
    func pageIsBounded() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        try store.createMany((0..<3_000).map { (name: String(format: "Client %04d", $0), profile: Profile(), position: JourneyPosition()) })
        let today = LocalDate(year: 2026, month: 12, day: 2)!
        // Same change time for all (one transaction): the store's order is then by name.
        let page = try store.page(SessionQuery(), today: today, offset: 2_990, limit: 35)
        #expect(page.rows.map(\.name) == (2_990..<3_000).map { String(format: "Client %04d", $0) })
        #expect(page.total == 3_000 && page.all == 3_000)
        let named = try store.page(SessionQuery(sort: .name), today: today, offset: 100, limit: 35)
        #expect(named.rows.count == 35 && named.rows.first?.name == "Client 0100")
        // "299" is a word of its own: Client 0299, 1299, 2299 and 2990 to 2999 (in name order), and any id with it.
        let search = SessionQuery(search: "client 299")
        let found = search.apply(try store.list(), today: today)
        #expect(found.count >= 13)
        #expect(try store.locate(page.rows[4].id, in: search, today: today).position == found.firstIndex { $0.id == page.rows[4].id })
    }
}
