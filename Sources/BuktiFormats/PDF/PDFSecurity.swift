import BuktiCore

/// Entry point of the Standard security handler: turns an /Encrypt dictionary into a decryptor.
///
/// Only passwords bukti already has are tried: `password` (empty by default) as user and as owner
/// password, then the empty string in both roles. Nothing is guessed beyond that.
public enum PDFSecurity {
    /// Authenticates `password` against `encrypt` and returns a decryptor for the document.
    ///
    /// - Parameters:
    ///   - encrypt: the /Encrypt dictionary with references already resolved (its strings are never
    ///     encrypted, so the reader must not decrypt them).
    ///   - fileID: the first element of the trailer /ID array (nil or empty when the file has none).
    ///   - password: bytes of the password: PDFDocEncoding for R2–R4, SASLprep'd UTF-8 for R5/R6.
    /// - Throws: `.passwordRequired` when no tried password opens the file, `.unsupported` for other
    ///   security handlers or algorithms, `.malformed` for a damaged /Encrypt dictionary.
    public static func open(
        encrypt: PDFDictionary, fileID: [UInt8]?, password: [UInt8] = []
    ) throws(PDFSecurityError) -> any PDFDecryptor {
        try openStandard(encrypt: encrypt, fileID: fileID, password: password)
    }

    /// `open`, returning the concrete decryptor (its file key is what tests compare with qpdf's).
    static func openStandard(
        encrypt: PDFDictionary, fileID: [UInt8]?, password: [UInt8] = []
    ) throws(PDFSecurityError) -> PDFStandardDecryptor {
        guard let filter = encrypt["Filter"]?.name else { throw .malformed("/Encrypt has no /Filter name") }
        guard filter == "Standard" else { throw .unsupported("security handler /\(filter)") }
        let parameters = try PDFSecurityParameters(encrypt)
        let id = fileID ?? []
        var candidates = [password]
        if !password.isEmpty { candidates.append([]) }
        for candidate in candidates {
            let key = PDFSecurityKeys.authenticateUser(candidate, parameters, fileID: id)
                ?? PDFSecurityKeys.authenticateOwner(candidate, parameters, fileID: id)
            if let key, key.count == parameters.keyLength {
                return PDFStandardDecryptor(
                    fileKey: key, parameters: parameters, permsVerified: verifyPerms(parameters, key: key))
            }
        }
        throw .passwordRequired
    }

    /// R6 (and R5 files that carry it): /Perms decrypted with AES-256-ECB under the file key holds
    /// "adb" at bytes 9–11 and /P in bytes 0–3.
    private static func verifyPerms(_ p: PDFSecurityParameters, key: [UInt8]) -> Bool? {
        guard p.revision >= 5, p.perms.count >= 16 else { return nil }
        guard let plain = PDFCrypto.aes(.ecb, encrypt: false, key: key, Array(p.perms.prefix(16))) else {
            return false
        }
        let permissions = (0..<4).map { UInt8(truncatingIfNeeded: p.permissions >> (8 * $0)) }
        return Array(plain[9..<12]) == Array("adb".utf8) && Array(plain[0..<4]) == permissions
    }
}
