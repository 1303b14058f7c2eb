import Foundation
import GuideCore
import Testing

/// The three routes on the real screens in tmux, from step 2 to step 4: federal Express Entry alone
/// (step 3 not needed), Ontario Workforce Priority with an Ontario TEER 0-3 offer (OWP's questions),
/// and an HCP applicant already in process (application received before the closure, nominated, ITA).
extension EndToEnd {
@Suite("The three routes walked in tmux", .serialized, .enabled(if: Tmux.isAvailable && Binary.path != nil, "needs tmux and the built oinp-guide binary"))
struct RouteWalkTests {
    let binary = Binary.path ?? ""

    func profile(_ extra: [String: Any]) throws -> Data {
        var p = try #require(try JSONSerialization.jsonObject(with: Data(PlainRouteTests.couple.utf8)) as? [String: Any])
        for (k, v) in extra { p[k] = v }
        return try JSONSerialization.data(withJSONObject: p)
    }

    /// Imports the profile into a fresh folder and opens the guide on it; returns the terminal.
    func open(_ json: Data) throws -> (Tmux, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-routes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("p.json")
        try json.write(to: file)
        _ = try Tmux.shell("'\(binary)' sessions import '\(file.path)' --data-dir '\(dir.path)/data'")
        let t = try Tmux(command: "\(binary) --data-dir \(dir.path)/data --as-of 2026-12-01")
        try t.waitFor("A saved session was found")
        try t.send("Enter")
        try t.waitFor("Four steps")
        return (t, dir)
    }

    @Test("federal alone: step 3 is marked not needed, and Enter goes from its summary to step 4")
    func federal() throws {
        let (t, dir) = try open(try profile([:]))
        defer { try? FileManager.default.removeItem(at: dir) }
        try t.waitFor("3. OINP e-filing         not needed: federal Express Entry alone")
        try t.send("Down", "Enter")                                   // step 2, not started: its first question
        try t.waitFor("If OINP already received your Human Capital Priorities application")
        try t.send("Enter")                                           // never applied: blank
        try t.waitFor("Which route will you follow")
        try t.waitFor("Proposed: Federal Express Entry alone.")
        try t.send("Enter")                                           // nothing chosen yet: Enter only asks
        try t.waitFor("Nothing is chosen yet")
        try t.send("3", "Enter")
        try t.waitFor("Where you stand on 2026-12-01 (CRS 422)")
        try t.send("Enter")
        try t.waitFor("Not needed for federal Express Entry alone")
        try t.send("Enter")
        try t.waitFor("Step 4 of 4: PR application")
        try t.waitFor("Your Express Entry profile number? (blank if you have no profile yet)")
        try t.send("C-c")
        #expect(try t.waitForExit() == 0)
    }

    @Test("an Ontario TEER 0-3 offer: OWP is proposed, and step 3 asks the OWP questions")
    func owp() throws {
        let offer: [String: Any] = ["hasOffer": true, "nocCode": "21231", "inOntario": true, "lmiaOrExempt": true, "currentlyAuthorizedToWork": false]
        let (t, dir) = try open(try profile(["jobOffer": offer]))
        defer { try? FileManager.default.removeItem(at: dir) }
        try t.send("Down", "Enter")
        try t.waitFor("If OINP already received your Human Capital Priorities application")
        try t.send("Enter")
        try t.waitFor("Which route will you follow")
        try t.waitFor("Proposed: Ontario Workforce Priority - TEER 0-3")
        try t.send("2", "Enter")
        try t.waitFor("Where you stand on 2026-12-01")
        try t.send("Enter")
        try t.waitFor("Route: OWP TEER 0-3 (step 2 chooses it).")
        try t.waitFor("What is the name of the employer that offered you the job?")
        try t.send("C-c")
        #expect(try t.waitForExit() == 0)
    }

    // In process: HCP application received 2026-04-01 (before the 2026-05-30 closure), nominated
    // 2026-06-15 and accepted 2026-06-20, ITA 2026-11-20. CRS: the couple's 422 (derived in
    // CoupleWalkTests) + 600 for the accepted nomination (RULES.md §5.9) = 1022. The e-APR is due
    // 60 days after the ITA (§9): 2027-01-19, 49 days after 2026-12-01.
    @Test("an HCP applicant in process: HCP rules still apply, the +600 counts, the e-APR deadline is shown")
    func hcpInProcess() throws {
        let filing: [String: Any] = ["receivedNOI": true, "oinpApplicationSubmitted": "2026-04-01", "oinpFeePaid": true,
                                     "nominationDate": "2026-06-15", "nominationAccepted": "2026-06-20",
                                     "receivedITA": true, "itaDate": "2026-11-20", "itaRound": "pnp"]
        let (t, dir) = try open(try profile(["hcpApplicationReceivedDate": "2026-04-01", "noiDate": "2026-03-10", "filing": filing]))
        defer { try? FileManager.default.removeItem(at: dir) }
        try t.waitFor("CRS 1022")
        try t.send("Enter")                                           // step 1's summary
        try t.waitFor("CRS score (with spouse)                     1022 of 1200")
        try t.send("Enter")                                           // step 2: the route is still to choose
        try t.waitFor("Which route will you follow")
        try t.waitFor("Proposed: Human Capital Priorities")
        try t.send("1", "Enter")
        try t.waitFor("Where you stand on 2026-12-01 (CRS 1022)")
        try t.send("Enter")                                           // step 3, answered: its summary
        try t.waitFor("Route: Human Capital Priorities")
        try t.send("Enter")
        try t.waitFor("Step 4 of 4: PR application")
        try t.waitFor("Have you paid the PR fees for your family?")
        try t.send("C-c")
        #expect(try t.waitForExit() == 0)
        // The deadline the applicant acts on, as `assess` and the store give it.
        let stored = try #require(try SessionStore(directory: dir.appendingPathComponent("data")).mostRecent())
        let lines = Deadlines.all(for: stored.profile, today: LocalDate(year: 2026, month: 12, day: 1)!)
        #expect(lines.contains { $0.date == LocalDate(year: 2027, month: 1, day: 19) && $0.daysLeft == 49 })
    }
}
}
