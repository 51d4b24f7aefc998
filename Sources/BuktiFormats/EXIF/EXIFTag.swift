/// The EXIF/TIFF tags bukti reads, by the IFD they live in; every other tag is skipped unread.
enum EXIFTag: Hashable, Sendable {
    case imageWidth, imageLength, make, model, orientation, software, modifyDate
    case exifIFD, gpsIFD
    case stripOffsets, stripByteCounts, tileOffsets, tileByteCounts
    case dateTimeOriginal, createDate, offsetTime, offsetTimeOriginal, offsetTimeDigitized, userComment
    case gpsLatitudeRef, gpsLatitude, gpsLongitudeRef, gpsLongitude, gpsAltitudeRef, gpsAltitude

    /// Which directory a tag number is looked up in (GPS tags reuse small numbers).
    enum Directory: String, Sendable {
        case ifd0 = "IFD0", exif = "ExifIFD", gps = "GPS IFD"
    }

    /// Tag numbers per directory, as the TIFF 6.0 and EXIF 2.32 specifications assign them.
    static let table: [Directory: [UInt16: EXIFTag]] = [
        .ifd0: [
            0x0100: .imageWidth, 0x0101: .imageLength, 0x010F: .make, 0x0110: .model,
            0x0112: .orientation, 0x0131: .software, 0x0132: .modifyDate,
            0x8769: .exifIFD, 0x8825: .gpsIFD,
            0x0111: .stripOffsets, 0x0117: .stripByteCounts, 0x0144: .tileOffsets, 0x0145: .tileByteCounts,
        ],
        .exif: [
            0x9003: .dateTimeOriginal, 0x9004: .createDate, 0x9010: .offsetTime,
            0x9011: .offsetTimeOriginal, 0x9012: .offsetTimeDigitized, 0x9286: .userComment,
        ],
        .gps: [
            0x0001: .gpsLatitudeRef, 0x0002: .gpsLatitude, 0x0003: .gpsLongitudeRef,
            0x0004: .gpsLongitude, 0x0005: .gpsAltitudeRef, 0x0006: .gpsAltitude,
        ],
    ]

    /// The name exiftool gives the tag, used in problem messages.
    var name: String {
        switch self {
        case .imageWidth: "ImageWidth"
        case .imageLength: "ImageLength"
        case .make: "Make"
        case .model: "Model"
        case .orientation: "Orientation"
        case .software: "Software"
        case .modifyDate: "ModifyDate"
        case .exifIFD: "ExifOffset"
        case .gpsIFD: "GPSInfo"
        case .stripOffsets: "StripOffsets"
        case .stripByteCounts: "StripByteCounts"
        case .tileOffsets: "TileOffsets"
        case .tileByteCounts: "TileByteCounts"
        case .dateTimeOriginal: "DateTimeOriginal"
        case .createDate: "CreateDate"
        case .offsetTime: "OffsetTime"
        case .offsetTimeOriginal: "OffsetTimeOriginal"
        case .offsetTimeDigitized: "OffsetTimeDigitized"
        case .userComment: "UserComment"
        case .gpsLatitudeRef: "GPSLatitudeRef"
        case .gpsLatitude: "GPSLatitude"
        case .gpsLongitudeRef: "GPSLongitudeRef"
        case .gpsLongitude: "GPSLongitude"
        case .gpsAltitudeRef: "GPSAltitudeRef"
        case .gpsAltitude: "GPSAltitude"
        }
    }
}

/// TIFF field types: the size in bytes of one value of each (TIFF 6.0 section 2, plus IFD = 13).
enum TIFFFieldType {
    static let sizes: [UInt16: Int] = [
        1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4,
    ]
    static let ascii: UInt16 = 2
    static let rational: UInt16 = 5
    static let signedRational: UInt16 = 10
    static let signed: Set<UInt16> = [6, 8, 9]
}
