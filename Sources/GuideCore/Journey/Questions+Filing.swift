/// Steps 2–4: the stream choice, OINP e-filing and the PR application.
extension Questionnaire {
    static let stream: [Question] = [
        Ask.date("hcpApplicationReceived", .stream, "If OINP already received your Human Capital Priorities application, on what date? (blank if not)",
                 help: "Human Capital Priorities closed on 2026-05-30. Applications OINP received before then are still assessed under the rules in force when received. Leave it empty if you never applied.",
                 at: \.hcpApplicationReceivedDate, required: false),
    ]
    static let oinp: [Question] = []
    static let pr: [Question] = []
}
