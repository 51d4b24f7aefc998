import Foundation

/// Encodes a value as a JSON object whose top-level keys come in the order its `encode(to:)` writes them.
///
/// Foundation's `JSONEncoder` on Linux keeps object members in a hashed dictionary, so without
/// `.sortedKeys` the order changes from run to run (swift-corelibs-foundation issue 3676). The record's
/// order (`schemaVersion`, `path`, `kind`, ... `problems`) is part of its readability, so this encoder
/// collects the top-level members in order and lets `JSONEncoder` encode (and escape) each value;
/// nested objects (`gps`, `xmp`, each problem) use sorted keys, which is stable too.
public struct OrderedJSONEncoder: Sendable {
    /// Two-space indentation and one member per line (the `json` format); compact otherwise (`jsonl`).
    public var prettyPrinted: Bool

    public init(prettyPrinted: Bool = false) { self.prettyPrinted = prettyPrinted }

    /// The JSON text of `value`, without a trailing newline.
    public func encode<T: Encodable>(_ value: T) throws -> String {
        let inner = JSONEncoder()
        inner.outputFormatting = prettyPrinted
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        let collector = MemberCollector()
        try value.encode(to: collector)
        guard collector.isPlainObject else {
            return String(decoding: try inner.encode(value), as: UTF8.self)
        }
        var members: [String] = []
        members.reserveCapacity(collector.members.count)
        for (key, member) in collector.members {
            let name = String(decoding: try inner.encode(key), as: UTF8.self)
            var text = String(decoding: try inner.encode(member), as: UTF8.self)
            if prettyPrinted {
                // JSONEncoder prints an empty collection over two lines; keep it on one.
                if text == "[\n\n]" || text == "{\n\n}" { text = text.first == "[" ? "[]" : "{}" }
                text = text.replacingOccurrences(of: "\n", with: "\n  ")
            }
            members.append(prettyPrinted ? "  \(name) : \(text)" : "\(name):\(text)")
        }
        if members.isEmpty { return "{}" }
        return prettyPrinted ? "{\n" + members.joined(separator: ",\n") + "\n}" : "{" + members.joined(separator: ",") + "}"
    }
}

/// An `Encoder` that only records the top-level keyed members, in order. Anything else (a top-level
/// array or single value, nested containers built by hand) marks the value as not a plain object,
/// and the caller falls back to `JSONEncoder` for all of it.
private final class MemberCollector: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    var members: [(String, any Encodable)] = []
    var isPlainObject = true

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Members<Key>(collector: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        isPlainObject = false
        return JSONEncoderFallback.unkeyed()
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        isPlainObject = false
        return JSONEncoderFallback.singleValue()
    }

    private struct Members<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let collector: MemberCollector
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws {
            collector.members.append((key.stringValue, JSONNull()))
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            collector.members.append((key.stringValue, value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            collector.isPlainObject = false
            return MemberCollector().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            collector.isPlainObject = false
            return JSONEncoderFallback.unkeyed()
        }

        mutating func superEncoder() -> any Encoder {
            collector.isPlainObject = false
            return MemberCollector()
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            collector.isPlainObject = false
            return MemberCollector()
        }
    }
}

/// `null`, for members encoded with `encodeNil`.
private struct JSONNull: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}

/// Throwaway containers handed out once the collector has given up (their contents are never used).
private enum JSONEncoderFallback {
    static func unkeyed() -> any UnkeyedEncodingContainer { Discard() }
    static func singleValue() -> any SingleValueEncodingContainer { Discard() }

    private struct Discard: UnkeyedEncodingContainer, SingleValueEncodingContainer {
        var codingPath: [any CodingKey] { [] }
        var count: Int { 0 }
        mutating func encodeNil() throws {}
        mutating func encode<T: Encodable>(_ value: T) throws {}
        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> { MemberCollector().container(keyedBy: keyType) }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { Discard() }
        mutating func superEncoder() -> any Encoder { MemberCollector() }
    }
}
