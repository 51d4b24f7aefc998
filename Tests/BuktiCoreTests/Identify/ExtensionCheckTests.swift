import Testing
@testable import BuktiCore

@Suite struct ExtensionCheckTests {
    func check(_ name: String, _ kind: FileKind, _ container: Container? = nil) -> Problem? {
        ExtensionCheck.problem(path: FilePath("dir/" + name), kind: kind, unprobedContainer: container)
    }

    @Test func aJPEGNamedPDFIsAMismatchNamingBoth() throws {
        let problem = try #require(check("SK.pdf", .jpeg))
        #expect(problem.code == .extensionMismatch)
        #expect(problem.message == "named .pdf but the content is a JPEG image")
    }

    @Test func matchingExtensionsAnyCaseAreFine() {
        #expect(check("SK.PDF", .pdf) == nil)
        #expect(check("foto.JPEG", .jpeg) == nil)
        #expect(check("data.csv", .text) == nil)
        #expect(check("page.html", .text) == nil)
    }

    @Test func noExtensionOrAnUnknownOneIsNeverAMismatch() {
        #expect(check("README", .pdf) == nil)
        #expect(check("backup.bak", .jpeg) == nil)
    }

    @Test func textNamedAsADocumentIsAMismatch() {
        #expect(check("SK.pdf", .text)?.message == "named .pdf but the content is plain text")
    }

    @Test func unrecognisedBytesNamedAsAFormatAreAMismatchExceptForText() {
        #expect(check("SK.pdf", .unknown)?.message == "named .pdf but the content is in no format bukti recognises")
        #expect(check("catatan.txt", .unknown) == nil)  // likely text in a legacy 8-bit encoding
    }

    @Test func unprobedContainersAcceptTheirDocumentExtensions() {
        #expect(check("laporan.docx", .zip, .zip) == nil)
        #expect(check("laporan.xls", .xls, .ole2) == nil)
        #expect(check("laporan.pdf", .zip, .zip)?.message == "named .pdf but the content is a ZIP archive")
        #expect(check("laporan.pdf", .unknown, .ole2)?.code == .extensionMismatch)
        // Once a probe has spoken, its answer is compared like any other kind.
        #expect(check("laporan.docx", .xlsx)?.message == "named .docx but the content is an Excel workbook (XLSX)")
    }

    @Test func quickTimeAndMP4NamesAreInterchangeable() {
        #expect(check("video.mov", .mp4) == nil)
        #expect(check("video.mp4", .mov) == nil)
    }

    @Test func lockFilesEmptyFilesAndFoldersAreNotChecked() {
        #expect(check("~$a.docx", .lockfile) == nil)
        #expect(check("a.pdf", .empty) == nil)
    }
}
