/// Splits PDF bytes (an object body, a content stream, a CMap) into tokens. Never traps on garbage:
/// anything it cannot make sense of becomes a keyword or is skipped, and the input always advances.
public struct PDFLexer: Sendable {
    /// The bytes being read; `bytes[0]` lies at file offset `baseOffset`.
    public let bytes: [UInt8]
    /// File offset of `bytes[0]` (0 for a content stream read on its own).
    public let baseOffset: Int
    /// Index in `bytes` of the next byte to read; settable so callers can skip raw data (inline images).
    public var position: Int
    /// Index in `bytes` where the last token returned by `nextToken` began.
    public private(set) var tokenStart: Int = 0

    /// Keywords longer than this are cut (the rest of the run is skipped) so garbage cannot grow memory.
    static let maxKeywordLength = 256

    public init(bytes: [UInt8], baseOffset: Int = 0, position: Int = 0) {
        self.bytes = bytes
        self.baseOffset = baseOffset
        self.position = max(0, min(position, bytes.count))
    }

    /// True once every byte has been read.
    public var atEnd: Bool { position >= bytes.count }

    /// The next token, or `.end` at the end of the input.
    public mutating func nextToken() -> PDFToken {
        skipWhitespaceAndComments()
        tokenStart = position
        guard position < bytes.count else { return .end }
        let c = bytes[position]
        switch c {
        case 0x2F:  // /
            position += 1
            return .name(readName())
        case 0x28:  // (
            position += 1
            return .string(readLiteralString())
        case 0x3C:  // <
            if peek(1) == 0x3C {
                position += 2
                return .dictionaryStart
            }
            position += 1
            return .hexString(readHexString())
        case 0x3E:  // >
            if peek(1) == 0x3E {
                position += 2
                return .dictionaryEnd
            }
            position += 1
            return .keyword(">")
        case 0x5B:
            position += 1
            return .arrayStart
        case 0x5D:
            position += 1
            return .arrayEnd
        case 0x7B, 0x7D, 0x29:  // { } and a stray )
            position += 1
            return .keyword(String(UnicodeScalar(c)))
        case 0x2B, 0x2D, 0x2E, 0x30...0x39:  // + - . digits
            return readNumber()
        default:
            return .keyword(readKeyword())
        }
    }

    /// Skips whitespace and `%` comments.
    public mutating func skipWhitespaceAndComments() {
        while position < bytes.count {
            let c = bytes[position]
            if PDFCharacter.isWhitespace(c) {
                position += 1
            } else if c == 0x25 {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// The byte `ahead` places after the current one, if any.
    func peek(_ ahead: Int) -> UInt8? {
        let i = position + ahead
        return i < bytes.count ? bytes[i] : nil
    }

    /// A number: optional signs, digits, at most one point. Lone signs or points read as 0 (as pdf.js
    /// does), and integers too large for `Int` become reals.
    private mutating func readNumber() -> PDFToken {
        var negative = false
        // Writers sometimes emit "--5" or "+-5": take the last sign.
        while position < bytes.count, bytes[position] == 0x2D || bytes[position] == 0x2B {
            negative = bytes[position] == 0x2D
            position += 1
        }
        var integer = 0
        var overflow = false
        var digits = 0
        var seenPoint = false
        let start = position
        while position < bytes.count {
            let c = bytes[position]
            if PDFCharacter.isDigit(c) {
                digits += 1
                if !seenPoint {
                    let (m, o1) = integer.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(Int(c - 0x30))
                    overflow = overflow || o1 || o2
                    integer = s
                }
            } else if c == 0x2E && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            position += 1
        }
        if digits == 0 { return .integer(0) }
        if seenPoint || overflow {
            // strtod via Double(String) rounds correctly; the text is digits and one point only.
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            let value = Double(text.hasPrefix(".") ? "0" + text : text) ?? 0
            return .real(negative ? -value : value)
        }
        return .integer(negative ? -integer : integer)
    }

    /// A name's characters after the slash, `#xx` decoded; UTF-8 when valid, Latin-1 otherwise.
    private mutating func readName() -> String {
        var out: [UInt8] = []
        while position < bytes.count, PDFCharacter.isRegular(bytes[position]) {
            let c = bytes[position]
            if c == 0x23, let h = peek(1).flatMap(PDFCharacter.hexValue), let l = peek(2).flatMap(PDFCharacter.hexValue)
            {
                out.append(h << 4 | l)
                position += 3
                continue
            }
            out.append(c)
            position += 1
        }
        return Self.string(fromNameBytes: out)
    }

    /// Name bytes as a String: UTF-8 when valid, otherwise each byte as a Latin-1 character.
    static func string(fromNameBytes bytes: [UInt8]) -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        return String(String.UnicodeScalarView(bytes.map { UnicodeScalar($0) }))
    }

    /// A literal string's bytes after the opening `(`: escapes decoded, balanced parentheses kept,
    /// bare CR and CRLF read as LF. An unterminated string ends at the end of the input.
    private mutating func readLiteralString() -> [UInt8] {
        var out: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let c = bytes[position]
            position += 1
            switch c {
            case 0x28:
                depth += 1
                out.append(c)
            case 0x29:
                depth -= 1
                if depth == 0 { return out }
                out.append(c)
            case 0x0D:
                if peek(0) == 0x0A { position += 1 }
                out.append(0x0A)
            case 0x5C:
                readEscape(into: &out)
            default:
                out.append(c)
            }
        }
        return out
    }

    /// Single-character escapes after a backslash (ISO 32000-1 Table 3).
    private static let escapes: [UInt8: UInt8] = [
        0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0C, 0x28: 0x28, 0x29: 0x29, 0x5C: 0x5C,
    ]

    /// The escape after a backslash: known letters, 1-3 octal digits, a line continuation, or else the
    /// character itself (the backslash is dropped, as the spec says).
    private mutating func readEscape(into out: inout [UInt8]) {
        guard position < bytes.count else { return }
        let c = bytes[position]
        position += 1
        if let e = Self.escapes[c] {
            out.append(e)
        } else if c >= 0x30 && c <= 0x37 {
            var v = Int(c - 0x30)
            for _ in 0..<2 {
                guard let n = peek(0), n >= 0x30 && n <= 0x37 else { break }
                v = v * 8 + Int(n - 0x30)
                position += 1
            }
            out.append(UInt8(truncatingIfNeeded: v))
        } else if c == 0x0D {
            if peek(0) == 0x0A { position += 1 }
        } else if c == 0x0A {
            // line continuation: nothing
        } else {
            out.append(c)
        }
    }

    /// A hex string's bytes after the `<`: whitespace and stray characters ignored, an odd final digit
    /// padded with 0. An unterminated string ends at the end of the input.
    private mutating func readHexString() -> [UInt8] {
        var out: [UInt8] = []
        var high: UInt8?
        while position < bytes.count {
            let c = bytes[position]
            position += 1
            if c == 0x3E { break }
            guard let v = PDFCharacter.hexValue(c) else { continue }
            if let h = high {
                out.append(h << 4 | v)
                high = nil
            } else {
                high = v
            }
        }
        if let h = high { out.append(h << 4) }
        return out
    }

    /// A run of regular characters (at most `maxKeywordLength` kept).
    private mutating func readKeyword() -> String {
        let start = position
        while position < bytes.count, PDFCharacter.isRegular(bytes[position]) { position += 1 }
        if position == start { position += 1 }  // cannot happen for a regular byte, but never stall
        let end = min(position, start + Self.maxKeywordLength)
        return Self.string(fromNameBytes: Array(bytes[start..<end]))
    }
}
