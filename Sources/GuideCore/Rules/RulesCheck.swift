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
    /// None today: the 2022 funds table (RULES.md section 7, revised 2026-12-01) closed the one gap there was.
    static let knownGaps: [KnownGap] = []

    /// Every problem in the loaded tables, in file order; empty when the data is sound. `files` gives the
    /// bytes the tables were read from, where the source ids they cite are looked for.
    public static func problems(in rules: RuleData, files: (String) -> [UInt8]? = EmbeddedResources.bytes(named:)) -> [RulesProblem] {
        var out: [RulesProblem] = []
        out += funds(rules.funds.body)
        out += fees(rules.fees.body)
        out += deadlines(rules.deadlines.body)
        out += sources(rules.sourceList, files: files)
        return out
    }

    /// The files `rules check` accepts: the rule tables, and the document catalogue (its source ids are checked).
    public static var checkedFiles: [String] { tableFiles + ["documents.json"] }

    /// The files that cite sources.json by id.
    static var citingFiles: [String] { checkedFiles.filter { $0 != "sources.json" } }

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
        return problems(in: rules, files: { files[$0] ?? embedded($0) })
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

    // MARK: - Sources

    /// Source ids: every id a table cites is in sources.json, and every record there is cited somewhere.
    static func sources(_ list: SourceList, files: (String) -> [UInt8]?) -> [RulesProblem] {
        let file = "sources.json"
        var out: [RulesProblem] = []
        var seen: Set<String> = []
        for s in list.sources {
            if !seen.insert(s.id).inserted {
                out.append(.init(file: file, entry: s.id, problem: "appears twice; each source needs its own id"))
            }
            if s.url == nil && s.title == nil {
                out.append(.init(file: file, entry: s.id, problem: "has neither url nor title; give its address, or say in title what it is"))
            }
        }
        var cited: Set<String> = []
        for name in citingFiles {
            guard let bytes = files(name), let json = try? JSONSerialization.jsonObject(with: Data(bytes)) else { continue }
            for c in citations(in: json) {
                var inList: Set<String> = []
                for (i, id) in c.ids.enumerated() {
                    cited.insert(id)
                    if list.source(id) == nil {
                        let fix = id.contains("://")
                            ? "is an address, not a source id; add a record for it to sources.json and cite the record's id"
                            : "is not in sources.json; add a record for it there, or cite one of its ids"
                        out.append(.init(file: name, entry: c.entry, problem: "sources[\(i)] \"\(id)\" \(fix)"))
                    }
                    if !inList.insert(id).inserted {
                        out.append(.init(file: name, entry: c.entry, problem: "cites \"\(id)\" twice"))
                    }
                }
            }
        }
        for s in list.sources where !cited.contains(s.id) {
            out.append(.init(file: file, entry: s.id, problem: "is cited by no table and not by documents.json; cite it where it is used, or remove it"))
        }
        return out
    }

    /// Every `"sources"` list in a decoded JSON file, with the entry that holds it: its id and period
    /// ("funds2023 (2023-04-25 to 2024-05-27)"), the nearest id above it plus the path, or "(table)".
    static func citations(in json: Any) -> [(entry: String, ids: [String])] {
        var out: [(entry: String, ids: [String])] = []
        func period(_ d: [String: Any]) -> String? {
            guard d.keys.contains("effectiveFrom") || d.keys.contains("effectiveTo") else { return nil }
            let f = d["effectiveFrom"] as? String, t = d["effectiveTo"] as? String
            switch (f, t) {
            case (nil, nil): return "no end date"
            case (let f?, nil): return "from \(f)"
            case (nil, let t?): return "until \(t)"
            case (let f?, let t?): return "\(f) to \(t)"
            }
        }
        func walk(_ v: Any, path: String, owner: String?, below: String) {
            if let d = v as? [String: Any] {
                let isTop = path.isEmpty
                let id = isTop ? nil : d["id"] as? String
                let name = id ?? owner
                let rest = id == nil ? below : ""
                if let list = d["sources"] {
                    var entry = isTop ? "(table)" : [name, rest.isEmpty ? nil : rest].compactMap { $0 }.joined(separator: " ")
                    if entry.isEmpty { entry = path }
                    if !isTop, let p = period(d) { entry += " (\(p))" }
                    let ids = (list as? [Any])?.map { ($0 as? String) ?? "\($0)" } ?? ["\(list)"]
                    out.append((entry, ids))
                }
                for (k, x) in d.sorted(by: { $0.key < $1.key }) where k != "sources" {
                    walk(x, path: path.isEmpty ? k : "\(path).\(k)", owner: name, below: rest.isEmpty ? k : "\(rest).\(k)")
                }
            } else if let a = v as? [Any] {
                for (i, x) in a.enumerated() { walk(x, path: "\(path)[\(i)]", owner: owner, below: "\(below)[\(i)]") }
            }
        }
        walk(json, path: "", owner: nil, below: "")
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
