import Testing
import BuktiCore
@testable import BuktiFormats

func hexBytes(_ hex: String) -> [UInt8] {
    var out: [UInt8] = []
    var it = hex.makeIterator()
    while let a = it.next(), let b = it.next() { out.append(UInt8(String([a, b]), radix: 16)!) }
    return out
}

@Suite struct PDFFilterTests {
    /// Python's zlib.compress of the squares 0..299 joined by spaces.
    static let squaresText = Array((0..<300).map { String($0 * $0) }.joined(separator: " ").utf8)
    static let squaresDeflated = hexBytes("""
        789c2594cb01c330084357c908e667f0fe8b558f5e1a37012c24c1f9eccbef7d763faf2fee97efbbf98d7d76ce67ae67a6be2ae22944315e7acefbc253f1ca565ca69e935ff9fbaaef771577f56cfd6fbd1f7d7f8a7b97ba4ab4a30a662a65d43457710b6e49ae2beebd00b8206921b2493008a11f501888fdbccfe3e4e7794cc894e19753f36ef8fa14176484ea035ac843f5225539b8235ab7c5e8de7842904758125419c29729a47985399b6e69a38efa29a3e1a0637df98a9eab393dbdbb475f9565625319b7947b5b55eea85e9f821c65b4eefcba746fb710f4139681fa71e19b448b2bcc3342ffe843113a09a5d854976fce6a0559c7f79c0782af2244b382cdc833f3e09cf068174a6d60d7ff4a079c7b41bf374af85b51569fc85a81502d1e02a6ddf506b942c97906e994a7df1011b69c580de7bbef6f107337fe42a5f5d6e9a4666ffd7edc357baf44e7bc78de01db5b9c6fcdf1c0af9ed58b1ffaf2d318c4fe0e092c62f0e024cb2ef0e37f9b38bc7918ef23d7474d7c6e6e067512e6e518ea177ac8fbe4162ab9d4d5fb8b762ee08a5f45bd8b09697476758111515f3343eec313fe4a3c8860712273361685ab388fb3e12aa1574c385e936d31aae3c00863f2025f46a8b4acccbd92e871c6c351819d6b9d7dd157965fbf0fd6ef9d82be0cc4ec6c684039333192f7ec289c9d6da6fbe49e47efd39839c46748c89572ac0d673e335cf5f55f776927ec666096a58df06431e159cd80dd9db07b19b1661b64d70e193b42bb84dc616fe45369fdb24bea1803b65c951dceb63b475660fbb087f49f110d7653c5a86625fb4a53aabbaab8570a3d4696bd5672a3629a5da7dd45ee686cf45beaa5641cc53c41d74cd3ef3da5de2155536e5a051af3237eeefaeac69e63dfe7c6e4c6d7e6d6d6b9d4a475c53477ddbd57ac090312e9fd039b50b21ece6e8a037ec1647f187db5d3636fbf1df4ae6d221e3ae1a40b7e7a6750bee17c771f377c76c36d2fcf3d70aeb153cd396831075d6677f3187a8da3dd383a4ea0e9acbeda50eca942f7293c20f8ea719a7e35b8ea7d06cfcce09fd1e6b21ff2af3933
        """.filter { !$0.isWhitespace })

    func decode(_ data: [UInt8], _ dictionary: String, limit: Int = 1 << 20) throws(ExtractionFailure) -> [UInt8] {
        let dict = (try? pdfObject(dictionary))?.dictionary ?? PDFDictionary()
        return try PDFFilters.decode(data, dictionary: dict, limit: limit)
    }

    @Test func flate() throws {
        #expect(try decode(Self.squaresDeflated, "<</Filter /FlateDecode>>") == Self.squaresText)
    }

    @Test func flateRawDeflateWithoutZlibHeader() throws {
        #expect(try decode(hexBytes("2b4a2c5748494dcb492c495548492c490400"), "<</Filter /Fl>>")
            == Array("raw deflate data".utf8))
    }

    @Test func truncatedFlateKeepsItsPartialOutput() throws {
        let out = try decode(Array(Self.squaresDeflated.prefix(400)), "<</Filter /FlateDecode>>")
        #expect(out.count > 100)
        #expect(out.count < Self.squaresText.count)
        #expect(Array(Self.squaresText.prefix(out.count)) == out)
    }

    @Test func flateOutputLimit() {
        #expect(throws: ExtractionFailure.self) {
            try decode(Self.squaresDeflated, "<</Filter /FlateDecode>>", limit: 1000)
        }
        #expect(throws: Never.self) {
            try decode(Self.squaresDeflated, "<</Filter /FlateDecode>>", limit: Self.squaresText.count)
        }
    }

    @Test func pngPredictorsEachRowType() {
        let data: [UInt8] = [2, 1, 2, 3, 2, 1, 1, 1, 1, 5, 1, 1, 4, 0, 0, 0, 3, 1, 1, 1, 0, 9, 9, 9]
        let out = PDFPredictor.png(data, rowBytes: 3, pixelBytes: 1)
        #expect(out == [1, 2, 3, 2, 3, 4, 5, 6, 7, 5, 6, 7, 3, 5, 7, 9, 9, 9])
    }

    @Test func pngPredictorThroughDecodeParms() throws {
        let parms = try #require(try pdfObject("<</Predictor 12 /Columns 2>>").dictionary)
        #expect(try PDFPredictor.apply([2, 1, 2, 2, 1, 1], parms: parms, limit: 100) == [1, 2, 2, 3])
    }

    @Test func tiffPredictor() throws {
        #expect(PDFPredictor.tiff([10, 1, 1, 1], rowBytes: 4, colors: 1, bits: 8) == [10, 11, 12, 13])
        #expect(PDFPredictor.tiff([1, 2, 3, 1, 1, 1], rowBytes: 6, colors: 3, bits: 8) == [1, 2, 3, 2, 3, 4])
        #expect(PDFPredictor.tiff([0x01, 0x00, 0x00, 0x05], rowBytes: 4, colors: 1, bits: 16) == [1, 0, 1, 5])
        #expect(PDFPredictor.tiff([0x11, 0x11], rowBytes: 2, colors: 1, bits: 4) == [0x12, 0x34])
    }

    @Test func asciiHex() throws {
        #expect(try decode(Array("48 65 6C\n6c 6f 7>".utf8), "<</Filter /ASCIIHexDecode>>") == Array("Hellop".utf8))
    }

    @Test func ascii85() throws {
        #expect(try decode(Array("9jqo^BlbD-BleB1DJ+*+F(f,q~>".utf8), "<</Filter /A85>>")
            == Array("Man is distinguished".utf8))
        #expect(try decode(Array("<~87cURD_*#TDfTZ)+TMKB!-e~>".utf8), "<</Filter /ASCII85Decode>>")
            == Array("Hello, world!\0\0\0\0x".utf8))
        #expect(PDFASCII85.decode(Array("z 9jqo^~>".utf8)) == [0, 0, 0, 0] + Array("Man ".utf8))
    }

    /// The example of ISO 32000-1 §7.4.4.2.
    @Test func lzwSpecExample() throws {
        let encoded = hexBytes("800B6050220C0C8501")
        #expect(try decode(encoded, "<</Filter /LZWDecode>>") == Array("-----A---B".utf8))
    }

    @Test func lzwWithoutEarlyChange() throws {
        // 9-bit codes: 65 66 258 257 — "AB" then "AB" again through the new entry 258.
        let encoded = hexBytes("2090a05010")
        let out = try decode(encoded, "<</Filter /LZWDecode /DecodeParms <</EarlyChange 0>>>>")
        #expect(out == Array("ABAB".utf8))
    }

    @Test func runLength() throws {
        #expect(try decode([2, 0x61, 0x62, 0x63, 0xFE, 0x7A, 0x80, 0x41], "<</Filter /RunLengthDecode>>")
            == Array("abczzz".utf8))
    }

    @Test func filterChain() throws {
        let hex = Array(Self.squaresDeflated.map { String(format: "%02x", $0) }.joined().utf8) + [0x3E]
        #expect(try decode(hex, "<</Filter [/AHx /Fl]>>") == Self.squaresText)
    }

    @Test func imageFiltersStopDecoding() throws {
        #expect(try decode([0xFF, 0xD8], "<</Filter /DCTDecode>>") == [0xFF, 0xD8])
        #expect(PDFFilters.imageFilter(of: try #require(try pdfObject("<</Filter [/FlateDecode /DCT]>>").dictionary))
            == "DCTDecode")
    }

    @Test func unknownFilterIsUnsupported() {
        #expect(throws: ExtractionFailure(.unsupported, "stream filter /Magic is not supported")) {
            try decode([1], "<</Filter /Magic>>")
        }
    }
}
