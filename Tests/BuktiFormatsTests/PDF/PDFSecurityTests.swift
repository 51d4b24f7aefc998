import BuktiCore
import Foundation
import Testing

@testable import BuktiFormats

/// What the handler refuses, and the stream and string rules of ISO 32000-2 §7.6, on qpdf-made files.
@Suite struct PDFSecurityTests {
    /// The /Encrypt dictionary of fixture `name`, edited by `change`.
    private func encrypt(_ name: String, _ change: (inout PDFDictionary) -> Void = { _ in }) throws
        -> (PDFDictionary, [UInt8]?)
    {
        let oracle = try PDFSecurityOracle(name)
        var dictionary = oracle.encrypt
        change(&dictionary)
        return (dictionary, oracle.fileID)
    }

    private func openError(_ name: String, _ change: (inout PDFDictionary) -> Void) throws -> PDFSecurityError? {
        let (dictionary, id) = try encrypt(name, change)
        do {
            _ = try PDFSecurity.open(encrypt: dictionary, fileID: id)
            return nil
        } catch {
            return error
        }
    }

    @Test func publicKeyHandlerIsUnsupported() throws {
        let error = try openError("aes-256") { $0["Filter"] = .name("Adobe.PubSec") }
        #expect(error == .unsupported("security handler /Adobe.PubSec"))
    }

    @Test(arguments: [(0, 2), (3, 3), (6, 6), (2, 1), (4, 7), (5, 4), (2, 5)])
    func unknownVersionOrRevisionIsUnsupported(_ v: Int, _ r: Int) throws {
        let error = try openError("aes-256") {
            $0["V"] = .integer(v)
            $0["R"] = .integer(r)
        }
        guard case .unsupported? = error else {
            Issue.record("V \(v) R \(r) gave \(String(describing: error))")
            return
        }
    }

    @Test func unknownCryptFilterMethodIsUnsupported() throws {
        let error = try openError("aes-128") {
            $0["CF"] = .dictionary(PDFDictionary(["StdCF": .dictionary(PDFDictionary(["CFM": .name("FooCrypt")]))]))
        }
        #expect(error == .unsupported("crypt filter method /FooCrypt in /StrF /StdCF"))
    }

    @Test(arguments: ["Filter", "O", "U", "P", "V", "R"])
    func missingEntryIsMalformed(_ key: String) throws {
        let error = try openError("aes-128") { $0[key] = nil }
        guard case .malformed? = error else {
            Issue.record("missing /\(key) gave \(String(describing: error))")
            return
        }
    }

    /// (fixture, entry, cut to this many bytes, length the revision needs)
    static let shortEntries = [
        ("rc4-128", "U", 31, 32), ("aes-256", "U", 32, 48), ("aes-256", "O", 40, 48), ("aes-256", "UE", 16, 32),
        ("aes-256-r5", "OE", 31, 32),
    ]

    @Test(arguments: shortEntries)
    func shortPasswordEntryIsMalformed(_ name: String, _ key: String, _ length: Int, _ needed: Int) throws {
        let error = try openError(name) { $0[key] = .string(Array(($0[key]?.stringBytes ?? []).prefix(length))) }
        #expect(error == .malformed("/Encrypt /\(key) is \(length) bytes; this revision needs \(needed)"))
    }

    @Test func aes256WithAnMD5KeyIsMalformed() throws {
        let error = try openError("aes-128") {
            $0["CF"] = .dictionary(PDFDictionary(["StdCF": .dictionary(PDFDictionary(["CFM": .name("AESV3")]))]))
        }
        #expect(error == .malformed("crypt filter /AESV3 needs /R 5 or 6, not /R 4"))
    }

    @Test func undefinedStreamFilterIsMalformed() throws {
        let error = try openError("aes-128") { $0["StmF"] = .name("Missing") }
        #expect(error == .malformed("/StmF names crypt filter /Missing that /CF does not define"))
    }

    @Test(arguments: [0, 39, 129, 44])
    func impossibleKeyLengthIsMalformed(_ bits: Int) throws {
        let error = try openError("rc4-128") { $0["Length"] = .integer(bits) }
        guard case .malformed? = error else {
            Issue.record("/Length \(bits) gave \(String(describing: error))")
            return
        }
    }

    /// Writers store /P unsigned too (4294967292 for -4): the key must not change.
    @Test(arguments: ["rc4-128", "aes-128"])
    func unsignedPermissionsGiveTheSameKey(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        var dictionary = oracle.encrypt
        dictionary["P"] = .integer(4_294_967_292)
        let decryptor = try PDFSecurity.openStandard(encrypt: dictionary, fileID: oracle.fileID)
        #expect(decryptor.fileKey == oracle.qpdfKey)
    }

    /// The V4 crypt filter /Length is in bytes for qpdf and Acrobat (16), in bits per the spec (128).
    @Test(arguments: [16, 128])
    func cryptFilterLengthInBitsOrBytes(_ length: Int) throws {
        let oracle = try PDFSecurityOracle("rc4-128-v4")
        var dictionary = oracle.encrypt
        dictionary["CF"] = .dictionary(PDFDictionary([
            "StdCF": .dictionary(PDFDictionary(["CFM": .name("V2"), "Length": .integer(length)])),
        ]))
        let decryptor = try PDFSecurity.openStandard(encrypt: dictionary, fileID: oracle.fileID)
        #expect(decryptor.fileKey == oracle.qpdfKey)
    }

    /// The password a caller gives is tried as the owner password too.
    @Test(arguments: ["user-password-r3", "user-password-r6"])
    func ownerPasswordOpensThroughOpen(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let decryptor = try PDFSecurity.openStandard(
            encrypt: oracle.encrypt, fileID: oracle.fileID, password: Array("owner".utf8))
        #expect(decryptor.fileKey == oracle.qpdfKey)
    }

    /// The first page's content stream of `name`: (decryptor, reference, dictionary, stored, qpdf plaintext).
    private func contentStream(_ name: String) throws
        -> (PDFStandardDecryptor, PDFReference, PDFDictionary, [UInt8], [UInt8])
    {
        let oracle = try PDFSecurityOracle(name)
        let decryptor = try PDFSecurity.openStandard(encrypt: oracle.encrypt, fileID: oracle.fileID)
        let (ref, dictionary, plain) = try #require(oracle.streams.first { $0.1.type != "Metadata" })
        let raw = try #require(oracle.rawStreamData(ref))
        return (decryptor, ref, dictionary, raw, plain)
    }

    @Test(arguments: ["rc4-128", "aes-128", "aes-256-objstm"])
    func xrefStreamsAreNeverDecrypted(_ name: String) throws {
        let (decryptor, ref, _, raw, plain) = try contentStream(name)
        #expect(raw != plain)
        let xref = PDFDictionary(["Type": .name("XRef"), "Filter": .name("FlateDecode")])
        #expect(decryptor.decryptStream(raw, object: ref, dictionary: xref) == raw)
    }

    @Test(arguments: ["aes-128", "aes-256", "rc4-128-v4"])
    func streamCryptFilterOverridesStmF(_ name: String) throws {
        let (decryptor, ref, _, raw, plain) = try contentStream(name)
        func dictionary(_ parms: PDFObject?) -> PDFDictionary {
            var d = PDFDictionary(["Filter": .array([.name("Crypt"), .name("FlateDecode")])])
            if let parms { d["DecodeParms"] = .array([parms, .null]) }
            return d
        }
        let named = { (name: String) in PDFObject.dictionary(PDFDictionary(["Name": .name(name)])) }
        #expect(decryptor.decryptStream(raw, object: ref, dictionary: dictionary(nil)) == raw)
        #expect(decryptor.decryptStream(raw, object: ref, dictionary: dictionary(named("Identity"))) == raw)
        #expect(decryptor.decryptStream(raw, object: ref, dictionary: dictionary(named("StdCF"))) == plain)
        #expect(decryptor.decryptStream(raw, object: ref, dictionary: dictionary(named("Nowhere"))) == raw)
        let single = PDFDictionary(["Filter": .name("Crypt"), "DecodeParms": named("StdCF")])
        #expect(decryptor.decryptStream(raw, object: ref, dictionary: single) == plain)
    }

    @Test(arguments: ["aes-128", "aes-256"])
    func badAESPaddingKeepsTheBytes(_ name: String) throws {
        let (decryptor, ref, dictionary, raw, plain) = try contentStream(name)
        var damaged = raw
        // In CBC, flipping a ciphertext byte flips the same byte of the next plaintext block: here the
        // last byte, i.e. the padding length, which garbles the block before it but nothing earlier.
        damaged[damaged.count - 17] ^= 0x5A
        let result = decryptor.decryptStream(damaged, object: ref, dictionary: dictionary)
        #expect(result.count == raw.count - 16)
        #expect(result.count > plain.count)
        let intact = plain.count / 16 * 16 - 16
        #expect(result.prefix(intact) == plain.prefix(intact))
    }

    @Test(arguments: ["aes-128", "aes-256"])
    func shortAESDataGivesNothingAndRaggedTailIsDropped(_ name: String) throws {
        let (decryptor, ref, dictionary, raw, plain) = try contentStream(name)
        #expect(decryptor.decryptStream(Array(raw.prefix(16)), object: ref, dictionary: dictionary).isEmpty)
        #expect(decryptor.decryptStream(Array(raw.prefix(31)), object: ref, dictionary: dictionary).isEmpty)
        #expect(decryptor.decryptString([], object: ref).isEmpty)
        // IV + two whole blocks + 5 stray bytes: the two blocks come out (no valid padding inside).
        let ragged = decryptor.decryptStream(Array(raw.prefix(16 + 32 + 5)), object: ref, dictionary: dictionary)
        #expect(ragged == Array(plain.prefix(32)))
    }

    @Test(arguments: ["rc4-40", "rc4-128"])
    func rc4DecryptsAPrefix(_ name: String) throws {
        // RC4 is a stream cipher: a truncated stream still decrypts to the matching prefix.
        let (decryptor, ref, dictionary, raw, plain) = try contentStream(name)
        #expect(decryptor.decryptStream(Array(raw.prefix(50)), object: ref, dictionary: dictionary) == Array(plain.prefix(50)))
    }

    @Test func wrongObjectNumberDoesNotDecrypt() throws {
        let (decryptor, ref, dictionary, raw, plain) = try contentStream("aes-128")
        let other = PDFReference(ref.number + 1, ref.generation)
        #expect(decryptor.decryptStream(raw, object: other, dictionary: dictionary) != plain)
    }
}
