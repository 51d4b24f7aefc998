import Foundation

/// The one JSON encoder of bukti's contracts: members come in the order `encode(to:)` writes them
/// (Foundation's `JSONEncoder` on Linux keeps object members in a hashed dictionary, so without
/// `.sortedKeys` the order changes from run to run: swift-corelibs-foundation issue 3676). The value
/// is collected as a tree (`TreeEncoder`), then written in one of two styles; strings are escaped by
/// `JSONEncoder` itself.
public struct OrderedJSONEncoder: Sendable {
    /// How the tree is written.
    public enum Style: Sendable, Equatable {
        /// The audit contract (`bukti audit --format json`, diffs): every object in declared order at
        /// every depth, two-space indentation, `"key": value`, numbers as Swift writes them (`2.0`).
        case document
        /// An `inspect` record: the top level in declared order, nested objects with sorted keys,
        /// numbers as Foundation writes them (`2`); one line, or indented with `"key" : value`.
        case record(pretty: Bool)
    }

    public let style: Style

    public init(_ style: Style) { self.style = style }

    /// The JSON text of `value`, without a trailing newline.
    public func encode<T: Encodable>(_ value: T) throws -> String {
        let root = TreeEncoder(path: [])
        try TreeEncoder.node(value, into: root.box, path: [])
        var writer = JSONTextWriter(style: style)
        try writer.write(root.box.value ?? .null, depth: 0)
        return writer.out
    }
}
