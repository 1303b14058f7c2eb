import ArgumentParser
import Foundation
import GuideCore

/// `oinp-guide assess FILE... [--as-of YYYY-MM-DD] [--format text|json]`:
/// prints the criteria verdicts, the FSW and CRS breakdowns and the stream recommendations of each profile.
struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess profile files: HCP criteria, FSW and CRS breakdowns, streams open on the date.",
        discussion: """
            Each FILE is a profile in the documented format (docs/profile-format.md); a saved session \
            exports to it. Use - to read standard input. A directory stands for every *.json file inside it \
            (not its subdirectories), in name order. Rules are evaluated as of --as-of (default today).

            One file: the report as before (text, or one pretty-printed JSON object). Several files or a \
            directory: a batch. In text, each report follows a line "==> FILE <=="; with --format json, \
            JSON Lines: one compact report per line, each with a "file" key.

            An invalid profile is reported on standard error with the file and the field that is wrong; \
            a batch goes on with the other files, and the exit status is 1 if any file failed.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Profile JSON files or directories of them (or - for standard input).", valueName: "FILE"))
    var inputs: [String]

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate on this date (YYYY-MM-DD) instead of today.", valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("format"), help: "Output format: text or json.")
    var format: Format = .text

    /// bench/: time each profile's assessment and what-if set RUNS times instead of reporting (JSON Lines).
    @Option(name: .customLong("time-what-if"), help: .hidden)
    var timeWhatIf: Int?

    @Flag(name: .customLong("strict"), help: "Refuse a file with a key the profile format does not have (by default it is reported and ignored).")
    var strict = false

    @Flag(name: .customLong("verbose"), help: "On an error, also show the system's own message.")
    var verbose = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one profile file or directory (or - for standard input).") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read only once.") }
    }

    func run() throws {
        let date = try DateOption.parse(asOf)

        // A directory always makes a batch; rule data, the assessor and the encoder are made once.
        let (files, batch, failures) = BatchAssessment.expand(inputs)
        var failed = !failures.isEmpty
        failures.forEach { Self.report($0.description) }
        var runner = BatchAssessment(asOf: date)
        runner.strict = strict
        runner.warn = { Self.report($0.description) }
        let out = Output()
        if let runs = timeWhatIf {
            let enc = Assessment.jsonLinesEncoder()
            for file in files {
                guard let data = FileManager.default.contents(atPath: file), let p = try? ProfileJSON.decode(data) else {
                    Self.report("\(file): cannot read the profile."); failed = true; continue
                }
                out.write(try enc.encode(WhatIfTiming.measure(p, asOf: date, runs: runs)))
                out.write("\n")
            }
            out.flush()
            if failed { throw ExitCode(1) }
            return
        }
        let lineEncoder = Assessment.jsonLinesEncoder()
        for file in files {
            let report: Assessment
            let bytes: Data
            do { bytes = try InputFile.read(file) } catch {
                out.flush()
                Self.report(ErrorText.sentence(error))
                failed = true
                continue
            }
            switch runner.assess(bytes, file: file) {
            case .success(let a): report = a
            case .failure(let f):
                out.flush()   // keep stdout and stderr in order when both go to a terminal
                Self.report(f.description)
                failed = true
                continue
            }
            switch (format, batch) {
            case (.text, false):
                out.write(report.renderText())
            case (.text, true):
                out.write("==> \(file) <==\n" + report.renderText() + "\n")
            case (.json, false):
                out.write(try report.renderJSON() + "\n")
            case (.json, true):
                out.write(try report.renderJSONLine(file: file, encoder: lineEncoder))
                out.write("\n")
            }
        }
        out.flush()
        if failed { throw ExitCode(1) }
    }

    static func report(_ message: String) {
        FileHandle.standardError.write(Data(("oinp-guide: " + PlainText.ascii(message) + "\n").utf8))
    }
}

/// Buffered standard output: one write per 64 KiB instead of one per report.
private final class Output {
    private var buffer = Data()

    init() { buffer.reserveCapacity(1 << 17) }

    func write(_ s: String) { buffer.append(contentsOf: s.utf8); if buffer.count >= 1 << 16 { flush() } }
    func write(_ d: Data) { buffer.append(d); if buffer.count >= 1 << 16 { flush() } }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
