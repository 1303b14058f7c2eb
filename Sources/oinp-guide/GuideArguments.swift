/// The guide's own options (`--data-dir D --session S --as-of DATE --plain --verbose`), read without
/// ArgumentParser when they are all there is: a consultant's usual start. ArgumentParser's first parse
/// costs about 12 M instructions (the Swift runtime's first conformance lookups over every option's
/// type), three times the rest of the first screen. Only plain cases are read here: each option at most
/// once, every value non-empty and not starting with "-"; anything else (help, a subcommand, a typo,
/// `--`, a repeat, an odd value) gives nil and goes to ArgumentParser, which reads it or says what is
/// wrong as always. CommandLineTests check, on seeded random argument lists, that whatever this reads,
/// ArgumentParser reads the same.
enum GuideArguments {
    // Arrays, not sets, and no Foundation: a first Set<String> or `trimmingCharacters` costs about 0.4 M
    // and 0.9 M instructions of runtime lookups, as much as this is meant to save.
    static let flags = ["--plain", "--verbose", "--crash-after-first-screen"]
    static let valued = ["--data-dir", "--as-of", "--session"]

    static func settings(_ args: [String]) -> Guide.Settings? {
        var s = Guide.Settings()
        var seen: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            let name: String, value: String?
            if let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                value = String(a[a.index(after: eq)...])
                i += 1
            } else if valued.contains(a) {
                guard i + 1 < args.count else { return nil }
                name = a
                value = args[i + 1]
                i += 2
            } else {
                name = a
                value = nil
                i += 1
            }
            guard !seen.contains(name) else { return nil }
            seen.append(name)
            if let value {
                // Blank (DataOptions refuses a blank folder): ArgumentParser says so.
                guard valued.contains(name), !value.hasPrefix("-"), !value.allSatisfy(\.isWhitespace) else { return nil }
                switch name {
                case "--data-dir": s.dataDir = value
                case "--as-of": s.asOf = value
                default: s.session = value
                }
            } else {
                guard flags.contains(name) else { return nil }
                switch name {
                case "--plain": s.plain = true
                case "--crash-after-first-screen": s.crashAfterFirstScreen = true
                default: break          // --verbose: read from the whole command line (ErrorText.verbose)
                }
            }
        }
        return s
    }
}
