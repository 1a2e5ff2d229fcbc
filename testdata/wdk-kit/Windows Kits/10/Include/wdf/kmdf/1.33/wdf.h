/* lookaside-lint test kit: the KMDF context machinery as wdfobject.h spells it: the context accessor
   is an inline function that WDF_DECLARE_CONTEXT_TYPE_WITH_NAME writes into the driver's own file,
   and WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE is a macro over field assignments. */
#pragma once
#define LOOKASIDE_LINT_TEST_KMDF 133
typedef struct WDFOBJECT__ *WDFOBJECT;
typedef struct WDFDRIVER__ *WDFDRIVER;
typedef struct WDFDEVICE__ *WDFDEVICE;
typedef struct WDFDEVICE_INIT *PWDFDEVICE_INIT;

typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO {
    ULONG Size;
    const CHAR *ContextName;
    SIZE_T ContextSize;
    const struct _WDF_OBJECT_CONTEXT_TYPE_INFO *UniqueType;
} WDF_OBJECT_CONTEXT_TYPE_INFO, *PWDF_OBJECT_CONTEXT_TYPE_INFO;

typedef VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(_In_ WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;
typedef NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit);

typedef struct _WDF_OBJECT_ATTRIBUTES {
    ULONG Size;
    PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
    const WDF_OBJECT_CONTEXT_TYPE_INFO *ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

PVOID WdfObjectGetTypedContextWorker(_In_ WDFOBJECT Handle, _In_ const WDF_OBJECT_CONTEXT_TYPE_INFO *TypeInfo);
VOID WDF_OBJECT_ATTRIBUTES_INIT(_Out_ PWDF_OBJECT_ATTRIBUTES Attributes);

#define WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) _WDF_ ## _contexttype ## _TYPE_INFO
#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype) (&WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype))

#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)  \
extern const WDF_OBJECT_CONTEXT_TYPE_INFO WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype); \
FORCEINLINE _contexttype * _castingfunction(_In_ WDFOBJECT Handle)           \
{                                                                           \
    return (_contexttype *) WdfObjectGetTypedContextWorker(                 \
        Handle, WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype).UniqueType);       \
}

#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype) \
    (_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType

#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype) \
    WDF_OBJECT_ATTRIBUTES_INIT(_attributes);                               \
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)

NTSTATUS WdfDeviceCreate(_Inout_ PWDFDEVICE_INIT *DeviceInit, _In_opt_ PWDF_OBJECT_ATTRIBUTES DeviceAttributes,
    _Out_ WDFDEVICE *Device);
