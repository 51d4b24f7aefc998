import Foundation
import Testing

/// Converts workbooks to CSV with LibreOffice headless, once per test run, and keeps each sheet's
/// cells. LibreOffice is the reference reader: a part it cannot read would lose the sheet or the
/// cells, and its CSV export shows values as formatted (dates and percentages as people see them).
enum LibreOfficeConversion {
    /// Sheets of each converted workbook, keyed by workbook name, then sheet name.
    typealias Result = [String: [String: [[String]]]]

    /// What to install when soffice is missing (CI adds it).
    static let missing = "soffice not found: install libreoffice-calc-nogui"

    /// The conversion of every workbook `XLSXConversionInputs` builds, run on first use.
    static let shared: Swift.Result<Result, ConversionError> = {
        do {
            return .success(try convert(try XLSXConversionInputs.workbooks()))
        } catch let error as ConversionError {
            return .failure(error)
        } catch {
            return .failure(ConversionError(message: "cannot build the workbooks: \(error)"))
        }
    }()

    /// Every sheet of `workbook` as LibreOffice read it; records a test failure and returns nil when
    /// the conversion could not run (soffice missing, crashed, wrote nothing).
    static func sheets(_ workbook: String) -> [String: [[String]]]? {
        switch shared {
        case .success(let result):
            let sheets = result[workbook]
            if sheets == nil { Issue.record("LibreOffice wrote no CSV for \(workbook)") }
            return sheets
        case .failure(let error):
            Issue.record("\(error)")
            return nil
        }
    }

    /// Why the conversion did not happen.
    struct ConversionError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The path of `soffice` on PATH, or nil.
    static func soffice() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/soffice" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Writes each workbook as NAME.xlsx, converts all of them in one soffice run (every sheet to
    /// NAME-SHEET.csv: filter option 12 = -1), reads the CSV files back.
    static func convert(_ workbooks: [String: [UInt8]]) throws -> Result {
        guard let soffice = soffice() else { throw ConversionError(message: missing) }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("bukti-xlsx-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = workbooks.keys.sorted()
        for name in names {
            try Data(workbooks[name] ?? []).write(to: folder.appendingPathComponent("\(name).xlsx"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        // Separator ",", quote '"', UTF-8, from line 1, formatted as shown (option 9), every sheet.
        process.arguments =
            [
                "--headless", "-env:UserInstallation=file://\(folder.path)/profile",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", folder.path,
            ] + names.map { folder.appendingPathComponent("\($0).xlsx").path }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(180)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw ConversionError(message: "soffice did not finish within 180 seconds")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.waitUntilExit()  // returns at once; frees the Process (LeakSanitizer, see BuktiProcess.waitForExit)
        var result: Result = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".csv") {
            guard let name = names.first(where: { file.hasPrefix("\($0)-") }) else { continue }
            let sheet = String(file.dropFirst(name.count + 1).dropLast(4))
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            result[name, default: [:]][sheet] = CSVTable.parse(text)
        }
        guard !result.isEmpty else {
            throw ConversionError(message: "soffice exited with \(process.terminationStatus) and wrote no CSV")
        }
        return result
    }
}

/// A small RFC 4180 reader for LibreOffice's CSV export (quoted fields, doubled quotes, line breaks
/// inside quotes).
enum CSVTable {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\n", "\r\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
