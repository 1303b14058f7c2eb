import Foundation
import GuideCore

/// The printable checklist the user asks for from the screen: Markdown, in the current folder,
/// readable by the owner only (the one file written outside the data folder, and only on request).
enum ChecklistFile {
    static func write(_ session: Session, today: LocalDate, folder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws -> String {
        let safeName = String(session.name.map { $0.isLetter || $0.isNumber ? $0 : "-" }.prefix(40))
        let url = folder.appendingPathComponent("oinp-checklist-\(safeName)-\(today).md")
        let report = Checklist.report(session.profile, today: today, title: session.name)
        try SessionStore.writeExport(Data(Checklist.markdown(report).utf8), to: url)
        return url.path
    }
}
