import Testing
import BuktiReports
@testable import bukti

/// Every command's words exist in both languages; a flag added to a spec without catalogue words is
/// named here (it still shows its English help from the spec meanwhile).
@Suite struct CLITextTests {
    /// Every help key the specs imply: abstract, argument and one per flag, for every command.
    static var helpKeys: [ReportKey] {
        var keys = [CLIText.abstractKey("bukti"), CLIText.optionKey("bukti", "help"), CLIText.optionKey("bukti", "version")]
        for spec in Bukti.commands {
            keys.append(CLIText.abstractKey(spec.name))
            keys.append(CLIText.discussionKey(spec.name))
            if spec.argument != nil { keys.append(CLIText.argumentKey(spec.name)) }
            keys += spec.options.map { CLIText.optionKey(spec.name, $0.name) }
        }
        return keys
    }

    @Test func everyFlagOfEveryCommandHasIndonesianAndEnglishHelp() {
        let missingID = Self.helpKeys.filter { CLIText.merged.id[$0] == nil }.map(\.rawValue)
        let missingEN = Self.helpKeys.filter { CLIText.merged.en[$0] == nil }.map(\.rawValue)
        #expect(missingID.isEmpty, "no Indonesian help for: \(missingID.joined(separator: ", "))")
        #expect(missingEN.isEmpty, "no English help for: \(missingEN.joined(separator: ", "))")
    }

    @Test func bothLanguagesHaveTheSameKeys() {
        #expect(Set(CLIText.merged.id.keys).subtracting(CLIText.merged.en.keys).isEmpty)
        // English may have plural `.one` variants that Indonesian does not need.
        let extraEnglish = Set(CLIText.merged.en.keys).subtracting(CLIText.merged.id.keys)
        #expect(extraEnglish.allSatisfy { $0.rawValue.hasSuffix(".one") }, "\(extraEnglish)")
    }

    @Test func aFlagWithoutCatalogueWordsFallsBackToItsEnglishHelp() {
        let spec = CommandSpec(name: "audit", abstract: "x", discussion: "",
                               options: [OptionSpec("brand-new", "Brand new flag.")], argument: nil)
        #expect(Help.command(spec, CLIText(.id)).contains("Brand new flag."))
    }

    @Test func englishHelpEqualsTheSpecs() {
        for spec in Bukti.commands {
            for option in spec.options {
                #expect(CLIText(.en).optionHelp(option, in: spec.name) == option.help, "\(spec.name) --\(option.name)")
            }
        }
    }

    @Test func languageIsPrescannedFromArgumentsThenEnvironment() {
        let args = { (words: [String]) in words.map { Array($0.utf8) } }
        #expect(CLIText.language(for: args(["inspect", "--lang", "en"]), environment: nil) == .en)
        #expect(CLIText.language(for: args(["inspect", "--lang=en"]), environment: "id") == .en)
        #expect(CLIText.language(for: args(["inspect", "--", "--lang=en"]), environment: nil) == .id)
        #expect(CLIText.language(for: args(["inspect"]), environment: "en_US.UTF-8") == .en)
        #expect(CLIText.language(for: args(["inspect"]), environment: nil) == .id)
    }
}
