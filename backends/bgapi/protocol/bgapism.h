// SPDX-License-Identifier: MIT
#pragma once

// Class 5 (sm): security manager, pairing and bonding.

#include "bgapimessage.h"

namespace gattscope::bgapi {

struct SmEncryptStartResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SmEncryptStartResponse, Response, Sm, SmCommandId::EncryptStart,
                            "sm_encrypt_start")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};
// Success shows as connection_status with Encrypted set; failure as sm_bonding_fail.
struct SmEncryptStart
{
    GATTSCOPE_BGAPI_MESSAGE(SmEncryptStart, Command, Sm, SmCommandId::EncryptStart, "sm_encrypt_start")
    GATTSCOPE_BGAPI_FIELDS(connection, bonding)
    using Response = SmEncryptStartResponse;
    quint8 connection = 0;
    bool bonding = false; // true: create a bond, false: encrypt only
};

struct SmSetBondableModeResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SmSetBondableModeResponse, Response, Sm, SmCommandId::SetBondableMode,
                            "sm_set_bondable_mode")
    GATTSCOPE_BGAPI_NO_FIELDS
};
struct SmSetBondableMode
{
    GATTSCOPE_BGAPI_MESSAGE(SmSetBondableMode, Command, Sm, SmCommandId::SetBondableMode,
                            "sm_set_bondable_mode")
    GATTSCOPE_BGAPI_FIELDS(bondable)
    using Response = SmSetBondableModeResponse;
    bool bondable = false;
};

struct SmDeleteBondingResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SmDeleteBondingResponse, Response, Sm, SmCommandId::DeleteBonding,
                            "sm_delete_bonding")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
struct SmDeleteBonding
{
    GATTSCOPE_BGAPI_MESSAGE(SmDeleteBonding, Command, Sm, SmCommandId::DeleteBonding, "sm_delete_bonding")
    GATTSCOPE_BGAPI_FIELDS(bond)
    using Response = SmDeleteBondingResponse;
    quint8 bond = 0;
};

struct SmSetParametersResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SmSetParametersResponse, Response, Sm, SmCommandId::SetParameters,
                            "sm_set_parameters")
    GATTSCOPE_BGAPI_NO_FIELDS
};
struct SmSetParameters
{
    GATTSCOPE_BGAPI_MESSAGE(SmSetParameters, Command, Sm, SmCommandId::SetParameters, "sm_set_parameters")
    GATTSCOPE_BGAPI_FIELDS(mitm, minKeySize, ioCapabilities)
    using Response = SmSetParametersResponse;
    bool mitm = false;
    quint8 minKeySize = 7;
    SmIoCapabilities ioCapabilities = SmIoCapabilities::NoInputNoOutput;
};

struct SmPasskeyEntryResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SmPasskeyEntryResponse, Response, Sm, SmCommandId::PasskeyEntry,
                            "sm_passkey_entry")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
// The answer to sm_passkey_request.
struct SmPasskeyEntry
{
    GATTSCOPE_BGAPI_MESSAGE(SmPasskeyEntry, Command, Sm, SmCommandId::PasskeyEntry, "sm_passkey_entry")
    GATTSCOPE_BGAPI_FIELDS(connection, passkey)
    using Response = SmPasskeyEntryResponse;
    quint8 connection = 0;
    quint32 passkey = 0; // 0..999999
};

struct SmGetBondsResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SmGetBondsResponse, Response, Sm, SmCommandId::GetBonds, "sm_get_bonds")
    GATTSCOPE_BGAPI_FIELDS(bonds)
    quint8 bonds = 0; // number of sm_bond_status events that follow
};
struct SmGetBonds
{
    GATTSCOPE_BGAPI_MESSAGE(SmGetBonds, Command, Sm, SmCommandId::GetBonds, "sm_get_bonds")
    GATTSCOPE_BGAPI_NO_FIELDS
    using Response = SmGetBondsResponse;
};

struct SmSetOobDataResponse
{
    GATTSCOPE_BGAPI_MESSAGE(SmSetOobDataResponse, Response, Sm, SmCommandId::SetOobData, "sm_set_oob_data")
    GATTSCOPE_BGAPI_NO_FIELDS
};
struct SmSetOobData
{
    GATTSCOPE_BGAPI_MESSAGE(SmSetOobData, Command, Sm, SmCommandId::SetOobData, "sm_set_oob_data")
    GATTSCOPE_BGAPI_FIELDS(oob)
    using Response = SmSetOobDataResponse;
    QByteArray oob; // 16 bytes, or empty to clear
};

struct SmSmpDataEvent
{
    GATTSCOPE_BGAPI_MESSAGE(SmSmpDataEvent, Event, Sm, SmEventId::SmpData, "sm_smp_data")
    GATTSCOPE_BGAPI_FIELDS(connection, packet, data)
    quint8 connection = 0;
    quint8 packet = 0;
    QByteArray data;
};

// result: a 0x03xx SMP reason, or a 0x01xx/0x02xx error.
struct SmBondingFailEvent
{
    GATTSCOPE_BGAPI_MESSAGE(SmBondingFailEvent, Event, Sm, SmEventId::BondingFail, "sm_bonding_fail")
    GATTSCOPE_BGAPI_FIELDS(connection, result)
    quint8 connection = 0;
    quint16 result = 0;
};

struct SmPasskeyDisplayEvent
{
    GATTSCOPE_BGAPI_MESSAGE(SmPasskeyDisplayEvent, Event, Sm, SmEventId::PasskeyDisplay, "sm_passkey_display")
    GATTSCOPE_BGAPI_FIELDS(connection, passkey)
    quint8 connection = 0;
    quint32 passkey = 0;
};

struct SmPasskeyRequestEvent
{
    GATTSCOPE_BGAPI_MESSAGE(SmPasskeyRequestEvent, Event, Sm, SmEventId::PasskeyRequest, "sm_passkey_request")
    GATTSCOPE_BGAPI_FIELDS(connection)
    quint8 connection = 0;
};

// One per stored bond after sm_get_bonds, and when a new bond is stored.
struct SmBondStatusEvent
{
    GATTSCOPE_BGAPI_MESSAGE(SmBondStatusEvent, Event, Sm, SmEventId::BondStatus, "sm_bond_status")
    GATTSCOPE_BGAPI_FIELDS(bond, keySize, mitm, keys)
    quint8 bond = 0;
    quint8 keySize = 0;
    bool mitm = false;
    SmBondKeys keys;
};

} // namespace gattscope::bgapi
