import Foundation
import Testing

/// `bukti explain` end to end on the Samples documents, with a small rule file written for the test.
@Suite struct ExplainCommandTests {
    /// The package's Samples folder.
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")
    /// The regency's SK Bupati (text PDF) and its image-only scan of another SK (Scripts/fixtures/samples.sh).
    static let decree = samples.appendingPathComponent("SIPANDU - Sistem Informasi Posyandu Terpadu/SK Bupati Penetapan Inovasi Daerah 2024.pdf").path
    static let scan = samples.appendingPathComponent("Kampung KB Digital/SK Bupati Kampung KB Digital (scan).pdf").path

    static let rules = """
        // Test rules: a decree recognised by its heading, a scan, an invitation that never gets enough.
        {
          schema: 1, name: "explain test", assessmentYear: 2024,
          limits: { warnBytes: 5000000, maxBytes: 10000000 }, layout: { depth: 1, ignore: [] },
          predicates: [],
          documentTypes: [
            { id: "sk", label: { id: "SK Kepala Daerah", en: "Regional head decree" }, critical: true,
              kinds: ["pdf"], threshold: 4, dateSources: ["numberYear", "writtenDate"], checks: [],
              signals: [
                { text: "KEPUTUSAN\\\\s+BUPATI\\\\s+\\\\w+", within: 200, weight: 4,
                  why: { id: "judul di bagian atas", en: "heading near the top" } },
                { name: "\\\\bSK\\\\b", weight: 2 },
                { metadata: "draf", weight: -3 },
              ] },
            { id: "signed", label: { id: "Dokumen bertanggal", en: "Dated document" }, critical: false,
              kinds: ["pdf"], threshold: 4, dateSources: ["writtenDate"], checks: [],
              signals: [ { text: "KEPUTUSAN", within: 200, weight: 4 } ] },
            { id: "scan", label: { id: "Pindaian", en: "Scan" }, critical: false,
              kinds: ["pdf"], threshold: 3, dateSources: ["fileNameYear", "metadata"], checks: [],
              signals: [ { fact: "scanned", weight: 3, why: { id: "halaman gambar", en: "pages are images" } } ] },
            { id: "undangan", label: { id: "Undangan", en: "Invitation" }, critical: false,
              kinds: ["pdf"], threshold: 5, dateSources: [], checks: [],
              signals: [ { name: "scan", weight: 1 } ] },
          ],
          indicators: [],
        }
        """

    func run(_ arguments: [String]) throws -> (BuktiProcess.Result, TempFolder) {
        let folder = try TempFolder()
        try folder.write(Array("rules.json5".utf8), Array(Self.rules.utf8))
        // No BUKTI_LANG: explain's default language (Indonesian) is what these tests check.
        return (try BuktiProcess.run(["explain", "--rules", folder.path + "/rules.json5"] + arguments,
                                     environment: ["BUKTI_LANG": ""]), folder)
    }

    @Test func explainsADecreeSignalBySignalWithItsDates() throws {
        let file = Self.decree
        let (result, _) = try run(["--lang", "en", file])
        #expect(result.status == 0)
        // Scripts/fixtures/samples.sh writes the kop (two lines) before the heading.
        let kop = "BUPATI CONTOH PROVINSI JAWA TENGAH "
        let expected = """
            \(file)
              kind: pdf
              match: Regional head decree (sk)  score 6 / 4  date 2024 (numberYear: "NOMOR 100.3.3.2/45/Bappeda/2024")
                +4  text "KEPUTUSAN BUPATI CONTOH" at \(kop.count)  (heading near the top)
                +2  name "SK"
              match: Dated document (signed)  score 4 / 4  date 2024-01-12 (writtenDate: "Ditetapkan di Contoh pada tanggal 12 Januari 2024")
                +4  text "KEPUTUSAN" at \(kop.count)


            """
        #expect(result.out == expected)
        #expect(result.err == "")
    }

    @Test func explainsAScanWithNearMissesInIndonesian() throws {
        let file = Self.scan
        let (result, _) = try run([file])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == file)
        #expect(lines.contains("  jenis: pdf"))
        #expect(lines.contains { $0.hasPrefix("  cocok: Pindaian (scan)  skor 3 / 3  tanggal ") })
        #expect(lines.contains("    +3  fact scanned  (halaman gambar)"))
        #expect(lines.contains("  hampir: Undangan (undangan)  skor 1 / 5"))
        #expect(lines.contains("    +1  name \"scan\""))
        // The scan has no text, so no text signal fires: the decree is a near miss by its name alone.
        #expect(lines.contains("  hampir: SK Kepala Daerah (sk)  skor 2 / 4"))
        #expect(!lines.contains { $0.contains("text \"KEPUTUSAN") })
        #expect(!lines.contains("  tidak ada jenis dokumen yang mencapai ambangnya"))
    }

    @Test func saysWhenNoTypeReachedItsThreshold() throws {
        let file = Self.samples.appendingPathComponent("e-Retribusi Pasar/Dokumen1.docx").path
        let (result, _) = try run(["--lang", "en", file])
        #expect(result.status == 0)
        #expect(result.out == "\(file)\n  kind: docx\n  no document type reached its threshold\n\n")
    }

    @Test func folderArgumentsExplainEveryFileInside() throws {
        let folder = Self.samples.appendingPathComponent("Sekolah Ramah Anak").path
        let (result, _) = try run(["--lang", "en", folder])
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }
        let headings = result.out.split(separator: "\n").filter { $0.hasPrefix(folder + "/") }
        #expect(headings.count == names.count)
    }

    @Test func aBrokenRuleFileIsAUsageErrorNamingWhereItIsWrong() throws {
        let folder = try TempFolder()
        try folder.write(Array("bad.json5".utf8), Array("{ schema: 1, name: \"x\",\n  assessmentYear: \"2024\" }".utf8))
        let file = Self.scan
        let result = try BuktiProcess.run(["explain", "--rules", folder.path + "/bad.json5", file])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(result.err.contains(folder.path + "/bad.json5:"))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let file = Self.scan
        let lang = try BuktiProcess.run(["explain", "--lang", "fr", file])
        #expect(lang.status == 2)
        #expect(lang.err.contains("--lang"))
        #expect(try BuktiProcess.run(["explain"]).status == 2)
        #expect(try BuktiProcess.run(["explain", "/nonexistent/file.pdf"]).status == 2)
    }

    @Test func theDefaultRulesAreBuiltIn() throws {
        let file = Self.scan
        let result = try BuktiProcess.run(["explain", file], environment: ["BUKTI_LANG": ""])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix(file + "\n  jenis: pdf\n"))
    }
}
