/// A simple font's map from one-byte codes to text: a base encoding with /Differences applied
/// (ISO 32000-1 §9.6.6).
struct PDFEncoding: Sendable, Equatable {
    /// Text per code 0...255; nil where the code maps to no character.
    var text: [String?]
    /// Glyph names in /Differences that name no character (`g12`, `cid3`, made-up names).
    var unmappedNames: Int = 0

    /// The predefined encodings a font's /Encoding or /BaseEncoding can name.
    static let named: [String: [UInt16]] = [
        "StandardEncoding": PDFEncodingTables.standard,
        "WinAnsiEncoding": PDFEncodingTables.winAnsi,
        "MacRomanEncoding": PDFEncodingTables.macRoman,
        "PDFDocEncoding": PDFDocEncoding.codePoints,  // one table, shared with text strings
        "SymbolEncoding": PDFEncodingTables.symbol,
    ]

    /// The encoding built from a table of scalars.
    init(table: [UInt16]) {
        text = table.map { $0 == 0 ? nil : PDFGlyphName.scalarText(UInt32($0)) }
    }

    /// Codes read as Latin-1 characters: what symbolic TrueType fonts without an encoding usually mean.
    static var latin1: PDFEncoding {
        PDFEncoding(table: (0..<256).map { $0 < 0x20 ? 0 : UInt16($0) })
    }

    /// Applies a /Differences array: a code followed by the glyph names of consecutive codes.
    mutating func apply(differences: [PDFObject]) {
        var code = -1
        for item in differences {
            if let start = item.integer {
                code = start
            } else if let name = item.name {
                if (0..<256).contains(code) {
                    let mapped = PDFGlyphName.text(name)
                    if mapped == nil && name != ".notdef" { unmappedNames += 1 }
                    text[code] = mapped
                }
                if code >= 0 { code += 1 }
            }
        }
    }
}
