/// Turns a glyph name (from an /Encoding /Differences array) into the text it stands for.
enum PDFGlyphName {
    /// The text of glyph `name`, or nil when the name carries no character (`.notdef`, `g12`, `cid34`).
    ///
    /// Follows the Adobe Glyph List specification: a suffix after `.` is dropped, `_` joins ligature
    /// components, `uniXXXX[XXXX...]` and `uXXXX[XX]` give code points directly. Names of the form
    /// `gNN`, `glyphNN`, `cidNN` and `indexNN` number glyphs inside a font program and say nothing
    /// about characters, so they yield nil; `Cdd`/`cddd` (decimal) and `Gxx` (hex) are the code-named
    /// glyphs some generators write and are read as the character code they name.
    static func text(_ name: String) -> String? {
        if name.isEmpty || name == ".notdef" { return nil }
        let base = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
        if base.isEmpty { return nil }
        if base.contains("_") {
            let parts = base.split(separator: "_").map { component(String($0)) }
            if parts.isEmpty || parts.contains(where: { $0 == nil }) { return nil }
            return parts.compactMap { $0 }.joined()
        }
        return component(base)
    }

    /// One ligature component (no `_`, no suffix).
    private static func component(_ name: String) -> String? {
        if let value = PDFGlyphNames.unicode[name] { return scalarText(UInt32(value)) }
        if let text = uniSequence(name) ?? uForm(name) { return text }
        if isGlyphIndexName(name) { return nil }
        return codeNamed(name)
    }

    /// `uniXXXX` followed by further groups of four hex digits, each one UTF-16 code unit sequence
    /// naming BMP characters other than surrogates.
    private static func uniSequence(_ name: String) -> String? {
        guard name.hasPrefix("uni") else { return nil }
        let hex = Array(name.utf8.dropFirst(3))
        guard !hex.isEmpty, hex.count % 4 == 0, hex.count <= 64 else { return nil }
        var text = ""
        for start in stride(from: 0, to: hex.count, by: 4) {
            guard let v = hexValue(hex[start..<start + 4]), !(0xD800...0xDFFF).contains(v),
                let s = scalarText(v)
            else { return nil }
            text += s
        }
        return text
    }

    /// `uXXXX` to `uXXXXXX`: one code point.
    private static func uForm(_ name: String) -> String? {
        guard name.hasPrefix("u"), !name.hasPrefix("uni") || name.utf8.count <= 7 else { return nil }
        let hex = Array(name.utf8.dropFirst(1))
        guard (4...6).contains(hex.count), let v = hexValue(hex[...]), !(0xD800...0xDFFF).contains(v)
        else { return nil }
        return scalarText(v)
    }

    /// Prefixes of names that number glyphs rather than characters.
    private static let glyphIndexPrefixes = ["glyph", "index", "cid", "g", "gid"]

    /// True for `g12`, `glyph12`, `cid12`, `index12`.
    private static func isGlyphIndexName(_ name: String) -> Bool {
        glyphIndexPrefixes.contains { prefix in
            name.hasPrefix(prefix) && name.count > prefix.count
                && name.dropFirst(prefix.count).allSatisfy { $0.isASCII && $0.isNumber }
        }
    }

    /// `Cdd`, `cddd` (decimal) or `Gxx` (hex): a glyph named after its character code.
    private static func codeNamed(_ name: String) -> String? {
        let bytes = Array(name.utf8)
        guard let first = bytes.first else { return nil }
        let digits = bytes.dropFirst()
        switch first {
        case UInt8(ascii: "C"), UInt8(ascii: "c"):
            guard (2...3).contains(digits.count), digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let v = UInt32(String(decoding: digits, as: UTF8.self)), v >= 0x20
            else { return nil }
            return scalarText(v)
        case UInt8(ascii: "G"):
            guard digits.count == 2, let v = hexValue(digits), v >= 0x20 else { return nil }
            return scalarText(v)
        default:
            return nil
        }
    }

    /// The value of a run of hex digits, or nil when any is not one.
    static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var v: UInt32 = 0
        for c in digits {
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }

    /// A one-scalar string, or nil for a value that is not a Unicode scalar.
    static func scalarText(_ value: UInt32) -> String? {
        Unicode.Scalar(value).map { String(Character($0)) }
    }
}
