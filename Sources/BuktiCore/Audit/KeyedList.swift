/// A JSON object whose keys keep the order they were added in (document types in rule-file order),
/// which a Swift dictionary cannot promise.
public struct KeyedList<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var entries: [(key: String, value: Value)]

    public init(_ entries: [(key: String, value: Value)] = []) { self.entries = entries }

    /// The value for `key`, nil when absent.
    public subscript(key: String) -> Value? { entries.first { $0.key == key }?.value }

    public var keys: [String] { entries.map(\.key) }

    /// Equal as JSON objects are: the same keys with the same values, in any order (a decoder
    /// cannot promise to keep the order).
    public static func == (lhs: KeyedList, rhs: KeyedList) -> Bool {
        lhs.entries.count == rhs.entries.count && lhs.entries.allSatisfy { rhs[$0.key] == $0.value }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        entries = try container.allKeys.map { ($0.stringValue, try container.decode(Value.self, forKey: $0)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (key, value) in entries { try container.encode(value, forKey: Key(stringValue: key)) }
    }
}
