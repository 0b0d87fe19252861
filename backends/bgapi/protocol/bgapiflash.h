// SPDX-License-Identifier: MIT
#pragma once

// Class 1 (flash): the persistent store (PS keys). A central rarely needs it; typed so the
// emulator and logs can handle it like everything else.

#include "bgapimessage.h"

namespace gattscope::bgapi {

struct FlashPsDumpResponse
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsDumpResponse, Response, Flash, FlashCommandId::PsDump, "flash_ps_dump")
    GATTSCOPE_BGAPI_NO_FIELDS
};
// Answered by one flash_ps_key event per stored key.
struct FlashPsDump
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsDump, Command, Flash, FlashCommandId::PsDump, "flash_ps_dump")
    GATTSCOPE_BGAPI_NO_FIELDS
    using Response = FlashPsDumpResponse;
};

struct FlashPsEraseAllResponse
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsEraseAllResponse, Response, Flash, FlashCommandId::PsEraseAll,
                            "flash_ps_erase_all")
    GATTSCOPE_BGAPI_NO_FIELDS
};
struct FlashPsEraseAll
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsEraseAll, Command, Flash, FlashCommandId::PsEraseAll, "flash_ps_erase_all")
    GATTSCOPE_BGAPI_NO_FIELDS
    using Response = FlashPsEraseAllResponse;
};

struct FlashPsSaveResponse
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsSaveResponse, Response, Flash, FlashCommandId::PsSave, "flash_ps_save")
    GATTSCOPE_BGAPI_FIELDS(result)
    quint16 result = 0;
};
struct FlashPsSave
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsSave, Command, Flash, FlashCommandId::PsSave, "flash_ps_save")
    GATTSCOPE_BGAPI_FIELDS(key, value)
    using Response = FlashPsSaveResponse;
    quint16 key = 0;
    QByteArray value;
};

struct FlashPsLoadResponse
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsLoadResponse, Response, Flash, FlashCommandId::PsLoad, "flash_ps_load")
    GATTSCOPE_BGAPI_FIELDS(result, value)
    quint16 result = 0;
    QByteArray value;
};
struct FlashPsLoad
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsLoad, Command, Flash, FlashCommandId::PsLoad, "flash_ps_load")
    GATTSCOPE_BGAPI_FIELDS(key)
    using Response = FlashPsLoadResponse;
    quint16 key = 0;
};

struct FlashPsEraseResponse
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsEraseResponse, Response, Flash, FlashCommandId::PsErase, "flash_ps_erase")
    GATTSCOPE_BGAPI_NO_FIELDS
};
struct FlashPsErase
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsErase, Command, Flash, FlashCommandId::PsErase, "flash_ps_erase")
    GATTSCOPE_BGAPI_FIELDS(key)
    using Response = FlashPsEraseResponse;
    quint16 key = 0;
};

struct FlashPsKeyEvent
{
    GATTSCOPE_BGAPI_MESSAGE(FlashPsKeyEvent, Event, Flash, FlashEventId::PsKey, "flash_ps_key")
    GATTSCOPE_BGAPI_FIELDS(key, value)
    quint16 key = 0;
    QByteArray value;
};

} // namespace gattscope::bgapi
