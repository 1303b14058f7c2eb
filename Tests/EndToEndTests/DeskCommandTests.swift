import Foundation
import GuideCore
import Testing

/// The consultant's desk on the command line: 300 seeded sessions, each new command run as a user would.
@Suite("desk commands", .serialized, .enabled(if: Binary.path != nil, "needs the built oinp-guide binary"))
struct DeskCommandTests {
    let binary = Binary.path ?? ""
    typealias Result = CommandRun.Result

    @discardableResult
    func run(_ args: [String], stdin: String? = nil) throws -> Result { try CommandRun.run(binary, args, stdin: stdin) }

    func tempDir() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("oinp-desk-\(UUID().uuidString)", isDirectory: true)
    }

    /// 300 sessions: names with commas and quotes, a third with an NOI (45 days), a third with an ITA (60 days).
    func seed(_ dir: URL) throws -> (UInt64, [Session]) {
        let seed = UInt64(ProcessInfo.processInfo.environment["DESK_SEED"] ?? "") ?? 4_242   // fixed by default so CI is repeatable; DESK_SEED runs another
        print("DeskCommandTests seed: \(seed) (replay with DESK_SEED=\(seed))")
        let store = try SessionStore(directory: dir)
        var rng = seed
        func next(_ n: Int) -> Int { rng = rng &* 6364136223846793005 &+ 1442695040888963407; return Int((rng >> 33) % UInt64(n)) }
        let today = try LocalDate.parse("2026-12-01")
        var items: [(name: String, profile: Profile, position: JourneyPosition)] = []
        let names = ["O'Brien, Pat", "Lee \"Jr\"", "Zoë Ñúñez", "Ana Souza", "Smith; Jones"]
        for i in 0..<300 {
            var p = Profile()
            switch next(3) {
            case 1: p.noiDate = today.adding(days: -next(60)); p.filing.receivedNOI = true
            case 2: p.filing.receivedITA = true; p.filing.itaDate = today.adding(days: -next(70))
            default: break
            }
            items.append(("\(names[next(names.count)]) \(i + 1)", p, JourneyPosition(step: Step.allCases[next(4)])))
        }
        let made = try store.createMany(items)
        try store.close()
        return (seed, made)
    }

    /// A minimal CSV reader for the checks here (RFC 4180 quoting); the quoting itself is checked against
    /// SwiftCSV in GuideCoreTests (DeskReportTests.csvQuoting).
    func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var it = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() { if n == "\"" { field.append("\"") } else { quoted = false; pending = n } } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test("sessions list: --search, --step, --due-within, --sort, --format csv|json over 300 sessions")
    func listFilters() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (_, made) = try seed(dir)
        let d = ["--data-dir", dir.path, "--as-of", "2026-12-01"]
        let csv = try run(["sessions", "list", "--format", "csv"] + d)
        #expect(csv.status == 0)
        let rows = parseCSV(csv.out)
        #expect(rows.count == 301)
        #expect(Set(rows.dropFirst().map { $0[1] }) == Set(made.map(\.name)))
        let due = try run(["sessions", "list", "--due-within", "14", "--sort", "deadline", "--format", "csv"] + d)
        let dueRows = parseCSV(due.out).dropFirst()
        #expect(dueRows.allSatisfy { Int($0[8]) ?? 99 <= 14 })
        let days = dueRows.map { Int($0[8]) ?? 0 }
        #expect(days == days.sorted())
        let target = made[123]
        let found = try run(["sessions", "list", "--search", "\(target.name.split(separator: " ").last!)", "--format", "json"] + d)
        #expect(found.out.contains(target.id))
        let step = try run(["sessions", "list", "--step", "3", "--format", "csv"] + d)
        #expect(parseCSV(step.out).dropFirst().allSatisfy { $0[5] == "3" })
        #expect(try run(["sessions", "list", "--step", "7"] + d).status == 64)
    }

    @Test("assess --all-sessions csv|jsonl and --session, checklist --all-sessions, deadlines csv|ics, in one process each")
    func reports() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (_, made) = try seed(dir)
        let d = ["--data-dir", dir.path, "--as-of", "2026-12-01"]
        let csv = try run(["assess", "--all-sessions", "--format", "csv"] + d)
        #expect(csv.status == 0, "\(csv.err)")
        #expect(parseCSV(csv.out).count == 301)
        let jsonl = try run(["assess", "--all-sessions", "--format", "jsonl"] + d)
        #expect(jsonl.out.split(separator: "\n").count == 300)
        let json = try run(["assess", "--all-sessions", "--format", "json"] + d)
        let array = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [Any]
        #expect(array?.count == 300)
        let one = try run(["assess", "--session", String(made[5].id.prefix(8)).lowercased(), "--format", "json"] + d)
        #expect(one.status == 0 && one.out.contains("\"crs\""))
        let check = try run(["checklist", "--all-sessions", "--status", "missing", "--format", "csv"] + d)
        #expect(check.status == 0)
        #expect(Set(parseCSV(check.out).dropFirst().map { $0[0] }) == Set(made.map(\.id)))
        let md = try run(["checklist", "--all-sessions", "--format", "markdown"] + d)
        #expect(md.out.components(separatedBy: "\n## ").count == 301)
        // The resolver is the same everywhere: a lower-case id prefix works for checklist too.
        #expect(try run(["checklist", String(made[9].id.prefix(8)).lowercased()] + d).status == 0)
        let dl = try run(["deadlines", "--due-within", "14", "--format", "csv"] + d)
        let dlRows = parseCSV(dl.out).dropFirst()
        #expect(dlRows.allSatisfy { (Int($0[6]) ?? 99) <= 14 })
        let ics1 = try run(["deadlines", "--format", "ics"] + d).out
        let ics2 = try run(["deadlines", "--format", "ics"] + d).out
        let uid = { (s: String) in s.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(!uid(ics1).isEmpty && uid(ics1) == uid(ics2))
        let one2 = try run(["deadlines", "--session", made[0].id] + d)
        #expect(one2.status == 0)
    }

    @Test("guide --plain --session opens the named session, not the last changed one")
    func plainSession() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        var answers = Profile()
        answers.dateOfBirth = try LocalDate.parse("1991-02-28")
        _ = try store.create(name: "First client", profile: answers, position: JourneyPosition(step: .criteria, questionID: "dateOfBirth"))
        _ = try store.create(name: "Second client", now: Date().addingTimeInterval(60))
        try store.close()
        // Plain mode shows the saved answer in brackets: only the first client has one. A session under
        // way opens on the steps menu; Enter goes on to where it was left.
        let r = try run(["--plain", "--session", "First client", "--data-dir", dir.path], stdin: "\n")
        #expect(r.out.contains("1991-02-28"), "\(r.out.prefix(400))")
        let last = try run(["--plain", "--data-dir", dir.path], stdin: "")
        #expect(!last.out.contains("1991-02-28"))
        let bad = try run(["--plain", "--session", "Nobody", "--data-dir", dir.path], stdin: "")
        #expect(bad.status == 1 && bad.err.contains("Nobody"))
    }

    @Test("a backup taken while another process saves in a loop opens cleanly with every acknowledged answer")
    func backupWhileSaving() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let s = try store.create(name: "Busy client")
        let outURL = dir.deletingLastPathComponent().appendingPathComponent("oinp-desk-stress-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["sessions", "stress", "--data-dir", dir.path, "--session", s.id, "--count", "1000000"]
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = FileHandle.nullDevice
        try p.run()
        // SIGKILL: the stress loop does not stop for SIGTERM between saves, and a kill is what it is built for.
        func stop() { if p.isRunning { kill(p.processIdentifier, SIGKILL); p.waitUntilExit() } }
        defer { stop() }
        func acked() -> [Int] {
            ((try? String(contentsOf: outURL, encoding: .utf8)) ?? "").split(separator: "\n")
                .filter { $0.hasSuffix(" ") == false && $0.split(separator: " ").count == 4 }.compactMap { Int($0.split(separator: " ")[1]) }
        }
        while acked().count < 20 && p.isRunning { usleep(20_000) }
        var backups: [(URL, Int)] = []
        for i in 0..<3 {
            let before = acked().max() ?? 0           // acknowledged before the backup started
            let file = dir.deletingLastPathComponent().appendingPathComponent("oinp-desk-backup-\(UUID().uuidString)-\(i).sqlite")
            let r = try run(["sessions", "backup", file.path, "--data-dir", dir.path])
            #expect(r.status == 0, "\(r.err)")
            backups.append((file, before))
        }
        #expect(p.isRunning, "the saving process must still be running during the backups")
        stop()
        for (file, before) in backups {
            defer { try? FileManager.default.removeItem(at: file) }
            let restoreDir = tempDir()
            defer { try? FileManager.default.removeItem(at: restoreDir) }
            let r = try run(["sessions", "restore", file.path, "--data-dir", restoreDir.path])
            #expect(r.status == 0, "\(r.err)")
            let copy = try SessionStore(directory: restoreDir)
            #expect(try copy.integrityCheck() == "ok")
            let saved = try copy.load(id: s.id)
            // Every answer acknowledged before the backup began is in it (or a later one).
            #expect(Int(saved.profile.settlementFundsCAD ?? 0) >= before)
            #expect(saved.revision - 1 >= before)
        }
    }

    @Test("restore refuses a file that is not an oinp-guide store, and keeps the current store beside the restored one")
    func restoreRefusesAndKeeps() throws {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        _ = try store.create(name: "Kept")
        try store.close()
        let junk = dir.appendingPathComponent("notes.json")
        try Data("{\"a\": 1}".utf8).write(to: junk)
        let before = try Data(contentsOf: dir.appendingPathComponent("sessions.sqlite"))
        let r = try run(["sessions", "restore", junk.path, "--data-dir", dir.path])
        #expect(r.status == 1 && r.err.contains("Nothing was restored"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("sessions.sqlite")) == before)
        // A real backup of another store replaces it; the old one stays beside it.
        let other = tempDir()
        defer { try? FileManager.default.removeItem(at: other) }
        let o = try SessionStore(directory: other)
        _ = try o.create(name: "From backup")
        let file = other.appendingPathComponent("b.sqlite")
        try o.backup(to: file)
        try o.close()
        let ok = try run(["sessions", "restore", file.path, "--data-dir", dir.path])
        #expect(ok.status == 0, "\(ok.err)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        let kept = try #require(names.first { $0.hasPrefix("sessions.sqlite.before-restore-") })
        #expect(try SessionStore(directory: dir).list().map(\.name) == ["From backup"])
        let keptDir = tempDir()
        defer { try? FileManager.default.removeItem(at: keptDir) }
        try FileManager.default.createDirectory(at: keptDir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: dir.appendingPathComponent(kept), to: keptDir.appendingPathComponent("sessions.sqlite"))
        #expect(try SessionStore(directory: keptDir).list().map(\.name) == ["Kept"])
    }
}
