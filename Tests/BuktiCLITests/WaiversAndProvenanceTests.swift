import Foundation
import Testing

/// `--waivers` and `--provenance` end to end.
@Suite struct WaiversAndProvenanceTests {
    typealias Tree = HistoryCommandTests.Tree
    static let pojok = "Pojok Baca Desa"  // has no SK (a critical document)

    func waivers(_ tree: Tree, _ text: String) throws -> String {
        let path = tree.folder.path + "/waivers.json5"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aValidWaiverTurnsTheGapIntoWaivedAndTheRunPasses() throws {
        let tree = try Tree([Self.pojok])
        #expect(try tree.audit([]).status == 1)
        let file = try waivers(tree, """
            // Tahun ini Pojok Baca Desa belum punya SK.
            {
              waivers: [
                { innovation: "Pojok Baca Desa", documentType: "sk", justification: "SK dalam proses di Bagian Hukum",
                  decidedBy: "Kabid Litbang", expires: "2099-12-31" },
                { innovation: "Pojok Baca Desa", indicator: "video", justification: "tidak diklaim tahun ini",
                  decidedBy: "Kabid Litbang", expires: "2099-12-31" },
              ],
            }
            """)
        let result = try tree.audit(["--waivers", file, "--format", "json", "--lang", "en"])
        #expect(result.status == 0, "\(result.err)")
        let json = try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let innovation = try #require((json["innovations"] as? [[String: Any]])?.first)
        #expect(innovation["complete"] as? Bool == true)
        #expect(innovation["missing"] as? [String] == [])
        #expect(((innovation["documents"] as? [String: Any])?["sk"] as? [String: Any])?["status"] as? String == "waived")
        let video = (innovation["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == "video" }
        #expect(video?["status"] as? String == "waived")
        #expect((innovation["mandatoryWithoutEvidence"] as? [String])?.contains("video") == false)
        let problems = (innovation["problems"] as? [[String: Any]]) ?? []
        #expect(problems.contains { $0["code"] as? String == "waived" && ($0["message"] as? String)?.contains("Kabid Litbang") == true })
        #expect(!problems.contains { $0["code"] as? String == "missing-document" && ($0["message"] as? String)?.contains("(SK)") == true })
        let text = try tree.audit(["--waivers", file, "--lang", "en"])
        #expect(text.out.contains("waived"))
    }

    @Test func anExpiredWaiverIsAGapAgain() throws {
        let tree = try Tree([Self.pojok])
        let file = try waivers(tree, """
            { waivers: [ { innovation: "Pojok Baca Desa", documentType: "sk", justification: "menunggu SK",
                           decidedBy: "Kabid Litbang", expires: "2020-01-31" } ] }
            """)
        let result = try tree.audit(["--waivers", file, "--format", "json", "--lang", "en"])
        #expect(result.status == 1)
        let json = try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let innovation = try #require((json["innovations"] as? [[String: Any]])?.first)
        #expect(innovation["missing"] as? [String] == ["sk"])
        let problems = (innovation["problems"] as? [[String: Any]]) ?? []
        #expect(problems.contains { $0["code"] as? String == "waiver-expired" && ($0["message"] as? String)?.contains("waiver expired on 2020-01-31") == true })
    }

    @Test func aWaiverNamingAnUnknownInnovationOrIndicatorStopsTheRunWithItsPlace() throws {
        let tree = try Tree([Self.pojok])
        // Line 3 column 19 is where "Pojok Bacaa Desa" starts; line 5 column 5 is the second waiver's indicator value.
        let file = try waivers(tree, """
            {
              waivers: [
                { innovation: "Pojok Bacaa Desa", documentType: "sk", justification: "x", decidedBy: "y", expires: "2099-01-01" },
                { innovation: "Pojok Baca Desa",
                  indicator: "vidio", justification: "x", decidedBy: "y", expires: "2099-01-01" },
              ],
            }
            """)
        let result = try tree.audit(["--waivers", file])
        #expect(result.status == 2)
        #expect(result.err.contains("waivers.json5:3:19: error: waivers[0].innovation: no innovation folder named 'Pojok Bacaa Desa' (did you mean 'Pojok Baca Desa'?)"))
        #expect(result.err.contains("waivers.json5:5:18: error: waivers[1].indicator: unknown indicator 'vidio' (did you mean 'video'?)"))
        #expect(result.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: tree.cache + "/history"))  // no work was done
        let syntax = try waivers(tree, "{ waivers: [ { innovation: \"Pojok Baca Desa\" ")
        let broken = try tree.audit(["--waivers", syntax])
        #expect(broken.status == 2)
        #expect(broken.err.contains("waivers.json5:1:"))
    }

    @Test func provenanceHashesEqualSha256sum() throws {
        let tree = try Tree([HistoryCommandTests.sipandu])
        let path = tree.folder.path + "/provenance.json"
        let result = try tree.audit(["--provenance", path])
        #expect(result.status == 0, "\(result.err)")
        let record = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(record["assessmentYear"] as? Int == 2024)
        #expect(((record["rules"] as? [String: Any])?["sha256"] as? String)?.count == 64)
        let files = try #require(record["files"] as? [[String: Any]])
        let paths = files.compactMap { $0["path"] as? String }
        #expect(paths.contains { $0.hasSuffix("/SOP Pelayanan SIPANDU.pdf") })
        #expect(paths.contains { $0.hasSuffix("/SK Bupati Penetapan Inovasi Daerah 2024.pdf") })
        let sums = try sha256sum(paths)
        for file in files {
            let path = try #require(file["path"] as? String)
            #expect(file["sha256"] as? String == sums[path], "\(path)")
        }
        // Never inside the root.
        let inside = try tree.audit(["--provenance", tree.root + "/provenance.json"])
        #expect(inside.status == 2)
    }

    /// `sha256sum` of each path, by path.
    func sha256sum(_ paths: [String]) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = ["--"] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var sums: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let hash = String(line.prefix(64))
            sums[String(line.dropFirst(66))] = hash
        }
        return sums
    }
}
