import Foundation
import GRDB

/// A list row: what the session manager shows without decoding a whole profile.
public struct SessionSummary: Equatable, Sendable {
    public var id: String
    public var name: String
    public var step: Step
    public var updatedAt: Date

    public init(id: String, name: String, step: Step, updatedAt: Date) {
        self.id = id; self.name = name; self.step = step; self.updatedAt = updatedAt
    }

    public init(_ session: Session) {
        self.init(id: session.id, name: session.name, step: session.position.step, updatedAt: session.updatedAt)
    }
}

/// Sessions saved in one SQLite file through GRDB: SQLite gives us transactions (an answer is
/// either saved whole or not at all, even on SIGKILL), schema migrations and file locking.
public final class SessionStore: Sendable {
    public static let fileName = "sessions.sqlite"

    public let fileURL: URL
    private let db: DatabaseQueue

    /// Opens (or creates) the store in `directory`. A file from a newer version is refused untouched.
    public init(directory: URL) throws {
        try DataLocation.prepare(directory)
        fileURL = directory.appendingPathComponent(SessionStore.fileName)
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.label = "oinp-guide.sessions"
        db = try DatabaseQueue(path: fileURL.path, configuration: config)
        let migrator = SessionStore.migrator
        try db.read { dbc in
            if try migrator.hasBeenSuperseded(dbc) { throw StoreError.newerVersion(path: self.fileURL.path) }
        }
        try migrator.migrate(db)
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: fileURL.path)
    }

    /// Opens the store; when the file is damaged, moves it aside untouched, starts a fresh one and
    /// returns the message to show. Other errors (newer version, permissions) are thrown.
    public static func openRecovering(directory: URL, now: Date = Date()) throws -> (SessionStore, notice: String?) {
        do {
            return (try SessionStore(directory: directory), nil)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            let file = directory.appendingPathComponent(fileName)
            let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "")
            let kept = directory.appendingPathComponent("\(fileName).damaged-\(stamp)")
            try FileManager.default.moveItem(at: file, to: kept)
            for suffix in ["-journal", "-wal", "-shm"] {
                let side = URL(fileURLWithPath: file.path + suffix)
                if FileManager.default.fileExists(atPath: side.path) {
                    try? FileManager.default.moveItem(at: side, to: URL(fileURLWithPath: kept.path + suffix))
                }
            }
            let store = try SessionStore(directory: directory)
            let notice = StoreError.damaged(path: file.path, keptAt: kept.path, detail: error.message ?? "not a database").description
            return (store, notice)
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-sessions") { db in
            try db.create(table: "session") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("profile", .text).notNull()       // JSON, the documented profile format
                t.column("step", .text).notNull()
                t.column("questionID", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull().indexed()
                t.column("revision", .integer).notNull()
            }
        }
        return m
    }

    // MARK: Reading

    public func list() throws -> [SessionSummary] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, step, updatedAt FROM session ORDER BY updatedAt DESC, name")
                .map { row in
                    SessionSummary(id: row["id"], name: row["name"],
                                   step: Step(rawValue: row["step"]) ?? .criteria, updatedAt: row["updatedAt"])
                }
        }
    }

    public func load(id: String) throws -> Session {
        try db.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound(sessionID: id)
            }
            return try SessionStore.session(from: row)
        }
    }

    /// The most recently changed session, if any.
    public func mostRecent() throws -> Session? {
        try db.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM session ORDER BY updatedAt DESC LIMIT 1").map(SessionStore.session(from:))
        }
    }

    // MARK: Writing

    /// Inserts a new session (revision 1).
    @discardableResult
    public func create(name: String, profile: Profile = Profile(), now: Date = Date()) throws -> Session {
        var s = Session(name: name, profile: profile, createdAt: now)
        s.revision = 1
        let json = try SessionStore.encode(s.profile)
        try db.write { db in
            try db.execute(sql: """
                INSERT INTO session (id, name, profile, step, questionID, createdAt, updatedAt, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [s.id, s.name, json, s.position.step.rawValue, s.position.questionID, s.createdAt, s.updatedAt, s.revision])
        }
        return s
    }

    /// Saves the session in one transaction. Refused with `.conflict` when another writer saved a newer
    /// revision since `session` was loaded. Returns the session as stored (revision bumped).
    @discardableResult
    public func save(_ session: Session, now: Date = Date()) throws -> Session {
        var s = session
        s.updatedAt = now
        s.revision = session.revision + 1
        let json = try SessionStore.encode(s.profile)
        try db.write { db in
            try db.execute(sql: """
                UPDATE session SET name = ?, profile = ?, step = ?, questionID = ?, updatedAt = ?, revision = ?
                WHERE id = ? AND revision = ?
                """, arguments: [s.name, json, s.position.step.rawValue, s.position.questionID, s.updatedAt, s.revision, s.id, session.revision])
            if db.changesCount == 0 {
                let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [s.id]) ?? false
                throw exists ? StoreError.conflict(sessionID: s.id) : StoreError.notFound(sessionID: s.id)
            }
        }
        return s
    }

    public func delete(id: String) throws {
        try db.write { db in
            try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw StoreError.notFound(sessionID: id) }
        }
    }

    // MARK: Coding

    static func encode(_ profile: Profile) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        return String(decoding: try enc.encode(profile), as: UTF8.self)
    }

    static func session(from row: Row) throws -> Session {
        let json: String = row["profile"]
        let profile = try JSONDecoder().decode(Profile.self, from: Data(json.utf8))
        return Session(id: row["id"], name: row["name"], profile: profile,
                       position: JourneyPosition(step: Step(rawValue: row["step"]) ?? .criteria, questionID: row["questionID"]),
                       createdAt: row["createdAt"], updatedAt: row["updatedAt"], revision: row["revision"])
    }
}
