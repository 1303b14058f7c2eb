import GuideCore

/// A key press, decoded by the backend from what the terminal sent.
public enum Key: Hashable, Sendable {
    case char(Character)        // printable text, including accented and non-Latin letters
    case enter, escape, tab, backTab
    case backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)          // F1…F12
    case ctrl(Character)        // Ctrl-A … Ctrl-Z, as the lowercase letter

    /// How the key is written on screen and in the documents: the character typed, or the key's name.
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-" + c.uppercased()
        }
    }
}

/// Everything the update function reacts to: keys, and the results of the effects the runtime performed.
public enum Event: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The runtime reports how a save went.
    case saved(revision: Int)
    case saveFailed(String)
    /// A save is being tried again; the message says so while the runtime waits (shown, not kept).
    case saveRetrying(String)
    /// A confirmed answer was not saved: the screen goes back to `before` (its question, with the text
    /// as typed and the answers without it) while the user chooses to try again, stay or quit.
    case answerNotSaved(before: AppState)
    /// The answer was saved on a try again: the screen goes on to `after` (where the answer led), at
    /// the terminal's size of now.
    case answerSavedOnRetry(after: AppState)
    /// SIGINT / SIGTERM / SIGHUP: finish saving and leave.
    case interrupt
    /// Nothing happened for a while (the backend sends one about every 30 s of quiet).
    case tick
    /// The runtime created a session (after `.createSession`); it is open for editing.
    case sessionCreated(Session)
    /// The runtime opened a session for editing (its lock is held).
    case sessionOpened(Session)
    /// The runtime counted the session manager's query and found its session (after `.locateSession`).
    case sessionLocated(SessionLocateRequest, SessionPosition)
    /// The runtime read a window of the session manager's rows (after `.readSessions`).
    case sessionsRead(SessionWindowRequest, SessionWindow)
    /// The session manager's actions, done in the store.
    case sessionRenamed(id: String, name: String)
    case sessionCopied(name: String)
    case sessionDeleted(id: String)
    /// The checklist was written, as Markdown, to this file.
    case checklistExported(path: String)
    /// The checklist could not be written; the message says why.
    case checklistExportFailed(String)
    /// The user chose to stay after being asked to quit with an answer not saved.
    case quitCancelled
    /// A store action failed; the message says why.
    case failed(String)
}
