import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// The screens the goldens are made of, each built the way its test builds it.
enum ScreenFixtures {
    static func all() -> [(String, AppState)] {
        var list: [(String, AppState)] = [("welcome", freshState())]
        var s = freshState()
        s.session = session(at: onDateOfBirth)
        s.resumable = SessionSummary(s.session!)
        s.screen = .resume
        list.append(("resume", s))
        s.screen = .question(id: "dateOfBirth")
        type("1990-02-30", &s)
        press([.enter], &s)
        list.append(("questionError", s))
        press([.function(1)], &s)
        list.append(("help", s))
        list.append(("tooSmall", freshState(width: 40, height: 12)))
        return list
    }
}

/// Writes every fixture screen for scripts/update-screen-goldens.py (only when DUMP_SCREENS names a file).
@Test func dumpScreens() throws {
    guard let path = ProcessInfo.processInfo.environment["DUMP_SCREENS"] else { return }
    var out = ""
    for (name, state) in ScreenFixtures.all() {
        out += "== \(name)\n" + View.render(state).lines.map { "|" + $0 }.joined(separator: "\n") + "\n"
    }
    try out.write(toFile: path, atomically: true, encoding: .utf8)
}
