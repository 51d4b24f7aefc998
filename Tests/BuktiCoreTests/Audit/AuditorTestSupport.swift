import Foundation
@testable import BuktiCore

/// A small rule set written in the test (not the default rule files), and hand-made classified files,
/// so the audit engine is tested apart from the classifier.
enum AuditFixture {
    static let rulesText = """
    {
      schema: 1, name: "Test rules", assessmentYear: 2024,
      limits: { warnBytes: 2000000, maxBytes: 5000000 },
      layout: { depth: 1, ignore: ["~$*", "*.tmp"] },
      predicates: [],
      documentTypes: [
        { id: "sk", label: { id: "SK (Surat Keputusan)", en: "SK (decree)" }, critical: true,
          kinds: ["pdf", "docx", "doc", "jpeg"], threshold: 3, signals: [], dateSources: ["numberYear"],
          window: "T-2..T-0",
          checks: [{ id: "sk-not-naming-innovation", namesInnovation: true,
                     message: { id: "SK tidak menyebut nama inovasi", en: "the SK does not name the innovation" },
                     disqualifies: false }] },
        { id: "sop", label: { id: "SOP", en: "SOP" }, critical: true, kinds: ["pdf", "docx"], threshold: 3,
          signals: [], dateSources: [],
          checks: [{ id: "sop-without-service-times", textMustMatch: "\\\\b(menit|jam|hari kerja)\\\\b",
                     message: { id: "SOP tanpa waktu pelayanan", en: "SOP without service times" },
                     disqualifies: false }] },
        { id: "budget", label: { id: "DPA", en: "DPA" }, critical: true, kinds: ["pdf", "xlsx"], threshold: 3,
          signals: [], dateSources: ["yearPhrase"], window: "T-2..T-0", checks: [] },
        { id: "rka", label: { id: "RKA", en: "RKA" }, critical: false, kinds: ["pdf", "xlsx"], threshold: 3,
          signals: [], weakEvidenceFor: "budget", dateSources: ["yearPhrase"], checks: [] },
        { id: "photo", label: { id: "Foto kegiatan", en: "Activity photo" }, critical: false, kinds: ["jpeg"],
          threshold: 1, signals: [], dateSources: ["taken"], checks: [] },
        { id: "video", label: { id: "Video", en: "Video" }, critical: false, kinds: ["mp4"], threshold: 1,
          signals: [], dateSources: [],
          checks: [{ id: "video-too-long", maxDurationSeconds: 300,
                     message: { id: "video lebih dari 5 menit", en: "video over 5 minutes" }, disqualifies: true }] },
      ],
      indicators: [
        { id: "regulasi", number: 1, name: { id: "Regulasi Inovasi Daerah", en: "Regulation" }, weight: 3,
          mandatory: true, uploadKinds: ["pdf"],
          levels: [
            { level: 1, label: { id: "SK", en: "SK" }, requires: [{ types: ["sk"] }] },
            { level: 2, label: { id: "SK + SOP", en: "SK + SOP" }, requires: [{ types: ["sk"] }, { types: ["sop"] }] },
            { level: 3, label: { id: "2 SK", en: "2 SKs" }, requires: [{ types: ["sk"], count: 2 }, { types: ["sop"] }] },
          ] },
        { id: "anggaran", number: 3, name: { id: "Anggaran Inovasi Daerah", en: "Budget" }, weight: 4,
          mandatory: true, uploadKinds: ["pdf", "xlsx"], limits: { warnBytes: 1000, maxBytes: 3000 },
          levels: [
            { level: 1, label: { id: "T-0", en: "T-0" }, requires: [{ types: ["budget"], window: "T-0" }] },
            { level: 2, label: { id: "T-1", en: "T-1" }, requires: [{ types: ["budget"], window: "T-1..T-0", distinctYears: 2 }] },
            { level: 3, label: { id: "T-2", en: "T-2" }, requires: [{ types: ["budget"], window: "T-2..T-0", distinctYears: 3 }] },
          ] },
        { id: "sdm", number: 9, name: { id: "SDM", en: "People" }, weight: 2, mandatory: false, uploadKinds: [],
          levels: [
            { level: 1, label: { id: "SK tim", en: "Team SK" }, requires: [{ types: ["sk"] }] },
            { level: 2, label: { id: "SK + foto", en: "SK + photo" }, requires: [{ types: ["sk"] }, { types: ["photo"] }] },
            { level: 3, label: { id: "> 30 orang", en: "> 30 people" }, requires: [{ types: ["sk"] }, { types: ["photo"] }],
              verify: { id: "hitung anggota tim di SK", en: "count the team members in the SK" } },
          ] },
        { id: "video", number: 20, name: { id: "Video Inovasi", en: "Video" }, weight: 1, mandatory: false,
          uploadKinds: ["mp4"],
          levels: [{ level: 1, label: { id: "video", en: "video" }, requires: [{ types: ["video"] }] }] },
      ],
    }
    """

    static let rules: RuleSet = {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        do { return try decoder.decode(RuleSet.self, from: Data(rulesText.utf8)) } catch {
            fatalError("test rules do not decode: \(error)")
        }
    }()

    /// A classified file: `types` are (type, year) pairs the file reached the threshold for.
    static func file(
        _ path: String, kind: FileKind = .pdf, types: [(String, Int?)] = [], named: [String] = [], bytes: Int64 = 1000,
        problems: [Problem] = [], text: String? = nil, scanned: Bool? = nil, duration: Double? = nil
    ) -> (FileFacts, FileClassification) {
        var facts = FileFacts(path: FilePath(path), kind: kind)
        facts.bytes = bytes
        facts.problems = problems
        facts.text = text
        facts.scanned = scanned
        facts.duration = duration
        let matches = types.map { type, year in
            TypeMatch(type: type, score: 5, threshold: 3,
                      signals: [SignalHit(on: .text, pattern: "X", matched: type.uppercased(), weight: 5, offset: 0)],
                      date: year.map { DocumentDate(year: $0, source: .numberYear, evidence: "/\($0)") })
        }
        let near = named.map { type in
            TypeMatch(type: type, score: 2, threshold: 3,
                      signals: [SignalHit(on: .name, pattern: type, matched: type, weight: 2)], date: nil)
        }
        return (facts, FileClassification(matches: matches, nearMisses: near))
    }

    /// An auditor over `root` whose classifier answers from the given files.
    static func auditor(
        root: String = "Root", files: [(FileFacts, FileClassification)], depth: Int = 1, manifest: Manifest? = nil,
        language: Language = .id, hasher: (any ContentHasher)? = nil
    ) -> Auditor {
        let table = Dictionary(files.map { ($0.0.path, $0.1) }, uniquingKeysWith: { a, _ in a })
        return Auditor(
            rules: rules, language: language, layout: InnovationLayout(root: FilePath(root), depth: depth, ignore: rules.layout.ignore),
            manifest: manifest, classify: { facts, _ in table[facts.path] ?? FileClassification() }, hasher: hasher)
    }

    static let used = RulesUsed(name: "Test rules", source: "test", sha256: "")

    /// The report for `files` under `root`.
    static func report(
        root: String = "Root", _ files: [(FileFacts, FileClassification)], depth: Int = 1, manifest: Manifest? = nil,
        language: Language = .id, hasher: (any ContentHasher)? = nil
    ) -> AuditReport {
        let auditor = auditor(root: root, files: files, depth: depth, manifest: manifest, language: language, hasher: hasher)
        return auditor.report(files.compactMap { auditor.prepare($0.0) }, rulesUsed: used, tool: "bukti test")
    }

    /// Files prepared (placed, checked) by an auditor over them.
    static func prepared(_ files: [(FileFacts, FileClassification)], root: String = "Root") -> [AuditedFile] {
        let auditor = auditor(root: root, files: files)
        return files.compactMap { auditor.prepare($0.0)?.file }
    }
}
