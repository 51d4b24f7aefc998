/// Computes content digests (SHA-256, lowercase hex) wherever bukti records one: shared documents,
/// `--hash`, the rule file's and waivers file's hash, history folder names, provenance. Core cannot
/// reach libcrypto, so the CLI hands in BuktiFormats' `SHA256Hasher`; tests hand in fakes.
public protocol ContentHasher: Sendable {
    /// The digest of every byte of `source`.
    func digest(of source: any ByteSource) throws -> String
    /// The digest of the file at `path`, read from disk (a caller may count or cache these).
    func digest(ofFileAt path: FilePath) throws -> String
}

extension ContentHasher {
    public func digest(ofFileAt path: FilePath) throws -> String { try digest(of: try FileSource(path: path)) }

    /// The digest of bytes in memory (a rule file's text); empty when it cannot be computed.
    public func digest(of bytes: [UInt8]) -> String { (try? digest(of: MemorySource(bytes))) ?? "" }
}
