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

    /// Rows read beyond each edge of the rows on screen, so that a few moves need no read.
    public static let sessionWindowMargin = 10

    /// The cursor: a row number of the query's order, within the rows the query keeps.
    public static func sessionCursor(_ s: AppState) -> Int {
        let total = s.manager.window.total
        return total == 0 ? 0 : min(max(0, s.selection), total - 1)
    }

    /// The rows on screen: the first screen, until the cursor goes below it; then the cursor's row is the last one.
    public static func shownSessionRows(_ s: AppState) -> Range<Int> {
        let total = s.manager.window.total, visible = SessionsView.tableRows(s)
        let first = max(0, min(sessionCursor(s) - visible + 1, total - visible))
        return first..<min(total, first + visible)
    }

    /// The read that brings the rows on screen (with the margin on each side), or nothing when they are all read.
    static func sessionRowsNeeded(_ s: AppState) -> [Effect] {
        guard !s.isTooSmall else { return [] }
        let shown = shownSessionRows(s)
        return s.manager.window.holds(shown) ? [] : [.readSessions(sessionWindowRequest(from: shown.lowerBound, s))]
    }

    /// The window whose rows on screen begin at row `first`: a margin above, the screen's rows, a margin below.
    static func sessionWindowRequest(from first: Int, _ s: AppState) -> SessionWindowRequest {
        SessionWindowRequest(query: s.manager.query, today: s.today, offset: max(0, first - sessionWindowMargin),
                             limit: SessionsView.tableRows(s) + 2 * sessionWindowMargin, openSession: s.session?.id)
    }

    /// The query is new or the store changed: count its rows and find the focused session; the rows follow.
    static func relocateSessions(_ s: AppState) -> [Effect] {
        [.locateSession(SessionLocateRequest(query: s.manager.query, today: s.today, id: s.manager.focus))]
    }

    /// A new search: the best match is the first row, so the cursor goes to the top of what is found.
    static func readSessionsFromTop(_ s: inout AppState) -> [Effect] {
        s.manager.focus = nil
        s.selection = 0
        return [.readSessions(sessionWindowRequest(from: 0, s))]
    }

    /// The store counted the query and found the session: the cursor goes to it (else stays on the row of the
    /// same number, clamped), and the rows around it are read.
    static func sessionLocated(_ request: SessionLocateRequest, _ found: SessionPosition, _ s: inout AppState) -> [Effect] {
        // An answer to an older query: the newer one's is on its way.
        guard request.query == s.manager.query, request.today == s.today else { return [] }
        s.manager.window = SessionWindow(offset: 0, rows: [], total: found.total, all: found.all)
        s.selection = found.position ?? sessionCursor(s)
        if s.manager.sayFilterCount {
            s.manager.sayFilterCount = false
            s.status = "Showing \(sessionFilters[sessionFilterIndex(s.manager.query)].label): \(found.total) of \(found.all) sessions."
            s.statusIsError = false
        }
        return [.readSessions(sessionWindowRequest(from: shownSessionRows(s).lowerBound, s))]
    }

    /// The store read a window: it is the one shown, and the cursor's session is the one it holds there.
    static func sessionsRead(_ request: SessionWindowRequest, _ window: SessionWindow, _ s: inout AppState) -> [Effect] {
        guard request.query == s.manager.query, request.today == s.today else { return [] }
        if window.openSessionGone, let id = request.openSession, s.session?.id == id { s.session = nil }
        s.manager.window = window
        s.selection = sessionCursor(s)
        if let row = window.row(s.selection) { s.manager.focus = row.id }
        // Fewer rows than expected (the store changed meanwhile): the rows where the cursor is now, once.
        let more = sessionRowsNeeded(s)
        return more == [.readSessions(request)] ? [] : more
    }

    static func sessions(_ action: Action?, _ key: Key, _ s: inout AppState) -> [Effect] {
        // What was said belongs to the last key; a new key says its own or nothing.
        s.status = nil
        s.statusIsError = false
        let window = s.manager.window
        s.selection = sessionCursor(s)
        if s.manager.searching {
            switch action {
            case .confirm?:
                s.manager.searching = false
                return sessionRowsNeeded(s)
            case .back?:
                s.manager.searching = false
                s.manager.query.search = ""
                return relocateSessions(s)
            case .edit?:        // Backspace
                if !s.manager.query.search.isEmpty { s.manager.query.search.removeLast() }
                return readSessionsFromTop(&s)
            case nil:
                guard case .char(let c) = key else { return [] }
                if s.manager.query.search.count < 100 { s.manager.query.search.append(c) }
                return readSessionsFromTop(&s)
            default: break     // the arrows still move through the rows found
            }
        }
        if moveSelection(action, key, count: window.total, &s) {
            // A row not read yet gets its focus when it is read.
            s.manager.focus = window.row(s.selection)?.id
            return sessionRowsNeeded(s)
        }
        let chosen = window.row(s.selection)
        switch action {
        case .back?:
            if !s.manager.query.search.isEmpty {
                s.manager.query.search = ""
                s.status = "Search cleared."
                return relocateSessions(s)
            }
            if s.session != nil { show(.welcome, &s) } else { s.screen = s.resumable != nil ? .resume : .welcome; s.selection = 0 }
            return []
        case .search?:
            s.manager.searching = true
        case .sort?:
            let all = SessionQuery.Sort.allCases
            s.manager.query.sort = all[((all.firstIndex(of: s.manager.query.sort) ?? 0) + 1) % all.count]
            s.status = "Sorted by \(s.manager.query.sort.label)."
            return relocateSessions(s)
        case .nextFilter?:
            applyFilter((sessionFilterIndex(s.manager.query) + 1) % sessionFilters.count, to: &s.manager.query)
            s.manager.sayFilterCount = true
            return relocateSessions(s)
        case .confirm?:
            if let chosen { return [.openSession(id: chosen.id)] }
        case .new?:
            s.screen = .welcome
            s.selection = 0
            return [.createSession(name: "Session \(window.all + 1)")]
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
        // A status that went (or came) changes how many rows the screen has.
        return s.screen == .sessions ? sessionRowsNeeded(s) : []
    }
}
