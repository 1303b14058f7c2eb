import Foundation
import Testing

/// On a folder where nothing has been saved, the commands that only read (and those that name a session)
/// make no store and no folder: they say there is nothing saved yet, then how to start.
extension EndToEnd {
@Suite("read-only commands on a fresh folder", .serialized, .enabled(if: Binary.path != nil, "needs the built oinp-guide binary"))
struct FreshFolderReadTests {
    let binary = Binary.path ?? ""

    /// The sentence under an empty list, with this folder in it, on one line of standard error.
    func hint(_ dir: URL) -> String {
        "oinp-guide: Nothing has been saved in \(dir.path) yet. Start one with: oinp-guide --data-dir \(dir.path), "
            + "or add one from a profile file with: oinp-guide sessions import FILE --data-dir \(dir.path).\n"
    }

    @Test("list, deadlines and the all-sessions checklist give their empty output, say how to start, and make nothing")
    func emptyLists() throws {
        // A folder that is not there, and one that is there but empty: both stay as they were.
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-fresh-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let missing = parent.appendingPathComponent("not-there", isDirectory: true)
        let empty = parent.appendingPathComponent("empty", isDirectory: true)
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for dir in [missing, empty] {
            let d = ["--data-dir", dir.path]
            let cases: [([String], String)] = [
                (["sessions", "list"], "No saved sessions.\n"),
                (["sessions", "list", "--format", "csv"], "id,name,file_number,uci,tags,step,updated_at,next_deadline,days_left,next_deadline_label\r\n"),   // CSV lines end in CRLF (RFC 4180)
                (["sessions", "list", "--search", "ana", "--format", "json"], "[\n\n]\n"),
                (["deadlines", "--as-of", "2026-12-02"], "No dated deadlines as of 2026-12-02.\n"),
                (["checklist", "--all-sessions", "--as-of", "2026-12-02"], "# Document checklists (missing), as of 2026-12-02\n\n"),
                (["assess", "--all-sessions", "--format", "json", "--as-of", "2026-12-02"], "[]\n"),
                (["assess", "--all-sessions", "--format", "jsonl", "--as-of", "2026-12-02"], ""),
            ]
            for (args, out) in cases {
                let r = try CommandRun.run(binary, args + d)
                #expect(r.status == 0, "\(args): \(r.err)")
                #expect(r.out == out, "\(args)")
                #expect(r.err == hint(dir), "\(args)")
            }
            let ics = try CommandRun.run(binary, ["deadlines", "--format", "ics"] + d)
            #expect(ics.status == 0 && ics.out.hasPrefix("BEGIN:VCALENDAR") && !ics.out.contains("BEGIN:VEVENT"))
            #expect(FileManager.default.fileExists(atPath: dir.path) == (dir == empty), "\(dir.path) was made")
            if dir == empty { #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty) }
        }
    }

    @Test("a session named where nothing is saved: not found, how to start, exit status 1, nothing made")
    func namedSession() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-fresh-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let d = ["--data-dir", dir.path]
        let backup = dir.deletingLastPathComponent().appendingPathComponent("oinp-fresh-backup-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: backup) }
        for args in [["sessions", "export", "ana"], ["sessions", "rename", "ana", "Bo"], ["sessions", "duplicate", "ana"],
                     ["sessions", "delete", "ana", "--yes"], ["sessions", "edit", "ana", "--uci", "1234"],
                     ["checklist", "ana"], ["deadlines", "--session", "ana"], ["assess", "--session", "ana"]] {
            let r = try CommandRun.run(binary, args + d)
            #expect(r.status == 1, "\(args)")
            #expect(r.out.isEmpty, "\(args)")
            #expect(r.err.hasPrefix("oinp-guide: No saved session has the id, id beginning or name \u{201C}ana\u{201D}. Nothing has been saved in \(dir.path) yet. "
                                    + "Start one with: oinp-guide --data-dir "), "\(args): \(r.err)")
            #expect(r.err.split(separator: "\n").count == 1, "\(args)")
        }
        let b = try CommandRun.run(binary, ["sessions", "backup", backup.path] + d)
        #expect(b.status == 1 && b.err.hasPrefix("oinp-guide: Not backed up: nothing has been saved in \(dir.path) yet"))
        #expect(!FileManager.default.fileExists(atPath: backup.path))
        #expect(!FileManager.default.fileExists(atPath: dir.path), "the folder was made")
        // Once something is saved, the same command finds it as before.
        let imported = try CommandRun.run(binary, ["sessions", "import", "-", "--name", "ana"] + d, stdin: #"{"dateOfBirth": "1991-02-28"}"#)
        #expect(imported.status == 0, "\(imported.err)")
        let listed = try CommandRun.run(binary, ["sessions", "list", "--format", "csv"] + d)
        #expect(listed.status == 0 && listed.err.isEmpty && listed.out.contains(",ana,"))
        #expect(try CommandRun.run(binary, ["sessions", "export", "ana"] + d).status == 0)
    }
}
}
