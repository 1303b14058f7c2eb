/// Step 1's lists: language tests and work experience, each entry edited field by field.
extension Questionnaire {
    static let lists: [Question] = [languageTests, spouseLanguageTests, workExperience]

    // MARK: Countries lived in (police certificates)

    static let countriesLived = countriesLivedList(
        id: "countriesLived", at: \.countriesLived, shown: { _ in true },
        prompt: "Countries where you lived 6 months or more in a row since age 18",
        help: "Every country other than Canada where you stayed 6 months or more in a row in the last 10 years since you turned 18, including the one you live in now. Each needs a police certificate with the PR application; the one from where you live now must be less than 6 months old. Add none if it does not apply.")

    static let spouseCountriesLived = countriesLivedList(
        id: "spouseCountriesLived", at: \.spouse.countriesLived, shown: spouseIsFamilyMember,
        prompt: "Countries where your spouse or partner lived 6 months or more in a row since age 18",
        help: "The same rule as for you: every country other than Canada where your spouse or partner stayed 6 months or more in a row in the last 10 years since they turned 18. Each needs a police certificate for them. Add none if it does not apply.")

    /// A list of stays abroad (the applicant's or the spouse's), edited one stay at a time.
    static func countriesLivedList(id: String, at path: WritableKeyPath<Profile, [CountryStay]> & Sendable,
                                   shown: @escaping @Sendable (Profile) -> Bool, prompt: String, help: String) -> Question {
        Question(
        id: id, step: .criteria,
        prompt: prompt,
        help: help,
        kind: .list(EntryList(
            noun: "country",
            count: { $0[keyPath: path].count },
            summary: { p, i in
                let c = p[keyPath: path][i]
                return "\(c.country.isEmpty ? "?" : c.country), \(c.from?.description ?? "?") to \(c.to?.description ?? "now")"
            },
            add: { p in p[keyPath: path].append(CountryStay(country: "")); return p[keyPath: path].count - 1 },
            remove: { p, i in p[keyPath: path].remove(at: i) },
            fields: [
                EntryList.Field(id: "country", prompt: "Which country?", help: "Its name, as on the police certificate you will ask for.",
                                kind: .text(maxLength: 100),
                                read: { p, i in p[keyPath: path][i].country.isEmpty ? nil : p[keyPath: path][i].country },
                                write: { p, i, text, _ in
                                    let t = text.trimmingCharacters(in: .whitespaces)
                                    if t.isEmpty { return "Type the country." }
                                    if ["canada", "ca"].contains(t.lowercased()) { return "Canada needs no police certificate here; list only other countries." }
                                    p[keyPath: path][i].country = t
                                    return nil
                                }),
                EntryList.Field(id: "from", prompt: "From (date you started living there)?", help: "YYYY-MM-DD; the first of the month is fine if you do not know the day.",
                                kind: .date,
                                read: { p, i in p[keyPath: path][i].from?.description },
                                write: { p, i, text, today in
                                    switch AnswerParsing.date(text) {
                                    case .failure(let m): return m.description
                                    case .success(let d):
                                        if d > today { return "\(d) is in the future; today is \(today)." }
                                        if let e = p[keyPath: path][i].to, e < d { return "The stay cannot start (\(d)) after it ended (\(e))." }
                                        p[keyPath: path][i].from = d
                                        return nil
                                    }
                                }),
                EntryList.Field(id: "to", prompt: "Until? (blank if you live there now)", help: "Leave it empty for the country you live in now.",
                                kind: .date, isRequired: false,
                                read: { p, i in p[keyPath: path][i].to?.description },
                                write: { p, i, text, today in
                                    if text.trimmingCharacters(in: .whitespaces).isEmpty { p[keyPath: path][i].to = nil; return nil }
                                    switch AnswerParsing.date(text) {
                                    case .failure(let m): return m.description
                                    case .success(let d):
                                        if d > today { return "\(d) is in the future; leave it empty if you live there now." }
                                        if let f = p[keyPath: path][i].from, d < f { return "The stay cannot end (\(d)) before it started (\(f))." }
                                        p[keyPath: path][i].to = d
                                        return nil
                                    }
                                }),
            ]
        )),
        isRequired: false, isShown: shown,
        clear: { $0[keyPath: path] = [] },
        read: { $0[keyPath: path].isEmpty ? nil : "\($0[keyPath: path].count)" },
        write: { _, _, _ in nil })
    }

    // MARK: Children (police certificates and medical exams by age)

    static let childrenBirthDates = Question(
        id: "childrenBirthDates", step: .criteria,
        prompt: "Your children's dates of birth",
        help: "One entry per dependent child you counted. A child 18 or older needs police certificates like an adult, and every family member needs an immigration medical exam. Adding or removing a child here changes the number of children too.",
        kind: .list(EntryList(
            noun: "child",
            count: { $0.children?.count ?? 0 },
            summary: { p, i in "Child \(i + 1): born \(p.children?[i].dateOfBirth?.description ?? "?")" },
            add: { p in p.numberOfChildren = (p.numberOfChildren ?? 0) + 1; return (p.numberOfChildren ?? 1) - 1 },
            remove: { p, i in p.children?.remove(at: i) },
            fields: [
                EntryList.Field(id: "dateOfBirth", prompt: "The child's date of birth?", help: "As in the child's passport or birth certificate, YYYY-MM-DD.",
                                kind: .date,
                                read: { p, i in p.children?[i].dateOfBirth?.description },
                                write: { p, i, text, today in
                                    switch AnswerParsing.date(text) {
                                    case .failure(let m): return m.description
                                    case .success(let d):
                                        if d > today { return "\(d) is in the future; today is \(today)." }
                                        if d.age(on: today) > 80 { return "\(d) would make the child \(d.age(on: today)); check the year." }
                                        p.children?[i].dateOfBirth = d
                                        return nil
                                    }
                                }),
            ])),
        isShown: hasChildren,
        clear: { p in p.children = p.children.map { $0.map { _ in Child() } } },
        read: { p in
            guard let kids = p.children, !kids.isEmpty, kids.allSatisfy({ $0.dateOfBirth != nil }) else { return nil }
            return "\(kids.count)"
        },
        write: { _, _, _ in nil })

    // MARK: Language tests

    static let languageTests = languageTestList(
        id: "languageTests", at: \.languageTests, shown: { _ in true }, required: true,
        prompt: "Your language test results",
        help: "Add every IRCC-approved test you have taken: IELTS General Training, CELPIP-General or PTE Core (English); TEF Canada or TCF Canada (French). Results are valid for \(Deadlines.period("languageResultValidity")) from the result date. Human Capital Priorities and the FSW both need CLB 7 in all four abilities.")

    static let spouseLanguageTests = languageTestList(
        id: "spouseLanguageTests", at: \.spouse.languageTests, shown: spouseScores, required: false,
        prompt: "Your spouse's or partner's language test results",
        help: "Add each IRCC-approved test your spouse or partner has taken (the same five tests, valid \(Deadlines.period("languageResultValidity"))). Their first official language earns up to 20 CRS points (CLB 5 or more per ability) and, at CLB 4 in all four, 5 FSW adaptability points. Add none if they have no test; you can add one later.")

    /// A list of language tests (the applicant's or the spouse's), the same form for both. A new test
    /// has no type until the user chooses one: it is stored by its first field, the type, so no test
    /// is ever read on a scale nobody chose (IELTS 9 is CLB 10, CELPIP 9 is CLB 9; RULES.md §6.1, §6.2).
    static func languageTestList(id: String, at path: WritableKeyPath<Profile, [LanguageTest]> & Sendable,
                                 shown: @escaping @Sendable (Profile) -> Bool, required: Bool, prompt: String, help: String) -> Question {
        // Entry `i`, or nil for the new one whose type is not chosen yet.
        let test: @Sendable (Profile, Int) -> LanguageTest? = { p, i in p[keyPath: path].indices.contains(i) ? p[keyPath: path][i] : nil }
        return Question(
        id: id, step: .criteria,
        prompt: prompt,
        help: help,
        kind: .list(EntryList(
            noun: "language test",
            count: { $0[keyPath: path].count },
            summary: { p, i in
                let t = p[keyPath: path][i]
                let s = t.scores
                let scores = LanguageAbility.allCases.map { a in s[a].map(formatScore) ?? "?" }.joined(separator: "/")
                return "\(t.type.shortName), \(t.testDate?.description ?? "date ?"): R/W/L/S \(scores)"
            },
            // Nothing is stored until the type is chosen (the type field appends the test).
            add: { p in p[keyPath: path].count },
            remove: { p, i in p[keyPath: path].remove(at: i) },
            storedFromFirstField: true,
            fields: [
                EntryList.Field(id: "type", prompt: "Which test?", help: "Only these five tests are accepted by IRCC for Express Entry. The scores that follow are read on the scale of the test chosen here.",
                                kind: .choice(LanguageTestType.allCases.map { Question.Choice($0.rawValue, $0.displayName) }),
                                unchosen: noTestChosen,
                                read: { p, i in test(p, i)?.type.rawValue },
                                write: { p, i, text, today in
                                    guard let t = LanguageTestType(rawValue: text) else { return "Choose one of the tests." }
                                    if i == p[keyPath: path].count {
                                        p[keyPath: path].append(LanguageTest(type: t))
                                        return nil
                                    }
                                    guard p[keyPath: path].indices.contains(i) else { return noTestChosen }
                                    retype(&p[keyPath: path][i], to: t, today: today)
                                    return nil
                                }),
                EntryList.Field(id: "testDate", prompt: "On what date did you take the test?",
                                help: "The test date decides which conversion table applies (TEF Canada changed scale on 2019-10-01 and 2023-12-11).",
                                kind: .date,
                                read: { p, i in test(p, i)?.testDate?.description },
                                write: { p, i, text, today in
                                    guard let current = test(p, i) else { return noTestChosen }
                                    switch AnswerParsing.date(text) {
                                    case .failure(let m): return m.description
                                    case .success(let d):
                                        if d > today { return "\(d) is in the future; today is \(today)." }
                                        if let r = current.resultDate, r < d { return "The test (\(d)) cannot come after its results (\(r)); check both dates." }
                                        p[keyPath: path][i].testDate = d
                                        return nil
                                    }
                                }),
                EntryList.Field(id: "resultDate", prompt: "On what date were the results issued? (blank: same as the test date)",
                                help: "Results are valid for \(Deadlines.period("languageResultValidity")) from this date, and must still be valid on the day your PR application is submitted.",
                                kind: .date, isRequired: false,
                                read: { p, i in test(p, i)?.resultDate?.description },
                                write: { p, i, text, today in
                                    guard let current = test(p, i) else { return noTestChosen }
                                    if text.trimmingCharacters(in: .whitespaces).isEmpty { p[keyPath: path][i].resultDate = nil; return nil }
                                    switch AnswerParsing.date(text) {
                                    case .failure(let m): return m.description
                                    case .success(let d):
                                        if d > today { return "\(d) is in the future; today is \(today)." }
                                        if let t = current.testDate, d < t { return "The results (\(d)) cannot come before the test (\(t))." }
                                        p[keyPath: path][i].resultDate = d
                                        return nil
                                    }
                                }),
            ] + LanguageAbility.allCases.map { scoreField($0, at: path) }
        )),
        isRequired: required, isShown: shown,
        clear: { $0[keyPath: path] = [] },
        read: { $0[keyPath: path].isEmpty ? nil : "\($0[keyPath: path].count)" },
        write: { _, _, _ in nil })
    }

    /// Enter on a new test's type with none chosen, or a later field reached without one.
    static let noTestChosen = "No test is chosen yet. Choose which test you took: its scores are read on that test's scale."

    /// Another test chosen for a stored entry: the scores that do not fit the new test's scale are
    /// cleared (asked again, the entry shows as incomplete), so none is read on a scale it cannot be on.
    static func retype(_ test: inout LanguageTest, to type: LanguageTestType, today: LocalDate) {
        guard test.type != type else { return }
        test.type = type
        for a in LanguageAbility.allCases {
            if let v = test.scores[a], scoreProblem(v, test, a, today: today) != nil { test.scores[a] = nil }
        }
    }

    /// What is wrong with score `v` for one ability of `test` (its type and test date), or nil.
    static func scoreProblem(_ v: Double, _ test: LanguageTest, _ ability: LanguageAbility, today: LocalDate) -> String? {
        guard let (range, step) = LanguageRules.scoreRange(test, ability: ability, asOf: today) else { return nil }
        guard range.contains(v) else {
            return "\(formatScore(v)) is outside \(test.type.shortName) \(ability.rawValue) \(formatScore(range.lowerBound))–\(formatScore(range.upperBound))."
        }
        if step > 0, abs((v / step).rounded() * step - v) > 1e-9 {
            return "\(test.type.shortName) \(ability.rawValue) goes in steps of \(formatScore(step))."
        }
        return nil
    }

    static func scoreField(_ ability: LanguageAbility, at path: WritableKeyPath<Profile, [LanguageTest]> & Sendable) -> EntryList.Field {
        EntryList.Field(
            id: ability.rawValue, prompt: "Your \(ability.rawValue) score?",
            help: "As printed on the result. IELTS: bands 0–9 in steps of 0.5. CELPIP: levels 1–12. PTE Core: 10–90. TEF Canada: points on its scale. TCF Canada: reading and listening out of 699, writing and speaking out of 20.",
            kind: .text(maxLength: 5),
            read: { p, i in p[keyPath: path].indices.contains(i) ? p[keyPath: path][i].scores[ability].map(formatScore) : nil },
            write: { p, i, text, today in
                guard p[keyPath: path].indices.contains(i) else { return noTestChosen }
                switch AnswerParsing.score(text) {
                case .failure(let m): return m.description
                case .success(let v):
                    // Validated on the scale of the test chosen for this entry (its type and test date).
                    if let problem = scoreProblem(v, p[keyPath: path][i], ability, today: today) { return problem }
                    p[keyPath: path][i].scores[ability] = v
                    return nil
                }
            })
    }

    // MARK: Work experience

    static let workExperience = Question(
        id: "workExperience", step: .criteria,
        prompt: "Your work experience",
        help: "Add each paid job of the last 10 years, in Canada or abroad. Skilled work (TEER 0–3) of at least 1 year (1,560 hours) is needed for FSWP, CEC and Human Capital Priorities. Find the NOC 2021 code by typing it, or words of the job title.",
        kind: .list(EntryList(
            noun: "job",
            count: { $0.workExperience.count },
            summary: { p, i in
                let w = p.workExperience[i]
                let period = "\(w.startDate?.description ?? "?") to \(w.endDate?.description ?? "now")"
                return "\(w.nocCode ?? "NOC ?") \(w.title ?? ""), \(period), \(w.hoursPerWeek.map(formatScore) ?? "?") h/week"
            },
            add: { p in p.workExperience.append(WorkExperience()); return p.workExperience.count - 1 },
            remove: { p, i in p.workExperience.remove(at: i) },
            fields: [
                EntryList.Field(id: "noc", prompt: "NOC 2021 code (or words of the job title)?",
                                help: "Five digits, for example 21231. Or type title words such as \"software developer\" to search the tech occupations Ontario targeted.",
                                kind: .text(maxLength: 100),
                                read: { p, i in p.workExperience[i].nocCode },
                                write: { p, i, text, _ in
                                    let t = text.trimmingCharacters(in: .whitespaces)
                                    if NOCCode.problem(t) == nil {
                                        p.workExperience[i].nocCode = t
                                        if p.workExperience[i].title == nil, let m = TechOccupations.search(t).first,
                                           let title = m.occupation.noc2021.first(where: { $0.code == t })?.title {
                                            p.workExperience[i].title = title
                                        }
                                        return nil
                                    }
                                    if t.allSatisfy({ $0.isNumber }) { return NOCCode.problem(t) }
                                    let found = TechOccupations.search(t).flatMap { m in m.occupation.noc2021.filter { c in m.matchedCodes.contains(c.code) || m.matchedCodes.isEmpty } }
                                    switch found.count {
                                    case 0: return "No tech occupation matches \"\(t)\"; type the five-digit NOC 2021 code (see noc.esdc.gc.ca)."
                                    case 1:
                                        p.workExperience[i].nocCode = found[0].code
                                        p.workExperience[i].title = found[0].title
                                        return nil
                                    default:
                                        return "Several match: " + found.prefix(4).map { "\($0.code) \($0.title)" }.joined(separator: "; ") + ". Type the code."
                                    }
                                }),
                EntryList.Field(id: "title", prompt: "Job title?", help: "As on your reference letter.", kind: .text(maxLength: 200),
                                read: { p, i in p.workExperience[i].title },
                                write: { p, i, text, _ in
                                    let t = text.trimmingCharacters(in: .whitespaces)
                                    if t.isEmpty { return "Type the job title." }
                                    p.workExperience[i].title = t
                                    return nil
                                }),
                EntryList.Field(id: "start", prompt: "Start date?", help: "YYYY-MM-DD, as on the reference letter.", kind: .date,
                                read: { p, i in p.workExperience[i].startDate?.description },
                                write: { p, i, text, today in
                                    switch AnswerParsing.date(text) {
                                    case .failure(let m): return m.description
                                    case .success(let d):
                                        if d > today { return "\(d) is in the future; today is \(today)." }
                                        if let e = p.workExperience[i].endDate, e < d { return "The job cannot start (\(d)) after it ended (\(e))." }
                                        if let dob = p.dateOfBirth, d < dob.adding(years: 16) {
                                            return "\(d) is before you turned 16 (\(dob.adding(years: 16))); work before 16 does not count. Check the date, or leave this job out."
                                        }
                                        p.workExperience[i].startDate = d
                                        return nil
                                    }
                                }),
                EntryList.Field(id: "end", prompt: "End date? (blank if you still work there)", help: "Leave it empty for a current job.",
                                kind: .date, isRequired: false,
                                read: { p, i in p.workExperience[i].endDate?.description },
                                write: { p, i, text, today in
                                    if text.trimmingCharacters(in: .whitespaces).isEmpty { p.workExperience[i].endDate = nil; return nil }
                                    switch AnswerParsing.date(text) {
                                    case .failure(let m): return m.description
                                    case .success(let d):
                                        if d > today { return "\(d) is in the future; today is \(today). Leave it empty for a current job." }
                                        if let s = p.workExperience[i].startDate, d < s { return "The job cannot end (\(d)) before it started (\(s))." }
                                        p.workExperience[i].endDate = d
                                        return nil
                                    }
                                }),
                EntryList.Field(id: "hours", prompt: "Hours per week?", help: "Full time is 30 hours a week; more than 30 does not count extra. Part-time adds up to the same 1,560 hours.",
                                kind: .integer(1...100),
                                read: { p, i in p.workExperience[i].hoursPerWeek.map(formatScore) },
                                write: { p, i, text, _ in
                                    switch AnswerParsing.integer(text, in: 1...100) {
                                    case .failure(let m): return m.description
                                    case .success(let h): p.workExperience[i].hoursPerWeek = Double(h); return nil
                                    }
                                }),
                yesNoField("inCanada", "Was this work in Canada?", "Canadian experience earns more CRS points and counts for CEC.", \.inCanada),
                EntryList.Field(id: "country", prompt: "In which country?", help: "The country where you did the work.", kind: .text(maxLength: 100),
                                read: { p, i in p.workExperience[i].country },
                                write: { p, i, text, _ in
                                    let t = text.trimmingCharacters(in: .whitespaces)
                                    if t.isEmpty { return "Type the country." }
                                    p.workExperience[i].country = t
                                    return nil
                                }),
                yesNoField("paid", "Were you paid (wages or commission)?", "Volunteer work and unpaid internships do not count.", \.paid),
                yesNoField("selfEmployed", "Were you self-employed?", "Self-employment does not count for CEC; for FSWP and HCP it must be verifiable.", \.selfEmployed),
                yesNoField("student", "Were you a full-time student at the time?", "Work done while a full-time student does not count for CEC.", \.whileFullTimeStudent),
            ]
        )),
        clear: { $0.workExperience = [] },
        read: { $0.workExperience.isEmpty ? nil : "\($0.workExperience.count)" },
        write: { _, _, _ in nil },
        note: { p, today in overlapNote(p.workExperience, today: today) })

    /// Full-time jobs at the same time: the rules count at most 30 hours a week in all, so say so.
    static func overlapNote(_ jobs: [WorkExperience], today: LocalDate) -> String? {
        for i in jobs.indices {
            for j in jobs.indices where j > i {
                let a = jobs[i], b = jobs[j]
                guard let sa = a.startDate, let sb = b.startDate, (a.hoursPerWeek ?? 0) >= 30, (b.hoursPerWeek ?? 0) >= 30 else { continue }
                if sa <= (b.endDate ?? today) && sb <= (a.endDate ?? today) {
                    return "Jobs \(i + 1) and \(j + 1) overlap as full-time work: only 30 hours a week count in all, so the overlap adds no experience."
                }
            }
        }
        return nil
    }

    static func yesNoField(_ id: String, _ prompt: String, _ help: String, _ path: WritableKeyPath<WorkExperience, Bool?> & Sendable) -> EntryList.Field {
        EntryList.Field(id: id, prompt: prompt, help: help, kind: .choice(Ask.yesNoChoices),
                        read: { p, i in p.workExperience[i][keyPath: path].map { $0 ? "yes" : "no" } },
                        write: { p, i, text, _ in
                            guard text == "yes" || text == "no" else { return "Choose Yes or No." }
                            p.workExperience[i][keyPath: path] = text == "yes"
                            return nil
                        })
    }
}

/// "7.5", "460": scores without trailing zeros.
func formatScore(_ v: Double) -> String {
    v == v.rounded() ? String(Int(v)) : String(v)
}
