import Foundation

// The document checklist: derived from the answers (Profile) and the catalogue (documents.json),
// with the tracking state kept in `Profile.documents`. Pure functions; the UI and the
// `checklist` command call them.

/// A person the checklist names: the applicant, the spouse or partner, or a child (1-based).
public struct ChecklistPerson: Codable, Hashable, Sendable, Comparable {
    public enum Role: String, Codable, Sendable { case principal, spouse, child }
    public let role: Role
    /// Child number (1-based); nil for the applicant and the spouse.
    public let number: Int?

    public init(role: Role, number: Int? = nil) {
        self.role = role
        self.number = role == .child ? number : nil
    }

    public static let principal = ChecklistPerson(role: .principal)
    public static let spouse = ChecklistPerson(role: .spouse)
    public static func child(_ n: Int) -> ChecklistPerson { ChecklistPerson(role: .child, number: n) }

    /// "You", "Spouse", "Child 2".
    public var label: String {
        switch role {
        case .principal: return "You"
        case .spouse: return "Spouse"
        case .child: return "Child \(number ?? 0)"
        }
    }

    /// The person part of an item key: "you", "spouse", "child:2".
    public var key: String {
        switch role {
        case .principal: return "you"
        case .spouse: return "spouse"
        case .child: return "child:\(number ?? 0)"
        }
    }

    var order: Int {
        switch role {
        case .principal: return 0
        case .spouse: return 1
        case .child: return 1 + (number ?? 0)
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
}

/// The deadline of a step: OINP (the NOI or OWP invitation window) or PR (the ITA window), from deadlines.json.
public struct StepDeadline: Codable, Equatable, Sendable {
    public let step: Step
    public let date: LocalDate
    public let label: String
    /// The step's application was already submitted on this day: no expiry is flagged against it.
    public let submitted: LocalDate?
}

/// Why an item is flagged.
public struct ExpiryFlag: Codable, Equatable, Sendable {
    public enum Reason: String, Codable, Sendable {
        /// Already expired on the as-of date (or expires that day).
        case expired
        /// Still valid today but not on the deadline day of its step.
        case beforeDeadline
    }
    public let reason: Reason
    /// The first day the document is no longer valid.
    public let expires: LocalDate
    public let deadline: LocalDate?
    /// Days from the as-of date to `expires` (0 = expires today, negative = already expired).
    public let daysLeft: Int

    public var text: String {
        switch reason {
        case .expired:
            return daysLeft == 0 ? "Expires today (\(expires))." : "Expired on \(expires) (\(-daysLeft) days ago)."
        case .beforeDeadline:
            let left = daysLeft == 1 ? "1 day left" : "\(daysLeft) days left"
            return "Expires \(expires), before the step deadline \(deadline.map(\.description) ?? "?"): \(left)."
        }
    }
}

/// Where an item's expiry date comes from.
public enum ExpirySource: String, Codable, Sendable {
    /// Derived from the answers (language result date + 2 years, ECA issue + 5 years, medical exam + 12 months).
    case answers
    /// Typed by the user on the item.
    case record
    /// The item's issue date plus the document's validity.
    case issuedDate
}

/// One line of the checklist.
public struct ChecklistItem: Codable, Equatable, Sendable, Identifiable {
    /// Stable key: catalogue id, person, instance (e.g. `pr.referenceLetter#you/job:2`).
    public let key: String
    public let catalogueId: String
    public let step: Step
    public let person: ChecklistPerson
    /// "You", "Spouse", "Child 2".
    public let personLabel: String
    public let title: String
    /// Which instance, when there are several (the job, the country, the test).
    public let instance: String?
    /// What the document must contain.
    public let details: String
    /// Facts that follow from the answers (amounts, rules for this instance) and source caveats.
    public let notes: [String]
    public var status: DocumentStatus
    public var issued: LocalDate?
    public var expires: LocalDate?
    public var expiresSource: ExpirySource?
    public var note: String?
    public let deadline: StepDeadline?
    public var flag: ExpiryFlag?
    public let unverified: Bool
    public let tag: String?
    public let reference: String
    public let sources: [String]
    public let asOf: String?

    public var id: String { key }
    /// "Title (instance)".
    public var fullTitle: String { instance.map { "\(title) (\($0))" } ?? title }
    public var isMissing: Bool { status.isMissing }
    public var isFlagged: Bool { flag != nil }
}

/// The review filters.
public enum ChecklistFilter: String, Codable, Sendable, CaseIterable {
    /// Status needed or requested.
    case missing
    /// Flagged: expired, or expires before its step's deadline.
    case expiring
    case all

    public func matches(_ item: ChecklistItem) -> Bool {
        switch self {
        case .missing: return item.isMissing
        case .expiring: return item.isFlagged
        case .all: return true
        }
    }

    public var label: String {
        switch self {
        case .missing: return "Missing"
        case .expiring: return "Expiring"
        case .all: return "All"
        }
    }
}

public struct ChecklistCounts: Codable, Equatable, Sendable {
    public let all: Int
    public let missing: Int
    public let expiring: Int
    public let have: Int
    public let notApplicable: Int

    public subscript(filter: ChecklistFilter) -> Int {
        switch filter {
        case .missing: return missing
        case .expiring: return expiring
        case .all: return all
        }
    }
}

/// Items of one step and one person, in checklist order.
public struct ChecklistGroup: Equatable, Sendable {
    public let step: Step
    public let person: ChecklistPerson
    public let items: [ChecklistItem]
}

public enum Checklist {
    // MARK: Derivation

    /// The checklist for the profile on `today`: step 3 items of the effective route (HCP `oinp.*`, OWP `owp.*`;
    /// none for federal Express Entry alone), PR items always;
    /// spouse and children items only when they apply; statuses, dates and notes from `profile.documents`.
    public static func derive(_ profile: Profile, today: LocalDate, rules: RuleData = .shared,
                              catalogue: Dated<DocumentCatalogueData> = DocumentCatalogue.shared) -> [ChecklistItem] {
        // Only the answers that count: a spouse who became a citizen brings no spouse documents.
        let ctx = Context(profile: profile.counted, today: today, rules: rules)
        let records = Dictionary(profile.documents.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [(Int, ChecklistItem)] = []
        for (order, spec) in catalogue.items.enumerated() {
            if spec.step == .oinp && !(isOWPItem(spec) ? ctx.owpRoute : ctx.oinpRoute) { continue }
            if spec.condition == .notAsked { continue }
            for person in ctx.persons(spec.who) {
                for inst in instances(spec, person: person, ctx) {
                    let key = spec.id + "#" + person.key + (inst.suffix.map { "/" + $0 } ?? "")
                    let rec = records[key]
                    let deadline = ctx.deadline(spec.step)
                    var expires: LocalDate? = inst.expiry
                    var source: ExpirySource? = expires == nil ? nil : .answers
                    if expires == nil, let e = rec?.expires { expires = e; source = .record }
                    if expires == nil, let issued = rec?.issued {
                        if let months = inst.maxAgeMonths { expires = issued.adding(months: months); source = .issuedDate }
                        else if let v = spec.validity, let e = Deadlines.due(v, from: issued, rules: rules) { expires = e; source = .issuedDate }
                    }
                    let status = rec?.status ?? .needed
                    var notes = inst.notes
                    if let n = spec.provenance.note { notes.append(n) }
                    let item = ChecklistItem(
                        key: key, catalogueId: spec.id, step: spec.step, person: person, personLabel: person.label,
                        title: spec.title, instance: inst.label, details: spec.contents, notes: notes,
                        status: status, issued: rec?.issued, expires: expires, expiresSource: source, note: rec?.note,
                        deadline: deadline,
                        flag: flag(expires: expires, status: status, deadline: deadline, today: today),
                        unverified: spec.provenance.isUnverified || inst.unverified, tag: spec.provenance.tag,
                        reference: spec.reference, sources: spec.provenance.sources ?? [], asOf: spec.provenance.asOf)
                    out.append((order, item))
                }
            }
        }
        return out.sorted { a, b in
            let ka = (a.1.step.number, a.1.person.order, a.0)
            let kb = (b.1.step.number, b.1.person.order, b.0)
            return ka < kb
        }.map(\.1)
    }

    /// The flag for an expiry date: expired on `today`, or not valid on the deadline day any more.
    /// `expires` is the first day the document is no longer valid, so expiring on the deadline day is flagged.
    public static func flag(expires: LocalDate?, status: DocumentStatus, deadline: StepDeadline?, today: LocalDate) -> ExpiryFlag? {
        guard let e = expires, status != .notApplicable, deadline?.submitted == nil else { return nil }
        let left = today.days(until: e)
        if e <= today { return ExpiryFlag(reason: .expired, expires: e, deadline: deadline?.date, daysLeft: left) }
        if let d = deadline?.date, e <= d { return ExpiryFlag(reason: .beforeDeadline, expires: e, deadline: d, daysLeft: left) }
        return nil
    }

    /// The deadlines of the steps the answers let us compute.
    public static func deadlines(_ profile: Profile, today: LocalDate, rules: RuleData = .shared) -> [StepDeadline] {
        let ctx = Context(profile: profile, today: today, rules: rules)
        return [Step.oinp, .pr].compactMap { ctx.deadline($0) }.filter { $0.step != .oinp || ctx.oinpRoute || ctx.owpRoute }
    }

    /// Whether the OINP (HCP) items apply: the effective route is HCP (an application received before
    /// the closure, or HCP open on the date, unless another route was chosen).
    public static func isOINPRoute(_ profile: Profile, today: LocalDate, rules: RuleData = .shared) -> Bool {
        RouteRules.effectiveRoute(profile, asOf: today, rules: rules) == .hcp
    }

    /// Whether the Ontario Workforce Priority items (`owp.*`) apply: the effective route is OWP.
    public static func isOWPRoute(_ profile: Profile, today: LocalDate, rules: RuleData = .shared) -> Bool {
        RouteRules.effectiveRoute(profile, asOf: today, rules: rules) == .owp
    }

    /// Step 3 items of the OWP route are the catalogue ids starting "owp."; the other step 3 items are HCP's.
    static func isOWPItem(_ spec: Dated<DocumentSpec>) -> Bool { spec.id.hasPrefix("owp.") }

    // MARK: Filters and groups

    public static func filter(_ items: [ChecklistItem], _ filter: ChecklistFilter) -> [ChecklistItem] {
        items.filter(filter.matches)
    }

    public static func counts(_ items: [ChecklistItem]) -> ChecklistCounts {
        ChecklistCounts(all: items.count,
                        missing: items.filter(\.isMissing).count,
                        expiring: items.filter(\.isFlagged).count,
                        have: items.filter { $0.status == .have }.count,
                        notApplicable: items.filter { $0.status == .notApplicable }.count)
    }

    /// Consecutive groups by step, then person (the order of `derive`).
    public static func grouped(_ items: [ChecklistItem]) -> [ChecklistGroup] {
        var groups: [ChecklistGroup] = []
        var current: [ChecklistItem] = []
        for item in items {
            if let first = current.first, first.step != item.step || first.person != item.person {
                groups.append(ChecklistGroup(step: first.step, person: first.person, items: current))
                current = []
            }
            current.append(item)
        }
        if let first = current.first { groups.append(ChecklistGroup(step: first.step, person: first.person, items: current)) }
        return groups
    }

    // MARK: Records

    /// One change to an item's tracking state.
    public enum Change: Equatable, Sendable {
        case status(DocumentStatus)
        case issued(LocalDate?)
        case expires(LocalDate?)
        /// An empty or blank note removes it.
        case note(String?)
    }

    /// The record for the key (a default "needed" record when none is saved).
    public static func record(_ key: String, in profile: Profile) -> DocumentRecord {
        profile.documents.first { $0.key == key } ?? DocumentRecord(key: key)
    }

    /// Edits the record of `key` in place; a record left at the defaults is removed from the profile.
    public static func update(_ key: String, in profile: inout Profile, _ body: (inout DocumentRecord) -> Void) {
        var rec = record(key, in: profile)
        body(&rec)
        rec.key = key
        if let n = rec.note, n.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { rec.note = nil }
        if let i = profile.documents.firstIndex(where: { $0.key == key }) {
            if rec.isEmpty { profile.documents.remove(at: i) } else { profile.documents[i] = rec }
        } else if !rec.isEmpty {
            profile.documents.append(rec)
        }
    }

    public static func apply(_ changes: [Change], to key: String, in profile: inout Profile) {
        update(key, in: &profile) { rec in
            for c in changes {
                switch c {
                case .status(let s): rec.status = s
                case .issued(let d): rec.issued = d
                case .expires(let d): rec.expires = d
                case .note(let n): rec.note = n
                }
            }
        }
    }

    public static func setStatus(_ status: DocumentStatus, for key: String, in profile: inout Profile) {
        apply([.status(status)], to: key, in: &profile)
    }

    /// Saved records whose item is no longer derived (for example a job that was removed). They are kept.
    public static func orphanedRecords(_ profile: Profile, today: LocalDate, rules: RuleData = .shared) -> [DocumentRecord] {
        let keys = Set(derive(profile, today: today, rules: rules).map(\.key))
        return profile.documents.filter { !keys.contains($0.key) }
    }

    /// Catalogue items the guide cannot derive (no question yet): to add by hand when they apply.
    public static func notDerived(steps: Set<Step>, catalogue: Dated<DocumentCatalogueData> = DocumentCatalogue.shared) -> [Dated<DocumentSpec>] {
        catalogue.items.filter { $0.condition == .notAsked && steps.contains($0.step) }
    }
}

// MARK: - Interpretation of the catalogue conditions

/// One occurrence of a document for one person.
struct Instance {
    var suffix: String? = nil
    var label: String? = nil
    var expiry: LocalDate? = nil
    var maxAgeMonths: Int? = nil
    var notes: [String] = []
    var unverified = false
}

struct Context {
    let profile: Profile
    let today: LocalDate
    let rules: RuleData
    /// The effective route on `today` (RouteRules).
    let route: Route
    /// HCP step 3 items apply.
    var oinpRoute: Bool { route == .hcp }
    /// OWP step 3 items apply.
    var owpRoute: Bool { route == .owp }

    init(profile: Profile, today: LocalDate, rules: RuleData) {
        self.profile = profile
        self.today = today
        self.rules = rules
        self.route = RouteRules.effectiveRoute(profile, asOf: today, rules: rules)
    }

    /// A partner exists and is not already a Canadian citizen or PR (then they are a family member of the application).
    var hasSpouse: Bool {
        profile.maritalStatus?.hasPartner == true && profile.spouse.canadianCitizenOrPR != true
    }

    var children: [ChecklistPerson] {
        let n = max(0, min(profile.numberOfChildren ?? 0, 30))
        return n == 0 ? [] : (1...n).map { ChecklistPerson.child($0) }
    }

    /// Children 18 or older on the PR application's date: they need police certificates like adults (§10.2 #8).
    var adultChildren: [ChecklistPerson] {
        let on = referenceDate(.pr)
        return (profile.children ?? []).enumerated().compactMap { i, kid in
            guard let dob = kid.dateOfBirth, dob.adding(years: 18) <= on else { return nil }
            return ChecklistPerson.child(i + 1)
        }
    }

    func persons(_ who: DocumentHolder) -> [ChecklistPerson] {
        let spouse = hasSpouse ? [ChecklistPerson.spouse] : []
        switch who {
        case .principal: return [.principal]
        case .spouse: return spouse
        case .eachChild: return children
        case .principalAndSpouse: return [.principal] + spouse
        case .eachAdultFamilyMember: return [.principal] + spouse + adultChildren
        case .eachFamilyMember: return [.principal] + spouse + children
        case .spouseAndChildren: return spouse + children
        }
    }

    func deadline(_ step: Step) -> StepDeadline? {
        let f = profile.filing
        switch step {
        case .oinp where owpRoute:
            // §13 #24: the earlier possible deadline, 17 days from the invitation.
            guard let inv = profile.owp.invitationDate, let due = Deadlines.due("owpInvitationToApplication", from: inv, rules: rules) else { return nil }
            // The periods in words come from deadlines.json (Deadlines.period), never typed here.
            let own = Deadlines.period("owpInvitationToApplication", on: inv, rules: rules)
            let employer = Deadlines.period("owpInvitationToEmployerApproval", on: inv, rules: rules)
            return StepDeadline(step: .oinp, date: due, label: "Submit your OWP application by (\(own) from the invitation; whether they start after the employer's \(employer) is UNVERIFIED)",
                                submitted: profile.owp.applicationSubmitted)
        case .oinp:
            guard let noi = profile.noiDate, let due = Deadlines.due("noiToApplication", from: noi, rules: rules) else { return nil }
            return StepDeadline(step: .oinp, date: due, label: "OINP must receive your application by (\(Deadlines.period("noiToApplication", on: noi, rules: rules)) from the NOI)",
                                submitted: f.oinpApplicationSubmitted ?? profile.hcpApplicationReceivedDate)
        case .pr:
            guard let ita = f.itaDate, let due = Deadlines.due("itaToApplication", from: ita, rules: rules) else { return nil }
            return StepDeadline(step: .pr, date: due, label: "Submit your PR application (e-APR) by (\(Deadlines.period("itaToApplication", on: ita, rules: rules)) from the ITA)",
                                submitted: f.prApplicationSubmitted)
        default:
            return nil
        }
    }

    /// The day documents are measured on: the step's submission day when known, else today.
    func referenceDate(_ step: Step) -> LocalDate {
        switch step {
        case .oinp where owpRoute: return profile.owp.applicationSubmitted ?? today
        case .oinp: return profile.filing.oinpApplicationSubmitted ?? profile.hcpApplicationReceivedDate ?? today
        default: return profile.filing.prApplicationSubmitted ?? today
        }
    }

    var fundsExempt: Bool {
        profile.federalProgram == .cec || (profile.jobOffer.hasOffer == true && profile.jobOffer.currentlyAuthorizedToWork == true)
    }
}

extension Checklist {
    static func instances(_ spec: Dated<DocumentSpec>, person: ChecklistPerson, _ ctx: Context) -> [Instance] {
        let p = ctx.profile
        let base = [Instance()]
        switch spec.condition {
        case .always:
            return alwaysInstances(spec, person: person, ctx)
        case .notAsked:
            return []
        case .inCanada:
            return p.legalStatusInCanada?.isValidTemporaryStatus == true ? base : []
        case .foreignEducation:
            if person.role == .spouse {
                guard p.hasScoringSpouse == true, p.spouse.educationLevel?.isPostSecondary == true else { return [] }
                return [Instance(notes: ["Only if the spouse's credential is from outside Canada and spouse education points are claimed."])]
            }
            guard p.education.isCanadian == false || p.education.hasECA == true else { return [] }
            let expiry = p.education.ecaIssueDate.flatMap { issued in spec.validity.flatMap { Deadlines.due($0, from: issued, rules: ctx.rules) } }
            return [Instance(label: p.education.ecaIssueDate.map { "issued \($0)" }, expiry: expiry)]
        case .perLanguageTest:
            let tests: [LanguageTest]
            if person.role == .spouse {
                // Spouse results only when spouse points are claimed.
                guard p.hasScoringSpouse == true, !p.spouse.languageTests.isEmpty else { return [] }
                tests = p.spouse.languageTests
            } else {
                tests = p.languageTests
            }
            return languageInstances(spec, tests: tests, ctx)
        case .perJob:
            if p.workExperience.isEmpty { return [Instance(notes: ["No work experience entered yet: one per job you claim."])] }
            return p.workExperience.enumerated().map { i, w in
                Instance(suffix: "job:\(i + 1)", label: jobLabel(w, number: i + 1))
            }
        case .canadianWork:
            return p.workExperience.contains { $0.inCanada == true } ? base : []
        case .selfEmployed:
            return p.workExperience.contains { $0.selfEmployed == true } ? base : []
        case .jobOffer, .jobOfferClaimed:
            return p.jobOffer.hasOffer == true ? base : []
        case .siblingClaimed:
            return p.siblingInCanada == true ? base : []
        case .relativesClaimed:
            return p.siblingInCanada == true || p.relativeInCanada == true ? base : []
        case .spouseClaims:
            guard ctx.hasSpouse else { return [] }
            let s = p.spouse
            return !s.languageTests.isEmpty || (s.canadianWorkYears ?? 0) > 0 || s.studiedInCanada == true ? base : []
        case .canadianStudy:
            let credential = (p.education.canadianCredential ?? .none) != .none
            let canadian = p.education.isCanadian == true && p.education.level?.isPostSecondary == true
            return credential || canadian ? base : []
        case .fundsRequired:
            guard !ctx.fundsExempt else { return [] }
            var inst = fundsInstance(ctx, on: ctx.referenceDate(.pr))
            if p.federalProgram == nil || p.federalProgram == .undecided {
                inst.notes.append("If you apply under CEC, a letter explaining the exemption replaces it.")
            }
            return [inst]
        case .fundsExempt:
            guard ctx.fundsExempt else { return [] }
            let why = p.federalProgram == .cec ? "You apply under the Canadian Experience Class." : "You are authorized to work in Canada and hold a valid job offer."
            return [Instance(notes: [why])]
        case .perCountryLived6Months:
            return policeInstances(spec, person: person, ctx)
        case .married:
            return p.maritalStatus == .married ? base : []
        case .commonLaw:
            return p.maritalStatus == .commonLaw ? base : []
        case .previouslyMarried:
            return [.divorced, .widowed, .separated].contains(p.maritalStatus) ? base : []
        case .pnpNomination:
            let nominated = ctx.oinpRoute || ctx.owpRoute || p.hasAcceptedNomination(on: ctx.today)
            return nominated ? base : []
        case .owpLanguage:
            guard p.owp.recentOntarioGraduate != true else { return [] }
            return languageInstances(spec, tests: p.languageTests, ctx)
        case .recentOntarioGraduate:
            return p.owp.recentOntarioGraduate == true ? base : []
        case .ontarioLicence:
            return p.owp.ontarioLicence == true ? base : []
        case .canadianEarnings:
            return (p.owp.highestCanadianEarnings ?? 0) > 0 ? base : []
        }
    }

    /// One item per test, with its expiry from the result date; a placeholder when none is entered.
    static func languageInstances(_ spec: Dated<DocumentSpec>, tests: [LanguageTest], _ ctx: Context) -> [Instance] {
        if tests.isEmpty { return [Instance(notes: ["No language test entered yet."])] }
        return tests.enumerated().map { i, t in
            let start = t.resultDate ?? t.testDate
            let expiry = start.flatMap { s in spec.validity.flatMap { Deadlines.due($0, from: s, rules: ctx.rules) } }
            var label = "test \(i + 1): \(t.type.displayName)"
            if let s = start { label += ", result \(s)" }
            return Instance(suffix: "test:\(i + 1)", label: label, expiry: expiry)
        }
    }

    static func alwaysInstances(_ spec: Dated<DocumentSpec>, person: ChecklistPerson, _ ctx: Context) -> [Instance] {
        let p = ctx.profile
        switch spec.id {
        case "oinp.settlementFunds":
            var inst = fundsInstance(ctx, on: ctx.referenceDate(.oinp))
            if ctx.fundsExempt {
                inst.notes.append("UNVERIFIED whether the CEC / job-offer exemption applied at the OINP stage; the guide asks for funds.")
                inst.unverified = true
            }
            return [inst]
        case "pr.medical":
            var inst = Instance()
            let date = ctx.referenceDate(.pr)
            if let m = ctx.rules.deadlines.upfrontMedical.covering(date) {
                inst.notes.append("For applications on \(date): \(m.label)")
                if m.provenance.isUnverified { inst.unverified = true }
            }
            if person.role == .principal, let exam = p.filing.medicalExamDate, let v = spec.validity {
                inst.expiry = Deadlines.due(v, from: exam, rules: ctx.rules)
                inst.label = "exam \(exam)"
            }
            return [inst]
        default:
            return [Instance()]
        }
    }

    static func fundsInstance(_ ctx: Context, on date: LocalDate) -> Instance {
        guard let size = ctx.profile.effectiveFamilySize else {
            return Instance(notes: ["Family size not known yet (marital status and number of children)."])
        }
        guard let req = FundsRules.requirement(familySize: size, on: date, rules: ctx.rules) else {
            return Instance(label: "family of \(size)",
                            notes: ["UNVERIFIED — no settlement-funds table in our data covers \(date); the amount cannot be given."], unverified: true)
        }
        var notes = ["CAD \(formatInt(req.amount)) for a family of \(size) (\(req.tableId) table, \(req.tag)); the family counts your spouse and children even if they do not come."]
        notes += req.notes
        return Instance(label: "CAD \(formatInt(req.amount)) for \(size)", notes: notes, unverified: req.unverified)
    }

    static func jobLabel(_ w: WorkExperience, number: Int) -> String {
        var parts: [String] = []
        if let t = w.title, !t.isEmpty { parts.append(t) }
        if let c = w.nocCode { parts.append("NOC \(c)") }
        var label = "job \(number)" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
        switch (w.startDate, w.endDate) {
        case (let s?, let e?): label += ", \(s) to \(e)"
        case (let s?, nil): label += ", since \(s)"
        default: break
        }
        if let c = w.country, !c.isEmpty { label += ", \(c)" }
        return label
    }

    /// A stay qualifies when it covers 6 months or more in a row inside the window
    /// [max(as-of − 10 years, 18th birthday), as-of]; `to` is the last day there (nil = still there).
    public static func qualifies(_ stay: CountryStay, dateOfBirth: LocalDate?, on date: LocalDate) -> Bool {
        guard !stay.isCanada, let from = stay.from else { return false }
        var windowStart = date.adding(years: -10)
        if let dob = dateOfBirth { windowStart = max(windowStart, dob.adding(years: 18)) }
        let start = max(from, windowStart)
        let lastDay = min(stay.to ?? date, date)
        guard lastDay >= start else { return false }
        return start.adding(months: 6) <= lastDay.adding(days: 1)
    }

    static func policeInstances(_ spec: Dated<DocumentSpec>, person: ChecklistPerson, _ ctx: Context) -> [Instance] {
        let p = ctx.profile
        if person.role == .child, let n = person.number, let dob = p.children?[n - 1].dateOfBirth {
            // Children's stays are not asked: one item that says what to gather.
            return [Instance(notes: ["Child \(n) (born \(dob)) is 18 or older on \(ctx.referenceDate(.pr)): a police certificate from each country other than Canada where they stayed 6 months or more in a row since turning 18 (\(dob.adding(years: 18)))."])]
        }
        let stays = person.role == .spouse ? p.spouse.countriesLived : p.countriesLived
        let dob = person.role == .principal ? p.dateOfBirth : nil
        let date = ctx.referenceDate(.pr)
        if stays.isEmpty {
            return [Instance(notes: ["No countries entered yet: list each country other than Canada where \(person.role == .spouse ? "your spouse" : "you") stayed 6 months or more in a row in the last 10 years since age 18."])]
        }
        // Stays without a start date cannot be measured: listed, to be safe.
        var order: [String] = []
        var byCountry: [String: [CountryStay]] = [:]
        for s in stays where !s.isCanada && (s.from == nil || qualifies(s, dateOfBirth: dob, on: date)) {
            let k = countryKey(s.country)
            if byCountry[k] == nil { order.append(k) }
            byCountry[k, default: []].append(s)
        }
        return order.map { k in
            let group = byCountry[k]!
            let name = group[0].country.trimmingCharacters(in: .whitespaces)
            let current = group.contains { $0.to == nil || $0.to! >= date }
            var inst = Instance(suffix: "country:\(k)", label: name)
            if current {
                inst.maxAgeMonths = spec.currentCountryMaxAgeMonths
                inst.notes.append("You live there now: the certificate must be issued within the last \(spec.currentCountryMaxAgeMonths ?? 6) months.")
            } else if let last = group.compactMap(\.to).max() {
                inst.notes.append("Must be dated after the last stay there (ended \(last)).")
            }
            if group.contains(where: { $0.from == nil }) { inst.notes.append("The dates of a stay are not entered; listed to be safe.") }
            if person.role == .spouse { inst.notes.append("Only stays since the spouse's 18th birthday count (the spouse's age is not asked).") }
            return inst
        }
    }

    /// "IN", "UNITED-STATES": upper case, spaces to hyphens.
    static func countryKey(_ country: String) -> String {
        country.trimmingCharacters(in: .whitespaces).uppercased().split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "#" }).joined(separator: "-")
    }
}
