import Foundation
import GuideCore
import GuideUI
import TerminalBackend

/// Wires the store, the pure front end and the ncurses backend for an interactive run.
enum Interactive {
    static func run(dataDirectory: URL, today: LocalDate, crashForTest: Bool = false) throws {
        // Everything we create (store, journal, exports) is readable by the owner only.
        umask(0o077)
        // Refuse before touching the terminal or the disk when there is no terminal to draw on.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ExitMessage(CursesTerminal.StartError.notATerminal.description)
        }
        let (store, notice) = try StoreOpening.open(dataDirectory)
        // The most recent session is offered; it is opened (and locked against a second program) only when chosen.
        let last = try store.mostRecent()
        var state = AppState(resumable: last.map(SessionSummary.init), today: today, dataDirectory: dataDirectory.path)
        if let notice {
            state.status = notice
            state.statusIsError = true
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            throw ExitMessage(String(describing: error))
        }
        defer { terminal.stop() }
        Runtime.run(&state, io: crashForTest ? CrashingIO(terminal) : terminal, store: LiveStore(store))
        terminal.stop()
        if let notice { FileHandle.standardError.write(Data((notice + "\n").utf8)) }
    }
}

/// Wires the store and the line-by-line front end.
enum Plain {
    static func run(dataDirectory: URL, today: LocalDate) throws {
        umask(0o077)
        let (store, notice) = try StoreOpening.open(dataDirectory)
        if let notice { print(notice) }
        let live = LiveStore(store)
        let session: Session
        do {
            session = try store.mostRecent().map { try live.open(id: $0.id) } ?? live.create(name: "My application")
        } catch {
            throw ExitMessage(String(describing: error))
        }
        defer { live.closeCurrent() }
        let mode = PlainMode(session: session, store: live, today: today,
                             readLine: { Swift.readLine(strippingNewline: true) },
                             write: { text in FileHandle.standardOutput.write(Data(text.utf8)) })
        if mode.run() == .endOfInput { print("\n(end of input: your answers so far are saved)") }
    }
}

/// Opens the session store: a damaged file is set aside with a notice to show; any other failure (a newer
/// version's file, another program's file, a folder that is a file) ends the program with its sentence.
enum StoreOpening {
    /// How long a save waits for another program holding the file: a person at the guide waits longer than
    /// a script, which should fail fast and be retried by its caller.
    static let interactiveBusyTimeout: TimeInterval = 10
    static let scriptBusyTimeout: TimeInterval = 5

    static func open(_ dataDirectory: URL, busyTimeout: TimeInterval = interactiveBusyTimeout) throws -> (SessionStore, notice: String?) {
        do {
            return try SessionStore.openRecovering(directory: dataDirectory, busyTimeout: busyTimeout)
        } catch {
            if let detail = ErrorText.detail(error), ErrorText.verbose { ErrorText.report("detail: \(detail)") }
            throw ExitMessage(ErrorText.sentence(error))
        }
    }

    /// For the commands: the notice of a damaged file goes to standard error at once; a failure ends the program.
    static func forCommand(_ dataDirectory: URL) -> SessionStore {
        umask(0o077)
        do {
            let (store, notice) = try open(dataDirectory, busyTimeout: scriptBusyTimeout)
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
