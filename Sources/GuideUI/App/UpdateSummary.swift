import Foundation
import GuideCore

/// A step's summary: scrolling text, then on to the next step.
extension Update {
    static func summary(_ action: Action?, _ s: inout AppState) -> [Effect] {
        guard case .summary(let step) = s.screen else { return [] }
        // Scrolling stays within the text, and a page is exactly the rows shown: no line is ever skipped.
        let page = SummaryView.rows(for: s)   // the rows shown, fewer while a long status takes some
        let snapshot = s
        func last() -> Int { SummaryView.maxScroll(step, snapshot) }
        switch action {
        case .up?: s.scroll = max(0, s.scroll - 1)
        case .down?: s.scroll = min(last(), s.scroll + 1)
        case .pageUp?: s.scroll = max(0, s.scroll - page)
        case .pageDown?: s.scroll = min(last(), s.scroll + page)
        case .first?: s.scroll = 0
        case .last?: s.scroll = last()
        case .back?: goBack(&s)
        case .confirm?: advance(&s)
        default: break
        }
        return []
    }
}
