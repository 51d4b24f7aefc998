import BuktiCore

/// What one EXIF block says, plus the problems met reading it; `apply` folds it into `FileFacts`.
struct EXIFMetadata: Sendable {
    var values: [EXIFTag: EXIFValue] = [:]
    var problems: [Problem] = []
    var bigEndian = false

    func text(_ tag: EXIFTag) -> String? { values[tag]?.text }

    /// "Make Model", without repeating the make when the model already starts with it ("Canon Canon EOS").
    var camera: String? { Self.camera(make: text(.make), model: text(.model)) }

    /// "Make Model" from trimmed parts, either of which may be missing.
    static func camera(make: String?, model: String?) -> String? {
        switch (make, model) {
        case let (make?, model?):
            model.lowercased().hasPrefix(make.lowercased()) ? model : "\(make) \(model)"
        case let (make?, nil): make
        case let (nil, model?): model
        case (nil, nil): nil
        }
    }

    /// True when the camera wrote its make or model: a photo, not a rendered or captured screen.
    var hasCamera: Bool { text(.make) != nil || text(.model) != nil }

    /// When the picture was taken: DateTimeOriginal, else CreateDate, else ModifyDate, each with its offset.
    var taken: String? {
        EXIFDate.iso8601(text(.dateTimeOriginal), offset: text(.offsetTimeOriginal))
            ?? EXIFDate.iso8601(text(.createDate), offset: text(.offsetTimeDigitized))
            ?? EXIFDate.iso8601(text(.modifyDate), offset: text(.offsetTime))
    }

    /// When the picture was digitised (CreateDate / DateTimeDigitized) with its offset.
    var created: String? { EXIFDate.iso8601(text(.createDate), offset: text(.offsetTimeDigitized)) }

    /// When the file was last changed (ModifyDate / DateTime) with its offset.
    var modified: String? { EXIFDate.iso8601(text(.modifyDate), offset: text(.offsetTime)) }

    /// The orientation (1-8), when valid.
    var orientation: Int? {
        guard let value = values[.orientation]?.integer, (1...8).contains(value) else { return nil }
        return Int(value)
    }

    /// Signed decimal degrees (south and west negative); altitude negative below sea level.
    var gps: GPSPosition? {
        guard let lat = Self.degrees(values[.gpsLatitude]?.rationals),
            let lon = Self.degrees(values[.gpsLongitude]?.rationals),
            abs(lat) <= 90, abs(lon) <= 180
        else { return nil }
        let south = text(.gpsLatitudeRef)?.uppercased().hasPrefix("S") == true
        let west = text(.gpsLongitudeRef)?.uppercased().hasPrefix("W") == true
        var altitude = values[.gpsAltitude]?.rationals?.first.flatMap { $0.isFinite ? $0 : nil }
        if values[.gpsAltitudeRef]?.integer == 1, let metres = altitude { altitude = -metres }
        return GPSPosition(lat: south ? -lat : lat, lon: west ? -lon : lon, alt: altitude)
    }

    /// Degrees, minutes, seconds (any trailing parts may be missing) as decimal degrees.
    static func degrees(_ parts: [Double]?) -> Double? {
        guard let parts, !parts.isEmpty, parts.allSatisfy(\.isFinite) else { return nil }
        let scales = [1.0, 60.0, 3600.0]
        return zip(parts, scales).reduce(0) { $0 + $1.0 / $1.1 }
    }

    /// Width and height from IFD0 (TIFF files; JPEG and others take them from their own headers).
    var dimensions: (width: Int, height: Int)? {
        guard let width = values[.imageWidth]?.integer, let height = values[.imageLength]?.integer,
            width > 0, height > 0
        else { return nil }
        return (Int(width), Int(height))
    }

    /// Where the last strip or tile of IFD0's image data ends (TIFF files), when the tags say.
    var imageDataEnd: UInt64? {
        let pairs = [(EXIFTag.stripOffsets, EXIFTag.stripByteCounts), (.tileOffsets, .tileByteCounts)]
        let ends = pairs.flatMap { offsets, counts in
            zip(values[offsets]?.integers ?? [], values[counts]?.integers ?? []).map { $0 &+ $1 }
        }
        return ends.max()
    }

    /// Copies what this EXIF says into `facts`, leaving fields the container already set.
    func apply(to facts: inout FileFacts) {
        facts.problems += problems
        facts.camera = facts.camera ?? camera
        facts.taken = facts.taken ?? taken
        facts.created = facts.created ?? created
        facts.modified = facts.modified ?? modified
        facts.gps = facts.gps ?? gps
        facts.orientation = facts.orientation ?? orientation
        facts.software = facts.software ?? text(.software)
    }
}
