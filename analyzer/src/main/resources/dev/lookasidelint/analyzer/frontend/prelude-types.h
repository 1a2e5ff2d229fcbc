/* The fixed-size basic types of the WDK, as the x64 headers define them, so that the sizes of driver
   structs built from them can be computed when the WDK headers are not given. Only types whose size
   depends on nothing else; read only with the WDK prelude (never with real WDK headers). */
typedef unsigned char UCHAR, *PUCHAR, BOOLEAN, *PBOOLEAN, BYTE, *PBYTE, KIRQL, *PKIRQL;
typedef char CHAR, *PCHAR;
typedef unsigned short USHORT, *PUSHORT, WORD;
typedef short SHORT, *PSHORT, CSHORT;
typedef unsigned long ULONG, *PULONG, DWORD, *PDWORD;
typedef long LONG, *PLONG, NTSTATUS, *PNTSTATUS;
typedef long long LONGLONG, *PLONGLONG, LONG64, INT64;
typedef unsigned long long ULONGLONG, *PULONGLONG, ULONG64, *PULONG64, UINT64, DWORD64;
typedef long long LONG_PTR, *PLONG_PTR;
typedef unsigned long long ULONG_PTR, *PULONG_PTR, SIZE_T, *PSIZE_T;
typedef void *PVOID, *HANDLE;
typedef struct _LIST_ENTRY { struct _LIST_ENTRY *Flink; struct _LIST_ENTRY *Blink; } LIST_ENTRY, *PLIST_ENTRY;
typedef struct _SINGLE_LIST_ENTRY { struct _SINGLE_LIST_ENTRY *Next; } SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;
#ifdef __cplusplus
typedef wchar_t WCHAR, *PWCHAR, *PWSTR;
#else
typedef unsigned short WCHAR, *PWCHAR, *PWSTR;
#endif
typedef struct _UNICODE_STRING { USHORT Length; USHORT MaximumLength; PWSTR Buffer; } UNICODE_STRING, *PUNICODE_STRING;
typedef union _LARGE_INTEGER {
    struct { ULONG LowPart; LONG HighPart; };
    struct { ULONG LowPart; LONG HighPart; } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;
/* Pointers to kernel objects: 8 bytes whatever the object's layout, which stays unknown. */
typedef struct _IRP *PIRP;
typedef struct _DEVICE_OBJECT *PDEVICE_OBJECT;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef struct _FILE_OBJECT *PFILE_OBJECT;
typedef struct _MDL *PMDL;
