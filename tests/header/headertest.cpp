/* The same program as headertest.c, compiled as C++. */
#include "headertest.c"
