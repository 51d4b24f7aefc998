import Foundation
import Testing

/// `bukti audit --report`, `--excel`, `--split-by opd` end to end on Samples/ (read only) with
/// reports written to a scratch folder.
@Suite struct ReportOptionsTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samples = package.appendingPathComponent("Samples").path

    func files(_ folder: TempFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func severalReportsFromOneRun() throws {
        let out = try TempFolder()
        let run = try BuktiProcess.run([
            "audit", Self.samples, "--report", "csv:\(out.path)/laporan.csv", "--report", "md:-",
            "--report", "json:\(out.path)/hasil.json", "--excel",
        ])
        #expect(run.status == 1, "Samples has incomplete innovations: \(run.err)")
        #expect(run.out.hasPrefix("# Laporan audit data dukung inovasi daerah\n"))
        #expect(try files(out) == ["hasil.json", "laporan.csv"], "no temporary file is left behind")
        let csv = try Data(contentsOf: out.url.appendingPathComponent("laporan.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        // The json report is the audit contract, byte for byte.
        let plain = try BuktiProcess.run(["audit", Self.samples, "--format", "json"])
        #expect(try Data(contentsOf: out.url.appendingPathComponent("hasil.json")) == plain.stdout)
    }

    @Test func csvWithoutExcelHasNoByteOrderMark() throws {
        let run = try BuktiProcess.run(["audit", Self.samples, "--format", "csv", "--lang", "en"])
        #expect(run.status == 1)
        #expect(run.out.hasPrefix("Agency,Innovation,Path,"))
    }

    @Test(arguments: [
        ["--report", "pdf:/tmp/x.pdf"],
        ["--report", "md:-", "--report", "csv:-"],
        ["--report", "md"],
        ["--report", "md:/no/such/folder/x.md"],
        ["--format", "md", "--report", "csv:-"],
        ["--split-by", "opd", "--format", "md"],
        ["--split-by", "folder", "--report", "md:/tmp/x.md"],
    ])
    func refusedBeforeAnyWork(_ arguments: [String]) throws {
        let run = try BuktiProcess.run(["audit", Self.samples] + arguments)
        #expect(run.status == 2, "\(arguments): \(run.err)")
        #expect(run.out.isEmpty)
        #expect(run.err.contains("Run 'bukti audit --help'"))
    }

    @Test func aFailedWriteLeavesNoReportAtAll() throws {
        let out = try TempFolder()
        // /proc accepts no new files: the md report fails after the csv one was written to a temporary file.
        let run = try BuktiProcess.run([
            "audit", Self.samples, "--report", "csv:\(out.path)/laporan.csv", "--report", "md:/proc/laporan.md",
        ])
        #expect(run.status == 3, "\(run.err)")
        #expect(run.err.contains("/proc/laporan.md"))
        #expect(try files(out).isEmpty, "neither the csv nor its temporary file is left")
    }

    @Test func aFolderIsNotAReportFile() throws {
        let out = try TempFolder()
        let run = try BuktiProcess.run(["audit", Self.samples, "--report", "md:\(out.path)"])
        #expect(run.status == 2)
        #expect(run.err.contains("a file, not a folder"))
    }

    @Test func neverWritesIntoTheAuditedFolder() throws {
        let root = try TempFolder()
        try root.write(Array("Inovasi/catatan.txt".utf8))
        let run = try BuktiProcess.run(["audit", root.path, "--report", "md:\(root.path)/Inovasi/laporan.md"])
        #expect(run.status == 2)
        #expect(run.err.contains("outside the audited folder"))
        #expect(!FileManager.default.fileExists(atPath: root.path + "/Inovasi/laporan.md"))
    }

    @Test func splitByOPDFromTheManifest() throws {
        let out = try TempFolder()
        let manifest = Self.samples + "/manifest.csv"
        let run = try BuktiProcess.run([
            "audit", Self.samples, "--manifest", manifest, "--split-by", "opd", "--report", "csv:\(out.path)/lap.csv",
        ])
        #expect(run.status == 1, "\(run.err)")
        // Expected agencies: the manifest's OPD column for rows that have a folder.
        let rows = try String(contentsOfFile: manifest, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count >= 3 && !$0[1].isEmpty }
        let slugs = rows.map { "lap-" + $0[2].lowercased().replacingOccurrences(of: " ", with: "-") + ".csv" }
        #expect(try files(out) == slugs.sorted())
        for row in rows {
            let name = "lap-" + row[2].lowercased().replacingOccurrences(of: " ", with: "-") + ".csv"
            // Records end in CRLF; line breaks inside cells are plain LF. No name here holds a comma.
            let records = try String(contentsOfFile: out.path + "/" + name, encoding: .utf8)
                .components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
                .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            #expect(!records.isEmpty)
            for record in records {
                #expect(record[0] == row[2] && record[2] == Self.samples + "/" + row[1], "\(name) holds only its agency")
            }
        }
    }

    @Test func splitByOPDFromFolderLevel() throws {
        let root = try TempFolder(), out = try TempFolder()
        let pdf = try Data(contentsOf: URL(fileURLWithPath: Self.samples + "/SIPANDU - Sistem Informasi Posyandu Terpadu")
            .appendingPathComponent(try FileManager.default.contentsOfDirectory(atPath: Self.samples + "/SIPANDU - Sistem Informasi Posyandu Terpadu")
                .sorted().first { $0.hasSuffix(".pdf") } ?? "x"))
        try root.write(Array("Dinas Kesehatan/SIPANDU/SK.pdf".utf8), [UInt8](pdf))
        try root.write(Array("Dinas Pendidikan/Sekolah Ramah Anak/SK.pdf".utf8), [UInt8](pdf))
        try root.write(Array("Dinas Pendidikan/Pojok Baca/SK.pdf".utf8), [UInt8](pdf))
        let run = try BuktiProcess.run(["audit", root.path, "--depth", "2", "--split-by", "opd", "--report", "md:\(out.path)/r.md"])
        #expect(run.status == 1 || run.status == 0, "\(run.err)")
        #expect(try files(out) == ["r-dinas-kesehatan.md", "r-dinas-pendidikan.md"])
        let kesehatan = try String(contentsOfFile: out.path + "/r-dinas-kesehatan.md", encoding: .utf8)
        let pendidikan = try String(contentsOfFile: out.path + "/r-dinas-pendidikan.md", encoding: .utf8)
        #expect(kesehatan.contains("## SIPANDU\n") && !kesehatan.contains("Pojok Baca"))
        #expect(pendidikan.contains("## Pojok Baca\n") && pendidikan.contains("## Sekolah Ramah Anak\n") && !pendidikan.contains("SIPANDU"))
    }

    @Test func splitNeedsAgencies() throws {
        let out = try TempFolder()
        let run = try BuktiProcess.run(["audit", Self.samples, "--split-by", "opd", "--report", "md:\(out.path)/r.md"])
        #expect(run.status == 2)
        #expect(run.err.contains("--split-by opd"))
        #expect(try files(out).isEmpty)
    }
}
