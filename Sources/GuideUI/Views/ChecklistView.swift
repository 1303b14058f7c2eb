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

    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        let all = Checklist.derive(s.profile, today: s.today)
        let counts = Checklist.counts(all)
        let shown = Update.shownItems(all, s)
        b.put(" Documents", x: 0, y: 1, style: .title)
        var x = 12
        // Left/Right (and f) change the filter; digits highlight rows here as in every list, so the tabs have no numbers.
        for f in ChecklistFilter.allCases {
            let label = "\(f.label) (\(counts[f]))"
            let current = f == s.checklist.filter
            x += b.put(current ? "[\(label)]" : " \(label) ", x: x, y: 1, style: current ? .focus : .normal) + 1
        }
        Chrome.rule(y: 2, into: &b)
        if shown.isEmpty {
            b.put(s.checklist.filter == .all ? "No documents derived yet: answer step 1 first." : "Nothing here. Right or f shows another filter.", x: 2, y: 4, style: .muted)
        } else {
            let labels = shown.map { item -> String in
                let step = item.step == .oinp ? "OINP" : "PR  "
                let flag = item.flag.map { " ! " + ($0.reason == .expired ? "EXPIRED \($0.expires)" : "EXPIRES \($0.expires)") } ?? ""
                return "\(step) \(DisplayWidth.pad(item.personLabel, to: 7)) \(item.fullTitle)\(flag)\(item.unverified ? " (UNVERIFIED)" : "")"
            }
            let bottom = b.height - 6
            _ = QuestionView.drawChoices(labels, marks: shown.map { mark($0.status) }, s, y: 3, bottom: bottom, into: &b)
            if shown.indices.contains(s.selection) {
                let item = shown[s.selection]
                var lines = ["\(item.status.label.capitalizedFirst). " + item.details]
                if let f = item.flag { lines.insert(f.text, at: 0) }
                if let note = item.note { lines.append("Note: " + note) }
                var y = bottom
                for line in DisplayWidth.wrap(lines.joined(separator: " "), width: b.width - 4).prefix(3) {
                    b.put(line, x: 2, y: y, style: item.flag != nil ? .warning : .muted)
                    y += 1
                }
            }
        }
        Chrome.keys(KeyMaps.screen(s).keyLine(), into: &b)
    }
}

/// One checklist item being edited: its title and what it must contain, then one field.
enum DocumentView {
    static func draw(_ key: String, _ field: Int, _ s: AppState, into b: inout ScreenBuffer) {
        guard let item = Checklist.derive(s.profile, today: s.today).first(where: { $0.key == key }) else { return }
        b.put(" Documents: \(item.personLabel), \(item.step == .oinp ? "OINP application" : "PR application")", x: 0, y: 1, style: .title)
        Chrome.rule(y: 2, into: &b)
        var y = 4
        b.put(DisplayWidth.truncate(item.fullTitle, to: b.width - 4), x: 2, y: y, style: .title); y += 1
        for line in DisplayWidth.wrap(item.details, width: b.width - 4).prefix(4) {
            b.put(line, x: 2, y: y, style: .muted); y += 1
        }
        if let f = item.flag {
            b.put(DisplayWidth.truncate("! " + f.text, to: b.width - 4), x: 2, y: y, style: .warning); y += 1
        }
        y += 1
        let (prompt, kind) = Update.documentFields[field]
        b.put("\(field + 1) of \(Update.documentFields.count): \(prompt)", x: 2, y: y, style: .title); y += 2
        switch kind {
        case .choice(let choices):
            let saved = Checklist.record(key, in: s.profile).status.rawValue
            y = QuestionView.drawChoices(choices.map(\.label), marks: choices.map { $0.value == saved ? "(*)" : "( )" }, s, y: y, bottom: b.height - 3, into: &b)
        default:
            QuestionView.drawField(kind, s, y: y, into: &b)
            y += 1
        }
        if let error = s.fieldError {
            for line in DisplayWidth.wrap("! " + error, width: b.width - 4) where y < b.height - 3 {
                b.put(line, x: 2, y: y, style: .error); y += 1
            }
        }
        Chrome.keys(QuestionView.keys(for: kind), into: &b)
    }
}
