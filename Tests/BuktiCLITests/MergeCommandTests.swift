import Foundation
import Testing

/// `bukti merge` over the committed golden audits (Samples with the 2024 and the 2026 rules).
@Suite struct MergeCommandTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let a2024 = golden.appendingPathComponent("audit-samples-iid-2024.json").path
    static let a2026 = golden.appendingPathComponent("audit-samples-iid-2026.json").path

    func innovationCount(_ path: String) throws -> Int {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        return (object?["innovations"] as? [Any])?.count ?? -1
    }

    @Test func oneRowPerRegionAndTheDrillDown() throws {
        let run = try BuktiProcess.run(["merge", "\(Self.a2024)=Kabupaten Contoh", "\(Self.a2024)=Kota Contoh", "--format", "md"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("| Kabupaten Contoh | \(try innovationCount(Self.a2024)) |"))
        #expect(run.out.contains("| Kota Contoh | \(try innovationCount(Self.a2024)) |"))
        #expect(run.out.contains("## Kota Contoh — SIPANDU - Sistem Informasi Posyandu Terpadu\n"))
    }

    @Test func regionsDefaultToTheRootName() throws {
        let run = try BuktiProcess.run(["merge", Self.a2024, "--format", "csv"])
        #expect(run.status == 0, "\(run.err)")
        let lines = run.out.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("Daerah,") == true)
        #expect(lines.dropFirst().first?.hasPrefix("Samples,") == true)
    }

    @Test func mergedJSONKeepsEachAudit() throws {
        let out = try TempFolder()
        let run = try BuktiProcess.run(["merge", "\(Self.a2024)=A", "\(Self.a2024)=B", "--report", "json:\(out.path)/m.json"])
        #expect(run.status == 0, "\(run.err)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: out.url.appendingPathComponent("m.json"))) as? [String: Any]
        let regions = try #require(object?["regions"] as? [[String: Any]])
        #expect(regions.map { $0["name"] as? String } == ["A", "B"])
    }

    @Test func refusesAuditsMadeWithDifferentRules() throws {
        let run = try BuktiProcess.run(["merge", Self.a2024, Self.a2026, "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.err.contains("audit-samples-iid-2024.json") && run.err.contains("audit-samples-iid-2026.json"))
        #expect(run.err.contains("different rule files"))
        #expect(run.out.isEmpty)
    }

    @Test func refusesOtherSchemaVersions() throws {
        let folder = try TempFolder()
        var text = try String(contentsOfFile: Self.a2024, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"schemaVersion\": 1,", with: "\"schemaVersion\": 2,")
        try Data(text.utf8).write(to: folder.url.appendingPathComponent("v2.json"))
        let run = try BuktiProcess.run(["merge", Self.a2024, folder.path + "/v2.json", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.err.contains("different schema versions") && run.err.contains("v2.json"))
    }

    @Test func refusesWhatIsNotAnAudit() throws {
        let folder = try TempFolder()
        try Data("{\"schemaVersion\": 1}".utf8).write(to: folder.url.appendingPathComponent("x.json"))
        let run = try BuktiProcess.run(["merge", folder.path + "/x.json", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.err.contains("is not a readable audit JSON"))
    }
}
