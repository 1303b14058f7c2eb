import Foundation
import Testing
@testable import GuideCore

// CRS worked examples. Every expected value is derived by hand from RULES.md §5 (derivation in the comment).
// Unless stated, the date is 2026-11-01, the applicant is single, the education is Canadian, and language
// results are CELPIP-General (CELPIP n = CLB n, RULES.md §6.2) from 2026-01-10, still valid.

private let asOf = "2026-11-01"

private func crs(_ p: Profile, on date: String = asOf) -> CRSResult { CRSRules.assess(p, asOf: d(date)) }

private func married(age: Int, spouse: Spouse, on date: String = asOf) -> Profile {
    var p = single(age: age, asOf: date, language: [celpip(9)])
    p.maritalStatus = .married
    p.spouse = spouse
    return p
}

@Suite struct CRSWorkedExamples {
    // 1. Age 29, bachelor's, CLB 9 all four, single.
    //    A: age 110 + education 120 + language 4×31=124 + 0 + 0 = 354.
    //    C: education (≥1-year tier) with CLB 9+ all four = 25; no Canadian/foreign work = 0 → 25.  Total 379.
    @Test func age29() {
        let r = crs(single(age: 29, language: [celpip(9)]))
        #expect(r.core == 354 && r.spouse == 0 && r.transferability == 25 && r.additional == 0 && r.total == 379)
        #expect(r.points("age") == 110 && r.points("education") == 120 && r.points("firstLanguage") == 124)
    }

    // 2. Age 30 (the first year below the 20–29 plateau): age 105 → A 349, C 25, total 374.
    @Test func age30() {
        let r = crs(single(age: 30, language: [celpip(9)]))
        #expect(r.points("age") == 105 && r.core == 349 && r.total == 374)
    }

    // 3. Age 35: 77 → A 77+120+124 = 321, C 25 → 346.
    @Test func age35() {
        #expect(crs(single(age: 35, language: [celpip(9)])).total == 346)
    }

    // 4. Age 36: 72 → A 316, C 25 → 341.
    @Test func age36() {
        #expect(crs(single(age: 36, language: [celpip(9)])).total == 341)
    }

    // 5. Age 44: 6 → A 250 → 275.   6. Age 45: 0 → A 244 → 269.
    @Test func age44and45() {
        #expect(crs(single(age: 44, language: [celpip(9)])).total == 275)
        let r45 = crs(single(age: 45, language: [celpip(9)]))
        #expect(r45.points("age") == 0 && r45.total == 269)
    }

    // 7. Married, spouse accompanying and not a citizen/PR → "with spouse" columns.
    //    A: age 29 → 100; bachelor's → 112; CLB 9 ×4 → 4×29 = 116 → 328.
    //    B: spouse master's 10 + spouse CLB 7 ×4 → 4×3 = 12 + spouse 2 years Canadian work 7 → 29.
    //    C: 25 (same tier as example 1).  Total 328 + 29 + 25 = 382.
    @Test func withSpouse() {
        let sp = Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: .mastersOrProfessional, languageTests: [celpip(7)], canadianWorkYears: 2)
        let r = crs(married(age: 29, spouse: sp))
        #expect(r.withSpouse)
        #expect(r.core == 328 && r.spouse == 29 && r.transferability == 25 && r.total == 382)
        #expect(r.points("spouseEducation") == 10 && r.points("spouseLanguage") == 12 && r.points("spouseCanadianWork") == 7)
    }

    // 8. Same, but the spouse is a Canadian citizen/PR → scored as single: 354 + 25 = 379, spouse block 0.
    @Test func spouseCitizen() {
        let sp = Spouse(accompanying: true, canadianCitizenOrPR: true, educationLevel: .mastersOrProfessional, languageTests: [celpip(7)], canadianWorkYears: 2)
        let r = crs(married(age: 29, spouse: sp))
        #expect(!r.withSpouse && r.spouse == 0 && r.total == 379)
    }

    // 9. Same, but the spouse does not come → scored as single: 379.
    @Test func spouseNotAccompanying() {
        let sp = Spouse(accompanying: false, canadianCitizenOrPR: false, educationLevel: .mastersOrProfessional, languageTests: [celpip(7)], canadianWorkYears: 2)
        let r = crs(married(age: 29, spouse: sp))
        #expect(!r.withSpouse && r.total == 379)
    }

    // 10. Spouse language cap: spouse CLB 10 ×4 → 4×5 = 20 (= cap 20); spouse education none 0; no work 0 → B 20.
    //     Age 18 with spouse → 90. A 90+112+116 = 318; C 25; total 363.
    @Test func age18WithSpouseLanguageCap() {
        let sp = Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: EducationLevel.none, languageTests: [celpip(10)], canadianWorkYears: 0)
        let r = crs(married(age: 18, spouse: sp))
        #expect(r.points("age") == 90 && r.spouse == 20 && r.total == 363)
    }

    // 11. Bachelor's vs two-or-more credentials (RULES.md §5.8): with CLB 9+ all four,
    //     bachelor's gets 25 in the education bundle; two credentials (one 3+ years) gets 50.
    //     Two credentials: A 110 + 128 + 124 = 362; C 50 → 412.
    @Test func twoCredentialsTier() {
        let bachelor = crs(single(age: 29, education: .bachelorOrThreeYear, language: [celpip(9)]))
        let two = crs(single(age: 29, education: .twoOrMoreOneThreeYear, language: [celpip(9)]))
        #expect(bachelor.points("educationBundle") == 25)
        #expect(two.points("educationBundle") == 50 && two.core == 362 && two.total == 412)
    }

    // 12. Strong (not very strong) language: CLB 8 ×4 → 4×23 = 92; A 110+120+92 = 322; C bachelor + CLB 7–8 = 13 → 335.
    @Test func strongLanguageTier() {
        let r = crs(single(age: 29, language: [celpip(8)]))
        #expect(r.points("firstLanguage") == 92 && r.transferability == 13 && r.total == 335)
    }

    // 13. One ability under 9 (9/9/9/8): language 31+31+31+23 = 116; A 346; transferability "strong" 13 → 359.
    @Test func oneAbilityBelowNine() {
        let r = crs(single(age: 29, language: [celpip(9, 9, 9, 8)]))
        #expect(r.points("firstLanguage") == 116 && r.transferability == 13 && r.total == 359)
    }

    // 14. Canadian work 1 year (2025-06-01 … 2026-06-30, 395 days × 30 h/7 = 1,692 h ≥ 1,560): A +40 → 394.
    //     C education bundle: CLB 9 → 25 + Canadian 1 year → 13 = 38.  Total 432.
    @Test func canadianOneYear() {
        let r = crs(single(age: 29, language: [celpip(9)], work: [job(from: "2025-06-01", to: "2026-06-30", inCanada: true)]))
        #expect(r.points("canadianWork") == 40 && r.points("educationBundle") == 38 && r.total == 432)
    }

    // 15. Canadian work 2 years (2024-06-01 … 2026-06-30, 760 days → 3,257 h ≥ 3,120): A +53 → 407;
    //     education bundle 25 + 25 = 50 (exactly the cap).  Total 457.
    @Test func canadianTwoYears() {
        let r = crs(single(age: 29, language: [celpip(9)], work: [job(from: "2024-06-01", to: "2026-06-30", inCanada: true)]))
        #expect(r.points("canadianWork") == 53 && r.points("educationBundle") == 50 && r.total == 457)
    }

    // 16. Foreign work 2 years (2023-01-01 … 2024-12-31, 731 days → 3,132 h): tier "1 or 2 years" with CLB 9 → 25.
    //     A 354; C 25 + 25 = 50 → 404.
    @Test func foreignTwoYears() {
        let r = crs(single(age: 29, language: [celpip(9)], work: [job(from: "2023-01-01", to: "2024-12-31", inCanada: false)]))
        #expect(r.points("foreignBundle") == 25 && r.total == 404)
    }

    // 17. Foreign 3 years (2021-01-01 … 2023-12-31) + Canadian 1 year: A 354 + 40 = 394.
    //     Education bundle 25 + 13 = 38; foreign bundle 50 + 25 = 75 → capped at 50; C = 88.  Total 482.
    @Test func foreignBundleCap() {
        let r = crs(single(age: 29, language: [celpip(9)], work: [
            job(from: "2021-01-01", to: "2023-12-31", inCanada: false), job(from: "2025-06-01", to: "2026-06-30", inCanada: true)]))
        #expect(r.points("foreignBundle") == 50 && r.transferability == 88 && r.total == 482)
    }

    // 18. Certificate of qualification, CLB 6 ×4 (5+ with one below 7) → 25. Secondary education.
    //     A 110 + 30 + 4×9 = 176; C: no post-secondary 0, no foreign 0, certificate 25 → 201.
    @Test func certificateCLB6() {
        var p = single(age: 29, education: .secondary, language: [celpip(6)])
        p.certificateOfQualification = true
        let r = crs(p)
        #expect(r.points("certificateOfQualification") == 25 && r.total == 201)
    }

    // 19. Certificate with CLB 7 ×4 → 50.  A 110 + 30 + 4×17 = 208; C 50 (education bundle with secondary = 0) → 258.
    @Test func certificateCLB7() {
        var p = single(age: 29, education: .secondary, language: [celpip(7)])
        p.certificateOfQualification = true
        #expect(crs(p).total == 258)
    }

    // 20. Transferability cap 100: PhD + CLB 10 + Canadian 2 years + foreign 3 years + certificate:
    //     education bundle 50+50 → 50; foreign 50+50 → 50; certificate 50 → 150 → capped at 100.
    @Test func transferabilityCap() {
        var p = single(age: 29, education: .doctoral, language: [celpip(10)], work: [
            job(from: "2018-01-01", to: "2021-12-31", inCanada: false), job(from: "2024-01-01", to: "2026-06-30", inCanada: true)])
        p.certificateOfQualification = true
        let r = crs(p)
        #expect(r.transferability == 100)
        #expect(r.notes.contains { $0.contains("150 capped at 100") })
    }

    // 21. French 25 (NCLC 7 all four, no English test). TEF Canada 2026: 434/428/434/456 are the NCLC 7 lower bounds.
    //     French is the only language → first language: 4×17 = 68.  A 110 + 120 + 68 = 298; C strong → 13; D 25.  Total 336.
    @Test func french25() {
        let r = crs(single(age: 29, language: [tef(434, 428, 434, 456)]))
        #expect(r.firstOfficialLanguage == .french)
        #expect(r.points("frenchOnly") == 25 && r.total == 336)
    }

    // 22. French 50: add English CLB 5 ×4. French first: 68 + second language English 4×1 = 4 → A 302; C 13; D 50 → 365.
    //     (English first would give 24 + 12 = 36 and C 0 → lower, so French is first.)
    @Test func french50() {
        let r = crs(single(age: 29, language: [tef(434, 428, 434, 456), celpip(5)]))
        #expect(r.firstOfficialLanguage == .french)
        #expect(r.points("frenchWithEnglish") == 50 && r.core == 302 && r.total == 365)
    }

    // 23. Mixed English (5/5/5/4): not CLB 5+ in all four → 25 (RULES.md §0.4 reading).
    //     Second language 1+1+1+0 = 3 → A 301; C 13; D 25 → 339.
    @Test func frenchMixedEnglish() {
        let r = crs(single(age: 29, language: [tef(434, 428, 434, 456), celpip(5, 5, 5, 4)]))
        #expect(r.points("frenchOnly") == 25 && r.points("frenchWithEnglish") == 0 && r.total == 339)
    }

    // 24. French before 2020-10-27 (2019-06-01): 30 instead of 50. Old TEF scale NCLC 7: 207/310/249/310.
    //     Same arithmetic as example 22 with D 30 → 302 + 13 + 30 = 345.
    @Test func french2019() {
        let date = "2019-06-01"
        let p = single(age: 29, asOf: date, language: [tef(207, 310, 249, 310, on: "2019-01-10"), celpip(5, on: "2019-01-10")])
        let r = crs(p, on: date)
        #expect(r.points("frenchWithEnglish") == 30 && r.total == 345)
    }

    // 25. Second language cap with spouse: French NCLC 9 ×4 → 4×6 = 24 → capped at 22.
    @Test func secondLanguageCapWithSpouse() {
        var p = married(age: 29, spouse: Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: EducationLevel.none, languageTests: [], canadianWorkYears: 0))
        p.languageTests = [celpip(10), tef(503, 512, 503, 518)]
        let r = crs(p)
        #expect(r.firstOfficialLanguage == .english && r.points("secondLanguage") == 22)
    }

    // 26. Arranged employment, TEER 1 offer with LMIA, on 2025-03-24 → 50; on 2025-03-25 → 0 (removed).
    //     A 354 + C 25 = 379 (+50 before → 429).
    @Test func arrangedEmploymentDates() {
        func p(_ date: String) -> Profile {
            var p = single(age: 29, asOf: date, language: [celpip(9, on: "2024-06-01")])
            p.jobOffer = JobOffer(hasOffer: true, nocCode: "21231", lmiaOrExempt: true)
            return p
        }
        #expect(crs(p("2025-03-24"), on: "2025-03-24").total == 429)
        let after = crs(p("2025-03-25"), on: "2025-03-25")
        #expect(after.total == 379 && after.additional == 0)
        #expect(after.notes.contains { $0.contains("removed") })
    }

    // 27. Senior manager (NOC 00012) offer on 2025-03-24 → 200 → 579; LMIA offer on 2016-01-01 → 600 → 979.
    @Test func arrangedEmploymentSeniorAndLMIA() {
        var a = single(age: 29, asOf: "2025-03-24", language: [celpip(9, on: "2024-06-01")])
        a.jobOffer = JobOffer(hasOffer: true, nocCode: "00012", lmiaOrExempt: true)
        #expect(crs(a, on: "2025-03-24").total == 579)
        var b = single(age: 29, asOf: "2016-01-01", language: [celpip(9, on: "2015-06-01")])
        b.jobOffer = JobOffer(hasOffer: true, nocCode: "21231", lmiaOrExempt: true)
        #expect(crs(b, on: "2016-01-01").total == 979)
    }

    // 28. Additional cap: nomination 600 + sibling 15 + Canadian study (3+ years) 30 = 645 → 600. Total 379 + 600 = 979.
    @Test func additionalCap() {
        var p = single(age: 29, language: [celpip(9)])
        p.filing.nominationDate = d("2026-10-01")      // nominated, and accepted in the profile before the as-of date
        p.filing.nominationAccepted = d("2026-10-02")
        p.siblingInCanada = true
        p.education.canadianCredential = .threeYearOrMore
        let r = crs(p)
        #expect(r.additional == 600 && r.total == 979)
    }

    // 29. Canadian study 1–2 years → 15; sibling → 15: 379 + 30 = 409.
    @Test func studyAndSibling() {
        var p = single(age: 29, language: [celpip(9)])
        p.siblingInCanada = true
        p.education.canadianCredential = .oneOrTwoYear
        #expect(crs(p).total == 409)
    }

    // 30. The maximum profile: age 25, PhD, English CLB 10, French NCLC 9+ (second language 24 = cap),
    //     Canadian 5+ years, foreign 3+ years, PN, sibling, Canadian study, French 50.
    //     A 110 + 150 + 136 + 24 + 80 = 500; C 50 + 50 = 100; D 600 → 1,200.
    @Test func maximum() {
        var p = single(age: 25, education: .doctoral, language: [celpip(10), tef(550, 550, 550, 550)], work: [
            job(from: "2015-01-01", to: "2019-12-31", inCanada: false), job(from: "2020-01-01", to: "2025-12-31", inCanada: true)])
        p.filing.nominationDate = d("2026-10-01")      // nominated, and accepted in the profile before the as-of date
        p.filing.nominationAccepted = d("2026-10-02")
        p.siblingInCanada = true
        p.education.canadianCredential = .threeYearOrMore
        let r = crs(p)
        #expect(r.core == 500 && r.transferability == 100 && r.additional == 600 && r.total == 1200)
    }

    // 31. Foreign education without an ECA counts for nothing: A = 110 + 0 + 124 = 234; C 0 → 234.
    @Test func foreignEducationWithoutECA() {
        var p = single(age: 29, language: [celpip(9)])
        p.education = Education(level: .mastersOrProfessional, isCanadian: false, hasECA: false)
        #expect(crs(p).total == 234)
    }

    // 32. An expired result scores nothing: CLB 9 from 2024-01-10 is invalid on 2026-11-01. A 230, total 230.
    @Test func expiredLanguage() {
        #expect(crs(single(age: 29, language: [celpip(9, on: "2024-01-10")])).total == 230)
    }
}
