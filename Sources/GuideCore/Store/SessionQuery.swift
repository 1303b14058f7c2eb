import Foundation

/// Which sessions to show and in what order: the same for `sessions list` and the session manager.
public struct SessionQuery: Equatable, Sendable {
    public enum Sort: String, CaseIterable, Sendable {
        case changed, name, deadline

        /// What the session manager says it is sorted by.
        public var label: String {
            switch self {
            case .changed: return "last change"
            case .name: return "name"
            case .deadline: return "next deadline"
            }
        }
    }

    /// Words that must all appear (any case) in the name, the id, the file number, the UCI or a tag.
    public var search: String = ""
    public var step: Step?
    /// Only sessions whose next deadline is at most this many days away (overdue ones included).
    public var dueWithin: Int?
    /// Only sessions whose next deadline has passed.
    public var passedOnly = false
    public var sort: Sort = .changed

    public init(search: String = "", step: Step? = nil, dueWithin: Int? = nil, passedOnly: Bool = false, sort: Sort = .changed) {
        self.search = search; self.step = step; self.dueWithin = dueWithin; self.passedOnly = passedOnly; self.sort = sort
    }

    public func matches(_ r: SessionSummary, today: LocalDate) -> Bool {
        if let step, r.step != step { return false }
        if let dueWithin {
            guard let d = r.nextDeadline, today.days(until: d) <= dueWithin else { return false }
        }
        if passedOnly {
            guard let d = r.nextDeadline, d < today else { return false }
        }
        return SessionQuery.matches(search: search, name: r.name, id: r.id, fileNumber: r.fileNumber ?? "", uci: r.uci ?? "", tags: r.tags)
    }

    /// The words of a search, lowercased.
    static func words(_ search: String) -> [Substring] {
        search.lowercased().split(whereSeparator: \.isWhitespace)
    }

    /// Every word of `search` appears in one of the fields (any case); also what SQLite calls for a page.
    static func matches(search: String, name: String, id: String, fileNumber: String, uci: String, tags: [String]) -> Bool {
        let words = words(search)
        guard !words.isEmpty else { return true }
        let hay = ([name, id, fileNumber, uci] + tags).joined(separator: "\u{1F}").lowercased()
        return words.allSatisfy { hay.contains($0) }
    }

    /// The rows kept, in order. Ties keep the store's order (most recent first).
    public func apply(_ rows: [SessionSummary], today: LocalDate) -> [SessionSummary] {
        let kept = rows.filter { matches($0, today: today) }
        switch sort {
        case .changed:
            return kept
        case .name:
            return kept.enumerated().sorted { a, b in
                let c = a.element.name.localizedCaseInsensitiveCompare(b.element.name)
                return c == .orderedSame ? a.offset < b.offset : c == .orderedAscending
            }.map(\.element)
        case .deadline:
            // The nearest deadline first (overdue ones at the top); sessions without one last.
            return kept.enumerated().sorted { a, b in
                switch (a.element.nextDeadline, b.element.nextDeadline) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.offset < b.offset
                }
            }.map(\.element)
        }
    }
}
