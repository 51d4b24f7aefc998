import BuktiCore

/// Decrypts the strings and streams of a document secured by the Standard security handler,
/// once `PDFSecurity.open` has found the file key.
struct PDFStandardDecryptor: PDFDecryptor {
    /// The file encryption key (what `qpdf --show-encryption-key` prints).
    let fileKey: [UInt8]
    let parameters: PDFSecurityParameters
    /// Whether the R5/R6 /Perms entry decrypts under the file key to its "adb" marker and /P (nil when
    /// absent or R2–R4); a mismatch means a damaged or edited dictionary, not a wrong password.
    let permsVerified: Bool?

    var encryptsMetadata: Bool { parameters.encryptMetadata }

    func decryptString(_ bytes: [UInt8], object: PDFReference) -> [UInt8] {
        decrypt(bytes, parameters.stringMethod, object: object)
    }

    func decryptStream(_ bytes: [UInt8], object: PDFReference, dictionary: PDFDictionary) -> [UInt8] {
        let method = method(forStream: dictionary)
        let plain = decrypt(bytes, method, object: object)
        guard dictionary.type == "Metadata" else { return plain }
        return recoverMetadata(stored: bytes, decrypted: plain, method: method, object: object, dictionary: dictionary)
    }

    /// The method for a stream: XRef streams are never encrypted; a /Crypt filter of the stream's own
    /// overrides everything else; then unencrypted metadata, embedded files, and the default /StmF.
    func method(forStream dictionary: PDFDictionary) -> PDFCryptMethod {
        let type = dictionary.type
        if type == "XRef" { return .identity }
        if let name = Self.cryptFilterName(dictionary) {
            // A filter we cannot name leaves the bytes alone rather than scrambling them further.
            return parameters.filters[name] ?? .identity
        }
        if type == "Metadata" && !parameters.encryptMetadata { return .identity }
        if type == "EmbeddedFile" { return parameters.embeddedFileMethod }
        return parameters.streamMethod
    }

    /// The crypt filter a stream names itself: /Filter [... /Crypt ...] with /DecodeParms << /Name /X >>
    /// at the same position (default /Identity); nil when the stream has no /Crypt filter.
    static func cryptFilterName(_ dictionary: PDFDictionary) -> String? {
        let filters: [PDFObject] =
            switch dictionary["Filter"] {
            case .name(let name)?: [.name(name)]
            case .array(let items)?: items
            default: []
            }
        guard let index = filters.firstIndex(of: .name("Crypt")) else { return nil }
        let parms: PDFObject? =
            switch dictionary["DecodeParms"] {
            case .array(let items)?: index < items.count ? items[index] : nil
            // A lone dictionary belongs to a lone filter, or to /Crypt when it carries a /Name.
            case let single?: filters.count == 1 || single.dictionary?["Name"] != nil ? single : nil
            case nil: nil
            }
        return parms?.dictionary?["Name"]?.name ?? "Identity"
    }

    func decrypt(_ bytes: [UInt8], _ method: PDFCryptMethod, object: PDFReference) -> [UInt8] {
        switch method {
        case .identity: bytes
        case .rc4: PDFCrypto.rc4(key: objectKey(object, aes: false), bytes)
        case .aes128: Self.aesDecrypt(bytes, key: objectKey(object, aes: true))
        case .aes256: Self.aesDecrypt(bytes, key: fileKey)
        }
    }

    /// Algorithm 1: the file key extended by the object and generation numbers (low bytes first),
    /// plus "sAlT" for AES, hashed with MD5 and cut to the file key length + 5 (at most 16).
    func objectKey(_ object: PDFReference, aes: Bool) -> [UInt8] {
        let n = object.number, g = object.generation
        let suffix: [UInt8] = [
            UInt8(truncatingIfNeeded: n), UInt8(truncatingIfNeeded: n >> 8), UInt8(truncatingIfNeeded: n >> 16),
            UInt8(truncatingIfNeeded: g), UInt8(truncatingIfNeeded: g >> 8),
        ]
        let salt: [UInt8] = aes ? [0x73, 0x41, 0x6C, 0x54] : []
        return Array(PDFCrypto.hash(.md5, fileKey, suffix, salt).prefix(min(fileKey.count + 5, 16)))
    }

    /// AES-CBC with the IV in the first 16 bytes and PKCS#5 padding. Fewer than one block after the IV
    /// yields nothing; a trailing partial block is dropped; a padding that does not check out is kept,
    /// since a reader gets further with the bytes than without them.
    static func aesDecrypt(_ bytes: [UInt8], key: [UInt8]) -> [UInt8] {
        let blocks = (bytes.count - 16) / 16
        guard bytes.count >= 32, blocks > 0 else { return [] }
        let iv = Array(bytes[0..<16])
        guard var plain = PDFCrypto.aes(.cbc, encrypt: false, key: key, iv: iv,
                                        Array(bytes[16..<(16 + blocks * 16)]))
        else { return [] }
        if let pad = plain.last, (1...16).contains(pad), Int(pad) <= plain.count,
           plain.suffix(Int(pad)).allSatisfy({ $0 == pad }) {
            plain.removeLast(Int(pad))
        }
        return plain
    }
}
