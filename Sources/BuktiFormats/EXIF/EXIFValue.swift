import Foundation

/// One decoded tag value: only the shapes bukti needs from the tags it reads.
enum EXIFValue: Equatable, Sendable {
    case text(String)
    case integer(Int64)
    case integers([UInt64])
    case rationals([Double])
    case bytes([UInt8])

    var text: String? { if case .text(let s) = self { s } else { nil } }
    var integer: Int64? { if case .integer(let n) = self { n } else { nil } }
    var integers: [UInt64]? { if case .integers(let n) = self { n } else { nil } }
    var rationals: [Double]? { if case .rationals(let r) = self { r } else { nil } }
    var bytes: [UInt8]? { if case .bytes(let b) = self { b } else { nil } }
}

/// Text as EXIF stores it: NUL-terminated, usually ASCII, sometimes UTF-8, occasionally Latin-1.
enum EXIFText {
    /// The text up to the first NUL, trimmed; nil when nothing is left.
    static func decode(_ bytes: some Collection<UInt8>) -> String? {
        let content = Array(bytes.prefix { $0 != 0 })
        let text = String(validating: content, as: UTF8.self) ?? latin1(content)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Bytes read as ISO 8859-1, which every byte sequence is.
    static func latin1(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return String(scalars)
    }

    /// Character-code prefixes of UserComment (EXIF 2.32 table 9) and how the rest is encoded.
    static let commentCodes: [(prefix: [UInt8], utf16: Bool)] = [
        (Array("ASCII\0\0\0".utf8), false),
        (Array("UNICODE\0".utf8), true),
        (Array("JIS\0\0\0\0\0".utf8), false),
        ([0, 0, 0, 0, 0, 0, 0, 0], false),
    ]

    /// A UserComment: an 8-byte character-code prefix, then the text (UTF-16 in the TIFF byte order).
    static func comment(_ bytes: [UInt8], bigEndian: Bool) -> String? {
        guard bytes.count >= 8 else { return decode(bytes) }
        let prefix = Array(bytes[0..<8])
        let body = bytes[8...]
        guard let code = commentCodes.first(where: { $0.prefix == prefix }) else { return decode(bytes) }
        guard code.utf16 else { return decode(body) }
        let reader = MediaBytes(Array(body), bigEndian: bigEndian)
        let units = stride(from: 0, to: reader.count - 1, by: 2).compactMap { reader.u16($0) }
        let text = String(decoding: units.prefix { $0 != 0 }, as: UTF16.self)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
