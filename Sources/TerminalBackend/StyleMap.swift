@preconcurrency import CNcursesw
import GuideUI

/// Maps style roles to ncurses attributes and colour pairs, once. Without colour (NO_COLOR, a
/// monochrome terminal) every role stays distinguishable through bold, reverse and underline;
/// the text carries its own markers ("!", ">") so nothing depends on colour alone.
struct StyleMap {
    private var table: [Style: (attr_t, Int16)] = [:]

    init(color: Bool) {
        let bold = cnc_a_bold(), reverse = cnc_a_reverse(), underline = cnc_a_underline(), normal = cnc_a_normal()
        var pairs: [Style: Int16] = [:]
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
                pairs[style] = pair
            }
        }
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
            table[style] = (attr, pairs[style] ?? 0)
        }
    }

    func attributes(for style: Style) -> (attr_t, Int16) { table[style] ?? (cnc_a_normal(), 0) }
}
