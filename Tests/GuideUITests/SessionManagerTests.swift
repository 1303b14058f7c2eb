import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// The session manager at 80x24: search as you type, sort, filters, the cursor on a session, and status lines.
@Suite("Session manager: search, sort, cursor")
struct SessionManagerScreenTests {
    /// 300 seeded rows (seed printed, replayable with DESK_SEED), plus two named ones to find; the manager
    /// reads its windows from them.
    func manager() -> (AppState, FakeSessionPages) {
        let seed = UInt64(ProcessInfo.processInfo.environment["DESK_SEED"] ?? "") ?? 4_242   // fixed by default so CI is repeatable; DESK_SEED runs another
        print("SessionManagerScreenTests seed: \(seed) (replay with DESK_SEED=\(seed))")
        var rng = seed
        func next(_ n: Int) -> Int { rng = rng &* 6364136223846793005 &+ 1442695040888963407; return Int((rng >> 33) % UInt64(n)) }
        let t0 = Date(timeIntervalSince1970: 1_795_000_000)
        var rows: [SessionSummary] = []
        for i in 0..<300 {
            let step: Step = Step.allCases[next(4)]
            let hasDeadline: Bool = next(2) == 1
            let offset: Int = next(90) - 20
            let deadline: LocalDate? = hasDeadline ? today.adding(days: offset) : nil
            let id: String = String(format: "%08X-0000-4000-8000-%012d", i * 7919, i)
            let changed: Date = t0.addingTimeInterval(Double(-i * 60))
            let tags: [String] = i % 10 == 0 ? ["vip"] : []
            rows.append(SessionSummary(id: id, name: "Client \(i + 1)", step: step, updatedAt: changed,
                                       nextDeadline: deadline, nextDeadlineLabel: "Submit by", fileNumber: "F-\(1000 + i)", tags: tags))
        }
        rows.insert(SessionSummary(id: "AAAA0000-0000-4000-8000-000000000001", name: "Very long client name for a what-if run, Ana Souza (copy)",
                                   step: .oinp, updatedAt: t0.addingTimeInterval(10)), at: 0)
        rows.insert(SessionSummary(id: "AAAA0000-0000-4000-8000-000000000002", name: "Very long client name for a what-if run, Ana Souza",
                                   step: .oinp, updatedAt: t0.addingTimeInterval(5)), at: 1)
        var s = freshState(width: 80, height: 24)
        let pages = FakeSessionPages(rows)
        pages.open(&s)
        return (s, pages)
    }

    func screen(_ s: AppState) -> [String] { View.render(s).lines }

    @Test("/ starts a search; each key narrows the list at once; Esc clears it")
    func searchAsYouType() {
        var (s, pages) = manager()
        pages.press([.char("/")], &s)
        #expect(s.manager.searching)
        pages.type("f-1042", &s)
        let rows = s.manager.window.rows
        #expect(rows.map(\.name) == ["Client 43"] && s.manager.window.total == 1)
        #expect(Update.sessionCursor(s) == 0)
        #expect(screen(s).contains { $0.contains("Client 43") })
        #expect(screen(s).contains { $0.contains("Search: f-1042") })
        pages.press([.enter], &s)                            // keeps the search, keys act on rows again
        #expect(!s.manager.searching)
        #expect(pages.press([.enter], &s) == [.openSession(id: rows[0].id)])
        var (t, tPages) = manager()
        tPages.press([.char("/")], &t)
        tPages.type("vip", &t)
        #expect(t.manager.window.total == 30)
        tPages.press([.escape], &t)
        #expect(t.manager.window.total == 302 && t.manager.query.search.isEmpty)
    }

    @Test("a copy and its original stay distinct on screen: the name is cut in the middle, keeping its end")
    func distinctRows() {
        let (s, _) = manager()
        let lines = screen(s)
        let copy = lines.first { $0.contains("(copy)") }
        #expect(copy != nil)
        #expect(lines.contains { $0.contains("Ana Souza") && !$0.contains("(copy)") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(SessionsView.middleCut("abcdefghij", to: 7) == "abc\u{2026}hij")
    }

    @Test("o cycles the sort; the cursor stays on the same session through re-sorts and a rename's reload")
    func cursorFollows() {
        var (s, pages) = manager()
        pages.press([.down, .down, .down], &s)
        let focused = pages.kept(s)[3].id
        pages.press([.char("o")], &s)                           // by name
        #expect(s.manager.query.sort == .name)
        #expect(s.status == "Sorted by name.")
        var (rows, cursor) = (pages.kept(s), Update.sessionCursor(s))
        #expect(rows[cursor].id == focused && s.manager.window.row(cursor)?.id == focused)
        let names = rows.map(\.name)
        for (a, b) in zip(names, names.dropFirst()) { #expect(a.localizedCaseInsensitiveCompare(b) != .orderedDescending) }
        pages.press([.char("o")], &s)                           // by deadline
        (rows, cursor) = (pages.kept(s), Update.sessionCursor(s))
        #expect(rows[cursor].id == focused && s.manager.window.row(cursor)?.id == focused)
        // Renamed: the runtime reads again, the row moves; the cursor goes with it.
        pages.press([.char("o"), .char("r")], &s)
        #expect(s.overlay == .renameSession(id: focused))
        for _ in 0..<60 { pages.press([.backspace], &s) }
        pages.type("Aaron First", &s)
        #expect(pages.press([.enter], &s) == [.renameSession(id: focused, name: "Aaron First")])
        let i = pages.list.firstIndex { $0.id == focused }!
        var renamed = pages.list.remove(at: i)
        renamed.name = "Aaron First"
        pages.list.insert(renamed, at: 0)                       // changed last: first by last change
        pages.apply(.sessionRenamed(id: focused, name: "Aaron First"), &s)
        cursor = Update.sessionCursor(s)
        #expect(s.manager.window.row(cursor)?.id == focused && cursor == 0)
        #expect(screen(s).contains { $0.hasPrefix("  > Aaron First") || $0.contains("> Aaron First") })
        // The next action hits the same session.
        pages.press([.char("d")], &s)
        #expect(s.overlay == .confirmDelete(id: focused))
    }

    @Test("f goes through the filters; the count and the filter are on the title")
    func filters() {
        var (s, pages) = manager()
        pages.press([.char("f")], &s)
        let due = s.manager.window.rows
        #expect(!due.isEmpty && due.allSatisfy { $0.nextDeadline.map { today.days(until: $0) <= 14 } ?? false })
        #expect(screen(s)[1].contains("due within 14 days"))
        #expect(s.status == "Showing due within 14 days: \(pages.kept(s).count) of 302 sessions.")
        pages.press([.char("f")], &s)
        #expect(s.manager.window.rows.allSatisfy { $0.nextDeadline.map { $0 < today } ?? false })
        pages.press([.char("f")], &s)
        #expect(s.manager.window.rows.allSatisfy { $0.step == .criteria })
        for _ in 0..<4 { pages.press([.char("f")], &s) }
        #expect(s.manager.query == SessionQuery())
    }

    @Test("the open session cannot be deleted, and says why; a kept session leaves no stale message")
    func noDeletingTheOpenOne() {
        var (s, pages) = manager()
        let open = s.manager.window.rows[0]
        s.session = Session(id: open.id, name: open.name)
        pages.press([.char("d")], &s)
        #expect(s.overlay == nil)
        #expect(s.statusIsError && (s.status ?? "").contains("is open, so it cannot be deleted"))
        // Another one: the old message goes with the next key; choosing to keep says nothing about deleting.
        s.status = "Deleted."
        pages.press([.down, .char("d")], &s)
        #expect(s.status == nil)
        #expect(s.overlay == .confirmDelete(id: s.manager.window.rows[1].id))
        pages.press([.char("n")], &s)
        #expect(s.overlay == nil && s.status == nil)
    }
}
