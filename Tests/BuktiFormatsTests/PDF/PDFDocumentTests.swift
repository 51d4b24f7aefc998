import Testing
import BuktiCore
@testable import BuktiFormats

@Suite struct PDFDocumentTests {
    static let trailer = "/Root 1 0 R /Info 3 0 R"

    @Test func synthetic() throws {
        let document = try PDFCoreFixtures.document(PDFTestBuilder.simple(pages: 3).build(trailer: Self.trailer))
        #expect(document.problems == [])
        #expect(document.version == "1.4")
        #expect(document.pageCount == 3)
        #expect(document.info?.title == "Judul")
        let pages = document.pages(limit: 2)
        #expect(pages.count == 2)
        // /Resources and /MediaBox are inherited from the page-tree node.
        #expect(pages.first?.resources?["Font"]?.dictionary?["F1"] == .reference(PDFReference(4, 0)))
    }

    @Test(arguments: PDFCoreFixtures.all)
    func pagesAndResourcesOfRealFiles(name: String) throws {
        let document = try PDFCoreFixtures.document(try PDFCoreFixtures.bytes(name))
        let expected = try #require(Int(try PDFCoreFixtures.pdfinfo(name)["Pages"] ?? ""))
        let pages = document.pages(limit: 100)
        #expect(pages.count == expected)
        for page in pages {
            #expect(page.resources?["Font"] != nil)
            #expect(page.dictionary["MediaBox"]?.array?.count == 4)
            // Every page's content stream decodes (Flate, or plain in the qdf file).
            if let contents = document.resolve(page.dictionary["Contents"] ?? .null).stream {
                let data = try document.decodedData(of: contents)
                #expect(data.firstIndex(of: "BT") != nil)
            }
        }
    }

    @Test func catalogVersionOverridesHeaderWhenHigher() throws {
        var b = PDFTestBuilder.simple()
        b.objects[0] = (1, Array("<< /Type /Catalog /Pages 2 0 R /Version /1.7 >>".utf8))
        #expect(try PDFCoreFixtures.document(b.build(trailer: Self.trailer)).version == "1.7")
        b.objects[0] = (1, Array("<< /Type /Catalog /Pages 2 0 R /Version /1.3 >>".utf8))
        #expect(try PDFCoreFixtures.document(b.build(trailer: Self.trailer)).version == "1.4")
    }

    @Test func linearizedFlagFollowsPdfinfo() throws {
        for name in ["linearized", "lo"] {
            let document = try PDFCoreFixtures.document(try PDFCoreFixtures.bytes(name))
            #expect(document.isLinearized == (try PDFCoreFixtures.pdfinfo(name)["Optimized"] == "yes"), "\(name)")
        }
    }

    @Test func linearizedFileWithAnAppendedUpdateIsNoLongerLinearized() throws {
        var bytes = try PDFCoreFixtures.bytes("linearized")
        bytes += Array("\n% appended\n".utf8)
        #expect(try PDFCoreFixtures.document(bytes).isLinearized == false)
    }

    @Test func incrementalUpdateNewestWins() throws {
        let document = try PDFCoreFixtures.document(try PDFCoreFixtures.bytes("updated"))
        let oracle = try PDFCoreFixtures.pdfinfo("updated")
        #expect(document.info?.title == oracle["Title"])
        #expect(document.info?.author == oracle["Author"])
        #expect(document.trailer["Prev"] != nil)
    }

    @Test func prevCycleStops() throws {
        var bytes = try PDFCoreFixtures.bytes("lo")
        let oldStart = try #require(PDFXrefChain.startxref(in: PDFFile(source: MemorySource(bytes), options: .init())))
        // A new empty section whose /Prev is the original, and the original's /Prev pointing back to it.
        let newOffset = bytes.count
        let checksum = try #require(bytes.lastIndex(of: "/DocChecksum"))
        let end = try #require(bytes.firstIndex(of: ">>", from: checksum))
        let replacement = Array("/Prev \(newOffset)".utf8)
        bytes.replaceSubrange(checksum..<end, with: replacement + Array(repeating: 0x20, count: end - checksum - replacement.count))
        bytes += Array("xref\n0 0\ntrailer\n<< /Size 20 /Root 18 0 R /Info 19 0 R /Prev \(oldStart) >>\nstartxref\n\(newOffset)\n%%EOF\n".utf8)
        let document = try PDFCoreFixtures.document(bytes)
        let oracle = try PDFCoreFixtures.pdfinfo("lo")
        #expect(document.info?.title == oracle["Title"])
        #expect(document.pageCount == Int(oracle["Pages"] ?? ""))
        #expect(!document.problems.contains { $0.code == .repaired })
    }

    @Test func startxrefPointingToGarbageIsRepaired() throws {
        var bytes = try PDFCoreFixtures.bytes("lo")
        let at = try #require(bytes.lastIndex(of: "startxref"))
        let digits = at + 10
        // Point startxref at byte 5 (inside the header), keeping the file length.
        var end = digits
        while bytes[end] >= 0x30 && bytes[end] <= 0x39 { end += 1 }
        bytes.replaceSubrange(digits..<end, with: Array("5".utf8) + Array(repeating: 0x20, count: end - digits - 1))
        let facts = PDFCoreFixtures.extract(bytes)
        let oracle = try PDFCoreFixtures.pdfinfo("lo")
        #expect(facts.problems.map(\.code) == [.repaired])
        #expect(facts.title == oracle["Title"])
        #expect(facts.pages == Int(oracle["Pages"] ?? ""))
    }

    @Test(arguments: ["lo", "objstm", "updated"])
    func shiftedOffsetsAreRepaired(name: String) throws {
        var bytes = try PDFCoreFixtures.bytes(name)
        // Bytes inserted after the header move every object away from its xref offset.
        let header = try #require(bytes.firstIndex(of: "\n"))
        bytes.insert(contentsOf: Array("% inserted by a broken mailer\n".utf8), at: header + 1)
        let facts = PDFCoreFixtures.extract(bytes)
        let oracle = try PDFCoreFixtures.pdfinfo(name)
        #expect(facts.problems.map(\.code) == [.repaired])
        #expect(facts.title == oracle["Title"])
        #expect(facts.author == oracle["Author"])
        #expect(facts.pages == Int(oracle["Pages"] ?? ""))
    }

    /// A linearized file keeps a first-page `startxref` and `%%EOF` near its start, so a cut copy still
    /// has both in its tail: truncation is told from the scan ending inside an object.
    @Test(arguments: ["lo", "linearized", "objstm"], [0.98, 0.9, 0.6, 0.3])
    func truncatedFilesKeepWhatCanBeRead(name: String, fraction: Double) throws {
        let whole = try PDFCoreFixtures.bytes(name)
        let bytes = Array(whole.prefix(Int(Double(whole.count) * fraction)))
        let facts = PDFCoreFixtures.extract(bytes)
        #expect(facts.has(.truncated))
        #expect(facts.pdfVersion == (try PDFCoreFixtures.pdfinfo(name))["PDF version"])
    }

    @Test func truncatedJustBeforeStartxrefStillReadsMetadata() throws {
        let whole = try PDFCoreFixtures.bytes("lo")
        let at = try #require(whole.lastIndex(of: "startxref"))
        let facts = PDFCoreFixtures.extract(Array(whole.prefix(at)))
        let oracle = try PDFCoreFixtures.pdfinfo("lo")
        #expect(facts.has(.truncated))
        #expect(facts.title == oracle["Title"])
        #expect(facts.pages == Int(oracle["Pages"] ?? ""))
    }

    @Test func emptyFileIsEmpty() {
        #expect(PDFCoreFixtures.extract([]).problems.map(\.code) == [.empty])
    }

    @Test func garbageIsCorruptNotACrash() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = Array("%PDF-1.4\n".utf8) + (0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let facts = PDFCoreFixtures.extract(bytes)
            #expect(facts.has(.corrupt))
        }
    }

    @Test func flippedBytesNeverCrash() throws {
        let whole = try PDFCoreFixtures.bytes("objstm")
        var generator = SplitMix(seed: 146)  // seeded: a failure reproduces
        for _ in 0..<30 {
            var bytes = whole
            for _ in 0..<20 { bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            let facts = PDFCoreFixtures.extract(bytes)
            #expect(DamageOutcome.violations(facts).isEmpty, "\(DamageOutcome.violations(facts))")
        }
    }
}

@Suite struct PDFDocumentTailTests {
    @Test func junkAppendedAfterEOFIsIgnored() throws {
        var bytes = try PDFCoreFixtures.bytes("lo")
        bytes += (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let facts = PDFCoreFixtures.extract(bytes)
        #expect(facts.problems == [])
        #expect(facts.title == (try PDFCoreFixtures.pdfinfo("lo"))["Title"])
    }
}

@Suite struct PDFDocumentLeadingJunkTests {
    /// Offsets count from `%PDF-` when a mail gateway has prepended header lines, as poppler reads them.
    @Test(arguments: ["lo", "objstm", "linearized", "updated"])
    func offsetsCountFromTheHeader(name: String) throws {
        let bytes = Array("X-Junk: 1\r\n\r\n".utf8) + (try PDFCoreFixtures.bytes(name))
        let facts = PDFCoreFixtures.extract(bytes)
        let oracle = try PDFCoreFixtures.pdfinfo(name)
        #expect(facts.problems == [])
        #expect(facts.title == oracle["Title"])
        #expect(facts.pages == Int(oracle["Pages"] ?? ""))
        #expect(facts.pdfVersion == oracle["PDF version"])
        // The linearization dictionary's /L no longer matches the file's length.
        #expect(facts.linearized == false)
    }
}
