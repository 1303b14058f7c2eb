import Foundation
import GuideCore

/// Review: the required answers still missing, each one a jump to its question.
extension Update {
    static func review(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        let missing = Questionnaire.missing(for: s.profile)
        if moveSelection(action, key, count: missing.count, &s) { return [] }
        switch action {
        case .back?: show(.welcome, &s)
        case .confirm?:
            if missing.indices.contains(s.selection) { show(.question(id: missing[s.selection].id), &s) }
        default: break
        }
        return []
    }
}
