import ArgumentParser
import Foundation
import GuideCore

/// The command line: with no subcommand, the interactive guide; subcommands serve scripts and consultants.
@main
struct OINPGuide: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "oinp-guide",
        abstract: "A terminal guide through Ontario's Express Entry route to permanent residence.",
        discussion: """
            Walks you through four steps: check the criteria, choose the stream, OINP e-filing, \
            and the PR application. Every answer is saved as you confirm it; run the program \
            again to resume where you left off.

            KEYS: Enter confirms and goes on; Esc goes back; Up/Down (or j/k, Tab) move in lists; \
            F1 or ? shows help; q quits outside a text field; Ctrl-C quits. Confirmed answers are \
            already saved when you quit.

            OPTIONS of the guide (see `oinp-guide guide --help`): --data-dir PATH keeps sessions \
            in another folder; --as-of YYYY-MM-DD evaluates rules and deadlines on another date; \
            --plain asks line by line (screen readers, scripts; also when TERM=dumb).

            FILES: sessions are kept in $XDG_DATA_HOME/oinp-guide/sessions.sqlite (by default \
            ~/.local/share/oinp-guide/), readable by you only. --data-dir chooses another folder.
            """,
        version: version,
        subcommands: [Guide.self, Assess.self, ChecklistCommand.self, Sessions.self],
        defaultSubcommand: Guide.self
    )
}

/// The interactive guide, the default command: `oinp-guide [--data-dir D] [--as-of DATE] [--plain]`.
/// Its options live here, not on the root, so that a subcommand's own `--as-of` stays its own.
struct Guide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Answer the questions step by step (the default when no command is given)."
    )

    @OptionGroup var data: DataOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate rules and deadlines on this date (YYYY-MM-DD) instead of today.", valueName: "date"))
    var asOf: String?

    @Flag(name: .customLong("plain"), help: "Ask the questions line by line (for screen readers, braille displays and scripts); chosen by itself when TERM=dumb.")
    var plain = false

    /// For the end-to-end test of the crash handler: fail fatally once the first screen is drawn.
    @Flag(name: .customLong("crash-after-first-screen"), help: .hidden)
    var crashAfterFirstScreen = false

    func run() throws {
        let today = try DateOption.parse(asOf)
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if plain || term == "dumb" {
            try Plain.run(dataDirectory: data.directory, today: today)
        } else {
            try Interactive.run(dataDirectory: data.directory, today: today, crashForTest: crashAfterFirstScreen)
        }
    }
}

/// `--data-dir`, shared by every command that reads or writes sessions.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.", valueName: "path"))
    var dataDir: String?

    var directory: URL { DataLocation.directory(override: dataDir) }
}

enum DateOption {
    static func parse(_ text: String?) throws -> LocalDate {
        guard let text else { return LocalDate.today() }
        do {
            return try LocalDate.parse(text)
        } catch {
            throw ValidationError("--as-of \(text): \(error.description)")
        }
    }
}
