import Foundation
import Testing
@testable import GuideCore

// OWP Expression of Interest scores worked out by hand from the grid of RULES.md §0.2b
// (employment 70, education 20, language 25, region 15 = 130; self-employed physician 115, no wage factor).
// CELPIP level n = CLB n (§6.2); TEF Canada after 2023-12-10 NCLC 7 = R 434, W 428, L 434, S 456 and
// NCLC 10 = R 546, W 558, L 546, S 556 (§6.4).

/// An applicant with an Ontario job offer and the OWP answers given.
func owpApplicant(noc: String = "21231", tests: [LanguageTest] = [celpip(9, 8, 10, 9, on: "2026-02-10")],
                  status: LegalStatus? = .worker, education: Education = Education(level: .mastersOrProfessional, isCanadian: false, hasECA: true,
                                                                                    ecaIssueDate: d("2024-01-10"), isDegree: true, canadianCredential: CanadianStudyCredential.none),
                  owp: OWPApplication) -> Profile {
    var p = single(age: 34, asOf: "2026-12-01", language: tests)
    p.education = education
    p.legalStatusInCanada = status
    p.jobOffer = JobOffer(hasOffer: true, nocCode: noc, inOntario: true)
    p.owp = owp
    return p
}

let asOfOWP = d("2026-12-01")

@Suite struct OWPEOIWorkedExamples {
    func score(_ p: Profile) -> OWPEOIResult { OWPEOI.score(p, asOf: asOfOWP) }
    func pts(_ r: OWPEOIResult, _ id: String) -> Int? { r.line(id)?.points }

    // Software engineer in Toronto, NOC 21231 (TEER 1, broad category 2), $45/h, 8 months in the position.
    // Employment: TEER 0/1 = 9; category 2 = 6; $40+ = 15; 6-12 months = 12; other Ontario work not scored
    //   (6+ months in the position) = 0; earnings $62,000 ($50,000-69,999) = 6; work permit = 10 -> 58.
    // Education: master's = 8; no Canadian credential = 0 -> 8.
    // Language: lowest ability CLB 8 (CELPIP 9/8/10/9) = 12; one language at CLB 6+ = 5 -> 17.
    // Region: Toronto = 0. Total 58 + 8 + 17 + 0 = 83 of 130.
    @Test func softwareEngineerInToronto() {
        let r = score(owpApplicant(owp: OWPApplication(hourlyWage: 45, region: .toronto, monthsInJobOfferPosition: 8,
                                                       highestCanadianEarnings: 62_000, canadianCredentials: 0)))
        #expect(r.path == .teer0to3 && r.max == 130 && r.complete)
        #expect(pts(r, "teer") == 9 && pts(r, "broadCategory") == 6 && pts(r, "hourlyWage") == 15 && pts(r, "timeInPosition") == 12)
        #expect(pts(r, "otherOntarioWork") == 0 && pts(r, "canadianEarnings") == 6 && pts(r, "legalStatus") == 10)
        #expect(pts(r, "educationLevel") == 8 && pts(r, "canadianCredentials") == 0)
        #expect(pts(r, "languageAbility") == 12 && pts(r, "officialLanguages") == 5 && pts(r, "region") == 0)
        #expect(r.groups.map(\.points) == [58, 8, 17, 0])
        #expect(r.total == 83)
        #expect(r.unverified.isEmpty)
        // Every factor of the grid appears once.
        #expect(r.breakdown.map(\.id) == ["teer", "broadCategory", "hourlyWage", "timeInPosition", "otherOntarioWork", "canadianEarnings",
                                          "legalStatus", "educationLevel", "canadianCredentials", "languageAbility", "officialLanguages", "region"])
    }

    // Registered nurse in Northern Ontario, NOC 31301 (TEER 1, broad category 3), $38.50/h, study permit,
    // bachelor's degree, 2 Canadian credentials, English CLB 7 and French NCLC 7.
    // 5 months in the position (under 6): time in position 0, other Ontario work 18 months (13-24) = 9.
    // Employment: 9 + 10 + 12 ($35-39.99) + 0 + 9 + 4 ($48,000: $30,000-49,999) + 5 (study permit) = 49.
    // Education: bachelor's 6 + more than 1 Canadian credential 10 = 16.
    // Language: lowest ability CLB 7 = 8; English and French both at CLB 6+ = 10 -> 18. Region: Northern 15.
    // Total 49 + 16 + 18 + 15 = 98.
    // At 6 months the position scores 12 (6-12 months) and other Ontario work is no longer scored:
    // employment 9 + 10 + 12 + 12 + 0 + 4 + 5 = 52, total 101.
    @Test func otherOntarioWorkOnlyUnderSixMonthsInThePosition() {
        var o = OWPApplication(hourlyWage: 38.50, region: .northern, monthsInJobOfferPosition: 5, monthsOtherOntarioWork: 18,
                               highestCanadianEarnings: 48_000, canadianCredentials: 2)
        let tests = [celpip(7, on: "2026-03-01"), tef(450, 450, 450, 460, on: "2026-04-01")]
        let edu = Education(level: .bachelorOrThreeYear, isCanadian: true, isDegree: true, canadianCredential: .threeYearOrMore)
        let r = score(owpApplicant(noc: "31301", tests: tests, status: .student, education: edu, owp: o))
        #expect(pts(r, "teer") == 9 && pts(r, "broadCategory") == 10 && pts(r, "hourlyWage") == 12)
        #expect(pts(r, "timeInPosition") == 0 && pts(r, "otherOntarioWork") == 9)
        #expect(pts(r, "canadianEarnings") == 4 && pts(r, "legalStatus") == 5)
        #expect(r.groups.map(\.points) == [49, 16, 18, 15])
        #expect(r.total == 98)
        o.monthsInJobOfferPosition = 6
        let s = score(owpApplicant(noc: "31301", tests: tests, status: .student, education: edu, owp: o))
        #expect(pts(s, "timeInPosition") == 12 && pts(s, "otherOntarioWork") == 0)
        #expect(s.line("otherOntarioWork")?.detail.contains("Not scored") == true)
        #expect(s.total == 101)
        // Under 6 months without the other-work answer: that factor is missing, not zero by default.
        o.monthsInJobOfferPosition = 2
        o.monthsOtherOntarioWork = nil
        let t = score(owpApplicant(noc: "31301", tests: tests, status: .student, education: edu, owp: o))
        #expect(!t.complete && t.line("otherOntarioWork")?.answered == false && t.missing == ["Other Ontario work"])
    }

    // Every factor at its top option, NOC 31102 (family physicians: TEER 1, broad category 3):
    // employment 9 + 10 + 15 ($40+) + 18 (more than 24 months) + 0 (not scored) + 8 ($70,000+) + 10 (work permit) = 70;
    // education 10 (doctorate) + 10 (more than 1 credential) = 20; language 15 (CLB 9+) + 10 (both) = 25;
    // region 15 (Northern). Total 130 = the maximum.
    // The self-employed physician path has no wage factor: 130 - 15 = 115, its maximum.
    @Test func maximaTeer0to3And115OnThePhysicianPath() {
        let tests = [celpip(10, on: "2026-03-01"), tef(546, 558, 546, 556, on: "2026-04-01")]
        let edu = Education(level: .doctoral, isCanadian: true, isDegree: true, canadianCredential: .threeYearOrMore)
        var o = OWPApplication(hourlyWage: 95, region: .northern, monthsInJobOfferPosition: 30, highestCanadianEarnings: 250_000, canadianCredentials: 3)
        let full = score(owpApplicant(noc: "31102", tests: tests, education: edu, owp: o))
        #expect(full.groups.map(\.points) == [70, 20, 25, 15] && full.total == 130 && full.max == 130)
        o.selfEmployedPhysician = true
        let phys = score(owpApplicant(noc: "31102", tests: tests, education: edu, owp: o))
        #expect(phys.path == .selfEmployedPhysician)
        #expect(phys.max == 115 && phys.total == 115)
        #expect(phys.line("hourlyWage") == nil)
        #expect(phys.groups.first { $0.id == "employment" }?.max == 55)
        #expect(phys.groups.map(\.points) == [55, 20, 25, 15])
    }

    // Knowledge of official languages (§0.2b, §13 #27): both at CLB 6+ = 10, "one" = 5, but whether "one" needs
    // CLB 6+ is UNVERIFIED. English CLB 5 only: ability 0 (CLB 5 or lower), knowledge 5 flagged uncertain.
    // English CLB 6: ability 4, knowledge 5 (one language at CLB 6+: not uncertain). No test: both missing.
    @Test func knowledgeOfOfficialLanguagesConditionIsUnverified() {
        let o = OWPApplication(hourlyWage: 30, region: .gtaOutsideToronto, monthsInJobOfferPosition: 12, highestCanadianEarnings: 0, canadianCredentials: 0)
        let low = score(owpApplicant(tests: [celpip(5, on: "2026-03-01")], owp: o))
        #expect(pts(low, "languageAbility") == 0 && pts(low, "officialLanguages") == 5)
        #expect(low.line("officialLanguages")?.unverified == true)
        #expect(low.unverified.contains { $0.contains("UNVERIFIED") && $0.contains("13 #27") })
        let six = score(owpApplicant(tests: [celpip(6, on: "2026-03-01")], owp: o))
        #expect(pts(six, "languageAbility") == 4 && pts(six, "officialLanguages") == 5)
        #expect(six.line("officialLanguages")?.unverified == false && six.unverified.isEmpty)
        let none = score(owpApplicant(tests: [], owp: o))
        #expect(none.line("languageAbility")?.answered == false && none.line("officialLanguages")?.answered == false)
        // The rest, by hand: TEER 1 9 + category 2 6 + $30-34.99 10 + 12 months 12 + earnings 0 + work permit 10 = 47;
        // master's 8 + 0 = 8; GTA outside Toronto 5. With CLB 6: 47 + 8 + (4 + 5) + 5 = 69.
        #expect(six.total == 69)
    }

    // Wage bands at their edges (§0.2b): $39.99 is in $35-39.99 (12); $20 is in $20-24.99 (5); $19.99 is under $20 (0).
    // Earnings: $69,999 = 6, $70,000 = 8, $29,999 = 0. Months: 24 = 15 (13-24), 25 = 18 (more than 24), 12 = 12, 13 = 15.
    @Test func bandEdges() {
        func with(_ f: (inout OWPApplication) -> Void) -> OWPEOIResult {
            var o = OWPApplication(hourlyWage: 30, region: .toronto, monthsInJobOfferPosition: 8, highestCanadianEarnings: 0, canadianCredentials: 0)
            f(&o)
            return score(owpApplicant(owp: o))
        }
        #expect(pts(with { $0.hourlyWage = 39.99 }, "hourlyWage") == 12)
        #expect(pts(with { $0.hourlyWage = 20 }, "hourlyWage") == 5)
        #expect(pts(with { $0.hourlyWage = 19.99 }, "hourlyWage") == 0)
        #expect(pts(with { $0.highestCanadianEarnings = 69_999 }, "canadianEarnings") == 6)
        #expect(pts(with { $0.highestCanadianEarnings = 70_000 }, "canadianEarnings") == 8)
        #expect(pts(with { $0.highestCanadianEarnings = 29_999 }, "canadianEarnings") == 0)
        #expect(pts(with { $0.monthsInJobOfferPosition = 24 }, "timeInPosition") == 15)
        #expect(pts(with { $0.monthsInJobOfferPosition = 25 }, "timeInPosition") == 18)
        #expect(pts(with { $0.monthsInJobOfferPosition = 12 }, "timeInPosition") == 12)
        #expect(pts(with { $0.monthsInJobOfferPosition = 13 }, "timeInPosition") == 15)
        #expect(pts(with { $0.canadianCredentials = 1 }, "canadianCredentials") == 5)
        #expect(pts(with { $0.region = .easternCentralSouthwestern }, "region") == 10)
    }

    // Education options (§0.2b): a 3-year diploma that is not a degree is "college" (5), a bachelor's degree 6,
    // a one-year credential 5, secondary school 0. Broad categories: 7 = 8 (NOC 72310, TEER 2: 6), 6 = 2 (NOC 62200, TEER 2: 6).
    // Maintained status is counted only when the permit is known: missing.
    @Test func educationOptionsCategoriesAndStatus() {
        let o = OWPApplication(hourlyWage: 30, region: .toronto, monthsInJobOfferPosition: 8, highestCanadianEarnings: 0, canadianCredentials: 0)
        func edu(_ l: EducationLevel, degree: Bool?) -> Int? {
            pts(score(owpApplicant(education: Education(level: l, isCanadian: true, isDegree: degree), owp: o)), "educationLevel")
        }
        #expect(edu(.bachelorOrThreeYear, degree: false) == 5 && edu(.bachelorOrThreeYear, degree: true) == 6)
        #expect(edu(.oneYear, degree: false) == 5 && edu(.secondary, degree: nil) == 0 && edu(.doctoral, degree: true) == 10)
        #expect(score(owpApplicant(education: Education(level: .bachelorOrThreeYear, isCanadian: true), owp: o)).line("educationLevel")?.answered == false)
        let trades = score(owpApplicant(noc: "72310", owp: o))
        #expect(pts(trades, "teer") == 6 && pts(trades, "broadCategory") == 8)
        let chef = score(owpApplicant(noc: "62200", owp: o))
        #expect(pts(chef, "teer") == 6 && pts(chef, "broadCategory") == 2)
        let implied = score(owpApplicant(status: .implied, owp: o))
        #expect(implied.line("legalStatus")?.answered == false && !implied.complete)
        #expect(pts(score(owpApplicant(status: LegalStatus.none, owp: o)), "legalStatus") == 0)
    }
}
