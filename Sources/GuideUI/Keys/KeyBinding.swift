/// What a key does. The update functions dispatch on this, never on the key itself, so a screen's
/// table (KeyMaps) is the one place that says which key does what there; the key line, the help
/// window, README's keys table and the man page's KEYS section are drawn from the same tables.
public enum Action: String, CaseIterable, Sendable {
    // The same on every screen that binds them.
    case quit, help, back, confirm, checklist, sessions
    case up, down, first, last, pageUp, pageDown
    /// A digit: highlight that row of the list (Enter then acts on it).
    case choose
    // Editing a text field: the field handles the key.
    case edit
    // Screen-local actions.
    case review, tick, add, remove
    case nextStatus, nextFilter, previousFilter, export
    case new, rename, copy, search, sort
    /// Close the window on screen (help).
    case close

    /// The actions whose keys must mean the same on every screen (a test checks it). Home/End and the page
    /// keys are not among them: in a field they move the cursor, in a summary Space turns the page.
    public var isShared: Bool {
        switch self {
        case .quit, .help, .back, .confirm, .checklist, .sessions, .up, .down, .choose: return true
        default: return false
        }
    }
}

/// When a binding is in force, beyond its screen.
public enum KeyCondition: Sendable {
    /// A session is open (the checklist and the review need answers).
    case sessionOpen
}

/// One row of a screen's key table.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    /// How the keys are written in the key line ("Up/Down", "Enter").
    public let name: String
    /// What the key line says after the name ("move"); nil: the key line does not show this row.
    public let label: String?
    /// How the keys are written in the help window and the documents, every key named ("Up/Down, j/k").
    public let fullName: String
    /// What the help window and the documents say; nil: the row above describes this one too.
    public let help: String?
    public let condition: KeyCondition?

    public init(_ keys: [Key], _ action: Action, name: String? = nil, label: String? = nil, fullName: String? = nil,
                help: String?, when condition: KeyCondition? = nil) {
        self.keys = keys
        self.action = action
        let n = name ?? keys.map(\.displayName).joined(separator: "/")
        self.name = n
        self.label = label
        self.fullName = fullName ?? n
        self.help = help
        self.condition = condition
    }

    public var shownInKeyLine: Bool { label != nil }
}

/// A screen's key table: its name (in the documents) and its rows in the order the key line and help show them.
public struct KeyMap: Sendable {
    public let name: String
    public let bindings: [KeyBinding]

    public init(_ name: String, _ bindings: [KeyBinding]) {
        self.name = name
        self.bindings = bindings
    }

    /// The rows in force for this state (a row needing an open session is dropped without one).
    public func inForce(_ s: AppState) -> KeyMap {
        KeyMap(name, bindings.filter { b in
            switch b.condition {
            case nil: return true
            case .sessionOpen?: return s.session != nil
            }
        })
    }

    /// The row a key belongs to, if any.
    public func binding(for key: Key) -> KeyBinding? { bindings.first { $0.keys.contains(key) } }

    public func action(for key: Key) -> Action? { binding(for: key)?.action }

    /// The key line's pairs; `labels` replaces the label of an action where the screen words it for the moment.
    /// `hiding` drops rows that have nothing to act on at the moment.
    public func keyLine(labels: [Action: String] = [:], hiding: Set<Action> = []) -> [(String, String)] {
        bindings.filter { !hiding.contains($0.action) }.compactMap { b in b.label.map { (b.name, labels[b.action] ?? $0) } }
    }

    /// The rows the help window and the documents list: each described row, as (keys, what they do).
    public var described: [(keys: String, does: String)] {
        bindings.compactMap { b in b.help.map { (b.fullName, $0) } }
    }
}
