// SPDX-License-Identifier: MIT
#pragma once

// Private helpers of ProfileLoader: a JSON value that knows its path, and the parsers of
// the self-contained sections (advertising data, generators, fault rules). The parsers
// throw ProfileProblem, which ProfileLoader's entry points turn into an Error; it never
// leaves the loader.

#include "faultinjector.h"
#include "peripheralprofile.h"
#include "profileloader.h"

#include <gattscope/core/base/hexcodec.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace gattscope::profile {

struct ProfileProblem
{
    QString path;
    QString message;
};

// An integer written as text: decimal ("-12") or hexadecimal ("0x1F"), ASCII digits only.
enum class IntegerText : quint8 {
    Ok,
    NotANumber,
    TooLarge, // more than any 64-bit range holds
};
IntegerText parseIntegerText(QStringView text, qint64 *value);

// A number as the profile gave it, for messages: JSON numbers in their shortest exact
// form ("1e+300", "-200").
QString formatNumber(double value);

// A JSON value together with its path ("services[1].characteristics[0]").
struct Node
{
    QJsonValue value;
    QString path;

    [[noreturn]] void fail(const QString &message) const { throw ProfileProblem { path, message }; }

    Node member(const QString &key) const
    {
        return Node { value.toObject().value(key), path.isEmpty() ? key : path + u'.' + key };
    }
    Node at(qsizetype i) const
    {
        return Node { value.toArray().at(i), path + u'[' + QString::number(i) + u']' };
    }
    bool has(const QString &key) const { return value.toObject().contains(key); }
    bool isNull() const { return value.isUndefined() || value.isNull(); }

    QJsonObject object(const QStringList &allowed) const
    {
        if (!value.isObject())
            fail(ProfileLoader::tr("expected an object"));
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()) && it.key() != u"comment" && it.key() != u"description")
                member(it.key()).fail(ProfileLoader::tr("unknown key"));
        }
        return o;
    }
    QJsonArray array() const
    {
        if (!value.isArray())
            fail(ProfileLoader::tr("expected an array"));
        return value.toArray();
    }
    QString string() const
    {
        if (!value.isString())
            fail(ProfileLoader::tr("expected a string"));
        return value.toString();
    }
    bool boolean() const
    {
        if (!value.isBool())
            fail(ProfileLoader::tr("expected true or false"));
        return value.toBool();
    }
    // A finite JSON number (NaN and infinities are refused wherever they come from).
    double number() const
    {
        if (!value.isDouble())
            fail(ProfileLoader::tr("expected a number"));
        const double d = value.toDouble();
        if (!std::isfinite(d))
            fail(ProfileLoader::tr("expected a finite number"));
        return d;
    }
    // A JSON number or a decimal / "0x…" string of ASCII digits, within [lo, hi]. Out of
    // range, the value is reported as given.
    qint64 integer(qint64 lo, qint64 hi) const
    {
        if (value.isDouble()) {
            const double d = number();
            if (d != std::floor(d))
                fail(ProfileLoader::tr("expected a whole number"));
            if (d < double(lo) || d > double(hi))
                failOutOfRange(formatNumber(d), lo, hi);
            return qint64(d);
        }
        if (!value.isString())
            fail(ProfileLoader::tr("expected a number"));
        const QString given = value.toString();
        qint64 v = 0;
        switch (parseIntegerText(QStringView(given).trimmed(), &v)) {
        case IntegerText::Ok: break;
        case IntegerText::NotANumber: fail(ProfileLoader::tr("not a number"));
        case IntegerText::TooLarge: failOutOfRange(given, lo, hi);
        }
        if (v < lo || v > hi)
            failOutOfRange(given, lo, hi);
        return v;
    }
    [[noreturn]] void failOutOfRange(const QString &given, qint64 lo, qint64 hi) const
    {
        fail(ProfileLoader::tr("%1 is out of range (%2…%3)").arg(given).arg(lo).arg(hi));
    }
    Uuid uuid() const
    {
        const std::optional<Uuid> u = value.isString() ? Uuid::fromString(value.toString()) : std::nullopt;
        if (!u || u->isNull())
            fail(ProfileLoader::tr("not a UUID"));
        return *u;
    }
    // ASCII hex digits (0-9, a-f, A-F; nothing that merely looks like one), optionally
    // separated by spaces, colons or dashes, optionally after "0x".
    QByteArray hex() const
    {
        QString s = string();
        s.remove(u' ').remove(u':').remove(u'-');
        if (s.startsWith(u"0x", Qt::CaseInsensitive))
            s = s.mid(2);
        for (QChar c : std::as_const(s)) {
            if (hexDigitValue(c) < 0)
                fail(ProfileLoader::tr("not hex data"));
        }
        if (s.size() % 2 != 0)
            fail(ProfileLoader::tr("hex data needs an even number of digits"));
        return QByteArray::fromHex(s.toLatin1());
    }
};

// Advertising or scan-response data (structured and/or raw), at most 31 bytes.
QByteArray parseAdvertising(const Node &n);
GeneratorSpec parseGenerator(const Node &n);
FaultRule parseFault(const Node &n);

} // namespace gattscope::profile
