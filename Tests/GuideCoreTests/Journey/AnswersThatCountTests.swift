import Foundation
import Testing
@testable import GuideCore

// What the questions ask is what the engine scores. Every expected total is derived by hand from
// RULES.md (the derivation is in the comment above each test); answers are given through the
// questions' own `write`, as the screens and --plain give them.

private let today = d("2026-12-01")

/// Answers `id` with `text` as a user would; fails the test when the answer is refused.
private func answer(_ p: inout Profile, _ id: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let q = Questionnaire.question(id: id) else { Issue.record("no question \(id)", sourceLocation: sourceLocation); return }
    #expect(q.isShown(p), "\(id) is not shown for these answers", sourceLocation: sourceLocation)
    if let problem = q.write(&p, text, today) { Issue.record("\(id) refused \(text): \(problem)", sourceLocation: sourceLocation) }
}

/// Adds an entry to list question `id` and answers its fields in order.
private func addEntry(_ p: inout Profile, _ id: String, _ answers: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    guard let q = Questionnaire.question(id: id), let list = q.entryList else { Issue.record("no list \(id)", sourceLocation: sourceLocation); return }
    #expect(q.isShown(p), "\(id) is not shown for these answers", sourceLocation: sourceLocation)
    let i = list.add(&p)
    for (field, text) in zip(list.fields, answers) where !text.isEmpty {
        if let problem = field.write(&p, i, text, today) { Issue.record("\(id).\(field.id) refused \(text): \(problem)", sourceLocation: sourceLocation) }
    }
}

/// The couple of issue 10, answered question by question: a software engineer aged 30, bachelor's
/// abroad with an ECA, CELPIP 9 in all four, a job in NOC 21231 since 2021-01-01; the spouse comes
/// along, is not a citizen or PR, has a bachelor's and IELTS R 7, W 6.5, L 7.5, S 7.
func answeredCouple(spouseTest: Bool = true) -> Profile {
    var p = Profile()
    answer(&p, "dateOfBirth", "1996-05-01")
    answer(&p, "maritalStatus", "married")
    answer(&p, "spouseCitizenOrPR", "no")
    answer(&p, "spouseAccompanying", "yes")
    answer(&p, "spouseEducation", "bachelorOrThreeYear")
    answer(&p, "spouseCanadianWork", "0")
    answer(&p, "spouseStudiedInCanada", "no")
    answer(&p, "numberOfChildren", "0")
    answer(&p, "educationLevel", "bachelorOrThreeYear")
    answer(&p, "educationCanadian", "no")
    answer(&p, "educationIsDegree", "yes")
    answer(&p, "educationHasECA", "yes")
    answer(&p, "ecaIssueDate", "2024-01-15")
    answer(&p, "canadianCredential", "none")
    answer(&p, "studiedInCanadaTwoYears", "no")
    answer(&p, "firstOfficialLanguage", "english")
    // Fields: type, test date, result date, reading, writing, listening, speaking.
    addEntry(&p, "languageTests", ["celpipGeneral", "2026-01-10", "", "9", "9", "9", "9"])
    if spouseTest { addEntry(&p, "spouseLanguageTests", ["ieltsGeneral", "2026-02-07", "2026-02-20", "7", "6.5", "7.5", "7"]) }
    // Fields: NOC, title, start, end, hours, in Canada, country, paid, self-employed, student.
    addEntry(&p, "workExperience", ["21231", "", "2021-01-01", "", "40", "no", "India", "yes", "no", "no"])
    answer(&p, "certificateOfQualification", "no")
    answer(&p, "jobOffer", "no")
    answer(&p, "siblingInCanada", "no")
    answer(&p, "relativeInCanada", "no")
    answer(&p, "settlementFunds", "40000")
    answer(&p, "countryOfResidence", "India")
    answer(&p, "legalStatus", "none")
    answer(&p, "intendsOntario", "yes")
    answer(&p, "federalProgram", "fswp")
    return p
}

@Suite struct AnswersThatCountTests {
    // The couple on 2026-12-01, with the spouse's test (RULES.md §5, §3.2, §6.1, §6.2):
    //   spouse IELTS: R 7.0 = CLB 9, W 6.5 = CLB 8, L 7.5 = CLB 8, S 7.0 = CLB 9 (§6.1).
    //   CRS A (with spouse): age 30 = 95; bachelor's = 112; CLB 9 x4 = 29 x 4 = 116; no Canadian work = 0 -> 323.
    //   CRS B: spouse bachelor's = 8; spouse language 5 + 3 + 3 + 5 = 16 (cap 20); spouse Canadian work 0 -> 24.
    //   CRS C: education (>= 1-year tier) with CLB 9+ all four = 25; foreign 3+ years (2021-01 to 2026-12)
    //          with CLB 9+ = 50 -> 75.  D: 0.  Total 323 + 24 + 75 = 422.
    //   FSW: language 6 x 4 = 24; education 3+ years = 21; experience 5 full years (4-5) = 13; age 12;
    //        arranged employment 0; adaptability: spouse CLB 4+ in all four = 5 -> 75 (pass mark 67).
    @Test func coupleWithSpouseTestScoresTheSpouse() {
        let a = Assessor(asOf: today).assess(answeredCouple())
        #expect(a.crs.withSpouse)
        #expect(a.crs.core == 323 && a.crs.spouse == 24 && a.crs.transferability == 75 && a.crs.additional == 0)
        #expect(a.crs.total == 422)
        #expect(a.crs.points("spouseLanguage") == 16)
        #expect(a.fsw.total == 75 && a.fsw.points("adaptability") == 5)
    }

    // The same couple without the spouse's test: B = 8 only -> 323 + 8 + 75 = 406; FSW loses the
    // 5 adaptability points -> 70. The screens used to show these numbers even with a test.
    @Test func coupleWithoutSpouseTest() {
        let a = Assessor(asOf: today).assess(answeredCouple(spouseTest: false))
        #expect(a.crs.total == 406 && a.fsw.total == 70)
    }

    // A citizen spouse, answered after the spouse questions were answered: the spouse questions are
    // hidden and their answers stop counting everywhere.
    //   CRS without spouse (§5.2-5.8): age 30 = 105; bachelor's = 120; CLB 9 x4 = 31 x 4 = 124 -> A 349;
    //   B none; C 25 + 50 = 75; total 424.
    //   FSW: 24 + 21 + 13 + 12 + 0 + adaptability 0 (a citizen/PR spouse is not an accompanying
    //   family member, §3.2) = 70.
    //   Fees: no spouse lines; checklist: no spouse documents. Family size for funds stays 2 (§7 counts
    //   the spouse whether or not they come).
    @Test func aHiddenSpouseStopsCounting() {
        var p = answeredCouple()
        answer(&p, "spouseCitizenOrPR", "yes")
        #expect(Questionnaire.question(id: "spouseLanguageTests")!.isShown(p) == false)
        #expect(!p.spouse.languageTests.isEmpty, "the hidden answer is kept, so changing back restores it")
        let a = Assessor(asOf: today).assess(p)
        #expect(!a.crs.withSpouse && a.crs.spouse == 0 && a.crs.total == 424)
        #expect(a.fsw.total == 70 && a.fsw.points("adaptability") == 0)
        #expect(!a.fees.lines.contains { $0.id.lowercased().contains("spouse") })
        #expect(!Checklist.derive(p, today: today).contains { $0.person.role == .spouse })
        #expect(a.funds?.familySize == 2)
        // Changing back brings the saved answers back into the score.
        answer(&p, "spouseCitizenOrPR", "no")
        #expect(Assessor(asOf: today).assess(p).crs.total == 422)
    }

    // Marital status changed to single after the spouse was described: scored as single (424, as
    // above), family size 1, no spouse fee and no spouse document.
    @Test func becomingSingleDropsTheSpouse() {
        var p = answeredCouple()
        answer(&p, "maritalStatus", "single")
        let a = Assessor(asOf: today).assess(p)
        #expect(a.crs.total == 424 && a.fsw.points("adaptability") == 0)
        #expect(a.funds?.familySize == 1)
        #expect(!Checklist.derive(p, today: today).contains { $0.person.role == .spouse })
    }

    // A citizen/PR spouse marked as accompanying (an old or imported profile) adds nothing to FSW
    // adaptability (§3.2): the grid of a single applicant applies, 70 as derived above.
    @Test func citizenSpouseNeverAddsAdaptability() {
        var p = answeredCouple()
        p.spouse.canadianCitizenOrPR = true
        p.spouse.accompanying = true
        #expect(FSWRules.assess(p, asOf: today).points("adaptability") == 0)
    }

    // A nominee (RULES.md §5.9: an accepted provincial nomination adds 600). Single, age 29 on
    // 2026-12-01, Canadian bachelor's, CELPIP 9: A = 110 + 120 + 124 = 354; C = 25; D = 600 -> 979.
    // The nomination is recorded with the step 3 questions, the only place that records it.
    @Test func aNominationRecordedInStepThreeGivesSixHundred() {
        var p = single(age: 29, asOf: "2026-12-01", language: [celpip(9)])
        #expect(CRSRules.assess(p, asOf: today).total == 379)
        answer(&p, "route", "owp")          // a nominee is on an Ontario route (step 2)
        answer(&p, "nominationDate", "2026-11-02")
        answer(&p, "nominationAccepted", "2026-11-20")
        let r = CRSRules.assess(p, asOf: today)
        #expect(r.additional == 600 && r.total == 979)
        // Before the day it was accepted, it does not count yet.
        #expect(CRSRules.assess(p, asOf: d("2026-11-19")).total == 379)
    }

    // Old sessions and imports with the former key still score the same, and the key is not
    // written again: the acceptance is kept as an acceptance whose date was not recorded.
    @Test func theOldNominationKeyIsMigrated() throws {
        let old = #"{"dateOfBirth":"1997-11-30","maritalStatus":"single","education":{"level":"bachelorOrThreeYear","isCanadian":true},"#
            + #""languageTests":[{"type":"celpipGeneral","testDate":"2026-01-10","scores":{"reading":9,"writing":9,"listening":9,"speaking":9}}],"#
            + #""provincialNominationAccepted":true}"#
        let p = try JSONDecoder().decode(Profile.self, from: Data(old.utf8))
        #expect(p.filing.nominationAcceptedUndated == true)
        #expect(CRSRules.assess(p, asOf: today).total == 979)
        let written = String(decoding: try JSONEncoder().encode(p), as: UTF8.self)
        #expect(!written.contains("provincialNominationAccepted"))
        // Answering the date replaces the undated record.
        var q = p
        #expect(Questionnaire.journeyRoute(q) == .owp, "a recorded nomination puts the journey on an Ontario route")
        answer(&q, "nominationDate", "2026-11-02")
        answer(&q, "nominationAccepted", "2026-11-20")
        #expect(q.filing.nominationAcceptedUndated == nil && q.hasAcceptedNomination(on: today))
    }

    // Children: the number and the dates of birth are one list; changing the number keeps the dates.
    @Test func childrenCountAndBirthDatesAreOneFact() {
        var p = answeredCouple()
        answer(&p, "numberOfChildren", "2")
        #expect(Questionnaire.question(id: "childrenBirthDates")!.isShown(p))
        #expect(Questionnaire.missing(for: p).contains { $0.id == "childrenBirthDates" })
        let list = Questionnaire.question(id: "childrenBirthDates")!.entryList!
        #expect(list.fields[0].write(&p, 0, "2006-03-01", today) == nil)
        #expect(list.fields[0].write(&p, 1, "2019-07-15", today) == nil)
        #expect(!Questionnaire.missing(for: p).contains { $0.id == "childrenBirthDates" })
        #expect(Assessor(asOf: today).assess(p).funds?.familySize == 4)
        answer(&p, "numberOfChildren", "1")
        #expect(p.children == [Child(dateOfBirth: d("2006-03-01"))])
        // An old profile with only a count decodes to that many children without dates.
        let old = try! JSONDecoder().decode(Profile.self, from: Data(#"{"numberOfChildren":3}"#.utf8))
        #expect(old.numberOfChildren == 3 && old.children?.allSatisfy { $0.dateOfBirth == nil } == true)
    }

    // The cross-field checks a consultant makes refuse the answer and say why.
    @Test func crossFieldChecks() {
        var p = answeredCouple()
        let jobs = Questionnaire.question(id: "workExperience")!.entryList!
        let start = jobs.fields.firstIndex { $0.id == "start" }!
        // Born 1996-05-01: work before 2012-05-01 (age 16) is refused.
        #expect(jobs.fields[start].write(&p, 0, "2012-04-30", today)?.contains("before you turned 16") == true)
        #expect(jobs.fields[start].write(&p, 0, "2012-05-01", today) == nil)
        let end = jobs.fields.firstIndex { $0.id == "end" }!
        #expect(jobs.fields[end].write(&p, 0, "2026-12-02", today)?.contains("in the future") == true)
        // A test date after its result date.
        let tests = Questionnaire.question(id: "spouseLanguageTests")!.entryList!
        let testDate = tests.fields.firstIndex { $0.id == "testDate" }!
        #expect(tests.fields[testDate].write(&p, 0, "2026-02-21", today)?.contains("after its results") == true)
        // An ECA dated before the credential was completed, in either order of answering.
        answer(&p, "educationCompleted", "2018-06-30")
        #expect(Questionnaire.question(id: "ecaIssueDate")!.write(&p, "2018-06-01", today)?.contains("before you completed") == true)
        #expect(Questionnaire.question(id: "educationCompleted")!.write(&p, "2024-02-01", today)?.contains("before") == true)
        // Overlapping full-time jobs are noted (not refused): only 30 hours a week count.
        addEntry(&p, "workExperience", ["21232", "", "2022-01-01", "2023-01-01", "35", "no", "India", "yes", "no", "no"])
        #expect(Questionnaire.question(id: "workExperience")!.note(p, today)?.contains("overlap") == true)
    }

    // "N of M answered" reaches M when everything required is answered, optional blanks aside.
    @Test func progressReachesItsTotal() {
        let p = answeredCouple()
        let progress = Questionnaire.progress(in: .criteria, for: p)
        #expect(progress.answered == progress.total)
        #expect(Questionnaire.missing(for: p, in: .criteria).isEmpty)
    }
}

@Suite struct ChildrenAndSpouseDocumentsTests {
    // RULES.md §10.2 #8: police certificates for every family member 18 or older. A child born
    // 2006-03-01 is 20 on 2026-12-01 and needs one; a child born 2019-07-15 does not. Every family
    // member needs the medical exam (§10.2), so both children have that item.
    @Test func adultChildrenGetPoliceCertificates() {
        var p = answeredCouple()
        p.numberOfChildren = 2
        p.children = [Child(dateOfBirth: d("2006-03-01")), Child(dateOfBirth: d("2019-07-15"))]
        let keys = Checklist.derive(p, today: d("2026-12-01")).map(\.key)
        #expect(keys.contains { $0.hasPrefix("pr.policeCertificate#child:1") })
        #expect(!keys.contains { $0.hasPrefix("pr.policeCertificate#child:2") })
        #expect(keys.contains { $0.hasPrefix("pr.medical#child:1") } && keys.contains { $0.hasPrefix("pr.medical#child:2") })
    }

    // The spouse's stays abroad, asked in step 1, give the spouse's police certificates.
    @Test func spouseStaysGiveSpouseCertificates() {
        var p = answeredCouple()
        p.spouse.countriesLived = [CountryStay(country: "Brazil", from: d("2015-01-01"), to: d("2019-12-31"))]
        let keys = Checklist.derive(p, today: d("2026-12-01")).map(\.key)
        #expect(keys.contains { $0 == "pr.policeCertificate#spouse/country:BRAZIL" })
    }
}
