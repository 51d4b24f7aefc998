import BuktiCore

/// The `ContentHasher` bukti runs with: libcrypto's SHA-256 through `SHA256Stream`.
public struct SHA256Hasher: ContentHasher {
    public init() {}

    public func digest(of source: any ByteSource) throws -> String { try SHA256Stream.hexDigest(of: source) }
}
