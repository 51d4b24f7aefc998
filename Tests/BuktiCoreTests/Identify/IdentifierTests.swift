import Foundation
import Testing
@testable import BuktiCore

/// The fixture folder made by Scripts/fixtures/identify.sh.
func identifyFixture(_ name: String) throws -> [UInt8] {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return Array(try Data(contentsOf: folder.appendingPathComponent("identify/\(name)")))
}

@Suite struct IdentifierTests {
    let identifier = Identifier()

    func identify(_ bytes: [UInt8]) -> Identification {
        identifier.identify(prefix: Array(bytes.prefix(Identifier.prefixLength)), size: bytes.count)
    }

    /// Each fixture and the kind the tool that wrote it was asked for (see Scripts/fixtures/identify.sh).
    static let madeByRealTools: [(String, Identification)] = [
        ("image.jpg", .kind(.jpeg)), ("image.png", .kind(.png)), ("image.gif", .kind(.gif)),
        ("image.bmp", .kind(.bmp)), ("image-le.tif", .kind(.tiff)), ("image-be.tif", .kind(.tiff)),
        ("image-big.tif", .kind(.tiff)), ("image.webp", .kind(.webp)), ("image.heic", .kind(.heic)),
        ("image.avif", .kind(.heic)), ("image.pdf", .kind(.pdf)), ("document.pdf", .kind(.pdf)),
        ("leading-junk.pdf", .kind(.pdf)),
        ("note.docx", .container(.zip)), ("sheet.xlsx", .container(.zip)), ("slides.pptx", .container(.zip)),
        ("note.odt", .container(.zip)), ("sheet.ods", .container(.zip)), ("slides.odp", .container(.zip)),
        ("archive.zip", .container(.zip)), ("empty.zip", .container(.zip)),
        ("note.doc", .container(.ole2)), ("sheet.xls", .container(.ole2)),
        ("video.mp4", .kind(.mp4)), ("video.3gp", .kind(.mp4)), ("video.mov", .kind(.mov)),
        ("utf8.txt", .kind(.text)), ("utf16.txt", .kind(.text)), ("link.url", .kind(.text)),
        ("sheet.csv", .kind(.text)),
    ]

    @Test(arguments: madeByRealTools)
    func everyKindFromRealFiles(_ name: String, _ expected: Identification) throws {
        #expect(identify(try identifyFixture(name)) == expected, "\(name)")
    }

    @Test func fixturesCoverEveryKindTheTableCanAnswer() {
        let answered = Set(Self.madeByRealTools.map(\.1))
        let kinds: [FileKind] = [.pdf, .jpeg, .png, .tiff, .heic, .webp, .gif, .bmp, .mp4, .mov, .text]
        for kind in kinds { #expect(answered.contains(.kind(kind)), "\(kind)") }
        #expect(answered.contains(.container(.zip)) && answered.contains(.container(.ole2)))
    }

    @Test func oldQuickTimeWithoutFileTypeBoxIsMov() throws {
        let mov = try identifyFixture("video.mov")
        // ffmpeg writes ftyp (20 bytes here) then `wide`; pre-2001 QuickTime files start at `wide`/`mdat`.
        let ftypSize = Int(mov[3])
        #expect(mov[ftypSize + 4..<ftypSize + 8].elementsEqual("wide".utf8))
        #expect(identify(Array(mov[ftypSize...])) == .kind(.mov))
    }

    @Test func spannedZipMarkerIsStillAZip() throws {
        let zip = try identifyFixture("archive.zip")
        #expect(identify([0x50, 0x4B, 0x07, 0x08] + zip) == .container(.zip))
        #expect(identify(Array("PK00".utf8) + zip) == .container(.zip))
    }

    @Test func pdfHeaderBeyondTheFirstKilobyteIsNotAPDF() throws {
        let pdf = try identifyFixture("image.pdf")
        let junk = [UInt8](repeating: 0x00, count: 1024)
        #expect(identify(Array(junk.prefix(1019)) + pdf) == .kind(.pdf))
        #expect(identify(junk + pdf) == .kind(.unknown))
    }

    @Test func aJPEGWhoseMetadataMentionsPDFStaysAJPEG() throws {
        var jpeg = try identifyFixture("image.jpg")
        jpeg.insert(contentsOf: Array("%PDF-1.4".utf8), at: 20)
        #expect(identify(jpeg) == .kind(.jpeg))
    }

    @Test func textStartingWithBMIsNotABitmap() {
        #expect(identify(Array("BMW dan Toyota: daftar kendaraan dinas\n".utf8)) == .kind(.text))
    }

    @Test func bitmapWithImplausibleHeaderIsNotABitmap() throws {
        var bmp = try identifyFixture("image.bmp")
        bmp[14] = 0x99  // DIB header size no writer uses
        #expect(identify(bmp) == .kind(.unknown))
    }

    @Test func utf8CutInTheMiddleOfACharacterByThePrefixIsStillText() {
        let text = Array(String(repeating: "é", count: 3000).utf8)  // two bytes each
        let shifted = [0x41] + text  // now byte 4096 splits a two-byte character
        #expect(identify(shifted) == .kind(.text))
        #expect(identifier.identify(prefix: Array(shifted.prefix(4096)), size: 4096) == .kind(.unknown))
    }

    @Test func utf16BigEndianWithBOMIsText() {
        let units = Array("Bukti kegiatan\r\n".utf16)
        let bytes: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(identify(bytes) == .kind(.text))
    }

    @Test func bytesWithNULOrStrayControlsAreUnknown() {
        #expect(identify(Array("abc\u{0}def".utf8)) == .kind(.unknown))
        #expect(identify(Array("abc\u{7}def".utf8)) == .kind(.unknown))
        #expect(identify([0xC3, 0x28, 0x41]) == .kind(.unknown))
    }

    @Test func unknownISOBrandFallsBackToCompatibleBrands() {
        var box: [UInt8] = [0, 0, 0, 24] + Array("ftypzzzz".utf8) + [0, 0, 0, 0] + Array("xxxxmp42".utf8)
        #expect(identify(box) == .kind(.mp4))
        box.replaceSubrange(8..<12, with: Array("crx ".utf8))
        #expect(identify(box) == .kind(.unknown))
    }
}
