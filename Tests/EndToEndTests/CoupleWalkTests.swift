import Foundation
import GuideCore
import Testing

/// A couple whose spouse has a language test, walked through step 1 on the real screens in tmux,
/// then the session exported and assessed on the command line: the totals on the screen, the totals
/// `assess` gives, and the totals derived by hand from RULES.md must be the same numbers.
extension EndToEnd {
@Suite("A couple walked through step 1", .serialized, .enabled(if: Tmux.isAvailable && Binary.path != nil, "needs tmux and the built oinp-guide binary"))
struct CoupleWalkTests {
    let binary = Binary.path ?? ""

    @Test("the spouse's test reaches the score: CRS 422 and FSW 75 on the screen and in assess")
    func coupleWithSpouseTest() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-e2e-couple-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: data) }
        let t = try Tmux(command: "\(binary) --data-dir \(data.path) --as-of 2026-12-01")
        try t.waitFor("Four steps")
        try t.send("Enter")
        func answer(_ prompt: String, type text: String? = nil, _ keys: String...) throws {
            try t.waitFor(prompt)
            if let text { try t.type(text) }
            for k in keys { try t.send(k) }
        }
        try answer("What is your date of birth?", type: "1996-05-01", "Enter")
        try answer("What is your marital status?", "2", "Enter")                                  // married
        try answer("a Canadian citizen or permanent resident?", "2", "Enter")                    // no
        try answer("come with you to Canada?", "1", "Enter")                                     // yes
        try answer("spouse's or partner's highest education?", "5", "Enter")                     // bachelor's
        try answer("skilled work in Canada does your spouse", type: "0", "Enter")
        try answer("spouse or partner study full time in Canada", "2", "Enter")                  // no
        try answer("How many dependent children", type: "0", "Enter")
        try answer("What is your highest level of education?", "5", "Enter")                     // bachelor's
        try answer("Is that credential Canadian?", "2", "Enter")                                 // no
        try answer("Is it a degree", "1", "Enter")
        try answer("When did you complete that credential?", "Enter")                            // not known
        try answer("Educational Credential Assessment (ECA) for it?", "1", "Enter")
        try answer("was your ECA issued?", type: "2024-01-15", "Enter")
        try answer("post-secondary studies in Canada?", "1", "Enter")                            // no
        try answer("at least two academic years?", "2", "Enter")                                 // no
        try answer("Which official language is your first", "1", "Enter")                        // English
        try answer("Your language test results", "Enter")                                        // add
        try answer("Which test?", "2", "Enter")                                                  // CELPIP
        try answer("did you take the test?", type: "2026-01-10", "Enter")
        try answer("were the results issued?", "Enter")
        for ability in ["reading", "writing", "listening", "speaking"] { try answer("Your \(ability) score?", type: "9", "Enter") }
        try answer("1. CELPIP, 2026-01-10", "End", "Enter")                                      // continue
        // The spouse's test: IELTS R 7, W 6.5, L 7.5, S 7.
        try answer("spouse's or partner's language test results", "Enter")                      // add
        try answer("Which test?", "1", "Enter")                                                  // IELTS
        try answer("did you take the test?", type: "2026-02-07", "Enter")
        try answer("were the results issued?", type: "2026-02-20", "Enter")
        try answer("Your reading score?", type: "7", "Enter")
        try answer("Your writing score?", type: "6.5", "Enter")
        try answer("Your listening score?", type: "7.5", "Enter")
        try answer("Your speaking score?", type: "7", "Enter")
        try answer("1. IELTS, 2026-02-07: R/W/L/S 7/6.5/7.5/7", "End", "Enter")
        try answer("Your work experience", "Enter")
        try answer("NOC 2021 code", type: "21231", "Enter")
        try answer("Job title?", "Enter")                                                        // the NOC's title, kept
        try answer("Start date?", type: "2021-01-01", "Enter")
        try answer("End date?", "Enter")
        try answer("Hours per week?", type: "40", "Enter")
        try answer("Was this work in Canada?", "2", "Enter")
        try answer("In which country?", type: "India", "Enter")
        try answer("Were you paid", "1", "Enter")
        try answer("Were you self-employed?", "2", "Enter")
        try answer("full-time student at the time?", "2", "Enter")
        try answer("1. 21231 Software engineers and designers", "End", "Enter")
        try answer("certificate of qualification", "2", "Enter")
        try answer("permanent job offer in Canada?", "2", "Enter")
        try answer("brother or sister in Canada", "2", "Enter")
        try answer("another relative in Canada", "2", "Enter")
        try answer("How much money can you show", type: "40000", "Enter")
        try answer("In which country do you live now?", type: "India", "Enter")
        try answer("Countries where you lived 6 months", "End", "Enter")                         // none to add
        try answer("Countries where your spouse or partner lived", "End", "Enter")
        try answer("What is your status in Canada?", "1", "Enter")
        try answer("Do you intend to live in Ontario?", "1", "Enter")
        try answer("Which ties do you have to Ontario?", "Enter")
        try answer("Under which federal program", "1", "Enter")
        try t.waitFor("Human Capital Priorities criteria")

        // Derived by hand from RULES.md (the same couple as AnswersThatCountTests in GuideCoreTests):
        //   spouse IELTS R 7.0 = CLB 9, W 6.5 = CLB 8, L 7.5 = CLB 8, S 7.0 = CLB 9 (§6.1).
        //   CRS A: age 30 with spouse 95 + bachelor's 112 + CLB 9 x4 (29 each) 116 = 323;
        //   B: spouse bachelor's 8 + spouse language 5+3+3+5 = 16 -> 24; C: 25 + 50 = 75; D 0 -> 422.
        //   FSW: language 24 + education 21 + experience (5 years) 13 + age 12 + adaptability 5 = 75.
        let screen = t.screen()
        #expect(screen.contains("CRS score (with spouse)                     422 of 1200"), "screen:\n\(screen)")
        #expect(screen.contains("FSW grid (pass mark 67)                     75 of 100: eligible"), "screen:\n\(screen)")
        try t.send("C-c")
        #expect(try t.waitForExit() == 0)

        // The exported session, assessed by the command line, gives the same totals.
        let export = data.appendingPathComponent("export.json").path
        let id = try #require(try SessionStore(directory: data).mostRecent()).id
        _ = try Tmux.shell("'\(binary)' sessions export --data-dir '\(data.path)' '\(id)' -o '\(export)'")
        let json = try Tmux.shell("'\(binary)' assess '\(export)' --as-of 2026-12-01 --format json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let crs = report["crs"] as? [String: Any], fsw = report["fsw"] as? [String: Any]
        #expect(crs?["total"] as? Int == 422 && crs?["spouse"] as? Int == 24)
        #expect(fsw?["total"] as? Int == 75)
    }
}
}
