// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

// The GUI's catalogs are a resource of the static gattscope_ui: referencing its initialiser
// keeps the linker from dropping it (Q_INIT_RESOURCE must be called outside a namespace).
static void initGuiCatalogs()
{
    Q_INIT_RESOURCE(gattscope_translations);
}

namespace gattscope {

namespace {
const QString settingsKey = QStringLiteral("ui/language");
QPointer<LanguageManager> s_instance;
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
    initGuiCatalogs();
}

LanguageManager::~LanguageManager()
{
    if (!QCoreApplication::instance())
        return; // the application is going away with its translators
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

LanguageManager *LanguageManager::instance()
{
    if (!s_instance) {
        s_instance = new LanguageManager(QCoreApplication::instance());
        s_instance->setObjectName(QStringLiteral("languageManager"));
    }
    return s_instance;
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    // Native names, never translated: a user who cannot read the current language must
    // still find their own.
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("ja"), QStringLiteral("日本語") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") },
    };
}

bool LanguageManager::isSupported(const QString &code)
{
    const QList<Language> all = languages();
    return std::any_of(all.cbegin(), all.cend(), [&](const Language &l) { return l.code == code; });
}

QString LanguageManager::systemLanguage()
{
    // uiLanguages() in order of preference: "de-CH", "de", "en-US", … Chinese is supported
    // only in its simplified script (zh_CN, zh_SG, zh-Hans).
    const QStringList wanted = QLocale::system().uiLanguages();
    for (const QString &entry : wanted) {
        const QLocale locale(entry);
        if (locale.language() == QLocale::Chinese) {
            if (locale.script() == QLocale::SimplifiedChineseScript)
                return QStringLiteral("zh_CN");
            continue;
        }
        const QString code = QLocale::languageToCode(locale.language());
        if (isSupported(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code, bool remember)
{
    if (!code.isEmpty() && !isSupported(code))
        return false;
    m_choice = code;
    if (remember)
        QSettings().setValue(settingsKey, code);
    const QString effective = code.isEmpty() ? systemLanguage() : code;
    if (effective == m_effective)
        return true;
    install(effective);
    Q_EMIT languageChanged(m_effective);
    return true;
}

bool LanguageManager::applyStartupLanguage(const QString &code)
{
    if (!code.isEmpty())
        return setLanguage(code, false);
    const QString saved = QSettings().value(settingsKey).toString();
    return setLanguage(isSupported(saved) ? saved : QString(), false);
}

void LanguageManager::install(const QString &code)
{
    // Every removal and installation sends LanguageChange; the new catalogs go in first so
    // that no widget ever retranslates into a half-installed language it would not keep.
    std::vector<std::unique_ptr<QTranslator>> next;
    const auto add = [&next](const QString &file, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, folder))
            next.push_back(std::move(translator));
    };
    add(QStringLiteral("gattscope_") + code, QStringLiteral(":/i18n"));
    add(QStringLiteral("libgattscope_") + code, QStringLiteral(":/i18n"));
    if (code != QLatin1String("en"))
        add(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    for (const auto &translator : next)
        QCoreApplication::installTranslator(translator.get()); // searched newest first
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators = std::move(next);
    m_effective = code;
}

} // namespace gattscope
