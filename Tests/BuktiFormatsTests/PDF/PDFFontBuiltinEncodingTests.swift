import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PDFFontBuiltinEncodingTests {
    /// The cleartext header of a Type 1 program, laid out as in the Adobe Type 1 Font Format (§2.3).
    static let header = """
        %!PS-AdobeFont-1.0: CMMI10 003.002
        11 dict begin
        /FontInfo 7 dict dup begin /FullName (CMMI10) readonly def end readonly def
        /FontName /ABCDEF+CMMI10 def
        /Encoding 256 array
        0 1 255 {1 index exch /.notdef put} for
        dup 58 /period put
        dup 59 /comma put
        dup 97 /a put
        dup 174 /alpha put
        readonly def
        currentdict end
        currentfile eexec
        """

    @Test func dupPutEntriesBecomeTheEncoding() throws {
        let encoding = try #require(PDFFontBuiltinEncoding.parse(Array(Self.header.utf8) + [0x80, 0x01, 0xFF], options: ExtractionOptions()))
        #expect(encoding.text[58] == ".")
        #expect(encoding.text[59] == ",")
        #expect(encoding.text[174] == "α")
        #expect(encoding.text[65] == nil)
    }

    @Test func standardEncodingProgramsKeepTheDefault() {
        let program = "%!PS-AdobeFont-1.0: Plain\n/Encoding StandardEncoding def\ncurrentfile eexec\n"
        #expect(PDFFontBuiltinEncoding.parse(Array(program.utf8), options: ExtractionOptions()) == nil)
    }

    @Test func embeddedProgramWinsOverStandardWhenNoBaseEncoding() {
        let resolver = PDFTextMemoryResolver()
        resolver.addStream(7, text: Self.header)
        var problems: [Problem] = []
        let font = PDFFontLoader(resolver: resolver, options: ExtractionOptions()).load(
            pdfDictionary("<< /Subtype /Type1 /BaseFont /ABCDEF+CMMI10 /FontDescriptor << /Flags 4 /FontFile 7 0 R >> /Encoding << /Differences [97 /b] >> >>"),
            resourceName: "F1", problems: &problems)
        #expect(font.glyphs(in: [58, 97]).compactMap(\.text) == [".", "b"])
    }
}
