/// A 1-based line and column (in Unicode scalars) in a rule file, for compiler-style diagnostics.
public struct SourcePosition: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// Finds where things are in a JSON5 text: Foundation's JSON5 decoder reads the values but reports
/// neither line nor column, so this scanner walks the same lexical grammar (comments, quoted and
/// unquoted keys, hex / signed / Infinity / NaN numbers, trailing commas) and records where every key
/// and value starts, by key path (`documentTypes[3].signals[0].text`), and where the first syntax error is.
/// It keeps no values beyond the literal text of scalars.
struct JSON5Locator {
    /// What kind of value sits at a key path.
    enum ValueKind: String, Sendable {
        case object, array, string, number, bool, null

        /// The phrase used in messages ("a string", "an object").
        var phrase: String {
            switch self {
            case .object, .array: "an \(rawValue)"
            case .null: "null"
            default: "a \(rawValue)"
            }
        }
    }

    /// Where one value (and its key, inside an object) starts.
    struct Entry: Sendable {
        var keyPosition: SourcePosition?
        var valuePosition: SourcePosition
        var kind: ValueKind
        /// The source text of a number, string or literal (strings without their quotes, unescaped only roughly).
        var literal: String
    }

    /// The first syntax error: where, in which value, and what was expected there.
    struct SyntaxError: Error, Sendable {
        var position: SourcePosition
        var keyPath: String
        var message: String
    }

    /// Every value by key path; the root value is at "".
    private(set) var entries: [String: Entry] = [:]
    /// The keys of every object, in source order, by the object's key path.
    private(set) var objectKeys: [String: [(key: String, position: SourcePosition)]] = [:]
    /// The number of items of every array, by the array's key path.
    private(set) var arrayCounts: [String: Int] = [:]
    /// The first syntax error, when the text is not valid JSON5.
    private(set) var syntaxError: SyntaxError?

    /// Containers nested deeper than this are refused (a hostile file must not overflow the stack).
    static let maxDepth = 256

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    init(text: String) {
        scalars = Array(text.unicodeScalars)
        do throws(SyntaxError) {
            if scalars.first == "\u{FEFF}" { index = 1 }
            try skipTrivia(path: "")
            try value(path: "", key: nil, depth: 0)
            try skipTrivia(path: "")
            if index < scalars.count {
                throw fail("", "unexpected \(found()) after the end of the document; remove it or wrap everything in one object")
            }
        } catch {
            syntaxError = error
        }
    }

    /// Joins a key path and a key: `documentTypes[2]` + `id`.
    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    // MARK: Values

    private mutating func value(path: String, key: SourcePosition?, depth: Int) throws(SyntaxError) {
        guard index < scalars.count else {
            throw fail(path, "unexpected end of file; expected a value")
        }
        let start = position
        let c = scalars[index]
        switch c {
        case "{":
            guard depth < Self.maxDepth else { throw fail(path, "objects and arrays are nested too deeply") }
            entries[path] = Entry(keyPosition: key, valuePosition: start, kind: .object, literal: "")
            try object(path: path, depth: depth)
        case "[":
            guard depth < Self.maxDepth else { throw fail(path, "objects and arrays are nested too deeply") }
            entries[path] = Entry(keyPosition: key, valuePosition: start, kind: .array, literal: "")
            try array(path: path, depth: depth)
        case "\"", "'":
            let text = try string(path: path)
            entries[path] = Entry(keyPosition: key, valuePosition: start, kind: .string, literal: text)
        case "+", "-", ".", "0"..."9":
            let text = try number(path: path)
            entries[path] = Entry(keyPosition: key, valuePosition: start, kind: .number, literal: text)
        default:
            let word = identifier()
            let kinds: [String: ValueKind] = [
                "true": .bool, "false": .bool, "null": .null, "Infinity": .number, "NaN": .number,
            ]
            guard let kind = kinds[word] else {
                index -= word.unicodeScalars.count
                column -= word.unicodeScalars.count
                if word.isEmpty {
                    throw fail(path, "expected a value (text in quotes, a number, true, false, null, an object or an array), found \(found())")
                }
                throw fail(path, "expected a value, found '\(word)'; write text in quotes: \"\(word)\"")
            }
            entries[path] = Entry(keyPosition: key, valuePosition: start, kind: kind, literal: word)
        }
    }

    private mutating func object(path: String, depth: Int) throws(SyntaxError) {
        let open = position
        advance()  // {
        var keys: [(key: String, position: SourcePosition)] = []
        var previousKey: String?
        var previousEnd: SourcePosition?
        while true {
            try skipTrivia(path: path)
            guard index < scalars.count else {
                throw fail(path, "unexpected end of file; expected '}' to close the object opened at \(open)")
            }
            if scalars[index] == "}" {
                advance()
                objectKeys[path] = keys
                return
            }
            if let previousKey, let previousEnd {
                guard scalars[index] == "," else {
                    throw fail(path, "expected ',' or '}' after the value of '\(previousKey)', found \(found()); "
                        + Self.commaHint(previousEnd, position))
                }
                advance()
                try skipTrivia(path: path)
                if index >= scalars.count || scalars[index] == "}" { continue }
            }
            let keyStart = position
            let key = try objectKey(path: path)
            try skipTrivia(path: path)
            guard index < scalars.count, scalars[index] == ":" else {
                throw fail(path, "expected ':' after the key '\(key)', found \(found()); write \(key): VALUE")
            }
            advance()
            try skipTrivia(path: path)
            let childPath = Self.join(path, key)
            try value(path: childPath, key: keyStart, depth: depth + 1)
            keys.append((key, keyStart))
            previousKey = key
            previousEnd = position
        }
    }

    private mutating func array(path: String, depth: Int) throws(SyntaxError) {
        let open = position
        advance()  // [
        var count = 0
        var previousEnd: SourcePosition?
        while true {
            try skipTrivia(path: path)
            guard index < scalars.count else {
                throw fail(path, "unexpected end of file; expected ']' to close the array opened at \(open)")
            }
            if scalars[index] == "]" {
                advance()
                arrayCounts[path] = count
                return
            }
            if let previousEnd {
                guard scalars[index] == "," else {
                    throw fail(path, "expected ',' or ']' after item \(count - 1), found \(found()); "
                        + Self.commaHint(previousEnd, position))
                }
                advance()
                try skipTrivia(path: path)
                if index >= scalars.count || scalars[index] == "]" { continue }
            }
            try value(path: "\(path)[\(count)]", key: nil, depth: depth + 1)
            count += 1
            previousEnd = position
        }
    }

    /// "write ',' at the end of line 4" when the value ended on an earlier line, else "write ',' before it".
    private static func commaHint(_ previousEnd: SourcePosition, _ here: SourcePosition) -> String {
        previousEnd.line < here.line
            ? "write ',' after the value that ends at \(previousEnd)" : "write ',' before it"
    }

    private mutating func objectKey(path: String) throws(SyntaxError) -> String {
        let c = scalars[index]
        if c == "\"" || c == "'" { return try string(path: path) }
        let word = identifier()
        guard !word.isEmpty, let first = word.unicodeScalars.first, !("0"..."9").contains(first) else {
            if word.isEmpty {
                throw fail(path, "expected a key or '}', found \(found()); write name: VALUE (quote keys that are not plain words)")
            }
            index -= word.unicodeScalars.count
            column -= word.unicodeScalars.count
            throw fail(path, "a key cannot start with a digit; write \"\(word)\": VALUE")
        }
        return word
    }

    /// Reads a quoted string; a line break before the closing quote means it was never closed.
    private mutating func string(path: String) throws(SyntaxError) -> String {
        let start = position
        let quote = scalars[index]
        advance()
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            let c = scalars[index]
            if c == quote {
                advance()
                return String(text)
            }
            if c == "\n" || c == "\r" { break }
            if c.value < 0x20 {
                let name = c == "\t" ? "a tab" : "control character U+" + format4(c.value)
                throw fail(path, "\(name) inside text is not allowed; write \(c == "\t" ? "\\t" : "\\u" + String(format4(c.value))) instead")
            }
            if c == "\\" {
                try escape(into: &text, path: path)
                continue
            }
            text.append(c)
            advance()
        }
        throw SyntaxError(
            position: start, keyPath: path,
            message: "unterminated string; close it with \(quote) on the same line (write \\n for a line break inside text)")
    }

    /// Reads one escape after a backslash, with the escapes Foundation's JSON5 reader accepts: a regex
    /// escape such as `\d` written with one backslash is the usual mistake in rule files.
    private mutating func escape(into text: inout String.UnicodeScalarView, path: String) throws(SyntaxError) {
        let start = position
        advance()
        guard index < scalars.count else { return }
        let escaped = scalars[index]
        if escaped == "\n" || escaped == "\r" {
            newline()  // a line continuation
            return
        }
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "n": "\n", "t": "\t", "r": "\r", "b": "\u{8}", "f": "\u{C}", "/": "/", "\\": "\\", "'": "'", "\"": "\"",
        ]
        if let value = simple[escaped] {
            text.append(value)
            advance()
            return
        }
        let digits = escaped == "u" ? 4 : escaped == "x" ? 2 : 0
        if digits > 0, index + digits < scalars.count {
            let hex = String(String.UnicodeScalarView(scalars[(index + 1)...(index + digits)]))
            if let value = UInt32(hex, radix: 16), hex.allSatisfy(\.isHexDigit), let scalar = Unicode.Scalar(value) {
                text.append(scalar)
                for _ in 0...digits { advance() }
                return
            }
        }
        let shown = "\\" + String(escaped)
        throw SyntaxError(
            position: start, keyPath: path,
            message: digits > 0
                ? "'\(shown)' needs \(digits) hexadecimal digits; write \(digits == 4 ? "\\u00E9" : "\\xE9") or, for a regex escape, '\\\(shown)'"
                : "'\(shown)' is not an escape in JSON5 text; write '\\\(shown)' (two backslashes) to pass a backslash to the regex")
    }

    /// Four uppercase hex digits.
    private func format4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private mutating func number(path: String) throws(SyntaxError) -> String {
        let start = index
        let startPosition = position
        if scalars[index] == "+" || scalars[index] == "-" { advance() }
        let word = identifier()
        if word == "Infinity" || word == "NaN" { return String(String.UnicodeScalarView(scalars[start..<index])) }
        if word.hasPrefix("0x") || word.hasPrefix("0X") {
            guard word.count > 2, word.dropFirst(2).allSatisfy(\.isHexDigit) else {
                throw SyntaxError(position: startPosition, keyPath: path, message: "invalid hexadecimal number '\(word)'; write digits 0-9 and a-f after 0x")
            }
            return String(String.UnicodeScalarView(scalars[start..<index]))
        }
        // A decimal: digits, an optional fraction, an optional exponent (identifier() stopped at '.').
        index = start + (scalars[start] == "+" || scalars[start] == "-" ? 1 : 0)
        column = startPosition.column + (index - start)
        var digits = 0
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { advance(); digits += 1 }
        if index < scalars.count, scalars[index] == "." {
            advance()
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { advance(); digits += 1 }
        }
        let integerPart = scalars[(start + (scalars[start] == "+" || scalars[start] == "-" ? 1 : 0))..<index].prefix { $0 != "." }
        if integerPart.count > 1, integerPart.first == "0" {
            let trimmed = String(String.UnicodeScalarView(integerPart.drop { $0 == "0" }))
            throw SyntaxError(position: startPosition, keyPath: path, message: "a number cannot start with 0; write \(trimmed.isEmpty ? "0" : trimmed) instead")
        }
        guard digits > 0 else {
            throw SyntaxError(position: startPosition, keyPath: path, message: "expected a number, found \(found()); write digits such as 1 or 0.5")
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            advance()
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { advance() }
            var exponent = 0
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { advance(); exponent += 1 }
            guard exponent > 0 else { throw fail(path, "expected the digits of an exponent, found \(found())") }
        }
        if index < scalars.count, Self.isIdentifierPart(scalars[index]) {
            throw fail(path, "unexpected \(found()) in a number; write text in quotes")
        }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    /// Reads an unquoted word (letters, digits, `_`, `$`); empty when none starts here.
    private mutating func identifier() -> String {
        var text = String.UnicodeScalarView()
        while index < scalars.count, Self.isIdentifierPart(scalars[index]) {
            text.append(scalars[index])
            advance()
        }
        return String(text)
    }

    private static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c == "$" || c.properties.isAlphabetic || c.properties.numericType != nil
    }

    // MARK: Trivia and position

    /// Skips whitespace and comments; an unclosed `/*` is a syntax error at its start.
    private mutating func skipTrivia(path: String) throws(SyntaxError) {
        while index < scalars.count {
            let c = scalars[index]
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
                newline()
            } else if c == " " || c == "\t" || c == "\u{B}" || c == "\u{C}" || c == "\u{FEFF}"
                || c.properties.generalCategory == .spaceSeparator {
                advance()
            } else if c == "/", index + 1 < scalars.count, scalars[index + 1] == "/" {
                while index < scalars.count, scalars[index] != "\n", scalars[index] != "\r" { advance() }
            } else if c == "/", index + 1 < scalars.count, scalars[index + 1] == "*" {
                let start = position
                advance()
                advance()
                while true {
                    guard index < scalars.count else {
                        throw SyntaxError(position: start, keyPath: path, message: "unterminated comment; close it with */")
                    }
                    if scalars[index] == "*", index + 1 < scalars.count, scalars[index + 1] == "/" {
                        advance()
                        advance()
                        break
                    }
                    if ["\n", "\r", "\u{2028}", "\u{2029}"].contains(scalars[index]) { newline() } else { advance() }
                }
            } else {
                return
            }
        }
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private mutating func advance() {
        index += 1
        column += 1
    }

    /// Steps over a line break (CR LF counts once).
    private mutating func newline() {
        if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
        index += 1
        line += 1
        column = 1
    }

    /// What stands at the current position, for messages: `'name'`, `':'` or `end of file`.
    private func found() -> String {
        guard index < scalars.count else { return "end of file" }
        var end = index
        while end < scalars.count, end - index < 40, Self.isIdentifierPart(scalars[end]) { end += 1 }
        if end == index { end = index + 1 }
        return "'" + String(String.UnicodeScalarView(scalars[index..<end])) + "'"
    }

    private func fail(_ path: String, _ message: String) -> SyntaxError {
        SyntaxError(position: position, keyPath: path, message: message)
    }
}
