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
    /// The client's file number, UCI and tags (the note is not listed: it is read with the session).
    public var fileNumber: String?
    public var uci: String?
    public var tags: [String]

    public init(id: String, name: String, step: Step, updatedAt: Date,
                nextDeadline: LocalDate? = nil, nextDeadlineLabel: String? = nil,
                fileNumber: String? = nil, uci: String? = nil, tags: [String] = []) {
        self.id = id; self.name = name; self.step = step; self.updatedAt = updatedAt
        self.nextDeadline = nextDeadline; self.nextDeadlineLabel = nextDeadlineLabel
        self.fileNumber = fileNumber; self.uci = uci; self.tags = tags
    }

    public init(_ session: Session) {
        let next = SessionStore.nextDeadline(for: session.profile)
        self.init(id: session.id, name: session.name, step: session.position.step, updatedAt: session.updatedAt,
                  nextDeadline: next?.date, nextDeadlineLabel: next?.label,
                  fileNumber: session.client.fileNumber, uci: session.client.uci, tags: session.client.tags)
    }
}

/// Sessions saved in one SQLite file through GRDB: SQLite gives us transactions (an answer is
/// either saved whole or not at all, even on SIGKILL), schema migrations and file locking.
/// See docs/sessions.md for the schema, the migrations, the editing lock and what is refused.
public final class SessionStore: Sendable {
    public static let fileName = "sessions.sqlite"

    public let fileURL: URL
    let db: DatabaseQueue
    /// Identifies this instance in `session_lock` (two stores in one process are two owners).
    let owner: String
    /// A lock whose heartbeat is older than this is taken over (see `openForEditing`).
    public let staleAfter: TimeInterval
    /// Why the store was opened for reading only ("the folder … is read-only"), or nil when it can be written.
    /// Listing, loading and exporting work; every change throws `.readOnly`.
    public let readOnlyReason: String?
    /// How long a write waits for another program holding the file (`busyTimeout`), in whole seconds.
    let busySeconds: Int

    public var isReadOnly: Bool { readOnlyReason != nil }

    /// Opens (or creates) the store in `directory`. Refused, and left byte for byte as it was: a file from a
    /// newer version (`.newerVersion`), another program's database (`.notOurs`). A store that cannot be
    /// written opens read-only. `busyTimeout`: how long a write waits for another program (the guide waits
    /// longer than a script).
    public convenience init(directory: URL, staleAfter: TimeInterval = 120, busyTimeout: TimeInterval = 5) throws {
        try self.init(directory: directory, staleAfter: staleAfter, busyTimeout: busyTimeout, holdingDirectoryLock: false)
    }

    init(directory: URL, staleAfter: TimeInterval, busyTimeout: TimeInterval, holdingDirectoryLock: Bool) throws {
        try DataLocation.prepare(directory)
        let url = directory.appendingPathComponent(SessionStore.fileName)
        let path = url.path
        fileURL = url
        owner = UUID().uuidString
        self.staleAfter = staleAfter
        busySeconds = max(1, Int(busyTimeout.rounded()))
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        if exists && isDir.boolValue { throw StoreError.notOurs(path: path, reason: "it is a folder") }
        let problem = SessionStore.writeProblem(directory: directory.path, file: exists ? path : nil)
        readOnlyReason = problem

        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.label = "oinp-guide.sessions"
        config.readonly = problem != nil
        if !exists, problem != nil {
            // Nothing saved yet and nowhere to save: an empty store in memory, so listing says "none".
            db = try DatabaseQueue(configuration: config.withoutReadOnly)
            try SessionStore.migrator.migrate(db)
            return
        }
        if problem == nil {
            config.prepareDatabase { db in
                // Rollback journal; EXTRA also syncs the folder after the journal is deleted, so a commit
                // that returned survives a power cut (FULL alone could roll it back). docs/sessions.md.
                try db.execute(sql: "PRAGMA synchronous = EXTRA")
            }
            // SQLite creates the file (and its -journal) with the mode of an existing file, else 0644 less the
            // umask: create it 0600 ourselves first so it is never readable by others, not even for an instant.
            // An existing file is not touched before it has been checked.
            if !exists { createPrivateFile(path) }
        }
        do {
            db = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw StoreError.from(error, path: path, busySeconds: busySeconds)
        }
        // Look before writing anything: whose file is this, and which version wrote it?
        let state = try SessionStore.inspect(db, path: path, busySeconds: busySeconds)
        if state != .current {
            if let problem { throw StoreError.needsUpgradeButReadOnly(path: path, reason: problem) }
            // Two programs starting on a new or older file migrate one after the other.
            try SessionStore.withDirectoryLock(directory.path, alreadyHeld: holdingDirectoryLock) {
                do { try SessionStore.migrator.migrate(db) } catch {
                    throw StoreError.from(error, path: path, busySeconds: busySeconds)
                }
            }
        }
        if problem == nil, let mode = DataLocation.mode(path) { DataLocation.tighten(path, mode: mode) }
    }

    /// What the file holds, judged without writing a byte.
    enum Inspection { case empty, older, current }

    static func inspect(_ db: DatabaseQueue, path: String, busySeconds: Int) throws -> Inspection {
        do {
            return try db.read { db -> Inspection in
                let names = try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite_%' ORDER BY name
                    """)
                let ours: Set<String> = ["session", "session_lock", "grdb_migrations"]
                let foreign = names.filter { !ours.contains($0) }
                func notOurs(_ why: String) -> StoreError { .notOurs(path: path, reason: why) }
                let tableList = { (n: [String]) in ProfileJSON.excerpt(n.joined(separator: ", "), limit: 80) }
                guard names.contains("grdb_migrations") else {
                    if names.isEmpty { return .empty }
                    throw notOurs("it has tables oinp-guide did not create: \(tableList(names))")
                }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                // A first migration interrupted before it committed leaves only the migrations table.
                if applied.isEmpty && names == ["grdb_migrations"] { return .empty }
                guard applied.contains("v1-sessions") else { throw notOurs("its schema history is not oinp-guide's") }
                if applied.contains(where: { !SessionStore.schemaVersions.contains($0) }) { throw StoreError.newerVersion(path: path) }
                if !foreign.isEmpty { throw notOurs("it has tables oinp-guide did not create: \(tableList(foreign))") }
                return Set(applied) == Set(SessionStore.schemaVersions) ? .current : .older
            }
        } catch {
            throw StoreError.from(error, path: path, busySeconds: busySeconds)
        }
    }

    /// Why the store cannot be written, or nil. The owner's write bit counts even where the system would
    /// let us write anyway (root): a user who made the folder or file read-only meant it.
    static func writeProblem(directory: String, file: String?) -> String? {
        if let m = DataLocation.mode(directory), m & 0o200 == 0 { return "the folder \(directory) is read-only" }
        if access(directory, W_OK) != 0 {
            return errno == EROFS ? "it is on a read-only file system" : "the folder \(directory) cannot be written"
        }
        if let file {
            if let m = DataLocation.mode(file), m & 0o200 == 0 { return "the file \(file) is read-only" }
            if access(file, W_OK) != 0 {
                return errno == EROFS ? "it is on a read-only file system" : "the file \(file) cannot be written"
            }
        }
        return nil
    }

    /// Runs `body` holding an exclusive flock on the folder: migrating and setting a damaged file aside
    /// are done by one program at a time. (No file is created for it; a folder can be locked.)
    static func withDirectoryLock<T>(_ directory: String, alreadyHeld: Bool = false, _ body: () throws -> T) throws -> T {
        if alreadyHeld { return try body() }
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { while flock(fd, LOCK_EX) != 0 && errno == EINTR {} }
        defer { if fd >= 0 { flock(fd, LOCK_UN); closeFile(fd) } }
        return try body()
    }

    /// Opens the store; when the file is damaged, moves it aside untouched, starts a fresh one and returns
    /// the sentence to show (`StoreError.damagedSentence`). Other errors (a newer version, not ours,
    /// permissions) are thrown. Two programs doing this at once both end on the same fresh store: the
    /// folder is locked while a file is set aside, and a file is moved only if it is still the one found
    /// damaged (the other program may have replaced it already).
    public static func openRecovering(directory: URL, staleAfter: TimeInterval = 120, busyTimeout: TimeInterval = 5,
                                      now: Date = Date()) throws -> (SessionStore, notice: String?) {
        let file = directory.appendingPathComponent(fileName).path
        for _ in 0..<3 {
            let seen = FileIdentity(file)     // before opening: a file replaced meanwhile is told apart
            do {
                return (try SessionStore(directory: directory, staleAfter: staleAfter, busyTimeout: busyTimeout), nil)
            } catch StoreError.damagedInUse {
                guard let seen else { continue }
                let kept: String? = try withDirectoryLock(directory.path) {
                    guard FileIdentity(file) == seen else { return nil }
                    return try setAside(file, in: directory, now: now)
                }
                let store = try SessionStore(directory: directory, staleAfter: staleAfter, busyTimeout: busyTimeout)
                // Set aside here, or by another oinp-guide at the same moment: found by its inode, said the same way.
                guard let keptAt = kept ?? keptCopy(of: seen, in: directory) else { return (store, nil) }
                return (store, StoreError.damagedSentence(path: file, keptAt: keptAt))
            }
        }
        return (try SessionStore(directory: directory, staleAfter: staleAfter, busyTimeout: busyTimeout), nil)
    }

    /// Moves the damaged file (and its journal) to a name no other file has: time, process id, and a
    /// counter if even that is taken. Returns where it is now.
    static func setAside(_ file: String, in directory: URL, now: Date) throws -> String {
        let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "")
        for n in 0..<1000 {
            let name = "\(fileName).damaged-\(stamp)-\(getpid())" + (n == 0 ? "" : "-\(n)")
            let kept = directory.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: kept) { continue }
            guard moveFile(file, kept) == 0 else {
                throw StoreError.cannotSetAside(path: file, detail: String(cString: strerror(errno)))
            }
            for suffix in ["-journal", "-wal", "-shm"] where FileManager.default.fileExists(atPath: file + suffix) {
                _ = moveFile(file + suffix, kept + suffix)
            }
            return kept
        }
        throw StoreError.cannotSetAside(path: file, detail: "no free name for the copy")
    }

    /// The set-aside copy of the file that was `identity` (a rename keeps the inode).
    static func keptCopy(of identity: FileIdentity, in directory: URL) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix("\(fileName).damaged-") && !$0.hasSuffix("-journal") }.sorted()
            .map { directory.appendingPathComponent($0).path }
            .first { FileIdentity($0) == identity }
    }

    /// Reads through GRDB; SQLite's failures become `StoreError`s.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try db.read(body) } catch { throw StoreError.from(error, path: fileURL.path, busySeconds: busySeconds) }
    }

    /// Writes through GRDB, or refuses at once on a read-only store.
    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        if let readOnlyReason {
            throw StoreError.readOnly(path: fileURL.deletingLastPathComponent().path, reason: readOnlyReason)
        }
        do { return try db.write(body) } catch { throw StoreError.from(error, path: fileURL.path, busySeconds: busySeconds) }
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
        m.registerMigration("v3-lock-process-start") { db in
            // The holder's boot id and process start time: a pid reused by another program after the holder
            // died no longer looks like the holder (NULL in locks written before v3).
            try db.alter(table: "session_lock") { t in t.add(column: "process", .text) }
        }
        registerClientFields(&m)
        return m
    }

    /// The schema versions this build knows, oldest first.
    public static var schemaVersions: [String] { migrator.migrations }

    // MARK: Reading

    public func count() throws -> Int {
        try reading { try Int.fetchOne($0, sql: "SELECT count(*) FROM session") ?? 0 }
    }

    /// Reads a session without taking the editing lock (read-only viewing, export).
    public func load(id: String) throws -> Session {
        try reading { db in try SessionStore.fetch(db, id: id) }
    }

    /// The most recently changed session, if any (`mostRecentSummary()` reads its row without decoding it).
    public func mostRecent() throws -> Session? {
        try reading { db in
            try Row.fetchOne(db, sql: "SELECT * FROM session ORDER BY \(SessionStore.storeOrder) LIMIT 1").map(SessionStore.session(from:))
        }
    }

    /// The full id of the one session whose id is `idOrPrefix` or starts with it (case-insensitive).
    public func resolve(_ idOrPrefix: String) throws -> String {
        let p = idOrPrefix.trimmingCharacters(in: .whitespaces)
        guard !p.isEmpty else { throw StoreError.invalid("An empty session id was given.") }
        return try reading { db in
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
                       client: ClientFields = ClientFields(), now: Date = Date()) throws -> Session {
        try createMany([(name, profile, position)], clients: [client], now: now)[0]
    }

    /// Inserts a session made in memory and not stored yet (its id kept, revision 1): the first save of a
    /// session begun on a fresh folder, where the store is made only then (`LazySessionStore`).
    @discardableResult
    public func insert(_ session: Session, now: Date = Date()) throws -> Session {
        try createMany([(session.name, session.profile, session.position)], clients: [session.client], ids: [session.id], now: now)[0]
    }

    /// Inserts sessions in one transaction (bulk import, seeding a benchmark): all or none. `ids`: the ids to
    /// give them (new ones by default).
    @discardableResult
    public func createMany(_ items: [(name: String, profile: Profile, position: JourneyPosition)], clients: [ClientFields]? = nil,
                           ids: [String]? = nil, now: Date = Date()) throws -> [Session] {
        let now = SessionStore.storable(now)
        var sessions = try items.enumerated().map { (i, item) -> Session in
            var s = Session(id: ids.flatMap { $0.indices.contains(i) ? $0[i] : nil } ?? UUID().uuidString,
                            name: try SessionStore.checkedName(item.name), profile: item.profile, position: item.position, createdAt: now)
            s.revision = 1
            if let clients, clients.indices.contains(i) { s.client = try clients[i].checked() }
            return s
        }
        let rows = try sessions.map { s in (s, try SessionStore.encode(s.profile), SessionStore.nextDeadline(for: s.profile)) }
        try writing { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO session (id, name, profile, step, questionID, createdAt, updatedAt, revision, nextDeadline, nextDeadlineLabel,
                                     fileNumber, uci, tags, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (s, json, next) in rows {
                try insert.execute(arguments: [s.id, s.name, json, s.position.step.rawValue, s.position.questionID,
                                               s.createdAt, s.updatedAt, s.revision, next?.date.description, next?.label,
                                               s.client.fileNumber, s.client.uci, s.client.storedTags, s.client.note])
            }
            // The date as read back (SQLite keeps milliseconds), so what is returned equals what a load gives.
            if let first = sessions.first,
               let stored = try StoredDate.fetchOne(db, sql: "SELECT createdAt FROM session WHERE id = ?", arguments: [first.id]) {
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
        s.client = try s.client.checked()
        let json = try SessionStore.encode(s.profile)
        let next = SessionStore.nextDeadline(for: s.profile)
        try writing { db in
            try self.checkNotOpenElsewhere(db, id: s.id, now: now, refreshOwn: true)
            try db.execute(sql: """
                UPDATE session SET name = ?, profile = ?, step = ?, questionID = ?, updatedAt = ?, revision = ?,
                                   nextDeadline = ?, nextDeadlineLabel = ?, fileNumber = ?, uci = ?, tags = ?, note = ?
                WHERE id = ? AND revision = ?
                """, arguments: [s.name, json, s.position.step.rawValue, s.position.questionID, s.updatedAt, s.revision,
                                 next?.date.description, next?.label, s.client.fileNumber, s.client.uci, s.client.storedTags,
                                 s.client.note, s.id, session.revision])
            if db.changesCount == 0 {
                let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [s.id]) ?? false
                throw exists ? StoreError.conflict(sessionID: s.id) : StoreError.notFound(sessionID: s.id)
            }
            s.updatedAt = try StoredDate.fetchOne(db, sql: "SELECT updatedAt FROM session WHERE id = ?", arguments: [s.id]) ?? s.updatedAt
        }
        return s
    }

    /// Renames a session (a change: the revision is bumped). Refused while it is open elsewhere.
    @discardableResult
    public func rename(id: String, to newName: String, now: Date = Date()) throws -> Session {
        let name = try SessionStore.checkedName(newName)
        return try writing { db in
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
        return try create(name: name, profile: original.profile, position: original.position, client: original.client, now: now)
    }

    /// Deletes a session (and its lock). Refused while it is open elsewhere.
    public func delete(id: String, now: Date = Date()) throws {
        try writing { db in
            try self.checkNotOpenElsewhere(db, id: id, now: now, refreshOwn: false)
            try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id])
            if db.changesCount == 0 { throw StoreError.notFound(sessionID: id) }
        }
    }

    // MARK: Checks

    /// SQLite's own check of the file (`PRAGMA integrity_check`): "ok", or what is wrong.
    public func integrityCheck() throws -> String {
        try reading { try String.fetchAll($0, sql: "PRAGMA integrity_check").joined(separator: "; ") }
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
        let profile: Profile
        do {
            profile = try JSONDecoder().decode(Profile.self, from: Data(json.utf8))
        } catch let e as DecodingError {
            let id: String = row["id"]
            throw StoreError.invalid("The answers saved in session \(id) cannot be read (\(ProfileJSON.excerpt(describe(e, root: "profile"), limit: 120))). Delete the session, or open it with the version of oinp-guide that saved it.")
        }
        return Session(id: row["id"], name: row["name"], profile: profile,
                       position: JourneyPosition(step: Step(rawValue: row["step"]) ?? .criteria, questionID: row["questionID"]),
                       createdAt: try StoredDate.column(row, "createdAt"), updatedAt: try StoredDate.column(row, "updatedAt"), revision: row["revision"],
                       client: ClientFields(row: row))
    }
}

/// Creates an empty file readable by the owner only, unless something is already there.
private func createPrivateFile(_ path: String) {
    let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if fd >= 0 { close(fd) }
}

/// close(2), not shadowed by `SessionStore.close()`.
private func closeFile(_ fd: Int32) { _ = close(fd) }

/// rename(2), not shadowed by `SessionStore.rename(id:to:)`.
private func moveFile(_ from: String, _ to: String) -> Int32 { rename(from, to) }

/// Which file a path names (device and inode): a file replaced by another program is a different file.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}

private extension Configuration {
    var withoutReadOnly: Configuration {
        var c = self
        c.readonly = false
        return c
    }
}
