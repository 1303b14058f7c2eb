import Foundation

/// The guide's own options (`--data-dir D --session S --as-of DATE --plain --verbose`), read without
/// ArgumentParser when they are all there is: a consultant's usual start. ArgumentParser's first parse
/// costs about 12 M instructions (the Swift runtime's first conformance lookups over every option's
/// type), three times the rest of the first screen. Only plain cases are read here: each option at most
/// once, every value non-empty and not starting with "-"; anything else (help, a subcommand, a typo,
/// `--`, a repeat, an odd value) gives nil and goes to ArgumentParser, which reads it or says what is
/// wrong as always. CommandLineTests check, on seeded random argument lists, that whatever this reads,
/// ArgumentParser reads the same.
enum GuideArguments {
    static let flags: Set<String> = ["--plain", "--verbose", "--crash-after-first-screen"]
    static let valued: Set<String> = ["--data-dir", "--as-of", "--session"]

    static func settings(_ args: [String]) -> Guide.Settings? {
        var s = Guide.Settings()
        var seen: Set<String> = []
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
            guard seen.insert(name).inserted else { return nil }
            if let value {
                guard valued.contains(name), !value.isEmpty, !value.hasPrefix("-"),
                      !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
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
