/// The Federal Skilled Worker minimums and 67-point grid for one profile on one date.
public struct FSWResult: Codable, Sendable, Equatable {
    public let total: Int
    public let passMark: Int
    /// true only when every minimum is met (false when not met or not yet known; see `status`).
    public let eligible: Bool
    public let status: CriterionStatus
    public let firstOfficialLanguage: OfficialLanguage?
    public let breakdown: [ScoreLine]
    public let requirements: [Criterion]
    public let notes: [String]
    public let unverified: [String]

    public func points(_ id: String) -> Int { breakdown.first { $0.id == id }?.points ?? 0 }
}

extension FSWData {
    /// The grid's points for the first official language's four abilities (before the grid's cap).
    func firstLanguagePoints(_ lv: CLBLevels?) -> Int {
        guard let lv else { return 0 }
        return LanguageAbility.allCases.reduce(0) { sum, a in
            sum + (firstLanguagePerAbility.first { lv[a] >= $0.minCLB }?.points ?? 0)
        }
    }

    /// The second official language's points: all four abilities at the minimum, or none.
    func secondLanguagePoints(_ lv: CLBLevels?) -> Int {
        guard let lv, lv.allAtLeast(secondLanguage.minCLBAllFour) else { return 0 }
        return secondLanguage.points
    }

    /// The first official language: the declared one, else the one worth more points (English on a tie);
    /// nil when there is no result at all. Shared by the full grid and its status-only twin.
    func firstLanguage(declared: OfficialLanguage?, english: CLBLevels?, french: CLBLevels?, noResult: Bool) -> OfficialLanguage? {
        if let declared { return declared }
        if noResult { return nil }
        return firstLanguagePoints(english) + secondLanguagePoints(french) >= firstLanguagePoints(french) + secondLanguagePoints(english)
            ? .english : .french
    }
}

public enum FSWRules {
    /// Scores the answers that count (`Profile.counted`): a hidden answer never adds points.
    public static func assess(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> FSWResult {
        assess(counted: p.counted, asOf: asOf, rules: rules)
    }

    static func assess(counted p: Profile, asOf: LocalDate, rules: RuleData) -> FSWResult {
        let f = Facts(p, asOf: asOf, rules: rules)
        let g = rules.fsw.body
        var notes: [String] = []
        var unverified: [String] = []
        var lines: [ScoreLine] = []

        // Language: pick the first official language (declared, or the one worth more points).
        let en = f.best(.english), fr = f.best(.french)
        func perAbility(_ r: LanguageResult?) -> Int { g.firstLanguagePoints(r?.levels) }
        func second(_ r: LanguageResult?) -> Int { g.secondLanguagePoints(r?.levels) }
        let firstLang = g.firstLanguage(declared: p.firstOfficialLanguage, english: en?.levels, french: fr?.levels,
                                        noResult: en == nil && fr == nil)
        let first = firstLang == .french ? fr : (firstLang == .english ? en : nil)
        let secondR = firstLang == .french ? en : (firstLang == .english ? fr : nil)
        let firstPts = min(perAbility(first), g.max("firstLanguage"))
        let secondPts = second(secondR)
        let langPts = min(firstPts + secondPts, g.max("language"))
        var langDetail = first.map { "\($0.label): CLB \($0.levels!.summary) -> \(firstPts)" } ?? "no valid test result -> 0"
        if let s = secondR { langDetail += "; second language \(s.test.shortName) CLB \(s.levels!.summary) -> \(secondPts)" }
        lines.append(ScoreLine(id: "language", label: "Language", points: langPts, max: g.max("language"), detail: langDetail))

        // Education.
        var eduPts = 0
        var eduDetail = "not answered"
        if let lvl = p.education.level {
            let raw = g.education.first { $0.level == lvl }?.points ?? 0
            switch f.educationRecognition() {
            case .recognized: eduPts = raw; eduDetail = "\(lvl.humanLabel) -> \(raw)"
            case .unknown(let why): eduPts = raw; eduDetail = "\(lvl.humanLabel) -> \(raw) (assumed recognized: \(why))"
            case .notRecognized(let why): eduDetail = "\(lvl.humanLabel) not counted: \(why)"
            }
        }
        lines.append(ScoreLine(id: "education", label: "Education", points: eduPts, max: g.max("education"), detail: eduDetail))

        // Experience (skilled, paid, last 10 years, anywhere).
        let mw = rules.fsw.minimumWork.body
        let exp = f.anySkilled(windowYears: mw.windowYears)
        let expYears = exp.years
        let expPts = g.experience.first { expYears >= $0.minYears }?.points ?? 0
        lines.append(ScoreLine(id: "experience", label: "Work experience", points: expPts, max: g.max("experience"),
                               detail: "\(formatHours(exp.hours)) h of TEER 0-3 paid work in the last \(mw.windowYears) years = \(expYears) full-time year(s) -> \(expPts)"))

        // Age.
        var agePts = 0
        var ageDetail = "date of birth not entered"
        if let age = f.age {
            agePts = g.age.first { (age >= $0.min) && (age <= $0.max) }?.points ?? 0
            ageDetail = "age \(age) on \(asOf) -> \(agePts)"
        }
        lines.append(ScoreLine(id: "age", label: "Age", points: agePts, max: g.max("age"), detail: ageDetail))

        // Arranged employment.
        let ae = rules.fsw.arrangedEmployment
        let o = p.jobOffer
        let aeOK = o.hasOffer == true && o.lmiaOrExempt == true && (o.effectiveTEER.map { $0 <= ae.maxTEER } ?? false)
        let aePts = aeOK ? ae.points : 0
        lines.append(ScoreLine(id: "arrangedEmployment", label: "Arranged employment", points: aePts, max: g.max("arrangedEmployment"),
                               detail: aeOK ? "TEER \(o.effectiveTEER!) offer, LMIA or exempt -> \(aePts)" : (o.hasOffer == true ? "offer is not TEER 0-3 with LMIA/exemption -> 0" : "no qualifying job offer -> 0")))
        if aeOK, let uf = ae.unverifiedFrom, asOf >= uf, let n = ae.unverifiedNote { unverified.append(n) }

        // Adaptability.
        var adapt: [(String, Int)] = []
        // Only an accompanying spouse who is not already a citizen or PR counts (RULES.md §3.2 "accompanying
        // spouse", and the §5 rule that a citizen/PR spouse is scored as no spouse).
        let partner = p.hasScoringSpouse == true
        if partner, let sp = f.spouseBest, let a = g.adaptability("spouseLanguage"), sp.levels!.allAtLeast(a.minCLBAllFour ?? 4) { adapt.append(("spouse language", a.points)) }
        if p.education.studiedInCanadaTwoYears == true, let a = g.adaptability("principalStudy") { adapt.append(("your study in Canada", a.points)) }
        if partner, p.spouse.studiedInCanada == true, let a = g.adaptability("spouseStudy") { adapt.append(("spouse study in Canada", a.points)) }
        if let a = g.adaptability("principalWork"), f.canadianSkilled(windowYears: nil).years >= (a.minYears ?? 1) { adapt.append(("your work in Canada", a.points)) }
        if partner, let a = g.adaptability("spouseWork"), (p.spouse.canadianWorkYears ?? 0) >= Double(a.minYears ?? 1) { adapt.append(("spouse work in Canada", a.points)) }
        if aeOK, let a = g.adaptability("arrangedEmployment") { adapt.append(("arranged employment", a.points)) }
        if p.relativeInCanada == true || p.siblingInCanada == true, let a = g.adaptability("relative") { adapt.append(("relative in Canada", a.points)) }
        let adaptRaw = adapt.reduce(0) { $0 + $1.1 }
        let adaptPts = min(adaptRaw, g.max("adaptability"))
        let adaptDetail = adapt.isEmpty ? "none -> 0" : adapt.map { "\($0.0) \($0.1)" }.joined(separator: " + ") + (adaptRaw > adaptPts ? " = \(adaptRaw), capped at \(adaptPts)" : " = \(adaptPts)")
        lines.append(ScoreLine(id: "adaptability", label: "Adaptability", points: adaptPts, max: g.max("adaptability"), detail: adaptDetail))

        let total = lines.reduce(0) { $0 + $1.points }

        // Minimum requirements.
        var reqs: [Criterion] = []
        let single = ExperienceRules.bestSingleOccupation(p.workExperience, from: asOf.adding(years: -mw.windowYears), to: asOf,
                                                          filter: ExperienceFilter(maxTEER: mw.maxTEER, requirePaid: true),
                                                          maxHoursPerWeek: mw.maxHoursPerWeek, hoursPerYear: mw.hours)
        if let s = single, s.total.hours + 1e-6 >= mw.hours {
            reqs.append(Criterion(id: "fsw.work", title: "Skilled work", status: .met,
                                  reason: "\(formatHours(s.total.hours)) h in NOC \(s.code) in the last \(mw.windowYears) years (needs \(formatHours(mw.hours)) h continuous in one TEER 0-3 occupation).",
                                  notes: ["Continuity (no gaps) is not checked; make sure the year is continuous."]))
        } else {
            let have = single?.total.hours ?? 0
            let incomplete = p.workExperience.isEmpty || (single?.total.incompleteJobs ?? exp.incompleteJobs) > 0 || exp.incompleteJobs > 0
            reqs.append(Criterion(id: "fsw.work", title: "Skilled work", status: incomplete ? .unknown : .notMet,
                                  reason: p.workExperience.isEmpty ? "No work experience entered yet (needs \(formatHours(mw.hours)) h in one TEER 0-3 occupation within \(mw.windowYears) years)."
                                    : "\(formatHours(have)) h in one TEER 0-3 occupation in the last \(mw.windowYears) years; \(formatHours(mw.hours)) h are needed\(incomplete ? " (some jobs miss answers)" : "")."))
        }
        let minCLB = g.minimumFirstLanguageCLB
        if let fl = first {
            let ok = fl.levels!.allAtLeast(minCLB)
            reqs.append(Criterion(id: "fsw.language", title: "Language", status: ok ? .met : .notMet,
                                  reason: "\(fl.label): CLB \(fl.levels!.summary); needs CLB \(minCLB) in all four."))
        } else {
            reqs.append(Criterion(id: "fsw.language", title: "Language", status: p.languageTests.isEmpty ? .unknown : .notMet,
                                  reason: p.languageTests.isEmpty ? "No language test entered yet (needs CLB \(minCLB) in all four)." : "No valid, complete language result on \(asOf) (needs CLB \(minCLB) in all four)."))
        }
        switch (p.education.level, f.educationRecognition()) {
        case (nil, _): reqs.append(Criterion(id: "fsw.education", title: "Education", status: .unknown, reason: "Education level not answered yet."))
        case (.none?, _): reqs.append(Criterion(id: "fsw.education", title: "Education", status: .notMet, reason: "A secondary or post-secondary credential is required."))
        case (_, .recognized): reqs.append(Criterion(id: "fsw.education", title: "Education", status: .met, reason: "Highest credential: \(p.education.level!.humanLabel), Canadian or with a valid ECA."))
        case (_, .notRecognized(let w)): reqs.append(Criterion(id: "fsw.education", title: "Education", status: .notMet, reason: "Not counted: \(w)."))
        case (_, .unknown(let w)): reqs.append(Criterion(id: "fsw.education", title: "Education", status: .unknown, reason: "Unknown: \(w)."))
        }
        let missingFactors = p.dateOfBirth == nil || p.education.level == nil || p.languageTests.isEmpty || p.workExperience.isEmpty
        let pointsStatus: CriterionStatus = total >= g.passMark ? .met : (missingFactors ? .unknown : .notMet)
        reqs.append(Criterion(id: "fsw.points", title: "67-point grid", status: pointsStatus,
                              reason: "\(total) of 100 points (pass mark \(g.passMark))\(pointsStatus == .unknown ? "; some factors are not answered yet" : "")."))
        let exempt = p.jobOffer.hasOffer == true && p.jobOffer.currentlyAuthorizedToWork == true
        if exempt {
            reqs.append(Criterion(id: "fsw.funds", title: "Settlement funds", status: .met, reason: "Exempt: you are authorized to work in Canada and hold a valid job offer (upload a letter explaining the exemption)."))
        } else {
            let (c, _) = FundsRules.check(p, on: asOf, id: "fsw.funds", rules: rules)
            reqs.append(c)
            if c.unverified { unverified.append(contentsOf: c.notes.filter { $0.contains("UNVERIFIED") }) }
        }
        for r in [en, fr].compactMap({ $0 }) where r.unverified { unverified.append(contentsOf: r.notes.filter { $0.contains("UNVERIFIED") }) }
        let status = CriterionStatus.combine(reqs.map(\.status))
        if asOf < (rules.fsw.provenance.effectiveFrom ?? asOf) { notes.append("This grid applies to applications from \(rules.fsw.provenance.effectiveFrom!); earlier applications used another grid.") }
        return FSWResult(total: total, passMark: g.passMark, eligible: status == .met, status: status, firstOfficialLanguage: firstLang,
                         breakdown: lines, requirements: reqs, notes: notes, unverified: unverified)
    }
}

/// Canadian Experience Class minimums.
public struct CECResult: Codable, Sendable, Equatable {
    public let eligible: Bool
    public let status: CriterionStatus
    public let canadianHours: Double
    public let requiredCLB: Int?
    public let requirements: [Criterion]
}

public enum CECRules {
    public static func assess(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> CECResult {
        assess(counted: p.counted, asOf: asOf, rules: rules)
    }

    static func assess(counted p: Profile, asOf: LocalDate, rules: RuleData) -> CECResult {
        let c = rules.cec.body
        let f = Facts(p, asOf: asOf, rules: rules)
        let from = asOf.adding(years: -c.windowYears)
        func hours(_ teers: ClosedRange<Int>) -> ExperienceTotal {
            let jobs = p.workExperience.filter { j in j.teer.map { teers.contains($0) } ?? true }
            return ExperienceRules.total(jobs, from: from, to: asOf,
                                         filter: ExperienceFilter(maxTEER: c.maxTEER, inCanada: true, requirePaid: true, excludeSelfEmployed: true, excludeFullTimeStudent: true),
                                         maxHoursPerWeek: c.maxHoursPerWeek, hoursPerYear: c.minimumHours)
        }
        let all = hours(0...c.maxTEER)
        let lower = hours(2...c.maxTEER)
        var reqs: [Criterion] = []
        let workOK = all.hours + 1e-6 >= c.minimumHours
        let workStatus: CriterionStatus = workOK ? .met : ((p.workExperience.isEmpty || all.incompleteJobs > 0) ? .unknown : .notMet)
        reqs.append(Criterion(id: "cec.work", title: "Canadian skilled work", status: workStatus,
                              reason: "\(formatHours(all.hours)) h of paid TEER 0-3 work in Canada in the \(c.windowYears) years before \(asOf) (needs \(formatHours(c.minimumHours)) h; self-employment and work while a full-time student do not count)."))
        // Language level by the TEER of the experience relied on.
        let rowFor = { (teer: Int) in c.languageByTEER.first { $0.teers.contains(teer) }?.minCLB }
        let required: Int? = workOK ? (lower.hours + 1e-6 >= c.minimumHours ? rowFor(2) : rowFor(0)) : nil
        let best = [f.best(.english), f.best(.french)].compactMap { $0 }.max { ($0.levels!.minimum, $0.levels!.sum) < ($1.levels!.minimum, $1.levels!.sum) }
        if let b = best {
            let need = required ?? rowFor(0) ?? 7
            let ok = b.levels!.allAtLeast(need)
            let st: CriterionStatus = ok ? .met : (required == nil && b.levels!.allAtLeast(rowFor(2) ?? 5) ? .unknown : .notMet)
            reqs.append(Criterion(id: "cec.language", title: "Language", status: st,
                                  reason: "\(b.label): CLB \(b.levels!.summary); needs CLB \(need) in all four for TEER 0/1 work or CLB \(rowFor(2) ?? 5) for TEER 2/3 work."))
        } else {
            reqs.append(Criterion(id: "cec.language", title: "Language", status: p.languageTests.isEmpty ? .unknown : .notMet,
                                  reason: "No valid, complete language result on \(asOf) (needs CLB \(rowFor(0) ?? 7) for TEER 0/1 work or CLB \(rowFor(2) ?? 5) for TEER 2/3 work)."))
        }
        let status = CriterionStatus.combine(reqs.map(\.status))
        return CECResult(eligible: status == .met, status: status, canadianHours: all.hours, requiredCLB: required, requirements: reqs)
    }
}
