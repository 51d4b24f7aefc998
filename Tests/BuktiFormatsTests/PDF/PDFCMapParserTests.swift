import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PDFCMapParserTests {
    /// A ToUnicode CMap wrapped the way PDF producers write it.
    func cmap(_ body: String) -> PDFCMap {
        PDFCMapParser.parse(Array("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            \(body)
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """.utf8))
    }

    @Test func bfcharSingleAndLigatureDestinations() {
        let map = cmap("3 beginbfchar\n<0003> <0041>\n<0004> <00660069>\n<0005> <0066 0066 006C>\nendbfchar")
        #expect(map.text(for: 3) == "A")
        #expect(map.text(for: 4) == "fi")
        #expect(map.text(for: 5) == "ffl")
        #expect(map.text(for: 6) == nil)
    }

    @Test func surrogatePairsDecode() {
        let map = cmap("1 beginbfchar <0007> <D835DC00> endbfchar 1 beginbfrange <0010> <0011> <D835DC00> endbfrange")
        #expect(map.text(for: 7) == "\u{1D400}")
        #expect(map.text(for: 0x11) == "\u{1D401}")
    }

    @Test func bfrangeIncrementingForm() {
        let map = cmap("1 beginbfrange\n<0020> <007E> <0020>\nendbfrange\n1 beginbfrange <00E0> <00E2> <00C0> endbfrange")
        #expect(map.text(for: 0x41) == "A")
        #expect(map.text(for: 0x7E) == "~")
        #expect(map.text(for: 0x7F) == nil)
        #expect(map.text(for: 0xE1) == "Á")
    }

    @Test func bfrangeArrayForm() {
        let map = cmap("1 beginbfrange <0100> <0102> [<0061> <00660069> <D835DC00>] endbfrange")
        #expect(map.text(for: 0x100) == "a")
        #expect(map.text(for: 0x101) == "fi")
        #expect(map.text(for: 0x102) == "\u{1D400}")
        #expect(map.text(for: 0x103) == nil)
    }

    @Test func codespaceSplitsMixedLengths() {
        let map = cmap("2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange")
        let codes = map.codes(in: [0x41, 0x81, 0x40, 0x42, 0x9F], fallbackLength: 2)
        #expect(codes.map(\.code) == [0x41, 0x8140, 0x42, 0x9F])
        #expect(codes.map(\.length) == [1, 2, 1, 1])
    }

    @Test func twoByteCodespaceAndFallback() {
        let map = cmap("1 begincodespacerange <0000> <FFFF> endcodespacerange")
        #expect(map.codes(in: [0, 1, 0, 2, 7], fallbackLength: 1).map(\.code) == [1, 2, 7])
        #expect(PDFCMap().codes(in: [1, 2, 3], fallbackLength: 1).map(\.code) == [1, 2, 3])
    }

    @Test func cidMappings() {
        let map = cmap("1 begincidrange <0000> <00FF> 100 endcidrange 1 begincidchar <41> 7 endcidchar")
        #expect(map.cid(for: 5) == 105)
        #expect(map.cid(for: 0x41) == 7)
        #expect(map.cid(for: 0x100) == nil)
    }

    @Test func usecmapAndDamageAreTolerated() {
        let map = cmap("/Adobe-Japan1-UCS2 usecmap\n2 beginbfchar <01> <0041> <02> endbfchar ) >> ] 1 beginbfchar <03> <0043> endbfchar")
        #expect(map.text(for: 1) == "A")
        #expect(map.text(for: 3) == "C")
        let garbage = PDFCMapParser.parse((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        #expect(garbage.text.count < 5000)
    }

    @Test func reversedRangeIsIgnored() {
        let map = cmap("1 beginbfrange <0050> <0040> <0041> endbfrange")
        #expect(map.isEmptyTextMap)
    }
}
