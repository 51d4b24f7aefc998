import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PDFFontStandardWidthsTests {
    /// Widths from Adobe's Helvetica, Times-Bold and Courier AFM files.
    @Test func standardFacesWithoutWidths() {
        let resolver = PDFTextMemoryResolver()
        var problems: [Problem] = []
        let loader = PDFFontLoader(resolver: resolver, options: ExtractionOptions())
        let helvetica = loader.load(pdfDictionary("<< /Subtype /Type1 /BaseFont /Helvetica >>"), resourceName: "F1", problems: &problems)
        #expect(helvetica.glyphs(in: Array(" A".utf8)).map(\.advance) == [0.278, 0.667])
        // StandardEncoding's quoteright (0x27) is as wide as WinAnsi's 0x92.
        #expect(helvetica.glyphs(in: [0x27]).first?.advance == 0.222)
        let times = loader.load(pdfDictionary("<< /Subtype /TrueType /BaseFont /TimesNewRomanPS-BoldMT >>"), resourceName: "F2", problems: &problems)
        #expect(times.glyphs(in: Array("W".utf8)).first?.advance == 1.0)
        let courier = loader.load(pdfDictionary("<< /Subtype /Type1 /BaseFont /Courier-Oblique >>"), resourceName: "F3", problems: &problems)
        #expect(courier.glyphs(in: Array("i".utf8)).first?.advance == 0.6)
    }
}
