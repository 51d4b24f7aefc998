/// One lexical token of PDF syntax (ISO 32000-1 §7.2), as found in object bodies, content streams and CMaps.
public enum PDFToken: Sendable, Equatable {
    case integer(Int)
    case real(Double)
    /// A name without its slash, `#xx` escapes decoded.
    case name(String)
    /// A literal `( )` string after escape decoding.
    case string([UInt8])
    /// A hex `< >` string's bytes (an odd final digit is padded with 0).
    case hexString([UInt8])
    case arrayStart
    case arrayEnd
    case dictionaryStart
    case dictionaryEnd
    /// Any other run of regular characters: `obj`, `R`, `true`, `null`, content-stream operators,
    /// and the stray delimiters `{`, `}`, `)`, `>` kept as one-character keywords.
    case keyword(String)
    /// The end of the input.
    case end

    /// True for the keyword `text`.
    public func isKeyword(_ text: String) -> Bool {
        if case .keyword(let k) = self { k == text } else { false }
    }
}

/// Character classes of PDF syntax (ISO 32000-1 §7.2.2, Tables 1 and 2).
enum PDFCharacter {
    /// NUL, TAB, LF, FF, CR, SPACE.
    static func isWhitespace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0x00
    }

    /// `( ) < > [ ] { } / %`.
    static func isDelimiter(_ c: UInt8) -> Bool {
        switch c {
        case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: true
        default: false
        }
    }

    /// Neither whitespace nor a delimiter.
    static func isRegular(_ c: UInt8) -> Bool { !isWhitespace(c) && !isDelimiter(c) }

    /// The value of a hex digit, or nil.
    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x41...0x46: c - 0x41 + 10
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
