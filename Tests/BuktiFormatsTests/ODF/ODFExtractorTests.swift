import BuktiCore
import Testing
@testable import BuktiFormats

/// Expected strings are the ones Scripts/fixtures/office.sh wrote into the sources.
@Suite struct ODFExtractorTests {
    @Test func registeredForOpenDocument() {
        for kind in [FileKind.odt, .ods, .odp] { #expect(Formats.extractor(for: kind) is ODFExtractor) }
    }

    @Test func odtTextHeadersThenBodyThenFooters() throws {
        let facts = try OfficeFixtures.extract("sop.odt", kind: .odt)
        #expect(facts.problems.isEmpty)
        let text = try #require(facts.text)
        #expect(text.hasPrefix("PEMERINTAH KABUPATEN CONTOH\nDINAS KESEHATAN"))
        #expect(text.hasSuffix("Nomor SOP: 800/123/DINKES/2024"))
        for piece in [
            "STANDAR OPERASIONAL PROSEDUR", "Nomor SOP\t800/123/DINKES/2024",
            "No\tKegiatan\tPelaksana\tWaktu", "1\tMenerima berkas permohonan\tPetugas loket\t15 menit",
            "3\tMenandatangani surat keputusan\tKepala Dinas\t1 hari",
            "Dasar hukum:\tPeraturan Bupati Contoh\nNomor 12 Tahun 2023",
        ] {
            #expect(text.contains(piece), "\(piece)")
        }
        #expect(facts.sheets == nil)
    }

    @Test func odtMeta() throws {
        let facts = try OfficeFixtures.extract("sop.odt", kind: .odt)
        #expect(facts.title == "SOP Pelayanan Inovasi")
        #expect(facts.author == "Siti Rahmawati")
        #expect(facts.lastModifiedBy == "Budi Santoso")
        #expect(facts.keywords == "SOP, inovasi, pelayanan")
        #expect(facts.created == "2024-01-02T08:30:00")
        #expect(facts.modified == "2024-01-15T10:45:00")
    }

    @Test func odsSheetsAndAmounts() throws {
        let facts = try OfficeFixtures.extract("dpa.ods", kind: .ods)
        #expect(facts.problems.isEmpty)
        #expect(facts.sheets == ["DPA", "Rincian"])
        let text = try #require(facts.text)
        for piece in [
            "DOKUMEN PELAKSANAAN ANGGARAN", "Kode Rekening\tUraian\tJumlah (Rp)",
            "Belanja Alat Tulis Kantor\t125000000", "JUMLAH\t222500000", "Tinta printer\t12.5",
            "Tanggal DPA\t15/01/2024", "Realisasi\t12.50%",  // ODF cells carry their displayed text
        ] {
            #expect(text.contains(piece), "\(piece)")
        }
        #expect(text.components(separatedBy: "DOKUMEN PELAKSANAAN ANGGARAN").count == 2)
    }

    @Test func odpSlidesInOrder() throws {
        let text = try #require(try OfficeFixtures.extract("paparan.odp", kind: .odp).text)
        let first = try #require(text.range(of: "Inovasi Pelayanan Kesehatan"))
        let second = try #require(text.range(of: "Tujuan Inovasi\nMempercepat layanan perizinan menjadi 1 hari"))
        #expect(first.upperBound < second.lowerBound)
    }

    @Test func textStopsAtTheCap() throws {
        var options = ExtractionOptions()
        options.textCharacters = 30
        let text = try #require(try OfficeFixtures.extract("sop.odt", kind: .odt, options: options).text)
        #expect(text.count <= 30 && text.hasPrefix("PEMERINTAH"))
    }

    @Test func truncatedOdtIsAProblem() throws {
        let odt = try OfficeFixtures.bytes("sop.odt")
        let facts = OfficeFixtures.extract(Array(odt.prefix(odt.count / 2)), kind: .odt)
        #expect(facts.problems.map(\.code) == [.truncated])
    }

    @Test func encryptedContentNeedsAPassword() throws {
        var odt = try OfficeFixtures.bytes("sop.odt")
        #expect(ZipTestBytes.markEncrypted("content.xml", in: &odt))
        let facts = OfficeFixtures.extract(odt, kind: .odt)
        #expect(facts.problems.map(\.code) == [.passwordRequired])
        #expect(facts.title == "SOP Pelayanan Inovasi")
    }
}
