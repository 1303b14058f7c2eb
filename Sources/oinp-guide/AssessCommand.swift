import ArgumentParser
import Foundation
import GuideCore

/// `oinp-guide assess PROFILE.json [--as-of YYYY-MM-DD] [--format text|json]`:
/// prints the criteria verdicts, the FSW and CRS breakdowns and the stream recommendations.
struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess a profile file: HCP criteria, FSW and CRS breakdowns, streams open on the date.",
        discussion: """
            PROFILE.json is the documented profile format (docs/profile-format.md); a saved session \
            exports to it. Use - to read standard input. Rules are evaluated as of --as-of (default today). \
            An invalid profile is reported on standard error with the field that is wrong, and the exit \
            status is 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("The profile JSON file (or - for standard input).", valueName: "PROFILE.json"))
    var profilePath: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate on this date (YYYY-MM-DD) instead of today.", valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("format"), help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let date: LocalDate
        if let text = asOf {
            do { date = try LocalDate.parse(text) } catch { throw ValidationError("--as-of \(text): \(error.description)") }
        } else {
            date = LocalDate.today()
        }
        let data: Data
        do {
            data = profilePath == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: profilePath))
        } catch {
            Self.fail("\(profilePath): cannot read the file (\(error.localizedDescription))")
        }
        let profile: Profile
        do {
            profile = try ProfileJSON.decode(data)
        } catch {
            Self.fail("\(profilePath): invalid profile: \(error.description)")
        }
        let issues = profile.validate(asOf: date)
        if !issues.isEmpty {
            Self.fail("\(profilePath): invalid profile:\n" + issues.map { "  \($0.description)" }.joined(separator: "\n"))
        }
        let report = Assessor(asOf: date).assess(profile)
        switch format {
        case .text: print(report.renderText(), terminator: "")
        case .json: print(try report.renderJSON())
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(1)
    }
}
