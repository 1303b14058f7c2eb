import Foundation
import GRDB

/// What a practice keeps about a client beside the answers: its own file number, IRCC's client id (UCI),
/// tags to group files by, and a free note. None of it is used by the rules; all of it is searched,
/// listed, exported and imported.
public struct ClientFields: Codable, Equatable, Sendable {
    public var fileNumber: String?
    /// IRCC's Unique Client Identifier, as the practice wrote it (digits and dashes).
    public var uci: String?
    public var tags: [String]
    public var note: String?

    public init(fileNumber: String? = nil, uci: String? = nil, tags: [String] = [], note: String? = nil) {
        self.fileNumber = fileNumber; self.uci = uci; self.tags = tags; self.note = note
    }

    public var isEmpty: Bool { fileNumber == nil && uci == nil && tags.isEmpty && note == nil }

    /// Trimmed, empty values dropped, tags without duplicates; refused with a sentence naming the field
    /// when a value is too long or has control characters (a note may have line breaks).
    public func checked() throws -> ClientFields {
        func one(_ value: String?, _ field: String, max: Int, lines: Bool = false) throws -> String? {
            guard let v = value?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
            let bad = v.unicodeScalars.contains { $0.properties.generalCategory == .control && !(lines && ($0 == "\n" || $0 == "\t")) }
            if bad { throw StoreError.invalid("The \(field) cannot contain control characters\(lines ? "" : " (tabs, line breaks)").") }
            if v.count > max { throw StoreError.invalid("The \(field) can be at most \(max) characters (it has \(v.count)).") }
            return v
        }
        var out = ClientFields()
        out.fileNumber = try one(fileNumber, "file number", max: 64)
        out.uci = try one(uci, "UCI", max: 20)
        if let u = out.uci, !u.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) {
            throw StoreError.invalid("The UCI can have only digits and dashes (IRCC writes it 0000-0000 or 00-0000-0000).")
        }
        var seen = Set<String>()
        for t in tags {
            guard let tag = try one(t, "tag \u{201C}\(ProfileJSON.excerpt(t, limit: 20))\u{201D}", max: 40) else { continue }
            if tag.contains(",") { throw StoreError.invalid("A tag cannot contain a comma (commas separate tags).") }
            if seen.insert(tag.lowercased()).inserted { out.tags.append(tag) }
        }
        if out.tags.count > 20 { throw StoreError.invalid("A session can have at most 20 tags (it has \(out.tags.count)).") }
        out.note = try one(note, "note", max: 2000, lines: true)
        return out
    }

    /// Tags as the store keeps them: one text, comma-separated (a tag has no comma), NULL for none.
    var storedTags: String? { tags.isEmpty ? nil : tags.joined(separator: ",") }

    static func tags(fromStored text: String?) -> [String] {
        (text ?? "").split(separator: ",").map(String.init)
    }

    /// Read from a row holding the v4 columns.
    init(row: Row) {
        self.init(fileNumber: row["fileNumber"], uci: row["uci"], tags: ClientFields.tags(fromStored: row["tags"]), note: row["note"])
    }
}

extension SessionStore {
    /// v4: the client fields, as columns (searched and listed without decoding a profile).
    static func registerClientFields(_ m: inout DatabaseMigrator) {
        m.registerMigration("v4-client-fields") { db in
            try db.alter(table: "session") { t in
                t.add(column: "fileNumber", .text)
                t.add(column: "uci", .text)
                t.add(column: "tags", .text)
                t.add(column: "note", .text)
            }
        }
    }

    /// Replaces a session's client fields (a change: the revision is bumped). Refused while it is open elsewhere.
    @discardableResult
    public func setClientFields(id: String, _ fields: ClientFields, now: Date = Date()) throws -> Session {
        let f = try fields.checked()
        return try writing { db in
            try self.checkNotOpenElsewhere(db, id: id, now: now, refreshOwn: false)
            try db.execute(sql: "UPDATE session SET fileNumber = ?, uci = ?, tags = ?, note = ?, updatedAt = ?, revision = revision + 1 WHERE id = ?",
                           arguments: [f.fileNumber, f.uci, f.storedTags, f.note, SessionStore.storable(now), id])
            if db.changesCount == 0 { throw StoreError.notFound(sessionID: id) }
            return try SessionStore.fetch(db, id: id)
        }
    }
}
