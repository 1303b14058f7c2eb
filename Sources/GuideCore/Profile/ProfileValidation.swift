import Foundation

/// An impossible value in a profile: where it is (JSON path, e.g. `profile.languageTests[0].scores.reading`) and why.
public struct ProfileIssue: Codable, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

extension Profile {
    /// Impossible values (not missing ones: a missing answer is "not answered yet").
    /// Dates are checked against `asOf` (default today).
    public func validate(asOf: LocalDate = .today()) -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        func issue(_ path: String, _ msg: String) { issues.append(ProfileIssue(path: "profile." + path, message: msg)) }
        func num(_ d: Double) -> String {
            d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        }

        if let dob = dateOfBirth {
            if dob > asOf { issue("dateOfBirth", "\(dob) is after \(asOf) (the assessment date)") }
            else if dob.age(on: asOf) > 120 { issue("dateOfBirth", "\(dob) gives an age over 120") }
        }
        if let kids = children, kids.count > Child.maximumCount { issue("children", "\(kids.count) children is not plausible (at most \(Child.maximumCount))") }
        for (i, kid) in (children ?? []).enumerated() {
            if let dob = kid.dateOfBirth, dob > asOf { issue("children[\(i)].dateOfBirth", "\(dob) is after \(asOf) (the assessment date)") }
        }
        if let f = familySize, f != effectiveFamilySize {
            issue("familySize", "\(f) is not used: the family size comes from your marital status and children (\(effectiveFamilySize.map(String.init) ?? "not answered yet")); remove the key")
        }
        if let m = settlementFundsCAD, m < 0 || !m.isFinite { issue("settlementFundsCAD", "\(num(m)) must be zero or more") }
        if let y = spouse.canadianWorkYears, y < 0 || y > 80 { issue("spouse.canadianWorkYears", "\(num(y)) must be between 0 and 80") }
        if let d = education.ecaIssueDate, d > asOf { issue("education.ecaIssueDate", "\(d) is after \(asOf)") }
        if education.hasECA == false, education.ecaIssueDate != nil { issue("education.ecaIssueDate", "an ECA issue date is given but hasECA is false") }
        if let d = noiDate, d > asOf { issue("noiDate", "\(d) is after \(asOf)") }
        if let d = hcpApplicationReceivedDate, d > asOf { issue("hcpApplicationReceivedDate", "\(d) is after \(asOf)") }
        if let n = noiDate, let r = hcpApplicationReceivedDate, r < n { issue("hcpApplicationReceivedDate", "\(r) is before the NOI date \(n)") }
        if let d = expressEntryProfileDate, d > asOf { issue("expressEntryProfileDate", "\(d) is after \(asOf)") }
        if let o = jobOffer.teer, !(0...5).contains(o) { issue("jobOffer.teer", "\(o) is not a TEER category (0–5)") }
        if let c = jobOffer.nocCode, WorkExperience.teer(ofNOC: c) == nil { issue("jobOffer.nocCode", "\"\(c)\" is not a five-digit NOC 2021 code") }
        if let c = jobOffer.nocCode, let t = jobOffer.teer, let d = WorkExperience.teer(ofNOC: c), d != t {
            issue("jobOffer.teer", "\(t) does not match NOC \(c), which is TEER \(d)")
        }

        func checkTests(_ tests: [LanguageTest], _ base: String) {
            for (i, t) in tests.enumerated() {
                let p = "\(base)[\(i)]"
                if let d = t.testDate, d > asOf { issue("\(p).testDate", "\(d) is after \(asOf)") }
                if let d = t.resultDate, d > asOf { issue("\(p).resultDate", "\(d) is after \(asOf)") }
                if let a = t.testDate, let b = t.resultDate, b < a { issue("\(p).resultDate", "\(b) is before the test date \(a)") }
                for ab in LanguageAbility.allCases {
                    guard let s = t.scores[ab] else { continue }
                    guard let (range, step) = LanguageRules.scoreRange(t, ability: ab, asOf: asOf) else { continue }
                    if !s.isFinite || !range.contains(s) {
                        issue("\(p).scores.\(ab.rawValue)", "\(num(s)) is outside \(t.type.shortName) \(num(range.lowerBound))–\(num(range.upperBound))")
                    } else if step > 0, abs((s / step).rounded() - s / step) > 1e-9 {
                        issue("\(p).scores.\(ab.rawValue)", "\(num(s)) is not a valid \(t.type.shortName) score (steps of \(num(step)))")
                    }
                }
            }
        }
        checkTests(languageTests, "languageTests")
        checkTests(spouse.languageTests, "spouse.languageTests")

        for (i, w) in workExperience.enumerated() {
            let p = "workExperience[\(i)]"
            if let h = w.hoursPerWeek {
                if h < 0 || !h.isFinite { issue("\(p).hoursPerWeek", "\(num(h)) is negative") }
                else if h > 168 { issue("\(p).hoursPerWeek", "\(num(h)) is more than the 168 hours in a week") }
            }
            if let s = w.startDate, let e = w.endDate, e < s { issue("\(p).endDate", "\(e) is before the start date \(s)") }
            if let s = w.startDate, s > asOf { issue("\(p).startDate", "\(s) is after \(asOf)") }
            if let s = w.startDate, let dob = dateOfBirth, s < dob { issue("\(p).startDate", "\(s) is before your date of birth \(dob)") }
            if let c = w.nocCode, WorkExperience.teer(ofNOC: c) == nil { issue("\(p).nocCode", "\"\(c)\" is not a five-digit NOC 2021 code") }
        }

        // Countries lived in (police certificates) and document records (checklist).
        func checkStays(_ stays: [CountryStay], _ base: String) {
            for (i, s) in stays.enumerated() {
                let p = "\(base)[\(i)]"
                if s.country.trimmingCharacters(in: .whitespaces).isEmpty { issue("\(p).country", "the country is empty") }
                if let f = s.from, f > asOf { issue("\(p).from", "\(f) is after \(asOf)") }
                if let f = s.from, let t = s.to, t < f { issue("\(p).to", "\(t) is before the start date \(f)") }
            }
        }
        checkStays(countriesLived, "countriesLived")
        checkStays(spouse.countriesLived, "spouse.countriesLived")
        var seenKeys: Set<String> = []
        for (i, r) in documents.enumerated() {
            let p = "documents[\(i)]"
            if r.key.trimmingCharacters(in: .whitespaces).isEmpty { issue("\(p).key", "the key is empty") }
            else if !seenKeys.insert(r.key).inserted { issue("\(p).key", "\"\(r.key)\" appears more than once") }
            if let d = r.issued, d > asOf { issue("\(p).issued", "\(d) is after \(asOf)") }
            if let a = r.issued, let e = r.expires, e < a { issue("\(p).expires", "\(e) is before the issue date \(a)") }
        }
        // The OWP application's own checks (wages, months, the 0-130 EOI scale, dates in order).
        issues += owp.issues(asOf: asOf)
        return issues
    }
}

/// The ranges a profile's numbers and dates must fall in to mean anything to the rules. A file outside
/// them is refused where it is read (`ProfileJSON`), with the field named; the rules can then do their
/// arithmetic (family sizes times a table, amounts to whole dollars, dates plus validity periods)
/// without overflowing.
public enum ProfileBounds {
    public static let children = 0...30
    /// You, a partner, 30 children, and room for the relatives a family-size answer may count.
    public static let familySize = 1...40
    /// Dollars: what `AnswerParsing.amount` accepts when typed.
    public static let amountCAD: ClosedRange<Double> = 0...999_999_999.99
    public static let hoursPerWeek: ClosedRange<Double> = 0...168
    public static let workYears: ClosedRange<Double> = 0...80
    public static let teer = 0...5
    /// Any test's score (the largest scale, TEF Canada, ends at 699); each test's own range is checked by `validate`.
    public static let score: ClosedRange<Double> = 0...1000
    /// Dates a person can mean on this route; far enough from LocalDate's ends that any validity period added stays a date.
    public static let dates = LocalDate(year: 1900, month: 1, day: 1)!...LocalDate(year: 2199, month: 12, day: 31)!

    /// The first number in `p` outside its range, as an issue naming the field.
    public static func firstProblem(in p: Profile) -> ProfileIssue? {
        func out<T: Comparable>(_ v: T?, _ range: ClosedRange<T>, _ path: String, _ show: (T) -> String) -> ProfileIssue? {
            guard let v, !range.contains(v) else { return nil }
            return ProfileIssue(path: "profile." + path, message: "\(show(v)) is outside \(show(range.lowerBound)) to \(show(range.upperBound))")
        }
        let int: (Int) -> String = { String($0) }
        let number: (Double) -> String = { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : String($0) }
        var checks: [ProfileIssue?] = [
            out(p.numberOfChildren, children, "numberOfChildren", int),
            out(p.familySize, familySize, "familySize", int),
            out(p.settlementFundsCAD, amountCAD, "settlementFundsCAD", number),
            out(p.spouse.canadianWorkYears, workYears, "spouse.canadianWorkYears", number),
            out(p.jobOffer.teer, teer, "jobOffer.teer", int),
        ]
        for (i, w) in p.workExperience.enumerated() {
            checks.append(out(w.hoursPerWeek, hoursPerWeek, "workExperience[\(i)].hoursPerWeek", number))
        }
        for (base, tests) in [("languageTests", p.languageTests), ("spouse.languageTests", p.spouse.languageTests)] {
            for (i, t) in tests.enumerated() {
                for ab in LanguageAbility.allCases {
                    checks.append(out(t.scores[ab], score, "\(base)[\(i)].scores.\(ab.rawValue)", number))
                }
            }
        }
        return checks.lazy.compactMap { $0 }.first
    }
}

/// Reading a profile from JSON with errors that name the field.
public enum ProfileJSON {
    public struct DecodeError: Error, CustomStringConvertible {
        public let path: String
        public let message: String
        public var description: String { "\(path): \(message)" }
    }

    /// A profile as read, with what was read but not used: keys the format does not have (a typo such as
    /// `dateOfBrith` would otherwise be silently ignored).
    public struct Reading: Sendable {
        public let profile: Profile
        /// One per unknown key: `profile.dateOfBrith: unknown key, ignored (did you mean dateOfBirth?)`.
        public let warnings: [ProfileIssue]
        /// The document as parsed (an import reads its `_session` from it).
        let tree: JSONTree
    }

    /// Top-level keys that are not the profile's but are expected in its files (an export's `_session`, the
    /// date `assess` evaluates the file on, `asOf`).
    public static let reservedKeys: Set<String> = ["_session", "asOf"]
    /// At most this many unknown keys are listed one by one; the rest are counted.
    static let maximumWarnings = 20

    /// Reads a profile file. `strict`: an unknown key is an error instead of a warning. Everything a file can
    /// hold ends as a profile or a `DecodeError` naming the field: nothing crashes, and reading is linear.
    public static func read(_ data: Data, strict: Bool = false) throws(DecodeError) -> Reading {
        let tree: JSONTree
        do { tree = try JSONTree.parse(data) } catch { throw DecodeError(path: "profile", message: error.message) }
        let decoder = JSONTreeDecoder()
        let profile: Profile
        do {
            profile = try decoder.decode(Profile.self, from: tree)
        } catch let r as JSONTreeDecoder.Refusal {
            throw DecodeError(path: JSONTreeDecoder.pathString(r.path), message: r.message)
        } catch let e as DecodingError {
            let text = describe(e, root: "profile")
            if let r = text.range(of: ": ") {
                let path = String(text[..<r.lowerBound])
                throw DecodeError(path: path, message: excerpt(enumHint(String(text[r.upperBound...]), path: path), limit: 300))
            }
            throw DecodeError(path: "profile", message: excerpt(text, limit: 300))
        } catch {
            throw DecodeError(path: "profile", message: excerpt("\(error)", limit: 300))
        }
        if let problem = ProfileBounds.firstProblem(in: profile) {
            throw DecodeError(path: problem.path, message: problem.message)
        }
        let unknown = unknownKeys(tree, asked: decoder.askedKeys)
        if strict, let first = unknown.first {
            throw DecodeError(path: first.path, message: first.message.replacingOccurrences(of: "unknown key, ignored", with: "unknown key, refused by --strict"))
        }
        var warnings = Array(unknown.prefix(maximumWarnings))
        if unknown.count > maximumWarnings {
            warnings.append(ProfileIssue(path: "profile", message: "\(unknown.count - maximumWarnings) more unknown keys, ignored"))
        }
        return Reading(profile: profile, warnings: warnings, tree: tree)
    }

    public static func decode(_ data: Data) throws(DecodeError) -> Profile {
        try read(data).profile
    }

    /// Keys present in the file that no decoding asked for, each with the nearest key that was asked for.
    /// Objects under an unknown key are not looked into (the unknown key is reported once).
    static func unknownKeys(_ tree: JSONTree, asked: [String: Set<String>]) -> [ProfileIssue] {
        var out: [ProfileIssue] = []
        func walk(_ t: JSONTree, _ path: String) {
            switch t {
            case .object(let members):
                guard let known = asked[path] else { return }     // not read as an object of the format (e.g. a dictionary)
                var seen: Set<String> = []
                for (key, value) in members where seen.insert(key).inserted {
                    if known.contains(key) {
                        walk(value, path + "." + key)
                    } else if !(path == "profile" && reservedKeys.contains(key)) {
                        // Only the keys that will be listed get a suggestion (10,000 unknown keys stay fast).
                        let hint = out.count < maximumWarnings ? nearest(key, among: known).map { " (did you mean \($0)?)" } ?? "" : ""
                        out.append(ProfileIssue(path: path + "." + excerpt(key, limit: 60), message: "unknown key, ignored" + hint))
                    }
                }
            case .array(let items):
                for (i, item) in items.enumerated() { walk(item, path + "[\(i)]") }
            default:
                break
            }
        }
        walk(tree, "profile")
        return out
    }

    /// The known key closest to `key` (edit distance with transpositions, ignoring case), if it is close
    /// enough to be a typo: at most 2 edits, or a third of the key's length.
    static func nearest(_ key: String, among known: Set<String>) -> String? {
        guard key.count <= 100 else { return nil }
        let a = Array(key.lowercased())
        var best: (String, Int)?
        for k in known.sorted() {
            let d = editDistance(a, Array(k.lowercased()))
            if d < (best?.1 ?? Int.max) { best = (k, d) }
        }
        guard let (k, d) = best, d <= max(2, a.count / 3) else { return nil }
        return k
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev2[j - 2] + 1) }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }

    /// A value as shown in a message: whole when short, else its beginning, "…" and its length, so a
    /// megabyte string is never echoed back.
    public static func excerpt(_ s: String, limit: Int = 40) -> String {
        guard s.count > limit else { return s }
        return String(s.prefix(limit)) + "… (\(s.count) characters)"
    }

    public static func encode(_ p: Profile) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(p), as: UTF8.self)
    }

    /// Adds the allowed values when an enumeration field got an unknown word.
    static func enumHint(_ msg: String, path: String) -> String {
        guard msg.contains("Cannot initialize") else { return msg }
        let key = path.split(separator: ".").last.map(String.init) ?? ""
        let allowed: [String: [String]] = [
            "maritalStatus": MaritalStatus.allCases.map(\.rawValue),
            "level": EducationLevel.allCases.map(\.rawValue),
            "educationLevel": EducationLevel.allCases.map(\.rawValue),
            "canadianCredential": CanadianStudyCredential.allCases.map(\.rawValue),
            "type": LanguageTestType.allCases.map(\.rawValue),
            "firstOfficialLanguage": OfficialLanguage.allCases.map(\.rawValue),
            "legalStatusInCanada": LegalStatus.allCases.map(\.rawValue),
            "federalProgram": FederalProgram.allCases.map(\.rawValue),
            "status": DocumentStatus.allCases.map(\.rawValue),
        ]
        let bad = excerpt(msg.components(separatedBy: "value ").last ?? "")
        if let a = allowed[key] { return "\"\(bad)\" is not one of \(a.joined(separator: ", "))" }
        return msg
    }
}
