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

        /// The phrase used after "found" in messages ("a string", "an object").
        var found: Message { Message(MessageKey("ruleFile.found." + rawValue)) }

        /// The phrase used after "expected" in messages ("text in quotes", "a number").
        var expected: Message { Message(MessageKey("ruleFile.expected." + rawValue)) }
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
        var message: Message
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

    let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1

    init(text: String) {
        scalars = Array(text.unicodeScalars)
        do throws(SyntaxError) {
            if scalars.first == "\u{FEFF}" { index = 1 }
            try skipTrivia(path: "")
            try value(path: "", key: nil, depth: 0)
            try skipTrivia(path: "")
            if index < scalars.count {
                throw fail("", Message(.json5Trailing, found()))
            }
        } catch {
            syntaxError = error
        }
    }

    /// Joins a key path and a key: `documentTypes[2]` + `id`.
    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    // MARK: Values

    mutating func value(path: String, key: SourcePosition?, depth: Int) throws(SyntaxError) {
        guard index < scalars.count else {
            throw fail(path, Message(.json5EndExpectingValue))
        }
        let start = position
        let c = scalars[index]
        switch c {
        case "{":
            guard depth < Self.maxDepth else { throw fail(path, Message(.json5TooDeep)) }
            entries[path] = Entry(keyPosition: key, valuePosition: start, kind: .object, literal: "")
            try object(path: path, depth: depth)
        case "[":
            guard depth < Self.maxDepth else { throw fail(path, Message(.json5TooDeep)) }
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
                    throw fail(path, Message(.json5ExpectedValue, found()))
                }
                throw fail(path, Message(.json5BareWord, word))
            }
            entries[path] = Entry(keyPosition: key, valuePosition: start, kind: kind, literal: word)
        }
    }

    mutating func object(path: String, depth: Int) throws(SyntaxError) {
        let open = position
        advance()  // {
        var keys: [(key: String, position: SourcePosition)] = []
        var previousKey: String?
        var previousEnd: SourcePosition?
        while true {
            try skipTrivia(path: path)
            guard index < scalars.count else {
                throw fail(path, Message(.json5UnclosedObject, open))
            }
            if scalars[index] == "}" {
                advance()
                objectKeys[path] = keys
                return
            }
            if let previousKey, let previousEnd {
                guard scalars[index] == "," else {
                    throw fail(path, Message(.json5ObjectComma, previousKey, found(), Self.commaHint(previousEnd, position)))
                }
                advance()
                try skipTrivia(path: path)
                if index >= scalars.count || scalars[index] == "}" { continue }
            }
            let keyStart = position
            let key = try objectKey(path: path)
            try skipTrivia(path: path)
            guard index < scalars.count, scalars[index] == ":" else {
                throw fail(path, Message(.json5Colon, key, found()))
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

    mutating func array(path: String, depth: Int) throws(SyntaxError) {
        let open = position
        advance()  // [
        var count = 0
        var previousEnd: SourcePosition?
        while true {
            try skipTrivia(path: path)
            guard index < scalars.count else {
                throw fail(path, Message(.json5UnclosedArray, open))
            }
            if scalars[index] == "]" {
                advance()
                arrayCounts[path] = count
                return
            }
            if let previousEnd {
                guard scalars[index] == "," else {
                    throw fail(path, Message(.json5ArrayComma, count - 1, found(), Self.commaHint(previousEnd, position)))
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
    static func commaHint(_ previousEnd: SourcePosition, _ here: SourcePosition) -> Message {
        previousEnd.line < here.line ? Message(.json5CommaAfter, previousEnd) : Message(.json5CommaBefore)
    }

    mutating func objectKey(path: String) throws(SyntaxError) -> String {
        let c = scalars[index]
        if c == "\"" || c == "'" { return try string(path: path) }
        let word = identifier()
        guard !word.isEmpty, let first = word.unicodeScalars.first, !("0"..."9").contains(first) else {
            if word.isEmpty {
                throw fail(path, Message(.json5ExpectedKey, found()))
            }
            index -= word.unicodeScalars.count
            column -= word.unicodeScalars.count
            throw fail(path, Message(.json5DigitKey, word))
        }
        return word
    }
}
