import Foundation
import PropertyBased
import Testing
@testable import GuideCore

// Routes after HCP (RULES.md §0.1 "Encoding consequence"): HCP only for an application OINP received before
// 2026-05-30; OWP TEER 0-3 with an Ontario job offer from 2026-06-25 (O. Reg. 204/26); otherwise federal
// Express Entry alone. Between 2026-05-30 and 2026-06-24 no Ontario stream exists (§0.1 gap note).

/// The strong candidate of DatedBehaviourTests with an Ontario offer in NOC 21231 (TEER 1).
private func withOntarioOffer(_ p: Profile, noc: String = "21231") -> Profile {
    var q = p
    q.jobOffer = JobOffer(hasOffer: true, nocCode: noc, lmiaOrExempt: true, inOntario: true)
    return q
}

@Suite struct RouteProposalTests {
    let today = d("2026-12-01")

    @Test func noOntarioOfferIsFederal() {
        var p = hcpCandidate(asOf: "2026-12-01")
        p.jobOffer.hasOffer = false
        let (r, why) = RouteRules.propose(p, asOf: today)
        #expect(r == .federal && why.contains("No Ontario job offer") && why.contains("2026-05-30"))
        // A job offer outside Ontario is no Ontario job offer.
        p.jobOffer = JobOffer(hasOffer: true, nocCode: "21231", inOntario: false)
        #expect(RouteRules.propose(p, asOf: today).route == .federal)
        // Not answered yet: federal, until an Ontario offer is entered.
        #expect(RouteRules.propose(Profile(), asOf: today).route == .federal)
    }

    @Test func ontarioTeer0to3OfferIsOWP() {
        let (r, why) = RouteRules.propose(withOntarioOffer(hcpCandidate(asOf: "2026-12-01")), asOf: today)
        #expect(r == .owp && why.contains("TEER 1"))
        // TEER 4-5 is a different OWP category, outside Express Entry and this guide (§0.1, §0.2).
        #expect(RouteRules.propose(withOntarioOffer(Profile(), noc: "64100"), asOf: today).route == .federal)
    }

    @Test func hcpApplicationReceivedBeforeTheClosure() {
        var p = withOntarioOffer(hcpCandidate(asOf: "2026-05-01"))
        p.noiDate = d("2026-04-20")
        p.hcpApplicationReceivedDate = d("2026-05-29")      // the last day before the closure
        #expect(RouteRules.propose(p, asOf: today).route == .hcp)
        p.hcpApplicationReceivedDate = d("2026-05-30")      // the closure day: not under HCP
        let (r, _) = RouteRules.propose(p, asOf: today)
        #expect(r == .owp)
        p.jobOffer.hasOffer = false
        #expect(RouteRules.propose(p, asOf: today).route == .federal)
        #expect(RouteRules.availability(.hcp, for: p, asOf: today).reason.contains("on or after the closure"))
    }

    // Around the two dates: HCP open until 2026-05-29; OWP from 2026-06-25; nothing Ontario in between.
    @Test func datesAroundTheClosureAndTheOWPStart() {
        let offer = withOntarioOffer(hcpCandidate(asOf: "2026-05-01"))
        #expect(RouteRules.propose(offer, asOf: d("2026-05-29")).route == .hcp)        // HCP still open
        let gap = RouteRules.propose(offer, asOf: d("2026-05-30"))
        #expect(gap.route == .federal && gap.reason.contains("2026-06-25"))
        #expect(RouteRules.propose(offer, asOf: d("2026-06-24")).route == .federal)
        #expect(RouteRules.availability(.owp, for: offer, asOf: d("2026-06-24")).available == false)
        #expect(RouteRules.propose(offer, asOf: d("2026-06-25")).route == .owp)
        #expect(RouteRules.availability(.owp, for: offer, asOf: d("2026-06-25")).available)
        #expect(RouteRules.availability(.hcp, for: offer, asOf: d("2026-05-29")).available)
        #expect(!RouteRules.availability(.hcp, for: offer, asOf: d("2026-05-30")).available)
    }

    @Test func choiceWinsWhenPossible() {
        var p = withOntarioOffer(hcpCandidate(asOf: "2026-12-01"))
        p.chosenRoute = .federal
        let d1 = RouteRules.decide(p, asOf: today)
        #expect(d1.proposed == .owp && d1.chosen == .federal && d1.effective == .federal)
        #expect(!d1.stepThree.applies && d1.stepThree.reason.hasPrefix("Not needed"))
        // A choice of HCP without a timely application is set aside, with why.
        p.chosenRoute = .hcp
        let d2 = RouteRules.decide(p, asOf: today)
        #expect(d2.effective == .owp && d2.reason.contains("not possible") && d2.reason.contains("2026-05-30"))
        // OWP chosen before it exists: the proposal applies.
        p.chosenRoute = .owp
        #expect(RouteRules.decide(p, asOf: d("2026-06-01")).effective == .federal)
        #expect(RouteRules.decide(p, asOf: today).effective == .owp)
    }

    @Test func stepThreePerRoute() {
        #expect(Route.hcp.stepThree.applies && Route.owp.stepThree.applies)
        #expect(!Route.federal.stepThree.applies && Route.federal.stepThree.reason.contains("federal Express Entry alone"))
        var p = hcpCandidate(asOf: "2026-12-01")
        p.jobOffer.hasOffer = false
        #expect(!Route.stepThreeApplies(p, asOf: today))
        #expect(Route.stepThreeApplies(withOntarioOffer(p), asOf: today))
    }
}

@Suite struct HCPAfterTheClosureTests {
    // RULES.md §0.1, §13 #1: after 2026-05-30 the HCP criteria can be met only by an application received before then.
    @Test func strongCandidateAfterTheClosureHasNoMetHCPCriterion() throws {
        let a = Assessor(asOf: d("2026-12-01")).assess(hcpCandidate(asOf: "2026-12-01"))
        #expect(a.criteria.isEmpty)
        #expect(a.historical?.hcpCriteria.count == 10 && a.historical?.closedFrom == d("2026-05-30"))
        #expect(a.renderText().contains("HCP criteria: not applicable"))
        // The same candidate whose application OINP received on 2026-05-29 keeps the HCP criteria.
        var g = hcpCandidate(asOf: "2026-05-01")
        g.noiDate = d("2026-05-01")
        g.hcpApplicationReceivedDate = d("2026-05-29")
        let b = Assessor(asOf: d("2026-12-01")).assess(g)
        #expect(b.criteria.count == 10 && b.historical == nil && b.route.effective == .hcp)
    }

    // Seeded: any date from the closure on, any date of receipt on or after it (or none): no HCP criterion is "met".
    @Test func neverMetAfterTheClosureWithoutATimelyApplication() async {
        await propertyCheck(input: Gen.int(in: 0...600), Gen.int(in: -1...400), Gen.bool()) { afterClosure, received, offer in
            let asOf = d("2026-05-30").adding(days: afterClosure)
            var p = hcpCandidate(asOf: asOf.description)
            if received >= 0 { p.hcpApplicationReceivedDate = min(d("2026-05-30").adding(days: received), asOf) }
            if offer { p = withOntarioOffer(p) }
            let a = Assessor(asOf: asOf).assess(p)
            #expect(!a.criteria.contains { $0.status == .met }, "asOf \(asOf)")
            #expect(a.route.effective != .hcp)
        }
    }
}

@Suite struct OWPReportShapeTests {
    @Test func ontarioOfferBringsOWPCriteriaAndEOIIntoTheJSON() throws {
        let p = owpApplicant(owp: OWPApplication(employerName: "Acme", hourlyWage: 45, region: .toronto, jobOfferID: "JO-1",
                                                 monthsInJobOfferPosition: 8, highestCanadianEarnings: 62_000, canadianCredentials: 0))
        let a = Assessor(asOf: asOfOWP).assess(p)
        let obj = try JSONSerialization.jsonObject(with: Data(try a.renderJSON().utf8)) as! [String: Any]
        let route = obj["route"] as! [String: Any]
        #expect(route["effective"] as? String == "owp" && route["proposed"] as? String == "owp")
        #expect((route["stepThree"] as! [String: Any])["applies"] as? Bool == true)
        #expect((route["options"] as! [[String: Any]]).count == 3)
        let owp = obj["owp"] as! [String: Any]
        let criteria = owp["criteria"] as! [[String: Any]]
        #expect(criteria.map { $0["id"] as! String } == ["jobOffer", "wage", "language", "education", "experience", "employer"])
        for c in criteria { #expect(["met", "notMet", "unknown"].contains(c["status"] as! String) && c["reason"] is String) }
        let eoi = owp["eoi"] as! [String: Any]
        #expect(eoi["total"] as? Int == 83 && eoi["max"] as? Int == 130)     // derived in OWPEOIWorkedExamples
        let breakdown = eoi["breakdown"] as! [[String: Any]]
        #expect(breakdown.count == 12)
        for l in breakdown { #expect(l["id"] is String && l["points"] is Int && l["max"] is Int && l["group"] is String) }
        #expect(a.renderText().contains("OWP EOI score: 83 / 130"))
        #expect(a.renderText().contains("Ontario Workforce Priority - TEER 0-3 criteria"))
    }

    @Test func noOWPKeyWithoutAnOntarioOfferOrBeforeTheStream() throws {
        var p = hcpCandidate(asOf: "2026-12-01")
        p.jobOffer.hasOffer = false
        let obj = try JSONSerialization.jsonObject(with: Data(try Assessor(asOf: asOfOWP).assess(p).renderJSON().utf8)) as! [String: Any]
        #expect(obj["owp"] == nil && (obj["route"] as! [String: Any])["effective"] as? String == "federal")
        // An Ontario offer on 2026-06-24: OWP does not exist yet.
        let early = Assessor(asOf: d("2026-06-24")).assess(withOntarioOffer(hcpCandidate(asOf: "2026-06-24")))
        #expect(early.owp == nil && early.route.effective == .federal)
        #expect(Assessor(asOf: d("2026-06-25")).assess(withOntarioOffer(hcpCandidate(asOf: "2026-06-25"))).owp != nil)
    }
}
