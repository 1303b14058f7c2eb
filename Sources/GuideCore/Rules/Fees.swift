/// Fees owed for the PR application on a date (the fee in force when IRCC receives it).
public struct FeeEstimate: Codable, Sendable, Equatable {
    public struct Line: Codable, Sendable, Equatable {
        public let id: String
        public let label: String
        public let count: Int
        public let unitAmount: Int?
        public let amount: Int?
        public let tag: String
        public let unverified: Bool
        public let note: String?
    }
    public let asOf: LocalDate
    public let lines: [Line]
    /// Sum of the known amounts.
    public let knownTotal: Int
    public let complete: Bool
}

public enum FeeRules {
    public static func prFees(on date: LocalDate, rules: RuleData = .shared) -> Dated<FeesData.PRFees>? {
        rules.fees.irccPermanentResidence.covering(date)
    }

    public static func oinpFee(stream: String, on date: LocalDate, rules: RuleData = .shared) -> Dated<FeesData.OINPFee>? {
        rules.fees.oinp.first { $0.stream == stream && $0.covers(date) }
    }

    /// The fees for the answers that count: a hidden answer (a spouse no longer coming) adds no fee.
    public static func estimate(_ p: Profile, on date: LocalDate, includeHCP: Bool, rules: RuleData = .shared) -> FeeEstimate {
        estimate(counted: p.counted, on: date, includeHCP: includeHCP, rules: rules)
    }

    static func estimate(counted p: Profile, on date: LocalDate, includeHCP: Bool, rules: RuleData) -> FeeEstimate {
        var lines: [FeeEstimate.Line] = []
        func add(_ id: String, _ label: String, _ n: Int, _ c: FeeCell) {
            lines.append(.init(id: id, label: label, count: n, unitAmount: c.amount, amount: c.amount.map { $0 * n }, tag: c.tag, unverified: c.unverified, note: c.note))
        }
        if includeHCP, let o = oinpFee(stream: "hcp", on: date, rules: rules) { add("oinpHCP", o.label, 1, o.amount) }
        let spouse = p.maritalStatus?.hasPartner == true && p.spouse.accompanying == true && p.spouse.canadianCitizenOrPR != true
        let kids = p.numberOfChildren ?? 0
        if let f = prFees(on: date, rules: rules) {
            add("processingPrincipal", "IRCC processing fee, principal applicant", 1, f.principal)
            add("rprfPrincipal", "Right of Permanent Residence Fee, principal applicant", 1, f.rprf)
            if spouse {
                add("processingSpouse", "IRCC processing fee, spouse/partner", 1, f.spouse)
                add("rprfSpouse", "Right of Permanent Residence Fee, spouse/partner", 1, f.rprf)
            }
            if kids > 0 { add("processingChildren", "IRCC processing fee, dependent children", kids, f.child) }
        }
        let b = rules.fees.biometrics
        let people = 1 + (spouse ? 1 : 0) + kids
        let bio = people > 1 ? b.family : b.individual
        lines.append(.init(id: "biometrics", label: people > 1 ? "Biometrics (family maximum)" : "Biometrics (one person)", count: 1, unitAmount: bio, amount: bio,
                           tag: b.provenance.tag ?? "", unverified: false, note: nil))
        let known = lines.compactMap(\.amount).reduce(0, +)
        return FeeEstimate(asOf: date, lines: lines, knownTotal: known, complete: lines.allSatisfy { $0.amount != nil })
    }
}
