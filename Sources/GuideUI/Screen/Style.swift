/// What a cell means, not how it looks: the backend maps each role to colours and attributes once,
/// and falls back to bold / reverse / underline when there is no colour (NO_COLOR, monochrome).
public enum Style: Character, Sendable, CaseIterable {
    case normal = "n"
    case bar = "B"        // the title bar
    case title = "T"
    case muted = "m"
    case focus = "F"      // the focused field or the selected row
    case error = "E"
    case ok = "O"
    case warning = "W"
    case key = "K"        // a key name in the help line
}
