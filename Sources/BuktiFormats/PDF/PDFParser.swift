import BuktiCore

/// Builds PDF objects from a token stream: whole objects (`parseObject`), indirect objects
/// (`parseIndirectObject`) and content-stream operands and operators (`nextContentItem`).
public struct PDFParser: Sendable {
    /// The token source; its `position` is only meaningful when no token is buffered (`hasLookahead`).
    public var lexer: PDFLexer
    /// The deepest nesting of arrays and dictionaries accepted.
    public var maxNestingDepth: Int
    /// Whether `N G R` is read as a reference (false for content streams, which have none, so the
    /// parser never reads ahead into inline image data).
    public var readsReferences: Bool

    /// Tokens read ahead while looking for `N G R`, with their start and end indexes.
    private var pending: [(token: PDFToken, start: Int, end: Int)] = []

    public init(lexer: PDFLexer, maxNestingDepth: Int = 64, readsReferences: Bool = true) {
        self.lexer = lexer
        self.maxNestingDepth = max(1, maxNestingDepth)
        self.readsReferences = readsReferences
        self.position = lexer.position
    }

    /// A parser over `bytes` (the first byte at file offset `baseOffset`), starting at index `position`.
    public init(bytes: [UInt8], baseOffset: Int = 0, position: Int = 0, options: ExtractionOptions = ExtractionOptions()) {
        self.init(lexer: PDFLexer(bytes: bytes, baseOffset: baseOffset, position: position),
                  maxNestingDepth: options.maxNestingDepth)
    }

    /// A parser for a content stream or CMap: references are not looked for.
    public static func content(_ bytes: [UInt8], options: ExtractionOptions = ExtractionOptions()) -> PDFParser {
        PDFParser(lexer: PDFLexer(bytes: bytes), maxNestingDepth: options.maxNestingDepth, readsReferences: false)
    }

    /// True when tokens have been read ahead of `lexer.position`.
    public var hasLookahead: Bool { !pending.isEmpty }

    /// Index in the bytes just after the last token taken (the lexer position when nothing is buffered).
    public private(set) var position: Int = 0

    /// The next token, from the look-ahead buffer first.
    public mutating func nextToken() -> PDFToken {
        if !pending.isEmpty {
            let t = pending.removeFirst()
            position = t.end
            return t.token
        }
        let t = lexer.nextToken()
        position = lexer.position
        return t
    }

    /// Moves the parser to index `index` of its bytes, dropping any look-ahead.
    public mutating func seek(to index: Int) {
        lexer = PDFLexer(bytes: lexer.bytes, baseOffset: lexer.baseOffset, position: index)
        resetLookahead()
    }

    /// Forgets tokens read ahead, so the next token comes from `lexer.position`.
    mutating func resetLookahead() {
        pending = []
        position = lexer.position
    }

    /// The token `index` places ahead (0 = the next one) without taking it.
    mutating func peekToken(_ index: Int = 0) -> PDFToken {
        while pending.count <= index {
            let t = lexer.nextToken()
            pending.append((t, lexer.tokenStart, lexer.position))
        }
        return pending[index].token
    }

    /// File offset of the next token (for messages).
    mutating func nextOffset() -> Int {
        _ = peekToken()
        return lexer.baseOffset + pending[0].start
    }

    /// Reads one complete object. A keyword other than `true`, `false`, `null` cannot start one.
    public mutating func parseObject() throws(PDFParseError) -> PDFObject {
        let offset = nextOffset()
        let token = nextToken()
        return try object(from: token, offset: offset, depth: 0)
    }

    /// The object that `token` starts, reading the rest of it.
    private mutating func object(from token: PDFToken, offset: Int, depth: Int) throws(PDFParseError) -> PDFObject {
        switch token {
        case .integer(let n):
            if readsReferences, n >= 0, case .integer(let g) = peekToken(0), g >= 0, peekToken(1).isKeyword("R") {
                _ = nextToken()
                _ = nextToken()
                return .reference(PDFReference(n, g))
            }
            return .integer(n)
        case .real(let v): return .real(v)
        case .name(let n): return .name(n)
        case .string(let s), .hexString(let s): return .string(s)
        case .arrayStart:
            guard depth < maxNestingDepth else { throw .nestingTooDeep(offset: offset) }
            return .array(try arrayBody(depth: depth + 1))
        case .dictionaryStart:
            guard depth < maxNestingDepth else { throw .nestingTooDeep(offset: offset) }
            return .dictionary(try dictionaryBody(depth: depth + 1))
        case .keyword("true"): return .bool(true)
        case .keyword("false"): return .bool(false)
        case .keyword("null"): return .null
        case .keyword(let k): throw .unexpected("keyword '\(k)'", offset: offset)
        case .arrayEnd: throw .unexpected("']'", offset: offset)
        case .dictionaryEnd: throw .unexpected("'>>'", offset: offset)
        case .end: throw .endOfInput(offset: offset)
        }
    }

    /// Keywords that end an object body: a missing `]` or `>>` is forgiven when one of these follows.
    private static let structuralKeywords: Set<String> = ["obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref"]

    /// True when the next token is a keyword that ends the enclosing object.
    private mutating func atStructuralKeyword() -> Bool {
        if case .keyword(let k) = peekToken(), Self.structuralKeywords.contains(k) { return true }
        return false
    }

    /// Array elements up to `]`; stray keywords are skipped, a structural keyword closes the array.
    private mutating func arrayBody(depth: Int) throws(PDFParseError) -> [PDFObject] {
        var items: [PDFObject] = []
        while true {
            if atStructuralKeyword() { return items }
            let offset = nextOffset()
            let token = nextToken()
            switch token {
            case .arrayEnd: return items
            case .end: throw .endOfInput(offset: offset)
            case .dictionaryEnd: continue  // garbage inside an array
            case .keyword(let k) where !["true", "false", "null"].contains(k): continue
            default: items.append(try object(from: token, offset: offset, depth: depth))
            }
        }
    }

    /// Dictionary entries up to `>>`. Non-name keys are skipped (as pdf.js does), a key with no value is
    /// dropped, a structural keyword closes the dictionary, and the last of duplicate keys wins.
    private mutating func dictionaryBody(depth: Int) throws(PDFParseError) -> PDFDictionary {
        var dict = PDFDictionary()
        while true {
            if atStructuralKeyword() { return dict }
            let offset = nextOffset()
            let token = nextToken()
            switch token {
            case .dictionaryEnd: return dict
            case .end: throw .endOfInput(offset: offset)
            case .name(let key):
                if case .dictionaryEnd = peekToken() { continue }
                if atStructuralKeyword() { return dict }
                let valueOffset = nextOffset()
                let valueToken = nextToken()
                if case .keyword(let k) = valueToken, !["true", "false", "null"].contains(k) { continue }
                if case .arrayEnd = valueToken { continue }
                let value = try object(from: valueToken, offset: valueOffset, depth: depth)
                // A null value means the key is absent (ISO 32000-1 §7.3.7).
                if value != .null { dict[key] = value }
            default:
                continue
            }
        }
    }
}
