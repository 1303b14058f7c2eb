import Foundation
import GRDB

/// One way for every command to name a session: its exact id, a unique beginning of the id (in any
/// case), or its exact name. An ambiguous prefix or a shared name lists the candidates.
extension SessionStore {
    /// The full id of the session `given` names. Order: exact id (any case), then exact name, then a
    /// unique id prefix (any case). Throws `.notFound`, or `.ambiguousSession` with the candidates.
    public func findSession(_ given: String) throws -> String {
        let text = given.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw SessionStore.emptySessionGiven }
        return try reading { db in
            if let id = try String.fetchOne(db, sql: "SELECT id FROM session WHERE id = ? COLLATE NOCASE", arguments: [text]) {
                return id
            }
            let named = try Row.fetchAll(db, sql: "SELECT id, name FROM session WHERE name = ? ORDER BY updatedAt DESC LIMIT 11", arguments: [text])
            if named.count == 1 { return named[0]["id"] }
            if named.count > 1 {
                let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM session WHERE name = ?", arguments: [text]) ?? named.count
                throw StoreError.ambiguousSession(given: text, candidates: named.prefix(10).map(SessionStore.candidate), total: total)
            }
            let pattern = SessionStore.likePrefix(text)
            let prefixed = try Row.fetchAll(db, sql: "SELECT id, name FROM session WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 11",
                                            arguments: [pattern])
            if prefixed.count == 1 { return prefixed[0]["id"] }
            if prefixed.count > 1 {
                let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM session WHERE id LIKE ? ESCAPE '\\'", arguments: [pattern]) ?? prefixed.count
                throw StoreError.ambiguousSession(given: text, candidates: prefixed.prefix(10).map(SessionStore.candidate), total: total)
            }
            throw StoreError.noSuchSession(given: text)
        }
    }

    static let emptySessionGiven = StoreError.invalid("An empty session id or name was given. Give an id, a unique beginning of one, or a name (see: oinp-guide sessions list).")

    /// `id “name”`, as a candidate is listed.
    static func candidate(_ row: Row) -> String {
        let id: String = row["id"], name: String = row["name"]
        return "\(id) \u{201C}\(ProfileJSON.excerpt(name, limit: 40))\u{201D}"
    }

    /// A LIKE pattern for "starts with `text`", with %, _ and \ taken literally (LIKE ignores ASCII case).
    static func likePrefix(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
    }
}
