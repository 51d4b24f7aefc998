import Testing
import BuktiCore
@testable import BuktiFormats

/// Each safety limit becomes a problem and the work done so far is kept.
@Suite struct PDFLimitsTests {
    static let trailer = "/Root 1 0 R /Info 3 0 R"

    @Test func inflatedStreamSize() throws {
        var options = ExtractionOptions()
        options.maxInflatedBytes = 64
        // objstm.pdf keeps its catalog and Info inside Flate object streams larger than 64 bytes.
        let facts = PDFCoreFixtures.extract(try PDFCoreFixtures.bytes("objstm"), options: options)
        #expect(facts.has(.limitExceeded))
        #expect(facts.pdfVersion != nil)
    }

    @Test func objectNestingDepth() throws {
        var b = PDFTestBuilder.simple()
        b.objects[2] = (3, Array(("<< /Title (T) /Deep " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + " >>").utf8))
        let facts = PDFCoreFixtures.extract(b.build(trailer: Self.trailer))
        #expect(facts.problems.map(\.code) == [.limitExceeded])
        #expect(facts.pages == 2)
        #expect(facts.title == nil)
    }

    @Test func xrefChainLength() throws {
        var options = ExtractionOptions()
        options.maxChainLength = 1
        let facts = PDFCoreFixtures.extract(try PDFCoreFixtures.bytes("updated"), options: options)
        #expect(facts.has(.limitExceeded))
        // The newest section (exiftool's update) was read: its Info is the new one.
        #expect(facts.title == (try PDFCoreFixtures.pdfinfo("updated"))["Title"])
    }

    @Test func referenceDepth() throws {
        var b = PDFTestBuilder.simple(title: "20 0 R")
        for n in 20..<120 { b.add(n, "\(n + 1) 0 R") }
        b.add(120, "(Akhir)")
        let document = try PDFCoreFixtures.document(b.build(trailer: Self.trailer))
        #expect(document.info?.title == nil)
        #expect(document.problems.map(\.code) == [.limitExceeded])
        // A short chain resolves.
        #expect(document.resolve(.reference(PDFReference(100, 0))) == .string(Array("Akhir".utf8)))
    }

    @Test func referenceCycle() throws {
        var b = PDFTestBuilder.simple(title: "20 0 R")
        b.add(20, "21 0 R")
        b.add(21, "20 0 R")
        let document = try PDFCoreFixtures.document(b.build(trailer: Self.trailer))
        #expect(document.info?.title == nil)
        #expect(document.pageCount == 2)
    }

    @Test func pageTreeNodes() throws {
        let document = try PDFCoreFixtures.document(PDFTestBuilder.simple(pages: 8).build(trailer: Self.trailer))
        document.maxPageTreeNodes = 4
        #expect(document.pages(limit: 100).count == 3)  // the root node plus three pages
        #expect(document.problems.map(\.code) == [.limitExceeded])
    }

    @Test func pageTreeCycle() throws {
        var b = PDFTestBuilder.simple(pages: 2)
        b.objects[1] = (2, Array("<< /Type /Pages /Kids [10 0 R 2 0 R 11 0 R 5 0 R] /Count 2 >>".utf8))
        b.add(5, "<< /Type /Pages /Kids [2 0 R] /Count 0 >>")
        let document = try PDFCoreFixtures.document(b.build(trailer: Self.trailer))
        #expect(document.pages(limit: 100).count == 2)
        #expect(document.problems.map(\.code) == [.corrupt])
    }

    @Test func pageCountThatLiesIsCounted() throws {
        var b = PDFTestBuilder.simple(pages: 3)
        b.objects[1] = (2, Array("<< /Type /Pages /Kids [10 0 R 11 0 R 12 0 R] /Count 40 >>".utf8))
        let document = try PDFCoreFixtures.document(b.build(trailer: Self.trailer))
        #expect(document.pageCount == 3)
        #expect(document.problems.map(\.code) == [.repaired])
    }

    @Test func missingPageCountIsCounted() throws {
        var b = PDFTestBuilder.simple(pages: 3)
        b.objects[1] = (2, Array("<< /Type /Pages /Kids [10 0 R 11 0 R 12 0 R] >>".utf8))
        let document = try PDFCoreFixtures.document(b.build(trailer: Self.trailer))
        #expect(document.pageCount == 3)
    }

    @Test func deadline() throws {
        var options = ExtractionOptions()
        options.deadline = Deadline(nanoseconds: 1)
        let facts = PDFCoreFixtures.extract(try PDFCoreFixtures.bytes("lo"), options: options)
        #expect(facts.has(.limitExceeded))
    }

    @Test func deadlineDuringRebuild() throws {
        var options = ExtractionOptions()
        options.deadline = Deadline(nanoseconds: 1)
        let (bytes, _) = PDFTestBuilder.simple().body()
        let facts = PDFCoreFixtures.extract(bytes, options: options)
        #expect(facts.has(.limitExceeded))
    }
}
