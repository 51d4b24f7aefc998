import Testing
@testable import BuktiCore

@Suite struct FilePathTests {
    @Test func invalidUTF8BytesAreEscapedAndKept() {
        let path = FilePath(bytes: Array("dir/SK".utf8) + [0xFF, 0x41] + Array(".pdf".utf8))
        #expect(!path.isValidUTF8)
        #expect(path.display == "dir/SK\\xFFA.pdf")
        #expect(path.bytes.count == 12)
        #expect(path.pathExtension == "pdf")
    }

    @Test func nfdNamesKeepTheirBytes() {
        let nfd = "Kecamatan Bale\u{0301}.pdf"  // e + combining acute
        let path = FilePath(nfd)
        #expect(path.display.utf8.elementsEqual(nfd.utf8))
        #expect(path.bytes.count == nfd.utf8.count)
        #expect(FilePath("Kecamatan Bal\u{E9}.pdf") != path)
    }

    @Test func appendingAndLastComponent() {
        let path = FilePath("root/").appending(Array("a b.DOCX".utf8))
        #expect(path.display == "root/a b.DOCX")
        #expect(path.name == "a b.DOCX")
        #expect(path.pathExtension == "docx")
        #expect(FilePath(".bashrc").pathExtension == nil)
    }

    @Test func byteOrderSorting() {
        let names = ["b", "B", "a", "\u{E9}", "e\u{301}"].map(FilePath.init)
        #expect(names.sorted().map(\.display) == ["B", "a", "b", "e\u{301}", "\u{E9}"])
    }
}
