import Testing
@testable import BuktiCore

/// The locator finds keys and values by key path through comments, quotes and JSON5 numbers.
@Suite struct JSON5LocatorTests {
    @Test func keyAndValuePositionsByPath() {
        let text = """
            // comment {
            { a: [ 1, { 'b': "x\\"}" } ],
              /* { */ c: -Infinity, d: 0x1F, e: .5, }
            """
        let locator = JSON5Locator(text: text)
        #expect(locator.syntaxError == nil)
        #expect(locator.entries["a"]?.keyPosition == SourcePosition(line: 2, column: 3))
        #expect(locator.entries["a"]?.valuePosition == SourcePosition(line: 2, column: 6))
        #expect(locator.entries["a[1].b"]?.keyPosition == SourcePosition(line: 2, column: 13))
        #expect(locator.entries["a[1].b"]?.literal == "x\"}")
        #expect(locator.entries["c"]?.valuePosition == SourcePosition(line: 3, column: 14))
        #expect(locator.entries["c"]?.kind == .number)
        #expect(locator.entries["d"]?.literal == "0x1F")
        #expect(locator.entries["e"]?.literal == ".5")
        #expect(locator.objectKeys[""]?.map(\.key) == ["a", "c", "d", "e"])
    }

    @Test func unclosedObjectAtEndOfFile() {
        let locator = JSON5Locator(text: "{ a: 1,\n")
        #expect(locator.syntaxError?.position == SourcePosition(line: 2, column: 1))
        #expect(locator.syntaxError?.message.description.contains("expected '}' to close the object opened at 1:1") == true)
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let text = String(repeating: "[", count: 10_000)
        #expect(JSON5Locator(text: text).syntaxError?.message.description.contains("nested too deeply") == true)
    }
}

/// The locator and Foundation's JSON5 reader agree on what is valid: with any one character of a valid
/// rule file deleted, every error still has a position, and none is Foundation's placeless "not valid JSON".
@Suite struct LocatorAgreementTests {
    @Test func everySingleDeletionGetsAPlacedDiagnostic() {
        let scalars = Array(RuleFileFixture.valid.unicodeScalars)
        var unplaced: [String] = []
        for i in scalars.indices {
            var copy = scalars
            copy.remove(at: i)
            let text = String(String.UnicodeScalarView(copy))
            do {
                _ = try RuleFileLoader.load(text: text, sourceName: "t")
            } catch {
                for diagnostic in error.diagnostics where diagnostic.position == nil || diagnostic.message.description.contains("could not be read") {
                    unplaced.append("deleting \(i): \(diagnostic)")
                }
            }
        }
        #expect(unplaced.isEmpty, "\(unplaced.prefix(5))")
    }

    @Test(arguments: [",", "\"", "\\", "}", "]", "x", "0", ".", "/", "'", "+"])
    func everySingleInsertionGetsAPlacedDiagnostic(_ inserted: Unicode.Scalar) {
        let scalars = Array(RuleFileFixture.valid.unicodeScalars)
        var unplaced: [String] = []
        for i in scalars.indices {
            var copy = scalars
            copy.insert(inserted, at: i)
            let text = String(String.UnicodeScalarView(copy))
            do {
                _ = try RuleFileLoader.load(text: text, sourceName: "t")
            } catch {
                for diagnostic in error.diagnostics where diagnostic.position == nil || diagnostic.message.description.contains("could not be read") {
                    unplaced.append("inserting at \(i): \(diagnostic)")
                }
            }
        }
        #expect(unplaced.isEmpty, "\(unplaced.prefix(5))")
    }
}
