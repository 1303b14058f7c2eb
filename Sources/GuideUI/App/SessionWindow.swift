import GuideCore

// The session manager holds one window of rows (those on screen and a few beyond), never the whole list:
// it asks for them with these requests (effects), and the runtime answers with what the store read.

/// "Read `limit` rows of `query` from row `offset` on, with the counts."
public struct SessionWindowRequest: Equatable, Sendable {
    public var query: SessionQuery
    /// The date the query's deadline filters count from.
    public var today: LocalDate
    public var offset: Int
    public var limit: Int
    /// The session open on screen: the answer says whether it is still stored (another program may have
    /// deleted it).
    public var openSession: String?

    public init(query: SessionQuery, today: LocalDate, offset: Int, limit: Int, openSession: String? = nil) {
        self.query = query; self.today = today; self.offset = offset; self.limit = limit; self.openSession = openSession
    }
}

/// "Count the rows of `query`, and find session `id` among them": the cursor follows a session across a new
/// search, filter or order, or a reload.
public struct SessionLocateRequest: Equatable, Sendable {
    public var query: SessionQuery
    public var today: LocalDate
    public var id: String?

    public init(query: SessionQuery, today: LocalDate, id: String?) {
        self.query = query; self.today = today; self.id = id
    }
}

/// The rows read: `rows[0]` is row `offset` of the query's order.
public struct SessionWindow: Equatable, Sendable {
    public var offset: Int
    public var rows: [SessionSummary]
    /// How many rows the query keeps (the cursor moves over all of them).
    public var total: Int
    /// How many sessions there are in all (the title's "3 of 40", the next new session's number).
    public var all: Int
    /// The request's open session is no longer stored.
    public var openSessionGone: Bool

    public init(offset: Int = 0, rows: [SessionSummary] = [], total: Int = 0, all: Int = 0, openSessionGone: Bool = false) {
        self.offset = offset; self.rows = rows; self.total = total; self.all = all; self.openSessionGone = openSessionGone
    }

    /// Every session of `list` in one window, in its order, nothing filtered (a fixture of a few rows).
    public init(_ list: [SessionSummary]) {
        self.init(rows: list, total: list.count, all: list.count)
    }

    /// Row `i` of the query's order, when it is in the window.
    public func row(_ i: Int) -> SessionSummary? {
        rows.indices.contains(i - offset) ? rows[i - offset] : nil
    }

    /// Whether every row of `range` is in the window (an empty range always is).
    public func holds(_ range: Range<Int>) -> Bool {
        range.isEmpty || (offset <= range.lowerBound && range.upperBound <= offset + rows.count)
    }

    /// The window `request` asks for, read from every session in memory (`list` in the store's order) with
    /// `SessionQuery.apply`, which the store's SQL does the same way: for stores that only have `list()`.
    public static func reading(_ request: SessionWindowRequest, from list: [SessionSummary]) -> SessionWindow {
        let kept = request.query.apply(list, today: request.today)
        let start = min(max(0, request.offset), kept.count)
        let rows = Array(kept[start..<min(kept.count, start + max(0, request.limit))])
        let gone = request.openSession.map { id in !list.contains { $0.id == id } } ?? false
        return SessionWindow(offset: max(0, request.offset), rows: rows, total: kept.count, all: list.count, openSessionGone: gone)
    }
}

extension SessionPosition {
    /// What `request` asks, found among every session in memory (as `SessionWindow.reading`).
    public static func finding(_ request: SessionLocateRequest, in list: [SessionSummary]) -> SessionPosition {
        let kept = request.query.apply(list, today: request.today)
        return SessionPosition(position: request.id.flatMap { id in kept.firstIndex { $0.id == id } }, total: kept.count, all: list.count)
    }
}
