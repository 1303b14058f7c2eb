import Foundation
import PropertyBased
import Testing
@testable import GuideCore

// Property tests: a better answer never lowers a score; no cap is ever exceeded.

private let asOf = "2026-11-01"

/// A profile from generated answers.
private func profile(scores: [Int], french: [Int], education: Int, canadianYears: Int, foreignYears: Int, age: Int, spouse: Bool, coq: Bool) -> Profile {
    var work: [WorkExperience] = []
    if canadianYears > 0 {
        work.append(job(from: d("2026-10-01").adding(years: -canadianYears).description, to: "2026-09-30", inCanada: true))
    }
    if foreignYears > 0 {
        work.append(job(from: d("2016-11-02").description, to: d("2016-11-02").adding(years: foreignYears).adding(days: -1).description, inCanada: false))
    }
    var tests = [celpip(Double(scores[0]), Double(scores[1]), Double(scores[2]), Double(scores[3]))]
    if french.contains(where: { $0 > 0 }) {
        tests.append(tef(Double(french[0]), Double(french[1]), Double(french[2]), Double(french[3])))
    }
    var p = single(age: age, education: EducationLevel.allCases[education], language: tests, work: work)
    p.certificateOfQualification = coq
    if spouse {
        p.maritalStatus = .married
        p.spouse = Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: .doctoral, languageTests: [celpip(10)], canadianWorkYears: 9, studiedInCanada: true)
    }
    if coq { p.filing.nominationDate = d("2026-10-01"); p.filing.nominationAccepted = d("2026-10-02") }
    p.siblingInCanada = spouse
    p.education.canadianCredential = .threeYearOrMore
    return p
}

private func checkCaps(_ p: Profile) {
    let r = CRSRules.assess(p, asOf: d(asOf))
    let maxCore = r.withSpouse ? 460 : 500
    #expect(r.core <= maxCore && r.spouse <= 40 && r.transferability <= 100 && r.additional <= 600 && r.total <= 1200)
    #expect(r.core + r.spouse <= 500)
    #expect(r.total == r.core + r.spouse + r.transferability + r.additional)
    for l in r.breakdown.core + r.breakdown.spouse + r.breakdown.transferability {
        if let m = l.max { #expect(l.points <= m && l.points >= 0, "\(l.id) \(l.points) > \(m)") }
    }
    let f = FSWRules.assess(p, asOf: d(asOf))
    #expect(f.total <= 100 && f.total >= 0)
    for l in f.breakdown { #expect(l.points <= (l.max ?? Int.max), "\(l.id)") }
}

@Suite struct PropertyTests {
    let scores = Gen.int(in: 0...12).array(of: 4)
    let french = Gen.int(in: 0...699).array(of: 4)

    @Test func betterLanguageNeverLowersScores() async {
        await propertyCheck(input: scores, french, Gen.int(in: 0...7), Gen.int(in: 0...3), Gen.int(in: 18...50), Gen.bool(), Gen.int(in: 0...3)) {
            s, fr, edu, years, age, spouse, ability in
            let before = profile(scores: s, french: fr, education: edu, canadianYears: years, foreignYears: years, age: age, spouse: spouse, coq: false)
            var better = s
            better[ability] = min(12, better[ability] + 1)
            let after = profile(scores: better, french: fr, education: edu, canadianYears: years, foreignYears: years, age: age, spouse: spouse, coq: false)
            #expect(CRSRules.assess(after, asOf: d(asOf)).total >= CRSRules.assess(before, asOf: d(asOf)).total)
            #expect(FSWRules.assess(after, asOf: d(asOf)).total >= FSWRules.assess(before, asOf: d(asOf)).total)
            // A better French score never lowers either.
            var frBetter = fr
            frBetter[ability] = min(699, frBetter[ability] + 40)
            let afterFr = profile(scores: s, french: frBetter, education: edu, canadianYears: years, foreignYears: years, age: age, spouse: spouse, coq: false)
            #expect(CRSRules.assess(afterFr, asOf: d(asOf)).total >= CRSRules.assess(before, asOf: d(asOf)).total)
        }
    }

    @Test func moreEducationOrExperienceNeverLowersScores() async {
        await propertyCheck(input: scores, Gen.int(in: 0...6), Gen.int(in: 0...5), Gen.int(in: 0...5), Gen.int(in: 18...50), Gen.bool()) {
            s, edu, can, foreign, age, spouse in
            let base = profile(scores: s, french: [0, 0, 0, 0], education: edu, canadianYears: can, foreignYears: foreign, age: age, spouse: spouse, coq: false)
            let variants = [
                profile(scores: s, french: [0, 0, 0, 0], education: edu + 1, canadianYears: can, foreignYears: foreign, age: age, spouse: spouse, coq: false),
                profile(scores: s, french: [0, 0, 0, 0], education: edu, canadianYears: can + 1, foreignYears: foreign, age: age, spouse: spouse, coq: false),
                profile(scores: s, french: [0, 0, 0, 0], education: edu, canadianYears: can, foreignYears: foreign + 1, age: age, spouse: spouse, coq: false),
            ]
            let c0 = CRSRules.assess(base, asOf: d(asOf)).total, f0 = FSWRules.assess(base, asOf: d(asOf)).total
            for v in variants {
                #expect(CRSRules.assess(v, asOf: d(asOf)).total >= c0)
                #expect(FSWRules.assess(v, asOf: d(asOf)).total >= f0)
            }
            // A yes to a bonus question never lowers the CRS.
            var bonus = base
            bonus.siblingInCanada = true
            bonus.certificateOfQualification = true
            #expect(CRSRules.assess(bonus, asOf: d(asOf)).total >= c0)
        }
    }

    @Test func capsAreNeverExceeded() async {
        await propertyCheck(input: scores, french, Gen.int(in: 0...7), Gen.int(in: 0...9), Gen.int(in: 0...9), Gen.int(in: 15...60), Gen.bool(), Gen.bool()) {
            s, fr, edu, can, foreign, age, spouse, coq in
            checkCaps(profile(scores: s, french: fr, education: edu, canadianYears: can, foreignYears: foreign, age: age, spouse: spouse, coq: coq))
        }
    }

    @Test func youngerNeverScoresLessAfterThirty() async {
        // Age points never increase after 30 (CRS) / 35 (FSW): one year older never scores more.
        await propertyCheck(input: Gen.int(in: 20...60)) { age in
            let a = single(age: age, language: [celpip(9)]), b = single(age: age + 1, language: [celpip(9)])
            if age >= 29 { #expect(CRSRules.assess(b, asOf: d(asOf)).total <= CRSRules.assess(a, asOf: d(asOf)).total) }
            if age >= 35 { #expect(FSWRules.assess(b, asOf: d(asOf)).total <= FSWRules.assess(a, asOf: d(asOf)).total) }
        }
    }
}
