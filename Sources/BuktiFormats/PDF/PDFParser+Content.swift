/// One item of a content stream or CMap: an operand, or the operator that consumes the operands before it.
public enum PDFContentItem: Sendable, Equatable {
    case operand(PDFObject)
    case `operator`(String)
}

extension PDFParser {
    /// The next operand or operator of a content stream, or nil at its end. Stray `]`, `>>`, `)` and `>`
    /// are skipped; an array or dictionary cut short by the end of the stream ends the stream.
    public mutating func nextContentItem() throws(PDFParseError) -> PDFContentItem? {
        while true {
            switch peekToken() {
            case .end:
                return nil
            case .keyword(let k) where k != "true" && k != "false" && k != "null":
                _ = nextToken()
                if k == ")" || k == ">" { continue }
                return .operator(k)
            case .arrayEnd, .dictionaryEnd:
                _ = nextToken()
                continue
            default:
                do {
                    return .operand(try parseObject())
                } catch .endOfInput {
                    return nil
                }
            }
        }
    }

    /// After an `ID` operator: the inline image's raw data up to the `EI` that ends it (white space,
    /// `EI`, then white space or the end), leaving the parser after `EI`. At most `maxBytes` are kept.
    public mutating func readInlineImageData(maxBytes: Int = 1 << 20) -> [UInt8] {
        let bytes = lexer.bytes
        var start = position
        // A single white-space byte separates ID from the data.
        if start < bytes.count, PDFCharacter.isWhitespace(bytes[start]) { start += 1 }
        var i = start
        while i + 2 <= bytes.count {
            if bytes[i] == 0x45, bytes[i + 1] == 0x49, i > start, PDFCharacter.isWhitespace(bytes[i - 1]),
                i + 2 == bytes.count || PDFCharacter.isWhitespace(bytes[i + 2]) || PDFCharacter.isDelimiter(bytes[i + 2])
            {
                let dataEnd = i - 1
                lexer = PDFLexer(bytes: bytes, baseOffset: lexer.baseOffset, position: i + 2)
                resetLookahead()
                return Array(bytes[start..<max(start, min(dataEnd, start + maxBytes))])
            }
            i += 1
        }
        lexer = PDFLexer(bytes: bytes, baseOffset: lexer.baseOffset, position: bytes.count)
        resetLookahead()
        return Array(bytes[min(start, bytes.count)..<min(bytes.count, start + maxBytes)])
    }
}
