import Testing
@testable import BuktiFormats

/// Spot checks against the tables of ISO 32000-1 Annex D (D.2, D.4, D.5) and the Adobe Glyph List.
@Suite struct PDFEncodingTests {
    func text(_ table: [UInt16], _ code: Int) -> String? { PDFEncoding(table: table).text[code] }

    @Test func winAnsi() {
        let t = PDFEncodingTables.winAnsi
        #expect(text(t, 0x41) == "A")
        #expect(text(t, 0x27) == "'")          // quotesingle
        #expect(text(t, 0x60) == "`")          // grave
        #expect(text(t, 0x80) == "€")
        #expect(text(t, 0x8A) == "Š")
        #expect(text(t, 0x93) == "\u{201C}")
        #expect(text(t, 0x96) == "\u{2013}")
        #expect(text(t, 0x97) == "\u{2014}")
        #expect(text(t, 0xE9) == "é")
        #expect(text(t, 0xFF) == "ÿ")
    }

    @Test func standard() {
        let t = PDFEncodingTables.standard
        #expect(text(t, 0x27) == "\u{2019}")   // quoteright
        #expect(text(t, 0x60) == "\u{2018}")   // quoteleft
        #expect(text(t, 0xAE) == "\u{FB01}")   // fi
        #expect(text(t, 0xAF) == "\u{FB02}")   // fl
        #expect(text(t, 0xB7) == "\u{2022}")   // bullet
        #expect(text(t, 0xE1) == "Æ")
        #expect(text(t, 0xF5) == "ı")          // dotlessi
        #expect(text(t, 0xE9) == "Ø")
        #expect(text(t, 0x80) == nil)
    }

    @Test func macRoman() {
        let t = PDFEncodingTables.macRoman
        #expect(text(t, 0x80) == "Ä")
        #expect(text(t, 0x8E) == "é")
        #expect(text(t, 0xA5) == "\u{2022}")
        #expect(text(t, 0xD2) == "\u{201C}")
        #expect(text(t, 0xDE) == "\u{FB01}")
        #expect(text(t, 0xDF) == "\u{FB02}")
        #expect(text(t, 0xE7) == "Á")
    }

    @Test func pdfDocAndSymbol() {
        #expect(text(PDFDocEncoding.codePoints, 0x18) == "\u{02D8}")  // breve
        #expect(text(PDFDocEncoding.codePoints, 0x80) == "\u{2022}")
        #expect(text(PDFDocEncoding.codePoints, 0xA0) == "€")
        #expect(text(PDFEncodingTables.symbol, 0x61) == "α")
        #expect(text(PDFEncodingTables.symbol, 0x70) == "π")
        #expect(text(PDFEncodingTables.symbol, 0xB9) == "\u{2260}")  // notequal
    }

    @Test func differencesReplaceBaseCodes() {
        var e = PDFEncoding(table: PDFEncodingTables.winAnsi)
        e.apply(differences: [.integer(65), .name("Aacute"), .name("uni0131"), .name("f_i"), .integer(200), .name("g12"), .name("space")])
        #expect(e.text[65] == "Á")
        #expect(e.text[66] == "ı")
        #expect(e.text[67] == "fi")
        #expect(e.text[68] == "D")
        #expect(e.text[200] == nil)
        #expect(e.text[201] == " ")
        #expect(e.unmappedNames == 1)
    }

    @Test func glyphNames() {
        #expect(PDFGlyphName.text("eacute") == "é")
        #expect(PDFGlyphName.text("quotedblright") == "\u{201D}")
        #expect(PDFGlyphName.text("endash") == "\u{2013}")
        #expect(PDFGlyphName.text("ffi") == "\u{FB03}")
        #expect(PDFGlyphName.text("uni00E9") == "é")
        #expect(PDFGlyphName.text("uni00660069") == "fi")
        #expect(PDFGlyphName.text("uniD800") == nil)
        #expect(PDFGlyphName.text("u1D400") == "\u{1D400}")
        #expect(PDFGlyphName.text("a.sc") == "a")
        #expect(PDFGlyphName.text("f_f_i.liga") == "ffi")
        #expect(PDFGlyphName.text("g12") == nil)
        #expect(PDFGlyphName.text("cid34") == nil)
        #expect(PDFGlyphName.text("glyph7") == nil)
        #expect(PDFGlyphName.text("C65") == "A")
        #expect(PDFGlyphName.text("G41") == "A")
        #expect(PDFGlyphName.text(".notdef") == nil)
        #expect(PDFGlyphName.text("madeUpName") == nil)
    }
}
