import Foundation
import PropertyBased
import Testing
@testable import GuideCore

// Day-before / first-day checks for the dated rows not covered elsewhere (RULES.md §1.3, §1.4, §6, §7, §9,
// §0.1), and more monotonicity properties: the spouse's answers and weekly hours never lower a score.


@Suite struct DatedBoundaryTests {
    @Test func funds2023StartsOnApril25() {
        // §7 (revised 2026-12-01): the 2023 table applies from 2023-04-25 ([S2] start; one person 13,757);
        // the day before, the 2022 table (one person 13,310, [S1], start date conflicting, flagged).
        let before = FundsRules.requirement(familySize: 1, on: d("2023-04-24"), rules: rules)
        #expect(before?.tableId == "funds2022" && before?.amount == 13310 && before?.unverified == true)
        let r = FundsRules.requirement(familySize: 1, on: d("2023-04-25"), rules: rules)
        #expect(r?.tableId == "funds2023" && r?.amount == 13757 && r?.unverified == false)
    }

    @Test func funds2022And2021Periods() {
        // §7: 2021 amounts from 2021-07-15 (one person 13,213); the 2022 table from 2022-06-09 (one person
        // 13,310), so the 2021 one answers until 2022-06-08 (its end assumed, flagged).
        #expect(FundsRules.requirement(familySize: 1, on: d("2021-07-14"), rules: rules) == nil)
        #expect(FundsRules.requirement(familySize: 1, on: d("2021-07-15"), rules: rules)?.amount == 13213)
        let end2021 = FundsRules.requirement(familySize: 1, on: d("2022-06-08"), rules: rules)
        #expect(end2021?.tableId == "funds2021" && end2021?.unverified == true)
        #expect(FundsRules.requirement(familySize: 1, on: d("2022-06-09"), rules: rules)?.amount == 13310)
        // §7: 8 persons in 2022 = 35,224 + 3,586 = 38,810.
        #expect(FundsRules.requirement(familySize: 8, on: d("2022-06-09"), rules: rules)?.amount == 38810)
    }

    @Test func oinpHCPFeePeriods() {
        // §1.4: CAD 1,500 from 2017-02-21; confirmed to 2021, UNVERIFIED from 2022; none once HCP closed.
        #expect(FeeRules.oinpFee(stream: "hcp", on: d("2017-02-20"), rules: rules) == nil)
        #expect(FeeRules.oinpFee(stream: "hcp", on: d("2017-02-21"), rules: rules)?.amount.amount == 1500)
        #expect(FeeRules.oinpFee(stream: "hcp", on: d("2021-12-31"), rules: rules)?.amount.unverified == false)
        #expect(FeeRules.oinpFee(stream: "hcp", on: d("2022-01-01"), rules: rules)?.amount.unverified == true)
        #expect(FeeRules.oinpFee(stream: "hcp", on: d("2026-05-29"), rules: rules)?.amount.amount == 1500)
    }

    @Test func pteCoreAcceptedFromJanuary30_2024() {
        // §6: PTE Core is accepted for tests from 2024-01-30.
        func pte(_ date: String) -> LanguageTest {
            LanguageTest(type: .pteCore, testDate: d(date), resultDate: d(date), scores: LanguageScores(reading: 80, writing: 80, listening: 80, speaking: 80))
        }
        let before = LanguageRules.convert(pte("2024-01-29"), asOf: d("2024-06-01"))
        let first = LanguageRules.convert(pte("2024-01-30"), asOf: d("2024-06-01"))
        #expect(!before.accepted && !before.valid)
        #expect(first.accepted && first.valid)
    }

    @Test func hcpOpensJune1_2015() {
        // §0.1: HCP from 2015-06-01.
        #expect(!HCPRules.rulebook(for: Profile(), asOf: d("2015-05-31")).hcpOpen)
        #expect(HCPRules.rulebook(for: Profile(), asOf: d("2015-06-01")).hcpOpen)
    }

    @Test func noiWindowLastDay() {
        // §1.3: 45 days while HCP is open (last day 2026-05-29).
        let dl = rules.deadlines.body
        #expect(dl.item("noiToApplication", on: d("2026-05-29"))?.amount == 45)
        #expect(dl.item("noiToApplication", on: d("2026-05-29"))!.due(from: d("2026-05-29")) == d("2026-07-13"))
    }

    @Test func registration2017AndMedicalInstructions() {
        // §1.3: 2017 six-month registration window from 2017-02-21 to 2017-12-31.
        let dl = rules.deadlines.body
        #expect(dl.item("noiRegistration2017", on: d("2017-02-20")) == nil)
        #expect(dl.item("noiRegistration2017", on: d("2017-02-21"))?.amount == 6)
        #expect(dl.item("noiRegistration2017", on: d("2017-12-31"))?.amount == 6)
        #expect(dl.item("noiRegistration2017", on: d("2018-01-01")) == nil)
        // §9: 30 days after the medical instructions, from 2023-10-01.
        #expect(dl.item("medicalAfterInstructions", on: d("2023-09-30")) == nil)
        #expect(dl.item("medicalAfterInstructions", on: d("2023-10-01"))?.amount == 30)
        // §9 (revised 2026-12-01): the 30 days after IRCC's instructions belong to 2023-10-01 - 2025-08-20;
        // from 2025-08-21 the exam is upfront again.
        #expect(dl.item("medicalAfterInstructions", on: d("2025-08-20"))?.amount == 30)
        #expect(dl.item("medicalAfterInstructions", on: d("2025-08-21")) == nil)
    }
}

private let asOf = d("2026-11-01")

private func couple(spouseCLB: Int, spouseYears: Int, spouseEdu: Int, hours: Double) -> Profile {
    var p = single(age: 31, language: [celpip(8)],
                   work: [job(from: "2022-01-03", to: "2026-09-30", inCanada: true, hours: hours),
                          job("21232", from: "2017-01-02", to: "2021-12-31", inCanada: false, hours: hours)])
    p.maritalStatus = .married
    p.spouse = Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: EducationLevel.allCases[spouseEdu],
                      languageTests: spouseCLB > 0 ? [celpip(Double(spouseCLB))] : [], canadianWorkYears: Double(spouseYears), studiedInCanada: false)
    return p
}

@Suite struct MoreMonotonicityProperties {
    @Test func betterSpouseAnswersNeverLowerScores() async {
        await propertyCheck(input: Gen.int(in: 0...11), Gen.int(in: 0...5), Gen.int(in: 0...6), Gen.int(in: 0...2)) { clb, years, edu, which in
            let base = couple(spouseCLB: clb, spouseYears: years, spouseEdu: edu, hours: 40)
            let better = couple(spouseCLB: which == 0 ? clb + 1 : clb, spouseYears: which == 1 ? years + 1 : years,
                                spouseEdu: which == 2 ? edu + 1 : edu, hours: 40)
            let a = CRSRules.assess(base, asOf: asOf), b = CRSRules.assess(better, asOf: asOf)
            #expect(b.total >= a.total && b.spouse >= a.spouse)
            #expect(FSWRules.assess(better, asOf: asOf).total >= FSWRules.assess(base, asOf: asOf).total)
        }
    }

    @Test func moreWeeklyHoursNeverLowerScores() async {
        // Hours count up to 30 a week: more hours never lower the CRS or the FSW grid, and 30+ are all equal.
        await propertyCheck(input: Gen.int(in: 5...60)) { h in
            let a = couple(spouseCLB: 7, spouseYears: 1, spouseEdu: 3, hours: Double(h))
            let b = couple(spouseCLB: 7, spouseYears: 1, spouseEdu: 3, hours: Double(h + 5))
            #expect(CRSRules.assess(b, asOf: asOf).total >= CRSRules.assess(a, asOf: asOf).total)
            #expect(FSWRules.assess(b, asOf: asOf).total >= FSWRules.assess(a, asOf: asOf).total)
            if h >= 30 { #expect(CRSRules.assess(b, asOf: asOf).total == CRSRules.assess(a, asOf: asOf).total) }
        }
    }

    @Test func spouseScoresNeverExceedTheirCaps() async {
        await propertyCheck(input: Gen.int(in: 0...12), Gen.int(in: 0...9), Gen.int(in: 0...7)) { clb, years, edu in
            let r = CRSRules.assess(couple(spouseCLB: clb, spouseYears: years, spouseEdu: edu, hours: 40), asOf: asOf)
            // §5: spouse factors at most 40 (education 10, language 20, Canadian work 10).
            #expect(r.withSpouse && r.spouse <= 40 && r.core <= 460)
            for l in r.breakdown.spouse { #expect(l.points <= (l.max ?? 0)) }
        }
    }
}
