import Testing
@testable import BuktiFormats

@Suite struct PDFStringTests {
    @Test func pdfDocEncoding() {
        #expect(PDFString.text(Array("Laporan 2024".utf8)) == "Laporan 2024")
        // Table D.2: 0x80 bullet, 0x84 em dash, 0x8D/0x8E curly quotes, 0x92 trade mark, 0xA0 euro,
        // 0x18 breve; 0xE9 is é as in Latin-1.
        #expect(PDFString.text([0x80, 0x84, 0x8D, 0x8E, 0x92, 0xA0, 0x18, 0xE9]) == "•—“”™€˘é")
        #expect(PDFDocEncoding.codePoints.count == 256)
    }

    @Test func utf16BigEndianWithBOM() {
        #expect(PDFString.text([0xFE, 0xFF, 0x00, 0x4A, 0x00, 0xFC, 0x20, 0x14]) == "Jü—")
        // A surrogate pair: U+1F600.
        #expect(PDFString.text([0xFE, 0xFF, 0xD8, 0x3D, 0xDE, 0x00]) == "😀")
    }

    @Test func utf16LittleEndianBOMIsTolerated() {
        #expect(PDFString.text([0xFF, 0xFE, 0x4A, 0x00, 0x69, 0x00]) == "Ji")
    }

    @Test func utf16LanguageEscapesAreDropped() {
        // ESC "id" ESC then "A".
        #expect(PDFString.text([0xFE, 0xFF, 0x00, 0x1B, 0x00, 0x69, 0x00, 0x64, 0x00, 0x1B, 0x00, 0x41]) == "A")
    }

    @Test func loneSurrogateAndOddByteDoNotTrap() {
        #expect(PDFString.text([0xFE, 0xFF, 0xD8, 0x3D, 0x00, 0x41, 0x00]) == "\u{FFFD}A")
    }

    @Test func utf8WithBOM() {
        #expect(PDFString.text([0xEF, 0xBB, 0xBF] + Array("Daerah — ü".utf8)) == "Daerah — ü")
    }

    @Test func trailingNULsAreTrimmed() {
        #expect(PDFString.text(Array("Judul\0\0".utf8)) == "Judul")
        #expect(PDFString.text([0xFE, 0xFF, 0x00, 0x41, 0x00, 0x00]) == "A")
    }

    @Test func emptyString() {
        #expect(PDFString.text([]) == "")
        #expect(PDFString.text([0xFE, 0xFF]) == "")
    }
}
