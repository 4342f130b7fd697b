/* NS_CLONES(...): build a hot function once more for each named x86-64
 * extension and let the C library pick the build by CPU when the program
 * loads (GNU ifunc). Only where that exists (x86-64, glibc, a compiler with
 * target_clones); elsewhere, and for every other CPU, the baseline build
 * runs. Only for code whose results cannot depend on the instructions:
 * integer arithmetic, never floating point. */
#ifndef NS_UTIL_CPU_H
#define NS_UTIL_CPU_H

#include <stdint.h> /* defines __GLIBC__ where it applies */

#if defined(__x86_64__) && defined(__GLIBC__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define NS_CLONES(...) __attribute__((target_clones(__VA_ARGS__, "default")))
#endif
#endif
#ifndef NS_CLONES
#define NS_CLONES(...)
#endif

#endif
