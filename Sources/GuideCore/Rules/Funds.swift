/// The settlement-funds amount for a family size on a date.
public struct FundsRequirement: Codable, Sendable, Equatable {
    public let tableId: String
    public let familySize: Int
    public let amount: Int
    public let effectiveFrom: LocalDate?
    public let effectiveTo: LocalDate?
    public let tag: String
    public let unverified: Bool
    public let notes: [String]
}

public enum FundsRules {
    /// nil when no table covers the date (the caller must refuse or flag), or when the family size is
    /// outside what a profile can hold (`ProfileBounds.familySize`: the table's arithmetic cannot overflow).
    public static func requirement(familySize: Int, on date: LocalDate, rules: RuleData = .shared) -> FundsRequirement? {
        guard ProfileBounds.familySize.contains(familySize), let t = rules.funds.tables.covering(date) else { return nil }
        var notes: [String] = []
        var unverified = t.provenance.isUnverified
        if t.datesAssumed == true, let n = t.provenance.note { notes.append("UNVERIFIED dates - \(n)") }
        else if t.provenance.isUnverified, let n = t.provenance.note { notes.append("UNVERIFIED - \(n)") }
        if let stale = t.staleAfter, date > stale {
            unverified = true
            notes.append("UNVERIFIED - no newer settlement-funds table was found; the \(t.id) table (from \(t.provenance.effectiveFrom.map(\.description) ?? "?")) may be out of date on \(date).")
        }
        if let n = t.cellNotes?[String(familySize)] { notes.append(n) }
        return FundsRequirement(tableId: t.id, familySize: familySize, amount: t.body.amount(familySize: familySize),
                                effectiveFrom: t.provenance.effectiveFrom, effectiveTo: t.provenance.effectiveTo,
                                tag: t.provenance.tag ?? "", unverified: unverified, notes: notes)
    }

    /// Checks the profile's funds against the table for the date.
    public static func check(_ p: Profile, on date: LocalDate, id: String = "settlementFunds", title: String = "Settlement funds",
                             rules: RuleData = .shared) -> (Criterion, FundsRequirement?) {
        guard let size = p.effectiveFamilySize else {
            return (Criterion(id: id, title: title, status: .unknown, reason: "Family size is not known yet (marital status and number of children, or family size)."), nil)
        }
        guard ProfileBounds.familySize.contains(size) else {
            return (Criterion(id: id, title: title, status: .unknown,
                              reason: "A family of \(size) is outside what this guide can count (\(ProfileBounds.familySize.lowerBound) to \(ProfileBounds.familySize.upperBound)); check the family size."), nil)
        }
        guard let req = requirement(familySize: size, on: date, rules: rules) else {
            return (Criterion(id: id, title: title, status: .unknown,
                              reason: "No settlement-funds table in our data covers \(date); the amount for \(size) person(s) cannot be given.", unverified: true), nil)
        }
        let need = "CAD \(formatInt(req.amount)) for a family of \(size) (\(req.tableId) table)"
        guard let have = p.settlementFundsCAD else {
            return (Criterion(id: id, title: title, status: .unknown, reason: "You need \(need); your available funds are not entered yet.",
                              tag: req.tag, unverified: req.unverified, notes: req.notes), req)
        }
        guard have.isFinite, ProfileBounds.amountCAD.contains(have) else {
            return (Criterion(id: id, title: title, status: .unknown,
                              reason: "You need \(need); the funds entered are outside what this guide can count (0 to under CAD \(formatInt(Int(ProfileBounds.amountCAD.upperBound)))); check the amount.",
                              tag: req.tag, unverified: req.unverified, notes: req.notes), req)
        }
        let ok = have >= Double(req.amount)
        let whole = Int(have.rounded(.down))     // safe: `have` is within ProfileBounds.amountCAD
        let reason = ok
            ? "You have CAD \(formatInt(whole)), at least the \(need)."
            : "You have CAD \(formatInt(whole)), less than the \(need): CAD \(formatInt(req.amount - whole)) short."
        return (Criterion(id: id, title: title, status: ok ? .met : .notMet, reason: reason, tag: req.tag, unverified: req.unverified, notes: req.notes), req)
    }
}
