import BuktiCore

/// Reads the built-in encoding of an embedded Type 1 font program (/FontFile): the cleartext part
/// before `eexec` holds `/Encoding StandardEncoding def` or `dup CODE /name put` entries.
/// TeX and other subsetting producers rely on it and often give no /ToUnicode.
enum PDFFontBuiltinEncoding {
    /// Only the cleartext header is read; real ones are a few kilobytes.
    static let maxHeaderBytes = 65_536

    /// The encoding in `program`, or nil when it has none or uses StandardEncoding (the usual default).
    static func parse(_ program: [UInt8], options: ExtractionOptions) -> PDFEncoding? {
        let header = Array(program.prefix(maxHeaderBytes))
        var lexer = PDFLexer(bytes: header)
        var seenEncoding = false
        var encoding = PDFEncoding(table: [UInt16](repeating: 0, count: 256))
        var entries = 0
        // The last three tokens: `dup CODE /name put` completes at `put`.
        var window: [PDFToken] = []
        while true {
            let token = lexer.nextToken()
            if token == .end || token.isKeyword("eexec") || token.isKeyword("currentfile") { break }
            if !seenEncoding {
                if token == .name("Encoding") { seenEncoding = true }
                continue
            }
            if token.isKeyword("StandardEncoding") && entries == 0 { return nil }
            if token.isKeyword("put"), window.count == 3, window[0].isKeyword("dup"),
                case .integer(let code) = window[1], case .name(let name) = window[2], (0..<256).contains(code)
            {
                encoding.text[code] = PDFGlyphName.text(name)
                entries += 1
            }
            if token.isKeyword("def") && entries > 0 { break }
            window.append(token)
            if window.count > 3 { window.removeFirst() }
        }
        return entries > 0 ? encoding : nil
    }
}
