import Foundation
import Testing
@testable import GuideCore

// A new language test is stored by its type, the first field of the entry: until a test is chosen
// nothing is stored, so no entry can reach the rules on a scale nobody chose.
//
// By hand from RULES.md: CELPIP level n = CLB n (§6.2), so CELPIP 9/9/9/9 is CLB 9 in all four;
// IELTS 9/9/9/9 reaches CLB 10 in all four (§6.1: CLB 10 needs R 8.0, W 7.5, L 8.5, S 7.5), the
// levels the old default (a new test began as IELTS) gave a CELPIP taker.

private let today = d("2026-12-01")

@Suite struct NewLanguageTestQuestionTests {
    @Test(arguments: ["languageTests", "spouseLanguageTests"])
    func addStoresNothingUntilTheTypeIsChosen(_ id: String) {
        let list = Questionnaire.question(id: id)!.entryList!
        var p = Profile()
        let i = list.add(&p)
        #expect(p == Profile())
        #expect(list.isNew(i, in: p) && list.canEdit(i, in: p) && !list.canEdit(i + 1, in: p))
        // No field reads an answer, and every required one is missing: no type is offered.
        #expect(list.fields.allSatisfy { $0.read(p, i) == nil })
        #expect(list.missing(in: p, at: i).map(\.id) == ["type", "testDate", "reading", "writing", "listening", "speaking"])
        #expect(list.fields[0].unchosen?.hasPrefix("No test is chosen yet. Choose which test you took") == true)
    }

    @Test func laterFieldsAreRefusedBeforeTheType() {
        let list = Questionnaire.question(id: "languageTests")!.entryList!
        var p = Profile()
        let i = list.add(&p)
        for (field, text) in zip(list.fields.dropFirst(), ["2026-01-10", "2026-01-20", "9", "9", "9", "9"]) {
            #expect(field.write(&p, i, text, today)?.hasPrefix("No test is chosen yet.") == true, "\(field.id)")
        }
        #expect(p.languageTests.isEmpty)
    }

    @Test func celpipNinesAreCLBNine() {
        let list = Questionnaire.question(id: "languageTests")!.entryList!
        var p = Profile()
        let i = list.add(&p)
        for (field, text) in zip(list.fields, ["celpipGeneral", "2026-01-10", "", "9", "9", "9", "9"]) {
            #expect(field.write(&p, i, text, today) == nil, "\(field.id)")
        }
        #expect(p.languageTests.count == 1 && list.missing(in: p, at: 0).isEmpty)
        #expect(LanguageRules.best(p.languageTests, language: .english, asOf: today)?.levels == CLBLevels(all: 9))
        // The same nines on IELTS: CLB 10. The type chosen is what decides.
        var ielts = p
        ielts.languageTests[0].type = .ieltsGeneral
        #expect(LanguageRules.best(ielts.languageTests, language: .english, asOf: today)?.levels == CLBLevels(all: 10))
    }

    @Test func anotherTypeClearsTheScoresItsScaleCannotHold() {
        let list = Questionnaire.question(id: "languageTests")!.entryList!
        var p = Profile()
        // IELTS R 9, W 7.5, L 9, S 6: CELPIP levels are whole numbers (0-12 in the rules data), so W 7.5 is cleared.
        p.languageTests = [LanguageTest(type: .ieltsGeneral, testDate: d("2026-01-10"),
                                        scores: LanguageScores(reading: 9, writing: 7.5, listening: 9, speaking: 6))]
        #expect(list.fields[0].write(&p, 0, "celpipGeneral", today) == nil)
        #expect(p.languageTests[0].type == .celpipGeneral)
        #expect(p.languageTests[0].scores == LanguageScores(reading: 9, writing: nil, listening: 9, speaking: 6))
        #expect(list.missing(in: p, at: 0).map(\.id) == ["writing"])
        // PTE Core runs 10-90: of 9, 9 and 6 none fits.
        #expect(list.fields[0].write(&p, 0, "pteCore", today) == nil)
        #expect(p.languageTests[0].scores == LanguageScores())
        // The same type again changes nothing.
        let before = p
        #expect(list.fields[0].write(&p, 0, "pteCore", today) == nil)
        #expect(p == before)
    }
}
