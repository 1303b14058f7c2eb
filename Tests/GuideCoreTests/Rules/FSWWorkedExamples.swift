import Foundation
import Testing
@testable import GuideCore

// FSW 67-point worked examples, derived by hand from RULES.md §3.2 (derivation in each comment).
// Date 2026-11-01; single; Canadian education; CELPIP n = CLB n; funds CAD 20,000 (family of 1 needs 15,263, §7 2025).

private let asOf = "2026-11-01"

private func fsw(_ p: Profile, on date: String = asOf) -> FSWResult { FSWRules.assess(p, asOf: d(date)) }

private func applicant(age: Int, education: EducationLevel = .bachelorOrThreeYear, language: [LanguageTest] = [celpip(9)],
                       years: Int = 1, inCanada: Bool = false) -> Profile {
    // `years` full years of TEER 1 work (52 weeks + 1 day each is enough: 365 days × 30/7 = 1,564 h).
    let start = d("2026-01-01").adding(years: -years)
    var p = single(age: age, education: education, language: language, work: [
        WorkExperience(nocCode: "21231", title: "dev", startDate: start, endDate: d("2025-12-31"), hoursPerWeek: 40, country: inCanada ? "CA" : "IN",
                       paid: true, inCanada: inCanada, selfEmployed: false, whileFullTimeStudent: false)])
    p.numberOfChildren = 0
    p.settlementFundsCAD = 20000
    return p
}

@Suite struct FSWWorkedExamples {
    // F1. Age 29 → 12; bachelor's (3+ years) → 21; CLB 9 ×4 → 24; 1 year → 9; no offer 0; adaptability 0.
    //     12 + 21 + 24 + 9 = 66 < 67 → not eligible (one point short).
    @Test func sixtySix() {
        let r = fsw(applicant(age: 29))
        #expect(r.total == 66 && !r.eligible && r.status == .notMet)
        #expect(r.points("age") == 12 && r.points("education") == 21 && r.points("language") == 24 && r.points("experience") == 9)
    }

    // F2. Same with 2 years of experience → 11: 12 + 21 + 24 + 11 = 68 ≥ 67 → eligible.
    @Test func sixtyEight() {
        let r = fsw(applicant(age: 29, years: 2))
        #expect(r.total == 68 && r.eligible)
    }

    // F3. Age 35 → 12 and age 36 → 11 (2 years experience): 68 and 67 (exactly the pass mark → eligible).
    @Test func age35and36() {
        #expect(fsw(applicant(age: 35, years: 2)).total == 68)
        let r36 = fsw(applicant(age: 36, years: 2))
        #expect(r36.total == 67 && r36.eligible)
    }

    // F4. Age 46 → 1 and 47 → 0 (PhD 25, CLB 10 24, 6 years 15): 1 + 25 + 24 + 15 = 65; 0 + … = 64.
    @Test func age46and47() {
        #expect(fsw(applicant(age: 46, education: .doctoral, language: [celpip(10)], years: 6)).total == 65)
        #expect(fsw(applicant(age: 47, education: .doctoral, language: [celpip(10)], years: 6)).total == 64)
    }

    // F5. CLB 8 ×4 → 4×5 = 20; plus French NCLC 5 ×4 (TEF 2026 lower bounds 352/330/352/387) → +4 = 24.
    //     Age 29 12 + bachelor 21 + 24 + 1 year 9 = 66.
    @Test func secondLanguage() {
        #expect(fsw(applicant(age: 29, language: [celpip(8)])).points("language") == 20)
        let r = fsw(applicant(age: 29, language: [celpip(8), tef(352, 330, 352, 387)]))
        #expect(r.points("language") == 24 && r.total == 66)
    }

    // F6. Language cap 28: CLB 10 ×4 = 24 + French NCLC 5 = 4 → 28 (the maximum). 12 + 21 + 28 + 9 = 70.
    @Test func languageMaximum() {
        let r = fsw(applicant(age: 29, language: [celpip(10), tef(352, 330, 352, 387)]))
        #expect(r.points("language") == 28 && r.total == 70)
    }

    // F7. One ability at CLB 6 (9/9/9/6): that ability earns 0 → 18, and the applicant is not eligible
    //     (CLB 7 in all four is a minimum). 12 + 21 + 18 + 11 (2 years) = 62.
    @Test func belowMinimumLanguage() {
        let r = fsw(applicant(age: 29, language: [celpip(9, 9, 9, 6)], years: 2))
        #expect(r.points("language") == 18 && r.total == 62)
        #expect(r.requirements.first { $0.id == "fsw.language" }?.status == .notMet && !r.eligible)
    }

    // F8. Adaptability cap: 1 year Canadian skilled work (10) + relative in Canada (5) = 15 → 10.
    //     12 + 21 + 24 + 9 + 10 = 76.
    @Test func adaptabilityCap() {
        var p = applicant(age: 29, inCanada: true)
        p.relativeInCanada = true
        let r = fsw(p)
        #expect(r.points("adaptability") == 10 && r.total == 76)
    }

    // F9. Arranged employment TEER 1 with LMIA: 10, plus adaptability 5 → 12 + 21 + 24 + 9 + 10 + 5 = 81.
    @Test func arrangedEmployment() {
        var p = applicant(age: 29)
        p.jobOffer = JobOffer(hasOffer: true, nocCode: "21231", lmiaOrExempt: true)
        let r = fsw(p)
        #expect(r.points("arrangedEmployment") == 10 && r.points("adaptability") == 5 && r.total == 81)
    }

    // F10. Education ladder with age 29, CLB 9, 1 year (12 + 24 + 9 = 45 + education):
    //      PhD 25 → 70; master's 23 → 68; two credentials 22 → 67; two-year 19 → 64; one-year 15 → 60; secondary 5 → 50.
    @Test(arguments: [(EducationLevel.doctoral, 70), (.mastersOrProfessional, 68), (.twoOrMoreOneThreeYear, 67), (.twoYear, 64), (.oneYear, 60), (.secondary, 50)])
    func educationLadder(level: EducationLevel, total: Int) {
        #expect(fsw(applicant(age: 29, education: level)).total == total)
    }

    // F11. Experience: 4 years → 13 (12 + 21 + 24 + 13 = 70); 6 years → 15 (72).
    @Test func experienceSteps() {
        #expect(fsw(applicant(age: 29, years: 4)).total == 70)
        #expect(fsw(applicant(age: 29, years: 6)).total == 72)
    }

    // F12. Spouse adaptability: accompanying spouse with CLB 4 ×4 → 5; spouse 1 year Canadian work → 5; spouse study → 5 → 15 → cap 10.
    //      12 + 21 + 24 + 9 + 10 = 76.
    @Test func spouseAdaptability() {
        var p = applicant(age: 29)
        p.maritalStatus = .married
        p.spouse = Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: .secondary, languageTests: [celpip(4)], canadianWorkYears: 1, studiedInCanada: true)
        p.settlementFundsCAD = 20000
        let r = fsw(p)
        #expect(r.points("adaptability") == 10 && r.total == 76)
    }

    // F13. Funds: family of 1 on 2026-11-01 needs 15,263 (2025 table); 15,000 is short → not eligible despite 68 points.
    @Test func fundsShort() {
        var p = applicant(age: 29, years: 2)
        p.settlementFundsCAD = 15000
        let r = fsw(p)
        #expect(r.total == 68 && !r.eligible)
        let c = r.requirements.first { $0.id == "fsw.funds" }!
        #expect(c.status == .notMet && c.reason.contains("15,263") && c.reason.contains("263 short"))
    }
}

@Suite struct CECExamples {
    // TEER 1 Canadian work, 1 year within 3 years, CLB 7 → met; CLB 6 → not met (TEER 0/1 needs 7).
    @Test func teer1() {
        let p7 = single(age: 29, language: [celpip(7)], work: [job(from: "2025-01-01", to: "2025-12-31", inCanada: true)])
        #expect(CECRules.assess(p7, asOf: d("2026-11-01")).eligible)
        let p6 = single(age: 29, language: [celpip(6)], work: [job(from: "2025-01-01", to: "2025-12-31", inCanada: true)])
        let r = CECRules.assess(p6, asOf: d("2026-11-01"))
        #expect(!r.eligible && r.requiredCLB == 7)
    }

    // TEER 2 work (NOC 22220) needs CLB 5 only.
    @Test func teer2() {
        let p = single(age: 29, language: [celpip(5)], work: [job("22220", from: "2025-01-01", to: "2025-12-31", inCanada: true)])
        let r = CECRules.assess(p, asOf: d("2026-11-01"))
        #expect(r.eligible && r.requiredCLB == 5)
    }

    // Self-employment and work outside the 3-year window do not count.
    @Test func exclusions() {
        let selfEmployed = single(age: 29, language: [celpip(9)], work: [job(from: "2025-01-01", to: "2025-12-31", inCanada: true, selfEmployed: true)])
        #expect(!CECRules.assess(selfEmployed, asOf: d("2026-11-01")).eligible)
        let old = single(age: 29, language: [celpip(9)], work: [job(from: "2021-01-01", to: "2022-12-31", inCanada: true)])
        #expect(CECRules.assess(old, asOf: d("2026-11-01")).canadianHours < 1)
    }

    // Part-time: 15 h/week for 2 years = 1,564 h → 1 year; hours above 30/week never count.
    @Test func partTimeAndCap() {
        let part = single(age: 29, language: [celpip(9)], work: [job(from: "2024-01-01", to: "2025-12-31", inCanada: true, hours: 15)])
        #expect(CECRules.assess(part, asOf: d("2026-11-01")).eligible)
        let twoJobs = single(age: 29, language: [celpip(9)], work: [
            job(from: "2025-06-01", to: "2025-12-31", inCanada: true, hours: 30), job("21232", from: "2025-06-01", to: "2025-12-31", inCanada: true, hours: 20)])
        let r = CECRules.assess(twoJobs, asOf: d("2026-11-01"))
        // 214 days × 30/7 = 917 h (not 50/7 × 214 = 1,528).
        #expect(abs(r.canadianHours - 214.0 * 30 / 7) < 0.01 && !r.eligible)
    }
}
