import Foundation
import Testing
@testable import GuideCore

// Step 3 documents by route: HCP items (§10.1) only on the HCP route, OWP items (owp.*, from the §0.2 / §0.2b
// requirements; the OWP applicant checklist itself is not transcribed in RULES.md, so most are UNVERIFIED)
// only on the OWP route, none for federal Express Entry alone.

@Suite struct OWPChecklistTests {
    let today = CK.date("2026-12-01")

    func owpProfile() -> Profile {
        var p = CK.single()
        p.legalStatusInCanada = .worker
        p.jobOffer = JobOffer(hasOffer: true, nocCode: "21231", inOntario: true)
        p.owp = OWPApplication(jobOfferID: "JO-1", highestCanadianEarnings: 62_000, recentOntarioGraduate: false, ontarioLicence: false)
        return p
    }

    @Test("OWP route: owp.* items, no HCP items; the nomination at step 4")
    func owpRouteItems() {
        let items = Checklist.derive(owpProfile(), today: today)
        let step3 = CK.keys(items.filter { $0.step == .oinp })
        #expect(step3 == [
            "owp.jobOfferID#you", "owp.jobOfferLetter#you", "owp.passport#you", "owp.statusInCanada#you",
            "owp.languageResults#you/test:1", "owp.education#you", "owp.eca#you",
            "owp.referenceLetter#you/job:1", "owp.referenceLetter#you/job:2", "owp.noticeOfAssessment#you",
        ])
        // The job-offer ID is [S2] (§0.2 Employer); the items inferred from the requirements are UNVERIFIED.
        #expect(CK.item(items, "owp.jobOfferID#you")?.unverified == false)
        #expect(CK.item(items, "owp.jobOfferLetter#you")?.unverified == true)
        // Language results expire 2 years after the result (2025-09-15 + 2 years).
        #expect(CK.item(items, "owp.languageResults#you/test:1")?.expires == CK.date("2027-09-15"))
        #expect(CK.keys(items).contains("pr.nomination#you"))
        #expect(Checklist.isOWPRoute(owpProfile(), today: today) && !Checklist.isOINPRoute(owpProfile(), today: today))
    }

    @Test("a recent Ontario graduate: no language results, proof of the Ontario credential; a licence item when relied on")
    func graduateAndLicence() {
        var p = owpProfile()
        p.owp.recentOntarioGraduate = true
        p.owp.ontarioLicence = true
        let keys = CK.keys(Checklist.derive(p, today: today))
        #expect(!keys.contains("owp.languageResults#you/test:1"))
        #expect(keys.contains("owp.ontarioCredential#you") && keys.contains("owp.ontarioLicence#you"))
    }

    @Test("the OWP step deadline: 17 days from the invitation, UNVERIFIED whether after the employer's 14 days")
    func owpDeadline() {
        var p = owpProfile()
        p.owp.invitationDate = CK.date("2026-11-10")
        let dl = Checklist.deadlines(p, today: today).first { $0.step == .oinp }
        #expect(dl?.date == CK.date("2026-11-27") && dl?.label.contains("UNVERIFIED") == true && dl?.submitted == nil)
        p.owp.applicationSubmitted = CK.date("2026-11-20")
        #expect(Checklist.deadlines(p, today: today).first { $0.step == .oinp }?.submitted == CK.date("2026-11-20"))
    }

    @Test("federal Express Entry alone: no step 3 items; HCP route keeps the HCP items even with an Ontario offer")
    func otherRoutes() {
        var p = owpProfile()
        p.chosenRoute = .federal
        #expect(!Checklist.derive(p, today: today).contains { $0.step == .oinp })
        p.chosenRoute = nil
        p.hcpApplicationReceivedDate = CK.date("2026-04-01")
        let step3 = Checklist.derive(p, today: today).filter { $0.step == .oinp }
        #expect(!step3.isEmpty && step3.allSatisfy { $0.catalogueId.hasPrefix("oinp.") })
    }
}
