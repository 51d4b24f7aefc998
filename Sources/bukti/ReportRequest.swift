import Foundation
import BuktiCore
import BuktiReports

/// One report asked for on the command line: a format and where it goes (nil: stdout).
struct ReportRequest: Equatable {
    let format: String
    let path: String?

    /// Every registered reporter (`text` first).
    static var formats: [String] { Reporters.all.map { $0.identifier } }

    /// What a `--report` value must look like (also a usage-error phrase in the CLI catalogue).
    static var expectedReport: String {
        "FORMAT:PATH with FORMAT one of \(formats.joined(separator: ", ")) and PATH a file or - for stdout"
    }

    /// The requests of `--report FORMAT:PATH` (repeatable) and the `--format`/`--output` shorthand,
    /// checked before any work: known formats, at most one on stdout, one report per file, files
    /// outside `root` (the evidence is never written) in existing folders, and files only when
    /// splitting (each agency gets its own file).
    static func parse(reports: [String], format: String?, output: String?, root: FilePath?, splitting: Bool,
                      command: String) throws(UsageError) -> [ReportRequest] {
        let expected = Self.expectedReport
        var requests: [ReportRequest] = []
        for value in reports {
            guard let colon = value.firstIndex(of: ":") else {
                throw .invalidValue(value, option: "--report", expected: expected, command: command)
            }
            let name = String(value[..<colon]), path = String(value[value.index(after: colon)...])
            guard formats.contains(name), !path.isEmpty else {
                throw .invalidValue(value, option: "--report", expected: expected, command: command)
            }
            requests.append(ReportRequest(format: name, path: path == "-" ? nil : path))
        }
        if format != nil || output != nil || reports.isEmpty {
            let name = format ?? "text"
            guard formats.contains(name) else {
                throw .invalidValue(name, option: "--format", expected: formats.joined(separator: ", "), command: command)
            }
            requests.append(ReportRequest(format: name, path: output == "-" ? nil : output))
        }
        guard requests.filter({ $0.path == nil }).count <= 1 else {
            throw .invalidValue("-", option: "--report", expected: "at most one report on stdout", command: command)
        }
        var seen: Set<String> = []
        for request in requests {
            guard let path = request.path else {
                if splitting {
                    throw .invalidValue("-", option: "--report", expected: "a file with --split-by (one per agency)", command: command)
                }
                continue
            }
            let option = reports.isEmpty ? "--output" : "--report"
            if let root, OutputPlace.isInside(path, root: root) {
                throw .invalidValue(path, option: option, expected: "a file outside the audited folder", command: command)
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw .invalidValue(path, option: option, expected: "a file, not a folder", command: command)
            }
            guard OutputPlace.folderExists(for: path) else {
                throw .invalidValue(path, option: option, expected: "a file in an existing folder", command: command)
            }
            guard seen.insert(URL(fileURLWithPath: path).standardized.path).inserted else {
                throw .invalidValue(path, option: option, expected: "one report per file", command: command)
            }
        }
        return requests
    }

    /// `laporan.csv` → `laporan-dinas-kesehatan.csv` (the agency's slug before the extension).
    static func splitPath(_ path: String, slug: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        let folder = String(path.dropLast(name.count))
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path + "-" + slug }
        return folder + name[..<dot] + "-" + slug + name[dot...]
    }
}
