import GuideCore

/// A key press, decoded by the backend from what the terminal sent.
public enum Key: Equatable, Sendable {
    case char(Character)        // printable text, including accented and non-Latin letters
    case enter, escape, tab, backTab
    case backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)          // F1…F12
    case ctrl(Character)        // Ctrl-A … Ctrl-Z, as the lowercase letter
}

/// Everything the update function reacts to.
public enum Event: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The runtime reports how a save went.
    case saved(revision: Int)
    case saveFailed(String)
    /// SIGINT / SIGTERM / SIGHUP: finish saving and leave.
    case interrupt
    /// Nothing happened for a while (the backend sends one about every 30 s of quiet).
    case tick
    /// The runtime opened a session for editing (its lock is held).
    case sessionOpened(Session)
    /// The runtime read the list of saved sessions.
    case sessionsListed([SessionSummary])
    /// A store action failed; the message says why.
    case failed(String)
}
