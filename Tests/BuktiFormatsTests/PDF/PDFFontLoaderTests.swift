import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PDFFontLoaderTests {
    let resolver = PDFTextMemoryResolver()

    func load(_ dictionary: String) -> (PDFFont, [Problem]) {
        var problems: [Problem] = []
        let font = PDFFontLoader(resolver: resolver, options: ExtractionOptions())
            .load(pdfDictionary(dictionary), resourceName: "F1", problems: &problems)
        return (font, problems)
    }

    func text(_ font: PDFFont, _ bytes: [UInt8]) -> String {
        font.glyphs(in: bytes).compactMap(\.text).joined()
    }

    @Test func type1DifferencesOverStandardEncoding() {
        resolver.add(5, .array([.integer(39), .name("quotesingle"), .integer(128), .name("Euro"), .name("scaron")]))
        let (font, problems) = load("<< /Subtype /Type1 /BaseFont /ABCDEF+Helvetica /Encoding << /Type /Encoding /Differences 5 0 R >> >>")
        #expect(text(font, [0x27, 0x60, 0x80, 0x81, 0xAE]) == "'\u{2018}€šﬁ")
        #expect(problems.isEmpty)
    }

    @Test func baseEncodingNamesAndUnknownNames() {
        let (mac, _) = load("<< /Subtype /Type1 /Encoding << /BaseEncoding /MacRomanEncoding /Differences [65 /g7] >> >>")
        #expect(text(mac, [0x8E, 0x41, 0x42]) == "éB")
        let (odd, problems) = load("<< /Subtype /Type1 /BaseFont /Odd /Encoding /NoSuchEncoding >>")
        #expect(text(odd, [0x41]) == "A")
        #expect(problems.contains { $0.code == .unsupported && $0.message.contains("NoSuchEncoding") })
    }

    @Test func trueTypeDefaults() {
        let (plain, _) = load("<< /Subtype /TrueType /BaseFont /Arial /FontDescriptor << /Flags 32 >> >>")
        #expect(text(plain, [0x93, 0x41, 0x94]) == "\u{201C}A\u{201D}")
        let (symbolic, _) = load("<< /Subtype /TrueType /BaseFont /Wingdings /FontDescriptor << /Flags 4 >> >>")
        #expect(text(symbolic, [0x41, 0xE9]) == "Aé")
        let (symbol, _) = load("<< /Subtype /Type1 /BaseFont /Symbol >>")
        #expect(text(symbol, [0x61, 0x62]) == "αβ")
    }

    @Test func toUnicodeOverridesEncoding() {
        resolver.addStream(9, text: "1 beginbfchar <41> <0042> endbfchar")
        let (font, _) = load("<< /Subtype /TrueType /Encoding /WinAnsiEncoding /ToUnicode 9 0 R >>")
        #expect(text(font, [0x41, 0x43]) == "BC")
    }

    @Test func widthsAndSpacing() {
        let (font, _) = load("<< /Subtype /Type1 /FirstChar 32 /Widths [250 0 0 600] /FontDescriptor << /MissingWidth 333 >> >>")
        #expect(font.glyphs(in: [32, 35, 90]).map(\.advance) == [0.25, 0.6, 0.333])
        #expect(font.glyphs(in: [32, 35]).map(\.isWordSpace) == [true, false])
    }

    @Test func type3UsesItsFontMatrix() {
        let (font, _) = load("<< /Subtype /Type3 /FontMatrix [0.01 0 0 0.01 0 0] /FirstChar 65 /Widths [50 60] /Encoding << /Differences [65 /A /B] >> >>")
        #expect(text(font, [65, 66]) == "AB")
        #expect(font.glyphs(in: [65]).first?.advance == 0.5)
    }

    @Test func compositeWidthsFromW() {
        resolver.add(21, .dictionary(pdfDictionary("<< /Subtype /CIDFontType2 /DW 900 /W [1 [100 200] 10 12 300 20 [400]] >>")))
        resolver.addStream(22, text: "1 beginbfrange <0001> <0002> <0061> endbfrange")
        let (font, problems) = load("<< /Subtype /Type0 /Encoding /Identity-H /DescendantFonts [21 0 R] /ToUnicode 22 0 R >>")
        #expect(font.glyphs(in: [0, 1, 0, 2, 0, 11, 0, 20, 0, 5]).map(\.advance) == [0.1, 0.2, 0.3, 0.4, 0.9])
        #expect(text(font, [0, 1, 0, 2]) == "ab")
        #expect(problems.isEmpty)
    }

    @Test func predefinedUnicodeCMapNeedsNoToUnicode() {
        let (font, problems) = load("<< /Subtype /Type0 /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Subtype /CIDFontType0 >>] >>")
        #expect(text(font, [0x4E, 0x2D, 0x00, 0x41]) == "中A")
        #expect(problems.isEmpty)
        let (vertical, _) = load("<< /Subtype /Type0 /Encoding /Identity-V /DescendantFonts [] >>")
        #expect(vertical.isVertical)
    }

    @Test func embeddedEncodingCMapSplitsCodes() {
        resolver.addStream(30, text: "2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange 1 begincidrange <8000> <80FF> 500 endcidrange")
        resolver.addStream(31, text: "2 beginbfchar <41> <0041> <8001> <00E9> endbfchar")
        let (font, _) = load("<< /Subtype /Type0 /Encoding 30 0 R /ToUnicode 31 0 R /DescendantFonts [<< /W [501 [250]] >>] >>")
        #expect(text(font, [0x41, 0x80, 0x01]) == "Aé")
        #expect(font.glyphs(in: [0x80, 0x01]).first?.advance == 0.25)
    }

    @Test func hugeWidthRangesAreBounded() {
        let widths = PDFFontLoader(resolver: resolver, options: ExtractionOptions())
            .cidWidths([.integer(0), .integer(Int.max), .integer(5), .integer(Int.max), .array([.integer(1)])])
        #expect(widths.count <= PDFFontLoader.maxWidthEntries + 1)
    }
}
