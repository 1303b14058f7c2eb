import GuideCore

/// The document checklist: a filter line with counts, one row per document with a text-and-symbol
/// status (never colour alone), and the highlighted document's details.
enum ChecklistView {
    static func mark(_ status: DocumentStatus) -> String {
        switch status {
        case .needed: return "[ ]"
        case .requested: return "[~]"
        case .have: return "[x]"
        case .notApplicable: return "[-]"
        }
    }

    static func draw(_ s: AppState, in body: Rect, into b: inout ScreenBuffer) {
        let all = Checklist.derive(s.profile, today: s.today)
        let counts = Checklist.counts(all)
        let shown = Update.shownItems(all, s)
        let (titleRow, ruleRow, rest) = Chrome.titled(body)
        b.put(" Documents", x: titleRow.x, y: titleRow.y, style: .title, maxWidth: titleRow.width)
        var x = titleRow.x + 12
        // Left/Right (and f) change the filter; digits highlight rows here as in every list, so the tabs have no numbers.
        for f in ChecklistFilter.allCases {
            let label = "\(f.label) (\(counts[f]))"
            let current = f == s.checklist.filter
            x += b.put(current ? "[\(label)]" : " \(label) ", x: x, y: titleRow.y, style: current ? .focus : .normal, maxWidth: max(0, titleRow.right - x)) + 1
        }
        Chrome.rule(in: ruleRow, into: &b)
        var area = rest.inset(horizontal: 2)
        if shown.isEmpty {
            let empty = s.checklist.filter == .all ? "No documents derived yet: answer step 1 first." : "Nothing here. Right or f shows another filter."
            Paragraph(empty, style: .muted).draw(in: area.inset(top: 1), into: &b)
        } else {
            let labels = shown.map { item -> String in
                let step = item.step == .oinp ? "OINP" : "PR  "
                let flag = item.flag.map { " ! " + ($0.reason == .expired ? "EXPIRED \($0.expires)" : "EXPIRES \($0.expires)") } ?? ""
                return "\(step) \(DisplayWidth.pad(item.personLabel, to: 7)) \(item.fullTitle)\(flag)\(item.unverified ? " (UNVERIFIED)" : "")"
            }
            // The highlighted document's details sit at the bottom, whole where the screen allows: the list
            // gives up rows (it scrolls) when they need more than the usual 3.
            let selected = shown.indices.contains(s.selection) ? details(shown[s.selection]) : nil
            let needed = selected?.height(width: area.width) ?? 0
            let detailArea = area.takeBottom(min(max(3, needed), max(3, area.height - 5)))
            _ = QuestionView.drawChoices(labels, marks: shown.map { mark($0.status) }, s, in: area, into: &b)
            selected?.draw(in: detailArea, into: &b)
        }
        Chrome.keys(KeyMaps.screen(s).keyLine(), into: &b)
    }

    /// What the highlighted document is and what is wrong with it, as one paragraph.
    static func details(_ item: ChecklistItem) -> Paragraph {
        var lines = ["\(item.status.label.capitalizedFirst). " + item.details]
        if let f = item.flag { lines.insert(f.text, at: 0) }
        if let note = item.note { lines.append("Note: " + note) }
        return Paragraph(lines.joined(separator: " "), style: item.flag != nil ? .warning : .muted)
    }
}

/// One checklist item being edited: its title and what it must contain, then one field.
enum DocumentView {
    static func draw(_ key: String, _ field: Int, _ s: AppState, in body: Rect, into b: inout ScreenBuffer) {
        guard let item = Checklist.derive(s.profile, today: s.today).first(where: { $0.key == key }) else { return }
        let (titleRow, ruleRow, rest) = Chrome.titled(body)
        let heading = " Documents: \(item.personLabel), \(item.step == .oinp ? "OINP application" : "PR application")"
        b.put(DisplayWidth.truncate(heading, to: titleRow.width), x: titleRow.x, y: titleRow.y, style: .title)
        Chrome.rule(in: ruleRow, into: &b)
        var area = rest.inset(left: 2, right: 2, top: 1)
        let (prompt, kind) = Update.documentFields[field]
        let question = Paragraph("\(field + 1) of \(Update.documentFields.count): \(prompt)", style: .title)
        let error = s.fieldError.map { Paragraph("! " + $0, style: .error, hanging: 2) }
        // Rows the field, its question and its error need below the document's description.
        let inputRows: Int
        switch kind {
        case .choice(let choices): inputRows = min(choices.count, 3) + 2
        default: inputRows = 1
        }
        let below = question.height(width: area.width) + 2 + inputRows + (error?.height(width: area.width) ?? 0)
        let title = Paragraph(item.fullTitle, style: .title)
        title.draw(in: area.takeTop(title.height(width: area.width)), into: &b)
        let about = Paragraph(item.details, style: .muted)
        about.draw(in: area.takeTop(min(about.height(width: area.width), 4, max(1, area.height - below - 1))), into: &b)
        if let f = item.flag {
            let flag = Paragraph("! " + f.text, style: .warning, hanging: 2)
            flag.draw(in: area.takeTop(flag.height(width: area.width)), into: &b)
        }
        _ = area.takeTop(1)
        question.draw(in: area.takeTop(question.height(width: area.width)), into: &b)
        _ = area.takeTop(1)
        let errorRows = error?.height(width: area.width) ?? 0
        switch kind {
        case .choice(let choices):
            let saved = Checklist.record(key, in: s.profile).status.rawValue
            let list = area.splitTop(max(3, area.height - errorRows)).top
            _ = area.takeTop(QuestionView.drawChoices(choices.map(\.label), marks: choices.map { $0.value == saved ? "(*)" : "( )" }, s, in: list, into: &b))
        default:
            QuestionView.drawField(kind, s, in: area.takeTop(1), into: &b)
        }
        error?.draw(in: area.takeTop(errorRows), into: &b)
        Chrome.keys(QuestionView.keys(for: kind), into: &b)
    }
}
