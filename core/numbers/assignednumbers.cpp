// SPDX-License-Identifier: MIT
#include "assignednumbers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

// The resources live in an object library linked into core. When core is a static library
// nothing else references that object file, so the linker could drop it; calling the
// initialiser by name keeps it. Q_INIT_RESOURCE must be used outside any namespace.
static void initBluetoothNumbersResources()
{
    Q_INIT_RESOURCE(bluetooth_numbers);
}

namespace gattscope {

namespace {

// A built-in table, parsed once on first use and read-only afterwards.
template<typename Key> struct Table
{
    std::once_flag once;
    QHash<Key, QString> names;
};

struct BuiltinTables
{
    Table<Uuid> services;
    Table<Uuid> characteristics;
    Table<Uuid> descriptors;
    Table<quint16> companies;
    Table<quint16> appearances; // key = full appearance value; sub-category 0 = category name
};

Q_GLOBAL_STATIC(BuiltinTables, s_tables)

QJsonArray readResourceArray(const QString &fileName)
{
    static std::once_flag resourcesOnce;
    std::call_once(resourcesOnce, initBluetoothNumbersResources);
    QFile file(u":/gattscope/numbers/" + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("gattscope: built-in assigned numbers %s missing", qPrintable(fileName));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isArray())
        qWarning("gattscope: built-in assigned numbers %s: %s", qPrintable(fileName),
                 qPrintable(error.errorString()));
    return doc.array();
}

// service_uuids.json & co: [{ "name": …, "uuid": "180D" | "6E400001-…", … }]
void loadUuidTable(Table<Uuid> &table, const QString &fileName)
{
    std::call_once(table.once, [&] {
        const QJsonArray entries = readResourceArray(fileName);
        table.names.reserve(entries.size());
        for (const QJsonValue &entry : entries) {
            const QJsonObject o = entry.toObject();
            const auto uuid = Uuid::fromString(o.value(u"uuid").toString());
            const QString name = o.value(u"name").toString();
            // The first entry wins, as in the source data's own look-up order.
            if (uuid && !name.isEmpty() && !table.names.contains(*uuid))
                table.names.insert(*uuid, name);
        }
    });
}

const QHash<Uuid, QString> &services()
{
    loadUuidTable(s_tables->services, QStringLiteral("service_uuids.json"));
    return s_tables->services.names;
}

const QHash<Uuid, QString> &characteristics()
{
    loadUuidTable(s_tables->characteristics, QStringLiteral("characteristic_uuids.json"));
    return s_tables->characteristics.names;
}

const QHash<Uuid, QString> &descriptors()
{
    loadUuidTable(s_tables->descriptors, QStringLiteral("descriptor_uuids.json"));
    return s_tables->descriptors.names;
}

// company_ids.json: [{ "code": 76, "name": "Apple, Inc." }]
const QHash<quint16, QString> &companies()
{
    Table<quint16> &table = s_tables->companies;
    std::call_once(table.once, [&] {
        const QJsonArray entries = readResourceArray(QStringLiteral("company_ids.json"));
        table.names.reserve(entries.size());
        for (const QJsonValue &entry : entries) {
            const QJsonObject o = entry.toObject();
            const int code = o.value(u"code").toInt(-1);
            if (code >= 0 && code <= 0xFFFF)
                table.names.insert(quint16(code), o.value(u"name").toString());
        }
    });
    return table.names;
}

// gap_appearance.json: [{ "category": 13, "name": …, "subcategory": [{ "value": 1, "name": … }] }]
const QHash<quint16, QString> &appearances()
{
    Table<quint16> &table = s_tables->appearances;
    std::call_once(table.once, [&] {
        const QJsonArray entries = readResourceArray(QStringLiteral("gap_appearance.json"));
        for (const QJsonValue &entry : entries) {
            const QJsonObject o = entry.toObject();
            const int category = o.value(u"category").toInt(-1);
            if (category < 0 || category > 0x3FF)
                continue;
            table.names.insert(quint16(category << 6), o.value(u"name").toString());
            const QJsonArray subs = o.value(u"subcategory").toArray();
            for (const QJsonValue &sub : subs) {
                const QJsonObject s = sub.toObject();
                const int value = s.value(u"value").toInt(-1);
                if (value > 0 && value <= 0x3F)
                    table.names.insert(quint16(category << 6 | value), s.value(u"name").toString());
            }
        }
    });
    return table.names;
}

} // namespace

AssignedNumbers &AssignedNumbers::instance()
{
    static AssignedNumbers numbers;
    return numbers;
}

AssignedNumbers::AssignedNumbers(QString userNamesPath)
    : m_userNamesPathOverride(std::move(userNamesPath))
{ }

QString AssignedNumbers::serviceName(const Uuid &uuid) const
{
    const QString user = userName(uuid);
    return user.isEmpty() ? services().value(uuid) : user;
}

QString AssignedNumbers::characteristicName(const Uuid &uuid) const
{
    const QString user = userName(uuid);
    return user.isEmpty() ? characteristics().value(uuid) : user;
}

QString AssignedNumbers::descriptorName(const Uuid &uuid) const
{
    const QString user = userName(uuid);
    return user.isEmpty() ? descriptors().value(uuid) : user;
}

QString AssignedNumbers::name(const Uuid &uuid) const
{
    QString n = userName(uuid);
    if (n.isEmpty())
        n = services().value(uuid);
    if (n.isEmpty())
        n = characteristics().value(uuid);
    if (n.isEmpty())
        n = descriptors().value(uuid);
    return n;
}

AssignedNumbers::UuidKind AssignedNumbers::kind(const Uuid &uuid) const
{
    if (services().contains(uuid))
        return UuidKind::Service;
    if (characteristics().contains(uuid))
        return UuidKind::Characteristic;
    if (descriptors().contains(uuid))
        return UuidKind::Descriptor;
    return UuidKind::Unknown;
}

QString AssignedNumbers::kindName(UuidKind kind)
{
    switch (kind) {
    case UuidKind::Service: return tr("service");
    case UuidKind::Characteristic: return tr("characteristic");
    case UuidKind::Descriptor: return tr("descriptor");
    case UuidKind::Unknown: break;
    }
    return tr("unknown");
}

QString AssignedNumbers::companyName(quint16 companyId) const
{
    return companies().value(companyId);
}

QString AssignedNumbers::appearanceCategoryName(quint16 appearance) const
{
    return appearances().value(quint16(appearance & ~0x3F));
}

QString AssignedNumbers::appearanceName(quint16 appearance) const
{
    const QString category = appearanceCategoryName(appearance);
    const int sub = appearance & 0x3F;
    if (category.isEmpty() || sub == 0)
        return category;
    const QString subName = appearances().value(appearance);
    if (subName.isEmpty())
        return tr("%1, sub-category %2").arg(category).arg(sub);
    return tr("%1: %2").arg(category, subName);
}

// --- user names

QString AssignedNumbers::configDirectory()
{
    const QString env = qEnvironmentVariable("GATTSCOPE_CONFIG_DIR");
    if (!env.isEmpty())
        return env;
    // QStandardPaths::AppConfigLocation is <generic config>/<organization>/<application>, which
    // differs between gattscope and gattscope-cli. User names must be shared, so this is the
    // GUI's AppConfigLocation whichever program asks.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("gattscope/gattscope"));
}

QString AssignedNumbers::userNamesPath() const
{
    if (!m_userNamesPathOverride.isEmpty())
        return m_userNamesPathOverride;
    return QDir(configDirectory()).filePath(QStringLiteral("names.json"));
}

void AssignedNumbers::ensureUserNamesLoaded() const
{
    std::call_once(m_userOnce, [this] {
        QWriteLocker locker(&m_userLock);
        loadUserNamesLocked();
    });
}

bool AssignedNumbers::loadUserNamesLocked() const
{
    m_userNames.clear();
    m_lastError.clear();
    m_fileBroken = false;
    const QString path = userNamesPath();
    QFile file(path);
    if (!file.exists())
        return true; // no user names yet: not an error
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        m_fileBroken = true;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_lastError = tr("%1 is not valid JSON (at byte %2: %3); using built-in names only")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(parseError.offset)
                          .arg(parseError.errorString());
        m_fileBroken = true;
        return false;
    }
    if (!doc.isObject()) {
        m_lastError = tr("%1 must contain a JSON object mapping UUIDs to names; using built-in names only")
                          .arg(QDir::toNativeSeparators(path));
        m_fileBroken = true;
        return false;
    }
    QStringList problems;
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto uuid = Uuid::fromString(it.key());
        if (!uuid) {
            problems.append(tr("\"%1\" is not a UUID").arg(it.key()));
            continue;
        }
        if (!it.value().isString()) {
            problems.append(tr("the name of %1 is not a string").arg(it.key()));
            continue;
        }
        const QString name = it.value().toString().trimmed();
        if (!name.isEmpty())
            m_userNames.insert(*uuid, name);
    }
    if (problems.isEmpty())
        return true;
    // Valid entries are kept, but a save must not silently drop the others.
    m_fileBroken = true;
    m_lastError = tr("%1: ignored %n entry(s): %2", nullptr, int(problems.size()))
                      .arg(QDir::toNativeSeparators(path), problems.join(QStringLiteral("; ")));
    return false;
}

QString AssignedNumbers::userName(const Uuid &uuid) const
{
    ensureUserNamesLoaded();
    QReadLocker locker(&m_userLock);
    return m_userNames.value(uuid);
}

QHash<Uuid, QString> AssignedNumbers::userNames() const
{
    ensureUserNamesLoaded();
    QReadLocker locker(&m_userLock);
    return m_userNames;
}

void AssignedNumbers::setUserName(const Uuid &uuid, const QString &name)
{
    ensureUserNamesLoaded();
    QWriteLocker locker(&m_userLock);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        m_userNames.remove(uuid);
    else
        m_userNames.insert(uuid, trimmed);
}

void AssignedNumbers::removeUserName(const Uuid &uuid)
{
    setUserName(uuid, QString());
}

bool AssignedNumbers::saveUserNames()
{
    ensureUserNamesLoaded();
    QWriteLocker locker(&m_userLock);
    const QString path = userNamesPath();
    const QString nativePath = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_lastError = tr("Cannot create the folder for %1").arg(nativePath);
        return false;
    }
    if (m_fileBroken && QFile::exists(path)) {
        const QString backup = path + u".bak";
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            m_lastError = tr("Not overwriting %1: it could not be read and backing it up to %2 failed")
                              .arg(nativePath, QDir::toNativeSeparators(backup));
            return false;
        }
    }
    QJsonObject object;
    for (auto it = m_userNames.constBegin(); it != m_userNames.constEnd(); ++it)
        object.insert(it.key().toString(), it.value());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = tr("Cannot write %1: %2").arg(nativePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_lastError = tr("Cannot write %1: %2").arg(nativePath, file.errorString());
        return false;
    }
    m_lastError.clear();
    m_fileBroken = false;
    return true;
}

bool AssignedNumbers::reloadUserNames()
{
    ensureUserNamesLoaded();
    QWriteLocker locker(&m_userLock);
    return loadUserNamesLocked();
}

QString AssignedNumbers::lastError() const
{
    ensureUserNamesLoaded();
    QReadLocker locker(&m_userLock);
    return m_lastError;
}

} // namespace gattscope
