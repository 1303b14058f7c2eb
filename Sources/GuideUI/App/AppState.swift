import GuideCore

/// Which screen is showing.
public enum Screen: Equatable, Sendable {
    /// The four steps with their progress; the start and the hub.
    case welcome
    /// A saved session exists: resume it or start a new one.
    case resume
    /// Answering one question.
    case question(id: String)
}

/// A window over the screen (help), closed by Esc before anything else.
public enum Overlay: Equatable, Sendable {
    case help
}

/// What the runtime must do after an update: the only way the pure front end reaches the outside.
public enum Effect: Equatable, Sendable {
    case save(Session)
    case createSession(name: String)
    case quit
}

/// The whole front-end state. Views are functions of it; updates are the only way it changes.
public struct AppState: Equatable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 20

    public var screen: Screen
    public var session: Session?
    /// The most recent saved session, offered on the resume screen.
    public var resumable: SessionSummary?
    public var overlay: Overlay?
    public var width: Int
    public var height: Int
    /// The date every rule and validation is evaluated on.
    public var today: LocalDate
    /// Where answers are stored, shown to the user.
    public var dataDirectory: String

    /// Highlighted row on list screens (welcome: a step; resume: a choice).
    public var selection: Int = 0
    /// The field being typed into on a question screen.
    public var field = TextField()
    /// Why the last answer was rejected; the typed text stays in `field`.
    public var fieldError: String?
    /// A one-line message: "Saved.", or a save failure.
    public var status: String?
    public var statusIsError = false
    /// An answer accepted on screen whose save has not been confirmed yet.
    public var savePending = false
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

    /// The question on screen, if any.
    public var currentQuestion: Question? {
        if case .question(let id) = screen { return Questionnaire.question(id: id) }
        return nil
    }
}
