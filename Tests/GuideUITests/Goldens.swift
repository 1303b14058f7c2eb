import Foundation
@testable import GuideUI

/// The golden screens: per screen fixture, Tests/GuideUITests/Goldens/NAME.txt, the lines of the screen
/// as drawn (trailing spaces removed by the buffer), one per line, and NAME.style.txt, its style layer. scripts/update-screen-goldens.py
/// rewrites them from the views, so a change to one screen is a diff in that screen's file alone.
enum Goldens {
    /// Found beside this source file, not from the working directory.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// The lines of the golden for `name`, or nil when there is no file for it.
    static func lines(_ name: String) -> [String]? { read("\(name).txt") }

    /// The style layer of the golden for `name` (NAME.style.txt): one letter per cell (see `Style`), the
    /// trailing normal cells removed. A change of emphasis alone shows in this file, not in the text.
    static func styles(_ name: String) -> [String]? { read("\(name).style.txt") }

    /// A buffer's style layer as the golden files hold it.
    static func styleLayer(_ buffer: ScreenBuffer) -> [String] {
        buffer.styleLines.map { line in
            var s = line
            while s.hasSuffix(String(Style.normal.rawValue)) { s.removeLast() }
            return s
        }
    }

    static func read(_ file: String) -> [String]? {
        guard let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8) else { return nil }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }    // the file ends with a newline
        return lines
    }

    /// The names that have a golden file.
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".style.txt") }.map { String($0.dropLast(4)) }.sorted()
    }
}
