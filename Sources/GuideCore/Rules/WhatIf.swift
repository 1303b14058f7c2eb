/// What would raise the CRS score: each improvement the rules can compute for a profile, scored by the same
/// engine (`CRSRules.assess`) on a changed copy of the profile. No hand-tuned deltas: the gain is the
/// difference of two engine totals. Ranked by gain, best first.
public struct WhatIfResult: Codable, Sendable, Equatable {
    /// Stable id ("frenchNclc7"); see docs/assess-report.md for the list.
    public let id: String
    /// Short name for one-line summaries ("French NCLC 7").
    public let label: String
    /// What changes, in words.
    public let change: String
    /// The CRS total with the change.
    public let crsTotal: Int
    /// crsTotal minus today's total (negative when the change costs points).
    public let gain: Int
    /// Rounds of the 12-month window the changed profile would have passed and today's would not
    /// (a higher score, or a program or category it would become eligible for).
    public let crosses: [Crossing]
    /// A caveat about the change (route, UNVERIFIED data).
    public let note: String?
}

/// The rounds of one program or category a change would have crossed.
public struct Crossing: Codable, Sendable, Equatable {
    public let group: String
    public let name: String
    public let rounds: Int
    public let lowestCutOff: Int
    public let highestCutOff: Int

    /// "12 French-language proficiency rounds (cut-offs 382-420)".
    public var text: String {
        "\(rounds) \(name) round\(rounds == 1 ? "" : "s") (cut-off\(rounds == 1 ? " \(lowestCutOff)" : "s \(lowestCutOff)-\(highestCutOff)"))"
    }
}

public enum WhatIfRules {
    /// Every candidate change that applies to the profile, scored and ranked (highest gain first; ties keep
    /// the order of the candidate list). `base`: the profile's CRS on `asOf`; `standing`: its standing.
    public static func evaluate(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared,
                                base: CRSResult? = nil, standing: Standing? = nil) -> [WhatIfResult] {
        let base = base ?? CRSRules.assess(p, asOf: asOf, rules: rules)
        let standing = standing ?? StandingRules.standing(p, asOf: asOf, rules: rules, crs: base)
        let window = standing.window
        let rounds = rules.rounds.body.rounds(from: window.from, to: window.to)
        // Only groups that held a round in the window can be crossed; their rounds found once for all candidates.
        let held = standing.groups.filter { $0.rounds > 0 }
        let heldRounds = held.map { g in rounds.filter { $0.group == g.id } }

        var out: [WhatIfResult] = []
        // The profile's own counted answers, found once when a candidate that keeps every question's
        // visibility needs them (see `Candidate.keepsVisibility`).
        var baseCounted: Profile? = nil
        for c in candidates(p, asOf: asOf, rules: rules, base: base) {
            // The total alone (no breakdown or text), as `CRSRules.total` finds it; when that needs the answers
            // that count (a nomination), they are kept for the category checks below.
            let total: Int
            var counted: Profile? = nil
            if let inputs = CRSInputs(uncounted: c.profile) {
                total = CRSRules.total(inputs, asOf: asOf, rules: rules)
            } else {
                let q = c.profile.counted
                counted = q
                total = CRSRules.total(counted: q, asOf: asOf, rules: rules)
            }
            // The rounds the new score reaches that today's profile did not pass; only their groups need an
            // eligibility check (the costly part), and only when there is such a round.
            var ids: [String] = [], names: [String] = [], reachable: [[Round]] = []
            for (g, mine) in zip(held, heldRounds) {
                let newly = mine.filter { r in total >= r.lowestCRS && !(g.eligibility == .eligible && base.total >= r.lowestCRS) }
                if !newly.isEmpty { ids.append(g.id); names.append(g.name); reachable.append(newly) }
            }
            // A candidate that keeps every question's visibility has the counted answers of the profile with
            // its change made: the same change made to the profile's counted answers (no questionnaire pass).
            if counted == nil, !ids.isEmpty, c.keepsVisibility {
                if baseCounted == nil { baseCounted = p.counted }
                var q = baseCounted!
                if c.edit(&q) { counted = q }
            }
            // The eligibility alone: the reasons are not reported for a candidate.
            let elig = ids.isEmpty ? [] : CategoryRules.evaluate(c.profile, ids: ids, asOf: asOf, rules: rules, explain: false, counted: counted)
            var crosses: [Crossing] = []
            for (k, e) in elig.enumerated() where e.eligibility == .eligible {
                let newly = reachable[k]
                if let lo = newly.map(\.lowestCRS).min(), let hi = newly.map(\.lowestCRS).max() {
                    crosses.append(Crossing(group: ids[k], name: names[k], rounds: newly.count, lowestCutOff: lo, highestCutOff: hi))
                }
            }
            out.append(WhatIfResult(id: c.id, label: c.label, change: PlainText.ascii(c.change), crsTotal: total,
                                    gain: total - base.total, crosses: crosses, note: c.note.map(PlainText.ascii)))
        }
        // A stable sort: equal gains keep the candidate order.
        return out.enumerated().sorted { ($0.element.gain, -$0.offset) > ($1.element.gain, -$1.offset) }.map(\.element)
    }

    /// One changed copy of the profile.
    struct Candidate {
        let id: String
        let label: String
        let change: String
        let note: String?
        let profile: Profile
        /// The change, as made to the profile (it reads only the original profile, so it can be made again).
        let edit: (inout Profile) -> Bool
        /// The change only adds a language test or a job or moves the date of birth: answers no question's
        /// visibility reads, of questions always shown (`Questionnaire`), so `counted` commutes with it.
        let keepsVisibility: Bool
    }

    /// The changes that apply; an id is left out when the profile already has it (or has no scored spouse).
    static func candidates(_ p: Profile, asOf: LocalDate, rules: RuleData, base: CRSResult) -> [Candidate] {
        let f = Facts(p, asOf: asOf, rules: rules)
        var out: [Candidate] = []
        func add(_ id: String, _ label: String, _ change: String, note: String? = nil, keepsVisibility: Bool = false,
                 _ edit: @escaping (inout Profile) -> Bool) {
            var q = p
            if edit(&q) { out.append(Candidate(id: id, label: label, change: change, note: note, profile: q, edit: edit, keepsVisibility: keepsVisibility)) }
        }

        // Language: a new result at the target level in every ability where the best result is lower.
        let first = base.firstOfficialLanguage ?? p.firstOfficialLanguage ?? .english
        let firstName = first == .english ? "English" : "French"
        for n in [9, 10] {
            add("firstLanguageClb\(n)", "\(firstName) \(first == .english ? "CLB" : "NCLC") \(n)",
                "A first-language (\(firstName)) test result at \(first == .english ? "CLB" : "NCLC") \(n) or higher in all four abilities", keepsVisibility: true) { q in
                guard let t = raised(p.languageTests, language: first, to: n, asOf: asOf, rules: rules) else { return false }
                q.languageTests.append(t)
                return true
            }
        }
        for n in [7, 9] where !(first == .french && n == 9) {   // French first: NCLC 9 is firstLanguageClb9
            add("frenchNclc\(n)", "French NCLC \(n)", "A French test result (TEF Canada or TCF Canada) at NCLC \(n) or higher in all four abilities", keepsVisibility: true) { q in
                guard let t = raised(p.languageTests, language: .french, to: n, asOf: asOf, rules: rules) else { return false }
                q.languageTests.append(t)
                return true
            }
        }
        if p.hasScoringSpouse == true {
            let lang = f.spouseBest?.language ?? .english
            add("spouseLanguageClb9", "spouse CLB 9", "Your spouse's or partner's test result at CLB 9 or higher in all four abilities") { q in
                guard let t = raised(p.spouse.languageTests, language: lang, to: 9, asOf: asOf, rules: rules) else { return false }
                q.spouse.languageTests.append(t)
                return true
            }
        }

        // Work: one more year of skilled work, placed in the latest year of the CRS window it adds to in full.
        for inCanada in [true, false] {
            let id = inCanada ? "canadianWorkPlusOneYear" : "foreignWorkPlusOneYear"
            let words = inCanada ? "in Canada" : "outside Canada"
            add(id, "1 more year of work \(words)", "One more year of full-time skilled (TEER 0-3) work \(words)", keepsVisibility: true) { q in
                guard let j = extraYear(p, inCanada: inCanada, asOf: asOf, rules: rules) else { return false }
                q.workExperience.append(j)
                return true
            }
        }

        // Education.
        if (p.education.canadianCredential ?? CanadianStudyCredential.none) < .oneOrTwoYear {
            add("canadianCredential", "Canadian credential", "A Canadian post-secondary credential of one or two years (study in Canada)") { q in
                q.education.canadianCredential = .oneOrTwoYear
                let counted: Bool
                switch f.educationRecognition() { case .notRecognized: counted = false; default: counted = true }
                if let l = p.education.level, counted, l >= .oneYear {
                    // Two credentials, one of them 3+ years, is the next step above a bachelor's (RULES.md §5.3).
                    if l == .bachelorOrThreeYear { q.education.level = .twoOrMoreOneThreeYear }
                } else {
                    // The new Canadian credential becomes the one counted.
                    q.education.level = .oneYear
                    q.education.isCanadian = true
                }
                return true
            }
        }
        if (p.education.level ?? EducationLevel.none) < .mastersOrProfessional {
            add("secondCredentialOrMasters", "master's degree", "A master's degree (or entry-to-practice professional degree) with an ECA") { q in
                q.education.level = .mastersOrProfessional
                q.education.isCanadian = false
                q.education.hasECA = true
                q.education.ecaIssueDate = asOf
                q.education.isDegree = true
                return true
            }
        }

        // Provincial nomination.
        if base.points("provincialNomination") == 0 {
            add("provincialNomination", "provincial nomination",
                "A provincial nomination accepted in your Express Entry profile: in Ontario, through the Ontario Workforce Priority (OWP) TEER 0-3 stream, nominated through Express Entry",
                note: "The OWP route through Express Entry is [S2] (RULES.md section 0.2): it needs a full-time permanent TEER 0-3 job offer from a registered Ontario employer; no OWP round was published as of 2026-10-03.") { q in
                nominate(&q, on: asOf)
                return true
            }
        }

        // Waiting: the same profile one year older.
        if let dob = p.dateOfBirth {
            let age = dob.age(on: asOf)
            add("waitOneYear", "waiting 12 months", "Waiting 12 months: age \(age + 1) instead of \(age) (age points only; every other answer as today)", keepsVisibility: true) { q in
                q.dateOfBirth = dob.adding(years: -1)
                return true
            }
        }
        return out
    }

    /// Makes the copy nominated through Ontario Workforce Priority: the route, the nomination and its
    /// acceptance on `asOf`, recorded where step 3 records them (the one source of the 600 points).
    static func nominate(_ q: inout Profile, on asOf: LocalDate) {
        q.chosenRoute = .owp
        q.filing.nominationDate = asOf
        q.filing.nominationAccepted = asOf
    }

    /// A test taken on `asOf` with, in each ability, the lower bound of max(best level, `target`);
    /// nil when the best valid result already reaches `target` in all four.
    static func raised(_ tests: [LanguageTest], language: OfficialLanguage, to target: Int, asOf: LocalDate, rules: RuleData) -> LanguageTest? {
        // The levels and type alone (`best` without its notes).
        let best = LanguageRules.bestLevels(tests, language: language, asOf: asOf, rules: rules)
        let now = best?.levels ?? CLBLevels(all: 0)
        if now.allAtLeast(target) { return nil }
        let fallback: LanguageTestType = language == .english ? .celpipGeneral : .tefCanada
        let type = best?.test ?? tests.last { $0.language == language }?.type ?? fallback
        func make(_ type: LanguageTestType) -> LanguageTest? {
            guard let data = rules.language.tests.first(where: { $0.type == type }),
                  let scale = data.scales.covering(asOf) else { return nil }
            var scores = LanguageScores()
            for a in LanguageAbility.allCases {
                let level = max(now[a], target)
                // The top band means "this level or more".
                guard let band = scale.body.bands.first(where: { $0.level == level }) ?? scale.body.bands.first(where: { $0.level <= level })
                else { return nil }
                scores[a] = band.lowerBound(a)
            }
            return LanguageTest(type: type, testDate: asOf, resultDate: asOf, scores: scores)
        }
        return make(type) ?? make(fallback)
    }

    /// A synthetic year of full-time skilled work, in the NOC of the latest skilled job (the job offer's, or
    /// 21231 when none is known), in the latest year of the CRS window where it adds a full year of counted
    /// work; nil when no year of the window has room.
    static func extraYear(_ p: Profile, inCanada: Bool, asOf: LocalDate, rules: RuleData) -> WorkExperience? {
        let years = rules.crs.canadianWorkWindowYears
        let filter = inCanada
            ? ExperienceFilter(maxTEER: 3, inCanada: true, requirePaid: true, excludeSelfEmployed: true, excludeFullTimeStudent: true)
            : ExperienceFilter(maxTEER: 3, inCanada: false, requirePaid: true)
        let from = asOf.adding(years: -years)
        let hoursPerYear = rules.cec.minimumHours, weekly = rules.cec.maxHoursPerWeek
        // Only the jobs the filter counts can share a year with the new one (and checking them once is cheaper).
        let counted = p.workExperience.filter { filter.accepts($0) == true }
        let before = ExperienceRules.total(counted, from: from, to: asOf, filter: filter).hours
        let skilled = p.workExperience.filter { ($0.isSkilled ?? false) && $0.startDate != nil }.sorted { $0.startDate! < $1.startDate! }
        let offerNOC = WorkExperience.teer(ofNOC: p.jobOffer.nocCode) != nil ? p.jobOffer.nocCode : nil
        let noc = skilled.last { $0.inCanada == inCanada }?.nocCode ?? skilled.last?.nocCode ?? offerNOC ?? "21231"
        for k in 0..<years {
            let end = asOf.adding(years: -k)
            let start = asOf.adding(years: -(k + 1)).adding(days: 1)
            let job = WorkExperience(nocCode: noc, title: "one more year (what-if)", startDate: start, endDate: end, hoursPerWeek: weekly,
                                     country: inCanada ? "CA" : nil, paid: true, inCanada: inCanada, selfEmployed: false, whileFullTimeStudent: false)
            let after = ExperienceRules.total(counted + [job], from: from, to: asOf, filter: filter).hours
            if after - before + 1e-6 >= hoursPerYear { return job }
        }
        return nil
    }
}

// MARK: - Timing for bench/ (the hidden `assess --time-what-if RUNS`)

/// Median wall times of one profile's full assessment, its standing and its what-if set, in microseconds.
public struct WhatIfTiming: Codable, Sendable {
    public let assessmentMicros: Double
    public let standingMicros: Double
    public let whatIfMicros: Double
    public let candidates: Int
    public let runs: Int

    /// Runs each part `runs` times (after one warm-up) and keeps the medians. The what-if set is timed as the
    /// assessment runs it: with the profile's CRS result and standing already computed.
    public static func measure(_ p: Profile, asOf: LocalDate, runs: Int, rules: RuleData = .shared) -> WhatIfTiming {
        let clock = ContinuousClock()
        func micros(_ d: Duration) -> Double { Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12 }
        func median(_ body: () -> Void) -> Double {
            body()
            let t = (0..<max(1, runs)).map { _ in micros(clock.measure(body)) }.sorted()
            return t[t.count / 2]
        }
        let assessor = Assessor(asOf: asOf, rules: rules)
        let crs = CRSRules.assess(p, asOf: asOf, rules: rules)
        let standing = StandingRules.standing(p, asOf: asOf, rules: rules, crs: crs)
        var n = 0
        let a = median { _ = assessor.assess(p, validated: true) }
        let s = median { _ = StandingRules.standing(p, asOf: asOf, rules: rules, crs: crs) }
        let w = median { n = WhatIfRules.evaluate(p, asOf: asOf, rules: rules, base: crs, standing: standing).count }
        return WhatIfTiming(assessmentMicros: a, standingMicros: s, whatIfMicros: w, candidates: n, runs: max(1, runs))
    }
}
