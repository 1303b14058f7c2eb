/// The routes to permanent residence the guide follows after step 1 (RULES.md §0.1 "Encoding consequence").
public enum Route: String, Codable, Sendable, CaseIterable {
    /// Ontario's Human Capital Priorities: only for an application OINP received before the
    /// 2026-05-30 closure (or on a date when the stream was still open).
    case hcp
    /// Ontario Workforce Priority - TEER 0-3, with a job offer from a registered Ontario employer (from 2026-06-25).
    case owp
    /// Federal Express Entry alone, without a provincial nomination.
    case federal

    public var humanLabel: String {
        switch self {
        case .hcp: return "Human Capital Priorities (application received before the closure)"
        case .owp: return "Ontario Workforce Priority - TEER 0-3 (Ontario job offer)"
        case .federal: return "Federal Express Entry alone"
        }
    }

    /// "HCP", "OWP", "federal Express Entry".
    public var shortLabel: String {
        switch self {
        case .hcp: return "HCP"
        case .owp: return "OWP TEER 0-3"
        case .federal: return "federal Express Entry"
        }
    }
}

/// Whether a route can be taken on a date, and why (not).
public struct RouteOption: Codable, Sendable, Equatable {
    public let route: Route
    public let available: Bool
    public let reason: String
}

/// What step 3 of the journey holds on a route; "not needed" for federal Express Entry alone.
public struct StepThree: Codable, Sendable, Equatable {
    public let applies: Bool
    public let title: String
    /// One line: what the step is, or why it is not needed.
    public let reason: String
}

/// The proposed route, the user's choice, and the route that applies.
public struct RouteDecision: Codable, Sendable, Equatable {
    public let proposed: Route
    public let proposedReason: String
    /// `Profile.chosenRoute`, as saved.
    public let chosen: Route?
    /// chosen ?? proposed; the proposal when the choice is not possible on the date.
    public let effective: Route
    /// Why the effective route applies (and why a choice was set aside).
    public let reason: String
    public let stepThree: StepThree
    /// Every route with whether it can be taken on the date.
    public let options: [RouteOption]

    public func option(_ r: Route) -> RouteOption? { options.first { $0.route == r } }
}

public enum RouteRules {
    static let owpStream = "owpTeer0to3"
    static let federalStream = "federalExpressEntry"

    /// Whether `route` can be taken on `asOf`. HCP: the rulebook says HCP (received before the
    /// closure, or the stream open on the date). OWP and federal: their stream is open on the date.
    public static func availability(_ route: Route, for p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> RouteOption {
        availability(route, for: p, asOf: asOf, rules: rules, rulebook: nil)
    }

    /// `rulebook`: the profile's rulebook decision on `asOf`, when already made.
    static func availability(_ route: Route, for p: Profile, asOf: LocalDate, rules: RuleData, rulebook: RulebookDecision?) -> RouteOption {
        switch route {
        case .hcp:
            let rb = rulebook ?? HCPRules.rulebook(for: p, asOf: asOf, rules: rules)
            if rb.rulebook == .hcp { return RouteOption(route: .hcp, available: true, reason: rb.reason) }
            let closed = rb.closedFrom
            var why: String
            if asOf >= closed {
                why = "Human Capital Priorities closed on \(closed): only applications OINP received before then continue, and your profile has none."
                if let r = p.hcpApplicationReceivedDate, r >= closed { why += " The recorded date of receipt, \(r), is on or after the closure." }
                why += " Enter the date OINP received your HCP application in step 2 if it was before \(closed)."
            } else {
                why = rb.reason
            }
            return RouteOption(route: .hcp, available: false, reason: why)
        case .owp:
            return streamOption(.owp, id: owpStream, name: "Ontario Workforce Priority - TEER 0-3", asOf: asOf, rules: rules)
        case .federal:
            return streamOption(.federal, id: federalStream, name: "Federal Express Entry", asOf: asOf, rules: rules)
        }
    }

    static func streamOption(_ route: Route, id: String, name: String, asOf: LocalDate, rules: RuleData) -> RouteOption {
        guard let st = StreamRules.status(of: id, on: asOf, rules: rules) else {
            return RouteOption(route: route, available: false, reason: "\(name) is not in the rule data.")
        }
        if st.status == "open" {
            return RouteOption(route: route, available: true, reason: "\(name) is open on \(asOf)\(st.since.map { " (since \($0))" } ?? "").")
        }
        if st.status == "notYetCreated" {
            return RouteOption(route: route, available: false,
                               reason: "\(name) does not exist yet on \(asOf): it starts on \(st.until.map(\.description) ?? "a later date").")
        }
        return RouteOption(route: route, available: false, reason: "\(name) on \(asOf): \(st.text).")
    }

    /// The route the answers point to, with the reason in one or two sentences.
    public static func propose(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> (route: Route, reason: String) {
        propose(p, asOf: asOf, rules: rules, rulebook: HCPRules.rulebook(for: p, asOf: asOf, rules: rules), owp: nil)
    }

    /// `owp`: the OWP option on `asOf`, when already made.
    static func propose(_ p: Profile, asOf: LocalDate, rules: RuleData, rulebook rb: RulebookDecision, owp known: RouteOption?) -> (route: Route, reason: String) {
        if rb.rulebook == .hcp {
            if rb.grandfathered || p.hcpApplicationReceivedDate != nil { return (.hcp, rb.reason) }
            return (.hcp, "Human Capital Priorities is open on \(asOf) (it closes on \(rb.closedFrom)): Ontario may invite you from the Express Entry pool with a Notification of Interest.")
        }
        let closed = asOf >= rb.closedFrom ? "Human Capital Priorities closed on \(rb.closedFrom) with no application of yours received before then"
                                           : "Human Capital Priorities is not open on \(asOf)"
        let offer = p.jobOffer
        if offer.hasOffer == true && offer.inOntario == true {
            if let t = offer.effectiveTEER, t >= 4 {
                return (.federal, "Your Ontario job offer is in TEER \(t): Ontario Workforce Priority - TEER 0-3 needs TEER 0-3 (TEER 4-5 has its own category, outside Express Entry and this guide), and \(closed); the route is federal Express Entry.")
            }
            let owp = known ?? availability(.owp, for: p, asOf: asOf, rules: rules, rulebook: rb)
            guard owp.available else {
                return (.federal, "You have an Ontario job offer, but \(owp.reason) \(closed); until Ontario Workforce Priority starts, the route is federal Express Entry.")
            }
            let teer = offer.effectiveTEER.map { " in TEER \($0)\(offer.nocCode.map { " (NOC \($0))" } ?? "")" } ?? " (enter its NOC code to confirm TEER 0-3)"
            return (.owp, "You have a job offer in Ontario\(teer) and \(closed): Ontario Workforce Priority - TEER 0-3 can nominate you when the employer is registered with OINP; you may ask to be nominated through Express Entry (+600 CRS).")
        }
        var why = "No Ontario job offer is recorded"
        if offer.hasOffer == true && offer.inOntario == nil { why += " (say whether your job offer is in Ontario)" }
        return (.federal, why + ", and \(closed): the route is federal Express Entry alone. With a TEER 0-3 job offer from a registered Ontario employer, Ontario Workforce Priority becomes possible.")
    }

    /// The proposal, the saved choice and the route that applies on `asOf`.
    public static func decide(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> RouteDecision {
        decide(p, asOf: asOf, rules: rules, rulebook: HCPRules.rulebook(for: p, asOf: asOf, rules: rules))
    }

    /// `rulebook`: the profile's rulebook decision on `asOf` (the assessment has made it), decided once here.
    static func decide(_ p: Profile, asOf: LocalDate, rules: RuleData, rulebook rb: RulebookDecision) -> RouteDecision {
        let options = Route.allCases.map { availability($0, for: p, asOf: asOf, rules: rules, rulebook: rb) }
        let (proposed, why) = propose(p, asOf: asOf, rules: rules, rulebook: rb, owp: options.first { $0.route == .owp })
        var effective = proposed
        var reason = why
        if let c = p.chosenRoute, let o = options.first(where: { $0.route == c }) {
            if o.available {
                effective = c
                reason = c == proposed ? "You chose the proposed route. \(why)"
                                       : "You chose \(c.humanLabel) instead of the proposed \(proposed.shortLabel) (\(why))"
            } else {
                reason = "Your choice, \(c.humanLabel), is not possible on \(asOf): \(o.reason) The proposed route applies: \(why)"
            }
        }
        return RouteDecision(proposed: proposed, proposedReason: why, chosen: p.chosenRoute, effective: effective, reason: reason,
                             stepThree: effective.stepThree, options: options)
    }

    /// chosen ?? proposed, on `asOf`.
    public static func effectiveRoute(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> Route {
        decide(p, asOf: asOf, rules: rules).effective
    }
}

extension Route {
    /// What step 3 holds on this route.
    public var stepThree: StepThree {
        switch self {
        case .hcp:
            return StepThree(applies: true, title: "OINP e-filing (Human Capital Priorities)",
                             reason: "Your HCP application in the e-Filing Portal, Ontario's nomination and its acceptance in your Express Entry account.")
        case .owp:
            return StepThree(applies: true, title: "Ontario Workforce Priority: EOI, invitation, application, nomination",
                             reason: "Your employer's job offer, your Expression of Interest, the invitation, your OINP application and the nomination.")
        case .federal:
            return StepThree(applies: false, title: "Not needed",
                             reason: "Not needed for federal Express Entry alone: there is no provincial application or nomination; you go from your Express Entry profile to the PR application (step 4).")
        }
    }

    /// Whether step 3 applies to the effective route of these answers on `asOf`.
    public static func stepThreeApplies(_ p: Profile, asOf: LocalDate, rules: RuleData = .shared) -> Bool {
        RouteRules.effectiveRoute(p, asOf: asOf, rules: rules).stepThree.applies
    }
}
