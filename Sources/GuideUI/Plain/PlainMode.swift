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
    public func run() -> Outcome {
        say("oinp-guide, plain mode. Enter keeps the answer shown in brackets; < goes back; ? shows help; q quits. Every answer is saved as you give it.")
        var pages = allPages()
        var i = startIndex(in: pages)
        // A session under way starts on the steps menu, as the screens do: choose a step, pass over one
        // that is not needed, come back. A new session starts on its first question.
        if Questionnaire.all.contains(where: { $0.isAnswered(in: session.profile) }) {
            switch stepMenu(finished: false) {
            case .step(let step): i = pages.firstIndex(of: Flow.entryPage(step, session.profile)) ?? i
            case .goOn: break
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            }
        }
        while i < pages.count {
            let outcome: Step?
            switch pages[i] {
            case .question(let id):
                guard let q = Questionnaire.question(id: id) else { i += 1; continue }
                let answer = ask(q)
                // The answer may show or hide later questions: find our place in the pages as they are now.
                pages = allPages()
                let here = pages.firstIndex(of: .question(id: id)) ?? i
                switch answer {
                case .next: i = here + 1
                case .back: i = max(0, here - 1)
                case .quit: return .quit
                case .endOfInput: return .endOfInput
                }
                outcome = nil
            case .summary(let step):
                outcome = step
                i += 1
            default:
                outcome = nil
                i += 1
            }
            if let step = outcome {
                say("")
                for line in summaryLines(step) { say(line) }
                say("")
            }
            if i >= pages.count {
                // The end of step 4: the menu again, so any step can be opened; Enter leaves.
                switch stepMenu(finished: true) {
                case .step(let step):
                    pages = allPages()
                    i = pages.firstIndex(of: Flow.entryPage(step, session.profile)) ?? pages.count
                case .goOn: break
                case .quit: return .quit
                case .endOfInput: return .endOfInput
                }
            }
        }
        say("All four steps are done for now. Your answers are saved; run oinp-guide again to change them.")
        return .finished
    }

    private enum MenuChoice { case step(Step), goOn, quit, endOfInput }

    /// The four steps with the statuses the screens show ("not needed" on federal Express Entry alone).
    private func stepMenu(finished: Bool) -> MenuChoice {
        while true {
            say("")
            say("The steps:")
            for (step, status) in zip(Step.allCases, StepStatus.all(session.profile, today: today)) {
                say("  \(step.number). \(step.title): \(status.label)")
            }
            say(finished ? "Type 1-4 to open a step, or press Enter to finish." : "Type 1-4 to open a step, or press Enter to go on where you left off.")
            write("> ")
            guard let line = readLine().map(trimmed) else { return .endOfInput }
            switch line {
            case "": return .goOn
            case "q": return .quit
            case "1", "2", "3", "4": return .step(Step.allCases[Int(line)! - 1])
            default: say("! Type a number from 1 to 4, or press Enter.")
            }
        }
    }

    // MARK: Pages

    private func allPages() -> [Screen] {
        Step.allCases.flatMap { Flow.pages($0, session.profile) }
    }

    private func startIndex(in pages: [Screen]) -> Int {
        let here = Flow.screen(for: session.position, session.profile)
        return pages.firstIndex(of: Flow.pageOf(here)) ?? 0
    }

    private enum Answer { case next, back, quit, endOfInput }

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
            case "q": return .quit
            case "?": say(q.help)
            case "":
                if q.isRequired && count == 0 { say("! Add at least one \(list.noun) (a), or q to quit and come back later."); continue }
                return .next
            case "a":
                var profile = session.profile
                let index = list.add(&profile)
                guard commit(profile) else { return .quit }
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

    /// Walks the fields of one entry; returns nil when done with it (back to the list).
    private func askEntry(_ list: EntryList, _ index: Int) -> Answer? {
        var f = 0
        while f < list.fields.count {
            let field = list.fields[f]
            let current = field.read(session.profile, index)
            guard let line = prompt("\(list.noun.capitalizedFirst) \(index + 1): \(field.prompt)", kind: field.kind, current: current) else { return .endOfInput }
            switch line {
            case "<":
                if f == 0 { return nil }
                f -= 1
            case "q": return .quit
            case "?": say(field.help)
            case "":
                if current != nil || !field.isRequired { f += 1 } else { say("! This answer is needed.") }
            default:
                guard let text = resolve(line, kind: field.kind) else { continue }
                var profile = session.profile
                if let problem = field.write(&profile, index, text, today) {
                    say("! " + problem)
                    continue
                }
                guard commit(profile) else { return .quit }
                f += 1
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

    private func say(_ text: String) {
        for line in text.isEmpty ? [""] : DisplayWidth.wrap(text, width: width) { write(line + "\n") }
    }

    private func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces) }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
