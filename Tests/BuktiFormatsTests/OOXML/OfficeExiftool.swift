import BuktiCore
import Foundation
import Testing

/// exiftool as the reference reader for office metadata: `exiftool -json -n`, and a per-field
/// comparison that prints agreement and records an issue on each disagreement.
enum OfficeExiftool {
    /// One compared field: our value, the exiftool tag it corresponds to, and how exiftool's
    /// value is rewritten to our form (dates "2024:01:02 08:30:00Z" -> "2024-01-02T08:30:00Z").
    struct Field: Sendable {
        var name: String
        var tag: String
        var ours: @Sendable (FileFacts) -> String?
        var isDate = false
        /// When set, a justified difference: returns true when the two values agree under it.
        var allowance: (@Sendable (_ ours: String, _ theirs: String) -> Bool)?
    }

    /// The tags exiftool prints for `url`, or a recorded failure when exiftool is missing.
    static func tags(_ url: URL) throws -> [String: Any] {
        let path = try #require(
            ["/usr/bin/exiftool", "/usr/local/bin/exiftool"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "exiftool is required for the differential tests (apt-get install libimage-exiftool-perl libarchive-zip-perl)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-json", "-n", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let records = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let record = try #require(records.first)
        // Without Archive::Zip exiftool cannot look inside and says so in a Warning.
        let warning = record["Warning"] as? String ?? ""
        #expect(!warning.contains("Archive::Zip"), "exiftool needs Archive::Zip (libarchive-zip-perl)")
        return record
    }

    /// exiftool's value as a string in our form.
    static func theirs(_ value: Any?, isDate: Bool) -> String? {
        guard let value else { return nil }
        var text = "\(value)".trimmingCharacters(in: .whitespaces)
        if let number = value as? NSNumber { text = number.stringValue }
        guard isDate, text.count >= 19 else { return text.isEmpty ? nil : text }
        var characters = Array(text)
        characters[4] = "-"
        characters[7] = "-"
        characters[10] = "T"
        text = String(characters)
        return text
    }

    /// Compares every field, printing one line per field; disagreements are recorded issues.
    static func compare(_ name: String, _ facts: FileFacts, _ fields: [Field]) throws {
        let record = try tags(OfficeFixtures.url(name))
        for field in fields {
            let ours = field.ours(facts)
            let theirs = theirs(record[field.tag], isDate: field.isDate)
            let agree: Bool
            if let ours, let theirs, ours != theirs, let allowance = field.allowance {
                agree = allowance(ours, theirs)
            } else {
                agree = ours == theirs
            }
            let verdict = agree ? (ours == nil ? "agree (both absent)" : "agree") : "DISAGREE"
            print("\(name) \(field.name) [\(field.tag)]: \(verdict): ours=\(ours ?? "nil") exiftool=\(theirs ?? "nil")")
            #expect(agree, "\(name) \(field.name): ours \(ours ?? "nil"), exiftool \(theirs ?? "nil")")
        }
    }
}
