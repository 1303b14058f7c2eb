import Foundation
import GRDB

/// Why the session store could not do what was asked, in words a user can act on: each `description`
/// says what happened, then what to do. SQLite's and the system's own words are kept in `detail`, for
/// `--verbose`, never in the sentence.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file is not a readable database. It was moved aside untouched to `keptAt`.
    case damaged(path: String, keptAt: String, detail: String)
    /// Part of the file cannot be read (found while reading, after it was opened).
    case damagedInUse(path: String, detail: String)
    /// The file is damaged and could not be moved aside (a read-only folder, say).
    case cannotSetAside(path: String, detail: String)
    /// The file was written by a newer oinp-guide; it is left untouched.
    case newerVersion(path: String)
    /// The file is another program's database (or has tables we did not create); it is left untouched.
    case notOurs(path: String, reason: String)
    /// The data folder given is a file (or something else that is not a folder).
    case notAFolder(path: String)
    /// The data folder does not exist and cannot be created.
    case cannotCreateFolder(path: String, detail: String)
    /// The store cannot be written (the user made it read-only, a read-only file system): it was opened
    /// for reading, and this change was not made.
    case readOnly(path: String, reason: String)
    /// An older version's file that must be migrated, in a place that cannot be written.
    case needsUpgradeButReadOnly(path: String, reason: String)
    /// Another program held the database longer than the busy timeout; nothing was written.
    case busy(path: String, seconds: Int)
    case diskFull(path: String)
    /// Any other failure of SQLite or the file system.
    case storage(path: String, detail: String)
    /// The session changed elsewhere since it was loaded (another instance saved it).
    case conflict(sessionID: String)
    case notFound(sessionID: String)
    /// Another oinp-guide (process `pid` on `host`) has the session open for editing since `since`.
    case openElsewhere(sessionID: String, pid: Int32, host: String, since: Date)
    /// An id prefix matches more than one session.
    case ambiguous(prefix: String, matches: Int)
    /// What was given names several sessions (a shared name, or an id prefix): some candidates, and how many in all.
    case ambiguousSession(given: String, candidates: [String], total: Int)
    /// No session has this id, id prefix or name.
    case noSuchSession(given: String)
    /// A file given to import is not a valid export or profile; `field` is the JSON path (e.g. `profile.noiDate`).
    case badImport(field: String, message: String)
    case invalid(String)

    public var description: String {
        switch self {
        case let .damaged(path, keptAt, _):
            return StoreError.damagedSentence(path: path, keptAt: keptAt)
        case let .damagedInUse(path, _):
            return "The sessions file \(path) is damaged: part of it cannot be read. Copy it somewhere safe, move it out of the folder, and run oinp-guide again to start a new one (or restore a backup)."
        case let .cannotSetAside(path, _):
            return "The sessions file \(path) is damaged and could not be set aside (the folder cannot be written). Move it out of the folder yourself, or use --data-dir with another folder."
        case let .newerVersion(path):
            return "The sessions file \(path) was written by a newer version of oinp-guide and was left untouched. Update oinp-guide to open it."
        case let .notOurs(path, reason):
            return "The file \(path) is not an oinp-guide sessions file (\(reason)) and was left untouched. Give oinp-guide a folder of its own with --data-dir."
        case let .notAFolder(path):
            return "The data folder \(path) is a file, not a folder. Give a folder with --data-dir (it is created if missing)."
        case let .cannotCreateFolder(path, _):
            return "The data folder \(path) does not exist and cannot be created. Create it yourself, or choose another with --data-dir."
        case let .readOnly(path, reason):
            return "The sessions in \(path) are read-only (\(reason)), so nothing was changed. Make the folder and file writable, or use --data-dir with another folder."
        case let .needsUpgradeButReadOnly(path, reason):
            return "The sessions file \(path) was written by an older version and must be updated, but it is read-only (\(reason)). Make it writable, then run oinp-guide again."
        case let .busy(path, seconds):
            return "Another program kept the sessions file \(path) busy for more than \(seconds) s, so nothing was changed. Try again in a moment; if it goes on, close the other program."
        case let .diskFull(path):
            return "The disk holding \(path) is full, so nothing was changed. Free some space and try again."
        case let .storage(path, _):
            return "The sessions file \(path) could not be read or written. Try again; if it goes on, run the command with --verbose to see the reason."
        case let .conflict(id):
            return "Session \(id) was changed by another oinp-guide since it was opened here. Reopen it to see the latest answers."
        case let .notFound(id):
            return "No saved session with id \(ProfileJSON.excerpt(id)). See the ids with: oinp-guide sessions list."
        case let .openElsewhere(id, pid, host, since):
            return "Session \(id) is open in another oinp-guide (process \(pid) on \(host), since \(StoreError.clock(since))). Close it there first; meanwhile it can be viewed read-only."
        case let .ambiguous(prefix, n):
            return "The id prefix \(prefix) matches \(n) sessions. Give more characters of the id."
        case let .ambiguousSession(given, candidates, total):
            let more = total > candidates.count ? ", and \(total - candidates.count) more" : ""
            return "\u{201C}\(ProfileJSON.excerpt(given))\u{201D} matches \(total) sessions: \(candidates.joined(separator: ", "))\(more). Give more characters of the id, or the whole id."
        case let .noSuchSession(given):
            return "No saved session has the id, id beginning or name \u{201C}\(ProfileJSON.excerpt(given))\u{201D}. See them with: oinp-guide sessions list."
        case let .badImport(field, message):
            return "\(field): \(message)"
        case let .invalid(message):
            return message
        }
    }

    /// What SQLite or the system said, for `--verbose` (nil when the sentence is all there is).
    public var detail: String? {
        switch self {
        case let .damaged(_, _, d), let .damagedInUse(_, d), let .cannotSetAside(_, d), let .cannotCreateFolder(_, d), let .storage(_, d):
            return d
        default:
            return nil
        }
    }

    /// The one sentence about a damaged store, the same in the guide, in `--plain` and on the command
    /// line (docs/sessions.md quotes it): what happened, where the file was kept, what to do.
    public static func damagedSentence(path: String, keptAt: String) -> String {
        "The sessions file \(path) was damaged, so it was set aside unchanged as \(keptAt) and a new empty one was started; restore a backup over \(path) if you have one, or start your answers again."
    }

    /// A SQLite or file-system failure on the store at `path`, in the words above.
    static func from(_ error: Error, path: String, busySeconds: Int) -> Error {
        if error is StoreError { return error }
        guard let e = error as? DatabaseError else {
            return StoreError.storage(path: path, detail: String(describing: error))
        }
        let detail = "SQLite error \(e.extendedResultCode.rawValue): \(e.message ?? "")"
        switch e.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path: path, seconds: busySeconds)
        case .SQLITE_READONLY: return StoreError.readOnly(path: path, reason: "SQLite cannot write it")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StoreError.damagedInUse(path: path, detail: detail)
        case .SQLITE_FULL: return StoreError.diskFull(path: path)
        default: return StoreError.storage(path: path, detail: detail)
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
