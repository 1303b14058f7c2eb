/// The four steps of the route, in order.
public enum Step: String, Codable, CaseIterable, Sendable {
    case criteria
    case stream
    case oinp
    case pr

    public var number: Int { Step.allCases.firstIndex(of: self)! + 1 }

    public var title: String {
        switch self {
        case .criteria: return "Check the criteria"
        case .stream: return "Choose the stream"
        case .oinp: return "OINP e-filing"
        case .pr: return "PR application"
        }
    }
}

/// Where the user is in the journey: saved with the session so a restart resumes on the same question.
public struct JourneyPosition: Codable, Equatable, Sendable {
    public var step: Step
    public var questionID: String?

    public init(step: Step = .criteria, questionID: String? = nil) {
        self.step = step
        self.questionID = questionID
    }
}
