/// A key of the catalogue (`summary`, `audit.missingDocument`, `help.audit.--lang`). Keys are declared
/// as static members next to the catalogue block that defines them (`MessageKey.summary`), so a typo
/// is a compile error, not a missing word.
public struct MessageKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }

    /// The English singular variant of a counted key (`shared` → `shared.one`), used when the count is 1.
    public var one: MessageKey { MessageKey(rawValue + ".one") }
}
