import Foundation
import GRDB
import GuideCore
import Testing
@testable import GuideUI

/// Never lose a confirmed answer silently; keep the editing lock alive on the clock (issue 13).
@Suite("Save failures, notices and the heartbeat")
struct SaveFailureAndLockTests {
    /// Fails the first `failures` saves of an answer (a profile that is not empty) with `error`, then saves in
    /// memory; saves of the position alone always work. Counts heartbeats.
    final class FlakyStore: SessionPersistence {
        var failures: Int
        let error: StoreError
        var saves: [Session] = []
        var beats = 0
        var notice: String?
        init(failures: Int, error: StoreError = .busy(path: "/d/sessions.sqlite", seconds: 10)) {
            self.failures = failures
            self.error = error
        }
        func create(name: String) throws -> Session { Session(id: "X", name: name, revision: 1) }
        func save(_ session: Session) throws -> Session {
            if failures > 0, session.profile != Profile() { failures -= 1; throw error }
            var s = session
            s.revision += 1
            saves.append(s)
            return s
        }
        func keepAlive() { beats += 1 }
        var readOnlyNotice: String? { notice }
    }

    /// Start a session, type a date of birth, press Enter: the events before `then`.
    let answer: [Event] = [.key(.enter)] + keys("1990-04-17") + [.key(.enter)]
    let noPause = Runtime.Options(sleep: { _ in })

    @Test("a busy file is tried again with pauses; when it frees up the answer is saved and the guide goes on")
    func retriesWithBackOff() throws {
        let store = FlakyStore(failures: 2)
        var pauses: [TimeInterval] = []
        var s = AppState(today: today, dataDirectory: "/d")
        let io = ScriptedTerminal(answer)
        let outcome = Runtime.run(&s, io: io, store: store, options: Runtime.Options(sleep: { pauses.append($0) }))
        #expect(pauses == SaveRetry.delays)                      // 1 s, then 3 s
        #expect(io.frames.contains { $0.lines.joined().contains("the sessions file is busy") })
        #expect(store.saves.last?.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        #expect(s.screen == .question(id: "maritalStatus") && s.status == "Saved.")
        #expect(outcome == .endOfInput)
    }

    @Test("after the tries, r in the box tries again and, once saved, goes on as if it had worked at once")
    func retryFromTheBox() throws {
        let store = FlakyStore(failures: 3)           // the automatic tries are used up; r succeeds
        var s = AppState(today: today, dataDirectory: "/d")
        let io = ScriptedTerminal(answer + [.key(.char("r"))])
        _ = Runtime.run(&s, io: io, store: store, options: noPause)
        #expect(store.saves.last?.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        #expect(s.screen == .question(id: "maritalStatus"))
    }

    @Test("a resize while the box asks is kept when r then saves the answer")
    func resizeWhileAsked() throws {
        let store = FlakyStore(failures: 3)
        var s = AppState(today: today, dataDirectory: "/d")
        let io = ScriptedTerminal(answer + [.resize(width: 100, height: 30), .key(.char("r"))])
        _ = Runtime.run(&s, io: io, store: store, options: noPause)
        #expect(store.saves.last?.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        #expect(s.screen == .question(id: "maritalStatus"))
        #expect(s.width == 100 && s.height == 30)
    }

    @Test("q in the box quits without the answer, and the run says so (the program then exits 1)")
    func quitWithoutSaving() throws {
        let store = FlakyStore(failures: 99)
        var s = AppState(today: today, dataDirectory: "/d")
        let io = ScriptedTerminal(answer + [.key(.char("q")), .key(.char("x"))])
        let outcome = Runtime.run(&s, io: io, store: store, options: noPause)
        guard case .unsavedAnswer(let why) = outcome else { Issue.record("\(outcome)"); return }
        #expect(why.contains("busy for more than 10 s"))
        #expect(!store.saves.contains { $0.profile.dateOfBirth != nil })
    }

    @Test("Esc keeps editing; quitting later asks again; a signal leaves at once, not with success")
    func unsavedAtQuit() throws {
        // Esc, then Ctrl-C: asked again; r saves it this time, and the program quits normally.
        let store = FlakyStore(failures: 3)
        var s = AppState(today: today, dataDirectory: "/d")
        let io = ScriptedTerminal(answer + [.key(.escape), .key(.ctrl("c")), .key(.char("r"))])
        let outcome = Runtime.run(&s, io: io, store: store, options: noPause)
        #expect(io.frames.contains { $0.lines.joined().contains("An answer you confirmed is not saved yet.") })
        #expect(outcome == .quit)
        #expect(store.saves.last?.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))

        // Esc, then SIGTERM: no question asked, and the run does not report success.
        let failing = FlakyStore(failures: 99)
        var t = AppState(today: today, dataDirectory: "/d")
        let io2 = ScriptedTerminal(answer + [.key(.escape), .interrupt])
        #expect(Runtime.run(&t, io: io2, store: failing, options: noPause) == .unsavedAnswer(failing.error.description))
    }

    @Test("a real store held by a second connection: the save waits, is retried, and succeeds when released")
    func busyRealStore() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir, busyTimeout: 0.05)
        let live = LiveStore(store)
        var s = AppState(today: today, dataDirectory: dir.path)
        _ = Runtime.run(&s, io: ScriptedTerminal([.key(.enter)]), store: live, options: noPause)    // a new session
        let other = try DatabaseQueue(path: store.fileURL.path)
        var pauses = 0
        try other.inDatabase { db in
            // Another program holds the file from before Enter until the second pause.
            try db.execute(sql: "BEGIN EXCLUSIVE")
            let options = Runtime.Options(sleep: { _ in
                pauses += 1
                if pauses == 2 { try? db.execute(sql: "ROLLBACK") }
            })
            _ = Runtime.run(&s, io: ScriptedTerminal(keys("1990-04-17") + [.key(.enter)]), store: live, options: options)
            if db.isInsideTransaction { try db.execute(sql: "ROLLBACK") }
        }
        try other.close()
        #expect(pauses == 2)
        #expect(try store.mostRecent()?.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        #expect(s.screen == .question(id: "maritalStatus"))
    }

    @Test("the heartbeat runs on the clock: a key every 10 s still refreshes the lock every 30 s")
    func heartbeatOnTheClock() {
        let store = FlakyStore(failures: 0)
        var now: TimeInterval = 1_000
        var s = AppState(today: today, dataDirectory: "/d")
        // 36 keys, one every 10 s (6 minutes of typing without Enter), never 30 s of quiet.
        final class Typist: TerminalIO {
            var left = 36
            let advance: () -> Void
            init(_ advance: @escaping () -> Void) { self.advance = advance }
            let size = (width: 80, height: 24)
            func present(_ buffer: ScreenBuffer) {}
            func nextEvent() -> Event? {
                guard left > 0 else { return nil }
                left -= 1
                advance()
                return .key(left == 35 ? .enter : .char("1"))
            }
        }
        let io = Typist { now += 10 }
        Runtime.run(&s, io: io, store: store, options: Runtime.Options(clock: { now }, sleep: { _ in }))
        #expect(store.beats == 12)        // 360 s of typing: one refresh per 30 s
    }

    @Test("notices are boxes over the first screen, wrapped whole, each dismissed by a key that does nothing else")
    func notices() throws {
        let long = "The sessions file /home/ana/.local/share/oinp-guide/sessions.sqlite was damaged, so it was set aside unchanged as /home/ana/.local/share/oinp-guide/sessions.sqlite.damaged-2026-12-01T101010Z-4242 and a new empty one was started; restore a backup over it if you have one, or start your answers again."
        var s = AppState(today: today, dataDirectory: "/d")
        let io = ScriptedTerminal([.key(.enter), .key(.char("x")), .key(.enter)])
        Runtime.run(&s, io: io, store: FlakyStore(failures: 0), options: Runtime.Options(notices: [long, "Second notice."]))
        // The whole notice is inside the box (wrapped, not cut at the edge).
        let inside = io.frames[0].lines.compactMap { line -> String? in
            guard let a = line.firstIndex(of: "|"), let b = line.lastIndex(of: "|"), a < b else { return nil }
            return String(line[line.index(after: a)..<b])
        }.joined().replacingOccurrences(of: " ", with: "")
        #expect(inside.contains(long.replacingOccurrences(of: " ", with: "")))
        #expect(inside.contains("Pressanykeytogoon."))
        #expect(io.frames[1].lines.joined().contains("Second notice."))
        #expect(!io.frames[2].lines.joined().contains("Press any key") && !io.frames[2].lines.joined().contains("Second notice."))
        #expect(s.session != nil)                 // the third key was the first to reach the screen under the boxes
    }

    @Test("a session that can only be viewed says why in a box when it is opened")
    func viewOnlyNotice() throws {
        let dir = temporaryDirectory()
        defer { chmod(dir.path, 0o700); try? FileManager.default.removeItem(at: dir) }
        let writable = try SessionStore(directory: dir)
        let saved = try writable.create(name: "Ana")
        // Another program has it open: it is viewed read-only instead of refused.
        let holder = try SessionStore(directory: dir).openForEditing(id: saved.id)
        let live = LiveStore(try SessionStore(directory: dir))
        #expect(try live.open(id: saved.id).id == saved.id)
        #expect(live.readOnlyNotice?.contains("is open in another oinp-guide") == true)
        #expect(live.readOnlyNotice?.contains("shown here read-only") == true)
        holder.close()
        // A folder made read-only: the same, with the reason.
        chmod(dir.path, 0o500)
        let ro = LiveStore(try SessionStore(directory: dir))
        var s = AppState(resumable: SessionSummary(saved), today: today, dataDirectory: dir.path)
        let io = ScriptedTerminal([.key(.enter)])
        Runtime.run(&s, io: io, store: ro, options: noPause)
        #expect(s.session?.id == saved.id)
        #expect(io.frames.last?.lines.joined(separator: " ").contains("read-only") == true)
    }

    @Test("the plain mode's timer heartbeat fires on its own while the prompt waits")
    func plainHeartbeat() {
        let fired = DispatchSemaphore(value: 0)
        let beat = Heartbeat(every: 0.01) { fired.signal() }
        // Waits for two beats (no assertion about how long they took).
        #expect(fired.wait(timeout: .now() + 30) == .success && fired.wait(timeout: .now() + 30) == .success)
        beat.stop()
    }
}

@Suite("Plain mode: saving and limits")
struct PlainSavingTests {
    @Test("a save that fails offers r; q quits without the answer and says it was not saved")
    func unsaved() throws {
        let store = SaveFailureAndLockTests.FlakyStore(failures: 99, error: .invalid("The disk is full."))
        var lines = ["1990-04-17", "r", "q"]
        var out = ""
        let mode = PlainMode(session: Session(id: "X", name: "P", revision: 1), store: store, today: today,
                             readLine: { lines.isEmpty ? nil : lines.removeFirst() }, write: { out += $0 })
        let outcome = mode.run()
        #expect(outcome == .quit)
        #expect(mode.unsavedAnswer == store.error.description)
        #expect(out.contains("! Not saved: ") && out.contains("Type r to try again"))
    }

    @Test("the screens' field limits apply line by line too, and a 100,000-character line is refused at once")
    func limits() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let session = try store.create(name: "P", position: JourneyPosition(step: .criteria, questionID: "countryOfResidence"))
        var lines = [String(repeating: "Canada", count: 20_000), "q"]
        var out = ""
        let mode = PlainMode(session: session, store: LiveStore(store), today: today,
                             readLine: { lines.isEmpty ? nil : lines.removeFirst() }, write: { out += $0 })
        _ = mode.run()
        #expect(out.contains("! At most 100 characters here (this has 120000)."))
        #expect(try store.load(id: session.id).profile.countryOfResidence == nil)
    }
}
