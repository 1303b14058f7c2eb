import Foundation

/// A stream's status on a date, its key requirements and how well it fits the profile.
public struct StreamStatus: Codable, Sendable, Equatable {
    public enum Fit: String, Codable, Sendable {
        /// The route to take.
        case recommended
        /// Could fit; check the details.
        case possible
        /// Your application is already in this stream (received before it closed).
        case inProcess
        case notSuitable
        /// Closed, paused or not yet open on the date.
        case unavailable
    }
    public struct Requirements: Codable, Sendable, Equatable {
        public let selection: String
        public let jobOfferRequired: Bool
        public let expressEntryLinked: Bool
        public let language: String
        public let education: String
        public let other: String
    }

    public let id: String
    public let name: String
    public let category: String
    /// open, paused, suspended, closed, announced, notYetCreated.
    public let status: String
    public let since: LocalDate?
    public let until: LocalDate?
    /// A sentence: "open", "closed since 2026-05-30; replaced by …".
    public let statusText: String
    public let replacedBy: [String]
    public let requirements: Requirements
    public let fit: Fit
    public let reasons: [String]
    public let tag: String?
    public let unverified: Bool
    public let notes: [String]
}

public enum StreamRules {
    /// Status of one stream on the date (nil for an unknown id).
    public static func status(of id: String, on date: LocalDate, rules: RuleData = .shared) -> (status: String, since: LocalDate?, until: LocalDate?, text: String)? {
        guard let s = rules.streams.streams.first(where: { $0.id == id }) else { return nil }
        return status(s.body, on: date, rules: rules)
    }

    static func status(_ s: StreamInfo, on date: LocalDate, rules: RuleData, names: [String: String]? = nil) -> (status: String, since: LocalDate?, until: LocalDate?, text: String) {
        if let p = s.statusPeriods.covering(date) {
            var text = p.status
            if let f = p.provenance.effectiveFrom { text += " since \(f)" }
            if let t = p.provenance.effectiveTo { text += " (until \(t))" }
            if p.status == "closed", !s.replacedBy.isEmpty {
                // The names looked up only here (a closed stream's successors): a few streams, searched in place.
                let streams = names == nil ? rules.streams.streams : []
                text += "; replaced by " + s.replacedBy.map { id in
                    names.map { $0[id] ?? id } ?? streams.first { $0.id == id }?.name ?? id
                }.joined(separator: ", ")
            }
            if let n = p.provenance.note { text += ". \(n)" }
            return (p.status, p.provenance.effectiveFrom, p.provenance.effectiveTo, text)
        }
        let first = s.statusPeriods.compactMap { $0.provenance.effectiveFrom }.min()
        if let f = first, date < f { return ("notYetCreated", nil, f, "not yet created (from \(f))") }
        return ("unknown", nil, nil, "status unknown on \(date)")
    }

    static func streamNames(_ rules: RuleData) -> [String: String] {
        Dictionary(rules.streams.streams.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every stream with its status for the date and a fit from the profile.
    public static func evaluate(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared,
                                fsw: FSWResult? = nil, cec: CECResult? = nil, crs: CRSResult? = nil,
                                criteria: [Criterion]? = nil, rulebook: RulebookDecision? = nil) -> [StreamStatus] {
        let f = Facts(p, asOf: asOf, rules: rules)
        let fsw = fsw ?? FSWRules.assess(p, asOf: asOf, rules: rules)
        let cec = cec ?? CECRules.assess(p, asOf: asOf, rules: rules)
        let crs = crs ?? CRSRules.assess(p, asOf: asOf, rules: rules)
        let rb = rulebook ?? HCPRules.rulebook(for: p, asOf: asOf, rules: rules)
        let crit = criteria ?? HCPRules.criteria(p, on: rb.criteriaDate, rules: rules)
        let offer = p.jobOffer
        let ontarioOffer = offer.hasOffer == true && offer.inOntario != false
        let offerTEER = offer.effectiveTEER
        return rules.streams.streams.map { d in
            let s = d.body
            let st = status(s, on: asOf, rules: rules)
            let open = st.status == "open"
            var fit: StreamStatus.Fit = open ? .notSuitable : .unavailable
            var reasons: [String] = []
            switch s.id {
            case "federalExpressEntry":
                if fsw.status == .met || cec.status == .met {
                    fit = .recommended
                    reasons.append("You meet the \([fsw.status == .met ? "FSWP" : nil, cec.status == .met ? "CEC" : nil].compactMap { $0 }.joined(separator: " and ")) minimums; your CRS score is \(crs.total).")
                } else if fsw.status == .unknown || cec.status == .unknown {
                    fit = .possible
                    reasons.append("Some FSWP/CEC answers are missing; CRS so far \(crs.total).")
                } else {
                    reasons.append("You meet neither the FSWP nor the CEC minimums yet.")
                }
                if rb.rulebook == .postHCP { reasons.append("Without HCP, an Express Entry profile is the direct federal route.") }
            case "humanCapitalPriorities":
                if rb.grandfathered {
                    fit = .inProcess
                    reasons.append(rb.reason)
                } else if open {
                    let stat = CriterionStatus.combine(crit.filter { $0.id != "notificationOfInterest" && $0.id != "expressEntryProfile" }.map(\.status))
                    fit = stat == .met ? .recommended : (stat == .unknown ? .possible : .notSuitable)
                    let failing = crit.filter { $0.status == .notMet }.map(\.title)
                    reasons.append(stat == .met ? "You meet the HCP criteria; Ontario must still send you an NOI." :
                                   (failing.isEmpty ? "Some HCP answers are missing." : "Not met: \(failing.joined(separator: ", "))."))
                } else {
                    reasons.append("Closed to new applicants since \(rb.closedFrom); only applications OINP received before then continue.")
                }
            case "owpTeer0to3":
                if open {
                    if ontarioOffer, let t = offerTEER, t <= 3 {
                        fit = .recommended
                        reasons.append("You have an Ontario job offer in TEER \(t); the employer must be registered with OINP and pay at least the Ontario median wage.")
                    } else if offer.hasOffer == nil {
                        fit = .possible
                        reasons.append("Needs a full-time permanent TEER 0-3 job offer from a registered Ontario employer; job offer not answered yet.")
                    } else {
                        reasons.append("Needs a full-time permanent TEER 0-3 job offer from a registered Ontario employer.")
                    }
                } else if st.status == "notYetCreated" {
                    reasons.append("Created from \(st.until.map(\.description) ?? "later").")
                }
            case "owpTeer4to5":
                if open {
                    if ontarioOffer, let t = offerTEER, t >= 4 { fit = .possible; reasons.append("Your Ontario job offer is TEER \(t).") }
                    else { reasons.append("For job offers in TEER 4 or 5 occupations.") }
                }
            case "owpSelfEmployedPhysician":
                if open { reasons.append("Only for self-employed physicians.") }
            case "phase2":
                reasons.append("Announced without a date; nothing to apply to yet.")
            case "foreignWorker":
                if open {
                    if ontarioOffer, let t = offerTEER, t <= 3 { fit = .possible; reasons.append("You have an Ontario TEER \(t) job offer; needs 2 years of experience in the occupation within 5 years.") }
                    else { reasons.append("Needs an Ontario TEER 0-3 job offer.") }
                }
            case "internationalStudent":
                if open {
                    if ontarioOffer, p.education.canadianCredential.map({ $0 != CanadianStudyCredential.none }) == true { fit = .possible; reasons.append("Canadian credential and an Ontario job offer.") }
                    else { reasons.append("Needs a Canadian credential and an Ontario TEER 0-3 job offer.") }
                }
            case "inDemandSkills":
                if open {
                    if ontarioOffer, let t = offerTEER, t >= 4 { fit = .possible; reasons.append("Ontario job offer in TEER \(t).") }
                    else { reasons.append("For listed TEER 4/5 job offers.") }
                }
            case "mastersGraduate", "phdGraduate":
                if open {
                    let need: EducationLevel = s.id == "phdGraduate" ? .doctoral : .mastersOrProfessional
                    if p.education.isCanadian == true, let l = p.education.level, l >= need, s.id == "phdGraduate" || l == .mastersOrProfessional || l == .doctoral {
                        fit = .possible; reasons.append("You hold a Canadian \(l.humanLabel); it must be from an eligible Ontario university.")
                    } else { reasons.append("For graduates of Ontario \(s.id == "phdGraduate" ? "PhD" : "master's") programs.") }
                }
            case "frenchSpeakingSkilledWorker":
                if open {
                    let fr = f.best(.french)?.levels, en = f.best(.english)?.levels
                    if let a = fr, a.allAtLeast(7), let b = en, b.allAtLeast(6) { fit = .possible; reasons.append("French NCLC 7+ and English CLB 6+ in all four.") }
                    else { reasons.append("Needs French NCLC 7 and English CLB 6 in all four abilities.") }
                }
            case "skilledTrades":
                if open {
                    if p.certificateOfQualification == true { fit = .possible; reasons.append("You hold a trade certificate; needs 1 year of Ontario trades work and the CEC.") }
                    else { reasons.append("For Ontario trades workers who meet the CEC.") }
                }
            case "entrepreneur":
                if open { reasons.append("A business stream outside this guide.") }
            default: break
            }
            if !open && fit == .unavailable && reasons.isEmpty { reasons.append(st.text) }
            let period = s.statusPeriods.covering(asOf)
            var notes: [String] = []
            if d.provenance.isUnverified, let n = d.provenance.note { notes.append("UNVERIFIED - \(n)") }
            return StreamStatus(id: s.id, name: s.name, category: s.category, status: st.status, since: st.since, until: st.until, statusText: st.text,
                                replacedBy: s.replacedBy,
                                requirements: .init(selection: s.selection, jobOfferRequired: s.jobOfferRequired, expressEntryLinked: s.expressEntryLinked,
                                                    language: s.language, education: s.education, other: s.otherRequirements),
                                fit: fit, reasons: reasons, tag: period?.provenance.tag ?? d.provenance.tag,
                                unverified: d.provenance.isUnverified || (period?.provenance.isUnverified ?? false) || s.otherRequirements.holds("UNVERIFIED") || s.language.holds("UNVERIFIED"),
                                notes: notes)
        }
    }
}

/// A tech-draw occupation found by a search.
public struct TechOccupationMatch: Codable, Sendable, Equatable {
    public let occupation: TechOccupation
    /// The codes that matched (2016 or 2021).
    public let matchedCodes: [String]
}

public enum TechOccupations {
    public static func all(rules: RuleData = .shared) -> [TechOccupation] { rules.techNOC.occupations }

    /// Searches by code (NOC 2016 or 2021, whole or leading digits) or by title words (every word must appear).
    public static func search(_ query: String, rules: RuleData = .shared) -> [TechOccupationMatch] {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard !q.isEmpty else { return all(rules: rules).map { TechOccupationMatch(occupation: $0, matchedCodes: []) } }
        let isCode = q.allSatisfy { $0.isNumber }
        return all(rules: rules).compactMap { o in
            if isCode {
                let codes = ([o.noc2016] + o.noc2021.map(\.code)).filter { $0.hasPrefix(q) }
                return codes.isEmpty ? nil : TechOccupationMatch(occupation: o, matchedCodes: codes)
            }
            let words = q.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            let titles = [(o.noc2016, o.title2016)] + o.noc2021.map { ($0.code, $0.title) }
            let hits = titles.filter { t in words.allSatisfy { t.1.lowercased().contains($0) } }.map(\.0)
            return hits.isEmpty ? nil : TechOccupationMatch(occupation: o, matchedCodes: hits)
        }
    }

    /// Whether the code was on the tech-draw list in force on the date (2016 list until 2022-11-15, 2021 list after).
    public static func isTechDrawCode(_ code: String, on date: LocalDate, rules: RuleData = .shared) -> Bool {
        rules.techNOC.lists.covering(date)?.codes.contains(code) ?? false
    }
}
