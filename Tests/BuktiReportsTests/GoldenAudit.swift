import Foundation
import BuktiCore
@testable import BuktiReports

/// The fixed audit every golden test renders: the committed audit of Samples/ with the built-in
/// IID 2024 rules (Tests/BuktiCLITests/Golden, itself reviewed), decoded, so reports do not change
/// when the classifier does. Goldens live in Golden/ next to this file; regenerate with
/// `BUKTI_UPDATE_GOLDEN=1 swift test --filter BuktiReportsTests` and read the diff before committing.
enum GoldenAudit {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let package = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let goldenFolder = tests.appendingPathComponent("Golden")
    static let auditURL = package.appendingPathComponent("Tests/BuktiCLITests/Golden/audit-samples-iid-2024.json")

    struct GoldenMissing: Error, CustomStringConvertible { var description: String }

    static func audit() throws -> AuditReport {
        try JSONDecoder().decode(AuditReport.self, from: Data(contentsOf: auditURL))
    }

    static func rules() throws -> RuleSet {
        try RuleFileLoader.load(nameOrPath: "iid-2024").0.rules
    }

    static func input(_ language: Language, options: ReportOptions = ReportOptions()) throws -> ReportInput {
        var input = ReportInput(audit: try audit(), rules: try rules(), language: language)
        input.options = options
        return input
    }

    /// The committed golden bytes, or (with BUKTI_UPDATE_GOLDEN=1) writes `actual` as the new golden.
    static func expected(_ name: String, actual: [UInt8]) throws -> [UInt8] {
        let url = goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["BUKTI_UPDATE_GOLDEN"] == "1" {
            try Data(actual).write(to: url, options: .atomic)
        }
        guard let data = try? Data(contentsOf: url) else {
            throw GoldenMissing(description: "\(name) is missing: run BUKTI_UPDATE_GOLDEN=1 swift test --filter BuktiReportsTests")
        }
        return [UInt8](data)
    }
}
