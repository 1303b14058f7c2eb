import Foundation
import GuideCore

/// What the runtime needs from a terminal: show a frame, wait for the next event.
/// The ncurses backend is one; tests use a scripted fake.
public protocol TerminalIO: AnyObject {
    var size: (width: Int, height: Int) { get }
    func present(_ buffer: ScreenBuffer)
    /// The next event, or nil when input has ended.
    func nextEvent() -> Event?
}

/// The loop: draw the state, read an event, update, perform the effects, feed their results back.
///
/// Two promises are kept here rather than in `Update`: a confirmed answer that cannot be saved keeps the
/// user on its question with the text in the field (after a few tries, a box offers "try again / keep
/// editing / quit without saving"), and the editing lock is refreshed on wall-clock time whatever keys arrive.
public enum Runtime {
    /// How often the editing lock is refreshed while a session is open (well within `SessionStore.staleAfter`).
    public static let heartbeatInterval: TimeInterval = 30

    /// Clocks and pauses, injectable for tests; notices to show in a box before anything else.
    public struct Options {
        /// Boxes shown over the first screen, one after the other, each until a key is pressed (a damaged
        /// store set aside, a read-only store, a locale that cannot show every name).
        public var notices: [String]
        /// Wall-clock seconds.
        public var clock: () -> TimeInterval
        public var sleep: (TimeInterval) -> Void
        public var retryDelays: [TimeInterval]
        public var heartbeatInterval: TimeInterval
        /// Where the checklist export is written (the current folder).
        public var exportFolder: URL

        public init(notices: [String] = [], clock: @escaping () -> TimeInterval = { Date().timeIntervalSince1970 },
                    sleep: @escaping (TimeInterval) -> Void = { Thread.sleep(forTimeInterval: $0) },
                    retryDelays: [TimeInterval] = SaveRetry.delays, heartbeatInterval: TimeInterval = Runtime.heartbeatInterval,
                    exportFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
            self.exportFolder = exportFolder
            self.notices = notices
            self.clock = clock
            self.sleep = sleep
            self.retryDelays = retryDelays
            self.heartbeatInterval = heartbeatInterval
        }
    }

    /// How the run ended. `unsavedAnswer`: the user chose to quit (or a signal came) while a confirmed
    /// answer was not saved; the program must not report success.
    public enum Outcome: Equatable {
        case quit
        case endOfInput
        case unsavedAnswer(String)
    }

    @discardableResult
    public static func run(_ state: inout AppState, io: TerminalIO, store: SessionPersistence, options: Options = Options()) -> Outcome {
        Loop(io: io, store: store, options: options).run(&state)
    }

    /// Performs a store action and reports its result as an event (its failure as `.failed`).
    static func perform(_ event: () throws -> Event) -> Event {
        do { return try event() } catch { return .failed(String(describing: error)) }
    }
}

private final class Loop {
    let io: TerminalIO
    let store: SessionPersistence
    let options: Runtime.Options
    var notices: [String]
    var lastBeat: TimeInterval
    /// A confirmed answer whose save failed and that the user chose to keep editing: quitting asks first.
    var unsaved: (session: Session, message: String)?

    init(io: TerminalIO, store: SessionPersistence, options: Runtime.Options) {
        self.io = io
        self.store = store
        self.options = options
        notices = options.notices
        lastBeat = options.clock()
    }

    func run(_ state: inout AppState) -> Runtime.Outcome {
        let size = io.size
        _ = Update.apply(.resize(width: size.width, height: size.height), to: &state)
        io.present(frame(state))
        while let event = io.nextEvent() {
            beatIfDue()
            if case .tick = event { continue }               // it only woke us up: the heartbeat is on the clock
            if !notices.isEmpty, case .key(let key) = event, key != .ctrl("c") {
                notices.removeFirst()                       // any key dismisses a notice (and does nothing else)
                io.present(frame(state))
                continue
            }
            if case .interrupt = event, let u = unsaved {
                // A signal does not wait for an answer: leave, saying the answer was not saved.
                store.closeCurrent()
                return .unsavedAnswer(u.message)
            }
            let before = state
            var pending = Update.apply(event, to: &state)
            var quit = false
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                switch effect {
                case .quit:
                    guard let u = unsaved else { quit = true; break }
                    switch ask(u.session, u.message, quitting: true, &state) {
                    case .saved(let stored):
                        unsaved = nil
                        pending += Update.apply(.saved(revision: stored.revision), to: &state)
                        quit = true
                    case .stay:
                        pending += Update.apply(.quitCancelled, to: &state)
                    case .quit:
                        store.closeCurrent()
                        return .unsavedAnswer(u.message)
                    }
                case .save(let session):
                    do {
                        let stored = try saveWithRetries(session, &state)
                        unsaved = nil
                        pending += Update.apply(.saved(revision: stored.revision), to: &state)
                    } catch {
                        let message = String(describing: error)
                        // Only where the user is was being saved: say so, and go on.
                        guard let old = before.session, old.profile != session.profile || old.name != session.name else {
                            pending += Update.apply(.saveFailed(message), to: &state)
                            break
                        }
                        // A confirmed answer: back on its question with the text as typed, until it is saved.
                        let after = state
                        _ = Update.apply(.answerNotSaved(before: before), to: &state)
                        switch ask(session, message, quitting: false, &state) {
                        case .saved(let stored):
                            _ = Update.apply(.answerSavedOnRetry(after: after), to: &state)
                            unsaved = nil
                            pending += Update.apply(.saved(revision: stored.revision), to: &state)
                        case .stay:
                            pending = []
                            unsaved = (session, message)
                            _ = Update.apply(.saveFailed(message), to: &state)
                        case .quit:
                            store.closeCurrent()
                            return .unsavedAnswer(message)
                        }
                    }
                case .createSession(let name):
                    do {
                        pending += Update.apply(.sessionCreated(try store.create(name: name)), to: &state)
                    } catch {
                        pending += Update.apply(.saveFailed(String(describing: error)), to: &state)
                    }
                case .openSession(let id):
                    do {
                        pending += Update.apply(.sessionOpened(try store.open(id: id)), to: &state)
                        if let why = store.readOnlyNotice { notices.append(why) }
                    } catch {
                        pending += Update.apply(.failed(String(describing: error)), to: &state)
                    }
                case .locateSession(let request):
                    pending += Update.apply(Runtime.perform { .sessionLocated(request, try store.locate(request)) }, to: &state)
                case .readSessions(let request):
                    pending += Update.apply(Runtime.perform { .sessionsRead(request, try store.window(request)) }, to: &state)
                case let .renameSession(id, name):
                    pending += Update.apply(Runtime.perform { try store.rename(id: id, to: name); return .sessionRenamed(id: id, name: name) }, to: &state)
                case let .duplicateSession(id, name):
                    pending += Update.apply(Runtime.perform { _ = try store.duplicate(id: id, name: name); return .sessionCopied(name: name) }, to: &state)
                case .deleteSession(let id):
                    pending += Update.apply(Runtime.perform { try store.delete(id: id); return .sessionDeleted(id: id) }, to: &state)
                case .keepAlive:
                    store.keepAlive()
                    lastBeat = options.clock()
                case .exportChecklist:
                    guard let session = state.session else { break }
                    let result: Event
                    do {
                        result = .checklistExported(path: try ChecklistFile.write(session, today: state.today, folder: options.exportFolder))
                    } catch {
                        result = .checklistExportFailed(String(describing: error))
                    }
                    pending += Update.apply(result, to: &state)
                case .closeSession:
                    store.closeCurrent()
                }
            }
            if quit {
                store.closeCurrent()
                return .quit
            }
            io.present(frame(state))
        }
        store.closeCurrent()
        if let u = unsaved { return .unsavedAnswer(u.message) }
        return .endOfInput
    }

    /// The lock is refreshed on wall-clock time: a key every 10 s must not keep it from being refreshed.
    func beatIfDue() {
        let now = options.clock()
        guard abs(now - lastBeat) >= options.heartbeatInterval else { return }
        store.keepAlive()
        lastBeat = now
    }

    func frame(_ state: AppState) -> ScreenBuffer {
        var b = View.render(state)
        if let notice = notices.first, !state.isTooSmall {
            NoticeBox.draw(notice, footer: "Press any key to go on.", into: &b)
        }
        return b
    }

    func saveWithRetries(_ session: Session, _ state: inout AppState) throws -> Session {
        var shown = state
        return try SaveRetry.save(session, to: store, delays: options.retryDelays, sleep: options.sleep, waiting: { message in
            _ = Update.apply(.saveRetrying(message), to: &shown)    // shown while waiting, not kept
            io.present(frame(shown))
            beatIfDue()
        })
    }

    enum Choice { case saved(Session), stay, quit }

    /// The box after a save failed: try again, keep editing (the answer stays in the field), or quit
    /// without it. Asked again at quitting while an answer is still unsaved.
    func ask(_ session: Session, _ firstMessage: String, quitting: Bool, _ state: inout AppState) -> Choice {
        var message = firstMessage
        while true {
            var b = View.render(state)
            let head = quitting ? "An answer you confirmed is not saved yet." : "Your answer was not saved."
            let keys = quitting ? KeyMaps.answerNotSavedQuitting : KeyMaps.answerNotSaved
            if !state.isTooSmall { NoticeBox.draw(head + "\n" + message, footer: KeyMaps.footer(keys), into: &b, style: .error) }
            io.present(b)
            guard let event = io.nextEvent() else { return .quit }
            beatIfDue()
            switch event {
            case .resize:
                _ = Update.apply(event, to: &state)
            case .interrupt:
                return .quit
            case .key(let key):
                switch keys.action(for: key) {
                case .confirm?:
                    do { return .saved(try saveWithRetries(session, &state)) } catch { message = String(describing: error) }
                case .back?:
                    return .stay
                case .quit?:
                    return .quit
                default:
                    break
                }
            default:
                break
            }
        }
    }
}
