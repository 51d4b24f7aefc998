import Testing
@testable import BuktiFormats

/// All tokens of `text`, up to `.end`.
func pdfTokens(_ text: String) -> [PDFToken] {
    pdfTokens(Array(text.utf8))
}

func pdfTokens(_ bytes: [UInt8]) -> [PDFToken] {
    var lexer = PDFLexer(bytes: bytes)
    var out: [PDFToken] = []
    for _ in 0..<(bytes.count + 2) {
        let t = lexer.nextToken()
        if t == .end { return out }
        out.append(t)
    }
    Issue.record("lexer did not reach the end")
    return out
}

@Suite struct PDFLexerTests {
    @Test func numbers() {
        #expect(pdfTokens("0 123 -17 +5 4. -.002 34.5 --3 .5") == [
            .integer(0), .integer(123), .integer(-17), .integer(5), .real(4), .real(-0.002), .real(34.5),
            .integer(-3), .real(0.5),
        ])
    }

    @Test func loneSignsAndPointsReadAsZero() {
        #expect(pdfTokens("- . +") == [.integer(0), .integer(0), .integer(0)])
    }

    @Test func hugeIntegerBecomesReal() {
        #expect(pdfTokens("99999999999999999999999") == [.real(1e23)])
    }

    @Test func namesWithHexEscapes() {
        #expect(pdfTokens("/Type /A#20B /Lime#20Green /paired#28#29parentheses /#23 /") == [
            .name("Type"), .name("A B"), .name("Lime Green"), .name("paired()parentheses"), .name("#"),
            .name(""),
        ])
    }

    @Test func nameWithBadHexEscapeKeepsTheHash() {
        #expect(pdfTokens("/A#zz") == [.name("A#zz")])
    }

    @Test func nameBytesThatAreNotUTF8ReadAsLatin1() {
        #expect(pdfTokens("/caf#E9") == [.name("café")])
        #expect(pdfTokens("/caf#C3#A9") == [.name("café")])
    }

    @Test func literalStringEscapes() {
        #expect(pdfTokens(#"(a\nb\rc\td\be\ff\(g\)h\\i)"#) == [
            .string(Array("a\nb\rc\td\u{8}e\u{c}f(g)h\\i".utf8))
        ])
    }

    @Test func literalStringOctalEscapes() {
        #expect(pdfTokens(#"(\101\0537\7x\400)"#) == [.string([0x41, 0x2B, 0x37, 0x07, 0x78, 0x00])])
    }

    @Test func literalStringLineContinuationAndEOLs() {
        #expect(pdfTokens("(ab\\\ncd\\\r\nef\r\ngh\rij)") == [.string(Array("abcdef\ngh\nij".utf8))])
    }

    @Test func literalStringBalancedParentheses() {
        #expect(pdfTokens("(a (b (c)) d) x") == [.string(Array("a (b (c)) d".utf8)), .keyword("x")])
    }

    @Test func unknownEscapeDropsTheBackslash() {
        #expect(pdfTokens(#"(\q\)"#) == [.string(Array("q)".utf8))])
    }

    @Test func unterminatedStringEndsAtEndOfInput() {
        #expect(pdfTokens("(abc") == [.string(Array("abc".utf8))])
        #expect(pdfTokens("(abc\\") == [.string(Array("abc".utf8))])
    }

    @Test func hexStrings() {
        #expect(pdfTokens("<48 65 6c6C6f> <901FA> <> <4 1 z 4>") == [
            .hexString(Array("Hello".utf8)), .hexString([0x90, 0x1F, 0xA0]), .hexString([]), .hexString([0x41, 0x40]),
        ])
    }

    @Test func arraysAndDictionaries() {
        #expect(pdfTokens("<</A[1 2]>>") == [
            .dictionaryStart, .name("A"), .arrayStart, .integer(1), .integer(2), .arrayEnd, .dictionaryEnd,
        ])
    }

    @Test func keywords() {
        #expect(pdfTokens("1 0 obj true false null R endobj stream BT Tj ' \" T*") == [
            .integer(1), .integer(0), .keyword("obj"), .keyword("true"), .keyword("false"), .keyword("null"),
            .keyword("R"), .keyword("endobj"), .keyword("stream"), .keyword("BT"), .keyword("Tj"), .keyword("'"),
            .keyword("\""), .keyword("T*"),
        ])
    }

    @Test func commentsAreSkipped() {
        #expect(pdfTokens("%PDF-1.7\n1 % one\r2%two") == [.integer(1), .integer(2)])
    }

    @Test func strayDelimitersBecomeKeywords() {
        #expect(pdfTokens(") > { }") == [.keyword(")"), .keyword(">"), .keyword("{"), .keyword("}")])
    }

    @Test func tokenStartAndPositionTrackTheInput() {
        var lexer = PDFLexer(bytes: Array("  /Name 12".utf8), baseOffset: 100)
        #expect(lexer.nextToken() == .name("Name"))
        #expect(lexer.tokenStart == 2)
        #expect(lexer.position == 7)
        #expect(lexer.nextToken() == .integer(12))
        #expect(lexer.tokenStart == 8)
        #expect(lexer.nextToken() == .end)
        #expect(lexer.atEnd)
    }

    @Test func longKeywordsAreCut() {
        let tokens = pdfTokens(String(repeating: "x", count: 10_000))
        #expect(tokens == [.keyword(String(repeating: "x", count: PDFLexer.maxKeywordLength))])
    }

    @Test func randomGarbageNeverTrapsAndAlwaysEnds() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<512).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = pdfTokens(bytes)
        }
    }
}
