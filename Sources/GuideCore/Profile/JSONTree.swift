import Foundation

/// A JSON document as read from a file a user hands us (`assess`, `sessions import`, `checklist --profile`):
/// parsed on the bytes with limits, so no file can crash the program or make it hang, and every error
/// says where it is. Numbers keep their literal text, so `2.5` for a count and `99999999999999999999`
/// are reported as such instead of being rounded on the way in. Not `indirect`: lists and objects hold
/// their values in arrays already, and a box for every value would cost an allocation each.
enum JSONTree: Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONTree])
    /// Members in file order (a key given twice keeps its last value, as JSONDecoder does).
    case object([(key: String, value: JSONTree)])

    static func == (a: JSONTree, b: JSONTree) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)), let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: return false
        }
    }

    /// The value of `key` in an object (the last one when it is given twice).
    func member(_ key: String) -> JSONTree? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// Limits that keep reading linear and bounded: nesting (a profile is 4 levels deep), the file's size.
    static let maximumDepth = 32
    static let maximumBytes = 16 << 20

    struct SyntaxError: Error, Equatable {
        let message: String
    }

    /// Parses a whole document (an optional UTF-8 byte-order mark, one value, white space).
    static func parse(_ data: Data) throws(SyntaxError) -> JSONTree {
        guard data.count <= maximumBytes else {
            throw SyntaxError(message: "the file is \(data.count / (1 << 20)) MB; a profile is a few kilobytes (at most \(maximumBytes >> 20) MB is read)")
        }
        let bytes = [UInt8](data)
        // Read through a buffer pointer: every index below is checked against `count` first.
        let result: Result<JSONTree, SyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: buffer)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { parser.i = 3 }
            parser.skipBlank()
            do throws(SyntaxError) {
                let value = try parser.value(depth: 0)
                parser.skipBlank()
                guard parser.i == buffer.count else { throw parser.error("unexpected text after the end of the document") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// "not valid JSON at line 3, column 14: ..." (columns count bytes, as editors mostly do for ASCII).
        func error(_ what: String) -> SyntaxError {
            var line = 1, column = 1
            for b in bytes[..<min(i, bytes.count)] {
                if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            }
            return SyntaxError(message: "not valid JSON at line \(line), column \(column): \(what)")
        }

        mutating func skipBlank() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONTree {
            guard depth < JSONTree.maximumDepth else { throw error("nested more than \(JSONTree.maximumDepth) levels deep") }
            guard i < bytes.count else { throw error("the document ends where a value was expected") }
            switch bytes[i] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try word("true"); return .bool(true)
            case UInt8(ascii: "f"): try word("false"); return .bool(false)
            case UInt8(ascii: "n"): try word("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw error("expected a value (a string, number, object, list, true, false or null)")
            }
        }

        mutating func word(_ w: String) throws(SyntaxError) {
            let u = Array(w.utf8)
            guard i + u.count <= bytes.count, Array(bytes[i..<i + u.count]) == u else { throw error("expected a value") }
            i += u.count
        }

        mutating func object(depth: Int) throws(SyntaxError) -> JSONTree {
            i += 1
            var members: [(key: String, value: JSONTree)] = []
            skipBlank()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipBlank()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
                let key = try string()
                skipBlank()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected : after a key") }
                i += 1
                skipBlank()
                members.append((key, try value(depth: depth + 1)))
                skipBlank()
                guard i < bytes.count else { throw error("the document ends inside an object (a } is missing)") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                throw error("expected , or } in an object")
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> JSONTree {
            i += 1
            var items: [JSONTree] = []
            skipBlank()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skipBlank()
                items.append(try value(depth: depth + 1))
                skipBlank()
                guard i < bytes.count else { throw error("the document ends inside a list (a ] is missing)") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw error("expected , or ] in a list")
            }
        }

        /// A string: escapes decoded, the bytes checked to be UTF-8 (a file in Latin-1 is refused, not garbled).
        mutating func string() throws(SyntaxError) -> String {
            i += 1
            // Most strings have no escape: made from the bytes in place.
            var j = i, high: UInt8 = 0
            while j < bytes.count, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\"), bytes[j] >= 0x20 { high |= bytes[j]; j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: "\"") {
                let start = i
                i = j + 1       // past the closing quote, where the general path reports a bad string too
                let run = UnsafeBufferPointer(rebasing: bytes[start..<j])
                // ASCII is valid UTF-8 as it is; anything else is checked.
                if high < 0x80 { return String(decoding: run, as: UTF8.self) }
                guard let s = String(validating: run, as: UTF8.self) else {
                    throw error("a string is not UTF-8 text (save the file as UTF-8)")
                }
                return s
            }
            var out: [UInt8] = []
            while true {
                guard i < bytes.count else { throw error("the document ends inside a string (a \" is missing)") }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; break }
                if b < 0x20 { throw error("a control character (such as a line break) inside a string; write it as \\n") }
                if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
                i += 1
                guard i < bytes.count else { throw error("the document ends inside a string") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A surrogate pair: \uD83D\uDE00.
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw error("a lone \\u surrogate in a string")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("a lone \\u surrogate in a string") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw error("a lone \\u surrogate in a string")
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw error("an invalid \\u escape") }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    throw error("an unknown escape \\\(Character(Unicode.Scalar(e))) in a string")
                }
            }
            guard let s = String(validating: out, as: UTF8.self) else {
                throw error("a string is not UTF-8 text (save the file as UTF-8)")
            }
            return s
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard i + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
                default: throw error("a \\u escape needs four hex digits")
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }

        /// A number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?; kept as text.
        mutating func number() throws(SyntaxError) -> String {
            let start = i
            func digits(_ p: inout Parser) -> Int {
                let s = p.i
                while p.i < p.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.bytes[p.i]) { p.i += 1 }
                return p.i - s
            }
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count else { throw error("a number ends after -") }
            if bytes[i] == UInt8(ascii: "0") {
                i += 1
            } else if digits(&self) == 0 {
                throw error("expected digits in a number")
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard digits(&self) > 0 else { throw error("expected digits after the decimal point") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digits(&self) > 0 else { throw error("expected digits in the exponent") }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }
    }
}
