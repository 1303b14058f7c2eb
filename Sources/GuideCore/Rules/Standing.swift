/// Where a profile stands against the Express Entry rounds of the 12 months before the as-of date:
/// which programs and categories it can be invited by, and what its CRS score would have done in their
/// rounds. History with its source dates, never a forecast; a round after the as-of date is never used.
public struct Standing: Codable, Sendable, Equatable {
    public let asOf: LocalDate
    /// The 12 months looked back over (both ends inclusive).
    public let window: RoundWindow
    /// The rounds data is complete only between these dates.
    public let dataFrom: LocalDate
    public let dataTo: LocalDate
    /// The CRS total compared with the cut-offs.
    public let crs: Int
    /// Programs first, then categories, in the order of `ee_categories.json`.
    public let groups: [GroupStanding]
    /// One plain sentence that sums it up.
    public let sentence: String
    /// Data notes the user must see (coverage, sources, UNVERIFIED rules).
    public let notes: [String]

    public func group(_ id: String) -> GroupStanding? { groups.first { $0.id == id } }
}

/// One program or category: can the profile be invited by it, and its rounds in the window.
public struct GroupStanding: Codable, Sendable, Equatable {
    public let id: String
    public let name: String
    /// Short name for sentences ("CEC").
    public let label: String
    /// "program" or "category".
    public let kind: String
    public let eligibility: Eligibility
    public let reason: String
    /// Part of the rule used is not confirmed in our sources.
    public let unverified: Bool
    /// Rounds of this group in the window.
    public let rounds: Int
    /// How many of them had a cut-off at or below the score (the score alone; see `eligibility`).
    public let passed: Int
    /// The round with the lowest cut-off, and the most recent round.
    public let lowest: RoundRef?
    public let latest: RoundRef?
}

/// What a standing on one date reads from the rules, whatever the profile: the window, its rounds, and
/// each group to report with its names and its rounds. Made once per date (an `Assessor` holds one), as a
/// batch assesses every profile on the same date.
public struct StandingFrame: Sendable {
    public let asOf: LocalDate
    let window: RoundWindow
    let dataFrom: LocalDate
    let dataTo: LocalDate
    let coverageNote: String
    /// The rounds of the window, oldest first.
    let rounds: [Round]
    let ids: [String]
    let groups: [Group]

    struct Group: Sendable {
        let id: String
        let name: String
        let label: String
        let kind: String
        /// Its rounds in the window, oldest first.
        let rounds: [Round]
        let lowest: RoundRef?
        let latest: RoundRef?
        /// The note of an UNVERIFIED group (its threshold's, else its data's).
        let unverifiedNote: String?
    }

    public init(asOf: LocalDate, rules: RuleData = .shared) {
        let data = rules.rounds.body
        let selection = rules.selectionGroups.body
        self.asOf = asOf
        window = RoundWindow(asOf: asOf)
        dataFrom = data.coveredFrom
        dataTo = data.coveredTo
        coverageNote = data.coverageNote
        rounds = data.rounds(from: window.from, to: window.to)
        ids = StandingRules.groupIDs(asOf: asOf, rounds: rounds, rules: rules)
        let rounds = self.rounds
        groups = ids.map { id in
            let d = selection.group(id), g = d?.body
            let mine = rounds.filter { $0.group == id }
            let low = mine.min { ($0.lowestCRS, $1.date) < ($1.lowestCRS, $0.date) }
            return Group(id: id, name: g?.name ?? id, label: g?.label ?? id, kind: g?.kind ?? "category", rounds: mine,
                         lowest: low.map(RoundRef.init), latest: mine.last.map(RoundRef.init),
                         unverifiedNote: d.flatMap { $0.body.thresholdNote ?? $0.provenance.note })
        }
    }
}

public enum StandingRules {
    /// The standing of the profile on `asOf`. `crs`/`fsw`/`cec`: results already computed for it;
    /// `frame`: the rules' part for `asOf`, when already made.
    public static func standing(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared,
                                crs: CRSResult? = nil, fsw: FSWResult? = nil, cec: CECResult? = nil,
                                frame: StandingFrame? = nil) -> Standing {
        let crs = crs ?? CRSRules.assess(p, asOf: asOf, rules: rules)
        let frame = frame.flatMap { $0.asOf == asOf ? $0 : nil } ?? StandingFrame(asOf: asOf, rules: rules)
        let elig = CategoryRules.evaluate(p, ids: frame.ids, asOf: asOf, rules: rules, fsw: fsw, cec: cec, crs: crs)
        let groups = zip(frame.groups, elig).map { g, e -> GroupStanding in
            GroupStanding(id: g.id, name: g.name, label: g.label, kind: g.kind,
                          eligibility: e.eligibility, reason: PlainText.ascii(e.reason), unverified: e.unverified,
                          rounds: g.rounds.count, passed: g.rounds.filter { crs.total >= $0.lowestCRS }.count,
                          lowest: g.lowest, latest: g.latest)
        }
        var notes: [String] = []
        notes.append("\(frame.coverageNote) History, not a forecast: later cut-offs may differ.")
        notes.append("A score equal to a cut-off was invited only if the profile was submitted before that round's tie-break time; no tie-break time is in our sources, so such a round counts as passed.")
        for (g, f) in zip(groups, frame.groups) where g.unverified {
            notes.append(PlainText.ascii("UNVERIFIED - \(g.name): \(f.unverifiedNote ?? g.reason)"))
        }
        let s = Standing(asOf: asOf, window: frame.window, dataFrom: frame.dataFrom, dataTo: frame.dataTo, crs: crs.total,
                         groups: groups, sentence: "", notes: notes)
        return Standing(asOf: s.asOf, window: s.window, dataFrom: s.dataFrom, dataTo: s.dataTo, crs: s.crs,
                        groups: s.groups, sentence: sentence(s), notes: s.notes)
    }

    /// The groups to report: every group in force on the date, then any other group that held a round in the window.
    static func groupIDs(asOf: LocalDate, rounds: [Round], rules: RuleData) -> [String] {
        var ids = CategoryRules.groups(on: asOf, rules: rules).map(\.id)
        for r in rounds where !ids.contains(r.group) { ids.append(r.group) }
        return ids
    }

    /// The standing in one plain sentence, e.g. "In the 12 months to 2026-12-01 there was no round for all
    /// programs; you are not eligible for CEC; no category you qualify for held a round."
    public static func sentence(_ s: Standing) -> String {
        var head = "In the 12 months to \(s.asOf)"
        let overlapFrom = max(s.window.from, s.dataFrom), overlapTo = min(s.window.to, s.dataTo)
        if overlapFrom > overlapTo {
            return "There is no round data for the 12 months to \(s.asOf) (our data covers \(s.dataFrom) to \(s.dataTo))."
        }
        if s.window.from < s.dataFrom || s.window.to > s.dataTo {
            head += " (round data \(overlapFrom) to \(overlapTo))"
        }
        var clauses: [String] = []
        func rangeText(_ g: GroupStanding) -> String {
            var parts: [String] = []
            if let l = g.lowest { parts.append("lowest \(l.lowestCRS)") }
            if let l = g.latest, g.rounds > 1 { parts.append("latest \(l.lowestCRS) on \(l.date)") }
            else if let l = g.latest { parts.append("on \(l.date)") }
            return parts.joined(separator: ", ")
        }
        func passedText(_ g: GroupStanding) -> String {
            "your CRS of \(s.crs) would have passed \(g.passed) of \(g.rounds == 1 ? "its 1 round" : "its \(g.rounds) rounds") (\(rangeText(g)))"
        }
        let programs = s.groups.filter { $0.kind == "program" }
        let categories = s.groups.filter { $0.kind == "category" }

        // Programs without rounds are named together; "all programs" first.
        let silent = programs.filter { $0.rounds == 0 && ($0.id == "general" || $0.eligibility == .eligible && $0.id != "pnp") }
        if !silent.isEmpty {
            clauses.append("there was no round for " + join(silent.map { $0.id == "general" ? "all programs" : $0.label }, "or"))
        }
        for g in programs {
            let name = g.id == "general" ? "all programs" : g.label
            switch (g.eligibility, g.rounds > 0) {
            case (.eligible, true):
                clauses.append(g.id == "general" ? "there were \(g.rounds) rounds for all programs and \(passedText(g))"
                               : g.id == "pnp" ? "with your provincial nomination, \(passedText(g))"
                               : "you are eligible for \(name), and \(passedText(g))")
            case (.eligible, false):
                if g.id == "pnp" { clauses.append("you are nominated, but no PNP round was held") }
            case (.notEligible, true):
                if g.id == "general" { clauses.append("there were \(g.rounds) rounds for all programs (\(rangeText(g))), but you are not eligible for them") }
                else if g.id != "pnp" { clauses.append("you are not eligible for \(name)") }
            case (.notEligible, false):
                if g.id == "cec" { clauses.append("you are not eligible for CEC") }
            case (.unknown, _):
                // "All programs" without a round is already said; an unknown nomination matters only with rounds.
                if g.rounds > 0 || (g.id != "pnp" && g.id != "general") { clauses.append("whether you are eligible for \(name) is not known yet") }
            case (.unverified, _):
                clauses.append("whether you are eligible for \(name) cannot be checked with our data")
            }
        }

        let qualify = categories.filter { $0.eligibility == .eligible }
        let held = qualify.filter { $0.rounds > 0 }
        for g in held { clauses.append("you qualify for the \(g.name) category, and \(passedText(g))") }
        if held.isEmpty {
            let idle = qualify.map(\.name)
            clauses.append("no category you qualify for held a round" + (idle.isEmpty ? "" : " (you qualify for \(join(idle, "and")))"))
        }
        let unknown = categories.filter { $0.eligibility == .unknown && $0.rounds > 0 }
        if !unknown.isEmpty { clauses.append("whether you qualify for \(join(unknown.map(\.name), "or")) is not known yet") }
        let unchecked = categories.filter { $0.eligibility == .unverified && $0.rounds > 0 }
        if !unchecked.isEmpty {
            clauses.append("\(join(unchecked.map(\.name), "and")) held rounds but could not be checked (UNVERIFIED: occupation list not found or incomplete)")
        }
        return PlainText.ascii(head + " " + clauses.joined(separator: "; ") + ".")
    }

    /// "a", "a or b", "a, b or c".
    static func join(_ items: [String], _ word: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
        }
    }
}

// MARK: - Report text for the screens, --plain and `assess`

public enum StandingReport {
    /// One short line: "CRS 427 | no round you qualify for in the 12 months to 2026-12-01 | best gain: French NCLC 9, +72"
    /// (the best gain other than a provincial nomination).
    /// With a nomination counted, or once invited, no change to the profile matters any more: the line says
    /// so instead of naming a gain (a nominee at 1022 was shown "best gain: +48").
    public static func overview(_ s: Standing, whatIf: [WhatIfResult], nominated: Bool = false, invitedOn: LocalDate? = nil) -> String {
        let open = s.groups.filter { $0.eligibility == .eligible && $0.rounds > 0 }
        let total = open.reduce(0) { $0 + $1.rounds }, passed = open.reduce(0) { $0 + $1.passed }
        let middle = total == 0 ? "no round you qualify for in the 12 months to \(s.asOf)"
            : "passed \(passed) of \(total) rounds you qualify for in the 12 months to \(s.asOf)"
        // The best change the user can work on: a nomination needs an employer's job offer, so it is not named here.
        let best = whatIf.first { $0.id != "provincialNomination" && $0.gain > 0 }.map { "best gain: \($0.label), +\($0.gain)" } ?? "no gain found"
        if let invitedOn, invitedOn <= s.asOf {
            return "CRS \(s.crs) | invited to apply on \(invitedOn): the score at the invitation is the one that counts"
        }
        if nominated {
            return "CRS \(s.crs) with the provincial nomination's 600 points | \(middle) | no gain needed"
        }
        return "CRS \(s.crs) | \(middle) | \(best)"
    }

    /// The "Where you stand" report as plain lines (no terminal codes, not wrapped; indented by two spaces a level).
    public static func lines(_ s: Standing, whatIf: [WhatIfResult]) -> [String] {
        var o: [String] = []
        func pad(_ t: String, _ n: Int) -> String { t.count >= n ? t : t + String(repeating: " ", count: n - t.count) }
        o.append("Where you stand on \(s.asOf) (CRS \(s.crs))")
        o.append("  \(s.sentence)")
        o.append("")
        o.append("  Rounds from \(s.window.from) to \(s.window.to) (round data \(s.dataFrom) to \(s.dataTo)):")
        let shown = s.groups.filter { $0.kind == "program" || $0.rounds > 0 || $0.eligibility == .eligible || $0.eligibility == .unknown }
        for g in shown {
            // "Passed" is said only where the round could have invited the profile.
            let passed = g.eligibility == .eligible || g.eligibility == .unknown ? ", your score passed \(g.passed)" : ""
            let rounds = g.rounds == 0 ? "no round"
                : "\(g.rounds) round\(g.rounds == 1 ? "" : "s")\(passed); lowest \(g.lowest!.cited), latest \(g.latest!.cited)"
            o.append("    \(pad(g.eligibility.humanLabel, 13)) \(g.label): \(rounds)")
        }
        let others = s.groups.filter { g in !shown.contains { $0.id == g.id } }
        if !others.isEmpty {
            o.append("    Also checked, no round: " + others.map { "\($0.name) (\($0.eligibility.humanLabel))" }.joined(separator: ", "))
        }
        o.append("")
        o.append("  What would raise your score (each computed by the CRS rules on a changed copy of your profile):")
        if whatIf.isEmpty { o.append("    nothing we can compute for this profile") }
        for w in whatIf {
            let sign = w.gain > 0 ? "+\(w.gain)" : "\(w.gain)"
            o.append("    \(pad(sign, 5)) -> \(pad(String(w.crsTotal), 5)) \(w.change)")
            if !w.crosses.isEmpty {
                o.append("                 would also have passed: " + w.crosses.map(\.text).joined(separator: "; "))
            }
            if let n = w.note { o.append("                 note: \(n)") }
        }
        if !s.notes.isEmpty {
            o.append("")
            for n in s.notes { o.append("  * \(n)") }
        }
        return o.map(PlainText.ascii)
    }
}

extension Assessment {
    /// The standing sentence, or nil when the assessment has no standing.
    public var standingOverview: String? { standingOverview(invitedOn: nil) }

    /// The line, knowing the day of the invitation to apply (the profile's, which the assessment does not keep).
    public func standingOverview(invitedOn: LocalDate?) -> String? {
        standing.map { StandingReport.overview($0, whatIf: whatIf, nominated: crs.points("provincialNomination") > 0, invitedOn: invitedOn) }
    }
    public var standingLines: [String] { standing.map { StandingReport.lines($0, whatIf: whatIf) } ?? [] }
}
