/* Embeds the default model and the gazetteer (see data/embedded.h). The
 * assembler finds the files through the -I that libnewsent/CMakeLists.txt
 * passes; regenerate them with tools/train-model and
 * tools/build_gazetteer.py. */
#if defined(__ELF__)
#define NS_HIDDEN(sym) .hidden sym
#define NS_TYPE(sym) .type sym, %object
#else
#define NS_HIDDEN(sym) .private_extern sym
#define NS_TYPE(sym)
#endif

    .section .rodata.newsent_data, "a"
    .balign 64
    .globl ns_embedded_model
    NS_HIDDEN(ns_embedded_model)
    NS_TYPE(ns_embedded_model)
ns_embedded_model:
    .incbin "model.bin"
    .globl ns_embedded_model_end
    NS_HIDDEN(ns_embedded_model_end)
ns_embedded_model_end:
    .byte 0

    .balign 64
    .globl ns_embedded_gazetteer
    NS_HIDDEN(ns_embedded_gazetteer)
    NS_TYPE(ns_embedded_gazetteer)
ns_embedded_gazetteer:
    .incbin "gazetteer.bin"
    .globl ns_embedded_gazetteer_end
    NS_HIDDEN(ns_embedded_gazetteer_end)
ns_embedded_gazetteer_end:
    .byte 0

#if defined(__ELF__)
    .section .note.GNU-stack, "", %progbits
#endif
