import Foundation

/// Decodes 8-bit strings stored in a Windows code page (property sets, BIFF5 labels).
enum CodePage {
    static let utf16 = 1200

    /// Windows code page numbers and the Foundation encodings that decode them.
    static let encodings: [Int: String.Encoding] = [
        1200: .utf16LittleEndian,
        1250: .windowsCP1250,
        1251: .windowsCP1251,
        1252: .windowsCP1252,
        1253: .windowsCP1253,
        1254: .windowsCP1254,
        10000: .macOSRoman,
        20127: .ascii,
        28591: .isoLatin1,
        65001: .utf8,
    ]

    /// `bytes` as text in `codePage`; an unknown code page or invalid bytes fall back to cp1252
    /// (and then Latin-1, which decodes any byte) so a value is never lost.
    static func decode(_ bytes: [UInt8], codePage: Int) -> String {
        if let encoding = encodings[codePage], let text = String(bytes: bytes, encoding: encoding) {
            return text
        }
        return String(bytes: bytes, encoding: .windowsCP1252)
            ?? String(bytes: bytes, encoding: .isoLatin1) ?? ""
    }
}
