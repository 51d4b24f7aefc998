@testable import BuktiCore

/// A `ContentHasher` made of a function of the bytes, for tests that need no real SHA-256 (Core
/// cannot reach libcrypto).
struct FakeHasher: ContentHasher {
    let hash: @Sendable ([UInt8]) -> String

    init(_ hash: @escaping @Sendable ([UInt8]) -> String) { self.hash = hash }

    func digest(of source: any ByteSource) throws -> String { hash(try source.readAll()) }
}
