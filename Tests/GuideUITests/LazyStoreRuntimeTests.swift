import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// The guide on a fresh folder: no store file until the first answer is saved; that answer is then in the
/// store and survives a restart; a read-only folder still says so and refuses to begin.
@Suite("Runtime on a fresh folder: the store is made on the first save")
struct LazyStoreRuntimeTests {
    /// Replays events; before handing each one out, notes whether the store file exists.
    final class WatchingTerminal: TerminalIO {
        var events: [Event]
        var frames: [ScreenBuffer] = []
        var fileSeen: [Bool] = []
        let file: String
        let size: (width: Int, height: Int) = (80, 24)
        init(_ events: [Event], file: String) { self.events = events; self.file = file }
        func present(_ buffer: ScreenBuffer) { frames.append(buffer) }
        func nextEvent() -> Event? {
            fileSeen.append(FileManager.default.fileExists(atPath: file))
            return events.isEmpty ? nil : events.removeFirst()
        }
    }

    @Test("welcome, Enter, typing: no file; the confirmed answer makes it and is saved; a restart resumes it")
    func firstAnswerMakesTheStore() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stores, notice) = try LazySessionStore.open(directory: dir)
        #expect(notice == nil)
        let file = stores.fileURL.path
        // Enter begins a session; ten characters of the date of birth; Enter confirms it; Ctrl-C quits.
        let events: [Event] = [.key(.enter)] + keys("1990-04-17") + [.key(.enter), .key(.ctrl("c"))]
        let io = WatchingTerminal(events, file: file)
        var state = AppState(today: today, dataDirectory: dir.path)
        let outcome = Runtime.run(&state, io: io, store: LiveStore(stores))
        #expect(outcome == .quit)
        // Asked for 13 events: before the first (welcome), after Enter, after each character: no file yet.
        #expect(io.fileSeen.count == 13)
        #expect(io.fileSeen.prefix(12).allSatisfy { !$0 }, "\(io.fileSeen)")
        #expect(io.fileSeen.last == true)                     // the confirmed answer made the file
        #expect(io.frames.last?.lines.contains(" Saved.") == true)

        // A restart: the store is opened at the start, and the resume row is the saved session.
        let (again, _) = try LazySessionStore.open(directory: dir)
        let row = try #require(try again.mostRecentSummary())
        #expect(row.id == state.session?.id)
        let saved = try #require(try again.existing()?.load(id: row.id))
        #expect(saved.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        #expect(saved.position == JourneyPosition(step: .criteria, questionID: "maritalStatus"))
        #expect(saved.revision >= 1)

        var second = AppState(resumable: row, today: today, dataDirectory: dir.path)
        let io2 = ScriptedTerminal([.key(.enter), .key(.ctrl("c"))])
        Runtime.run(&second, io: io2, store: LiveStore(again))
        #expect(io2.frames[0].lines[2].contains("A saved session was found") == true)
        #expect(io2.frames[1].lines[4] == "  What is your marital status?")
    }

    @Test("Enter and quit without an answer: nothing was saved, so nothing is written and the next start is fresh")
    func quitBeforeAnswering() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stores, _) = try LazySessionStore.open(directory: dir)
        var state = AppState(today: today, dataDirectory: dir.path)
        Runtime.run(&state, io: ScriptedTerminal([.key(.enter), .key(.ctrl("c"))]), store: LiveStore(stores))
        #expect(!FileManager.default.fileExists(atPath: stores.fileURL.path))
        #expect(try LazySessionStore.open(directory: dir).0.mostRecentSummary() == nil)
    }

    @Test("a read-only folder: the reason is there at the start, and beginning a session is refused with it")
    func readOnlyFolder() throws {
        let dir = temporaryDirectory()
        defer {
            chmod(dir.path, 0o700)
            try? FileManager.default.removeItem(at: dir)
        }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        chmod(dir.path, 0o500)
        let (stores, _) = try LazySessionStore.open(directory: dir)
        #expect(stores.readOnlyReason?.contains("read-only") == true)
        let live = LiveStore(stores)
        #expect(throws: StoreError.self) { try live.create(name: "My application") }
        var state = AppState(today: today, dataDirectory: dir.path)
        let io = ScriptedTerminal([.key(.enter), .key(.ctrl("c"))])
        Runtime.run(&state, io: io, store: live)
        #expect(state.session == nil)
        #expect(state.statusIsError && state.status?.contains("read-only") == true, "\(state.status ?? "")")
        #expect(!FileManager.default.fileExists(atPath: stores.fileURL.path))
    }

    @Test("a first save that fails leaves the session begun; trying again stores it")
    func failedFirstSaveIsRetried() throws {
        let dir = temporaryDirectory()
        defer {
            chmod(dir.path, 0o700)
            try? FileManager.default.removeItem(at: dir)
        }
        let (stores, _) = try LazySessionStore.open(directory: dir)
        let live = LiveStore(stores)
        var s = try live.create(name: "My application")
        s.profile.dateOfBirth = LocalDate(year: 1990, month: 4, day: 17)
        // The folder is made read-only after the start: the first save cannot make the file.
        chmod(dir.path, 0o500)
        #expect(throws: StoreError.self) { try live.save(s) }
        #expect(!FileManager.default.fileExists(atPath: stores.fileURL.path))
        chmod(dir.path, 0o700)
        // Once the folder can be written again, the same save (as "r: try again" sends it) stores the session.
        let stored = try live.save(s)
        #expect(stored.revision == 1 && stored.id == s.id)
        #expect(try stores.existing()?.load(id: s.id).profile == s.profile)
        let mode = (try FileManager.default.attributesOfItem(atPath: stores.fileURL.path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
    }
}
