import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `bukti audit` end to end: a temporary evidence tree built from real fixtures (Samples/ and the
/// format fixtures), a small rule file written here (not the default rule files), the built binary.
@Suite struct AuditCommandTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Signals written from how Indonesian documents are titled (the domain notes), not from file names.
    static let rules = """
        // A small rule set for the CLI tests.
        {
          schema: 1, name: "Uji CLI", assessmentYear: 2024,
          limits: { warnBytes: 2000000, maxBytes: 5000000 },
          layout: { depth: 1, ignore: ["*.tmp"] },
          predicates: [],
          documentTypes: [
            { id: "sk", label: { id: "SK (Surat Keputusan)", en: "SK (decree)" }, critical: true,
              kinds: ["pdf", "docx", "doc"], threshold: 4,
              signals: [{ text: "KEPUTUSAN\\\\s+(BUPATI|WALI ?KOTA|KEPALA)", within: 400, weight: 4 }],
              dateSources: ["numberYear", "yearPhrase"], window: "T-2..T-0",
              checks: [{ id: "sk-not-naming-innovation", namesInnovation: true, disqualifies: false,
                         message: { id: "SK tidak menyebut nama inovasi", en: "the SK does not name the innovation" } }] },
            { id: "sop", label: { id: "SOP", en: "SOP" }, critical: true, kinds: ["pdf", "docx"], threshold: 4,
              signals: [{ text: "STANDAR\\\\s+OPERASIONAL\\\\s+PROSEDUR", within: 600, weight: 4 }],
              dateSources: [], checks: [] },
            { id: "budget", label: { id: "DPA", en: "DPA" }, critical: true, kinds: ["pdf", "xlsx"], threshold: 4,
              signals: [{ text: "DOKUMEN\\\\s+PELAKSANAAN\\\\s+ANGGARAN", within: 400, weight: 4 }],
              dateSources: ["yearPhrase"], window: "T-2..T-0", checks: [] },
            { id: "video", label: { id: "Video", en: "Video" }, critical: false, kinds: ["mp4"], threshold: 1,
              signals: [{ fact: "video", weight: 1 }], dateSources: [],
              checks: [{ id: "video-too-long", maxDurationSeconds: 300, disqualifies: true,
                         message: { id: "video terlalu panjang", en: "video too long" } }] },
          ],
          indicators: [
            { id: "regulasi", number: 1, name: { id: "Regulasi Inovasi Daerah", en: "Innovation regulation" },
              weight: 3, mandatory: true, uploadKinds: ["pdf"],
              levels: [
                { level: 1, label: { id: "SK", en: "SK" }, requires: [{ types: ["sk"] }] },
                { level: 2, label: { id: "SK + SOP", en: "SK + SOP" }, requires: [{ types: ["sk"] }, { types: ["sop"] }] },
              ] },
            { id: "anggaran", number: 3, name: { id: "Anggaran", en: "Budget" }, weight: 4, mandatory: true,
              uploadKinds: ["pdf", "xlsx"],
              levels: [{ level: 1, label: { id: "T-0", en: "T-0" }, requires: [{ types: ["budget"], window: "T-0" }] }] },
            { id: "video", number: 20, name: { id: "Video", en: "Video" }, weight: 1, mandatory: false, uploadKinds: ["mp4"],
              levels: [{ level: 1, label: { id: "video", en: "video" }, requires: [{ types: ["video"] }] }] },
          ],
        }
        """

    /// ROOT/SIPANDU (SK, SOP, DPA, video), ROOT/Lain (an SK only), ROOT/Kosong (nothing), a loose file,
    /// and the rule file beside ROOT.
    final class Tree {
        let folder: TempFolder
        var root: String { folder.path + "/Root" }
        var rules: String { folder.path + "/rules.json5" }

        init(complete: Bool = false) throws {
            folder = try TempFolder()
            let samples = AuditCommandTests.package.appendingPathComponent("Samples")
            func copy(_ name: String, _ to: String) throws {
                try folder.write(Array("Root/\(to)".utf8), Array(try Data(contentsOf: samples.appendingPathComponent(name))))
            }
            let sipandu = "SIPANDU - Sistem Informasi Posyandu Terpadu"
            try copy("\(sipandu)/SK Bupati Penetapan Inovasi Daerah 2024.pdf", "SIPANDU/scan_0001.pdf")
            try copy("e-Retribusi Pasar/Dokumen1.docx", "SIPANDU/Dokumen1.docx")  // an SOP under a meaningless name
            try copy("\(sipandu)/Anggaran/DPA Dinkes 2024.pdf", "SIPANDU/anggaran/dpa.pdf")
            try copy("Pojok Baca Desa/Video Pojok Baca Desa.mp4", "SIPANDU/video.mp4")  // 6 minutes
            if !complete {
                // The same SK file: it lists SIPANDU among the regency's innovations, but not "Lain".
                try copy("e-Retribusi Pasar/SK Penetapan Inovasi 2024.pdf", "Lain/sk.pdf")
                try FileManager.default.createDirectory(atPath: root + "/Kosong", withIntermediateDirectories: true)
                try copy("Kampung KB Digital/Screenshot_20240304-141210.png", "catatan.png")
                try folder.write(Array("Root/SIPANDU/x.tmp".utf8))
            }
            try folder.write(Array("rules.json5".utf8), Array(AuditCommandTests.rules.utf8))
        }
    }

    /// The reference digest, from coreutils' sha256sum.
    static func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    func json(_ result: BuktiProcess.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    }

    @Test func jsonReportFollowsTheContract() throws {
        let tree = try Tree()
        let result = try BuktiProcess.run(["audit", tree.root, "--rules", tree.rules, "--format", "json"])
        #expect(result.status == 1, "\(result.err)")
        let report = try json(result)
        #expect(report["schemaVersion"] as? Int == 1)
        #expect((report["rules"] as? [String: Any])?["source"] as? String == tree.rules)
        #expect(((report["rules"] as? [String: Any])?["sha256"] as? String)?.count == 64)
        #expect(report["unassigned"] as? [String] == [tree.root + "/catatan.png"])
        let shared = try #require(report["shared"] as? [[String: Any]])
        #expect(shared.map { $0["paths"] as? [String] } == [[tree.root + "/Lain/sk.pdf", tree.root + "/SIPANDU/scan_0001.pdf"]])
        let innovations = try #require(report["innovations"] as? [[String: Any]])
        #expect(innovations.map { $0["name"] as? String } == ["Kosong", "Lain", "SIPANDU"])
        #expect(innovations.map { $0["missing"] as? [String] } == [["sk", "sop", "budget"], ["sop", "budget"], []])
        let sipandu = innovations[2]
        let documents = try #require(sipandu["documents"] as? [String: [String: Any]])
        #expect(documents["sk"]?["status"] as? String == "present")
        #expect(documents["sop"]?["status"] as? String == "present")
        #expect(documents["budget"]?["status"] as? String == "present")
        let sk = try #require((documents["sk"]?["evidence"] as? [[String: Any]])?.first)
        #expect(sk["year"] as? Int == 2024)
        // The SK's attachment lists "Sistem Informasi Posyandu Terpadu (SIPANDU)".
        #expect((sk["problems"] as? [[String: String]])?.isEmpty == true)
        let lain = try #require(innovations[1]["documents"] as? [String: [String: Any]])
        let lainSK = try #require((lain["sk"]?["evidence"] as? [[String: Any]])?.first)
        #expect((lainSK["problems"] as? [[String: String]])?.map { $0["code"] } == ["sk-not-naming-innovation"])
        // The six-minute video is over the five-minute limit, and the check disqualifies it.
        #expect(documents["video"]?["status"] as? String == "missing")
        let indicators = try #require(sipandu["indicators"] as? [[String: Any]])
        #expect(indicators.map { $0["level"] as? Int } == [2, 1, 0])
        #expect(sipandu["score"] as? Double == 10)
        #expect(sipandu["maxScore"] as? Double == 11)
        let regulasi = try #require(indicators.first?["problems"] as? [[String: String]])
        #expect(regulasi.contains { $0["code"] == "kind-not-accepted" && $0["message"]?.contains("Dokumen1.docx") == true })
        let video = try #require(indicators.last?["problems"] as? [[String: String]])
        #expect(video.contains { $0["code"] == "video-too-long" })
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["innovations"] as? Int == 3)
        #expect(summary["complete"] as? Int == 1)
        #expect((summary["missingCritical"] as? [String: Int]) == ["sk": 1, "sop": 2, "budget": 2])
        // Keys in the contract's order.
        let text = result.out
        let order = ["\"schemaVersion\"", "\"tool\"", "\"rules\"", "\"assessmentYear\"", "\"root\"", "\"summary\"",
                     "\"innovations\"", "\"unassigned\"", "\"shared\""].map { text.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(zip(order, order.dropFirst()).allSatisfy { $0! < $1! })
    }

    @Test func textIsWorstFirstWithMissingDocumentsSpelledOut() throws {
        let tree = try Tree()
        let result = try BuktiProcess.run(["audit", tree.root, "--rules", tree.rules])
        #expect(result.status == 1)
        let out = result.out
        #expect(!out.contains("\u{1B}["))  // not a terminal: no colour
        let kosong = try #require(out.range(of: "Kosong"))
        let lain = try #require(out.range(of: "  Lain"))
        let sipandu = try #require(out.range(of: "  SIPANDU"))
        #expect(kosong.lowerBound < lain.lowerBound && lain.lowerBound < sipandu.lowerBound)
        #expect(out.contains("SK (Surat Keputusan) tidak ditemukan"))
        #expect(out.contains("Regulasi Inovasi Daerah"))
        #expect(out.contains("Ringkasan: 3 inovasi"))
        let english = try BuktiProcess.run(["audit", tree.root, "--rules", tree.rules, "--lang", "en"])
        #expect(english.out.contains("missing: SK (decree)"))
        #expect(english.out.contains("Summary: 3 innovations"))
    }

    @Test func exitZeroWhenEveryInnovationHasItsCriticalDocuments() throws {
        let tree = try Tree(complete: true)
        let result = try BuktiProcess.run(["audit", tree.root, "--rules", tree.rules, "--format", "json"])
        #expect(result.status == 0, "\(result.err)")
        // A later assessment year makes the 2024 documents stale: still there (not in `missing`), but the
        // innovation is no longer complete (exit 1) and the budget indicator (T-0 only) drops to level 0.
        let later = try BuktiProcess.run(["audit", tree.root, "--rules", tree.rules, "--format", "json", "--year", "2030"])
        #expect(later.status == 1)
        let innovation = try #require((try json(later)["innovations"] as? [[String: Any]])?.first)
        let documents = try #require(innovation["documents"] as? [String: [String: Any]])
        #expect(documents["sk"]?["status"] as? String == "stale")
        #expect(documents["budget"]?["status"] as? String == "stale")
        #expect(innovation["complete"] as? Bool == false)
        #expect((innovation["missing"] as? [String]) == [])
        #expect((innovation["indicators"] as? [[String: Any]])?.map { $0["level"] as? Int } == [0, 0, 0])
        #expect((try json(later))["assessmentYear"] as? Int == 2030)
    }

    @Test func ruleFileErrorsStopTheRunWithTheirPosition() throws {
        let tree = try Tree()
        let broken = AuditCommandTests.rules.replacingOccurrences(of: "assessmentYear: 2024", with: "assessmentYear: \"2024\"")
        #expect(broken != AuditCommandTests.rules)
        try tree.folder.write(Array("bad.json5".utf8), Array(broken.utf8))
        let result = try BuktiProcess.run(["audit", tree.root, "--rules", tree.folder.path + "/bad.json5"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let line = try #require(broken.components(separatedBy: "\n").firstIndex { $0.contains("\"2024\"") }) + 1
        #expect(result.err.contains("bad.json5:\(line):"), "\(result.err)")
    }

    @Test func usageErrorsAreCaughtBeforeAnyWork() throws {
        let tree = try Tree()
        for arguments in [["--year", "24"], ["--depth", "0"], ["--format", "xml"], ["--lang", "fr"],
                          ["--output", tree.root + "/Kosong/laporan.json"], ["--output", tree.folder.path + "/no/laporan.json"],
                          ["--manifest", tree.folder.path + "/none.csv"], ["--rules", "iid-1999"]] {
            let result = try BuktiProcess.run(["audit", tree.root, "--rules", tree.rules] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.err)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try BuktiProcess.run(["audit", tree.folder.path + "/nowhere"]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: tree.root + "/Kosong/laporan.json"))
    }

    @Test func depthTwoAndHashAll() throws {
        let tree = try Tree()
        // At depth 2, ROOT/SIPANDU is an OPD and ROOT/SIPANDU/anggaran the only innovation folder.
        let result = try BuktiProcess.run(["audit", tree.root, "--rules", tree.rules, "--format", "json", "--depth", "2", "--hash-all"])
        let report = try json(result)
        let innovations = try #require(report["innovations"] as? [[String: Any]])
        #expect(innovations.map { $0["path"] as? String } == [tree.root + "/SIPANDU/anggaran"])
        #expect((report["unassigned"] as? [String])?.contains(tree.root + "/SIPANDU/scan_0001.pdf") == true)
        let files = try #require(innovations.first?["files"] as? [[String: Any]])
        #expect(files.first?["sha256"] as? String == (try Self.sha256sum(tree.root + "/SIPANDU/anggaran/dpa.pdf")))
        let plain = try json(try BuktiProcess.run(["audit", tree.root, "--rules", tree.rules, "--format", "json", "--depth", "2"]))
        let plainFiles = (plain["innovations"] as? [[String: Any]])?.first?["files"] as? [[String: Any]]
        #expect(plainFiles?.first?["sha256"] == nil)  // a file with a size of its own is not hashed
    }

    @Test func outputIsWrittenOutsideTheRoot() throws {
        let tree = try Tree()
        let output = tree.folder.path + "/laporan.json"
        let result = try BuktiProcess.run(["audit", tree.root, "--rules", tree.rules, "--format", "json", "--output", output])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["schemaVersion"] as? Int == 1)
    }

    @Test func manifestReportsInnovationsWithoutFolders() throws {
        let tree = try Tree(complete: true)
        let csv = "Nama Inovasi;Folder;OPD;Tahapan\nSistem Informasi Posyandu Terpadu (SIPANDU);;Dinas Kesehatan;Penerapan\nInovasi Baru;;Bappeda;Inisiatif\n"
        try tree.folder.write(Array("manifest.csv".utf8), Array(csv.utf8))
        let result = try BuktiProcess.run(["audit", tree.root, "--rules", tree.rules, "--format", "json",
                                           "--manifest", tree.folder.path + "/manifest.csv"])
        #expect(result.status == 1)  // an innovation in the list has no folder
        let report = try json(result)
        let manifest = try #require(report["manifest"] as? [String: [String]])
        #expect(manifest["withoutFolder"] == ["Inovasi Baru"])
        #expect(manifest["foldersNotInManifest"] == [])
        #expect((report["innovations"] as? [[String: Any]])?.first?["opd"] as? String == "Dinas Kesehatan")
    }
}
