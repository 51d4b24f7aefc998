import Foundation
import Testing

/// History, `--compare`, `bukti history` and `bukti diff` end to end, over evidence trees copied from
/// Samples/ and audited with the built-in rules (iid-2024: `sk`, `sop` and `budget` are critical).
@Suite struct HistoryCommandTests {
    static let sipandu = "SIPANDU - Sistem Informasi Posyandu Terpadu"
    static let sop = sipandu + "/SOP Pelayanan SIPANDU.pdf"

    /// A root holding copies of Samples folders, and a cache directory beside it.
    final class Tree {
        let folder: TempFolder
        var root: String { folder.path + "/Root" }
        var cache: String { folder.path + "/cache" }

        init(_ innovations: [String]) throws {
            folder = try TempFolder()
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            let samples = AuditCommandTests.package.appendingPathComponent("Samples")
            for name in innovations {
                try FileManager.default.copyItem(atPath: samples.appendingPathComponent(name).path, toPath: root + "/" + name)
            }
        }

        /// `bukti audit ROOT --cache CACHE extra...`.
        func audit(_ extra: [String]) throws -> BuktiProcess.Result {
            try BuktiProcess.run(["audit", root, "--cache", cache] + extra)
        }

        /// The audit JSON (English), asserting the run completed.
        func auditJSON(_ extra: [String] = []) throws -> [String: Any] {
            let result = try audit(["--format", "json", "--lang", "en"] + extra)
            #expect([0, 1].contains(result.status), "\(result.err)")
            return try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        }

        /// Run ids from `bukti history ROOT --format json`, oldest first.
        func runIds() throws -> [String] {
            let result = try BuktiProcess.run(["history", root, "--cache", cache, "--format", "json"])
            #expect(result.status == 0, "\(result.err)")
            let rows = try #require(JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
            return rows.compactMap { $0["id"] as? String }
        }

        func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: root + "/" + relative) }

        /// Moves a file out of the root (to bring it back later).
        func stash(_ relative: String) throws {
            try FileManager.default.moveItem(atPath: root + "/" + relative, toPath: folder.path + "/stash")
        }

        func unstash(_ relative: String) throws {
            try FileManager.default.moveItem(atPath: folder.path + "/stash", toPath: root + "/" + relative)
        }
    }

    @Test func everyAuditIsRecordedAndListedAndPrunedToKeepHistory() throws {
        let tree = try Tree([Self.sipandu])
        for _ in 0..<3 { _ = try tree.audit(["--keep-history", "2"]) }
        let ids = try tree.runIds()
        #expect(ids.count == 2)
        #expect(ids == ids.sorted())
        let folders = try FileManager.default.contentsOfDirectory(atPath: tree.cache + "/history")
        #expect(folders.count == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: tree.cache + "/history/" + folders[0])
        #expect(Set(files) == Set(ids.map { $0 + ".json" }))
        // The text listing names the root and both runs with their counts.
        let text = try BuktiProcess.run(["history", "--cache", tree.cache])
        #expect(text.out.contains(URL(fileURLWithPath: tree.root).resolvingSymlinksInPath().path))
        for id in ids { #expect(text.out.contains(id)) }
        #expect(text.out.contains("complete 1  incomplete 0"))
        // --no-history records nothing.
        _ = try tree.audit(["--no-history"])
        #expect(try tree.runIds().count == 2)
        // The history is never written inside the audited folder.
        let inside = try BuktiProcess.run(["audit", tree.root, "--no-cache", "--cache", tree.root + "/.bukti"])
        #expect(inside.status == 2)
        #expect(!FileManager.default.fileExists(atPath: tree.root + "/.bukti"))
    }

    @Test func diffShowsFilesAddedRemovedChangedAndACriticalDocumentMissingThenBack() throws {
        let tree = try Tree([Self.sipandu])
        let note = Self.sipandu + "/catatan.txt"
        try Data("catatan rapat\n".utf8).write(to: URL(fileURLWithPath: tree.root + "/" + note))
        _ = try tree.audit([])
        try tree.stash(Self.sop)
        try Data("catatan rapat, diperbarui\n".utf8).write(to: URL(fileURLWithPath: tree.root + "/" + note))
        let added = Self.sipandu + "/Dokumentasi/baru.txt"
        try Data("baru\n".utf8).write(to: URL(fileURLWithPath: tree.root + "/" + added))
        _ = try tree.audit([])
        try tree.unstash(Self.sop)
        _ = try tree.audit([])
        let ids = try tree.runIds()
        try #require(ids.count == 3)

        let result = try BuktiProcess.run(["diff", ids[0], ids[1], "--cache", tree.cache, "--format", "json"])
        #expect(result.status == 0, "\(result.err)")
        let diff = try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(diff["filesAdded"] as? [String] == [added])
        #expect(diff["filesRemoved"] as? [String] == [Self.sop])
        let changed = try #require(diff["filesChanged"] as? [[String: Any]])
        #expect(changed.map { $0["path"] as? String } == [note])
        #expect((changed.first?["changed"] as? [String])?.contains("size") == true)
        let missing = try #require(diff["newlyMissingCritical"] as? [[String: Any]])
        #expect(missing.count == 1)
        #expect(missing.first?["innovation"] as? String == Self.sipandu)
        #expect(missing.first?["type"] as? String == "sop")
        #expect(missing.first?["from"] as? String == "present")
        #expect(missing.first?["to"] as? String == "missing")

        let back = try BuktiProcess.run(["diff", ids[1], ids[2], "--cache", tree.cache, "--format", "json"])
        let backDiff = try #require(JSONSerialization.jsonObject(with: back.stdout) as? [String: Any])
        let documents = try #require(backDiff["documents"] as? [[String: Any]])
        #expect(documents.contains { $0["type"] as? String == "sop" && $0["change"] as? String == "newly-present" })
        #expect((backDiff["newlyMissingCritical"] as? [Any])?.isEmpty == true)
        #expect(backDiff["filesAdded"] as? [String] == [Self.sop])

        let text = try BuktiProcess.run(["diff", ids[0], ids[1], "--cache", tree.cache, "--lang", "en"])
        #expect(text.out.contains("Documents newly missing (1)"))
        #expect(text.out.contains("present → missing (critical)"))
        #expect(text.out.contains(Self.sop))
    }

    @Test func compareLastAddsSinceLastRunToJSONAndText() throws {
        let tree = try Tree([Self.sipandu])
        let first = try tree.auditJSON(["--compare", "last"])
        #expect(first["sinceLastRun"] == nil)  // nothing to compare with yet
        let plain = try tree.auditJSON()
        #expect(plain["sinceLastRun"] == nil)  // only with --compare
        let ids = try tree.runIds()
        try tree.stash(Self.sop)
        let json = try tree.auditJSON(["--compare", "last"])
        let since = try #require(json["sinceLastRun"] as? [String: Any])
        #expect((since["from"] as? [String: Any])?["id"] as? String == ids.last)
        #expect(since["filesRemoved"] as? [String] == [Self.sop])
        let text = try tree.audit(["--compare", "last", "--lang", "en"])
        #expect(text.out.contains("Since the last run"))
        #expect(text.out.contains("nothing changed"))
        try tree.unstash(Self.sop)
        let indonesian = try tree.audit(["--compare", "last"])
        #expect(indonesian.out.contains("Sejak pemeriksaan sebelumnya"))
        #expect(indonesian.out.contains("Dokumen yang baru ada (1)"))
        // An unknown run id is a usage error before any work.
        let unknown = try tree.audit(["--compare", "20000101T000000.000Z"])
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("no run '20000101T000000.000Z'"))
    }

    @Test func historyAndDiffSpeakIndonesianByDefaultAndEnglishOnRequest() throws {
        let tree = try Tree([Self.sipandu])
        let indonesian = ["BUKTI_LANG": ""], english = ["BUKTI_LANG": "en"]
        // No runs yet.
        let none = try BuktiProcess.run(["history", "--cache", tree.cache], environment: indonesian)
        #expect(none.err.hasPrefix("bukti: belum ada proses yang tercatat di '"), "\(none.err)")
        let noneEN = try BuktiProcess.run(["history", "--cache", tree.cache, "--lang", "en"], environment: indonesian)
        #expect(noneEN.err.hasPrefix("bukti: no recorded runs in '"), "\(noneEN.err)")

        _ = try tree.audit([])
        try tree.stash(Self.sop)
        _ = try tree.audit([])
        let ids = try tree.runIds()
        try #require(ids.count == 2)

        // The listing: SIPANDU complete, then incomplete once its SOP (critical) went missing.
        let list = try BuktiProcess.run(["history", "--cache", tree.cache], environment: indonesian)
        #expect(list.out.contains("  \(ids[0])  "))
        #expect(list.out.contains("  lengkap 1  belum lengkap 0  skor "), "\(list.out)")
        #expect(list.out.contains("  lengkap 0  belum lengkap 1  skor "), "\(list.out)")
        #expect(!list.out.contains("complete"))
        let listEN = try BuktiProcess.run(["history", "--cache", tree.cache], environment: english)
        #expect(listEN.out.contains("  complete 0  incomplete 1  score "), "\(listEN.out)")
        #expect(!listEN.out.contains("lengkap"))
        let badLang = try BuktiProcess.run(["history", "--cache", tree.cache, "--lang", "fr"])
        #expect(badLang.status == 2)

        // The change between the runs.
        let diff = try BuktiProcess.run(["diff", ids[0], ids[1], "--cache", tree.cache], environment: indonesian)
        #expect(diff.status == 0, "\(diff.err)")
        #expect(diff.out.contains("Dokumen yang baru hilang (1):"), "\(diff.out)")
        #expect(diff.out.contains("present → missing (kritis)"))
        #expect(diff.out.contains("Berkas yang dihapus (1):"))
        #expect(!diff.out.contains("Documents") && !diff.out.contains("Files"))
        let diffEN = try BuktiProcess.run(["diff", ids[0], "last", "--cache", tree.cache], environment: english)
        #expect(diffEN.out.contains("Documents newly missing (1):"), "\(diffEN.out)")
        #expect(diffEN.out.contains("present → missing (critical)"))
        #expect(diffEN.out.contains("Files removed (1):"))

        // A run that does not exist, in both languages, naming it.
        let unknown = "20000101T000000.000Z"
        let missing = try BuktiProcess.run(["diff", unknown, "last", "--cache", tree.cache], environment: indonesian)
        #expect(missing.status == 2)
        #expect(missing.err.hasPrefix("bukti: tidak ada proses '\(unknown)' dalam riwayat di '"), "\(missing.err)")
        let missingEN = try BuktiProcess.run(["diff", unknown, "last", "--cache", tree.cache, "--lang", "en"], environment: indonesian)
        #expect(missingEN.err.hasPrefix("bukti: no run '\(unknown)' in the history at '"), "\(missingEN.err)")

        // Two run files of different folders.
        let other = try Tree([Self.sipandu])
        _ = try BuktiProcess.run(["audit", other.root, "--cache", tree.cache])
        let folders = try FileManager.default.contentsOfDirectory(atPath: tree.cache + "/history").sorted()
        try #require(folders.count == 2)
        let files = try folders.map { folder in
            let path = tree.cache + "/history/" + folder
            return path + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: path).sorted().first))
        }
        let mixed = try BuktiProcess.run(["diff", files[0], files[1]], environment: indonesian)
        #expect(mixed.status == 2)
        #expect(mixed.err.hasPrefix("bukti: kedua proses berasal dari folder yang berbeda ('"), "\(mixed.err)")
        let mixedEN = try BuktiProcess.run(["diff", files[0], files[1], "--lang", "en"], environment: indonesian)
        #expect(mixedEN.err.hasPrefix("bukti: the runs are of different folders ('"), "\(mixedEN.err)")

        // A file that is no run record.
        let notRecord = tree.folder.path + "/not-a-run.json"
        try Data("{}".utf8).write(to: URL(fileURLWithPath: notRecord))
        let bad = try BuktiProcess.run(["diff", notRecord, "last", "--cache", tree.cache], environment: indonesian)
        #expect(bad.err == "bukti: '\(notRecord)' bukan catatan proses bukti\n", "\(bad.err)")
    }
}
