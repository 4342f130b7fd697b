/* The artifacts compiled into the library by data/embedded.S (.incbin):
 * the default tagger model (tools/train) and the gazetteer
 * (tools/build_gazetteer.py). Hidden symbols, 64-byte aligned, read-only. */
#ifndef NS_DATA_EMBEDDED_H
#define NS_DATA_EMBEDDED_H

extern const unsigned char ns_embedded_model[];
extern const unsigned char ns_embedded_model_end[];
extern const unsigned char ns_embedded_gazetteer[];
extern const unsigned char ns_embedded_gazetteer_end[];

#endif
