import Foundation
import GRDB
import Testing
@testable import GuideCore

private func tempDir() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("oinp-store-\(UUID().uuidString)", isDirectory: true)
}

private func mode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

@Suite("Session store")
struct SessionStoreTests {
    @Test("a session round-trips: profile, position, name, revision")
    func roundTrip() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        var s = try store.create(name: "Ana Souza — 李")
        #expect(s.revision == 1)
        #expect(try store.load(id: s.id) == s)     // what create returns is what was stored, dates included
        s.profile.dateOfBirth = LocalDate(year: 1991, month: 2, day: 28)
        s.position = JourneyPosition(step: .criteria, questionID: "dateOfBirth")
        let saved = try store.save(s)
        #expect(saved.revision == 2)
        #expect(try store.load(id: s.id) == saved)
        let loaded = try SessionStore(directory: dir).load(id: s.id)
        #expect(loaded.profile == s.profile)
        #expect(loaded.position == s.position)
        #expect(loaded.name == "Ana Souza — 李")
        #expect(loaded.revision == 2)
        #expect(try store.list().map(\.id) == [s.id])
    }

    @Test("the folder is 0700 and the file 0600")
    func permissions() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try SessionStore(directory: dir)
        #expect(try mode(dir.path) == 0o700)
        #expect(try mode(dir.appendingPathComponent(SessionStore.fileName).path) == 0o600)
    }

    @Test("the rollback journal is 0600 too, even with a permissive umask, and a loose folder is tightened")
    func journalPermissions() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let old = umask(0o022)
        defer { umask(old) }
        let store = try SessionStore(directory: dir)
        #expect(try mode(dir.path) == 0o700)
        let s = try store.create(name: "x")
        let journal = store.fileURL.path + "-journal"
        let seen: Int = try store.db.write { db in
            try db.execute(sql: "UPDATE session SET name = 'y' WHERE id = ?", arguments: [s.id])
            return try mode(journal)      // the journal exists while the transaction is open
        }
        #expect(seen == 0o600)
        #expect(try mode(store.fileURL.path) == 0o600)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        for name in names { #expect(try mode(dir.appendingPathComponent(name).path) == 0o600, "\(name)") }
    }

    @Test("a save based on an old revision is refused: no lost update between two instances")
    func conflict() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try SessionStore(directory: dir)
        let b = try SessionStore(directory: dir)
        let created = try a.create(name: "x")
        var inA = try a.load(id: created.id)
        var inB = try b.load(id: created.id)
        inA.profile.dateOfBirth = LocalDate(year: 1990, month: 1, day: 1)
        _ = try a.save(inA)
        inB.profile.dateOfBirth = LocalDate(year: 1980, month: 1, day: 1)
        #expect(throws: StoreError.conflict(sessionID: created.id)) { try b.save(inB) }
        #expect(try a.load(id: created.id).profile.dateOfBirth == LocalDate(year: 1990, month: 1, day: 1))
    }

    @Test("a damaged file is kept untouched beside a fresh store, with a message naming both")
    func damaged() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try DataLocation.prepare(dir)
        let file = dir.appendingPathComponent(SessionStore.fileName)
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: file)
        let (store, notice) = try SessionStore.openRecovering(directory: dir)
        let message = try #require(notice)
        #expect(message.contains("was damaged, so it was set aside unchanged as"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("sessions.sqlite.damaged-") }
        #expect(kept.count == 1)
        #expect(try Data(contentsOf: dir.appendingPathComponent(kept[0])) == garbage)
        #expect(message.contains(kept[0]))
        #expect(try store.list().isEmpty)
    }

    @Test("a file written by a newer version is refused and left byte for byte as it was")
    func newerVersion() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try SessionStore(directory: dir)
        let file = dir.appendingPathComponent(SessionStore.fileName)
        let q = try DatabaseQueue(path: file.path)
        try q.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        try q.close()
        let before = try Data(contentsOf: file)
        #expect(throws: StoreError.newerVersion(path: file.path)) { _ = try SessionStore.openRecovering(directory: dir) }
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("the data folder: --data-dir, then XDG_DATA_HOME, then ~/.local/share")
    func location() {
        #expect(DataLocation.directory(override: "/x/y", environment: ["XDG_DATA_HOME": "/d"]).path == "/x/y")
        #expect(DataLocation.directory(override: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]).path == "/d/oinp-guide")
        #expect(DataLocation.directory(override: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]).path == "/h/.local/share/oinp-guide")
        #expect(DataLocation.directory(override: nil, environment: ["HOME": "/h"]).path == "/h/.local/share/oinp-guide")
    }
}
