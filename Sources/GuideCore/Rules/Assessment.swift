import Foundation

/// The full report for one profile on one date: verdicts, scores with breakdowns, streams, and UNVERIFIED notes.
public struct Assessment: Codable, Sendable, Equatable {
    public let asOf: LocalDate
    public let rulebook: RulebookDecision
    public let crs: CRSResult
    public let fsw: FSWResult
    public let cec: CECResult
    /// The HCP criteria (the seed's seven and the §1.2 profile rules), measured on `rulebook.criteriaDate`,
    /// when HCP applies (open on the date, or the application received before the closure); empty otherwise,
    /// and the same list is under `historical` for reference (never reported as met after the closure).
    public let criteria: [Criterion]
    public let language: [LanguageResult]
    public let funds: FundsRequirement?
    public let fees: FeeEstimate
    public let streams: [StreamStatus]
    /// Ids of the recommended streams, best first.
    public let recommendations: [String]
    /// Notes the user must see: data that is UNVERIFIED in our sources.
    public let unverified: [String]
    /// Problems found in the profile (impossible values).
    public let profileIssues: [ProfileIssue]
    /// The proposed route, the user's choice and the route that applies on `asOf`.
    public let route: RouteDecision
    /// Ontario Workforce Priority - TEER 0-3 (criteria, EOI score, deadlines): with an Ontario job offer or on the OWP route, from 2026-06-25.
    public let owp: OWPAssessment?
    /// The HCP criteria for reference when HCP does not apply (then `criteria` is empty).
    public let historical: HistoricalCriteria?
    /// Against the Express Entry rounds of the last 12 months, and what would raise the score (Standing.swift, WhatIf.swift).
    public var standing: Standing? = nil
    public var whatIf: [WhatIfResult] = []

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }
    public func stream(_ id: String) -> StreamStatus? { streams.first { $0.id == id } }

    public func renderJSON() throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(self), as: UTF8.self)
    }

    /// An encoder for JSON Lines: one compact report per line, keys sorted. Make it once per batch.
    public static func jsonLinesEncoder() -> JSONEncoder {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return enc
    }

    /// The report as one compact JSON line (no newline) with a `file` key naming the profile it came from.
    public func renderJSONLine(file: String, encoder: JSONEncoder = Assessment.jsonLinesEncoder()) throws -> Data {
        try encoder.encode(FiledAssessment(file: file, assessment: self))
    }

    /// The same line as `renderJSONLine`, byte for byte, appended to `out` by `ReportWriter` (each type's
    /// members written directly, without Codable's containers; batches write one line per profile).
    public func appendJSONLine(file: String, to out: inout [UInt8]) throws {
        var w = ReportWriter()
        write(to: &w, file: file)
        w.append(to: &out)
    }

    public func renderText() -> String {
        var o: [String] = []
        func line(_ s: String = "") { o.append(s) }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        line("OINP guide - assessment as of \(asOf)")
        line(String(repeating: "=", count: 40))
        line()
        line("Rulebook: \(rulebook.rulebook.humanLabel)")
        line("  \(rulebook.reason)")
        o += routeTextLines()
        if !profileIssues.isEmpty {
            line()
            line("Profile problems:")
            for i in profileIssues { line("  ! \(i.description)") }
        }
        line()
        if let h = historical, criteria.isEmpty {
            line("HCP criteria: not applicable. \(h.note)")
        } else {
            line("HCP criteria (measured on \(rulebook.criteriaDate))\(rulebook.hcpOpen || rulebook.grandfathered ? "" : " - for reference, the stream is closed")")
        }
        for c in criteria {
            line("  [\(c.status.symbol)] \(pad(c.title, 30)) \(c.reason)\(c.unverified ? " (UNVERIFIED data)" : "")")
        }
        o += owpTextLines()
        line()
        line("CRS score: \(crs.total) (\(crs.withSpouse ? "with spouse" : "without spouse"))")
        func block(_ title: String, _ total: Int, _ lines: [ScoreLine]) {
            line("  \(pad(title, 34)) \(lpad(String(total), 4))")
            for l in lines {
                line("    \(pad(l.label, 40)) \(lpad(String(l.points), 4))\(l.max.map { " /\($0)" } ?? "")  \(l.detail)")
            }
        }
        block("A. Core / human capital", crs.core, crs.breakdown.core)
        if crs.withSpouse { block("B. Spouse factors", crs.spouse, crs.breakdown.spouse) }
        block("C. Skill transferability (max 100)", crs.transferability, crs.breakdown.transferability)
        block("D. Additional (max 600)", crs.additional, crs.breakdown.additional)
        for n in crs.notes { line("  note: \(n)") }
        line()
        line("FSW 67-point grid: \(fsw.total) / 100 - \(fsw.status == .met ? "eligible" : (fsw.status == .notMet ? "not eligible" : "not known yet"))")
        for l in fsw.breakdown {
            line("    \(pad(l.label, 24)) \(lpad(String(l.points), 3))\(l.max.map { " /\($0)" } ?? "")  \(l.detail)")
        }
        for r in fsw.requirements { line("  [\(r.status.symbol)] \(pad(r.title, 20)) \(r.reason)") }
        line()
        line("CEC minimums: \(cec.status.humanLabel)")
        for r in cec.requirements { line("  [\(r.status.symbol)] \(pad(r.title, 22)) \(r.reason)") }
        if let f = funds {
            line()
            line("Settlement funds for \(f.familySize): CAD \(formatInt(f.amount)) (\(f.tableId), \(f.tag))")
        }
        line()
        line("Fees on \(fees.asOf) (CAD):")
        for l in fees.lines {
            line("    \(pad(l.label, 56)) \(lpad(l.amount.map { formatInt($0) } ?? "unknown", 7))\(l.count > 1 ? " (\(l.count) x \(l.unitAmount.map { formatInt($0) } ?? "?"))" : "")\(l.unverified ? "  UNVERIFIED" : "")")
        }
        line("    \(pad("Total of known amounts", 56)) \(lpad(formatInt(fees.knownTotal), 7))\(fees.complete ? "" : " (some amounts unknown)")")
        line()
        line("Streams on \(asOf):")
        for s in streams {
            line("  \(pad(s.name, 52)) \(s.statusText.split(separator: ".").first.map(String.init) ?? s.statusText)")
            line("    fit: \(s.fit.humanLabel)\(s.reasons.isEmpty ? "" : " - " + s.reasons.joined(separator: " "))")
        }
        if !recommendations.isEmpty {
            line()
            line("Recommended: " + recommendations.compactMap { id in streams.first { $0.id == id }?.name }.joined(separator: "; "))
        }
        if standing != nil {
            line()
            standingLines.forEach { line($0) }
        }
        if !unverified.isEmpty {
            line()
            line("UNVERIFIED in our sources (check before relying on it):")
            for u in unverified { line("  * \(u)") }
        }
        // Safety net: text from the data or the profile checks is ASCII apart from the letters of names.
        return PlainText.ascii(o.joined(separator: "\n") + "\n")
    }
}

/// A report of a batch: the assessment's keys plus `file`, the path of the profile it came from.
public struct FiledAssessment: Encodable {
    public let file: String
    public let assessment: Assessment

    public init(file: String, assessment: Assessment) {
        self.file = file
        self.assessment = assessment
    }

    private enum Keys: String, CodingKey { case file }

    public func encode(to encoder: Encoder) throws {
        try assessment.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(file, forKey: .file)
    }
}

/// Builds an `Assessment` for a date (default today).
public struct Assessor: Sendable {
    public let asOf: LocalDate
    public let rules: RuleData
    /// The rules' part of every standing on `asOf` (the window's rounds and the groups), made once.
    let standingFrame: StandingFrame

    public init(asOf: LocalDate = .today(), rules: RuleData = .shared) {
        self.asOf = asOf
        self.rules = rules
        standingFrame = StandingFrame(asOf: asOf, rules: rules)
    }

    /// `validated`: the caller has checked that `p.validate(asOf:)` is empty (a batch does), so it is not run again.
    public func assess(_ given: Profile, validated: Bool = false) -> Assessment {
        // Every rule below sees only the answers that count: a hidden answer changes nothing.
        let p = given.counted
        let rb = HCPRules.rulebook(for: p, asOf: asOf, rules: rules)
        let hcpApplies = HCPRules.applies(rb)
        let crs = CRSRules.assess(counted: p, asOf: asOf, rules: rules)
        let fsw = FSWRules.assess(counted: p, asOf: asOf, rules: rules)
        let cec = CECRules.assess(counted: p, asOf: asOf, rules: rules)
        // The criteria need FSW and CEC on their own date; reuse ours when it is the same day.
        let same = rb.criteriaDate == asOf
        let criteria = HCPRules.criteria(p, on: rb.criteriaDate, rules: rules, fsw: same ? fsw : nil, cec: same ? cec : nil)
        let streams = StreamRules.evaluate(p, asOf: asOf, rules: rules, fsw: fsw, cec: cec, crs: crs, criteria: criteria, rulebook: rb)
        let funds = p.effectiveFamilySize.flatMap { FundsRules.requirement(familySize: $0, on: asOf, rules: rules) }
        let fees = FeeRules.estimate(counted: p, on: asOf, includeHCP: rb.rulebook == .hcp && !rb.grandfathered, rules: rules)
        let order: [StreamStatus.Fit: Int] = [.inProcess: 0, .recommended: 1]
        let recs = streams.filter { order[$0.fit] != nil }.sorted { order[$0.fit]! < order[$1.fit]! }.map(\.id)

        var unv: [String] = []
        func add(_ s: String) { if !unv.contains(s) { unv.append(s) } }
        crs.unverified.forEach(add)
        fsw.unverified.forEach(add)
        for c in criteria where c.unverified && hcpApplies {
            c.notes.forEach { add($0.hasPrefix("UNVERIFIED") ? $0 : "UNVERIFIED - \(c.title): \($0)") }
        }
        if let f = funds { f.notes.filter { $0.holds("UNVERIFIED") }.forEach(add) }
        for l in fees.lines where l.unverified { add("UNVERIFIED - \(l.label) on \(asOf): \(l.note ?? "amount not confirmed.")") }
        for s in streams where s.unverified && (s.fit == .recommended || s.fit == .possible || s.fit == .inProcess) {
            add("UNVERIFIED - \(s.name): some requirements are not confirmed in our sources (\(s.requirements.language); \(s.requirements.other))")
        }
        if rb.rulebook == .postHCP || rb.grandfathered, let n = rules.hcp.closure.note { add("HCP closure date: \(n)") }
        if p.jobOffer.hasOffer == true && asOf >= (rules.fsw.arrangedEmployment.unverifiedFrom ?? asOf) && fsw.points("arrangedEmployment") > 0 {
            rules.fsw.arrangedEmployment.unverifiedNote.map { add("UNVERIFIED - \($0)") }
        }
        let language = LanguageRules.all(p.languageTests, asOf: asOf, rules: rules)
        for l in language where l.unverified { l.notes.filter { $0.holds("UNVERIFIED") }.forEach(add) }
        let route = RouteRules.decide(p, asOf: asOf, rules: rules, rulebook: rb)
        let owp = OWPRules.hasOntarioOffer(p) || route.effective == .owp ? OWPRules.assess(p, asOf: asOf, rules: rules) : nil
        owp?.unverified.forEach(add)

        var report = Assessment(asOf: asOf, rulebook: rb, crs: crs, fsw: fsw, cec: cec, criteria: hcpApplies ? criteria : [], language: language, funds: funds,
                          fees: fees, streams: streams, recommendations: recs, unverified: unv,
                          profileIssues: validated ? [] : p.validate(asOf: asOf).map { ProfileIssue(path: $0.path, message: PlainText.ascii($0.message)) },
                          route: route, owp: owp, historical: hcpApplies ? nil : HCPRules.historical(criteria, rb))
        // Standing against the rounds and the what-if changes.
        let standing = StandingRules.standing(p, asOf: asOf, rules: rules, crs: crs, fsw: fsw, cec: cec, frame: standingFrame)
        report.standing = standing
        report.whatIf = WhatIfRules.evaluate(p, asOf: asOf, rules: rules, base: crs, standing: standing)
        return report
    }
}

// MARK: - Route and Ontario Workforce Priority sections of the text report

extension Assessment {
    /// "Route: ..." with the proposal, the choice and step 3.
    func routeTextLines() -> [String] {
        var o = ["", "Route: \(route.effective.humanLabel)\(route.chosen == nil ? " (proposed)" : (route.chosen == route.effective ? " (your choice)" : " (proposed; your choice is not possible)"))"]
        o.append("  \(route.reason)")
        let s = route.stepThree
        o.append("  Step 3: \(s.applies ? s.title + ". " + s.reason : s.reason)")
        return o
    }

    /// The OWP criteria, the EOI score with its breakdown and the OWP deadlines; nothing without `owp`.
    func owpTextLines() -> [String] {
        guard let w = owp else { return [] }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        var o = ["", "Ontario Workforce Priority - TEER 0-3 criteria (measured on \(w.criteriaDate)): \(w.overall.humanLabel)"]
        for c in w.criteria {
            o.append("  [\(c.status.symbol)] \(pad(c.title, 30)) \(c.reason)\(c.unverified ? " (UNVERIFIED data)" : "")")
        }
        let e = w.eoi
        o.append("")
        o.append("OWP EOI score: \(e.total) / \(e.max)\(e.complete ? "" : " so far (\(e.missing.count) answer\(e.missing.count == 1 ? "" : "s") missing)") - ranks EOIs for invitations; not CRS")
        for g in e.groups {
            o.append("  \(pad(g.label, 34)) \(lpad(String(g.points), 4)) /\(g.max)")
            for l in e.breakdown where l.group == g.id {
                o.append("    \(pad(l.label, 40)) \(lpad(l.answered ? String(l.points) : "?", 4)) /\(l.max)  \(l.detail)\(l.unverified ? " (UNVERIFIED)" : "")")
            }
        }
        for n in e.notes { o.append("  note: \(n)") }
        if !w.deadlines.isEmpty {
            o.append("")
            o.append("OWP deadlines:")
            for d in w.deadlines { o.append("  \(d.text) (\(d.rule))\(d.unverified ? " UNVERIFIED: \(d.note ?? "")" : "")") }
        }
        for n in w.notes { o.append("  note: \(n)") }
        return o
    }
}
