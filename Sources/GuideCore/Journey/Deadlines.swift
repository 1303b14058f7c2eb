/// The dates that follow from the answers: each deadline with its rule, as a date and days left.
public struct DeadlineLine: Equatable, Sendable {
    public let step: Step
    public let label: String
    public let date: LocalDate
    public let daysLeft: Int?
    public let text: String
    public var isOverdue: Bool { (daysLeft ?? 0) < 0 }
}

public enum Deadlines {
    /// Every deadline that the answers let us compute, in step order.
    public static func all(for p: Profile, today: LocalDate) -> [DeadlineLine] {
        var out: [DeadlineLine] = []
        func add(_ step: Step, _ label: String, _ date: LocalDate, _ rule: String) {
            let days = today.days(until: date)
            out.append(DeadlineLine(step: step, label: label, date: date, daysLeft: days,
                                    text: Deadline.describe(label, date, today: today) + " " + rule))
        }
        if let d = p.expressEntryProfileDate {
            add(.oinp, "Express Entry profile expires", d.adding(months: 12), "(profiles are valid 12 months from submission).")
        }
        if let noi = p.noiDate {
            add(.oinp, "OINP must receive your application by", noi.adding(days: 45), "(45 calendar days from the Notification of Interest).")
        }
        return out
    }
}
