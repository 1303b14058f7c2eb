import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
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
            (not its subdirectories), in name order. Rules are evaluated as of --as-of (default today); a \
            profile file with its own top-level "asOf": "YYYY-MM-DD" is evaluated on that date instead, so \
            one run can assess a batch of profiles on many dates.

            One file: the report as before (text, or one pretty-printed JSON object). Several files or a \
            directory: a batch. In text, each report follows a line "==> FILE <=="; with --format json, \
            JSON Lines: one compact report per line, each with a "file" key.

            An invalid profile is reported on standard error with the file and the field that is wrong; \
            a batch goes on with the other files, and the exit status is 1 if any file failed.

            Saved sessions are assessed straight from the store, with no export: --session NAME|ID for one \
            (text or json), --all-sessions for every one, as json (one array), jsonl (one line each) or \
            csv (one row each: CRS, FSW, CEC, route, streams).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, csv }

    @Argument(help: ArgumentHelp("Profile JSON files or directories of them (or - for standard input).", valueName: "FILE"))
    var inputs: [String] = []

    @Option(name: .customLong("session"), help: ArgumentHelp("Assess this saved session (its id, a unique beginning of it, or its exact name).", valueName: "session"), completion: SessionCompletion.kind)
    var session: String?

    @Flag(name: .customLong("all-sessions"), help: "Assess every saved session, in one run (use --format json, jsonl or csv).")
    var allSessions = false

    @OptionGroup var data: DataOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate on this date (YYYY-MM-DD) instead of today.", valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("format"), help: "Output format: text or json.")
    var format: Format = .text

    /// bench/: time each profile's assessment and what-if set RUNS times instead of reporting (JSON Lines).
    @Option(name: .customLong("time-what-if"), help: .hidden)
    var timeWhatIf: Int?

    @Flag(name: .customLong("strict"), help: "Refuse a file with a key the profile format does not have (by default it is reported and ignored).")
    var strict = false

    func validate() throws {
        let sources = (inputs.isEmpty ? 0 : 1) + (session == nil ? 0 : 1) + (allSessions ? 1 : 0)
        if sources == 0 { throw ValidationError("Give at least one profile file or directory (or - for standard input), --session, or --all-sessions.") }
        if sources > 1 { throw ValidationError("Give profile files, --session or --all-sessions, one of them.") }
        if !allSessions, format == .jsonl || format == .csv { throw ValidationError("--format \(format.rawValue) is for --all-sessions; give json or text.") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read only once.") }
    }

    func run() throws {
        let date = try DateOption.parse(asOf)
        if session != nil || allSessions { return try runOnSessions(date) }

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
        if batch && format != .text && files.count > 1 && !files.contains("-") {
            failed = runBatch(files, runner: runner, out: out) || failed
            out.flush()
            if failed { throw ExitCode(1) }
            return
        }
        var line: [UInt8] = []   // one JSON line, reused (ReportWriter writes JSONEncoder's bytes)
        line.reserveCapacity(1 << 16)
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
            case (.json, false), (.jsonl, false), (.csv, false):
                out.write(try report.renderJSON() + "\n")
            case (.json, true), (.jsonl, true), (.csv, true):
                line.removeAll(keepingCapacity: true)
                try report.appendJSONLine(file: file, to: &line)
                line.append(0x0A)
                out.write(line)
            }
        }
        out.flush()
        if failed { throw ExitCode(1) }
    }

    /// A JSON Lines batch on every core: the files are read, assessed and written as lines by workers, a
    /// slice at a time, and each slice's lines, warnings and failures are put out in file order, as the
    /// one-at-a-time loop puts them out. Returns whether any file failed.
    func runBatch(_ files: [String], runner: BatchAssessment, out: Output) -> Bool {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let slice = 64 * workers
        var failed = false
        var start = 0
        while start < files.count {
            let lo = start, end = min(start + slice, files.count)
            let results = BatchSlice(count: end - lo)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var i = lo + w
                var line: [UInt8] = []
                line.reserveCapacity(1 << 16)
                while i < end {
                    results.set(i - lo, Self.line(for: files[i], runner: runner, reusing: &line))
                    i += workers
                }
            }
            for r in results.take() {
                r.warnings.forEach { Self.report($0) }
                if let bytes = r.line {
                    out.write(bytes)
                } else if let f = r.failure {
                    out.flush()   // keep stdout and stderr in order when both go to a terminal
                    Self.report(f)
                    failed = true
                }
            }
            start = end
        }
        return failed
    }

    /// One file of a batch: its JSON line (with the newline), or why it failed; its warnings either way.
    static func line(for file: String, runner: BatchAssessment, reusing line: inout [UInt8]) -> BatchSlice.Outcome {
        let bytes: Data
        if let direct = readRegularFile(file) {
            bytes = direct
        } else {
            do { bytes = try InputFile.read(file) } catch {
                return .init(warnings: [], line: nil, failure: ErrorText.sentence(error))
            }
        }
        var warnings: [BatchAssessment.Failure] = []
        switch runner.assess(bytes, file: file, warnings: &warnings) {
        case .success(let a):
            line.removeAll(keepingCapacity: true)
            do { try a.appendJSONLine(file: file, to: &line) } catch {
                return .init(warnings: warnings.map(\.description), line: nil, failure: ErrorText.sentence(error))
            }
            line.append(0x0A)
            return .init(warnings: warnings.map(\.description), line: line, failure: nil)
        case .failure(let f):
            return .init(warnings: warnings.map(\.description), line: nil, failure: f.description)
        }
    }

    /// The bytes of a regular file read with one open, fstat and read, or nil for anything else (a folder,
    /// a missing file, an error, standard input), which `InputFile.read` then reads or explains as usual.
    static func readRegularFile(_ path: String) -> Data? {
        guard path != "-" else { return nil }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size >= 0, st.st_size < 64 << 20 else { return nil }
        let size = Int(st.st_size)
        var data = Data(count: size)
        let got = data.withUnsafeMutableBytes { buf -> Int in
            guard let base = buf.baseAddress else { return 0 }
            var done = 0
            while done < size {
                let n = read(fd, base + done, size - done)
                if n <= 0 { return n < 0 ? -1 : done }
                done += n
            }
            return done
        }
        guard got == size else { return nil }
        // A file that grew while read: the general way reads it whole.
        var extra: UInt8 = 0
        guard read(fd, &extra, 1) == 0 else { return nil }
        return data
    }

    /// Sessions from the store, assessed in this process: no export, one rulebook, one encoder.
    func runOnSessions(_ date: LocalDate) throws {
        // A folder where nothing has been saved gets no store: --session is not found, --all-sessions is empty.
        let existing = Sessions.existingStore(data)
        let assessor = Assessor(asOf: date)
        let out = Output()
        if let session {
            let store = Sessions.storeWithSession(session, data)
            let s = try store.load(id: try store.findSession(session))
            let a = assessor.assess(s.profile)
            out.write(format == .text ? a.renderText() : try a.renderJSON() + "\n")
            out.flush()
            return
        }
        guard let store = existing else { ErrorText.report(Sessions.nothingSavedYet(data)); return emptyAllSessions(out) }
        let rows = try store.list()
        let enc = Assessment.jsonLinesEncoder()
        var failed = false
        if format == .csv { out.write(CSVText.row(DeskReports.assessmentHeader)) }
        if format == .json { out.write("[") }
        var first = true
        for r in rows {
            let s: Session
            do { s = try store.load(id: r.id) } catch {
                out.flush(); Self.report(ErrorText.sentence(error)); failed = true; continue
            }
            let a = assessor.assess(s.profile)
            switch format {
            case .csv: out.write(CSVText.row(DeskReports.assessmentRow(s, a)))
            case .jsonl, .json:
                if format == .json { out.write(first ? "\n" : ",\n") }
                out.write(try enc.encode(DeskReports.SessionAssessment(s, a)))
                if format == .jsonl { out.write("\n") }
            case .text:
                out.write("==> \(s.name) (\(s.id)) <==\n" + a.renderText() + "\n")
            }
            first = false
        }
        if format == .json { out.write(first ? "]\n" : "\n]\n") }
        out.flush()
        if failed { throw ExitCode(1) }
    }

    /// What --all-sessions writes for no session at all: the CSV header, an empty JSON array, or nothing.
    func emptyAllSessions(_ out: Output) {
        if format == .csv { out.write(CSVText.row(DeskReports.assessmentHeader)) }
        if format == .json { out.write("[]\n") }
        out.flush()
    }

    static func report(_ message: String) {
        FileHandle.standardError.write(Data(("oinp-guide: " + PlainText.ascii(message) + "\n").utf8))
    }
}

/// The outcomes of one slice of a batch, each written by one worker into its own slot.
final class BatchSlice: @unchecked Sendable {
    struct Outcome {
        let warnings: [String]
        /// The JSON line with its newline; nil when the file failed.
        let line: [UInt8]?
        let failure: String?
    }

    // Each slot is written by one worker only, and read after every worker is done (concurrentPerform
    // returns then): no two threads touch a slot at once.
    private let slots: UnsafeMutablePointer<Outcome?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ i: Int, _ o: Outcome) { slots[i] = o }

    func take() -> [Outcome] { (0..<count).compactMap { slots[$0] } }
}

/// Buffered standard output: one write per 64 KiB instead of one per report.
final class Output {
    private var buffer = Data()

    init() { buffer.reserveCapacity(1 << 17) }

    func write(_ s: String) { buffer.append(contentsOf: s.utf8); if buffer.count >= 1 << 16 { flush() } }
    func write(_ d: Data) { buffer.append(d); if buffer.count >= 1 << 16 { flush() } }
    func write(_ b: [UInt8]) { buffer.append(contentsOf: b); if buffer.count >= 1 << 16 { flush() } }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
