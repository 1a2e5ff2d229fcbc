// vcxproj defines select code: Release|x64 defines USE_LOOKASIDE_CACHE, whose branch reads the query block after freeing it to the list (LAL004); the pool branch is clean.
#include <ntddk.h>
#include "qcache.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD QryUnload;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL)
DRIVER_DISPATCH QryDeviceControl;

#if USE_LOOKASIDE_CACHE
NPAGED_LOOKASIDE_LIST g_QryBlockList;
#endif
PDEVICE_OBJECT g_QryDevice;

_Use_decl_annotations_
NTSTATUS
QryDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION irpSp = IoGetCurrentIrpStackLocation(Irp);
    PQRY_BLOCK query;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);

    Irp->IoStatus.Information = 0;
    if (irpSp->Parameters.DeviceIoControl.IoControlCode != IOCTL_QRY_GET_INFO) {
        status = STATUS_INVALID_DEVICE_REQUEST;
        goto Complete;
    }

#if USE_LOOKASIDE_CACHE
    query = (PQRY_BLOCK)ExAllocateFromNPagedLookasideList(&g_QryBlockList);
#else
    query = (PQRY_BLOCK)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(QRY_BLOCK), QRY_TAG);
#endif
    if (query == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Complete;
    }

    query->Code = irpSp->Parameters.DeviceIoControl.IoControlCode;
    query->BytesReturned = 0;
    status = QryFill(query, Irp->AssociatedIrp.SystemBuffer,
                     irpSp->Parameters.DeviceIoControl.OutputBufferLength);
#if USE_LOOKASIDE_CACHE
    ExFreeToNPagedLookasideList(&g_QryBlockList, query);
    Irp->IoStatus.Information = query->BytesReturned; // expect: LAL004
#else
    Irp->IoStatus.Information = query->BytesReturned;
    ExFreePoolWithTag(query, QRY_TAG);
#endif

Complete:
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

_Use_decl_annotations_
VOID
QryUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);

    IoDeleteDevice(g_QryDevice);
#if USE_LOOKASIDE_CACHE
    ExDeleteNPagedLookasideList(&g_QryBlockList);
#endif
}

_Use_decl_annotations_
NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    UNICODE_STRING deviceName = RTL_CONSTANT_STRING(L"\\Device\\KQuery");

    UNREFERENCED_PARAMETER(RegistryPath);

    status = IoCreateDevice(DriverObject, 0, &deviceName, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &g_QryDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }

#if USE_LOOKASIDE_CACHE
    ExInitializeNPagedLookasideList(&g_QryBlockList, NULL, NULL, POOL_NX_ALLOCATION,
                                    sizeof(QRY_BLOCK), QRY_TAG, 0);
#endif

    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = QryDeviceControl;
    DriverObject->DriverUnload = QryUnload;
    return STATUS_SUCCESS;
}
