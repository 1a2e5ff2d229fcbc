/*
 * lookaside-lint MSVC prelude: read as a macro file before every source, with or without WDK headers.
 * The GNU parsers do not know these MSVC keywords; __try and friends become ordinary statements that
 * the translator recognises by the marker names (see SehStatement).
 */

/* ---- MSVC keywords that the GNU parsers do not know ---- */
#define __cdecl
#define _cdecl
#define __fastcall
#define _fastcall
#define __vectorcall
#define __thiscall
#define __clrcall
#define __forceinline inline
#define _inline inline
#define __int64 long long
#define __int32 int
#define __int16 short
#define __int8 char
#define __unaligned
#define __ptr64
#define __ptr32
#define __w64
#define __sptr
#define __uptr
#define __restrict
#define __pragma(x)
#define __noop(...) 0
#define __alignof(x) 8
#define __declspec(...)
#define __based(x)
#define __identifier(x) x
#define __nullptr 0
#define __super this
#define __assume(x)
#define __annotation(...) ((void)0)

/* ---- MSVC predefined macros that GCC spells as variables: MSVC's are string literals, and code
 * concatenates them with other literals ("Entering " __FUNCTION__ "\n") ---- */
#define __FUNCTION__ "__FUNCTION__"
#define __FUNCDNAME__ "__FUNCDNAME__"
#define __FUNCSIG__ "__FUNCSIG__"

/* ---- structured exception handling, as ordinary statements (see SehStatement) ---- */
#define __try if (__lal_seh_try)
#define __except(x) else if (__lal_seh_except(x))
#define __finally else if (__lal_seh_finally)
#define __leave goto __lal_seh_leave
