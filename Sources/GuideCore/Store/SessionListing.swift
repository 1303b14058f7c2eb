import Foundation
import GRDB

/// Sessions read as list rows from their stored columns: no profile is decoded, no rule table is read, and
/// no Foundation calendar is opened (dates are read by `StoredDate`). The resume screen, `sessions list` and
/// the session manager's pages all read rows this way, so they agree with each other.
extension SessionStore {
    /// The columns a `SessionSummary` is made of, in the order `summary(from:)` reads them.
    static let summaryColumns = "id, name, step, updatedAt, nextDeadline, nextDeadlineLabel, fileNumber, uci, tags"

    /// The store's order: most recently changed first; the name, then the id, make it total (a page ends
    /// where the next begins even between sessions saved in the same millisecond).
    static let storeOrder = "updatedAt DESC, name, id"

    /// Every session, most recently changed first.
    public func list() throws -> [SessionSummary] {
        try reading { db in
            try SessionStore.summaries(db, sql: "SELECT \(SessionStore.summaryColumns) FROM session ORDER BY \(SessionStore.storeOrder)")
        }
    }

    /// The most recently changed session's row (what the resume screen shows), read from its columns.
    public func mostRecentSummary() throws -> SessionSummary? {
        try reading { db in
            try SessionStore.summaries(db, sql: "SELECT \(SessionStore.summaryColumns) FROM session ORDER BY \(SessionStore.storeOrder) LIMIT 1").first
        }
    }

    /// `limit` rows of what `query.apply(list(), today:)` gives, from `offset` on: the same search, filters
    /// and order, done by SQLite, so a page costs the same with 10 or 10,000 sessions.
    public func sessions(_ query: SessionQuery, today: LocalDate, offset: Int, limit: Int) throws -> [SessionSummary] {
        let (filter, arguments) = SessionStore.whereClause(query, today: today)
        return try reading { db in
            SessionStore.prepareQueries(db)
            return try SessionStore.summaries(db, sql: """
                SELECT \(SessionStore.summaryColumns) FROM session \(filter)
                ORDER BY \(SessionStore.orderClause(query.sort)) LIMIT ? OFFSET ?
                """, arguments: arguments + [max(0, limit), max(0, offset)])
        }
    }

    /// How many sessions `query` keeps.
    public func count(_ query: SessionQuery, today: LocalDate) throws -> Int {
        let (filter, arguments) = SessionStore.whereClause(query, today: today)
        return try reading { db in
            SessionStore.prepareQueries(db)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM session \(filter)", arguments: arguments) ?? 0
        }
    }

    /// Where the query's row lies in its order (the session manager keeps its cursor on a session), or nil.
    public func position(of id: String, in query: SessionQuery, today: LocalDate) throws -> Int? {
        // Small stores and large alike: the ids in order are cheap next to whole rows.
        let (filter, arguments) = SessionStore.whereClause(query, today: today)
        return try reading { db in
            SessionStore.prepareQueries(db)
            let ids = try String.fetchCursor(db, sql: "SELECT id FROM session \(filter) ORDER BY \(SessionStore.orderClause(query.sort))",
                                             arguments: arguments)
            var i = 0
            while let next = try ids.next() {
                if next == id { return i }
                i += 1
            }
            return nil
        }
    }

    /// One page of `query` with its counts, read at one moment (one read transaction), as the session manager
    /// shows it: the rows from `offset` on, how many rows the query keeps, how many sessions there are, and
    /// whether `stored` (the session open on screen) is still in the store. `limit` rows at most are read.
    public func page(_ query: SessionQuery, today: LocalDate, offset: Int, limit: Int, stored id: String? = nil) throws -> SessionPage {
        let (filter, arguments) = SessionStore.whereClause(query, today: today)
        return try reading { db in
            SessionStore.prepareQueries(db)
            let rows = try SessionStore.summaries(db, sql: """
                SELECT \(SessionStore.summaryColumns) FROM session \(filter)
                ORDER BY \(SessionStore.orderClause(query.sort)) LIMIT ? OFFSET ?
                """, arguments: arguments + [max(0, limit), max(0, offset)])
            let (total, all) = try SessionStore.counts(db, filter: filter, arguments: arguments)
            let stored = try id.map { try Bool.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [$0]) ?? false }
            return SessionPage(rows: rows, total: total, all: all, stored: stored)
        }
    }

    /// Where `id` lies in `query`'s order (nil: not kept, or no id given), with the counts, read at one moment:
    /// the session manager keeps its cursor on a session when the search, a filter or the order changes.
    /// The position is a count of the rows before it (`rowsBefore`): no sort of the whole store.
    public func locate(_ id: String?, in query: SessionQuery, today: LocalDate) throws -> SessionPosition {
        let (filter, arguments) = SessionStore.whereClause(query, today: today)
        func and(_ term: String) -> String { filter.isEmpty ? "WHERE \(term)" : "\(filter) AND \(term)" }
        return try reading { db in
            SessionStore.prepareQueries(db)
            let (total, all) = try SessionStore.counts(db, filter: filter, arguments: arguments)
            guard let id, total > 0,
                  let row = try Row.fetchOne(db, sql: "SELECT updatedAt, name, id, nextDeadline FROM session \(and("id = ?"))",
                                             arguments: arguments + [id])
            else { return SessionPosition(position: nil, total: total, all: all) }
            let (before, keys) = SessionStore.rowsBefore(query.sort, row)
            let position = try Int.fetchOne(db, sql: "SELECT count(*) FROM session \(and(before))", arguments: arguments + keys) ?? 0
            return SessionPosition(position: position, total: total, all: all)
        }
    }

    // MARK: SQL

    /// How many rows the filter keeps, and how many sessions there are (one count when nothing is filtered).
    static func counts(_ db: Database, filter: String, arguments: StatementArguments) throws -> (total: Int, all: Int) {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM session \(filter)", arguments: arguments) ?? 0
        if filter.isEmpty { return (total, total) }
        return (total, try Int.fetchOne(db, sql: "SELECT count(*) FROM session") ?? 0)
    }

    static func summaries(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [SessionSummary] {
        var out: [SessionSummary] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() { out.append(summary(from: row)) }
        return out
    }

    /// A row of `summaryColumns`, read by position.
    static func summary(from row: Row) -> SessionSummary {
        let deadline: String? = row[4]
        return SessionSummary(id: row[0], name: row[1], step: Step(rawValue: row[2]) ?? .criteria,
                              updatedAt: StoredDate.date(row[3]) ?? Date(timeIntervalSince1970: 0),
                              nextDeadline: deadline.flatMap { try? LocalDate.parse($0) },
                              nextDeadlineLabel: row[5], fileNumber: row[6], uci: row[7],
                              tags: ClientFields.tags(fromStored: row[8]))
    }

    /// The query's filters as SQL (the search through `oinp_matches`, which is `SessionQuery`'s own matching).
    static func whereClause(_ q: SessionQuery, today: LocalDate) -> (String, StatementArguments) {
        var terms: [String] = []
        var arguments: StatementArguments = []
        if let step = q.step {
            terms.append("step = ?"); arguments += [step.rawValue]
        }
        if let days = q.dueWithin {
            terms.append("nextDeadline IS NOT NULL AND nextDeadline <= ?"); arguments += [today.adding(days: days).description]
        }
        if q.passedOnly {
            terms.append("nextDeadline IS NOT NULL AND nextDeadline < ?"); arguments += [today.description]
        }
        if !SessionQuery.words(q.search).isEmpty {
            terms.append("oinp_matches(?, name, id, fileNumber, uci, tags)"); arguments += [q.search]
        }
        return (terms.isEmpty ? "" : "WHERE " + terms.joined(separator: " AND "), arguments)
    }

    /// The rows before the row of these stored keys (updatedAt, name, id, nextDeadline, as stored) in `sort`'s
    /// order: `orderClause`'s terms compared one after the other, with the same collations.
    static func rowsBefore(_ sort: SessionQuery.Sort, _ row: Row) -> (String, StatementArguments) {
        let changed: DatabaseValue = row[0], name: DatabaseValue = row[1], id: DatabaseValue = row[2], deadline: DatabaseValue = row[3]
        let store = "(updatedAt > ? OR (updatedAt = ? AND (name < ? OR (name = ? AND id < ?))))"
        let storeKeys: StatementArguments = [changed, changed, name, name, id]
        switch sort {
        case .changed:
            return (store, storeKeys)
        case .name:
            return ("(name < ? COLLATE oinp_name OR (name = ? COLLATE oinp_name AND \(store)))", [name, name] + storeKeys)
        case .deadline:
            // Sessions without a deadline come last, among themselves in the store's order.
            if deadline.isNull { return ("(nextDeadline IS NOT NULL OR \(store))", storeKeys) }
            return ("((nextDeadline IS NOT NULL AND nextDeadline < ?) OR (nextDeadline = ? AND \(store)))", [deadline, deadline] + storeKeys)
        }
    }

    /// `SessionQuery.apply`'s orders, each ending in the store's order (its ties keep the store's order).
    static func orderClause(_ sort: SessionQuery.Sort) -> String {
        switch sort {
        case .changed: return storeOrder
        case .name: return "name COLLATE oinp_name, \(storeOrder)"
        case .deadline: return "nextDeadline IS NULL, nextDeadline, \(storeOrder)"
        }
    }

    /// The search and the name order, as `SessionQuery` does them in Swift, for SQLite to call.
    static func prepareQueries(_ db: Database) {
        db.add(function: matchesFunction)
        db.add(collation: nameCollation)
    }

    static let matchesFunction = DatabaseFunction("oinp_matches", argumentCount: 6, pure: true) { values in
        guard case .string(let search) = values[0].storage else { return true }
        func text(_ i: Int) -> String { if case .string(let s) = values[i].storage { return s } else { return "" } }
        return SessionQuery.matches(search: search, name: text(1), id: text(2), fileNumber: text(3), uci: text(4),
                                    tags: ClientFields.tags(fromStored: text(5)))
    }

    static let nameCollation = DatabaseCollation("oinp_name") { a, b in a.localizedCaseInsensitiveCompare(b) }
}

/// A page of the session manager's rows with its counts (`SessionStore.page`).
public struct SessionPage: Equatable, Sendable {
    public let rows: [SessionSummary]
    /// How many rows the query keeps.
    public let total: Int
    /// How many sessions there are in all.
    public let all: Int
    /// Whether the session asked about is in the store (nil: none was asked about).
    public let stored: Bool?

    public init(rows: [SessionSummary], total: Int, all: Int, stored: Bool? = nil) {
        self.rows = rows; self.total = total; self.all = all; self.stored = stored
    }
}

/// Where a session lies in a query's order, with the counts (`SessionStore.locate`).
public struct SessionPosition: Equatable, Sendable {
    /// Its row number in the query's order; nil when the query does not keep it.
    public let position: Int?
    public let total: Int
    public let all: Int

    public init(position: Int?, total: Int, all: Int) {
        self.position = position; self.total = total; self.all = all
    }
}
