/// Ontario Workforce Priority - TEER 0-3 (RULES.md §0.2, §0.2b, §9, §13 #23-#31): the stream's
/// requirements checked against the profile, the EOI score, and the process deadlines.
/// Numbers live in owp.json and deadlines.json.

/// owp.json as decoded.
public struct OWPData: Decodable, Sendable {
    public let streamId: String
    public let criteria: [CriterionInfo]
    public let language: Language
    public let recentOntarioGraduate: Graduate
    public let education: EducationRule
    public let experience: ExperienceRule
    public let employer: Employer
    public let expressEntry: ExpressEntry
    public let fee: Text
    public let rounds: Text
    public let eoi: Dated<EOIGrid>

    public struct CriterionInfo: Decodable, Sendable {
        public let id: String
        public let title: String
        public let rule: String
        public let tag: String
        public let note: String?
        public let unverified: Bool?
    }
    public struct Language: Decodable, Sendable {
        public let minimumCLB: Int
        public let tradesMinimumCLB: Int
        public let tag: String
        public let trades: Trades
        public let recentOntarioGraduateExempt: Bool
    }
    /// The listed skilled trades (CLB 5, high school): NOC 2021 major groups minus excepted prefixes, plus minor and unit groups.
    public struct Trades: Decodable, Sendable {
        public let majorGroups: [String]
        public let exceptPrefixes: [String]
        public let minorGroups: [String]
        public let unitGroups: [String]

        public func contains(_ noc: String) -> Bool {
            if unitGroups.contains(noc) || minorGroups.contains(where: { noc.hasPrefix($0) }) { return true }
            if exceptPrefixes.contains(where: { noc.hasPrefix($0) }) { return false }
            return majorGroups.contains { noc.hasPrefix($0) }
        }
    }
    public struct Graduate: Decodable, Sendable { public let withinYears: Int; public let tag: String; public let definition: String }
    public struct EducationRule: Decodable, Sendable {
        public let minimumLevel: EducationLevel
        public let tradesMinimumLevel: EducationLevel
        public let tag: String
    }
    public struct ExperienceRule: Decodable, Sendable {
        public let monthsInPosition: Int
        public let graduateMonthsInPosition: Int
        public let positionWindowMonths: Int
        public let yearsInNOC: Int
        public let nocWindowYears: Int
        public let hoursPerYear: Double
        public let maxHoursPerWeek: Double
        public let tag: String
        /// Occupations that always need the months in the position (truck and bus drivers).
        public let positionOnlyNOCs: [String]
        public let positionOnlyNote: String
    }
    public struct Employer: Decodable, Sendable { public let minimumYearsInBusiness: Int; public let tag: String }
    public struct ExpressEntry: Decodable, Sendable {
        public let tag: String
        public let crsPoints: Int
        public let text: String
        public let history: String
    }
    public struct Text: Decodable, Sendable { public let tag: String; public let text: String }
}

/// One OWP deadline computed from the answers.
public struct OWPDeadline: Codable, Sendable, Equatable {
    /// The deadline id in deadlines.json.
    public let id: String
    public let label: String
    public let date: LocalDate
    public let daysLeft: Int
    /// "Label 2026-12-31: 30 days left."
    public let text: String
    /// The rule: "30 calendar days from the employer's job-offer submission (2026-11-20)".
    public let rule: String
    public let note: String?
    public let tag: String?
    public let unverified: Bool
}

/// The OWP part of the report.
public struct OWPAssessment: Codable, Sendable, Equatable {
    public let stream: String
    /// The stream's status on the date ("open").
    public let status: String
    /// The day the criteria are measured on: the application date when there is one, else the as-of date.
    public let criteriaDate: LocalDate
    public let criteria: [Criterion]
    /// All met -> met; any not met -> notMet; else unknown.
    public let overall: CriterionStatus
    public let eoi: OWPEOIResult
    /// Deadlines still open, from the dates entered.
    public let deadlines: [OWPDeadline]
    /// Nomination through Express Entry and other facts of the route.
    public let notes: [String]
    public let unverified: [String]

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }
}

public enum OWPRules {
    /// A job offer that is (or may be) in Ontario: the OWP part of the report is given for it.
    public static func hasOntarioOffer(_ p: Profile) -> Bool { p.jobOffer.hasOffer == true && p.jobOffer.inOntario != false }

    /// The OWP part of the report on `asOf`, or nil before the stream exists (2026-06-25).
    public static func assess(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> OWPAssessment? {
        let d = rules.owp
        guard let st = StreamRules.status(of: d.streamId, on: asOf, rules: rules), st.status != "notYetCreated", d.covers(asOf) else { return nil }
        let date = min(p.owp.applicationSubmitted ?? asOf, asOf)
        let criteria = self.criteria(p, on: date, rules: rules)
        let eoi = OWPEOI.score(p, asOf: asOf, rules: rules)
        var notes = ["\(d.expressEntry.text) \(d.expressEntry.tag)", "Application fee: \(d.fee.text)", d.rounds.text]
        if p.owp.selfEmployedPhysician == true { notes.append("The criteria above are those of TEER 0-3; the self-employed physician category's own criteria are not in our sources.") }
        var unv: [String] = []
        for c in criteria where c.unverified { unv.append("UNVERIFIED - OWP \(c.title): " + (c.notes.first { $0.contains("UNVERIFIED") } ?? c.reason)) }
        unv += eoi.unverified
        unv.append("UNVERIFIED - OWP application fee: \(d.fee.text)")
        let deadlines = self.deadlines(p, today: asOf, rules: rules)
        for l in deadlines where l.unverified { unv.append("UNVERIFIED - \(l.label): \(l.note ?? "period not confirmed")") }
        return OWPAssessment(stream: d.streamId, status: st.status, criteriaDate: date, criteria: criteria,
                             overall: CriterionStatus.combine(criteria.map(\.status)), eoi: eoi, deadlines: deadlines, notes: notes, unverified: unv)
    }

    /// The stream's requirements, each met / not met / unknown with a reason, measured on `date`.
    public static func criteria(_ p: Profile, on date: LocalDate, rules: RuleData = .shared) -> [Criterion] {
        let d = rules.owp.body
        let info = Dictionary(uniqueKeysWithValues: d.criteria.map { ($0.id, $0) })
        func make(_ id: String, _ s: CriterionStatus, _ reason: String, notes: [String] = [], unverified: Bool = false) -> Criterion {
            let i = info[id]
            var n = notes
            if let note = i?.note { n.append(note) }
            return Criterion(id: id, title: i?.title ?? id, status: s, reason: reason, tag: i?.tag, unverified: unverified || i?.unverified == true, notes: n)
        }
        let offer = p.jobOffer
        let o = p.owp
        let noc = offer.nocCode.flatMap { WorkExperience.teer(ofNOC: $0) != nil ? $0 : nil }
        let trade = noc.map { d.language.trades.contains($0) }
        let graduate = o.recentOntarioGraduate
        var out: [Criterion] = []

        // Job offer.
        do {
            let id = "jobOffer"
            switch offer.hasOffer {
            case nil: out.append(make(id, .unknown, "Not answered yet: do you have a full-time, permanent job offer? OWP needs one in TEER 0-3 from a registered Ontario employer."))
            case false?: out.append(make(id, .notMet, "No job offer is recorded: OWP needs a full-time, permanent TEER 0-3 job offer from a registered Ontario employer."))
            case true?:
                var problems: [String] = [], open: [String] = []
                if offer.inOntario == false { problems.append("the job is not in Ontario") } else if offer.inOntario == nil { open.append("say whether the job is in Ontario") }
                if let t = offer.effectiveTEER { if t > 3 { problems.append("it is TEER \(t), and this category needs TEER 0-3 (TEER 4-5 has its own OWP category)") } }
                else { open.append("enter the NOC code of the offer") }
                if offer.fullTimePermanent == false { problems.append("it is not full-time and permanent") }
                let what = "Job offer\(o.employerName.map { " from \($0)" } ?? "")\(noc.map { ", NOC \($0)" } ?? "")\(offer.effectiveTEER.map { " (TEER \($0))" } ?? "")"
                if !problems.isEmpty { out.append(make(id, .notMet, "\(what): \(problems.joined(separator: "; ")).")) }
                else if !open.isEmpty { out.append(make(id, .unknown, "\(what): \(open.joined(separator: "; ")).")) }
                else { out.append(make(id, .met, "\(what), full-time and permanent, in Ontario.")) }
            }
        }

        // Wage: the median-wage table is not in our sources, so this stays unknown.
        do {
            let whereTo = "for \(noc.map { "NOC \($0)" } ?? "the occupation") in \(o.region?.humanLabel ?? "your region")"
            let lowWage = graduate == true ? " As a recent Ontario graduate you may qualify at the low-wage level instead." : ""
            if let w = o.hourlyWage {
                out.append(make("wage", .unknown, "CAD \(formatAmount(w)) an hour: it must be at or above the Ontario median wage \(whereTo), which is not in our sources, so the guide cannot say whether it is enough; check the median with your employer or the Ontario wage tables.\(lowWage)"))
            } else {
                out.append(make("wage", .unknown, "Hourly wage not entered yet: it must be at or above the Ontario median wage \(whereTo).\(lowWage)"))
            }
        }

        // Language.
        do {
            let id = "language"
            let need = trade == true ? d.language.tradesMinimumCLB : d.language.minimumCLB
            let whyNeed = trade == true ? "CLB \(need) in all four abilities for the listed skilled trades"
                : "CLB \(need) in all four abilities\(trade == nil ? " (CLB \(d.language.tradesMinimumCLB) if the offer is a listed skilled trade; enter its NOC code)" : "")"
            let best = [LanguageRules.best(p.languageTests, language: .english, asOf: date, rules: rules),
                        LanguageRules.best(p.languageTests, language: .french, asOf: date, rules: rules)]
                .compactMap { $0 }.max { ($0.levels!.minimum, $0.levels!.sum) < ($1.levels!.minimum, $1.levels!.sum) }
            if graduate == true && d.language.recentOntarioGraduateExempt {
                out.append(make(id, .met, "Recent Ontario graduates are exempt from the language test."))
            } else if let b = best {
                let m = b.levels!.minimum
                let reading = "\(b.label): CLB \(b.levels!.summary), valid until \(b.expiresOn.map(\.description) ?? "?")"
                if m >= need {
                    out.append(make(id, .met, "\(reading); needs \(whyNeed).", notes: b.notes.filter { $0.contains("UNVERIFIED") }, unverified: b.unverified))
                } else if trade == nil && m >= d.language.tradesMinimumCLB {
                    out.append(make(id, .unknown, "\(reading): enough only if the offer is a listed skilled trade; needs \(whyNeed)."))
                } else if graduate == nil {
                    out.append(make(id, .unknown, "\(reading): below \(whyNeed), unless you are a recent Ontario graduate (exempt; not answered yet)."))
                } else {
                    out.append(make(id, .notMet, "\(reading); needs \(whyNeed).", unverified: b.unverified))
                }
            } else if p.languageTests.isEmpty {
                out.append(make(id, .unknown, "No language test entered yet (needs \(whyNeed); recent Ontario graduates are exempt)."))
            } else {
                let why = LanguageRules.all(p.languageTests, asOf: date, rules: rules).flatMap(\.notes).first ?? "no result is valid"
                let incomplete = p.languageTests.contains { !$0.scores.isComplete || $0.resultDate == nil && $0.testDate == nil }
                out.append(make(id, incomplete || graduate == nil ? .unknown : .notMet, "No valid result on \(date): \(why)"))
            }
        }

        // Education.
        do {
            let id = "education"
            let e = p.education
            let need = trade == true ? d.education.tradesMinimumLevel : d.education.minimumLevel
            let needText = trade == true ? "high school or equivalent (listed skilled trade)" : "a post-secondary credential of at least one academic year"
            if let lvl = e.level {
                if lvl < d.education.tradesMinimumLevel || (trade == false && lvl < need) {
                    out.append(make(id, .notMet, "Your highest credential (\(lvl.humanLabel)) is below \(needText)."))
                } else if trade == nil && lvl < d.education.minimumLevel {
                    out.append(make(id, .unknown, "Your highest credential (\(lvl.humanLabel)) is enough only if the offer is a listed skilled trade; enter its NOC code."))
                } else if trade == true {
                    out.append(make(id, .met, "Highest credential: \(lvl.humanLabel); needs \(needText)."))
                } else {
                    switch Facts(p, asOf: date, rules: rules).educationRecognition(on: date) {
                    case .recognized: out.append(make(id, .met, "Highest credential: \(lvl.humanLabel), \(e.isCanadian == true ? "Canadian" : "with a valid ECA"); needs \(needText)."))
                    case .notRecognized(let w): out.append(make(id, .notMet, "Your highest credential (\(lvl.humanLabel)) does not count: \(w)."))
                    case .unknown(let w): out.append(make(id, .unknown, "Your highest credential (\(lvl.humanLabel)) may count, but \(w)."))
                    }
                }
            } else {
                out.append(make(id, .unknown, "Education level not answered yet (needs \(needText); an ECA if it is foreign)."))
            }
        }

        // Work experience: one of three options.
        do {
            let x = d.experience
            let positionOnly = noc.map { x.positionOnlyNOCs.contains($0) } ?? false
            // Each option: its letter, its status and a sentence.
            var options: [(String, CriterionStatus, String)] = []
            // (a) months in the job-offer position.
            let needMonths = graduate == true ? x.graduateMonthsInPosition : x.monthsInPosition
            let window = "within the last \(x.positionWindowMonths) months"
            if let m = o.monthsInJobOfferPosition {
                if m >= needMonths { options.append(("a", .met, "\(m) months in the job-offer position: at least the \(needMonths) consecutive full-time months needed \(window)")) }
                else if graduate == nil && m >= x.graduateMonthsInPosition { options.append(("a", .unknown, "\(m) months in the job-offer position: enough only for a recent Ontario graduate (\(x.graduateMonthsInPosition) months; not answered), otherwise \(x.monthsInPosition)")) }
                else { options.append(("a", .notMet, "\(m) months in the job-offer position: needs \(needMonths) consecutive full-time months \(window)")) }
            } else {
                options.append(("a", .unknown, "months in the job-offer position not entered (needs \(needMonths) consecutive full-time months \(window))"))
            }
            if !positionOnly {
                // (b) years in the job-offer NOC.
                let need = Double(x.yearsInNOC) * x.hoursPerYear
                if let c = noc {
                    let t = ExperienceRules.total(p.workExperience, from: date.adding(years: -x.nocWindowYears), to: date,
                                                  filter: ExperienceFilter(maxTEER: 5, requirePaid: true, nocCode: c),
                                                  maxHoursPerWeek: x.maxHoursPerWeek, hoursPerYear: x.hoursPerYear)
                    let status: CriterionStatus = t.hours + 1e-6 >= need ? .met : (p.workExperience.isEmpty || t.incompleteJobs > 0 ? .unknown : .notMet)
                    options.append(("b", status, "\(formatHours(t.hours)) h of paid work in NOC \(c) in the \(x.nocWindowYears) years before \(date) (needs \(formatHours(need)) h, \(x.yearsInNOC) years full-time)\(p.workExperience.isEmpty ? "; no work experience entered yet" : "")"))
                } else {
                    options.append(("b", .unknown, "\(x.yearsInNOC) years in the job-offer NOC within \(x.nocWindowYears) years: enter the NOC code of the offer"))
                }
                // (c) an Ontario licence where the occupation requires one.
                switch o.ontarioLicence {
                case true?: options.append(("c", .met, "you hold the Ontario licence your occupation requires"))
                case false?: options.append(("c", .notMet, "no Ontario licence"))
                case nil: options.append(("c", .unknown, "Ontario licence (where the occupation requires one) not answered"))
                }
            }
            let statuses = options.map(\.1)
            let s: CriterionStatus = statuses.contains(.met) ? .met : (statuses.contains(.unknown) ? .unknown : .notMet)
            let lead = s == .met ? "Met through " + options.filter { $0.1 == .met }.map { "(\($0.0))" }.joined(separator: " and ") + ". "
                                 : (positionOnly ? "Truck and bus drivers always need (a). " : "One of (a), (b) or (c) is needed. ")
            out.append(make("experience", s, lead + options.map { "(\($0.0)) \($0.2)" }.joined(separator: "; ") + ".",
                            notes: positionOnly ? ["UNVERIFIED - \(x.positionOnlyNote)"] : [], unverified: positionOnly))
        }

        // Employer.
        do {
            let yrs = d.employer.minimumYearsInBusiness
            let rest = "OINP also checks that the employer has been in active business at least \(yrs) years with premises in Ontario and is not an Ontario Public Service employer."
            if let id = o.jobOfferID {
                out.append(make("employer", .met, "Your employer submitted the job offer in the Employer Portal (job-offer ID \(id)), which needs its registration with OINP. \(rest)"))
            } else {
                out.append(make("employer", .unknown, "No job-offer ID yet: your employer must register in the Employer Portal and submit the job offer first; you then use its ID for your EOI. \(rest)"))
            }
        }
        return out
    }

    /// The OWP deadlines the dates entered let us compute, still open on `today` (steps already done are left out).
    public static func deadlines(_ p: Profile, today: LocalDate, rules: RuleData = .shared) -> [OWPDeadline] {
        let o = p.owp
        var out: [OWPDeadline] = []
        func add(_ id: String, _ label: String, from start: LocalDate?, _ anchor: String, unless done: Bool = false) {
            guard let start, !done, let rule = rules.deadlines.body.item(id, on: start) else { return }
            let date = rule.due(from: start)
            out.append(OWPDeadline(id: id, label: label, date: date, daysLeft: today.days(until: date),
                                   text: Deadline.describe(label, date, today: today),
                                   rule: "\(rule.body.amount) \(rule.body.unit == "days" ? "calendar days" : rule.body.unit) from \(anchor) (\(start))",
                                   note: rule.provenance.note, tag: rule.provenance.tag, unverified: rule.provenance.isUnverified))
        }
        add("owpJobOfferToEOI", "Register your Expression of Interest by", from: o.jobOfferSubmittedDate, "the employer's job-offer submission", unless: o.eoiDate != nil)
        add("owpEOIValidity", "Your Expression of Interest expires", from: o.eoiDate, "your EOI", unless: o.invitationDate != nil)
        add("owpInvitationToEmployerApproval", "Your employer files the employment-position approval by", from: o.invitationDate, "the invitation", unless: o.applicationSubmitted != nil)
        add("owpInvitationToApplication", "Submit your OWP application and fee by", from: o.invitationDate, "the invitation", unless: o.applicationSubmitted != nil)
        if o.nominationThroughExpressEntry != false {
            add("owpNominationAcceptance", "Accept the nomination in your Express Entry account by", from: p.filing.nominationDate, "the nomination", unless: p.filing.nominationAccepted != nil)
        }
        if o.nominationThroughExpressEntry == false {
            add("owpNominationCertificateValidity", "Your nomination certificate expires", from: p.filing.nominationDate, "the nomination", unless: p.filing.prApplicationSubmitted != nil)
        }
        return out.sorted { $0.date < $1.date }
    }

    /// The same deadlines as journey lines (step 3), for the deadline summary.
    public static func deadlineLines(_ p: Profile, today: LocalDate, rules: RuleData = .shared) -> [DeadlineLine] {
        deadlines(p, today: today, rules: rules).map {
            DeadlineLine(step: .oinp, label: $0.label, date: $0.date, daysLeft: $0.daysLeft,
                         text: String($0.text.dropLast()) + " (\($0.rule))" + ($0.unverified ? " UNVERIFIED." : "."))
        }
    }
}
