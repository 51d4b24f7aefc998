import BuktiCore
import Testing
@testable import BuktiFormats

/// WebP, GIF, BMP, TIFF and HEIC; sizes and EXIF values are the inputs of Scripts/fixtures/media.sh.
@Suite struct OtherImageExtractorTests {
    @Test(arguments: [
        ("lossy.webp", 320, 240), ("lossless.webp", 33, 17), ("simple.webp", 33, 17), ("anim.gif", 50, 30),
        ("picture.bmp", 41, 23), ("scan.tif", 64, 48), ("phone.heic", 320, 240),
        ("camera.avif", 320, 240),
    ])
    func dimensions(name: String, width: Int, height: Int) throws {
        let facts = try MediaFixtures.extract(name)
        #expect(facts.width == width && facts.height == height)
        #expect(facts.problems.isEmpty)
    }

    @Test func webPWithEXIF() throws {
        let facts = try MediaFixtures.extract("lossy.webp")
        #expect(facts.camera == "Google Pixel 7")
        #expect(facts.taken == "2024-01-20T16:45:00")
        #expect(facts.orientation == 3)
    }

    @Test func webPEXIFUserCommentMarksAScreenshot() throws {
        let facts = try MediaFixtures.extract("comment-screenshot.webp")
        #expect(facts.width == 33 && facts.screenshot == true)
    }

    @Test func tiffEXIF() throws {
        let facts = try MediaFixtures.extract("scan.tif")
        #expect(facts.camera == "Epson Perfection V39")
        #expect(facts.taken == "2022-07-01T08:00:00")
    }

    @Test func heicExifItem() throws {
        let facts = try MediaFixtures.extract("phone.heic")
        #expect(facts.camera == "Samsung SM-A525F")
        #expect(facts.taken == "2024-03-15T09:30:45+08:00")
        #expect(facts.orientation == 6)
        let gps = try #require(facts.gps)
        #expect(abs(gps.lat - -8.65) < 1e-9 && abs(gps.lon - 115.2167) < 1e-9 && gps.alt == 12.5)
    }

    @Test func avifExifItemInMotorolaByteOrder() throws {
        let facts = try MediaFixtures.extract("camera.avif")
        #expect(facts.camera == "Canon EOS 80D")
        #expect(facts.gps.map { $0.lon < 0 && ($0.alt ?? 0) < 0 } == true, "western longitude, below sea level")
    }

    @Test func topDownBMPHasAPositiveHeight() throws {
        var bytes = try MediaFixtures.bytes("picture.bmp")
        bytes.put(UInt64(UInt32(bitPattern: -23)), at: 22, width: 4, bigEndian: false)
        let facts = MediaFixtures.extract(bytes, as: .bmp)
        #expect(facts.width == 41 && facts.height == 23)
    }

    @Test(arguments: ["lossy.webp", "lossless.webp", "anim.gif", "picture.bmp", "scan.tif", "phone.heic"])
    func cutInHalfIsAProblemNotACrash(name: String) throws {
        let bytes = try MediaFixtures.bytes(name)
        let facts = MediaFixtures.extract(Array(bytes[..<(bytes.count / 2)]), as: MediaFixtures.kind(name))
        #expect(!facts.problems.isEmpty)
    }

    @Test(arguments: ["lossy.webp", "scan.tif", "phone.heic", "anim.gif", "picture.bmp"])
    func everyCutAndFlipEndsWithoutACrash(name: String) throws {
        let original = try MediaFixtures.bytes(name)
        let kind = MediaFixtures.kind(name)
        for length in stride(from: 0, to: original.count, by: max(1, original.count / 97)) {
            _ = MediaFixtures.extract(Array(original[..<length]), as: kind)
        }
        var generator = SplitMix(seed: UInt64(original.count))
        for _ in 0..<200 {
            var bytes = original
            for _ in 0..<3 { bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next()) }
            _ = MediaFixtures.extract(bytes, as: kind)
        }
    }

    @Test func heicWithAnExifItemOutsideTheFileIsCorrupt() throws {
        var bytes = try MediaFixtures.bytes("phone.heic")
        let iloc = try #require(bytes.offset(of: "iloc"))
        // iloc version 0 as heif-enc writes it: 4-byte offsets, lengths and base offsets, one extent per
        // item; entries are id, data reference index, base offset, extent count, offset, length.
        #expect(bytes[iloc + 4] == 0)
        #expect(bytes[iloc + 8] == 0x44 && bytes[iloc + 9] == 0x40)
        let entrySize = 2 + 2 + 4 + 2 + 4 + 4
        let secondItem = iloc + 12 + entrySize
        #expect(bytes.get(at: secondItem, width: 2) == 2)
        bytes.put(0xFFFF_0000, at: secondItem + 4, width: 4)
        let facts = MediaFixtures.extract(bytes, as: .heic)
        #expect(facts.problems.contains { $0.code == .corrupt && $0.message.contains("Exif") })
        #expect(facts.width == 320, "the size still comes from ispe")
    }
}
