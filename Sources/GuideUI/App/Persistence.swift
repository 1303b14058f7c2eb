import Foundation
import GuideCore

/// What the runtime needs from storage. The live implementation holds the editing lock of the
/// session on screen; tests use in-memory fakes.
public protocol SessionPersistence: AnyObject {
    /// Creates a session and opens it for editing.
    func create(name: String) throws -> Session
    /// Opens a saved session for editing (fails when another program has it open).
    func open(id: String) throws -> Session
    func save(_ session: Session) throws -> Session
    func list() throws -> [SessionSummary]
    /// One window of the session manager's rows, with the counts.
    func window(_ request: SessionWindowRequest) throws -> SessionWindow
    /// The session manager's query counted, and its session found in it.
    func locate(_ request: SessionLocateRequest) throws -> SessionPosition
    func rename(id: String, to name: String) throws
    func duplicate(id: String, name: String) throws -> Session
    func delete(id: String) throws
    /// Tells other programs this one still has its session open.
    func keepAlive()
    /// Leaves the session on screen (releases its lock).
    func closeCurrent()
    /// Why the session on screen is shown read-only (the store cannot be written, or another program has
    /// the session open), or nil when it can be edited.
    var readOnlyNotice: String? { get }
}

public extension SessionPersistence {
    func open(id: String) throws -> Session { throw StoreError.notFound(sessionID: id) }
    func list() throws -> [SessionSummary] { [] }
    /// From the whole list (stores in memory, test fakes); the live store reads only the window.
    func window(_ request: SessionWindowRequest) throws -> SessionWindow { SessionWindow.reading(request, from: try list()) }
    func locate(_ request: SessionLocateRequest) throws -> SessionPosition { SessionPosition.finding(request, in: try list()) }
    func rename(id: String, to name: String) throws {}
    func duplicate(id: String, name: String) throws -> Session { throw StoreError.notFound(sessionID: id) }
    func delete(id: String) throws {}
    func keepAlive() {}
    func closeCurrent() {}
    var readOnlyNotice: String? { nil }
}

/// The session store, with the editing lock of the session on screen. Safe to call from two threads
/// (the plain mode's heartbeat runs on a timer while the main thread waits for a line). The store file
/// is created by the first `create` (a fresh folder has none until something is saved: `LazySessionStore`).
public final class LiveStore: SessionPersistence, @unchecked Sendable {
    public let stores: LazySessionStore
    private var handle: SessionHandle?
    private var viewOnly: String?
    /// A session begun where there is no store yet: kept here, and stored (with the store) by the first save
    /// that carries an answer.
    private var pending: Session?
    private let lock = NSLock()

    public init(_ store: SessionStore) { stores = LazySessionStore(store) }
    public init(_ stores: LazySessionStore) { self.stores = stores }

    /// The store when it exists; a session named before anything was saved is not found.
    private func existing(_ id: String) throws -> SessionStore {
        guard let store = try stores.existing() else { throw StoreError.notFound(sessionID: id) }
        return store
    }

    /// Where there is no store yet (a fresh folder that can be written), the session is only begun: nothing
    /// is written until its first answer is saved, which creates the store and stores it. Elsewhere it is
    /// stored at once.
    public func create(name: String) throws -> Session {
        if stores.readOnlyReason == nil, try stores.existing() == nil {
            let s = Session(name: name)
            locked { pending = s }
            return s
        }
        let s = try stores.forWriting().create(name: name)
        return try open(id: s.id)
    }

    /// Opens for editing; a store that cannot be written, or a session another program has open, is opened
    /// to be viewed (read-only, `readOnlyNotice` says why) instead of refused.
    public func open(id: String) throws -> Session {
        try locked {
            let store = try existing(id)
            if handle?.id == id, let h = handle { return try store.load(id: h.id) }
            handle?.close()
            handle = nil
            viewOnly = nil
            if let reason = store.readOnlyReason {
                viewOnly = "The saved sessions are read-only here (\(reason)): you can look at the answers, but changes are not saved. To save, make the folder writable, or use --data-dir with another folder."
                return try store.load(id: id)
            }
            do {
                let h = try store.openForEditing(id: id)
                handle = h
                return h.session
            } catch let e as StoreError {
                guard case .openElsewhere = e else { throw e }
                viewOnly = e.description.replacingOccurrences(of: "Close it there first; meanwhile it can be viewed read-only.",
                                                              with: "It is shown here read-only: changes are not saved. To edit it here, close it there and open it again.")
                return try store.load(id: id)
            }
        }
    }

    public func save(_ session: Session) throws -> Session {
        try locked {
            if let h = handle, h.id == session.id { return try h.save(session) }
            if let p = pending, p.id == session.id {
                // Where the user is, with nothing answered yet, is not worth a file: it stays in memory (a
                // restart then opens on the welcome screen, as nothing was given).
                if session.profile == p.profile, session.client == p.client, session.name == p.name {
                    pending = session
                    return session
                }
                // The first answer: the store is made now, and the session stored whole (revision 1) and opened
                // for editing. Until this has returned, the session stays pending, so a failed try can be tried again.
                let store = try stores.forWriting()
                let stored = try store.insert(session)
                pending = nil
                handle?.close()
                handle = try? store.openForEditing(id: stored.id)
                return stored
            }
            return try existing(session.id).save(session)
        }
    }

    public func list() throws -> [SessionSummary] { try stores.existing()?.list() ?? [] }

    /// Read from SQLite, `request.limit` rows at most; a folder with no store yet has no rows (and gets no file).
    public func window(_ request: SessionWindowRequest) throws -> SessionWindow {
        guard let store = try stores.existing() else {
            return SessionWindow(offset: max(0, request.offset), openSessionGone: request.openSession != nil)
        }
        let page = try store.page(request.query, today: request.today, offset: request.offset, limit: request.limit, stored: request.openSession)
        return SessionWindow(offset: max(0, request.offset), rows: page.rows, total: page.total, all: page.all,
                             openSessionGone: page.stored == false)
    }

    public func locate(_ request: SessionLocateRequest) throws -> SessionPosition {
        guard let store = try stores.existing() else { return SessionPosition(position: nil, total: 0, all: 0) }
        return try store.locate(request.id, in: request.query, today: request.today)
    }
    public func rename(id: String, to name: String) throws { _ = try existing(id).rename(id: id, to: name) }
    public func duplicate(id: String, name: String) throws -> Session { try existing(id).duplicate(id: id, name: name) }

    public func delete(id: String) throws {
        if locked({ handle?.id == id }) { closeCurrent() }
        try existing(id).delete(id: id)
    }

    public func keepAlive() { locked { try? handle?.heartbeat() } }

    public func closeCurrent() {
        locked {
            handle?.close()
            handle = nil
            viewOnly = nil
        }
    }

    public var readOnlyNotice: String? { locked { viewOnly } }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

/// Saving an answer when the file is busy: a few tries with a growing pause before giving up, so a
/// backup or a second program holding the file for a moment does not cost the answer.
public enum SaveRetry {
    /// Pauses between tries, in seconds (after the busy timeout of each try has run out).
    public static let delays: [TimeInterval] = [1, 3]

    /// Saves; on `.busy`, tells `waiting` and tries again after each delay. Other errors are thrown at once.
    public static func save(_ session: Session, to store: SessionPersistence, delays: [TimeInterval] = delays,
                            sleep: (TimeInterval) -> Void = { Thread.sleep(forTimeInterval: $0) },
                            waiting: (String) -> Void = { _ in }) throws -> Session {
        var pauses = delays[...]
        while true {
            do {
                return try store.save(session)
            } catch let e as StoreError {
                guard case .busy = e, let pause = pauses.popFirst() else { throw e }
                waiting("Saving: the sessions file is busy (another program is using it); trying again in \(Int(pause)) s.")
                sleep(pause)
            }
        }
    }
}

/// Refreshes the editing lock on wall-clock time from a timer thread, for a front end that blocks
/// waiting for input (the plain mode waits for a whole line, maybe for minutes).
public final class Heartbeat: @unchecked Sendable {
    private let timer: DispatchSourceTimer

    public init(every interval: TimeInterval = Runtime.heartbeatInterval, _ beat: @escaping @Sendable () -> Void) {
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .seconds(1))
        timer.setEventHandler(handler: beat)
        timer.resume()
    }

    public func stop() { timer.cancel() }

    deinit { timer.cancel() }
}
