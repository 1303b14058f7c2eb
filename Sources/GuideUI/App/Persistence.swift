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
    func rename(id: String, to name: String) throws
    func duplicate(id: String, name: String) throws -> Session
    func delete(id: String) throws
    /// Tells other programs this one still has its session open.
    func keepAlive()
    /// Leaves the session on screen (releases its lock).
    func closeCurrent()
}

public extension SessionPersistence {
    func open(id: String) throws -> Session { throw StoreError.notFound(sessionID: id) }
    func list() throws -> [SessionSummary] { [] }
    func rename(id: String, to name: String) throws {}
    func duplicate(id: String, name: String) throws -> Session { throw StoreError.notFound(sessionID: id) }
    func delete(id: String) throws {}
    func keepAlive() {}
    func closeCurrent() {}
}

/// The session store, with the editing lock of the session on screen.
public final class LiveStore: SessionPersistence {
    public let store: SessionStore
    private var handle: SessionHandle?

    public init(_ store: SessionStore) { self.store = store }

    public func create(name: String) throws -> Session {
        let s = try store.create(name: name)
        return try open(id: s.id)
    }

    public func open(id: String) throws -> Session {
        if handle?.id == id, let h = handle { return try store.load(id: h.id) }
        let h = try store.openForEditing(id: id)
        handle?.close()
        handle = h
        return h.session
    }

    public func save(_ session: Session) throws -> Session {
        if let h = handle, h.id == session.id { return try h.save(session) }
        return try store.save(session)
    }

    public func list() throws -> [SessionSummary] { try store.list() }
    public func rename(id: String, to name: String) throws { _ = try store.rename(id: id, to: name) }
    public func duplicate(id: String, name: String) throws -> Session { try store.duplicate(id: id, name: name) }

    public func delete(id: String) throws {
        if handle?.id == id { closeCurrent() }
        try store.delete(id: id)
    }

    public func keepAlive() { try? handle?.heartbeat() }

    public func closeCurrent() {
        handle?.close()
        handle = nil
    }
}
