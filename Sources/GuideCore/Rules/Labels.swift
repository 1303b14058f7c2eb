/// Words a person reads. Every enum that reaches a reason, a detail or the text report has a `humanLabel`;
/// the raw values stay the machine values of the JSON report and the profile format.
/// Generated text is plain ASCII apart from the letters of names (see `PlainText`).

extension EducationLevel {
    public var humanLabel: String {
        switch self {
        case .none: return "no secondary school diploma"
        case .secondary: return "secondary school diploma"
        case .oneYear: return "one-year post-secondary credential"
        case .twoYear: return "two-year post-secondary credential"
        case .bachelorOrThreeYear: return "bachelor's degree or three-year post-secondary credential"
        case .twoOrMoreOneThreeYear: return "two or more post-secondary credentials, one of three years or more"
        case .mastersOrProfessional: return "master's or professional degree"
        case .doctoral: return "doctoral degree (PhD)"
        }
    }
}

extension CanadianStudyCredential {
    public var humanLabel: String {
        switch self {
        case .none: return "no Canadian post-secondary credential"
        case .oneOrTwoYear: return "one- or two-year Canadian post-secondary credential"
        case .threeYearOrMore: return "Canadian credential of three years or more, or a master's, professional or doctoral degree"
        }
    }
}

extension MaritalStatus {
    public var humanLabel: String {
        switch self {
        case .single: return "single"
        case .married: return "married"
        case .commonLaw: return "common-law"
        case .separated: return "separated"
        case .divorced: return "divorced"
        case .widowed: return "widowed"
        }
    }
}

extension LegalStatus {
    public var humanLabel: String {
        switch self {
        case .none: return "no status in Canada"
        case .worker: return "worker"
        case .student: return "student"
        case .visitor: return "visitor"
        case .implied: return "implied (maintained) status"
        case .refugeeClaimant: return "refugee claimant"
        case .citizenOrPR: return "Canadian citizen or permanent resident"
        }
    }
}

extension FederalProgram {
    public var humanLabel: String {
        switch self {
        case .fswp: return "the Federal Skilled Worker Program (FSWP)"
        case .cec: return "the Canadian Experience Class (CEC)"
        case .undecided: return "not decided"
        }
    }
}

extension OfficialLanguage {
    public var humanLabel: String { self == .english ? "English" : "French" }
}

extension LanguageAbility {
    public var humanLabel: String { rawValue }
    /// "R", "W", "L", "S".
    public var initial: String { String(rawValue.prefix(1)).uppercased() }
}

extension CriterionStatus {
    public var humanLabel: String {
        switch self {
        case .met: return "met"
        case .notMet: return "not met"
        case .unknown: return "not known yet"
        }
    }
}

extension StreamStatus.Fit {
    public var humanLabel: String {
        switch self {
        case .recommended: return "recommended"
        case .possible: return "possible"
        case .inProcess: return "your application is in process"
        case .notSuitable: return "not suitable"
        case .unavailable: return "not available"
        }
    }
}

extension RulebookDecision.Rulebook {
    public var humanLabel: String {
        switch self {
        case .hcp: return "Human Capital Priorities"
        case .postHCP: return "after HCP (federal Express Entry / Ontario Workforce Priority)"
        }
    }
}

/// Stream status words of the data ("open", "notYetCreated"...) as a person reads them.
public enum StreamStatusWords {
    public static func humanLabel(_ status: String) -> String {
        switch status {
        case "notYetCreated": return "not yet created"
        default:
            // camelCase -> words, for any status the data may add later.
            var out = ""
            for ch in status {
                if ch.isUppercase { out += " " + ch.lowercased() } else { out.append(ch) }
            }
            return out
        }
    }
}

/// Turns the typographic decorations that may reach generated text into ASCII. Letters (accented
/// letters of names included) are kept; dashes, arrows, middle dots, comparison signs and the like are
/// not: several are East-Asian-ambiguous width and break terminal layouts in CJK locales.
public enum PlainText {
    static let replacements: [Character: String] = [
        "\u{2014}": "-",      // em dash (spaced in the sources: " - ")
        "\u{2013}": "-",      // en dash: ranges "0-3"
        "\u{2012}": "-", "\u{2010}": "-", "\u{2011}": "-", "\u{2212}": "-",
        "\u{2192}": "->", "\u{2190}": "<-", "\u{21D2}": "=>",
        "\u{00B7}": ",", "\u{2022}": "*",
        "\u{2265}": ">=", "\u{2264}": "<=", "\u{2260}": "!=",
        "\u{00D7}": "x",
        "\u{2026}": "...",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{00A0}": " ", "\u{202F}": " ",
        "\u{00A7}": "section ",
        "\u{2714}": "+", "\u{2718}": "x", "\u{2713}": "+", "\u{2717}": "x",
    ]

    /// ASCII except letters and digits (names such as "Québec" keep their accents).
    public static func ascii(_ s: String) -> String {
        guard !s.utf8.allSatisfy({ $0 < 0x80 }) else { return s }   // ASCII scalars are exactly the bytes below 0x80
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            if ch.isASCII || ch.isLetter || ch.isNumber { out.append(ch) }
            else if let r = replacements[ch] { out += r }
            else { out.append("?") }
        }
        return out
    }

    /// true when `s` holds nothing but ASCII and letters/digits.
    public static func isPlain(_ s: String) -> Bool {
        s.allSatisfy { $0.isASCII || $0.isLetter || $0.isNumber }
    }
}
