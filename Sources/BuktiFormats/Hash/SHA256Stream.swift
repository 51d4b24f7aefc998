internal import CCrypto
import BuktiCore

/// SHA-256 of a whole file, read in 1 MiB chunks through its `ByteSource` so memory stays flat
/// whatever the file's size. The digest itself is libcrypto's (EVP), never hand-written.
public enum SHA256Stream {
    /// Bytes read per call: large enough to keep system-call overhead negligible.
    public static let chunkSize = 1 << 20

    /// Why a digest could not be computed.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// libcrypto refused to set up or run the digest (only when the library is broken or out of memory).
        case library(String)

        public var description: String {
            switch self {
            case .library(let step): "sha-256 digest failed in libcrypto (\(step))"
            }
        }
    }

    /// The lower-case hex SHA-256 of every byte of `source`. Throws `ByteSourceError` when reading fails.
    public static func hexDigest(of source: any ByteSource, chunkSize: Int = chunkSize) throws -> String {
        guard let context = EVP_MD_CTX_new() else { throw Failure.library("EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { throw Failure.library("EVP_DigestInit_ex") }
        var offset = 0
        while offset < source.size {
            let chunk = try source.read(at: offset, count: chunkSize)
            if chunk.isEmpty { break }  // the file shrank while we read it
            let updated = chunk.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
            guard updated == 1 else { throw Failure.library("EVP_DigestUpdate") }
            offset += chunk.count
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else {
            throw Failure.library("EVP_DigestFinal_ex")
        }
        return digest.prefix(Int(length)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 0x10 ? "0" + hex : hex
        }.joined()
    }
}
