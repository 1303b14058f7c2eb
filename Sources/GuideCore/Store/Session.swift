import Foundation

/// One applicant's file: the answers (as a profile) and where they left off.
public struct Session: Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var profile: Profile
    public var position: JourneyPosition
    public var createdAt: Date
    public var updatedAt: Date
    /// Bumped by every save; a save based on an older revision is refused (no lost update).
    public var revision: Int
    /// The practice's file number, UCI, tags and note (v4).
    public var client: ClientFields

    public init(id: String = UUID().uuidString, name: String, profile: Profile = Profile(),
                position: JourneyPosition = JourneyPosition(), createdAt: Date = Date(),
                updatedAt: Date? = nil, revision: Int = 0, client: ClientFields = ClientFields()) {
        self.id = id
        self.name = name
        self.profile = profile
        self.position = position
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.revision = revision
        self.client = client
    }
}
