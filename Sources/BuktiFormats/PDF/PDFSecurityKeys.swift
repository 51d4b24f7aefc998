/// The Standard security handler's password algorithms: each turns a password into the file key, or
/// says the password is wrong (ISO 32000-2 §7.6.4.3–7.6.4.4; R5 from Adobe's Extension Level 3 supplement).
enum PDFSecurityKeys {
    /// The 32-byte string that pads R2–R4 passwords (ISO 32000-2 §7.6.4.3.2, step a).
    static let padding: [UInt8] = [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ]

    /// The file key if `password` is the user password, else nil (Algorithm 6, or 11 for R5/R6).
    static func authenticateUser(
        _ password: [UInt8], _ p: PDFSecurityParameters, fileID: [UInt8]
    ) -> [UInt8]? {
        if p.revision >= 5 {
            let pw = Array(password.prefix(127))
            let check = hash(pw, salt: Array(p.user[32..<40]), userData: [], revision: p.revision)
            guard check == Array(p.user[0..<32]) else { return nil }
            let wrap = hash(pw, salt: Array(p.user[40..<48]), userData: [], revision: p.revision)
            return unwrap(p.userKey, with: wrap)
        }
        let key = legacyFileKey(password, p, fileID: fileID)
        guard legacyUserEntry(key: key, p, fileID: fileID) else { return nil }
        return key
    }

    /// The file key if `password` is the owner password, else nil (Algorithm 7, or 12 for R5/R6).
    static func authenticateOwner(
        _ password: [UInt8], _ p: PDFSecurityParameters, fileID: [UInt8]
    ) -> [UInt8]? {
        if p.revision >= 5 {
            let pw = Array(password.prefix(127))
            let u = Array(p.user[0..<48])
            let check = hash(pw, salt: Array(p.owner[32..<40]), userData: u, revision: p.revision)
            guard check == Array(p.owner[0..<32]) else { return nil }
            let wrap = hash(pw, salt: Array(p.owner[40..<48]), userData: u, revision: p.revision)
            return unwrap(p.ownerKey, with: wrap)
        }
        // Algorithm 3 steps a–d give the RC4 key that wraps the padded user password inside /O.
        var digest = PDFCrypto.hash(.md5, pad(password))
        if p.revision >= 3 {
            for _ in 0..<50 { digest = PDFCrypto.hash(.md5, digest) }
        }
        let key = Array(digest.prefix(p.keyLength))
        var userPassword = p.owner
        if p.revision == 2 {
            userPassword = PDFCrypto.rc4(key: key, userPassword)
        } else {
            for i in (0...19).reversed() {
                userPassword = PDFCrypto.rc4(key: key.map { $0 ^ UInt8(i) }, userPassword)
            }
        }
        return authenticateUser(userPassword, p, fileID: fileID)
    }

    /// Algorithm 2: the R2–R4 file key for `password`.
    static func legacyFileKey(_ password: [UInt8], _ p: PDFSecurityParameters, fileID: [UInt8]) -> [UInt8] {
        let pBytes = (0..<4).map { UInt8(truncatingIfNeeded: p.permissions >> (8 * $0)) }
        let metadata: [UInt8] = p.revision >= 4 && !p.encryptMetadata ? [0xFF, 0xFF, 0xFF, 0xFF] : []
        var digest = PDFCrypto.hash(.md5, pad(password), p.owner, pBytes, fileID, metadata)
        if p.revision >= 3 {
            for _ in 0..<50 { digest = PDFCrypto.hash(.md5, Array(digest.prefix(p.keyLength))) }
        }
        return Array(digest.prefix(p.keyLength))
    }

    /// Algorithms 4 and 5: does `key` reproduce the /U entry?
    private static func legacyUserEntry(key: [UInt8], _ p: PDFSecurityParameters, fileID: [UInt8]) -> Bool {
        if p.revision == 2 {
            return PDFCrypto.rc4(key: key, padding) == p.user
        }
        var entry = PDFCrypto.rc4(key: key, PDFCrypto.hash(.md5, padding, fileID))
        for i in 1...19 {
            entry = PDFCrypto.rc4(key: key.map { $0 ^ UInt8(i) }, entry)
        }
        // Only the first 16 bytes of /U are defined for R3+; the rest is arbitrary padding.
        return entry.count == 16 && entry == Array(p.user[0..<16])
    }

    /// A password padded or cut to 32 bytes with the standard padding.
    private static func pad(_ password: [UInt8]) -> [UInt8] {
        let head = password.prefix(32)
        return Array(head) + padding.prefix(32 - head.count)
    }

    /// Unwraps /UE or /OE: AES-256-CBC, zero IV, no padding.
    private static func unwrap(_ wrapped: [UInt8], with key: [UInt8]) -> [UInt8]? {
        PDFCrypto.aes(.cbc, encrypt: false, key: key, iv: [UInt8](repeating: 0, count: 16), wrapped)
    }

    /// The R5 password hash (SHA-256) or the R6 one (Algorithm 2.B: SHA-256/384/512 rounds keyed by AES).
    static func hash(_ password: [UInt8], salt: [UInt8], userData: [UInt8], revision: Int) -> [UInt8] {
        var k = PDFCrypto.hash(.sha256, password, salt, userData)
        guard revision >= 6 else { return k }
        let digests: [PDFCrypto.Digest] = [.sha256, .sha384, .sha512]
        var round = 0
        var last: UInt8 = 0
        // At least 64 rounds; then until the last byte of E is at most round - 32. E's last byte is
        // under 256, so the loop ends by round 288 at the latest.
        while round < 64 || Int(last) > round - 32 {
            let block = password + k + userData
            var k1 = [UInt8]()
            k1.reserveCapacity(block.count * 64)
            for _ in 0..<64 { k1 += block }
            guard k.count >= 32,
                  let e = PDFCrypto.aes(.cbc, encrypt: true, key: Array(k[0..<16]), iv: Array(k[16..<32]), k1),
                  e.count >= 16
            else { return [] }
            // The first 16 bytes of E as a big-endian number, mod 3, equals their byte sum mod 3.
            let choice = e[0..<16].reduce(0) { $0 + Int($1) } % 3
            k = PDFCrypto.hash(digests[choice], e)
            last = e[e.count - 1]
            round += 1
        }
        return Array(k.prefix(32))
    }
}
