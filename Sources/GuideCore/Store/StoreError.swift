/// Why the session store could not do what was asked, in words a user can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file is not a readable database. It was moved aside untouched to `keptAt`.
    case damaged(path: String, keptAt: String, detail: String)
    /// The file was written by a newer oinp-guide; it is left untouched.
    case newerVersion(path: String)
    /// The session changed elsewhere since it was loaded (another instance saved it).
    case conflict(sessionID: String)
    case notFound(sessionID: String)
    case invalid(String)

    public var description: String {
        switch self {
        case let .damaged(path, keptAt, detail):
            return "The saved sessions file \(path) is damaged (\(detail)). It was kept, untouched, as \(keptAt); a new empty file was started."
        case let .newerVersion(path):
            return "The saved sessions file \(path) was written by a newer version of oinp-guide. It was left untouched; please update oinp-guide."
        case let .conflict(id):
            return "Session \(id) was changed by another oinp-guide since it was opened here; reopen it to see the latest answers."
        case let .notFound(id):
            return "No saved session with id \(id)."
        case let .invalid(message):
            return message
        }
    }
}
