/// Text whose every byte is a printable ASCII character (space to `~`): each byte is one grapheme one
/// column wide, so it can be measured by its length and cut or drawn byte by byte. The screens
/// (`DisplayWidth`, `ScreenBuffer`) and the session table use this one test for their fast paths.
public enum PrintableASCII {
    public static func contains(_ s: some StringProtocol) -> Bool {
        s.utf8.allSatisfy(isPrintable)
    }

    public static func contains(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.allSatisfy(isPrintable)
    }

    @inline(__always) static func isPrintable(_ c: UInt8) -> Bool { c >= 0x20 && c < 0x7F }
}
