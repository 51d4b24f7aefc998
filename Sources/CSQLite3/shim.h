/* SQLite for the facts cache. SQLITE_TRANSIENT is a cast macro Swift cannot import; the wrapper in
   BuktiFormats/Cache rebuilds it with unsafeBitCast. */
#include <sqlite3.h>
