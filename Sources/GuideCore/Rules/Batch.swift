import Foundation

/// Assessing many profile files in one run (`oinp-guide assess FILE... | DIR`): the inputs expanded to
/// files, each file read, decoded, validated and assessed, problems reported per file.
/// Everything that does not depend on the profile (rule data, the assessor for the date) is made once.
public struct BatchAssessment: Sendable {
    /// One input that could not be assessed, with a message naming the file and the field.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public let file: String
        public let message: String
        public var description: String { "\(file): \(message)" }
    }

    public let assessor: Assessor
    /// `--strict`: a file with a key the profile format does not have is refused instead of warned about.
    public var strict = false
    /// Receives each warning (an unknown key, with the nearest known one), named by file like a failure.
    public var warn: @Sendable (Failure) -> Void = { _ in }

    public init(asOf: LocalDate, rules: RuleData = .shared) {
        assessor = Assessor(asOf: asOf, rules: rules)
    }

    /// The files to assess: files as given, a directory as every `*.json` inside it (not hidden ones, not its
    /// subdirectories) in name order. `batch` is true with several inputs or any directory.
    public static func expand(_ inputs: [String], fileManager: FileManager = .default) -> (files: [String], batch: Bool, failures: [Failure]) {
        var files: [String] = []
        var failures: [Failure] = []
        var batch = inputs.count > 1
        for input in inputs {
            var isDir: ObjCBool = false
            guard input != "-", fileManager.fileExists(atPath: input, isDirectory: &isDir), isDir.boolValue else {
                files.append(input)
                continue
            }
            batch = true
            do {
                let names = try fileManager.contentsOfDirectory(atPath: input)
                    .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
                    .sorted()
                let base = input.hasSuffix("/") ? input : input + "/"
                for n in names {
                    var sub: ObjCBool = false
                    if fileManager.fileExists(atPath: base + n, isDirectory: &sub), !sub.boolValue { files.append(base + n) }
                }
            } catch {
                failures.append(Failure(file: input, message: "cannot read the directory (\(error.localizedDescription))"))
            }
        }
        return (files, batch, failures)
    }

    /// Decodes, validates and assesses the bytes of one profile file, on the file's own `asOf` when it has
    /// one (a top-level `"asOf": "YYYY-MM-DD"`), else on the batch's date.
    public func assess(_ data: Data, file: String) -> Result<Assessment, Failure> {
        var warnings: [Failure] = []
        let result = assess(data, file: file, warnings: &warnings)
        warnings.forEach(warn)
        return result
    }

    /// The same, with the warnings handed back instead of to `warn` (for workers that report in file order).
    public func assess(_ data: Data, file: String, warnings: inout [Failure]) -> Result<Assessment, Failure> {
        let profile: Profile
        var asOf = assessor.asOf
        do {
            let reading = try ProfileJSON.read(data, strict: strict)
            for w in reading.warnings { warnings.append(Failure(file: file, message: PlainText.ascii("warning: \(w.description)"))) }
            profile = reading.profile
            if let own = try Self.ownDate(reading.tree) { asOf = own }
        } catch {
            return .failure(Failure(file: file, message: PlainText.ascii("invalid profile: \(error.description)")))
        }
        let issues = profile.validate(asOf: asOf)
        if !issues.isEmpty {
            return .failure(Failure(file: file, message: PlainText.ascii("invalid profile:\n" + issues.map { "  \($0.description)" }.joined(separator: "\n"))))
        }
        // An Assessor for another date: the rule tables are shared; only its standing frame is made anew.
        let on = asOf == assessor.asOf ? assessor : Assessor(asOf: asOf, rules: assessor.rules)
        return .success(on.assess(profile, validated: true))
    }

    /// The profile file's own assessment date: its top-level `asOf`, nil when absent or null.
    static func ownDate(_ tree: JSONTree) throws(ProfileJSON.DecodeError) -> LocalDate? {
        switch tree.member("asOf") {
        case nil, .null?: return nil
        case .string(let s)?:
            do { return try LocalDate.parse(s) } catch { throw ProfileJSON.DecodeError(path: "profile.asOf", message: error.description) }
        default:
            throw ProfileJSON.DecodeError(path: "profile.asOf", message: "expected a date (YYYY-MM-DD), the day this profile is assessed on")
        }
    }

    /// Reads a file (`-` = standard input) and assesses it.
    public func assess(file: String) -> Result<Assessment, Failure> {
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            return .failure(Failure(file: file, message: "cannot read the file (\(error.localizedDescription))"))
        }
        return assess(data, file: file)
    }
}
