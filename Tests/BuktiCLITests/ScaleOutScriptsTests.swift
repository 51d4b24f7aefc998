import Foundation
import Testing

/// The scale-out examples in Docs/scale-out/ (README "Many regions: audit in parallel, merge"): the GNU parallel
/// script run for real over regions copied from Samples/, and the Kubernetes manifest kept in step with its script.
@Suite struct ScaleOutScriptsTests {
    static let folder = AuditCommandTests.package.appendingPathComponent("Docs/scale-out")

    /// The lines of the YAML block scalar under `key` (indented 4 spaces inside the ConfigMap), indent removed.
    static func block(_ key: String, in yaml: String) -> String? {
        let lines = yaml.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "  \(key): |") else { return nil }
        var out: [String] = []
        for line in lines[(start + 1)...] {
            if line.isEmpty { out.append(""); continue }
            guard line.hasPrefix("    ") else { break }
            out.append(String(line.dropFirst(4)))
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    @Test func theManifestCarriesRegionJobShAndOneCompletionPerRegion() throws {
        let yaml = try String(contentsOf: Self.folder.appendingPathComponent("bukti-cronjob.yaml"), encoding: .utf8)
        let script = try String(contentsOf: Self.folder.appendingPathComponent("region-job.sh"), encoding: .utf8)
        #expect(Self.block("region-job.sh", in: yaml) == script, "the ConfigMap's region-job.sh differs from Docs/scale-out/region-job.sh")
        let regions = try #require(Self.block("regions.txt", in: yaml)).split(separator: "\n").filter { !$0.isEmpty }
        #expect(yaml.contains("      completions: \(regions.count) "), "completions must equal the \(regions.count) regions")
        #expect(yaml.contains("completionMode: Indexed"))
        #expect(yaml.contains("{name: evidence, mountPath: /evidence, readOnly: true}"))
    }

    /// Runs `bash audit-all.sh EVIDENCE OUT 2` with `BUKTI` set to `bukti`; returns status and stderr.
    static func auditAll(_ evidence: String, _ out: String, bukti: String) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [folder.appendingPathComponent("audit-all.sh").path, evidence, out, "2"]
        var environment = ProcessInfo.processInfo.environment
        environment["BUKTI"] = bukti
        environment["BUKTI_LANG"] = "en"
        environment["XDG_CACHE_HOME"] = out + "/xdg"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        try BuktiProcess.waitForExit(process, timeout: 300)
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func auditAllAuditsEveryRegionAndRefusesToMergeWithoutOne() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/parallel") else {
            Issue.record("GNU parallel is not installed (Scripts/install-deps.sh installs it)")
            return
        }
        let bukti = try #require(BuktiProcess.executable).path
        let work = try TempFolder()
        let samples = AuditCommandTests.package.appendingPathComponent("Samples")
        let regions = ["Kota B": "Lapor Cepat (LAPCEP)", "Kabupaten A": "Pojok Baca Desa"]
        for (region, innovation) in regions {
            try FileManager.default.createDirectory(atPath: work.path + "/evidence/" + region, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: samples.appendingPathComponent(innovation).path,
                                             toPath: work.path + "/evidence/\(region)/\(innovation)")
        }
        let out = work.path + "/out"
        let run = try Self.auditAll(work.path + "/evidence", out, bukti: bukti)
        #expect(run.status == 0, "\(run.err)")
        let merged = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/provinsi.json"))) as? [String: Any])
        // Regions in byte order of their folder names, each with its own cache.
        #expect((merged["regions"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Kabupaten A", "Kota B"])
        for region in regions.keys {
            #expect(FileManager.default.fileExists(atPath: "\(out)/cache/\(region)/history"), "\(region)")
        }
        let joblog = try String(contentsOfFile: out + "/joblog.tsv", encoding: .utf8).split(separator: "\n")
        #expect(joblog.count == 3)  // header and one line per region

        // The next night Kota B's audit fails: last night's JSON must not stand in for it.
        let failing = work.path + "/failing-bukti.sh"
        try "#!/bin/bash\ncase \"$2\" in *'Kota B') exit 3;; esac\nexec '\(bukti)' \"$@\"\n".write(toFile: failing, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: failing)
        let night = try Self.auditAll(work.path + "/evidence", out, bukti: failing)
        #expect(night.status == 3)
        #expect(night.err.contains("audit-all: 1 region audit(s) failed"), "\(night.err)")
        #expect(night.err.contains("\(out)/audits/Kota B.json"), "\(night.err)")
        #expect(!FileManager.default.fileExists(atPath: out + "/audits/Kota B.json"))
    }
}
