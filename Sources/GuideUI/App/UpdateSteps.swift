import Foundation
import GuideCore

/// The steps screen: the four steps, the start and the hub.
extension Update {
    static func welcome(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        if moveSelection(action, key, count: Step.allCases.count, &s) { return [] }
        switch action {
        case .back?: return quit(&s)           // the first screen: back is leaving
        case .review?:
            s.screen = .review
            s.selection = 0
        case .confirm?:
            let step = Step.allCases[s.selection]
            guard let session = s.session else { return [.createSession(name: "My application")] }
            show(Flow.entryPage(step, session.profile), &s)
        default: break
        }
        return []
    }
}
