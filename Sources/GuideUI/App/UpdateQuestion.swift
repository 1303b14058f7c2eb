import Foundation
import GuideCore

/// A question (a field, a list of choices, or a list of entries) and one field of an entry.
extension Update {
    static func question(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        guard let q = s.currentQuestion, let session = s.session else { show(.welcome, &s); return [] }
        if case .list(let list) = q.kind { return listKeys(action, key, q, list, session, &s) }
        if action == .back { goBack(&s); return [] }
        guard let text = input(action, key, kind: q.kind, &s) else { return [] }
        var profile = session.profile
        if let problem = q.write(&profile, text, s.today) {
            s.fieldError = problem
            return []
        }
        var updated = session
        updated.profile = profile
        s.session = updated          // the next page depends on this answer (questions shown or hidden)
        advance(&s)
        return commitProfile(updated, &s)
    }

    /// Handles the input keys of a field, a choice or a multiple choice; returns the answer text on Enter.
    /// A key the table does not bind is typed into a field.
    /// `unchosen` is what Enter with nothing chosen says instead of the general words (an entry field's).
    static func input(_ action: Action?, _ key: Key, kind: Question.Kind, unchosen: String? = nil, _ s: inout AppState) -> String? {
        switch kind {
        case .choice(let choices):
            if action == .choose { _ = moveSelection(action, key, count: choices.count, &s); return nil }
            if moveSelection(action, key, count: choices.count, &s) { s.fieldError = nil; return nil }
            guard action == .confirm else { return nil }
            guard choices.indices.contains(s.selection) else {
                let keys = "Up/Down or 1-\(min(9, choices.count))"
                s.fieldError = unchosen.map { "\($0) (\(keys), then Enter.)" } ?? "Nothing is chosen yet. Choose one with \(keys), then press Enter."
                return nil
            }
            return choices[s.selection].value
        case .multiChoice(let choices):
            if moveSelection(action, key, count: choices.count, &s) { return nil }
            if action == .tick, choices.indices.contains(s.selection) {
                let v = choices[s.selection].value
                if s.checked.contains(v) { s.checked.remove(v) } else { s.checked.insert(v) }
                return nil
            }
            return action == .confirm ? choices.map(\.value).filter(s.checked.contains).joined(separator: ",") : nil
        default:
            if action == .confirm { return s.field.string }
            guard action == nil || action == .edit else { return nil }
            if s.field.handle(key) {
                s.fieldError = s.field.full ? "This field holds \(s.field.maxLength) characters; the rest was not typed." : nil
            }
            return nil
        }
    }

    /// A list question: rows are the entries, then "Add", then "Continue".
    static func listKeys(_ action: Action?, _ key: Key, _ q: Question, _ list: EntryList, _ session: Session, _ s: inout AppState) -> [Effect] {
        let count = list.count(session.profile)
        if moveSelection(action, key, count: count + 2, &s) { return [] }
        switch action {
        case .back?:
            goBack(&s)
        case .add?:
            return addEntry(q, list, session, &s)
        case .remove?:
            if s.selection < count { s.overlay = .confirmRemove(questionID: q.id, index: s.selection) }
        case .confirm?:
            if s.selection < count {
                let missing = list.missing(in: session.profile, at: s.selection).first
                let f = missing.flatMap { m in list.fields.firstIndex { $0.id == m.id } } ?? 0
                show(.entry(questionID: q.id, index: s.selection, field: f), &s)
            } else if s.selection == count {
                return addEntry(q, list, session, &s)
            } else {
                if q.isRequired && count == 0 {
                    s.fieldError = "Add at least one \(list.noun) (press a), or press Esc to come back later."
                    return []
                }
                advance(&s)
            }
        default:
            break
        }
        return []
    }

    static func addEntry(_ q: Question, _ list: EntryList, _ session: Session, _ s: inout AppState) -> [Effect] {
        var updated = session
        let index = list.add(&updated.profile)
        s.session = updated
        show(.entry(questionID: q.id, index: index, field: 0), &s)
        // A new language test is stored by its first answer (its type): nothing to save yet.
        return list.isNew(index, in: updated.profile) ? [] : commitProfile(updated, &s)
    }

    // MARK: One field of an entry

    static func entry(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        guard case let .entry(id, index, f) = s.screen, let list = s.currentQuestion?.entryList,
              let field = s.currentEntryField, let session = s.session, list.canEdit(index, in: session.profile) else {
            show(.welcome, &s); return []
        }
        // The entry's fields are walked as every record's are, here and in --plain (FieldWalk).
        let walk = FieldWalk(count: list.fields.count)
        func backToList(_ s: inout AppState) {
            show(.question(id: id), &s)
            s.selection = index
        }
        if action == .back {
            if let before = walk.previous(before: f) { show(.entry(questionID: id, index: index, field: before), &s) } else { backToList(&s) }
            return []
        }
        guard let text = input(action, key, kind: field.kind, unchosen: field.unchosen, &s) else { return [] }
        var updated = session
        if let problem = field.write(&updated.profile, index, text, s.today) {
            s.fieldError = problem
            return []
        }
        s.session = updated
        if let next = walk.next(after: f) {
            show(.entry(questionID: id, index: index, field: next), &s)
        } else {
            backToList(&s)
        }
        return commitProfile(updated, &s)
    }
}
