/// Which rulebook governs the applicant's Ontario route on the date.
public struct RulebookDecision: Codable, Sendable, Equatable {
    public enum Rulebook: String, Codable, Sendable {
        /// HCP is open on the date (or the application was received before the closure).
        case hcp
        /// HCP is closed for this applicant: plain federal Express Entry or OWP.
        case postHCP
    }
    public let rulebook: Rulebook
    /// HCP accepts new applications on the date.
    public let hcpOpen: Bool
    /// The applicant's HCP application was received before the closure and continues under the old rules.
    public let grandfathered: Bool
    /// The date the HCP criteria are measured on (the application date when there is one).
    public let criteriaDate: LocalDate
    public let closedFrom: LocalDate
    public let reason: String
}

/// The HCP criteria kept for reference when HCP does not apply (closed on the date and no application
/// received before the closure). They are the rules as they stood, not a verdict: none can be met now.
/// The report's `criteria` is empty then, so no HCP criterion is ever reported "met" after the closure.
public struct HistoricalCriteria: Codable, Sendable, Equatable {
    public let stream: String
    public let closedFrom: LocalDate
    public let measuredOn: LocalDate
    public let note: String
    public let hcpCriteria: [Criterion]
}

public enum HCPRules {
    /// Whether the HCP criteria are this applicant's: HCP open on the date, or the application received before the closure.
    public static func applies(_ rb: RulebookDecision) -> Bool { rb.rulebook == .hcp }

    /// The HCP criteria as history, for a decision where HCP does not apply.
    public static func historical(_ criteria: [Criterion], _ rb: RulebookDecision) -> HistoricalCriteria {
        HistoricalCriteria(stream: "humanCapitalPriorities", closedFrom: rb.closedFrom, measuredOn: rb.criteriaDate,
                           note: rb.criteriaDate >= rb.closedFrom
                               ? "For reference only: Human Capital Priorities closed on \(rb.closedFrom) and no application received before then is recorded, so these criteria cannot be met; the statuses say how the profile would have fared under the rules in force until \(rb.closedFrom.adding(days: -1))."
                               : "For reference only: Human Capital Priorities was not accepting applications on \(rb.criteriaDate), so these criteria cannot be met on that date.",
                           hcpCriteria: criteria)
    }

    public static func rulebook(for p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> RulebookDecision {
        let closed = rules.hcp.closedFrom
        let open = rules.hcp.provenance.covers(asOf) && asOf < closed
        if let r = p.hcpApplicationReceivedDate, r < closed {
            return RulebookDecision(rulebook: .hcp, hcpOpen: open, grandfathered: asOf >= closed, criteriaDate: min(r, asOf), closedFrom: closed,
                                    reason: asOf >= closed
                                        ? "OINP received your HCP application on \(r), before the stream closed on \(closed); it is assessed under the HCP rules in force when received."
                                        : "OINP received your HCP application on \(r); HCP is open on \(asOf).")
        }
        if open {
            return RulebookDecision(rulebook: .hcp, hcpOpen: true, grandfathered: false, criteriaDate: asOf, closedFrom: closed,
                                    reason: "HCP is open on \(asOf) (it closes on \(closed)); criteria are measured as if you applied on \(asOf).")
        }
        var reason = asOf >= closed
            ? "The Human Capital Priorities stream closed on \(closed) and no HCP application received before then is recorded; the route is federal Express Entry, or Ontario Workforce Priority with an Ontario job offer."
            : "HCP was not accepting applications on \(asOf)."
        if let r = p.hcpApplicationReceivedDate, r >= closed { reason += " (The recorded HCP application date \(r) is on or after the closure, so OINP could not have received it under HCP.)" }
        return RulebookDecision(rulebook: .postHCP, hcpOpen: false, grandfathered: false, criteriaDate: asOf, closedFrom: closed, reason: reason)
    }

    /// The seven criteria of the seed plus the §1.2 profile rules, measured on `date` (the application date when known).
    /// `fsw`/`cec`: the results for the same profile on `date`, when the caller already has them.
    public static func criteria(_ p: Profile, on date: LocalDate, rules: RuleData = .shared, fsw: FSWResult? = nil, cec: CECResult? = nil) -> [Criterion] {
        let h = rules.hcp.body
        let f = Facts(p, asOf: date, rules: rules)
        // A dozen criteria, searched in place (hashing them into a dictionary on every call cost more).
        let table = h.criteria
        func info(_ id: String) -> HCPData.CriterionInfo? { table.first { $0.id == id } }
        func make(_ id: String, _ s: CriterionStatus, _ reason: String, notes: [String] = [], unverified: Bool = false) -> Criterion {
            let i = info(id)
            var n = notes
            if let note = i?.note { n.append(note) }
            return Criterion(id: id, title: i?.title ?? id, status: s, reason: reason, tag: i?.tag, unverified: unverified || i?.unverified == true, notes: n)
        }
        var out: [Criterion] = []
        let fsw = fsw ?? FSWRules.assess(p, asOf: date, rules: rules)
        let cec = cec ?? CECRules.assess(p, asOf: date, rules: rules)
        let program = p.federalProgram ?? .undecided

        // 1. Work experience.
        do {
            let need = h.workHours
            let fswT = ExperienceRules.bestSingleOccupation(p.workExperience, from: date.adding(years: -h.fswWindowYears), to: date,
                                                            filter: ExperienceFilter(maxTEER: h.maxTEER, requirePaid: true), maxHoursPerWeek: h.maxHoursPerWeek, hoursPerYear: need)
            let fswAll = f.anySkilled(windowYears: h.fswWindowYears, to: date)
            let cecT = ExperienceRules.total(p.workExperience, from: date.adding(years: -h.cecWindowYears), to: date,
                                             filter: ExperienceFilter(maxTEER: h.maxTEER, inCanada: true, requirePaid: true, excludeSelfEmployed: true, excludeFullTimeStudent: true),
                                             maxHoursPerWeek: h.maxHoursPerWeek, hoursPerYear: need)
            let fswOK = (fswT?.total.hours ?? 0) + 1e-6 >= need
            let cecOK = cecT.hours + 1e-6 >= need
            let fswText = "FSWP track: \(formatHours(fswAll.hours)) h of paid TEER 0-3 work in the \(h.fswWindowYears) years before \(date)\(fswT.map { ", \(formatHours($0.total.hours)) h of it in NOC \($0.code)" } ?? "") (needs \(formatHours(need)) h, at least 1 year in the primary occupation)"
            let cecText = "CEC track: \(formatHours(cecT.hours)) h of paid TEER 0-3 work in Canada in the \(h.cecWindowYears) years before \(date) (needs \(formatHours(need)) h)"
            let incomplete = p.workExperience.isEmpty || fswAll.incompleteJobs > 0
            let status: CriterionStatus
            let reason: String
            switch program {
            case .fswp: status = fswOK ? .met : (incomplete ? .unknown : .notMet); reason = fswText + "."
            case .cec: status = cecOK ? .met : (incomplete ? .unknown : .notMet); reason = cecText + "."
            case .undecided: status = (fswOK || cecOK) ? .met : (incomplete ? .unknown : .notMet); reason = fswText + "; " + cecText + "."
            }
            out.append(make("workExperience", status, p.workExperience.isEmpty ? "No work experience entered yet (needs \(formatHours(need)) h of TEER 0-3 work)." : reason))
        }

        // 2. Education.
        do {
            let e = p.education
            let id = "education"
            if let lvl = e.level {
                if lvl < h.minimumEducation {
                    out.append(make(id, .notMet, "Your highest credential (\(lvl.humanLabel)) is below a bachelor's degree."))
                } else {
                    var degree: CriterionStatus = .met
                    if h.requiresDegree && lvl < .mastersOrProfessional {
                        degree = e.isDegree == true ? .met : (e.isDegree == false ? .notMet : .unknown)
                    }
                    switch (degree, f.educationRecognition(on: date, maxAgeYears: h.ecaMaxAgeYears)) {
                    case (.notMet, _): out.append(make(id, .notMet, "Your highest credential (\(lvl.humanLabel)) is a diploma, not a degree, so it does not count: HCP needs a bachelor's, master's or PhD."))
                    case (_, .notRecognized(let w)): out.append(make(id, .notMet, "Your highest credential (\(lvl.humanLabel)) does not count: \(w) (an ECA must be under \(h.ecaMaxAgeYears) years old on \(date))."))
                    case (_, .unknown(let w)): out.append(make(id, .unknown, "Your highest credential (\(lvl.humanLabel)) may count, but \(w)."))
                    case (.unknown, _): out.append(make(id, .unknown, "Say whether your highest credential (\(lvl.humanLabel)) is a degree (a 3-year diploma is not automatically a bachelor's)."))
                    default: out.append(make(id, .met, "Highest credential: \(lvl.humanLabel), \(e.isCanadian == true ? "Canadian" : "with an ECA under \(h.ecaMaxAgeYears) years old on \(date)")."))
                    }
                }
            } else {
                out.append(make(id, .unknown, "Education level not answered yet (needs a bachelor's, master's or PhD)."))
            }
        }

        // 3. Language.
        do {
            let best = [f.best(.english), f.best(.french)].compactMap { $0 }.max { ($0.levels!.minimum, $0.levels!.sum) < ($1.levels!.minimum, $1.levels!.sum) }
            if let b = best {
                let ok = b.levels!.allAtLeast(h.minimumCLB)
                out.append(make("language", ok ? .met : .notMet,
                                "\(b.label): CLB \(b.levels!.summary), valid until \(b.expiresOn.map(\.description) ?? "?"); needs CLB \(h.minimumCLB) in all four abilities.",
                                notes: b.notes.filter { $0.contains("UNVERIFIED") }, unverified: b.unverified))
            } else if p.languageTests.isEmpty {
                out.append(make("language", .unknown, "No language test entered yet (needs CLB \(h.minimumCLB) in all four abilities, result under \(h.languageMaxAgeYears) years old)."))
            } else {
                let why = LanguageRules.all(p.languageTests, asOf: date, rules: rules).flatMap(\.notes).first ?? "no result is valid"
                let incomplete = p.languageTests.contains { !$0.scores.isComplete || $0.resultDate == nil && $0.testDate == nil }
                out.append(make("language", incomplete ? .unknown : .notMet, "No valid result on \(date): \(why)"))
            }
        }

        // 4. Settlement funds (required for all HCP applicants here).
        do {
            let (c, _) = FundsRules.check(p, on: date, id: "settlementFunds", title: info("settlementFunds")?.title ?? "Settlement funds", rules: rules)
            out.append(make("settlementFunds", c.status, c.reason, notes: c.notes, unverified: c.unverified))
        }

        // 5. Intention to live in Ontario.
        switch p.intendsToLiveInOntario {
        case true?: out.append(make("intentionToLiveInOntario", .met, "You intend to live in Ontario; OINP weighs ties such as Ontario work, job offers, study, lease, family."))
        case false?: out.append(make("intentionToLiveInOntario", .notMet, "You do not intend to live in Ontario."))
        case nil: out.append(make("intentionToLiveInOntario", .unknown, "Not answered yet: do you intend to live in Ontario?"))
        }

        // 6. Legal status.
        switch p.legalStatusInCanada {
        case nil: out.append(make("legalStatus", .unknown, "Not answered yet: your status in Canada (or none if you live abroad)."))
        case .none?: out.append(make("legalStatus", .met, "Applies only inside Canada; you have no Canadian status (living outside Canada)."))
        case .refugeeClaimant?: out.append(make("legalStatus", .notMet, "Refugee claimants in Canada are excluded from HCP."))
        case .citizenOrPR?: out.append(make("legalStatus", .notMet, "You are already a Canadian citizen or permanent resident."))
        case let s?: out.append(make("legalStatus", .met, "Your status (\(s.humanLabel)) is accepted; keep it valid until nomination\(s == .implied ? " (implied status is accepted)" : "")."))
        }

        // 7. FSWP 67 points.
        if program == .cec {
            out.append(make("fswPoints", .met, "Not required: you chose to be assessed under the CEC (FSW grid \(fsw.total) of 100)."))
        } else {
            let st = fsw.requirements.first { $0.id == "fsw.points" }?.status ?? .unknown
            let s: CriterionStatus = program == .undecided && st != .met && cec.status == .met ? .met : st
            out.append(make("fswPoints", s, "FSW grid: \(fsw.total) of 100 (pass mark \(h.fswPassMark))\(s == .met && st != .met ? "; not needed if you choose the CEC, which you meet" : "")."))
        }

        // §1.2: federal program minimums.
        do {
            let reason = "FSWP minimums: \(fsw.status.humanLabel); CEC minimums: \(cec.status.humanLabel)."
            let s: CriterionStatus
            switch program {
            case .fswp: s = fsw.status
            case .cec: s = cec.status
            case .undecided: s = fsw.status == .met || cec.status == .met ? .met : (fsw.status == .unknown || cec.status == .unknown ? .unknown : .notMet)
            }
            out.append(make("federalProgram", s, reason + (program == .undecided ? " Choose the program OINP should assess." : " You chose \(program.humanLabel).")))
        }

        // §1.2: Express Entry profile.
        if let d = p.expressEntryProfileDate {
            let months = rules.deadlines.body.item("expressEntryProfileValidity", on: date)
            let exp = months?.due(from: d) ?? d.adding(months: 12)
            out.append(make("expressEntryProfile", date < exp ? .met : .notMet,
                            "Express Entry profile submitted \(d); it \(date < exp ? "is valid until" : "expired on") \(exp) (valid \(months?.amount ?? 12) months). Destination must be Ontario or all provinces."))
        } else {
            out.append(make("expressEntryProfile", .unknown, "No Express Entry profile date entered yet (a profile in the pool is required)."))
        }

        // §1.2: Notification of Interest and the 45-day window.
        if let n = p.noiDate {
            let due = n.adding(days: h.noiWindowDays)
            if let r = p.hcpApplicationReceivedDate {
                out.append(make("notificationOfInterest", r <= due ? .met : .notMet,
                                "NOI of \(n); application received \(r), \(r <= due ? "within" : "after") the \(h.noiWindowDays)-day window ending \(due)."))
            } else {
                out.append(make("notificationOfInterest", date <= due ? .met : .notMet,
                                date <= due ? "NOI of \(n): apply by \(due) (\(h.noiWindowDays) calendar days)." : "NOI of \(n) lapsed on \(due) (\(h.noiWindowDays) calendar days)."))
            }
        } else {
            out.append(make("notificationOfInterest", .unknown, "No NOI yet: Ontario must invite you from the Express Entry pool (passive selection)."))
        }
        return out
    }
}
