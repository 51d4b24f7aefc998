import BuktiCore
import Foundation
import Testing

@testable import BuktiFormats

/// The Standard security handler against files qpdf encrypted, with qpdf's own key and plaintext as oracle.
@Suite struct PDFSecurityFixtureTests {
    /// Fixtures that open with the empty user password (or, for empty-owner-r6, the empty owner password).
    static let emptyPassword = [
        "rc4-40", "rc4-128", "rc4-128-v4", "aes-128", "aes-128-cleartext-metadata", "aes-256-r5", "aes-256",
        "aes-256-cleartext-metadata", "aes-256-objstm", "empty-owner-r6", "libreoffice-permissions",
        "ghostscript-rc4-40", "ghostscript-rc4-128",
    ]
    /// Fixtures whose user password is "secret" (qpdf --encrypt secret owner ...).
    static let userPassword = ["user-password-r3", "user-password-r6", "user-password-libreoffice"]
    /// What Scripts/fixtures/pdf-crypt.sh wrote into the source document.
    static let title = "Laporan Inovasi Daerah — Kabupaten Contoh"

    @Test(arguments: emptyPassword)
    func fileKeyMatchesQpdf(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let decryptor = try PDFSecurity.openStandard(encrypt: oracle.encrypt, fileID: oracle.fileID)
        let expected = try #require(oracle.qpdfKey)
        #expect(decryptor.fileKey == expected)
    }

    @Test(arguments: emptyPassword + userPassword)
    func streamsMatchQpdfPlaintext(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let password: [UInt8] = Self.userPassword.contains(name) ? Array("secret".utf8) : []
        let decryptor = try PDFSecurity.open(encrypt: oracle.encrypt, fileID: oracle.fileID, password: password)
        let streams = oracle.streams
        // The first page's content, and the XMP metadata where the writer made one.
        #expect(streams.count == (name.contains("libreoffice") ? 1 : 2))
        for (ref, dictionary, plain) in streams {
            // Ghostscript's twice-encrypted XMP: qpdf decrypts it once; see ghostscriptXMPIsRecovered.
            if Self.doubleEncryptedXMP.contains(name) && dictionary.type == "Metadata" { continue }
            let raw = try #require(oracle.rawStreamData(ref), "no stored data for \(ref)")
            // qpdf's JSON drops /Length; the handler only looks at /Type and /Filter anyway.
            #expect(decryptor.decryptStream(raw, object: ref, dictionary: dictionary) == plain, "\(name) \(ref)")
        }
    }

    /// Fixtures whose writer (Ghostscript 10.00 pdfwrite) encrypted the XMP stream twice.
    static let doubleEncryptedXMP = ["ghostscript-rc4-40", "ghostscript-rc4-128"]

    /// The x-default dc:title in the XMP Ghostscript writes for the same source unencrypted
    /// (oracle/ghostscript-unencrypted.xmp): that is what the recovered packet must say.
    static func ghostscriptXMPTitle() throws -> String {
        let dir = try #require(PDFSecurityOracle.directory)
        let xmp = try String(contentsOf: dir.appendingPathComponent("oracle/ghostscript-unencrypted.xmp"), encoding: .utf8)
        return try #require(dcTitle(xmp))
    }

    /// The text of the first rdf:li inside dc:title.
    static func dcTitle(_ xmp: String) -> String? {
        guard let title = xmp.range(of: "<dc:title>"), let li = xmp.range(of: "<rdf:li", range: title.upperBound..<xmp.endIndex),
              let open = xmp.range(of: ">", range: li.upperBound..<xmp.endIndex),
              let close = xmp.range(of: "</rdf:li>", range: open.upperBound..<xmp.endIndex)
        else { return nil }
        return String(xmp[open.upperBound..<close.lowerBound])
    }

    /// qpdf stops after one decryption and gets noise; one more pass (RC4 is its own inverse) over qpdf's
    /// output gives the XMP packet Ghostscript wrote, with the title its unencrypted output carries.
    @Test(arguments: doubleEncryptedXMP)
    func ghostscriptXMPIsRecovered(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let decryptor = try PDFSecurity.openStandard(encrypt: oracle.encrypt, fileID: oracle.fileID)
        let (ref, dictionary, once) = try #require(oracle.streams.first { $0.1.type == "Metadata" })
        let raw = try #require(oracle.rawStreamData(ref))
        #expect(!once.starts(with: Array("<?xpacket".utf8)))
        let xmp = decryptor.decryptStream(raw, object: ref, dictionary: dictionary)
        #expect(xmp == PDFCrypto.rc4(key: decryptor.objectKey(ref, aes: false), once))
        #expect(xmp.starts(with: Array("<?xpacket".utf8)))
        #expect(Self.dcTitle(String(decoding: xmp, as: UTF8.self)) == (try Self.ghostscriptXMPTitle()))
    }

    /// /EncryptMetadata says one thing and the file does the other: the stream that reads as XMP wins.
    @Test func metadataFlagContradictedByTheFile() throws {
        // V5 keys do not depend on /EncryptMetadata, so the flag can be flipped without changing the key.
        for (name, flag) in [("aes-256", false), ("aes-256-cleartext-metadata", true)] {
            let oracle = try PDFSecurityOracle(name)
            var encrypt = oracle.encrypt
            encrypt["EncryptMetadata"] = .bool(flag)
            let decryptor = try PDFSecurity.open(encrypt: encrypt, fileID: oracle.fileID)
            let (ref, dictionary, plain) = try #require(oracle.streams.first { $0.1.type == "Metadata" })
            let raw = try #require(oracle.rawStreamData(ref))
            #expect(decryptor.decryptStream(raw, object: ref, dictionary: dictionary) == plain, "\(name)")
        }
    }

    @Test(arguments: (emptyPassword + userPassword).filter { $0 != "aes-256-objstm" })
    func infoStringsMatchQpdf(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let password: [UInt8] = Self.userPassword.contains(name) ? Array("secret".utf8) : []
        let decryptor = try PDFSecurity.open(encrypt: oracle.encrypt, fileID: oracle.fileID, password: password)
        let info = try #require(oracle.info)
        let expected = try #require(oracle.value(info).dictionary)
        let keys = expected.entries.filter { $0.value.stringBytes != nil }.keys.sorted()
        #expect(keys.contains("Title") && keys.contains("Producer"))
        for key in keys {
            let raw = try #require(oracle.rawString(key, in: info), "\(name): no /\(key)")
            let plain = PDFSecurityOracle.text(decryptor.decryptString(raw, object: info))
            let qpdf = expected[key]?.stringBytes.map { String(decoding: $0, as: UTF8.self) }
            #expect(plain == qpdf, "\(name) /\(key)")
        }
        let title = try #require(oracle.rawString("Title", in: info))
        #expect(PDFSecurityOracle.text(decryptor.decryptString(title, object: info)) == Self.title)
    }

    @Test(arguments: userPassword)
    func userPasswordIsRequired(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        #expect(throws: PDFSecurityError.passwordRequired) {
            try PDFSecurity.open(encrypt: oracle.encrypt, fileID: oracle.fileID)
        }
        #expect(throws: PDFSecurityError.passwordRequired) {
            try PDFSecurity.open(encrypt: oracle.encrypt, fileID: oracle.fileID, password: Array("Secret".utf8))
        }
    }

    @Test(arguments: userPassword)
    func knownUserPasswordGivesQpdfKey(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let decryptor = try PDFSecurity.openStandard(
            encrypt: oracle.encrypt, fileID: oracle.fileID, password: Array("secret".utf8))
        #expect(decryptor.fileKey == oracle.qpdfKey)
    }

    /// Algorithms 7 and 12: qpdf's owner password "owner" unlocks the same key as the user password.
    @Test(arguments: [
        "rc4-40", "rc4-128", "aes-128", "aes-256-r5", "aes-256", "user-password-r3", "user-password-r6",
        "libreoffice-permissions", "user-password-libreoffice", "ghostscript-rc4-40", "ghostscript-rc4-128",
    ])
    func ownerPasswordGivesQpdfKey(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let parameters = try PDFSecurityParameters(oracle.encrypt)
        let key = PDFSecurityKeys.authenticateOwner(Array("owner".utf8), parameters, fileID: oracle.fileID ?? [])
        #expect(key == oracle.qpdfKey)
        #expect(PDFSecurityKeys.authenticateOwner(Array("other".utf8), parameters, fileID: oracle.fileID ?? []) == nil)
    }

    /// empty-owner-r6 has user password "secret" but an empty owner password: the courtesy attempt opens it.
    @Test func emptyOwnerPasswordOpens() throws {
        let oracle = try PDFSecurityOracle("empty-owner-r6")
        let parameters = try PDFSecurityParameters(oracle.encrypt)
        #expect(PDFSecurityKeys.authenticateUser([], parameters, fileID: oracle.fileID ?? []) == nil)
        #expect(PDFSecurityKeys.authenticateOwner([], parameters, fileID: oracle.fileID ?? []) == oracle.qpdfKey)
    }

    @Test(arguments: ["aes-256", "aes-256-r5", "aes-256-objstm", "user-password-r6"])
    func permsDecryptUnderFileKey(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let password: [UInt8] = Self.userPassword.contains(name) ? Array("secret".utf8) : []
        let decryptor = try PDFSecurity.openStandard(encrypt: oracle.encrypt, fileID: oracle.fileID, password: password)
        #expect(decryptor.permsVerified == true)
    }

    @Test(arguments: ["aes-128-cleartext-metadata", "aes-256-cleartext-metadata"])
    func cleartextMetadataStaysClear(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let decryptor = try PDFSecurity.open(encrypt: oracle.encrypt, fileID: oracle.fileID)
        #expect(!decryptor.encryptsMetadata)
        let (ref, dictionary, _) = try #require(oracle.streams.first { $0.1.type == "Metadata" })
        let raw = try #require(oracle.rawStreamData(ref))
        #expect(decryptor.decryptStream(raw, object: ref, dictionary: dictionary) == raw)
        #expect(String(decoding: raw.prefix(9), as: UTF8.self) == "<?xpacket")
    }

    @Test(arguments: ["rc4-128", "aes-128", "aes-256"])
    func metadataIsEncryptedByDefault(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        let decryptor = try PDFSecurity.open(encrypt: oracle.encrypt, fileID: oracle.fileID)
        #expect(decryptor.encryptsMetadata)
    }

    @Test func fortyBitKeyIsFiveBytes() throws {
        let oracle = try PDFSecurityOracle("rc4-40")
        let decryptor = try PDFSecurity.openStandard(encrypt: oracle.encrypt, fileID: oracle.fileID)
        #expect(decryptor.fileKey.count == 5)
        #expect(decryptor.parameters.revision == 2)
    }
}
