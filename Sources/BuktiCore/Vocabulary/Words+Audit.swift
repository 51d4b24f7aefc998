/// The audit's sentences, filled: what `Auditor`, the evaluators, the checks and waivers record as
/// problem messages, and what the text report repeats. Labels of documents come from the rule file.
extension Words {
    /// `SK (Surat Keputusan) tidak ditemukan` / `missing: SK (Surat Keputusan)`.
    public func missingDocument(_ label: String) -> String { format(.missingDocument, label) }

    /// `SK tidak dapat dipakai: SK.pdf (named .pdf but the content is a JPEG image)`: each candidate
    /// with the reason it cannot count, so the fix (rename, re-scan, remove the password) is plain.
    public func unreadableDocument(_ label: String, _ evidence: [EvidenceEntry]) -> String {
        let list = evidence.map { entry in
            let name = FilePath(entry.path).name
            return entry.problems.first.map { "\(name) (\($0.message))" } ?? name
        }.joined(separator: "; ")
        return format(.unreadableDocument, label, list)
    }

    public func weakDocument(_ label: String) -> String { format(.weakDocument, label) }

    public func staleDocument(_ label: String, _ window: YearWindow?, _ t0: Int) -> String {
        format(.staleDocument, label, window.map { years($0, assessmentYear: t0) } ?? String(t0))
    }

    func staleFile(_ name: String, _ year: Int, _ window: YearWindow, _ t0: Int) -> String {
        format(.staleFile, name, year, years(window, assessmentYear: t0))
    }

    func staleType(_ label: String, _ found: [Int], _ window: YearWindow, _ t0: Int) -> String {
        let list = Array(Set(found)).sorted().map(String.init).joined(separator: ", ")
        return format(.staleType, label, list, years(window, assessmentYear: t0))
    }

    func dateNotFound(_ name: String) -> String { format(.dateNotFound, name) }

    func missingEvidence(_ level: Int, _ labels: [String]) -> String {
        format(.missingEvidence, level, labels.joined(separator: "; "))
    }

    func kindNotAccepted(_ name: String, _ kind: FileKind, _ accepted: [FileKind]) -> String {
        format(.kindNotAccepted, name, kind.rawValue, accepted.map(\.rawValue).joined(separator: ", "))
    }

    /// `4.2 MB` (decimal megabytes, one decimal), the same in both languages.
    static func megabytes(_ bytes: Int64) -> String {
        String((Double(bytes) / 100_000).rounded() / 10) + " MB"
    }

    func sizeOver(_ name: String, _ bytes: Int64, _ limit: Int) -> String {
        format(.sizeOverLimit, name, Self.megabytes(bytes), Self.megabytes(Int64(limit)))
    }

    func sizeWarn(_ name: String, _ bytes: Int64, _ limit: Int) -> String {
        format(.sizeWarning, name, Self.megabytes(bytes), Self.megabytes(Int64(limit)))
    }

    func scanWithoutText(_ name: String, _ check: String) -> String { format(.cannotCheckScan, name, check) }

    func noText(_ name: String, _ check: String) -> String { format(.cannotCheckNoText, name, check) }

    func recognisedByName(_ name: String) -> String { format(.recognisedByName, name) }

    func noDuration(_ name: String, _ check: String) -> String { format(.cannotCheckNoDuration, name, check) }

    func folderNotInManifest() -> String { self[.folderNotInManifest] }

    func waived(_ label: String, _ waiver: Waiver) -> String {
        format(.waived, label, waiver.expires, waiver.decidedBy, waiver.justification)
    }

    func waiverExpired(_ label: String, _ waiver: Waiver) -> String { format(.waiverExpired, label, waiver.expires) }
}
