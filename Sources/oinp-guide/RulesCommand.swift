import ArgumentParser
import Foundation
import GuideCore

/// `oinp-guide rules check [FILE...]`: checks the rule tables (the embedded ones, with each FILE standing in
/// for the embedded table of the same name) and names every problem: file, entry, what is wrong.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check the rule tables (funds, fees, deadlines and the rest).",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check the embedded rule tables, or edited copies of them, for logical mistakes.",
            discussion: """
                Without FILE, checks the tables built into this program. Each FILE is an edited copy of one \
                table (Resources/data/rules/NAME.json); it is checked together with the built-in others, \
                so that a new funds table can be tried before it is built in. Tables cite their sources by \
                id from sources.json: give an edited sources.json with the table that cites a new record. \
                documents.json is checked for its source ids. Problems are printed one a line, \
                "FILE: ENTRY: PROBLEM"; the exit status is 1 if there is any. See docs/rules.md.
                """
        )

        @Argument(help: ArgumentHelp("Edited rule tables, named like the built-in ones (funds.json, fees.json, sources.json, ...).", valueName: "FILE"))
        var files: [String] = []

        func run() throws {
            var replacing: [String: [UInt8]] = [:]
            for path in files {
                let name = URL(fileURLWithPath: path).lastPathComponent
                guard RulesCheck.checkedFiles.contains(name) else {
                    throw ExitMessage("\(path) is not a rule table: its name must be one of \(RulesCheck.checkedFiles.joined(separator: ", ")). Rename the copy or check another file.")
                }
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ExitMessage("\(path) cannot be read. Check the path and that you may read it.")
                }
                replacing[name] = [UInt8](data)
            }
            let problems = RulesCheck.problems(replacing: replacing)
            for p in problems { print(p.description) }
            if problems.isEmpty {
                let what = files.isEmpty ? "the built-in rule tables" : files.joined(separator: ", ") + " with the built-in others"
                print("No problems found in \(what).")
            } else {
                FileHandle.standardError.write(Data("oinp-guide: \(problems.count) problem\(problems.count == 1 ? "" : "s") in the rule data. Fix each entry named above and run the check again.\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
