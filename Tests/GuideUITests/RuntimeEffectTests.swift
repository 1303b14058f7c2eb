import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// The runtime performs effects and feeds their results back as events; Update alone writes the state.
/// Scripted terminal, real store.
@Suite("Runtime: every effect's result comes back as an event")
struct RuntimeEffectTests {
    @Test("rename, copy and delete in the session manager: the store changes and the status line says so")
    func sessionManager() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        _ = try store.create(name: "Ana")
        let saved = try store.create(name: "Bo")
        var s = AppState(resumable: SessionSummary(saved), today: today, dataDirectory: dir.path)
        // Resume screen: the third choice opens the manager; Bo (changed last) is first.
        let io = ScriptedTerminal([.key(.char("3")), .key(.enter),
                                   .key(.char("r")), .key(.end)] + keys(" B") + [.key(.enter),
                                   .key(.char("y")),
                                   .key(.end), .key(.char("d")), .key(.char("y"))])
        Runtime.run(&s, io: io, store: LiveStore(store))
        let statuses = io.frames.compactMap { f in f.lines.first { $0.hasPrefix(" Renamed") || $0.hasPrefix(" Copied") || $0.hasPrefix(" Deleted") } }
        #expect(statuses.contains(" Renamed to \"Bo B\"."))
        #expect(statuses.contains(" Copied as \"Bo B (copy)\"."))
        #expect(statuses.last == " Deleted.")
        let names = try store.list().map(\.name).sorted()
        // Ana was last on the list, and deleted; the copy and the renamed original stay.
        #expect(names == ["Bo B", "Bo B (copy)"])
        #expect(s.manager.window.rows.map(\.name).sorted() == names)          // the list on screen was read again
        #expect(s.status == "Deleted." && !s.statusIsError)
    }

    @Test("Enter on the steps creates a session and opens step 1; x on the checklist writes the file and says where")
    func createAndExport() throws {
        let dir = temporaryDirectory()
        let out = temporaryDirectory()
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir); try? FileManager.default.removeItem(at: out) }
        let store = try SessionStore(directory: dir)
        var s = AppState(today: today, dataDirectory: dir.path)
        let io = ScriptedTerminal([.key(.enter), .key(.function(2)), .key(.char("x"))])
        Runtime.run(&s, io: io, store: LiveStore(store), options: Runtime.Options(exportFolder: out))
        #expect(io.frames[1].lines[4] == "  What is your date of birth?")       // created, and step 1 opened
        #expect(try store.list().map(\.name) == ["My application"])
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.count == 1 && files[0].hasPrefix("oinp-checklist-My-application-"))
        #expect(s.status == "Checklist written to \(out.appendingPathComponent(files[0]).path)." && !s.statusIsError)
    }

    @Test("an export that cannot be written says so as an error, and nothing else changes")
    func exportFails() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        var s = AppState(today: today, dataDirectory: dir.path)
        let nowhere = dir.appendingPathComponent("no/such/folder")
        let io = ScriptedTerminal([.key(.enter), .key(.char("c")), .key(.escape), .key(.function(2)), .key(.char("x"))])
        Runtime.run(&s, io: io, store: LiveStore(store), options: Runtime.Options(exportFolder: nowhere))
        #expect(s.screen == .checklist && s.statusIsError)
        #expect((s.status ?? "").hasPrefix("Checklist not written: "))
        #expect(!FileManager.default.fileExists(atPath: nowhere.path))
    }
}
