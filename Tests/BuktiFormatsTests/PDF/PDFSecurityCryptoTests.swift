import Testing

@testable import BuktiFormats

/// The libcrypto glue against published test vectors (RFC 1321, FIPS 180-2, FIPS 197, the RC4 "Key"/"Plaintext" vector).
@Suite struct PDFSecurityCryptoTests {
    private func hex(_ s: String) -> [UInt8] {
        let d = Array(s.utf8)
        return stride(from: 0, to: d.count, by: 2).compactMap { UInt8(String(decoding: d[$0..<($0 + 2)], as: UTF8.self), radix: 16) }
    }

    @Test func digestsOfABC() {
        let abc = Array("abc".utf8)
        #expect(PDFCrypto.hash(.md5, abc) == hex("900150983cd24fb0d6963f7d28e17f72"))
        #expect(PDFCrypto.hash(.sha256, abc) == hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        #expect(PDFCrypto.hash(.sha384, abc) == hex(
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"))
        #expect(PDFCrypto.hash(.sha512, abc) == hex(
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"))
        // Parts are concatenated.
        #expect(PDFCrypto.hash(.md5, Array("a".utf8), [], Array("bc".utf8)) == PDFCrypto.hash(.md5, abc))
    }

    @Test func rc4Vector() {
        let out = PDFCrypto.rc4(key: Array("Key".utf8), Array("Plaintext".utf8))
        #expect(out == hex("bbf316e8d940af0ad3"))
        #expect(PDFCrypto.rc4(key: Array("Key".utf8), out) == Array("Plaintext".utf8))
    }

    @Test func aesBlockVectors() {
        let plain = hex("00112233445566778899aabbccddeeff")
        let key128 = hex("000102030405060708090a0b0c0d0e0f")
        let key256 = hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
        let zero = [UInt8](repeating: 0, count: 16)
        #expect(PDFCrypto.aes(.ecb, encrypt: true, key: key128, plain) == hex("69c4e0d86a7b0430d8cdb78070b4c55a"))
        #expect(PDFCrypto.aes(.ecb, encrypt: true, key: key256, plain) == hex("8ea2b7ca516745bfeafc49904b496089"))
        #expect(PDFCrypto.aes(.ecb, encrypt: false, key: key256, hex("8ea2b7ca516745bfeafc49904b496089")) == plain)
        // One block of CBC with a zero IV is one block of ECB.
        #expect(PDFCrypto.aes(.cbc, encrypt: true, key: key128, iv: zero, plain) == hex("69c4e0d86a7b0430d8cdb78070b4c55a"))
        #expect(PDFCrypto.aes(.cbc, encrypt: false, key: key128, iv: zero, hex("69c4e0d86a7b0430d8cdb78070b4c55a")) == plain)
    }

    @Test func aesRefusesWhatItCannotDo() {
        let key = [UInt8](repeating: 1, count: 16)
        #expect(PDFCrypto.aes(.cbc, encrypt: false, key: key, iv: [UInt8](repeating: 0, count: 16), [1, 2, 3]) == nil)
        #expect(PDFCrypto.aes(.cbc, encrypt: false, key: key, iv: [0], [UInt8](repeating: 0, count: 16)) == nil)
        #expect(PDFCrypto.aes(.ecb, encrypt: false, key: [1, 2, 3], [UInt8](repeating: 0, count: 16)) == nil)
    }
}
