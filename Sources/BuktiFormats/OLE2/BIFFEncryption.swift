internal import CCrypto

/// The RC4 encryption an Excel FILEPASS record describes ([MS-OFFCRYPTO] 2.3.6 and 2.3.5), and
/// decryption of the workbook stream when the password is Excel's built-in default: Excel
/// encrypts workbooks whose structure is protected with "VelvetSweatshop", and they open without
/// asking for a password, so they are not password-protected in any sense a reader cares about.
struct BIFFEncryption: Sendable {
    static let defaultPassword = "VelvetSweatshop"
    /// Both RC4 variants re-key every 1024 bytes of stream position.
    static let blockSize = 1024
    /// Records that stay in the clear ([MS-XLS] 2.2.10): BOF, FILEPASS, UsrExcl, FileLock,
    /// InterfaceHdr, RRDInfo, RRDHead.
    static let clearRecords: Set<UInt16> = [0x0809, 0x002F, 0x0194, 0x0195, 0x00E1, 0x0196, 0x0138]
    static let boundSheet: UInt16 = 0x0085
    /// BOUNDSHEET's lbPlyPos (its first 4 bytes) stays in the clear.
    static let boundSheetClearBytes = 4

    /// How the per-block RC4 keys are made.
    enum Method: Sendable {
        /// RC4 with MD5 (FILEPASS version 1.1).
        case rc4
        /// RC4 CryptoAPI with SHA-1 (versions 2.2, 3.2, 4.2) and a key of `keyBits` bits.
        case cryptoAPI(keyBits: Int)
    }

    let method: Method
    let salt: [UInt8]
    let verifier: [UInt8]
    let verifierHash: [UInt8]

    /// Parses FILEPASS data; nil for XOR obfuscation or a layout bukti does not know.
    init?(filePass data: ArraySlice<UInt8>) {
        let raw = OLE2Bytes(Array(data))
        guard raw.u16(0) == 1, let major = raw.u16(2), let minor = raw.u16(4) else { return nil }
        if major == 1, minor == 1, let salt = raw.slice(6, 16), let verifier = raw.slice(22, 16),
           let hash = raw.slice(38, 16) {
            (method, self.salt, self.verifier, verifierHash) = (.rc4, Array(salt), Array(verifier), Array(hash))
            return
        }
        // CryptoAPI: flags, header size, header (KeySize at +16), then the verifier block.
        guard (2...4).contains(major), minor == 2, let headerSize = raw.u32(10).map(Int.init),
              headerSize >= 20, let keyBits = raw.u32(14 + 16).map(Int.init)
        else { return nil }
        let at = 14 + headerSize
        guard raw.u32(at) == 16, let salt = raw.slice(at + 4, 16), let verifier = raw.slice(at + 20, 16),
              let hashSize = raw.u32(at + 36).map(Int.init), hashSize == 20, let hash = raw.slice(at + 40, 20)
        else { return nil }
        let bits = keyBits == 0 ? 40 : keyBits
        guard bits >= 40, bits <= 128, bits % 8 == 0 else { return nil }
        (method, self.salt, self.verifier, verifierHash) = (.cryptoAPI(keyBits: bits), Array(salt), Array(verifier), Array(hash))
    }

    /// The per-block key maker when `password` opens the workbook; nil when it does not.
    func keys(password: String) -> BIFFKeys? {
        let keys = BIFFKeys(method: method, salt: salt, password: password)
        let plain = LegacyCrypto.rc4(key: keys.key(block: 0), verifier + verifierHash)
        let clearVerifier = Array(plain.prefix(16))
        let clearHash = Array(plain.dropFirst(16))
        switch method {
        case .rc4: return LegacyCrypto.md5(clearVerifier) == clearHash ? keys : nil
        case .cryptoAPI: return LegacyCrypto.sha1(clearVerifier) == clearHash ? keys : nil
        }
    }

    /// Decrypts the records of `stream` that follow the FILEPASS record ending at `start`, in place.
    static func decrypt(_ stream: inout [UInt8], from start: Int, keys: BIFFKeys) {
        var at = start
        var block = -1
        var keystream: [UInt8] = []
        while at + 4 <= stream.count {
            let type = UInt16(stream[at]) | UInt16(stream[at + 1]) << 8
            let length = Int(stream[at + 2]) | Int(stream[at + 3]) << 8
            let end = min(stream.count, at + 4 + length)
            let first = clearRecords.contains(type) ? end
                : at + 4 + (type == boundSheet ? boundSheetClearBytes : 0)
            for position in first..<max(first, end) {
                if position / blockSize != block {
                    block = position / blockSize
                    keystream = LegacyCrypto.rc4(key: keys.key(block: UInt32(block)), [UInt8](repeating: 0, count: blockSize))
                }
                stream[position] ^= keystream[position % blockSize]
            }
            at += 4 + length
        }
    }
}

/// Derives the RC4 key of each 1024-byte block from a password.
struct BIFFKeys: Sendable {
    let method: BIFFEncryption.Method
    /// The password hash the block keys are made from (H1 truncated for RC4, H0 for CryptoAPI).
    let base: [UInt8]

    init(method: BIFFEncryption.Method, salt: [UInt8], password: String) {
        self.method = method
        let utf16 = password.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        switch method {
        case .rc4:
            let h0 = LegacyCrypto.md5(utf16).prefix(5)
            base = Array(LegacyCrypto.md5(Array(repeating: Array(h0) + salt, count: 16).flatMap { $0 }).prefix(5))
        case .cryptoAPI:
            base = LegacyCrypto.sha1(salt + utf16)
        }
    }

    /// The RC4 key for block `block`.
    func key(block: UInt32) -> [UInt8] {
        let counter = (0..<4).map { UInt8(truncatingIfNeeded: block >> (8 * UInt32($0))) }
        switch method {
        case .rc4:
            return LegacyCrypto.md5(base + counter)
        case .cryptoAPI(let bits):
            let key = Array(LegacyCrypto.sha1(base + counter).prefix(bits / 8))
            // A 40-bit CryptoAPI key is used as 128 bits padded with zeros.
            return bits == 40 ? key + [UInt8](repeating: 0, count: 11) : key
        }
    }
}

/// The libcrypto primitives legacy Office encryption uses.
private enum LegacyCrypto {
    static func md5(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(MD5_DIGEST_LENGTH))
        _ = bytes.withUnsafeBufferPointer { MD5($0.baseAddress, $0.count, &digest) }
        return digest
    }

    static func sha1(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(SHA_DIGEST_LENGTH))
        _ = bytes.withUnsafeBufferPointer { SHA1($0.baseAddress, $0.count, &digest) }
        return digest
    }

    static func rc4(key: [UInt8], _ bytes: [UInt8]) -> [UInt8] {
        var state = RC4_KEY()
        RC4_set_key(&state, Int32(key.count), key)
        var output = [UInt8](repeating: 0, count: bytes.count)
        RC4(&state, bytes.count, bytes, &output)
        return output
    }
}
