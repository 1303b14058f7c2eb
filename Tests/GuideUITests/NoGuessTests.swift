import GuideCore
import Testing
@testable import GuideUI

/// Nothing is guessed or changed by accident (issue 10): choices, prefilled text, full fields,
/// the checklist's Space, and summaries that page without skipping a line.
@Suite("No answer is guessed, no key changes what it should not")
struct NoGuessTests {
    private func on(_ id: String, _ profile: Profile = Profile()) -> AppState {
        var s = freshState()
        var sess = session()
        sess.profile = profile
        s.session = sess
        Update.show(.question(id: id), &s)
        return s
    }

    @Test("a choice never answered shows nothing selected; Enter says choose one and saves nothing")
    func unansweredChoice() {
        var s = on("jobOffer")
        #expect(s.selection == -1)
        s.status = "Saved."               // the previous answer's confirmation, still on screen
        let effects = press([.enter], &s)
        #expect(s.status == nil)          // not left beside the refusal
        // At most the position is saved; no answer is.
        #expect(effects.allSatisfy { if case .save(let saved) = $0 { saved.profile.jobOffer.hasOffer == nil } else { true } })
        #expect(s.session?.profile.jobOffer.hasOffer == nil)
        #expect(s.fieldError?.contains("Nothing is chosen yet") == true)
        #expect(s.screen == .question(id: "jobOffer"))
        // The first Down lands on the first option ("Yes"), a second on "No"; Enter saves that.
        press([.down, .down, .enter], &s)
        #expect(s.session?.profile.jobOffer.hasOffer == false)
        // Up from nothing lands on the last option.
        var t = on("maritalStatus")
        press([.up], &t)
        #expect(t.selection == 5)
        // A digit still picks directly.
        var u = on("maritalStatus")
        press([.char("2"), .enter], &u)
        #expect(u.session?.profile.maritalStatus == .married)
    }

    @Test("a saved choice is highlighted when the question is shown again")
    func savedChoice() {
        var p = Profile()
        p.maritalStatus = .commonLaw
        #expect(on("maritalStatus", p).selection == 2)
    }

    @Test("a prefilled answer is selected: typing replaces it, moving the cursor keeps it")
    func prefilledIsSelected() {
        var p = Profile()
        p.countryOfResidence = "India"
        var s = on("countryOfResidence", p)
        #expect(s.field.selected)
        type("Brazil", &s)
        #expect(s.field.string == "Brazil")
        var t = on("countryOfResidence", p)
        press([.end], &t)
        type("n", &t)
        #expect(t.field.string == "Indian")
        var u = on("countryOfResidence", p)
        press([.backspace], &u)
        #expect(u.field.string == "")
    }

    @Test("a text field holds 200 characters and says so when full, keeping the text")
    func fullField() {
        var s = on("countryOfResidence")
        type(String(repeating: "a", count: 100), &s)     // the country field holds 100
        #expect(s.field.string.count == 100 && s.fieldError == nil)
        type("b", &s)
        #expect(s.field.string.count == 100)
        #expect(s.fieldError == "This field holds 100 characters; the rest was not typed.")
        let title = Questionnaire.question(id: "workExperience")!.entryList!.fields.first { $0.id == "title" }!
        if case .text(let n) = title.kind { #expect(n >= 200) } else { Issue.record("title is not text") }
    }

    @Test("in the missing filter, Space changes only the highlighted item, through every status")
    func checklistSpaceKeepsItsItem() {
        var s = freshState()
        var sess = session()
        sess.profile = Profile()
        sess.profile.maritalStatus = .single
        s.session = sess
        Update.openChecklist(&s)
        let first = Update.items(s)[0].key
        let second = Update.items(s)[1].key
        var seen: [DocumentStatus] = []
        for _ in 0..<4 {
            press([.char(" ")], &s)
            #expect(Update.items(s)[s.selection].key == first)
            seen.append(Checklist.record(first, in: s.profile).status)
        }
        #expect(seen == [.requested, .have, .notApplicable, .needed])
        #expect(Checklist.record(second, in: s.profile).status == .needed, "the next item was not touched")
        // Marked "have", the item leaves the missing list once the cursor moves on.
        press([.char(" "), .char(" ")], &s)
        press([.down], &s)
        #expect(!Update.items(s).contains { $0.key == first })
    }

    @Test("PgDn and PgUp move by exactly the rows shown, so every line of a summary is seen")
    func pagingSkipsNoLine() {
        var s = freshState()
        var sess = session()
        sess.profile = Profile()
        s.session = sess
        Update.show(.summary(.criteria), &s)
        let total = SummaryView.content(.criteria, s, width: s.width - 4).lines.count
        let rows = SummaryView.rows(height: s.height)
        var shown = Set<Int>()
        for _ in 0..<(total / rows + 2) {
            for i in s.scroll..<min(total, s.scroll + rows) { shown.insert(i) }
            press([.pageDown], &s)
        }
        #expect(shown.count == total)
        #expect(s.scroll == SummaryView.maxScroll(.criteria, s))
        press([.pageUp], &s)
        #expect(s.scroll == max(0, SummaryView.maxScroll(.criteria, s) - rows))
        press([.end], &s)
        #expect(s.scroll == SummaryView.maxScroll(.criteria, s))
        press([.home], &s)
        #expect(s.scroll == 0)
    }

    @Test("the step 1 summary starts with the totals, the verdict and what to do next")
    func summaryStartsWithTheAnswer() {
        var s = freshState()
        var sess = session()
        sess.profile = Profile()
        s.session = sess
        let lines = SummaryView.content(.criteria, s, width: 76).plainLines
        #expect(lines[0].contains("CRS score") && lines[1].contains("FSW grid"))
        #expect(lines[2].contains("Eligibility is not known yet") || lines[2].contains("eligible"))
        #expect(lines.prefix(6).contains { $0.contains("Next:") })
    }

    @Test("step 3 of an applicant whose dates are all in and every deadline met says so, not that nothing is entered")
    func stepThreeWithEveryDeadlineMet() {
        var s = freshState()
        var sess = session()
        var p = Profile()
        p.chosenRoute = .hcp
        p.hcpApplicationReceivedDate = LocalDate(year: 2026, month: 4, day: 10)
        p.filing.receivedNOI = true
        p.noiDate = LocalDate(year: 2026, month: 3, day: 1)
        p.filing.oinpApplicationSubmitted = LocalDate(year: 2026, month: 4, day: 10)
        sess.profile = p
        s.session = sess
        let lines = SummaryView.content(.oinp, s, width: 76).plainLines
        #expect(lines.contains { $0.contains("No deadline is open for this step") })
        #expect(!lines.contains { $0.contains("No dates entered yet") })
        // With no date at all, it says that instead.
        var none = Profile()
        none.chosenRoute = .hcp
        none.hcpApplicationReceivedDate = LocalDate(year: 2026, month: 4, day: 10)   // step 2's date, not step 3's
        sess.profile = none
        s.session = sess
        #expect(SummaryView.content(.oinp, s, width: 76).plainLines.contains { $0.contains("No dates entered yet for this step.") })
    }
}
