import Foundation
import Testing
@testable import BuktiCore

/// The whole report from hand-made classifications: missing lists, scores, completeness, JSON order.
@Suite struct AuditorTests {
    static let complete: [(FileFacts, FileClassification)] = [
        AuditFixture.file("Root/SIPANDU/sk.pdf", types: [("sk", 2024)], text: "Keputusan tentang Tim Inovasi SIPANDU"),
        AuditFixture.file("Root/SIPANDU/sop.pdf", types: [("sop", nil)], text: "waktu 10 menit"),
        AuditFixture.file("Root/SIPANDU/dpa.pdf", types: [("budget", 2024)]),
    ]
    static let incomplete: [(FileFacts, FileClassification)] = [
        AuditFixture.file("Root/Kosong/foto.jpg", kind: .jpeg, types: [("photo", 2024)]),
        AuditFixture.file("Root/Kosong/rka.pdf", types: [("rka", 2024)]),
        AuditFixture.file("Root/Kosong/SK.pdf", named: ["sk"], problems: [Problem(.truncated, "file ends at 100")]),
    ]

    @Test func missingCriticalDocumentsAndScores() throws {
        let report = AuditFixture.report(Self.complete + Self.incomplete)
        #expect(report.innovations.map(\.name) == ["Kosong", "SIPANDU"])
        let good = try #require(report.innovations.last)
        #expect(good.complete)
        #expect(good.missing == [])
        #expect(good.score == 12.0)  // regulasi 3×2 + anggaran 4×1 + sdm 2×1
        #expect(good.maxScore == 28.0)  // 9 + 12 + 6 + 1
        #expect(good.completeness == 0.75)
        #expect(good.mandatoryWithoutEvidence == [])
        let bad = try #require(report.innovations.first)
        #expect(!bad.complete)
        #expect(bad.missing == ["sk", "sop"])  // budget is weak (RKA), not missing
        #expect(bad.documents["sk"]?.status == .unreadable)
        #expect(bad.documents["budget"]?.status == .weak)
        #expect(bad.mandatoryWithoutEvidence == ["regulasi", "anggaran"])
        #expect(bad.problems.map(\.code) == ["unreadable-document", "missing-document", "weak-document"])
        #expect(bad.problems.contains { $0.message == "SOP tidak ditemukan" })
        #expect(report.summary.missingCritical.entries.map(\.key) == ["sk", "sop", "budget"])
        #expect(report.summary.missingCritical["sk"] == 1)
        #expect(report.summary.missingCritical["budget"] == 0)
        #expect(report.summary.complete == 1)
        #expect(report.summary.filesWithProblems == 1)
    }

    @Test func aScannedSKNamedAsSuchCountsButCannotBeChecked() throws {
        let scan = AuditFixture.file("Root/SIPANDU/SK Bupati (scan).pdf", named: ["sk"], text: nil, scanned: true)
        let report = AuditFixture.report([scan])
        let sk = try #require(report.innovations.first?.documents["sk"])
        #expect(sk.status == .present)
        #expect(sk.evidence.first?.problems.map(\.code) == ["recognised-by-name", "cannot-check", "date-not-found"])
        // A scan with text, or a named file that is not a scan, is classified by its content as usual.
        let named = AuditFixture.file("Root/SIPANDU/SK Bupati.pdf", named: ["sk"], text: "Undangan rapat", scanned: false)
        #expect(AuditFixture.report([named]).innovations.first?.documents["sk"]?.status == .missing)
    }

    @Test func englishMessages() throws {
        let report = AuditFixture.report(Self.incomplete, language: .en)
        #expect(try #require(report.innovations.first).problems.contains { $0.message == "missing: SOP" })
        #expect(report.innovations.first?.indicators.first?.name == "Regulation")
    }

    @Test func skThatDoesNotNameTheInnovation() throws {
        let report = AuditFixture.report([
            AuditFixture.file("Root/SIPANDU/sk.pdf", types: [("sk", 2024)], text: "Keputusan tentang Tim Inovasi SIMPEL"),
            AuditFixture.file("Root/SIMPEL/sk.pdf", types: [("sk", 2024)], text: "Keputusan tentang Tim Inovasi SIMPEL"),
        ])
        let sipandu = try #require(report.innovations.first { $0.name == "SIPANDU" })
        #expect(sipandu.documents["sk"]?.evidence.first?.problems.map(\.code) == ["sk-not-naming-innovation"])
        #expect(sipandu.indicators.first?.problems.contains { $0.code == "sk-not-naming-innovation" } == true)
        let simpel = try #require(report.innovations.first { $0.name == "SIMPEL" })
        #expect(simpel.documents["sk"]?.evidence.first?.problems == [])
    }

    /// The keys of the lines indented by exactly `indent` spaces, in order.
    static func keys(indent: Int, in text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let body = line.drop { $0 == " " }
            guard line.count - body.count == indent, body.hasPrefix("\""), let end = body.dropFirst().firstIndex(of: "\"")
            else { return nil }
            return String(body[body.index(after: body.startIndex)..<end])
        }
    }

    @Test func jsonKeysFollowTheContractOrder() throws {
        let json = try OrderedJSONEncoder(.document).encode(AuditFixture.report(Self.complete + Self.incomplete))
        func order(_ keys: [String], in text: Substring) -> Bool {
            let positions = keys.map { text.range(of: "\"\($0)\":")?.lowerBound }
            return positions.allSatisfy { $0 != nil } && zip(positions, positions.dropFirst()).allSatisfy { $0! < $1! }
        }
        #expect(order(["schemaVersion", "tool", "rules", "assessmentYear", "root", "summary", "innovations", "unassigned",
                       "shared"], in: json[...]))
        #expect(order(["innovations", "complete", "incomplete", "files", "filesWithProblems", "missingCritical"], in: json[...]))
        #expect(order(["sk", "sop", "budget"], in: json[json.range(of: "missingCritical")!.lowerBound...]))
        let innovation = json[json.range(of: "\"name\": \"Kosong\"")!.lowerBound...]
        #expect(Self.keys(indent: 6, in: String(innovation).components(separatedBy: "\n    }")[0])
                == ["path", "complete", "completeness", "score", "maxScore", "missing", "mandatoryWithoutEvidence",
                    "documents", "indicators", "files", "problems"])
        #expect(order(["sk", "sop", "budget", "rka", "photo", "video"], in: innovation[innovation.range(of: "documents")!.lowerBound...]))
        let sipandu = json[json.range(of: "\"name\": \"SIPANDU\"")!.lowerBound...]
        #expect(order(["status", "evidence", "path", "score", "year", "reasons", "problems"],
                      in: sipandu[sipandu.range(of: "\"documents\"")!.lowerBound...]))
        let indicator = innovation[innovation.range(of: "\"indicators\"")!.lowerBound...]
        #expect(order(["id", "number", "name", "level", "score", "maxScore", "status", "evidence", "problems"], in: indicator))
        // And it is valid JSON that decodes back to the same report.
        let decoded = try JSONDecoder().decode(AuditReport.self, from: Data(json.utf8))
        #expect(decoded == AuditFixture.report(Self.complete + Self.incomplete))
    }
}
