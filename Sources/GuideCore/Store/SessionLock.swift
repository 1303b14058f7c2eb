import Foundation
import GRDB

/// Who has a session open for editing: one row of `session_lock`.
public struct SessionLock: Equatable, Sendable {
    public var sessionID: String
    public var pid: Int32
    public var host: String
    public var since: Date
    public var heartbeat: Date
    /// The holder's boot id and start time (`ThisHost.identity(of:)`), nil in a lock written before v3.
    public var process: String? = nil
}

/// A session opened for editing by this store instance: save through it, call `heartbeat()` now and then
/// (well within `SessionStore.staleAfter`, e.g. every 30 s while the session is on screen), and `close()`
/// it when the user leaves the session. Closing is idempotent; a handle that is dropped closes itself.
public final class SessionHandle: Sendable {
    public let store: SessionStore
    public let id: String
    /// The session as it was when opened.
    public let session: Session

    init(store: SessionStore, session: Session) {
        self.store = store
        self.id = session.id
        self.session = session
    }

    deinit { close() }

    /// `SessionStore.save`: one transaction, revision-checked; also refreshes the lock's heartbeat.
    @discardableResult
    public func save(_ session: Session, now: Date = Date()) throws -> Session {
        guard session.id == id else { throw StoreError.invalid("This handle edits session \(id), not \(session.id).") }
        return try store.save(session, now: now)
    }

    /// Tells other instances we are still here. Throws `.openElsewhere` if another instance took the session
    /// over (our lock had gone stale), or `.notFound` if it was deleted.
    public func heartbeat(now: Date = Date()) throws {
        try store.acquireLock(id: id, now: now)
    }

    /// Releases the editing lock (only ours: a lock taken over by someone else is left alone).
    public func close() {
        try? store.releaseLock(id: id)
    }
}

extension SessionStore {
    /// Opens a session for editing: takes its lock, or fails with `.openElsewhere(pid:host:since:)` when
    /// another live instance holds it. A lock is stale (and taken over) when its heartbeat is older than
    /// `staleAfter`, or when its process is on this host and no longer running.
    public func openForEditing(id: String, now: Date = Date()) throws -> SessionHandle {
        let session = try writing { db in
            let s = try SessionStore.fetch(db, id: id)
            try self.takeLock(db, id: id, now: now)
            return s
        }
        return SessionHandle(store: self, session: session)
    }

    /// The live lock another instance holds on `id`, if any: the UI shows the session read-only then.
    public func openElsewhere(id: String, now: Date = Date()) throws -> SessionLock? {
        try reading { db in try self.foreignLiveLock(db, id: id, now: now) }
    }

    func acquireLock(id: String, now: Date) throws {
        try writing { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [id]) == true else {
                throw StoreError.notFound(sessionID: id)
            }
            try self.takeLock(db, id: id, now: now)
        }
    }

    func releaseLock(id: String) throws {
        try writing { db in
            try db.execute(sql: "DELETE FROM session_lock WHERE sessionID = ? AND owner = ?", arguments: [id, self.owner])
        }
    }

    private func takeLock(_ db: Database, id: String, now: Date) throws {
        if let other = try foreignLiveLock(db, id: id, now: now) {
            throw StoreError.openElsewhere(sessionID: id, pid: other.pid, host: other.host, since: other.since)
        }
        let mine = try Row.fetchOne(db, sql: "SELECT since FROM session_lock WHERE sessionID = ? AND owner = ?",
                                    arguments: [id, owner])
        let since: Date = mine?["since"] ?? SessionStore.storable(now)
        try db.execute(sql: """
            INSERT OR REPLACE INTO session_lock (sessionID, owner, pid, host, since, heartbeat, process) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, owner, Int(getpid()), ThisHost.name, since, now, ThisHost.ownIdentity])
    }

    /// Throws `.openElsewhere` when another live instance holds `id`; refreshes our own heartbeat if asked.
    func checkNotOpenElsewhere(_ db: Database, id: String, now: Date, refreshOwn: Bool) throws {
        if let other = try foreignLiveLock(db, id: id, now: now) {
            throw StoreError.openElsewhere(sessionID: id, pid: other.pid, host: other.host, since: other.since)
        }
        if refreshOwn {
            try db.execute(sql: "UPDATE session_lock SET heartbeat = ? WHERE sessionID = ? AND owner = ?", arguments: [now, id, owner])
        }
    }

    private func foreignLiveLock(_ db: Database, id: String, now: Date) throws -> SessionLock? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM session_lock WHERE sessionID = ? AND owner != ?",
                                         arguments: [id, owner]) else { return nil }
        let lock = SessionLock(sessionID: id, pid: Int32(truncatingIfNeeded: row["pid"] as Int64), host: row["host"],
                               since: row["since"], heartbeat: row["heartbeat"], process: row["process"])
        return isLive(lock, now: now) ? lock : nil
    }

    /// A lock is live while its heartbeat is recent and, on this host, its process still runs and is still
    /// the same process (same boot, same start time: a pid reused by an unrelated program does not count).
    func isLive(_ lock: SessionLock, now: Date) -> Bool {
        if now.timeIntervalSince(lock.heartbeat) > staleAfter { return false }
        if lock.host == ThisHost.name {
            if !ThisHost.isRunning(pid: lock.pid) { return false }
            if let recorded = lock.process, let current = ThisHost.identity(of: lock.pid), recorded != current { return false }
        }
        return true
    }
}

/// This machine, for telling our own dead processes from other machines' live ones (a shared folder).
enum ThisHost {
    static let name: String = {
        var buf = [CChar](repeating: 0, count: 256)
        guard gethostname(&buf, buf.count - 1) == 0 else { return "localhost" }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    /// This boot of this machine (`/proc/sys/kernel/random/boot_id`), nil where there is none.
    static let bootID: String? = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))
        .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// "boot-id/start-ticks" of a running process: field 22 of `/proc/PID/stat` (its start time after boot,
    /// in clock ticks). Two processes with one pid in one boot have different start times. nil where /proc
    /// is not there (then only the pid is compared, as before v3).
    static func identity(of pid: Int32) -> String? {
        guard let boot = bootID, pid > 0,
              let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name (which may hold spaces and parentheses): state is field 3, start time 22.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19 else { return nil }
        return "\(boot)/\(fields[19])"
    }

    static let ownIdentity: String? = identity(of: getpid())

    /// A process with this id exists (EPERM: it exists but belongs to someone else).
    static func isRunning(pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
