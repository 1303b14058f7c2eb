/// Everything the applicant has told us: the input of every rule and checklist.
/// Its JSON form is the documented profile format (docs/profile-format.md); a saved session exports to it.
public struct Profile: Codable, Equatable, Sendable {
    public var dateOfBirth: LocalDate?

    public init(dateOfBirth: LocalDate? = nil) {
        self.dateOfBirth = dateOfBirth
    }
}
