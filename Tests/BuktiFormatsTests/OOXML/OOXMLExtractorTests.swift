import BuktiCore
import Foundation
import Testing
@testable import BuktiFormats

/// Expected strings are the ones Scripts/fixtures/office.sh wrote into the sources.
@Suite struct OOXMLExtractorTests {
    @Test func registeredForWordExcelPowerPoint() {
        for kind in [FileKind.docx, .xlsx, .pptx] { #expect(Formats.extractor(for: kind) is OOXMLExtractor) }
    }

    @Test func docxTextHeadersThenBodyThenFooters() throws {
        let facts = try OfficeFixtures.extract("sop.docx", kind: .docx)
        #expect(facts.problems.isEmpty)
        let text = try #require(facts.text)
        let order = [
            "PEMERINTAH KABUPATEN CONTOH\nDINAS KESEHATAN", "STANDAR OPERASIONAL PROSEDUR",
            "Nomor SOP\t800/123/DINKES/2024", "No\tKegiatan\tPelaksana\tWaktu",
            "1\tMenerima berkas permohonan\tPetugas loket\t15 menit",
            "2\tMemverifikasi kelengkapan berkas\tKepala Seksi\t1 hari",
            "Prosedur ini berlaku sejak tanggal ditetapkan.", "Nomor SOP: 800/123/DINKES/2024",
        ]
        var cursor = text.startIndex
        for piece in order {
            let found = try #require(text.range(of: piece, range: cursor..<text.endIndex), "\(piece)")
            cursor = found.upperBound
        }
        #expect(text.hasPrefix("PEMERINTAH KABUPATEN CONTOH"))
        #expect(text.hasSuffix("Nomor SOP: 800/123/DINKES/2024"))
        // text:tab and text:line-break came through as w:tab and w:br.
        #expect(text.contains("Dasar hukum:\tPeraturan Bupati Contoh\nNomor 12 Tahun 2023"))
    }

    @Test func docxCoreProperties() throws {
        let facts = try OfficeFixtures.extract("sop.docx", kind: .docx)
        #expect(facts.title == "SOP Pelayanan Inovasi")
        #expect(facts.subject == "Standar Operasional Prosedur")
        #expect(facts.author == "Siti Rahmawati")
        #expect(facts.lastModifiedBy == "Budi Santoso")
        #expect(facts.created == "2024-01-02T08:30:00Z")
        #expect(facts.modified == "2024-01-15T10:45:00Z")
        #expect(facts.keywords?.contains("inovasi") == true)
    }

    @Test func xlsxTextReadsLikeTheSpreadsheet() throws {
        let facts = try OfficeFixtures.extract("dpa.xlsx", kind: .xlsx)
        #expect(facts.problems.isEmpty)
        #expect(facts.sheets == ["DPA", "Rincian"])
        let text = try #require(facts.text)
        for piece in [
            "DOKUMEN PELAKSANAAN ANGGARAN", "Kode Rekening\tUraian\tJumlah (Rp)",
            "5.1.02.01.01.0024\tBelanja Alat Tulis Kantor\t125000000", "87500000", "10000000",
            "JUMLAH\t222500000",  // the SUM formula's cached value
            "Tinta printer\t12.5\tbotol\t80000\t1000000",
            "Tanggal DPA\t2024-01-15",  // a date serial under a dd/mm/yyyy format, as ISO 8601
            "Realisasi\t12.50%",  // 0.125 under 0.00%
        ] {
            #expect(text.contains(piece), "\(piece)")
        }
        #expect(!text.contains("E7") && !text.contains("E8") && !text.contains(".0\t") && !text.hasSuffix(".0"))
        // The merged title cell's value appears once.
        #expect(text.components(separatedBy: "DOKUMEN PELAKSANAAN ANGGARAN").count == 2)
        #expect(text.firstRange(of: "DPA\n")?.lowerBound == text.startIndex)
        #expect(text.range(of: "Rincian\nUraian") != nil)
    }

    @Test func pptxSlidesInOrder() throws {
        let facts = try OfficeFixtures.extract("paparan.pptx", kind: .pptx)
        #expect(facts.problems.isEmpty)
        let text = try #require(facts.text)
        let first = try #require(text.range(of: "Inovasi Pelayanan Kesehatan\nDinas Kesehatan Kabupaten Contoh 2024"))
        let second = try #require(text.range(of: "Tujuan Inovasi\nMempercepat layanan perizinan menjadi 1 hari"))
        #expect(first.upperBound < second.lowerBound)
        #expect(facts.title == "Paparan Inovasi Daerah")
    }

    @Test(arguments: [("sop.docx", FileKind.docx), ("dpa.xlsx", .xlsx), ("paparan.pptx", .pptx)])
    func textStopsAtTheCap(name: String, kind: FileKind) throws {
        var options = ExtractionOptions()
        options.textCharacters = 25
        let text = try #require(try OfficeFixtures.extract(name, kind: kind, options: options).text)
        #expect(text.count <= 25 && text.count >= 10)
    }

    @Test func bigWorksheetIsStreamedAndStopsAtTheCap() throws {
        let start = ContinuousClock.now
        let facts = try OfficeFixtures.extract("dpa-bigsheet.xlsx", kind: .xlsx)
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(facts.problems.isEmpty)
        let text = try #require(facts.text)
        #expect(text.count <= ExtractionOptions().textCharacters)
        #expect(text.contains("Belanja Barang\t125000000"))
        #expect(text.contains("DOKUMEN PELAKSANAAN ANGGARAN"))
    }

    @Test func worksheetOverTheInflationCapIsAProblem() throws {
        var options = ExtractionOptions()
        options.maxInflatedBytes = 1 << 20
        let facts = try OfficeFixtures.extract("dpa-bigsheet.xlsx", kind: .xlsx, options: options)
        #expect(facts.problems.map(\.code) == [.limitExceeded])
        #expect(facts.problems.first?.message.contains("xl/worksheets/sheet2.xml") == true)
        // The first sheet was still read.
        #expect(facts.text?.contains("Kode Rekening") == true)
    }

    @Test func externalEntityInCorePropertiesIsNotRead() throws {
        let facts = try OfficeFixtures.extract("sop-xxe.docx", kind: .docx)
        #expect(facts.problems.map(\.code) == [.corrupt])
        #expect(facts.problems.first?.message.contains("docProps/core.xml declares a DTD") == true)
        #expect(facts.title == nil)
        #expect(facts.text?.contains("root:") == false)
        #expect(facts.text?.contains("STANDAR OPERASIONAL PROSEDUR") == true)
    }

    @Test func billionLaughsInCorePropertiesIsAProblem() throws {
        let start = ContinuousClock.now
        let facts = try OfficeFixtures.extract("sop-laughs.docx", kind: .docx)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(facts.problems.map(\.code) == [.corrupt])
        #expect(facts.title == nil)
        #expect(facts.text?.contains("STANDAR OPERASIONAL PROSEDUR") == true)
    }

    @Test func corePropertiesThatAreNotXML() throws {
        let facts = try OfficeFixtures.extract("sop-notxml.docx", kind: .docx)
        #expect(facts.problems.map(\.code) == [.corrupt])
        #expect(facts.problems.first?.message.hasPrefix("docProps/core.xml is not well-formed XML: ") == true)
        #expect(facts.application?.hasPrefix("LibreOffice") == true)
    }

    @Test func truncatedDocxEndsWithTruncated() throws {
        let docx = try OfficeFixtures.bytes("sop.docx")
        let facts = OfficeFixtures.extract(Array(docx.prefix(docx.count / 2)), kind: .docx)
        #expect(facts.problems.map(\.code) == [.truncated])
    }

    @Test func encryptedBodyNeedsAPassword() throws {
        var docx = try OfficeFixtures.bytes("sop.docx")
        #expect(ZipTestBytes.markEncrypted("word/document.xml", in: &docx))
        let facts = OfficeFixtures.extract(docx, kind: .docx)
        #expect(facts.problems.map(\.code) == [.passwordRequired])
        #expect(facts.title == "SOP Pelayanan Inovasi")
    }

    @Test func appPropertiesPagesWordsApplication() throws {
        let app = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
            <Template>Normal.dotm</Template><Pages>3</Pages><Words>512</Words>\
            <Application>Microsoft Office Word</Application><Company>Dinas Kesehatan</Company></Properties>
            """
        var facts = FileFacts(path: FilePath("app.xml"), kind: .docx)
        OOXMLProperties.readApp(try XMLDocument(bytes: Array(app.utf8)), into: &facts)
        #expect(facts.pages == 3)
        #expect(facts.words == 512)
        #expect(facts.application == "Microsoft Office Word")
    }

    @Test func samplesReadAsTheirContents() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Samples").standardized
        let read = { (name: String, kind: FileKind) throws -> FileFacts in
            OfficeFixtures.extract([UInt8](try Data(contentsOf: samples.appendingPathComponent(name))), kind: kind)
        }
        // A name that says nothing, holding an SOP (no title in its properties); values from samples.sh.
        let unnamed = try read("e-Retribusi Pasar/Dokumen1.docx", .docx)
        #expect(unnamed.title == nil)
        #expect(unnamed.text?.contains("STANDAR OPERASIONAL PROSEDUR") == true)
        #expect(unnamed.text?.contains("Nomor SOP: 500.2/07/Disdag/2024") == true)
        #expect(unnamed.text?.contains("5 menit") == true)
        let dpa = try read("e-Retribusi Pasar/DPA 2024.xlsx", .xlsx)
        #expect(dpa.text?.contains("TAHUN ANGGARAN 2024") == true)
        #expect(dpa.text?.contains("Jumlah (Rp)") == true)
    }
}
