import Foundation
import Testing
@testable import BuktiCore

/// The default rule files (Rules/iid-2024.json5, Rules/iid-2026.json5): they load cleanly, hold the
/// official indicator structure, and classify a corpus of realistic first pages (Fixtures/classify,
/// expected answers in its MANIFEST, written from the domain notes, not from our own output).
@Suite struct DefaultRulesTests {
    /// Official bobot of the 20 per-innovation indicators, in app order (domain notes §1A).
    static let officialWeights: [Double] = [3, 2, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 2, 3, 2, 3, 2, 4]
    /// Indicators flagged mandatory ("wajib") from 2024 on: Regulasi, SDM, Kecepatan, Kemanfaatan, Video.
    static let mandatoryNumbers: Set<Int> = [1, 2, 17, 18, 20]

    static var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static func ruleFile(_ name: String) -> URL { repoRoot.appendingPathComponent("Rules/\(name).json5") }

    static func decode(_ name: String) throws -> RuleSet {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        return try decoder.decode(RuleSet.self, from: Data(contentsOf: ruleFile(name)))
    }

    static func load(_ name: String) throws -> (CompiledRuleSet, [RuleFileWarning]) {
        try RuleFileLoader.load(path: ruleFile(name).path)
    }

    @Test(arguments: ["iid-2024", "iid-2026"])
    func ruleFileDecodesAndLoadsWithoutWarnings(_ name: String) throws {
        let rules = try Self.decode(name)
        #expect(rules.schema == RuleSet.supportedSchema)
        let (compiled, warnings) = try Self.load(name)
        #expect(warnings.isEmpty, "\(warnings.map(\.description))")
        #expect(compiled.rules == rules)
        // The embedded copy is what `--rules NAME` uses: it must be the same rule set.
        let (builtin, _) = try RuleFileLoader.load(builtin: name)
        #expect(builtin.rules == rules)
    }

    @Test(arguments: ["iid-2024", "iid-2026"])
    func indicatorsFollowTheOfficialStructure(_ name: String) throws {
        let rules = try Self.decode(name)
        #expect(rules.indicators.map(\.number) == Array(1...20))
        #expect(rules.indicators.map(\.weight) == Self.officialWeights)
        let maxScore = rules.indicators.reduce(0) { $0 + $1.weight * 3 }
        #expect(maxScore == 111)
        #expect(Set(rules.indicators.filter(\.mandatory).map(\.number)) == Self.mandatoryNumbers)
        #expect(Set(rules.indicators.map(\.id)).count == 20)
        for indicator in rules.indicators {
            #expect(indicator.levels.map(\.level) == [1, 2, 3], "\(indicator.id)")
            #expect(!indicator.uploadKinds.isEmpty, "\(indicator.id)")
        }
    }

    @Test(arguments: ["iid-2024", "iid-2026"])
    func everyReferenceNamesADeclaredType(_ name: String) throws {
        let rules = try Self.decode(name)
        let declared = Set(rules.documentTypes.map(\.id))
        #expect(declared.count == rules.documentTypes.count, "duplicate document-type ids")
        for indicator in rules.indicators {
            for level in indicator.levels {
                for requirement in level.requires {
                    #expect(!requirement.types.isEmpty)
                    for type in requirement.types {
                        #expect(declared.contains(type), "\(indicator.id) level \(level.level) names \(type)")
                    }
                }
            }
        }
        for type in rules.documentTypes {
            if let weak = type.weakEvidenceFor { #expect(declared.contains(weak), "\(type.id) -> \(weak)") }
            #expect(!type.signals.isEmpty, "\(type.id)")
            #expect(type.signals.contains { $0.weight > 0 }, "\(type.id)")
        }
        // The issue's critical types, and the weaker evidence it names.
        #expect(Set(rules.documentTypes.filter(\.critical).map(\.id)) == ["sk", "sop", "budget"])
        #expect(rules.documentTypes.first { $0.id == "rka" }?.weakEvidenceFor == "budget")
        #expect(rules.documentTypes.first { $0.id == "video" }?.checks.contains { $0.maxDurationSeconds == 300 } == true)
        #expect(rules.documentTypes.first { $0.id == "sop" }?.checks.contains { $0.textMustMatch != nil } == true)
    }

    @Test func assessmentYearsPredicatesAndLimits() throws {
        let r24 = try Self.decode("iid-2024"), r26 = try Self.decode("iid-2026")
        #expect(r24.assessmentYear == 2024)
        #expect(r26.assessmentYear == 2026)
        #expect(r24.predicates.map(\.min) == [60.01, 35, 0.01, 0])
        #expect(r26.predicates.map(\.min) == [65.01, 40.01, 0.01, 0])
        for rules in [r24, r26] {
            #expect(rules.limits.warnBytes == 2 * 1024 * 1024)
            #expect(rules.limits.maxBytes == 5 * 1024 * 1024)
            #expect(rules.layout.depth == 1)
            #expect(rules.layout.ignore.contains("~$*"))
        }
    }

    @Test func theSOPServiceTimeCheckReadsIndonesianDurations() throws {
        let rules = try Self.decode("iid-2024")
        let check = try #require(rules.documentTypes.first { $0.id == "sop" }?.checks.first { $0.textMustMatch != nil })
        let regex = try NSRegularExpression(pattern: try #require(check.textMustMatch), options: [.caseInsensitive])
        func matches(_ s: String) -> Bool { regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil }
        for text in ["Waktu 15 menit", "1 hari", "3 (tiga) hari kerja", "2 jam", "selesai sehari"] {
            #expect(matches(text), "\(text)")
        }
        for text in ["Nomor SOP 440/SOP/2024", "Tanggal Pembuatan 2 Mei 2024", "Kelengkapan berkas"] {
            #expect(!matches(text), "\(text)")
        }
    }

    /// Photos, screenshots and videos are told apart by extraction facts, not by names.
    @Test(arguments: ["iid-2024", "iid-2026"])
    func mediaFactsDecidePhotoScreenshotAndVideo(_ name: String) throws {
        let classifier = Classifier(rules: try Self.load(name).0)
        func types(_ kind: FileKind, _ file: String, _ set: (inout FileFacts) -> Void = { _ in }) -> [String] {
            var facts = FileFacts(path: FilePath("Inovasi/\(file)"), kind: kind)
            set(&facts)
            return classifier.classify(facts, folders: "").matches.map(\.type)
        }
        #expect(types(.jpeg, "IMG_20240312_101500.jpg") { $0.camera = "Samsung SM-A525F" } == ["photo"])
        // A WhatsApp photo has lost its camera EXIF but is still a photo.
        #expect(types(.jpeg, "IMG-20240312-WA0012.jpg") == ["photo"])
        #expect(types(.png, "Screenshot_20240312-101500.png") { $0.screenshot = true } == ["screenshot"])
        #expect(types(.png, "aplikasi.png") { $0.screenshot = true } == ["screenshot"])
        #expect(types(.mp4, "video.mp4") == ["video"])
        #expect(types(.mov, "IMG_0042.MOV") == ["video"])
        // A PDF with no text and a neutral name is nothing yet (a scan: the audit reports it).
        #expect(types(.pdf, "scan0001.pdf").isEmpty)
        // A name alone never reaches a document type's threshold: an unread scan named SK stays a
        // near miss, which the audit reports as unreadable rather than as a present SK.
        #expect(types(.pdf, "SK Bupati Tim Inovasi 2024.pdf").isEmpty)
    }

    // MARK: - Classification corpus

    struct Expectation: Sendable, CustomStringConvertible {
        let file: String
        let types: [String]
        let year: Int?
        var description: String { file }
    }

    static func corpus() throws -> [Expectation] {
        let dir = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("classify")
        let manifest = try String(contentsOf: dir.appendingPathComponent("MANIFEST"), encoding: .utf8)
        return manifest.split(separator: "\n").compactMap { line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard fields.count == 3, !fields[0].hasPrefix("#") else { return nil }
            return Expectation(file: fields[0], types: fields[1] == "none" ? [] : fields[1].components(separatedBy: ","),
                               year: Int(fields[2]))
        }
    }

    static func text(_ file: String) throws -> String {
        let dir = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try String(contentsOf: dir.appendingPathComponent("classify/\(file)"), encoding: .utf8)
    }

    @Test(arguments: ["iid-2024", "iid-2026"])
    func corpusIsClassifiedByTextAlone(_ name: String) throws {
        let classifier = Classifier(rules: try Self.load(name).0)
        let corpus = try Self.corpus()
        #expect(corpus.count >= 40)
        var typeRight = 0, yearRight = 0, yearMissing = 0, yearWanted = 0
        var confusion: [String: [String: Int]] = [:]
        var report: [String] = []
        for expected in corpus {
            // A neutral file name: the answer must come from the text.
            var facts = FileFacts(path: FilePath("Inovasi/\(expected.file.replacingOccurrences(of: ".txt", with: "")).pdf"), kind: .pdf)
            facts.text = try Self.text(expected.file)
            let result = classifier.classify(facts, folders: "")
            let got = result.matches.map(\.type)
            let primary = got.first ?? "none"
            confusion[expected.types.first ?? "none", default: [:]][primary, default: 0] += 1
            let right = expected.types.isEmpty ? got.isEmpty : (Set(got) == Set(expected.types) && expected.types.contains(primary))
            if right { typeRight += 1 } else {
                report.append("\(expected.file): expected \(expected.types) got \(result.matches.map { "\($0.type)=\($0.score)" }) near \(result.nearMisses.prefix(2).map { "\($0.type)=\($0.score)" })")
            }
            #expect(right, "\(expected.file): expected \(expected.types), got \(got)")
            if let year = expected.year, let match = result.matches.first(where: { expected.types.contains($0.type) }) {
                yearWanted += 1
                if let date = match.date {
                    // A year read wrongly is always an error; a year not found is counted below.
                    #expect(date.year == year, "\(expected.file): year \(date.year) from \(date.source) '\(date.evidence)', expected \(year)")
                    if date.year == year { yearRight += 1 } else { report.append("\(expected.file): year \(date.year) from \(date.source), expected \(year)") }
                } else {
                    yearMissing += 1
                    report.append("\(expected.file): no year found, expected \(year)")
                }
            }
        }
        print("[\(name)] corpus: types \(typeRight)/\(corpus.count), years \(yearRight)/\(yearWanted) (\(yearMissing) not found)")
        for (want, gots) in confusion.sorted(by: { $0.key < $1.key }) where gots.keys.contains(where: { $0 != want }) {
            print("[\(name)]   \(want) -> \(gots.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: ", "))")
        }
        for line in report { print("[\(name)]   \(line)") }
        // Covers with only a bare year ("2023" under the title) carry no date the reader can use;
        // at least nine in ten documents must still get their year.
        #expect(Double(yearRight) >= 0.9 * Double(yearWanted))
    }
}
