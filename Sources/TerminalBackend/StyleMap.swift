@preconcurrency import CNcursesw
import GuideUI

/// Maps style roles to ncurses attributes and colour pairs, once. Without colour (NO_COLOR, a
/// monochrome terminal) every role stays distinguishable through bold, reverse and underline;
/// the text carries its own markers ("!", ">") so nothing depends on colour alone.
struct StyleMap {
    /// Indexed by `index(_:)`: an array, as a dictionary lookup per cell drawn cost more than the drawing.
    private var table: [(attr_t, Int16)] = []

    init(color: Bool) {
        let bold = cnc_a_bold(), reverse = cnc_a_reverse(), underline = cnc_a_underline(), normal = cnc_a_normal()
        // The colour pair of each style (0: the terminal's own colours), by `index(_:)`, like the table.
        var pairs = Array(repeating: Int16(0), count: Style.allCases.count)
        if color {
            // Foreground colours only, on the terminal's own background (light or dark).
            let defs: [(Style, Int16)] = [(.error, Int16(COLOR_RED)), (.ok, Int16(COLOR_GREEN)),
                                          (.warning, Int16(COLOR_MAGENTA)), (.bar, Int16(COLOR_BLUE))]
            for (i, (style, fg)) in defs.enumerated() {
                let pair = Int16(i + 1)
                if style == .bar {
                    init_pair(pair, Int16(COLOR_WHITE), fg)
                } else {
                    init_pair(pair, fg, -1)
                }
                pairs[StyleMap.index(style)] = pair
            }
        }
        table = Array(repeating: (normal, 0), count: Style.allCases.count)
        for style in Style.allCases {
            let attr: attr_t
            switch style {
            case .normal, .muted: attr = normal
            case .bar: attr = color ? bold : reverse | bold
            case .title, .key: attr = bold
            case .focus: attr = reverse
            case .error: attr = color ? bold : bold | underline
            case .ok: attr = normal
            case .warning: attr = color ? bold : bold | underline
            }
            table[StyleMap.index(style)] = (attr, pairs[StyleMap.index(style)])
        }
    }

    func attributes(for style: Style) -> (attr_t, Int16) { table[StyleMap.index(style)] }

    /// Each style's slot in the table (exhaustive: a new style does not compile until it has one).
    static func index(_ style: Style) -> Int {
        switch style {
        case .normal: 0
        case .bar: 1
        case .title: 2
        case .muted: 3
        case .focus: 4
        case .error: 5
        case .ok: 6
        case .warning: 7
        case .key: 8
        }
    }
}
