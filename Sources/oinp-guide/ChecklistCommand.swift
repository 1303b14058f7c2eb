import ArgumentParser
import Foundation
import GuideCore

/// `oinp-guide checklist SESSION [--format markdown|json] [--as-of DATE] [--data-dir DIR] [-o FILE]`
/// or `oinp-guide checklist --profile FILE.json …`: the document checklist derived from the answers.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Print the document checklist of a saved session or a profile file (Markdown or JSON).",
        discussion: """
            SESSION is a session id, a unique prefix of one, or a session's exact name. With --profile, \
            the answers come from a profile file instead (docs/profile-format.md; - for standard input). \
            The checklist follows from the answers: OINP documents on the HCP route, PR documents always, \
            spouse and children documents when they apply, a police certificate per country, a reference \
            letter per job. Items that expire before their step's deadline are flagged. With -o the \
            output file is readable by you only (0600).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json, csv }
    enum StatusFilter: String, ExpressibleByArgument, CaseIterable { case missing, expiring, all }

    @Argument(help: ArgumentHelp("Session id, unique id prefix, or exact session name.", valueName: "SESSION"), completion: SessionCompletion.kind)
    var session: String?

    @Option(name: .customLong("profile"), help: ArgumentHelp("Read the answers from this profile JSON file instead of a session (- for standard input).", valueName: "FILE.json"))
    var profilePath: String?

    @Option(name: .customLong("format"), help: "Output format: markdown or json (one session), markdown or csv (--all-sessions).")
    var format: Format = .markdown

    @Flag(name: .customLong("all-sessions"), help: "The checklists of every saved session, one after the other.")
    var allSessions = false

    @Option(name: .customLong("status"), help: "With --all-sessions: which items, missing (needed or requested), expiring, or all.")
    var status: StatusFilter = .missing

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Derive the checklist on this date (YYYY-MM-DD) instead of today.", valueName: "date"))
    var asOf: String?

    @OptionGroup var data: DataOptions

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "FILE"))
    var output: String?

    func validate() throws {
        let sources = (session == nil ? 0 : 1) + (profilePath == nil ? 0 : 1) + (allSessions ? 1 : 0)
        if sources == 0 { throw ValidationError("Give a SESSION, --profile FILE.json, or --all-sessions.") }
        if sources > 1 { throw ValidationError("Give one of a SESSION, --profile or --all-sessions.") }
        if allSessions, format == .json { throw ValidationError("--all-sessions writes markdown or csv; give --format markdown or csv.") }
        if !allSessions, format == .csv { throw ValidationError("--format csv is for --all-sessions; give markdown or json.") }
    }

    func run() throws {
        let today = try DateOption.parse(asOf)
        if allSessions {
            // Nothing saved in this folder yet: the report of no session, how to start on standard error, no store made.
            let store = Sessions.existingStore(data)
            let text = try Self.allSessions(store, today: today, filter: status, format: format)
            if let output { try Self.writePrivate(text, to: output) } else { print(text, terminator: "") }
            if store == nil { ErrorText.report(Sessions.nothingSavedYet(data)) }
            return
        }
        let (profile, title) = try loadProfile()
        for issue in profile.validate(asOf: today) {
            ErrorText.report("warning: \(issue.description)")
        }
        let report = Checklist.report(profile, today: today, title: title)
        let text: String
        switch format {
        case .markdown: text = Checklist.markdown(report)
        case .json, .csv: text = try Checklist.json(report) + "\n"
        }
        if let output {
            try Self.writePrivate(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }

    func loadProfile() throws -> (Profile, String?) {
        if let path = profilePath {
            let bytes = try InputFile.read(path)
            do {
                let reading = try ProfileJSON.read(bytes)
                for w in reading.warnings { ErrorText.report("\(path): warning: \(w.description)") }
                return (reading.profile, nil)
            } catch {
                throw ChecklistFailure("\(path): invalid profile: \(error.description)")
            }
        }
        let store = Sessions.storeWithSession(session ?? "", data)
        let s = try store.load(id: try store.findSession(session ?? ""))
        return (s.profile, s.name)
    }

    /// Every session's items that pass the filter: CSV (one row an item) or Markdown (a section a session).
    /// No store (nothing saved yet): no session.
    static func allSessions(_ store: SessionStore?, today: LocalDate, filter: StatusFilter, format: Format) throws -> String {
        let wanted = ChecklistFilter(rawValue: filter.rawValue) ?? .missing
        var groups: [(Session, [ChecklistItem])] = []
        for r in try store?.list() ?? [] {
            guard let store else { break }
            let s = try store.load(id: r.id)
            groups.append((s, Checklist.derive(s.profile, today: today).filter { wanted.matches($0) }))
        }
        if format == .csv {
            return CSVText.table(header: DeskReports.checklistHeader,
                                 rows: groups.flatMap { g in g.1.map { DeskReports.checklistRow(g.0, $0) } })
        }
        return DeskReports.checklistMarkdown(groups, asOf: today, statusLabel: wanted.label.lowercased())
    }

    /// Writes the text to a file created (or truncated) with mode 0600.
    static func writePrivate(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw ChecklistFailure("\(path): cannot write (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ChecklistFailure("\(path): write failed (\(String(cString: strerror(errno))))")
            }
            written += n
        }
    }
}

/// A runtime failure: printed as "oinp-guide: …" without the usage text; exit status 1.
struct ChecklistFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
