import Foundation
import GuideResources

// Logical checks of the rule tables, beyond what decoding catches: periods that overlap, leave gaps or
// are never closed; tables missing entries the code needs; amounts of the wrong count or sign. Used by
// `oinp-guide rules check`, by the tests, and once at load (reported on standard error in debug builds,
// never fatal: a shipped program keeps answering with the data it has).

/// One problem in the rule data: the file, the entry (table id and period), and what is wrong.
public struct RulesProblem: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let entry: String
    public let problem: String
    public var description: String { "\(file): \(entry): \(problem)" }
}

public enum RulesCheck {
    /// How a series of dated rows must cover time. `continuous`: each period starts the day after the
    /// previous one ends (a price list or an amounts table always has one row in force). `separate`:
    /// periods may leave gaps (a rule that did not exist for a while) but must not overlap.
    /// In both, only the last period may be open-ended: a new period must close the previous one.
    public enum Coverage: Sendable { case continuous, separate }

    /// Deadline ids the code asks for (Deadlines, Checklist, OWP, the question help, documents.json). The test
    /// `deadlineIdsUsedInCodeAreListed` greps Sources for ids in calls and fails when one is missing here.
    public static let requiredDeadlines: [String] = [
        "noiToApplication", "nominationAcceptance", "itaToApplication", "expressEntryProfileValidity",
        "languageResultValidity", "ecaValidity", "medicalValidity",
        "owpJobOfferToEOI", "owpEOIValidity", "owpInvitationToEmployerApproval", "owpInvitationToApplication",
        "owpNominationAcceptance", "owpNominationCertificateValidity",
    ]

    /// Gaps known in the data and accepted for now, each with its reason. A gap not listed here is a problem.
    struct KnownGap { let file: String; let series: String; let from: LocalDate; let to: LocalDate; let why: String }
    static let knownGaps: [KnownGap] = [
        // RULES.md §7 (updated 2026-12-01) now gives a 2022 table ([S1], start date conflicting, §13 #34);
        // funds.json does not carry it yet, so 2022 has no funds table and the guide says the date is not covered.
        KnownGap(file: "funds.json", series: "tables", from: LocalDate(year: 2022, month: 1, day: 1)!,
                 to: LocalDate(year: 2022, month: 12, day: 31)!, why: "2022 table not yet encoded (RULES.md §13 #34)"),
    ]

    /// Every problem in the loaded tables, in file order; empty when the data is sound.
    public static func problems(in rules: RuleData) -> [RulesProblem] {
        var out: [RulesProblem] = []
        out += funds(rules.funds.body)
        out += fees(rules.fees.body)
        out += deadlines(rules.deadlines.body)
        return out
    }

    /// The file names of the rule tables, as RuleData.load asks for them.
    public static let tableFiles: [String] = {
        var names: [String] = []
        _ = try? RuleData.load(bytes: { names.append($0); return EmbeddedResources.bytes(named: $0) })
        return names
    }()

    /// Decodes the tables, with `files` (name -> bytes, e.g. "funds.json") standing in for the embedded
    /// ones, and checks them. A file that does not decode is one problem naming the JSON path.
    public static func problems(replacing files: [String: [UInt8]],
                                embedded: @escaping (String) -> [UInt8]? = EmbeddedResources.bytes(named:)) -> [RulesProblem] {
        let rules: RuleData
        do {
            rules = try RuleData.load(bytes: { files[$0] ?? embedded($0) })
        } catch let e as RuleData.LoadError {
            return [RulesProblem(file: e.file, entry: "(decoding)", problem: e.detail)]
        } catch {
            return [RulesProblem(file: "(rules)", entry: "(decoding)", problem: "\(error)")]
        }
        return problems(in: rules)
    }

    // MARK: - Tables

    static func funds(_ d: FundsData) -> [RulesProblem] {
        let file = "funds.json"
        var out = periods(file, "tables", d.tables.map { ($0.id, $0.provenance) }, .continuous)
        for t in d.tables {
            let entry = "\(t.id) (\(t.provenance.periodDescription))"
            if t.amounts.count != 7 {
                out.append(.init(file: file, entry: entry, problem: "has \(t.amounts.count) amounts; a funds table needs 7 (family sizes 1 to 7) plus additionalMember"))
            }
            if let bad = t.amounts.firstIndex(where: { $0 <= 0 }) {
                out.append(.init(file: file, entry: entry, problem: "the amount for family size \(bad + 1) is \(t.amounts[bad]); amounts must be positive"))
            }
            if let i = t.amounts.indices.dropLast().first(where: { t.amounts[$0] >= t.amounts[$0 + 1] }) {
                out.append(.init(file: file, entry: entry, problem: "the amount for family size \(i + 2) is not larger than for size \(i + 1); a larger family needs more funds"))
            }
            if t.additionalMember <= 0 {
                out.append(.init(file: file, entry: entry, problem: "additionalMember is \(t.additionalMember); it must be positive (funds for each person beyond 7)"))
            }
        }
        return out
    }

    static func fees(_ d: FeesData) -> [RulesProblem] {
        let file = "fees.json"
        var out: [RulesProblem] = []
        for id in Set(d.oinp.map(\.id)).sorted() {
            out += periods(file, "oinp \(id)", d.oinp.filter { $0.id == id }.map { ($0.id, $0.provenance) }, .continuous)
        }
        if !d.oinp.contains(where: { $0.id == "hcpProcessingFee" }) {
            out.append(.init(file: file, entry: "oinp", problem: "has no hcpProcessingFee entry; the HCP fee is shown from it"))
        }
        out += periods(file, "irccPermanentResidence", d.irccPermanentResidence.map { ($0.id, $0.provenance) }, .continuous)
        if d.irccPermanentResidence.isEmpty {
            out.append(.init(file: file, entry: "irccPermanentResidence", problem: "has no period; the PR fees are shown from it"))
        }
        for row in d.irccPermanentResidence {
            for (name, cell) in [("principal", row.principal), ("spouse", row.spouse), ("child", row.child), ("rprf", row.rprf)] {
                if let a = cell.amount, a < 0 {
                    out.append(.init(file: file, entry: "\(row.id) \(name)", problem: "amount is \(a); a fee cannot be negative"))
                }
            }
        }
        return out
    }

    static func deadlines(_ d: DeadlinesData) -> [RulesProblem] {
        let file = "deadlines.json"
        var out: [RulesProblem] = []
        for id in Set(d.items.map(\.id)).sorted() {
            out += periods(file, "items \(id)", d.items.filter { $0.id == id }.map { ($0.id, $0.provenance) }, .separate)
        }
        for id in requiredDeadlines where !d.items.contains(where: { $0.id == id }) {
            out.append(.init(file: file, entry: id, problem: "is missing; the code asks for this deadline by id"))
        }
        for item in d.items {
            if item.amount <= 0 {
                out.append(.init(file: file, entry: "\(item.id) (\(item.provenance.periodDescription))", problem: "amount is \(item.amount); a period must be at least 1"))
            }
            if !["days", "months", "years"].contains(item.unit) {
                out.append(.init(file: file, entry: "\(item.id) (\(item.provenance.periodDescription))", problem: "unit is \"\(item.unit)\"; use days, months or years"))
            }
        }
        out += periods(file, "upfrontMedical", d.upfrontMedical.enumerated().map { ("upfrontMedical[\($0.offset)]", $0.element.provenance) }, .continuous)
        return out
    }

    // MARK: - Periods

    /// Checks one series of periods (rows of the same kind). Rows are taken in start order; nil start = the
    /// beginning of time, nil end = open-ended.
    static func periods(_ file: String, _ series: String, _ rows: [(id: String, p: Provenance)], _ coverage: Coverage) -> [RulesProblem] {
        var out: [RulesProblem] = []
        func name(_ r: (id: String, p: Provenance)) -> String { "\(r.id) (\(r.p.periodDescription))" }
        for r in rows {
            if let f = r.p.effectiveFrom, let t = r.p.effectiveTo, t < f {
                out.append(.init(file: file, entry: name(r), problem: "effectiveTo \(t) is before effectiveFrom \(f)"))
            }
        }
        let sorted = rows.sorted { ($0.p.effectiveFrom ?? .earliest) < ($1.p.effectiveFrom ?? .earliest) }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let bFrom = b.p.effectiveFrom ?? .earliest
            guard let aTo = a.p.effectiveTo else {
                out.append(.init(file: file, entry: name(a), problem: "has no effectiveTo, but \(b.id) starts on \(bFrom): a new period must close the previous one (set effectiveTo to \(bFrom.adding(days: -1)))"))
                continue
            }
            if aTo >= bFrom {
                out.append(.init(file: file, entry: name(a), problem: "overlaps \(name(b)): two periods answer for \(bFrom)"))
            } else if coverage == .continuous, aTo.adding(days: 1) < bFrom {
                let gapFrom = aTo.adding(days: 1), gapTo = bFrom.adding(days: -1)
                let known = knownGaps.contains { $0.file == file && $0.series == series && $0.from == gapFrom && $0.to == gapTo }
                if !known {
                    out.append(.init(file: file, entry: name(a), problem: "leaves a gap from \(gapFrom) to \(gapTo) before \(b.id); \(series) must cover every day (start the next period on \(gapFrom))"))
                }
            }
        }
        return out
    }
}
