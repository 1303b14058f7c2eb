import Foundation

/// Decodes a `JSONTree` through the types' own `init(from:)`, so the profile format stays defined by
/// `Profile`'s Codable code alone. What it adds over JSONDecoder: every error names its field (a count
/// of 2.5 is "expected a whole number, found 2.5", not "not valid JSON"); numbers and dates are kept
/// inside bounds no rule can overflow; lists and strings have a size limit; and the keys each object was
/// asked for are recorded, so the keys nobody asked for can be reported as unknown.
final class JSONTreeDecoder {
    /// A value no profile field can mean: refused with its path.
    struct Refusal: Error {
        let path: [CodingKey]
        let message: String
    }

    /// Generic limits, whatever the field (the per-field ranges are `ProfileBounds`).
    static let maximumListCount = 200
    static let maximumStringLength = 2_000
    /// Whole numbers: enough for any count, amount in dollars or score; far from Int's overflow.
    static let integerBound = 1_000_000_000_000
    /// Numbers with a fraction: finite, and small enough that converting to Int cannot trap.
    static let numberBound = 1e15

    /// Keys asked for, by the path of the object (`profile.languageTests[0]`), for finding the unknown keys.
    /// Recording them by path costs more than the decoding, and almost every file has no unknown key: the
    /// first decoding only marks which members of each object were asked for. When every member was, no
    /// key is unknown and this is empty (nothing to look into); else the document is decoded once more,
    /// recording, and this is what that decoding asked for.
    var askedKeys: [String: Set<String>] {
        if recording { return recorded }
        guard marks.contains(where: { $0.hasUnasked }), let again = decodeAgain else { return [:] }
        return again()
    }

    /// Records every key asked for by path (the second decoding); else only marks members.
    private let recording: Bool
    private var recorded: [String: Set<String>] = [:]
    /// One per object decoded: which of its members were asked for.
    private var marks: [MemberMarks] = []
    /// The same decoding with `recording`, set by `decode`.
    private var decodeAgain: (() -> [String: Set<String>])?

    /// `recordingKeys`: record every key by path from the start (tests compare the two ways).
    init(recordingKeys: Bool = false) { recording = recordingKeys }

    func decode<T: Decodable>(_ type: T.Type, from tree: JSONTree) throws -> T {
        decodeAgain = {
            let again = JSONTreeDecoder(recordingKeys: true)
            _ = try? T(from: Node(tree: tree, codingPath: [], owner: again))
            return again.recorded
        }
        return try T(from: Node(tree: tree, codingPath: [], owner: self))
    }

    /// The marks of a new keyed container (nil when recording keys by path instead).
    fileprivate func marks(for members: [(key: String, value: JSONTree)], at path: [CodingKey]) -> MemberMarks? {
        if recording { return nil }
        let m = MemberMarks(members, atRoot: path.isEmpty)
        marks.append(m)
        return m
    }

    fileprivate func asked(_ key: String, at path: [CodingKey]) {
        recorded[JSONTreeDecoder.pathString(path), default: []].insert(key)
    }

    /// Which members of one object were asked for. At the top level the reserved keys (`asOf`,
    /// `_session`) count as asked, as the unknown-key check skips them there.
    fileprivate final class MemberMarks {
        var asked: [Bool]
        var unasked: Int

        init(_ members: [(key: String, value: JSONTree)], atRoot: Bool) {
            asked = members.map { atRoot && ProfileJSON.reservedKeys.contains($0.key) }
            unasked = asked.reduce(0) { $0 + ($1 ? 0 : 1) }
        }

        var hasUnasked: Bool { unasked > 0 }

        @inline(__always) func mark(_ i: Int) {
            if !asked[i] { asked[i] = true; unasked -= 1 }
        }
    }

    /// `profile.a.b[2].c` for a coding path.
    static func pathString(_ path: [CodingKey], root: String = "profile") -> String {
        var s = root
        for k in path {
            if let i = k.intValue { s += "[\(i)]" } else { s += s.isEmpty ? k.stringValue : ".\(k.stringValue)" }
        }
        return s
    }

    struct IndexKey: CodingKey {
        let intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(_ i: Int) { intValue = i }
        init?(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }

    // MARK: Scalars

    fileprivate static func scalar<T>(_ type: T.Type, _ tree: JSONTree, _ path: [CodingKey]) throws -> T? {
        // The common types compared, not cast: a dynamic cast costs more than decoding the value.
        if T.self == Bool.self {
            guard case .bool(let b) = tree else { throw mismatch("true or false", tree, path) }
            return unsafeBitCast(b, to: T.self)
        }
        if T.self == String.self {
            guard case .string(let s) = tree else { throw mismatch("a string", tree, path) }
            guard s.utf8.count <= maximumStringLength || s.count <= maximumStringLength else {
                throw Refusal(path: path, message: "\(s.count) characters is too long (at most \(maximumStringLength))")
            }
            return unsafeBitCast(s, to: T.self)
        }
        if T.self == Double.self, case .number(let n) = tree, let v = Double(n), v.isFinite, abs(v) < numberBound {
            return unsafeBitCast(v, to: T.self)
        }
        if T.self == Int.self, case .number(let n) = tree, let v = Int(n), v.magnitude < UInt(integerBound) {
            return unsafeBitCast(v, to: T.self)
        }
        if T.self == LocalDate.self { return nil }
        switch type {
        case is Bool.Type, is String.Type:
            return nil      // handled above
        case is Double.Type, is Float.Type:
            guard case .number(let n) = tree else { throw mismatch("a number", tree, path) }
            guard let v = Double(n), v.isFinite, abs(v) < numberBound else {
                throw Refusal(path: path, message: "\(ProfileJSON.excerpt(n)) is too large for any answer in a profile")
            }
            return (type == Float.self ? Float(v) as Any : v as Any) as? T
        case is Int.Type, is Int64.Type, is Int32.Type, is Int16.Type, is Int8.Type,
             is UInt.Type, is UInt64.Type, is UInt32.Type, is UInt16.Type, is UInt8.Type:
            guard case .number(let n) = tree else { throw mismatch("a whole number", tree, path) }
            let v: Int
            if let exact = Int(n) {
                v = exact
            } else if let d = Double(n), d.isFinite, d == d.rounded(), abs(d) < Double(integerBound) {
                v = Int(d)                                  // 2e3 or 4.0: a whole number written another way
            } else if let d = Double(n), d.isFinite, d != d.rounded(), abs(d) < Double(integerBound) {
                throw Refusal(path: path, message: "expected a whole number, found \(ProfileJSON.excerpt(n))")
            } else {
                throw Refusal(path: path, message: "\(ProfileJSON.excerpt(n)) is too large for any answer in a profile")
            }
            guard v.magnitude < UInt(integerBound) else {      // magnitude: abs(Int.min) would trap
                throw Refusal(path: path, message: "\(ProfileJSON.excerpt(n)) is too large for any answer in a profile")
            }
            let converted: Any?
            switch type {
            case is Int.Type: converted = v
            case is Int64.Type: converted = Int64(v)
            case is Int32.Type: converted = Int32(exactly: v)
            case is Int16.Type: converted = Int16(exactly: v)
            case is Int8.Type: converted = Int8(exactly: v)
            case is UInt.Type: converted = UInt(exactly: v)
            case is UInt64.Type: converted = UInt64(exactly: v)
            case is UInt32.Type: converted = UInt32(exactly: v)
            case is UInt16.Type: converted = UInt16(exactly: v)
            default: converted = UInt8(exactly: v)
            }
            guard let c = converted else { throw Refusal(path: path, message: "\(ProfileJSON.excerpt(n)) is out of range") }
            return c as? T
        default:
            return nil
        }
    }

    /// The value when it is plainly one of the common types, within the bounds `scalar` and `value` check
    /// (so either way gives the same value); nil to go their way.
    @inline(__always) fileprivate static func plain<T>(_ type: T.Type, _ tree: JSONTree) -> T? {
        if T.self == Bool.self, case .bool(let b) = tree { return unsafeBitCast(b, to: T.self) }
        if T.self == String.self, case .string(let s) = tree, s.utf8.count <= maximumStringLength { return unsafeBitCast(s, to: T.self) }
        if T.self == Double.self, case .number(let n) = tree, let v = Double(n), v.isFinite, abs(v) < numberBound {
            return unsafeBitCast(v, to: T.self)
        }
        if T.self == Int.self, case .number(let n) = tree, let v = Int(n), v.magnitude < UInt(integerBound) {
            return unsafeBitCast(v, to: T.self)
        }
        if T.self == LocalDate.self, case .string(let s) = tree, let d = try? LocalDate.parse(s), ProfileBounds.dates.contains(d) {
            return unsafeBitCast(d, to: T.self)
        }
        return nil
    }

    fileprivate static func mismatch(_ expected: String, _ tree: JSONTree, _ path: [CodingKey]) -> Refusal {
        if case .null = tree { return Refusal(path: path, message: "expected \(expected), found null") }
        return Refusal(path: path, message: "expected \(expected)")
    }

    /// Decodes one value: scalars here, dates with their bounds, anything else through its `init(from:)`.
    fileprivate func value<T: Decodable>(_ type: T.Type, _ tree: JSONTree, _ path: [CodingKey]) throws -> T {
        if let v = try JSONTreeDecoder.scalar(type, tree, path) { return v }
        if type == LocalDate.self {
            guard case .string(let s) = tree else { throw JSONTreeDecoder.mismatch("a date (YYYY-MM-DD)", tree, path) }
            let date: LocalDate
            do { date = try LocalDate.parse(s) } catch {
                throw Refusal(path: path, message: "\(ProfileJSON.excerpt("\"\(s)\"")) is not a date: \(error.description)")
            }
            guard ProfileBounds.dates.contains(date) else {
                throw Refusal(path: path, message: "\(date) is outside the dates this guide reads (\(ProfileBounds.dates.lowerBound) to \(ProfileBounds.dates.upperBound)); check the year")
            }
            return date as! T     // checked: T is LocalDate
        }
        return try T(from: Node(tree: tree, codingPath: path, owner: self))
    }
}

// MARK: - The Decoder

private struct Node: Decoder {
    let tree: JSONTree
    let codingPath: [CodingKey]
    let owner: JSONTreeDecoder
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = tree else { throw JSONTreeDecoder.mismatch("an object", tree, codingPath) }
        return KeyedDecodingContainer(Keyed<Key>(members: members, codingPath: codingPath, owner: owner))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let items) = tree else { throw JSONTreeDecoder.mismatch("a list", tree, codingPath) }
        guard items.count <= JSONTreeDecoder.maximumListCount else {
            throw JSONTreeDecoder.Refusal(path: codingPath, message: "\(items.count) entries is more than this guide reads (at most \(JSONTreeDecoder.maximumListCount))")
        }
        return Unkeyed(items: items, codingPath: codingPath, owner: owner)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        Single(tree: tree, codingPath: codingPath, owner: owner)
    }
}

private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let codingPath: [CodingKey]
    let owner: JSONTreeDecoder
    /// In file order; looked up from the end, so a key given twice has its last value. An object of the
    /// format has a few dozen members, and each type asks for a bounded number of keys: a scan is linear
    /// in the members, and cheaper than hashing them.
    private let members: [(key: String, value: JSONTree)]
    private let marks: JSONTreeDecoder.MemberMarks?

    init(members: [(key: String, value: JSONTree)], codingPath: [CodingKey], owner: JSONTreeDecoder) {
        self.members = members
        self.codingPath = codingPath
        self.owner = owner
        marks = owner.marks(for: members, at: codingPath)
    }

    var allKeys: [Key] {
        var seen: Set<String> = []
        return members.reversed().filter { seen.insert($0.key).inserted }.compactMap { Key(stringValue: $0.key) }
    }

    /// The value of `key` (its last occurrence), marked or recorded as asked for.
    private func lookup(_ key: Key) -> JSONTree? {
        let name = key.stringValue
        guard let m = marks else {
            owner.asked(name, at: codingPath)
            return members.last { $0.key == name }?.value
        }
        var i = members.count
        while i > 0 {
            i -= 1
            if members[i].key == name { m.mark(i); return members[i].value }
        }
        return nil
    }

    func contains(_ key: Key) -> Bool { lookup(key) != nil }

    private func child(_ key: Key) throws -> JSONTree {
        guard let v = lookup(key) else {
            throw JSONTreeDecoder.Refusal(path: codingPath + [key], message: "required field is missing")
        }
        return v
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let v = lookup(key) else { return true }
        if case .null = v { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let v = try child(key)
        if let fast = JSONTreeDecoder.plain(type, v) { return fast }
        return try owner.value(type, v, codingPath + [key])
    }

    // The types a profile is made of, decoded here when the value is plainly right; anything else (a
    // mismatch, a value out of bounds) goes the general way, which says what is wrong and where. The path
    // is built only then: most values need none.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let v = lookup(key) else { return nil }
        if case .null = v { return nil }
        if let fast = JSONTreeDecoder.plain(type, v) { return fast }
        return try owner.value(type, v, codingPath + [key])
    }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(Optional<Bool>.none, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(Optional<String>.none, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(Optional<Double>.none, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(Optional<Int>.none, key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeIfPresent(Optional<Bool>.none, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeIfPresent(Optional<String>.none, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeIfPresent(Optional<Double>.none, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeIfPresent(Optional<Int>.none, key) }

    @inline(__always) private func decode<T: Decodable>(_ none: T?, _ key: Key) throws -> T {
        let v = try child(key)
        if let fast = JSONTreeDecoder.plain(T.self, v) { return fast }
        return try owner.value(T.self, v, codingPath + [key])
    }

    @inline(__always) private func decodeIfPresent<T: Decodable>(_ none: T?, _ key: Key) throws -> T? {
        guard let v = lookup(key) else { return nil }
        if case .null = v { return nil }
        if let fast = JSONTreeDecoder.plain(T.self, v) { return fast }
        return try owner.value(T.self, v, codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try Node(tree: try child(key), codingPath: codingPath + [key], owner: owner).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try Node(tree: try child(key), codingPath: codingPath + [key], owner: owner).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder {
        Node(tree: .object(members), codingPath: codingPath, owner: owner)
    }

    func superDecoder(forKey key: Key) throws -> Decoder {
        Node(tree: try child(key), codingPath: codingPath + [key], owner: owner)
    }
}

private struct Unkeyed: UnkeyedDecodingContainer {
    let items: [JSONTree]
    let codingPath: [CodingKey]
    let owner: JSONTreeDecoder
    var currentIndex = 0

    init(items: [JSONTree], codingPath: [CodingKey], owner: JSONTreeDecoder) {
        self.items = items
        self.codingPath = codingPath
        self.owner = owner
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> (JSONTree, [CodingKey]) {
        guard !isAtEnd else {
            throw JSONTreeDecoder.Refusal(path: codingPath, message: "the list has fewer entries than expected")
        }
        let path = codingPath + [JSONTreeDecoder.IndexKey(currentIndex)]
        defer { currentIndex += 1 }
        return (items[currentIndex], path)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = items[currentIndex] { currentIndex += 1; return true }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (tree, path) = try next()
        return try owner.value(type, tree, path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (tree, path) = try next()
        return try Node(tree: tree, codingPath: path, owner: owner).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (tree, path) = try next()
        return try Node(tree: tree, codingPath: path, owner: owner).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (tree, path) = try next()
        return Node(tree: tree, codingPath: path, owner: owner)
    }
}

private struct Single: SingleValueDecodingContainer {
    let tree: JSONTree
    let codingPath: [CodingKey]
    let owner: JSONTreeDecoder

    func decodeNil() -> Bool {
        if case .null = tree { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try owner.value(type, tree, codingPath)
    }
}
