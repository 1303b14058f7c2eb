import GuideCore
import Testing
@testable import GuideUI

/// Update tables for the questionnaire: choices, conditional questions, lists of entries,
/// summaries and the review list.
@Suite("Questionnaire flow")
struct QuestionnaireFlowTests {
    func at(_ id: String, _ profile: Profile = Profile()) -> AppState { GuideUITests.at(id, profile) }

    @Test("a choice: Up/Down or a digit moves the highlight, Enter saves the highlighted choice and goes on")
    func choice() {
        var s = at("maritalStatus")
        // Nothing is highlighted until the user moves: the first Down lands on the first choice.
        press([.down, .down], &s)
        #expect(s.selection == 1)
        press([.char("2")], &s)
        #expect(s.selection == 1)
        let effects = press([.enter], &s)
        #expect(s.profile.maritalStatus == .married)
        #expect(effects.count == 1)
        #expect(s.screen == .question(id: "spouseCitizenOrPR"))
        // The saved answer is highlighted when the question is shown again.
        press([.escape], &s)
        #expect(s.screen == .question(id: "maritalStatus") && s.selection == 1)
    }

    @Test("spouse questions appear after 'married' and disappear after 'single', in both directions")
    func conditional() {
        var s = at("maritalStatus")
        press([.char("2"), .enter], &s)                           // married
        #expect(s.screen == .question(id: "spouseCitizenOrPR"))
        press([.char("2"), .enter], &s)                           // no, not a citizen/PR
        #expect(s.screen == .question(id: "spouseAccompanying"))
        press([.char("1"), .enter], &s)                           // comes along
        #expect(s.screen == .question(id: "spouseEducation"))
        // Back up to marital status and change it: the spouse questions are skipped going forward…
        press([.escape, .escape, .escape], &s)
        #expect(s.screen == .question(id: "maritalStatus"))
        press([.char("1"), .enter], &s)                           // single
        #expect(s.screen == .question(id: "numberOfChildren"))
        // …and going back.
        press([.escape], &s)
        #expect(s.screen == .question(id: "maritalStatus"))
        // The spouse's answers are kept (not shown), should the status change again.
        #expect(s.profile.spouse.accompanying == true)
    }

    @Test("a list: add an entry, answer its fields, leave it incomplete, remove it only after y")
    func list() {
        var s = at("languageTests")
        #expect(s.selection == 0)
        var effects = press([.enter], &s)                         // row 0 is "Add" when the list is empty
        #expect(s.screen == .entry(questionID: "languageTests", index: 0, field: 0))
        #expect(s.profile.languageTests.isEmpty && effects.isEmpty) // a new test is stored once its type is chosen
        effects = press([.char("2"), .enter], &s)                 // CELPIP
        #expect(s.profile.languageTests.count == 1 && effects.count == 1)
        #expect(s.profile.languageTests[0].type == .celpipGeneral)
        type("2026-02-01", &s)
        press([.enter], &s)
        #expect(s.screen == .entry(questionID: "languageTests", index: 0, field: 2))
        press([.escape, .escape, .escape], &s)                    // back through the fields to the list
        #expect(s.screen == .question(id: "languageTests"))
        #expect(s.profile.languageTests[0].testDate == LocalDate(year: 2026, month: 2, day: 1))
        // Enter on the incomplete entry opens its first missing field.
        press([.enter], &s)
        #expect(s.screen == .entry(questionID: "languageTests", index: 0, field: 3))
        press([.escape, .escape, .escape, .escape], &s)
        #expect(s.screen == .question(id: "languageTests") && s.selection == 0)
        press([.char("d")], &s)
        #expect(s.overlay == .confirmRemove(questionID: "languageTests", index: 0))
        effects = press([.char("n")], &s)
        #expect(s.overlay == nil && s.profile.languageTests.count == 1 && effects.isEmpty)
        press([.char("d")], &s)
        effects = press([.char("y")], &s)
        #expect(s.profile.languageTests.isEmpty)
        #expect(effects.count == 1)
    }

    @Test("a required list cannot be left empty with Continue; it says what to do")
    func emptyList() {
        var s = at("workExperience")
        press([.end, .enter], &s)                                 // Continue
        #expect(s.screen == .question(id: "workExperience"))
        #expect(s.fieldError == "Add at least one job (press a), or press Esc to come back later.")
    }

    @Test("an entry field rejects a score outside the test's range and keeps the text")
    func scoreRange() {
        var p = Profile()
        p.languageTests = [LanguageTest(type: .ieltsGeneral, testDate: LocalDate(year: 2026, month: 1, day: 10))]
        var s = at("languageTests", p)
        Update.show(.entry(questionID: "languageTests", index: 0, field: 3), &s)   // reading
        type("9.5", &s)
        let effects = press([.enter], &s)
        #expect(effects.isEmpty)
        #expect(s.fieldError == "9.5 is outside IELTS reading 0–9.")
        #expect(s.field.string == "9.5")
        press([.backspace, .backspace, .backspace], &s)
        type("6.25", &s)
        press([.enter], &s)
        #expect(s.fieldError == "IELTS reading goes in steps of 0.5.")
        press([.ctrl("u")], &s)
        type("6.5", &s)
        press([.enter], &s)
        #expect(s.profile.languageTests[0].scores.reading == 6.5)
        #expect(s.screen == .entry(questionID: "languageTests", index: 0, field: 4))
    }

    @Test("the last question leads to the step's summary; Enter there opens the next step; Esc comes back")
    func summary() {
        var s = at("federalProgram")
        press([.char("1"), .enter], &s)
        #expect(s.screen == .summary(.criteria))
        #expect(s.session?.position == JourneyPosition(step: .criteria, questionID: "summary"))
        press([.escape], &s)
        #expect(s.screen == .question(id: "federalProgram"))
        press([.enter, .enter], &s)     // the saved choice is highlighted again, so Enter keeps it
        #expect(s.screen == .question(id: "hcpApplicationReceived"))   // a step not started opens on its first question
    }

    @Test("review lists the required answers still missing and jumps to one")
    func review() {
        var s = freshState()
        s.session = session(dob: LocalDate(year: 1990, month: 1, day: 1))
        press([.char("r")], &s)
        #expect(s.screen == .review)
        let missing = Questionnaire.missing(for: s.profile)
        #expect(missing.first?.id == "maritalStatus")
        #expect(!missing.contains { $0.id == "dateOfBirth" })
        #expect(!missing.contains { $0.id == "spouseAccompanying" })      // hidden while marital status is unknown
        press([.down, .enter], &s)
        #expect(s.screen == .question(id: missing[1].id))
    }

    @Test("moving to another question saves the position, so a restart resumes there")
    func positionSaved() {
        var s = at("numberOfChildren")
        let effects = press([.escape], &s)
        #expect(s.screen == .question(id: "maritalStatus"))
        guard case .save(let saved)? = effects.first else { Issue.record("no save"); return }
        #expect(saved.position == JourneyPosition(step: .criteria, questionID: "maritalStatus"))
        #expect(Flow.screen(for: saved.position, saved.profile) == .question(id: "maritalStatus"))
    }

    @Test("amounts and whole numbers: what is accepted and what is refused, with the reason")
    func numbers() {
        let cases: [(String, Double?, String?)] = [
            ("25000", 25_000, nil), ("25,000.50", 25_000.5, nil), ("$ 1 234", 1234, nil), ("CAD 19001", 19_001, nil),
            ("-5", nil, "Type an amount in Canadian dollars, for example 25000 or 25,000.50."),
            ("12.345", nil, "Type an amount in Canadian dollars, for example 25000 or 25,000.50."),
            ("lots", nil, "Type an amount in Canadian dollars, for example 25000 or 25,000.50."),
        ]
        for (typed, value, message) in cases {
            var s = at("settlementFunds")
            type(typed, &s)
            press([.enter], &s)
            #expect(s.profile.settlementFundsCAD == value, "\(typed)")
            #expect(s.fieldError == message, "\(typed)")
        }
        var k = at("numberOfChildren")
        type("21", &k)
        press([.enter], &k)
        #expect(k.fieldError == "21 is outside 0 to 20.")
    }
}

@Suite("Step 3 and the rulebook")
struct FilingFlowTests {
    @Test("an OINP e-filing date before the closure puts the applicant under the HCP rules and unblocks step 3")
    func receiptFromFiling() {
        var p = Profile()
        p.filing.receivedNOI = true
        p.noiDate = LocalDate(year: 2026, month: 4, day: 20)
        var s = at("oinpSubmitted", p)
        // An NOI puts the journey on the HCP route (its questions are asked), but the rules apply HCP
        // only to an application received before the closure.
        #expect(Questionnaire.journeyRoute(s.profile) == .hcp)
        #expect(RouteRules.effectiveRoute(s.profile, asOf: today) != .hcp)
        type("2026-05-10", &s)
        press([.enter], &s)
        #expect(s.profile.hcpApplicationReceivedDate == LocalDate(year: 2026, month: 5, day: 10))
        #expect(HCPRules.rulebook(for: s.profile, asOf: today).grandfathered)
        #expect(RouteRules.effectiveRoute(s.profile, asOf: today) == .hcp)
        #expect(!StepStatus.all(s.profile, today: today)[2].label.hasPrefix("not needed"))
    }
}

@Suite("Deadline sentences")
struct DeadlineSentenceTests {
    @Test("a submission is measured against the rule's period, on time or late, to the day")
    func submitted() {
        let noi = LocalDate(year: 2026, month: 4, day: 20)!          // + 45 days (RULES.md §1.3) = 2026-06-04
        #expect(Deadlines.submittedNote("noiToApplication", from: noi, sent: LocalDate(year: 2026, month: 6, day: 4))
                == "Submitted 2026-06-04, within the 45 days (deadline 2026-06-04).")
        #expect(Deadlines.submittedNote("noiToApplication", from: noi, sent: LocalDate(year: 2026, month: 6, day: 5))
                == "Submitted 2026-06-05, after the deadline of 2026-06-04 (45 days): late applications are returned.")
        let ita = LocalDate(year: 2026, month: 11, day: 1)!          // + 60 days (RULES.md §9) = 2026-12-31
        #expect(Deadlines.submittedNote("itaToApplication", from: ita, sent: LocalDate(year: 2026, month: 12, day: 31))
                == "Submitted 2026-12-31, within the 60 days (deadline 2026-12-31).")
        #expect(Deadlines.submittedNote("itaToApplication", from: ita, sent: nil) == nil)
    }
}
