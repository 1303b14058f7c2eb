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

    /// The length of the period `id` in words, from deadlines.json: "45 calendar days", "12 months",
    /// "1 year". On `date` when given, else the rule that started last (the current one). Help text uses
    /// this so that no period is typed in code.
    public static func period(_ id: String, on date: LocalDate? = nil, rules: RuleData = .shared) -> String {
        let items = rules.deadlines.body.items.filter { $0.id == id }
        let rule = date.flatMap { d in items.first { $0.covers(d) } }
            ?? items.max { ($0.provenance.effectiveFrom ?? .earliest) < ($1.provenance.effectiveFrom ?? .earliest) }
        guard let rule else { return "the set period" }
        return words(rule.body.amount, rule.body.unit)
    }

    /// Two periods in days one after the other, in words ("31 calendar days"); both must be in days.
    public static func period(adding a: String, _ b: String, rules: RuleData = .shared) -> String {
        func latest(_ id: String) -> Dated<DeadlinesData.Deadline>? {
            rules.deadlines.body.items.filter { $0.id == id }
                .max { ($0.provenance.effectiveFrom ?? .earliest) < ($1.provenance.effectiveFrom ?? .earliest) }
        }
        guard let x = latest(a), let y = latest(b), x.body.unit == "days", y.body.unit == "days" else { return "the two periods together" }
        return words(x.body.amount + y.body.amount, "days")
    }

    /// "45 calendar days", "1 month", "2 years".
    static func words(_ n: Int, _ unit: String) -> String {
        let singular = unit.hasSuffix("s") ? String(unit.dropLast()) : unit
        let u = n == 1 ? singular : singular + "s"
        return unit == "days" ? "\(n) calendar \(u)" : "\(n) \(u)"
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
        func add(_ step: Step, _ id: String, _ label: String, from start: LocalDate?, unless done: Bool = false, _ rule: (String) -> String) {
            guard let start, !done, let date = due(id, from: start) else { return }
            out.append(DeadlineLine(step: step, label: label, date: date, daysLeft: today.days(until: date),
                                    text: String(Deadline.describe(label, date, today: today).dropLast()) + " " + rule(period(id, on: start))))
        }
        let f = p.filing
        add(.pr, "expressEntryProfileValidity", "Express Entry profile expires", from: p.expressEntryProfileDate,
            unless: f.receivedITA == true) { "(\($0) from submission)." }
        add(.oinp, "noiToApplication", "OINP must receive your application by", from: f.receivedNOI == true ? p.noiDate : nil,
            unless: f.oinpApplicationSubmitted != nil) { "(\($0) from the Notification of Interest)." }
        if route == .owp {
            out += OWPRules.deadlineLines(p, today: today)
        } else {
            add(.oinp, "nominationAcceptance", "Accept the nomination in your Express Entry account by", from: f.nominationDate,
                unless: f.nominationAccepted != nil) { "(\($0))." }
        }
        add(.pr, "itaToApplication", "Submit your PR application (e-APR) by", from: f.receivedITA == true ? f.itaDate : nil,
            unless: f.prApplicationSubmitted != nil) { "(\($0) from the Invitation to Apply)." }
        add(.pr, "medicalValidity", "Medical exam valid until", from: f.medicalExamDate) { "(\($0); it must be valid when you land)." }
        for (i, t) in p.languageTests.enumerated() {
            add(.pr, "languageResultValidity", "Language test \(i + 1) (\(t.type.shortName)) valid until", from: t.resultDate ?? t.testDate,
                unless: f.prApplicationSubmitted != nil) { "(\($0); it must be valid the day you submit)." }
        }
        if p.education.isCanadian == false {
            add(.pr, "ecaValidity", "ECA valid until", from: p.education.ecaIssueDate) { "(\($0) from issue)." }
        }
        return out.sorted { ($0.step.number, $0.date) < ($1.step.number, $1.date) }
    }
}
