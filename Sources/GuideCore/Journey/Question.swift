/// One question of the questionnaire: what it asks, how the answer is typed, and how it reads and
/// writes the profile. Validation lives here, so every front end (screen, plain mode, import) agrees.
public struct Question: Sendable, Identifiable {
    public enum Kind: Sendable {
        case date
        case integer(ClosedRange<Int>)
        case amount                 // Canadian dollars, whole or with cents
        case text(maxLength: Int)
        /// One of the choices; the answer text is the choice's `value`.
        case choice([Choice])
        /// Any number of the choices; the answer text is their values joined by ",".
        case multiChoice([Choice])
        /// A list of entries (work history, language tests) added, edited and removed one by one.
        case list(EntryList)
    }

    public struct Choice: Sendable, Equatable {
        public let value: String
        public let label: String
        public init(_ value: String, _ label: String) { self.value = value; self.label = label }
    }

    public let id: String
    public let step: Step
    public let prompt: String
    public let help: String
    public let kind: Kind
    public let isRequired: Bool
    /// Shown only when this holds for the answers so far (spouse questions, say).
    public let isShown: @Sendable (Profile) -> Bool
    /// Removes the answer from the profile. Used to leave out answers to questions hidden by later
    /// answers (`Profile.counted`), so a hidden answer never reaches a score, a fee or the checklist.
    public let clear: @Sendable (inout Profile) -> Void
    /// Whether the profile holds an answer that `clear` would remove. Cheaper than `read`, which formats
    /// it: `Profile.counted` asks it of every hidden question on every assessment.
    public let hasAnswer: @Sendable (Profile) -> Bool
    /// The current answer as the text a field starts from, or nil when not answered.
    public let read: @Sendable (Profile) -> String?
    /// Validates `text` as of `today` and writes it into the profile; returns a message saying what
    /// is wrong (and changes nothing) when the answer is rejected.
    public let write: @Sendable (inout Profile, String, LocalDate) -> String?
    /// A line computed from the answers, shown under the field: a deadline and the days left, say.
    public let note: @Sendable (Profile, LocalDate) -> String?

    public init(id: String, step: Step, prompt: String, help: String, kind: Kind, isRequired: Bool = true,
                isShown: @escaping @Sendable (Profile) -> Bool = { _ in true },
                clear: @escaping @Sendable (inout Profile) -> Void,
                hasAnswer: (@Sendable (Profile) -> Bool)? = nil,
                read: @escaping @Sendable (Profile) -> String?,
                write: @escaping @Sendable (inout Profile, String, LocalDate) -> String?,
                note: @escaping @Sendable (Profile, LocalDate) -> String? = { _, _ in nil }) {
        self.id = id; self.step = step; self.prompt = prompt; self.help = help; self.kind = kind
        self.isRequired = isRequired; self.isShown = isShown; self.clear = clear; self.read = read;
        self.hasAnswer = hasAnswer ?? { read($0) != nil }; self.write = write; self.note = note
    }

    public func isAnswered(in profile: Profile) -> Bool { read(profile) != nil }

    /// The same question with another `write`: a check across fields before the original's, or a
    /// derivation after it. `original` is this question's own write.
    func withWrite(_ write: @escaping @Sendable (_ original: @Sendable (inout Profile, String, LocalDate) -> String?,
                                                 inout Profile, String, LocalDate) -> String?) -> Question {
        let original = self.write
        return Question(id: id, step: step, prompt: prompt, help: help, kind: kind, isRequired: isRequired, isShown: isShown,
                        clear: clear, hasAnswer: hasAnswer, read: read, write: { p, text, today in write(original, &p, text, today) }, note: note)
    }

    public var choices: [Choice] {
        switch kind {
        case .choice(let c), .multiChoice(let c): return c
        default: return []
        }
    }

    public var entryList: EntryList? {
        if case .list(let l) = kind { return l }
        return nil
    }
}

/// A list question's entries and the form that edits one entry. Fields read and write the entry at
/// an index, so validation is the same as for any question.
public struct EntryList: Sendable {
    public struct Field: Sendable, Identifiable {
        public let id: String
        public let prompt: String
        public let help: String
        public let kind: Question.Kind
        public let isRequired: Bool
        /// What the editors say when Enter is pressed on this choice with nothing chosen: what is missing,
        /// then what to do (each front end adds its keys); nil: their general words.
        public let unchosen: String?
        public let read: @Sendable (Profile, Int) -> String?
        public let write: @Sendable (inout Profile, Int, String, LocalDate) -> String?

        public init(id: String, prompt: String, help: String, kind: Question.Kind, isRequired: Bool = true,
                    unchosen: String? = nil,
                    read: @escaping @Sendable (Profile, Int) -> String?,
                    write: @escaping @Sendable (inout Profile, Int, String, LocalDate) -> String?) {
            self.id = id; self.prompt = prompt; self.help = help; self.kind = kind; self.isRequired = isRequired
            self.unchosen = unchosen; self.read = read; self.write = write
        }
    }

    /// "work experience", "language test": used in "Add a …".
    public let noun: String
    public let count: @Sendable (Profile) -> Int
    /// One line describing entry `i`.
    public let summary: @Sendable (Profile, Int) -> String
    /// Appends a blank entry; returns its index. With `storedFromFirstField`, stores nothing and returns
    /// `count`: the new entry, one past the last, which the first field's `write` appends.
    public let add: @Sendable (inout Profile) -> Int
    public let remove: @Sendable (inout Profile, Int) -> Void
    public let fields: [Field]
    /// A new entry is stored only when its first field is answered. For an entry whose first answer
    /// decides how the others are read (a language test's type: IELTS 9 is CLB 10, CELPIP 9 is CLB 9),
    /// so a new one never starts with a guessed answer that Enter would keep, and an entry left before
    /// that answer is never saved.
    public let storedFromFirstField: Bool

    public init(noun: String, count: @escaping @Sendable (Profile) -> Int, summary: @escaping @Sendable (Profile, Int) -> String,
                add: @escaping @Sendable (inout Profile) -> Int, remove: @escaping @Sendable (inout Profile, Int) -> Void,
                storedFromFirstField: Bool = false, fields: [Field]) {
        self.noun = noun; self.count = count; self.summary = summary; self.add = add; self.remove = remove
        self.storedFromFirstField = storedFromFirstField; self.fields = fields
    }

    /// Entry `i` is the new one, not stored until its first field is answered (`storedFromFirstField`).
    public func isNew(_ i: Int, in profile: Profile) -> Bool { storedFromFirstField && i == count(profile) }

    /// An editor can show entry `i`: a stored one, or the new one not stored yet.
    public func canEdit(_ i: Int, in profile: Profile) -> Bool { i >= 0 && (i < count(profile) || isNew(i, in: profile)) }

    /// The required fields of entry `i` still empty.
    public func missing(in profile: Profile, at i: Int) -> [Field] {
        fields.filter { $0.isRequired && $0.read(profile, i) == nil }
    }
}
