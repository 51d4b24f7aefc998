import Foundation
import Testing
import BuktiCore
@testable import BuktiFormats

/// Real files from Scripts/fixtures/pdf-text.sh; the oracle is poppler's pdftotext, stored beside them.
@Suite struct PDFTextFixtureTests {
    static let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("pdf-text")

    /// The extractor's result for fixture `name` with `options`.
    func extract(_ name: String, options: ExtractionOptions = ExtractionOptions()) throws -> PDFTextResult {
        let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent("\(name).pdf")))
        let document = try PDFDocument(source: MemorySource(bytes), options: options)
        let pages = document.pages(limit: options.textPages)
        return PDFTextExtractor(resolver: document, options: options).extract(pages: pages)
    }

    /// pdftotext's words for fixture `name`.
    func oracleWords(_ name: String) throws -> [Substring] {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("oracle/\(name).txt"), encoding: .utf8)
        return words(text)
    }

    func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    /// How much two word sequences agree: twice their longest common subsequence over their total length.
    func agreement(_ a: [Substring], _ b: [Substring]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            previous = current
        }
        return 2 * Double(previous[b.count]) / Double(a.count + b.count)
    }

    @Test(arguments: ["sk", "pages", "type1", "type3", "cid", "mixed", "scanned"])
    func wordsAgreeWithPdftotext(_ name: String) throws {
        let result = try extract(name)
        let score = agreement(words(result.text), try oracleWords(name))
        #expect(score >= 0.97, "\(name): agreement \(score)\n\(result.text)")
    }

    @Test func skHeadingReadsInOrderAtTheTop() throws {
        let result = try extract("sk")
        let lines = result.text.split(separator: "\n").prefix(4).map(String.init)
        #expect(lines == ["KEPUTUSAN BUPATI CONTOH", "NOMOR 100.3.3.2/45/Bappeda/2024", "TENTANG",
                          "PENETAPAN INOVASI DAERAH KABUPATEN CONTOH TAHUN 2024"])
        for word in ["café,", "résumé,", "naïve", "Désirée.", "“kutipan”", "‘petik’.", "—", "Antrean"] {
            #expect(result.text.contains(word), "missing \(word)")
        }
        #expect(result.scannedPages == 0)
        #expect(result.problems.isEmpty)
    }

    @Test func type1StandardEncodedTextWithoutToUnicode() throws {
        let result = try extract("type1")
        #expect(result.text.hasPrefix("KEPUTUSAN BUPATI CONTOH\nNOMOR 100.3.3.2/45/Bappeda/2024\nTENTANG"))
        #expect(result.text.contains("café, résumé, naïve."))
    }

    @Test func type3FontByGlyphNames() throws {
        // ghostscript writes no /ToUnicode here: the text comes from the /Differences glyph names.
        let result = try extract("type3")
        #expect(result.text == "KEPUTUSAN BUPATI\nTENTANG")
        #expect(result.problems.isEmpty)
    }

    @Test func identityHFontText() throws {
        let result = try extract("cid")
        #expect(result.text.contains("Nilai α ≤ β untuk Ōtsuka, Şişli dan ţară ĀĒĪŌŪ."))
    }

    @Test func scannedPagesHaveNoText() throws {
        let scanned = try extract("scanned")
        #expect(scanned.scannedPages == 1)
        #expect(scanned.text.isEmpty)
        let mixed = try extract("mixed")
        #expect(mixed.scannedPages == 1)
        #expect(mixed.pagesRead == 2)
        #expect(mixed.text.hasPrefix("KEPUTUSAN BUPATI CONTOH"))
        #expect(mixed.text.hasSuffix("2024.\u{0C}"))
    }

    @Test func pageAndCharacterLimits() throws {
        let three = try extract("pages")
        #expect(three.pagesRead == 3)
        #expect(three.text.components(separatedBy: "\u{0C}") == (1...3).map { "Halaman nomor \($0) dari lima halaman uji." })
        var options = ExtractionOptions()
        options.textPages = 5
        options.textCharacters = 62
        let cut = try extract("pages", options: options)
        let line = { (n: Int) in "Halaman nomor \(n) dari lima halaman uji." }
        #expect(cut.text == String((line(1) + "\u{0C}" + line(2)).prefix(62)))
        #expect(cut.pagesRead == 2)
    }
}

/// Damaged copies of the real fixtures: extraction returns what it can and never traps or hangs.
@Suite struct PDFTextDamageTests {
    func extract(_ bytes: [UInt8]) -> PDFTextResult? {
        var options = ExtractionOptions()
        options.deadline = .after(seconds: 10)
        guard let document = try? PDFDocument(source: MemorySource(bytes), options: options) else { return nil }
        return PDFTextExtractor(resolver: document, options: options).extract(pages: document.pages(limit: options.textPages))
    }

    func fixture(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: PDFTextFixtureTests.directory.appendingPathComponent("\(name).pdf")))
    }

    @Test(arguments: ["sk", "cid", "type1", "mixed"])
    func truncatedFiles(_ name: String) throws {
        let bytes = try fixture(name)
        for fraction in [0.2, 0.5, 0.8, 0.95] {
            let cut = Array(bytes.prefix(Int(Double(bytes.count) * fraction)))
            if let result = extract(cut) { #expect(result.text.count <= ExtractionOptions().textCharacters) }
        }
    }

    @Test(arguments: ["sk", "cid", "type1"])
    func overwrittenBytes(_ name: String) throws {
        let bytes = try fixture(name)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            var damaged = bytes
            let start = Int.random(in: 0..<damaged.count - 64, using: &generator)
            for i in start..<start + 64 { damaged[i] = UInt8.random(in: 0...255, using: &generator) }
            _ = extract(damaged)
        }
    }
}
