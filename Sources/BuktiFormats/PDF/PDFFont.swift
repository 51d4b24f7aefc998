/// What the text extractor knows about one font: how its strings split into codes, what text each
/// code stands for and how far each glyph advances (ISO 32000-1 §9.2-9.10).
struct PDFFont: Sendable {
    /// How a shown string splits into character codes.
    enum CodeSplit: Sendable {
        /// Simple fonts: every byte is a code.
        case oneByte
        /// Identity-H/V and the UCS-2 CMaps: every two bytes are a code.
        case twoBytes
        /// An embedded encoding CMap's code space.
        case cmap(PDFCMap)
    }

    /// One glyph of a shown string.
    struct Glyph: Sendable, Equatable {
        /// The text the glyph stands for; nil when the font does not say.
        var text: String?
        /// Horizontal (or, for vertical fonts, vertical) displacement in text-space units per unit font size.
        var advance: Double
        /// True for the single-byte code 32, the only code word spacing (Tw) applies to.
        var isWordSpace: Bool
    }

    /// /BaseFont (or the resource name), for problem messages.
    var name: String = ""
    var split: CodeSplit = .oneByte
    /// /ToUnicode, which takes precedence over everything else.
    var toUnicode: PDFCMap?
    /// For simple fonts: the /Encoding with /Differences applied.
    var encoding: PDFEncoding?
    /// For composite fonts whose CMap is UCS-2 or UTF-16: the code is the character.
    var codeIsUnicode = false
    /// For composite fonts with an embedded CMap: code -> CID.
    var cidMap: PDFCMap?
    /// Simple fonts: widths from /FirstChar, in glyph-space units.
    var firstChar = 0
    var widths: [Double] = []
    /// Composite fonts: /W widths by CID, and /DW.
    var cidWidths: [UInt32: Double] = [:]
    var defaultWidth: Double = 1000
    /// /MissingWidth, or a guess for codes outside /Widths.
    var missingWidth: Double = 500
    /// Glyph space -> text space: 1/1000 except for Type 3 fonts, which give a /FontMatrix.
    var glyphScale: Double = 0.001
    /// How tall the em is in text space per unit font size (Type 3 fonts may differ from 1).
    var emHeight: Double = 1
    /// Identity-V and other vertical CMaps: glyphs advance down the page.
    var isVertical = false

    /// The glyphs of `bytes`, in order.
    func glyphs(in bytes: [UInt8]) -> [Glyph] {
        switch split {
        case .oneByte:
            return bytes.map { byte in
                let code = UInt32(byte)
                return Glyph(text: text(for: code), advance: advance(code: code, cid: code), isWordSpace: byte == 32)
            }
        case .twoBytes:
            var result: [Glyph] = []
            result.reserveCapacity(bytes.count / 2 + 1)
            var i = 0
            while i < bytes.count {
                let code = i + 1 < bytes.count ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i])
                result.append(Glyph(text: text(for: code), advance: advance(code: code, cid: code), isWordSpace: false))
                i += 2
            }
            return result
        case .cmap(let cmap):
            return cmap.codes(in: bytes, fallbackLength: 2).map { item in
                let cid = cmap.cid(for: item.code) ?? item.code
                return Glyph(text: text(for: item.code), advance: advance(code: item.code, cid: cid),
                             isWordSpace: item.length == 1 && item.code == 32)
            }
        }
    }

    /// The text for one code: /ToUnicode first, then the encoding, then a Unicode code itself.
    func text(for code: UInt32) -> String? {
        if let t = toUnicode?.text(for: code) { return t }
        if let encoding, code < 256 { return encoding.text[Int(code)] }
        if codeIsUnicode { return PDFGlyphName.scalarText(code) }
        return nil
    }

    /// The advance of one glyph in text-space units per unit font size.
    func advance(code: UInt32, cid: UInt32) -> Double {
        if !isComposite {
            let index = Int(code) - firstChar
            let w = index >= 0 && index < widths.count ? widths[index] : missingWidth
            return w * glyphScale
        }
        return (cidWidths[cid] ?? defaultWidth) * glyphScale
    }

    /// True for Type 0 fonts (codes select CIDs, not glyph names).
    var isComposite: Bool {
        if case .oneByte = split { return false }
        return true
    }
}
