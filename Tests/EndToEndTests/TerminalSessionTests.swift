import Foundation
import GuideCore
import Testing

/// The real program in a real pseudo-terminal. Skipped (with the reason) where tmux is missing;
/// CI installs tmux, so there it runs.
extension EndToEnd {
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

    @Test("walk a realistic profile through step 1 to its results, quit, restart: it resumes on the results with every answer")
    func walkStepOne() throws {
        let data = dataDir()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = "\(binary) --data-dir \(data.path) --as-of 2026-11-29"
        let t = try Tmux(command: run)
        try t.waitFor("Four steps")
        try t.send("Enter")

        /// Waits for the prompt, then answers: text typed (if any), then the keys.
        func answer(_ prompt: String, type text: String? = nil, _ keys: String...) throws {
            try t.waitFor(prompt)
            if let text { try t.type(text) }
            for k in keys { try t.send(k) }
        }
        try answer("What is your date of birth?", type: "1992-13-14", "Enter")
        try t.waitFor("1992-13-14 is not a day of the calendar.")      // rejected, the text kept
        try t.send("C-u")
        try answer("What is your date of birth?", type: "1992-03-14", "Enter")
        try answer("What is your marital status?", "1", "Enter")                             // single
        try answer("How many dependent children", type: "0", "Enter")
        try answer("highest level of education", "5", "Enter")                              // bachelor's
        try answer("Is that credential Canadian?", "2", "Enter")                             // no
        try answer("Is it a degree", "1", "Enter")                                          // yes
        try answer("When did you complete that credential?", type: "2014-06-30", "Enter")
        try answer("Educational Credential Assessment (ECA) for it?", "1", "Enter")          // yes
        try answer("was your ECA issued?", type: "2024-02-01", "Enter")
        try answer("post-secondary studies in Canada?", "1", "Enter")                        // no
        try answer("at least two academic years?", "2", "Enter")                            // no
        try answer("Which official language is your first", "1", "Enter")                    // English
        try answer("Your language test results", "Enter")                                    // add
        try answer("Which test?", "1", "Enter")                                               // IELTS (a new test has no type until chosen)
        try answer("did you take the test?", type: "2026-03-02", "Enter")
        try answer("were the results issued?", "Enter")                                       // same day
        try answer("Your reading score?", type: "8", "Enter")
        try answer("Your writing score?", type: "7.5", "Enter")
        try answer("Your listening score?", type: "8.5", "Enter")
        try answer("Your speaking score?", type: "7.5", "Enter")
        try answer("1. IELTS, 2026-03-02: R/W/L/S 8/7.5/8.5/7.5", "End", "Enter")           // continue
        try answer("Your work experience", "Enter")                                           // add
        try answer("NOC 2021 code", type: "21231", "Enter")
        try answer("[Software engineers and designers", "Enter")                              // title found by code
        try answer("Start date?", type: "2020-01-06", "Enter")
        try answer("End date?", "Enter")                                                      // ongoing
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
        try answer("How much money can you show", type: "25,000", "Enter")
        try answer("In which country do you live now?", type: "India", "Enter")
        try answer("Countries where you lived 6 months", "Enter")                          // add
        try answer("Which country?", type: "India", "Enter")
        try answer("From (date you started living there)?", type: "1992-03-14", "Enter")
        try answer("Until?", "Enter")                                                      // lives there now
        try answer("1. India, 1992-03-14 to now", "End", "Enter")
        try answer("What is your status in Canada?", "1", "Enter")                          // none
        try answer("Do you intend to live in Ontario?", "1", "Enter")                       // yes
        try answer("Which ties do you have to Ontario?", "Down", "Space", "Enter")          // a job offer or interviews
        try answer("Under which federal program", "1", "Enter")                             // FSWP
        try t.waitFor("Human Capital Priorities criteria")
        // The answer comes first: both totals and the verdict on the first lines of the summary.
        #expect(t.screen().contains("CRS score (without spouse)                  414 of 1200"))
        #expect(t.screen().contains("FSW grid (pass mark 67)                     72 of 100: eligible"))

        // The CRS total, derived by hand from RULES.md §5 (no spouse): age 34 → 83; bachelor's → 120;
        // IELTS 8/7.5/8.5/7.5 = CLB 10 in all four → 4 x 34 = 136; core 339. Transferability:
        // bachelor's + CLB 9+ → 25; foreign work 2020-01-06..2026-11-29 (6 years) + CLB 9+ → 50; 75.
        // Additional 0. Total 414.
        var screen = t.screen()
        for _ in 0..<8 where !screen.contains("Comprehensive Ranking System: 414 of 1200") {
            try t.send("PageDown")
            usleep(150_000)
            screen = t.screen()
        }
        #expect(screen.contains("Comprehensive Ranking System: 414 of 1200 (without spouse)"))
        try t.send("C-c")
        #expect(try t.waitForExit() == 0)
        try assertRestored(t)

        let stored = try #require(try SessionStore(directory: data).mostRecent())
        #expect(stored.profile.dateOfBirth == LocalDate(year: 1992, month: 3, day: 14))
        #expect(stored.profile.languageTests.first?.scores.writing == 7.5)
        #expect(stored.profile.workExperience.first?.nocCode == "21231")
        #expect(stored.profile.settlementFundsCAD == 25_000)
        #expect(stored.profile.ontarioTies == [.jobOfferOrInterviews])
        #expect(stored.profile.countriesLived.first?.country == "India")

        let again = try Tmux(command: run)
        try again.waitFor("A saved session was found")
        try again.send("Enter")
        try again.waitFor("Human Capital Priorities criteria")
        try again.send("Escape")
        try again.waitFor("(*) Federal Skilled Worker (FSWP)")                    // back on the last question, answer kept
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
        // Signalled by pid: the program is the child of the shell whose pid tmux reports (#{pane_pid}).
        let pid = try t.commandPID()
        let number = ["TERM": SIGTERM, "HUP": SIGHUP, "INT": SIGINT][signal]!
        #expect(kill(pid, number) == 0, "kill(\(pid), SIG\(signal)) failed")
        // The terminal is restored, then the program ends by the signal: the shell sees 128 + its number.
        #expect(try t.waitForExit() == 128 + Int(number))
        try assertRestored(t)
    }

    @Test("LANG=C: the first screen says names need a UTF-8 locale, and a name is drawn with ? instead of losing letters")
    func nonUTF8Locale() throws {
        let data = dataDir()
        defer { try? FileManager.default.removeItem(at: data) }
        let store = try SessionStore(directory: data)
        try store.create(name: "王芳 — Zoë Müller")
        try store.close()
        let t = try Tmux(command: "\(binary) --data-dir \(data.path)", environment: ["LANG": "C", "LC_ALL": "C"])
        try t.waitFor("is not UTF-8")
        try t.send("x")                                     // dismisses the notice
        try t.waitFor("???? - Zo? M?ller")
        try t.send("C-c")
        #expect(try t.waitForExit() == 0)
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

    @Test("NO_COLOR: no colour codes at all; the selection stays visible through reverse video and its marker")
    func noColor() throws {
        let data = dataDir()
        defer { try? FileManager.default.removeItem(at: data) }
        let t = try Tmux(command: "\(binary) --data-dir \(data.path)", environment: ["NO_COLOR": "1"])
        try t.waitFor("Four steps")
        let styled = try Tmux.shell("tmux capture-pane -e -p -t \(t.name)")
        // SGR colour parameters 30-37/40-47/90-97/100-107 and 38;5/48;5 must be absent (39/49 are resets).
        let colour = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]+)*m")
        #expect(colour.numberOfMatches(in: styled, range: NSRange(styled.startIndex..., in: styled)) == 0, "\(styled)")
        #expect(styled.contains("\u{1B}[7m> 1. Check the criteria"))
        try t.send("q")
        _ = try t.waitForExit()
        try assertRestored(t)
    }

    @Test("a fatal error after the first screen still gives the terminal back as it was")
    func crashRestores() throws {
        let data = dataDir()
        defer { try? FileManager.default.removeItem(at: data) }
        let t = try Tmux(command: "\(binary) --data-dir \(data.path) --crash-after-first-screen")
        #expect(try t.waitForExit() != 0)
        try assertRestored(t)
    }

    @Test("an unknown TERM: a clear message, a non-zero exit, the terminal as it was")
    func unknownTerm() throws {
        let data = dataDir()
        defer { try? FileManager.default.removeItem(at: data) }
        let t = try Tmux(command: "\(binary) --data-dir \(data.path)", environment: ["TERM": "nosuchterm"])
        #expect(try t.waitForExit() != 0)
        #expect(t.screen().contains("TERM=nosuchterm is unknown"))
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
}

extension EndToEnd {
@Suite("Plain mode from a script", .enabled(if: Binary.path != nil, "needs the built oinp-guide binary"))
struct PlainModeEndToEndTests {
    @Test("--plain reads answers from standard input and saves them; TERM=dumb chooses it by itself", arguments: [true, false])
    func plainFromStdin(flag: Bool) throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("oinp-plain-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Binary.path!)
        p.arguments = ["--data-dir", data.path, "--as-of", "2026-11-29"] + (flag ? ["--plain"] : [])
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = flag ? "xterm-256color" : "dumb"
        p.environment = env
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data("1990-04-17\n1\nq\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text.contains("What is your date of birth?"))
        #expect(text.contains("How many dependent children do you have?"))
        let stored = try #require(try SessionStore(directory: data).mostRecent())
        #expect(stored.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        #expect(stored.profile.maritalStatus == .single)
    }
}
}
