#if canImport(Glibc)
import Glibc
#endif

/// The target chosen for this process (BUKTI_FUZZ_TARGET), read once.
let selectedTarget: FuzzTarget? = getenv("BUKTI_FUZZ_TARGET").flatMap { FuzzTarget(rawValue: String(cString: $0)) }

/// Writes one line to standard error (the C `stderr` global is not concurrency-safe in Swift 6).
func printError(_ line: String) {
    let text = line + "\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
}

#if FUZZING
/// libFuzzer's driver (in libclang_rt.fuzzer, linked by -sanitize=fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The process entry point. SwiftPM links every executable with `main` defined as
/// `<module>_main`, so libFuzzer's own main() never takes part: start its driver from here instead.
@_cdecl("bukti_fuzz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return LLVMFuzzerRunDriver(&count, &vector, fuzzOneInput)
}

/// libFuzzer's entry point: one input through the target named by BUKTI_FUZZ_TARGET.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let target = selectedTarget else {
        printError("bukti-fuzz: set BUKTI_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: " "))")
        exit(2)
    }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    target.run(bytes)
    return 0
}
#else
/// Without libFuzzer: `bukti-fuzz TARGET FILE...` runs the target once on each file (to replay a
/// crash with a normal debugger, or to check the harness builds); `bukti-fuzz list` names targets.
@main
struct Replay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let first = arguments.first else {
            printError("usage: bukti-fuzz TARGET FILE... | bukti-fuzz list")
            exit(2)
        }
        if first == "list" {
            for target in FuzzTarget.allCases { print(target.rawValue) }
            return
        }
        guard let target = FuzzTarget(rawValue: first) else {
            printError("bukti-fuzz: unknown target \(first)")
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let file = fopen(path, "rb") else { printError("cannot open \(path)"); exit(1) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = fread(&buffer, 1, buffer.count, file)
                if count <= 0 { break }
                bytes.append(contentsOf: buffer[0..<count])
            }
            fclose(file)
            print("\(path) (\(bytes.count) bytes)")
            for facts in target.run(bytes) {
                let problems = facts.problems.map { "\($0.code.rawValue): \($0.message)" }
                print("  kind \(facts.kind.rawValue), title \(facts.title ?? "-"), text \(facts.text?.count ?? 0) characters")
                for problem in problems { print("  problem \(problem)") }
            }
        }
    }
}
#endif
