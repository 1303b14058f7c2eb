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

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @Argument(help: ArgumentHelp("Session id, unique id prefix, or exact session name.", valueName: "SESSION"))
    var session: String?

    @Option(name: .customLong("profile"), help: ArgumentHelp("Read the answers from this profile JSON file instead of a session (- for standard input).", valueName: "FILE.json"))
    var profilePath: String?

    @Option(name: .customLong("format"), help: "Output format: markdown or json.")
    var format: Format = .markdown

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Derive the checklist on this date (YYYY-MM-DD) instead of today.", valueName: "date"))
    var asOf: String?

    @OptionGroup var data: DataOptions

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "FILE"))
    var output: String?

    func validate() throws {
        if session == nil && profilePath == nil { throw ValidationError("Give a SESSION, or --profile FILE.json.") }
        if session != nil && profilePath != nil { throw ValidationError("Give either a SESSION or --profile, not both.") }
    }

    func run() throws {
        let today = try DateOption.parse(asOf)
        let (profile, title) = try loadProfile()
        for issue in profile.validate(asOf: today) {
            ErrorText.report("warning: \(issue.description)")
        }
        let report = Checklist.report(profile, today: today, title: title)
        let text: String
        switch format {
        case .markdown: text = Checklist.markdown(report)
        case .json: text = try Checklist.json(report) + "\n"
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
        let store = StoreOpening.forCommand(data.directory)
        let s = try store.load(id: try store.findSession(session ?? ""))
        return (s.profile, s.name)
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
