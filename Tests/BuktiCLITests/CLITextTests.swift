import Testing
import BuktiCore
import BuktiReports
@testable import bukti

/// Every word of bukti exists in both languages: the whole catalogue (library, reports and CLI), and
/// the help of every flag of every command; a flag added to a spec without catalogue words is named
/// here (it still shows its English help from the spec meanwhile).
@Suite struct CLITextTests {
    /// Every help key the specs imply: abstract, argument and one per flag, for every command.
    static var helpKeys: [MessageKey] {
        var keys: [MessageKey] = [.abstract("bukti"), .option("bukti", "help"), .option("bukti", "version")]
        for spec in Bukti.specs {
            keys.append(.abstract(spec.name))
            keys.append(.discussion(spec.name))
            if spec.argument != nil { keys.append(.argument(spec.name)) }
            keys += spec.options.map { .option(spec.name, $0.name) }
        }
        return keys
    }

    @Test func everyKeyOfTheCatalogueHasBothLanguages() {
        for block in Catalogue.cli.blocks {
            let missingEnglish = Set(block.id.keys).subtracting(block.en.keys)
            // English may have plural `.one` variants that Indonesian does not need.
            let missingIndonesian = Set(block.en.keys).subtracting(block.id.keys).filter { !$0.rawValue.hasSuffix(".one") }
            #expect(missingEnglish.isEmpty, "no English for: \(missingEnglish.map(\.rawValue).sorted())")
            #expect(missingIndonesian.isEmpty, "no Indonesian for: \(missingIndonesian.map(\.rawValue).sorted())")
            for language in Language.allCases {
                let empty = block.entries(language).filter { $0.value.isEmpty }.map(\.key.rawValue)
                #expect(empty.isEmpty, "empty \(language) text for: \(empty.sorted())")
            }
        }
    }

    @Test func noKeyIsDefinedInTwoBlocks() {
        var seen: Set<MessageKey> = []
        for block in Catalogue.cli.blocks {
            for key in block.id.keys { #expect(seen.insert(key).inserted, "\(key) is in two blocks") }
        }
    }

    @Test func everyFlagOfEveryCommandHasIndonesianAndEnglishHelp() {
        for language in Language.allCases {
            let missing = Self.helpKeys.filter { !Words.cli(language).has($0) }.map(\.rawValue)
            #expect(missing.isEmpty, "no \(language) help for: \(missing.joined(separator: ", "))")
        }
    }

    @Test func aFlagWithoutCatalogueWordsFallsBackToItsEnglishHelp() {
        let spec = CommandSpec(name: "audit", abstract: "x", discussion: "",
                               options: [OptionSpec("brand-new", "Brand new flag.")], argument: nil)
        #expect(Help.command(spec, Words.cli(.id)).contains("Brand new flag."))
    }

    @Test func englishHelpEqualsTheSpecs() {
        for spec in Bukti.specs {
            for option in spec.options {
                #expect(Words.cli(.en).optionHelp(option, in: spec.name) == option.help, "\(spec.name) --\(option.name)")
            }
        }
    }

    @Test func languageIsPrescannedFromArgumentsThenEnvironment() {
        let args = { (words: [String]) in words.map { Array($0.utf8) } }
        #expect(Language.chosen(by: args(["inspect", "--lang", "en"]), environment: nil) == .en)
        #expect(Language.chosen(by: args(["inspect", "--lang=en"]), environment: "id") == .en)
        #expect(Language.chosen(by: args(["inspect", "--", "--lang=en"]), environment: nil) == .id)
        #expect(Language.chosen(by: args(["inspect"]), environment: "en_US.UTF-8") == .en)
        #expect(Language.chosen(by: args(["inspect"]), environment: nil) == .id)
    }
}
