/// Who each kind of Express Entry round can invite (RULES.md §5.10 for the categories), read from
/// `ee_categories.json`, and the check of one profile against it.
public struct SelectionGroupsData: Decodable, Sendable {
    public let experienceRules: [Dated<CategoryExperience>]
    public let groups: [Dated<SelectionGroup>]

    public func group(_ id: String) -> Dated<SelectionGroup>? { groups.first { $0.id == id } }
}

/// A program or a category of rounds.
public struct SelectionGroup: Decodable, Sendable {
    public let id: String
    /// "program" or "category".
    public let kind: String
    public let name: String
    /// Short name for sentences ("CEC"); the name when absent.
    public let shortName: String?
    /// How eligibility is decided: "pool", "cec", "fsw", "nomination", "french", "occupation".
    public let rule: String
    /// French category: NCLC level needed in all four abilities.
    public let minNCLC: Int?
    /// Occupation categories: NOC 2021 codes; nil = the list was not found.
    public let codes: [String]?
    /// false = a job in a listed code qualifies, but the list may be longer.
    public let listComplete: Bool?
    /// The experience must be in Canada ("… with Canadian work experience").
    public let canadianExperience: Bool?
    /// The threshold (not the category) is unconfirmed; `thresholdNote` says why.
    public let thresholdUnverified: Bool?
    public let thresholdNote: String?

    public var label: String { shortName ?? name }
}

/// The work a category asks for in one of its occupations.
public struct CategoryExperience: Decodable, Sendable {
    public let id: String
    public let months: Int
    public let windowYears: Int
    public let continuous: Bool
}

/// Whether a profile can be invited by a group's rounds.
public enum Eligibility: String, Codable, Sendable, CaseIterable {
    case eligible, notEligible, unknown
    /// Our data cannot decide (the category's code list was not found).
    case unverified

    public var humanLabel: String {
        switch self {
        case .eligible: return "eligible"
        case .notEligible: return "not eligible"
        case .unknown: return "not known yet"
        case .unverified: return "UNVERIFIED"
        }
    }
}

/// One group checked against a profile.
public struct GroupEligibility: Sendable, Equatable {
    public let id: String
    public let eligibility: Eligibility
    public let reason: String
    /// Part of the rule used is not confirmed in our sources.
    public let unverified: Bool
}

public enum CategoryRules {
    /// The groups in force on the date (programs have no dates; retired categories drop out).
    public static func groups(on date: LocalDate, rules: RuleData = .shared) -> [Dated<SelectionGroup>] {
        rules.selectionGroups.groups.filter { $0.covers(date) }
    }

    /// Checks every group in `ids` (in force or not) for the profile on the date.
    /// `fsw`/`cec`/`crs`: results already computed for this profile and date, to reuse.
    /// `explain`: false when only the eligibility is wanted (the what-if set): the reasons are left empty
    /// instead of being written; the eligibility and `unverified` are the same either way.
    /// `counted`: `p.counted`, when already found.
    public static func evaluate(_ p: Profile, ids: [String], asOf: LocalDate, rules: RuleData = .shared,
                                fsw: FSWResult? = nil, cec: CECResult? = nil, crs: CRSResult? = nil,
                                explain: Bool = true, counted known: Profile? = nil) -> [GroupEligibility] {
        let data = rules.selectionGroups.body
        var fswR = fsw, cecR = cec, crsR = crs
        // The statuses alone; without the reasons (`explain` false) they come from the status-only paths
        // (StatusOnly.swift), which build no text.
        var fswS = fsw?.status, cecS = cec?.status
        // The answers that count, found once for the FSW, CEC and CRS rules (each would find them itself).
        var countedP: Profile? = known
        func counted() -> Profile {
            if countedP == nil { countedP = p.counted }
            return countedP!
        }
        // Computed at most once, and only when a group needs it.
        func fswStatus() -> CriterionStatus {
            if let s = fswS { return s }
            if explain {
                fswR = FSWRules.assess(counted: counted(), asOf: asOf, rules: rules)
                fswS = fswR!.status
            } else {
                fswS = FSWRules.status(counted: counted(), asOf: asOf, rules: rules)
            }
            return fswS!
        }
        func cecStatus() -> CriterionStatus {
            if let s = cecS { return s }
            if explain {
                cecR = CECRules.assess(counted: counted(), asOf: asOf, rules: rules)
                cecS = cecR!.status
            } else {
                cecS = CECRules.status(counted: counted(), asOf: asOf, rules: rules)
            }
            return cecS!
        }
        func say(_ s: @autoclosure () -> String) -> String { explain ? s() : "" }
        func pool() -> (Eligibility, String) {
            // Without the reason, one minimum met is the answer: CEC first (the cheaper, unless FSW is known).
            if !explain {
                if fswS == nil, cecStatus() == .met { return (.eligible, "") }
                if fswStatus() == .met || cecStatus() == .met { return (.eligible, "") }
                return (fswS! == .notMet && cecS! == .notMet ? .notEligible : .unknown, "")
            }
            let f = fswStatus(), c = cecStatus()
            if f == .met || c == .met {
                return (.eligible, say("You meet the \([f == .met ? "FSW" : nil, c == .met ? "CEC" : nil].compactMap { $0 }.joined(separator: " and ")) minimums, so your profile can be in the Express Entry pool."))
            }
            if f == .notMet && c == .notMet {
                return (.notEligible, say("You meet neither the FSW nor the CEC minimums, so your profile cannot be in the Express Entry pool (the trades program, FSTP, is not checked)."))
            }
            return (.unknown, say("Whether you meet the FSW or CEC minimums is not known yet: some answers are missing."))
        }
        func fromStatus(_ s: CriterionStatus, _ name: String, _ reqs: [Criterion]) -> (Eligibility, String) {
            switch s {
            case .met: return (.eligible, say("You meet the \(name) minimums."))
            case .notMet: return (.notEligible, say("You do not meet the \(name) minimums: " + reqs.filter { $0.status == .notMet }.map(\.reason).joined(separator: " ")))
            case .unknown: return (.unknown, say("Whether you meet the \(name) minimums is not known yet: " + reqs.filter { $0.status == .unknown }.map(\.reason).joined(separator: " ")))
            }
        }
        // A category also needs the pool: the weaker of the two answers wins.
        func andPool(_ e: Eligibility, _ reason: String) -> (Eligibility, String) {
            if e == .notEligible { return (e, reason) }
            let (pe, pr) = pool()
            if pe == .notEligible { return (.notEligible, say(reason + " " + pr)) }
            if e == .eligible && pe == .unknown { return (.unknown, say(reason + " " + pr)) }
            return (e, reason)
        }

        return ids.map { id in
            guard let g = data.group(id) else {
                return GroupEligibility(id: id, eligibility: .unverified, reason: "This kind of round is not described in our data.", unverified: true)
            }
            let b = g.body
            if !g.covers(asOf) {
                let when = g.provenance.effectiveTo.map { "it ended on \($0)" } ?? g.provenance.effectiveFrom.map { "it starts on \($0)" } ?? "not in force"
                return GroupEligibility(id: id, eligibility: .notEligible, reason: "\(b.name) is not a category on \(asOf): \(when).", unverified: false)
            }
            var unverified = g.provenance.isUnverified
            let result: (Eligibility, String)
            switch b.rule {
            case "pool":
                result = pool()
            case "cec":
                // The requirements are read only for the reason (when `explain`, so `cecR` is there).
                let s = cecStatus()
                result = fromStatus(s, "CEC", cecR?.requirements ?? [])
            case "fsw":
                let s = fswStatus()
                result = fromStatus(s, "FSW", fswR?.requirements ?? [])
            case "nomination":
                let nominated: Bool
                if crsR == nil && !explain {
                    // The eligibility alone: the CRS engine's own test of the factor (CRS.swift, D. Additional:
                    // an accepted nomination scores the factor in force on the date), without its breakdown.
                    nominated = counted().hasAcceptedNomination(on: asOf)
                        && (rules.crs.body.factor("provincialNomination", on: asOf)?.body.points ?? 0) > 0
                } else {
                    if crsR == nil { crsR = CRSRules.assess(counted: counted(), asOf: asOf, rules: rules) }
                    // Read from the CRS breakdown, so it follows however the engine decides a nomination.
                    nominated = crsR!.points("provincialNomination") > 0
                }
                if nominated {
                    result = andPool(.eligible, say("Your provincial nomination is accepted."))
                } else {
                    result = (.notEligible, say("You have no accepted provincial nomination."))
                }
            case "french":
                let need = b.minNCLC ?? 7
                if b.thresholdUnverified == true { unverified = true }
                if !explain {
                    // The levels alone (no notes), as `best` would choose them.
                    if let lv = LanguageRules.bestLevels(p.languageTests, language: .french, asOf: asOf, rules: rules)?.levels {
                        result = lv.allAtLeast(need) ? andPool(.eligible, "") : (.notEligible, "")
                    } else {
                        result = (.notEligible, "")
                    }
                } else if let fr = LanguageRules.best(p.languageTests, language: .french, asOf: asOf, rules: rules), let lv = fr.levels {
                    result = lv.allAtLeast(need)
                        ? andPool(.eligible, say("\(fr.label): NCLC \(lv.summary) (needs NCLC \(need) in all four)."))
                        : (.notEligible, say("\(fr.label): NCLC \(lv.summary); the category needs NCLC \(need) in all four."))
                } else {
                    result = (.notEligible, say("No valid French test result (the category needs NCLC \(need) in all four)."))
                }
            case "occupation":
                if let codes = b.codes {
                    guard let rule = data.experienceRules.covering(asOf) else {
                        result = (.unverified, "No category experience rule covers \(asOf) in our data.")
                        unverified = true
                        break
                    }
                    if rule.provenance.isUnverified { unverified = true }
                    let (e, r) = occupation(p, codes: codes, canadian: b.canadianExperience == true, rule: rule.body, asOf: asOf, explain: explain)
                    if e == .notEligible && b.listComplete == false {
                        unverified = true
                        result = (.unverified, say(r + " The category's list may be longer (UNVERIFIED), so this cannot be ruled out."))
                    } else {
                        result = andPool(e, r)
                    }
                } else {
                    unverified = true
                    result = (.unverified, "Its occupation list was not found in our sources (UNVERIFIED); whether you qualify needs checking on canada.ca.")
                }
            default:
                unverified = true
                result = (.unverified, "The rule of this group is not known to this version.")
            }
            return GroupEligibility(id: id, eligibility: result.0, reason: result.1, unverified: unverified)
        }
    }

    /// The category experience rule: enough work in ONE listed occupation within the window.
    static func occupation(_ p: Profile, codes: [String], canadian: Bool, rule: CategoryExperience, asOf: LocalDate, explain: Bool = true) -> (Eligibility, String) {
        let need = 1560.0 * Double(rule.months) / 12.0
        let from = asOf.adding(years: -rule.windowYears)
        var best: (code: String, hours: Double)?
        // The jobs' codes in order, so a tie names the first; without the reason only the most hours matter.
        // A list is searched in place: a profile has a few jobs, and hashing a list of hundreds costs more.
        let jobCodes = explain ? Set(p.workExperience.compactMap(\.nocCode)).sorted() : p.workExperience.compactMap(\.nocCode)
        for code in jobCodes where codes.contains(code) {
            let t = ExperienceRules.total(p.workExperience, from: from, to: asOf,
                                          filter: ExperienceFilter(maxTEER: 5, inCanada: canadian ? true : nil, requirePaid: true, nocCode: code))
            if best == nil || t.hours > best!.hours { best = (code, t.hours) }
        }
        let missingNOC = p.workExperience.contains { $0.nocCode == nil }
        if !explain {
            if let b = best, b.hours + 1e-6 >= need { return (.eligible, "") }
            return (missingNOC ? .unknown : .notEligible, "")
        }
        let whereText = canadian ? " in Canada" : ""
        let ruleText = "\(rule.months) months\(rule.continuous ? " of continuous work" : "")\(whereText) in one of its \(codes.count) occupations in the \(rule.windowYears) years to \(asOf)"
        if let b = best, b.hours + 1e-6 >= need {
            return (.eligible, "\(formatHours(b.hours)) h in NOC \(b.code)\(whereText) in the \(rule.windowYears) years to \(asOf) (needs \(ruleText)).")
        }
        if let b = best {
            return (missingNOC ? .unknown : .notEligible, "\(formatHours(b.hours)) h in NOC \(b.code)\(whereText); the category needs \(ruleText) (\(formatHours(need)) h).")
        }
        if missingNOC { return (.unknown, "Some jobs have no NOC code yet; the category needs \(ruleText).") }
        return (.notEligible, "None of your jobs is in its list; it needs \(ruleText).")
    }
}
