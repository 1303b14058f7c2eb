/// One question of the questionnaire: what it asks, how the answer is typed, and how it reads and
/// writes the profile. Validation lives here, so every front end (screen, plain mode, import) agrees.
public struct Question: Sendable, Identifiable {
    public enum Kind: Sendable, Equatable {
        case date
        case integer(ClosedRange<Int>)
        case amount                 // Canadian dollars, whole or with cents
        case text(maxLength: Int)
        case choice([Choice])
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
    /// The current answer as the text a field starts from, or nil when not answered.
    public let read: @Sendable (Profile) -> String?
    /// Validates `text` as of `today` and writes it into the profile; returns a message saying what
    /// is wrong (and changes nothing) when the answer is rejected.
    public let write: @Sendable (inout Profile, String, LocalDate) -> String?

    public init(id: String, step: Step, prompt: String, help: String, kind: Kind, isRequired: Bool = true,
                isShown: @escaping @Sendable (Profile) -> Bool = { _ in true },
                read: @escaping @Sendable (Profile) -> String?,
                write: @escaping @Sendable (inout Profile, String, LocalDate) -> String?) {
        self.id = id; self.step = step; self.prompt = prompt; self.help = help; self.kind = kind
        self.isRequired = isRequired; self.isShown = isShown; self.read = read; self.write = write
    }

    public func isAnswered(in profile: Profile) -> Bool { read(profile) != nil }
}
