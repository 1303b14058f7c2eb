import Foundation
import GuideCore
import Testing
@testable import GuideUI

@Suite("Runtime with a scripted terminal and a real store")
struct RuntimeTests {
    @Test("answer, quit, start again: the answer is there and the guide resumes on the same question")
    func resumeAfterRestart() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)

        var first = AppState(today: today, dataDirectory: dir.path)
        let io = ScriptedTerminal([.key(.enter)] + keys("1990-04-17") + [.key(.enter), .key(.ctrl("c"))])
        Runtime.run(&first, io: io, store: LiveStore(store))
        #expect(io.frames.last?.lines.contains(" Saved.") == true)

        // A new run, as after a restart, builds its state from what the store holds.
        let reopened = try SessionStore(directory: dir)
        let saved = try #require(try reopened.mostRecent())
        #expect(saved.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        // The guide moved on to the next question; that is where it resumes.
        #expect(saved.position == JourneyPosition(step: .criteria, questionID: "maritalStatus"))
        var second = AppState(resumable: SessionSummary(saved), today: today, dataDirectory: dir.path)
        let io2 = ScriptedTerminal([.key(.enter), .key(.escape), .key(.ctrl("c"))])
        Runtime.run(&second, io: io2, store: LiveStore(reopened))
        #expect(io2.frames[0].lines[2].contains("A saved session was found") == true)
        #expect(io2.frames[1].lines[4] == "  What is your marital status?")
        // Esc goes back to the answered question, with its answer.
        let lines = io2.frames[2].lines
        #expect(lines[4] == "  What is your date of birth?")
        #expect(lines[6].hasPrefix("  [1990-04-17"))
    }

    @Test("a failed save keeps the user on the question with the text in the field, and asks what to do")
    func saveFailure() throws {
        final class FailingStore: SessionPersistence {
            func create(name: String) throws -> Session { Session(id: "X", name: name, revision: 1) }
            func save(_ session: Session) throws -> Session { throw StoreError.invalid("disk full") }
        }
        var s = AppState(today: today, dataDirectory: "/nowhere")
        // Enter on the answer fails; Esc in the box keeps editing; the input then ends.
        let io = ScriptedTerminal([.key(.enter)] + keys("1990-04-17") + [.key(.enter), .key(.escape)])
        let outcome = Runtime.run(&s, io: io, store: FailingStore(), options: Runtime.Options(sleep: { _ in }))
        #expect(outcome == .unsavedAnswer("disk full"))
        let box = try #require(io.frames.dropLast().last).lines.joined(separator: "\n")
        #expect(box.contains("Your answer was not saved.") && box.contains("disk full") && box.contains("r: try again"))
        let lines = try #require(io.frames.last).lines
        #expect(lines[22] == " ! Not saved: disk full")
        #expect(lines[4] == "  What is your date of birth?" && lines[6].contains("1990-04-17"))
        #expect(s.field.string == "1990-04-17")
        #expect(s.session?.profile.dateOfBirth == nil)       // not confirmed until it is saved
    }
}
