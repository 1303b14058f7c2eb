import Foundation

/// Writes what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` (and no pretty printing) writes
/// for the same value, byte for byte, without its tree of boxed values and dictionaries: each object's
/// members go straight into one buffer, and are put in key order (UTF-8 byte order, the last of a repeated
/// key kept, as Foundation's dictionary does) when the object is done. Batch reports are JSON Lines of
/// about 30 KB each, and encoding them was most of `assess`'s time. `ReportJSONTests` holds the output
/// equal to JSONEncoder's on many assessments.
struct ReportJSON {
    /// The bytes of `value`, appended to `out`.
    static func encode<T: Encodable>(_ value: T, into out: inout [UInt8]) throws {
        let sink = Sink()
        swap(&sink.out, &out)
        defer { swap(&sink.out, &out) }
        try sink.value(value)
    }

    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 15)
        try encode(value, into: &out)
        return out
    }

    /// The output buffer, and the writing of one value at its end.
    final class Sink {
        // A class's stored `var` is checked for exclusive access at run time on every use, and `out` is
        // appended to for every few bytes: it lives behind a pointer instead, which is not checked.
        private let storage: UnsafeMutablePointer<(out: [UInt8], spare: [ValueEncoder])>
        var out: [UInt8] {
            _read { yield storage.pointee.out }
            _modify { yield &storage.pointee.out }
        }
        /// Spare encoders, so a value nested in a value does not allocate one each time.
        private var spare: [ValueEncoder] {
            _read { yield storage.pointee.spare }
            _modify { yield &storage.pointee.spare }
        }

        init() {
            storage = .allocate(capacity: 1)
            storage.initialize(to: ([], []))
        }

        deinit {
            storage.deinitialize(count: 1)
            storage.deallocate()
        }

        func value<T: Encodable>(_ v: T) throws {
            // The type compared, not cast: a failed dynamic cast costs more than writing most values.
            if T.self == String.self { string(unsafeBitCast(v, to: String.self)); return }
            if T.self == Int.self { int(unsafeBitCast(v, to: Int.self)); return }
            if T.self == Bool.self { bool(unsafeBitCast(v, to: Bool.self)); return }
            if T.self == Double.self { try double(unsafeBitCast(v, to: Double.self)); return }
            let e = spare.popLast() ?? ValueEncoder(self)
            try v.encode(to: e)
            try e.finish()
            spare.append(e)
        }

        @inline(__always) func bool(_ b: Bool) {
            if b { out.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { out.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
        }
        func null() { out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

        func int<I: FixedWidthInteger>(_ n: I) {
            if n >= 0 && n < 10 { out.append(0x30 &+ UInt8(truncatingIfNeeded: n)); return }
            out.append(contentsOf: n.description.utf8)
        }

        func double<F: BinaryFloatingPoint & CustomStringConvertible>(_ d: F) throws {
            guard d.isFinite else {
                throw EncodingError.invalidValue(d, .init(codingPath: [], debugDescription: "Unable to encode \(F.self).\(d) directly in JSON."))
            }
            var s = d.description
            if s.hasSuffix(".0") { s.removeLast(2) }
            out.append(contentsOf: s.utf8)
        }

        /// A JSON string: `"`, `\` and control characters escaped as JSONEncoder escapes them; `/` as is.
        func string(_ s: String) {
            out.append(0x22)
            var s = s
            s.withUTF8 { u in
                var mark = 0
                for i in 0..<u.count {
                    let c = u[i]
                    if c >= 0x20 && c != 0x22 && c != 0x5C { continue }
                    if i > mark { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[mark..<i])) }
                    mark = i + 1
                    switch c {
                    case 0x22: out.append(contentsOf: [0x5C, 0x22])
                    case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                    case 0x08: out.append(contentsOf: [0x5C, 0x62])
                    case 0x0C: out.append(contentsOf: [0x5C, 0x66])
                    case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                    case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                    case 0x09: out.append(contentsOf: [0x5C, 0x74])
                    default:
                        let hex: [UInt8] = Array("0123456789abcdef".utf8)
                        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
                    }
                }
                if u.count > mark { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[mark..<u.count])) }
            }
            out.append(0x22)
        }
    }

    /// The encoder of one value: a keyed container makes it an object, an unkeyed one an array.
    class ValueEncoder: Encoder {
        // The sink outlives every encoder of one `encode` call (no Encodable keeps its encoder): unchecked.
        unowned(unsafe) let sink: Sink
        var codingPath: [CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        enum State { case empty, object, array, single }
        struct Member { let key: String; let prefix: UInt64; let range: Range<Int> }
        /// The mutable state, behind a pointer for the same reason as `Sink.out`.
        struct Fields {
            var state = State.empty
            /// Where the value starts in the buffer (at its `{` or `[`).
            var start = 0
            /// The object's members as written: key, its first 8 bytes as a number (to sort by), and the
            /// byte range of `"key":value`.
            var members: [Member] = []
            var order: [Int] = []
            var count = 0
            /// A nested container still being written into: finished before the next member.
            var open: ValueEncoder?
        }
        private let fields: UnsafeMutablePointer<Fields>
        var state: State { _read { yield fields.pointee.state } _modify { yield &fields.pointee.state } }
        var start: Int { _read { yield fields.pointee.start } _modify { yield &fields.pointee.start } }
        var members: [Member] { _read { yield fields.pointee.members } _modify { yield &fields.pointee.members } }
        var order: [Int] { _read { yield fields.pointee.order } _modify { yield &fields.pointee.order } }
        var count: Int { _read { yield fields.pointee.count } _modify { yield &fields.pointee.count } }
        var open: ValueEncoder? { _read { yield fields.pointee.open } _modify { yield &fields.pointee.open } }

        func add(_ key: String, _ range: Range<Int>) {
            var prefix: UInt64 = 0, n = 0
            for b in key.utf8 {
                if n == 8 { break }
                prefix |= UInt64(b) << (56 - 8 * n)
                n += 1
            }
            members.append(Member(key: key, prefix: prefix, range: range))
        }

        /// Byte order of the keys; equal keys by position.
        @inline(__always) func precedes(_ a: Int, _ b: Int) -> Bool {
            let x = members[a], y = members[b]
            if x.prefix != y.prefix { return x.prefix < y.prefix }
            if x.key == y.key { return a < b }
            return x.key.utf8.lexicographicallyPrecedes(y.key.utf8)
        }

        init(_ sink: Sink) {
            self.sink = sink
            fields = .allocate(capacity: 1)
            fields.initialize(to: Fields())
        }

        deinit {
            fields.deinitialize(count: 1)
            fields.deallocate()
        }

        func reset() {
            state = .empty
            members.removeAll(keepingCapacity: true)
            count = 0
            open = nil
        }

        func begin(_ s: State) {
            switch (state, s) {
            case (.empty, .object): state = .object; start = sink.out.count; sink.out.append(0x7B)
            case (.empty, .array): state = .array; start = sink.out.count; sink.out.append(0x5B)
            case (.empty, .single): state = .single
            default: break      // a second container of the same kind on the same value continues it
            }
        }

        func closeOpen() throws {
            if let o = open { open = nil; try o.finish() }
        }

        /// Opens a member: the comma, the key, the colon. Returns where the member starts.
        func member(_ key: String) throws -> Int {
            try closeOpen()
            if count > 0 { sink.out.append(0x2C) }
            count += 1
            let at = sink.out.count
            sink.string(key)
            sink.out.append(0x3A)
            return at
        }

        func element() throws {
            try closeOpen()
            if count > 0 { sink.out.append(0x2C) }
            count += 1
        }

        /// Closes the value: sorts the object's members by key, or closes the array.
        func finish() throws {
            try closeOpen()
            switch state {
            case .empty: sink.out.append(contentsOf: [0x7B, 0x7D])   // nothing encoded: JSONEncoder writes {}
            case .single: break
            case .array: sink.out.append(0x5D)
            case .object:
                // Insertion sort of the positions (an object has a few dozen members at most).
                order.removeAll(keepingCapacity: true)
                var inOrder = true
                for i in members.indices {
                    var j = order.count
                    order.append(i)
                    while j > 0 && precedes(i, order[j - 1]) { order[j] = order[j - 1]; j -= 1; inOrder = false }
                    order[j] = i
                }
                // A key given twice: the last value is kept (they are neighbours, in position order).
                var k = 0
                for n in order.indices {
                    if n + 1 < order.count && members[order[n + 1]].key == members[order[n]].key { inOrder = false; continue }
                    order[k] = order[n]
                    k += 1
                }
                order.removeLast(order.count - k)
                if inOrder {
                    sink.out.append(0x7D)
                } else {
                    let body = Array(sink.out[(start + 1)...])
                    sink.out.removeSubrange((start + 1)...)
                    for (n, i) in order.enumerated() {
                        if n > 0 { sink.out.append(0x2C) }
                        let r = members[i].range
                        sink.out.append(contentsOf: body[(r.lowerBound - start - 1)..<(r.upperBound - start - 1)])
                    }
                    sink.out.append(0x7D)
                }
            }
            reset()
        }

        func nested() -> ValueEncoder { ValueEncoder(sink) }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            begin(.object)
            return KeyedEncodingContainer(Keyed<Key>(self))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            begin(.array)
            return Unkeyed(self)
        }

        func singleValueContainer() -> SingleValueEncodingContainer {
            begin(.single)
            return Single(self)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let e: ValueEncoder
        var codingPath: [CodingKey] { [] }
        init(_ e: ValueEncoder) { self.e = e }

        @inline(__always) private func put(_ key: Key, _ write: () throws -> Void) throws {
            let name = key.stringValue
            let at = try e.member(name)
            try write()
            e.add(name, at..<e.sink.out.count)
        }

        mutating func encodeNil(forKey key: Key) throws { try put(key) { e.sink.null() } }
        mutating func encode(_ value: Bool, forKey key: Key) throws { try put(key) { e.sink.bool(value) } }
        mutating func encode(_ value: String, forKey key: Key) throws { try put(key) { e.sink.string(value) } }
        mutating func encode(_ value: Double, forKey key: Key) throws { try put(key) { try e.sink.double(value) } }
        mutating func encode(_ value: Float, forKey key: Key) throws { try put(key) { try e.sink.double(value) } }
        mutating func encode(_ value: Int, forKey key: Key) throws { try put(key) { e.sink.int(value) } }
        mutating func encode(_ value: Int8, forKey key: Key) throws { try put(key) { e.sink.int(value) } }
        mutating func encode(_ value: Int16, forKey key: Key) throws { try put(key) { e.sink.int(value) } }
        mutating func encode(_ value: Int32, forKey key: Key) throws { try put(key) { e.sink.int(value) } }
        mutating func encode(_ value: Int64, forKey key: Key) throws { try put(key) { e.sink.int(value) } }
        mutating func encode(_ value: UInt, forKey key: Key) throws { try put(key) { e.sink.int(value) } }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(key) { e.sink.int(value) } }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(key) { e.sink.int(value) } }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(key) { e.sink.int(value) } }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(key) { e.sink.int(value) } }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try put(key) { try e.sink.value(value) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let n = open(key)
            return n.container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer { open(key).unkeyedContainer() }
        mutating func superEncoder() -> Encoder { open(Key(stringValue: "super")!) }
        mutating func superEncoder(forKey key: Key) -> Encoder { open(key) }

        /// A member whose value is written through a container the caller keeps: its range ends when it is finished.
        private func open(_ key: Key) -> ValueEncoder {
            let at = (try? e.member(key.stringValue)) ?? e.sink.out.count
            let n = NestedMember(e.sink, parent: e, key: key.stringValue, at: at)
            e.open = n
            return n
        }
    }

    /// A nested value that records its member's range in its parent object when finished.
    final class NestedMember: ValueEncoder {
        unowned(unsafe) let parent: ValueEncoder
        let key: String, at: Int
        init(_ sink: Sink, parent: ValueEncoder, key: String, at: Int) {
            self.parent = parent; self.key = key; self.at = at
            super.init(sink)
        }
        override func finish() throws {
            try super.finish()
            if parent.state == .object { parent.add(key, at..<sink.out.count) }
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let e: ValueEncoder
        var codingPath: [CodingKey] { [] }
        var count: Int { e.count }
        init(_ e: ValueEncoder) { self.e = e }

        mutating func encodeNil() throws { try e.element(); e.sink.null() }
        mutating func encode(_ value: Bool) throws { try e.element(); e.sink.bool(value) }
        mutating func encode(_ value: String) throws { try e.element(); e.sink.string(value) }
        mutating func encode(_ value: Double) throws { try e.element(); try e.sink.double(value) }
        mutating func encode(_ value: Float) throws { try e.element(); try e.sink.double(value) }
        mutating func encode(_ value: Int) throws { try e.element(); e.sink.int(value) }
        mutating func encode(_ value: Int8) throws { try e.element(); e.sink.int(value) }
        mutating func encode(_ value: Int16) throws { try e.element(); e.sink.int(value) }
        mutating func encode(_ value: Int32) throws { try e.element(); e.sink.int(value) }
        mutating func encode(_ value: Int64) throws { try e.element(); e.sink.int(value) }
        mutating func encode(_ value: UInt) throws { try e.element(); e.sink.int(value) }
        mutating func encode(_ value: UInt8) throws { try e.element(); e.sink.int(value) }
        mutating func encode(_ value: UInt16) throws { try e.element(); e.sink.int(value) }
        mutating func encode(_ value: UInt32) throws { try e.element(); e.sink.int(value) }
        mutating func encode(_ value: UInt64) throws { try e.element(); e.sink.int(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try e.element(); try e.sink.value(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            openElement().container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { openElement().unkeyedContainer() }
        mutating func superEncoder() -> Encoder { openElement() }

        private func openElement() -> ValueEncoder {
            try? e.element()
            let n = e.nested()
            e.open = n
            return n
        }
    }

    struct Single: SingleValueEncodingContainer {
        let e: ValueEncoder
        var codingPath: [CodingKey] { [] }
        init(_ e: ValueEncoder) { self.e = e }

        mutating func encodeNil() throws { e.sink.null() }
        mutating func encode(_ value: Bool) throws { e.sink.bool(value) }
        mutating func encode(_ value: String) throws { e.sink.string(value) }
        mutating func encode(_ value: Double) throws { try e.sink.double(value) }
        mutating func encode(_ value: Float) throws { try e.sink.double(value) }
        mutating func encode(_ value: Int) throws { e.sink.int(value) }
        mutating func encode(_ value: Int8) throws { e.sink.int(value) }
        mutating func encode(_ value: Int16) throws { e.sink.int(value) }
        mutating func encode(_ value: Int32) throws { e.sink.int(value) }
        mutating func encode(_ value: Int64) throws { e.sink.int(value) }
        mutating func encode(_ value: UInt) throws { e.sink.int(value) }
        mutating func encode(_ value: UInt8) throws { e.sink.int(value) }
        mutating func encode(_ value: UInt16) throws { e.sink.int(value) }
        mutating func encode(_ value: UInt32) throws { e.sink.int(value) }
        mutating func encode(_ value: UInt64) throws { e.sink.int(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try e.sink.value(value) }
    }
}
