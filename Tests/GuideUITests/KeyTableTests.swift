import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// The key tables themselves: no key twice on a screen, a shared key means the same on every screen, and every
/// key of a row is named where the row is described.
@Suite("Key tables: one meaning per key")
struct KeyTableTests {
    @Test("no key is bound twice on one screen or window", arguments: KeyMaps.all.map(\.name))
    func noKeyTwice(name: String) throws {
        let map = try #require(KeyMaps.all.first { $0.name == name })
        var seen: [Key: Action] = [:]
        for b in map.bindings {
            for key in b.keys {
                #expect(seen[key] == nil, "\(name): \(key.displayName) is bound to \(seen[key].map(\.rawValue) ?? "") and \(b.action)")
                seen[key] = b.action
            }
        }
    }

    @Test("a key bound to a shared action (quit, help, back, Enter, moves, digits, checklist, sessions) means it on every screen that binds the key")
    func sharedKeysAgree() {
        var meaning: [Key: (Action, String)] = [:]
        // First the shared meanings, wherever they are bound.
        for map in KeyMaps.screens {
            for b in map.bindings where b.action.isShared {
                for key in b.keys where meaning[key] == nil { meaning[key] = (b.action, map.name) }
            }
        }
        #expect(meaning[.char("q")]?.0 == .quit && meaning[.char("c")]?.0 == .checklist && meaning[.char("s")]?.0 == .sessions)
        for map in KeyMaps.screens {
            for b in map.bindings {
                for key in b.keys {
                    guard let (action, first) = meaning[key] else { continue }
                    #expect(b.action == action, "\(key.displayName) is \(action) on \(first) but \(b.action) on \(map.name)")
                }
            }
        }
    }

    @Test("q quits, and the checklist and sessions keys work, on every screen outside a text field")
    func everywhere() {
        let typed: Set<String> = ["field", "text field", "sessions search"]
        for map in KeyMaps.screens where !typed.contains(map.name) {
            #expect(map.action(for: .char("q")) == .quit, "q on \(map.name)")
            #expect(map.action(for: .function(1)) == .help && map.action(for: .char("?")) == .help, "help on \(map.name)")
            if map.name != "sessions" { #expect(map.action(for: .char("s")) == .sessions, "s on \(map.name)") }
            // The resume screen comes before any session is open: no checklist to show there.
            guard map.name != "resume" else { continue }
            #expect(map.action(for: .function(2)) == .checklist, "F2 on \(map.name)")
            #expect(map.action(for: .char("c")) == .checklist, "c on \(map.name)")
        }
        for name in ["steps", "resume", "choice", "multiple choice", "entries", "review", "checklist"] {
            let map = KeyMaps.all.first { $0.name == name }!
            #expect((1...9).allSatisfy { map.action(for: .char(Character(String($0)))) == .choose }, "digits on \(name)")
        }
        for map in KeyMaps.all { #expect(map.action(for: .ctrl("c")) == .quit, "Ctrl-C on \(map.name)") }
    }

    @Test("each row's keys are all named where it is described (a row without text is described by the row above)")
    func rowsNameTheirKeys() {
        for map in KeyMaps.all {
            var describer: KeyBinding?
            for b in map.bindings {
                if b.help != nil { describer = b }
                guard let d = describer else { Issue.record("\(map.name): \(b.action) is described by no row"); continue }
                for key in b.keys {
                    #expect(KeyTableTests.names(d.fullName, key), "\(map.name): \(key.displayName) is not named in \"\(d.fullName)\"")
                }
                if b.label != nil, let first = b.keys.first {
                    #expect(KeyTableTests.names(b.name, first), "\(map.name): the key line's \"\(b.name)\" does not name \(first.displayName)")
                }
            }
        }
    }

    /// True when a written list of keys names this key ("1-9" names every digit).
    static func names(_ written: String, _ key: Key) -> Bool {
        if case .char(let c) = key, let n = c.wholeNumberValue, written.contains("1-9") { return (1...9).contains(n) }
        let tokens = written.replacingOccurrences(of: " or ", with: ",").split(whereSeparator: { ", ".contains($0) })
        let words = tokens.flatMap { $0 == "/" ? [String($0)] : $0.split(separator: "/").map(String.init) }
        return words.contains(key.displayName) || (key == .char("Y") && words.contains("y"))
    }

    @Test("the help window lists the keys of the screen under it, from its table, scrolling what does not fit")
    func helpFromTable() {
        var s = freshState()
        s.session = session(at: onDateOfBirth)
        s.screen = .question(id: "maritalStatus")
        _ = Update.apply(.key(.function(1)), to: &s)
        // Every page of the window, down to its end.
        var text = View.render(s).lines.joined(separator: "\n")
        #expect(text.contains("Married or common-law"))            // the question's help comes first
        var pages = 1
        while true {
            let before = s.helpScroll
            _ = Update.apply(.key(.pageDown), to: &s)
            if s.helpScroll == before { break }
            text += View.render(s).lines.joined(separator: "\n")
            pages += 1
        }
        #expect(pages > 1 && text.contains("Esc closes."))
        for row in KeyMaps.choice.described { #expect(text.contains(row.keys), "\(row.keys) missing from help") }
        _ = Update.apply(.key(.escape), to: &s)
        #expect(s.overlay == nil && s.screen == .question(id: "maritalStatus"))
        // A text field's help does not offer q (it is typed there), and says Ctrl-C.
        s.screen = .question(id: "countryOfResidence")
        s.overlay = .help
        s.helpScroll = 99
        let field = View.render(s).lines.joined(separator: "\n")
        #expect(!field.contains("quit (outside a text field)") && field.contains("Ctrl-C"))
    }
}

/// README's keys table and the man page's KEYS section are the tables written out. `OINP_WRITE_KEY_DOCS=1`
/// (set by scripts/generate-docs.sh) rewrites them first.
@Suite("Key documents: README and man page from the tables")
struct KeyDocsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var writing: Bool { ProcessInfo.processInfo.environment["OINP_WRITE_KEY_DOCS"] == "1" }

    /// The part of `text` from the line `begin` to the line `end` (inclusive), or nil.
    static func section(_ text: String, from begin: String, to end: String, endInclusive: Bool) -> Range<String.Index>? {
        guard let a = text.range(of: begin), let b = text.range(of: end, range: a.upperBound..<text.endIndex) else { return nil }
        return a.lowerBound..<(endInclusive ? b.upperBound : b.lowerBound)
    }

    @Test("README's keys table is the tables' (run scripts/generate-docs.sh after changing a key)")
    func readme() throws {
        let url = KeyDocsTests.root.appendingPathComponent("README.md")
        var text = try String(contentsOf: url, encoding: .utf8)
        let range = try #require(KeyDocsTests.section(text, from: KeyDocs.readmeBegin, to: KeyDocs.readmeEnd, endInclusive: true),
                                 "README.md has no keys markers")
        if KeyDocsTests.writing {
            text.replaceSubrange(range, with: KeyDocs.markdown)
            try text.write(to: url, atomically: true, encoding: .utf8)
            text = try String(contentsOf: url, encoding: .utf8)
        }
        let now = try #require(KeyDocsTests.section(text, from: KeyDocs.readmeBegin, to: KeyDocs.readmeEnd, endInclusive: true))
        #expect(String(text[now]) == KeyDocs.markdown)
    }

    @Test("the man page's KEYS section is the tables' (run scripts/generate-docs.sh after changing a key)")
    func manPage() throws {
        let url = KeyDocsTests.root.appendingPathComponent("docs/man/oinp-guide.1")
        var text = try String(contentsOf: url, encoding: .utf8)
        if KeyDocsTests.writing {
            // The plugin writes the page without the section; it goes before EXIT STATUS.
            if let old = KeyDocsTests.section(text, from: ".Sh KEYS\n", to: ".Sh \"EXIT STATUS\"", endInclusive: false) { text.removeSubrange(old) }
            let exit = try #require(text.range(of: ".Sh \"EXIT STATUS\""))
            text.insert(contentsOf: KeyDocs.manSection + "\n", at: exit.lowerBound)
            try text.write(to: url, atomically: true, encoding: .utf8)
            text = try String(contentsOf: url, encoding: .utf8)
        }
        let range = try #require(KeyDocsTests.section(text, from: ".Sh KEYS\n", to: ".Sh \"EXIT STATUS\"", endInclusive: false),
                                 "docs/man/oinp-guide.1 has no KEYS section before EXIT STATUS")
        #expect(String(text[range]) == KeyDocs.manSection + "\n")
    }
}
