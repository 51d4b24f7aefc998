import Foundation

/// Writes a `JSONNode` tree as text in one `OrderedJSONEncoder.Style`.
struct JSONTextWriter {
    let style: OrderedJSONEncoder.Style
    private(set) var out = ""

    init(style: OrderedJSONEncoder.Style) { self.style = style }

    private static let stringEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    private var pretty: Bool { style != .record(pretty: false) }
    private var keySeparator: String {
        switch style {
        case .document: ": "
        case .record(let pretty): pretty ? " : " : ":"
        }
    }

    private static func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }

    mutating func write(_ node: JSONNode, depth: Int) throws {
        switch node {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += try number(value)
        case .float(let value): out += try number(value)
        case .string(let value): out += try Self.quoted(value)
        case .array(let box):
            guard !box.items.isEmpty else { out += empty("[", "]", depth: depth); return }
            out += pretty ? "[\n" : "["
            for (index, item) in box.items.enumerated() {
                if pretty { out += Self.indent(depth + 1) }
                try write(item.value ?? .null, depth: depth + 1)
                if index < box.items.count - 1 { out += "," }
                if pretty { out += "\n" }
            }
            out += (pretty ? Self.indent(depth) : "") + "]"
        case .object(let box):
            guard !box.members.isEmpty else { out += empty("{", "}", depth: depth); return }
            out += pretty ? "{\n" : "{"
            let members = style != .document && depth > 0 ? box.members.sorted { $0.key < $1.key } : box.members
            for (index, member) in members.enumerated() {
                if pretty { out += Self.indent(depth + 1) }
                out += try Self.quoted(member.key) + keySeparator
                try write(member.value.value ?? .null, depth: depth + 1)
                if index < members.count - 1 { out += "," }
                if pretty { out += "\n" }
            }
            out += (pretty ? Self.indent(depth) : "") + "}"
        }
    }

    /// An empty array or object. Pretty records keep what Foundation's pretty printer wrote for empty
    /// collections below the top-level members (`[`, a blank line indented as those members, `]`) and for
    /// an empty top-level array, and the compact `[]` for the members themselves, as `inspect --format
    /// json` always has.
    private func empty(_ open: String, _ close: String, depth: Int) -> String {
        guard style == .record(pretty: true), depth != 1, depth != 0 || open == "[" else { return open + close }
        return depth == 0 ? open + "\n\n" + close : open + "\n  \n" + Self.indent(depth) + close
    }

    /// A number: Swift's text in documents (`2.0`), Foundation's in records (`2`); never NaN or infinity.
    private func number<Number: BinaryFloatingPoint & Encodable & LosslessStringConvertible>(_ value: Number) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "not a finite number"))
        }
        if style == .document { return String(Double(value)) }
        return String(decoding: try Self.stringEncoder.encode(value), as: UTF8.self)
    }

    private static func quoted(_ text: String) throws -> String {
        String(decoding: try stringEncoder.encode(text), as: UTF8.self)
    }
}
