import Foundation
import GuideCore

/// The windows over a screen (help, "remove this entry?", a session's new name, "delete this session?"):
/// closed before anything else, and Ctrl-C still quits.
extension Update {
    static func window(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        if action == .quit { return quit(&s) }
        switch s.overlay {
        case .help?:
            let last = HelpView.maxScroll(s)
            let page = max(1, HelpView.rows(s) - 1)
            switch action {
            case .close?: s.overlay = nil
            case .up?: s.helpScroll = max(0, s.helpScroll - 1)
            case .down?: s.helpScroll = min(last, s.helpScroll + 1)
            case .pageUp?: s.helpScroll = max(0, s.helpScroll - page)
            case .pageDown?: s.helpScroll = min(last, s.helpScroll + page)
            case .first?: s.helpScroll = 0
            case .last?: s.helpScroll = last
            default: break
            }
            return []
        case let .confirmRemove(id, index)?:
            s.overlay = nil
            guard action == .confirm, var session = s.session,
                  let list = Questionnaire.question(id: id)?.entryList, index < list.count(session.profile) else { return [] }
            list.remove(&session.profile, index)
            s.selection = min(s.selection, list.count(session.profile))
            return commitProfile(session, &s)
        case .renameSession(let id)?:
            switch action {
            case .back?: s.overlay = nil
            case .confirm?:
                let name = s.field.string.trimmingCharacters(in: .whitespaces)
                if name.isEmpty { s.fieldError = "Type a name, or press Esc to keep the old one."; return [] }
                s.overlay = nil
                s.fieldError = nil
                if s.session?.id == id { s.session?.name = name }
                return [.renameSession(id: id, name: name)]
            default:
                if s.field.handle(key) { s.fieldError = nil }
            }
            return []
        case .confirmDelete(let id)?:
            s.overlay = nil
            return action == .confirm ? [.deleteSession(id: id)] : []
        case nil:
            return []
        }
    }
}
