import Foundation
import Testing
@testable import GuideCore

// Every table checked cell by cell. The expected values below are typed from
// /work/shared/reference/RULES.md (the section is named on each test), not copied from our JSON.

let rules = RuleData.shared

// MARK: - §6 Language → CLB

/// (CLB, reading, writing, listening, speaking) lower bounds.
typealias BandRow = (Int, Double, Double, Double, Double)

/// Checks each band: the lower bound reaches the level; one step below falls to the level under it.
func checkBands(_ type: LanguageTestType, testDate: String, step: Double, rows: [BandRow], belowLowest: Int) {
    let t = LanguageTest(type: type, testDate: d(testDate), resultDate: d(testDate))
    guard let (_, scale, _) = LanguageRules.scale(for: t, asOf: d(testDate), rules: rules) else {
        Issue.record("no scale for \(type)")
        return
    }
    for (i, row) in rows.enumerated() {
        let lower = [row.1, row.2, row.3, row.4]
        for (k, a) in LanguageAbility.allCases.enumerated() {
            #expect(LanguageRules.level(score: lower[k], ability: a, scale: scale.body) == row.0,
                    "\(type) \(a) \(lower[k]) should be CLB \(row.0)")
            let below = lower[k] - step
            let expectBelow = i + 1 < rows.count ? rows[i + 1].0 : belowLowest
            #expect(LanguageRules.level(score: below, ability: a, scale: scale.body) == expectBelow,
                    "\(type) \(a) \(below) should be CLB \(expectBelow)")
        }
    }
}

@Suite struct LanguageTableTests {
    // §6.1 IELTS General Training.
    @Test func ieltsTable() {
        checkBands(.ieltsGeneral, testDate: "2025-01-01", step: 0.5, rows: [
            (10, 8.0, 7.5, 8.5, 7.5), (9, 7.0, 7.0, 8.0, 7.0), (8, 6.5, 6.5, 7.5, 6.5), (7, 6.0, 6.0, 6.0, 6.0),
            (6, 5.0, 5.5, 5.5, 5.5), (5, 4.0, 5.0, 5.0, 5.0), (4, 3.5, 4.0, 4.5, 4.0)], belowLowest: 0)
        // The §6.1 worked note: listening 7.5 = CLB 8, 8.0 = CLB 9, 8.5+ = CLB 10.
        let s = LanguageRules.scale(for: ielts(0, 0, 0, 0), asOf: d("2026-01-01"), rules: rules)!.1.body
        #expect(LanguageRules.level(score: 7.5, ability: .listening, scale: s) == 8)
        #expect(LanguageRules.level(score: 8.0, ability: .listening, scale: s) == 9)
        #expect(LanguageRules.level(score: 9.0, ability: .listening, scale: s) == 10)
    }

    // §6.2 CELPIP level n = CLB n (4–10); 11 and 12 count as 10.
    @Test func celpipLevels() {
        checkBands(.celpipGeneral, testDate: "2025-01-01", step: 1, rows: (4...10).reversed().map { ($0, Double($0), Double($0), Double($0), Double($0)) }, belowLowest: 0)
        let s = LanguageRules.scale(for: celpip(12), asOf: d("2026-01-01"), rules: rules)!.1.body
        #expect(LanguageRules.level(score: 11, ability: .reading, scale: s) == 10)
        #expect(LanguageRules.level(score: 12, ability: .speaking, scale: s) == 10)
    }

    // §6.3 PTE Core (from 2024-01-30).
    @Test func pteCore() {
        checkBands(.pteCore, testDate: "2025-01-01", step: 1, rows: [
            (10, 88, 90, 89, 89), (9, 78, 88, 82, 84), (8, 69, 79, 71, 76), (7, 60, 69, 60, 68),
            (6, 51, 60, 50, 59), (5, 42, 51, 39, 51), (4, 33, 41, 28, 42), (3, 24, 32, 18, 34)], belowLowest: 0)
        // Upper ends of the §6.3 ranges stay in their band.
        let s = LanguageRules.scale(for: LanguageTest(type: .pteCore, testDate: d("2025-01-01")), asOf: d("2025-01-01"), rules: rules)!.1.body
        #expect(LanguageRules.level(score: 87, ability: .reading, scale: s) == 9)
        #expect(LanguageRules.level(score: 89, ability: .writing, scale: s) == 9)
        #expect(LanguageRules.level(score: 59, ability: .listening, scale: s) == 6)
        #expect(LanguageRules.level(score: 41, ability: .speaking, scale: s) == 3)
    }

    // §6.4 TEF Canada, tests after 2023-12-10.
    @Test func tefCurrent() {
        checkBands(.tefCanada, testDate: "2023-12-11", step: 1, rows: [
            (10, 546, 558, 546, 556), (9, 503, 512, 503, 518), (8, 462, 472, 462, 494), (7, 434, 428, 434, 456),
            (6, 393, 379, 393, 422), (5, 352, 330, 352, 387), (4, 306, 268, 306, 328)], belowLowest: 0)
    }

    // §6.4 TEF Canada, tests 2019-10-01 – 2023-12-10 (one band table, flagged UNVERIFIED per §0.4).
    @Test func tef2019() {
        checkBands(.tefCanada, testDate: "2023-12-10", step: 1, rows: [
            (10, 566, 566, 566, 566), (9, 533, 533, 533, 533), (8, 500, 500, 500, 500), (7, 450, 450, 450, 450),
            (6, 400, 400, 400, 400), (5, 350, 350, 350, 350), (4, 300, 300, 300, 300)], belowLowest: 0)
        checkBands(.tefCanada, testDate: "2019-10-01", step: 1, rows: [(10, 566, 566, 566, 566)], belowLowest: 9)
        let r = LanguageRules.convert(tef(500, 500, 500, 500, on: "2022-05-01"), asOf: d("2023-01-01"), rules: rules)
        #expect(r.unverified)
        #expect(r.notes.contains { $0.contains("UNVERIFIED") })
    }

    // §6.4 TEF, older scale (before 2019-10-01).
    @Test func tefOld() {
        checkBands(.tefCanada, testDate: "2019-09-30", step: 1, rows: [
            (10, 263, 393, 316, 393), (9, 248, 371, 298, 371), (8, 233, 349, 280, 349), (7, 207, 310, 249, 310),
            (6, 181, 271, 217, 271), (5, 151, 226, 181, 226), (4, 121, 181, 145, 181)], belowLowest: 0)
    }

    // §6.5 TCF Canada.
    @Test func tcf() {
        checkBands(.tcfCanada, testDate: "2025-01-01", step: 1, rows: [
            (10, 549, 16, 549, 16), (9, 524, 14, 523, 14), (8, 499, 12, 503, 12), (7, 453, 10, 458, 10),
            (6, 406, 7, 398, 7), (5, 375, 6, 369, 6), (4, 342, 4, 331, 4)], belowLowest: 0)
    }

    // Same TEF score, three test dates → three scales (§6.4).
    @Test func tefScaleByTestDate() {
        let old = LanguageRules.convert(tef(250, 380, 300, 380, on: "2019-09-30"), asOf: d("2020-01-01"), rules: rules)
        #expect(old.scaleId == "tefBefore2019")
        #expect(old.levels == CLBLevels(reading: 9, writing: 9, listening: 9, speaking: 9))
        let mid = LanguageRules.convert(tef(540, 540, 540, 540, on: "2021-03-01"), asOf: d("2022-01-01"), rules: rules)
        #expect(mid.scaleId == "tef2019")
        #expect(mid.levels == CLBLevels(all: 9))
        let now = LanguageRules.convert(tef(540, 540, 540, 540, on: "2024-03-01"), asOf: d("2025-01-01"), rules: rules)
        #expect(now.scaleId == "tef2023")
        // 540: reading 9 (503–545), writing 9 (512–557), listening 9, speaking 9 (518–555).
        #expect(now.levels == CLBLevels(all: 9))
        let now2 = LanguageRules.convert(tef(546, 557, 545, 556, on: "2024-03-01"), asOf: d("2025-01-01"), rules: rules)
        #expect(now2.levels == CLBLevels(reading: 10, writing: 9, listening: 9, speaking: 10))
    }

    // §6 rules: valid 2 years from the result date; PTE Core only from 2024-01-30.
    @Test func validity() {
        let t = LanguageTest(type: .ieltsGeneral, testDate: d("2024-03-01"), resultDate: d("2024-03-14"), scores: LanguageScores(reading: 7, writing: 7, listening: 8, speaking: 7))
        #expect(LanguageRules.convert(t, asOf: d("2026-03-13"), rules: rules).valid)
        #expect(!LanguageRules.convert(t, asOf: d("2026-03-14"), rules: rules).valid)
        #expect(LanguageRules.convert(t, asOf: d("2026-03-14"), rules: rules).expiresOn == d("2026-03-14"))
        let pteEarly = LanguageTest(type: .pteCore, testDate: d("2024-01-29"), resultDate: d("2024-01-31"), scores: LanguageScores(reading: 80, writing: 80, listening: 80, speaking: 80))
        #expect(!LanguageRules.convert(pteEarly, asOf: d("2024-06-01"), rules: rules).valid)
        var pteOK = pteEarly
        pteOK.testDate = d("2024-01-30")
        #expect(LanguageRules.convert(pteOK, asOf: d("2024-06-01"), rules: rules).valid)
    }

    // A level is reached only at or above the band's lower bound.
    @Test func lowerBoundOnly() {
        let s = LanguageRules.scale(for: ielts(0, 0, 0, 0), asOf: d("2026-01-01"), rules: rules)!.1.body
        #expect(LanguageRules.level(score: 7.5, ability: .reading, scale: s) == 9)   // 7.5 < 8.0 → not CLB 10
        #expect(LanguageRules.level(score: 3.0, ability: .reading, scale: s) == 0)   // below CLB 4
    }
}

// MARK: - §5 CRS

func crsAge(_ age: Int, _ withSpouse: Bool) -> Int {
    let r = rules.crs.age.first { age >= $0.min && age <= $0.max }!
    return withSpouse ? r.withSpouse : r.withoutSpouse
}

@Suite struct CRSTableTests {
    // §5.1 maxima.
    @Test func maxima() {
        let m = rules.crs.maxima
        #expect(m["coreWithSpouse"] == 460 && m["coreWithoutSpouse"] == 500 && m["spouse"] == 40)
        #expect(m["transferability"] == 100 && m["additional"] == 600 && m["total"] == 1200)
        #expect(m["ageWithSpouse"] == 100 && m["ageWithoutSpouse"] == 110)
        #expect(m["educationWithSpouse"] == 140 && m["educationWithoutSpouse"] == 150)
        #expect(m["languageWithSpouse"] == 150 && m["languageWithoutSpouse"] == 160)
        #expect(m["firstLanguageWithSpouse"] == 128 && m["firstLanguageWithoutSpouse"] == 136)
        #expect(m["canadianWorkWithSpouse"] == 70 && m["canadianWorkWithoutSpouse"] == 80)
        #expect(rules.crs.secondLanguage.capWithSpouse == 22 && rules.crs.secondLanguage.capWithoutSpouse == 24)
    }

    // §5.2 age, every age 0…60.
    @Test func age() {
        var expected: [Int: (Int, Int)] = [18: (90, 99), 19: (95, 105), 30: (95, 105), 31: (90, 99), 32: (85, 94), 33: (80, 88),
            34: (75, 83), 35: (70, 77), 36: (65, 72), 37: (60, 66), 38: (55, 61), 39: (50, 55), 40: (45, 50), 41: (35, 39),
            42: (25, 28), 43: (15, 17), 44: (5, 6)]
        for a in 20...29 { expected[a] = (100, 110) }
        for a in 0...60 {
            let e = expected[a] ?? (0, 0)   // 17 or less, 45 or more
            #expect(crsAge(a, true) == e.0, "age \(a) with spouse")
            #expect(crsAge(a, false) == e.1, "age \(a) without spouse")
        }
    }

    // §5.3 education (PA with/without spouse, spouse B).
    @Test(arguments: [
        (EducationLevel.none, 0, 0, 0), (.secondary, 28, 30, 2), (.oneYear, 84, 90, 6), (.twoYear, 91, 98, 7),
        (.bachelorOrThreeYear, 112, 120, 8), (.twoOrMoreOneThreeYear, 119, 128, 9), (.mastersOrProfessional, 126, 135, 10), (.doctoral, 140, 150, 10)])
    func education(level: EducationLevel, w: Int, wo: Int, sp: Int) {
        let r = rules.crs.education.first { $0.level == level }!
        #expect(r.withSpouse == w && r.withoutSpouse == wo && r.spouse == sp)
    }

    // §5.4 first official language per ability, CLB 0…12.
    @Test func firstLanguage() {
        let expected: [Int: (Int, Int)] = [4: (6, 6), 5: (6, 6), 6: (8, 9), 7: (16, 17), 8: (22, 23), 9: (29, 31), 10: (32, 34), 11: (32, 34), 12: (32, 34)]
        for clb in 0...12 {
            let e = expected[clb] ?? (0, 0)
            let r = rules.crs.firstLanguage.first { clb >= $0.minCLB }
            #expect((r?.withSpouse ?? 0) == e.0 && (r?.withoutSpouse ?? 0) == e.1, "CLB \(clb)")
        }
    }

    // §5.5 second official language per ability.
    @Test func secondLanguage() {
        let expected: [Int: Int] = [5: 1, 6: 1, 7: 3, 8: 3, 9: 6, 10: 6, 12: 6]
        for clb in 0...12 where clb != 11 {
            #expect((rules.crs.secondLanguage.rows.first { clb >= $0.minCLB }?.points ?? 0) == (expected[clb] ?? 0), "CLB \(clb)")
        }
    }

    // §5.6 Canadian work (PA with/without, spouse).
    @Test func canadianWork() {
        let expected: [Int: (Int, Int, Int)] = [0: (0, 0, 0), 1: (35, 40, 5), 2: (46, 53, 7), 3: (56, 64, 8), 4: (63, 72, 9), 5: (70, 80, 10), 6: (70, 80, 10), 9: (70, 80, 10)]
        for (y, e) in expected {
            let r = rules.crs.canadianWork.first { y >= $0.minYears }
            #expect((r?.withSpouse ?? 0) == e.0 && (r?.withoutSpouse ?? 0) == e.1 && (r?.spouse ?? 0) == e.2, "\(y) years")
        }
    }

    // §5.7 spouse language per ability; max 20.
    @Test func spouseLanguage() {
        let expected: [Int: Int] = [0: 0, 4: 0, 5: 1, 6: 1, 7: 3, 8: 3, 9: 5, 10: 5]
        for (clb, e) in expected { #expect((rules.crs.spouseLanguage.rows.first { clb >= $0.minCLB }?.points ?? 0) == e) }
        #expect(rules.crs.spouseLanguage.cap == 20)
    }

    // §5.8 transferability tables and caps.
    @Test func transferability() {
        let t = rules.crs.transferability
        #expect(t.cap == 100 && t.educationCap == 50 && t.foreignExperienceCap == 50 && t.certificateCap == 50)
        #expect(t.strongLanguageMinCLB == 7 && t.veryStrongLanguageMinCLB == 9)
        let one = t.educationTiers.first { $0.levels!.contains(.oneYear) }!
        #expect([one.strongLanguage, one.veryStrongLanguage, one.canadianOneYear, one.canadianTwoYears] as [Int] == [13, 25, 13, 25])
        // Bachelor's (or any single 3+ year credential) is in the ≥1-year tier, NOT the two-credentials tier.
        #expect(one.levels!.contains(.bachelorOrThreeYear) && one.levels!.contains(.twoYear))
        let two = t.educationTiers.first { $0.levels!.contains(.twoOrMoreOneThreeYear) }!
        #expect([two.strongLanguage, two.veryStrongLanguage, two.canadianOneYear, two.canadianTwoYears] as [Int] == [25, 50, 25, 50])
        #expect(two.levels!.contains(.mastersOrProfessional) && two.levels!.contains(.doctoral) && !two.levels!.contains(.bachelorOrThreeYear))
        #expect(!t.educationTiers.contains { $0.levels!.contains(.secondary) || $0.levels!.contains(.none) })
        let f3 = t.foreignTiers.first { $0.minYears == 3 }!, f1 = t.foreignTiers.first { $0.minYears == 1 }!
        #expect([f3.strongLanguage, f3.veryStrongLanguage, f3.canadianOneYear, f3.canadianTwoYears] as [Int] == [25, 50, 25, 50])
        #expect([f1.strongLanguage, f1.veryStrongLanguage, f1.canadianOneYear, f1.canadianTwoYears] as [Int] == [13, 25, 13, 25])
        #expect(t.certificate.minCLBAllFour == 5 && t.certificate.points == 25 && t.certificate.strongMinCLBAllFour == 7 && t.certificate.strongPoints == 50)
    }

    // §5.9 additional points, each factor on dates inside and outside its period.
    @Test func additionalFactors() {
        func pts(_ id: String, _ date: String) -> Int? { rules.crs.body.factor(id, on: d(date))?.points }
        #expect(rules.crs.additional.cap == 600)
        #expect(pts("provincialNomination", "2015-01-01") == 600 && pts("provincialNomination", "2026-11-01") == 600)
        #expect(pts("provincialNomination", "2014-12-31") == nil)
        #expect(pts("arrangedEmploymentLMIA", "2015-01-01") == 600 && pts("arrangedEmploymentLMIA", "2016-11-18") == 600 && pts("arrangedEmploymentLMIA", "2016-11-19") == nil)
        #expect(pts("arrangedEmploymentSeniorManager", "2016-11-19") == 200 && pts("arrangedEmploymentSeniorManager", "2025-03-24") == 200)
        #expect(pts("arrangedEmploymentOther", "2016-11-19") == 50 && pts("arrangedEmploymentOther", "2025-03-24") == 50)
        #expect(pts("arrangedEmploymentSeniorManager", "2025-03-25") == nil && pts("arrangedEmploymentOther", "2025-03-25") == nil)
        #expect(pts("arrangedEmploymentRemoved", "2025-03-25") == 0)
        #expect(pts("canadianStudyOneOrTwoYears", "2016-11-19") == 15 && pts("canadianStudyThreeYearsOrMore", "2016-11-19") == 30)
        #expect(pts("canadianStudyOneOrTwoYears", "2016-11-18") == nil)
        #expect(pts("frenchOnly", "2017-06-06") == 15 && pts("frenchWithEnglish", "2017-06-06") == 30)
        #expect(pts("frenchOnly", "2020-10-26") == 15 && pts("frenchWithEnglish", "2020-10-26") == 30)
        #expect(pts("frenchOnly", "2020-10-27") == 25 && pts("frenchWithEnglish", "2020-10-27") == 50)
        #expect(pts("frenchOnly", "2017-06-05") == nil)
        #expect(pts("sibling", "2017-06-06") == 15 && pts("sibling", "2017-06-05") == nil)
        // The 2020 French date is UNVERIFIED in RULES.md and must stay flagged.
        #expect(rules.crs.body.factor("frenchWithEnglish", on: d("2021-01-01"))!.provenance.isUnverified)
    }

    @Test func pendingNov2026ChangeIsFlaggedNotEncoded() {
        let pc = rules.crs.pendingChanges.first { $0.id == "highWageCRS2026" }!
        #expect(pc.provenance.isUnverified && pc.provenance.effectiveFrom == d("2026-11-03"))
    }
}

// MARK: - §3 FSW

@Suite struct FSWTableTests {
    let g = rules.fsw.body

    @Test func maximaAndPassMark() {
        #expect(g.passMark == 67)
        #expect(g.max("language") == 28 && g.max("education") == 25 && g.max("experience") == 15 && g.max("age") == 12)
        #expect(g.max("arrangedEmployment") == 10 && g.max("adaptability") == 10)
        #expect(g.minimumFirstLanguageCLB == 7)
        #expect(g.secondLanguage.minCLBAllFour == 5 && g.secondLanguage.points == 4)
    }

    // §3.2 language per ability: CLB 9+ 6, 8 5, 7 4, below 7 → 0 (not eligible).
    @Test func language() {
        let expected: [Int: Int] = [7: 4, 8: 5, 9: 6, 10: 6, 12: 6]
        for clb in 0...12 where clb != 11 {
            #expect((g.firstLanguagePerAbility.first { clb >= $0.minCLB }?.points ?? 0) == (expected[clb] ?? 0), "CLB \(clb)")
        }
    }

    // §3.2 education.
    @Test(arguments: [(EducationLevel.doctoral, 25), (.mastersOrProfessional, 23), (.twoOrMoreOneThreeYear, 22), (.bachelorOrThreeYear, 21),
                      (.twoYear, 19), (.oneYear, 15), (.secondary, 5), (.none, 0)])
    func education(level: EducationLevel, points: Int) {
        #expect(g.education.first { $0.level == level }?.points == points)
    }

    // §3.2 experience: 1 → 9, 2–3 → 11, 4–5 → 13, 6+ → 15.
    @Test func experience() {
        let expected = [0: 0, 1: 9, 2: 11, 3: 11, 4: 13, 5: 13, 6: 15, 10: 15]
        for (y, e) in expected { #expect((g.experience.first { y >= $0.minYears }?.points ?? 0) == e, "\(y) years") }
    }

    // §3.2 age: under 18 → 0, 18–35 → 12, 36 → 11 … 46 → 1, 47+ → 0.
    @Test func age() {
        var expected: [Int: Int] = [36: 11, 37: 10, 38: 9, 39: 8, 40: 7, 41: 6, 42: 5, 43: 4, 44: 3, 45: 2, 46: 1]
        for a in 18...35 { expected[a] = 12 }
        for a in 0...70 {
            #expect((g.age.first { a >= $0.min && a <= $0.max }?.points ?? -1) == (expected[a] ?? 0), "age \(a)")
        }
    }

    // §3.2 arranged employment 10 (post-2025 survival UNVERIFIED) and adaptability elements, cap 10.
    @Test func arrangedAndAdaptability() {
        #expect(rules.fsw.arrangedEmployment.points == 10 && rules.fsw.arrangedEmployment.maxTEER == 3)
        #expect(rules.fsw.arrangedEmployment.unverifiedFrom == d("2025-03-25"))
        let a = Dictionary(uniqueKeysWithValues: g.adaptability.map { ($0.id, $0.points) })
        #expect(a == ["spouseLanguage": 5, "principalStudy": 5, "spouseStudy": 5, "principalWork": 10, "spouseWork": 5, "arrangedEmployment": 5, "relative": 5])
        #expect(g.adaptability("spouseLanguage")?.minCLBAllFour == 4)
    }

    // §3.1 minimum work.
    @Test func minimumWork() {
        let m = rules.fsw.minimumWork.body
        #expect(m.hours == 1560 && m.windowYears == 10 && m.maxHoursPerWeek == 30 && m.maxTEER == 3)
    }
}

// MARK: - §4 CEC

@Suite struct CECTableTests {
    @Test func minimums() {
        let c = rules.cec.body
        #expect(c.minimumHours == 1560 && c.windowYears == 3 && c.maxHoursPerWeek == 30 && c.maxTEER == 3)
        #expect(c.languageByTEER.first { $0.teers.contains(0) }?.minCLB == 7)
        #expect(c.languageByTEER.first { $0.teers.contains(1) }?.minCLB == 7)
        #expect(c.languageByTEER.first { $0.teers.contains(2) }?.minCLB == 5)
        #expect(c.languageByTEER.first { $0.teers.contains(3) }?.minCLB == 5)
    }
}

// MARK: - §7 Settlement funds

@Suite struct FundsTableTests {
    // §7 table: 1…7 persons and each additional member.
    @Test(arguments: [
        ("2025-07-07", "funds2025", [15263, 19001, 23360, 28362, 32168, 36280, 40392], 4112),
        ("2024-05-28", "funds2024", [14690, 18288, 22483, 27297, 30690, 34917, 38875], 3958),
        ("2023-06-01", "funds2023", [13757, 17127, 21055, 25564, 28994, 32700, 36407], 3706),
        // The 2022 column added by the 2026-12-01 revision (from about 2022-06-09, [S1]).
        ("2022-07-01", "funds2022", [13310, 16570, 20371, 24733, 28052, 31638, 35224], 3586),
        ("2021-08-01", "funds2021", [13213, 16449, 20222, 24553, 27847, 31407, 34967], 3560)])
    func amounts(date: String, id: String, amounts: [Int], extra: Int) {
        for n in 1...7 {
            let r = FundsRules.requirement(familySize: n, on: d(date), rules: rules)
            #expect(r?.tableId == id && r?.amount == amounts[n - 1], "\(id) size \(n)")
        }
        #expect(FundsRules.requirement(familySize: 8, on: d(date), rules: rules)?.amount == amounts[6] + extra)
        #expect(FundsRules.requirement(familySize: 10, on: d(date), rules: rules)?.amount == amounts[6] + 3 * extra)
    }

    @Test func datesAndFlags() {
        #expect(FundsRules.requirement(familySize: 1, on: d("2025-07-06"), rules: rules)?.tableId == "funds2024")
        #expect(FundsRules.requirement(familySize: 1, on: d("2025-07-07"), rules: rules)?.tableId == "funds2025")
        #expect(FundsRules.requirement(familySize: 1, on: d("2024-05-27"), rules: rules)?.tableId == "funds2023")
        // §7 (revised 2026-12-01): 2023 from 2023-04-25; 2022 from about 2022-06-09 (conflicting); the 2021
        // table until the day before (its end assumed). Before the 2021 table (2021-07-15) nothing: refuse.
        #expect(FundsRules.requirement(familySize: 1, on: d("2023-04-24"), rules: rules)?.tableId == "funds2022")
        #expect(FundsRules.requirement(familySize: 1, on: d("2023-04-25"), rules: rules)?.tableId == "funds2023")
        #expect(FundsRules.requirement(familySize: 1, on: d("2022-06-08"), rules: rules)?.tableId == "funds2021")
        #expect(FundsRules.requirement(familySize: 1, on: d("2022-06-09"), rules: rules)?.tableId == "funds2022")
        #expect(FundsRules.requirement(familySize: 1, on: d("2020-06-01"), rules: rules) == nil)
        // 2024, five persons: 30,690 as published, with a note.
        let five = FundsRules.requirement(familySize: 5, on: d("2024-12-01"), rules: rules)!
        #expect(five.amount == 30690 && five.notes.contains { $0.contains("30,960") })
        // Assumed or conflicting dates and staleness are flagged; the 2023 start is now sourced ([S2]), so it is not.
        #expect(!FundsRules.requirement(familySize: 1, on: d("2023-06-01"), rules: rules)!.unverified)
        let y2022 = FundsRules.requirement(familySize: 1, on: d("2022-07-01"), rules: rules)!
        #expect(y2022.unverified && y2022.tag == "[S1]")
        // The conflict (2022-06-08 or 2022-06-27 as the update-by date, §13 #34) is in the note the user sees.
        #expect(y2022.notes.contains { $0.hasPrefix("UNVERIFIED") && $0.contains("2022-06-27") && $0.contains("2022-06-08") })
        #expect(FundsRules.requirement(familySize: 1, on: d("2021-08-01"), rules: rules)!.unverified)
        #expect(!FundsRules.requirement(familySize: 1, on: d("2026-01-01"), rules: rules)!.unverified)
        #expect(FundsRules.requirement(familySize: 1, on: d("2026-11-29"), rules: rules)!.unverified)
    }
}

// MARK: - §8 Fees

@Suite struct FeeTableTests {
    // §8.2 by period (principal, spouse, child, RPRF).
    @Test(arguments: [
        ("2020-04-29", 550, 550, 150, 490), ("2020-04-30", 825, 825, 225, 500), ("2022-04-29", 825, 825, 225, 500),
        ("2022-04-30", 850, 850, 230, 515), ("2024-04-29", 850, 850, 230, 515), ("2024-04-30", 950, 950, 260, 575), ("2026-04-29", 950, 950, 260, 575)])
    func prFees(date: String, pa: Int, sp: Int, ch: Int, rprf: Int) {
        let f = FeeRules.prFees(on: d(date), rules: rules)!
        #expect(f.principal.amount == pa && f.spouse.amount == sp && f.child.amount == ch && f.rprf.amount == rprf)
        #expect(!f.principal.unverified && !f.spouse.unverified && !f.child.unverified)
    }

    @Test func fees2026() {
        let f = FeeRules.prFees(on: d("2026-04-30"), rules: rules)!
        #expect(f.principal.amount == 990 && f.rprf.amount == 600 && !f.principal.unverified)
        #expect(f.spouse.unverified && f.child.unverified && f.child.amount == nil)
    }

    @Test func oinpAndBiometrics() {
        let early = FeeRules.oinpFee(stream: "hcp", on: d("2019-01-01"), rules: rules)!
        #expect(early.amount.amount == 1500 && !early.amount.unverified)
        let late = FeeRules.oinpFee(stream: "hcp", on: d("2025-01-01"), rules: rules)!
        #expect(late.amount.amount == 1500 && late.amount.unverified)
        #expect(FeeRules.oinpFee(stream: "hcp", on: d("2026-05-30"), rules: rules) == nil)
        let b = rules.fees.biometrics
        #expect(b.individual == 85 && b.family == 170 && b.group == 255)
    }
}

// MARK: - §9 Deadlines, §1.2 HCP constants, §1.6 NOC, §2 streams

@Suite struct OtherTableTests {
    @Test func deadlines() {
        let dl = rules.deadlines.body
        func amt(_ id: String, _ date: String = "2025-01-01") -> (Int, String)? { dl.item(id, on: d(date)).map { ($0.amount, $0.unit) } }
        #expect(amt("noiToApplication")?.0 == 45 && amt("noiToApplication")?.1 == "days")
        #expect(amt("noiToApplication", "2026-05-30") == nil)
        #expect(amt("nominationAcceptance")?.0 == 30 && amt("nominationAcceptance")?.1 == "days")
        #expect(amt("itaToApplication")?.0 == 60 && amt("itaToApplication")?.1 == "days")
        #expect(amt("expressEntryProfileValidity")?.0 == 12 && amt("expressEntryProfileValidity")?.1 == "months")
        #expect(amt("languageResultValidity")?.0 == 2 && amt("languageResultValidity")?.1 == "years")
        #expect(amt("ecaValidity")?.0 == 5 && amt("ecaValidity")?.1 == "years")
        #expect(amt("medicalValidity")?.0 == 12 && amt("medicalValidity")?.1 == "months")
        #expect(dl.item("noiToApplication", on: d("2025-01-01"))!.due(from: d("2025-01-10")) == d("2025-02-24"))
        // Upfront medical: before 2023-10-01 yes; 2023-10-01 … 2025-08-20 no; from 2025-08-21 yes.
        #expect(dl.upfrontMedical.covering(d("2023-09-30"))?.required == true)
        #expect(dl.upfrontMedical.covering(d("2023-10-01"))?.required == false)
        #expect(dl.upfrontMedical.covering(d("2025-08-20"))?.required == false)
        #expect(dl.upfrontMedical.covering(d("2025-08-21"))?.required == true)
        // §9 (revised 2026-12-01): 2025-08-21 to 2025-10-20 a transition (files without an exam not
        // rejected); received on or after 2025-10-21 without one, an application may be rejected.
        #expect(dl.upfrontMedical.covering(d("2025-10-20"))?.label.contains("not to be rejected") == true)
        #expect(dl.upfrontMedical.covering(d("2025-10-21"))?.required == true)
        #expect(dl.upfrontMedical.covering(d("2025-10-21"))?.label.contains("rejected as incomplete") == true)
        #expect(dl.upfrontMedical.covering(d("2025-10-21"))?.provenance.effectiveFrom == d("2025-10-21"))
    }

    @Test func hcpConstants() {
        let h = rules.hcp.body
        #expect(h.closedFrom == d("2026-05-30") && rules.hcp.provenance.effectiveTo == d("2026-05-29"))
        #expect(h.minimumCLB == 7 && h.workHours == 1560 && h.fswWindowYears == 5 && h.cecWindowYears == 3)
        #expect(h.ecaMaxAgeYears == 5 && h.languageMaxAgeYears == 2 && h.fswPassMark == 67 && h.noiWindowDays == 45)
        let seeds = h.criteria.filter(\.seed).map(\.id)
        #expect(seeds == ["workExperience", "education", "language", "settlementFunds", "intentionToLiveInOntario", "legalStatus", "fswPoints"])
    }

    @Test func techNOC() {
        let o = rules.techNOC.occupations
        #expect(o.map(\.noc2016) == ["0213", "2147", "2172", "2173", "2174", "2175"])
        let codes2021 = Set(o.flatMap { $0.noc2021.map(\.code) })
        #expect(codes2021 == ["20012", "21211", "21223", "21230", "21231", "21232", "21233", "21234", "21311"])
        #expect(Set(rules.techNOC.lists.first { $0.id == "noc2021" }!.codes) == codes2021)
        // Pairings flagged UNVERIFIED in §1.6: 2172, 2174, 2175.
        #expect(o.filter(\.unverified).map(\.noc2016) == ["2172", "2174", "2175"])
        // 21223 is database analysts (not 21233, which one copy mislabels).
        #expect(o.flatMap(\.noc2021).first { $0.code == "21223" }?.title == "Database analysts and data administrators")
        #expect(o.flatMap(\.noc2021).first { $0.code == "21233" }?.title == "Web designers")
        #expect(!o.contains { $0.noc2016 == "2171" })
    }

    @Test func everyTableCarriesProvenance() {
        let metas: [Provenance] = [rules.language.provenance, rules.fsw.provenance, rules.cec.provenance, rules.crs.provenance, rules.funds.provenance,
                                   rules.fees.provenance, rules.deadlines.provenance, rules.hcp.provenance, rules.techNOC.provenance, rules.streams.provenance]
            + rules.funds.tables.map(\.provenance) + rules.fees.irccPermanentResidence.map(\.provenance) + rules.deadlines.items.map(\.provenance)
            + rules.streams.streams.map(\.provenance)
        for m in metas {
            #expect(!(m.sources ?? []).isEmpty)
            #expect(m.asOf != nil && m.tag != nil)
            // Each source is shown by its address, or by its description when RULES.md gives none.
            #expect(m.citations.count == (m.sourceIds ?? []).count)
            for (shown, c) in zip(m.sources ?? [], m.citations) {
                #expect(c.url == nil ? shown == c.title : shown.hasPrefix("http") && !shown.hasSuffix(","), "\(c.id)")
            }
        }
    }
}
