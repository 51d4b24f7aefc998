/// The lexical half of the locator: strings with their escapes, numbers, words, comments and
/// whitespace, and the line / column bookkeeping.
extension JSON5Locator {
    /// Reads a quoted string; a line break before the closing quote means it was never closed.
    mutating func string(path: String) throws(SyntaxError) -> String {
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
                let name = c == "\t" ? Message(.json5Tab) : Message(.json5ControlCharacter, format4(c.value))
                let fix = c == "\t" ? "\\t" : "\\u" + String(format4(c.value))
                throw fail(path, Message(.json5ControlInText, name, fix))
            }
            if c == "\\" {
                try escape(into: &text, path: path)
                continue
            }
            text.append(c)
            advance()
        }
        throw SyntaxError(position: start, keyPath: path, message: Message(.json5UnterminatedString, String(quote)))
    }

    /// Reads one escape after a backslash, with the escapes Foundation's JSON5 reader accepts: a regex
    /// escape such as `\d` written with one backslash is the usual mistake in rule files.
    mutating func escape(into text: inout String.UnicodeScalarView, path: String) throws(SyntaxError) {
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
                ? Message(.json5HexEscape, shown, digits, digits == 4 ? "\\u00E9" : "\\xE9") : Message(.json5BadEscape, shown))
    }

    /// Four uppercase hex digits.
    func format4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    mutating func number(path: String) throws(SyntaxError) -> String {
        let start = index
        let startPosition = position
        if scalars[index] == "+" || scalars[index] == "-" { advance() }
        let word = identifier()
        if word == "Infinity" || word == "NaN" { return String(String.UnicodeScalarView(scalars[start..<index])) }
        if word.hasPrefix("0x") || word.hasPrefix("0X") {
            guard word.count > 2, word.dropFirst(2).allSatisfy(\.isHexDigit) else {
                throw SyntaxError(position: startPosition, keyPath: path, message: Message(.json5BadHex, word))
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
            throw SyntaxError(position: startPosition, keyPath: path, message: Message(.json5LeadingZero, trimmed.isEmpty ? "0" : trimmed))
        }
        guard digits > 0 else {
            throw SyntaxError(position: startPosition, keyPath: path, message: Message(.json5ExpectedNumber, found()))
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            advance()
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { advance() }
            var exponent = 0
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { advance(); exponent += 1 }
            guard exponent > 0 else { throw fail(path, Message(.json5Exponent, found())) }
        }
        if index < scalars.count, Self.isIdentifierPart(scalars[index]) {
            throw fail(path, Message(.json5InNumber, found()))
        }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    /// Reads an unquoted word (letters, digits, `_`, `$`); empty when none starts here.
    mutating func identifier() -> String {
        var text = String.UnicodeScalarView()
        while index < scalars.count, Self.isIdentifierPart(scalars[index]) {
            text.append(scalars[index])
            advance()
        }
        return String(text)
    }

    static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c == "$" || c.properties.isAlphabetic || c.properties.numericType != nil
    }



    /// Skips whitespace and comments; an unclosed `/*` is a syntax error at its start.
    mutating func skipTrivia(path: String) throws(SyntaxError) {
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
                        throw SyntaxError(position: start, keyPath: path, message: Message(.json5UnterminatedComment))
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

    var position: SourcePosition { SourcePosition(line: line, column: column) }

    mutating func advance() {
        index += 1
        column += 1
    }

    /// Steps over a line break (CR LF counts once).
    mutating func newline() {
        if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
        index += 1
        line += 1
        column = 1
    }

    /// What stands at the current position, for messages: `'name'`, `':'` or end of file.
    func found() -> any CustomStringConvertible {
        guard index < scalars.count else { return Message(.json5EndOfFile) }
        var end = index
        while end < scalars.count, end - index < 40, Self.isIdentifierPart(scalars[end]) { end += 1 }
        if end == index { end = index + 1 }
        return "'" + String(String.UnicodeScalarView(scalars[index..<end])) + "'"
    }

    func fail(_ path: String, _ message: Message) -> SyntaxError {
        SyntaxError(position: position, keyPath: path, message: message)
    }
}
