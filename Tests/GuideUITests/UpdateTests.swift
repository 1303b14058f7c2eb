import GuideCore
import Testing
@testable import GuideUI

@Suite("Update: navigation, validation, effects")
struct UpdateTests {
    @Test("without a saved session the guide starts on the welcome screen; with one it offers to resume")
    func start() {
        #expect(freshState().screen == .welcome)
        let s = AppState(resumable: SessionSummary(session()), today: today, dataDirectory: dataDir)
        #expect(s.screen == .resume)
    }

    @Test("Enter on a step with no session asks the runtime to create one, which then opens that step")
    func createOnEnter() {
        var s = freshState()
        let effects = press([.enter], &s)
        #expect(effects == [.createSession(name: "My application")])
        Update.sessionCreated(session(), &s)
        #expect(s.screen == .question(id: "dateOfBirth"))
    }

    @Test("list keys wrap around the four steps: Up/Down, j/k, Tab/Shift-Tab, Home/End")
    func listKeys() {
        var s = freshState()
        let table: [(Key, Int)] = [(.down, 1), (.char("j"), 2), (.tab, 3), (.down, 0), (.up, 3),
                                   (.char("k"), 2), (.backTab, 1), (.home, 0), (.end, 3)]
        for (key, expected) in table {
            press([key], &s)
            #expect(s.selection == expected, "after \(key)")
        }
    }

    @Test("a rejected date says why, keeps what was typed, and saves nothing")
    func rejected() {
        var s = freshState()
        s.session = session(at: onDateOfBirth)
        s.screen = .question(id: "dateOfBirth")
        let cases: [(String, String)] = [
            ("1990-02-30", "1990-02-30 is not a day of the calendar."),
            ("17/04/1990", "Use the form YYYY-MM-DD, for example 1990-04-17."),
            ("2027-01-01", "2027-01-01 is in the future; today is 2026-11-29."),
            ("", "Use the form YYYY-MM-DD, for example 1990-04-17."),
        ]
        for (typed, message) in cases {
            s.field = TextField(typed)
            let effects = press([.enter], &s)
            #expect(effects.isEmpty)
            #expect(s.fieldError == message)
            #expect(s.field.string == typed)
            #expect(s.session?.profile.dateOfBirth == nil)
        }
        // Typing clears the message; the text stays editable.
        press([.backspace], &s)
        #expect(s.fieldError == nil)
    }

    @Test("an accepted answer is written to the profile and saved with the position")
    func accepted() {
        var s = freshState()
        s.session = session(at: onDateOfBirth)
        s.screen = .question(id: "dateOfBirth")
        type("1990-04-17", &s)
        let effects = press([.enter], &s)
        let expectedDate = LocalDate(year: 1990, month: 4, day: 17)
        #expect(s.session?.profile.dateOfBirth == expectedDate)
        guard case .save(let saved)? = effects.first else { Issue.record("no save effect"); return }
        #expect(saved.profile.dateOfBirth == expectedDate)
        #expect(saved.position.step == .criteria)
        #expect(s.savePending)
        _ = Update.apply(.saved(revision: 2), to: &s)
        #expect(!s.savePending && s.status == "Saved." && s.session?.revision == 2)
    }

    @Test("Esc goes back without losing the saved answer; on the welcome screen Esc and q quit")
    func escape() {
        var s = freshState()
        s.session = session(dob: LocalDate(year: 1990, month: 4, day: 17), at: onDateOfBirth)
        s.screen = .question(id: "dateOfBirth")
        s.field = TextField("19")                        // a draft, not an answer
        press([.escape], &s)
        #expect(s.screen == .welcome)
        #expect(s.session?.profile.dateOfBirth == LocalDate(year: 1990, month: 4, day: 17))
        #expect(s.session?.position == JourneyPosition(step: .criteria, questionID: nil))
        // Leaving the question saved the position; a quit waits until that save is confirmed.
        #expect(s.savePending)
        #expect(press([.escape], &s) == [])
        #expect(Update.apply(.saved(revision: 2), to: &s) == [.quit])
        var t = freshState()
        #expect(press([.char("q")], &t) == [.quit])
    }

    @Test("in a date field q is ignored (not a quit, not a character of a date it accepts); ? opens help; F1 anywhere")
    func helpKeys() {
        var s = freshState()
        s.session = session(at: onDateOfBirth)
        s.screen = .question(id: "dateOfBirth")
        press([.char("?")], &s)
        #expect(s.overlay == .help && s.field.string == "")
        press([.escape], &s)
        #expect(s.overlay == nil && s.screen == .question(id: "dateOfBirth"))
        press([.function(1)], &s)
        #expect(s.overlay == .help)
        press([.function(1)], &s)
        #expect(s.overlay == nil)
    }

    @Test("Ctrl-C quits from every screen, and while the terminal is too small")
    func ctrlC() {
        for screen in [Screen.welcome, .resume, .question(id: "dateOfBirth")] {
            var s = freshState()
            s.session = session(at: screen == .welcome ? JourneyPosition() : onDateOfBirth)
            s.screen = screen
            #expect(press([.ctrl("c")], &s) == [.quit])
        }
        var small = freshState(width: 30, height: 10)
        #expect(press([.enter, .char("q")], &small).isEmpty)
        #expect(press([.ctrl("c")], &small) == [.quit])
        var signalled = freshState()
        #expect(Update.apply(.interrupt, to: &signalled) == [.quit])
    }

    @Test("resume asks to open (and lock) the saved session, which then shows its saved question; start new keeps the old one")
    func resume() {
        let saved = session(at: JourneyPosition(step: .criteria, questionID: "dateOfBirth"))
        var s = AppState(resumable: SessionSummary(saved), today: today, dataDirectory: dataDir)
        #expect(press([.enter], &s) == [.openSession(id: "S1")])
        _ = Update.apply(.sessionOpened(saved), to: &s)
        #expect(s.screen == .question(id: "dateOfBirth"))
        var t = AppState(resumable: SessionSummary(saved), today: today, dataDirectory: dataDir)
        #expect(press([.down, .enter], &t) == [.createSession(name: "My application")])
        var u = AppState(resumable: SessionSummary(saved), today: today, dataDirectory: dataDir)
        #expect(press([.end, .enter], &u) == [.locateSession(SessionLocateRequest(query: SessionQuery(), today: today, id: nil))])
        #expect(u.screen == .sessions)
        // A session open in another program: the reason is shown and nothing opens.
        var v = AppState(resumable: SessionSummary(saved), today: today, dataDirectory: dataDir)
        press([.enter], &v)
        _ = Update.apply(.failed("Session S1 is open in another oinp-guide (pid 42)."), to: &v)
        #expect(v.screen == .resume && v.session == nil && v.statusIsError)
    }

    @Test("a resize below the minimum keeps the state, and growing back restores the screen")
    func resize() {
        var s = freshState()
        s.session = session(at: onDateOfBirth)
        s.screen = .question(id: "dateOfBirth")
        type("1990", &s)
        _ = Update.apply(.resize(width: 1, height: 1), to: &s)
        #expect(s.isTooSmall)
        press([.char("5")], &s)                           // ignored while too small
        _ = Update.apply(.resize(width: 100, height: 30), to: &s)
        #expect(!s.isTooSmall && s.field.string == "1990" && s.screen == .question(id: "dateOfBirth"))
    }
}
