import Foundation

/// Encodes any `Encodable` as pretty-printed JSON with every object's keys in the order its
/// `encode(to:)` writes them, at every depth (the audit contract fixes the order of nested objects
/// too; `JSONEncoder` on Linux does not keep it). Structure is collected by a small tree encoder;
/// strings are escaped by `JSONEncoder` itself.
public struct OrderedJSONWriter: Sendable {
    public init() {}

    /// The JSON text of `value` with two-space indentation, without a trailing newline.
    public func encode<T: Encodable>(_ value: T) throws -> String {
        let root = TreeEncoder(path: [])
        try value.encode(to: root)
        var out = ""
        try Self.write(root.box.value ?? .null, indent: "", into: &out)
        return out
    }

    private static let stringEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    private static func write(_ node: JSONNode, indent: String, into out: inout String) throws {
        switch node {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value):
            guard value.isFinite else {
                throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "not a finite number"))
            }
            out += String(value)
        case .string(let value): out += String(decoding: try stringEncoder.encode(value), as: UTF8.self)
        case .array(let box):
            guard !box.items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in box.items.enumerated() {
                out += indent + "  "
                try write(item.value ?? .null, indent: indent + "  ", into: &out)
                out += index == box.items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let box):
            guard !box.members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, member) in box.members.enumerated() {
                out += indent + "  " + String(decoding: try stringEncoder.encode(member.key), as: UTF8.self) + ": "
                try write(member.value.value ?? .null, indent: indent + "  ", into: &out)
                out += index == box.members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }
}

/// A JSON value being built; containers are boxes so nested encoders can fill them later.
private enum JSONNode {
    case null, bool(Bool), int(Int), double(Double), string(String)
    case array(ArrayBox), object(ObjectBox)
}

private final class NodeBox { var value: JSONNode? }
private final class ArrayBox { var items: [NodeBox] = [] }
private final class ObjectBox {
    var members: [(key: String, value: NodeBox)] = []
    /// The box for `key`, reusing an existing member so a key written twice keeps its first place.
    func slot(_ key: String) -> NodeBox {
        if let existing = members.first(where: { $0.key == key }) { return existing.value }
        let box = NodeBox()
        members.append((key, box))
        return box
    }
}

/// Encodes one value into `box`.
private final class TreeEncoder: Encoder {
    let box: NodeBox
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(path: [any CodingKey], box: NodeBox = NodeBox()) {
        self.codingPath = path
        self.box = box
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: ObjectBox
        if case .object(let existing) = box.value { object = existing } else {
            object = ObjectBox()
            box.value = .object(object)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: ArrayBox
        if case .array(let existing) = box.value { array = existing } else {
            array = ArrayBox()
            box.value = .array(array)
        }
        return UnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(box: box, codingPath: codingPath) }

    /// Scalars become nodes directly; anything else is encoded by a nested tree encoder.
    static func node<T: Encodable>(_ value: T, into box: NodeBox, path: [any CodingKey]) throws {
        switch value {
        case let v as String: box.value = .string(v)
        case let v as Bool: box.value = .bool(v)
        case let v as Int: box.value = .int(v)
        case let v as Int64: box.value = .int(Int(v))
        case let v as Double: box.value = .double(v)
        case let v as Float: box.value = .double(Double(v))
        case let v as Int32: box.value = .int(Int(v))
        case let v as UInt8: box.value = .int(Int(v))
        case let v as UInt32: box.value = .int(Int(v))
        case let v as UInt64: box.value = v <= UInt64(Int.max) ? .int(Int(v)) : .double(Double(v))
        default: try value.encode(to: TreeEncoder(path: path, box: box))
        }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectBox
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { object.slot(key.stringValue).value = .null }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try TreeEncoder.node(value, into: object.slot(key.stringValue), path: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(path: codingPath + [key], box: object.slot(key.stringValue)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(path: codingPath + [key], box: object.slot(key.stringValue)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(path: codingPath, box: object.slot("super")) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(path: codingPath + [key], box: object.slot(key.stringValue))
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let array: ArrayBox
    var codingPath: [any CodingKey]
    var count: Int { array.items.count }

    private func next() -> NodeBox {
        let box = NodeBox()
        array.items.append(box)
        return box
    }

    mutating func encodeNil() throws { next().value = .null }

    mutating func encode<T: Encodable>(_ value: T) throws { try TreeEncoder.node(value, into: next(), path: codingPath) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(path: codingPath, box: next()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(path: codingPath, box: next()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(path: codingPath, box: next()) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let box: NodeBox
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.value = .null }

    mutating func encode<T: Encodable>(_ value: T) throws { try TreeEncoder.node(value, into: box, path: codingPath) }
}
