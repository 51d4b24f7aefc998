import Foundation
import Testing
@testable import BuktiCore

/// Shared documents: equal size first, then the hash; only files of equal size are hashed.
@Suite struct SharedDocumentsTests {
    /// A hasher over fixed contents that records which paths it read.
    final class PathHasher: ContentHasher, @unchecked Sendable {
        let contents: [String: String]
        private let lock = NSLock()
        private(set) var read: [String] = []
        init(_ contents: [String: String]) { self.contents = contents }
        func digest(ofFileAt path: FilePath) throws -> String {
            lock.withLock { read.append(path.display) }
            return "h-" + (contents[path.display] ?? "")
        }
        func digest(of source: any ByteSource) throws -> String { "" }
    }

    @Test func equalContentIsSharedEqualSizeAloneIsNot() {
        let fake = PathHasher(["Root/A/perbup.pdf": "P", "Root/B/perbup-salinan.pdf": "P", "Root/B/lain.pdf": "Q"])
        var files = AuditFixture.prepared([
            AuditFixture.file("Root/A/perbup.pdf", bytes: 500),
            AuditFixture.file("Root/B/perbup-salinan.pdf", bytes: 500),
            AuditFixture.file("Root/B/lain.pdf", bytes: 500),
            AuditFixture.file("Root/B/unik.pdf", bytes: 777),
            AuditFixture.file("Root/B/kosong.pdf", bytes: 0),
            AuditFixture.file("Root/A/kosong.pdf", bytes: 0),
        ])
        let shared = SharedDocuments(hasher: fake).find(in: &files)
        #expect(shared == [SharedDocument(sha256: "h-P", paths: ["Root/A/perbup.pdf", "Root/B/perbup-salinan.pdf"])])
        #expect(!fake.read.contains("Root/B/unik.pdf"))
        #expect(!fake.read.contains { $0.hasSuffix("kosong.pdf") })
        #expect(fake.read.count == 3)
    }

    @Test func sharedDocumentsAppearInTheReportAndCountForEachInnovation() {
        let fake = PathHasher(["Root/A/sk.pdf": "S", "Root/B/sk.pdf": "S"])
        let report = AuditFixture.report([
            AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2024)], bytes: 900),
            AuditFixture.file("Root/B/sk.pdf", types: [("sk", 2024)], bytes: 900),
        ], hasher: fake)
        #expect(report.shared.map(\.paths) == [["Root/A/sk.pdf", "Root/B/sk.pdf"]])
        #expect(report.innovations.map { $0.documents["sk"]?.status } == [.present, .present])
    }
}
