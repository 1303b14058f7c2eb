import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// The runtime runs the session manager's reads against a real store: only windows are read, never the
/// whole list, and a folder with no store gets none from opening the manager.
@Suite("Runtime: the session manager reads windows from the store")
struct SessionWindowRuntimeTests {
    /// The live store, counting what the manager reads through it.
    final class CountingStore: SessionPersistence {
        let live: LiveStore
        var windows: [(request: SessionWindowRequest, rows: Int)] = []
        var locates = 0
        var listed = 0
        init(_ live: LiveStore) { self.live = live }
        func create(name: String) throws -> Session { try live.create(name: name) }
        func open(id: String) throws -> Session { try live.open(id: id) }
        func save(_ session: Session) throws -> Session { try live.save(session) }
        func list() throws -> [SessionSummary] { listed += 1; return try live.list() }
        func window(_ request: SessionWindowRequest) throws -> SessionWindow {
            let w = try live.window(request)
            windows.append((request, w.rows.count))
            return w
        }
        func locate(_ request: SessionLocateRequest) throws -> SessionPosition { locates += 1; return try live.locate(request) }
        func rename(id: String, to name: String) throws { try live.rename(id: id, to: name) }
        func duplicate(id: String, name: String) throws -> Session { try live.duplicate(id: id, name: name) }
        func delete(id: String) throws { try live.delete(id: id) }
        func closeCurrent() { live.closeCurrent() }
    }

    /// The highlighted line of a frame (it starts with "> " after the margin).
    static func highlighted(_ frame: ScreenBuffer) -> String? { frame.lines.first { $0.hasPrefix("  > ") } }

    @Test("2,000 stored sessions: open, End, PgUp, sort, search, rename; each read a window, the rows the store's")
    func twoThousandSessions() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        // One transaction, one change time: the store's order is then by name.
        try store.createMany((1...2_000).map { (name: String(format: "Client %04d", $0), profile: Profile(), position: JourneyPosition()) })
        // What "1234" finds, by name (Client 1234, and any session whose id has those digits), before the rename.
        let found = SessionQuery(search: "1234", sort: .name).apply(try store.list(), today: today)
        let counting = CountingStore(LiveStore(store))
        var s = AppState(resumable: try store.mostRecentSummary(), today: today, dataDirectory: dir.path)
        // Resume screen: the third choice opens the manager.
        let events: [Event] = [.key(.char("3")), .key(.enter),          // frames 1, 2
                               .key(.end), .key(.pageUp),                 // 3, 4
                               .key(.char("o")),                          // 5: by name, the same order
                               .key(.char("/"))] + keys("1234") + [.key(.enter),    // 6 ... 11
                               .key(.escape),                             // 12: the search cleared, still on Client 1234
                               .key(.char("r")), .key(.ctrl("u"))] + keys("Aaron") + [.key(.enter),   // rename it: first by name now
                               .key(.ctrl("c"))]
        let io = ScriptedTerminal(events)
        Runtime.run(&s, io: io, store: counting)
        #expect(counting.listed == 0, "the whole list was read")
        let bound = 24 + 2 * Update.sessionWindowMargin
        #expect(!counting.windows.isEmpty && counting.windows.allSatisfy { $0.request.limit <= bound && $0.rows <= $0.request.limit })
        // About one read per key that moves past the window, not one per session.
        #expect(counting.windows.count <= events.count && counting.locates <= events.count)
        let f = io.frames
        #expect(f[2].lines[1].hasPrefix(" Saved sessions (2000), by last change, all"))
        #expect(Self.highlighted(f[2])?.hasPrefix("  > Client 0001") == true)
        #expect(Self.highlighted(f[3])?.hasPrefix("  > Client 2000") == true)
        #expect(f[3].lines.contains { $0.contains("(1986-2000 of 2000)") })
        #expect(Self.highlighted(f[4])?.hasPrefix("  > Client 1990") == true)
        #expect(Self.highlighted(f[5])?.hasPrefix("  > Client 1990") == true && f[5].lines.contains(" Sorted by name."))
        #expect(f[10].lines[1].hasPrefix(" Saved sessions (\(found.count) of 2000), by name, all"))
        #expect(Self.highlighted(f[10])?.contains(found[0].name) == true)
        #expect(Self.highlighted(f[12]).map { $0.hasPrefix("  > \(found[0].name)") } == true)
        #expect(f[12].lines.contains(" Search cleared."))
        let renamed = try #require(try store.list().first { $0.name == "Aaron" })
        #expect(renamed.id == found[0].id)
        #expect(Self.highlighted(f.last!)?.hasPrefix("  > Aaron") == true && f.last!.lines.contains(" Renamed to \"Aaron\"."))
        #expect(s.manager.window.rows.count <= bound && s.manager.window.total == 2_000)
    }

    @Test("a fresh folder: the manager opens empty and no store file is made")
    func freshFolderMakesNoStore() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stores, _) = try LazySessionStore.open(directory: dir)
        var s = AppState(today: today, dataDirectory: dir.path)
        let io = ScriptedTerminal([.key(.char("s")), .key(.down), .key(.end), .key(.char("o")), .key(.char("f")), .key(.char("/"))] + keys("ana")
                                  + [.key(.escape), .key(.escape), .key(.char("s")), .key(.ctrl("c"))])
        Runtime.run(&s, io: io, store: LiveStore(stores))
        #expect(!FileManager.default.fileExists(atPath: stores.fileURL.path))
        #expect(!stores.isOpen)
        #expect(io.frames[1].lines[1].hasPrefix(" Saved sessions (0), by last change, all"))
        #expect(io.frames[1].lines.contains { $0.contains("No saved sessions yet. Press n to start one.") })
        #expect(io.frames.last!.lines.contains { $0.contains("No saved sessions yet. Press n to start one.") })
        #expect(io.frames.allSatisfy { f in !f.lines.contains { $0.hasPrefix(" !") } }, "an error was shown")
    }
}
