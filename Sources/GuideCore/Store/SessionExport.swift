import Foundation

/// Export and import: a session travels as the documented profile JSON (docs/profile-format.md), with one
/// extra top-level key, `_session`, holding its name and position. The profile format ignores unknown keys,
/// so an export is also a profile file for `oinp-guide assess`; a plain profile file imports too.
public struct SessionExportInfo: Codable, Equatable, Sendable {
    public var name: String
    public var step: Step?
    public var questionID: String?

    public init(name: String, step: Step? = nil, questionID: String? = nil) {
        self.name = name; self.step = step; self.questionID = questionID
    }

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

private struct ImportEnvelope: Decodable {
    let info: SessionExportInfo?
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        info = try c.decodeIfPresent(SessionExportInfo.self, forKey: Key(stringValue: SessionExportInfo.key))
    }
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
        let info = SessionExportInfo(name: session.name, step: session.position.step, questionID: session.position.questionID)
        var data = try enc.encode(ExportDocument(profile: session.profile, info: info))
        data.append(0x0A)
        return data
    }

    /// Reads an export (or a plain profile file): decoded with `ProfileJSON.decode`, then checked with
    /// `Profile.validate(asOf:)`. The first problem is thrown as `.badImport(field:message:)` naming the
    /// field (e.g. `profile.languageTests[0].scores.reading`). Nothing is stored.
    public static func parseImport(_ data: Data, asOf: LocalDate = .today()) throws -> (profile: Profile, info: SessionExportInfo?) {
        let profile: Profile
        do {
            profile = try ProfileJSON.decode(data)
        } catch {
            throw StoreError.badImport(field: error.path, message: error.message)
        }
        let info: SessionExportInfo?
        do {
            info = try JSONDecoder().decode(ImportEnvelope.self, from: data).info
        } catch let e as DecodingError {
            let text = describe(e, root: "")
            guard let r = text.range(of: ": ") else { throw StoreError.badImport(field: SessionExportInfo.key, message: text) }
            throw StoreError.badImport(field: String(text[..<r.lowerBound]), message: String(text[r.upperBound...]))
        }
        if let issue = profile.validate(asOf: asOf).first {
            throw StoreError.badImport(field: issue.path, message: issue.message)
        }
        return (profile, info)
    }

    /// Imports a file as a new session. Its name: `name` if given, else the one in the file's `_session`,
    /// else "Imported session". The position in the file is kept, so the user resumes where they were.
    @discardableResult
    public func importJSON(_ data: Data, name: String? = nil, asOf: LocalDate = .today(), now: Date = Date()) throws -> Session {
        let (profile, info) = try SessionStore.parseImport(data, asOf: asOf)
        let chosen = name ?? info?.name ?? "Imported session"
        let position = JourneyPosition(step: info?.step ?? .criteria, questionID: info?.questionID)
        return try create(name: chosen, profile: profile, position: position, now: now)
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
