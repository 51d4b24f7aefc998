import Foundation

/// The fields bukti takes from the small header boxes of an MP4/MOV (ISO/IEC 14496-12 8.2.2, 8.3.2,
/// 8.4.2, 8.4.3); each parser returns nil when the box is too short for its version.
enum MovieHeaders {
    /// Seconds from 1904-01-01 (the QuickTime and ISO BMFF epoch) to 1970-01-01.
    static let epochOffset: Int64 = 2_082_844_800

    /// mvhd / mdhd: times since 1904, timescale (units per second) and duration in those units.
    struct Timing: Equatable {
        var created: UInt64
        var modified: UInt64
        var timescale: UInt32
        var duration: UInt64

        /// Seconds, when the timescale is set and the duration is known (all ones means unknown).
        var seconds: Double? {
            guard timescale > 0, duration > 0, duration != UInt64.max, duration != UInt64(UInt32.max) else { return nil }
            return Double(duration) / Double(timescale)
        }
    }

    /// mvhd and mdhd share their first fields; version 1 widens the times and duration to 64 bits.
    static func timing(_ box: MediaBytes) -> Timing? {
        guard let version = box.u8(0) else { return nil }
        if version == 1 {
            guard let created = box.u64(4), let modified = box.u64(12), let scale = box.u32(20),
                let duration = box.u64(24) else { return nil }
            return Timing(created: created, modified: modified, timescale: scale, duration: duration)
        }
        guard let created = box.u32(4), let modified = box.u32(8), let scale = box.u32(12),
            let duration = box.u32(16) else { return nil }
        return Timing(created: UInt64(created), modified: UInt64(modified), timescale: scale, duration: UInt64(duration))
    }

    /// tkhd: the track's presentation width and height (16.16 fixed point), rounded to pixels.
    static func trackSize(_ box: MediaBytes) -> (width: Int, height: Int)? {
        guard let version = box.u8(0) else { return nil }
        // version/flags, times, track id, reserved, duration, then 52 bytes of layer/volume/matrix.
        let at = version == 1 ? 4 + 32 + 52 : 4 + 20 + 52
        guard let width = box.u32(at), let height = box.u32(at + 4) else { return nil }
        return (Int((Double(width) / 65536).rounded()), Int((Double(height) / 65536).rounded()))
    }

    /// EXIF orientation for the clockwise display rotation of a track matrix (0, 90, 180, 270 degrees).
    static let orientationForRotation: [Int: Int] = [0: 1, 90: 6, 180: 3, 270: 8]

    /// tkhd: the display rotation as an EXIF orientation, when the matrix is a plain quarter turn.
    static func orientation(_ box: MediaBytes) -> Int? {
        guard let version = box.u8(0) else { return nil }
        // The matrix {a b u, c d v, x y w} follows the times, ids, duration, layer, group and volume.
        let matrix = version == 1 ? 4 + 32 + 16 : 4 + 20 + 16
        guard let a = box.i32(matrix), let b = box.i32(matrix + 4) else { return nil }
        let unit: Int32 = 0x1_0000
        let turns: [(Int32, Int32, Int)] = [(unit, 0, 0), (0, unit, 90), (-unit, 0, 180), (0, -unit, 270)]
        return turns.first { $0.0 == a && $0.1 == b }.flatMap { orientationForRotation[$0.2] }
    }

    /// hdlr: the handler type ("vide", "soun", "pict", ...).
    static func handler(_ box: MediaBytes) -> String? { box.fourCC(8) }

    /// A 1904-epoch time as ISO 8601 in UTC, or nil for 0 (unknown) and absurd values.
    static func iso8601(since1904 seconds: UInt64) -> String? {
        guard seconds > 0, seconds < UInt64(Int64.max / 2) else { return nil }
        let unix = Int64(seconds) - epochOffset
        // Years 1904..9999 only: beyond that the value is garbage, not a date.
        guard unix > -epochOffset, unix < 253_402_300_800 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(unix)).formatted(.iso8601)
    }
}
