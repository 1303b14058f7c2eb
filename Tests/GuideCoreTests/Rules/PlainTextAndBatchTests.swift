import Foundation
import Testing
@testable import GuideCore

// Words a person reads (no raw enum names, ASCII decoration only) and batch assessment.

/// Every machine word that must never reach a person: camelCase raw values of the profile enums,
/// criterion statuses, stream fits and the CRS transferability tier ids.
private let machineWords: [String] = {
    var w: [String] = []
    w += EducationLevel.allCases.map(\.rawValue)
    w += CanadianStudyCredential.allCases.map(\.rawValue)
    w += LegalStatus.allCases.map(\.rawValue)
    w += CriterionStatus.allCases.map(\.rawValue)
    w += [StreamStatus.Fit.inProcess, .notSuitable].map(\.rawValue)
    w += ["postHCP", "notYetCreated", "twoOrMoreOrMasters", "postSecondaryOneYearOrMore", "threeYearsOrMore", "oneOrTwoYears"]
    return w.filter { $0.contains { $0.isUppercase } }
}()

/// Profiles that reach every education level, spouse case, French result and the grandfathered rulebook.
private func variedProfiles() -> [(Profile, String)] {
    var out: [(Profile, String)] = []
    for (i, level) in EducationLevel.allCases.enumerated() {
        var p = hcpCandidate(asOf: "2026-03-01")
        p.education.level = level
        p.education.isDegree = i % 2 == 0
        p.education.canadianCredential = CanadianStudyCredential.allCases[i % 3]
        p.federalProgram = FederalProgram.allCases[i % 3]
        p.legalStatusInCanada = LegalStatus.allCases[i % LegalStatus.allCases.count]
        if i % 2 == 1 {
            p.maritalStatus = .married
            p.spouse = Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: EducationLevel.allCases[7 - i],
                              languageTests: [celpip(8)], canadianWorkYears: 1, studiedInCanada: true)
            p.languageTests.append(tef(450, 450, 450, 450, on: "2025-10-01"))
        }
        out.append((p, i % 3 == 0 ? "2026-03-01" : "2026-11-29"))
    }
    var g = hcpCandidate(asOf: "2026-03-01")
    g.noiDate = d("2026-03-10")
    g.hcpApplicationReceivedDate = d("2026-04-01")
    out.append((g, "2026-11-29"))
    return out
}

/// Every sentence of a report a person reads.
private func userText(_ a: Assessment) -> [String] {
    var t = [a.renderText(), a.rulebook.reason] + a.unverified + a.crs.notes + a.fsw.notes
    for c in a.criteria + a.fsw.requirements + a.cec.requirements { t += [c.title, c.reason] + c.notes }
    for l in a.crs.breakdown.core + a.crs.breakdown.spouse + a.crs.breakdown.transferability + a.crs.breakdown.additional + a.fsw.breakdown {
        t += [l.label, l.detail]
    }
    for s in a.streams { t += [s.name, s.statusText] + s.reasons + s.notes }
    return t
}

@Suite struct HumanWordsTests {
    @Test func noRawEnumNamesInWhatAPersonReads() {
        for (p, date) in variedProfiles() {
            let a = Assessor(asOf: d(date)).assess(p)
            for text in userText(a) {
                for w in machineWords {
                    // Whole words only: "notMet" must not appear, "met" may.
                    #expect(!text.contains(w), "\"\(w)\" in: \(text)")
                }
            }
        }
    }

    @Test func generatedTextIsASCIIApartFromLetters() throws {
        for (p, date) in variedProfiles() {
            let a = Assessor(asOf: d(date)).assess(p)
            for text in userText(a) + [try a.renderJSON()] {
                #expect(PlainText.isPlain(text), "non-ASCII decoration in: \(text.filter { !$0.isASCII })")
                #expect(!text.contains("\u{00B7}") && !text.contains("\u{2192}") && !text.contains("\u{2014}") && !text.contains("\u{2013}"))
            }
        }
    }

    @Test func everyEnumHasAHumanLabel() {
        for e in EducationLevel.allCases { #expect(e.humanLabel != e.rawValue) }
        for e in CanadianStudyCredential.allCases { #expect(e.humanLabel != e.rawValue) }
        #expect(EducationLevel.mastersOrProfessional.humanLabel == "master's or professional degree")
        #expect(EducationLevel.bachelorOrThreeYear.humanLabel == "bachelor's degree or three-year post-secondary credential")
        #expect(CriterionStatus.notMet.humanLabel == "not met")
        #expect(CriterionStatus.unknown.humanLabel == "not known yet")
        #expect(StreamStatus.Fit.notSuitable.humanLabel == "not suitable")
        #expect(LegalStatus.citizenOrPR.humanLabel == "Canadian citizen or permanent resident")
        #expect(StreamStatusWords.humanLabel("notYetCreated") == "not yet created")
    }

    @Test func educationAndLanguageDetailsUseWordsAndRealValues() {
        // IELTS 8.5/7.5/8.5/7.5 = CLB 10 in all four (RULES.md §6: R 8.0, W 7.5, L 8.5, S 7.5 are the CLB 10 bounds).
        var p = single(age: 30, education: .mastersOrProfessional, language: [ielts(8.5, 7.5, 8.5, 7.5)])
        p.education = Education(level: .mastersOrProfessional, isCanadian: true, isDegree: true)
        let crs = CRSRules.assess(p, asOf: d("2026-11-01"))
        // CRS §5.3, no spouse: master's = 135.
        #expect(crs.line("education")?.points == 135 && crs.line("education")?.detail == "master's or professional degree")
        #expect(crs.line("firstLanguage")?.detail == "IELTS General Training of 2026-01-10: CLB R 10, W 10, L 10, S 10")
        // §5.8: master's is in the two-credentials tier; CLB 9+ in all four -> 50.
        let bundle = crs.line("educationBundle")!
        #expect(bundle.points == 50 && bundle.detail.hasPrefix("master's or professional degree (tier: two or more credentials"))
        #expect(bundle.detail.contains("CLB 9+ in all four -> 50"))
        // FSW §3.2: master's = 23.
        let fsw = FSWRules.assess(p, asOf: d("2026-11-01"))
        #expect(fsw.breakdown.first { $0.id == "education" }?.detail == "master's or professional degree -> 23")
        #expect(fsw.requirements.first { $0.id == "fsw.education" }?.reason == "Highest credential: master's or professional degree, Canadian or with a valid ECA.")
    }

    @Test func federalProgramReasonInWords() {
        let a = Assessor(asOf: d("2026-03-01")).assess(hcpCandidate(asOf: "2026-03-01"))
        let c = a.criterion("federalProgram")!
        // 4 years of foreign work: FSWP minimums met, CEC (Canadian work) not met.
        #expect(c.reason == "FSWP minimums: met; CEC minimums: not met. You chose the Federal Skilled Worker Program (FSWP).")
        #expect(a.renderText().contains("CEC minimums: not met"))
        // Machine values stay in the JSON status.
        #expect(c.status == .met && a.cec.status == .notMet)
    }

    @Test func plainTextMapping() {
        #expect(PlainText.ascii("Québec — TEER 0–3 → CLB ≥ 7 · 2 × 85 ‘x’") == "Québec - TEER 0-3 -> CLB >= 7 , 2 x 85 'x'")
        #expect(PlainText.ascii("plain") == "plain")
        #expect(PlainText.isPlain("Montréal, Côte-Saint-Luc") && !PlainText.isPlain("a · b"))
    }
}

@Suite struct BatchTests {
    private func tempDir() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    @Test func directoryExpandsToItsJSONFilesInOrder() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for n in ["b.json", "a.json", ".hidden.json", "notes.txt"] { try Data("{}".utf8).write(to: dir.appendingPathComponent(n)) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub.json"), withIntermediateDirectories: true)
        let (files, batch, failures) = BatchAssessment.expand([dir.path])
        #expect(files == [dir.path + "/a.json", dir.path + "/b.json"] && batch && failures.isEmpty)
        let one = BatchAssessment.expand([dir.path + "/a.json"])
        #expect(one.files == [dir.path + "/a.json"] && !one.batch)
        #expect(BatchAssessment.expand(["x.json", "y.json"]).batch)
    }

    @Test func invalidFilesNameFileAndFieldAndOthersGoOn() throws {
        let runner = BatchAssessment(asOf: d("2026-11-29"))
        let bad = runner.assess(Data(#"{"maritalStatus":"wed"}"#.utf8), file: "b.json")
        guard case .failure(let f) = bad else { Issue.record("expected a failure"); return }
        #expect(f.description.hasPrefix("b.json: invalid profile: profile.maritalStatus: "))
        let range = runner.assess(Data(#"{"languageTests":[{"type":"ieltsGeneral","scores":{"reading":9.5}}]}"#.utf8), file: "d.json")
        guard case .failure(let g) = range else { Issue.record("expected a failure"); return }
        #expect(g.description.contains("d.json: invalid profile:") && g.description.contains("profile.languageTests[0].scores.reading: 9.5 is outside IELTS 0-9"))
        let good = runner.assess(Data("{}".utf8), file: "ok.json")
        guard case .success(let a) = good else { Issue.record("expected a report"); return }
        #expect(a.profileIssues.isEmpty && a.asOf == d("2026-11-29"))
        #expect(BatchAssessment(asOf: d("2026-11-29")).assess(file: "/nonexistent/p.json").isFailure)
    }

    @Test func jsonLineIsCompactWithFileKey() throws {
        let a = Assessor(asOf: d("2026-03-01")).assess(hcpCandidate(asOf: "2026-03-01"))
        let line = try a.renderJSONLine(file: "dir/p1.json")
        #expect(!line.contains(UInt8(ascii: "\n")))
        let obj = try JSONSerialization.jsonObject(with: line) as! [String: Any]
        #expect(obj["file"] as? String == "dir/p1.json")
        #expect((obj["crs"] as! [String: Any])["total"] as? Int == a.crs.total)
        #expect((obj["fsw"] as! [String: Any])["total"] as? Int == a.fsw.total)
        // Same keys as the single-file report, plus `file`.
        let single = try JSONSerialization.jsonObject(with: Data(try a.renderJSON().utf8)) as! [String: Any]
        #expect(Set(obj.keys) == Set(single.keys).union(["file"]))
        let statuses = (obj["criteria"] as! [[String: Any]]).map { $0["status"] as! String }
        #expect(statuses.allSatisfy { ["met", "notMet", "unknown"].contains($0) })
    }

    @Test func reusedFSWAndCECGiveTheSameCriteria() {
        // The assessor passes its FSW/CEC results to the criteria when the dates agree: same verdicts as computing them anew.
        for (p, date) in variedProfiles() {
            let a = Assessor(asOf: d(date)).assess(p)
            // After the closure without a timely application (RULES.md §0.1, §13 #1) the HCP criteria are history:
            // `criteria` is empty and the same list is under `historical`.
            let hcp = a.rulebook.rulebook == .hcp
            #expect(a.criteria.isEmpty == !hcp && (a.historical == nil) == hcp)
            #expect((hcp ? a.criteria : a.historical?.hcpCriteria ?? []) == HCPRules.criteria(p, on: a.rulebook.criteriaDate))
        }
    }
}

private extension Result {
    var isFailure: Bool { if case .failure = self { return true } else { return false } }
}
