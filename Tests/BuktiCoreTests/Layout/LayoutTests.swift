import Foundation
import Testing
@testable import BuktiCore

/// Which innovation each file belongs to, by layout depth; ignore globs; unassigned files.
@Suite struct LayoutTests {
    @Test func depthOne() {
        let layout = InnovationLayout(root: FilePath("Root"), depth: 1, ignore: ["~$*"])
        #expect(layout.place(FilePath("Root/SIPANDU/SK/sk.pdf")) == .innovation(folder: FilePath("Root/SIPANDU"), inner: "SK"))
        #expect(layout.place(FilePath("Root/SIPANDU/sk.pdf")) == .innovation(folder: FilePath("Root/SIPANDU"), inner: ""))
        #expect(layout.place(FilePath("Root/daftar.xlsx")) == .unassigned)
        #expect(layout.place(FilePath("Root/SIPANDU/~$sk.docx")) == .ignored)
    }

    @Test func depthTwo() {
        let layout = InnovationLayout(root: FilePath("Root/"), depth: 2, ignore: [])
        #expect(layout.place(FilePath("Root/Dinkes/SIPANDU/a/b/sk.pdf"))
                == .innovation(folder: FilePath("Root/Dinkes/SIPANDU"), inner: "a/b"))
        #expect(layout.place(FilePath("Root/Dinkes/sk.pdf")) == .unassigned)
    }

    @Test func globs() {
        #expect(Glob.matches(pattern: "*.tmp", "a.TMP"))
        #expect(Glob.matches(pattern: "~$*", "~$SK.docx"))
        #expect(Glob.matches(pattern: "?at", "cat"))
        #expect(!Glob.matches(pattern: "*.tmp", "a.tmpx"))
    }

    @Test func emptyInnovationFoldersAreListed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bukti-layout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["Dinkes/SIPANDU", "Dinkes/Kosong", "Bappeda/~$tmp", "Bappeda/SIMPEL"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data("x".utf8).write(to: root.appendingPathComponent("Dinkes/catatan.txt"))
        let layout = InnovationLayout(root: FilePath(root.path), depth: 2, ignore: ["~$*"])
        #expect(layout.innovationFolders().map { String($0.display.dropFirst(root.path.count + 1)) }
                == ["Bappeda/SIMPEL", "Dinkes/Kosong", "Dinkes/SIPANDU"])
    }

    @Test func unassignedFilesAreReportedAndIgnoredFilesSkipped() {
        let report = AuditFixture.report([
            AuditFixture.file("Root/catatan.txt", kind: .text),
            AuditFixture.file("Root/A/sk.pdf", types: [("sk", 2024)]),
            AuditFixture.file("Root/A/~$sk.docx", kind: .docx),
        ])
        #expect(report.unassigned == ["Root/catatan.txt"])
        #expect(report.innovations.map(\.name) == ["A"])
        #expect(report.innovations.first?.files.map(\.path) == ["Root/A/sk.pdf"])
    }
}
