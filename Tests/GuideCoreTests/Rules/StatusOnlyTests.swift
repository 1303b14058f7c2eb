import SeededRandom
import Foundation
import Testing
@testable import GuideCore

// The status-only paths (StatusOnly.swift) must decide exactly as the full ones on every profile: FSW and
// CEC statuses, the best language levels, the funds status, and each group's eligibility without reasons.
// The profiles are CRSTotalTests' wide random ones (ProfileMaker) plus funds, family size, work permits and
// the route answers that hide others. Seeded: the seed is printed; replay a failure with
// STATUS_ONLY_SEED=<seed> swift test --skip-build --filter StatusOnlyTests.

private func seed(_ fallback: UInt64, _ name: String) -> UInt64 {
    let s = ProcessInfo.processInfo.environment["STATUS_ONLY_SEED"].flatMap { UInt64($0) } ?? fallback
    print("StatusOnlyTests \(name) seed: \(s) (replay: STATUS_ONLY_SEED=\(s))")
    return s
}

private extension ProfileMaker {
    /// A ProfileMaker profile with the answers the FSW funds minimum and its exemption read, and (often)
    /// the route answers that hide others.
    mutating func wideProfile(asOf: LocalDate) -> Profile {
        var p = chance(0.5) ? profile(asOf: asOf) : strongProfile(asOf: asOf)
        if chance(0.7) { p.numberOfChildren = int(0...4) }
        p.settlementFundsCAD = maybe(pick([0, 5_000, 14_000, 15_500, 20_000, 30_000, 60_000, 1e12, -1, .infinity]), 0.8)
        p.familySize = maybe(int(0...12), 0.3)
        p.jobOffer.currentlyAuthorizedToWork = bool()
        p.relativeInCanada = bool()
        p.education.studiedInCanadaTwoYears = bool()
        if chance(0.5) { routeAnswers(&p, asOf: asOf) }
        return p
    }
}

private extension ProfileMaker {
    /// A profile near the FSW and CEC minimums: most answers given, recent tests with middling to high
    /// scores, paid skilled jobs (often in Canada), a recognized credential often, so both statuses are
    /// often met and the boundaries (CLB 7, one year of work, 67 points, funds) are crossed both ways.
    mutating func strongProfile(asOf: LocalDate) -> Profile {
        var p = profile(asOf: asOf)
        p.dateOfBirth = asOf.adding(days: -int(20 * 365...50 * 365))
        p.maritalStatus = pick(MaritalStatus.allCases)
        p.education.level = pick([.secondary, .oneYear, .bachelorOrThreeYear, .twoOrMoreOneThreeYear, .mastersOrProfessional, .doctoral])
        p.education.isCanadian = maybe(chance(0.4), 0.95)
        p.education.hasECA = maybe(chance(0.8), 0.95)
        p.education.ecaIssueDate = asOf.adding(days: -int(0...2200))
        p.languageTests = (0..<int(1...2)).map { _ in
            let taken = asOf.adding(days: -int(0...800))
            let type = pick([LanguageTestType.celpipGeneral, .ieltsGeneral, .tefCanada])
            func sc() -> Double {
                switch type {
                case .celpipGeneral: return Double(int(5...11))
                case .ieltsGeneral: return Double(int(10...18)) / 2
                default: return Double(int(250...600))
                }
            }
            return LanguageTest(type: type, testDate: taken, resultDate: taken.adding(days: int(0...20)),
                                scores: LanguageScores(reading: sc(), writing: sc(), listening: sc(), speaking: sc()))
        }
        p.workExperience = (0..<int(1...3)).map { _ in
            let start = asOf.adding(days: -int(200...3000))
            return WorkExperience(nocCode: pick(["21231", "21232", "00012", "41200", "62020", "72410"]), title: "job", startDate: start,
                                  endDate: chance(0.5) ? nil : start.adding(days: int(200...1500)),
                                  hoursPerWeek: Double(pick([20, 30, 37.5, 40])), country: nil, paid: maybe(true, 0.95),
                                  inCanada: maybe(chance(0.6), 0.95), selfEmployed: maybe(false, 0.95), whileFullTimeStudent: maybe(false, 0.95))
        }
        return p
    }
}

@Suite struct StatusOnlyTests {
    @Test func fswAndCECStatusesAreTheFullAssessments() {
        let s = seed(20_261_203, "FSW/CEC")
        var maker = ProfileMaker(rng: SplitMix(state: s))
        var differ = 0
        var seen: [String: Int] = [:]
        for i in 0..<4000 {
            let asOf = maker.date(2014, 2028)
            let q = maker.wideProfile(asOf: asOf).counted
            let fullF = FSWRules.assess(counted: q, asOf: asOf, rules: .shared).status
            let fullC = CECRules.assess(counted: q, asOf: asOf, rules: .shared).status
            let fastF = FSWRules.status(counted: q, asOf: asOf, rules: .shared)
            let fastC = CECRules.status(counted: q, asOf: asOf, rules: .shared)
            seen["fsw.\(fullF)", default: 0] += 1
            seen["cec.\(fullC)", default: 0] += 1
            if fullF != fastF || fullC != fastC {
                differ += 1
                if differ <= 3 { Issue.record("seed \(s), profile \(i), as of \(asOf): FSW \(fastF) vs \(fullF), CEC \(fastC) vs \(fullC)") }
            }
        }
        #expect(differ == 0, "seed \(s): \(differ) of 4000 differ")
        // Meaningful only if every status of both occurs often.
        for k in ["fsw.met", "fsw.notMet", "fsw.unknown", "cec.met", "cec.notMet", "cec.unknown"] {
            #expect((seen[k] ?? 0) >= 40, "seed \(s): only \(seen[k] ?? 0) profiles with \(k)")
        }
    }

    @Test func bestLevelsAreTheBestResults() {
        let s = seed(20_261_204, "language")
        var maker = ProfileMaker(rng: SplitMix(state: s))
        var differ = 0, found = 0
        for i in 0..<4000 {
            let asOf = maker.date(2014, 2028)
            // More tests than a profile usually has, so ties and expired ones are common.
            let tests = (0..<maker.int(0...6)).map { _ in maker.test(around: asOf) }
            for lang in OfficialLanguage.allCases {
                let full = LanguageRules.bestOfAllConverted(tests, language: lang, asOf: asOf)
                let fast = LanguageRules.bestLevels(tests, language: lang, asOf: asOf, rules: .shared)
                if full != nil { found += 1 }
                // `best` itself (chosen without notes, then converted) is the whole result of the former one.
                if full?.levels != fast?.levels || full?.test != fast?.test || full?.index != fast?.index
                    || LanguageRules.best(tests, language: lang, asOf: asOf) != full {
                    differ += 1
                    if differ <= 3 { Issue.record("seed \(s), case \(i), \(lang): \(String(describing: fast)) vs \(String(describing: full?.levels)) \(String(describing: full?.test))") }
                }
                for t in tests {
                    let r = LanguageRules.convert(t, asOf: asOf)
                    let want = r.valid ? r.levels : nil
                    if want != LanguageRules.validLevels(t, asOf: asOf, rules: .shared) || want != CRSTables.of(.shared).validLevels(t, asOf: asOf) {
                        differ += 1
                        if differ <= 3 { Issue.record("seed \(s), case \(i): validLevels differs from convert for \(t)") }
                    }
                }
            }
        }
        #expect(differ == 0, "seed \(s): \(differ) differ")
        #expect(found > 1000, "seed \(s): only \(found) cases with a valid result")
    }

    @Test func fundsStatusIsTheChecksStatus() {
        let s = seed(20_261_205, "funds")
        var maker = ProfileMaker(rng: SplitMix(state: s))
        var differ = 0
        var seen = Set<String>()
        for i in 0..<4000 {
            let asOf = maker.date(2014, 2028)
            let p = maker.wideProfile(asOf: asOf)
            let full = FundsRules.check(p, on: asOf).0.status
            let fast = FundsRules.status(p, on: asOf, rules: .shared)
            seen.insert("\(full)")
            if full != fast {
                differ += 1
                if differ <= 3 { Issue.record("seed \(s), profile \(i), as of \(asOf): \(fast) vs \(full)") }
            }
        }
        #expect(differ == 0, "seed \(s): \(differ) differ")
        #expect(seen.count == 3, "seed \(s): statuses seen \(seen)")
    }

    /// Every group's eligibility and flag without reasons (the what-if set's call) equal those with them.
    @Test func eligibilityWithoutReasonsIsTheExplainedOne() {
        let s = seed(20_261_206, "categories")
        var maker = ProfileMaker(rng: SplitMix(state: s))
        var differ = 0
        var seen: [Eligibility: Int] = [:]
        for i in 0..<1500 {
            let asOf = maker.date(2024, 2027)
            let p = maker.wideProfile(asOf: asOf)
            let ids = RuleData.shared.selectionGroups.groups.map(\.id) + ["noSuchGroup"]
            let full = CategoryRules.evaluate(p, ids: ids, asOf: asOf)
            let fast = CategoryRules.evaluate(p, ids: ids, asOf: asOf, explain: false)
            for (a, b) in zip(full, fast) {
                seen[a.eligibility, default: 0] += 1
                if a.eligibility != b.eligibility || a.unverified != b.unverified || a.id != b.id {
                    differ += 1
                    if differ <= 3 { Issue.record("seed \(s), profile \(i), as of \(asOf), \(a.id): \(b.eligibility) vs \(a.eligibility) (\(a.reason))") }
                }
            }
        }
        #expect(differ == 0, "seed \(s): \(differ) differ")
        #expect((seen[.eligible] ?? 0) > 200 && (seen[.notEligible] ?? 0) > 200 && (seen[.unknown] ?? 0) > 100, "seed \(s): \(seen)")
    }

    /// The what-if candidates marked `keepsVisibility` have, as counted answers, their change made to the
    /// profile's counted answers: the same profile `counted` finds by running the questionnaire.
    @Test func candidatesThatKeepVisibilityCommuteWithCounted() {
        let s = seed(20_261_207, "what-if counted")
        var maker = ProfileMaker(rng: SplitMix(state: s))
        var differ = 0, checked = 0, hidden = 0
        for i in 0..<1500 {
            let asOf = maker.date(2024, 2027)
            let p = maker.wideProfile(asOf: asOf)
            let base = CRSRules.assess(p, asOf: asOf)
            let pc = p.counted
            if pc != p.withImpliedAnswers { hidden += 1 }
            for c in WhatIfRules.candidates(p, asOf: asOf, rules: .shared, base: base) where c.keepsVisibility {
                var q = pc
                let made = c.edit(&q)
                checked += 1
                if !made || q != c.profile.counted {
                    differ += 1
                    if differ <= 3 { Issue.record("seed \(s), profile \(i), as of \(asOf), \(c.id): the change made to the counted answers differs from counted") }
                }
            }
        }
        #expect(differ == 0, "seed \(s): \(differ) of \(checked) differ")
        #expect(checked > 3000 && hidden > 200, "seed \(s): \(checked) candidates checked, \(hidden) profiles with hidden answers")
    }
}
