/* Wine 8 (Debian 12's) has no bcryptprimitives.dll, from which Rust's standard
 * library takes ProcessPrng, so no Rust program starts under it. CI builds
 * this stand-in beside plan.exe, for Wine only: it fills the buffer from
 * RtlGenRandom (SystemFunction036), as Windows' own does from its generator. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG n = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, n)) {
            return FALSE;
        }
        data += n;
        length -= n;
    }
    return TRUE;
}
