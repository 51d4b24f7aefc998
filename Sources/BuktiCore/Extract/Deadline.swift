#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point in monotonic time after which a reader stops and records `limit-exceeded`; it also passes
/// at once when the run is interrupted, so the file in progress stops at its next check.
public struct Deadline: Sendable, Equatable {
    /// Monotonic nanoseconds; `UInt64.max` means never.
    public let nanoseconds: UInt64
    /// The run's stop request, when it can be interrupted.
    public let interruption: Interruption?

    public static let none = Deadline(nanoseconds: .max)

    public init(nanoseconds: UInt64, interruption: Interruption? = nil) {
        self.nanoseconds = nanoseconds
        self.interruption = interruption
    }

    /// A deadline `seconds` from now (or sooner, when `interruption` is requested).
    public static func after(seconds: Double, interruption: Interruption? = nil) -> Deadline {
        Deadline(nanoseconds: now() &+ UInt64(max(0, seconds) * 1_000_000_000), interruption: interruption)
    }

    /// True once the deadline has passed or the run was interrupted.
    public var hasPassed: Bool {
        if interruption?.isRequested == true { return true }
        return nanoseconds != .max && Self.now() >= nanoseconds
    }

    /// Throws `limit-exceeded` once the deadline has passed; call it in loops over untrusted structure.
    public func check() throws(ExtractionFailure) {
        if interruption?.isRequested == true { throw ExtractionFailure(.limitExceeded, "the run was interrupted") }
        if hasPassed { throw ExtractionFailure(.limitExceeded, "time budget for this file ran out") }
    }

    public static func == (lhs: Deadline, rhs: Deadline) -> Bool {
        lhs.nanoseconds == rhs.nanoseconds && lhs.interruption === rhs.interruption
    }

    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
