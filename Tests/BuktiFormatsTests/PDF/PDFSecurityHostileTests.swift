import BuktiCore
import Testing

@testable import BuktiFormats

/// Damaged /Encrypt dictionaries end in an error or a decryptor, never a crash.
@Suite struct PDFSecurityHostileTests {
    static let fixtures = ["rc4-40", "rc4-128", "rc4-128-v4", "aes-128", "aes-256-r5", "aes-256"]
    /// Values of the wrong type, size or sign, put in place of each entry in turn. Computed, not a
    /// stored `static let`: LeakSanitizer cannot follow the tagged payload pointers of a global enum
    /// array and would report its boxes as leaked at exit.
    static var replacements: [PDFObject?] { [
        nil, .null, .integer(-1), .integer(0), .integer(Int.max), .integer(Int.min), .real(128.5), .name("Standard"),
        .string([]), .string([UInt8](repeating: 0xFF, count: 4096)), .array([]), .dictionary(PDFDictionary()),
        .bool(false),
    ] }

    @Test(arguments: fixtures)
    func everyEntryReplacedByJunk(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        var outcomes = 0
        for key in oracle.encrypt.entries.keys.sorted() + ["EncryptMetadata", "EFF", "Perms"] {
            for junk in Self.replacements {
                var dictionary = oracle.encrypt
                dictionary[key] = junk
                if let decryptor = try? PDFSecurity.open(encrypt: dictionary, fileID: oracle.fileID) {
                    _ = decryptor.decryptString(Array(repeating: 7, count: 40), object: PDFReference(Int.max, -1))
                    _ = decryptor.decryptStream([1, 2, 3], object: PDFReference(0, 0), dictionary: dictionary)
                }
                outcomes += 1
            }
        }
        #expect(outcomes > 0)
    }

    @Test(arguments: fixtures)
    func junkFileIDsRefuseOrOpen(_ name: String) throws {
        let oracle = try PDFSecurityOracle(name)
        for id in [nil, [], [UInt8](repeating: 0, count: 100_000)] as [[UInt8]?] {
            do {
                _ = try PDFSecurity.open(encrypt: oracle.encrypt, fileID: id)
                // Only R5/R6 keys do not depend on /ID.
                #expect(name.hasPrefix("aes-256"))
            } catch {
                #expect(error == .passwordRequired)
            }
        }
    }

    @Test func hugePasswordIsCutNotFatal() throws {
        let oracle = try PDFSecurityOracle("user-password-r6")
        let long = Array("secret".utf8) + [UInt8](repeating: 0x41, count: 1_000_000)
        #expect(throws: PDFSecurityError.passwordRequired) {
            try PDFSecurity.open(encrypt: oracle.encrypt, fileID: oracle.fileID, password: long)
        }
    }
}
