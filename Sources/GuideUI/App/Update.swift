import Foundation
import GuideCore

/// The pure update: an event and the state in, the new state and the effects out. No I/O here.
public enum Update {
    public static func apply(_ event: Event, to s: inout AppState) -> [Effect] {
        switch event {
        case let .resize(w, h):
            s.width = w
            s.height = h
            return []
        case let .saved(revision):
            s.session?.revision = revision
            s.savePending = false
            // Only an answer's save is announced: moving between pages saves the position silently,
            // so "Saved." never stands beside a refused answer.
            if s.announceSave { s.status = "Saved."; s.statusIsError = false }
            s.announceSave = false
            return s.quitRequested ? [.quit] : []
        case let .saveFailed(message):
            s.savePending = false
            s.quitRequested = false
            s.status = "Not saved: \(message)"
            s.statusIsError = true
            return []
        case .interrupt:
            return quit(&s)
        case .tick:
            return s.session == nil ? [] : [.keepAlive]
        case .sessionOpened(let session):
            s.session = session
            s.resumable = nil
            s.status = "Opened \"\(session.name)\"."
            s.statusIsError = false
            show(Flow.screen(for: session.position, session.profile), &s)
            return []
        case .sessionsListed(let list):
            s.sessions = list
            if let id = s.session?.id, !list.contains(where: { $0.id == id }) { s.session = nil }
            s.selection = min(s.selection, max(0, list.count - 1))
            return []
        case .failed(let message):
            s.status = message
            s.statusIsError = true
            return []
        case .key(let key):
            if s.isTooSmall {
                // Only leaving is possible while the terminal is too small; nothing else changes.
                return key == .ctrl("c") ? quit(&s) : []
            }
            return handle(key, &s)
        }
    }

    static func quit(_ s: inout AppState) -> [Effect] {
        s.quitRequested = true
        // Committed answers are saved as they are committed; wait for a save still under way.
        return s.savePending ? [] : [.quit]
    }

    static func handle(_ key: Key, _ s: inout AppState) -> [Effect] {
        let before = s.session?.position
        var effects = route(key, &s)
        // Where the user is, is saved too, so a restart comes back to the same screen and question.
        if var session = s.session, !effects.contains(where: { if case .save = $0 { true } else { false } }) {
            let now = Flow.position(of: s.screen, fallback: session.position)
            if now != before {
                session.position = now
                s.session = session
                s.savePending = true
                effects.insert(.save(session), at: 0)
            }
        }
        return effects
    }

    static func route(_ key: Key, _ s: inout AppState) -> [Effect] {
        if key == .ctrl("c") { return quit(&s) }
        switch s.overlay {
        case .help?:
            if [.escape, .enter, .function(1), .char("q"), .char("?")].contains(key) { s.overlay = nil }
            return []
        case let .confirmRemove(id, index)?:
            s.overlay = nil
            guard key == .char("y") || key == .char("Y"), var session = s.session,
                  let list = Questionnaire.question(id: id)?.entryList, index < list.count(session.profile) else { return [] }
            list.remove(&session.profile, index)
            s.selection = min(s.selection, list.count(session.profile))
            return commitProfile(session, &s)
        case .renameSession(let id)?:
            switch key {
            case .escape: s.overlay = nil
            case .enter:
                let name = s.field.string.trimmingCharacters(in: .whitespaces)
                if name.isEmpty { s.fieldError = "Type a name, or press Esc to keep the old one."; return [] }
                s.overlay = nil
                s.fieldError = nil
                if s.session?.id == id { s.session?.name = name }
                return [.renameSession(id: id, name: name)]
            default:
                if s.field.handle(key) { s.fieldError = nil }
            }
            return []
        case .confirmDelete(let id)?:
            s.overlay = nil
            return key == .char("y") || key == .char("Y") ? [.deleteSession(id: id)] : []
        case nil:
            break
        }
        if key == .function(1) { s.overlay = .help; return [] }
        if key == .function(2), s.session != nil { openChecklist(&s); return [] }
        switch s.screen {
        case .welcome: return welcome(key, &s)
        case .resume: return resume(key, &s)
        case .question: return question(key, &s)
        case .entry: return entry(key, &s)
        case .summary: return summary(key, &s)
        case .review: return review(key, &s)
        case .sessions: return sessions(key, &s)
        case .checklist: return checklist(key, &s)
        case .document: return document(key, &s)
        }
    }

    /// Moves a highlight over `count` rows with the list keys; true when the key was one of them.
    static func moveSelection(_ key: Key, count: Int, _ s: inout AppState) -> Bool {
        guard count > 0 else { return false }
        if s.selection < 0 {
            // Nothing highlighted yet: the first move lands on the first (or, going up, the last) row.
            switch key {
            case .down, .char("j"), .tab, .home, .pageDown: s.selection = 0; return true
            case .up, .char("k"), .backTab, .end, .pageUp: s.selection = count - 1; return true
            default: return false
            }
        }
        switch key {
        case .up, .char("k"), .backTab: s.selection = (s.selection + count - 1) % count
        case .down, .char("j"), .tab: s.selection = (s.selection + 1) % count
        case .home: s.selection = 0
        case .end: s.selection = count - 1
        case .pageUp: s.selection = max(0, s.selection - 10)
        case .pageDown: s.selection = min(count - 1, s.selection + 10)
        default: return false
        }
        return true
    }

    // MARK: Welcome: the four steps

    static func welcome(_ key: Key, _ s: inout AppState) -> [Effect] {
        if moveSelection(key, count: Step.allCases.count, &s) { return [] }
        switch key {
        case .char("?"): s.overlay = .help
        case .char("q"), .escape: return quit(&s)
        case .char("r"):
            guard s.session != nil else { return [] }
            s.screen = .review
            s.selection = 0
        case .char("s"):
            s.screen = .sessions
            s.selection = 0
            return [.loadSessions]
        case .char("c"):
            openChecklist(&s)
        case .enter:
            let step = Step.allCases[s.selection]
            guard let session = s.session else { return [.createSession(name: "My application")] }
            show(Flow.entryPage(step, session.profile), &s)
        default: break
        }
        return []
    }

    /// The runtime created a session (after `.createSession`): open the chosen step.
    public static func sessionCreated(_ session: Session, _ s: inout AppState) {
        let step = s.screen == .welcome ? Step.allCases[min(s.selection, Step.allCases.count - 1)] : .criteria
        s.session = session
        s.resumable = nil
        show(Flow.entryPage(step, session.profile), &s)
    }

    // MARK: Resume or start new

    static func resume(_ key: Key, _ s: inout AppState) -> [Effect] {
        if moveSelection(key, count: 3, &s) { return [] }
        switch key {
        case .char("q"), .escape: return quit(&s)
        case .char("?"): s.overlay = .help
        case .enter:
            switch s.selection {
            case 0:
                // Opening takes the session's editing lock; `.sessionOpened` shows where it was left.
                if let r = s.resumable { return [.openSession(id: r.id)] }
                return []
            case 1:
                s.selection = 0
                s.screen = .welcome
                return [.createSession(name: "My application")]
            default:
                s.screen = .sessions
                s.selection = 0
                return [.loadSessions]
            }
        default: break
        }
        return []
    }

    // MARK: Showing a page

    /// Shows a page with its input ready: the saved answer in the field, the saved choice highlighted.
    static func show(_ screen: Screen, _ s: inout AppState) {
        s.screen = screen
        s.fieldError = nil
        s.scroll = 0
        let profile = s.profile
        switch screen {
        case .question(let id):
            guard let q = Questionnaire.question(id: id) else { s.screen = .welcome; return }
            prepareInput(kind: q.kind, current: q.read(profile), &s)
        case let .entry(id, index, f):
            guard let list = Questionnaire.question(id: id)?.entryList, list.fields.indices.contains(f) else { s.screen = .welcome; return }
            let field = list.fields[f]
            prepareInput(kind: field.kind, current: field.read(profile, index), &s)
        case .welcome:
            if let step = s.session?.position.step { s.selection = step.number - 1 }
        default:
            s.selection = 0
        }
    }

    static func prepareInput(kind: Question.Kind, current: String?, _ s: inout AppState) {
        switch kind {
        case .choice(let choices):
            // Nothing is highlighted until the user picks: Enter must never save a guess.
            s.selection = choices.firstIndex { $0.value == current } ?? -1
        case .multiChoice:
            s.checked = Set((current ?? "").split(separator: ",").map(String.init))
            s.selection = 0
        case .list:
            s.selection = 0
        default:
            // A saved or prefilled answer starts selected, so typing replaces it.
            s.field = TextField(current ?? "", maxLength: maxLength(kind), selected: current != nil)
        }
    }

    static func maxLength(_ kind: Question.Kind) -> Int {
        switch kind {
        case .date: return 10
        case .text(let n): return n
        case .integer, .amount: return 16
        default: return 40
        }
    }

    /// Goes to the page after the current one, or back to the steps after a summary.
    static func advance(_ s: inout AppState) {
        if let next = Flow.next(after: s.screen, s.profile) {
            show(next, &s)
        } else if case .summary(let step) = s.screen, let following = Step.allCases.first(where: { $0.number == step.number + 1 }) {
            show(Flow.entryPage(following, s.profile), &s)
        } else {
            show(.welcome, &s)
        }
    }

    static func goBack(_ s: inout AppState) {
        if let previous = Flow.previous(before: s.screen, s.profile) {
            show(previous, &s)
        } else {
            show(.welcome, &s)
        }
    }

    /// Stores the new answers in the session and asks for a save.
    static func commitProfile(_ session: Session, _ s: inout AppState) -> [Effect] {
        var session = session
        session.position = Flow.position(of: s.screen, fallback: session.position)
        s.session = session
        s.savePending = true
        s.announceSave = true
        return [.save(session)]
    }

    // MARK: A question

    static func question(_ key: Key, _ s: inout AppState) -> [Effect] {
        guard let q = s.currentQuestion, let session = s.session else { show(.welcome, &s); return [] }
        if case .list(let list) = q.kind { return listKeys(key, q, list, session, &s) }
        if key == .escape { goBack(&s); return [] }
        guard let text = input(key, kind: q.kind, &s) else { return [] }
        var profile = session.profile
        if let problem = q.write(&profile, text, s.today) {
            s.fieldError = problem
            return []
        }
        var updated = session
        updated.profile = profile
        s.session = updated          // the next page depends on this answer (questions shown or hidden)
        advance(&s)
        return commitProfile(updated, &s)
    }

    /// Handles the input keys of a field, a choice or a multiple choice; returns the answer text on Enter.
    static func input(_ key: Key, kind: Question.Kind, _ s: inout AppState) -> String? {
        switch kind {
        case .choice(let choices):
            if moveSelection(key, count: choices.count, &s) { s.fieldError = nil; return nil }
            if case .char(let c) = key, let n = c.wholeNumberValue, (1...choices.count).contains(n) { s.selection = n - 1; return nil }
            if key == .char("?") { s.overlay = .help }
            guard key == .enter else { return nil }
            guard choices.indices.contains(s.selection) else {
                s.fieldError = "Nothing is chosen yet. Choose one with Up/Down or 1-\(choices.count), then press Enter."
                return nil
            }
            return choices[s.selection].value
        case .multiChoice(let choices):
            if moveSelection(key, count: choices.count, &s) { return nil }
            if key == .char(" "), choices.indices.contains(s.selection) {
                let v = choices[s.selection].value
                if s.checked.contains(v) { s.checked.remove(v) } else { s.checked.insert(v) }
                return nil
            }
            if key == .char("?") { s.overlay = .help }
            return key == .enter ? choices.map(\.value).filter(s.checked.contains).joined(separator: ",") : nil
        default:
            if key == .enter { return s.field.string }
            if key == .char("?") && !kind.acceptsQuestionMark { s.overlay = .help; return nil }
            if s.field.handle(key) {
                s.fieldError = s.field.full ? "This field holds \(s.field.maxLength) characters; the rest was not typed." : nil
            }
            return nil
        }
    }

    /// A list question: rows are the entries, then "Add", then "Continue".
    static func listKeys(_ key: Key, _ q: Question, _ list: EntryList, _ session: Session, _ s: inout AppState) -> [Effect] {
        let count = list.count(session.profile)
        if moveSelection(key, count: count + 2, &s) { return [] }
        switch key {
        case .escape:
            goBack(&s)
        case .char("?"):
            s.overlay = .help
        case .char("a"), .char("+"):
            return addEntry(q, list, session, &s)
        case .delete, .char("d"), .char("x"):
            if s.selection < count { s.overlay = .confirmRemove(questionID: q.id, index: s.selection) }
        case .enter:
            if s.selection < count {
                let missing = list.missing(in: session.profile, at: s.selection).first
                let f = missing.flatMap { m in list.fields.firstIndex { $0.id == m.id } } ?? 0
                show(.entry(questionID: q.id, index: s.selection, field: f), &s)
            } else if s.selection == count {
                return addEntry(q, list, session, &s)
            } else {
                if q.isRequired && count == 0 {
                    s.fieldError = "Add at least one \(list.noun) (press a), or press Esc to come back later."
                    return []
                }
                advance(&s)
            }
        default:
            break
        }
        return []
    }

    static func addEntry(_ q: Question, _ list: EntryList, _ session: Session, _ s: inout AppState) -> [Effect] {
        var updated = session
        let index = list.add(&updated.profile)
        s.session = updated
        show(.entry(questionID: q.id, index: index, field: 0), &s)
        return commitProfile(updated, &s)
    }

    // MARK: One field of an entry

    static func entry(_ key: Key, _ s: inout AppState) -> [Effect] {
        guard case let .entry(id, index, f) = s.screen, let list = s.currentQuestion?.entryList,
              let field = s.currentEntryField, let session = s.session, index < list.count(session.profile) else {
            show(.welcome, &s); return []
        }
        func backToList(_ s: inout AppState) {
            show(.question(id: id), &s)
            s.selection = index
        }
        if key == .escape {
            if f > 0 { show(.entry(questionID: id, index: index, field: f - 1), &s) } else { backToList(&s) }
            return []
        }
        guard let text = input(key, kind: field.kind, &s) else { return [] }
        var updated = session
        if let problem = field.write(&updated.profile, index, text, s.today) {
            s.fieldError = problem
            return []
        }
        s.session = updated
        if f + 1 < list.fields.count {
            show(.entry(questionID: id, index: index, field: f + 1), &s)
        } else {
            backToList(&s)
        }
        return commitProfile(updated, &s)
    }

    // MARK: A step's summary

    static func summary(_ key: Key, _ s: inout AppState) -> [Effect] {
        guard case .summary(let step) = s.screen else { return [] }
        // Scrolling stays within the text, and a page is exactly the rows shown: no line is ever skipped.
        let page = SummaryView.rows(height: s.height)
        let snapshot = s
        func last() -> Int { SummaryView.maxScroll(step, snapshot) }
        switch key {
        case .up, .char("k"): s.scroll = max(0, s.scroll - 1)
        case .down, .char("j"): s.scroll = min(last(), s.scroll + 1)
        case .pageUp: s.scroll = max(0, s.scroll - page)
        case .pageDown, .char(" "): s.scroll = min(last(), s.scroll + page)
        case .home: s.scroll = 0
        case .end: s.scroll = last()
        case .escape: goBack(&s)
        case .enter: advance(&s)
        case .char("?"): s.overlay = .help
        case .char("c"): openChecklist(&s)
        case .char("q"): return quit(&s)
        default: break
        }
        return []
    }

    // MARK: Review: what is still missing

    static func review(_ key: Key, _ s: inout AppState) -> [Effect] {
        let missing = Questionnaire.missing(for: s.profile)
        if moveSelection(key, count: missing.count, &s) { return [] }
        switch key {
        case .escape: show(.welcome, &s)
        case .char("q"): return quit(&s)
        case .char("?"): s.overlay = .help
        case .enter:
            if missing.indices.contains(s.selection) { show(.question(id: missing[s.selection].id), &s) }
        default: break
        }
        return []
    }
}

extension Question.Kind {
    /// Only free text can contain "?"; elsewhere the key opens help.
    var acceptsQuestionMark: Bool {
        if case .text = self { return true }
        return false
    }
}
