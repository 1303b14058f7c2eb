import Foundation
import GuideCore

/// The session manager: search as you type, sort, filters, and the cursor on a session (not a row).
extension Update {
    /// The filters `f` goes through, in order.
    static let sessionFilters: [(label: String, step: Step?, dueWithin: Int?, passed: Bool)] =
        [("all", nil, nil, false), ("due within 14 days", nil, 14, false), ("deadline passed", nil, nil, true)]
        + Step.allCases.map { ("step \($0.number)", $0, nil, false) }

    static func applyFilter(_ i: Int, to q: inout SessionQuery) {
        let f = sessionFilters[i]
        q.step = f.step; q.dueWithin = f.dueWithin; q.passedOnly = f.passed
    }

    /// Which of `sessionFilters` the query is on.
    static func sessionFilterIndex(_ q: SessionQuery) -> Int {
        if let step = q.step { return 2 + step.number }
        if q.passedOnly { return 2 }
        return q.dueWithin != nil ? 1 : 0
    }

    /// The rows the manager shows, and where the cursor is among them: on the focused session while it is
    /// shown, else on the row of the same number (clamped).
    public static func shownSessions(_ s: AppState) -> (rows: [SessionSummary], cursor: Int) {
        let rows = s.manager.query.apply(s.manager.list, today: s.today)
        if let id = s.manager.focus, let i = rows.firstIndex(where: { $0.id == id }) { return (rows, i) }
        return (rows, rows.isEmpty ? 0 : min(max(0, s.selection), rows.count - 1))
    }

    static func sessions(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        // What was said belongs to the last key; a new key says its own or nothing.
        s.status = nil
        s.statusIsError = false
        var (rows, cursor) = shownSessions(s)
        s.selection = cursor
        func refocus() {
            (rows, cursor) = shownSessions(s)
            s.selection = cursor
            s.manager.focus = rows.indices.contains(cursor) ? rows[cursor].id : nil
        }
        if s.manager.searching {
            switch action {
            case .confirm?:
                s.manager.searching = false
                return []
            case .back?:
                s.manager.searching = false
                s.manager.query.search = ""
                refocus()
                return []
            case .edit?:        // Backspace
                if !s.manager.query.search.isEmpty { s.manager.query.search.removeLast() }
                s.manager.focus = nil
                s.selection = 0
                refocus()
                return []
            case nil:
                guard case .char(let c) = key else { return [] }
                if s.manager.query.search.count < 100 { s.manager.query.search.append(c) }
                // The best match is the first row: the cursor goes to the top of what is found.
                s.manager.focus = nil
                s.selection = 0
                refocus()
                return []
            default: break     // the arrows still move through the rows found
            }
        }
        if moveSelection(action, key, count: rows.count, &s) {
            s.manager.focus = rows.indices.contains(s.selection) ? rows[s.selection].id : nil
            return []
        }
        let chosen = rows.indices.contains(cursor) ? rows[cursor] : nil
        switch action {
        case .back?:
            if !s.manager.query.search.isEmpty {
                s.manager.query.search = ""
                refocus()
                s.status = "Search cleared."
            } else if s.session != nil { show(.welcome, &s) } else { s.screen = s.resumable != nil ? .resume : .welcome; s.selection = 0 }
        case .search?:
            s.manager.searching = true
        case .sort?:
            let all = SessionQuery.Sort.allCases
            s.manager.query.sort = all[((all.firstIndex(of: s.manager.query.sort) ?? 0) + 1) % all.count]
            refocus()
            s.status = "Sorted by \(s.manager.query.sort.label)."
        case .nextFilter?:
            let next = (sessionFilterIndex(s.manager.query) + 1) % sessionFilters.count
            applyFilter(next, to: &s.manager.query)
            refocus()
            s.status = "Showing \(sessionFilters[next].label): \(rows.count) of \(s.manager.list.count) sessions."
        case .confirm?:
            if let chosen { return [.openSession(id: chosen.id)] }
        case .new?:
            s.screen = .welcome
            s.selection = 0
            return [.createSession(name: "Session \(s.manager.list.count + 1)")]
        case .rename?:
            if let chosen {
                s.manager.focus = chosen.id
                s.field = TextField(chosen.name, maxLength: 200)
                s.fieldError = nil
                s.overlay = .renameSession(id: chosen.id)
            }
        case .copy?:
            if let chosen {
                s.manager.focus = chosen.id
                return [.duplicateSession(id: chosen.id, name: "\(chosen.name) (copy)")]
            }
        case .remove?:
            guard let chosen else { break }
            if chosen.id == s.session?.id {
                s.status = "\u{201C}\(chosen.name)\u{201D} is open, so it cannot be deleted. Open another session first, then delete this one."
                s.statusIsError = true
            } else {
                s.manager.focus = chosen.id
                s.overlay = .confirmDelete(id: chosen.id)
            }
        default: break
        }
        return []
    }
}
