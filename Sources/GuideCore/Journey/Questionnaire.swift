/// The questions of the four steps, in the order they are asked. Each step's questions are in
/// their own file (`Questions+Criteria.swift`…); this file puts them in order and finds them.
public enum Questionnaire {
    public static let all: [Question] = criteria + lists + criteriaAfterLists + stream + oinp + pr

    private static let byID: [String: Question] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func question(id: String) -> Question? { byID[id] }

    /// The questions of `step` that apply to these answers.
    public static func questions(in step: Step, for profile: Profile) -> [Question] {
        all.filter { $0.step == step && $0.isShown(profile) }
    }

    /// The first question of `step` still unanswered, else the step's first question.
    public static func resumeQuestion(in step: Step, for profile: Profile) -> Question? {
        let qs = questions(in: step, for: profile)
        return qs.first { !$0.isAnswered(in: profile) } ?? qs.first
    }

    /// Required questions (shown for these answers) still unanswered, in order: the review list.
    public static func missing(for profile: Profile, in step: Step? = nil) -> [Question] {
        all.filter { ($0.step == step || step == nil) && $0.isRequired && $0.isShown(profile) && !$0.isAnswered(in: profile) }
    }
}
