import Foundation
import GuideCore
import Testing
@testable import GuideUI

@Suite("Plain mode")
struct PlainModeTests {
    func run(_ input: [String], store: SessionStore) throws -> (PlainMode.Outcome, String) {
        var lines = input
        var out = ""
        let session = try store.mostRecent() ?? store.create(name: "Plain")
        let mode = PlainMode(session: session, store: LiveStore(store), today: today,
                             readLine: { lines.isEmpty ? nil : lines.removeFirst() },
                             write: { out += $0 })
        return (mode.run(), out)
    }

    @Test("answers typed line by line are validated, saved, and resumed; < goes back; ? prints help")
    func lineByLine() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let (outcome, out) = try run(["1990-02-30", "1990-04-17", "?", "9", "2", "<", "", "1", "q"], store: store)
        #expect(outcome == .quit)
        #expect(out.contains("! 1990-02-30 is not a day of the calendar."))
        #expect(out.contains("You are 36 on 2026-11-29."))
        #expect(out.contains("Married or common-law"))                 // the help of the marital-status question
        #expect(out.contains("! Type a number from 1 to 6."))
        #expect(out.contains("> [Married] "))                          // back on the question, its answer offered
        let saved = try #require(try store.mostRecent())
        #expect(saved.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        #expect(saved.profile.maritalStatus == .married)
        #expect(saved.profile.spouse.canadianCitizenOrPR == true)
        // A second run offers the steps, as the screens do; Enter goes on where the first stopped.
        let (_, again) = try run(["", "q"], store: store)
        #expect(again.contains("The steps:") && again.contains("1. Check the criteria: in progress"))
        #expect(again.contains("How many dependent children do you have?"))
        // A digit opens that step instead: step 4 starts on its first question.
        let (_, jump) = try run(["4", "q"], store: store)
        #expect(jump.contains("[Step 4 of 4: PR application, question 1 of"))
    }

    @Test("a list: add an entry field by field, then go on")
    func listEntries() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        var s = try store.create(name: "List")
        s.position = JourneyPosition(step: .criteria, questionID: "languageTests")
        _ = try store.save(s)
        let (outcome, out) = try run(["a", "1", "2026-01-10", "", "8", "7", "8.5", "7.5", "", "q"], store: store)
        #expect(outcome == .quit)
        #expect(out.contains("1. IELTS, 2026-01-10: R/W/L/S 8/7/8.5/7.5"))
        let saved = try #require(try store.mostRecent())
        #expect(saved.profile.languageTests.count == 1)
        #expect(saved.profile.languageTests[0].scores.listening == 8.5)
        #expect(out.contains("Your work experience:"))                 // went on to the next question
    }

    @Test("the end of input stops cleanly with everything given so far saved")
    func endOfInput() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        let (outcome, _) = try run(["1990-04-17"], store: store)
        #expect(outcome == .endOfInput)
        #expect(try store.mostRecent()?.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
    }

    @Test("the steps menu comes from the engine: m opens it mid-question, < before a step's first question reaches it, r jumps to what is missing")
    func stepsMenuFromTheEngine() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        // A new session starts on its first question; m there shows the steps; Enter returns to the question.
        let (_, first) = try run(["m", "", "1990-04-17", "q"], store: store)
        let menuAt = try #require(first.range(of: "The steps:"))
        #expect(first[menuAt.upperBound...].contains("[Step 1 of 4: Check the criteria, question 1 of"))
        #expect(try store.mostRecent()?.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        // Under way: the menu offers the review. r lists the required answers still missing, in the
        // engine's order; 1 answers the first of them (the marital status, after the date of birth).
        let missing = Navigator.review(try #require(try store.mostRecent()).profile)
        #expect(missing.first == .question("maritalStatus"))
        let (_, review) = try run(["r", "1", "q"], store: store)
        #expect(review.contains("\(missing.count) required answers still missing."))
        #expect(review.contains("Still needed:\n  1. Step 1: What is your marital status?\n  2. "))
        #expect(review.contains("[Step 1 of 4: Check the criteria, question 2 of"))
        #expect(review.contains("What is your marital status?\n  1. Never married"))
        // Step 2 opens on its first question; < there is before the step's first page: the steps menu.
        let (_, back) = try run(["2", "<", "q"], store: store)
        let opened = try #require(back.range(of: "[Step 2 of 4: Choose the stream, question 1 of"))
        #expect(back[opened.upperBound...].contains("The steps:"))
    }
}
