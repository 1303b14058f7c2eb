import Foundation

/// The store of a folder, opened only when there is something in it, and created on the first save.
///
/// The guide's welcome screen on a fresh folder needs no store: creating the file and running the
/// migrations (about a dozen fsyncs) waits until a session is created. What the first screen must still
/// say is judged at the start, as `SessionStore` would: a folder that cannot be made or is a file is an
/// error, a folder that cannot be written gives `readOnlyReason`. A file that is there is opened at the
/// start as before (the resume screen needs its most recent session; a damaged file is set aside).
public final class LazySessionStore: @unchecked Sendable {
    public let directory: URL
    let staleAfter: TimeInterval
    let busyTimeout: TimeInterval
    private var opened: SessionStore?
    /// Why the folder could not be written when it was looked at (no file in it yet).
    private let folderProblem: String?
    private let lock = NSLock()

    /// A store already open (tests, and callers that opened it themselves).
    public init(_ store: SessionStore) {
        directory = store.fileURL.deletingLastPathComponent()
        staleAfter = store.staleAfter
        busyTimeout = TimeInterval(store.busySeconds)
        opened = store
        folderProblem = nil
    }

    private init(directory: URL, staleAfter: TimeInterval, busyTimeout: TimeInterval, folderProblem: String?) {
        self.directory = directory
        self.staleAfter = staleAfter
        self.busyTimeout = busyTimeout
        self.folderProblem = folderProblem
    }

    /// Prepares the folder; opens the file if there is one (`SessionStore.openRecovering`: a damaged file is
    /// set aside and the notice returned), else opens nothing and creates nothing but the folder.
    public static func open(directory: URL, staleAfter: TimeInterval = 120, busyTimeout: TimeInterval = 5,
                            now: Date = Date()) throws -> (LazySessionStore, notice: String?) {
        let file = DataLocation.joined(directory.path, SessionStore.fileName)
        try DataLocation.prepare(directory)
        if FileManager.default.fileExists(atPath: file) {
            let (store, notice) = try SessionStore.openRecovering(directory: directory, staleAfter: staleAfter,
                                                                  busyTimeout: busyTimeout, now: now)
            return (LazySessionStore(store), notice)
        }
        let lazy = LazySessionStore(directory: directory, staleAfter: staleAfter, busyTimeout: busyTimeout,
                                    folderProblem: SessionStore.writeProblem(directory: directory.path, file: nil))
        return (lazy, nil)
    }

    public var fileURL: URL { URL(fileURLWithPath: DataLocation.joined(directory.path, SessionStore.fileName)) }

    /// Whether the store is open (it was there at the start, or something has been saved since).
    public var isOpen: Bool { locked { opened != nil } }

    /// Why nothing can be saved (the open store's reason, else the folder's as judged at the start), or nil.
    public var readOnlyReason: String? { locked { opened.map(\.readOnlyReason) ?? folderProblem } }

    /// The store if there is one: open, or its file made since by another program (then it is opened now).
    /// nil: nothing has been saved in this folder yet, so there is nothing to list or load.
    public func existing() throws -> SessionStore? {
        try locked {
            if let opened { return opened }
            guard FileManager.default.fileExists(atPath: fileURL.path) else { return nil }
            return try openNow()
        }
    }

    /// The store, created now if there is none yet: for the first save.
    public func forWriting() throws -> SessionStore {
        try locked { try opened ?? openNow() }
    }

    /// The most recent session's row, or nil when there is no session (or no store).
    public func mostRecentSummary() throws -> SessionSummary? {
        try existing()?.mostRecentSummary()
    }

    /// `SessionStore.findSession`; with no store, the same "no such session" it would say.
    public func findSession(_ given: String) throws -> String {
        if let store = try existing() { return try store.findSession(given) }
        let text = given.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw SessionStore.emptySessionGiven }
        throw StoreError.noSuchSession(given: text)
    }

    private func openNow() throws -> SessionStore {
        let store = try SessionStore(directory: directory, staleAfter: staleAfter, busyTimeout: busyTimeout)
        // A folder that cannot be written gives an empty store in memory that refuses every change: it is not
        // kept, so once the folder can be written again, trying the save again makes the file.
        if store.isReadOnly, !FileManager.default.fileExists(atPath: fileURL.path) { return store }
        opened = store
        return store
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
