// WDK spelling, LAL001 bad: a device context holds a lookaside list, but the device is created with no cleanup callback and nothing deletes the list; with the WDK's wdf.h the context accessor is an inline function the macro writes into this file, and it must still read as the context accessor.
#include <ntddk.h>
#include <wdf.h>

#define MSG_TAG 'gsMd'

typedef struct _DEVICE_CONTEXT {
    ULONG                 Messages;
    NPAGED_LOOKASIDE_LIST MessageList;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, DevGetContext)

EVT_WDF_DRIVER_DEVICE_ADD DevEvtDeviceAdd;

_Use_decl_annotations_
NTSTATUS
DevEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    NTSTATUS status;
    WDFDEVICE device;
    PDEVICE_CONTEXT ctx;
    WDF_OBJECT_ATTRIBUTES attributes;

    UNREFERENCED_PARAMETER(Driver);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device); // expect-related: LAL001
    if (!NT_SUCCESS(status)) {
        return status;
    }

    ctx = DevGetContext(device);
    ctx->Messages = 0;
    ExInitializeNPagedLookasideList(&ctx->MessageList, NULL, NULL, NonPagedPoolNx, // expect: LAL001
                                    sizeof(ULONG64), MSG_TAG, 0);
    return STATUS_SUCCESS;
}
