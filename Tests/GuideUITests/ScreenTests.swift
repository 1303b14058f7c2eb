import GuideCore
import Testing
@testable import GuideUI

/// The lines of each screen at 80x24, as a person sees them. A change here is a change of the
/// product: look at it in tmux before updating the expected lines.
@Suite("Screens at 80x24")
struct ScreenTests {
    @Test("welcome: the four steps, the selection marker, where answers are kept, the key line")
    func welcome() {
        let b = View.render(freshState())
        #expect(b.lines == [
            " oinp-guide  Ontario Express Entry, step by step               as of 2026-11-29",
            "",
            "  Four steps from \"am I eligible?\" to \"my PR application is in\". Choose a step",
            "  and press Enter.",
            "",
            "  > 1. Check the criteria       not started",
            "    2. Choose the stream        not started",
            "    3. OINP e-filing            not started",
            "    4. PR application           not started",
            "",
            "  Nothing is saved until you answer a question. Answers are kept in",
            "  /home/ana/.local/share/oinp-guide.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Enter open step  Up/Down move  F1 help  q quit",
        ])
        // The selected row is marked by ">" and by reverse video (style F), not by colour alone.
        #expect(b.styleLines[5].hasPrefix("nnFFFFFF"))
        #expect(b.cursor?.y == 5)
    }

    @Test("resume: offered when a saved session exists")
    func resume() {
        var s = freshState()
        s.session = session(at: JourneyPosition(step: .criteria, questionID: "dateOfBirth"))
        s.resumable = SessionSummary(s.session!)
        s.screen = .resume
        #expect(View.render(s).lines == [
            " oinp-guide  Ontario Express Entry, step by step               as of 2026-11-29",
            "",
            "  A saved session was found: \"My application\", at step 1 (Check the criteria).",
            "",
            "  > Resume where I left off",
            "    Start a new session (the saved one is kept)",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Enter choose  Up/Down move  F1 help  q quit",
        ])
    }

    @Test("a question with a rejected answer: the typed text stays, the reason is shown, the cursor sits in the field")
    func questionError() {
        var s = freshState()
        s.session = session()
        s.screen = .question(id: "dateOfBirth")
        type("1990-02-30", &s)
        press([.enter], &s)
        let b = View.render(s)
        #expect(b.lines == [
            " oinp-guide  Ontario Express Entry, step by step               as of 2026-11-29",
            " Step 1 of 4: Check the criteria                   [..........] 0 of 1 answered",
            "--------------------------------------------------------------------------------",
            "",
            "  What is your date of birth?",
            "",
            "  [1990-02-30              ] YYYY-MM-DD",
            "  ! 1990-02-30 is not a day of the calendar.",
            "",
            "  As in your passport, in the form YYYY-MM-DD. Age counts in both the FSW grid",
            "  (12 points at 18–35) and the CRS (most points at 20–29); it is measured on",
            "  the day your profile or application is assessed.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Enter save and go on  Esc back  F1 help  Ctrl-C quit",
        ])
        #expect(b.styleLines[7].hasPrefix("nnEEEE"))
        #expect(b.cursor! == (13, 6))
    }

    @Test("help over a question")
    func help() {
        var s = freshState()
        s.session = session()
        s.screen = .question(id: "dateOfBirth")
        type("1990-02-30", &s)
        press([.enter, .function(1)], &s)
        #expect(View.render(s).lines == [
            " oinp-guide  Ontario Express Entry, step by step               as of 2026-11-29",
            " Step 1 of 4: Check the criteria                   [..........] 0 of 1 answered",
            "--------------------------------------------------------------------------------",
            "    +----------------------------------------------------------------------+",
            "  Wh| Help                                                                 |",
            "    |                                                                      |",
            "  [1| Enter      confirm, save the answer and go on                        |",
            "  ! | Esc        back (closes this window first)                           |",
            "    | Up/Down    move in lists (also j/k, Tab/Shift-Tab)                   |",
            "  As| Left/Right move in a field; Home/End, Backspace, Delete              |id",
            "  (1| F1 or ?    this help                                                 |",
            "  th| q          quit (outside a text field)                               |",
            "    | Ctrl-C     quit; every confirmed answer is already saved             |",
            "    |                                                                      |",
            "    | About this question:                                                 |",
            "    | As in your passport, in the form YYYY-MM-DD. Age counts in both the  |",
            "    | FSW grid (12 points at 18–35) and the CRS (most points at 20–29); it |",
            "    | is measured on the day your profile or application is assessed.      |",
            "    |                                                                      |",
            "    | Press Esc to close.                                                  |",
            "    +----------------------------------------------------------------------+",
            "",
            "",
            " Enter save and go on  Esc back  F1 help  Ctrl-C quit",
        ])
    }

    @Test("too small: a message instead of a broken layout, at every size down to 1x1")
    func tooSmall() {
        #expect(View.render(freshState(width: 40, height: 12)).lines == [
            "Terminal too small.",
            "Need 60x20, have 40x12.",
            "Enlarge the window; nothing is lost.",
            "Ctrl-C quits.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ])
        for w in 0...61 {
            for h in [0, 1, 2, 5, 19, 20] {
                let b = View.render(freshState(width: w, height: h))
                #expect(b.lines.count == max(0, h))
            }
        }
    }
}
