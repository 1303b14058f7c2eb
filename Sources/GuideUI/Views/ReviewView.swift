import GuideCore

/// The required questions still unanswered, grouped by step; Enter jumps to one.
enum ReviewView {
    static func draw(_ s: AppState, in body: Rect, into b: inout ScreenBuffer) {
        let (titleRow, ruleRow, rest) = Chrome.titled(body)
        b.put(DisplayWidth.truncate(" Review: what is still missing", to: titleRow.width), x: titleRow.x, y: titleRow.y, style: .title)
        Chrome.rule(in: ruleRow, into: &b)
        var area = rest.inset(left: 2, right: 2, top: 1)
        let missing = Questionnaire.missing(for: s.profile)
        if missing.isEmpty {
            Paragraph("Every required question is answered.", style: .ok).draw(in: area, into: &b)
            Chrome.keys(KeyMaps.screen(s).keyLine(hiding: [.confirm, .up]), into: &b)
            return
        }
        let count = Paragraph("\(missing.count) required answer\(missing.count == 1 ? "" : "s") missing. Enter opens one.")
        count.draw(in: area.takeTop(count.height(width: area.width)), into: &b)
        _ = area.takeTop(1)
        let labels = missing.map { "Step \($0.step.number): \($0.prompt)" }
        _ = QuestionView.drawChoices(labels, marks: missing.map { _ in "[ ]" }, s, in: area, into: &b)
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
