#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point in monotonic time after which a reader stops and records `limit-exceeded`.
public struct Deadline: Sendable, Equatable {
    /// Monotonic nanoseconds; `UInt64.max` means never.
    public let nanoseconds: UInt64

    public static let none = Deadline(nanoseconds: .max)

    public init(nanoseconds: UInt64) { self.nanoseconds = nanoseconds }

    /// A deadline `seconds` from now.
    public static func after(seconds: Double) -> Deadline {
        Deadline(nanoseconds: now() &+ UInt64(max(0, seconds) * 1_000_000_000))
    }

    /// True once the deadline has passed.
    public var hasPassed: Bool { nanoseconds != .max && Self.now() >= nanoseconds }

    /// Throws `limit-exceeded` once the deadline has passed; call it in loops over untrusted structure.
    public func check() throws(ExtractionFailure) {
        if hasPassed { throw ExtractionFailure(.limitExceeded, "time budget for this file ran out") }
    }

    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
