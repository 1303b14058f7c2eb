import Foundation
import GuideCore
import Testing
@testable import GuideUI

/// Each screen's update, key by key from its table: every key of every row does the row's action, so a row
/// without a working handler fails here.
@Suite("Every key of every table does its action")
struct KeyActionTests {
    static func firstQuestion(_ match: (Question.Kind) -> Bool) -> Question {
        Questionnaire.all.first { match($0.kind) }!
    }

    static let threeSessions: [SessionSummary] = (1...3).map {
        SessionSummary(id: "S\($0)", name: "Client \($0)", step: .criteria, updatedAt: Date(timeIntervalSince1970: Double(1_795_000_000 - $0 * 60)))
    }

    /// A state showing the screen or window of this table, with a session open, at least three rows and the
    /// second one highlighted (so every move and digit has somewhere to go).
    static func fixture(_ name: String) -> AppState? {
        var s = freshState()
        s.session = session(at: onDateOfBirth)
        func showing(_ screen: Screen) { Update.show(screen, &s); s.selection = 1 }
        switch name {
        case "steps": s.screen = .welcome; s.selection = 1
        case "resume":
            s = AppState(resumable: SessionSummary(session()), today: today, dataDirectory: dataDir)
            s.selection = 1
        case "choice": showing(.question(id: "maritalStatus"))
        case "multiple choice": showing(.question(id: firstQuestion { if case .multiChoice = $0 { true } else { false } }.id))
        case "entries", "remove an entry?":
            let q = firstQuestion { if case .list = $0 { true } else { false } }
            let list = q.entryList!
            for _ in 0..<3 {
                let i = list.add(&s.session!.profile)
                // A language test is stored once its type is answered, as the editors store it.
                if list.isNew(i, in: s.session!.profile), case .choice(let c) = list.fields[0].kind { _ = list.fields[0].write(&s.session!.profile, i, c[0].value, today) }
            }
            showing(.question(id: q.id))
            if name == "remove an entry?" { s.overlay = .confirmRemove(questionID: q.id, index: 1) }
        case "field":
            showing(.question(id: "dateOfBirth"))
            s.field = TextField("1990", maxLength: 10)
            s.field.handle(.left)
        case "text field":
            showing(.question(id: firstQuestion { if case .text = $0 { true } else { false } }.id))
            s.field = TextField("Cana", maxLength: 100)
            s.field.handle(.left)
        case "summary":
            s = freshState(width: 60, height: 20)
            s.session = session(at: onDateOfBirth)
            Update.show(.summary(.stream), &s)
            s.scroll = 1
        case "review": showing(.review)
        case "checklist":
            s.checklist.filter = .all
            Update.openChecklist(&s)
            s.selection = 1
        case "sessions", "sessions search", "rename a session", "delete a session?":
            s.screen = .sessions
            s.manager.window = SessionWindow(threeSessions)
            s.selection = 1
            if name == "sessions search" { s.manager.searching = true; s.manager.query.search = "Cli" }
            if name == "rename a session" {
                s.overlay = .renameSession(id: "S2")
                s.field = TextField("Client 2", maxLength: 200)
                s.field.handle(.left)
            }
            if name == "delete a session?" { s.overlay = .confirmDelete(id: "S2") }
        case "help window":
            // Over a question whose help and keys are longer than the window at 60x20: it scrolls.
            s = freshState(width: 60, height: 20)
            s.session = session(at: onDateOfBirth)
            Update.show(.question(id: "maritalStatus"), &s)
            s.overlay = .help
            s.helpScroll = 1
        case "too small": s = freshState(width: 30, height: 10)
        default: return nil
        }
        // Where the user is, is already saved: a key's effects are its own, not a save of the position.
        if let p = s.session?.position {
            let here = Flow.position(of: s.screen, fallback: p)
            s.session?.position = here
        }
        return s
    }

    /// Did pressing `key` (bound to `action`) do it? `b` before, `a` after.
    static func did(_ action: Action, _ key: Key, _ b: AppState, _ a: AppState, _ effects: [Effect]) -> Bool {
        let quit = effects.contains(.quit) || a.quitRequested
        let changedView = a.screen != b.screen || a.overlay != b.overlay || a.manager.searching != b.manager.searching
        let scrolls = b.screen == .summary(.stream)
        let (was, now) = b.overlay == .help ? (b.helpScroll, a.helpScroll) : scrolls ? (b.scroll, a.scroll) : (b.selection, a.selection)
        switch action {
        case .quit: return quit
        case .help: return a.overlay == .help
        case .checklist: return a.screen == .checklist
        case .sessions: return a.screen == .sessions && effects.contains { if case .locateSession = $0 { true } else { false } }
        case .back: return quit || changedView
        case .confirm: return !effects.isEmpty || changedView || a.fieldError != b.fieldError
        case .up: return now == was - 1
        case .down: return now == was + 1
        case .first, .pageUp: return now == 0
        case .last, .pageDown: return now > was
        case .choose:
            guard case .char(let c) = key, let n = c.wholeNumberValue else { return false }
            return n <= 3 ? now == n - 1 : (now == n - 1 || now == was)
        case .edit: return a.field != b.field || a.manager.query.search != b.manager.query.search
        case .review: return a.screen == .review
        case .tick: return a.checked != b.checked
        case .add:
            // A new entry one past the last: saved at once, or (a language test) once its first field is answered.
            guard case let .entry(id, i, 0) = a.screen, let list = Questionnaire.question(id: id)?.entryList, i == list.count(b.profile) else { return false }
            return list.isNew(i, in: a.profile) || effects.contains { if case .save = $0 { true } else { false } }
        case .remove: return a.overlay.map { if case .confirmRemove = $0 { true } else if case .confirmDelete = $0 { true } else { false } } ?? false
        case .nextStatus: return a.checklist.pinned != nil && effects.contains { if case .save = $0 { true } else { false } }
        case .nextFilter, .previousFilter: return a.checklist.filter != b.checklist.filter || a.manager.query != b.manager.query
        case .export: return effects == [.exportChecklist]
        case .new: return effects.contains { if case .createSession = $0 { true } else { false } }
        case .rename: return a.overlay == .renameSession(id: "S2")
        case .copy: return effects.contains { if case .duplicateSession(id: "S2", _) = $0 { true } else { false } }
        case .search: return a.manager.searching
        case .sort: return a.manager.query.sort != b.manager.query.sort
        case .close: return a.overlay == nil
        }
    }

    @Test("each key of the table does its action", arguments: KeyMaps.all.map(\.name))
    func everyKey(name: String) throws {
        let start = try #require(KeyActionTests.fixture(name), "no fixture for the table \(name): add one")
        #expect(KeyMaps.current(start).name == name, "the fixture for \(name) shows \(KeyMaps.current(start).name)")
        let map = try #require(KeyMaps.all.first { $0.name == name })
        for b in map.bindings {
            for key in b.keys {
                var s = start
                let effects = Update.apply(.key(key), to: &s)
                #expect(KeyActionTests.did(b.action, key, start, s, effects), "\(name): \(key.displayName) did not \(b.action)")
            }
        }
    }

    @Test("a key no table binds changes nothing on a list screen")
    func unboundKeys() throws {
        for name in ["steps", "choice", "review", "checklist", "summary"] {
            let start = try #require(KeyActionTests.fixture(name))
            var s = start
            let effects = Update.apply(.key(.char("z")), to: &s)
            #expect(s == start && effects.isEmpty, "z on \(name)")
        }
    }

    @Test("letters are typed into a text field and into the sessions search, not taken as keys")
    func typedLetters() throws {
        var field = try #require(KeyActionTests.fixture("text field"))
        for c in "qcs?" { _ = Update.apply(.key(.char(c)), to: &field) }
        #expect(field.field.string == "Canqcs?a" && field.overlay == nil && field.screen == KeyActionTests.fixture("text field")!.screen)
        var search = try #require(KeyActionTests.fixture("sessions search"))
        for c in "qcs" { _ = Update.apply(.key(.char(c)), to: &search) }
        #expect(search.manager.query.search == "Cliqcs" && search.screen == .sessions && !search.quitRequested)
    }
}
