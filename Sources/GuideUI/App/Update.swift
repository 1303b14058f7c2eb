import GuideCore

/// The pure update: an event and the state in, the new state and the effects out. No I/O here.
public enum Update {
    public static func apply(_ event: Event, to s: inout AppState) -> [Effect] {
        switch event {
        case let .resize(w, h):
            s.width = w
            s.height = h
            return []
        case let .saved(revision):
            s.session?.revision = revision
            s.savePending = false
            s.status = "Saved."
            s.statusIsError = false
            return s.quitRequested ? [.quit] : []
        case let .saveFailed(message):
            s.savePending = false
            s.status = "Not saved: \(message)"
            s.statusIsError = true
            return []
        case .interrupt:
            return quit(&s)
        case .key(let key):
            if s.isTooSmall {
                // Only leaving is possible while the terminal is too small; nothing else changes.
                return key == .ctrl("c") ? quit(&s) : []
            }
            return handle(key, &s)
        }
    }

    static func quit(_ s: inout AppState) -> [Effect] {
        s.quitRequested = true
        // Committed answers are saved as they are committed; wait for a save still under way.
        return s.savePending ? [] : [.quit]
    }

    static func handle(_ key: Key, _ s: inout AppState) -> [Effect] {
        let before = s.session?.position
        var effects = route(key, &s)
        // Where the user is, is saved too, so a restart comes back to the same screen and question.
        if var session = s.session, !effects.contains(where: { if case .save = $0 { true } else { false } }) {
            let now = s.currentQuestion.map { JourneyPosition(step: $0.step, questionID: $0.id) }
                ?? (s.screen == .welcome ? JourneyPosition(step: session.position.step, questionID: nil) : session.position)
            if now != before {
                session.position = now
                s.session = session
                s.savePending = true
                effects.insert(.save(session), at: 0)
            }
        }
        return effects
    }

    static func route(_ key: Key, _ s: inout AppState) -> [Effect] {
        if key == .ctrl("c") { return quit(&s) }
        if s.overlay != nil {
            if [.escape, .enter, .function(1), .char("q"), .char("?")].contains(key) { s.overlay = nil }
            return []
        }
        if key == .function(1) { s.overlay = .help; return [] }
        switch s.screen {
        case .welcome: return welcome(key, &s)
        case .resume: return resume(key, &s)
        case .question: return question(key, &s)
        }
    }

    // MARK: Welcome: the four steps

    static func welcome(_ key: Key, _ s: inout AppState) -> [Effect] {
        let count = Step.allCases.count
        switch key {
        case .up, .char("k"), .backTab: s.selection = (s.selection + count - 1) % count
        case .down, .char("j"), .tab: s.selection = (s.selection + 1) % count
        case .home: s.selection = 0
        case .end: s.selection = count - 1
        case .char("?"): s.overlay = .help
        case .char("q"), .escape: return quit(&s)
        case .enter:
            let step = Step.allCases[s.selection]
            guard s.session != nil else {
                return [.createSession(name: "My application")]
            }
            open(step, &s)
        default: break
        }
        return []
    }

    /// Opens a step at its first unanswered question (or its first question).
    static func open(_ step: Step, _ s: inout AppState) {
        guard let session = s.session else { return }
        if let q = Questionnaire.resumeQuestion(in: step, for: session.profile) {
            show(q, &s)
        } else {
            s.status = "\(step.title): nothing to answer here yet."
            s.statusIsError = false
        }
    }

    static func show(_ q: Question, _ s: inout AppState) {
        s.screen = .question(id: q.id)
        s.field = TextField(s.session.flatMap { q.read($0.profile) } ?? "", maxLength: maxLength(q))
        s.fieldError = nil
    }

    static func maxLength(_ q: Question) -> Int {
        switch q.kind {
        case .date: return 10
        case .text(let n): return n
        default: return 40
        }
    }

    /// The runtime created a session (after `.createSession`): open it at step 1.
    public static func sessionCreated(_ session: Session, _ s: inout AppState) {
        let step = s.screen == .welcome ? Step.allCases[min(s.selection, Step.allCases.count - 1)] : .criteria
        s.session = session
        s.resumable = nil
        open(step, &s)
    }

    // MARK: Resume or start new

    static func resume(_ key: Key, _ s: inout AppState) -> [Effect] {
        switch key {
        case .up, .down, .tab, .backTab, .char("j"), .char("k"): s.selection = 1 - s.selection
        case .char("q"), .escape: return quit(&s)
        case .char("?"): s.overlay = .help
        case .enter:
            if s.selection == 0, let session = s.session {
                s.selection = 0
                if let id = session.position.questionID, let q = Questionnaire.question(id: id), q.isShown(session.profile) {
                    show(q, &s)
                } else {
                    s.screen = .welcome
                    s.selection = session.position.step.number - 1
                }
            } else {
                s.selection = 0
                return [.createSession(name: "My application")]
            }
        default: break
        }
        return []
    }

    // MARK: A question

    static func question(_ key: Key, _ s: inout AppState) -> [Effect] {
        guard let q = s.currentQuestion, var session = s.session else { s.screen = .welcome; return [] }
        switch key {
        case .escape:
            // Back: to the previous shown question of the step, else to the steps. The draft is
            // not an answer; the saved answer stays as it was.
            let qs = Questionnaire.questions(in: q.step, for: session.profile)
            if let i = qs.firstIndex(where: { $0.id == q.id }), i > 0 {
                show(qs[i - 1], &s)
            } else {
                s.screen = .welcome
                s.selection = q.step.number - 1
            }
            return []
        case .enter:
            var profile = session.profile
            if let problem = q.write(&profile, s.field.string, s.today) {
                s.fieldError = problem
                return []
            }
            session.profile = profile
            let qs = Questionnaire.questions(in: q.step, for: profile)
            let next = qs.firstIndex(where: { $0.id == q.id }).flatMap { $0 + 1 < qs.count ? qs[$0 + 1] : nil }
            session.position = JourneyPosition(step: q.step, questionID: next?.id)
            s.session = session
            s.savePending = true
            if let next {
                show(next, &s)
            } else {
                s.screen = .welcome
                s.selection = q.step.number - 1
                s.field = TextField()
            }
            return [.save(session)]
        case .char("?") where !q.acceptsQuestionMark:
            s.overlay = .help
            return []
        default:
            if s.field.handle(key) { s.fieldError = nil }
            return []
        }
    }
}

extension Question {
    /// Only free text can contain "?"; elsewhere the key opens help.
    var acceptsQuestionMark: Bool {
        if case .text = kind { return true }
        return false
    }
}
