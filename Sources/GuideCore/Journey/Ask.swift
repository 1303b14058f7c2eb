import Foundation

/// Short ways to build the common kinds of question over one profile field.
enum Ask {
    static let yesNoChoices = [Question.Choice("yes", "Yes"), Question.Choice("no", "No")]

    static func date(_ id: String, _ step: Step, _ prompt: String, help: String, at path: WritableKeyPath<Profile, LocalDate?> & Sendable,
                     required: Bool = true, allowFuture: Bool = false, shown: @escaping @Sendable (Profile) -> Bool = { _ in true },
                     note: @escaping @Sendable (Profile, LocalDate) -> String? = { _, _ in nil }) -> Question {
        Question(id: id, step: step, prompt: prompt, help: help, kind: .date, isRequired: required, isShown: shown,
                 clear: { $0[keyPath: path] = nil }, hasAnswer: { $0[keyPath: path] != nil },
                 read: { $0[keyPath: path]?.description },
                 write: { p, text, today in
                     if !required && text.trimmingCharacters(in: .whitespaces).isEmpty { p[keyPath: path] = nil; return nil }
                     switch AnswerParsing.date(text) {
                     case .failure(let m): return m.description
                     case .success(let d):
                         if !allowFuture && d > today { return "\(d) is in the future; today is \(today)." }
                         if d.year < 1900 { return "\(d) is too far back; check the year." }
                         p[keyPath: path] = d
                         return nil
                     }
                 }, note: note)
    }

    static func yesNo(_ id: String, _ step: Step, _ prompt: String, help: String, at path: WritableKeyPath<Profile, Bool?> & Sendable,
                      required: Bool = true, shown: @escaping @Sendable (Profile) -> Bool = { _ in true }) -> Question {
        Question(id: id, step: step, prompt: prompt, help: help, kind: .choice(yesNoChoices), isRequired: required, isShown: shown,
                 clear: { $0[keyPath: path] = nil }, hasAnswer: { $0[keyPath: path] != nil },
                 read: { $0[keyPath: path].map { $0 ? "yes" : "no" } },
                 write: { p, text, _ in
                     switch text {
                     case "yes": p[keyPath: path] = true
                     case "no": p[keyPath: path] = false
                     default: return "Choose Yes or No."
                     }
                     return nil
                 })
    }

    static func choice<E: RawRepresentable & Sendable>(_ id: String, _ step: Step, _ prompt: String, help: String,
                                                       at path: WritableKeyPath<Profile, E?> & Sendable, _ options: [(E, String)],
                                                       required: Bool = true, shown: @escaping @Sendable (Profile) -> Bool = { _ in true }) -> Question
        where E.RawValue == String {
        let choices = options.map { Question.Choice($0.0.rawValue, $0.1) }
        return Question(id: id, step: step, prompt: prompt, help: help, kind: .choice(choices), isRequired: required, isShown: shown,
                 clear: { $0[keyPath: path] = nil }, hasAnswer: { $0[keyPath: path] != nil },
                        read: { $0[keyPath: path]?.rawValue },
                        write: { p, text, _ in
                            guard let v = E(rawValue: text) else { return "Choose one of the options." }
                            p[keyPath: path] = v
                            return nil
                        })
    }

    static func integer(_ id: String, _ step: Step, _ prompt: String, help: String, at path: WritableKeyPath<Profile, Int?> & Sendable,
                        range: ClosedRange<Int>, required: Bool = true, shown: @escaping @Sendable (Profile) -> Bool = { _ in true }) -> Question {
        Question(id: id, step: step, prompt: prompt, help: help, kind: .integer(range), isRequired: required, isShown: shown,
                 clear: { $0[keyPath: path] = nil }, hasAnswer: { $0[keyPath: path] != nil },
                 read: { $0[keyPath: path].map(String.init) },
                 write: { p, text, _ in
                     switch AnswerParsing.integer(text, in: range) {
                     case .failure(let m): return m.description
                     case .success(let n): p[keyPath: path] = n; return nil
                     }
                 })
    }

    static func amount(_ id: String, _ step: Step, _ prompt: String, help: String, at path: WritableKeyPath<Profile, Double?> & Sendable,
                       required: Bool = true, shown: @escaping @Sendable (Profile) -> Bool = { _ in true },
                       note: @escaping @Sendable (Profile, LocalDate) -> String? = { _, _ in nil }) -> Question {
        Question(id: id, step: step, prompt: prompt, help: help, kind: .amount, isRequired: required, isShown: shown,
                 clear: { $0[keyPath: path] = nil }, hasAnswer: { $0[keyPath: path] != nil },
                 read: { $0[keyPath: path].map(formatAmount) },
                 write: { p, text, _ in
                     switch AnswerParsing.amount(text) {
                     case .failure(let m): return m.description
                     case .success(let v): p[keyPath: path] = v; return nil
                     }
                 }, note: note)
    }

    static func text(_ id: String, _ step: Step, _ prompt: String, help: String, at path: WritableKeyPath<Profile, String?> & Sendable,
                     maxLength: Int = 200, required: Bool = true, shown: @escaping @Sendable (Profile) -> Bool = { _ in true },
                     validate: @escaping @Sendable (String) -> String? = { _ in nil }) -> Question {
        Question(id: id, step: step, prompt: prompt, help: help, kind: .text(maxLength: maxLength), isRequired: required, isShown: shown,
                 clear: { $0[keyPath: path] = nil }, hasAnswer: { $0[keyPath: path] != nil },
                 read: { $0[keyPath: path] },
                 write: { p, text, _ in
                     let t = text.trimmingCharacters(in: .whitespaces)
                     if t.isEmpty {
                         if required { return "This answer is needed; type it, or press Esc to come back later." }
                         p[keyPath: path] = nil
                         return nil
                     }
                     if let problem = validate(t) { return problem }
                     p[keyPath: path] = t
                     return nil
                 })
    }
}
