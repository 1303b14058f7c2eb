import Foundation
import GuideResources
import Testing
@testable import GuideCore

/// No period of deadlines.json is typed as prose in the question help or the screens: such sentences
/// are built with Deadlines.period(id), so a data change cannot leave a stale "45 days" behind.
@Suite("Periods in prose come from the data")
struct PeriodProseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Phrases with the same number and unit as some deadline that are not that deadline (each says what it is).
    static let notDeadlines: [String] = [
        "living together for at least 12 months",   // the common-law definition
        "(1 or 2 years)", "1- or 2-year credential", // a study programme's length (CRS)
        "at least 2 years full time",                // an Ontario credential's length (OWP)
        "6 months or more in a row",                 // the stays that need a police certificate
        "less than 6 months old",                    // a police certificate's age
        "finalized in about 6 months",               // IRCC's processing time
        "under 6 months",                            // the OWP EOI experience bands (owp.json)
        "within the last 12 months",                 // the OWP experience window (owp.json)
        "over the last 5 years",                     // the OWP earnings window (owp.json)
        "6 months in the position", "2 years in the occupation within 5 years", // the OWP experience ways
        "1-2 year Canadian credential",              // a study programme's length (CRS breakdown)
        "the 12 months to",                          // the standing's look-back over rounds (RoundWindow)
        "aiting 12 months",                          // the what-if "Waiting 12 months" (a year older)
        "2 years of experience in the occupation within 5 years", // the Foreign Worker stream's experience
        "due within 14 days",                        // the sessions list filter
    ]

    /// Sources whose strings are read: all of GuideCore (journey, checklist, rules), the screens and the
    /// commands - every place that writes a sentence for the user.
    static func sources() throws -> [URL] {
        let dirs = ["Sources/GuideCore", "Sources/GuideUI", "Sources/oinp-guide"]
        var out: [URL] = []
        for dir in dirs {
            let e = FileManager.default.enumerator(at: root.appendingPathComponent(dir), includingPropertiesForKeys: nil)
            while let url = e?.nextObject() as? URL {
                if url.pathExtension == "swift" { out.append(url) }
            }
        }
        return out.sorted { $0.path < $1.path }
    }

    @Test("no string literal in GuideCore, GuideUI or the commands types a deadline's period (\"45 days\", \"12 months\"…)")
    func noPeriodLiterals() throws {
        let data = RuleData.shared.deadlines.body.items
        // Every number and unit of deadlines.json, as prose would type it: "45 days", "45 calendar days", "6-month".
        let periods = Set(data.map { "\($0.amount) \($0.unit)" }).sorted()
        let patterns = try periods.map { p -> (String, NSRegularExpression) in
            let parts = p.split(separator: " ")
            let stem = parts[1].dropLast()
            return (p, try NSRegularExpression(pattern: "\\b\(parts[0])[ -](calendar )?\(stem)s?\\b"))
        }
        let literal = try NSRegularExpression(pattern: #""(?:[^"\\]|\\.)*""#)
        var found: [String] = []
        let files = try Self.sources()
        #expect(files.count > 5, "the sources were not found from \(Self.root.path)")
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (n, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                let ns = line as NSString
                for m in literal.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
                    var text = ns.substring(with: m.range)
                    for ok in Self.notDeadlines { text = text.replacingOccurrences(of: ok, with: "") }
                    for (period, re) in patterns where re.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil {
                        let ids = data.filter { "\($0.amount) \($0.unit)" == period }.map(\.id).joined(separator: " or ")
                        found.append("\(file.lastPathComponent):\(n + 1): \"\(period)\" typed in a string; build it with Deadlines.period(\"\(ids)\") (or, if it is not that deadline, add the phrase to notDeadlines with what it is)")
                    }
                }
            }
        }
        #expect(found == [], "\(found.joined(separator: "\n"))")
    }

    @Test("the scan reads the checklist, the rules and the commands, not only the journey and the screens")
    func scanCoversTheChecklist() throws {
        let names = Set(try Self.sources().map(\.lastPathComponent))
        for file in ["Checklist.swift", "ChecklistExport.swift", "Funds.swift", "RulesCommand.swift", "Questions+OWP.swift", "SummaryView.swift"] {
            #expect(names.contains(file), "\(file) is not scanned")
        }
    }

    @Test("the checklist's step deadlines say the periods of deadlines.json, and follow an edit of it")
    func checklistDeadlineSentence() throws {
        var p = Profile()
        p.filing.itaDate = d("2026-11-02")
        // §9: e-APR within 60 days of the ITA: 2026-11-02 + 60 days = 2027-01-01.
        let pr = Checklist.deadlines(p, today: d("2026-11-10")).first { $0.step == .pr }
        #expect(pr?.date == d("2027-01-01"))
        #expect(pr?.label == "Submit your PR application (e-APR) by (60 calendar days from the ITA)")
        // The same sentence with 90 days in the data (the COVID-era figure of §9): 2026-11-02 + 90 = 2027-01-31.
        var t = RulesCheckTests.table("deadlines.json")
        RulesCheckTests.rows(&t, "items") { rows in
            let i = rows.firstIndex { $0["id"] as? String == "itaToApplication" }!
            rows[i]["amount"] = 90
        }
        let bytes = [UInt8](try JSONSerialization.data(withJSONObject: t))
        let edited = try RuleData.load { $0 == "deadlines.json" ? bytes : EmbeddedResources.bytes(named: $0) }
        let pr90 = Checklist.deadlines(p, today: d("2026-11-10"), rules: edited).first { $0.step == .pr }
        #expect(pr90?.date == d("2027-01-31"))
        #expect(pr90?.label == "Submit your PR application (e-APR) by (90 calendar days from the ITA)")
        // §1.3: OINP must receive the application within 45 calendar days of the NOI: 2026-03-01 + 45 = 2026-04-15.
        var h = Profile()
        h.noiDate = d("2026-03-01")
        let oinp = Checklist.deadlines(h, today: d("2026-03-10")).first { $0.step == .oinp }
        #expect(oinp?.date == d("2026-04-15"))
        #expect(oinp?.label == "OINP must receive your application by (45 calendar days from the NOI)")
    }

    @Test("the check finds a typed period (it can fail)")
    func detectorFinds() throws {
        let re = try NSRegularExpression(pattern: "\\b45[ -](calendar )?days?\\b")
        for sample in ["within 45 calendar days of", "45 days", "a 45-day window"] {
            #expect(re.firstMatch(in: sample, range: NSRange(location: 0, length: sample.utf16.count)) != nil, "\(sample)")
        }
        #expect(re.firstMatch(in: "145 days", range: NSRange(location: 0, length: 8)) == nil)
    }

    @Test("every deadline id the code asks for is in RulesCheck.requiredDeadlines, so a missing one fails the check")
    func deadlineIdsUsedInCodeAreListed() throws {
        // Calls that take a deadline id as their first string: Deadlines.due/note/submittedNote/period,
        // deadlines.body.item(id, on:), and the add(…) helpers of Deadlines.all and OWPRules.deadlineLines.
        let call = try NSRegularExpression(pattern: #"(?:Deadlines\.(?:due|note|submittedNote|period)\((?:adding:\s*)?|deadlines\.body\.item\()"(\w+)""#)
        // The add(…) helpers that list deadlines take the id first, in these two files only.
        let add = try NSRegularExpression(pattern: #"\badd\((?:\.\w+,\s*)?"(\w+)""#)
        let listers: Set<String> = ["Deadlines.swift", "OWP.swift"]
        var used: Set<String> = []
        let dirs = ["Sources/GuideCore", "Sources/GuideUI"]
        for dir in dirs {
            let e = FileManager.default.enumerator(at: Self.root.appendingPathComponent(dir), includingPropertiesForKeys: nil)
            while let url = e?.nextObject() as? URL {
                guard url.pathExtension == "swift" else { continue }
                let text = try String(contentsOf: url, encoding: .utf8)
                let ns = text as NSString
                let found = call.matches(in: text, range: NSRange(location: 0, length: ns.length))
                    + (listers.contains(url.lastPathComponent) ? add.matches(in: text, range: NSRange(location: 0, length: ns.length)) : [])
                for m in found {
                    used.insert(ns.substring(with: m.range(at: 1)))
                }
            }
        }
        // documents.json names the validity of a document by deadline id.
        let documents = try String(contentsOf: Self.root.appendingPathComponent("Resources/data/documents.json"), encoding: .utf8)
        let validity = try NSRegularExpression(pattern: #""validity":\s*"(\w+)""#)
        for m in validity.matches(in: documents, range: NSRange(location: 0, length: (documents as NSString).length)) {
            used.insert((documents as NSString).substring(with: m.range(at: 1)))
        }
        #expect(used.contains("noiToApplication") && used.contains("ecaValidity"), "the id search found \(used.sorted())")
        let listed = Set(RulesCheck.requiredDeadlines)
        #expect(used.subtracting(listed).sorted() == [], "ids used in code but not in RulesCheck.requiredDeadlines")
    }
}
