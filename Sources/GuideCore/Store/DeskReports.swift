import Foundation

/// Reports over many sessions at once, read straight from the store (`assess --all-sessions`,
/// `checklist --all-sessions`): one row per session or per item, as CSV or escaped Markdown.
public enum DeskReports {
    /// Every session, most recent first, with its full answers (decoded one by one).
    public static func sessions(_ store: SessionStore) throws -> [Session] {
        try store.list().map { try store.load(id: $0.id) }
    }

    public static let assessmentHeader = ["session_id", "name", "file_number", "step", "crs_total", "crs_core", "crs_spouse",
                                          "crs_transferability", "crs_additional", "fsw_total", "fsw_pass_mark", "fsw_eligible",
                                          "cec_eligible", "route", "recommended_streams", "profile_issues", "unverified_notes"]

    public static func assessmentRow(_ s: Session, _ a: Assessment) -> [String] {
        [s.id, s.name, s.client.fileNumber ?? "", "\(s.position.step.number)", "\(a.crs.total)", "\(a.crs.core)", "\(a.crs.spouse)",
         "\(a.crs.transferability)", "\(a.crs.additional)", "\(a.fsw.total)", "\(a.fsw.passMark)", a.fsw.eligible ? "yes" : "no",
         a.cec.eligible ? "yes" : "no", a.route.effective.rawValue, a.recommendations.joined(separator: ";"),
         "\(a.profileIssues.count)", "\(a.unverified.count)"]
    }

    /// One session's assessment with its session, for JSON and JSON Lines.
    public struct SessionAssessment: Encodable {
        public let session: String
        public let name: String
        public let fileNumber: String?
        public let assessment: Assessment
        public init(_ s: Session, _ a: Assessment) { session = s.id; name = s.name; fileNumber = s.client.fileNumber; assessment = a }
    }

    public static let checklistHeader = ["session_id", "name", "file_number", "person", "document", "status", "step", "expires", "flag", "unverified"]

    public static func checklistRow(_ s: Session, _ item: ChecklistItem) -> [String] {
        [s.id, s.name, s.client.fileNumber ?? "", item.personLabel, item.fullTitle, item.status.label, item.step.rawValue,
         item.expires?.description ?? "", item.flag.map { "\($0)" } ?? "", item.unverified ? "UNVERIFIED" : ""]
    }

    /// The items of many sessions as Markdown: a heading per session; what users typed is escaped.
    public static func checklistMarkdown(_ groups: [(Session, [ChecklistItem])], asOf: LocalDate, statusLabel: String) -> String {
        var out = "# Document checklists (\(statusLabel)), as of \(asOf)\n\n"
        for (s, items) in groups {
            let file = s.client.fileNumber.map { " — file \(MarkdownText.escape($0))" } ?? ""
            out += "## \(MarkdownText.escape(s.name))\(file)\n\nSession `\(s.id)`\n\n"
            if items.isEmpty { out += "Nothing \(statusLabel).\n\n"; continue }
            for item in items {
                var line = "- [ ] \(MarkdownText.escape(item.personLabel)): \(MarkdownText.escape(item.fullTitle)) — \(item.status.label)"
                if let e = item.expires { line += " — expires \(e)" }
                if item.flag != nil { line += " — **EXPIRES**" }
                if item.unverified { line += " — UNVERIFIED" }
                if let note = item.note, !note.isEmpty { line += " — note: \(MarkdownText.escape(note))" }
                out += line + "\n"
            }
            out += "\n"
        }
        return out
    }
}
