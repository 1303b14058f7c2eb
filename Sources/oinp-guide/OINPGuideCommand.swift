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

            KEYS: each screen shows its main keys on its bottom line and all of them in its help \
            window (F1); the man page's KEYS section lists every key. Confirmed answers are already \
            saved when you quit.

            OPTIONS of the guide (see `oinp-guide guide --help`): --data-dir PATH keeps sessions \
            in another folder; --as-of YYYY-MM-DD evaluates rules and deadlines on another date; \
            --plain asks line by line (screen readers, scripts; also when TERM=dumb).

            FILES: sessions are kept in $XDG_DATA_HOME/oinp-guide/sessions.sqlite (by default \
            ~/.local/share/oinp-guide/), readable by you only. --data-dir chooses another folder.

            ERRORS are one line on standard error, "oinp-guide: what happened. What to do."; \
            --verbose adds the system's or SQLite's own words on a second line.

            EXIT STATUS: 0 done; 1 an error (a file that cannot be read, an invalid profile, a store \
            problem, an answer that could not be saved); 64 a usage error (an unknown option, a bad \
            --as-of date); 130 after SIGINT and 143 after SIGTERM (the terminal is restored first).
            """,
        version: version,
        subcommands: [Guide.self, Assess.self, ChecklistCommand.self, DeadlinesCommand.self, Sessions.self, RulesCommand.self],
        defaultSubcommand: Guide.self
    )

    /// `sessions list` with only its own options: ArgumentParser parses `Sessions.List` alone, so the root's
    /// whole command tree (every subcommand's names and options, the completion-script check over them) is
    /// not built. (The guide's own options are read before this, by `GuideArguments`.) Anything else, and
    /// any arguments this rejects, go through `parseAsRoot`, so help, errors and the generated docs stay
    /// the root's own.
    static func fastPath(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> ParsableCommand? {
        guard arguments.count >= 2, arguments[0] == "sessions", arguments[1] == "list" else { return nil }
        let rest = Array(arguments.dropFirst(2))
        guard onlyOptions(rest, flags: ["--verbose"],
                          withValue: ["--data-dir", "--format", "--as-of", "--search", "--step", "--due-within", "--sort"]) else { return nil }
        return try? Sessions.List.parse(rest)
    }

    /// Every argument is one of these flags, or one of these options with its value (`--opt v` or `--opt=v`).
    static func onlyOptions(_ args: [String], flags: Set<String>, withValue: Set<String>) -> Bool {
        var i = 0
        while i < args.count {
            let a = args[i]
            if flags.contains(a) {
                i += 1
            } else if withValue.contains(a), i + 1 < args.count, !args[i + 1].hasPrefix("-") {
                i += 2
            } else if let eq = a.firstIndex(of: "="), withValue.contains(String(a[..<eq])) {
                i += 1
            } else {
                return false
            }
        }
        return true
    }

    /// Every message, ArgumentParser's included, starts the same way.
    static var _errorPrefix: String { "oinp-guide: " }

    /// ArgumentParser's main, with the error turned into our sentence first (no raw Foundation or SQLite text),
    /// and the detail behind --verbose.
    static func main() {
        do {
            // No arguments at all (how most people start it): there is nothing to parse, and the guide
            // starts with its defaults. Running ArgumentParser here would cost the first screen about 12 M
            // instructions of the Swift runtime's first type-conformance lookups, a third of its start-up.
            // NoArgumentsTests (EndToEnd) check that this start is the one the options give by default.
            if CommandLine.arguments.count == 1 {
                try Guide.start(Guide.Settings())
                return
            }
            // Only the guide's own options, in their plain forms: read without ArgumentParser (GuideArguments).
            if let settings = GuideArguments.settings(Array(CommandLine.arguments.dropFirst())) {
                try Guide.start(settings)
                return
            }
            var command: ParsableCommand = try fastPath() ?? parseAsRoot()
            try command.run()
        } catch {
            if let detail = ErrorText.detail(error), ErrorText.verbose {
                FileHandle.standardError.write(Data("oinp-guide: detail: \(detail)\n".utf8))
            }
            exit(withError: ErrorText.userFacing(error))
        }
    }
}

/// The interactive guide, the default command: `oinp-guide [--data-dir D] [--as-of DATE] [--plain]`.
/// Its options live here, not on the root, so that a subcommand's own `--as-of` stays its own.
struct Guide: ParsableCommand {
    /// `_superCommandName` matters only where `Guide` is parsed alone (CommandLineTests, which compare
    /// `GuideArguments` with it): ArgumentParser then skips its `--generate-completion-script` check. Under
    /// the root, as always for help, errors and the generated docs, the root's own name is used.
    static let configuration = CommandConfiguration(
        commandName: "guide",
        _superCommandName: "oinp-guide",
        abstract: "Answer the questions step by step (the default when no command is given)."
    )

    @OptionGroup var data: DataOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate rules and deadlines on this date (YYYY-MM-DD) instead of today.", valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("session"), help: ArgumentHelp("Open this session (its id, a unique beginning of it, or its exact name) instead of offering the last one.", valueName: "session"), completion: SessionCompletion.kind)
    var session: String?

    @Flag(name: .customLong("plain"), help: "Ask the questions line by line (for screen readers, braille displays and scripts); chosen by itself when TERM=dumb.")
    var plain = false

    /// For the end-to-end test of the crash handler: fail fatally once the first screen is drawn.
    @Flag(name: .customLong("crash-after-first-screen"), help: .hidden)
    var crashAfterFirstScreen = false

    /// What the guide runs with, however it was started.
    struct Settings: Equatable {
        var dataDir: String?
        var asOf: String?
        var session: String?
        var plain = false
        var crashAfterFirstScreen = false
    }

    var settings: Settings {
        Settings(dataDir: data.dataDir, asOf: asOf, session: session, plain: plain, crashAfterFirstScreen: crashAfterFirstScreen)
    }

    func run() throws { try Self.start(settings) }

    static func start(_ settings: Settings) throws {
        let today = try DateOption.parse(settings.asOf)
        let directory = DataLocation.directory(override: settings.dataDir)
        let term = EnvironmentVariable.value("TERM") ?? ""
        if settings.plain || term == "dumb" {
            try Plain.run(dataDirectory: directory, today: today, session: settings.session)
        } else {
            try Interactive.run(dataDirectory: directory, today: today, session: settings.session, crashForTest: settings.crashAfterFirstScreen)
        }
    }
}

/// `--data-dir` (and `--verbose`), shared by every command that reads or writes sessions.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Keep sessions in this folder instead of $XDG_DATA_HOME/oinp-guide.", valueName: "path"))
    var dataDir: String?

    @Flag(name: .customLong("verbose"), help: "On an error, also show the system's or SQLite's own message.")
    var verbose = false

    /// An empty --data-dir (an unset variable in a script) must not fall back to the personal store.
    func validate() throws {
        if let dataDir, dataDir.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--data-dir is empty. Give a folder, or leave the option out to use the usual one (~/.local/share/oinp-guide).")
        }
    }

    var directory: URL { DataLocation.directory(override: dataDir) }
}

enum DateOption {
    /// `--as-of`: a date the rules can mean (years 1900–2199, as dates in a profile).
    static func parse(_ text: String?) throws -> LocalDate {
        guard let text else { return LocalDate.today() }
        let date: LocalDate
        do {
            date = try LocalDate.parse(text)
        } catch {
            throw ValidationError("--as-of \(ProfileJSON.excerpt(text)): \(error.description)")
        }
        guard ProfileBounds.dates.contains(date) else {
            throw ValidationError("--as-of \(date) is outside the dates this guide works on (\(ProfileBounds.dates.lowerBound) to \(ProfileBounds.dates.upperBound)).")
        }
        return date
    }
}

/// How errors read on the command line: our own errors say what happened and what to do; the system's
/// and SQLite's are turned into such a sentence, their own words kept for --verbose.
enum ErrorText {
    static let verbose = CommandLine.arguments.contains("--verbose")

    /// The error ArgumentParser prints: its own and ours as they are, anything else as a sentence.
    static func userFacing(_ error: Error) -> Error {
        switch error {
        case is StoreError, is ExitMessage, is ChecklistFailure, is ValidationError, is ExitCode, is CleanExit:
            return error
        default:
            // ArgumentParser's parse errors (unknown option, missing argument) keep their usage text.
            if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { return error }
            return ExitMessage(sentence(error))
        }
    }

    /// One line for any error.
    static func sentence(_ error: Error) -> String {
        switch error {
        case let e as StoreError: return e.description
        case let e as ExitMessage: return e.description
        case let e as ChecklistFailure: return e.description
        case let e as ProfileJSON.DecodeError: return e.description
        case let e as CocoaError: return fileProblem(e) + "."
        default:
            return "Something went wrong that oinp-guide did not expect. Run the command again with --verbose to see the reason."
        }
    }

    /// What SQLite or the system said, for --verbose.
    static func detail(_ error: Error) -> String? {
        switch error {
        case let e as StoreError: return e.detail
        case is ExitMessage, is ChecklistFailure, is ValidationError, is ExitCode, is CleanExit, is ProfileJSON.DecodeError: return nil
        default:
            if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { return nil }
            return String(describing: error).replacingOccurrences(of: "\n", with: " ")
        }
    }

    /// Why a file could not be read, in words ("there is no such file"), without Foundation's domain and code.
    static func fileProblem(_ error: Error) -> String {
        guard let e = error as? CocoaError else { return "it cannot be read" }
        let posix = (e.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? $0.code : nil }
        switch (e.code, posix) {
        case (.fileReadNoSuchFile, _), (.fileNoSuchFile, _), (_, Int(ENOENT)?): return "there is no such file"
        case (.fileReadNoPermission, _), (_, Int(EACCES)?), (_, Int(EPERM)?): return "you are not allowed to read it"
        case (_, Int(EISDIR)?): return "it is a folder, not a file"
        case (.fileReadCorruptFile, _), (.fileReadInapplicableStringEncoding, _): return "it is not text this program can read"
        case (.fileReadTooLarge, _), (_, Int(EFBIG)?): return "it is too large"
        default: return "it cannot be read"
        }
    }

    /// Prints "oinp-guide: <line>" on standard error (and the detail with --verbose).
    static func report(_ line: String, detail: String? = nil) {
        var text = "oinp-guide: " + line + "\n"
        if verbose, let detail { text += "oinp-guide: detail: \(detail)\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Reads a file named on the command line (`-`: standard input), or throws one sentence saying why not.
enum InputFile {
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw ExitMessage("\(path): cannot read the file: it is a folder, not a file. Give a profile JSON file.")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            if ErrorText.verbose { FileHandle.standardError.write(Data("oinp-guide: detail: \(error)\n".utf8)) }
            throw ExitMessage("\(path): cannot read the file: \(ErrorText.fileProblem(error)). Check the name and try again.")
        }
    }
}
