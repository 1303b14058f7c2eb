import Foundation
import GuideCore

/// A saved session exists: resume it, start a new one, or see the saved sessions.
extension Update {
    static func resume(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        if moveSelection(action, key, count: 3, &s) { return [] }
        switch action {
        case .back?: return quit(&s)           // the first screen: back is leaving
        case .confirm?:
            switch s.selection {
            case 0:
                // Opening takes the session's editing lock; `.sessionOpened` shows where it was left.
                if let r = s.resumable { return [.openSession(id: r.id)] }
                return []
            case 1:
                s.selection = 0
                s.screen = .welcome
                return [.createSession(name: "My application")]
            default:
                return openSessions(&s)
            }
        default: break
        }
        return []
    }
}
