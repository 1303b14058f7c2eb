import ArgumentParser
import Foundation
import GuideCore
import GuideUI

/// `oinp-guide sessions list|export|import|rename|duplicate|delete`: the session manager for scripts and
/// consultants. Ids may be given as a unique prefix. Errors are one line on standard error, exit status 1.
struct Sessions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List, export, import, rename, duplicate and delete saved sessions.",
        discussion: """
            A session is one applicant's answers. Give a session by its id or a unique beginning of it \
            (as shown by `sessions list`). Exports are the documented profile JSON (docs/profile-format.md) \
            with the session's name and position under "_session"; see docs/sessions.md.
            """,
        subcommands: [List.self, Export.self, Import.self, Edit.self, Rename.self, Duplicate.self, Delete.self, Backup.self, Restore.self, Stress.self, Seed.self]
    )

    /// Opens the store with private file modes; a store problem becomes one line and exit status 1. A
    /// damaged file is set aside (the same sentence as in the guide, on standard error); a store that cannot
    /// be written opens read-only, so listing and exporting still work.
    static func store(_ data: DataOptions) -> SessionStore {
        StoreOpening.forCommand(data.directory)
    }

    /// Runs `body`; any error is printed as one line on standard error and the program exits with 1.
    static func attempt<T>(_ prefix: String = "", _ body: () throws -> T) -> T {
        do {
            return try body()
        } catch {
            fail(prefix + oneLine(error), detail: ErrorText.detail(error))
        }
    }

    static func oneLine(_ error: Error) -> String {
        ErrorText.sentence(error).replacingOccurrences(of: "\n", with: " ")
    }

    static func fail(_ message: String, detail: String? = nil) -> Never {
        ErrorText.report(message, detail: detail)
        Foundation.exit(1)
    }

    static func quoted(_ name: String) -> String { "\u{201C}\(name)\u{201D}" }
}

/// The commands that only read (list, export, deadlines, a checklist...) and those that need a session
/// already saved: on a folder where nothing has been saved yet they make no store (and no folder), and say so.
extension Sessions {
    /// The store when its file is there (opened as `store` does), else nil: nothing was saved in that folder yet.
    /// A path that is a file still gets its own sentence from `store`.
    static func existingStore(_ data: DataOptions) -> SessionStore? {
        let dir = data.directory
        var isFolder: ObjCBool = false
        let there = FileManager.default.fileExists(atPath: dir.path, isDirectory: &isFolder)
        guard there, isFolder.boolValue else { return there ? store(data) : nil }
        return FileManager.default.fileExists(atPath: dir.appendingPathComponent(SessionStore.fileName).path) ? store(data) : nil
    }

    /// What to do on a folder with no sessions: start one, or import one.
    static func howToStart(_ data: DataOptions) -> String {
        let option = data.dataDir == nil ? "" : " --data-dir \(shellQuoted(data.directory.path))"
        return "Start one with: oinp-guide\(option), or add one from a profile file with: oinp-guide sessions import FILE\(option)."
    }

    /// Under an empty list from a folder with nothing saved (on standard error): why it is empty, then what to do.
    static func nothingSavedYet(_ data: DataOptions) -> String {
        "Nothing has been saved in \(data.directory.path) yet. \(howToStart(data))"
    }

    /// A session was named where nothing has been saved yet: the command fails (exit status 1), making nothing.
    /// The first sentence is the store's own for a session it does not have.
    static func failNoSessionYet(_ given: String, _ data: DataOptions) -> Never {
        let text = given.trimmingCharacters(in: .whitespaces)
        let what = text.isEmpty ? "An empty session id or name was given." : "No saved session has the id, id beginning or name \(quoted(ProfileJSON.excerpt(text)))."
        fail("\(what) Nothing has been saved in \(data.directory.path) yet. \(howToStart(data))")
    }

    /// The store holding the session `given` names, or the failure above.
    static func storeWithSession(_ given: String, _ data: DataOptions) -> SessionStore {
        guard let store = existingStore(data) else { failNoSessionYet(given, data) }
        return store
    }

    /// A path as a shell reads it back: as it is when plain, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-+~,:@".unicodeScalars.contains($0) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension Sessions {
    /// How every command that takes one session names it (the resolver's rules).
    static let sessionHelp = ArgumentHelp("The session's id, a unique beginning of it (any case), or its exact name.", valueName: "session")

    struct List: ParsableCommand {
        /// `_superCommandName`: only for the fast path (`OINPGuide.fastPath`) that parses it alone.
        static let configuration = CommandConfiguration(
            commandName: "list",
            _superCommandName: "oinp-guide sessions",
            abstract: "List the saved sessions, most recently changed first: id, name, step, last change, next deadline.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }
        enum SortKey: String, ExpressibleByArgument, CaseIterable { case name, changed, deadline }

        @OptionGroup var data: DataOptions
        @Option(help: "Output format: text (a table), json or csv.") var format: Format = .text
        @Option(name: .customLong("as-of"), help: ArgumentHelp("Count days left from this date (YYYY-MM-DD) instead of today.", valueName: "date"))
        var asOf: String?
        @Option(help: ArgumentHelp("Only sessions whose name, id, file number, UCI or tags contain every word of TEXT (any case).", valueName: "text"))
        var search: String?
        @Option(help: ArgumentHelp("Only sessions at this step (1 criteria, 2 stream, 3 OINP, 4 PR).", valueName: "n"))
        var step: Int?
        @Option(name: .customLong("due-within"), help: ArgumentHelp("Only sessions whose next deadline is at most DAYS away (overdue ones included).", valueName: "days"))
        var dueWithin: Int?
        @Option(help: "Order: changed (most recent first), name, or deadline (nearest first).") var sort: SortKey = .changed

        func validate() throws {
            if let step, !(1...4).contains(step) { throw ValidationError("--step \(step): give 1, 2, 3 or 4.") }
            if let dueWithin, dueWithin < 0 { throw ValidationError("--due-within \(dueWithin): give a number of days, 0 or more.") }
        }

        func run() throws {
            let today = try DateOption.parse(asOf)
            let query = SessionQuery(search: search ?? "", step: step.map { Step.allCases[$0 - 1] }, dueWithin: dueWithin,
                                     sort: SessionQuery.Sort(rawValue: sort.rawValue) ?? .changed)
            // A folder with nothing saved: the empty list, as an empty store gives it, and how to start (on
            // standard error, so the output stays what a script expects). No store is made.
            guard let store = Sessions.existingStore(data) else {
                Self.output([], format: format, today: today)
                ErrorText.report(Sessions.nothingSavedYet(data))
                return
            }
            // The whole store in its order: read straight from SQLite into the table's bytes.
            if format == .text, query == SessionQuery() {
                return Self.writeTable(Sessions.attempt { try store.listTable(today: today, width: Self.textWidth) })
            }
            Self.output(query.apply(Sessions.attempt { try store.list() }, today: today), format: format, today: today)
        }

        static func output(_ rows: [SessionSummary], format: Format, today: LocalDate) {
            switch format {
            case .json: print(Self.json(rows, today: today))
            case .text: Self.writeTable(SessionListTable.text(rows, today: today, width: Self.textWidth))
            case .csv: print(Self.csv(rows, today: today), terminator: "")
            }
        }

        static func csv(_ rows: [SessionSummary], today: LocalDate) -> String {
            return CSVText.table(header: ["id", "name", "file_number", "uci", "tags", "step", "updated_at", "next_deadline", "days_left", "next_deadline_label"],
                                 rows: rows.map { r in
                [r.id, r.name, r.fileNumber ?? "", r.uci ?? "", r.tags.joined(separator: ","), "\(r.step.number)", TimeText.utcISO(r.updatedAt),
                 r.nextDeadline?.description ?? "", r.nextDeadline.map { "\(today.days(until: $0))" } ?? "", r.nextDeadlineLabel ?? ""]
            })
        }

        /// Terminal columns as the guide's screens measure them.
        static let textWidth = TextWidth(ofString: { DisplayWidth.of($0) }, ofCharacter: { DisplayWidth.of($0) })

        /// The table, written to standard output as bytes.
        static func writeTable(_ table: [UInt8]) {
            fflush(nil)                                            // after anything already printed
            table.withUnsafeBufferPointer { b in
                var done = 0
                while done < b.count {
                    let n = write(1, b.baseAddress! + done, b.count - done)
                    if n < 0 { if errno == EINTR { continue } else { return } }
                    done += n
                }
            }
        }

        static func json(_ rows: [SessionSummary], today: LocalDate) -> String {
            struct Row: Encodable {
                let id, name, step: String
                let stepNumber: Int
                let updatedAt: String
                let nextDeadline: String?
                let nextDeadlineLabel: String?
                let daysLeft: Int?
                let fileNumber: String?
                let uci: String?
                let tags: [String]
            }
            let out = rows.map { r in
                Row(id: r.id, name: r.name, step: r.step.rawValue, stepNumber: r.step.number, updatedAt: TimeText.utcISO(r.updatedAt),
                    nextDeadline: r.nextDeadline?.description, nextDeadlineLabel: r.nextDeadlineLabel,
                    daysLeft: r.nextDeadline.map { today.days(until: $0) }, fileNumber: r.fileNumber, uci: r.uci, tags: r.tags)
            }
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? enc.encode(out)) ?? Data("[]".utf8), as: UTF8.self)
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a session as profile JSON to standard output, or to a file (-o) readable by you only.")

        @OptionGroup var data: DataOptions
        @Argument(help: Sessions.sessionHelp, completion: SessionCompletion.kind) var id: String
        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            let store = Sessions.storeWithSession(id, data)
            let full = Sessions.attempt { try store.findSession(id) }
            let json = Sessions.attempt { try store.exportJSON(id: full) }
            if let output, output != "-" {
                Sessions.attempt { try SessionStore.writeExport(json, to: URL(fileURLWithPath: output)) }
                let name = Sessions.attempt { try store.load(id: full).name }
                FileHandle.standardError.write(Data("Exported \(Sessions.quoted(name)) (\(full)) to \(output).\n".utf8))
            } else {
                FileHandle.standardOutput.write(json)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add a session from an exported file or a profile JSON file (- for standard input).",
            discussion: "The file is checked first; a bad file is refused with the field that is wrong, and nothing is stored.")

        @OptionGroup var data: DataOptions
        @Argument(help: ArgumentHelp("The JSON file, or - for standard input.", valueName: "file")) var file: String
        @Option(help: ArgumentHelp("Name of the new session (default: the name in the file, else \"Imported session\").", valueName: "name"))
        var name: String?
        @Option(name: .customLong("as-of"), help: ArgumentHelp("Check dates against this day (YYYY-MM-DD) instead of today.", valueName: "date"))
        var asOf: String?
        @Flag(name: .customLong("strict"), help: "Refuse a file with a key the profile format does not have (by default it is reported and ignored).")
        var strict = false

        func run() throws {
            let today = try DateOption.parse(asOf)
            let bytes: Data = Sessions.attempt { try InputFile.read(file) }
            let parsed = Sessions.attempt("\(file): not imported: ") { try SessionStore.readImport(bytes, asOf: today, strict: strict) }
            for w in parsed.warnings { FileHandle.standardError.write(Data("oinp-guide: \(file): warning: \(w.description)\n".utf8)) }
            let store = Sessions.store(data)
            let s = Sessions.attempt("\(file): not imported: ") { try store.create(from: parsed, name: name) }
            print("Imported \(Sessions.quoted(s.name)) as \(s.id).")
        }
    }

    /// The client fields a practice keeps: file number, UCI, tags, note. An option not given is kept;
    /// an empty value clears the field.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Set a session's client fields: file number, UCI, tags, note (an empty value clears one).")

        @OptionGroup var data: DataOptions
        @Argument(help: Sessions.sessionHelp, completion: SessionCompletion.kind) var id: String
        @Option(name: .customLong("file-number"), help: ArgumentHelp("The practice's own file number.", valueName: "text")) var fileNumber: String?
        @Option(help: ArgumentHelp("IRCC's Unique Client Identifier (digits and dashes).", valueName: "uci")) var uci: String?
        @Option(help: ArgumentHelp("Tags, separated by commas (replace the current ones).", valueName: "a,b")) var tags: String?
        @Option(help: ArgumentHelp("A free note (line breaks allowed).", valueName: "text")) var note: String?

        func run() throws {
            let store = Sessions.storeWithSession(id, data)
            let full = Sessions.attempt { try store.findSession(id) }
            var fields = Sessions.attempt { try store.load(id: full).client }
            if let fileNumber { fields.fileNumber = fileNumber }
            if let uci { fields.uci = uci }
            if let tags { fields.tags = tags.split(separator: ",").map(String.init) }
            if let note { fields.note = note }
            let s = Sessions.attempt { try store.setClientFields(id: full, fields) }
            let c = s.client
            print("Saved the client fields of \(Sessions.quoted(s.name)) (\(s.id)): file number \(c.fileNumber ?? "-"), UCI \(c.uci ?? "-"), tags \(c.tags.isEmpty ? "-" : c.tags.joined(separator: ", ")), note \(c.note == nil ? "none" : "\(c.note!.count) characters").")
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Rename a session.")

        @OptionGroup var data: DataOptions
        @Argument(help: Sessions.sessionHelp, completion: SessionCompletion.kind) var id: String
        @Argument(help: ArgumentHelp("The new name.", valueName: "name")) var name: String

        func run() throws {
            let store = Sessions.storeWithSession(id, data)
            let full = Sessions.attempt { try store.findSession(id) }
            let s = Sessions.attempt { try store.rename(id: full, to: name) }
            print("Renamed \(s.id) to \(Sessions.quoted(s.name)).")
        }
    }

    struct Duplicate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "duplicate",
            abstract: "Copy a session's answers into a new session (e.g. to try the spouse as principal applicant).")

        @OptionGroup var data: DataOptions
        @Argument(help: Sessions.sessionHelp, completion: SessionCompletion.kind) var id: String
        @Option(help: ArgumentHelp("Name of the copy (default: the name followed by \"(copy)\").", valueName: "name"))
        var name: String?

        func run() throws {
            let store = Sessions.storeWithSession(id, data)
            let full = Sessions.attempt { try store.findSession(id) }
            let original = Sessions.attempt { try store.load(id: full) }
            let copy = Sessions.attempt { try store.duplicate(id: full, name: name ?? "\(original.name) (copy)") }
            print("Copied \(Sessions.quoted(original.name)) to \(Sessions.quoted(copy.name)) as \(copy.id).")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a session for good (needs --yes).")

        @OptionGroup var data: DataOptions
        @Argument(help: Sessions.sessionHelp, completion: SessionCompletion.kind) var id: String
        @Flag(help: "Confirm: the session and its answers are deleted and cannot be recovered.") var yes = false

        func run() throws {
            let store = Sessions.storeWithSession(id, data)
            let full = Sessions.attempt { try store.findSession(id) }
            let s = Sessions.attempt { try store.load(id: full) }
            guard yes else {
                Sessions.fail("Not deleted: deleting \(Sessions.quoted(s.name)) (\(full)) cannot be undone; add --yes to confirm (keep a copy first with: oinp-guide sessions export \(full.prefix(8)) -o FILE).")
            }
            Sessions.attempt { try store.delete(id: full) }
            print("Deleted \(Sessions.quoted(s.name)) (\(full)).")
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy every session to FILE (SQLite's online backup: consistent even while the guide saves).")

        @OptionGroup var data: DataOptions
        @Argument(help: ArgumentHelp("The new file to write (mode 0600); an existing file is not overwritten.", valueName: "file")) var file: String

        func run() throws {
            // Nothing saved yet: nothing to back up, and no empty store made to copy.
            guard let store = Sessions.existingStore(data) else {
                Sessions.fail("Not backed up: nothing has been saved in \(data.directory.path) yet, so there is nothing to copy. \(Sessions.howToStart(data))")
            }
            let n = Sessions.attempt { try store.backup(to: URL(fileURLWithPath: file)) }
            print("Backed up \(n) session\(n == 1 ? "" : "s") to \(file).")
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Replace the saved sessions with a backup FILE; the current store is kept beside it.",
            discussion: "A file that is not an oinp-guide sessions store (or is damaged) is refused and nothing is changed. Close the guide first.")

        @OptionGroup var data: DataOptions
        @Argument(help: ArgumentHelp("A file written by `oinp-guide sessions backup`.", valueName: "file")) var file: String

        func run() throws {
            umask(0o077)
            let result = Sessions.attempt { try SessionStore.restore(from: URL(fileURLWithPath: file), into: data.directory) }
            let kept = result.keptAt.map { " The sessions that were there are kept in \($0)." } ?? ""
            print("Restored \(result.sessions) session\(result.sessions == 1 ? "" : "s") from \(file).\(kept)")
        }
    }

    /// Hidden: saves numbered answers in a loop and prints `ACK <n> <session id> <microseconds>` after each
    /// committed save. The crash-safety test kills it at random moments; the bench reads the latencies.
    struct Stress: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stress",
            abstract: "Testing: save numbered answers in a loop, acknowledging each committed save.", shouldDisplay: false)

        @OptionGroup var data: DataOptions
        @Option(name: .customLong("session"), help: "A session to save into (repeat for several; saves go round them).") var sessions: [String] = []
        @Option(help: "How many saves.") var count: Int = 100
        @Option(help: "The number of the first answer (answers are start, start+1, ...).") var start: Int = 1
        @Option(name: .customLong("pause-ms"), help: "Milliseconds to wait after each save (as a person would), 0 for none.") var pauseMs: Int = 0

        func run() throws {
            let store = Sessions.store(data)
            guard !sessions.isEmpty else { Sessions.fail("stress: give at least one --session") }
            let handles = sessions.map { id in Sessions.attempt { try store.openForEditing(id: try store.findSession(id)) } }
            var current = handles.map(\.session)
            let out = FileHandle.standardOutput
            for i in 0..<max(count, 0) {
                let k = i % handles.count
                let n = start + i
                var s = current[k]
                s.profile.settlementFundsCAD = Double(n)
                s.position.questionID = "stress-\(n)"
                let t0 = DispatchTime.now().uptimeNanoseconds
                s = Sessions.attempt { try handles[k].save(s) }
                let micros = (DispatchTime.now().uptimeNanoseconds - t0) / 1_000
                current[k] = s
                out.write(Data("ACK \(n) \(s.id) \(micros)\n".utf8))   // unbuffered: written once the save has committed
                if pauseMs > 0 { usleep(UInt32(pauseMs) * 1_000) }
            }
            handles.forEach { $0.close() }
        }
    }

    /// Hidden: adds many sessions in one transaction (benchmarks, scale tests).
    struct Seed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "seed",
            abstract: "Testing: add COUNT sessions with the same answers.", shouldDisplay: false)

        @OptionGroup var data: DataOptions
        @Option(help: "How many sessions.") var count: Int = 1000
        @Option(help: ArgumentHelp("Profile JSON for every session (default: empty).", valueName: "file")) var profile: String?

        func run() throws {
            var p = Profile()
            if let profile {
                let bytes = Sessions.attempt { try InputFile.read(profile) }
                p = Sessions.attempt("\(profile): ") { try SessionStore.parseImport(bytes).profile }
            }
            let store = Sessions.store(data)
            let items = (0..<max(count, 0)).map { (name: "Client \($0 + 1)", profile: p, position: JourneyPosition()) }
            let made = Sessions.attempt { try store.createMany(items) }
            print("Added \(made.count) sessions.")
        }
    }
}

/// Shell completion where a session is expected: the saved sessions' names (and short ids), read from the
/// store the command line names with --data-dir, else the usual one. Never changes anything.
enum SessionCompletion {
    static let kind: CompletionKind = .custom { args, _, prefix in names(args, prefix: prefix) }

    static func names(_ args: [String], prefix: String) -> [String] {
        var override: String?
        for (i, a) in args.enumerated() {
            if a == "--data-dir", i + 1 < args.count { override = args[i + 1] }
            if a.hasPrefix("--data-dir=") { override = String(a.dropFirst("--data-dir=".count)) }
        }
        let dir = DataLocation.directory(override: override)
        guard FileManager.default.fileExists(atPath: dir.appendingPathComponent(SessionStore.fileName).path),
              let store = try? SessionStore(directory: dir), let rows = try? store.list() else { return [] }
        let words = rows.map(\.name) + rows.map { String($0.id.prefix(8)).lowercased() }
        return words.filter { prefix.isEmpty || $0.lowercased().hasPrefix(prefix.lowercased()) }
    }
}
