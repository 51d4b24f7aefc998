import Testing
@testable import BuktiFormats

@Suite struct PDFTextBuilderTests {
    let right = PDFTextPoint(x: 1, y: 0)

    /// Adds `text` as one glyph spanning `width` from (x, y), size 10, horizontal.
    func add(_ b: inout PDFTextBuilder, _ text: String?, _ x: Double, _ y: Double, width: Double = 5) {
        b.add(text, start: PDFTextPoint(x: x, y: y), end: PDFTextPoint(x: x + width, y: y), direction: right, size: 10)
    }

    @Test func gapsWiderThanATenthOfAnEmAreSpaces() {
        var b = PDFTextBuilder(limit: 100)
        add(&b, "a", 0, 0)
        add(&b, "b", 5 + 0.9, 0)       // 0.09 em: loose kerning
        add(&b, "c", 10.9 + 1.1, 0)    // 0.11 em: LibreOffice's gap between table cells
        #expect(b.result == "ab c")
    }

    @Test func jumpsBackPastAFifthOfAnEmAreSpaces() {
        var b = PDFTextBuilder(limit: 100)
        add(&b, "V", 0, 0)
        add(&b, "A", 5 - 1.5, 0)       // -0.15 em: a tight kerning pair
        add(&b, "x", 8.5 - 2.5, 0)     // -0.25 em: text drawn back over the line
        #expect(b.result == "VA x")
    }

    @Test func baselineShiftsAndTurnsAreNewlines() {
        var b = PDFTextBuilder(limit: 100)
        add(&b, "a", 0, 0)
        add(&b, "b", 5, 3)             // superscript: 0.3 em up, same line
        add(&b, "c", 0, -12)
        b.add("d", start: PDFTextPoint(x: 5, y: -12), end: PDFTextPoint(x: 5, y: -7), direction: PDFTextPoint(x: 0, y: 1), size: 10)
        #expect(b.result == "ab\nc\nd")
    }

    @Test func whiteSpaceIsCollapsedAndControlsDropped() {
        var b = PDFTextBuilder(limit: 100)
        add(&b, " ", 0, 0)
        add(&b, "a", 5, 0)
        add(&b, "\t", 10, 0)
        add(&b, " ", 15, 0)
        add(&b, "\u{01}b", 40, 0)
        add(&b, " ", 0, -20)
        #expect(b.result == "a b")
    }

    @Test func unknownGlyphsStillAdvance() {
        var b = PDFTextBuilder(limit: 100)
        add(&b, "a", 0, 0)
        add(&b, nil, 5, 0)
        add(&b, "b", 10, 0)
        #expect(b.result == "ab")
    }

    @Test func pagesAndLimit() {
        var b = PDFTextBuilder(limit: 4)
        add(&b, "ab", 0, 0)
        b.pageBreak()
        #expect(b.pageCharacters == 0)
        add(&b, "cdef", 0, 0)
        #expect(b.isFull)
        #expect(b.result == "ab\u{0C}c")
    }
}
