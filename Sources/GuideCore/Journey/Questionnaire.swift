/// The questions of the four steps, in the order they are asked.
public enum Questionnaire {
    public static let all: [Question] = [
        dateOfBirth,
    ]

    public static func question(id: String) -> Question? { all.first { $0.id == id } }

    /// The questions of `step` that apply to these answers.
    public static func questions(in step: Step, for profile: Profile) -> [Question] {
        all.filter { $0.step == step && $0.isShown(profile) }
    }

    /// The first question of `step` still unanswered, else the step's first question.
    public static func resumeQuestion(in step: Step, for profile: Profile) -> Question? {
        let qs = questions(in: step, for: profile)
        return qs.first { !$0.isAnswered(in: profile) } ?? qs.first
    }

    // MARK: Step 1 — criteria

    static let dateOfBirth = Question(
        id: "dateOfBirth", step: .criteria,
        prompt: "What is your date of birth?",
        help: "As in your passport, in the form YYYY-MM-DD. Age counts in both the FSW grid (12 points at 18–35) and the CRS (most points at 20–29); it is measured on the day your profile or application is assessed.",
        kind: .date,
        read: { $0.dateOfBirth?.description },
        write: { profile, text, today in
            let date: LocalDate
            do { date = try LocalDate.parse(text) } catch { return String(describing: error) }
            if date > today { return "\(date) is in the future; today is \(today)." }
            if date.age(on: today) > 120 { return "\(date) would make you \(date.age(on: today)); check the year." }
            profile.dateOfBirth = date
            return nil
        })
}
