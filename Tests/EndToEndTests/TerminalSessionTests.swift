import Foundation
import GuideCore
import Testing

/// The real program in a real pseudo-terminal. Skipped (with the reason) where tmux is missing;
/// CI installs tmux, so there it runs.
@Suite("End to end in a pseudo-terminal", .serialized, .enabled(if: Tmux.isAvailable && Binary.path != nil, "needs tmux and the built oinp-guide binary"))
struct TerminalSessionTests {
    let binary = Binary.path ?? ""

    func dataDir() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("oinp-e2e-data-\(UUID().uuidString)", isDirectory: true)
    }

    /// The settings that matter for a usable shell afterwards.
    func assertRestored(_ t: Tmux) throws {
        let before = try t.sttyBefore(), after = try t.sttyAfter()
        #expect(after == before, "terminal settings changed:\nbefore: \(before)\nafter: \(after)")
        let flags = Set(after.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(flags.isSuperset(of: ["echo", "icanon", "isig", "icrnl", "opost"]))
    }

    @Test("answer the date of birth, quit with Ctrl-C, restart: the answer persisted and the terminal was restored")
    func answerQuitResume() throws {
        let data = dataDir()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = "\(binary) --data-dir \(data.path) --as-of 2026-11-29"

        let t = try Tmux(command: run)
        try t.waitFor("Four steps")
        try t.send("Enter")
        try t.waitFor("What is your date of birth?")
        try t.type("1990-13-01")
        try t.send("Enter")
        try t.waitFor("1990-13-01 is not a day of the calendar.")
        try t.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try t.type("04-17")
        try t.send("Enter")
        try t.waitFor("Saved.")
        try t.send("C-c")
        #expect(try t.waitForExit() == 0)
        try assertRestored(t)

        // What the store holds, read directly.
        let stored = try #require(try SessionStore(directory: data).mostRecent())
        #expect(stored.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))

        let again = try Tmux(command: run)
        try again.waitFor("A saved session was found")
        try again.send("Enter")
        try again.waitFor("done (1 of 1 answered)")
        try again.send("Enter")
        let screen = try again.waitFor("[1990-04-17")
        #expect(screen.contains("What is your date of birth?"))
        try again.send("C-c")
        #expect(try again.waitForExit() == 0)
        try assertRestored(again)
    }

    @Test("q on the first screen quits and restores the terminal", arguments: ["q", "Escape"])
    func quitKeys(key: String) throws {
        let data = dataDir()
        defer { try? FileManager.default.removeItem(at: data) }
        let t = try Tmux(command: "\(binary) --data-dir \(data.path)")
        try t.waitFor("Four steps")
        try t.send(key)
        #expect(try t.waitForExit() == 0)
        try assertRestored(t)
    }

    @Test("SIGTERM and SIGHUP end the program cleanly and restore the terminal", arguments: ["TERM", "HUP", "INT"])
    func signals(signal: String) throws {
        let data = dataDir()
        defer { try? FileManager.default.removeItem(at: data) }
        let t = try Tmux(command: "\(binary) --data-dir \(data.path)")
        try t.waitFor("Four steps")
        // The pattern is anchored on the binary so it matches neither pkill's shell nor the tmux wrapper.
        try Tmux.shell("pkill -\(signal) -f -- '^\(binary) --data-dir \(data.path)'")
        _ = try t.waitForExit()
        try assertRestored(t)
    }

    @Test("a resize below the minimum shows the too-small message and comes back intact")
    func resize() throws {
        let data = dataDir()
        defer { try? FileManager.default.removeItem(at: data) }
        let t = try Tmux(command: "\(binary) --data-dir \(data.path)")
        try t.waitFor("Four steps")
        try t.send("Enter")
        try t.waitFor("What is your date of birth?")
        try t.type("1990")
        try t.waitFor("[1990 ")
        try t.resize(width: 30, height: 8)
        let small = try t.waitFor("Terminal too small.")
        #expect(small.contains("Need 60x20, have 30x8."))
        try t.resize(width: 80, height: 24)
        try t.waitFor("[1990 ")
        try t.send("C-c")
        #expect(try t.waitForExit() == 0)
        try assertRestored(t)
    }

    @Test("without a terminal the program explains itself on one line and exits non-zero")
    func noTerminal() throws {
        let data = dataDir()
        defer { try? FileManager.default.removeItem(at: data) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["--data-dir", data.path]
        p.standardInput = FileHandle.nullDevice
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus != 0)
        #expect(message.contains("needs a terminal"))
        #expect(message.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: data.path))
    }
}
