import Foundation

/// Export and import: a session travels as the documented profile JSON (docs/profile-format.md), with one
/// extra top-level key, `_session`, holding its name and position. The profile format ignores unknown keys,
/// so an export is also a profile file for `oinp-guide assess`; a plain profile file imports too.
public struct SessionExportInfo: Codable, Equatable, Sendable {
    public var name: String
    public var step: Step?
    public var questionID: String?
    /// The client fields (v4); absent when empty, so an export without them is byte for byte as before.
    public var fileNumber: String?
    public var uci: String?
    public var tags: [String]?
    public var note: String?

    public init(name: String, step: Step? = nil, questionID: String? = nil, client: ClientFields = ClientFields()) {
        self.name = name; self.step = step; self.questionID = questionID
        fileNumber = client.fileNumber; uci = client.uci; tags = client.tags.isEmpty ? nil : client.tags; note = client.note
    }

    public var client: ClientFields { ClientFields(fileNumber: fileNumber, uci: uci, tags: tags ?? [], note: note) }

    /// The reserved top-level key.
    public static let key = "_session"
}

/// The export document: the profile's own keys, plus `_session`.
private struct ExportDocument: Encodable {
    let profile: Profile
    let info: SessionExportInfo
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        try profile.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(info, forKey: Key(stringValue: SessionExportInfo.key))
    }
}

/// A file read for import, checked, not yet stored.
public struct ParsedImport: Sendable {
    public let profile: Profile
    public let info: SessionExportInfo?
    /// Unknown keys that were ignored (`profile.dateOfBrith: unknown key, ignored (did you mean dateOfBirth?)`).
    public let warnings: [ProfileIssue]
}

extension SessionStore {
    /// The session as a profile JSON document (pretty, sorted keys, UTF-8, ending with a newline), read
    /// without taking the editing lock: the latest committed answers.
    public func exportJSON(id: String) throws -> Data {
        try SessionStore.exportJSON(try load(id: id))
    }

    public static func exportJSON(_ session: Session) throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]  // as ProfileJSON.encode
        let info = SessionExportInfo(name: session.name, step: session.position.step, questionID: session.position.questionID,
                                     client: session.client)
        var data = try enc.encode(ExportDocument(profile: session.profile, info: info))
        data.append(0x0A)
        return data
    }

    /// Reads an export (or a plain profile file): decoded with `ProfileJSON.read`, then checked with
    /// `Profile.validate(asOf:)`. The first problem is thrown as `.badImport(field:message:)` naming the
    /// field (e.g. `profile.languageTests[0].scores.reading`). Nothing is stored. `strict`: an unknown key is
    /// refused instead of returned as a warning.
    public static func readImport(_ data: Data, asOf: LocalDate = .today(), strict: Bool = false) throws -> ParsedImport {
        let reading: ProfileJSON.Reading
        do {
            reading = try ProfileJSON.read(data, strict: strict)
        } catch {
            throw StoreError.badImport(field: error.path, message: error.message)
        }
        var info: SessionExportInfo?
        if let tree = reading.tree.member(SessionExportInfo.key) {
            do {
                info = try JSONTreeDecoder().decode(SessionExportInfo.self, from: tree)
            } catch let r as JSONTreeDecoder.Refusal {
                throw StoreError.badImport(field: JSONTreeDecoder.pathString(r.path, root: SessionExportInfo.key), message: r.message)
            } catch let e as DecodingError {
                let text = describe(e, root: SessionExportInfo.key)
                guard let r = text.range(of: ": ") else { throw StoreError.badImport(field: SessionExportInfo.key, message: ProfileJSON.excerpt(text, limit: 300)) }
                throw StoreError.badImport(field: String(text[..<r.lowerBound]), message: ProfileJSON.excerpt(String(text[r.upperBound...]), limit: 300))
            }
        }
        if let info {
            do { _ = try info.client.checked() } catch let e as StoreError {
                throw StoreError.badImport(field: SessionExportInfo.key, message: e.description)
            }
        }
        if let issue = reading.profile.validate(asOf: asOf).first {
            throw StoreError.badImport(field: issue.path, message: issue.message)
        }
        return ParsedImport(profile: reading.profile, info: info, warnings: reading.warnings)
    }

    public static func parseImport(_ data: Data, asOf: LocalDate = .today()) throws -> (profile: Profile, info: SessionExportInfo?) {
        let parsed = try readImport(data, asOf: asOf)
        return (parsed.profile, parsed.info)
    }

    /// Imports a file as a new session. Its name: `name` if given, else the one in the file's `_session`,
    /// else "Imported session". The position in the file is kept, so the user resumes where they were.
    @discardableResult
    public func importJSON(_ data: Data, name: String? = nil, asOf: LocalDate = .today(), now: Date = Date()) throws -> Session {
        try create(from: try SessionStore.readImport(data, asOf: asOf), name: name, now: now)
    }

    /// Stores a file read by `readImport` as a new session.
    @discardableResult
    public func create(from parsed: ParsedImport, name: String? = nil, now: Date = Date()) throws -> Session {
        let chosen = name ?? parsed.info?.name ?? "Imported session"
        let position = JourneyPosition(step: parsed.info?.step ?? .criteria, questionID: parsed.info?.questionID)
        return try create(name: chosen, profile: parsed.profile, position: position, client: parsed.info?.client ?? ClientFields(), now: now)
    }

    /// Writes an export to `url`, readable by the owner only (0600) from its first byte: a private temporary
    /// file beside it, flushed, then renamed over `url`. Nothing else is written.
    public static func writeExport(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError.invalid("Cannot write \(url.path): \(String(cString: strerror(errno))).")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard renameFile(tmp.path, url.path) == 0 else {
                throw StoreError.invalid("Cannot write \(url.path): \(String(cString: strerror(errno))).")
            }
        } catch {
            unlink(tmp.path)
            if let e = error as? StoreError { throw e }
            throw StoreError.invalid("Cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}

/// rename(2); a free function so it is not shadowed by `SessionStore.rename(id:to:)`.
private func renameFile(_ from: String, _ to: String) -> Int32 { rename(from, to) }
