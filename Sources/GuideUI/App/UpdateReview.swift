import Foundation
import GuideCore

/// Review: the required answers still missing, each one a jump to its question.
extension Update {
    static func review(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        // The same list --plain's review offers (the navigation engine's).
        let missing = Navigator.review(s.profile)
        if moveSelection(action, key, count: missing.count, &s) { return [] }
        switch action {
        case .back?: show(.welcome, &s)
        case .confirm?:
            if missing.indices.contains(s.selection) { show(Flow.screen(missing[s.selection]), &s) }
        default: break
        }
        return []
    }
}
