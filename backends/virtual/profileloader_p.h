// SPDX-License-Identifier: MIT
#pragma once

// Private helpers of ProfileLoader: a JSON value that knows its path, and the parsers of
// the self-contained sections (advertising data, generators, fault rules). The parsers
// throw ProfileProblem, which ProfileLoader's entry points turn into an Error; it never
// leaves the loader.

#include "faultinjector.h"
#include "peripheralprofile.h"
#include "profileloader.h"

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
    double number() const
    {
        if (!value.isDouble())
            fail(ProfileLoader::tr("expected a number"));
        return value.toDouble();
    }
    // A JSON number or a "0x…" string, within [lo, hi].
    qint64 integer(qint64 lo, qint64 hi) const
    {
        qint64 v = 0;
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (d != std::floor(d))
                fail(ProfileLoader::tr("expected a whole number"));
            v = qint64(d);
        } else if (value.isString()) {
            bool ok = false;
            const QString s = value.toString().trimmed();
            v = s.startsWith(u"0x", Qt::CaseInsensitive) ? s.mid(2).toLongLong(&ok, 16)
                                                         : s.toLongLong(&ok, 10);
            if (!ok)
                fail(ProfileLoader::tr("not a number"));
        } else {
            fail(ProfileLoader::tr("expected a number"));
        }
        if (v < lo || v > hi)
            fail(ProfileLoader::tr("%1 is out of range (%2…%3)").arg(v).arg(lo).arg(hi));
        return v;
    }
    Uuid uuid() const
    {
        const std::optional<Uuid> u = value.isString() ? Uuid::fromString(value.toString()) : std::nullopt;
        if (!u || u->isNull())
            fail(ProfileLoader::tr("not a UUID"));
        return *u;
    }
    // Hex digits, optionally separated by spaces, colons or dashes.
    QByteArray hex() const
    {
        QString s = string();
        s.remove(u' ').remove(u':').remove(u'-');
        if (s.startsWith(u"0x", Qt::CaseInsensitive))
            s = s.mid(2);
        if (s.size() % 2 != 0)
            fail(ProfileLoader::tr("hex data needs an even number of digits"));
        for (QChar c : std::as_const(s)) {
            if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
                fail(ProfileLoader::tr("not hex data"));
        }
        return QByteArray::fromHex(s.toLatin1());
    }
};

// Advertising or scan-response data (structured and/or raw), at most 31 bytes.
QByteArray parseAdvertising(const Node &n);
GeneratorSpec parseGenerator(const Node &n);
FaultRule parseFault(const Node &n);

} // namespace gattscope::profile
