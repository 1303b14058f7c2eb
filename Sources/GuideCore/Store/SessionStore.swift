import Foundation
import GRDB

/// A list row: what the session manager shows without decoding a whole profile.
public struct SessionSummary: Equatable, Sendable {
    public var id: String
    public var name: String
    public var step: Step
    public var updatedAt: Date
    /// The earliest deadline the answers give (it may be past: then it is overdue), and its label.
    public var nextDeadline: LocalDate?
    public var nextDeadlineLabel: String?

    public init(id: String, name: String, step: Step, updatedAt: Date,
                nextDeadline: LocalDate? = nil, nextDeadlineLabel: String? = nil) {
        self.id = id; self.name = name; self.step = step; self.updatedAt = updatedAt
        self.nextDeadline = nextDeadline; self.nextDeadlineLabel = nextDeadlineLabel
    }

    public init(_ session: Session) {
        let next = SessionStore.nextDeadline(for: session.profile)
        self.init(id: session.id, name: session.name, step: session.position.step, updatedAt: session.updatedAt,
                  nextDeadline: next?.date, nextDeadlineLabel: next?.label)
    }
}

/// Sessions saved in one SQLite file through GRDB: SQLite gives us transactions (an answer is
/// either saved whole or not at all, even on SIGKILL), schema migrations and file locking.
/// See docs/sessions.md for the schema, the migrations and the editing lock.
public final class SessionStore: Sendable {
    public static let fileName = "sessions.sqlite"

    public let fileURL: URL
    let db: DatabaseQueue
    /// Identifies this instance in `session_lock` (two stores in one process are two owners).
    let owner: String
    /// A lock whose heartbeat is older than this is taken over (see `openForEditing`).
    public let staleAfter: TimeInterval

    /// Opens (or creates) the store in `directory`. A file from a newer version is refused untouched.
    public init(directory: URL, staleAfter: TimeInterval = 120) throws {
        try DataLocation.prepare(directory)
        fileURL = directory.appendingPathComponent(SessionStore.fileName)
        owner = UUID().uuidString
        self.staleAfter = staleAfter
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.label = "oinp-guide.sessions"
        config.prepareDatabase { db in
            // Rollback journal, fsync at every commit: a committed answer survives a kill or a power cut.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        // SQLite creates the file (and its -journal) with the mode of an existing file, else 0644 less the
        // umask: create it 0600 ourselves first so it is never readable by others, not even for an instant.
        // An existing file is not touched before it has been checked (damaged or newer files stay as they are).
        createPrivateFile(fileURL.path)
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

    /// The schema's history. Never edit a registered migration: add a new one (docs/sessions.md).
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
        m.registerMigration("v2-manager-locks") { db in
            // The list shows the next deadline without decoding 10,000 profiles: kept beside the JSON at each save.
            try db.alter(table: "session") { t in
                t.add(column: "nextDeadline", .text)       // YYYY-MM-DD, or NULL when the answers give none
                t.add(column: "nextDeadlineLabel", .text)
            }
            let rows = try Row.fetchAll(db, sql: "SELECT id, profile FROM session")
            for row in rows {
                let json: String = row["profile"]
                // A profile this version cannot read keeps NULL; the next save fills it in.
                guard let profile = try? JSONDecoder().decode(Profile.self, from: Data(json.utf8)),
                      let next = SessionStore.nextDeadline(for: profile) else { continue }
                try db.execute(sql: "UPDATE session SET nextDeadline = ?, nextDeadlineLabel = ? WHERE id = ?",
                               arguments: [next.date.description, next.label, row["id"] as String])
            }
            // Who has a session open for editing (one row per open session).
            try db.create(table: "session_lock") { t in
                t.primaryKey("sessionID", .text).references("session", onDelete: .cascade)
                t.column("owner", .text).notNull()         // a random id per SessionStore instance
                t.column("pid", .integer).notNull()
                t.column("host", .text).notNull()
                t.column("since", .datetime).notNull()
                t.column("heartbeat", .datetime).notNull()
            }
        }
        return m
    }

    /// The schema versions this build knows, oldest first.
    public static var schemaVersions: [String] { migrator.migrations }

    // MARK: Reading

    /// Every session, most recently changed first. Reads only the small columns: no profile is decoded.
    public func list() throws -> [SessionSummary] {
        try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, name, step, updatedAt, nextDeadline, nextDeadlineLabel
                FROM session ORDER BY updatedAt DESC, name
                """).map { row in
                    let deadline: String? = row["nextDeadline"]
                    return SessionSummary(id: row["id"], name: row["name"],
                                          step: Step(rawValue: row["step"]) ?? .criteria, updatedAt: row["updatedAt"],
                                          nextDeadline: deadline.flatMap { try? LocalDate.parse($0) },
                                          nextDeadlineLabel: row["nextDeadlineLabel"])
                }
        }
    }

    public func count() throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM session") ?? 0 }
    }

    /// Reads a session without taking the editing lock (read-only viewing, export).
    public func load(id: String) throws -> Session {
        try db.read { db in try SessionStore.fetch(db, id: id) }
    }

    /// The most recently changed session, if any.
    public func mostRecent() throws -> Session? {
        try db.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM session ORDER BY updatedAt DESC LIMIT 1").map(SessionStore.session(from:))
        }
    }

    /// The full id of the one session whose id is `idOrPrefix` or starts with it (case-insensitive).
    public func resolve(_ idOrPrefix: String) throws -> String {
        let p = idOrPrefix.trimmingCharacters(in: .whitespaces)
        guard !p.isEmpty else { throw StoreError.invalid("An empty session id was given.") }
        return try db.read { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [p]) == true { return p }
            let escaped = p.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            let ids = try String.fetchAll(db, sql: "SELECT id FROM session WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                                          arguments: [escaped + "%"])
            switch ids.count {
            case 0: throw StoreError.notFound(sessionID: p)
            case 1: return ids[0]
            default:
                let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM session WHERE id LIKE ? ESCAPE '\\'", arguments: [escaped + "%"]) ?? 2
                throw StoreError.ambiguous(prefix: p, matches: n)
            }
        }
    }

    // MARK: Writing

    /// Inserts a new session (revision 1).
    @discardableResult
    public func create(name: String, profile: Profile = Profile(), position: JourneyPosition = JourneyPosition(),
                       now: Date = Date()) throws -> Session {
        try createMany([(name, profile, position)], now: now)[0]
    }

    /// Inserts sessions in one transaction (bulk import, seeding a benchmark): all or none.
    @discardableResult
    public func createMany(_ items: [(name: String, profile: Profile, position: JourneyPosition)], now: Date = Date()) throws -> [Session] {
        let now = SessionStore.storable(now)
        var sessions = try items.map { item -> Session in
            var s = Session(name: try SessionStore.checkedName(item.name), profile: item.profile, position: item.position, createdAt: now)
            s.revision = 1
            return s
        }
        let rows = try sessions.map { s in (s, try SessionStore.encode(s.profile), SessionStore.nextDeadline(for: s.profile)) }
        try db.write { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO session (id, name, profile, step, questionID, createdAt, updatedAt, revision, nextDeadline, nextDeadlineLabel)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (s, json, next) in rows {
                try insert.execute(arguments: [s.id, s.name, json, s.position.step.rawValue, s.position.questionID,
                                               s.createdAt, s.updatedAt, s.revision, next?.date.description, next?.label])
            }
            // The date as read back (SQLite keeps milliseconds), so what is returned equals what a load gives.
            if let first = sessions.first,
               let stored = try Date.fetchOne(db, sql: "SELECT createdAt FROM session WHERE id = ?", arguments: [first.id]) {
                for i in sessions.indices { sessions[i].createdAt = stored; sessions[i].updatedAt = stored }
            }
        }
        return sessions
    }

    /// Saves the session in one transaction. Refused with `.conflict` when another writer saved a newer
    /// revision since `session` was loaded, and with `.openElsewhere` when another instance holds the
    /// session's editing lock. Returns the session as stored (revision bumped).
    @discardableResult
    public func save(_ session: Session, now: Date = Date()) throws -> Session {
        var s = session
        s.name = try SessionStore.checkedName(s.name)
        s.updatedAt = SessionStore.storable(now)
        s.revision = session.revision + 1
        let json = try SessionStore.encode(s.profile)
        let next = SessionStore.nextDeadline(for: s.profile)
        try db.write { db in
            try self.checkNotOpenElsewhere(db, id: s.id, now: now, refreshOwn: true)
            try db.execute(sql: """
                UPDATE session SET name = ?, profile = ?, step = ?, questionID = ?, updatedAt = ?, revision = ?,
                                   nextDeadline = ?, nextDeadlineLabel = ?
                WHERE id = ? AND revision = ?
                """, arguments: [s.name, json, s.position.step.rawValue, s.position.questionID, s.updatedAt, s.revision,
                                 next?.date.description, next?.label, s.id, session.revision])
            if db.changesCount == 0 {
                let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [s.id]) ?? false
                throw exists ? StoreError.conflict(sessionID: s.id) : StoreError.notFound(sessionID: s.id)
            }
            s.updatedAt = try Date.fetchOne(db, sql: "SELECT updatedAt FROM session WHERE id = ?", arguments: [s.id]) ?? s.updatedAt
        }
        return s
    }

    /// Renames a session (a change: the revision is bumped). Refused while it is open elsewhere.
    @discardableResult
    public func rename(id: String, to newName: String, now: Date = Date()) throws -> Session {
        let name = try SessionStore.checkedName(newName)
        return try db.write { db in
            try self.checkNotOpenElsewhere(db, id: id, now: now, refreshOwn: false)
            try db.execute(sql: "UPDATE session SET name = ?, updatedAt = ?, revision = revision + 1 WHERE id = ?",
                           arguments: [name, now, id])
            if db.changesCount == 0 { throw StoreError.notFound(sessionID: id) }
            return try SessionStore.fetch(db, id: id)
        }
    }

    /// A new session with a copy of `id`'s answers and position under `name` (e.g. to try the spouse as
    /// the principal applicant). Reads the latest committed answers; the original is not touched.
    @discardableResult
    public func duplicate(id: String, name: String, now: Date = Date()) throws -> Session {
        let original = try load(id: id)
        return try create(name: name, profile: original.profile, position: original.position, now: now)
    }

    /// Deletes a session (and its lock). Refused while it is open elsewhere.
    public func delete(id: String, now: Date = Date()) throws {
        try db.write { db in
            try self.checkNotOpenElsewhere(db, id: id, now: now, refreshOwn: false)
            try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw StoreError.notFound(sessionID: id) }
        }
    }

    // MARK: Checks

    /// SQLite's own check of the file (`PRAGMA integrity_check`): "ok", or what is wrong.
    public func integrityCheck() throws -> String {
        try db.read { try String.fetchAll($0, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    /// Closes the file now (tests, and before moving the file); later calls fail.
    public func close() throws { try db.close() }

    // MARK: Coding

    /// The date as the database keeps it (to the millisecond), so a returned session equals the stored one.
    static func storable(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    static func checkedName(_ name: String) throws -> String {
        let n = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !n.isEmpty else { throw StoreError.invalid("A session name cannot be empty.") }
        guard !n.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw StoreError.invalid("A session name cannot contain control characters (tabs, line breaks).")
        }
        guard n.count <= 200 else { throw StoreError.invalid("A session name can be at most 200 characters (it has \(n.count)).") }
        return n
    }

    /// The earliest deadline the answers give, whatever today is (which deadlines apply does not depend on
    /// today; only the days left do). Kept in `session.nextDeadline` so listing needs no JSON.
    public static func nextDeadline(for profile: Profile) -> (date: LocalDate, label: String)? {
        Deadlines.all(for: profile, today: LocalDate.today()).min { $0.date < $1.date }.map { ($0.date, $0.label) }
    }

    static func encode(_ profile: Profile) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        return String(decoding: try enc.encode(profile), as: UTF8.self)
    }

    static func fetch(_ db: Database, id: String) throws -> Session {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(sessionID: id)
        }
        return try session(from: row)
    }

    static func session(from row: Row) throws -> Session {
        let json: String = row["profile"]
        let profile = try JSONDecoder().decode(Profile.self, from: Data(json.utf8))
        return Session(id: row["id"], name: row["name"], profile: profile,
                       position: JourneyPosition(step: Step(rawValue: row["step"]) ?? .criteria, questionID: row["questionID"]),
                       createdAt: row["createdAt"], updatedAt: row["updatedAt"], revision: row["revision"])
    }
}

/// Creates an empty file readable by the owner only, unless something is already there.
private func createPrivateFile(_ path: String) {
    let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if fd >= 0 { close(fd) }
}
