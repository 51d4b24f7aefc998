import Foundation
import Testing

/// `bukti rules check` and `bukti rules show` as a user runs them: output streams and exit statuses.
@Suite struct RulesCommandTests {
    /// A small valid rule file; its values are what `show` must print.
    static let valid = """
        {
          schema: 1, name: "Uji Aturan", assessmentYear: 2025,
          limits: { warnBytes: 1000, maxBytes: 2000 },
          layout: { depth: 2, ignore: [] },
          predicates: [],
          documentTypes: [
            { id: "sop", label: { id: "Standar Operasional Prosedur", en: "Standard operating procedure" },
              critical: true, kinds: ["pdf", "docx"], threshold: 6,
              signals: [ { text: "STANDAR OPERASIONAL PROSEDUR", within: 400, weight: 4 }, { name: "SOP", weight: 2 },
                         { fact: "scanned", weight: 0.5 } ],
              dateSources: ["writtenDate"], window: "T-2..T-0", checks: [] },
          ],
          indicators: [
            { id: "pelaksana", number: 7, name: { id: "Pelaksana Inovasi", en: "Innovation implementers" }, weight: 2,
              mandatory: false, uploadKinds: ["pdf"],
              levels: [ { level: 2, label: { id: "Dua", en: "Two" }, requires: [ { types: ["sop"], count: 2, window: "T-1..T-0", distinctYears: 2 } ] },
                        { level: 1, label: { id: "Satu", en: "One" }, requires: [ { types: ["sop"] } ] } ] },
          ],
        }
        """

    private func write(_ text: String, in folder: TempFolder, as name: String = "rules.json5") throws -> String {
        let url = folder.url.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func checkValidFile() throws {
        let folder = try TempFolder()
        let path = try write(Self.valid, in: folder)
        let result = try BuktiProcess.run(["rules", "check", path])
        #expect(result.status == 0)
        #expect(result.out == "ok: Uji Aturan (1 document types, 1 indicators)\n")
        #expect(result.err.isEmpty)
    }

    @Test func checkBuiltinByName() throws {
        let result = try BuktiProcess.run(["rules", "check", "iid-2024"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("ok: "))
    }

    @Test func checkReportsEveryErrorWithPositionAndExits2() throws {
        let folder = try TempFolder()
        let bad = Self.valid
            .replacingOccurrences(of: "types: [\"sop\"] }", with: "types: [\"sopp\"] }")
            .replacingOccurrences(of: "threshold: 6", with: "threshold: 6, treshold: 5")
            .replacingOccurrences(of: "{ name: \"SOP\"", with: "{ name: \"SOP(\"")
        let path = try write(bad, in: folder)
        let result = try BuktiProcess.run(["rules", "check", path])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result.err)")
        // Positions from the text: line 8 holds threshold, line 9 the name signal, line 17 the level-1 requirement.
        let thresholdColumn = try #require(bad.split(separator: "\n")[7].range(of: "treshold")).lowerBound.utf16Offset(in: bad.split(separator: "\n")[7]) + 1
        #expect(lines.contains("\(path):8:\(thresholdColumn): warning: unknown key 'treshold' in documentTypes[0] (did you mean 'threshold'?); ignored"))
        #expect(lines.contains { $0.hasPrefix("\(path):9:") && $0.contains("error: documentTypes[0].signals[1].name: the regular expression 'SOP(' does not compile") })
        #expect(lines.contains { $0.hasPrefix("\(path):17:") && $0.contains("unknown document type 'sopp'; write 'sop' instead") })
    }

    @Test func checkSpeaksIndonesianByDefault() throws {
        let folder = try TempFolder()
        let bad = Self.valid
            .replacingOccurrences(of: "types: [\"sop\"] }", with: "types: [\"sopp\"] }")
            .replacingOccurrences(of: "threshold: 6", with: "threshold: 6, treshold: 5")
        let path = try write(bad, in: folder)
        let result = try BuktiProcess.run(["rules", "check", path], environment: ["BUKTI_LANG": ""])
        #expect(result.status == 2)
        #expect(result.err.contains(": peringatan: kunci 'treshold' di documentTypes[0] tidak dikenal (maksud Anda 'threshold'?); diabaikan"), "\(result.err)")
        #expect(result.err.contains(": kesalahan: indicators[0].levels[1].requires[0].types[0]: jenis dokumen 'sopp' tidak dikenal; tulis 'sop'"), "\(result.err)")
    }

    @Test func checkSyntaxErrorExits2() throws {
        let folder = try TempFolder()
        let path = try write("{\n  schema: 1\n  name: \"x\",\n}\n", in: folder)
        let result = try BuktiProcess.run(["rules", "check", path])
        #expect(result.status == 2)
        #expect(result.err == "\(path):3:3: error: expected ',' or '}' after the value of 'schema', found 'name'; write ',' after the value that ends at 2:12\n")
    }

    @Test func checkMissingFileAndUnknownName() throws {
        let missing = try BuktiProcess.run(["rules", "check", "/nonexistent/x.json5"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("/nonexistent/x.json5: error: the rule file does not exist"))
        let unknown = try BuktiProcess.run(["rules", "check", "iid-2042"])
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("did you mean 'iid-2024'?"))
    }

    @Test func usageMistakes() throws {
        for arguments in [["rules"], ["rules", "chek", "iid-2024"], ["rules", "check"], ["rules", "show", "iid-2024", "--lang", "fr"]] {
            let result = try BuktiProcess.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.out.isEmpty)
            #expect(result.err.hasPrefix("bukti: "), "\(result.err)")
        }
    }

    @Test func showPrintsTablesInTheChosenLanguage() throws {
        let folder = try TempFolder()
        let path = try write(Self.valid, in: folder)
        let english = try BuktiProcess.run(["rules", "show", path, "--lang", "en"])
        #expect(english.status == 0)
        let lines = english.out.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("id label kinds critical threshold signals window"))
        #expect(lines.contains("sop Standard operating procedure pdf, docx yes 6 3 T-2..T-0"))
        #expect(lines.contains("7. pelaksana Innovation implementers weight 2"))
        #expect(lines.contains("level 1 (One): sop"))
        #expect(lines.contains("level 2 (Two): sop, 2 documents, dated T-1..T-0, covering 2 distinct years"))
        let indonesian = try BuktiProcess.run(["rules", "show", path], environment: ["BUKTI_LANG": ""])
        #expect(indonesian.out.contains("Standar Operasional Prosedur"))
        #expect(indonesian.out.contains("Pelaksana Inovasi"))
    }
}
