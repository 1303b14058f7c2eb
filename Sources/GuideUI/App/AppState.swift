import GuideCore

/// Which screen is showing.
public enum Screen: Equatable, Sendable {
    /// The four steps with their status; the start and the hub.
    case welcome
    /// A saved session exists: resume it or start a new one.
    case resume
    /// Answering one question (a field, a list of choices, or a list of entries).
    case question(id: String)
    /// Editing one field of one entry of a list question (a job, a language test).
    case entry(questionID: String, index: Int, field: Int)
    /// The end of a step: results, streams or deadlines, computed from the answers.
    case summary(Step)
    /// The required questions still unanswered, each one a jump.
    case review
    /// The session manager: the saved sessions, to open, rename, copy or delete.
    case sessions
    /// The document checklist, filtered.
    case checklist
    /// Editing one checklist item: field 0 status, 1 issued, 2 expires, 3 note.
    case document(key: String, field: Int)
}

/// A window over the screen, closed by Esc before anything else.
public enum Overlay: Equatable, Sendable {
    case help
    /// "Remove this entry?" for entry `index` of a list question.
    case confirmRemove(questionID: String, index: Int)
    /// A new name for a saved session, typed into `field`.
    case renameSession(id: String)
    /// "Delete this session?"
    case confirmDelete(id: String)
}

/// What the runtime must do after an update: the only way the pure front end reaches the outside.
public enum Effect: Equatable, Sendable {
    case save(Session)
    case createSession(name: String)
    /// Open a saved session for editing; answered with `.sessionOpened` or `.failed`.
    case openSession(id: String)
    /// The session manager: count the query's rows and find a session among them; answered with `.sessionLocated`.
    case locateSession(SessionLocateRequest)
    /// The session manager: read one window of rows; answered with `.sessionsRead`.
    case readSessions(SessionWindowRequest)
    case renameSession(id: String, name: String)
    case duplicateSession(id: String, name: String)
    case deleteSession(id: String)
    /// Refresh the editing lock of the session on screen.
    case keepAlive
    /// Write the checklist as Markdown to a file the user can print.
    case exportChecklist
    /// Release the session on screen (another one is about to be opened).
    case closeSession
    case quit
}

/// The document checklist's state: which items it shows, and where it goes back to.
public struct ChecklistState: Equatable, Sendable {
    /// Which checklist items are shown.
    public var filter: ChecklistFilter = .missing
    /// The item whose status was just changed stays in the list (and under the cursor) until the
    /// cursor moves, even when its new status takes it out of the filter.
    public var pinned: String?
    /// Where Esc leaves the checklist to.
    public var returnTo: Screen = .welcome

    public init() {}
}

/// The session manager's state: one window of rows of the query (those on screen and a few beyond, read
/// from the store as the cursor moves), the query, and the cursor's session. The cursor itself is
/// `AppState.selection`: a row number of the query's order, over all its rows.
public struct SessionsState: Equatable, Sendable {
    /// The rows last read, with the counts.
    public var window = SessionWindow()
    /// The search, filters and sort (the same query as `sessions list`).
    public var query = SessionQuery()
    /// Typed keys go into the search (after `/`), until Enter or Esc.
    public var searching = false
    /// The session under the cursor, by id: the cursor follows it when the list is re-sorted or filtered.
    public var focus: String?
    /// A new filter's count is said ("Showing ...: 3 of 40 sessions.") once the store has counted.
    public var sayFilterCount = false

    public init() {}
}

/// The whole front-end state. Views are functions of it; updates are the only way it changes.
public struct AppState: Equatable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 20

    public var screen: Screen
    public var session: Session?
    /// The most recent saved session, offered on the resume screen.
    public var resumable: SessionSummary?
    /// The session manager's own state.
    public var manager = SessionsState()
    /// The checklist screen's own state.
    public var checklist = ChecklistState()
    public var overlay: Overlay?
    public var width: Int
    public var height: Int
    /// The date every rule and validation is evaluated on.
    public var today: LocalDate
    /// Where answers are stored, shown to the user.
    public var dataDirectory: String

    /// Highlighted row on list screens (steps, choices, entries, review items).
    public var selection: Int = 0
    /// Checked values of a multiple-choice question being answered.
    public var checked: Set<String> = []
    /// First line shown on scrolling screens (summaries, review).
    public var scroll: Int = 0
    /// First line shown in the help window (its own, so closing it leaves a summary where it was).
    public var helpScroll: Int = 0
    /// The field being typed into on a question screen.
    public var field = TextField()
    /// Why the last answer was rejected; the typed text or choice stays on screen.
    public var fieldError: String?
    /// A one-line message: "Saved.", or a save failure.
    public var status: String?
    public var statusIsError = false
    /// An answer accepted on screen whose save has not been confirmed yet.
    public var savePending = false
    /// The pending save carries an answer (not only the position), so its success is announced.
    public var announceSave = false
    public var quitRequested = false

    public init(session: Session? = nil, resumable: SessionSummary? = nil, width: Int = 80, height: Int = 24,
                today: LocalDate, dataDirectory: String) {
        self.session = session
        self.resumable = resumable
        self.width = width
        self.height = height
        self.today = today
        self.dataDirectory = dataDirectory
        self.screen = resumable != nil ? .resume : .welcome
    }

    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    /// The question on screen (for an entry field: its list question).
    public var currentQuestion: Question? {
        switch screen {
        case .question(let id), .entry(let id, _, _): return Questionnaire.question(id: id)
        default: return nil
        }
    }

    /// The entry field on screen, if any.
    public var currentEntryField: EntryList.Field? {
        if case let .entry(id, _, f) = screen, let list = Questionnaire.question(id: id)?.entryList, list.fields.indices.contains(f) {
            return list.fields[f]
        }
        return nil
    }

    /// The kind of input on screen: a question's, or an entry field's.
    public var currentKind: Question.Kind? {
        if let f = currentEntryField { return f.kind }
        return currentQuestion?.kind
    }

    public var profile: Profile { session?.profile ?? Profile() }
}
