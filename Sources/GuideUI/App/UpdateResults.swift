import Foundation
import GuideCore

/// The results of the effects, as the runtime reports them: the runtime performs effects and never writes
/// the state itself.
extension Update {
    static func result(_ event: Event, _ s: inout AppState) -> [Effect] {
        switch event {
        case .key, .resize:
            return apply(event, to: &s)
        case let .saved(revision):
            s.session?.revision = revision
            s.savePending = false
            // Only an answer's save is announced: moving between pages saves the position silently,
            // so "Saved." never stands beside a refused answer.
            if s.announceSave { s.status = "Saved."; s.statusIsError = false }
            s.announceSave = false
            return s.quitRequested ? [.quit] : []
        case let .saveFailed(message):
            s.savePending = false
            s.quitRequested = false
            s.status = "Not saved: \(message)"
            s.statusIsError = true
            return []
        case let .answerNotSaved(shown), let .answerSavedOnRetry(shown):
            // Back on the question, or on to where the answer led; a resize meanwhile is kept.
            let (w, h) = (s.width, s.height)
            s = shown
            (s.width, s.height) = (w, h)
            return []
        case let .saveRetrying(message):
            s.status = message
            s.statusIsError = false
            return []
        case .interrupt:
            return quit(&s)
        case .quitCancelled:
            s.quitRequested = false
            return []
        case .tick:
            return s.session == nil ? [] : [.keepAlive]
        case .sessionCreated(let session):
            sessionCreated(session, &s)
            return []
        case .sessionOpened(let session):
            s.session = session
            s.resumable = nil
            s.status = "Opened \"\(session.name)\"."
            s.statusIsError = false
            show(Flow.screen(for: session.position, session.profile), &s)
            return []
        case let .sessionLocated(request, found):
            return sessionLocated(request, found, &s)
        case let .sessionsRead(request, window):
            return sessionsRead(request, window, &s)
        case let .sessionRenamed(_, name):
            return said("Renamed to \"\(name)\".", &s)
        case .sessionCopied(let name):
            return said("Copied as \"\(name)\".", &s)
        case .sessionDeleted:
            return said("Deleted.", &s)
        case .checklistExported(let path):
            s.status = "Checklist written to \(path)."
            s.statusIsError = false
            return []
        case .checklistExportFailed(let message):
            s.status = "Checklist not written: \(message)"
            s.statusIsError = true
            return []
        case .failed(let message):
            s.status = message
            s.statusIsError = true
            return []
        }
    }

    /// A session manager action was done: say so, and read the rows again so the list on screen stays true.
    static func said(_ message: String, _ s: inout AppState) -> [Effect] {
        s.status = message
        s.statusIsError = false
        return relocateSessions(s)
    }

    /// The runtime created a session (after `.createSession`): open the chosen step.
    public static func sessionCreated(_ session: Session, _ s: inout AppState) {
        let step = s.screen == .welcome ? Step.allCases[min(max(0, s.selection), Step.allCases.count - 1)] : .criteria
        s.session = session
        s.resumable = nil
        show(Flow.entryPage(step, session.profile), &s)
    }
}
