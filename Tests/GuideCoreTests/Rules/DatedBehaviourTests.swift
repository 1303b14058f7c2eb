import Foundation
import Testing
@testable import GuideCore

// Dated behaviour: which rulebook applies, stream status by date, HCP criteria verdicts and reasons, NOC search.

/// A strong HCP candidate (FSWP track) on `date`, with an ECA master's and CLB 10.
func hcpCandidate(asOf date: String) -> Profile {
    var p = single(age: 30, asOf: date, education: .mastersOrProfessional, language: [celpip(10, on: d(date).adding(months: -6).description)],
                   work: [job(from: d(date).adding(years: -4).description, to: nil, inCanada: false)])
    p.education = Education(level: .mastersOrProfessional, isCanadian: false, hasECA: true, ecaIssueDate: d(date).adding(years: -1), isDegree: true)
    p.numberOfChildren = 0
    p.settlementFundsCAD = 20000
    p.legalStatusInCanada = LegalStatus.none
    p.intendsToLiveInOntario = true
    p.federalProgram = .fswp
    p.expressEntryProfileDate = d(date).adding(months: -3)
    return p
}

@Suite struct RulebookTests {
    @Test func openOnMay29() {
        let r = HCPRules.rulebook(for: Profile(), asOf: d("2026-05-29"))
        #expect(r.rulebook == .hcp && r.hcpOpen && !r.grandfathered)
        #expect(StreamRules.status(of: "humanCapitalPriorities", on: d("2026-05-29"))?.status == "open")
    }

    @Test func closedOnMay30() {
        let r = HCPRules.rulebook(for: Profile(), asOf: d("2026-05-30"))
        #expect(r.rulebook == .postHCP && !r.hcpOpen)
        #expect(r.reason.contains("2026-05-30"))
        let s = StreamRules.status(of: "humanCapitalPriorities", on: d("2026-05-30"))!
        #expect(s.status == "closed" && s.since == d("2026-05-30"))
    }

    @Test func receivedBeforeClosureStillApplies() {
        var p = hcpCandidate(asOf: "2026-05-01")
        p.noiDate = d("2026-04-10")
        p.hcpApplicationReceivedDate = d("2026-05-01")
        let r = HCPRules.rulebook(for: p, asOf: d("2026-11-01"))
        #expect(r.rulebook == .hcp && r.grandfathered && !r.hcpOpen)
        #expect(r.criteriaDate == d("2026-05-01"))
        let a = Assessor(asOf: d("2026-11-01")).assess(p)
        #expect(a.stream("humanCapitalPriorities")?.fit == .inProcess)
        #expect(a.recommendations.first == "humanCapitalPriorities")
        // Criteria are measured on the application date: the 45-day NOI window (2026-04-10 → 2026-05-25) was met.
        #expect(a.criterion("notificationOfInterest")?.status == .met)
        #expect(a.criteria.filter { $0.id != "notificationOfInterest" }.allSatisfy { $0.status == .met })
    }

    @Test func receivedOnClosureDayDoesNotApply() {
        var p = Profile()
        p.hcpApplicationReceivedDate = d("2026-05-30")
        #expect(HCPRules.rulebook(for: p, asOf: d("2026-11-01")).rulebook == .postHCP)
    }

    @Test func streamStatusesByDate() {
        func st(_ id: String, _ date: String) -> String? { StreamRules.status(of: id, on: d(date))?.status }
        #expect(st("humanCapitalPriorities", "2016-06-01") == "paused")
        #expect(st("humanCapitalPriorities", "2017-02-21") == "open")
        #expect(st("owpTeer0to3", "2026-06-24") == "notYetCreated")
        #expect(st("owpTeer0to3", "2026-06-25") == "open")
        #expect(st("entrepreneur", "2023-12-03") == "open")
        #expect(st("entrepreneur", "2024-01-01") == "suspended")
        #expect(st("entrepreneur", "2024-11-04") == "closed")
        for id in ["foreignWorker", "internationalStudent", "inDemandSkills", "mastersGraduate", "phdGraduate", "frenchSpeakingSkilledWorker", "skilledTrades"] {
            #expect(st(id, "2026-05-29") == "open" && st(id, "2026-05-30") == "closed", "\(id)")
        }
        let fw = StreamRules.status(of: "foreignWorker", on: d("2026-07-01"))!
        #expect(fw.text.contains("replaced by Ontario Workforce Priority - TEER 0-3"))
    }

    // New user after the closure: federal Express Entry; OWP TEER 0–3 only with an Ontario job offer.
    @Test func recommendationsAfterClosure() {
        var base = hcpCandidate(asOf: "2026-11-01")
        #expect(Assessor(asOf: d("2026-11-01")).assess(base).stream("owpTeer0to3")?.fit == .possible)   // job offer not answered
        base.jobOffer.hasOffer = false
        let a = Assessor(asOf: d("2026-11-01")).assess(base)
        #expect(a.recommendations == ["federalExpressEntry"])
        #expect(a.stream("humanCapitalPriorities")?.fit == .unavailable)
        #expect(a.stream("owpTeer0to3")?.fit == .notSuitable)
        var withOffer = base
        withOffer.jobOffer = JobOffer(hasOffer: true, nocCode: "21231", lmiaOrExempt: true, inOntario: true)
        let b = Assessor(asOf: d("2026-11-01")).assess(withOffer)
        #expect(Set(b.recommendations) == ["federalExpressEntry", "owpTeer0to3"])
    }

    // Before the closure, a strong candidate without NOI is recommended HCP (pending an NOI) and federal EE.
    @Test func recommendationsBeforeClosure() {
        let a = Assessor(asOf: d("2026-05-01")).assess(hcpCandidate(asOf: "2026-05-01"))
        #expect(a.stream("humanCapitalPriorities")?.fit == .recommended)
        #expect(a.recommendations.contains("federalExpressEntry"))
    }
}

@Suite struct CriteriaTests {
    let date = "2026-05-01"

    func c(_ p: Profile, _ id: String) -> Criterion { HCPRules.criteria(p, on: d(date)).first { $0.id == id }! }

    @Test func allUnknownForEmptyProfile() {
        let all = HCPRules.criteria(Profile(), on: d(date))
        #expect(all.count == 10)
        #expect(all.filter { $0.id != "fswPoints" && $0.id != "federalProgram" }.allSatisfy { $0.status == .unknown })
        #expect(all.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func strongCandidateMeetsAll() {
        let all = HCPRules.criteria(hcpCandidate(asOf: date), on: d(date))
        #expect(all.filter { $0.id != "notificationOfInterest" }.allSatisfy { $0.status == .met })
        #expect(all.first { $0.id == "notificationOfInterest" }?.status == .unknown)
    }

    @Test func workExperience() {
        var p = hcpCandidate(asOf: date)
        p.workExperience = [job(from: "2025-09-01", to: nil, inCanada: false)]   // 243 days → 1,041 h
        let w = c(p, "workExperience")
        #expect(w.status == .notMet && w.reason.contains("1,560") && w.reason.contains("1,041"))
        // Older than 5 years before the application date does not count.
        p.workExperience = [job(from: "2018-01-01", to: "2020-12-31", inCanada: false)]
        #expect(c(p, "workExperience").status == .notMet)
        // CEC track: 1 year in Canada within 3 years.
        p.federalProgram = .cec
        p.workExperience = [job(from: "2024-01-01", to: "2024-12-31", inCanada: true)]
        #expect(c(p, "workExperience").status == .met)
        p.workExperience = []
        #expect(c(p, "workExperience").status == .unknown)
    }

    @Test func education() {
        var p = hcpCandidate(asOf: date)
        p.education.level = .twoYear
        #expect(c(p, "education").status == .notMet)
        p.education.level = .bachelorOrThreeYear
        p.education.isDegree = nil
        #expect(c(p, "education").status == .unknown)
        p.education.isDegree = false
        #expect(c(p, "education").status == .notMet)
        p.education.isDegree = true
        p.education.ecaIssueDate = d("2021-05-01")    // 5 years old on 2026-05-01 → expired
        let e = c(p, "education")
        #expect(e.status == .notMet && e.reason.contains("2026-05-01"))
        p.education.ecaIssueDate = nil
        #expect(c(p, "education").status == .unknown)
    }

    @Test func language() {
        var p = hcpCandidate(asOf: date)
        p.languageTests = [celpip(7, 7, 7, 6, on: "2026-01-10")]
        let l = c(p, "language")
        #expect(l.status == .notMet && l.reason.contains("CLB 7"))
        p.languageTests = [celpip(9, on: "2024-04-30")]    // expired 2026-04-30
        let x = c(p, "language")
        #expect(x.status == .notMet && x.reason.contains("expired"))
    }

    @Test func fundsAndOthers() {
        var p = hcpCandidate(asOf: date)
        p.maritalStatus = .married
        p.spouse = Spouse(accompanying: false, canadianCitizenOrPR: false)
        p.numberOfChildren = 2   // family of 4 even though the spouse does not come → 28,362 (2025 table)
        let f = c(p, "settlementFunds")
        #expect(f.status == .notMet && f.reason.contains("28,362") && f.reason.contains("family of 4"))
        p.intendsToLiveInOntario = false
        #expect(c(p, "intentionToLiveInOntario").status == .notMet)
        p.legalStatusInCanada = .refugeeClaimant
        #expect(c(p, "legalStatus").status == .notMet)
        p.legalStatusInCanada = .implied
        #expect(c(p, "legalStatus").status == .met)
    }

    @Test func fswPointsAndCEC() {
        var p = hcpCandidate(asOf: date)
        p.dateOfBirth = born(age: 47, asOf: date)
        p.education.level = .bachelorOrThreeYear
        p.workExperience = [job(from: "2025-01-01", to: "2026-01-05", inCanada: false)]
        p.languageTests = [celpip(7, on: "2026-01-10")]
        // 0 (age 47) + 21 + 16 + 9 = 46 < 67.
        let f = c(p, "fswPoints")
        #expect(f.status == .notMet && f.reason.contains("46 of 100"))
        p.federalProgram = .cec
        #expect(c(p, "fswPoints").status == .met)
    }

    @Test func noiWindow() {
        var p = hcpCandidate(asOf: date)
        p.noiDate = d("2026-03-17")      // 45 days → 2026-05-01
        #expect(c(p, "notificationOfInterest").status == .met)
        p.noiDate = d("2026-03-16")      // → 2026-04-30, lapsed
        let n = c(p, "notificationOfInterest")
        #expect(n.status == .notMet && n.reason.contains("2026-04-30"))
    }

    @Test func hcpFundsNoteIsUnverified() {
        #expect(c(hcpCandidate(asOf: date), "settlementFunds").unverified)
    }
}

@Suite struct TechNOCSearchTests {
    @Test func byCode() {
        #expect(TechOccupations.search("2173").map(\.occupation.noc2016) == ["2173"])
        #expect(TechOccupations.search("21231").first?.occupation.noc2016 == "2173")
        #expect(TechOccupations.search("2123").count == 3)   // 21230, 21231, 21232, 21233, 21234 → 2173, 2174, 2175
        #expect(TechOccupations.search("9999").isEmpty)
    }

    @Test func byTitleWords() {
        #expect(TechOccupations.search("web developers").map(\.occupation.noc2016) == ["2175"])
        #expect(TechOccupations.search("Data Scientists").first?.matchedCodes == ["21211"])
        #expect(Set(TechOccupations.search("software").map(\.occupation.noc2016)) == ["2147", "2173", "2174"])
        #expect(TechOccupations.search("managers").map(\.occupation.noc2016) == ["0213"])
    }

    @Test func listsByDate() {
        #expect(TechOccupations.isTechDrawCode("2173", on: d("2020-01-01")))
        #expect(!TechOccupations.isTechDrawCode("21231", on: d("2020-01-01")))
        #expect(TechOccupations.isTechDrawCode("21231", on: d("2022-11-16")))
        #expect(!TechOccupations.isTechDrawCode("2173", on: d("2022-11-16")))
        #expect(!TechOccupations.isTechDrawCode("21231", on: d("2026-05-30")))
    }
}
