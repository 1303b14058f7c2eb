/// The text being typed into a field, with a cursor between graphemes. Nothing typed is lost when
/// an answer is rejected: the draft stays until it is accepted or the user changes it.
public struct TextField: Equatable, Sendable {
    public private(set) var text: [Character]
    public private(set) var cursor: Int
    public var maxLength: Int
    /// The whole text is selected: a prefilled answer, so typing replaces it instead of appending.
    public private(set) var selected: Bool
    /// The last key was a character refused because the field is full (the view says so).
    public private(set) var full = false

    public init(_ s: String = "", maxLength: Int = 200, selected: Bool = false) {
        text = Array(s.prefix(maxLength))
        cursor = text.count
        self.maxLength = maxLength
        self.selected = selected && !text.isEmpty
    }

    public var string: String { String(text) }

    /// Applies an editing key; returns false when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        full = false
        if selected {
            selected = false
            switch key {
            case .char, .backspace, .delete, .ctrl("d"), .ctrl("u"), .ctrl("k"):
                // Replacing the selection: start from an empty field.
                text = []; cursor = 0
                if case .char = key {} else { return true }
            default: break
            }
        }
        switch key {
        case .char(let c):
            guard DisplayWidth.of(c) > 0 else { return true }
            guard text.count < maxLength else { full = true; return true }
            text.insert(c, at: cursor); cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .backspace:
            if cursor > 0 { text.remove(at: cursor - 1); cursor -= 1 }
        case .delete, .ctrl("d"):
            if cursor < text.count { text.remove(at: cursor) }
        case .ctrl("u"):
            text.removeSubrange(0..<cursor); cursor = 0
        case .ctrl("k"):
            text.removeSubrange(cursor..<text.count)
        default:
            return false
        }
        return true
    }

    /// The columns from the start of the text to the cursor.
    public var cursorColumn: Int { DisplayWidth.of(String(text[0..<cursor])) }
}
