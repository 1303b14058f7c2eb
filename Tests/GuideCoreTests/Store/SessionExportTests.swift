import Foundation
import Testing
@testable import GuideCore

private func day(_ s: String) -> LocalDate { try! LocalDate.parse(s) }

/// Every field of the profile set, including the whole of `filing`.
func fullProfile() -> Profile {
    var p = profileWithDeadlines()
    p.spouse = Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: .bachelorOrThreeYear,
                      languageTests: [LanguageTest(type: .celpipGeneral, testDate: day("2025-03-01"), resultDate: day("2025-03-10"),
                                                   scores: LanguageScores(reading: 9, writing: 8, listening: 10, speaking: 7))],
                      canadianWorkYears: 1.5, studiedInCanada: false)
    p.numberOfChildren = 2
    p.familySize = 4
    p.education = Education(level: .mastersOrProfessional, isCanadian: false, hasECA: true, ecaIssueDate: day("2024-05-02"),
                            isDegree: true, canadianCredential: CanadianStudyCredential.none, studiedInCanadaTwoYears: false)
    p.firstOfficialLanguage = .english
    p.workExperience = [WorkExperience(nocCode: "21231", title: "Software engineer — “lead”", startDate: day("2019-01-07"),
                                       endDate: nil, hoursPerWeek: 37.5, country: "BR", paid: true, inCanada: false,
                                       selfEmployed: false, whileFullTimeStudent: false)]
    p.certificateOfQualification = false
    p.jobOffer = JobOffer(hasOffer: false)
    p.siblingInCanada = true
    p.relativeInCanada = true
    p.settlementFundsCAD = 31_234.56
    p.countryOfResidence = "BR"
    p.legalStatusInCanada = LegalStatus.none
    p.intendsToLiveInOntario = true
    p.federalProgram = .fswp
    p.hcpApplicationReceivedDate = day("2026-01-10")
    var f = Filing()
    f.expressEntryProfileNumber = "E001234567"
    f.jobSeekerValidationCode = "AB1234567890"
    f.receivedNOI = true
    f.oinpApplicationSubmitted = day("2026-01-10")
    f.oinpFeePaid = true
    f.nominationDate = day("2026-03-02")
    f.nominationAccepted = day("2026-03-05")
    f.receivedITA = true
    f.itaDate = day("2026-03-20")
    f.prFeesPaid = true
    f.biometricsDate = day("2026-04-01")
    f.medicalExamDate = day("2026-04-03")
    f.policeCertificatesObtained = true
    f.prApplicationSubmitted = day("2026-04-10")
    f.acknowledgementOfReceipt = day("2026-04-11")
    p.filing = f
    return p
}

@Suite("Export and import")
struct SessionExportTests {
    let asOf = day("2026-05-01")

    @Test("profile → export → import → profile is exact, filing included; name and position travel too")
    func roundTrip() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let profile = fullProfile()
        #expect(profile.validate(asOf: asOf).isEmpty)
        let s = try store.create(name: "Ana Souza — 李", profile: profile, position: JourneyPosition(step: .pr, questionID: "itaDate"))
        let data = try store.exportJSON(id: s.id)
        let imported = try store.importJSON(data, asOf: asOf)
        #expect(imported.id != s.id)
        let back = try store.load(id: imported.id)
        #expect(back.profile == profile)
        #expect(back.profile.filing == profile.filing)
        #expect(back.name == "Ana Souza — 李")
        #expect(back.position == JourneyPosition(step: .pr, questionID: "itaDate"))
        // Exporting the import gives the same bytes.
        #expect(try store.exportJSON(id: imported.id) == data)
        // --name wins over the file's name.
        #expect(try store.importJSON(data, name: "Copy", asOf: asOf).name == "Copy")
    }

    @Test("the export is the documented profile format: ProfileJSON reads it, and it holds ProfileJSON.encode's keys plus _session")
    func format() throws {
        let s = Session(name: "Ana", profile: fullProfile(), position: JourneyPosition(step: .oinp, questionID: "noiDate"))
        let data = try SessionStore.exportJSON(s)
        #expect(try ProfileJSON.decode(data) == s.profile)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(try ProfileJSON.encode(s.profile).utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(plain.keys).union(["_session"]))
        let info = try #require(object["_session"] as? [String: Any])
        #expect(info["name"] as? String == "Ana" && info["step"] as? String == "oinp" && info["questionID"] as? String == "noiDate")
        #expect(String(decoding: data, as: UTF8.self).hasSuffix("}\n"))
    }

    @Test("a plain profile file imports under the given name, at step 1")
    func plainProfile() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let s = try store.importJSON(Data(#"{"dateOfBirth": "1990-01-01", "filing": {"receivedNOI": false}}"#.utf8), name: "Plain", asOf: asOf)
        #expect(s.name == "Plain" && s.position == JourneyPosition())
        #expect(try store.load(id: s.id).profile.filing.receivedNOI == false)
        #expect(try store.importJSON(Data("{}".utf8), asOf: asOf).name == "Imported session")
    }

    @Test("a bad file is rejected naming the field, and nothing is stored",
          arguments: [
            (#"{"noiDate": "2026-02-30"}"#, "profile.noiDate"),
            (#"{"maritalStatus": "engaged"}"#, "profile.maritalStatus"),
            (#"{"filing": {"itaDate": 5}}"#, "profile.filing.itaDate"),
            (#"{"languageTests": [{"type": "ieltsGeneral", "scores": {"reading": 9.5}}]}"#, "profile.languageTests[0].scores.reading"),
            (#"{"_session": {"name": 7}}"#, "_session.name"),
            (#"{"_session": {"name": "x", "step": "step9"}}"#, "_session.step"),
            ("not json", "profile"),
            ("[1, 2]", "profile"),
          ])
    func rejects(json: String, field: String) throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        do {
            try store.importJSON(Data(json.utf8), asOf: asOf)
            Issue.record("\(json) was accepted")
        } catch let StoreError.badImport(f, message) {
            #expect(f == field, "\(message)")
            #expect(!message.isEmpty)
        }
        #expect(try store.list().isEmpty)
    }

    @Test("an export file is written 0600, replacing what was there")
    func exportFileMode() throws {
        let dir = storeTempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("ana.json")
        try Data("old".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let data = try SessionStore.exportJSON(Session(name: "Ana", profile: fullProfile()))
        try SessionStore.writeExport(data, to: file)
        #expect(try Data(contentsOf: file) == data)
        #expect(try fileMode(file.path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["ana.json"])  // no temporary left
        #expect(throws: StoreError.self) { try SessionStore.writeExport(data, to: dir.appendingPathComponent("no/such/dir.json")) }
    }
}
