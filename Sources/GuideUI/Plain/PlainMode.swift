import Foundation
import GuideCore

/// The line-by-line front end (`--plain`, and TERM=dumb): a prompt, an answer, Enter. It asks the
/// same questions with the same validation and saves to the same store as the screens, so it works
/// with a screen reader, a braille display or a script. `<` goes back, `?` shows help, `q` quits.
public final class PlainMode {
    public typealias ReadLine = () -> String?
    public typealias Write = (String) -> Void

    private var session: Session
    private let store: SessionPersistence
    private let today: LocalDate
    private let readLine: ReadLine
    private let write: Write
    private let width: Int

    public init(session: Session, store: SessionPersistence, today: LocalDate, width: Int = 80,
                readLine: @escaping ReadLine, write: @escaping Write) {
        self.session = session
        self.store = store
        self.today = today
        self.width = width
        self.readLine = readLine
        self.write = write
    }

    /// What ended the run.
    public enum Outcome: Equatable { case finished, quit, endOfInput }

    /// Asks every question of every step from the saved position on, then prints each step's summary.
    /// The pages, what is passed over, where a step opens and the steps' statuses all come from
    /// `Navigator`, the engine the screens use.
    public func run() -> Outcome {
        say("oinp-guide, plain mode. Enter keeps the answer shown in brackets; < goes back; m shows the steps; ? shows help; q quits. Every answer is saved as you give it.")
        let saved = Navigator.page(for: session.position, session.profile) ?? Navigator.entryPage(.criteria, session.profile)
        // A session under way starts on the steps menu, as the screens do: choose a step, pass over one
        // that is not needed, come back. A new session starts on its first question.
        var page: Navigator.Page? = saved
        if Navigator.isUnderWay(session.profile) {
            switch stepMenu(finished: false, resume: saved) {
            case .page(let p): page = p
            case .finished: return .finished
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            }
        }
        while true {
            guard let here = page else {
                // After step 4's summary: the menu again, so any step can be opened; Enter leaves.
                switch stepMenu(finished: true, resume: nil) {
                case .page(let p): page = p; continue
                case .finished:
                    say("All four steps are done for now. Your answers are saved; run oinp-guide again to change them.")
                    return .finished
                case .quit: return .quit
                case .endOfInput: return .endOfInput
                }
            }
            switch here {
            case .question(let id):
                guard let q = Questionnaire.question(id: id) else { page = Navigator.following(here, session.profile); continue }
                // The answer may show or hide later questions: the engine finds the way on from the answers as they are now.
                switch ask(q) {
                case .next: page = Navigator.following(here, session.profile)
                case .back:
                    // Before a step's first question is the steps menu, as on the screens.
                    if let before = Navigator.previous(before: here, session.profile) { page = before; continue }
                    fallthrough
                case .menu:
                    switch stepMenu(finished: false, resume: here) {
                    case .page(let p): page = p
                    case .finished: return .finished
                    case .quit: return .quit
                    case .endOfInput: return .endOfInput
                    }
                case .quit: return .quit
                case .endOfInput: return .endOfInput
                }
            case .summary(let step):
                save(position: Navigator.position(of: here, fallback: step))
                say("")
                for line in summaryLines(step) { say(line) }
                say("")
                page = Navigator.following(here, session.profile)
            }
        }
    }

    private enum MenuChoice { case page(Navigator.Page), finished, quit, endOfInput }

    /// The four steps with the statuses the screens show ("not needed" on federal Express Entry alone);
    /// a number opens a step where it opens on the screens, r lists what is still missing, Enter goes
    /// back to `resume` (or finishes, when there is nothing to go back to).
    private func stepMenu(finished: Bool, resume: Navigator.Page?) -> MenuChoice {
        while true {
            say("")
            say("The steps:")
            for (step, state) in zip(Step.allCases, Navigator.states(session.profile)) {
                say("  \(step.number). \(step.title): \(state.label)")
            }
            let missing = Navigator.review(session.profile)
            let review = missing.isEmpty ? "" : " r lists the \(missing.count) required answer\(missing.count == 1 ? "" : "s") still missing."
            say((resume == nil ? "Type 1-4 to open a step, or press Enter to finish." : "Type 1-4 to open a step, or press Enter to go on where you left off.") + review)
            write("> ")
            guard let line = readLine().map(trimmed) else { return .endOfInput }
            switch line {
            case "": return resume.map(MenuChoice.page) ?? .finished
            case "q": return .quit
            case "1", "2", "3", "4": return .page(Navigator.entryPage(Step.allCases[Int(line)! - 1], session.profile))
            case "r" where !missing.isEmpty:
                switch reviewMenu(missing) {
                case .page(let p): return .page(p)
                case .quit: return .quit
                case .endOfInput: return .endOfInput
                case .finished: continue
                }
            default: say(missing.isEmpty ? "! Type a number from 1 to 4, or press Enter." : "! Type a number from 1 to 4, r, or press Enter.")
            }
        }
    }

    /// The required questions still unanswered, each one a jump (the screens' review list).
    private func reviewMenu(_ missing: [Navigator.Page]) -> MenuChoice {
        while true {
            say("Still needed:")
            for (i, page) in missing.enumerated() {
                guard case .question(let id) = page, let q = Questionnaire.question(id: id) else { continue }
                say("  \(i + 1). Step \(q.step.number): \(q.prompt)")
            }
            say("Type a number to answer it, or press Enter for the steps.")
            write("> ")
            guard let line = readLine().map(trimmed) else { return .endOfInput }
            if line.isEmpty { return .finished }
            if line == "q" { return .quit }
            if let n = Int(line), missing.indices.contains(n - 1) { return .page(missing[n - 1]) }
            say("! Type a number from 1 to \(missing.count), or press Enter.")
        }
    }

    private enum Answer { case next, back, menu, quit, endOfInput }

    private func ask(_ q: Question) -> Answer {
        let qs = Questionnaire.questions(in: q.step, for: session.profile)
        let n = (qs.firstIndex { $0.id == q.id } ?? 0) + 1
        say("")
        say("[Step \(q.step.number) of 4: \(q.step.title), question \(n) of \(qs.count)]")
        save(position: JourneyPosition(step: q.step, questionID: q.id))
        if case .list(let list) = q.kind { return askList(q, list) }
        while true {
            let current = q.read(session.profile)
            let answer = prompt(q.prompt, kind: q.kind, current: current)
            guard let line = answer else { return .endOfInput }
            switch line {
            case "<": return .back
            case "m": return .menu
            case "q": return .quit
            case "?":
                say(q.help)
                continue
            case "":
                if current != nil || !q.isRequired { return .next }
                say("! This answer is needed; type it (or q to quit and come back later).")
                continue
            default:
                guard let text = resolve(line, kind: q.kind) else { continue }
                var profile = session.profile
                if let problem = q.write(&profile, text, today) {
                    say("! " + problem)
                    continue
                }
                guard commit(profile) else { return .quit }
                if let note = q.note(session.profile, today) { say(note) }
                return .next
            }
        }
    }

    private func askList(_ q: Question, _ list: EntryList) -> Answer {
        while true {
            say(q.prompt + ":")
            let count = list.count(session.profile)
            if count == 0 { say("  (none yet)") }
            for i in 0..<count {
                let missing = list.missing(in: session.profile, at: i)
                say("  \(i + 1). " + list.summary(session.profile, i) + (missing.isEmpty ? "" : " (incomplete)"))
            }
            say("Type a to add a \(list.noun), e and a number to edit, d and a number to remove, Enter to go on.")
            guard let line = readLine().map(trimmed) else { return .endOfInput }
            switch line {
            case "<": return .back
            case "m": return .menu
            case "q": return .quit
            case "?": say(q.help)
            case "":
                if q.isRequired && count == 0 { say("! Add at least one \(list.noun) (a), or q to quit and come back later."); continue }
                return .next
            case "a":
                var profile = session.profile
                let index = list.add(&profile)
                // A new language test is stored by its first answer (its type), not before.
                if !list.isNew(index, in: profile) { guard commit(profile) else { return .quit } }
                if let a = askEntry(list, index) { return a }
            default:
                let parts = line.split(separator: " ")
                guard parts.count == 2, let n = Int(parts[1]), (1...max(1, count)).contains(n), count > 0 else {
                    say("! Type a, e 1, d 1, or press Enter.")
                    continue
                }
                if parts[0] == "e" {
                    if let a = askEntry(list, n - 1) { return a }
                } else if parts[0] == "d" {
                    say("Remove \(list.noun) \(n)? Type y to remove it.")
                    guard let yes = readLine() else { return .endOfInput }
                    if trimmed(yes) == "y" {
                        var profile = session.profile
                        list.remove(&profile, n - 1)
                        guard commit(profile) else { return .quit }
                    }
                } else {
                    say("! Type a, e 1, d 1, or press Enter.")
                }
            }
        }
    }

    /// Walks the fields of one entry; returns nil when done with it (back to the list). The walk is
    /// the screens' (`FieldWalk`): Enter on to the next field, < back to the one before.
    private func askEntry(_ list: EntryList, _ index: Int) -> Answer? {
        let walk = FieldWalk(count: list.fields.count)
        var f: Int? = 0
        while let here = f {
            let field = list.fields[here]
            let current = field.read(session.profile, index)
            guard let line = prompt("\(list.noun.capitalizedFirst) \(index + 1): \(field.prompt)", kind: field.kind, current: current) else { return .endOfInput }
            switch line {
            case "<":
                guard let before = walk.previous(before: here) else { return nil }
                f = before
            case "q": return .quit
            case "?": say(field.help)
            case "":
                if current != nil || !field.isRequired {
                    f = walk.next(after: here)
                } else if let unchosen = field.unchosen, case .choice(let choices) = field.kind {
                    say("! \(unchosen) (Type a number from 1 to \(choices.count).)")
                } else {
                    say("! This answer is needed.")
                }
            default:
                guard let text = resolve(line, kind: field.kind) else { continue }
                var profile = session.profile
                if let problem = field.write(&profile, index, text, today) {
                    say("! " + problem)
                    continue
                }
                guard commit(profile) else { return .quit }
                f = walk.next(after: here)
            }
        }
        return nil
    }

    // MARK: Prompts

    private func prompt(_ text: String, kind: Question.Kind, current: String?) -> String? {
        say(text)
        switch kind {
        case .choice(let choices), .multiChoice(let choices):
            for (i, c) in choices.enumerated() {
                say("  \(i + 1). \(c.label)" + (c.value == current ? " (current answer)" : ""))
            }
            if case .multiChoice = kind { say("Type the numbers, separated by commas.") }
        default:
            if let hint = QuestionView.hint(kind).nonEmpty { say("(\(hint))") }
        }
        let shown = current.flatMap { value -> String? in
            if case .choice(let cs) = kind { return cs.first { $0.value == value }?.label }
            return value
        }
        write("> " + (shown.map { "[\($0)] " } ?? ""))
        return readLine().map(trimmed)
    }

    /// A choice is answered by its number (or its value); other kinds pass the text through.
    private func resolve(_ line: String, kind: Question.Kind) -> String? {
        switch kind {
        case .choice(let choices):
            if let n = Int(line), choices.indices.contains(n - 1) { return choices[n - 1].value }
            if let c = choices.first(where: { $0.value == line || $0.label.lowercased() == line.lowercased() }) { return c.value }
            say("! Type a number from 1 to \(choices.count).")
            return nil
        case .multiChoice(let choices):
            var values: [String] = []
            for part in line.split(separator: ",") {
                guard let n = Int(trimmed(String(part))), choices.indices.contains(n - 1) else {
                    say("! Type numbers from 1 to \(choices.count), separated by commas.")
                    return nil
                }
                values.append(choices[n - 1].value)
            }
            return values.joined(separator: ",")
        case .text(let maxLength) where line.count > maxLength:
            // The same limit as the field on screen.
            say("! At most \(maxLength) characters here (this has \(line.count)).")
            return nil
        default:
            return line
        }
    }

    // MARK: Saving

    /// Why the last confirmed answer was not saved, when the user chose to quit without it (nil: all saved).
    public private(set) var unsavedAnswer: String?

    /// Saves the answer; a busy file is tried again with pauses, then the user chooses: r tries again,
    /// anything else quits without this answer (and the program then exits non-zero).
    private func commit(_ profile: Profile) -> Bool {
        var s = session
        s.profile = profile
        while true {
            do {
                session = try SaveRetry.save(s, to: store, waiting: { say($0) })
                return true
            } catch {
                say("! Not saved: \(error) Type r to try again, or q to quit without this answer (your earlier answers are kept).")
                guard let line = readLine().map(trimmed), line == "r" || line == "R" else {
                    unsavedAnswer = String(describing: error)
                    return false
                }
            }
        }
    }

    private func save(position: JourneyPosition) {
        guard session.position != position else { return }
        var s = session
        s.position = position
        if let saved = try? store.save(s) { session = saved }
    }

    private func summaryLines(_ step: Step) -> [String] {
        var state = AppState(session: session, width: width, height: 24, today: today, dataDirectory: "")
        state.screen = .summary(step)
        let doc = SummaryView.content(step, state, width: width)
        return ["== Step \(step.number) of 4: \(step.title): summary"] + doc.plainLines
    }

    /// Writes `text` wrapped to the width; an indented line keeps its indent on every wrapped line, so
    /// lists read as lists.
    private func say(_ text: String) {
        let indent = String(text.prefix { $0 == " " })
        let body = text.dropFirst(indent.count)
        let lines = body.isEmpty ? [""] : DisplayWidth.wrap(String(body), width: max(20, width - indent.count))
        for line in lines { write(indent + line + "\n") }
    }

    private func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces) }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
