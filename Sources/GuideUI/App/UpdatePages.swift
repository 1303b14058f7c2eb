import Foundation
import GuideCore

/// Showing a page with its input ready, and going to the next or previous page (through `Flow`).
extension Update {
    /// Shows a page with its input ready: the saved answer in the field, the saved choice highlighted.
    static func show(_ screen: Screen, _ s: inout AppState) {
        s.screen = screen
        s.fieldError = nil
        s.scroll = 0
        let profile = s.profile
        switch screen {
        case .question(let id):
            guard let q = Questionnaire.question(id: id) else { s.screen = .welcome; return }
            prepareInput(kind: q.kind, current: q.read(profile), &s)
        case let .entry(id, index, f):
            guard let list = Questionnaire.question(id: id)?.entryList, list.fields.indices.contains(f) else { s.screen = .welcome; return }
            let field = list.fields[f]
            prepareInput(kind: field.kind, current: field.read(profile, index), &s)
        case .welcome:
            if let step = s.session?.position.step { s.selection = step.number - 1 }
        default:
            s.selection = 0
        }
    }

    static func prepareInput(kind: Question.Kind, current: String?, _ s: inout AppState) {
        switch kind {
        case .choice(let choices):
            // Nothing is highlighted until the user picks: Enter must never save a guess.
            s.selection = choices.firstIndex { $0.value == current } ?? -1
        case .multiChoice:
            s.checked = Set((current ?? "").split(separator: ",").map(String.init))
            s.selection = 0
        case .list:
            s.selection = 0
        default:
            // A saved or prefilled answer starts selected, so typing replaces it.
            s.field = TextField(current ?? "", maxLength: maxLength(kind), selected: current != nil)
        }
    }

    static func maxLength(_ kind: Question.Kind) -> Int {
        switch kind {
        case .date: return 10
        case .text(let n): return n
        case .integer, .amount: return 16
        default: return 40
        }
    }

    /// Goes to the page after the current one, or back to the steps after a summary.
    static func advance(_ s: inout AppState) {
        // The next page of the journey (into the next step after a summary); after step 4, the steps.
        show(Flow.following(s.screen, s.profile) ?? .welcome, &s)
    }

    static func goBack(_ s: inout AppState) {
        if let previous = Flow.previous(before: s.screen, s.profile) {
            show(previous, &s)
        } else {
            show(.welcome, &s)
        }
    }
}
