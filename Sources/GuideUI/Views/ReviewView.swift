import GuideCore

/// The required questions still unanswered, grouped by step; Enter jumps to one.
enum ReviewView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        b.put(" Review: what is still missing", x: 0, y: 1, style: .title)
        Chrome.rule(y: 2, into: &b)
        let missing = Questionnaire.missing(for: s.profile)
        if missing.isEmpty {
            b.put("Every required question is answered.", x: 2, y: 4, style: .ok)
            Chrome.keys(KeyMaps.screen(s).keyLine(hiding: [.confirm, .up]), into: &b)
            return
        }
        b.put("\(missing.count) required answer\(missing.count == 1 ? "" : "s") missing. Enter opens one.", x: 2, y: 4)
        let labels = missing.map { "Step \($0.step.number): \($0.prompt)" }
        _ = QuestionView.drawChoices(labels, marks: missing.map { _ in "[ ]" }, s, y: 6, bottom: b.height - 3, into: &b)
        Chrome.keys(KeyMaps.screen(s).keyLine(), into: &b)
    }
}

/// "Remove this entry?" over a list.
enum ConfirmView {
    static func draw(_ questionID: String, _ index: Int, _ s: AppState, into b: inout ScreenBuffer) {
        guard let list = Questionnaire.question(id: questionID)?.entryList, index < list.count(s.profile) else { return }
        Box.draw(["Remove \(list.noun) \(index + 1)?", list.summary(s.profile, index), "",
                  "y: remove it     any other key: keep it"], into: &b)
    }
}
