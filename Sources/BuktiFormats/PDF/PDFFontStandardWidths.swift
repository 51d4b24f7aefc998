/// Widths for the standard 14 fonts (and their common Windows aliases) when a PDF names one without
/// /Widths, as old producers did: without them, gaps between positioned words cannot be measured.
enum PDFFontStandardWidths {
    /// WinAnsi code by character, to look a character's width up in `PDFFontMetrics`.
    private static let winAnsiCodes: [String: Int] = {
        var codes: [String: Int] = [:]
        for (code, text) in PDFEncoding(table: PDFEncodingTables.winAnsi).text.enumerated() {
            if let text, codes[text] == nil { codes[text] = code }
        }
        return codes
    }()

    /// Widths by code 0...255 for `baseFont` drawn with `encoding`, or nil when it is not a standard face.
    static func widths(baseFont: String, encoding: PDFEncoding) -> [Double]? {
        let plain = baseFont.split(separator: "+", maxSplits: 1).last.map(String.init) ?? baseFont
        let bold = plain.contains("Bold")
        let slanted = plain.contains("Italic") || plain.contains("Oblique")
        let face: String
        if plain.hasPrefix("Courier") {
            return [Double](repeating: 600, count: 256)
        } else if plain.hasPrefix("Helvetica") || plain.hasPrefix("Arial") {
            face = "Helvetica" + (bold || slanted ? "-" : "") + (bold ? "Bold" : "") + (slanted ? "Oblique" : "")
        } else if plain.hasPrefix("Times") {
            face = "Times-" + (bold ? "Bold" : "") + (slanted ? "Italic" : "") + (bold || slanted ? "" : "Roman")
        } else {
            return nil
        }
        guard let table = PDFFontMetrics.winAnsiWidths[face] else { return nil }
        return encoding.text.map { text in
            guard let text, let code = winAnsiCodes[text] else { return 0 }
            return Double(table[code])
        }
    }
}
