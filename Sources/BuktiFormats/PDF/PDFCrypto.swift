internal import CCrypto

/// The libcrypto primitives the PDF Standard security handler needs, as pure byte-array functions.
///
/// RC4 uses the low-level `RC4_set_key`/`RC4` API rather than `EVP_rc4()`: OpenSSL 3 moved RC4 into the
/// legacy provider, so the EVP route needs `OSSL_PROVIDER_load(nil, "legacy")` (process-global state, a
/// provider module file that minimal installs may lack, and it replaces the implicit default provider
/// unless "default" is loaded as well). The low-level functions are deprecated but still exported by
/// Debian's libcrypto.so.3, need no provider and keep no global state; the shim sets
/// OPENSSL_SUPPRESS_DEPRECATED so they import without warnings.
enum PDFCrypto {
    /// The digests the handler uses: MD5 for R2–R4, the SHA-2 family for R5/R6.
    enum Digest {
        case md5, sha256, sha384, sha512
    }

    /// The AES modes the handler uses.
    enum AESMode {
        case cbc, ecb
    }

    /// `digest` of the concatenation of `parts` (one-shot EVP digest).
    static func hash(_ digest: Digest, _ parts: [UInt8]...) -> [UInt8] {
        let md: OpaquePointer? =
            switch digest {
            case .md5: EVP_md5()
            case .sha256: EVP_sha256()
            case .sha384: EVP_sha384()
            case .sha512: EVP_sha512()
            }
        guard let ctx = EVP_MD_CTX_new() else { return [] }
        defer { EVP_MD_CTX_free(ctx) }
        guard EVP_DigestInit_ex(ctx, md, nil) == 1 else { return [] }
        for part in parts {
            let ok = part.withUnsafeBytes { EVP_DigestUpdate(ctx, $0.baseAddress, $0.count) }
            guard ok == 1 else { return [] }
        }
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(ctx, &out, &length) == 1 else { return [] }
        return Array(out.prefix(Int(length)))
    }

    /// RC4 of `data` under `key` (encryption and decryption are the same operation).
    static func rc4(key: [UInt8], _ data: [UInt8]) -> [UInt8] {
        guard !key.isEmpty, !data.isEmpty else { return data }
        var state = RC4_KEY()
        key.withUnsafeBufferPointer { RC4_set_key(&state, Int32($0.count), $0.baseAddress) }
        var out = [UInt8](repeating: 0, count: data.count)
        data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                RC4(&state, input.count, input.baseAddress, output.baseAddress)
            }
        }
        return out
    }

    /// AES (key size from `key.count`: 16 or 32 bytes) without padding; `data.count` must be a
    /// multiple of 16. Nil when libcrypto refuses (bad key or IV size, ragged data).
    static func aes(
        _ mode: AESMode, encrypt: Bool, key: [UInt8], iv: [UInt8] = [], _ data: [UInt8]
    ) -> [UInt8]? {
        guard data.count % 16 == 0, mode == .ecb || iv.count == 16 else { return nil }
        let cipher: OpaquePointer? =
            switch (mode, key.count) {
            case (.cbc, 16): EVP_aes_128_cbc()
            case (.cbc, 32): EVP_aes_256_cbc()
            case (.ecb, 16): EVP_aes_128_ecb()
            case (.ecb, 32): EVP_aes_256_ecb()
            default: nil
            }
        guard let cipher, let ctx = EVP_CIPHER_CTX_new() else { return nil }
        defer { EVP_CIPHER_CTX_free(ctx) }
        let initialised = key.withUnsafeBufferPointer { k in
            iv.withUnsafeBufferPointer { v in
                EVP_CipherInit_ex(ctx, cipher, nil, k.baseAddress, mode == .cbc ? v.baseAddress : nil, encrypt ? 1 : 0)
            }
        }
        guard initialised == 1, EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 else { return nil }
        var out = [UInt8](repeating: 0, count: data.count + 16)
        var written = 0
        // Chunked so that no single call's length overflows the Int32 libcrypto takes.
        let chunk = 1 << 20
        var start = 0
        while start < data.count {
            let end = min(start + chunk, data.count)
            var produced: Int32 = 0
            let ok = data[start..<end].withUnsafeBufferPointer { input in
                out.withUnsafeMutableBufferPointer { output in
                    EVP_CipherUpdate(ctx, output.baseAddress.map { $0 + written }, &produced,
                                     input.baseAddress, Int32(input.count))
                }
            }
            guard ok == 1 else { return nil }
            written += Int(produced)
            start = end
        }
        var tail: Int32 = 0
        let finished = out.withUnsafeMutableBufferPointer { output in
            EVP_CipherFinal_ex(ctx, output.baseAddress.map { $0 + written }, &tail)
        }
        guard finished == 1 else { return nil }
        written += Int(tail)
        return Array(out.prefix(written))
    }
}
