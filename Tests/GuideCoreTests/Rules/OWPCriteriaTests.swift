import Foundation
import Testing
@testable import GuideCore

// OWP TEER 0-3 requirements (RULES.md §0.2) and process deadlines (§0.2b, §9, §13 #24-#26), expected values by hand.

@Suite struct OWPCriteriaTests {
    func c(_ p: Profile, _ id: String, on date: LocalDate = asOfOWP) -> Criterion { OWPRules.criteria(p, on: date).first { $0.id == id }! }
    let base = OWPApplication(hourlyWage: 40, region: .toronto, jobOfferID: "JO-7", monthsInJobOfferPosition: 8, recentOntarioGraduate: false, ontarioLicence: false)

    @Test func jobOffer() {
        #expect(c(owpApplicant(owp: base), "jobOffer").status == .met)
        var p = owpApplicant(owp: base)
        p.jobOffer.inOntario = false
        #expect(c(p, "jobOffer").status == .notMet)
        p.jobOffer = JobOffer(hasOffer: true, nocCode: "64100", inOntario: true)   // TEER 4
        #expect(c(p, "jobOffer").status == .notMet && c(p, "jobOffer").reason.contains("TEER 4"))
        p.jobOffer = JobOffer(hasOffer: true, inOntario: true)                     // NOC not entered
        #expect(c(p, "jobOffer").status == .unknown)
        p.jobOffer = JobOffer(hasOffer: false)
        #expect(c(p, "jobOffer").status == .notMet)
    }

    // The median-wage table is not in RULES.md: the wage is never judged, only stated.
    @Test func wageIsUnknownWithAReason() {
        let w = c(owpApplicant(owp: base), "wage")
        #expect(w.status == .unknown && w.reason.contains("not in our sources") && w.reason.contains("CAD 40"))
        var o = base
        o.hourlyWage = nil
        #expect(c(owpApplicant(owp: o), "wage").reason.contains("not entered"))
    }

    // CLB 6 in all four; CLB 5 for the listed trades (major groups 72 except 726, 73, 82, 83, 93 except 932;
    // minor group 6320; unit group 62200); recent Ontario graduates exempt.
    @Test func languageLevelsByOccupation() {
        let clb5 = [celpip(5, on: "2026-03-01")]
        #expect(c(owpApplicant(tests: clb5, owp: base), "language").status == .notMet)                 // 21231: needs 6
        #expect(c(owpApplicant(tests: [celpip(6, on: "2026-03-01")], owp: base), "language").status == .met)
        #expect(c(owpApplicant(noc: "72310", tests: clb5, owp: base), "language").status == .met)     // major group 72
        #expect(c(owpApplicant(noc: "72600", tests: clb5, owp: base), "language").status == .notMet)  // 726 excepted
        #expect(c(owpApplicant(noc: "63200", tests: clb5, owp: base), "language").status == .met)     // minor group 6320
        #expect(c(owpApplicant(noc: "62200", tests: clb5, owp: base), "language").status == .met)     // unit group 62200
        #expect(c(owpApplicant(noc: "93200", tests: clb5, owp: base), "language").status == .notMet)  // 932 excepted
        var grad = base
        grad.recentOntarioGraduate = true
        #expect(c(owpApplicant(tests: [], owp: grad), "language").status == .met)
        var unanswered = base
        unanswered.recentOntarioGraduate = nil
        #expect(c(owpApplicant(tests: clb5, owp: unanswered), "language").status == .unknown)
    }

    // A post-secondary credential of at least one year (ECA if foreign); high school for the listed trades.
    @Test func education() {
        let highSchool = Education(level: .secondary, isCanadian: true)
        #expect(c(owpApplicant(education: highSchool, owp: base), "education").status == .notMet)
        #expect(c(owpApplicant(noc: "72310", education: highSchool, owp: base), "education").status == .met)
        let noECA = Education(level: .oneYear, isCanadian: false, hasECA: false)
        #expect(c(owpApplicant(education: noECA, owp: base), "education").status == .notMet)
        #expect(c(owpApplicant(owp: base), "education").status == .met)
    }

    // One of: (a) 6 months in the position within 12 months (3 for recent Ontario graduates); (b) 2 years
    // (2 x 1,560 h = 3,120 h) in the job-offer NOC within 5 years; (c) an Ontario licence. Truck drivers: (a) only.
    @Test func experienceOptions() {
        var o = base
        o.monthsInJobOfferPosition = 5
        var p = owpApplicant(owp: o)
        p.workExperience = []
        #expect(c(p, "experience").status == .unknown)                     // (b) cannot be measured without work entries
        p.workExperience = [job(from: "2025-06-01", to: nil, inCanada: true)]   // 2025-06-01 to 2026-12-01: 549 days x 30 h / 7 = 2,352 h < 3,120
        #expect(c(p, "experience").status == .notMet)
        p.workExperience = [job(from: "2024-11-01", to: nil, inCanada: true)]   // 761 days x 30 / 7 = 3,261 h >= 3,120
        let b = c(p, "experience")
        #expect(b.status == .met && b.reason.hasPrefix("Met through (b)"))
        p.workExperience = [job(from: "2025-06-01", to: nil, inCanada: true)]
        p.owp.monthsInJobOfferPosition = 3
        p.owp.recentOntarioGraduate = true
        #expect(c(p, "experience").status == .met)                         // 3 months for a recent Ontario graduate
        p.owp.recentOntarioGraduate = false
        p.owp.ontarioLicence = true
        #expect(c(p, "experience").status == .met)                         // (c)
        // Truck drivers (73300) always need (a): the licence does not help; the code mapping is flagged UNVERIFIED.
        var truck = owpApplicant(noc: "73300", owp: o)
        truck.owp.ontarioLicence = true
        truck.workExperience = [job("73300", from: "2020-01-01", to: nil, inCanada: true)]
        let t = c(truck, "experience")
        #expect(t.status == .notMet && t.unverified)
        truck.owp.monthsInJobOfferPosition = 6
        #expect(c(truck, "experience").status == .met)
    }

    @Test func employerNeedsTheJobOfferID() {
        #expect(c(owpApplicant(owp: base), "employer").status == .met)
        var o = base
        o.jobOfferID = nil
        #expect(c(owpApplicant(owp: o), "employer").status == .unknown)
    }

    @Test func assessmentOnlyFromTheStreamStart() {
        let p = owpApplicant(owp: base)
        #expect(OWPRules.assess(p, asOf: d("2026-06-24")) == nil)
        let a = OWPRules.assess(p, asOf: d("2026-06-25"))
        #expect(a?.status == "open" && a?.criteria.count == 6)
        // The fee is not known (§13 #29): said, and UNVERIFIED.
        #expect(OWPRules.assess(p, asOf: asOfOWP)!.unverified.contains { $0.contains("fee") })
    }
}

@Suite struct OWPDeadlineTests {
    func due(_ id: String, _ from: String) -> LocalDate? { Deadlines.due(id, from: d(from)) }

    // §0.2b: EOI within 30 calendar days of the job-offer submission; EOI valid 12 months; after an invitation
    // employer 14 days, applicant 17 days; EE acceptance 30 days; base certificate 6 months.
    @Test func periodsFromTheData() {
        #expect(due("owpJobOfferToEOI", "2026-11-20") == d("2026-12-20"))
        #expect(due("owpEOIValidity", "2026-09-01") == d("2027-09-01"))
        #expect(due("owpInvitationToEmployerApproval", "2026-11-10") == d("2026-11-24"))
        #expect(due("owpInvitationToApplication", "2026-11-10") == d("2026-11-27"))
        #expect(due("owpNominationAcceptance", "2026-11-15") == d("2026-12-15"))
        #expect(due("owpNominationCertificateValidity", "2026-11-15") == d("2027-05-15"))
        // No OWP before 2026-06-25; the legacy 14-day ITA window ends 2026-05-29 (§13 #25).
        #expect(due("owpJobOfferToEOI", "2026-06-24") == nil)
        #expect(due("oinpEoiItaToApplication", "2026-05-29") == d("2026-06-12") && due("oinpEoiItaToApplication", "2026-05-30") == nil)
    }

    // §13 #24: the 17 days may run from the invitation or after the employer's 14 days: the earlier date, flagged.
    @Test func invitationWindowShowsTheAmbiguity() {
        var p = owpApplicant(owp: OWPApplication(jobOfferSubmittedDate: d("2026-08-10"), eoiDate: d("2026-08-20"), invitationDate: d("2026-11-20")))
        let lines = OWPRules.deadlines(p, today: asOfOWP)
        // 2026-11-20 + 14 = 2026-12-04 (employer), + 17 = 2026-12-07 (you), in date order.
        #expect(lines.map(\.id) == ["owpInvitationToEmployerApproval", "owpInvitationToApplication"])
        #expect(lines.first?.date == d("2026-12-04"))
        let app = lines.first { $0.id == "owpInvitationToApplication" }!
        #expect(app.date == d("2026-12-07") && app.unverified && app.note?.contains("14 days") == true && app.note?.contains("31 days") == true)
        #expect(OWPRules.assess(p, asOf: asOfOWP)!.unverified.contains { $0.contains("Submit your OWP application") })
        // Done steps drop out: the EOI is registered, so the 30-day EOI line is gone; once applied, the invitation lines go too.
        #expect(!lines.contains { $0.id == "owpJobOfferToEOI" || $0.id == "owpEOIValidity" })
        p.owp.applicationSubmitted = d("2026-11-30")
        p.filing.nominationDate = d("2026-11-30")      // the one record of a nomination, on every route
        p.owp.nominationThroughExpressEntry = false
        #expect(OWPRules.deadlines(p, today: asOfOWP).map(\.id) == ["owpNominationCertificateValidity"])
        #expect(OWPRules.deadlines(p, today: asOfOWP).first?.date == d("2027-05-30"))
    }
}
