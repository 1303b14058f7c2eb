import Foundation
import GRDB
import Testing
@testable import GuideCore

@Suite("Client fields")
struct ClientFieldsTests {
    static let fields = ClientFields(fileNumber: "2026-0417, A", uci: "00-1234-5678", tags: ["spouse PA", "urgent"], note: "Called 3 Nov.\nSends ECA \"soon\".")

    @Test("saved, listed, kept by save and duplicate, exported and imported back exactly")
    func roundTrip() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let s = try store.create(name: "Ana", profile: profileWithDeadlines())
        let stored = try store.setClientFields(id: s.id, Self.fields)
        #expect(stored.client == Self.fields)
        #expect(stored.revision == s.revision + 1)
        let row = try #require(try store.list().first { $0.id == s.id })
        #expect(row.fileNumber == "2026-0417, A" && row.uci == "00-1234-5678" && row.tags == ["spouse PA", "urgent"])
        // A save of the answers keeps the fields; a copy carries them.
        var edited = try store.load(id: s.id)
        edited.profile.settlementFundsCAD = 20_000
        #expect(try store.save(edited).client == Self.fields)
        #expect(try store.duplicate(id: s.id, name: "Ana (copy)").client == Self.fields)
        // Export → import → export: the same bytes, the fields under _session.
        let json = try store.exportJSON(id: s.id)
        let tree = try JSONSerialization.jsonObject(with: json) as! [String: Any]
        let info = try #require(tree["_session"] as? [String: Any])
        #expect(info["fileNumber"] as? String == "2026-0417, A")
        #expect(info["tags"] as? [String] == ["spouse PA", "urgent"])
        let back = try store.importJSON(json)
        #expect(back.client == Self.fields)
        #expect(try store.exportJSON(id: back.id) == json)
    }

    @Test("a session without client fields exports as before (no new keys)")
    func emptyExportUnchanged() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let s = try store.create(name: "Plain")
        let text = String(decoding: try store.exportJSON(id: s.id), as: UTF8.self)
        for key in ["fileNumber", "uci", "tags", "note"] { #expect(!text.contains("\"\(key)\"")) }
    }

    @Test("bad values are refused with the field named; tags are trimmed and deduplicated")
    func checks() throws {
        #expect(throws: StoreError.self) { try ClientFields(uci: "12AB").checked() }
        #expect(throws: StoreError.self) { try ClientFields(fileNumber: "a\tb").checked() }
        #expect(throws: StoreError.self) { try ClientFields(note: String(repeating: "x", count: 2001)).checked() }
        #expect(try ClientFields(fileNumber: "  ", tags: [" a ", "A", "b", ""]).checked() == ClientFields(tags: ["a", "b"]))
        #expect(throws: StoreError.badImport(field: "_session", message: "The UCI can have only digits and dashes (IRCC writes it 0000-0000 or 00-0000-0000).")) {
            try SessionStore.readImport(Data(#"{"_session": {"name": "X", "uci": "abc"}}"#.utf8))
        }
    }

    @Test("a v3 store (schema rebuilt with raw SQL) opens, migrates to v4, and keeps its sessions")
    func v3StoreOpens() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let q = try DatabaseQueue(path: dir.appendingPathComponent(SessionStore.fileName).path)
        try q.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1-sessions'), ('v2-manager-locks'), ('v3-lock-process-start');
                CREATE TABLE session (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, profile TEXT NOT NULL, step TEXT NOT NULL,
                  questionID TEXT, createdAt DATETIME NOT NULL, updatedAt DATETIME NOT NULL, revision INTEGER NOT NULL,
                  nextDeadline TEXT, nextDeadlineLabel TEXT);
                CREATE INDEX session_on_updatedAt ON session(updatedAt);
                CREATE TABLE session_lock (sessionID TEXT PRIMARY KEY NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                  owner TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, since DATETIME NOT NULL, heartbeat DATETIME NOT NULL, process TEXT);
                INSERT INTO session VALUES ('11111111-2222-3333-4444-555555555555', 'Old client', '{}', 'stream', NULL,
                  '2026-01-05 10:00:00.000', '2026-01-05 10:00:00.000', 3, NULL, NULL);
                """)
        }
        try q.close()
        let store = try SessionStore(directory: dir)
        let s = try store.load(id: "11111111-2222-3333-4444-555555555555")
        #expect(s.name == "Old client" && s.revision == 3 && s.client == ClientFields())
        #expect(try store.setClientFields(id: s.id, ClientFields(fileNumber: "F-1")).client.fileNumber == "F-1")
    }
}
