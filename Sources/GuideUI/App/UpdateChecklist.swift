import Foundation
import GuideCore

/// The document checklist: filters, moving, editing an item's status, dates and note.
extension Update {
    /// The fields of a checklist item, edited one after the other.
    static let documentFields: [(prompt: String, kind: Question.Kind)] = [
        ("Status of this document?", .choice(DocumentStatus.allCases.map { Question.Choice($0.rawValue, $0.label.capitalizedFirst) })),
        ("Date it was issued? (blank if not known)", .date),
        ("Date it expires? (blank: worked out from the rules where possible)", .date),
        ("A note (who to ask, tracking number…)? (blank for none)", .text(maxLength: 500)),
    ]

    static func items(_ s: AppState) -> [ChecklistItem] {
        shownItems(Checklist.derive(s.profile, today: s.today), s)
    }

    /// The filtered items, plus the pinned one where the filter would drop it.
    static func shownItems(_ all: [ChecklistItem], _ s: AppState) -> [ChecklistItem] {
        all.filter { s.checklist.filter.matches($0) || $0.key == s.checklist.pinned }
    }

    static func openChecklist(_ s: inout AppState) {
        guard s.session != nil else { return }
        if s.screen != .checklist { s.checklist.returnTo = s.screen }
        s.checklist.pinned = nil
        s.screen = .checklist
        s.selection = 0
    }

    static func checklist(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        let shown = items(s)
        if action != .nextStatus { s.checklist.pinned = nil }
        if moveSelection(action, key, count: shown.count, &s) {
            // The pinned row leaves once the cursor moves: keep the cursor on the row it moved to.
            let target = shown.indices.contains(s.selection) ? shown[s.selection].key : nil
            s.selection = items(s).firstIndex { $0.key == target } ?? min(s.selection, max(0, items(s).count - 1))
            return []
        }
        let filters = ChecklistFilter.allCases
        let i = filters.firstIndex(of: s.checklist.filter) ?? 0
        switch action {
        case .nextFilter?:
            s.checklist.filter = filters[(i + 1) % filters.count]; s.selection = 0
        case .previousFilter?:
            s.checklist.filter = filters[(i + filters.count - 1) % filters.count]; s.selection = 0
        case .back?:
            show(s.checklist.returnTo == .checklist ? .welcome : s.checklist.returnTo, &s)
        case .export?: return [.exportChecklist]
        case .nextStatus?:
            // Space moves the highlighted item along: needed -> requested -> have it -> not applicable
            // -> needed. The item stays under the cursor, so a second Space changes the same item.
            guard shown.indices.contains(s.selection), var session = s.session else { return [] }
            let item = shown[s.selection]
            let next: DocumentStatus = [.needed: .requested, .requested: .have, .have: .notApplicable, .notApplicable: .needed][item.status]!
            Checklist.setStatus(next, for: item.key, in: &session.profile)
            s.session = session
            s.checklist.pinned = item.key
            s.selection = items(s).firstIndex { $0.key == item.key } ?? s.selection
            return commitProfile(session, &s)
        case .confirm?:
            guard shown.indices.contains(s.selection) else { return [] }
            showDocument(shown[s.selection].key, field: 0, &s)
        default: break
        }
        return []
    }

    static func showDocument(_ key: String, field: Int, _ s: inout AppState) {
        s.screen = .document(key: key, field: field)
        s.fieldError = nil
        let rec = Checklist.record(key, in: s.profile)
        let item = Checklist.derive(s.profile, today: s.today).first { $0.key == key }
        let current: String?
        switch field {
        case 0: current = rec.status.rawValue
        case 1: current = (rec.issued ?? item?.issued)?.description
        case 2: current = rec.expires?.description
        default: current = rec.note
        }
        prepareInput(kind: documentFields[field].kind, current: current, &s)
    }

    static let documentWalk = FieldWalk(count: documentFields.count)

    static func document(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        guard case let .document(itemKey, f) = s.screen, var session = s.session else { show(.welcome, &s); return [] }
        if action == .back {
            // The fields are walked as every record's are (FieldWalk): back to the field before, or the list.
            if let before = documentWalk.previous(before: f) { showDocument(itemKey, field: before, &s) } else { s.screen = .checklist }
            return []
        }
        let kind = documentFields[f].kind
        guard let text = input(action, key, kind: kind, &s) else { return [] }
        let t = text.trimmingCharacters(in: .whitespaces)
        var change: Checklist.Change
        switch f {
        case 0:
            guard let st = DocumentStatus(rawValue: t) else { s.fieldError = "Choose one of the statuses."; return [] }
            change = .status(st)
        case 1, 2:
            var date: LocalDate?
            if !t.isEmpty {
                switch AnswerParsing.date(t) {
                case .failure(let m): s.fieldError = m.description; return []
                case .success(let d): date = d
                }
            }
            if f == 1, let d = date, d > s.today { s.fieldError = "\(d) is in the future; today is \(s.today)."; return [] }
            if f == 2, let d = date, let issued = Checklist.record(itemKey, in: session.profile).issued, d < issued {
                s.fieldError = "It cannot expire (\(d)) before it was issued (\(issued))."
                return []
            }
            change = f == 1 ? .issued(date) : .expires(date)
        default:
            change = .note(t.isEmpty ? nil : t)
        }
        Checklist.apply([change], to: itemKey, in: &session.profile)
        s.session = session
        if let next = documentWalk.next(after: f) {
            showDocument(itemKey, field: next, &s)
        } else {
            s.screen = .checklist
        }
        return commitProfile(session, &s)
    }
}
