import Foundation
import Testing
@testable import GuideCore

// The step-2 route question and the step-3 OWP questions (Questions+OWP.swift). The route rules are RULES.md §0.1.

@Suite struct RouteQuestionTests {
    let q = Questionnaire.routeQuestion
    let today = d("2026-12-01")

    @Test func hcpRefusedWithoutAnApplicationReceivedBeforeTheClosure() {
        var p = Profile()
        let problem = q.write(&p, "hcp", today)
        #expect(problem?.contains("closed on 2026-05-30") == true && problem?.contains("Choose another route") == true)
        #expect(p.chosenRoute == nil)
        p.hcpApplicationReceivedDate = d("2026-05-30")
        #expect(q.write(&p, "hcp", today) != nil)
        p.hcpApplicationReceivedDate = d("2026-05-29")
        #expect(q.write(&p, "hcp", today) == nil && p.chosenRoute == .hcp && q.read(p) == "hcp")
    }

    @Test func owpOnlyFromTheStreamStartAndFederalAlways() {
        var p = Profile()
        #expect(q.write(&p, "owp", d("2026-06-24"))?.contains("2026-06-25") == true)
        #expect(q.write(&p, "owp", today) == nil && p.chosenRoute == .owp)
        #expect(q.write(&p, "federal", today) == nil && p.chosenRoute == .federal)
        #expect(q.write(&p, "provincial", today) == "Choose one of the routes.")
        #expect(q.choices.map(\.value) == ["hcp", "owp", "federal"])
    }

    @Test func noteGivesTheProposalAndWhy() {
        var p = Profile()
        p.jobOffer = JobOffer(hasOffer: true, nocCode: "21231", inOntario: true)
        let note = q.note(p, today) ?? ""
        #expect(note.hasPrefix("Proposed: Ontario Workforce Priority") && note.contains("TEER 1"))
        p.jobOffer.hasOffer = false
        #expect(q.note(p, today)?.contains("Step 3: Not needed") == true)
    }
}

@Suite struct OWPFilingQuestionsTests {
    let qs = Questionnaire.owpFiling

    func question(_ id: String) -> Question { qs.first { $0.id == id }! }

    /// An applicant whose effective route is OWP from 2026-06-25 on (the questions decide the route as of today).
    func onOWP() -> Profile {
        var p = Profile()
        p.jobOffer = JobOffer(hasOffer: true, nocCode: "21231", inOntario: true)
        return p
    }

    @Test func idsAreNewAndAllInStepThree() {
        // Placed in the questionnaire once each, and no id is used twice anywhere.
        let all = Questionnaire.all.map(\.id)
        let ids = qs.map(\.id) + [Questionnaire.routeQuestion.id]
        #expect(Set(all).count == all.count && ids.allSatisfy { id in all.filter { $0 == id }.count == 1 })
        #expect(qs.allSatisfy { $0.step == .oinp } && Questionnaire.routeQuestion.step == .stream)
    }

    @Test func shownOnlyOnTheOWPRoute() {
        var p = onOWP()
        #expect(question("owpEmployer").isShown(p) && question("owpWage").isShown(p))
        p.chosenRoute = .federal
        #expect(qs.allSatisfy { !$0.isShown(p) })
        #expect(qs.allSatisfy { !$0.isShown(Profile()) })
    }

    @Test func otherOntarioWorkOnlyUnderSixMonthsInThePosition() {
        var p = onOWP()
        let other = question("owpOtherOntarioWork")
        #expect(question("owpMonthsInPosition").write(&p, "6", d("2026-12-01")) == nil && !other.isShown(p))
        #expect(question("owpMonthsInPosition").write(&p, "5", d("2026-12-01")) == nil && other.isShown(p))
    }

    @Test func validationAndNotes() {
        var p = onOWP()
        let today = d("2026-12-01")
        #expect(question("owpWage").write(&p, "45", today) == nil && p.owp.hourlyWage == 45)
        // $40 or more = 15 points (§0.2b).
        #expect(question("owpWage").note(p, today) == "EOI: 15 of 15 points ($40 or more).")
        #expect(question("owpRegion").write(&p, "northern", today) == nil && p.owp.region == .northern)
        #expect(question("owpJobOfferSubmitted").write(&p, "2026-11-20", today) == nil)
        // 30 calendar days: 2026-11-20 + 30 = 2026-12-20, 19 days after 2026-12-01.
        #expect(question("owpJobOfferSubmitted").note(p, today) == "Register your EOI by 2026-12-20: 19 days left.")
        p.owp.eoiDate = d("2026-11-25")
        let score = question("owpEOIScore")
        #expect(score.write(&p, "131", today) != nil && score.write(&p, "88", today) == nil && p.owp.eoiScore == 88)
        #expect(score.write(&p, "", today) == nil && p.owp.eoiScore == nil)
        #expect(question("owpInvitationDate").write(&p, "2026-11-26", today) == nil)
        let note = question("owpInvitationDate").note(p, today) ?? ""
        // Employer 2026-11-26 + 14 = 2026-12-10; you 2026-11-26 + 17 = 2026-12-13; the §13 #24 doubt said.
        #expect(note.contains("2026-12-10") && note.contains("2026-12-13") && note.contains("UNVERIFIED"))
        #expect(question("owpJobOfferID").write(&p, "JO 1", today) != nil)
    }
}
