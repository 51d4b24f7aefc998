import Foundation
import Testing

/// What each Samples/ folder was built to show (Scripts/fixtures/samples.sh, Samples/README.md), asserted on
/// `bukti audit Samples --format json` independently of the golden files, so a golden regenerated over a
/// regression cannot hide it.
@Suite struct AuditSamplesExpectationsTests {
    static let sipandu = "SIPANDU - Sistem Informasi Posyandu Terpadu"
    static let lapcep = "Lapor Cepat (LAPCEP)"
    static let retribusi = "e-Retribusi Pasar"
    static let kampungKB = "Kampung KB Digital"
    static let sekolah = "Sekolah Ramah Anak"
    static let jempol = "Si-Jempol Kecamatan"
    static let pojokBaca = "Pojok Baca Desa"

    /// The 2024 report (default rules), read once per test.
    func report() throws -> [String: Any] {
        let result = try BuktiProcess.run(["audit", "Samples", "--format", "json"], in: AuditSamplesTests.packageRoot, timeout: 300)
        return try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], "stdout: \(result.out.prefix(300)) \(result.err)")
    }

    /// The innovation record for a folder name.
    func innovation(_ report: [String: Any], _ name: String) throws -> Innovation {
        let all = report["innovations"] as? [[String: Any]] ?? []
        return Innovation(record: try #require(all.first { $0["name"] as? String == name }, "no innovation \(name)"))
    }

    /// Typed reads of one innovation's record.
    struct Innovation {
        var record: [String: Any]
        var missing: [String] { record["missing"] as? [String] ?? [] }
        func status(_ type: String) -> String? {
            ((record["documents"] as? [String: Any])?[type] as? [String: Any])?["status"] as? String
        }
        func evidence(_ type: String) -> [[String: Any]] {
            ((record["documents"] as? [String: Any])?[type] as? [String: Any])?["evidence"] as? [[String: Any]] ?? []
        }
        func evidenceNames(_ type: String) -> [String] {
            evidence(type).compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } }
        }
        func file(_ name: String) -> [String: Any]? {
            (record["files"] as? [[String: Any]])?.first { ($0["path"] as? String)?.hasSuffix("/" + name) == true }
        }
        func problemCodes(_ name: String) -> [String] {
            (file(name)?["problems"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        }
        func indicator(_ id: String) -> [String: Any]? {
            (record["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == id }
        }
        func indicatorProblems(_ id: String) -> [String] {
            (indicator(id)?["problems"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        }
    }

    @Test func everyFolderIsAnInnovation() throws {
        let report = try report()
        let names = (report["innovations"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(Set(names) == [Self.sipandu, Self.lapcep, Self.retribusi, Self.kampungKB, Self.sekolah, Self.jempol, Self.pojokBaca])
        #expect((report["summary"] as? [String: Any])?["innovations"] as? Int == 7)
    }

    @Test func completeFolderHasEverything() throws {
        let sipandu = try innovation(try report(), Self.sipandu)
        #expect(sipandu.missing.isEmpty)
        for type in ["sk", "sop", "budget", "rkpd", "surat-tugas", "photo", "screenshot", "video", "mou", "monev",
                     "pengaduan", "penerima-manfaat", "manual"] {
            #expect(sipandu.status(type) == "present", "\(type)")
        }
        let budgetYears = Set(sipandu.evidence("budget").compactMap { $0["year"] as? Int })
        #expect(budgetYears == [2022, 2023, 2024])
        #expect(sipandu.indicator("anggaran")?["level"] as? Int == 3)
        #expect(sipandu.indicator("regulasi")?["level"] as? Int == 2, "a Keputusan Bupati")
        #expect(sipandu.indicatorProblems("regulasi").isEmpty, "the SK names SIPANDU in its lampiran")
        #expect(sipandu.status("penerima-manfaat") == "present")
    }

    /// "PERATURAN BUPATI ... NOMOR 29 TAHUN 2023 TENTANG RENCANA KERJA PEMERINTAH DAERAH ... TAHUN 2024" is the
    /// RKPD of 2024: the Perbup is enacted the year before.
    @Test func rkpdYearIsThePlanYear() throws {
        let sipandu = try innovation(try report(), Self.sipandu)
        let rkpdYears = Set(sipandu.evidence("rkpd").compactMap { $0["year"] as? Int })
        #expect(rkpdYears == [2022, 2023, 2024])
        #expect(sipandu.indicator("rkpd")?["level"] as? Int == 3)
    }

    /// "PROFIL DAN TAHAPAN PENCIPTAAN INOVASI DAERAH" with a table of stages and months is the evidence for
    /// Kecepatan penciptaan inovasi (a mandatory indicator).
    @Test func creationStagesReportServesKecepatan() throws {
        let sipandu = try innovation(try report(), Self.sipandu)
        #expect(sipandu.indicator("kecepatan")?["level"] as? Int ?? 0 >= 1)
    }

    /// Android names a screenshot after the moment it was taken (Screenshot_20240305-101530.png): its year.
    @Test func screenshotYearFromItsName() throws {
        let sipandu = try innovation(try report(), Self.sipandu)
        #expect(!sipandu.evidence("screenshot").isEmpty)
        #expect(sipandu.evidence("screenshot").allSatisfy { $0["year"] as? Int == 2024 })
    }

    @Test func skUnderAScannerNameIsFoundByItsContent() throws {
        let lapcep = try innovation(try report(), Self.lapcep)
        #expect(lapcep.status("sk") == "present")
        #expect(lapcep.evidenceNames("sk").contains("IMG_20240112_0001.pdf"))
        #expect(lapcep.status("sop") == "missing")
        #expect(lapcep.missing == ["sop"])
        #expect(lapcep.problemCodes("SK Pelaksana.pdf").contains("extension-mismatch"))
        #expect(lapcep.status("budget") == "present")
    }

    @Test func sopInAnUntitledDocxAndDpaAsSpreadsheet() throws {
        let report = try report()
        let retribusi = try innovation(report, Self.retribusi)
        #expect(retribusi.status("sop") == "present")
        #expect(retribusi.evidenceNames("sop").contains("Dokumen1.docx"))
        #expect(retribusi.status("sk") == "present")
        #expect(retribusi.evidenceNames("budget") == ["DPA 2024.xlsx"])
        #expect(!retribusi.indicatorProblems("anggaran").isEmpty, "an xlsx is not an accepted upload kind for a budget")
        let shared = (report["shared"] as? [[String: Any]] ?? []).map { ($0["paths"] as? [String] ?? []).sorted() }
        #expect(shared.contains([
            "Samples/\(Self.sipandu)/SK Bupati Penetapan Inovasi Daerah 2024.pdf",
            "Samples/\(Self.retribusi)/SK Penetapan Inovasi 2024.pdf",
        ]))
    }

    @Test func scannedSkCountsAndRkaIsWeak() throws {
        let kampung = try innovation(try report(), Self.kampungKB)
        #expect(kampung.status("sk") == "present", "an image-only scan is still an SK an assessor can read")
        #expect(kampung.evidenceNames("sk") == ["SK Bupati Kampung KB Digital (scan).pdf"])
        #expect(kampung.missing.isEmpty)
        #expect(kampung.status("budget") == "weak")
        #expect(!kampung.missing.contains("budget"), "weak is not missing")
        #expect(kampung.status("sop") == "present")
    }

    @Test func skFrom2019IsStaleAndTruncatedReportIsAProblem() throws {
        let sekolah = try innovation(try report(), Self.sekolah)
        #expect(sekolah.status("sk") == "stale")
        #expect(sekolah.evidence("sk").first?["year"] as? Int == 2019)
        #expect(!Set(sekolah.problemCodes("Laporan Monev SRA 2023.pdf")).isDisjoint(with: ["truncated", "corrupt"]))
        #expect(sekolah.status("sop") == "present")
        #expect(sekolah.status("budget") == "present")
    }

    @Test func letterCitingAnSkIsNotAnSk() throws {
        let jempol = try innovation(try report(), Self.jempol)
        #expect(jempol.status("sk") == "missing")
        #expect(jempol.missing.contains("sk"))
        let letterTypes = jempol.file("Undangan Rakor Si-Jempol.pdf")?["types"] as? [String] ?? []
        #expect(!letterTypes.contains("sk"))
        #expect(letterTypes.contains("undangan"))
        #expect(jempol.status("sop") == "present", "the AES-128 SOP opens with the empty user password")
        #expect(jempol.status("budget") == "present")
    }

    @Test func noSkAndAVideoOverFiveMinutes() throws {
        let pojok = try innovation(try report(), Self.pojokBaca)
        #expect(pojok.status("sk") == "missing")
        #expect(pojok.missing.contains("sk"))
        #expect(pojok.status("video") != "present")
        #expect(pojok.indicatorProblems("video").contains { $0.contains("5") })
        #expect(pojok.status("sop") == "present")
    }
}
