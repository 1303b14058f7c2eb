import Foundation
import Testing
@testable import GuideCore

// Parity between the questionnaire and the engine: every profile field that changes an assessment,
// a fee or a checklist item must be set by a question (or an entry field of a list question), or be
// in the short list of fields derived or kept for imports that docs/profile-format.md explains.
// Both sides are found by experiment, not listed by hand: a field is "read" when changing it changes
// the report; a field is "asked" when answering some question changes it.

private let today = d("2026-12-01")

/// Fields no question sets, each with the reason (also in docs/profile-format.md).
private let notAsked: [String: String] = [
    "documents": "the checklist screen's own records (status, dates, note), edited there",
    "filing.nominationAcceptedUndated": "set only when an old profile with provincialNominationAccepted is read",
    "jobOffer.teer": "imports only: used when no NOC code is given; the question asks the code",
    "familySize": "never read: the family size is derived from marital status and children",
]

/// The OWP route's version of `everythingShown`: a registered Ontario employer's offer, an EOI, an
/// invitation, an application, a nomination through Express Entry. HCP's questions are hidden here.
private func owpShown() -> Profile {
    var p = everythingShown()
    p.hcpApplicationReceivedDate = nil
    p.filing.receivedNOI = nil
    p.noiDate = nil
    p.filing.oinpApplicationSubmitted = nil
    p.filing.oinpFeePaid = nil
    p.chosenRoute = .owp
    p.owp = OWPApplication()
    p.owp.employerName = "Example Corp"
    p.owp.hourlyWage = 45
    p.owp.region = OWPRegion.allCases.first
    p.owp.jobOfferID = "JO-1234"
    p.owp.jobOfferSubmittedDate = d("2026-07-02")
    p.owp.monthsInJobOfferPosition = 3
    p.owp.monthsOtherOntarioWork = 14
    p.owp.highestCanadianEarnings = 60_000
    p.owp.recentOntarioGraduate = false
    p.owp.canadianCredentials = 1
    p.owp.ontarioLicence = false
    p.owp.selfEmployedPhysician = false
    p.owp.eoiDate = d("2026-07-20")
    p.owp.eoiScore = 70
    p.owp.invitationDate = d("2026-09-01")
    p.owp.applicationSubmitted = d("2026-09-10")
    p.owp.nominationThroughExpressEntry = true
    return p
}

/// A profile where every question of the HCP route is shown: a couple with children, a job offer in
/// Ontario, an HCP application received before the closure, an NOI, a nomination, an ITA.
private func everythingShown() -> Profile {
    var p = answeredCouple()
    p.numberOfChildren = 2
    p.children = [Child(dateOfBirth: d("2006-03-01")), Child(dateOfBirth: d("2019-07-15"))]
    p.jobOffer = JobOffer(hasOffer: true, nocCode: "21231", lmiaOrExempt: true, inOntario: true, currentlyAuthorizedToWork: true)
    p.education.canadianCredential = .oneOrTwoYear
    p.education.studiedInCanadaTwoYears = true
    p.ontarioTies = [.work]
    p.countriesLived = [CountryStay(country: "India", from: d("2014-01-01"), to: nil)]
    p.spouse.countriesLived = [CountryStay(country: "India", from: d("2015-01-01"), to: nil)]
    p.hcpApplicationReceivedDate = d("2026-04-01")
    p.expressEntryProfileDate = d("2026-01-05")
    p.filing.expressEntryProfileNumber = "E001234567"
    p.filing.jobSeekerValidationCode = "A1B2C3"
    p.filing.receivedNOI = true
    p.noiDate = d("2026-03-10")
    p.filing.oinpApplicationSubmitted = d("2026-04-01")
    p.filing.oinpFeePaid = true
    p.filing.nominationDate = d("2026-06-15")
    p.filing.nominationAccepted = d("2026-06-20")
    p.filing.receivedITA = true
    p.filing.itaDate = d("2026-11-01")
    p.filing.prFeesPaid = false
    p.filing.biometricsDate = d("2026-11-10")
    p.filing.medicalExamDate = d("2026-11-12")
    p.filing.policeCertificatesObtained = false
    p.filing.prApplicationSubmitted = d("2026-11-20")
    p.filing.acknowledgementOfReceipt = d("2026-11-21")
    return p
}

/// What the user is shown for a profile: the full report, the fee estimate inside it, the checklist.
private func outcome(_ p: Profile) -> String {
    let a = Assessor(asOf: today).assess(p)
    let report = (try? a.renderJSON()) ?? ""
    let checklist = Checklist.derive(p, today: today).map { "\($0.key) \($0.status) \($0.expires?.description ?? "-") \($0.notes)" }
    return report + checklist.joined(separator: "\n")
}

/// The leaves of a JSON value, by path with array indices written as [].
private func leaves(_ v: Any, _ path: String = "", into out: inout [String: Any]) {
    if let o = v as? [String: Any] {
        for (k, x) in o { leaves(x, path.isEmpty ? k : path + "." + k, into: &out) }
    } else if let a = v as? [Any] {
        if a.isEmpty { out[path] = a }
        for (i, x) in a.enumerated() { leaves(x, path + "[\(i)]", into: &out) }
    } else {
        out[path] = v
    }
}

private func general(_ path: String) -> String {
    path.replacingOccurrences(of: #"\[\d+\]"#, with: "[]", options: .regularExpression)
}

private func json(_ p: Profile) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: JSONEncoder().encode(p))) as? [String: Any] ?? [:]
}

/// Sets the leaf at `path` (with concrete indices) in a JSON object.
private func setting(_ root: [String: Any], _ path: String, _ value: Any) -> [String: Any] {
    var parts: [Any] = []
    for piece in path.split(separator: ".") {
        var name = Substring(piece)
        var indices: [Int] = []
        while let open = name.lastIndex(of: "["), name.hasSuffix("]") {
            indices.insert(Int(name[name.index(after: open)..<name.index(before: name.endIndex)])!, at: 0)
            name = name[..<open]
        }
        parts.append(String(name))
        parts.append(contentsOf: indices as [Any])
    }
    func set(_ node: Any, _ rest: ArraySlice<Any>) -> Any {
        guard let head = rest.first else { return value }
        if let key = head as? String, var o = node as? [String: Any] { o[key] = set(o[key] ?? [:], rest.dropFirst()); return o }
        if let i = head as? Int, var a = node as? [Any], a.indices.contains(i) { a[i] = set(a[i], rest.dropFirst()); return a }
        return node
    }
    return set(root, parts[...]) as? [String: Any] ?? root
}

/// Other values for a leaf: a different boolean, number, date, or enumeration value.
private func alternatives(_ v: Any) -> [Any] {
    if type(of: v) == Bool.self, let b = v as? Bool { return [!b] }
    if let n = v as? NSNumber {
        if String(cString: n.objCType) == "c" { return [!n.boolValue] }
        return [n.doubleValue + 1, n.doubleValue * 3 + 5, 0]
    }
    if let s = v as? String {
        if let date = try? LocalDate.parse(s) { return [date.adding(days: -400).description, date.adding(days: 3).description] }
        let enums: [[String]] = [MaritalStatus.allCases.map(\.rawValue), EducationLevel.allCases.map(\.rawValue),
                                 CanadianStudyCredential.allCases.map(\.rawValue), OfficialLanguage.allCases.map(\.rawValue),
                                 LanguageTestType.allCases.map(\.rawValue), LegalStatus.allCases.map(\.rawValue),
                                 OntarioTie.allCases.map(\.rawValue), FederalProgram.allCases.map(\.rawValue)]
        if let family = enums.first(where: { $0.contains(s) }) { return family.filter { $0 != s } }
        return ["21311", "Brazil", "Canada", "changed"]
    }
    return []
}

/// The generalized paths whose change changes what the user is shown.
private func fieldsRead(from p: Profile) -> Set<String> {
    let base = outcome(p)
    var all: [String: Any] = [:]
    leaves(json(p), into: &all)
    var read = Set<String>()
    for (path, value) in all where !read.contains(general(path)) {
        for alt in alternatives(value) {
            guard let data = try? JSONSerialization.data(withJSONObject: setting(json(p), path, alt)),
                  let changed = try? JSONDecoder().decode(Profile.self, from: data) else { continue }
            if outcome(changed) != base { read.insert(general(path)); break }
        }
    }
    return read
}

/// Answers a question could be given, by kind.
private func sampleAnswers(_ kind: Question.Kind) -> [String] {
    switch kind {
    case .date: return ["2020-03-04", "2025-06-07", ""]
    case .integer(let r): return [String(r.lowerBound), String(min(r.upperBound, r.lowerBound + 2))]
    case .amount: return ["12345"]
    case .text: return ["21311", "E0099", "Brazil", "Example Corp", "7", "6"]
    case .choice(let c): return c.map(\.value)
    case .multiChoice(let c): return c.map(\.value) + [c.map(\.value).joined(separator: ",")]
    case .list: return []
    }
}

/// The generalized paths some question or entry field changes when answered.
private func fieldsAsked(from p: Profile) -> Set<String> {
    var before: [String: Any] = [:]
    leaves(json(p), into: &before)
    var asked = Set<String>()
    func record(_ q: Profile) {
        var after: [String: Any] = [:]
        leaves(json(q), into: &after)
        for key in Set(before.keys).union(after.keys) {
            let a = before[key].map { "\($0)" }, b = after[key].map { "\($0)" }
            if a != b { asked.insert(general(key)) }
        }
    }
    for q in Questionnaire.all {
        if let list = q.entryList {
            for field in list.fields where list.count(p) > 0 {
                for text in sampleAnswers(field.kind) {
                    var copy = p
                    if field.write(&copy, 0, text, today) == nil { record(copy) }
                }
            }
            var grown = p
            _ = list.add(&grown)
            record(grown)
        } else {
            for text in sampleAnswers(q.kind) {
                var copy = p
                if q.write(&copy, text, today) == nil { record(copy) }
            }
        }
    }
    return asked
}

@Suite struct QuestionParityTests {
    @Test func everyFieldTheRulesReadIsAsked() {
        // The two Ontario routes ask different step-3 questions; between them every question is shown.
        let fixtures = [everythingShown(), owpShown()]
        #expect(Questionnaire.all.filter { q in !fixtures.contains { q.isShown($0) } }.map(\.id) == [], "the fixtures must show every question")
        var unasked = Set<String>()
        for (n, p) in fixtures.enumerated() {
            let read = fieldsRead(from: p), asked = fieldsAsked(from: p)
            // The experiment must see the obvious ones, or it proves nothing.
            #expect(read.isSuperset(of: ["spouse.languageTests[].scores.listening", "filing.nominationAccepted", "dateOfBirth"]), "fixture \(n)")
            unasked.formUnion(read.subtracting(asked))     // read on this route, asked by none of its questions
        }
        unasked = unasked.filter { path in !notAsked.keys.contains { path == $0 || path.hasPrefix($0 + ".") || path.hasPrefix($0 + "[") } }
        #expect(unasked.sorted() == [], "read by the rules but set by no question: \(unasked.sorted())")
    }

    // One field, one question: two questions writing the same field would let a hidden one clear
    // what a shown one answered (`Profile.counted`).
    @Test func noTwoQuestionsWriteTheSameField() {
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for p in [everythingShown(), owpShown()] {
        for q in Questionnaire.all where q.entryList == nil && q.isShown(p) {
            var before: [String: Any] = [:]
            leaves(json(p), into: &before)
            var written = Set<String>()
            for text in sampleAnswers(q.kind) {
                var copy = p
                guard q.write(&copy, text, today) == nil else { continue }
                var after: [String: Any] = [:]
                leaves(json(copy), into: &after)
                for key in Set(before.keys).union(after.keys) where before[key].map({ "\($0)" }) != after[key].map({ "\($0)" }) {
                    written.insert(general(key))
                }
            }
            for w in written {
                if let other = owner[w], other != q.id { clashes.append("\(w): \(other) and \(q.id)") }
                owner[w] = q.id
            }
        }
        }
        #expect(clashes == [])
    }
}
