import BuktiCore
import Foundation
import Testing
@testable import BuktiFormats

/// Compares bukti's image and video facts with `exiftool -json -n` on every media fixture and sample.
/// exiftool is required (CI installs libimage-exiftool-perl): without it the test fails.
@Suite struct ExifToolDifferentialTests {
    static let tags = [
        "ImageWidth", "ImageHeight", "DateTimeOriginal", "OffsetTimeOriginal", "CreateDate", "OffsetTimeDigitized",
        "ModifyDate", "OffsetTime", "GPSLatitude", "GPSLongitude", "GPSAltitude", "Make", "Model", "Orientation",
        "Software", "Duration", "Rotation", "CreationDate", "CreationTime",
    ]
    /// EXIF orientation for exiftool's video Rotation (clockwise degrees).
    static let orientationForRotation = [0: 1, 90: 6, 180: 3, 270: 8]

    /// The media samples shipped anywhere under Samples/ (found from this file's location in the repository).
    static var sampleURLs: [URL] {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Samples")
        let paths = FileManager.default.subpaths(atPath: samples.path) ?? []
        return paths.filter { MediaFixtures.kind($0) != .unknown }.sorted().map { samples.appendingPathComponent($0) }
    }

    @Test func factsAgreeWithExifTool() throws {
        let urls = MediaFixtures.names.map(MediaFixtures.url) + Self.sampleURLs
        #expect(urls.count >= 15, "media fixtures are missing; run Scripts/fixtures/media.sh")
        let records = try Self.exiftool(urls)
        #expect(records.count == urls.count, "exiftool must be installed (apt-get install libimage-exiftool-perl)")
        var tally = Tally()
        for url in urls {
            guard let record = records[url.lastPathComponent] else { continue }
            let kind = MediaFixtures.kind(url.lastPathComponent)
            let facts = MediaFixtures.extract(try FileSource(path: FilePath(url.path)), as: kind)
            let name = url.lastPathComponent
            tally.compare("width", name, facts.width.map(String.init), Self.integer(record["ImageWidth"]))
            tally.compare("height", name, facts.height.map(String.init), Self.integer(record["ImageHeight"]))
            tally.compare("camera", name, facts.camera, Self.camera(record))
            tally.compare("software", name, facts.software, Self.string(record["Software"]))
            tally.compare("latitude", name, facts.gps?.lat, Self.number(record["GPSLatitude"]))
            tally.compare("longitude", name, facts.gps?.lon, Self.number(record["GPSLongitude"]))
            tally.compare("altitude", name, facts.gps?.alt, Self.number(record["GPSAltitude"]))
            if kind == .mp4 || kind == .mov {
                tally.compare("duration", name, facts.duration, Self.number(record["Duration"]), tolerance: 1e-3)
                tally.compare("created", name, facts.created, Self.iso(record["CreateDate"], "Z"))
                tally.compare("modified", name, facts.modified, Self.iso(record["ModifyDate"], "Z"))
                tally.compare("taken", name, facts.taken, Self.iso(record["CreationDate"], nil))
                let rotation = (record["Rotation"] as? NSNumber).flatMap { Self.orientationForRotation[$0.intValue] }
                tally.compare("orientation", name, facts.orientation.map(String.init), rotation.map(String.init))
            } else {
                let taken = Self.iso(record["DateTimeOriginal"], record["OffsetTimeOriginal"])
                    ?? Self.iso(record["CreateDate"], record["OffsetTimeDigitized"])
                    ?? Self.iso(record["ModifyDate"], record["OffsetTime"])
                tally.compare("taken", name, facts.taken, taken)
                // PNG's "Creation Time" text is written as ISO 8601 by the fixture script.
                let created = Self.iso(record["CreateDate"], record["OffsetTimeDigitized"]) ?? Self.string(record["CreationTime"])
                tally.compare("created", name, facts.created, created)
                tally.compare("modified", name, facts.modified, Self.iso(record["ModifyDate"], record["OffsetTime"]))
                tally.compare("orientation", name, facts.orientation.map(String.init), Self.integer(record["Orientation"]))
            }
        }
        for (field, counts) in tally.counts.sorted(by: { $0.key < $1.key }) {
            print("exiftool agreement \(field): \(counts.agree)/\(counts.compared) files (\(counts.present) with a value)")
        }
        // Each field must have been exercised on files that have it, not only agreed on absence.
        let least = ["width": 15, "taken": 6, "latitude": 4, "altitude": 4, "camera": 6, "orientation": 6,
                     "software": 4, "duration": 3, "created": 6, "modified": 5]
        // Videos: location from "\u{A9}xyz", Apple keys and "loci", camera and local time from Apple keys.
        #expect(tally.counts["latitude", default: (0, 0, 0)].present >= 7)
        for (field, count) in least {
            #expect(tally.counts[field, default: (0, 0, 0)].present >= count, "\(field) present in too few files")
        }
    }

    /// Per-field agreement counts; a disagreement is a test failure naming the file and field.
    struct Tally {
        /// Per field: files where both agree, files compared, files where exiftool has a value.
        var counts: [String: (agree: Int, compared: Int, present: Int)] = [:]

        mutating func compare(_ field: String, _ file: String, _ ours: String?, _ theirs: String?) {
            counts[field, default: (0, 0, 0)].compared += 1
            if theirs != nil { counts[field, default: (0, 0, 0)].present += 1 }
            if ours == theirs { counts[field, default: (0, 0, 0)].agree += 1 }
            #expect(ours == theirs, "\(file) \(field): bukti \(ours ?? "nil"), exiftool \(theirs ?? "nil")")
        }

        mutating func compare(_ field: String, _ file: String, _ ours: Double?, _ theirs: Double?, tolerance: Double = 1e-6) {
            let same = switch (ours, theirs) {
            case let (a?, b?): abs(a - b) <= tolerance
            case (nil, nil): true
            default: false
            }
            counts[field, default: (0, 0, 0)].compared += 1
            if theirs != nil { counts[field, default: (0, 0, 0)].present += 1 }
            if same { counts[field, default: (0, 0, 0)].agree += 1 }
            #expect(same, "\(file) \(field): bukti \(ours.map { "\($0)" } ?? "nil"), exiftool \(theirs.map { "\($0)" } ?? "nil")")
        }
    }

    /// Runs `exiftool -json -n` and returns each record by file name.
    static func exiftool(_ urls: [URL]) throws -> [String: [String: Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["exiftool", "-json", "-n"] + tags.map { "-\($0)" } + urls.map(\.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let records = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] ?? []
        var byName: [String: [String: Any]] = [:]
        for record in records {
            if let path = record["SourceFile"] as? String { byName[(path as NSString).lastPathComponent] = record }
        }
        return byName
    }

    static func string(_ value: Any?) -> String? {
        guard let value else { return nil }
        let text = "\(value)".trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    static func integer(_ value: Any?) -> String? { (value as? NSNumber).map { String($0.intValue) } }

    static func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

    /// "Make Model", with the model alone when it already starts with the make.
    static func camera(_ record: [String: Any]) -> String? {
        let make = string(record["Make"]), model = string(record["Model"])
        if let make, let model { return model.lowercased().hasPrefix(make.lowercased()) ? model : "\(make) \(model)" }
        return make ?? model
    }

    /// exiftool's "2024:03:15 09:30:45" plus an offset (given apart or already appended), as ISO 8601.
    static func iso(_ date: Any?, _ offset: Any?) -> String? {
        guard let date = string(date), date.count >= 19, !date.hasPrefix("0000") else { return nil }
        var characters = Array(date.prefix(19))
        characters[4] = "-"
        characters[7] = "-"
        characters[10] = "T"
        return String(characters) + date.dropFirst(19) + (string(offset) ?? "")
    }
}
