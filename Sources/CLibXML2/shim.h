/* Debian's libxml2 is built with ICU; its headers pull in system ICU, which clashes with
   Foundation's bundled ICU in debug builds ("'UErrorCode' has different definitions").
   Hiding ICU only drops trailing fields of xmlCharEncodingHandler, which we never allocate. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlwriter.h>
/* xmlFree is a global function-pointer variable, which Swift 6 rejects as not concurrency-safe. */
static inline void bukti_xml_free(void *p) { xmlFree(p); }
