/// Status-only paths for the what-if set and the category checks without reasons: the same decisions as
/// `FSWRules.assess`, `CECRules.assess` and `LanguageRules.best`, with no explanation strings, notes or
/// breakdown built. Each mirrors its full path line by line; StatusOnlyTests compare them on seeded profiles.

extension LanguageRules {
    /// The levels and test type of `best(tests, language:)`, without its notes: the same valid results, and
    /// the same one chosen (the first with the highest (lowest ability, sum), as `max(by:)` keeps).
    static func bestLevels(_ tests: [LanguageTest], language: OfficialLanguage, asOf: LocalDate, rules: RuleData) -> (levels: CLBLevels, test: LanguageTestType, index: Int)? {
        var best: (levels: CLBLevels, test: LanguageTestType, index: Int)? = nil
        // The CRS's flattened language tables (CRSTables, found once per rule data) read each test.
        let tables = CRSTables.of(rules)
        for (i, t) in tests.enumerated() where t.language == language {
            guard let lv = tables.validLevels(t, asOf: asOf) else { continue }
            if let b = best, !((b.levels.minimum, b.levels.sum) < (lv.minimum, lv.sum)) { continue }
            best = (lv, t.type, i)
        }
        return best
    }

    /// `convert(test).levels` when `convert(test).valid`, else nil (the same checks, no notes).
    /// The cheap checks first (all four scores, the validity period), then the table, read in place by
    /// index: `scale(for:)` would copy the test's data and its dated scale, provenance and all.
    /// `bestLevels` reads `CRSTables.validLevels` instead (the same answer, from flattened tables); both are
    /// compared with `convert` in StatusOnlyTests.
    static func validLevels(_ test: LanguageTest, asOf: LocalDate, rules: RuleData) -> CLBLevels? {
        guard let r = test.scores.reading, let w = test.scores.writing, let l = test.scores.listening, let s = test.scores.speaking else { return nil }
        guard let start = test.resultDate ?? test.testDate, asOf < start.adding(years: rules.language.body.resultValidityYears) else { return nil }
        // As `scale(for:)`: the test's table by its test date (then result date), else the last one.
        guard let ti = rules.language.body.tests.firstIndex(where: { $0.type == test.type }) else { return nil }
        let basis = test.testDate ?? test.resultDate ?? asOf
        if let from = rules.language.body.tests[ti].acceptedFrom, basis < from { return nil }
        let scales = rules.language.body.tests[ti].scales
        guard let si = scales.firstIndex(where: { $0.covers(basis) }) ?? (scales.isEmpty ? nil : scales.count - 1) else { return nil }
        let bands = scales[si].body.bands
        // As `level(score:ability:scale:)`.
        func level(_ score: Double, _ ability: LanguageAbility) -> Int {
            for band in bands where score >= band.lowerBound(ability) - 1e-9 { return band.level }
            return 0
        }
        return CLBLevels(reading: level(r, .reading), writing: level(w, .writing), listening: level(l, .listening), speaking: level(s, .speaking))
    }
}

extension Facts {
    /// The levels of `spouseBest`, chosen the same way.
    var spouseBestLevels: CLBLevels? {
        let e = LanguageRules.bestLevels(profile.spouse.languageTests, language: .english, asOf: asOf, rules: rules)?.levels
        let f = LanguageRules.bestLevels(profile.spouse.languageTests, language: .french, asOf: asOf, rules: rules)?.levels
        switch (e, f) {
        case (let a?, let b?): return (a.minimum, a.sum) >= (b.minimum, b.sum) ? a : b
        default: return e ?? f
        }
    }
}

extension FundsRules {
    /// The status of `check(p, on: date)`, without its sentence.
    static func status(_ p: Profile, on date: LocalDate, rules: RuleData) -> CriterionStatus {
        guard let size = p.effectiveFamilySize, ProfileBounds.familySize.contains(size),
              let t = rules.funds.tables.covering(date) else { return .unknown }
        guard let have = p.settlementFundsCAD, have.isFinite, ProfileBounds.amountCAD.contains(have) else { return .unknown }
        return have >= Double(t.body.amount(familySize: size)) ? .met : .notMet
    }
}

extension FSWRules {
    /// `assess(counted: p, asOf:).status`, without the grid's lines, reasons or notes. A not-met minimum
    /// decides the combined status by itself (`CriterionStatus.combine`), so the cheaper ones go first.
    static func status(counted p: Profile, asOf: LocalDate, rules: RuleData) -> CriterionStatus {
        let fsw = rules.fsw
        let g = fsw.body
        let f = Facts(p, asOf: asOf, rules: rules)
        var unknown = false
        func add(_ s: CriterionStatus) -> Bool {
            if s == .unknown { unknown = true }
            return s == .notMet
        }

        // Education.
        let recognition = f.educationRecognition()
        let eduStatus: CriterionStatus
        switch (p.education.level, recognition) {
        case (nil, _): eduStatus = .unknown
        case (.none?, _): eduStatus = .notMet
        case (_, .recognized): eduStatus = .met
        case (_, .notRecognized): eduStatus = .notMet
        case (_, .unknown): eduStatus = .unknown
        }
        if add(eduStatus) { return .notMet }

        // Language: the first official language as the full grid picks it.
        let en = LanguageRules.bestLevels(p.languageTests, language: .english, asOf: asOf, rules: rules)?.levels
        let fr = LanguageRules.bestLevels(p.languageTests, language: .french, asOf: asOf, rules: rules)?.levels
        func perAbility(_ lv: CLBLevels?) -> Int { g.firstLanguagePoints(lv) }
        func second(_ lv: CLBLevels?) -> Int { g.secondLanguagePoints(lv) }
        let firstLang = g.firstLanguage(declared: p.firstOfficialLanguage, english: en, french: fr, noResult: en == nil && fr == nil)
        let first = firstLang == .french ? fr : (firstLang == .english ? en : nil)
        let secondR = firstLang == .french ? en : (firstLang == .english ? fr : nil)
        if let fl = first {
            if add(fl.allAtLeast(g.minimumFirstLanguageCLB) ? .met : .notMet) { return .notMet }
        } else {
            if add(p.languageTests.isEmpty ? .unknown : .notMet) { return .notMet }
        }

        // Settlement funds.
        let exempt = p.jobOffer.hasOffer == true && p.jobOffer.currentlyAuthorizedToWork == true
        if add(exempt ? .met : FundsRules.status(p, on: asOf, rules: rules)) { return .notMet }

        // Skilled work: a year in one occupation.
        let mw = fsw.minimumWork.body
        let exp = f.anySkilled(windowYears: mw.windowYears)
        let single = ExperienceRules.bestSingleOccupation(p.workExperience, from: asOf.adding(years: -mw.windowYears), to: asOf,
                                                          filter: ExperienceFilter(maxTEER: mw.maxTEER, requirePaid: true),
                                                          maxHoursPerWeek: mw.maxHoursPerWeek, hoursPerYear: mw.hours)
        if !(single.map { $0.total.hours + 1e-6 >= mw.hours } ?? false) {
            let incomplete = p.workExperience.isEmpty || (single?.total.incompleteJobs ?? exp.incompleteJobs) > 0 || exp.incompleteJobs > 0
            if add(incomplete ? .unknown : .notMet) { return .notMet }
        }

        // The 67-point grid.
        let firstPts = min(perAbility(first), g.max("firstLanguage"))
        let langPts = min(firstPts + second(secondR), g.max("language"))
        var eduPts = 0
        if let lvl = p.education.level {
            let raw = g.education.first { $0.level == lvl }?.points ?? 0
            switch recognition {
            case .recognized, .unknown: eduPts = raw
            case .notRecognized: eduPts = 0
            }
        }
        let expYears = exp.years
        let expPts = g.experience.first { expYears >= $0.minYears }?.points ?? 0
        var agePts = 0
        if let age = f.age { agePts = g.age.first { (age >= $0.min) && (age <= $0.max) }?.points ?? 0 }
        let ae = g.arrangedEmployment.body
        let o = p.jobOffer
        let aeOK = o.hasOffer == true && o.lmiaOrExempt == true && (o.effectiveTEER.map { $0 <= ae.maxTEER } ?? false)
        let aePts = aeOK ? ae.points : 0
        var adaptRaw = 0
        let partner = p.hasScoringSpouse == true
        if partner, let sp = f.spouseBestLevels, let a = g.adaptability("spouseLanguage"), sp.allAtLeast(a.minCLBAllFour ?? 4) { adaptRaw += a.points }
        if p.education.studiedInCanadaTwoYears == true, let a = g.adaptability("principalStudy") { adaptRaw += a.points }
        if partner, p.spouse.studiedInCanada == true, let a = g.adaptability("spouseStudy") { adaptRaw += a.points }
        if let a = g.adaptability("principalWork"), f.canadianSkilled(windowYears: nil).years >= (a.minYears ?? 1) { adaptRaw += a.points }
        if partner, let a = g.adaptability("spouseWork"), (p.spouse.canadianWorkYears ?? 0) >= Double(a.minYears ?? 1) { adaptRaw += a.points }
        if aeOK, let a = g.adaptability("arrangedEmployment") { adaptRaw += a.points }
        if p.relativeInCanada == true || p.siblingInCanada == true, let a = g.adaptability("relative") { adaptRaw += a.points }
        let adaptPts = min(adaptRaw, g.max("adaptability"))
        let total = langPts + eduPts + expPts + agePts + aePts + adaptPts
        let missingFactors = p.dateOfBirth == nil || p.education.level == nil || p.languageTests.isEmpty || p.workExperience.isEmpty
        if add(total >= g.passMark ? .met : (missingFactors ? .unknown : .notMet)) { return .notMet }
        return unknown ? .unknown : .met
    }
}

extension CECRules {
    /// `assess(counted: p, asOf:).status`, without the reasons.
    static func status(counted p: Profile, asOf: LocalDate, rules: RuleData) -> CriterionStatus {
        let c = rules.cec.body
        let from = asOf.adding(years: -c.windowYears)
        func hours(_ teers: ClosedRange<Int>) -> ExperienceTotal {
            let jobs = p.workExperience.filter { j in j.teer.map { teers.contains($0) } ?? true }
            return ExperienceRules.total(jobs, from: from, to: asOf,
                                         filter: ExperienceFilter(maxTEER: c.maxTEER, inCanada: true, requirePaid: true, excludeSelfEmployed: true, excludeFullTimeStudent: true),
                                         maxHoursPerWeek: c.maxHoursPerWeek, hoursPerYear: c.minimumHours)
        }
        let all = hours(0...c.maxTEER)
        let workOK = all.hours + 1e-6 >= c.minimumHours
        let workStatus: CriterionStatus = workOK ? .met : ((p.workExperience.isEmpty || all.incompleteJobs > 0) ? .unknown : .notMet)
        if workStatus == .notMet { return .notMet }
        let rowFor = { (teer: Int) in c.languageByTEER.first { $0.teers.contains(teer) }?.minCLB }
        let required: Int? = workOK ? (hours(2...c.maxTEER).hours + 1e-6 >= c.minimumHours ? rowFor(2) : rowFor(0)) : nil
        let en = LanguageRules.bestLevels(p.languageTests, language: .english, asOf: asOf, rules: rules)?.levels
        let fr = LanguageRules.bestLevels(p.languageTests, language: .french, asOf: asOf, rules: rules)?.levels
        let best = [en, fr].compactMap { $0 }.max { ($0.minimum, $0.sum) < ($1.minimum, $1.sum) }
        let langStatus: CriterionStatus
        if let b = best {
            let need = required ?? rowFor(0) ?? 7
            langStatus = b.allAtLeast(need) ? .met : (required == nil && b.allAtLeast(rowFor(2) ?? 5) ? .unknown : .notMet)
        } else {
            langStatus = p.languageTests.isEmpty ? .unknown : .notMet
        }
        return CriterionStatus.combine([workStatus, langStatus])
    }
}
