// Shared declarations of the query driver, found through the project's AdditionalIncludeDirectories (inc).
#pragma once

#define QRY_TAG            'yrQK'
#define IOCTL_QRY_GET_INFO CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _QRY_BLOCK {
    ULONG Code;
    ULONG BytesReturned;
    UCHAR Scratch[256];
} QRY_BLOCK, *PQRY_BLOCK;

NTSTATUS QryFill(_Inout_ PQRY_BLOCK Block, _Out_ PVOID Output, _In_ ULONG OutputLength);
