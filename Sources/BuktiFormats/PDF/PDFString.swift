/// Decodes PDF text strings (ISO 32000-1 §7.9.2.2; ISO 32000-2 adds UTF-8): UTF-16BE with its BOM,
/// UTF-8 with its BOM, otherwise PDFDocEncoding.
public enum PDFString {
    /// The text of `bytes`: language escapes (ESC…ESC in UTF-16) removed, trailing NULs trimmed.
    public static func text(_ bytes: [UInt8]) -> String {
        var scalars: [Unicode.Scalar]
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            scalars = utf16(bytes.dropFirst(2), bigEndian: true)
        } else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            // Little-endian UTF-16 is not allowed, but some writers produce it.
            scalars = utf16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            scalars = Array(String(decoding: bytes.dropFirst(3), as: UTF8.self).unicodeScalars)
        } else {
            scalars = bytes.map { Unicode.Scalar(PDFDocEncoding.codePoints[Int($0)]) ?? "\u{FFFD}" }
        }
        while scalars.last == "\u{0}" { scalars.removeLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The text of a string object, or nil for any other object.
    public static func text(_ object: PDFObject) -> String? {
        object.stringBytes.map(text)
    }

    /// UTF-16 code units to scalars: unpaired surrogates become U+FFFD, an odd last byte is dropped,
    /// and language tags between two U+001B are skipped.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [Unicode.Scalar] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var out: [Unicode.Scalar] = []
        var inEscape = false
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\u{1B}" {
                    inEscape.toggle()
                } else if !inEscape {
                    out.append(s)
                }
            case .emptyInput: break loop
            case .error: out.append("\u{FFFD}")
            }
        }
        return out
    }
}
