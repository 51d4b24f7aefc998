import Foundation

/// Literal words a regular expression cannot match without: "one of these appears in the subject,
/// ignoring ASCII case". Checking them with `memmem` first skips most of the rule file's regular
/// expressions on most files — ICU scans every position of a 4000-character page per pattern, which
/// made regexes most of an audit's cost.
///
/// The analysis is deliberately partial and errs towards "no filter": it understands sequences,
/// alternation, plain and non-capturing groups, quantifiers and escapes, and reads only ASCII
/// letters, digits and spaces as literal characters. Anything else (classes, `.`, anchors,
/// lookaround, inline flags, `\Q`, non-ASCII letters) is a gap between literals or, where its
/// meaning could change the rest of the pattern (`(?x)`, `\Q`), gives up. A filter needs every
/// literal at least `minimumLength` characters long, or there is none.
struct RequiredLiterals: Sendable, Equatable {
    /// Lower-case ASCII alternatives; the subject must contain at least one.
    let alternatives: [[UInt8]]

    /// Shorter literals filter too little to pay for the check.
    static let minimumLength = 2

    /// The filter for `pattern`, or nil when none can be read off it safely.
    init?(pattern: String) {
        var parser = Parser(Array(pattern.utf8))
        guard let node = parser.parseAlternation(), parser.atEnd,
              let found = node.required, !found.isEmpty,
              found.allSatisfy({ $0.count >= Self.minimumLength })
        else { return nil }
        alternatives = found.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// False only when no alternative occurs in `subject` (lower-case ASCII bytes, see `fold`).
    func admits(_ subject: FoldedSubject) -> Bool {
        if subject.unsafe { return true }
        return alternatives.contains { subject.contains($0) }
    }
}

/// A subject prepared for `RequiredLiterals`: its UTF-8 bytes with ASCII letters in lower case.
struct FoldedSubject: Sendable {
    let bytes: [UInt8]
    /// True when the text holds a character whose case folding holds ASCII letters (the Kelvin sign,
    /// long s, ß, the ﬀ ligatures, dotted İ...): the literal check could then miss a real match, so it
    /// is off for that text.
    let unsafe: Bool

    /// Scalars whose full case folding (Unicode CaseFolding.txt, C+F) contains an ASCII letter.
    static let foldsToASCII: Set<UInt32> = [
        0x00DF, 0x0130, 0x0149, 0x017F, 0x01F0, 0x1E96, 0x1E97, 0x1E98, 0x1E99, 0x1E9A, 0x1E9E,
        0x212A, 0xFB00, 0xFB01, 0xFB02, 0xFB03, 0xFB04, 0xFB05, 0xFB06,
    ]

    init(_ text: String) {
        var bytes = Array(text.utf8)
        var unsafe = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x41, byte <= 0x5A { bytes[index] = byte | 0x20 } else if byte >= 0x80 { unsafe = true }
        }
        if unsafe { unsafe = text.unicodeScalars.contains { Self.foldsToASCII.contains($0.value) } }
        self.bytes = bytes
        self.unsafe = unsafe
    }

    /// Whether `literal` (lower-case ASCII) occurs in the subject. (Glibc's memmem is not exported
    /// to Swift without _GNU_SOURCE; a first-byte scan is as fast for pages of a few thousand bytes.)
    func contains(_ literal: [UInt8]) -> Bool {
        guard let first = literal.first else { return true }
        guard literal.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            literal.withUnsafeBufferPointer { needle in
                var start = 0
                let last = haystack.count - needle.count
                while start <= last {
                    if haystack[start] == first {
                        var offset = 1
                        while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}

extension RequiredLiterals {
    /// What a piece of pattern guarantees about the subject.
    fileprivate indirect enum Node {
        /// One literal character (lower-cased ASCII letter, digit or space).
        case char(UInt8)
        /// Matches something we do not read as literal (a class, `.`, an anchor, an optional part).
        case opaque
        /// Something that must match, carrying its own required alternatives (a group).
        case group([[UInt8]]?)
        case sequence([Node])
        case alternation([Node])

        /// The literal alternatives this node guarantees, nil when it guarantees none.
        var required: [[UInt8]]? {
            switch self {
            case .char(let c): return [[c]]
            case .opaque: return nil
            case .group(let found): return found
            case .alternation(let branches):
                var all: [[UInt8]] = []
                for branch in branches {
                    guard let found = branch.required else { return nil }
                    all += found
                }
                return all
            case .sequence(let items):
                // Candidates: every run of adjacent literal characters, and every group's own set;
                // the best is the one whose shortest alternative is longest.
                var candidates: [[[UInt8]]] = []
                var run: [UInt8] = []
                for item in items {
                    if case .char(let c) = item { run.append(c); continue }
                    if !run.isEmpty { candidates.append([run]); run = [] }
                    if let found = item.required { candidates.append(found) }
                }
                if !run.isEmpty { candidates.append([run]) }
                return candidates.max { a, b in
                    (a.map(\.count).min() ?? 0) < (b.map(\.count).min() ?? 0)
                }
            }
        }
    }

    /// A recursive-descent reader of the subset of ICU pattern syntax the analysis needs.
    fileprivate struct Parser {
        let bytes: [UInt8]
        var index = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index >= bytes.count }
        var peek: UInt8? { atEnd ? nil : bytes[index] }

        /// `a|b|c` up to the end or a closing parenthesis; nil when the pattern is outside the subset.
        mutating func parseAlternation() -> Node? {
            var branches: [Node] = []
            while true {
                guard let branch = parseSequence() else { return nil }
                branches.append(branch)
                if peek == UInt8(ascii: "|") { index += 1 } else { break }
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        mutating func parseSequence() -> Node? {
            var items: [Node] = []
            while let byte = peek, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                guard var atom = parseAtom() else { return nil }
                guard let repeats = parseQuantifier() else { return nil }
                switch repeats {
                case .once: break
                case .optional: atom = .opaque
                // At least once: required, but repetition breaks a literal run around it.
                case .atLeastOnce: atom = .group(atom.required)
                }
                items.append(atom)
            }
            return .sequence(items)
        }

        enum Repeats { case once, optional, atLeastOnce }

        /// Reads `?`, `*`, `+`, `{m,n}` (and a lazy or possessive suffix); nil on a malformed brace.
        mutating func parseQuantifier() -> Repeats? {
            guard let byte = peek else { return .once }
            var repeats: Repeats
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "*"): repeats = .optional; index += 1
            case UInt8(ascii: "+"): repeats = .atLeastOnce; index += 1
            case UInt8(ascii: "{"):
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
                let body = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                guard let minimum = Int(body.split(separator: ",", omittingEmptySubsequences: false).first ?? "") else {
                    return nil
                }
                repeats = minimum == 0 ? .optional : .atLeastOnce
                index = close + 1
            default: return .once
            }
            if peek == UInt8(ascii: "?") || peek == UInt8(ascii: "+") { index += 1 }
            return repeats
        }

        mutating func parseAtom() -> Node? {
            guard let byte = peek else { return nil }
            index += 1
            switch byte {
            case UInt8(ascii: "("):
                var zeroWidth = false
                if peek == UInt8(ascii: "?") {
                    index += 1
                    guard let kind = parseGroupKind() else { return nil }
                    switch kind {
                    case .plain: break
                    case .lookaround: zeroWidth = true
                    case .flagsOnly: return .opaque
                    }
                }
                guard let inner = parseAlternation(), peek == UInt8(ascii: ")") else { return nil }
                index += 1
                return zeroWidth ? .opaque : .group(inner.required)
            case UInt8(ascii: "["):
                return skipClass() ? .opaque : nil
            case UInt8(ascii: "\\"):
                return parseEscape()
            case UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"):
                return .opaque
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                return .char(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: " "):
                return .char(byte)
            case 0x80...:
                // A non-ASCII character: skip its continuation bytes, read it as a gap.
                while let next = peek, next & 0xC0 == 0x80 { index += 1 }
                return .opaque
            default:
                return .opaque
            }
        }

        enum GroupKind { case plain, lookaround, flagsOnly }

        /// After `(?`: `:` and flag groups (`(?-i:`) hold required text; lookaround (`(?=`, `(?!`,
        /// `(?<=`, `(?<!`) is zero-width; `(?i)` only sets flags. Flags that change how the rest is
        /// read (`x`: spaces and `#` comments) and named groups give up.
        mutating func parseGroupKind() -> GroupKind? {
            guard let byte = peek else { return nil }
            switch byte {
            case UInt8(ascii: ":"): index += 1; return .plain
            case UInt8(ascii: "="), UInt8(ascii: "!"): index += 1; return .lookaround
            case UInt8(ascii: "<"):
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "=") || bytes[index + 1] == UInt8(ascii: "!")
                else { return nil }
                index += 2
                return .lookaround
            default:
                let harmless = Set("imsw-".utf8)
                while let flag = peek, harmless.contains(flag) { index += 1 }
                if peek == UInt8(ascii: ":") { index += 1; return .plain }
                if peek == UInt8(ascii: ")") { index += 1; return .flagsOnly }
                return nil
            }
        }

        /// After a backslash: class escapes, `\p{...}`, escaped punctuation; `\Q` and back references give up.
        mutating func parseEscape() -> Node? {
            guard let byte = peek else { return nil }
            index += 1
            switch byte {
            case UInt8(ascii: "Q"), UInt8(ascii: "E"), UInt8(ascii: "1")...UInt8(ascii: "9"), UInt8(ascii: "k"):
                return nil
            case UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "x"), UInt8(ascii: "N"):
                if peek == UInt8(ascii: "{") {
                    guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
                    index = close + 1
                } else if byte == UInt8(ascii: "x") {
                    index = min(bytes.count, index + 2)
                } else if byte != UInt8(ascii: "N") {
                    index = min(bytes.count, index + 1)
                }
                return .opaque
            case UInt8(ascii: "u"):
                index = min(bytes.count, index + 4)
                return .opaque
            default:
                return .opaque
            }
        }

        /// Moves past a bracket class, nested classes and escapes included; false if it never closes.
        mutating func skipClass() -> Bool {
            var depth = 1
            if peek == UInt8(ascii: "^") { index += 1 }
            if peek == UInt8(ascii: "]") { index += 1 }
            while let byte = peek {
                index += 1
                switch byte {
                case UInt8(ascii: "\\"): index += 1
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return true }
                default: break
                }
            }
            return false
        }
    }
}
