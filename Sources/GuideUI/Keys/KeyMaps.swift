import GuideCore

/// Every screen's key table. A key that exists on several screens means the same there (a test checks the
/// shared actions); a row without a working handler fails its screen's update test.
public enum KeyMaps {
    // MARK: Rows shared by the screens

    static let ctrlC = KeyBinding([.ctrl("c")], .quit, help: "quit; every confirmed answer is already saved")
    static let quitQ = KeyBinding([.char("q")], .quit, label: "quit", help: "quit (outside a text field)")
    /// The key line of a text field names Ctrl-C, since q is typed there.
    static let ctrlCShown = KeyBinding([.ctrl("c")], .quit, label: "quit", help: "quit; every confirmed answer is already saved")
    static let help = KeyBinding([.function(1), .char("?")], .help, name: "F1", label: "help", fullName: "F1 or ?",
                                 help: "this help: the keys of this screen, and the help of the question")
    /// In free text "?" is typed.
    static let helpF1 = KeyBinding([.function(1)], .help, label: "help", help: "this help: the keys of this screen, and the help of the question")
    static let checklist = KeyBinding([.char("c"), .function(2)], .checklist, fullName: "c or F2",
                                      help: "the document checklist", when: .sessionOpen)
    static let checklistF2 = KeyBinding([.function(2)], .checklist, help: "the document checklist", when: .sessionOpen)
    static let sessions = KeyBinding([.char("s")], .sessions, help: "saved sessions: open, new, rename, copy, delete")
    static let sessionsShown = KeyBinding([.char("s")], .sessions, label: "sessions", help: "saved sessions: open, new, rename, copy, delete")

    static func back(_ help: String, label: String? = "back") -> KeyBinding {
        KeyBinding([.escape], .back, label: label, help: help)
    }

    static func confirm(_ label: String?, _ help: String) -> KeyBinding {
        KeyBinding([.enter], .confirm, label: label, help: help)
    }

    /// Moving a highlight: Up/Down (also k/j, Shift-Tab/Tab) wrap around; Home/End; ten rows by page.
    static func move(_ label: String? = "move") -> [KeyBinding] {
        [KeyBinding([.up, .char("k"), .backTab], .up, name: "Up/Down", label: label, fullName: "Up/Down, k/j, Shift-Tab/Tab",
                    help: "move the highlight (it wraps around)"),
         KeyBinding([.down, .char("j"), .tab], .down, help: nil),
         KeyBinding([.home], .first, fullName: "Home/End, PgUp/PgDn", help: "first / last row; ten rows up / down"),
         KeyBinding([.end], .last, help: nil),
         KeyBinding([.pageUp], .pageUp, help: nil),
         KeyBinding([.pageDown], .pageDown, help: nil)]
    }

    static let digits = KeyBinding((1...9).map { .char(Character(String($0))) }, .choose, name: "1-9",
                                   help: "highlight that row (Enter then acts on it)")

    static let edit = KeyBinding([.left, .right, .home, .end, .backspace, .delete, .ctrl("a"), .ctrl("e"), .ctrl("d"), .ctrl("u"), .ctrl("k")],
                                 .edit, fullName: "Left/Right, Home/End, Backspace, Delete, Ctrl-A/Ctrl-E, Ctrl-D, Ctrl-U/Ctrl-K",
                                 help: "edit the text (a saved answer starts selected: typing replaces it)")

    // MARK: The screens

    public static let steps = KeyMap("steps", [
        confirm("open step", "open the highlighted step")] + move() + [
        digits,
        KeyBinding([.char("r")], .review, label: "review", help: "review the required answers still missing", when: .sessionOpen),
        checklist, sessionsShown, help, quitQ,
        back("quit (this is the first screen)", label: nil),
        ctrlC,
    ])

    public static let resume = KeyMap("resume", [
        confirm("choose", "resume the saved session, start a new one, or see the saved sessions")] + move() + [
        digits, sessions, help, quitQ,
        back("quit (this is the first screen)", label: nil),
        ctrlC,
    ])

    public static let choice = KeyMap("choice", move("choose") + [
        digits,
        confirm("save and go on", "save the highlighted choice and go on (nothing is highlighted until you choose)"),
        back("back: the previous question (or field of an entry or document)"),
        checklist, sessions, help, quitQ, ctrlC,
    ])

    public static let multipleChoice = KeyMap("multiple choice", [
        KeyBinding([.char(" ")], .tick, label: "tick", help: "tick or untick the highlighted choice")] + move(nil) + [
        digits,
        confirm("save and go on", "save the ticked choices and go on"),
        back("back: the previous question (or field of an entry or document)"),
        checklist, sessions, help, quitQ, ctrlC,
    ])

    public static let entries = KeyMap("entries", [
        confirm("open", "open the highlighted entry, add one, or continue"),
        KeyBinding([.char("a"), .char("+")], .add, name: "a", label: "add", fullName: "a or +", help: "add an entry"),
        KeyBinding([.char("d"), .delete], .remove, name: "d", label: "remove", fullName: "d or Delete", help: "remove the highlighted entry (asks first)"),
        back("back: the previous question (or field of an entry or document)"),
        help, quitQ] + move(nil) + [
        digits, checklist, sessions, ctrlC,
    ])

    /// A date or a number: "?" cannot be part of the answer, so it opens help.
    public static let field = KeyMap("field", [
        confirm("save and go on", "save the answer and go on"),
        back("back (what was typed and not saved is dropped)"),
        help, ctrlCShown, edit, checklistF2,
    ])

    public static let textField = KeyMap("text field", [
        confirm("save and go on", "save the answer and go on"),
        back("back (what was typed and not saved is dropped)"),
        helpF1, ctrlCShown, edit, checklistF2,
    ])

    public static let summary = KeyMap("summary", [
        KeyBinding([.up, .char("k")], .up, name: "Up/Down", label: "scroll", fullName: "Up/Down, k/j", help: "scroll a line"),
        KeyBinding([.down, .char("j")], .down, help: nil),
        confirm("next", "go on: the next step, or the steps"),
        back("back to the step's last question"),
        help, quitQ,
        KeyBinding([.pageUp], .pageUp, fullName: "PgUp/PgDn, Space", help: "scroll a page"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, help: nil),
        KeyBinding([.home], .first, fullName: "Home/End", help: "the top / the end"),
        KeyBinding([.end], .last, help: nil),
        checklist, sessions, ctrlC,
    ])

    public static let review = KeyMap("review", [
        confirm("answer", "answer the highlighted question")] + move() + [
        digits,
        back("back to the steps"),
        help, quitQ, checklist, sessions, ctrlC,
    ])

    public static let checklistItems = KeyMap("checklist", [
        confirm("edit", "edit the highlighted document: status, dates, note"),
        KeyBinding([.char(" ")], .nextStatus, label: "status",
                   help: "next status: needed, requested, have it, not applicable (the item stays under the cursor)"),
        KeyBinding([.left], .previousFilter, name: "Left/Right", label: "filter", fullName: "Left/Right, f",
                   help: "previous / next filter: missing, expiring, all"),
        KeyBinding([.right, .char("f")], .nextFilter, help: nil),
        KeyBinding([.char("x")], .export, label: "export", help: "write the checklist as Markdown in the current folder"),
        back("back to where the checklist was opened"),
        quitQ] + move(nil) + [
        digits, help, sessions, checklist, ctrlC,
    ])

    public static let sessionsList = KeyMap("sessions", [
        confirm("open", "open the highlighted session"),
        KeyBinding([.char("n")], .new, label: "new", help: "start a new session"),
        KeyBinding([.char("r")], .rename, label: "rename", help: "rename the highlighted session"),
        KeyBinding([.char("y")], .copy, label: "copy", help: "copy the highlighted session"),
        KeyBinding([.char("d"), .delete], .remove, name: "d", label: "delete", fullName: "d or Delete", help: "delete the highlighted session (asks first)"),
        back("clear the search, else back"),
        quitQ,
        KeyBinding([.char("/")], .search, help: "search name, id, file number and tags as you type"),
        KeyBinding([.char("o")], .sort, help: "sort: by last change, name, deadline"),
        KeyBinding([.char("f")], .nextFilter, help: "next filter: all, due within 14 days, deadline passed, each step")] + move(nil) + [
        help, checklist, ctrlC,
    ])

    public static let sessionsSearch = KeyMap("sessions search", [
        KeyBinding([], .edit, name: "type", label: "to search", fullName: "letters, Backspace", help: "the search; the best match comes first"),
        KeyBinding([.backspace], .edit, help: nil),
        KeyBinding([.enter], .confirm, label: "keep", help: "keep the search and go back to the list keys"),
        KeyBinding([.escape], .back, label: "clear", help: "clear the search"),
        KeyBinding([.up, .backTab], .up, name: "Up/Down", label: "move", fullName: "Up/Down, Shift-Tab/Tab", help: "move through what is found"),
        KeyBinding([.down, .tab], .down, help: nil),
        KeyBinding([.home], .first, fullName: "Home/End, PgUp/PgDn", help: "first / last row; ten rows up / down"),
        KeyBinding([.end], .last, help: nil),
        KeyBinding([.pageUp], .pageUp, help: nil),
        KeyBinding([.pageDown], .pageDown, help: nil),
        helpF1, checklistF2, ctrlC,
    ])

    // MARK: Windows over a screen

    public static let helpWindow = KeyMap("help window", [
        KeyBinding([.escape, .enter, .function(1), .char("?"), .char("q")], .close, fullName: "Esc, Enter, F1, ? or q", help: "close the help"),
        KeyBinding([.up, .char("k")], .up, fullName: "Up/Down, k/j", help: "scroll the help a line"),
        KeyBinding([.down, .char("j")], .down, help: nil),
        KeyBinding([.pageUp], .pageUp, fullName: "PgUp/PgDn, Space, Home/End", help: "scroll the help a page; the top / the end"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, help: nil),
        KeyBinding([.home], .first, help: nil),
        KeyBinding([.end], .last, help: nil),
        ctrlC,
    ])

    public static let confirmRemove = KeyMap("remove an entry?", [
        KeyBinding([.char("y"), .char("Y")], .confirm, name: "y", fullName: "y", help: "remove it; any other key keeps it"),
        ctrlC,
    ])

    public static let confirmDelete = KeyMap("delete a session?", [
        KeyBinding([.char("y"), .char("Y")], .confirm, name: "y", fullName: "y", help: "delete it; any other key keeps it"),
        ctrlC,
    ])

    public static let renameSession = KeyMap("rename a session", [
        KeyBinding([.enter], .confirm, help: "rename"),
        KeyBinding([.escape], .back, help: "keep the old name"),
        edit, ctrlC,
    ])

    public static let tooSmall = KeyMap("too small", [ctrlC])

    /// The box over a confirmed answer that could not be saved (the runtime asks it, while saving).
    public static let answerNotSaved = KeyMap("answer not saved", [
        KeyBinding([.char("r"), .char("R"), .enter], .confirm, name: "r", label: "try again", fullName: "r or Enter",
                   help: "try to save the answer again"),
        KeyBinding([.escape], .back, label: "keep editing (the answer stays in the field)", help: "keep editing: the answer stays in the field, not saved yet"),
        KeyBinding([.char("q"), .char("Q"), .ctrl("c")], .quit, name: "q", label: "quit without saving it", fullName: "q or Ctrl-C",
                   help: "quit without this answer (the earlier ones are saved); the program then exits 1"),
    ])

    /// The same box when quitting with an answer still not saved.
    public static let answerNotSavedQuitting = KeyMap("quitting, answer not saved", [
        KeyBinding([.char("r"), .char("R"), .enter], .confirm, name: "r", label: "try to save it again", fullName: "r or Enter",
                   help: "try to save the answer again, then quit"),
        KeyBinding([.escape], .back, label: "go back", help: "go back to the guide without quitting"),
        KeyBinding([.char("q"), .char("Q"), .ctrl("c")], .quit, name: "q", label: "quit without it", fullName: "q or Ctrl-C",
                   help: "quit without this answer (the earlier ones are saved); the program then exits 1"),
    ])

    /// "r: try again    Esc: keep editing …": a box's footer from its table.
    static func footer(_ map: KeyMap) -> String {
        map.keyLine().map { "\($0.0): \($0.1)" }.joined(separator: "    ")
    }

    /// The screens (not the windows over them), in the order the documents list them.
    public static let screens: [KeyMap] = [steps, resume, choice, multipleChoice, entries, field, textField, summary, review,
                                           checklistItems, sessionsList, sessionsSearch]
    public static let windows: [KeyMap] = [helpWindow, confirmRemove, renameSession, confirmDelete, tooSmall]
    /// Windows the runtime asks itself while a save is failing (not states of Update): documented with the others.
    public static let runtimeWindows: [KeyMap] = [answerNotSaved, answerNotSavedQuitting]
    public static var all: [KeyMap] { screens + windows }

    // MARK: The table in force

    /// The keys in force now: a window's, else the screen's (rows needing an open session dropped without one).
    public static func current(_ s: AppState) -> KeyMap {
        if s.isTooSmall { return tooSmall }
        switch s.overlay {
        case .help?: return helpWindow
        case .confirmRemove?: return confirmRemove
        case .renameSession?: return renameSession
        case .confirmDelete?: return confirmDelete
        case nil: return screen(s)
        }
    }

    /// The keys of the screen under any window, for this state.
    public static func screen(_ s: AppState) -> KeyMap {
        let map: KeyMap
        switch s.screen {
        case .welcome: map = steps
        case .resume: map = resume
        case .question, .entry: map = s.currentKind.map(input) ?? steps
        case .summary: map = summary
        case .review: map = review
        case .sessions: map = s.manager.searching ? sessionsSearch : sessionsList
        case .checklist: map = checklistItems
        case .document(_, let field):
            map = Update.documentFields.indices.contains(field) ? input(Update.documentFields[field].kind) : checklistItems
        }
        return map.inForce(s)
    }

    /// The keys of an input of this kind.
    static func input(_ kind: Question.Kind) -> KeyMap {
        switch kind {
        case .choice: return choice
        case .multiChoice: return multipleChoice
        case .list: return entries
        case .text: return textField
        default: return field
        }
    }

    /// The session manager's line under its title: the keys it does not show on the key line.
    static var sessionsHint: String {
        func name(_ a: Action) -> String { sessionsList.bindings.first { $0.action == a }?.name ?? "" }
        return "\(name(.search)) search name, id, file number, tags    \(name(.sort)) sort    \(name(.nextFilter)) filter"
    }
}
