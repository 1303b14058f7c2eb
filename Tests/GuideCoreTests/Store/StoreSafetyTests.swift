import Foundation
import GRDB
import Testing
@testable import GuideCore

/// SHA-256 (FIPS 180-4), so "left byte for byte" is checked the way a user would check it.
func sha256(_ data: Data) -> String {
    var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
        0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
        0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
        0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
        0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
        0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]
    var bytes = [UInt8](data)
    let bitLength = UInt64(bytes.count) * 8
    bytes.append(0x80)
    while bytes.count % 64 != 56 { bytes.append(0) }
    for i in (0..<8).reversed() { bytes.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
    func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    for chunk in stride(from: 0, to: bytes.count, by: 64) {
        var w = [UInt32](repeating: 0, count: 64)
        for i in 0..<16 {
            w[i] = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[chunk + 4 * i + $1]) }
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        for i in 0..<64 {
            let t1 = hh &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[i] &+ w[i]
            let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        for (i, v) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] = h[i] &+ v }
    }
    return h.map { String(format: "%08x", $0) }.joined()
}

private func fileHash(_ url: URL) throws -> String { sha256(try Data(contentsOf: url)) }

private func mode(_ path: String) -> Int {
    var st = stat()
    return stat(path, &st) == 0 ? Int(st.st_mode & 0o7777) : -1
}

/// Files that are not ours, folders the user made read-only, damaged files found by two programs at once.
@Suite("Store safety")
struct StoreSafetyTests {
    @Test("sha256 is the standard one")
    func sha() {
        #expect(sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(sha256(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    /// Another program's database in the folder: refused, named, left byte for byte.
    @Test("a database that is not ours is refused, named, and left byte for byte", arguments: [
        "CREATE TABLE session (x); INSERT INTO session VALUES (1);",                               // no migrations table
        "CREATE TABLE grdb_migrations (identifier TEXT PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('m1'); CREATE TABLE notes (t);",
        "CREATE TABLE photos (id INTEGER PRIMARY KEY); CREATE VIEW v AS SELECT 1;",
    ])
    func foreignDatabase(sql: String) throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try DataLocation.prepare(dir)
        let file = dir.appendingPathComponent(SessionStore.fileName)
        let q = try DatabaseQueue(path: file.path)
        try q.write { try $0.execute(sql: sql) }
        try q.close()
        let before = try fileHash(file)
        for open in [{ _ = try SessionStore(directory: dir) }, { _ = try SessionStore.openRecovering(directory: dir) }] {
            do {
                try open()
                Issue.record("another program's database was opened")
            } catch let e as StoreError {
                guard case .notOurs(let path, _) = e else { Issue.record("\(e)"); continue }
                #expect(path == file.path)
                #expect(e.description.contains(file.path) && e.description.contains("--data-dir") && e.description.contains("left untouched"))
            }
        }
        #expect(try fileHash(file) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [SessionStore.fileName])
    }

    @Test("our store with a table we did not create is refused and left byte for byte")
    func ourStoreWithAForeignTable() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        try store.create(name: "Ana")
        try store.close()
        let q = try DatabaseQueue(path: store.fileURL.path)
        try q.write { try $0.execute(sql: "CREATE TABLE extra (x)") }
        try q.close()
        let before = try fileHash(store.fileURL)
        #expect(throws: StoreError.notOurs(path: store.fileURL.path, reason: "it has tables oinp-guide did not create: extra")) {
            _ = try SessionStore(directory: dir)
        }
        #expect(try fileHash(store.fileURL) == before)
    }

    @Test("permissions only lose bits: a loose folder and file are tightened, a read-only one stays read-only")
    func permissionsOnlyLoseBits() throws {
        let dir = storeTempDir()
        defer { chmod(dir.path, 0o700); try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let s = try store.create(name: "Ana")
        try store.close()
        chmod(store.fileURL.path, 0o644)
        chmod(dir.path, 0o755)
        _ = try SessionStore(directory: dir)
        #expect(mode(dir.path) == 0o700 && mode(store.fileURL.path) == 0o600)

        // Made read-only by the user: listed, loaded and exported, never made writable, changes refused.
        chmod(store.fileURL.path, 0o400)
        chmod(dir.path, 0o500)
        let before = try fileHash(store.fileURL)
        let ro = try SessionStore(directory: dir)
        #expect(ro.isReadOnly && ro.readOnlyReason == "the folder \(dir.path) is read-only")
        #expect(try ro.list().map(\.id) == [s.id])
        #expect(try ro.load(id: s.id).name == "Ana")
        #expect(try SessionStore.exportJSON(try ro.load(id: s.id)).count > 10)
        #expect(try ro.exportJSON(id: s.id).count > 10)
        #expect(try ro.resolve(String(s.id.prefix(8))) == s.id)
        #expect(throws: StoreError.readOnly(path: dir.path, reason: "the folder \(dir.path) is read-only")) { try ro.rename(id: s.id, to: "B") }
        #expect(throws: StoreError.self) { _ = try ro.openForEditing(id: s.id) }
        #expect(throws: StoreError.self) { _ = try ro.create(name: "C") }
        #expect(mode(dir.path) == 0o500 && mode(store.fileURL.path) == 0o400)
        #expect(try fileHash(store.fileURL) == before)
        // A read-only file in a writable folder is read-only too.
        chmod(dir.path, 0o700)
        #expect(try SessionStore(directory: dir).readOnlyReason == "the file \(store.fileURL.path) is read-only")
        #expect(mode(store.fileURL.path) == 0o400)
    }

    @Test("a folder holding other files (--data-dir ~ or /tmp) keeps its mode; our file in it is 0600")
    func sharedFolderKeepsItsMode() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try Data("mine".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        let store = try SessionStore(directory: dir)
        #expect(mode(dir.path) == 0o755 && mode(store.fileURL.path) == 0o600)
    }

    @Test("a read-only folder with no store yet lists no sessions and creates nothing")
    func readOnlyEmptyFolder() throws {
        let dir = storeTempDir()
        defer { chmod(dir.path, 0o700); try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o500])
        let store = try SessionStore(directory: dir)
        #expect(store.isReadOnly)
        #expect(try store.list().isEmpty && store.mostRecent() == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("a data folder that is a file, and a store that is a folder, are named")
    func notAFolder() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try DataLocation.prepare(dir)
        let file = dir.appendingPathComponent("plain.txt")
        try Data("hello".utf8).write(to: file)
        #expect(throws: StoreError.notAFolder(path: file.path)) { _ = try SessionStore(directory: file) }
        #expect(throws: StoreError.notAFolder(path: file.path)) { _ = try SessionStore(directory: file.appendingPathComponent("below")) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(SessionStore.fileName), withIntermediateDirectories: false)
        #expect(throws: StoreError.notOurs(path: dir.appendingPathComponent(SessionStore.fileName).path, reason: "it is a folder")) {
            _ = try SessionStore(directory: dir)
        }
        #expect(try Data(contentsOf: file) == Data("hello".utf8))
        #expect(StoreError.notAFolder(path: file.path).description.contains("--data-dir"))
    }

    @Test("a damaged file's set-aside name is unique: a name already taken gets a counter")
    func setAsideNameCollision() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try DataLocation.prepare(dir)
        let now = Date(timeIntervalSince1970: 1_767_225_600)
        let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "")
        let taken = dir.appendingPathComponent("\(SessionStore.fileName).damaged-\(stamp)-\(getpid())")
        try Data("an earlier copy".utf8).write(to: taken)
        let garbage = Data(repeating: 0xA5, count: 8192)
        try garbage.write(to: dir.appendingPathComponent(SessionStore.fileName))
        let (store, notice) = try SessionStore.openRecovering(directory: dir, now: now)
        #expect(try store.list().isEmpty)
        let kept = taken.path + "-1"
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept)) == garbage)
        #expect(try Data(contentsOf: taken) == Data("an earlier copy".utf8))
        #expect(notice == StoreError.damagedSentence(path: store.fileURL.path, keptAt: kept))
    }

    @Test("two programs opening one damaged store at once both succeed, on one fresh store, and say where the file went")
    func damagedByTwoAtOnce() throws {
        for round in 0..<8 {
            let dir = storeTempDir()
            defer { try? FileManager.default.removeItem(at: dir) }
            try DataLocation.prepare(dir)
            let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ round) })
            try garbage.write(to: dir.appendingPathComponent(SessionStore.fileName))
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                do {
                    let (store, notice) = try SessionStore.openRecovering(directory: dir)
                    let s = try store.create(name: "made here")
                    results.add(notice, s.id)
                } catch {
                    results.fail("\(error)")
                }
            }
            #expect(results.failures.isEmpty, "round \(round): \(results.failures)")
            let kept = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".damaged-") }
            #expect(kept.count == 1, "round \(round): \(kept)")
            #expect(try Data(contentsOf: dir.appendingPathComponent(kept[0])) == garbage)
            // Both sessions are in the one fresh store.
            #expect(try Set(SessionStore(directory: dir).list().map(\.id)) == Set(results.ids))
            // Whoever set it aside says so; the other (if it saw the damage too) names the same copy.
            #expect(results.notices.contains { $0?.contains(kept[0]) == true })
            #expect(results.notices.allSatisfy { $0 == nil || $0!.contains(kept[0]) })
        }
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var notices: [String?] = []
        private(set) var ids: [String] = []
        private(set) var failures: [String] = []
        func add(_ n: String?, _ id: String) { lock.lock(); notices.append(n); ids.append(id); lock.unlock() }
        func fail(_ f: String) { lock.lock(); failures.append(f); lock.unlock() }
    }

    @Test("a save while another connection holds the file waits, then says the file is busy and changes nothing")
    func busy() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir, busyTimeout: 0.3)
        var s = try store.create(name: "Ana")
        let other = try DatabaseQueue(path: store.fileURL.path)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            s.profile.numberOfChildren = 2
            #expect(throws: StoreError.busy(path: store.fileURL.path, seconds: 1)) { try store.save(s) }
            try db.execute(sql: "ROLLBACK")
        }
        try other.close()
        #expect(try store.load(id: s.id).profile.numberOfChildren == nil)
        #expect(try store.save(s).revision == 2)
        #expect(!StoreError.busy(path: "/x", seconds: 1).description.contains("SQLite"))
    }
}
