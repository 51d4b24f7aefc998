#if canImport(Glibc)
import Glibc
#endif

// A closed pipe (`bukti inspect . | head`) must end the run quietly: ignore SIGPIPE so writes fail
// with EPIPE instead, which the output layer treats as "the reader has all it wants".
signal(SIGPIPE, SIG_IGN)

// Raw argv, not CommandLine.arguments: paths that are not valid UTF-8 must reach the walker unchanged.
let arguments = (1..<Int(CommandLine.argc)).map { index -> [UInt8] in
    guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
    return Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                                     count: strlen(pointer)))
}
exit(Bukti.main(arguments, console: Console()))
