import Foundation
import Testing
import BuktiCore
@testable import BuktiFormats

/// /ActualText in marked content (ISO 32000-1 §14.9.4) replaces the glyphs painted inside the sequence.
/// The real-software case (LibreOffice's Javanese in lo-aksara.pdf) is checked against pdftotext in
/// PDFDifferentialTextTests; these cover the forms other writers use and the damaged ones.
@Suite struct PDFMarkedContentTests {
    /// The text of one page drawing `content` with font F1 and `/Properties` entries `properties`.
    func text(_ content: String, properties: String = "", setUp: (PDFTextMemoryResolver) -> Void = { _ in }) -> PDFTextResult {
        let r = PDFTextMemoryResolver()
        setUp(r)
        let font = addPlainFont(to: r)
        let contents = r.addStream(1, text: content)
        let resources = pdfDictionary("<< /Font << /F1 \(font) >> /Properties << \(properties) >> >>")
        let page = PDFPage(dictionary: pdfDictionary("<< /Type /Page /Contents \(contents) >>"), resources: resources)
        return extractText(r, [page])
    }

    @Test func inlineActualTextReplacesTheGlyphs() {
        // UTF-16BE "fi" for the one ligature glyph Q, as writers do for ligatures.
        let result = text("BT /F1 10 Tf 0 0 Td (ef) Tj /Span <</ActualText <FEFF00660069>>> BDC (Q) Tj EMC (cient) Tj ET")
        #expect(result.text == "efficient")
        #expect(result.problems.isEmpty)
    }

    @Test func namedPropertyListFromTheResources() {
        let result = text("BT /F1 10 Tf 0 0 Td (ef) Tj /Span /MC0 BDC (QQ) Tj EMC (cient) Tj ET",
                          properties: "/MC0 << /ActualText (fi) >>")
        #expect(result.text == "efficient")
        let indirect = text("BT /F1 10 Tf 0 0 Td (ef) Tj /Span /MC1 BDC (Q) Tj EMC (cient) Tj ET",
                            properties: "/MC1 7 0 R", setUp: { $0.add(7, .dictionary(pdfDictionary("<< /ActualText (fi) >>"))) })
        #expect(indirect.text == "efficient")
    }

    @Test func otherMarkedContentLeavesGlyphsAlone() {
        // Tagged PDF marks every paragraph; optional content names an OCG in /Properties.
        let result = text("/P <</MCID 0>> BDC BT /F1 10 Tf 0 0 Td (Tagged) Tj ET EMC /OC /oc1 BDC BT /F1 10 Tf 0 -20 Td (Layer) Tj ET EMC /Artifact BMC EMC",
                          properties: "/oc1 << /Type /OCG /Name (Layer) >>")
        #expect(result.text == "Tagged\nLayer")
    }

    @Test func theOutermostActualTextStandsForNestedContent() {
        let result = text("BT /F1 10 Tf 0 0 Td /Span <</ActualText (whole)>> BDC (a) Tj /Span <</ActualText (inner)>> BDC (b) Tj EMC /X BMC (c) Tj EMC (d) Tj EMC ( tail) Tj ET")
        #expect(result.text == "whole tail")
    }

    @Test func actualTextOverNoGlyphIsDropped() {
        let result = text("BT /F1 10 Tf 0 0 Td /Span <</ActualText (ghost)>> BDC EMC (ab) Tj ET")
        #expect(result.text == "ab")
    }

    @Test func unbalancedEMCIsIgnored() {
        let result = text("EMC EMC BT /F1 10 Tf 0 0 Td (ab) Tj /Span <</ActualText (cd)>> BDC (QQ) Tj EMC EMC (ef) Tj ET")
        #expect(result.text == "abcdef")
    }

    @Test func sequenceLeftOpenEndsWithThePage() {
        let r = PDFTextMemoryResolver()
        let first = textPage(r, number: 1, content: "BT /F1 10 Tf 0 0 Td (ab) Tj /Span <</ActualText (cd)>> BDC (Q) Tj ET")
        let second = textPage(r, number: 2, content: "BT /F1 10 Tf 0 0 Td (next) Tj ET")
        #expect(extractText(r, [first, second]).text == "abcd\u{0C}next")
    }

    @Test func sequenceLeftOpenEndsWithItsForm() {
        let r = PDFTextMemoryResolver()
        let font = addPlainFont(to: r)
        r.addStream(20, "<< /Subtype /Form /Resources << /Font << /F1 \(font) >> >> >>",
                    text: "/Span <</ActualText (fi)>> BDC BT /F1 10 Tf 0 0 Td (Q) Tj ET")
        let page = textPage(r, number: 1, content: "/X Do BT /F1 10 Tf 0 -20 Td (after) Tj ET", xobjects: "/X 20 0 R")
        #expect(extractText(r, [page]).text == "fi\nafter")
    }

    @Test func nestingPastTheBoundStillPairsEveryEMC() {
        // Sequences opened past maxDepth are counted, so their EMCs do not close the outer ActualText.
        let deep = PDFMarkedContent.maxDepth + 44
        let opens = String(repeating: "/X BMC ", count: deep)
        let closes = String(repeating: "EMC ", count: deep)
        let result = text("BT /F1 10 Tf 0 0 Td /Span <</ActualText (fi)>> BDC (Q) Tj \(opens)(QQ) Tj \(closes)(Q) Tj EMC (ne) Tj ET")
        #expect(result.text == "fine")
    }

    @Test func stackStateAfterEachOperator() {
        var marked = PDFMarkedContent()
        #expect(marked.end() == nil)
        marked.begin(actualText: nil)
        marked.begin(actualText: "x")
        #expect(marked.isReplacing && marked.depth == 2)
        let a = PDFTextPoint(x: 0, y: 0), b = PDFTextPoint(x: 5, y: 0), c = PDFTextPoint(x: 9, y: 0)
        marked.cover(start: a, end: b, direction: PDFTextPoint(x: 1, y: 0), size: 10)
        marked.cover(start: b, end: c, direction: PDFTextPoint(x: 1, y: 0), size: 12)
        let done = marked.end()
        #expect(done == PDFMarkedContent.Replacement(text: "x", start: a, end: c, direction: PDFTextPoint(x: 1, y: 0), size: 12))
        #expect(!marked.isReplacing && marked.depth == 1)
        #expect(marked.end() == nil && marked.depth == 0)
    }

    @Test func closingLeftoversTakesTheReplacementAlong() {
        var marked = PDFMarkedContent()
        marked.begin(actualText: nil)
        marked.begin(actualText: "x")
        for _ in 0..<(PDFMarkedContent.maxDepth + 1000) { marked.begin(actualText: nil) }
        let a = PDFTextPoint(x: 0, y: 0)
        marked.cover(start: a, end: a, direction: PDFTextPoint(x: 1, y: 0), size: 10)
        #expect(marked.close(downTo: 1)?.text == "x")
        #expect(marked.depth == 1 && !marked.isReplacing)
        #expect(marked.close(downTo: 5) == nil && marked.depth == 1)
        #expect(marked.close(downTo: -3) == nil && marked.depth == 0)
    }
}
