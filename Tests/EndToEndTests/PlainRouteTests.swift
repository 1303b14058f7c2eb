import Foundation
import GuideCore
import Testing

/// --plain through standard input, as a screen-reader user or a script drives it: a couple on the
/// federal route goes from step 1 to step 4 without typing any made-up data, sees step 3 marked
/// "not needed", and the totals printed equal those derived by hand (see CoupleWalkTests).
extension EndToEnd {
@Suite("Plain mode follows the route", .serialized, .enabled(if: Binary.path != nil, "needs the built oinp-guide binary"))
struct PlainRouteTests {
    /// The couple of CoupleWalkTests as a profile file (the same answers).
    static let couple = #"""
    {"dateOfBirth":"1996-05-01","maritalStatus":"married",
     "spouse":{"canadianCitizenOrPR":false,"accompanying":true,"educationLevel":"bachelorOrThreeYear","canadianWorkYears":0,"studiedInCanada":false,
       "languageTests":[{"type":"ieltsGeneral","testDate":"2026-02-07","resultDate":"2026-02-20","scores":{"reading":7,"writing":6.5,"listening":7.5,"speaking":7}}]},
     "numberOfChildren":0,
     "education":{"level":"bachelorOrThreeYear","isCanadian":false,"isDegree":true,"hasECA":true,"ecaIssueDate":"2024-01-15","canadianCredential":"none","studiedInCanadaTwoYears":false},
     "firstOfficialLanguage":"english",
     "languageTests":[{"type":"celpipGeneral","testDate":"2026-01-10","scores":{"reading":9,"writing":9,"listening":9,"speaking":9}}],
     "workExperience":[{"nocCode":"21231","title":"Software engineers and designers","startDate":"2021-01-01","hoursPerWeek":40,"inCanada":false,"country":"India","paid":true,"selfEmployed":false,"whileFullTimeStudent":false}],
     "certificateOfQualification":false,"jobOffer":{"hasOffer":false},"siblingInCanada":false,"relativeInCanada":false,
     "settlementFundsCAD":40000,"countryOfResidence":"India","legalStatusInCanada":"none","intendsToLiveInOntario":true,"federalProgram":"fswp"}
    """#

    @Test("a federal-only couple reaches step 4 in --plain; step 3 is not needed; CRS 422 and FSW 75 are printed")
    func federalCoupleReachesStepFour() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-plain-route-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("couple.json")
        try Self.couple.write(to: file, atomically: true, encoding: .utf8)
        let data = dir.appendingPathComponent("data").path
        _ = try Tmux.shell("'\(Binary.path!)' sessions import '\(file.path)' --data-dir '\(data)'")

        let p = Process()
        p.executableURL = URL(fileURLWithPath: Binary.path!)
        p.arguments = ["--data-dir", data, "--as-of", "2026-12-01", "--plain"]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Enter keeps every saved answer of step 1; a blank line at the route question only asks again,
        // so "3" (federal alone) lands there whatever the count; then Enter through step 4, and quit.
        input.fileHandleForWriting.write(Data((String(repeating: "\n", count: 60) + "3\n" + String(repeating: "\n", count: 30) + "q\n").utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        // The totals derived by hand in CoupleWalkTests (RULES.md §5, §3.2, §6.1).
        #expect(text.contains("CRS score (with spouse) 422 of 1200"))
        #expect(text.contains("FSW grid (pass mark 67) 75 of 100: eligible"))
        #expect(text.contains("Where you stand on 2026-12-01 (CRS 422)"))
        #expect(text.contains("The steps:"), "a session under way starts on the step menu")
        #expect(text.contains("== Step 3 of 4: OINP e-filing: summary"))
        #expect(text.contains("Not needed for federal Express Entry alone"))
        #expect(text.contains("[Step 4 of 4: PR application, question 1 of"))
        #expect(!text.contains("Your Express Entry profile number?\n") || text.contains("(blank if you have no profile yet)"))
        let stored = try #require(try SessionStore(directory: URL(fileURLWithPath: data)).mostRecent())
        #expect(stored.profile.chosenRoute == .federal)
        #expect(stored.profile.filing.expressEntryProfileNumber == nil, "nothing was made up")
    }
}
}
