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
}
