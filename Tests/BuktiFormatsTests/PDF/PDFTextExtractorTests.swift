import Foundation
import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PDFTextExtractorTests {
    @Test func tjAdjustmentsBecomeSpacesOnlyWhenWide() {
        let r = PDFTextMemoryResolver()
        let page = textPage(r, number: 1, content: "BT /F1 10 Tf 72 700 Td [(Hel) -20 (lo) -300 (World)] TJ ET")
        #expect(extractText(r, [page]).text == "Hello World")
    }

    @Test func gapBetweenRunsOnOneLineIsASpace() {
        let r = PDFTextMemoryResolver()
        // "Hello" is 5 x 5 = 25 units wide; the next run starts 30 units after the line start.
        let page = textPage(r, number: 1, content: "BT /F1 10 Tf 72 700 Td (Hello) Tj 30 0 Td (World) Tj 25 0 Td (!) Tj ET")
        #expect(extractText(r, [page]).text == "Hello World!")
    }

    @Test func baselineMovesBecomeNewlines() {
        let r = PDFTextMemoryResolver()
        let page = textPage(r, number: 1, content: "BT /F1 10 Tf 72 700 Td (Line one) Tj 0 -14 Td (Line two) Tj ET")
        #expect(extractText(r, [page]).text == "Line one\nLine two")
    }

    @Test func quoteOperatorsMoveToNextLine() {
        let r = PDFTextMemoryResolver()
        let page = textPage(r, number: 1, content: "BT /F1 10 Tf 14 TL 72 700 Td (A) Tj (B) ' 2 0 (C D) \" T* (E) Tj ET")
        #expect(extractText(r, [page]).text == "A\nB\nC D\nE")
    }

    @Test func spacesAreNeverDoubled() {
        let r = PDFTextMemoryResolver()
        let page = textPage(r, number: 1, content: "BT /F1 10 Tf 0 0 Td [(a ) -500 ( b)] TJ 0 -20 Td ( c  ) Tj ET")
        #expect(extractText(r, [page]).text == "a b\nc")
    }

    @Test func textMatrixAndCTMPlaceText() {
        let r = PDFTextMemoryResolver()
        // Scaled 2x by cm and drawn with Tm: the gap scales with the text, so no space appears inside words.
        let page = textPage(r, number: 1, content: "2 0 0 2 0 0 cm BT /F1 5 Tf 1 0 0 1 10 300 Tm (ab) Tj 1 0 0 1 10 290 Tm (cd) Tj ET")
        #expect(extractText(r, [page]).text == "ab\ncd")
    }

    @Test func inlineImageDataIsSkipped() {
        let r = PDFTextMemoryResolver()
        // The 6 raw bytes contain "EI " and "(": a scanner stopping at the first EI would read garbage.
        var content = Array("BT /F1 10 Tf 0 0 Td (Before) Tj ET\nBI /W 6 /H 1 /CS /G /BPC 8 ID ".utf8)
        content += [0x45, 0x49, 0x20, 0x28, 0x54, 0x4A]
        content += Array("\nEI\nBT /F1 10 Tf 0 -20 Td (After) Tj ET\nBI /W 2 /H 2 /F /AHx ID 00FF00FF> EI Q".utf8)
        let contents = r.addStream(1, data: content)
        let page = PDFPage(dictionary: pdfDictionary("<< /Contents \(contents) >>"),
                           resources: pdfDictionary("<< /Font << /F1 \(addPlainFont(to: r)) >> >>"))
        let result = extractText(r, [page])
        #expect(result.text == "Before\nAfter")
        #expect(result.scannedPages == 0)
    }

    @Test func formXObjectsAreFollowedAndCyclesStopped() {
        let r = PDFTextMemoryResolver()
        let font = addPlainFont(to: r)
        // Form 20 shows text, then draws form 21, which draws form 20 again.
        r.addStream(20, "<< /Type /XObject /Subtype /Form /Resources << /Font << /F1 \(font) >> /XObject << /Y 21 0 R >> >> >>",
                    text: "BT /F1 10 Tf 0 0 Td (Inside) Tj ET /Y Do")
        r.addStream(21, "<< /Subtype /Form /Matrix [1 0 0 1 0 -20] /Resources << /Font << /F1 \(font) >> /XObject << /X 20 0 R >> >> >>",
                    text: "BT /F1 10 Tf 0 0 Td (Nested) Tj ET /X Do")
        let page = textPage(r, number: 1, content: "BT /F1 10 Tf 0 100 Td (Page) Tj ET /X Do", xobjects: "/X 20 0 R")
        let result = extractText(r, [page])
        #expect(result.text == "Page\nInside\nNested")
        #expect(result.problems.contains { $0.code == .corrupt && $0.message.contains("20 0 R") })
    }

    @Test func imageOnlyPageIsScanned() {
        let r = PDFTextMemoryResolver()
        r.addStream(30, "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 >>", data: [0])
        let scan = textPage(r, number: 1, content: "q 595 0 0 842 0 0 cm /Im0 Do Q", xobjects: "/Im0 30 0 R")
        let text = textPage(r, number: 2, content: "q 10 0 0 10 0 0 cm /Im0 Do Q BT /F1 10 Tf 0 0 Td (Logo page) Tj ET",
                            xobjects: "/Im0 30 0 R")
        let blank = textPage(r, number: 3, content: "")
        let result = extractText(r, [text, scan, blank])
        #expect(result.text == "Logo page\u{0C}\u{0C}")
        #expect(result.scannedPages == 1)
        #expect(result.pagesRead == 3)
    }

    @Test func stopsAtCharacterAndPageLimits() {
        let r = PDFTextMemoryResolver()
        let one = textPage(r, number: 1, content: "BT /F1 10 Tf 0 0 Td (First page) Tj ET")
        let two = textPage(r, number: 2, content: "BT /F1 10 Tf 0 0 Td (Second) Tj ET")
        var options = ExtractionOptions()
        options.textPages = 1
        #expect(extractText(r, [one, two], options: options) == PDFTextResult(text: "First page", pagesRead: 1))
        options.textPages = 3
        options.textCharacters = 5
        #expect(extractText(r, [one, two], options: options).text == "First")
        #expect(extractText(r, [one, two], options: options).pagesRead == 1)
    }

    @Test func identityHFontWithToUnicode() {
        let r = PDFTextMemoryResolver()
        r.addStream(41, text: """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            2 beginbfchar <0001> <004B> <0002> <00E9> endbfchar
            1 beginbfrange <0003> <0004> <0070> endbfrange
            endcmap CMapName currentdict /CMap defineresource pop end end
            """)
        r.add(42, .dictionary(pdfDictionary("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Sub /DW 1000 /W [1 [600 500] 3 4 400] >>")))
        r.add(40, .dictionary(pdfDictionary("<< /Type /Font /Subtype /Type0 /BaseFont /Sub /Encoding /Identity-H /DescendantFonts [42 0 R] /ToUnicode 41 0 R >>")))
        let contents = r.addStream(1, text: "BT /F2 12 Tf 0 0 Td <00010002000300040002> Tj ET")
        let page = PDFPage(dictionary: pdfDictionary("<< /Contents \(contents) >>"),
                           resources: pdfDictionary("<< /Font << /F2 40 0 R >> >>"))
        let result = extractText(r, [page])
        #expect(result.text == "Képqé")
        #expect(result.problems.isEmpty)
    }

    @Test func unreadableFontAndStreamBecomeProblems() {
        let r = PDFTextMemoryResolver()
        r.add(50, .dictionary(pdfDictionary("<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H >>")))
        let good = r.addStream(2, text: "BT /F3 12 Tf 0 0 Td <0001> Tj ET")
        let bad = r.addStream(3, text: "")
        r.broken.insert(3)
        let page = PDFPage(dictionary: pdfDictionary("<< /Contents [\(bad) \(good)] >>"),
                           resources: pdfDictionary("<< /Font << /F3 50 0 R >> >>"))
        let result = extractText(r, [page])
        #expect(result.text == "")
        #expect(result.pagesRead == 1)
        #expect(result.problems.contains { $0.code == .unsupported && $0.message.contains("NoMap") })
        #expect(result.problems.contains { $0.code == .corrupt && $0.message.contains("page 1") })
    }

    @Test func garbageContentIsTolerated() {
        let r = PDFTextMemoryResolver()
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            var bytes = Array("BT /F1 10 Tf 0 0 Td (ok) Tj ET ".utf8)
            bytes += (0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let contents = r.addStream(1000 + round, data: bytes)
            let page = PDFPage(dictionary: pdfDictionary("<< /Contents \(contents) >>"),
                               resources: pdfDictionary("<< /Font << /F1 \(addPlainFont(to: r)) >> >>"))
            #expect(extractText(r, [page]).text.hasPrefix("ok"))
        }
    }

    @Test func passedDeadlineIsAProblem() {
        let r = PDFTextMemoryResolver()
        let page = textPage(r, number: 1, content: "BT /F1 10 Tf 0 0 Td (x) Tj ET")
        var options = ExtractionOptions()
        options.deadline = Deadline(nanoseconds: 1)
        let result = extractText(r, [page], options: options)
        #expect(result.problems.contains { $0.code == .limitExceeded })
        #expect(result.pagesRead == 0)
    }
}

@Suite struct PDFTextScannedPageTests {
    @Test func fullPageImageWithAWatermarkLineIsScanned() {
        let r = PDFTextMemoryResolver()
        r.addStream(30, "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 >>", data: [0])
        let draw = "q 595 0 0 842 0 0 cm /Im0 Do Q "
        let watermark = textPage(r, number: 1, content: draw + "BT /F1 8 Tf 400 10 Td (Scanned with CamScanner) Tj ET", xobjects: "/Im0 30 0 R")
        let ocr = textPage(r, number: 2, content: draw + "BT /F1 10 Tf 3 Tr 72 700 Td (KEPUTUSAN BUPATI CONTOH NOMOR 100.3.3.2/45/Bappeda/2024) Tj ET",
                           xobjects: "/Im0 30 0 R")
        let logo = textPage(r, number: 3, content: "q 60 0 0 60 72 760 cm /Im0 Do Q BT /F1 10 Tf 72 700 Td (Short) Tj ET", xobjects: "/Im0 30 0 R")
        #expect(extractText(r, [watermark]).scannedPages == 1)
        #expect(extractText(r, [ocr]).scannedPages == 0)
        #expect(extractText(r, [logo]).scannedPages == 0)
    }

    @Test func imageInsideAFormCountsWithItsMatrix() {
        let r = PDFTextMemoryResolver()
        r.addStream(30, "<< /Subtype /Image /Width 1 /Height 1 >>", data: [0])
        r.addStream(31, "<< /Subtype /Form /Matrix [595 0 0 842 0 0] /Resources << /XObject << /I 30 0 R >> >> >>", text: "/I Do")
        let page = textPage(r, number: 1, content: "/Fm Do BT /F1 8 Tf 0 0 Td (page 1) Tj ET", xobjects: "/Fm 31 0 R")
        #expect(extractText(r, [page]).scannedPages == 1)
    }
}
