/// The questions of the four steps, in the order they are asked. Each step's questions are in
/// their own file (`Questions+Criteria.swift`…); this file puts them in order and finds them.
public enum Questionnaire {
    public static let all: [Question] = criteria + lists + criteriaAfterLists + stream + [routeQuestion] + oinp + owpFiling + nomination + pr

    private static let byID: [String: Question] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func question(id: String) -> Question? { byID[id] }

    /// The questions of `step` that apply to these answers.
    public static func questions(in step: Step, for profile: Profile) -> [Question] {
        all.filter { $0.step == step && $0.isShown(profile) }
    }

    /// "N of M answered" for a step: the required questions shown, plus the optional ones answered
    /// (an optional question left blank, like a date "blank if not yet", is not owed), so N reaches M
    /// when everything the step needs is answered.
    public static func progress(in step: Step, for profile: Profile) -> (answered: Int, total: Int) {
        let qs = questions(in: step, for: profile)
        let answered = qs.filter { $0.isAnswered(in: profile) }.count
        return (answered, answered + qs.filter { $0.isRequired && !$0.isAnswered(in: profile) }.count)
    }

    /// Required questions (shown for these answers) still unanswered, in order: the review list.
    public static func missing(for profile: Profile, in step: Step? = nil) -> [Question] {
        all.filter { ($0.step == step || step == nil) && $0.isRequired && $0.isShown(profile) && !$0.isAnswered(in: profile) }
    }
}
