import Foundation

/// The exported checklist: what `oinp-guide checklist --format json` prints.
public struct ChecklistReport: Codable, Equatable, Sendable {
    /// The session name, when exported from a session.
    public var title: String?
    public var asOf: LocalDate
    /// The OINP (HCP) items are included.
    public var oinpRoute: Bool
    public var deadlines: [StepDeadline]
    public var counts: ChecklistCounts
    public var items: [ChecklistItem]
    /// Catalogue items not derived from the answers (no question yet), by title.
    public var notDerived: [String]
    /// The catalogue's own as-of line.
    public var catalogueAsOf: String?

    public init(title: String?, asOf: LocalDate, oinpRoute: Bool, deadlines: [StepDeadline], counts: ChecklistCounts,
                items: [ChecklistItem], notDerived: [String], catalogueAsOf: String?) {
        self.title = title
        self.asOf = asOf
        self.oinpRoute = oinpRoute
        self.deadlines = deadlines
        self.counts = counts
        self.items = items
        self.notDerived = notDerived
        self.catalogueAsOf = catalogueAsOf
    }
}

extension Checklist {
    /// Everything the export needs, derived on `today`.
    public static func report(_ profile: Profile, today: LocalDate, title: String? = nil, rules: RuleData = .shared,
                              catalogue: Dated<DocumentCatalogueData> = DocumentCatalogue.shared) -> ChecklistReport {
        let items = derive(profile, today: today, rules: rules, catalogue: catalogue)
        let oinp = isOINPRoute(profile, today: today, rules: rules)
        let steps: Set<Step> = oinp ? [.oinp, .pr] : [.pr]
        return ChecklistReport(title: title, asOf: today, oinpRoute: oinp, deadlines: deadlines(profile, today: today, rules: rules),
                               counts: counts(items), items: items,
                               notDerived: notDerived(steps: steps, catalogue: catalogue).map { "\($0.title) (\($0.step == .oinp ? "OINP" : "PR"), \($0.reference))" },
                               catalogueAsOf: catalogue.provenance.asOf)
    }

    /// JSON with sorted keys (stable for diffs and tests).
    public static func json(_ report: ChecklistReport) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(report), as: UTF8.self)
    }

    public static func decodeReport(_ json: String) throws -> ChecklistReport {
        try JSONDecoder().decode(ChecklistReport.self, from: Data(json.utf8))
    }

    /// The checkbox line of an item: `- [x] Title (instance) — have it`; done = have it or not applicable.
    public static func markdownLine(_ item: ChecklistItem) -> String {
        let box = item.status == .have || item.status == .notApplicable ? "[x]" : "[ ]"
        var line = "- \(box) \(item.fullTitle) — \(item.status.label)"
        if item.flag != nil { line += " — **EXPIRES**" }
        if item.unverified { line += " — UNVERIFIED" }
        return line
    }

    /// A printable Markdown checklist grouped by step, then person, with deadlines, dates, notes and flags.
    public static func markdown(_ items: [ChecklistItem], asOf: LocalDate, title: String? = nil,
                                deadlines: [StepDeadline] = [], notDerived: [String] = [], catalogueAsOf: String? = nil) -> String {
        var out: [String] = []
        out.append(title.map { "# Document checklist: \($0)" } ?? "# Document checklist")
        out.append("")
        let c = counts(items)
        out.append("As of \(asOf). \(c.all) items: \(c.missing) missing, \(c.expiring) expiring, \(c.have) in hand, \(c.notApplicable) not applicable.")
        out.append("")
        out.append("Marks: `[x]` = have it or not applicable; `[ ]` = needed or requested; **EXPIRES** = expired, or no longer valid on the step's deadline; UNVERIFIED = the source for this rule was not confirmed.")
        if let a = catalogueAsOf { out.append(""); out.append("Document rules as of: \(a)") }
        let groups = grouped(items)
        var lastStep: Step?
        for g in groups {
            if g.step != lastStep {
                lastStep = g.step
                out.append("")
                out.append("## Step \(g.step.number): \(g.step.title)")
                out.append("")
                let d = deadlines.first { $0.step == g.step } ?? g.items.first?.deadline
                if let d {
                    var line = "Deadline: \(d.label) \(d.date)"
                    if let s = d.submitted { line += " — submitted \(s)." } else { line += " — " + daysText(asOf.days(until: d.date)) + "." }
                    out.append(line)
                } else {
                    out.append(g.step == .oinp ? "Deadline: not known yet (\(Deadlines.period("noiToApplication")) from the Notification of Interest)." : "Deadline: not known yet (\(Deadlines.period("itaToApplication")) from the Invitation to Apply).")
                }
            }
            out.append("")
            out.append("### \(g.person.label)")
            out.append("")
            for item in g.items {
                out.append(markdownLine(item))
                out.append("  - Contents: \(item.details)")
                var dates: [String] = []
                if let i = item.issued { dates.append("issued \(i)") }
                if let e = item.expires { dates.append("expires \(e)") }
                if !dates.isEmpty { out.append("  - Dates: " + dates.joined(separator: ", ")) }
                if let f = item.flag { out.append("  - **\(f.text)**") }
                for n in item.notes { out.append("  - \(n)") }
                if let n = item.note, !n.isEmpty { out.append("  - Note: \(n)") }
                out.append("  - Source: RULES.md \(item.reference)" + (item.tag.map { " \($0)" } ?? ""))
            }
        }
        if !notDerived.isEmpty {
            out.append("")
            out.append("## Not derived from your answers")
            out.append("")
            out.append("Add these if they apply to you:")
            out.append("")
            for n in notDerived { out.append("- [ ] \(n)") }
        }
        out.append("")
        return out.joined(separator: "\n")
    }

    public static func markdown(_ report: ChecklistReport) -> String {
        markdown(report.items, asOf: report.asOf, title: report.title, deadlines: report.deadlines,
                 notDerived: report.notDerived, catalogueAsOf: report.catalogueAsOf)
    }

    static func daysText(_ days: Int) -> String {
        switch days {
        case 0: return "today"
        case 1: return "1 day left"
        case 2...: return "\(days) days left"
        case -1: return "passed yesterday"
        default: return "passed \(-days) days ago"
        }
    }
}
