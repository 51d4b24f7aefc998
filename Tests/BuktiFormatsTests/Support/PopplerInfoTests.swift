import Foundation
import Testing

/// The reference side of the differential test reads pdfinfo correctly: values set by pdf.sh come back.
@Suite struct PopplerInfoTests {
    @Test func readsTheValuesPdfShWrote() throws {
        guard PDFDifferentialTests.requirePdfinfo() else { return }
        let info = try PopplerInfo.run(try PDFDifferentialTests.fixture("lo-aksara.pdf"))
        #expect(info.status == 0)
        #expect(info.fields["Title"] == "Pojok Baca «Café Literasi» – Évaluasi “Sehat” ½ 2024")
        #expect(info.fields["Author"] == "Ni Luh Putu Éka Wulandarí, S.Kom.")
        #expect(info.fields["CreationDate"] == "2024-01-12T09:30:00Z")
        #expect(info.pages == 1)
        #expect(info.encrypted == false)
    }

    @Test func seesPasswordRefusalAndEncryption() throws {
        guard PDFDifferentialTests.requirePdfinfo() else { return }
        #expect(try PopplerInfo.run(try PDFDifferentialTests.fixture("qpdf-password-aes-256.pdf")).wantsPassword)
        let aes = try PopplerInfo.run(try PDFDifferentialTests.fixture("qpdf-aes-128.pdf"))
        #expect(aes.encrypted == true && aes.pages == 2)
    }

    @Test func keepsColonsInValues() {
        let fields = PopplerInfo.parse("Title:           a: b\nModDate:         2024-02-01T14:30:00+07\n")
        #expect(fields == ["Title": "a: b", "ModDate": "2024-02-01T14:30:00+07"])
    }
}
