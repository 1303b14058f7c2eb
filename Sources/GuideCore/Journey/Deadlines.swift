/// The dates that follow from the answers: each deadline with its rule (from the dated deadline
/// data), as a date and days left.
public struct DeadlineLine: Equatable, Sendable {
    public let step: Step
    public let label: String
    public let date: LocalDate
    public let daysLeft: Int
    public let text: String
    public var isOverdue: Bool { daysLeft < 0 }
}

public enum Deadlines {
    /// The last day of the period `id` (deadlines.json) that starts on `start`, by the rule in force then.
    public static func due(_ id: String, from start: LocalDate, rules: RuleData = .shared) -> LocalDate? {
        rules.deadlines.body.item(id, on: start)?.due(from: start)
    }

    /// Whether something sent on `sent` met the period `id` that started on `start`, in words; nil
    /// until both dates are known. The period's length comes from the rule, not from this sentence.
    public static func submittedNote(_ id: String, from start: LocalDate?, sent: LocalDate?, rules: RuleData = .shared) -> String? {
        guard let start, let sent, let rule = rules.deadlines.body.item(id, on: start) else { return nil }
        let due = rule.due(from: start)
        let period = "\(rule.body.amount) \(rule.body.unit)"
        return sent > due ? "Submitted \(sent), after the deadline of \(due) (\(period)): late applications are returned."
                          : "Submitted \(sent), within the \(period) (deadline \(due))."
    }

    /// "Label 2027-01-13: 45 days left.", or nil when no rule covers the start date.
    static func note(_ id: String, _ label: String, from start: LocalDate, today: LocalDate) -> String? {
        due(id, from: start).map { Deadline.describe(label, $0, today: today) }
    }

    /// Every deadline the answers let us compute, in step order; deadlines already met are left out.
    public static func all(for given: Profile, today: LocalDate) -> [DeadlineLine] {
        let p = given.counted      // a hidden answer sets no deadline
        let route = RouteRules.effectiveRoute(p, asOf: today)
        var out: [DeadlineLine] = []
        func add(_ step: Step, _ id: String, _ label: String, from start: LocalDate?, unless done: Bool = false, _ rule: String) {
            guard let start, !done, let date = due(id, from: start) else { return }
            out.append(DeadlineLine(step: step, label: label, date: date, daysLeft: today.days(until: date),
                                    text: String(Deadline.describe(label, date, today: today).dropLast()) + " " + rule))
        }
        let f = p.filing
        add(.pr, "expressEntryProfileValidity", "Express Entry profile expires", from: p.expressEntryProfileDate,
            unless: f.receivedITA == true, "(12 months from submission).")
        add(.oinp, "noiToApplication", "OINP must receive your application by", from: f.receivedNOI == true ? p.noiDate : nil,
            unless: f.oinpApplicationSubmitted != nil, "(45 calendar days from the Notification of Interest).")
        if route == .owp {
            out += OWPRules.deadlineLines(p, today: today)
        } else {
            add(.oinp, "nominationAcceptance", "Accept the nomination in your Express Entry account by", from: f.nominationDate,
                unless: f.nominationAccepted != nil, "(30 calendar days).")
        }
        add(.pr, "itaToApplication", "Submit your PR application (e-APR) by", from: f.receivedITA == true ? f.itaDate : nil,
            unless: f.prApplicationSubmitted != nil, "(60 days from the Invitation to Apply).")
        add(.pr, "medicalValidity", "Medical exam valid until", from: f.medicalExamDate, "(12 months; it must be valid when you land).")
        for (i, t) in p.languageTests.enumerated() {
            add(.pr, "languageResultValidity", "Language test \(i + 1) (\(t.type.shortName)) valid until", from: t.resultDate ?? t.testDate,
                unless: f.prApplicationSubmitted != nil, "(2 years; it must be valid the day you submit).")
        }
        if p.education.isCanadian == false {
            add(.pr, "ecaValidity", "ECA valid until", from: p.education.ecaIssueDate, "(5 years from issue).")
        }
        return out.sorted { ($0.step.number, $0.date) < ($1.step.number, $1.date) }
    }
}
