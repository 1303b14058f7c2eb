import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// The session manager holds one window of rows, read from its page source as the cursor moves: opening
/// and moving cost the same with 10 or 10,000 sessions, and the screen is the one the whole list would give.
@Suite("Session manager: one window of rows, read as the cursor moves")
struct SessionWindowTests {
    /// Seeded (printed; replay with OINP_WINDOW_SEED): names shared and cased differently, steps, tags, file
    /// numbers, deadlines none / passed / near / far, change times with ties.
    static let seed = ProcessInfo.processInfo.environment["OINP_WINDOW_SEED"].flatMap(UInt64.init) ?? 14_014

    static func summaries(_ count: Int, seed: UInt64 = seed) -> [SessionSummary] {
        var rng = seed
        func next(_ n: Int) -> Int { rng = rng &* 6364136223846793005 &+ 1442695040888963407; return Int((rng >> 33) % UInt64(n)) }
        let names = ["Ana", "ana", "Álvaro", "Bo", "Chen Li", "Zoë", "Émile"]
        let t0 = Date(timeIntervalSince1970: 1_795_000_000)
        return (0..<count).map { i in
            let deadline: LocalDate? = next(3) == 0 ? nil : today.adding(days: next(400) - 60)
            return SessionSummary(id: String(format: "%08X-0000-4000-8000-%012d", i &* 7919, i), name: "\(names[next(names.count)]) \(next(count))",
                                  step: Step.allCases[next(4)], updatedAt: t0.addingTimeInterval(Double(-(i / 2) * 60)),   // pairs share a time
                                  nextDeadline: deadline, nextDeadlineLabel: deadline == nil ? nil : "Submit by",
                                  fileNumber: next(4) == 0 ? nil : "F-\(i)", tags: next(10) == 0 ? ["vip"] : [])
        }
    }

    /// The most rows a window may hold at this size: the screen's height and a margin above and below.
    static func bound(_ s: AppState) -> Int { s.height + 2 * Update.sessionWindowMargin }

    /// The same state holding every row its query keeps: what the manager showed when it held the whole list.
    static func whole(_ s: AppState, _ pages: FakeSessionPages) -> AppState {
        var w = s
        let kept = pages.kept(s)
        w.manager.window = SessionWindow(offset: 0, rows: kept, total: kept.count, all: pages.list.count)
        return w
    }

    @Test("opening reads one window: the same number of rows for 1,000 as for 10,000 sessions, all of them for 10")
    func openingIsBounded() {
        var counts: [Int: (reads: Int, rows: Int)] = [:]
        for n in [10, 1_000, 10_000] {
            var s = freshState(width: 80, height: 24)
            let pages = FakeSessionPages(Self.summaries(n))
            pages.open(&s)
            counts[n] = (pages.reads.count, pages.rowsRead)
            #expect(s.manager.window.total == n && s.manager.window.all == n)
            #expect(pages.reads.allSatisfy { $0.limit <= Self.bound(s) }, "\(pages.reads)")
            #expect(s.manager.window.rows.count == min(n, SessionsView.tableRows(s) + 2 * Update.sessionWindowMargin))
            #expect(View.render(s).lines == View.render(Self.whole(s, pages)).lines)
        }
        #expect(counts[10]! == (1, 10))
        #expect(counts[1_000]!.reads == 1 && counts[1_000]!.rows == counts[10_000]!.rows)
        #expect(counts[10_000]!.rows <= 24 + 2 * Update.sessionWindowMargin)
    }

    @Test("moving one row at a time reads again only once past the margin; the row under the cursor is the list's")
    func movingReadsRarely() {
        var s = freshState(width: 80, height: 24)
        let pages = FakeSessionPages(Self.summaries(10_000))
        pages.open(&s)
        let opened = pages.reads.count
        for i in 1...100 {
            pages.press([.down], &s)
            #expect(s.manager.window.row(i)?.id == pages.list[i].id && s.manager.focus == pages.list[i].id)
        }
        // A read every `margin` rows at most, each bounded.
        #expect(pages.reads.count - opened <= 100 / Update.sessionWindowMargin + 1, "\(pages.reads.count - opened) reads")
        #expect(pages.reads.allSatisfy { $0.limit <= Self.bound(s) })
        // The wrap-around Up from the first row, End, Home and the pages: each one read at most.
        for key: Key in [.home, .up, .pageUp, .pageUp, .end, .pageDown, .home, .pageDown] {
            let before = pages.reads.count
            pages.press([key], &s)
            #expect(pages.reads.count - before <= 1, "\(key)")
            let cursor = Update.sessionCursor(s)
            #expect(s.manager.window.row(cursor)?.id == pages.list[cursor].id, "\(key)")
        }
        #expect(Update.sessionCursor(s) == 10)
    }

    @Test("a seeded walk of moves, sorts, filters and searches: windows stay bounded and every screen is the whole list's")
    func walkMatchesTheWholeList() {
        print("SessionWindowTests seed \(Self.seed) (replay with OINP_WINDOW_SEED=\(Self.seed))")
        var rng = SessionListTableTests.Rng(state: Self.seed)
        for (w, h, n) in [(80, 24, 1_500), (60, 20, 400), (120, 40, 37)] {
            var s = freshState(width: w, height: h)
            let pages = FakeSessionPages(Self.summaries(n))
            pages.open(&s)
            let moves: [Key] = [.up, .down, .down, .pageUp, .pageDown, .home, .end, .char("j"), .char("k")]
            for step in 0..<250 {
                let roll = rng.below(20)
                var keys: [Key]
                switch roll {
                case 0: keys = [.char("o")]
                case 1: keys = [.char("f")]
                case 2: keys = [.char("/")] + "\(rng.below(10))".map { Key.char($0) } + [rng.below(2) == 0 ? .enter : .escape]
                case 3: keys = [.escape]
                default: keys = [moves[rng.below(moves.count)]]
                }
                pages.press(keys, &s)
                let context = "seed \(Self.seed) \(w)x\(h) step \(step) keys \(keys.map(\.displayName))"
                // Esc with no search leaves the manager: open it again (on the session it was on).
                if s.screen != .sessions {
                    let left = s.manager.focus
                    pages.open(&s)
                    #expect(s.manager.focus == left || left == nil, "\(context)")
                }
                #expect(s.manager.window.rows.count <= Self.bound(s), "\(context)")
                #expect(s.manager.window.holds(Update.shownSessionRows(s)), "\(context)")
                let kept = pages.kept(s)
                #expect(s.manager.window.total == kept.count, "\(context)")
                if kept.indices.contains(Update.sessionCursor(s)) {
                    #expect(s.manager.focus == kept[Update.sessionCursor(s)].id, "\(context)")
                }
                #expect(View.render(s).lines == View.render(Self.whole(s, pages)).lines, "\(context)")
            }
        }
    }

    @Test("the cursor follows its session across sorts, filters, a search and its clearing")
    func cursorFollowsFocus() throws {
        var s = freshState(width: 80, height: 24)
        let pages = FakeSessionPages(Self.summaries(10_000))
        pages.open(&s)
        pages.press([.end, .up, .up, .up], &s)
        let focused = try #require(s.manager.focus)
        #expect(focused == pages.list[9_996].id)
        func here() -> Int? { pages.kept(s).firstIndex { $0.id == focused } }
        for key in ["o", "o", "o"] {                          // name, deadline, back to last change
            pages.press([.char(Character(key))], &s)
            #expect(Update.sessionCursor(s) == here() && s.manager.window.row(Update.sessionCursor(s))?.id == focused, "sort \(s.manager.query.sort)")
        }
        #expect(s.manager.query.sort == .changed && Update.sessionCursor(s) == 9_996)
        // A filter that keeps the session under the cursor: the cursor stays on it. One that does not: on the
        // row of the same number, and that row's session is the one followed from then on.
        var kept = 0
        for _ in 1..<Update.sessionFilters.count {
            let before = Update.sessionCursor(s)
            let id = try #require(s.manager.focus)
            let row = try #require(pages.list.first { $0.id == id })
            pages.press([.char("f")], &s)
            let total = s.manager.window.total
            if s.manager.query.matches(row, today: today) {
                kept += 1
                #expect(s.manager.window.row(Update.sessionCursor(s))?.id == id, "\(s.manager.query)")
            } else {
                #expect(Update.sessionCursor(s) == min(before, max(0, total - 1)), "\(s.manager.query)")
            }
            #expect((s.status ?? "").hasSuffix(": \(total) of 10000 sessions."))
            #expect(s.manager.focus == s.manager.window.row(Update.sessionCursor(s))?.id)
        }
        #expect(kept > 0, "no filter kept the session under the cursor: the seed tests nothing")
        pages.press([.char("f")], &s)                         // back to all
        #expect(s.manager.query == SessionQuery())
        // Its file number is its own: searching it puts it first; Enter keeps the search, Esc clears it,
        // and the cursor stays on it, deep in the whole list.
        let file = try #require(pages.list.first { $0.fileNumber == "F-9876" })
        pages.press([.char("/")], &s)
        pages.type("f-9876", &s)
        #expect(s.manager.window.total == 1 && s.manager.focus == file.id)
        pages.press([.enter, .escape], &s)
        #expect(s.manager.query.search.isEmpty && s.status == "Search cleared.")
        #expect(s.manager.window.row(Update.sessionCursor(s))?.id == file.id && Update.sessionCursor(s) == 9_876)
        #expect(View.render(s).lines.contains { $0.contains("> \(file.name)") })
    }

    @Test("a resize that shows more rows reads them; rename, copy and delete read the window again")
    func resizeAndReload() throws {
        var s = freshState(width: 80, height: 20)
        let pages = FakeSessionPages(Self.summaries(500))
        pages.open(&s)
        pages.press([.pageDown, .pageDown, .pageDown, .pageDown], &s)
        pages.apply(.resize(width: 100, height: 60), &s)
        #expect(s.manager.window.holds(Update.shownSessionRows(s)))
        #expect(s.manager.window.rows.count <= Self.bound(s))
        #expect(View.render(s).lines == View.render(Self.whole(s, pages)).lines)
        // Delete the session under the cursor: the store loses it, the rows are read again, the cursor is on
        // the row that took its place.
        let cursor = Update.sessionCursor(s)
        let doomed = try #require(s.manager.window.row(cursor))
        #expect(pages.press([.char("d"), .char("y")], &s) == [.deleteSession(id: doomed.id)])
        pages.list.removeAll { $0.id == doomed.id }
        pages.apply(.sessionDeleted(id: doomed.id), &s)
        #expect(s.status == "Deleted." && s.manager.window.total == 499 && Update.sessionCursor(s) == cursor)
        #expect(s.manager.window.row(cursor)?.id == pages.list[cursor].id)
        // A new session is numbered after every session there is, not the rows read.
        #expect(pages.press([.char("n")], &s) == [.createSession(name: "Session 500")])
    }
}
