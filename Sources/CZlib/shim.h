#include <zlib.h>
/* inflateInit2 is a function-like macro, which Swift does not import. */
static inline int bukti_inflate_init2(z_stream *s, int windowBits) {
    return inflateInit2_(s, windowBits, ZLIB_VERSION, (int)sizeof(z_stream));
}
