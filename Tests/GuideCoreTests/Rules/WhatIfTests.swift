import Foundation
import Testing
@testable import GuideCore

// What would raise the score. Every expected total is derived by hand from the CRS grid (RULES.md §5);
// the engine computes them on changed copies of the profile. Fixtures: StandingFixtures.swift.

private func table(_ w: [WhatIfResult]) -> [String] { w.map { "\($0.id) \($0.gain) \($0.crsTotal)" } }

@Suite struct WhatIfTests {
    // Priya, 2026-12-01, CRS 452 (derivation in StandingTests.priyaHasNoRoundSheQualifiesFor), with-spouse columns:
    //   provincialNomination       +600 (§5.9)                                          -> 1052
    //   frenchNclc9                second language 6x4 = 24, cap 22 (§5.5) + French 50    -> +72 -> 524
    //   frenchNclc7                second language 3x4 = 12 + French 50 (English CLB 5+)  -> +62 -> 514
    //   canadianWorkPlusOneYear    Canadian work 1 year 35 (§5.6); both bundles already at 50 -> +35 -> 487
    //   canadianCredential         1-2 year Canadian credential 15 (§5.9); master's stays   -> +15 -> 467
    //   firstLanguageClb10         (32 - 29) x4 = 12; transferability already CLB 9+ column  -> +12 -> 464
    //   spouseLanguageClb9         spouse (5 - 3) x4 = 8 (§5.7)                          -> +8  -> 460
    //   foreignWorkPlusOneYear     already 3+ years: same tier, bundle capped            ->  0  -> 452
    //   waitOneYear                age 32: 85 instead of 90 (§5.2)                       -> -5  -> 447
    //   left out: firstLanguageClb9 (already CLB 9 in all four), secondCredentialOrMasters (already a master's).
    @Test func priyaGainsEqualTheGrid() {
        let w = whatIf(priya(), on: "2026-12-01")
        #expect(table(w) == [
            "provincialNomination 600 1052", "frenchNclc9 72 524", "frenchNclc7 62 514", "canadianWorkPlusOneYear 35 487",
            "canadianCredential 15 467", "firstLanguageClb10 12 464", "spouseLanguageClb9 8 460",
            "foreignWorkPlusOneYear 0 452", "waitOneYear -5 447",
        ])
        // Crossings: French NCLC 7 opens the French category (cut-offs 382-420, all 10 below 514); the nomination
        // opens the 19 PNP rounds (697-805); a Canadian year makes her CEC-eligible but 487 < 507, the lowest CEC cut-off.
        let byID = Dictionary(uniqueKeysWithValues: w.map { ($0.id, $0) })
        #expect(byID["frenchNclc7"]?.crosses == [Crossing(group: "french", name: "French-language proficiency", rounds: 10, lowestCutOff: 382, highestCutOff: 420)])
        #expect(byID["provincialNomination"]?.crosses == [Crossing(group: "pnp", name: "Provincial Nominee Program", rounds: 19, lowestCutOff: 697, highestCutOff: 805)])
        #expect(byID["canadianWorkPlusOneYear"]?.crosses == [])
        #expect(byID["provincialNomination"]?.change.contains("OWP") == true && byID["provincialNomination"]?.note?.contains("[S2]") == true)
    }

    // CEC candidate, 2026-12-01, CRS 526 (derivation in StandingTests.cecCandidatePassedEveryCECRound), single:
    //   provincialNomination       D: 30 + 600 = 630, capped at 600 (§5.9) -> D 600       -> +570 -> 1096
    //   frenchNclc9                second language 6x4 = 24 (cap 24) + French 50          -> +74 -> 600
    //   frenchNclc7                3x4 = 12 + 50                                         -> +62 -> 588
    //   foreignWorkPlusOneYear     foreign 1-2 years tier: CLB 9+ 25 + Canadian 2+ years 25 = 50;
    //                              transferability 50 + 50 = 100 (was 50)                 -> +50 -> 576
    //   secondCredentialOrMasters  education 135 instead of 120 (§5.3); education bundle stays capped at 50
    //                              (master's tier 50 + 50 -> 50); Canadian-credential 30 stays -> +15 -> 541
    //   canadianWorkPlusOneYear    6 years: still the 5-or-more row, 80                   ->  0  -> 526
    //   waitOneYear                age 28: still 110 (20-29)                              ->  0  -> 526
    //   left out: firstLanguageClb9/10 (CLB 10 already), spouseLanguageClb9 (single), canadianCredential (has one).
    //   Equal gains keep the candidate order (Canadian work before waiting).
    @Test func cecCandidateGainsEqualTheGrid() {
        let w = whatIf(cecCandidate(), on: "2026-12-01")
        #expect(table(w) == [
            "provincialNomination 570 1096", "frenchNclc9 74 600", "frenchNclc7 62 588", "foreignWorkPlusOneYear 50 576",
            "secondCredentialOrMasters 15 541", "canadianWorkPlusOneYear 0 526", "waitOneYear 0 526",
        ])
        // Already above every CEC cut-off: a higher score crosses nothing new; French opens its category.
        let byID = Dictionary(uniqueKeysWithValues: w.map { ($0.id, $0) })
        #expect(byID["foreignWorkPlusOneYear"]?.crosses == [])
        #expect(byID["frenchNclc7"]?.crosses.map(\.group) == ["french"])
    }

    // Single, age 29, Canadian bachelor's, IELTS 6.0 in all four (CLB 7, §6.1), no work. CRS:
    //   A 110 + 120 + 17x4 = 68 -> 298; C: education (>=1-year tier) CLB 7+ with one under 9 -> 13. Total 311.
    //   firstLanguageClb9: 31x4 = 124 -> A 354; C 25 -> 379 (+68).  Clb10: 34x4 = 136 -> A 366; C 25 -> 391 (+80).
    //   The new result is an IELTS at the CLB 9 lower bounds R 7.0, W 7.0, L 8.0, S 7.0 (§6.1).
    @Test func firstLanguageGainsIncludeTransferability() {
        let p = single(age: 29, asOf: "2026-12-01", language: [ielts(6, 6, 6, 6)])
        let w = Dictionary(uniqueKeysWithValues: whatIf(p, on: "2026-12-01").map { ($0.id, $0) })
        #expect(CRSRules.assess(p, asOf: d("2026-12-01")).total == 311)
        #expect(w["firstLanguageClb9"]?.crsTotal == 379 && w["firstLanguageClb9"]?.gain == 68)
        #expect(w["firstLanguageClb10"]?.crsTotal == 391 && w["firstLanguageClb10"]?.gain == 80)
        let c = WhatIfRules.candidates(p, asOf: d("2026-12-01"), rules: .shared, base: CRSRules.assess(p, asOf: d("2026-12-01")))
            .first { $0.id == "firstLanguageClb9" }!
        let t = c.profile.languageTests.last!
        #expect(t.type == .ieltsGeneral && t.scores == LanguageScores(reading: 7.0, writing: 7.0, listening: 8.0, speaking: 7.0))
    }

    // An ability already above the target keeps its level: IELTS R 8.5 (CLB 10), W/L/S 6.0 -> the CLB 9 result
    // is R 8.0 (the CLB 10 bound), W 7.0, L 8.0, S 7.0.
    @Test func raisedTestKeepsHigherAbilities() {
        let t = WhatIfRules.raised([ielts(8.5, 6, 6, 6)], language: .english, to: 9, asOf: d("2026-12-01"), rules: .shared)
        #expect(t?.scores == LanguageScores(reading: 8.0, writing: 7.0, listening: 8.0, speaking: 7.0))
        #expect(WhatIfRules.raised([celpip(9)], language: .english, to: 9, asOf: d("2026-12-01"), rules: .shared) == nil)
    }

    // The nomination is recorded where step 3 records it (route OWP, nominated and accepted), and an
    // already nominated profile has no such change.
    @Test func nominationChangeSetsTheStepThreeRecordAndIsLeftOutWhenHeld() {
        var p = priya()
        WhatIfRules.nominate(&p, on: d("2026-12-01"))
        #expect(p.chosenRoute == .owp && p.filing.nominationAccepted == d("2026-12-01") && p.hasAcceptedNomination(on: d("2026-12-01")))
        #expect(!whatIf(p, on: "2026-12-01").contains { $0.id == "provincialNomination" })
    }

    // No date of birth: waiting cannot be scored; no work window with room: no extra year (10 full years of
    // Canadian work from 2014 leave no free year in the 10-year window).
    @Test func idsAreLeftOutWhenTheyDoNotApply() {
        var p = cecCandidate(since: "2014-01-01")
        p.dateOfBirth = nil
        let ids = whatIf(p, on: "2026-12-01").map(\.id)
        #expect(!ids.contains("waitOneYear") && !ids.contains("canadianWorkPlusOneYear"))
        #expect(ids.contains("foreignWorkPlusOneYear"))
    }

    // The JSON report has `standing` and `whatIf` ({id, change, crsTotal, gain, ...}) with these types.
    @Test func jsonShape() throws {
        let a = Assessor(asOf: d("2026-12-01")).assess(priya())
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(a.renderJSON().utf8)) as? [String: Any])
        let st = try #require(obj["standing"] as? [String: Any])
        for key in ["asOf", "window", "dataFrom", "dataTo", "crs", "groups", "sentence", "notes"] { #expect(st[key] != nil, "\(key)") }
        #expect(st["crs"] as? Int == 452)
        let groups = try #require(st["groups"] as? [[String: Any]])
        let cec = try #require(groups.first { $0["id"] as? String == "cec" })
        #expect(cec["eligibility"] as? String == "notEligible" && cec["rounds"] as? Int == 17 && cec["passed"] as? Int == 0)
        #expect((cec["lowest"] as? [String: Any])?["number"] as? Int == 404)
        let w = try #require(obj["whatIf"] as? [[String: Any]])
        #expect(w.count == 9)
        for e in w {
            #expect(e["id"] is String && e["change"] is String && e["crsTotal"] is Int && e["gain"] is Int && e["crosses"] is [Any])
        }
        #expect(w.first?["id"] as? String == "provincialNomination" && w.first?["gain"] as? Int == 600)
    }

    // The one-line overview names the best gain a profile can work on itself (a nomination needs a job offer).
    @Test func overviewLine() {
        let a = Assessor(asOf: d("2026-12-01")).assess(priya())
        #expect(a.standingOverview == "CRS 452 | no round you qualify for in the 12 months to 2026-12-01 | best gain: French NCLC 9, +72")
        let c = Assessor(asOf: d("2026-12-01")).assess(cecCandidate())
        #expect(c.standingOverview == "CRS 526 | passed 17 of 17 rounds you qualify for in the 12 months to 2026-12-01 | best gain: French NCLC 9, +74")
    }

    // A nominee or an invited applicant is told no gain is needed, not shown one. Priya is 452 (above); an
    // accepted provincial nomination adds 600 (RULES.md §5, additional points): 452 + 600 = 1052.
    @Test func overviewLineInProcess() throws {
        var nominee = priya()
        nominee.filing.nominationDate = d("2026-09-15")        // the nomination, then its acceptance (both asked in step 3)
        nominee.filing.nominationAccepted = d("2026-09-20")
        let n = try #require(Assessor(asOf: d("2026-12-01")).assess(nominee).standingOverview)
        #expect(n.hasPrefix("CRS 1052 with the provincial nomination's 600 points | ") && n.hasSuffix(" | no gain needed"), "\(n)")
        // Invited (an ITA on or before the date): the score at the invitation is what counts.
        let a = Assessor(asOf: d("2026-12-01")).assess(priya())
        #expect(a.standingOverview(invitedOn: d("2026-10-01"))
                == "CRS 452 | invited to apply on 2026-10-01: the score at the invitation is the one that counts")
        // An invitation dated after the as-of date is not one yet.
        #expect(a.standingOverview(invitedOn: d("2027-01-05")) == a.standingOverview)
    }
}
