import Foundation

/// A JSON value being built; containers are boxes so nested encoders can fill them later. Numbers
/// are kept as the value they were given, so each style writes them its own way.
enum JSONNode {
    case null, bool(Bool), int(Int), double(Double), float(Float), string(String)
    case array(ArrayBox), object(ObjectBox)
}

final class NodeBox { var value: JSONNode? }
final class ArrayBox { var items: [NodeBox] = [] }
final class ObjectBox {
    var members: [(key: String, value: NodeBox)] = []
    /// The box for `key`, reusing an existing member so a key written twice keeps its first place.
    func slot(_ key: String) -> NodeBox {
        if let existing = members.first(where: { $0.key == key }) { return existing.value }
        let box = NodeBox()
        members.append((key, box))
        return box
    }
}

/// Encodes one value into `box`: the whole value as a tree, every object's members in the order its
/// `encode(to:)` writes them.
final class TreeEncoder: Encoder {
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
        case let v as Float: box.value = .float(v)
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
