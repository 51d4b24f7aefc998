import Foundation
import Testing
@testable import BuktiCore

@Suite struct DateReaderTests {
    let reader = DateReader(assessmentYear: 2024)

    func read(_ source: DateSource, text: String? = nil, name: String = "dokumen.pdf") -> DocumentDate? {
        reader.read([source], from: facts(name, text: text))
    }

    @Test(arguments: [
        ("KEPUTUSAN BUPATI CONTOH NOMOR 100.3.3.2/45/Bappeda/2024 TENTANG", 2024, "NOMOR 100.3.3.2/45/Bappeda/2024"),
        ("KEPUTUSAN KEPALA DINAS\nNomor: 188.45/123/KPTS/2023\nTENTANG", 2023, "Nomor: 188.45/123/KPTS/2023"),
        ("Nomor : 800 / 12 / Kep / Bappeda / 2022 tentang", 2022, "Nomor : 800 / 12 / Kep / Bappeda / 2022"),
        ("SURAT TUGAS No. 094/77/Dinkes/2021", 2021, "No. 094/77/Dinkes/2021"),
        ("PERATURAN BUPATI CONTOH NOMOR 12 TAHUN 2023 TENTANG INOVASI", 2023, "NOMOR 12 TAHUN 2023"),
        ("KEPUTUSAN BUPATI N0MOR 188.45/ 311 /KPTS/2023 TENTANG", 2023, "N0MOR 188.45/ 311 /KPTS/2023"),
    ])
    func numberYearReadsTheYearEndingTheDocumentsNumber(text: String, year: Int, evidence: String) {
        let date = read(.numberYear, text: text)
        #expect(date == DocumentDate(year: year, source: .numberYear, evidence: evidence))
    }

    @Test func numberYearTakesTheDocumentsOwnNumberNotOnesCitedLater() {
        let text = """
            KEPUTUSAN BUPATI CONTOH NOMOR 188.45/10/KPTS/2024 TENTANG TIM INOVASI
            Mengingat: 1. Undang-Undang Nomor 23 Tahun 2014; 2. Peraturan Bupati Nomor 15 Tahun 2022
            """
        #expect(read(.numberYear, text: text)?.year == 2024)
    }

    @Test func numberYearIgnoresNumbersWithoutAYearAndImplausibleYears() {
        #expect(read(.numberYear, text: "NOMOR 100.3.3.2/45/Bappeda TENTANG") == nil)
        #expect(read(.numberYear, text: "Nomor: 188.45/123/KPTS/2031") == nil)
        #expect(read(.numberYear, text: "Nomor: 188.45/123/KPTS/1985") == nil)
        #expect(read(.numberYear, text: "tanggal 5 November 2023") == nil)
        // An implausible number is skipped for a later plausible one.
        #expect(read(.numberYear, text: "Nomor: 1/2/2099. Nomor: 3/4/2023")?.year == 2023)
    }

    @Test(arguments: [
        ("DOKUMEN PELAKSANAAN ANGGARAN TAHUN ANGGARAN 2024", 2024, "TAHUN ANGGARAN 2024"),
        ("RENCANA KERJA PEMERINTAH DAERAH KABUPATEN CONTOH TAHUN 2023", 2023, "TAHUN 2023"),
        ("DPA-SKPD T.A. 2024 Dinas Kesehatan", 2024, "T.A. 2024"),
        ("Laporan Monev TA 2022", 2022, "TA 2022"),
        ("Tahun  Anggaran :\n2021", 2021, "Tahun Anggaran : 2021"),
    ])
    func yearPhraseReadsTheYear(text: String, year: Int, evidence: String) {
        #expect(read(.yearPhrase, text: text) == DocumentDate(year: year, source: .yearPhrase, evidence: evidence))
    }

    @Test func yearPhraseSkipsTheYearOfARegulationNumber() {
        let text = "PERATURAN BUPATI CONTOH NOMOR 41 TAHUN 2024 TENTANG RENCANA KERJA PEMERINTAH DAERAH TAHUN 2025"
        #expect(read(.yearPhrase, text: text) == DocumentDate(year: 2025, source: .yearPhrase, evidence: "TAHUN 2025"))
        #expect(read(.yearPhrase, text: "Undang-Undang Nomor 23 Tahun 2014") == nil)
    }

    @Test func yearPhraseRejectsImplausibleYearsAndOtherWords() {
        #expect(read(.yearPhrase, text: "TAHUN ANGGARAN 2026") == nil)
        #expect(read(.yearPhrase, text: "DATA 2023 dan METADATA 2024") == nil)
        #expect(read(.yearPhrase, text: "tahun 1989") == nil)
        #expect(read(.yearPhrase, text: "TAHUN ANGGARAN 2025")?.year == 2025)
    }

    @Test(arguments: [
        ("Ditetapkan di Contoh pada tanggal 3 Maret 2024", "2024-03-03"),
        ("pada tanggal 12 Januari 2023", "2023-01-12"),
        ("Contoh, 5 Februari 2024", "2024-02-05"),
        ("Contoh, 5 Pebruari 2024", "2024-02-05"),
        ("12-01-2024", "2024-01-12"),
        ("12/01/2024", "2024-01-12"),
        ("1 Mei 2020", "2020-05-01"),
        ("17 Agustus 2021", "2021-08-17"),
        ("30 Nopember 2022", "2022-11-30"),
        ("31 Desember 2019", "2019-12-31"),
        ("29 Februari 2024", "2024-02-29"),
        ("10 Jan 2024", "2024-01-10"), ("10 Feb. 2024", "2024-02-10"), ("10 Mar 2024", "2024-03-10"),
        ("10 Apr 2024", "2024-04-10"), ("10 Jun 2024", "2024-06-10"), ("10 Jul 2024", "2024-07-10"),
        ("10 Agu 2024", "2024-08-10"), ("10 Agt 2024", "2024-08-10"), ("10 Sep 2024", "2024-09-10"),
        ("10 Okt 2024", "2024-10-10"), ("10 Nov 2024", "2024-11-10"), ("10 Des 2024", "2024-12-10"),
        ("4 July 2023", "2023-07-04"), ("4 October 2023", "2023-10-04"), ("4 DECEMBER 2023", "2023-12-04"),
    ])
    func writtenDateReadsIndonesianAndEnglishDates(text: String, iso: String) throws {
        let date = try #require(read(.writtenDate, text: "Kepala Dinas " + text + " NIP. 19700101"))
        #expect(date.date == iso)
        #expect(date.year == Int(iso.prefix(4)))
        #expect(date.source == .writtenDate)
        #expect(date.evidence.hasSuffix(String(text.suffix(4))))
    }

    @Test func writtenDateRejectsDatesThatDoNotExistAndImplausibleYears() {
        for text in ["30 Februari 2024", "29 Februari 2023", "32 Januari 2024", "13/13/2024", "5 Maret 2030", "5 Maret 1980"] {
            #expect(read(.writtenDate, text: text) == nil, "\(text)")
        }
    }

    @Test func writtenDatePrefersTheEnactmentDateOverOthers() throws {
        let text = """
            KEPUTUSAN BUPATI CONTOH NOMOR 188.45/10/KPTS/2024
            Menimbang surat Kepala Bappeda tanggal 2 Januari 2024 dan rapat 10 Januari 2024;
            Ditetapkan di Contoh
            pada tanggal 3 Maret 2024
            BUPATI CONTOH
            Diundangkan di Contoh pada tanggal 5 Maret 2024
            """
        let date = try #require(read(.writtenDate, text: text))
        #expect(date.date == "2024-03-03")
        #expect(date.evidence == "Ditetapkan di Contoh pada tanggal 3 Maret 2024")
    }

    @Test func writtenDateTakesTheLastDateOnTheFirstPageWithoutAnEnactment() throws {
        let text = """
            Perihal: laporan kegiatan 12 Januari 2024 dan 20 Januari 2024.
            Contoh, 5 Februari 2024
            Kepala Dinas\u{0C}halaman dua 9 September 2024
            """
        #expect(read(.writtenDate, text: text)?.date == "2024-02-05")
    }

    @Test func writtenDateFindsTheEnactmentOnALaterPage() {
        let text = "KEPUTUSAN BUPATI 1 Januari 2024\u{0C}LAMPIRAN\u{0C}Ditetapkan di Contoh pada tanggal 8 April 2024"
        #expect(read(.writtenDate, text: text)?.date == "2024-04-08")
    }

    @Test func writtenDateFallsBackToTheLastMonthAndYearWithoutADay() {
        #expect(read(.writtenDate, text: "PANDUAN PENGGUNA APLIKASI Edisi Juni 2025 1. Unduh aplikasi")
            == DocumentDate(year: 2025, source: .writtenDate, evidence: "Juni 2025"))
        #expect(read(.writtenDate, text: "REKAPITULASI PERIODE JANUARI – DESEMBER 2024")?.evidence == "DESEMBER 2024")
        #expect(read(.writtenDate, text: "Tahap inisiatif (Januari–Februari 2023), uji coba (Maret 2024)")?.year == 2024)
        // A full date wins over a month without a day, wherever they stand.
        #expect(read(.writtenDate, text: "Contoh, 5 Februari 2024. Edisi Juni 2023")?.date == "2024-02-05")
        #expect(read(.writtenDate, text: "Edisi Juni 2031") == nil)
    }

    @Test func aMonthWithoutADayYieldsToTheOtherTextSourcesButNotToMetadata() {
        var report = facts("laporan.pdf", text: "LAPORAN PELAKSANAAN INOVASI TAHUN 2024 1. Inisiatif : Januari 2023 – Maret 2023")
        report.created = "2022-01-01T00:00:00Z"
        #expect(reader.read([.writtenDate, .yearPhrase, .metadata], from: report)?.evidence == "TAHUN 2024")
        #expect(reader.read([.writtenDate, .metadata], from: report)?.evidence == "Maret 2023")
        #expect(reader.read([.metadata, .writtenDate], from: report)?.source == .metadata)
        #expect(reader.read([.yearPhrase], from: report)?.year == 2024)
        #expect(reader.read([.numberYear], from: report) == nil)
    }

    @Test func writtenDateIsNotTheTailOfALetterNumber() {
        #expect(read(.writtenDate, text: "Nomor: 800/12/01/2024") == nil)
    }

    @Test func fileNameYearIsAStandaloneYear() {
        #expect(read(.fileNameYear, name: "DPA_2024.pdf") == DocumentDate(year: 2024, source: .fileNameYear, evidence: "DPA_2024.pdf"))
        #expect(read(.fileNameYear, name: "SK Tim 2023 rev.pdf")?.year == 2023)
        #expect(read(.fileNameYear, name: "IMG_20240112_0930.jpg")
            == DocumentDate(year: 2024, date: "2024-01-12", source: .fileNameYear, evidence: "IMG_20240112_0930.jpg"))
        #expect(read(.fileNameYear, name: "Screenshot_20240305-101530.png")?.date == "2024-03-05")
        #expect(read(.fileNameYear, name: "WhatsApp Image 2024-03-05 at 10.15.30.jpeg")?.date == "2024-03-05")
        #expect(read(.fileNameYear, name: "doc04123820240112.pdf") == nil)  // a scanner counter, not a stamp
        #expect(read(.fileNameYear, name: "IMG_20241399_0001.jpg") == nil)  // no month 13
        #expect(read(.fileNameYear, name: "scan_0001.pdf") == nil)
        #expect(read(.fileNameYear, name: "Renstra 1985.pdf") == nil)
        #expect(read(.fileNameYear, name: "DPA 2099 2022.pdf")?.year == 2022)
    }

    @Test func takenAndMetadataReadTimestamps() {
        var photo = facts("a.jpg", .jpeg)
        photo.taken = "2023-08-17T09:30:00+07:00"
        photo.created = "2024-01-02T00:00:00Z"
        #expect(reader.read([.taken, .metadata], from: photo)
            == DocumentDate(year: 2023, date: "2023-08-17", source: .taken, evidence: "2023-08-17T09:30:00+07:00"))
        #expect(reader.read([.metadata], from: photo)
            == DocumentDate(year: 2024, date: "2024-01-02", source: .metadata, evidence: "created 2024-01-02T00:00:00Z"))
        var modifiedOnly = facts("b.pdf")
        modifiedOnly.created = "2031-01-01T00:00:00Z"
        modifiedOnly.modified = "2022-05-06T10:00:00+07:00"
        #expect(reader.read([.metadata], from: modifiedOnly)?.evidence == "modified 2022-05-06T10:00:00+07:00")
    }

    @Test func sourcesAreTriedInOrderUntilOneYieldsAPlausibleYear() {
        var file = facts("SK 2022.pdf", text: "KEPUTUSAN NOMOR 188.45/1/KPTS/2030 TAHUN 2023")
        file.created = "2024-02-01T00:00:00Z"
        #expect(reader.read([.numberYear, .yearPhrase, .fileNameYear], from: file)?.source == .yearPhrase)
        #expect(reader.read([.fileNameYear, .yearPhrase], from: file)?.year == 2022)
        #expect(reader.read([.writtenDate, .taken, .metadata], from: file)?.year == 2024)
        #expect(reader.read([.writtenDate, .taken], from: file) == nil)
        #expect(reader.read([], from: file) == nil)
    }
}
