import Foundation
import GRDB
import Testing
@testable import GuideCore

/// The store of a folder is opened only when there is a file, and made on the first save (start-up does
/// not create the file or run the migrations); what the first screen says must not change for it.
@Suite("Store made on the first save")
struct LazyStoreTests {
    @Test("a fresh folder: the folder is made, the file is not; nothing to list, no session to resume")
    func freshFolderHasNoFile() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stores, notice) = try LazySessionStore.open(directory: dir)
        #expect(notice == nil)
        #expect(FileManager.default.fileExists(atPath: dir.path))
        #expect(try fileMode(dir.path) == 0o700)
        #expect(!FileManager.default.fileExists(atPath: stores.fileURL.path))
        #expect(try stores.existing() == nil)
        #expect(try stores.mostRecentSummary() == nil)
        #expect(stores.readOnlyReason == nil)
        #expect(!stores.isOpen)
        // A session asked for by name on a fresh folder is "no such session", as the store would say.
        #expect(throws: StoreError.noSuchSession(given: "Ana")) { try stores.findSession("Ana") }
        #expect(!FileManager.default.fileExists(atPath: stores.fileURL.path))
    }

    @Test("the first write makes the file (0600, migrated); a restart opens it and finds the session")
    func firstWriteMakesTheStore() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stores, _) = try LazySessionStore.open(directory: dir)
        var s = try stores.forWriting().create(name: "Ana")
        s.profile = profileWithDeadlines()
        s = try stores.forWriting().save(s)
        #expect(try fileMode(stores.fileURL.path) == 0o600)
        #expect(try stores.forWriting().integrityCheck() == "ok")

        let (again, notice) = try LazySessionStore.open(directory: dir)
        #expect(notice == nil && again.isOpen)
        #expect(try again.mostRecentSummary()?.id == s.id)
        #expect(try again.existing()?.load(id: s.id).profile == profileWithDeadlines())
    }

    @Test("a file made by another program after the start is found without restarting")
    func fileMadeMeanwhileIsFound() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stores, _) = try LazySessionStore.open(directory: dir)
        #expect(try stores.existing() == nil)
        let other = try SessionStore(directory: dir)
        let s = try other.create(name: "Made elsewhere")
        #expect(try stores.existing()?.list().map(\.id) == [s.id])
    }

    @Test("a read-only folder without a file: the reason is known at the start, and no file is ever made")
    func readOnlyFolder() throws {
        let dir = storeTempDir()
        defer {
            chmod(dir.path, 0o700)
            try? FileManager.default.removeItem(at: dir)
        }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        chmod(dir.path, 0o500)
        let (stores, _) = try LazySessionStore.open(directory: dir)
        let reason = try #require(stores.readOnlyReason)
        #expect(reason.contains("read-only"))
        // Writing is refused with the same reason a store opened at once would give.
        #expect(throws: StoreError.readOnly(path: dir.path, reason: reason)) { try stores.forWriting().create(name: "x") }
        #expect(!FileManager.default.fileExists(atPath: stores.fileURL.path))
        #expect(try SessionStore(directory: dir).readOnlyReason == reason)
    }

    @Test("a folder path that is a file is refused at the start, as before")
    func folderIsAFile() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        FileManager.default.createFile(atPath: dir.path, contents: Data("x".utf8))
        #expect(throws: StoreError.notAFolder(path: dir.path)) { try LazySessionStore.open(directory: dir) }
    }

    @Test("a damaged file is still set aside at the start, with its notice")
    func damagedFileAtStart() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(SessionStore.fileName)
        let junk = Data(repeating: 0x5A, count: 8192)
        try junk.write(to: file)
        let (stores, notice) = try LazySessionStore.open(directory: dir)
        #expect(notice != nil)
        #expect(stores.isOpen)
        let kept = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".damaged-") }
        #expect(kept.count == 1)
        #expect(try Data(contentsOf: dir.appendingPathComponent(kept[0])) == junk)   // byte for byte
    }

    @Test("another program's database is still refused and left byte for byte")
    func foreignFileRefused() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(SessionStore.fileName)
        let q = try DatabaseQueue(path: file.path)
        try q.write { try $0.execute(sql: "CREATE TABLE recipes (name TEXT)") }
        try q.close()
        let before = try Data(contentsOf: file)
        #expect(throws: StoreError.self) { try LazySessionStore.open(directory: dir) }
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("insert stores a session begun in memory under its own id, as revision 1")
    func insertKeepsTheID() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        var begun = Session(name: "My application")
        begun.profile.dateOfBirth = LocalDate(year: 1990, month: 4, day: 17)
        let stored = try store.insert(begun)
        #expect(stored.id == begun.id && stored.revision == 1)
        #expect(try store.load(id: begun.id) == stored)
        #expect(try store.load(id: begun.id).profile == begun.profile)
        // A second insert of the same id is refused (the first one is kept).
        #expect(throws: StoreError.self) { try store.insert(begun) }
        #expect(try store.count() == 1)
    }
}
