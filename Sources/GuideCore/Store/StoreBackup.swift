import Foundation
import GRDB

/// Backup and restore of the whole store. A backup uses SQLite's online backup (GRDB's `backup(to:)`):
/// it copies a consistent snapshot, every committed save and none half-done, while another program goes
/// on writing. A restore checks the file is an oinp-guide store first, and keeps the current one beside it.
extension SessionStore {
    /// Copies the store to `url` (created 0600; an existing file is refused). Returns how many sessions it holds.
    @discardableResult
    public func backup(to url: URL) throws -> Int {
        let path = url.path
        if FileManager.default.fileExists(atPath: path) {
            throw StoreError.invalid("\(path) already exists, so no backup was written. Give a new file name, or move the old file away.")
        }
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError.invalid("No backup was written: \(path) cannot be created (\(String(cString: strerror(errno)))). Check the folder exists and can be written.")
        }
        _ = Darwin_or_Glibc_close(fd)
        do {
            let target = try DatabaseQueue(path: path)
            try db.backup(to: target)
            let count = try target.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM session") ?? 0 }
            try target.close()
            return count
        } catch {
            unlink(path)
            throw StoreError.from(error, path: fileURL.path, busySeconds: busySeconds)
        }
    }

    /// What a file to restore from holds, checked without writing to it: an oinp-guide store of this or an
    /// older version that SQLite finds intact. Returns its number of sessions.
    public static func checkRestorable(_ url: URL) throws -> Int {
        do { return try inspectBackup(url) } catch StoreError.notOurs(let path, let reason) {
            throw StoreError.invalid("Nothing was restored: \(path) is not an oinp-guide sessions store (\(reason)). Give a file written by oinp-guide sessions backup.")
        } catch StoreError.newerVersion(let path) {
            throw StoreError.invalid("Nothing was restored: \(path) was written by a newer version of oinp-guide. Update oinp-guide to restore it.")
        }
    }

    static func inspectBackup(_ url: URL) throws -> Int {
        let path = url.path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else {
            throw StoreError.invalid("Nothing was restored: \(path) is not a file. Give a file written by oinp-guide sessions backup.")
        }
        var config = Configuration()
        config.readonly = true
        let q: DatabaseQueue
        do { q = try DatabaseQueue(path: path, configuration: config) } catch {
            throw StoreError.notOurs(path: path, reason: "SQLite cannot open it")
        }
        defer { try? q.close() }
        let state: Inspection
        do { state = try inspect(q, path: path, busySeconds: 5) } catch StoreError.damagedInUse {
            throw StoreError.notOurs(path: path, reason: "it is not a database")
        }
        if state == .empty { throw StoreError.notOurs(path: path, reason: "it is empty") }
        let check = (try? q.read { try String.fetchAll($0, sql: "PRAGMA integrity_check").joined(separator: "; ") }) ?? "unreadable"
        guard check == "ok" else { throw StoreError.notOurs(path: path, reason: "SQLite finds it damaged") }
        return try q.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM session") ?? 0 }
    }

    /// Replaces the store in `directory` with the backup at `url`. The current file is kept beside it as
    /// `sessions.sqlite.before-restore-<time>`; nothing is replaced when the backup is refused. Returns
    /// where the old store was kept (nil when there was none) and how many sessions were restored.
    public static func restore(from url: URL, into directory: URL, now: Date = Date()) throws -> (keptAt: String?, sessions: Int) {
        let count = try checkRestorable(url)
        try DataLocation.prepare(directory)
        let file = directory.appendingPathComponent(fileName).path
        return try withDirectoryLock(directory.path) {
            var kept: String?
            if FileManager.default.fileExists(atPath: file) {
                let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "")
                var name = "\(fileName).before-restore-\(stamp)"
                var n = 1
                while FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path) {
                    name = "\(fileName).before-restore-\(stamp)-\(n)"; n += 1
                }
                let target = directory.appendingPathComponent(name).path
                // Copied, not moved, through SQLite: a program that has the store open keeps a valid file.
                do {
                    let current = try SessionStore(directory: directory, staleAfter: 120, busyTimeout: 5, holdingDirectoryLock: true)
                    try current.backup(to: URL(fileURLWithPath: target))
                    try current.close()
                } catch {
                    // A damaged (or foreign) file cannot be copied through SQLite: it is moved aside as it is.
                    try? FileManager.default.removeItem(atPath: target)
                    guard renameFile(file, target) == 0 else {
                        throw StoreError.cannotSetAside(path: file, detail: String(cString: strerror(errno)))
                    }
                    _ = renameFile(file + "-journal", target + "-journal")
                }
                kept = target
            }
            // The backup's pages are copied into the store through SQLite's backup, under its locks.
            let fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            if fd >= 0 { _ = Darwin_or_Glibc_close(fd) }
            var config = Configuration()
            config.readonly = true
            let source = try DatabaseQueue(path: url.path, configuration: config)
            let target = try DatabaseQueue(path: file)
            do {
                try source.backup(to: target)
                try source.close()
                try target.close()
            } catch {
                throw StoreError.from(error, path: file, busySeconds: 5)
            }
            // Migrated on the next open (an older backup), like any older store.
            let reopened = try SessionStore(directory: directory, staleAfter: 120, busyTimeout: 5, holdingDirectoryLock: true)
            try reopened.close()
            return (kept, count)
        }
    }
}

/// rename(2), not shadowed by `SessionStore.rename(id:to:)`.
private func renameFile(_ from: String, _ to: String) -> Int32 { rename(from, to) }

/// close(2), not shadowed by `SessionStore.close()`.
private func Darwin_or_Glibc_close(_ fd: Int32) -> Int32 { close(fd) }
