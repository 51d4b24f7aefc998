import BuktiCore
import Foundation
import Testing
@testable import BuktiFormats

@Suite struct ZipProbeTests {
    @Test(arguments: [
        ("sop.docx", FileKind.docx), ("dpa.xlsx", .xlsx), ("paparan.pptx", .pptx), ("sop.odt", .odt),
        ("dpa.ods", .ods), ("paparan.odp", .odp), ("bomb.zip", .zip),
    ])
    func kindFromTheContents(name: String, kind: FileKind) throws {
        let result = ZipProbe().probe(try OfficeFixtures.source(name), options: ExtractionOptions())
        #expect(result.kind == kind)
        #expect(result.problems.isEmpty)
    }

    @Test func registered() {
        #expect(Formats.probes.contains { $0.container == .zip && $0 is ZipProbe })
    }

    @Test func truncatedDocxIsStillADocxWithAProblem() throws {
        let docx = try OfficeFixtures.bytes("sop.docx")
        let half = MemorySource(Array(docx.prefix(docx.count / 2)))
        let result = ZipProbe().probe(half, options: ExtractionOptions())
        #expect(result.kind == .docx)
        #expect(result.problems.map(\.code) == [.truncated])
        // An office extension decides when the archive cannot be read.
        #expect(ZipProbe().probe(half, options: ExtractionOptions(), pathExtension: "XLSX").kind == .xlsx)
        #expect(ZipProbe().probe(half, options: ExtractionOptions(), pathExtension: "zip").kind == .zip)
    }

    @Test func truncatedOdtIsFoundFromItsMimetypeMember() throws {
        let odt = try OfficeFixtures.bytes("sop.odt")
        let result = ZipProbe().probe(MemorySource(Array(odt.prefix(odt.count / 2))), options: ExtractionOptions())
        #expect(result.kind == .odt)
        #expect(result.problems.first?.code == .truncated)
    }

    @Test func damagedPlainZipStaysZip() throws {
        var bomb = try OfficeFixtures.bytes("bomb.zip")
        let end = try #require(ZipTestBytes.endRecord(bomb))
        ZipTestBytes.put32(&bomb, end + 16, 7)
        let result = ZipProbe().probe(MemorySource(bomb), options: ExtractionOptions(), pathExtension: "zip")
        #expect(result.kind == .zip)
        #expect(result.problems.map(\.code) == [.corrupt])
    }

    @Test(arguments: ["e-Retribusi Pasar/Dokumen1.docx"])
    func samplesAreDocx(name: String) throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Samples").standardized
        let bytes = [UInt8](try Data(contentsOf: samples.appendingPathComponent(name)))
        #expect(ZipProbe().probe(MemorySource(bytes), options: ExtractionOptions()).kind == .docx)
    }
}
