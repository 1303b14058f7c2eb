@preconcurrency import CNcursesw
import GuideUI

/// Turns what ncurses reports into `Key`s.
enum KeyDecoder {
    static func character(_ c: UInt32) -> Key? {
        switch c {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(UnicodeScalar(c + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = UnicodeScalar(c) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func function(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        default:
            for n in 1...12 where code == cnc_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }
}
