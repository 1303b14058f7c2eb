/// Text whose every byte is a printable ASCII character (space to `~`): each byte is one grapheme one
/// column wide, so it can be measured by its length and cut or drawn byte by byte. The screens
/// (`DisplayWidth`, `ScreenBuffer`) and the session table use this one test for their fast paths.
/// Concrete and inlinable: called from other modules, a generic version ran unspecialized, looking up
/// type metadata on every call (about 2 M instructions on the first screen).
public enum PrintableASCII {
    @inlinable public static func contains(_ s: String) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ contains($0) }) { return r }
        for c in s.utf8 where !isPrintable(c) { return false }
        return true
    }

    @inlinable public static func contains(_ s: Substring) -> Bool {
        if let r = s.utf8.withContiguousStorageIfAvailable({ contains($0) }) { return r }
        for c in s.utf8 where !isPrintable(c) { return false }
        return true
    }

    @inlinable public static func contains(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where !isPrintable(c) { return false }
        return true
    }

    @inlinable @inline(__always) public static func isPrintable(_ c: UInt8) -> Bool { c >= 0x20 && c < 0x7F }
}
