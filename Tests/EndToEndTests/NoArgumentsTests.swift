import Foundation
import GuideCore
import Testing

/// `oinp-guide` with no arguments starts the guide without running the argument parser (a start-up
/// saving); these check that it starts with exactly the defaults the options have: the usual folder
/// ($XDG_DATA_HOME/oinp-guide), today's date, the screens (not --plain), and the same saving.
extension EndToEnd {
@Suite("No arguments: the guide with its defaults", .serialized, .enabled(if: Tmux.isAvailable && Binary.path != nil, "needs tmux and the built oinp-guide binary"))
struct NoArgumentsTests {
    let binary = Binary.path ?? ""

    @Test("no arguments: the usual folder, today's date, the screens; an answer is saved there")
    func defaults() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-e2e-xdg-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let t = try Tmux(command: binary, environment: ["XDG_DATA_HOME": home.path])
        let first = try t.waitFor("Four steps")
        let folder = home.appendingPathComponent("oinp-guide").path
        #expect(first.contains("as of \(LocalDate.today())"), "screen:\n\(first)")
        #expect(first.contains(folder) || first.contains(String(folder.prefix(40))), "screen:\n\(first)")
        try t.send("Enter")
        try t.waitFor("What is your date of birth?")
        try t.type("1990-04-17")
        try t.send("Enter")
        try t.waitFor("What is your marital status?")
        try t.send("q")
        #expect(try t.waitForExit() == 0)
        let saved = try #require(try SessionStore(directory: URL(fileURLWithPath: folder)).mostRecent())
        #expect(saved.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        // The same start as the options give when written out.
        let u = try Tmux(command: "\(binary) --data-dir \(folder)", environment: ["XDG_DATA_HOME": home.path])
        let resumed = try u.waitFor("A saved session was found")
        try u.send("q")
        #expect(try u.waitForExit() == 0)
        let v = try Tmux(command: binary, environment: ["XDG_DATA_HOME": home.path])
        #expect(try v.waitFor("A saved session was found") == resumed)
        try v.send("q")
        #expect(try v.waitForExit() == 0)
    }

    @Test("no arguments with TERM=dumb: line by line, as --plain")
    func dumbTerminal() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-e2e-xdg-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let out = try Tmux.shell("printf 'q\\n' | env TERM=dumb XDG_DATA_HOME='\(home.path)' '\(binary)'")
        #expect(out.contains("oinp-guide, plain mode."), "output:\n\(out)")
    }
}
}
