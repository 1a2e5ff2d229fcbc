/* lookaside-lint test kit: the base types and macros of ntdef.h, spelled as the real header spells
   them (NT_SUCCESS with its cast, NULL as a void pointer), cut to what the kit's tests use. */
#pragma once
#include <sal.h>
#define VOID void
typedef void *PVOID;
typedef char CHAR;
typedef unsigned char UCHAR, BOOLEAN;
typedef unsigned short USHORT, WCHAR;
typedef long LONG;
typedef unsigned long ULONG, *PULONG;
typedef unsigned long long ULONG64, ULONG_PTR, SIZE_T;
typedef LONG NTSTATUS;
#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)
#ifndef NULL
#ifdef __cplusplus
#define NULL 0
#else
#define NULL ((void *)0)
#endif
#endif
#define FALSE 0
#define TRUE 1
#define FORCEINLINE __forceinline
#define UNREFERENCED_PARAMETER(P) (P)
typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY;
typedef struct _UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    WCHAR *Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
