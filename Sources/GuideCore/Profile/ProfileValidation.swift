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
        return issues
    }
}

/// Reading a profile from JSON with errors that name the field.
public enum ProfileJSON {
    public struct DecodeError: Error, CustomStringConvertible {
        public let path: String
        public let message: String
        public var description: String { "\(path): \(message)" }
    }

    public static func decode(_ data: Data) throws(DecodeError) -> Profile {
        do {
            return try JSONDecoder().decode(Profile.self, from: data)
        } catch let e as DecodingError {
            let text = describe(e, root: "profile")
            if let r = text.range(of: ": ") {
                throw DecodeError(path: String(text[..<r.lowerBound]), message: enumHint(String(text[r.upperBound...]), path: String(text[..<r.lowerBound])))
            }
            throw DecodeError(path: "profile", message: text)
        } catch {
            throw DecodeError(path: "profile", message: "\(error)")
        }
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
        let bad = msg.components(separatedBy: "value ").last ?? ""
        if let a = allowed[key] { return "\"\(bad)\" is not one of \(a.joined(separator: ", "))" }
        return msg
    }
}
