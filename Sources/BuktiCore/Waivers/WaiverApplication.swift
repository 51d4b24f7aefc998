/// Applies waivers to a finished report: a waived gap becomes `waived` (not missing, not failing the
/// run) with a `waived` note naming who decided it and until when; an expired waiver leaves the gap
/// and adds a `waiver-expired` problem. Completeness and the summary are recomputed afterwards.
public struct WaiverApplication: Sendable {
    public let rules: RuleSet
    public let language: Language
    private let words: Words
    /// `yyyy-mm-dd` (UTC): waivers expiring before it no longer hold.
    public let today: String

    public init(rules: RuleSet, language: Language, today: String) {
        self.rules = rules
        self.language = language
        words = Words(language, .core)
        self.today = today
    }

    /// Document statuses a waiver may turn into `waived`.
    static let waivable: Set<DocumentStatus> = [.missing, .unreadable, .stale]

    public func apply(_ file: WaiverFile, to report: inout AuditReport) {
        for index in report.innovations.indices {
            let name = report.innovations[index].name
            for waiver in file.waivers where waiver.innovation == name {
                if let type = waiver.documentType { waiveDocument(type, waiver, &report.innovations[index], assessmentYear: report.assessmentYear) }
                if let id = waiver.indicator { waiveIndicator(id, waiver, &report.innovations[index]) }
            }
            recompute(&report.innovations[index])
        }
        let critical = rules.documentTypes.filter(\.critical)
        report.summary.complete = report.innovations.filter(\.complete).count
        report.summary.incomplete = report.innovations.count - report.summary.complete
        report.summary.missingCritical = KeyedList(critical.map { type in
            (type.id, report.innovations.filter { $0.missing.contains(type.id) }.count)
        })
    }

    func waiveDocument(_ id: String, _ waiver: Waiver, _ innovation: inout InnovationReport, assessmentYear: Int) {
        guard var document = innovation.documents[id], Self.waivable.contains(document.status),
              let type = rules.documentTypes.first(where: { $0.id == id }) else { return }
        guard waiver.holds(on: today) else {
            innovation.problems.append(AuditProblem(.waiverExpired, words.waiverExpired(type.label.text(language), waiver)))
            return
        }
        let label = type.label.text(language)
        let gapMessages: Set<String> = [
            words.missingDocument(label),
            words.unreadableDocument(label, document.evidence),
            words.staleDocument(label, type.window, assessmentYear),
        ]
        innovation.problems.removeAll { gapMessages.contains($0.message) }
        innovation.problems.append(AuditProblem(.waived, words.waived(label, waiver)))
        innovation.missing.removeAll { $0 == id }
        document.status = .waived
        if let slot = innovation.documents.entries.firstIndex(where: { $0.key == id }) {
            innovation.documents.entries[slot].value = document
        }
    }

    func waiveIndicator(_ id: String, _ waiver: Waiver, _ innovation: inout InnovationReport) {
        guard let index = innovation.indicators.firstIndex(where: { $0.id == id }),
              innovation.indicators[index].status == .missing else { return }
        guard waiver.holds(on: today) else {
            innovation.indicators[index].problems.append(AuditProblem(.waiverExpired, words.waiverExpired(innovation.indicators[index].name, waiver)))
            return
        }
        innovation.indicators[index].status = .waived
        innovation.indicators[index].problems.removeAll { $0.is(.missingEvidence) }
        innovation.indicators[index].problems.append(AuditProblem(.waived, words.waived(innovation.indicators[index].name, waiver)))
        innovation.mandatoryWithoutEvidence.removeAll { $0 == id }
    }

    /// Complete again when no critical document is missing, unreadable or stale.
    func recompute(_ innovation: inout InnovationReport) {
        let critical = rules.documentTypes.filter(\.critical).map(\.id)
        let stale = critical.contains { innovation.documents[$0]?.status == .stale }
        innovation.complete = innovation.missing.isEmpty && !stale
    }
}
