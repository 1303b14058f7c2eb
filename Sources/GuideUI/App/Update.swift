import Foundation
import GuideCore

/// The pure update: an event and the state in, the new state and the effects out. No I/O here, and the
/// only writer of `AppState`: keys, and the results of the effects the runtime performed, come in as events.
///
/// A key is looked up in the table of the screen on screen (`KeyMaps.current`); the handlers dispatch on
/// the action found, so the table is the one place that says which key does what. One file per screen:
/// UpdateSteps, UpdateResume, UpdateQuestion, UpdateSummary, UpdateReview, UpdateChecklist, UpdateSessions,
/// UpdateWindows (help and the boxes); UpdatePages shows a page; UpdateResults takes the effects' results.
public enum Update {
    public static func apply(_ event: Event, to s: inout AppState) -> [Effect] {
        switch event {
        case let .resize(w, h):
            s.width = w
            s.height = h
            return s.screen == .sessions ? sessionRowsNeeded(s) : []
        case .key(let key):
            return handle(key, &s)
        default:
            return result(event, &s)
        }
    }

    static func quit(_ s: inout AppState) -> [Effect] {
        s.quitRequested = true
        // Committed answers are saved as they are committed; wait for a save still under way.
        return s.savePending ? [] : [.quit]
    }

    static func handle(_ key: Key, _ s: inout AppState) -> [Effect] {
        let action = KeyMaps.current(s).action(for: key)
        if s.isTooSmall {
            // Only leaving is possible while the terminal is too small; nothing else changes.
            return action == .quit ? quit(&s) : []
        }
        let before = s.session?.position
        let hadError = s.fieldError
        var effects = route(action, key, &s)
        // A key that refused an answer speaks alone: an earlier "Saved." is not left beside its error.
        if s.fieldError != nil, s.fieldError != hadError, !s.statusIsError { s.status = nil }
        // Where the user is, is saved too, so a restart comes back to the same screen and question.
        if var session = s.session, !effects.contains(where: { if case .save = $0 { true } else { false } }) {
            let now = Flow.position(of: s.screen, fallback: session.position)
            if now != before {
                session.position = now
                s.session = session
                s.savePending = true
                effects.insert(.save(session), at: 0)
            }
        }
        return effects
    }

    /// `action` is what the table of the screen (or window) on screen binds `key` to; nil for a key it does
    /// not bind (typed into a field, or ignored).
    static func route(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        if s.overlay != nil { return window(action, key, &s) }
        // The keys every screen shares do the same everywhere.
        switch action {
        case .quit?: return quit(&s)
        case .help?: s.overlay = .help; s.helpScroll = 0; return []
        case .checklist?: openChecklist(&s); return []
        case .sessions?: return openSessions(&s)
        default: break
        }
        switch s.screen {
        case .welcome: return welcome(action, key, &s)
        case .resume: return resume(action, key, &s)
        case .question: return question(action, key, &s)
        case .entry: return entry(action, key, &s)
        case .summary: return summary(action, &s)
        case .review: return review(action, key, &s)
        case .sessions: return sessions(action, key, &s)
        case .checklist: return checklist(action, key, &s)
        case .document: return document(action, key, &s)
        }
    }

    /// Opens the session manager, which reads its rows afresh (the cursor back on the session it was on).
    static func openSessions(_ s: inout AppState) -> [Effect] {
        s.screen = .sessions
        s.selection = 0
        return relocateSessions(s)
    }

    /// Moves a highlight over `count` rows for a list action (a digit highlights its row); true when the
    /// action was one of them.
    static func moveSelection(_ action: Action?, _ key: Key, count: Int, _ s: inout AppState) -> Bool {
        guard count > 0, let action else { return false }
        if action == .choose {
            if case .char(let c) = key, let n = c.wholeNumberValue, (1...count).contains(n) { s.selection = n - 1 }
            return true
        }
        if s.selection < 0 {
            // Nothing highlighted yet: the first move lands on the first (or, going up, the last) row.
            switch action {
            case .down, .first, .pageDown: s.selection = 0; return true
            case .up, .last, .pageUp: s.selection = count - 1; return true
            default: return false
            }
        }
        switch action {
        case .up: s.selection = (s.selection + count - 1) % count
        case .down: s.selection = (s.selection + 1) % count
        case .first: s.selection = 0
        case .last: s.selection = count - 1
        case .pageUp: s.selection = max(0, s.selection - 10)
        case .pageDown: s.selection = min(count - 1, s.selection + 10)
        default: return false
        }
        return true
    }

    /// Stores the new answers in the session and asks for a save.
    static func commitProfile(_ session: Session, _ s: inout AppState) -> [Effect] {
        var session = session
        session.position = Flow.position(of: s.screen, fallback: session.position)
        s.session = session
        s.savePending = true
        s.announceSave = true
        return [.save(session)]
    }
}
