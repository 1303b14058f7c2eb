import Foundation

/// Why the session store could not do what was asked, in words a user can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file is not a readable database. It was moved aside untouched to `keptAt`.
    case damaged(path: String, keptAt: String, detail: String)
    /// The file was written by a newer oinp-guide; it is left untouched.
    case newerVersion(path: String)
    /// The session changed elsewhere since it was loaded (another instance saved it).
    case conflict(sessionID: String)
    case notFound(sessionID: String)
    /// Another oinp-guide (process `pid` on `host`) has the session open for editing since `since`.
    case openElsewhere(sessionID: String, pid: Int32, host: String, since: Date)
    /// An id prefix matches more than one session.
    case ambiguous(prefix: String, matches: Int)
    /// A file given to import is not a valid export or profile; `field` is the JSON path (e.g. `profile.noiDate`).
    case badImport(field: String, message: String)
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
        case let .openElsewhere(id, pid, host, since):
            return "Session \(id) is open in another oinp-guide (process \(pid) on \(host), since \(StoreError.clock(since))). Close it there first, or view it read-only."
        case let .ambiguous(prefix, n):
            return "The id prefix \(prefix) matches \(n) sessions; give more characters of the id."
        case let .badImport(field, message):
            return "\(field): \(message)"
        case let .invalid(message):
            return message
        }
    }

    /// Local time, to the minute: what a person compares with their clock.
    static func clock(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }
}
