import Foundation
import Testing
@testable import GuideCore

@Suite struct ProfileTests {
    @Test func emptyJSONIsAnEmptyProfile() throws {
        let p = try ProfileJSON.decode(Data("{}".utf8))
        #expect(p == Profile())
        #expect(p.languageTests.isEmpty && p.spouse == Spouse() && p.dateOfBirth == nil)
    }

    @Test func roundTrip() throws {
        var p = hcpCandidate(asOf: "2026-05-01")
        p.maritalStatus = .commonLaw
        p.spouse = Spouse(accompanying: true, canadianCitizenOrPR: false, educationLevel: .twoYear, languageTests: [celpip(6)], canadianWorkYears: 1.5, studiedInCanada: false)
        p.jobOffer = JobOffer(hasOffer: true, nocCode: "21231", lmiaOrExempt: false, inOntario: true)
        let json = try ProfileJSON.encode(p)
        #expect(json.contains("\"dateOfBirth\" : \"1996-04-30\""))
        #expect(try ProfileJSON.decode(Data(json.utf8)) == p)
    }

    @Test func teerFromNOC() {
        #expect(WorkExperience.teer(ofNOC: "21231") == 1)
        #expect(WorkExperience.teer(ofNOC: "00012") == 0)
        #expect(WorkExperience.teer(ofNOC: "22220") == 2)
        #expect(WorkExperience.teer(ofNOC: "2173") == nil)
        #expect(JobOffer(nocCode: "00012").isSeniorManager)
    }

    @Test func familySize() {
        var p = Profile()
        #expect(p.effectiveFamilySize == nil)
        p.maritalStatus = .married
        p.numberOfChildren = 2
        p.spouse.accompanying = false
        #expect(p.effectiveFamilySize == 4)
        #expect(p.hasScoringSpouse == false)
    }

    @Test func decodeErrorsNameTheField() {
        func err(_ s: String) -> String {
            do { _ = try ProfileJSON.decode(Data(s.utf8)); return "" } catch { return error.description }
        }
        #expect(err(#"{"languageTests":[{"type":"ielts"}]}"#).hasPrefix("profile.languageTests[0].type: \"ielts\" is not one of ieltsGeneral"))
        #expect(err(#"{"dateOfBirth":"1990-02-30"}"#).hasPrefix("profile.dateOfBirth:"))
        #expect(err(#"{"settlementFundsCAD":"lots"}"#) == "profile.settlementFundsCAD: expected a number")
        #expect(err(#"{"maritalStatus":"maried"}"#).contains("single, married, commonLaw"))
        #expect(err("{nope").hasPrefix("profile"))
    }

    @Test func validation() {
        var p = Profile()
        p.dateOfBirth = d("2030-01-01")
        p.languageTests = [LanguageTest(type: .ieltsGeneral, testDate: d("2026-01-01"), resultDate: d("2025-12-01"), scores: LanguageScores(reading: 9.5, writing: 6.3, listening: 7, speaking: 7))]
        p.workExperience = [WorkExperience(nocCode: "2173", startDate: d("2025-01-01"), endDate: d("2024-01-01"), hoursPerWeek: -5)]
        p.spouse.languageTests = [LanguageTest(type: .tcfCanada, testDate: d("2025-01-01"), scores: LanguageScores(writing: 21))]
        let issues = p.validate(asOf: d("2026-11-01")).map(\.description)
        #expect(issues.contains("profile.languageTests[0].scores.reading: 9.5 is outside IELTS 0–9"))
        #expect(issues.contains("profile.languageTests[0].scores.writing: 6.3 is not a valid IELTS score (steps of 0.5)"))
        #expect(issues.contains("profile.languageTests[0].resultDate: 2025-12-01 is before the test date 2026-01-01"))
        #expect(issues.contains("profile.dateOfBirth: 2030-01-01 is after 2026-11-01 (the assessment date)"))
        #expect(issues.contains("profile.workExperience[0].hoursPerWeek: -5 is negative"))
        #expect(issues.contains("profile.workExperience[0].endDate: 2024-01-01 is before the start date 2025-01-01"))
        #expect(issues.contains("profile.workExperience[0].nocCode: \"2173\" is not a five-digit NOC 2021 code"))
        #expect(issues.contains("profile.spouse.languageTests[0].scores.writing: 21 is outside TCF Canada 0–20"))
        // The old TEF scale has a smaller range for reading (0–300).
        var q = Profile()
        q.languageTests = [tef(350, 400, 300, 400, on: "2019-01-10")]
        #expect(q.validate(asOf: d("2020-01-01")).map(\.description) == ["profile.languageTests[0].scores.reading: 350 is outside TEF Canada 0–300"])
        #expect(hcpCandidate(asOf: "2026-05-01").validate(asOf: d("2026-05-01")).isEmpty)
        // The OWP application is part of the profile, and so of its checks: a score above the 130-point
        // grid (RULES.md §0.2b) and an invitation before the EOI are reported like any other field.
        var o = Profile()
        o.owp.eoiScore = 131
        o.owp.eoiDate = d("2026-09-01")
        o.owp.invitationDate = d("2026-08-20")
        let owp = o.validate(asOf: d("2026-11-01")).map(\.description)
        #expect(owp.contains("profile.owp.eoiScore: 131 is outside the 0-130 EOI scale"))
        #expect(owp.contains("profile.owp.invitationDate: 2026-08-20 is before eoiDate 2026-09-01"))
    }
}

@Suite struct ReportTests {
    @Test func jsonHasRequiredKeys() throws {
        let a = Assessor(asOf: d("2026-11-01")).assess(hcpCandidate(asOf: "2026-11-01"))
        let json = try a.renderJSON()
        let obj = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(obj["asOf"] as? String == "2026-11-01")
        let crs = obj["crs"] as! [String: Any]
        for k in ["total", "core", "spouse", "transferability", "additional"] { #expect(crs[k] is Int, "crs.\(k)") }
        let breakdown = crs["breakdown"] as! [String: Any]
        #expect((breakdown["core"] as! [[String: Any]]).count == 5)
        let fsw = obj["fsw"] as! [String: Any]
        #expect(fsw["total"] is Int && fsw["eligible"] is Bool && fsw["breakdown"] is [Any])
        // 2026-11-01 is after the HCP closure (RULES.md §0.1, §13 #1) and no HCP application is recorded:
        // the ten HCP criteria are not the applicant's, so they move under `historical` and `criteria` is empty.
        #expect((obj["criteria"] as! [Any]).isEmpty)
        let historical = obj["historical"] as! [String: Any]
        #expect(historical["closedFrom"] as? String == "2026-05-30")
        let criteria = historical["hcpCriteria"] as! [[String: Any]]
        #expect(criteria.count == 10)
        for c in criteria {
            #expect(c["id"] is String && c["reason"] is String)
            #expect(["met", "notMet", "unknown"].contains(c["status"] as! String))
        }
        let streams = obj["streams"] as! [[String: Any]]
        #expect(streams.contains { $0["id"] as? String == "owpTeer0to3" && $0["status"] as? String == "open" && $0["fit"] != nil })
        #expect(!(obj["unverified"] as! [String]).isEmpty)
        #expect(json.contains("\"asOf\" : \"2026-11-01\""))
        // Sorted keys.
        #expect(json.range(of: "\"asOf\"")!.lowerBound < json.range(of: "\"cec\"")!.lowerBound)
    }

    @Test func textShowsVerdictsAndUnverified() {
        let text = Assessor(asOf: d("2026-11-01")).assess(hcpCandidate(asOf: "2026-11-01")).renderText()
        #expect(text.contains("CRS score:") && text.contains("FSW 67-point grid:") && text.contains("UNVERIFIED"))
        #expect(text.contains("closed since 2026-05-30"))
    }

    @Test func unverifiedShownForDatedItems() {
        // TEF 2019–2023 scale, 2026 spouse fee, stale funds table and the Nov 2026 CRS claim are listed.
        var p = hcpCandidate(asOf: "2026-11-01")
        p.maritalStatus = .married
        p.spouse = Spouse(accompanying: true, canadianCitizenOrPR: false)
        let a = Assessor(asOf: d("2026-11-29")).assess(p)
        #expect(a.unverified.contains { $0.contains("November 3, 2026") })
        #expect(a.unverified.contains { $0.contains("spouse/partner") })
        #expect(a.unverified.contains { $0.contains("settlement-funds table") })
        var q = Profile()
        q.languageTests = [tef(500, 500, 500, 500, on: "2022-10-01")]
        #expect(Assessor(asOf: d("2023-06-01")).assess(q).unverified.contains { $0.contains("TEF Canada") })
    }

    @Test func fundsRefusedWhenNotCovered() {
        // §7: no table before the 2021 one (update by 2021-07-15).
        var p = hcpCandidate(asOf: "2021-06-01")
        p.numberOfChildren = 0
        let a = Assessor(asOf: d("2021-06-01")).assess(p)
        #expect(a.funds == nil)
        let c = a.criterion("settlementFunds")!
        #expect(c.status == .unknown && c.reason.contains("No settlement-funds table"))
    }
}
