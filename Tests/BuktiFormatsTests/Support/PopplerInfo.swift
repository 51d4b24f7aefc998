import Foundation

/// What poppler's `pdfinfo -isodates` says about one PDF: the reference side of the differential test.
struct PopplerInfo {
    /// Where CI installs poppler-utils; the tool is required, never optional.
    static let tool = "/usr/bin/pdfinfo"

    /// "Title" -> value, one entry per `Key: value` line of standard output.
    var fields: [String: String]
    /// pdfinfo's exit status (non-zero when it could not open the file).
    var status: Int32
    /// Standard error (syntax errors, "Incorrect password").
    var errors: String

    /// True when pdfinfo is installed where the test expects it.
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: tool) }

    /// Runs `pdfinfo -isodates -enc UTF-8 FILE`.
    static func run(_ file: URL) throws -> PopplerInfo {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-isodates", "-enc", "UTF-8", file.path]
        let output = Pipe()
        // Standard error goes to a file so a chatty repair log can never fill a pipe and block pdfinfo.
        let errorURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("bukti-pdfinfo-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errorURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: errorURL) }
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        process.standardOutput = output
        process.standardError = errorHandle
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errors = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        return PopplerInfo(
            fields: parse(String(decoding: data, as: UTF8.self)), status: process.terminationStatus,
            errors: errors)
    }

    /// `Key:   value` lines; the key ends at the first colon (values such as dates contain colons).
    static func parse(_ output: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if fields[key] == nil { fields[key] = value }
        }
        return fields
    }

    /// True when pdfinfo refused the file for want of a user password.
    var wantsPassword: Bool { status != 0 && errors.contains("Incorrect password") }

    /// The page count, when pdfinfo printed one.
    var pages: Int? { fields["Pages"].flatMap { Int($0) } }

    /// `Encrypted: yes (print:yes ...)` or `Encrypted: no`.
    var encrypted: Bool? { fields["Encrypted"].map { $0.hasPrefix("yes") } }
}
