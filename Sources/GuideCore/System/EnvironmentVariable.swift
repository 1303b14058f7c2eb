#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One environment variable, read with `getenv`. `ProcessInfo.processInfo.environment` copies the whole
/// environment into a dictionary (about 1.3 M instructions at start-up, where three names are needed).
public enum EnvironmentVariable {
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
