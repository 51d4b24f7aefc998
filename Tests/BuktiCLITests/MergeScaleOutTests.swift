import Foundation
import Testing

/// The scale-out path of README ("Many regions: audit in parallel, merge"): each region audited by its own
/// `bukti audit` process with its own cache, all started at once, then `bukti merge` over their JSON.
@Suite struct MergeScaleOutTests {
    /// A region: a name, the Samples innovations copied into its root, and whether it has an official list.
    struct Region {
        var name: String
        var innovations: [String]
        var manifest: Bool = false
    }

    static let regions = [
        Region(name: "Kabupaten Contoh", innovations: ["SIPANDU - Sistem Informasi Posyandu Terpadu", "Lapor Cepat (LAPCEP)"]),
        Region(name: "Kota Contoh", innovations: ["e-Retribusi Pasar", "Kampung KB Digital", "Sekolah Ramah Anak"], manifest: true),
        Region(name: "Kabupaten Lain", innovations: ["Pojok Baca Desa", "Si-Jempol Kecamatan"]),
    ]

    static let samples = AuditCommandTests.package.appendingPathComponent("Samples")

    /// The three regions audited at the same time; returns the work folder, and per region its root, cache and JSON.
    static func auditRegions() throws -> (TempFolder, [(root: String, cache: String, json: String)]) {
        let work = try TempFolder()
        let manager = FileManager.default
        var jobs: [(root: String, cache: String, json: String, arguments: [String])] = []
        for (index, region) in regions.enumerated() {
            let root = work.path + "/evidence/" + region.name
            try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
            for innovation in region.innovations {
                try manager.copyItem(atPath: samples.appendingPathComponent(innovation).path, toPath: root + "/" + innovation)
            }
            let cache = work.path + "/cache-\(index)", json = work.path + "/region-\(index).json"
            var arguments = ["audit", root, "--cache", cache, "--format", "json", "--output", json]
            if region.manifest {
                // Its official list: the Samples manifest's header and its own innovations' rows, outside the root.
                let lines = try String(contentsOf: samples.appendingPathComponent("manifest.csv"), encoding: .utf8)
                    .split(separator: "\n").map(String.init)
                let kept = [lines[0]] + lines.dropFirst().filter { line in region.innovations.contains { line.contains(",\($0),") } }
                try (kept.joined(separator: "\n") + "\n").write(toFile: work.path + "/manifest-\(index).csv", atomically: true, encoding: .utf8)
                arguments += ["--manifest", work.path + "/manifest-\(index).csv"]
            }
            jobs.append((root, cache, json, arguments))
        }
        // Start every job, then wait for all: separate processes, as GNU parallel or a Kubernetes Indexed Job run them.
        let results = Results(count: jobs.count)
        let group = DispatchGroup()
        for (index, job) in jobs.enumerated() {
            group.enter()
            Thread {
                results.set(index, Result { try BuktiProcess.run(job.arguments, timeout: 300) })
                group.leave()
            }.start()
        }
        group.wait()
        for (index, result) in results.all.enumerated() {
            let run = try result.get()
            // 1: some innovations lack critical documents by construction (Samples/README.md); never 75 (no shared lock).
            #expect([0, 1].contains(run.status), "region \(index): status \(run.status), \(run.err)")
        }
        return (work, jobs.map { ($0.root, $0.cache, $0.json) })
    }

    static func object(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// `30`, or `7.5`: a score as the reports print it.
    static func number(_ value: Any?) -> String {
        guard let double = value as? Double else { return "\(value ?? "")" }
        return double == double.rounded() ? String(Int(double)) : String(double)
    }

    @Test func regionsAuditedBySeparateProcessesMergeIntoTheSumOfTheirParts() throws {
        let (work, parts) = try Self.auditRegions()
        let audits = try parts.map { try Self.object($0.json) }
        let names = Self.regions.map(\.name)
        let arguments = zip(parts, names).map { "\($0.json)=\($1)" }

        // The merged JSON keeps each region's audit exactly as its own job wrote it, in argument order.
        let merged = try BuktiProcess.run(["merge"] + arguments + ["--format", "json"])
        #expect(merged.status == 0, "\(merged.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: merged.stdout) as? [String: Any])
        let regions = try #require(object["regions"] as? [[String: Any]])
        #expect(regions.map { $0["name"] as? String } == names)
        for (region, audit) in zip(regions, audits) {
            #expect((region["audit"] as? NSDictionary)?.isEqual(to: audit) == true, "\(region["name"] ?? "")")
        }
        for (audit, region) in zip(audits, Self.regions) {
            let innovations = try #require(audit["innovations"] as? [[String: Any]])
            #expect(Set(innovations.compactMap { $0["name"] as? String }).count == region.innovations.count)
        }

        // The combined report: one row per region and per innovation, with the totals the sums of the parts.
        let markdown = try BuktiProcess.run(["merge"] + arguments + ["--format", "md", "--lang", "en"])
        #expect(markdown.status == 0, "\(markdown.err)")
        var totals = (innovations: 0, complete: 0, incomplete: 0, files: 0, problems: 0)
        for (audit, name) in zip(audits, names) {
            let summary = try #require(audit["summary"] as? [String: Any])
            let count = { (key: String) in summary[key] as? Int ?? -1 }
            totals.innovations += count("innovations")
            totals.complete += count("complete")
            totals.incomplete += count("incomplete")
            totals.files += count("files")
            totals.problems += count("filesWithProblems")
            #expect(markdown.out.contains("| \(name) | \(count("innovations")) | \(count("complete")) | \(count("incomplete")) |"))
            for innovation in try #require(audit["innovations"] as? [[String: Any]]) {
                let status = innovation["complete"] as? Bool == true ? "complete" : "incomplete"
                // `| region | innovation | [agency |] status | score / max |`: the agency column appears when a
                // region has an official list.
                let start = "| \(name) | \(innovation["name"] as? String ?? "") |"
                let cells = "| \(status) | \(Self.number(innovation["score"])) / \(Self.number(innovation["maxScore"])) |"
                let rows = markdown.out.split(separator: "\n").filter { $0.hasPrefix(start) && $0.contains(cells) }
                #expect(rows.count == 1, "\(start) \(cells)")
            }
        }
        #expect(totals.innovations == Self.regions.reduce(0) { $0 + $1.innovations.count })
        #expect(markdown.out.contains(
            "Innovations: \(totals.innovations) — complete \(totals.complete), incomplete \(totals.incomplete). "
                + "Files: \(totals.files), files with problems: \(totals.problems)."))

        // Deterministic: the same inputs give the same bytes; another order gives the regions in that order
        // (merge keeps argument order, it does not sort), each region's audit unchanged.
        let again = try BuktiProcess.run(["merge"] + arguments + ["--format", "json"])
        let same = again.stdout == merged.stdout  // compared outside #expect, which would print 170 kB twice
        #expect(same, "merging the same audits twice gave different JSON")
        let reversed = try BuktiProcess.run(["merge"] + arguments.reversed() + ["--format", "json"])
        let reversedRegions = try #require(
            (try JSONSerialization.jsonObject(with: reversed.stdout) as? [String: Any])?["regions"] as? [[String: Any]])
        #expect(reversedRegions.map { $0["name"] as? String } == names.reversed())
        for (region, audit) in zip(reversedRegions, audits.reversed()) {
            #expect((region["audit"] as? NSDictionary)?.isEqual(to: audit) == true)
        }

        // Each job used only its own cache: each history holds one run, of its own root.
        for (part, audit) in zip(parts, audits) {
            let history = try BuktiProcess.run(["history", "--cache", part.cache, "--format", "json"])
            let rows = try #require(try JSONSerialization.jsonObject(with: history.stdout) as? [[String: Any]])
            #expect(rows.count == 1)
            #expect(rows.first?["root"] as? String == audit["root"] as? String)
            #expect((rows.first?["root"] as? String)?.hasSuffix(URL(fileURLWithPath: part.root).lastPathComponent) == true)
        }
        withExtendedLifetime(work) {}
    }

    @Test func aFailedJobStopsTheMergeNamingItsFile() throws {
        let (work, parts) = try Self.auditRegions()
        // One job died while writing (half its JSON), one never wrote anything, one wrote nothing at all.
        let data = try Data(contentsOf: URL(fileURLWithPath: parts[1].json))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: parts[1].json))
        let truncated = try BuktiProcess.run(["merge", parts[0].json, parts[1].json, parts[2].json, "--lang", "en"])
        #expect(truncated.status == 2)
        #expect(truncated.out.isEmpty)
        #expect(truncated.err.contains("'\(parts[1].json)' is not a readable audit JSON"), "\(truncated.err)")

        try Data().write(to: URL(fileURLWithPath: parts[1].json))
        let empty = try BuktiProcess.run(["merge", parts[0].json, parts[1].json, "--lang", "en"])
        #expect(empty.status == 2)
        #expect(empty.err.contains("'\(parts[1].json)' is not a readable audit JSON"), "\(empty.err)")

        let missing = work.path + "/region-9.json"
        let absent = try BuktiProcess.run(["merge", parts[0].json, missing + "=Kota Hilang", parts[2].json])
        #expect(absent.status == 2)
        #expect(absent.out.isEmpty)
        #expect(absent.err.contains(missing), "\(absent.err)")
    }
}

/// Results of the jobs run on their own threads, by index.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<BuktiProcess.Result, any Error>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<BuktiProcess.Result, any Error>) { lock.withLock { values[index] = value } }

    /// Every result; a job that never reported counts as failed.
    var all: [Result<BuktiProcess.Result, any Error>] {
        lock.withLock { values.map { $0 ?? .failure(BuktiProcess.TimedOut()) } }
    }
}
