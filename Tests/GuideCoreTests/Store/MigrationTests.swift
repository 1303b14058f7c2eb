import Foundation
import GRDB
import Testing
@testable import GuideCore

/// `Fixtures/v1-sessions.sqlite` was written by the v1 code (schema "v1-sessions" only) before v2 existed:
/// two sessions, "Ana Souza — 李" (revision 2, step oinp, question noiDate, an NOI on 2025-12-15) and "Empty".
private let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/v1-sessions.sqlite")

@Suite("Schema versions")
struct MigrationTests {
    @Test("a store written by v1 opens in this version with its data intact, and gains the v2 columns")
    func fromV1() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try DataLocation.prepare(dir)
        let file = dir.appendingPathComponent(SessionStore.fileName)
        try FileManager.default.copyItem(at: fixture, to: file)
        let before = try DatabaseQueue(path: file.path)
        let v1Rows = try before.read { try Row.fetchAll($0, sql: "SELECT * FROM session ORDER BY name") }
        #expect(try before.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == ["v1-sessions"])
        try before.close()

        let store = try SessionStore(directory: dir)
        let rows = try store.list()
        #expect(rows.map(\.name) == ["Ana Souza — 李", "Empty"])
        let ana = try store.load(id: rows[0].id)
        #expect(ana.revision == 2 && ana.position == JourneyPosition(step: .oinp, questionID: "noiDate"))
        #expect(ana.profile.dateOfBirth == LocalDate(year: 1991, month: 2, day: 28))
        #expect(ana.profile.languageTests.first?.scores.listening == 8.5)
        #expect(ana.createdAt == Date(timeIntervalSince1970: 1_767_225_600))
        #expect(ana.updatedAt == Date(timeIntervalSince1970: 1_767_225_600 + 3600))
        // The deadline column was filled in from the stored answers.
        #expect(rows[0].nextDeadline == LocalDate(year: 2026, month: 1, day: 29))
        #expect(rows[1].nextDeadline == nil)

        // Every v1 column kept its value.
        let q = try DatabaseQueue(path: file.path)
        let after = try q.read { try Row.fetchAll($0, sql: "SELECT * FROM session ORDER BY name") }
        #expect(after.count == v1Rows.count)
        for (old, new) in zip(v1Rows, after) {
            for column in old.columnNames { #expect(old[column] as DatabaseValue == new[column] as DatabaseValue, "\(column)") }
        }
        #expect(try q.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") } == SessionStore.schemaVersions)
        try q.close()

        // And it works as a v2 store: lock, save.
        let h = try store.openForEditing(id: ana.id)
        var edited = h.session
        edited.profile.numberOfChildren = 1
        #expect(try h.save(edited).revision == 3)
        h.close()
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("the v1 schema built with raw SQL, as v1 did, migrates too")
    func fromRawV1() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try DataLocation.prepare(dir)
        let file = dir.appendingPathComponent(SessionStore.fileName)
        let q = try DatabaseQueue(path: file.path)
        try q.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                CREATE TABLE "session" ("id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "profile" TEXT NOT NULL, "step" TEXT NOT NULL, "questionID" TEXT, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL, "revision" INTEGER NOT NULL);
                CREATE INDEX "session_on_updatedAt" ON "session"("updatedAt");
                INSERT INTO grdb_migrations VALUES ('v1-sessions');
                INSERT INTO session VALUES ('X1', 'Raw', '{"noiDate":"2026-03-01","filing":{"receivedNOI":true}}', 'stream', 'q', '2026-01-01 00:00:00.000', '2026-01-02 00:00:00.000', 5);
                """)
        }
        try q.close()
        let store = try SessionStore(directory: dir)
        let s = try store.load(id: "X1")
        #expect(s.revision == 5 && s.name == "Raw" && s.position.step == .stream)
        #expect(try store.list().first?.nextDeadline == LocalDate(year: 2026, month: 4, day: 15))
    }

    @Test("a v1 program would refuse this version's file: the migration list is what it checks")
    func versionsAreOrdered() {
        #expect(SessionStore.schemaVersions == ["v1-sessions", "v2-manager-locks", "v3-lock-process-start", "v4-client-fields"])
    }
}
