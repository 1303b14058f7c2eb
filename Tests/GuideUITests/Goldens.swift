import Foundation

/// The golden screens: one file per screen fixture, Tests/GuideUITests/Goldens/NAME.txt, the lines of the
/// screen as drawn (trailing spaces removed by the buffer), one per line. scripts/update-screen-goldens.py
/// rewrites them from the views, so a change to one screen is a diff in that screen's file alone.
enum Goldens {
    /// Found beside this source file, not from the working directory.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// The lines of the golden for `name`, or nil when there is no file for it.
    static func lines(_ name: String) -> [String]? {
        let url = directory.appendingPathComponent("\(name).txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }    // the file ends with a newline
        return lines
    }

    /// The names that have a golden file.
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }
}
