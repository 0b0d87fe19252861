// SPDX-License-Identifier: MIT
#pragma once

#include <gattscope/core/base/uuid.h>

#include <QCoreApplication>
#include <QHash>
#include <QReadWriteLock>
#include <QString>

#include <mutex>

namespace gattscope {

// Names for Bluetooth assigned numbers: services, characteristics, descriptors (16-bit SIG
// numbers and well-known vendor 128-bit UUIDs such as the Nordic UART Service), company
// identifiers and GAP appearance values, from the bluetooth-numbers data compiled into
// core as Qt resources (:/gattscope/numbers/).
//
// Built-in tables are shared by all instances, parsed on first use (each table only when
// first needed) and immutable afterwards; every look-up is one QHash probe. All methods are
// thread-safe.
//
// User names come from `names.json` in the configuration folder (configDirectory()): a JSON object mapping
// UUID strings ("180D", "6e400001-b5a3-f393-e0a9-e50e24dcca9e") to names. They take precedence over the
// built-in names in every look-up. The file is read on the first look-up; a broken file never throws away
// built-in names: lastError() says what was wrong and the valid entries are kept.
//
// Unknown numbers give an empty string; callers show the number instead.
class AssignedNumbers
{
    Q_DECLARE_TR_FUNCTIONS(AssignedNumbers)
public:
    enum class UuidKind {
        Unknown,
        Service,
        Characteristic,
        Descriptor
    };

    // The process-wide instance, which reads names.json from the configuration folder.
    static AssignedNumbers &instance();

    // A separate instance; `userNamesPath` overrides where names.json lives (tests, tools).
    explicit AssignedNumbers(QString userNamesPath = {});
    Q_DISABLE_COPY_MOVE(AssignedNumbers)

    QString serviceName(const Uuid &uuid) const;
    QString characteristicName(const Uuid &uuid) const;
    QString descriptorName(const Uuid &uuid) const;
    // Any kind: user name, else service, characteristic, descriptor (in that order; a few
    // vendor UUIDs appear in more than one table).
    QString name(const Uuid &uuid) const;
    // Which built-in table knows the UUID (service first, as name() does). A UUID that only
    // has a user name is Unknown.
    UuidKind kind(const Uuid &uuid) const;
    // "service", "characteristic", "descriptor", "unknown" (translated).
    static QString kindName(UuidKind kind);

    // Bluetooth SIG company identifier (manufacturer data), e.g. 0x004C "Apple, Inc.".
    QString companyName(quint16 companyId) const;
    // GAP appearance: category = value >> 6, sub-category = value & 0x3F.
    // "Heart Rate Sensor" (sub-category 0), "Heart Rate Sensor: Heart Rate Belt", or
    // "Heart Rate Sensor, sub-category 5" when only the category is known; empty if the
    // category is unknown.
    QString appearanceName(quint16 appearance) const;
    QString appearanceCategoryName(quint16 appearance) const;

    // --- user names (names.json)
    QString userName(const Uuid &uuid) const;
    QHash<Uuid, QString> userNames() const;
    // Sets or replaces a user name in memory; an empty name removes it. Call
    // saveUserNames() to persist.
    void setUserName(const Uuid &uuid, const QString &name);
    void removeUserName(const Uuid &uuid);
    // Writes names.json atomically (QSaveFile), creating the folder. If the file on disk
    // could not be parsed when it was loaded, it is first copied to names.json.bak so that
    // nothing the user wrote is lost. Returns false and sets lastError() on failure.
    bool saveUserNames();
    // Re-reads names.json, replacing the in-memory user names. Returns false when the file
    // exists but is (partly) broken; valid entries are still used.
    bool reloadUserNames();
    // Where names.json is (or would be) read from and written to.
    QString userNamesPath() const;
    // The last problem reading or writing names.json; empty when the last operation was fine.
    QString lastError() const;

    // GATTSCOPE_CONFIG_DIR, else the GUI's QStandardPaths::AppConfigLocation
    // (<GenericConfigLocation>/gattscope/gattscope), also when asked from gattscope-cli.
    static QString configDirectory();

private:
    void ensureUserNamesLoaded() const;
    bool loadUserNamesLocked() const; // requires m_userLock held for writing

    QString m_userNamesPathOverride;
    mutable std::once_flag m_userOnce;
    mutable QReadWriteLock m_userLock;
    mutable QHash<Uuid, QString> m_userNames;
    mutable QString m_lastError;
    mutable bool m_fileBroken = false; // names.json exists but could not be parsed
};

} // namespace gattscope
