#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import BuktiCore

/// SIGINT and SIGTERM for a long run: the first asks the run to stop (between files, and the file in
/// progress at its next deadline check), so the cache is committed and closed consistently; a second
/// signal ends the process at once (SQLite's journal keeps the cache file consistent even then).
final class SignalWatch {
    let interruption = Interruption()
    private var sources: [any DispatchSourceSignal] = []

    init() {
        for number in [SIGINT, SIGTERM] {
            // The default action would kill the process before the dispatch source sees the signal.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            let interruption = interruption
            source.setEventHandler { [source] in  // the cycle ends when `deinit` cancels the source
                // Signals arriving together are coalesced into one event; `data` says how many came.
                if interruption.isRequested || source.data > 1 { _exit(128 + number) }
                interruption.request()
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
