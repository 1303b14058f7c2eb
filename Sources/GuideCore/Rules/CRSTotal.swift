/// The CRS total alone: the same arithmetic as `CRSRules.assess` (CRS.swift) without the breakdown, notes
/// or any text, for callers that need only the number (what-if candidates, batch rankings, the bench).
/// `CRSTotalTests` checks that it equals `assess(...).total` on thousands of random profiles; any change
/// to the scoring in CRS.swift must be made here too.
extension CRSRules {
    public static func total(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> Int {
        total(counted: p.counted, asOf: asOf, rules: rules)
    }

    static func total(counted p: Profile, asOf: LocalDate, rules: RuleData) -> Int {
        let en = LanguageRules.bestLevels(p.languageTests, language: .english, asOf: asOf, rules: rules)
        let fr = LanguageRules.bestLevels(p.languageTests, language: .french, asOf: asOf, rules: rules)
        let s = Shared(p, asOf: asOf, rules: rules, en: en, fr: fr)
        if let d = p.firstOfficialLanguage {
            return d == .english ? s.total(first: en, second: fr) : s.total(first: fr, second: en)
        }
        let a = s.total(first: en, second: fr)
        let b = s.total(first: fr, second: en)
        if fr == nil { return a }
        if en == nil { return b }
        return b > a ? b : a
    }

    /// The parts that do not depend on which language is first.
    private struct Shared {
        let g: CRSData
        let ws: Bool
        let agePts: Int
        let eduCounted: EducationLevel?
        let eduPts: Int
        let canYears: Int
        let canPts: Int
        let foreignYears: Int
        let spouseTotal: Int
        let adTotal: Int
        let hasCertificate: Bool
        let coreCap: Int
        let totalCap: Int

        init(_ p: Profile, asOf: LocalDate, rules: RuleData, en: CLBLevels?, fr: CLBLevels?) {
            let g = rules.crs.body
            self.g = g
            let ws = p.hasScoringSpouse ?? false
            self.ws = ws
            func pick(_ w: Int, _ wo: Int) -> Int { ws ? w : wo }

            if let age = p.dateOfBirth?.age(on: asOf), let row = g.age.first(where: { age >= $0.min && age <= $0.max }) {
                agePts = pick(row.withSpouse, row.withoutSpouse)
            } else {
                agePts = 0
            }
            var edu: EducationLevel? = nil
            if let lvl = p.education.level, Self.educationCounts(p.education, asOf: asOf, rules: rules) { edu = lvl }
            eduCounted = edu
            eduPts = edu.flatMap { l in g.education.first { $0.level == l } }.map { pick($0.withSpouse, $0.withoutSpouse) } ?? 0

            let facts = Facts(p, asOf: asOf, rules: rules)
            canYears = facts.canadianSkilled(windowYears: g.canadianWorkWindowYears).years
            let cy = canYears
            canPts = g.canadianWork.first { cy >= $0.minYears }.map { pick($0.withSpouse, $0.withoutSpouse) } ?? 0
            foreignYears = facts.foreignSkilled(windowYears: g.canadianWorkWindowYears).years

            var sp = 0
            if ws {
                if let l = p.spouse.educationLevel { sp += g.education.first { $0.level == l }?.spouse ?? 0 }
                let tests = p.spouse.languageTests
                let e = LanguageRules.bestLevels(tests, language: .english, asOf: asOf, rules: rules)
                let f = LanguageRules.bestLevels(tests, language: .french, asOf: asOf, rules: rules)
                let best: CLBLevels?
                switch (e, f) {
                case (let a?, let b?): best = (a.minimum, a.sum) >= (b.minimum, b.sum) ? a : b
                default: best = e ?? f
                }
                if let lv = best {
                    var sLang = 0
                    for a in LanguageAbility.allCases { sLang += g.spouseLanguage.rows.first { lv[a] >= $0.minCLB }?.points ?? 0 }
                    sp += min(sLang, g.spouseLanguage.cap)
                }
                let sy = Int((p.spouse.canadianWorkYears ?? 0) + 1e-9)
                sp += g.canadianWork.first { sy >= $0.minYears }?.spouse ?? 0
            }
            spouseTotal = min(sp, g.max("spouse"))

            var ad = 0
            func add(_ id: String) { if let fct = g.factor(id, on: asOf) { ad += fct.points } }
            if p.hasAcceptedNomination(on: asOf) { add("provincialNomination") }
            let o = p.jobOffer
            if o.hasOffer == true && o.lmiaOrExempt == true, let teer = o.effectiveTEER, teer <= 3 {
                if g.factor("arrangedEmploymentLMIA", on: asOf) != nil { add("arrangedEmploymentLMIA") }
                else if o.isSeniorManager && g.factor("arrangedEmploymentSeniorManager", on: asOf) != nil { add("arrangedEmploymentSeniorManager") }
                else if g.factor("arrangedEmploymentOther", on: asOf) != nil { add("arrangedEmploymentOther") }
            }
            switch p.education.canadianCredential {
            case .oneOrTwoYear?: add("canadianStudyOneOrTwoYears")
            case .threeYearOrMore?: add("canadianStudyThreeYearsOrMore")
            default: break
            }
            if let fl = fr, let fw = g.factor("frenchOnly", on: asOf), fl.allAtLeast(fw.minNCLC ?? 7) {
                if let we = g.factor("frenchWithEnglish", on: asOf), let el = en, el.allAtLeast(we.minEnglishCLBAllFour ?? 5) {
                    add("frenchWithEnglish")
                } else {
                    add("frenchOnly")
                }
            }
            if p.siblingInCanada == true { add("sibling") }
            adTotal = min(ad, g.additional.cap)
            coreCap = pick(g.max("coreWithSpouse"), g.max("coreWithoutSpouse"))
            totalCap = g.max("total")
            hasCertificate = p.certificateOfQualification == true
        }

        /// `Facts.educationRecognition()` reduced to "is the level counted" (recognized or assumed so).
        static func educationCounts(_ e: Education, asOf: LocalDate, rules: RuleData) -> Bool {
            if e.level == EducationLevel.none || e.level == .secondary && e.isCanadian == nil && e.hasECA == nil { return true }
            if e.isCanadian == true { return true }
            guard let eca = e.hasECA else { return true }
            if !eca { return false }
            guard let issued = e.ecaIssueDate else { return true }
            let years = rules.deadlines.items.first { $0.id == "ecaValidity" }?.amount ?? 5
            return asOf < issued.adding(years: years)
        }

        func total(first: CLBLevels?, second: CLBLevels?) -> Int {
            func pick(_ w: Int, _ wo: Int) -> Int { ws ? w : wo }
            var firstPts = 0
            if let lv = first {
                for a in LanguageAbility.allCases {
                    firstPts += g.firstLanguage.first { lv[a] >= $0.minCLB }.map { pick($0.withSpouse, $0.withoutSpouse) } ?? 0
                }
            }
            var secondPts = 0
            if let lv = second {
                var raw = 0
                for a in LanguageAbility.allCases { raw += g.secondLanguage.rows.first { lv[a] >= $0.minCLB }?.points ?? 0 }
                secondPts = min(raw, pick(g.secondLanguage.capWithSpouse, g.secondLanguage.capWithoutSpouse))
            }
            let coreTotal = min(agePts + eduPts + firstPts + secondPts + canPts, coreCap)

            let t = g.transferability
            let minCLB = first?.minimum ?? 0
            func langCol(_ tier: CRSData.Tier) -> Int {
                if minCLB >= t.veryStrongLanguageMinCLB { return tier.veryStrongLanguage }
                if minCLB >= t.strongLanguageMinCLB { return tier.strongLanguage }
                return 0
            }
            func canCol(_ tier: CRSData.Tier) -> Int {
                if canYears >= 2 { return tier.canadianTwoYears }
                if canYears >= 1 { return tier.canadianOneYear }
                return 0
            }
            var tr = 0
            if let l = eduCounted, let tier = t.educationTiers.first(where: { $0.levels?.contains(l) ?? false }) {
                tr += min(langCol(tier) + canCol(tier), t.educationCap)
            }
            let fy = foreignYears
            if let tier = t.foreignTiers.first(where: { fy >= ($0.minYears ?? 99) }) {
                tr += min(langCol(tier) + canCol(tier), t.foreignExperienceCap)
            }
            if hasCertificate {
                var coq = 0
                if minCLB >= t.certificate.strongMinCLBAllFour { coq = t.certificate.strongPoints } else if minCLB >= t.certificate.minCLBAllFour { coq = t.certificate.points }
                tr += min(coq, t.certificateCap)
            }
            let trTotal = min(tr, t.cap)
            return min(coreTotal + spouseTotal + trTotal + adTotal, totalCap)
        }
    }
}

extension LanguageRules {
    /// The levels of `best(...)` (the same choice: highest lowest ability, then highest sum, the first of
    /// equals), without building the result's notes.
    static func bestLevels(_ tests: [LanguageTest], language: OfficialLanguage, asOf: LocalDate, rules: RuleData) -> CLBLevels? {
        var best: CLBLevels?
        for test in tests where test.language == language {
            guard let lv = validLevels(test, asOf: asOf, rules: rules) else { continue }
            if let b = best, !((b.minimum, b.sum) < (lv.minimum, lv.sum)) { continue }
            best = lv
        }
        return best
    }

    /// The levels when `convert(...)` would call the test valid, else nil.
    static func validLevels(_ test: LanguageTest, asOf: LocalDate, rules: RuleData) -> CLBLevels? {
        guard let (data, scale, basis) = scale(for: test, asOf: asOf, rules: rules) else { return nil }
        guard let r = test.scores.reading, let w = test.scores.writing, let l = test.scores.listening, let s = test.scores.speaking else { return nil }
        if let from = data.acceptedFrom, basis < from { return nil }
        guard let start = test.resultDate ?? test.testDate else { return nil }
        if asOf >= start.adding(years: rules.language.resultValidityYears) { return nil }
        return CLBLevels(reading: level(score: r, ability: .reading, scale: scale.body),
                         writing: level(score: w, ability: .writing, scale: scale.body),
                         listening: level(score: l, ability: .listening, scale: scale.body),
                         speaking: level(score: s, ability: .speaking, scale: scale.body))
    }
}
