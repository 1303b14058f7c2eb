import ArgumentParser
import Foundation
import GuideCore
import GuideUI
import TerminalBackend

/// Wires the store, the pure front end and the ncurses backend for an interactive run.
enum Interactive {
    static func run(dataDirectory: URL, today: LocalDate, session wanted: String? = nil, crashForTest: Bool = false) throws {
        // Everything we create (store, journal, exports) is readable by the owner only.
        umask(0o077)
        // Refuse before touching the terminal or the disk when there is no terminal to draw on.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ExitMessage(CursesTerminal.StartError.notATerminal.description)
        }
        // A fresh folder gets no store until the first session is created (LazySessionStore); a file that is
        // there is opened now, and its most recent session's row offered (read from its columns, not decoded).
        let (stores, notice) = try StoreOpening.open(dataDirectory)
        // The most recent session is offered; it is opened (and locked against a second program) only when chosen.
        // --session: found before the terminal is taken, so a wrong name is one line on the shell.
        let chosenID: String?
        do { chosenID = try wanted.map { try stores.findSession($0) } } catch { throw ExitMessage(ErrorText.sentence(error)) }
        let last: SessionSummary?
        do { last = chosenID == nil ? try stores.mostRecentSummary() : nil } catch { throw ExitMessage(ErrorText.sentence(error)) }
        var state = AppState(resumable: last, today: today, dataDirectory: dataDirectory.path)
        let live = LiveStore(stores)
        if let chosenID {
            do { _ = Update.apply(.sessionOpened(try live.open(id: chosenID)), to: &state) } catch { throw ExitMessage(ErrorText.sentence(error)) }
        }
        var notices = [notice, readOnlyNotice(stores.readOnlyReason, dataDirectory)].compactMap { $0 }
        if chosenID != nil, stores.readOnlyReason == nil, let why = live.readOnlyNotice { notices.append(why) }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            throw ExitMessage(String(describing: error))
        }
        defer { terminal.stop() }
        if !terminal.localeIsUTF8 { notices.append(LocaleText.notice) }
        let outcome = Runtime.run(&state, io: crashForTest ? CrashingIO(terminal) : terminal, store: live,
                                  options: Runtime.Options(notices: notices))
        terminal.stop()
        // Said again once the screen is gone, so what the boxes said can be found later.
        for n in notices { ErrorText.report(n) }
        if case .unsavedAnswer(let why) = outcome {
            ErrorText.report("Your last answer was not saved: \(why) Run oinp-guide again to give it again.")
        }
        if terminal.quitSignal != 0 { CursesTerminal.die(by: terminal.quitSignal) }
        if case .unsavedAnswer = outcome { throw ExitCode.failure }
    }

    /// Said when the sessions can be looked at but not changed.
    static func readOnlyNotice(_ reason: String?, _ dir: URL) -> String? {
        reason.map {
            "The saved sessions in \(dir.path) are read-only (\($0)): you can look at them, but answers given now are not saved. To save, make the folder writable, or use --data-dir with another folder."
        }
    }
}

/// Wires the store and the line-by-line front end.
enum Plain {
    static func run(dataDirectory: URL, today: LocalDate, session wanted: String? = nil) throws {
        umask(0o077)
        let utf8 = LocaleText.prepare()
        // Unbuffered, and in what the locale can show: a notice is on the screen before the first prompt.
        let out: @Sendable (String) -> Void = { text in
            FileHandle.standardOutput.write(Data((utf8 ? text : LocaleText.encodable(text)).utf8))
        }
        let (stores, notice) = try StoreOpening.open(dataDirectory)
        for line in [notice, utf8 ? nil : LocaleText.notice, Interactive.readOnlyNotice(stores.readOnlyReason, dataDirectory)].compactMap({ $0 }) {
            out(line + "\n")
        }
        let live = LiveStore(stores)
        let session: Session
        do {
            if let wanted {
                session = try live.open(id: try stores.findSession(wanted))
            } else {
                // Line by line, the session is made at once: the first prompt already belongs to it.
                session = try stores.mostRecentSummary().map { try live.open(id: $0.id) } ?? live.create(name: "My application")
            }
        } catch {
            throw ExitMessage(ErrorText.sentence(error))
        }
        if stores.readOnlyReason == nil, let why = live.readOnlyNotice { out(why + "\n") }
        // The editing lock is refreshed on the clock, while the prompt waits for a line.
        let heartbeat = Heartbeat { live.keepAlive() }
        defer {
            heartbeat.stop()
            live.closeCurrent()
        }
        let mode = PlainMode(session: session, store: live, today: today,
                             readLine: { Swift.readLine(strippingNewline: true) },
                             write: out)
        let outcome = mode.run()
        if let why = mode.unsavedAnswer {
            ErrorText.report("Your last answer was not saved: \(why) Run oinp-guide --plain again to give it again.")
            throw ExitCode.failure
        }
        if outcome == .endOfInput { out("\n(end of input: your answers so far are saved)\n") }
    }
}

/// Opens the session store: a damaged file is set aside with a notice to show; any other failure (a newer
/// version's file, another program's file, a folder that is a file) ends the program with its sentence.
enum StoreOpening {
    /// How long a save waits for another program holding the file: a person at the guide waits longer than
    /// a script, which should fail fast and be retried by its caller.
    static let interactiveBusyTimeout: TimeInterval = 10
    static let scriptBusyTimeout: TimeInterval = 5

    /// For the guide: the store if its file is there, else only the folder (the file is made on the first save).
    static func open(_ dataDirectory: URL, busyTimeout: TimeInterval = interactiveBusyTimeout) throws -> (LazySessionStore, notice: String?) {
        try failingAsSentence { try LazySessionStore.open(directory: dataDirectory, busyTimeout: busyTimeout) }
    }

    /// The store, made now if there is none.
    static func openNow(_ dataDirectory: URL, busyTimeout: TimeInterval) throws -> (SessionStore, notice: String?) {
        try failingAsSentence { try SessionStore.openRecovering(directory: dataDirectory, busyTimeout: busyTimeout) }
    }

    private static func failingAsSentence<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            if let detail = ErrorText.detail(error), ErrorText.verbose { ErrorText.report("detail: \(detail)") }
            throw ExitMessage(ErrorText.sentence(error))
        }
    }

    /// For the commands: the notice of a damaged file goes to standard error at once; a failure ends the program.
    static func forCommand(_ dataDirectory: URL) -> SessionStore {
        umask(0o077)
        do {
            let (store, notice) = try openNow(dataDirectory, busyTimeout: scriptBusyTimeout)
            if let notice { ErrorText.report(notice) }
            return store
        } catch {
            ErrorText.report(ErrorText.sentence(error))
            Foundation.exit(1)
        }
    }
}

/// An error that is shown as one line and exits non-zero.
struct ExitMessage: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Draws like the terminal it wraps, then fails fatally when asked for the first key: the end-to-end
/// test uses it to prove that a crash still gives the terminal back (the shim's crash handler).
final class CrashingIO: TerminalIO {
    let inner: TerminalIO
    init(_ inner: TerminalIO) { self.inner = inner }
    var size: (width: Int, height: Int) { inner.size }
    func present(_ buffer: ScreenBuffer) { inner.present(buffer) }
    func nextEvent() -> Event? { fatalError("crash requested by --crash-after-first-screen") }
}
