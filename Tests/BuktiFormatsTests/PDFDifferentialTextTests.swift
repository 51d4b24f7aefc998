import Foundation
import Testing
import BuktiCore
@testable import BuktiFormats

/// bukti's PDF text against poppler's `pdftotext` and against the words pdf.sh wrote, on the fixture corpus.
@Suite struct PDFDifferentialTextTests {
    static let pdftotext = "/usr/bin/pdftotext"

    /// Share of pdftotext's distinct words (4+ letters or digits) that bukti's text must contain too.
    /// Layout differences (reading order, line joins) move words around but should not lose them.
    static let minimumCoverage = 0.97

    /// Phrases pdf.sh put into the source documents, per fixture; the producers differ (LibreOffice,
    /// Ghostscript's re-encoded fonts, qpdf object streams, encryption, a damaged xref).
    @Test(arguments: [
        ("lo-sop-posyandu.pdf", ["PELAYANAN POSYANDU REMAJA CERDAS", "Nomor SOP", "Waktu", "Kelengkapan"]),
        // Table cells are separate text objects 0.11 em apart: a word break, as in pdftotext.
        ("lo-dpa-dinkes.pdf", ["DPA-SKPD", "Dinas Kesehatan", "Kode Rekening", "JUMLAH",
                               "5.1.02.01.01.0052 Belanja Makanan", "5.1.02.04.01.0001 Belanja Perjalanan"]),
        // The Javanese glyphs LibreOffice's font lacks come from /ActualText in marked content.
        ("lo-aksara.pdf", ["«Café Literasi»", "Éka Wulandarí", "“Membaca adalah jendela dunia”", "ꦱꦸꦏꦩꦸꦭꦾ."]),
        ("lo-laporan-5-halaman.pdf", ["LAPORAN PELAKSANAAN INOVASI DAERAH", "BAB II GAMBARAN UMUM INOVASI"]),
        ("gs-pdf14.pdf", ["KEPUTUSAN BUPATI CONTOH", "PEMBENTUKAN TIM INOVASI DAERAH"]),
        ("gs-rewrite.pdf", ["NOTA DINAS", "Indeks Inovasi"]),
        ("qpdf-object-streams.pdf", ["KEPUTUSAN BUPATI CONTOH", "TENTANG"]),
        ("qpdf-rc4-40.pdf", ["KEPUTUSAN BUPATI CONTOH", "TENTANG"]),
        ("qpdf-aes-256.pdf", ["KEPUTUSAN BUPATI CONTOH", "TENTANG"]),
        ("damaged-shifted-offsets.pdf", ["LAPORAN PELAKSANAAN INOVASI DAERAH"]),
    ])
    func textHasThePhrasesPdfShWrote(name: String, phrases: [String]) throws {
        guard let facts = PDFDifferentialTests.inspect(try PDFDifferentialTests.fixture(name)) else { return }
        let text = facts.text ?? ""
        for phrase in phrases {
            #expect(text.contains(phrase), "\(name) lacks «\(phrase)»: \(text.prefix(200))")
        }
    }

    /// Every fixture with text: bukti's words cover pdftotext's on the same first pages.
    @Test func wordsAgreeWithPdftotext() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.pdftotext) else {
            Issue.record("\(Self.pdftotext) not found: install poppler-utils")
            return
        }
        let pages = ExtractionOptions().textPages
        var lines: [String] = []
        for file in try PDFDifferentialTests.fixtures() {
            guard let reference = try Self.popplerText(file, pages: pages) else { continue }
            let theirs = Self.words(reference)
            guard !theirs.isEmpty else { continue }
            guard let facts = PDFDifferentialTests.inspect(file) else { return }
            let mine = Self.words(facts.text ?? "")
            let missing = theirs.subtracting(mine)
            let coverage = Double(theirs.count - missing.count) / Double(theirs.count)
            lines.append(String(format: "%@ %.3f", file.lastPathComponent, coverage))
            #expect(
                coverage >= Self.minimumCoverage,
                "\(file.lastPathComponent): \(missing.count) of \(theirs.count) words missing: \(missing.sorted().prefix(20))")
        }
        print("PDF text coverage of pdftotext's words: " + lines.joined(separator: ", "))
        #expect(lines.count >= 15, "too few fixtures with text")
    }

    /// Distinct runs of 4 or more letters or digits.
    static func words(_ text: String) -> Set<String> {
        var out = Set<String>()
        var current = ""
        for character in text + " " {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if current.count >= 4 { out.insert(current) }
                current = ""
            }
        }
        return out
    }

    /// `pdftotext -l PAGES -enc UTF-8 FILE -`, nil when poppler cannot read the file.
    static func popplerText(_ file: URL, pages: Int) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = ["-l", String(pages), "-enc", "UTF-8", file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
