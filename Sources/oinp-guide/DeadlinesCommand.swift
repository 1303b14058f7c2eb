import ArgumentParser
import Foundation
import GuideCore

/// `oinp-guide deadlines [--due-within DAYS] [--session S…] [--format text|csv|ics]`: every dated deadline
/// across the saved sessions, nearest first, for a desk or a calendar.
struct DeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "List every dated deadline across saved sessions (text, csv, or an iCalendar file).",
        discussion: """
            Each deadline comes with its session, what it is, the date and the days left. With --format ics \
            the output is an iCalendar file (RFC 5545): one all-day event per deadline with a reminder 7 days \
            before; each event keeps its UID from one export to the next, so importing a newer file updates \
            the events instead of adding copies.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, ics }

    @OptionGroup var data: DataOptions
    @Option(name: .customLong("due-within"), help: ArgumentHelp("Only deadlines at most DAYS away (overdue ones included).", valueName: "days"))
    var dueWithin: Int?
    @Option(name: .customLong("session"), help: ArgumentHelp("Only this session (id, unique beginning of one, or exact name); repeat for several.", valueName: "session"), completion: SessionCompletion.kind)
    var sessions: [String] = []
    @Option(help: "Output format: text, csv or ics.") var format: Format = .text
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Count days left from this date (YYYY-MM-DD) instead of today.", valueName: "date"))
    var asOf: String?
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if let dueWithin, dueWithin < 0 { throw ValidationError("--due-within \(dueWithin): give a number of days, 0 or more.") }
    }

    func run() throws {
        let today = try DateOption.parse(asOf)
        guard let store = Sessions.existingStore(data) else {
            // Nothing saved in this folder yet: a session named is not there; else no deadlines (an empty table,
            // CSV or calendar) and how to start, on standard error. No store is made.
            if let first = sessions.first { Sessions.failNoSessionYet(first, data) }
            try write([], today: today)
            ErrorText.report(Sessions.nothingSavedYet(data))
            return
        }
        let chosen: [Session]
        if sessions.isEmpty {
            chosen = try DeskReports.sessions(store)
        } else {
            var seen = Set<String>()
            chosen = try sessions.map { try store.findSession($0) }.filter { seen.insert($0).inserted }.map { try store.load(id: $0) }
        }
        try write(DeadlineCalendar.collect(chosen, today: today, dueWithin: dueWithin), today: today)
    }

    /// The deadlines in the chosen format, to standard output or the -o file.
    func write(_ items: [SessionDeadline], today: LocalDate) throws {
        let text: String
        switch format {
        case .csv: text = DeadlineCalendar.csv(items)
        case .ics: text = DeadlineCalendar.ics(items)
        case .text: text = Self.table(items, asOf: today, within: dueWithin)
        }
        if let output, output != "-" {
            try SessionStore.writeExport(Data(text.utf8), to: URL(fileURLWithPath: output))
            ErrorText.report("wrote \(items.count) deadline\(items.count == 1 ? "" : "s") to \(output).")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    static func table(_ items: [SessionDeadline], asOf: LocalDate, within: Int?) -> String {
        if items.isEmpty { return "No dated deadlines\(within.map { " within \($0) days" } ?? "") as of \(asOf).\n" }
        var out = ""
        for d in items {
            let file = d.fileNumber.map { " [\($0)]" } ?? ""
            out += "\(d.line.date)  \(DeadlineCalendar.daysText(d.line.daysLeft))  \(d.sessionName)\(file) (\(d.sessionID.prefix(8))): \(d.line.label)\n"
        }
        return out
    }
}
