import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// A new language test has no type until the user chooses one, on the screens and in --plain: Enter
/// cannot keep a guessed IELTS, whose bands are read on another scale than CELPIP's levels.
///
/// The expected levels, by hand from RULES.md:
///   §6.2 CELPIP-General: level n = CLB n in every ability, so CELPIP 9/9/9/9 is CLB 9 in all four.
///   §6.1 IELTS General Training: CLB 10 needs R 8.0, W 7.5, L 8.5, S 7.5, so IELTS 9/9/9/9 is CLB 10
///   in all four: the levels the old default (a new test started as IELTS) gave a CELPIP taker.
///   (§5.4, single: CLB 9 is 31 points per ability, 124 in all; CLB 10 is 34, 136: 12 points too many.)
@Suite("A new language test has no type until chosen")
struct NewLanguageTestTests {
    static let celpipNine = CLBLevels(all: 9)
    static let ieltsNineAsCLB = CLBLevels(all: 10)

    func english(_ p: Profile) -> CLBLevels? {
        LanguageRules.best(p.languageTests, language: .english, asOf: today)?.levels
    }

    /// The test date, the blank result date, then 9 in all four abilities, Enter after each.
    func answerDateAndNines(_ s: inout AppState) {
        type("2026-01-10", &s)
        press([.enter, .enter], &s)
        for _ in 0..<4 {
            type("9", &s)
            press([.enter], &s)
        }
    }

    @Test("the screens: the new entry shows no type, Enter is refused and stays, CELPIP then 9/9/9/9 is CLB 9")
    func screens() {
        var s = at("languageTests", Profile())
        var effects = press([.enter], &s)                           // "Add a language test"
        #expect(s.screen == .entry(questionID: "languageTests", index: 0, field: 0))
        // Nothing chosen, nothing stored, nothing saved.
        #expect(s.selection == -1)
        #expect(s.profile.languageTests.isEmpty && effects.isEmpty)
        let screen = View.render(s).lines.joined(separator: "\n")
        #expect(screen.contains("Which test?") && screen.contains("language test 1, question 1 of 7"))
        #expect(!screen.contains("(*)"), "no test is marked as the answer:\n\(screen)")
        // Enter is refused with what happened and what to do, and the user stays on the field.
        effects = press([.enter], &s)
        #expect(effects.isEmpty)
        #expect(s.screen == .entry(questionID: "languageTests", index: 0, field: 0))
        #expect(s.fieldError?.hasPrefix("No test is chosen yet. Choose which test you took") == true)
        #expect(s.profile.languageTests.isEmpty)
        // CELPIP (the second choice): stored and saved now, and on to the test date.
        effects = press([.char("2"), .enter], &s)
        #expect(s.profile.languageTests.map(\.type) == [.celpipGeneral])
        #expect(effects.count == 1)
        #expect(s.screen == .entry(questionID: "languageTests", index: 0, field: 1))
        answerDateAndNines(&s)
        #expect(s.screen == .question(id: "languageTests"))
        #expect(s.profile.languageTests[0].scores == LanguageScores(reading: 9, writing: 9, listening: 9, speaking: 9))
        #expect(english(s.profile) == Self.celpipNine)
    }

    @Test("the screens: Esc on a new test's type leaves nothing behind; the spouse's list is the same")
    func leftBeforeChoosing() {
        var s = at("languageTests", Profile())
        press([.enter, .down], &s)                                  // add, highlight IELTS without choosing it
        let effects = press([.escape], &s)
        #expect(s.screen == .question(id: "languageTests") && effects.isEmpty)
        #expect(s.profile.languageTests.isEmpty)
        #expect(s.selection == 0)                                   // back on "Add a language test"
        let list = Questionnaire.question(id: "spouseLanguageTests")!.entryList!
        var p = Profile()
        let i = list.add(&p)
        #expect(p.spouse.languageTests.isEmpty && list.isNew(i, in: p))
        #expect(list.fields[0].read(p, i) == nil && list.missing(in: p, at: i).count == 6)
    }

    @Test("a stored test reads back the same bytes (the saved format of a complete entry is unchanged)")
    func savedFormat() throws {
        let json = #"{"resultDate":"2026-01-20","scores":{"listening":9,"reading":9,"speaking":9,"writing":9},"testDate":"2026-01-10","type":"celpipGeneral"}"#
        let test = try JSONDecoder().decode(LanguageTest.self, from: Data(json.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(test), as: UTF8.self) == json)
        // A test with no type cannot be read: the type is required in the saved format.
        #expect(throws: (any Error).self) { try JSONDecoder().decode(LanguageTest.self, from: Data(#"{"scores":{}}"#.utf8)) }
    }

    @Test("--plain: no type is offered for a new test, Enter is refused, CELPIP then 9/9/9/9 is CLB 9")
    func plain() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        var started = try store.create(name: "Plain")
        started.position = JourneyPosition(step: .criteria, questionID: "languageTests")
        _ = try store.save(started)
        var lines = ["a", "", "2", "2026-01-10", "", "9", "9", "9", "9", "q"]
        var out = ""
        let mode = PlainMode(session: try #require(try store.mostRecent()), store: LiveStore(store), today: today,
                             readLine: { lines.isEmpty ? nil : lines.removeFirst() }, write: { out += $0 })
        #expect(mode.run() == .quit)
        // The prompt offers no answer in brackets, and no choice is marked as the current one.
        let asked = try #require(out.range(of: "Language test 1: Which test?"))
        let choices = out[asked.upperBound...].prefix { $0 != ">" }
        #expect(!choices.contains("(current answer)"))
        // An empty prompt (not "> [IELTS General Training]"), and Enter on it is refused.
        #expect(out[asked.upperBound...].hasPrefix(choices + "> ! No test is chosen yet. Choose which test you took"), "\(out)")
        #expect(out.contains("(Type a number from 1 to 5.)"))
        // Asked again after the refusal, then the test date.
        #expect(out.components(separatedBy: "Language test 1: Which test?").count == 3)
        #expect(out.contains("1. CELPIP, 2026-01-10: R/W/L/S 9/9/9/9"))
        let saved = try #require(try store.mostRecent())
        #expect(saved.profile.languageTests.map(\.type) == [.celpipGeneral])
        #expect(english(saved.profile) == Self.celpipNine)
        #expect(Self.celpipNine != Self.ieltsNineAsCLB)
    }

    @Test("--plain: leaving a new test before choosing its type stores nothing")
    func plainLeftBeforeChoosing() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SessionStore(directory: dir)
        var started = try store.create(name: "Plain")
        started.position = JourneyPosition(step: .criteria, questionID: "languageTests")
        let revision = try store.save(started).revision
        var lines = ["a", "<", "q"]
        let mode = PlainMode(session: try #require(try store.mostRecent()), store: LiveStore(store), today: today,
                             readLine: { lines.isEmpty ? nil : lines.removeFirst() }, write: { _ in })
        #expect(mode.run() == .quit)
        let saved = try #require(try store.mostRecent())
        #expect(saved.profile.languageTests.isEmpty)
        #expect(saved.revision == revision)
    }
}
