import Foundation
import GRDB
import Testing
@testable import GuideCore

func storeTempDir() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("oinp-store-\(UUID().uuidString)", isDirectory: true)
}

func fileMode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

private func day(_ s: String) -> LocalDate { try! LocalDate.parse(s) }

/// A profile in step 3 with two deadlines: the NOI's 45 days and the Express Entry profile's 12 months.
func profileWithDeadlines() -> Profile {
    var p = Profile()
    p.dateOfBirth = day("1991-02-28")
    p.maritalStatus = .married
    p.expressEntryProfileDate = day("2025-11-03")
    p.noiDate = day("2025-12-15")
    p.filing.receivedNOI = true
    p.filing.expressEntryProfileNumber = "E001234567"
    p.languageTests = [LanguageTest(type: .ieltsGeneral, testDate: day("2025-06-01"),
                                    scores: LanguageScores(reading: 8, writing: 7, listening: 8.5, speaking: 7.5))]
    return p
}

@Suite("Session manager")
struct SessionManagerTests {
    @Test("list shows name, step, last change and the next deadline, most recent first, without decoding profiles")
    func listRows() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let t0 = Date(timeIntervalSince1970: 1_767_225_600)
        let empty = try store.create(name: "Empty", now: t0)
        let full = try store.create(name: "Ana", profile: profileWithDeadlines(),
                                    position: JourneyPosition(step: .oinp, questionID: "noiDate"), now: t0.addingTimeInterval(10))
        let rows = try store.list()
        #expect(rows.map(\.id) == [full.id, empty.id])
        #expect(rows[0].name == "Ana" && rows[0].step == .oinp && rows[0].updatedAt == t0.addingTimeInterval(10))
        // 2025-12-15 + 45 days = 2026-01-29: earlier than the profile's expiry (2026-11-03).
        #expect(rows[0].nextDeadline == day("2026-01-29"))
        #expect(rows[0].nextDeadlineLabel == "OINP must receive your application by")
        #expect(rows[1].nextDeadline == nil)
        #expect(SessionSummary(try store.load(id: full.id)) == rows[0])

        // The deadline column follows the answers: applying clears the NOI deadline.
        var s = try store.load(id: full.id)
        s.profile.filing.oinpApplicationSubmitted = day("2026-01-10")
        try store.save(s, now: t0.addingTimeInterval(20))
        #expect(try store.list()[0].nextDeadline == day("2026-11-03"))

        // Listing reads only the columns: a profile that cannot be decoded does not break it.
        let q = try DatabaseQueue(path: store.fileURL.path)
        try q.write { try $0.execute(sql: "UPDATE session SET profile = 'not json' WHERE id = ?", arguments: [empty.id]) }
        try q.close()
        #expect(try store.list().count == 2)
    }

    @Test("rename, duplicate (a copy of the answers under a new name) and delete")
    func renameDuplicateDelete() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let original = try store.create(name: "Ana", profile: profileWithDeadlines(), position: JourneyPosition(step: .oinp, questionID: "noiDate"))
        let renamed = try store.rename(id: original.id, to: "  Ana Souza  ")
        #expect(renamed.name == "Ana Souza" && renamed.revision == 2)

        let copy = try store.duplicate(id: original.id, name: "Ana — spouse as principal")
        #expect(copy.id != original.id && copy.revision == 1)
        let loadedCopy = try store.load(id: copy.id)
        #expect(loadedCopy.profile == original.profile && loadedCopy.position == original.position)
        // The copy is independent.
        var edited = loadedCopy
        edited.profile.dateOfBirth = day("1989-07-01")
        try store.save(edited)
        #expect(try store.load(id: original.id).profile.dateOfBirth == day("1991-02-28"))

        #expect(throws: StoreError.invalid("A session name cannot be empty.")) { try store.rename(id: copy.id, to: "  ") }
        #expect(throws: StoreError.self) { try store.rename(id: copy.id, to: "a\nb") }
        #expect(throws: StoreError.notFound(sessionID: "nope")) { try store.rename(id: "nope", to: "x") }

        try store.delete(id: original.id)
        #expect(throws: StoreError.notFound(sessionID: original.id)) { try store.load(id: original.id) }
        #expect(throws: StoreError.notFound(sessionID: original.id)) { try store.delete(id: original.id) }
        #expect(try store.list().map(\.id) == [copy.id])
    }

    @Test("an id can be given as a unique prefix, in any case")
    func prefixes() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let a = try store.create(name: "a")
        // 17 more ids of hexadecimal digits: at least two share their first character.
        let more = try store.createMany((0..<17).map { ("s\($0)", Profile(), JourneyPosition()) })
        #expect(try store.resolve(a.id) == a.id)
        #expect(try store.resolve(String(a.id.prefix(8)).lowercased()) == a.id)
        let byFirst = Dictionary(grouping: more + [a], by: { $0.id.prefix(1) })
        let (shared, group) = try #require(byFirst.first { $0.value.count > 1 })
        #expect(throws: StoreError.ambiguous(prefix: String(shared), matches: group.count)) { try store.resolve(String(shared)) }
        #expect(throws: StoreError.notFound(sessionID: "%")) { try store.resolve("%") }  // a literal %, not a wildcard
        #expect(throws: StoreError.notFound(sessionID: "_")) { try store.resolve("_") }
        #expect(throws: StoreError.invalid("An empty session id was given.")) { try store.resolve(" ") }
    }

    @Test("10,000 sessions: list gives every row with its deadline, and one of them opens")
    func scale() throws {
        // How fast is measured in bench/ (metrics_store.py: "list 10000 sessions"), not here: a timed
        // assertion fails on a busy machine and passes on a fast one without checking the code.
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let profile = profileWithDeadlines()
        let made = try store.createMany((0..<10_000).map { ("Client \($0)", profile, JourneyPosition(step: .oinp)) })
        let rows = try store.list()
        #expect(rows.count == 10_000)
        #expect(rows.allSatisfy { $0.nextDeadline == day("2026-01-29") })
        #expect(Set(rows.map(\.id)) == Set(made.map(\.id)))
        let handle = try store.openForEditing(id: made[7_777].id)
        #expect(handle.session.id == made[7_777].id && handle.session.name == "Client 7777")
        handle.close()
    }
}
