import BuktiCore
import Testing

@testable import BuktiReports

/// The real proof: LibreOffice opens the workbooks and shows the audit's values in the right cells
/// (one conversion per test run, shared by every test here).
/// Needs soffice (libreoffice-calc-nogui); without it these tests fail rather than pass silently.
@Suite struct XLSXReporterLibreOfficeTests {
    @Test func valueTypesReadAsTyped() {
        guard let sheets = LibreOfficeConversion.sheets(XLSXConversionInputs.values) else { return }
        #expect(Array(sheets.keys) == [XLSXConversionInputs.ValueSheet.name])
        let rows = sheets[XLSXConversionInputs.ValueSheet.name] ?? []
        #expect(rows == XLSXConversionInputs.ValueSheet.expected)
    }

    /// A number in the General format: integers without a fraction.
    private func general(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    @Test(arguments: [
        (XLSXConversionInputs.reportID, ["Ringkasan", "Indikator", "Dokumen", "Masalah", "Yang perlu dilakukan"]),
        (XLSXConversionInputs.reportEN, ["Summary", "Indicators", "Documents", "Problems", "To do"]),
    ])
    func sheetNamesFollowTheLanguage(workbook: String, names: [String]) {
        guard let sheets = LibreOfficeConversion.sheets(workbook) else { return }
        #expect(Set(sheets.keys) == Set(names))
    }

    @Test func summaryRowsCarryTheAuditsValues() throws {
        guard let rows = LibreOfficeConversion.sheets(XLSXConversionInputs.reportID)?["Ringkasan"] else { return }
        let input = try Hostile.input(.id)
        let labels = Dictionary(uniqueKeysWithValues: input.rules.documentTypes.map { ($0.id, $0.label.id) })
        let names = Dictionary(uniqueKeysWithValues: input.rules.indicators.map { ($0.id, $0.name.id) })
        #expect(
            rows.first == [
                "Perangkat Daerah", "Inovasi", "Lengkap", "Skor", "Skor maksimum", "Indikator berbukti",
                "Dokumen kritis yang belum ada", "Indikator wajib tanpa bukti",
            ])
        #expect(rows.count == input.audit.innovations.count + 1)
        for (row, innovation) in zip(rows.dropFirst(), input.audit.innovations) {
            #expect(
                row == [
                    innovation.opd ?? "", innovation.name, innovation.complete ? "TRUE" : "FALSE",
                    general(innovation.score), general(innovation.maxScore),
                    "\(Int((innovation.completeness * 100).rounded()))%",
                    innovation.missing.compactMap { labels[$0] }.joined(separator: "; "),
                    innovation.mandatoryWithoutEvidence.compactMap { names[$0] }.joined(separator: "; "),
                ])
        }
    }

    @Test func hostileTextStaysText() throws {
        guard let sheets = LibreOfficeConversion.sheets(XLSXConversionInputs.reportID) else { return }
        let summary = sheets["Ringkasan"]?.last ?? []
        #expect(summary.prefix(2) == [Hostile.opd, Hostile.name])
        let document = sheets["Dokumen"]?.first { $0.first == Hostile.name } ?? []
        #expect(document.count > 1 && document[1] == "Samples/\(Hostile.name)/\(Hostile.fileNameAsStored)")
        #expect(document.last == Hostile.message)
        let problems = sheets["Masalah"]?.filter { $0.first == Hostile.name } ?? []
        #expect(problems.map { $0[3] } == ["-missing", "corrupt"])
        #expect(problems.allSatisfy { $0[4] == Hostile.message })
    }

    @Test func indicatorLevelsAreTheAuditsLevels() throws {
        guard let rows = LibreOfficeConversion.sheets(XLSXConversionInputs.reportEN)?["Indicators"] else { return }
        let input = try Hostile.input(.en)
        let indicators = input.rules.indicators
        #expect(
            rows.first == ["Agency", "Innovation"] + indicators.map { "\($0.number). \($0.name.en)" }
                + ["Score", "Max score"])
        for (row, innovation) in zip(rows.dropFirst(), input.audit.innovations) {
            let levels = indicators.map { indicator in
                innovation.indicators.first { $0.id == indicator.id }.map { String($0.level) } ?? ""
            }
            #expect(
                row == [innovation.opd ?? "", innovation.name] + levels
                    + [general(innovation.score), general(innovation.maxScore)])
        }
    }

    @Test func everyFileAndEveryProblemHasARow() throws {
        guard let sheets = LibreOfficeConversion.sheets(XLSXConversionInputs.reportID) else { return }
        let audit = try Hostile.input(.id).audit
        let documents = sheets["Dokumen"] ?? []
        let paths = audit.innovations.flatMap { $0.files.map(\.path) } + audit.unassigned
        #expect(documents.dropFirst().map { $0[1] } == paths.map { $0.replacingOccurrences(of: "\u{1}", with: "") })
        for innovation in audit.innovations {
            for file in innovation.files {
                let years = innovation.documents.entries.flatMap(\.value.evidence).filter { $0.path == file.path }
                    .compactMap(\.year)
                let row = documents.first {
                    $0.count > 4 && $0[1] == file.path.replacingOccurrences(of: "\u{1}", with: "")
                }
                #expect(row?[2] == file.kind.rawValue)
                #expect(row?[4] == years.max().map { String($0) } ?? "")
            }
        }
        let problems = sheets["Masalah"] ?? []
        for innovation in audit.innovations {
            let found = Set(problems.filter { $0.first == innovation.name }.map { $0[3] + " " + $0[4] })
            let expected =
                innovation.problems + innovation.files.flatMap(\.problems)
                + innovation.indicators.flatMap(\.problems)
                + innovation.documents.entries.flatMap(\.value.evidence).flatMap(\.problems)
            #expect(Set(expected.map { $0.code + " " + $0.message }) == found, "\(innovation.name)")
        }
    }

    @Test func toDoRowsAreTheToDoListsWithGainsAsNumbers() throws {
        guard let rows = LibreOfficeConversion.sheets(XLSXConversionInputs.reportID)?["Yang perlu dilakukan"] else {
            return
        }
        let input = try Hostile.input(.id)
        let list = TodoList(rules: input.rules, assessmentYear: input.audit.assessmentYear, language: .id)
        let expected = input.audit.innovations.flatMap { innovation in
            list.actions(for: innovation).enumerated().map { rank, action in
                [
                    innovation.opd ?? "", innovation.name, String(rank + 1),
                    "\(action.indicatorNumber). \(action.indicatorName)", String(action.fromLevel),
                    String(action.toLevel), general(action.gain), action.text,
                ]
            }
        }
        #expect(!expected.isEmpty)
        #expect(rows.first.map { Array($0.suffix(3)) } == ["Level tujuan", "Tambahan skor", "Tindakan"])
        #expect(Array(rows.dropFirst()) == expected)
    }
}
